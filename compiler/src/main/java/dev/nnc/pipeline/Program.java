package dev.nnc.pipeline;

import dev.nnc.ir.Node;
import java.util.List;
import java.util.Set;

/**
 * A simplified program as the backend passes take it (fuse, plan, render): its roots, and for a
 * training step the optimizer's results ({@code update}) and the gradients they read, so the
 * fusion planner can make the update one kernel (both empty otherwise).
 */
public record Program(List<Node> roots, Set<Node> update, Set<Node> gradients) {
  public Program {
    roots = List.copyOf(roots); // the sets are kept as given, so a program plans as it did before it passed through here
  }

  /** A training step's program. */
  public static Program of(TrainingStep step) {
    return new Program(step.roots(), step.update(), step.gradients());
  }
}
