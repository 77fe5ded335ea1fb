package dev.nnc.jvm;

import dev.nnc.ir.Node;
import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.Kernel;
import dev.nnc.shape.Dim;
import java.util.List;
import java.util.Map;

/** A matrix product on the runtime's GEMM, which splits the work between the threads itself. */
final class MatmulKernel implements Kernel {
  private final int a, b, c, batches, m, n, k;
  private final boolean transA, transB;

  /** out = a @ b over the leading batch axes; a (or b) stored transposed when transA (transB). */
  MatmulKernel(Node out, Node a, boolean transA, Node b, boolean transB, Map<Node, Integer> slotOf, Dims dims) {
    this.a = slotOf.get(a);
    this.b = slotOf.get(b);
    this.c = slotOf.get(out);
    this.transA = transA;
    this.transB = transB;
    List<Dim> shape = out.type().dims();
    int r = shape.size();
    Dim inner = a.type().dim(transA ? r - 2 : r - 1);
    this.batches = dims.slot(Dims.product(shape.subList(0, r - 2)));
    this.m = dims.slot(shape.get(r - 2));
    this.n = dims.slot(shape.get(r - 1));
    this.k = dims.slot(inner);
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Gemm.sgemmBatched(dims[batches], transA, transB, dims[m], dims[n], dims[k], buffers[a], 0, buffers[b], 0, buffers[c], 0);
  }
}
