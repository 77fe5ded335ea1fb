package dev.nnc.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What the lower pass lowers: the model {@code model} of a checked file (null: the one its train
 * block trains, or its only one), for training (dropout on, batch statistics) or not, with the
 * seed of its initial values; {@code args} gives int parameters of a sample or generate program
 * in place of their defaults ({@code nnc sample --arg steps=10}); {@code fns} names fns of the model
 * to lower applied to its inputs as well ({@code nnc score}: the classifier's {@code features}).
 */
public record Target(Checked checked, String model, boolean training, long seed, Map<String, Long> args, List<String> fns) {
  public Target {
    args = Map.copyOf(args);
    fns = List.copyOf(fns);
  }

  public Target(Checked checked, String model, boolean training, long seed, Map<String, Long> args) {
    this(checked, model, training, seed, args, List.of());
  }

  public Target(Checked checked, String model, boolean training, long seed) {
    this(checked, model, training, seed, Map.of());
  }
}
