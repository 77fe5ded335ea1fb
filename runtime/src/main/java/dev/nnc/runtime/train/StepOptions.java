package dev.nnc.runtime.train;

/**
 * What {@code nnc train}'s flags and the typed API's {@code FitOptions} may set of a training step
 * in place of its train block's clauses, each null to keep the block's: the optimizer's learning
 * rate ({@code --lr}), gradient clipping by global norm ({@code clip_norm}) and by value
 * ({@code clip_value}), and how many batches' gradients are accumulated into one update
 * ({@code accumulate}). They are compiled into the step: each changes its program.
 */
public record StepOptions(Double lr, Double clipNorm, Double clipValue, Integer accumulate) {
  /**
   * The input of a training step compiled with a run-time learning rate (the Maven plugin packages
   * one beside the step of the train block's): an f32 scalar that the optimizer's {@code lr} is.
   */
  public static final String LEARNING_RATE = "nnc.lr";

  /** Everything as the train block says. */
  public static final StepOptions NONE = new StepOptions(null, null, null, null);

  public StepOptions {
    if (lr != null && !(lr > 0 && Double.isFinite(lr))) throw new IllegalArgumentException("the learning rate must be a positive number, found " + lr);
    if (clipNorm != null && !(clipNorm > 0 && Double.isFinite(clipNorm))) {
      throw new IllegalArgumentException("clip_norm must be a positive number, found " + clipNorm);
    }
    if (clipValue != null && !(clipValue > 0 && Double.isFinite(clipValue))) {
      throw new IllegalArgumentException("clip_value must be a positive number, found " + clipValue);
    }
    if (accumulate != null && accumulate < 1) throw new IllegalArgumentException("accumulate must be at least 1, found " + accumulate);
  }

  public StepOptions lr(Double lr) {
    return new StepOptions(lr, clipNorm, clipValue, accumulate);
  }

  /** Whether every option keeps the train block's. */
  public boolean none() {
    return equals(NONE);
  }
}
