package dev.nnc.runtime.model;

import java.util.List;
import java.util.Map;

/**
 * A model's programs as a {@link Session} runs them: compiled from the source on a device by the
 * compiler, or loaded from the program images the Maven plugin packaged ({@link ModelFile}).
 * Each is made the first time it is asked for.
 */
public interface Programs {
  /** Runs a compiled program on leaves by name, binding the sizes; the results in root order. */
  @FunctionalInterface
  interface Runner {
    List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes);
  }

  /** A program and what it reads: its inputs (perhaps the step counter {@code step}) and parameters, by name. */
  record Program(Runner runner, List<String> inputs, List<String> params) {
    public Program {
      inputs = List.copyOf(inputs);
      params = List.copyOf(params);
    }
  }

  /**
   * A training step: its program's results are the loss, then the next value of each state
   * named by {@code next}, in that order.
   */
  record Step(Program program, List<String> next) {
    public Step {
      next = List.copyOf(next);
    }
  }

  /** The program of every output, in declaration order. */
  Program outputs();

  /** The program of the first output (when there is one), then the loss (when there is one). */
  Program scoring();

  /**
   * The training step for a seed and, when not null, a learning rate in place of the optimizer's.
   *
   * @throws ModelException when no step can be had for them
   */
  Step step(long seed, Double learningRate);

  /** What runs the programs, in words, saying when one fell back to another evaluator. */
  String describe();

  /** Drops the programs made so far. */
  void release();
}
