package dev.nnc.runtime.jvm;

/**
 * One kernel of a compiled program on the JVM: computes items [lo, hi) of its iteration
 * space. {@code buffers} are the program's buffers by slot, {@code dims} the values of the
 * program's size formulas for the current call. Kernels keep no state, so chunks of one
 * launch may run on different threads at once.
 */
public interface Kernel {
  void run(float[][] buffers, int[] dims, int lo, int hi);
}
