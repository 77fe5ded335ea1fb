package dev.nnc.pipeline;

import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.SplitLayout;
import java.util.Map;

/**
 * A training step as two programs with the gradients between them, for a caller that does
 * something with the gradients between computing and applying them (an all-reduce across
 * data-parallel replicas). {@code gradients} gives the loss, the gradient of every parameter and
 * the next values of the states that do not depend on gradients (batch norm's running
 * statistics); {@code apply} gives the next value of every parameter and optimizer state, reading
 * each gradient as an input leaf ({@link SplitLayout#leaf}); {@code layout} names their roots.
 * The fused {@link TrainingStep} stays the default; this one computes the same values with the
 * same float32 arithmetic.
 */
public record SplitStep(Program gradients, Program apply, SplitLayout layout) {
  /** The step split and simplified by the pipeline ({@link Pipeline#splitStep}). */
  public static SplitStep of(Lower.Step step) {
    return Pipeline.standard().splitStep(step);
  }

  public Executable compileGradients(Device device) {
    return device.compile(gradients.roots(), gradients.update(), gradients.gradients());
  }

  public Executable compileApply(Device device) {
    return device.compile(apply.roots(), apply.update(), apply.gradients());
  }

  /** Both programs compiled on {@code device} and bound to one state, copied from {@code initial}. */
  public GradientStep bind(Device device, Map<String, float[]> initial) {
    return compileGradients(device).bind(compileApply(device), initial, layout);
  }
}
