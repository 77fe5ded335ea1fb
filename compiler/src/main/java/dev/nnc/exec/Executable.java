package dev.nnc.exec;

import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.CopyingStep;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.SplitCopyingStep;
import dev.nnc.runtime.train.SplitLayout;
import java.util.List;
import java.util.Map;

/** A program compiled for one device: runs its roots on float32 leaf values. */
public interface Executable {
  /**
   * Runs the program. {@code leaves} holds every input, parameter and state it reads by name
   * (row-major float32; integer and boolean values as floats), {@code sizes} the values of
   * its symbolic sizes. Returns the roots' values in the order they were compiled; the arrays
   * may be reused by the next run, so a caller that keeps one copies it.
   */
  List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes);

  /**
   * Binds a compiled training step (the loss, then the next value of each state named by
   * {@code next}: a {@link TrainingStep}'s roots) to its state, copied from {@code initial}.
   * A backend that can keep the state where it runs does so; by default the state is passed in
   * and copied back at every step.
   */
  default BoundStep bind(Map<String, float[]> initial, List<String> next) {
    return new CopyingStep(this::run, initial, next);
  }

  /**
   * Binds a training step split at its gradients, this program computing them and {@code apply}
   * the optimizer's update (their roots as {@code layout} says: a {@code SplitStep}'s two
   * programs), to one state copied from {@code initial}. A backend that can keep the state and the
   * gradients where both programs run does so when {@code apply} is its own on the same device; by
   * default both programs take the same state arrays as leaves and the next values are copied
   * into them.
   */
  default GradientStep bind(Executable apply, Map<String, float[]> initial, SplitLayout layout) {
    return new SplitCopyingStep(this::run, apply::run, initial, layout);
  }
}
