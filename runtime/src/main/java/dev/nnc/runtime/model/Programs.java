package dev.nnc.runtime.model;

import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.CopyingStep;
import dev.nnc.runtime.train.StepOptions;
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
  record Step(Program program, List<String> next, Binder binder) {
    public Step {
      next = List.copyOf(next);
    }

    /** A step whose state is passed in and copied back at every step. */
    public Step(Program program, List<String> next) {
      this(program, next, (initial, names) -> new CopyingStep(program.runner()::run, initial, names));
    }

    /** The step bound to its state, copied from {@code initial}. */
    public BoundStep bind(Map<String, float[]> initial) {
      return binder.bind(initial, next);
    }
  }

  /** Binds a step program to its state: where the backend can, the state stays where the program runs. */
  @FunctionalInterface
  interface Binder {
    BoundStep bind(Map<String, float[]> initial, List<String> next);
  }

  /** The program of every output, in declaration order. */
  Program outputs();

  /** The program of the first output (when there is one), then the loss (when there is one). */
  Program scoring();

  /**
   * The training step for a seed, with the options that are not null in place of the train block's
   * (the optimizer's learning rate, clipping, accumulation).
   *
   * @throws ModelException when no step can be had for them
   */
  Step step(long seed, StepOptions options);

  /** A sample or generate program: its program, its outputs, and the sizes the sample count gives. */
  record Sampler(Program program, List<Field> outputs, List<String> sizes) {
    public Sampler {
      outputs = List.copyOf(outputs);
      sizes = List.copyOf(sizes);
    }
  }

  /**
   * The sample or generate program {@code name} that uses the model.
   *
   * @throws ModelException when there is none of that name
   */
  default Sampler sample(String name) {
    throw new ModelException("no sample program `" + name + "` for this model");
  }

  /** What runs the programs, in words, saying when one fell back to another evaluator. */
  String describe();

  /** Drops the programs made so far. */
  void release();
}
