package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Selecting by a bool mask, whose result has a size known only from the data: the number of
 * true elements, a size symbol that evaluating the select binds.
 */
final class Masking {
  private Masking() {}

  /** mask_select(x, mask): the elements (rows) of x where mask is true; mask covers x's leading axes. */
  static final Primitive SELECT = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), mask = in.get(1);
      checkMask(x, mask);
      List<Axis> out = new ArrayList<>();
      out.add(Axis.of(Dim.symbol(((Attr.Count) attr).symbol())));
      out.addAll(x.axes().subList(mask.rank(), x.rank()));
      return x.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      return Arrays.asList(g.maskScatter(dy, y.input(1)), null);
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), mask = in.get(1);
      int row = x.size() / Math.max(1, mask.size());
      List<Double> kept = new ArrayList<>();
      int count = 0;
      for (int i = 0; i < mask.size(); i++) {
        if (mask.data()[i] == 0) continue;
        count++;
        for (int k = 0; k < row; k++) kept.add(x.data()[i * row + k]);
      }
      sizes.put(((Attr.Count) attr).symbol(), (long) count); // later shapes may mention the count
      long[] shape = Array.shapeOf(type, sizes);
      return new Array(shape, kept.stream().mapToDouble(Double::doubleValue).toArray());
    }
  };

  /** mask_scatter(v, mask): v's rows placed where mask is true, zeros elsewhere (the adjoint of select). */
  static final Primitive SCATTER = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType v = in.get(0), mask = in.get(1);
      if (mask.dtype() != DType.BOOL || v.rank() < 1) throw new IrException("mask_scatter of " + v + " by " + mask);
      List<Axis> out = new ArrayList<>(mask.axes());
      out.addAll(v.axes().subList(1, v.rank()));
      return v.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      String symbol = y.input(0).type().dim(0).asSymbol();
      return Arrays.asList(g.maskSelect(dy, y.input(1), symbol), null);
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array v = in.get(0), mask = in.get(1);
      long[] shape = Array.shapeOf(type, sizes);
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      int row = out.length / Math.max(1, mask.size());
      int at = 0;
      for (int i = 0; i < mask.size(); i++) {
        if (mask.data()[i] == 0) continue;
        System.arraycopy(v.data(), at * row, out, i * row, row);
        at++;
      }
      return new Array(shape, out);
    }
  };

  private static void checkMask(TensorType x, TensorType mask) {
    boolean ok = mask.dtype() == DType.BOOL && mask.rank() <= x.rank();
    for (int i = 0; ok && i < mask.rank(); i++) ok = mask.dim(i).equals(x.dim(i));
    if (!ok) throw new IrException("mask_select of " + x + " by " + mask);
  }
}
