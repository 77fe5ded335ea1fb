package dev.nnc.pipeline;

import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Node;
import java.util.List;
import java.util.Set;

/**
 * A training step as a device compiles it: simplified, with the loss first and then the new
 * value of every parameter and state in {@code next}'s order, and the sets the fusion planner
 * needs to make the optimizer's update one kernel.
 */
public record TrainingStep(List<Node> roots, List<String> names, Set<Node> update, Set<Node> gradients) {
  /** The step simplified by the pipeline's simplify pass ({@link Pipeline#trainingStep}). */
  public static TrainingStep of(Lower.Step step) {
    return Pipeline.standard().trainingStep(step);
  }

  public Executable compile(Device device) {
    return device.compile(roots, update, gradients);
  }
}
