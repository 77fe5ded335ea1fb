package dev.nnc.pipeline;

import dev.nnc.ir.Node;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One named step of the compiler, as Futhark writes a pass ({@code src/Futhark/Pass.hs}): its
 * name (also its {@code --dump-after} name), a one-line description, and the function from one
 * form of the program to the next. {@code ir} gives the roots the IR verifier checks after an IR
 * pass (null for the passes that do not produce IR); {@code show} writes the result as
 * {@code nnc compile --dump-after} prints it. Run passes with {@link Pipeline#run}, which verifies
 * and reports their results.
 */
public record Pass<I, O>(String name, String description, Function<I, O> function,
    Function<O, List<Node>> ir, Function<O, String> show) {
  public Pass {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(show, "show");
  }

  /** Whether the pass produces IR, which the verifier can check. */
  public boolean producesIr() { return ir != null; }
}
