package dev.nnc.runtime.train;

import java.util.List;

/**
 * The gradients of a split step ({@link GradientStep}) between its two programs, by parameter
 * name: what the gradient program wrote and the apply program will read. A hook may read them
 * and replace them in place (an all-reduce across data-parallel replicas, clipping); the apply
 * program reads whatever they hold when the hook returns.
 *
 * <p>Where they live depends on the backend: on the JVM each is a float32 array
 * ({@link #array}), on OpenCL a device buffer ({@link #buffer}, a {@code cl_mem} of the step's
 * context; kernels enqueued on that context's queue are ordered with the step's own). Both are
 * the same objects at every step of a binding, so a reducer can register them once.
 * {@link #read} and {@link #write} copy through the host on every backend.
 */
public interface Gradients {
  /** The parameters, in the gradient program's order. */
  List<String> names();

  /** The number of float32 elements of a parameter's gradient. */
  int length(String name);

  /** The gradient as a JVM array the apply program reads, or null where it lives on a device. */
  float[] array(String name);

  /** The gradient's device buffer ({@code cl_mem}), or 0 where it is a JVM array. */
  long buffer(String name);

  /** Copies a gradient into {@code into} (its first {@link #length} elements). */
  void read(String name, float[] into);

  /** Replaces a gradient with {@code from}'s first {@link #length} elements. */
  void write(String name, float[] from);
}
