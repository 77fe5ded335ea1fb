package dev.nnc.runtime.train;

import dev.nnc.runtime.data.Batches;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a training run stands, as its checkpoints keep it: the optimizer steps taken, the data
 * position (the epoch, counted from 0, and the samples of its order already seen) and the partial
 * epoch's loss, summed over its samples (one sum per named step, in step order) with their count,
 * so that a resumed epoch reports the mean loss an uninterrupted one would.
 *
 * @param step optimizer steps taken since the start of training
 * @param position the next batch's place in the data
 * @param lossSums the current epoch's loss of each named step, summed over the samples seen
 * @param samples the samples of the current epoch the sums are over
 * @param best the best value so far of each metric watched ({@link Trainer#earlyStop},
 *     {@link Trainer#keepBest}), by its name ({@code val_loss}), with the epoch that gave it
 */
public record Counters(long step, Batches.Position position, List<Double> lossSums, long samples, Map<String, Best> best) {
  /** Nothing trained yet. */
  public static final Counters START = new Counters(0, Batches.Position.START, List.of(), 0);

  /**
   * The best value of a watched metric so far and the epoch (counted from 1) that gave it.
   */
  public record Best(double value, int epoch) {}

  public Counters {
    Objects.requireNonNull(position, "position");
    lossSums = List.copyOf(lossSums);
    best = Map.copyOf(best);
  }

  /** Where a run stands with no metric watched. */
  public Counters(long step, Batches.Position position, List<Double> lossSums, long samples) {
    this(step, position, lossSums, samples, Map.of());
  }

  /** The epoch the run is in, counted from 0: how many epochs are complete. */
  public int epoch() {
    return position.epoch();
  }

  /** The loss sum of the named step at {@code index}, 0 when none is kept. */
  public double lossSum(int index) {
    return index < lossSums.size() ? lossSums.get(index) : 0;
  }
}
