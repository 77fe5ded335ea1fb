package dev.nnc.runtime.model;

/**
 * A model that cannot do what was asked: its source does not compile (the message holds the
 * diagnostics, rendered), its packaged programs are missing or corrupt, it has no train block to
 * train with, or its loss stopped being a number. Faults in data and checkpoint files are {@link dev.nnc.runtime.DataException}s.
 */
public final class ModelException extends RuntimeException {
  public ModelException(String message) {
    super(message);
  }
}
