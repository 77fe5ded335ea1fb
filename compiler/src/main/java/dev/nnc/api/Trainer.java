package dev.nnc.api;

import dev.nnc.check.Lower;
import dev.nnc.exec.Executable;
import dev.nnc.exec.TrainingStep;
import java.util.List;

/** A training step lowered for one seed and learning rate, compiled the first time it runs. */
final class Trainer {
  private final long seed;
  private final Double lr;
  private final Lower.Step step;
  private final TrainingStep compiled;
  private Executable executable;

  Trainer(long seed, Double lr, Lower.Step step) {
    this.seed = seed;
    this.lr = lr;
    this.step = step;
    this.compiled = TrainingStep.of(step);
  }

  long seed() { return seed; }

  /** The learning rate that replaced the optimizer's, or null. */
  Double lr() { return lr; }

  Lower.Step step() { return step; }

  /** The names of the program's results: the loss, then every parameter's and state's next value. */
  List<String> names() { return compiled.names(); }

  Executable executable(Programs programs) {
    if (executable == null) executable = programs.compile(compiled.roots(), compiled.update(), compiled.gradients());
    return executable;
  }

  /** Drops the compiled program. */
  void release() {
    executable = null;
  }
}
