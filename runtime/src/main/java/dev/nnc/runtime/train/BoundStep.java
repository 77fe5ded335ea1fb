package dev.nnc.runtime.train;

import java.util.List;
import java.util.Map;

/**
 * A training step bound once to its training state and then stepped. The state (parameters,
 * running statistics, optimizer states) lives where the step runs: JVM arrays on the JVM
 * backend, device buffers on OpenCL. A step moves the batch in and the loss out; the state is
 * read back only when asked ({@link #read}: checkpoints, validation, the end of training).
 *
 * <p>Each state's next value goes to a buffer of its own and the two buffers swap once the
 * loss is known to be a number: a step whose loss is NaN or infinite leaves the state as it
 * found it, which {@code nnc train} and the typed API's {@code fit} both promise, without
 * copying anything.
 */
public interface BoundStep extends AutoCloseable {
  /** The names of the state the step carries, as checkpoints name them. */
  List<String> stateNames();

  /**
   * Runs optimizer step number {@code step} (counted from 1) on one batch: its inputs by name
   * (row-major float32; integers and booleans as their values) and the sizes they bind. Returns
   * the loss; when it is finite the state has taken its next values, otherwise it is unchanged.
   */
  double step(Map<String, float[]> batch, Map<String, Long> sizes, long step);

  /** Copies the state into {@code into}'s arrays, for every name it holds. */
  void read(Map<String, float[]> into);

  /** Replaces the state of every name {@code from} holds. */
  void write(Map<String, float[]> from);

  /** Frees what the binding holds on the device. */
  @Override default void close() {}
}
