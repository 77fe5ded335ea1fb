package dev.nnc.runtime.model;

/**
 * Told how training goes: after every epoch, and (when overridden) after every step. Runs on the
 * thread that called {@link Session#fit}; an exception it throws stops training, with the
 * parameters as the last completed step left them and the session's step and data position
 * where that step left them.
 */
@FunctionalInterface
public interface Progress {
  /** After every epoch, with its loss and validation scores. */
  void epoch(Epoch epoch);

  /**
   * After every step: the steps taken over the whole training, the samples of the epoch done so far
   * out of {@code total} (a checkpoint loaded inside an epoch brings its samples), and the mean
   * training loss over them.
   */
  default void step(long step, int done, int total, double meanLoss) {}

  /** Tells nothing. */
  static Progress none() {
    return epoch -> {};
  }
}
