package dev.nnc.runtime.model;

import java.util.List;

/**
 * What a {@link Session} knows of a model besides its programs: its interface and the settings of
 * its train block, as the compiler found them.
 *
 * @param model the model's name
 * @param origin how messages name where the model comes from (its {@code .nn} file)
 * @param inputs every input the programs read but the step counter, targets included, in
 *     declaration order
 * @param targets the names among {@code inputs} that the model declares {@code target}
 * @param outputs the outputs, in declaration order
 * @param parameters the parameters and running statistics, by their checkpoint names
 * @param seed the train block's seed (42 without one)
 * @param batch the train block's batch size (32 without one)
 * @param epochs the train block's epochs (1 without one)
 * @param accuracy whether the train block lists {@code metrics accuracy}
 * @param graph whether the train block's data is one whole graph, which a step takes whole
 * @param trainable whether a train block with an optimizer trains the model
 * @param random whether the training step draws random numbers (dropout), so that its program
 *     depends on the seed
 * @param loss whether the model has a loss
 * @param earlyStop the metric of the train block's {@code early_stop} ({@code val_loss}), or null without one
 * @param patience the patience of the train block's {@code early_stop}, 0 without one
 */
public record ModelSpec(String model, String origin, List<Field> inputs, List<String> targets, List<Field> outputs,
    List<String> parameters, long seed, int batch, int epochs, boolean accuracy, boolean graph, boolean trainable,
    boolean random, boolean loss, String earlyStop, int patience) {
  public ModelSpec {
    inputs = List.copyOf(inputs);
    targets = List.copyOf(targets);
    outputs = List.copyOf(outputs);
    parameters = List.copyOf(parameters);
  }

  /** The same with another seed, which then orders the batches and is saved in checkpoints. */
  public ModelSpec withSeed(long seed) {
    return new ModelSpec(model, origin, inputs, targets, outputs, parameters, seed, batch, epochs, accuracy, graph, trainable,
        random, loss, earlyStop, patience);
  }

  /** The input of that name, or null. */
  Field input(String name) {
    for (Field f : inputs) if (f.name().equals(name)) return f;
    return null;
  }
}
