package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Supplier;

/** Reductions over a set of axes. */
final class Reductions {
  private Reductions() {}

  static final Primitive SUM = reduction(0, () -> Op.ADD, Double::sum, (g, y, dy) -> {
    Node x = y.input(0);
    return g.broadcast(kept(g, dy, x, (Attr.Axes) y.attr()), x.type().dims());
  });

  /** The gradient of a maximum goes to the elements equal to it, shared equally among ties. */
  static final Primitive MAX = reduction(Double.NEGATIVE_INFINITY, () -> Op.MAX, Math::max, Reductions::extremum);

  /** The gradient of a minimum, as a maximum's. */
  static final Primitive MIN = reduction(Double.POSITIVE_INFINITY, () -> Op.MIN, Math::min, Reductions::extremum);

  /** The vjp of a maximum or minimum y of x: dy shared equally among the elements equal to y. */
  private static Node extremum(Graph g, Node y, Node dy) {
    Node x = y.input(0);
    Attr.Axes a = (Attr.Axes) y.attr();
    List<Dim> dims = x.type().dims();
    Node hit = g.cast(g.eq(x, g.broadcast(kept(g, y, x, a), dims)), x.type().dtype());
    Node count = g.sum(hit, a.axes(), true);
    return g.mul(hit, g.broadcast(g.div(kept(g, dy, x, a), count), dims));
  }

  /**
   * The gradient of a product with respect to one element is the product of the others,
   * computed without dividing by zero: where a row has no zero it is y / x; where it has one
   * zero, the zero's gradient is the product of the rest and every other element's is 0; where
   * it has two or more, all are 0.
   */
  static final Primitive PROD = reduction(1, () -> Op.MUL, (p, v) -> p * v, (g, y, dy) -> {
    Node x = y.input(0);
    Attr.Axes a = (Attr.Axes) y.attr();
    List<Dim> dims = x.type().dims();
    Node zero = g.eq(x, g.like(x, 0));
    Node zeros = g.broadcast(g.sum(g.cast(zero, x.type().dtype()), a.axes(), true), dims);
    Node nonzero = g.broadcast(g.reduceProd(g.select(zero, g.like(x, 1), x), a.axes(), true), dims);
    Node none = g.eq(zeros, g.like(zeros, 0)), one = g.eq(zeros, g.like(zeros, 1));
    Node nil = g.like(x, 0);
    Node others = g.select(zero, g.select(one, nonzero, nil), g.select(none, g.div(nonzero, g.select(zero, g.like(x, 1), x)), nil));
    return g.mul(g.broadcast(kept(g, dy, x, a), dims), others);
  });

  interface Vjp { Node of(Graph g, Node y, Node dy); }

  /** A reduced value reshaped to keep its reduced axes with size 1. */
  private static Node kept(Graph g, Node v, Node x, Attr.Axes a) {
    if (a.keep()) return v;
    List<Dim> dims = new ArrayList<>(x.type().dims());
    for (int ax : a.axes()) dims.set(ax, Dim.of(1));
    return g.reshape(v, dims);
  }

  /**
   * A reduction: its identity, its combining elementwise op (a supplier, read after the ops
   * exist) and that op's float64 arithmetic for the reference evaluation, and its vjp.
   */
  private static Primitive reduction(double identity, Supplier<Op> op, DoubleBinaryOperator combine, Vjp vjp) {
    return new Primitive.Reduction() {
      public double identity() { return identity; }
      public Op combine() { return op.get(); }
      public TensorType type(List<TensorType> in, Attr attr) {
        TensorType x = in.get(0);
        Attr.Axes a = (Attr.Axes) attr;
        int last = -1;
        for (int ax : a.axes()) {
          if (ax <= last || ax >= x.rank()) throw new IrException("reduction axes " + a.axes() + " of " + x);
          last = ax;
        }
        List<Axis> out = new ArrayList<>();
        for (int i = 0; i < x.rank(); i++) {
          if (!a.axes().contains(i)) out.add(x.axes().get(i));
          else if (a.keep()) out.add(Axis.of(1));
        }
        return x.withAxes(out);
      }
      public List<Node> vjp(Graph g, Node y, Node dy) {
        return Arrays.asList(vjp.of(g, y, dy));
      }
      public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
        Array x = in.get(0);
        Attr.Axes a = (Attr.Axes) attr;
        long[] keptShape = x.shape().clone();
        for (int ax : a.axes()) keptShape[ax] = 1;
        long[] strides = Array.strides(keptShape);
        double[] out = new double[Math.toIntExact(Array.size(keptShape))];
        Arrays.fill(out, identity);
        for (int i = 0; i < x.size(); i++) {
          long[] idx = Array.unravel(i, x.shape());
          for (int ax : a.axes()) idx[ax] = 0;
          int o = (int) Array.ravel(idx, strides);
          out[o] = combine.applyAsDouble(out[o], x.data()[i]);
        }
        return new Array(Array.shapeOf(type, sizes), out);
      }
    };
  }
}
