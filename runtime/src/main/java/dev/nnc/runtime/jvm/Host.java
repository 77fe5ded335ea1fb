package dev.nnc.runtime.jvm;

/**
 * The host side of a compiled program on the JVM: its launch sequence, emitted as one
 * straight-line method that launches each kernel in order with its item count.
 */
public interface Host {
  void run(Kernel[] kernels, float[][] buffers, int[] dims);

  /**
   * Launches a kernel over {@code items} items, each costing about {@code cost} element
   * operations: on both threads when there is enough work to pay for the handoff.
   */
  static void launch(Kernel kernel, float[][] buffers, int[] dims, int items, int cost) {
    if (kernel == ImageChain.CHAINED) return; // run image by image by the chain before it
    int grain = Math.max(1, GRAIN / Math.max(1, cost));
    Parallel.forKernel(items, grain, kernel, buffers, dims);
  }

  /** About how many element operations make a chunk worth its own thread. */
  int GRAIN = 16384;
}
