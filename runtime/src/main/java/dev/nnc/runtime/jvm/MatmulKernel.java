package dev.nnc.runtime.jvm;

/**
 * A matrix product on the runtime's GEMM, which splits the work between the threads itself:
 * c = op(a) op(b), batched.
 *
 * @param a the buffer slot of a; {@code b} and {@code c} likewise
 * @param batches the slot of the batch count in the size table; {@code m}, {@code n} and {@code k} likewise
 */
public record MatmulKernel(int a, boolean transA, int b, boolean transB, int c, int batches, int m, int n, int k)
    implements Kernel, ProgramImage.Launch {
  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Gemm.sgemmBatched(dims[batches], transA, transB, dims[m], dims[n], dims[k], buffers[a], 0, buffers[b], 0, buffers[c], 0);
  }
}
