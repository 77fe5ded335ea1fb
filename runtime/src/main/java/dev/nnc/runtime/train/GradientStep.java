package dev.nnc.runtime.train;

import java.util.List;

/**
 * A training step run as two programs with the gradients between them (see {@link SplitLayout}):
 * the gradient program (the loss, every parameter's gradient, the next values of the states that
 * do not depend on gradients), then the hook, then the apply program (the optimizer's update).
 * It is stepped as any {@link BoundStep}, with the same results as the fused step, and keeps one
 * state for both programs where they run.
 *
 * <p>The hook runs at every step after the gradient program, whether the loss is finite or not,
 * so that replicas that reduce their gradients together stay in step; the apply program runs only
 * after a finite loss, and otherwise the state is left as it was, as the fused step leaves it.
 */
public interface GradientStep extends BoundStep {
  /** What runs between the two programs. */
  @FunctionalInterface
  interface Hook {
    /** Called with the gradients of optimizer step {@code step} and its loss (NaN or infinite too). */
    void between(Gradients gradients, double loss, long step);
  }

  /** The parameters whose gradients pass between the programs, in order. */
  List<String> gradientNames();

  /** Sets what runs between the programs from the next step on (null: nothing). */
  void between(Hook hook);
}
