package dev.nnc.exec;

import dev.nnc.ir.Node;
import java.util.List;
import java.util.Set;

/** Where programs run: compiles a list of roots into something that runs them. */
public interface Device {
  /** The name {@code --device} takes. */
  String name();

  /** A line for the user: what this device is (printed when training starts). */
  String describe();

  /** Compiles the roots. Throws {@link UnsupportedProgram} for a program it cannot run. */
  Executable compile(List<Node> roots);

  /**
   * Compiles a training step: {@code update} are the roots that are the optimizer's new
   * parameters and states, {@code gradients} the gradients they read, so that a backend can
   * fuse the whole update into one kernel. By default the same as {@link #compile(List)}.
   */
  default Executable compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return compile(roots);
  }

  /** A program a device cannot run, with what to do instead. */
  final class UnsupportedProgram extends RuntimeException {
    public UnsupportedProgram(String message) {
      super(message);
    }
  }
}
