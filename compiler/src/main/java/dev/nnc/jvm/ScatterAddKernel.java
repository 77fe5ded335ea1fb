package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Ix;
import dev.nnc.ir.Node;
import dev.nnc.runtime.jvm.Kernel;
import dev.nnc.shape.Dim;
import java.util.List;
import java.util.Map;

/**
 * scatter_add(x, idx, src, axis): x with src's slices added at idx along axis. Indices may
 * repeat, so it runs on one thread, in order: the sum comes out the same every run.
 */
final class ScatterAddKernel implements Kernel {
  private final int x, idx, src, out, outer, picks, inner, length;

  ScatterAddKernel(Node n, Map<Node, Integer> slotOf, Dims dims) {
    this.x = slotOf.get(n.input(0));
    this.idx = slotOf.get(n.input(1));
    this.src = slotOf.get(n.input(2));
    this.out = slotOf.get(n);
    int axis = ((Attr.Axis) n.attr()).axis();
    List<Dim> shape = n.input(0).type().dims();
    this.outer = dims.slot(Dims.product(shape.subList(0, axis)));
    this.length = dims.slot(shape.get(axis));
    this.inner = dims.slot(Dims.product(shape.subList(axis + 1, shape.size())));
    this.picks = dims.slot(n.input(1).type().elements());
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    int outerN = dims[outer], n = dims[length], innerN = dims[inner], k = dims[picks];
    float[] base = buffers[x], at = buffers[idx], add = buffers[src], result = buffers[out];
    if (base != result) System.arraycopy(base, 0, result, 0, outerN * n * innerN); // else in place
    for (int o = 0; o < outerN; o++) {
      for (int j = 0; j < k; j++) {
        int pick = (int) at[j];
        if (pick < 0 || pick >= n) throw new IllegalArgumentException("index " + pick + " out of range 0.." + (n - 1));
        int to = (o * n + pick) * innerN, from = (o * k + j) * innerN;
        for (int r = 0; r < innerN; r++) result[to + r] += add[from + r];
      }
    }
  }
}
