package dev.nnc.ir;

/** An ill-formed graph: a broken invariant of the IR, which is a bug in the pass that made it. */
public final class IrException extends RuntimeException {
  public IrException(String message) {
    super(message);
  }
}
