package dev.nnc.jvm;

import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.Kernel;

/** A matrix product on the runtime's GEMM, which splits the work between the threads itself. */
final class MatmulKernel implements Kernel {
  private final int a, b, c, batches, m, n, k;
  private final boolean transA, transB;

  /** c = op(a) op(b): buffer slots, and the slots of batches, m, n and k in the size table. */
  MatmulKernel(int a, boolean transA, int b, boolean transB, int c, int batches, int m, int n, int k) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.transA = transA;
    this.transB = transB;
    this.batches = batches;
    this.m = m;
    this.n = n;
    this.k = k;
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Gemm.sgemmBatched(dims[batches], transA, transB, dims[m], dims[n], dims[k], buffers[a], 0, buffers[b], 0, buffers[c], 0);
  }
}
