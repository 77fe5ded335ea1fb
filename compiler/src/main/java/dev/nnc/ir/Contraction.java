package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;

/** Matrix products. */
final class Contraction {
  private Contraction() {}

  /** [..., n, k] @ [..., k, m] -> [..., n, m], with equal batch axes (broadcasting is explicit). */
  static final Primitive MATMUL = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType a = in.get(0), b = in.get(1);
      int r = a.rank();
      boolean ok = r >= 2 && b.rank() == r && a.dtype() == b.dtype() && a.dtype().isNumeric()
          && a.dim(r - 1).equals(b.dim(r - 2));
      for (int i = 0; ok && i < r - 2; i++) ok = a.dim(i).equals(b.dim(i));
      if (!ok) throw new IrException("matmul of " + a + " and " + b);
      List<Axis> out = a.axesCopy();
      out.set(r - 1, b.axes().get(r - 1));
      return a.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Node a = y.input(0), b = y.input(1);
      return List.of(g.matmul(dy, g.swapLast(b)), g.matmul(g.swapLast(a), dy));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array a = in.get(0), b = in.get(1);
      int r = a.rank();
      int n = (int) a.shape()[r - 2], k = (int) a.shape()[r - 1], m = (int) b.shape()[r - 1];
      long[] shape = Array.shapeOf(type, sizes);
      int batches = (int) (Array.size(shape) / ((long) n * m));
      double[] out = new double[batches * n * m];
      for (int bt = 0; bt < batches; bt++) {
        int ao = bt * n * k, bo = bt * k * m, oo = bt * n * m;
        for (int i = 0; i < n; i++) {
          for (int p = 0; p < k; p++) {
            double av = a.data()[ao + i * k + p];
            for (int j = 0; j < m; j++) out[oo + i * m + j] += av * b.data()[bo + p * m + j];
          }
        }
      }
      return new Array(shape, out);
    }
  };
}
