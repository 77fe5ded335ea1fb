package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Primitives that move elements: reshape, transpose, broadcast, slice, pad, concat, gather, scatter-add. */
final class Structure {
  private Structure() {}

  static final Primitive RESHAPE = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0);
      TensorType out = x.withAxes(axes(((Attr.Shape) attr).dims()));
      if (!out.elements().equals(x.elements())) throw new IrException("reshape of " + x + " to " + out);
      return out;
    }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(g.reshape(dy, y.input(0).type().dims())); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      return new Array(Array.shapeOf(type, sizes), in.get(0).data());
    }
  };

  static final Primitive TRANSPOSE = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0);
      List<Integer> perm = ((Attr.Perm) attr).perm();
      List<Integer> sorted = new ArrayList<>(perm);
      sorted.sort(null);
      for (int i = 0; i < sorted.size(); i++) {
        if (sorted.get(i) != i || perm.size() != x.rank()) throw new IrException("transpose " + perm + " of " + x);
      }
      List<Axis> out = new ArrayList<>();
      for (int p : perm) out.add(x.axes().get(p));
      return x.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      List<Integer> perm = ((Attr.Perm) y.attr()).perm();
      Integer[] inverse = new Integer[perm.size()];
      for (int i = 0; i < perm.size(); i++) inverse[perm.get(i)] = i;
      return List.of(g.transpose(dy, List.of(inverse)));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0);
      List<Integer> perm = ((Attr.Perm) attr).perm();
      long[] shape = Array.shapeOf(type, sizes);
      long[] xs = Array.strides(x.shape());
      double[] out = new double[x.size()];
      long[] src = new long[shape.length];
      for (int i = 0; i < out.length; i++) {
        long[] idx = Array.unravel(i, shape);
        for (int k = 0; k < idx.length; k++) src[perm.get(k)] = idx[k];
        out[i] = x.data()[(int) Array.ravel(src, xs)];
      }
      return new Array(shape, out);
    }
  };

  /** Broadcast as numpy does: aligned at the right, each input size equal to the output's or 1. */
  static final Primitive BROADCAST = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0);
      List<Dim> dims = ((Attr.Shape) attr).dims();
      int extra = dims.size() - x.rank();
      boolean ok = extra >= 0;
      for (int i = 0; ok && i < x.rank(); i++) {
        Dim d = x.dim(i);
        ok = d.equals(dims.get(i + extra)) || (d.isConstant() && d.constant() == 1);
      }
      if (!ok) throw new IrException("broadcast of " + x + " to " + dims);
      return x.withAxes(axes(dims));
    }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(g.sumTo(dy, y.input(0).type())); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0);
      long[] shape = Array.shapeOf(type, sizes);
      int extra = shape.length - x.rank();
      long[] xs = Array.strides(x.shape());
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      long[] src = new long[x.rank()];
      for (int i = 0; i < out.length; i++) {
        long[] idx = Array.unravel(i, shape);
        for (int k = 0; k < src.length; k++) src[k] = x.shape()[k] == 1 ? 0 : idx[k + extra];
        out[i] = x.data()[(int) Array.ravel(src, xs)];
      }
      return new Array(shape, out);
    }
  };

  static final Primitive SLICE = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0);
      Attr.Slice s = (Attr.Slice) attr;
      if (s.axis() < 0 || s.axis() >= x.rank()) throw new IrException("slice axis " + s.axis() + " of " + x);
      List<Axis> out = x.axesCopy();
      out.set(s.axis(), Axis.of(s.length()));
      return x.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Attr.Slice s = (Attr.Slice) y.attr();
      Dim n = y.input(0).type().dim(s.axis());
      return List.of(g.pad(dy, s.axis(), s.start(), n.minus(s.start()).minus(s.length()), 0));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Attr.Slice s = (Attr.Slice) attr;
      Array x = in.get(0);
      long start = s.start().evaluate(sizes);
      long[] shape = Array.shapeOf(type, sizes);
      long[] xs = Array.strides(x.shape());
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      for (int i = 0; i < out.length; i++) {
        long[] idx = Array.unravel(i, shape);
        idx[s.axis()] += start;
        out[i] = x.data()[(int) Array.ravel(idx, xs)];
      }
      return new Array(shape, out);
    }
  };

  static final Primitive PAD = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0);
      Attr.Pad p = (Attr.Pad) attr;
      if (p.axis() < 0 || p.axis() >= x.rank()) throw new IrException("pad axis " + p.axis() + " of " + x);
      List<Axis> out = x.axesCopy();
      out.set(p.axis(), Axis.of(x.dim(p.axis()).plus(p.before()).plus(p.after())));
      return x.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Attr.Pad p = (Attr.Pad) y.attr();
      return List.of(g.slice(dy, p.axis(), p.before(), y.input(0).type().dim(p.axis())));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Attr.Pad p = (Attr.Pad) attr;
      Array x = in.get(0);
      long before = p.before().evaluate(sizes);
      long[] shape = Array.shapeOf(type, sizes);
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      Arrays.fill(out, p.value());
      long[] os = Array.strides(shape);
      for (int i = 0; i < x.size(); i++) {
        long[] idx = Array.unravel(i, x.shape());
        idx[p.axis()] += before;
        out[(int) Array.ravel(idx, os)] = x.data()[i];
      }
      return new Array(shape, out);
    }
  };

  static final Primitive CONCAT = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      int axis = ((Attr.Axis) attr).axis();
      TensorType first = in.get(0);
      Dim total = Dim.of(0);
      for (TensorType t : in) {
        boolean ok = t.dtype() == first.dtype() && t.rank() == first.rank() && axis >= 0 && axis < t.rank();
        for (int d = 0; ok && d < t.rank(); d++) ok = d == axis || t.dim(d).equals(first.dim(d));
        if (!ok) throw new IrException("concat along " + axis + " of " + in);
        total = total.plus(t.dim(axis));
      }
      List<Axis> out = first.axesCopy();
      out.set(axis, Axis.of(total));
      return first.withAxes(out);
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      int axis = ((Attr.Axis) y.attr()).axis();
      List<Node> out = new ArrayList<>();
      Dim offset = Dim.of(0);
      for (Node x : y.inputs()) {
        out.add(g.slice(dy, axis, offset, x.type().dim(axis)));
        offset = offset.plus(x.type().dim(axis));
      }
      return out;
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      int axis = ((Attr.Axis) attr).axis();
      long[] shape = Array.shapeOf(type, sizes);
      long[] os = Array.strides(shape);
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      long offset = 0;
      for (Array x : in) {
        for (int i = 0; i < x.size(); i++) {
          long[] idx = Array.unravel(i, x.shape());
          idx[axis] += offset;
          out[(int) Array.ravel(idx, os)] = x.data()[i];
        }
        offset += x.shape()[axis];
      }
      return new Array(shape, out);
    }
  };

  /** gather(x, idx, axis): x's axis replaced by the axes of idx, picking x's slices at idx. */
  static final Primitive GATHER = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      return gathered(in.get(0), in.get(1), ((Attr.Axis) attr).axis());
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Node x = y.input(0), idx = y.input(1);
      int axis = ((Attr.Axis) y.attr()).axis();
      return Arrays.asList(g.scatterAdd(g.zeros(x.type()), idx, dy, axis), null);
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), idx = in.get(1);
      int axis = ((Attr.Axis) attr).axis();
      long[] shape = Array.shapeOf(type, sizes);
      long[] xs = Array.strides(x.shape()), is = Array.strides(idx.shape());
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      for (int i = 0; i < out.length; i++) {
        long[] o = Array.unravel(i, shape);
        out[i] = x.data()[(int) Array.ravel(source(o, idx, is, x.shape(), axis), xs)];
      }
      return new Array(shape, out);
    }
  };

  /** scatter_add(x, idx, src, axis): x plus src's slices added at idx along axis (the transpose of gather). */
  static final Primitive SCATTER_ADD = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), src = in.get(2);
      TensorType want = gathered(x, in.get(1), ((Attr.Axis) attr).axis());
      if (!want.sameAs(src)) throw new IrException("scatter_add source " + src + ", expected " + want);
      return x;
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      int axis = ((Attr.Axis) y.attr()).axis();
      return Arrays.asList(dy, null, g.gather(dy, y.input(1), axis));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), idx = in.get(1), src = in.get(2);
      int axis = ((Attr.Axis) attr).axis();
      double[] out = x.data().clone();
      long[] xs = Array.strides(x.shape()), is = Array.strides(idx.shape());
      for (int i = 0; i < src.size(); i++) {
        long[] o = Array.unravel(i, src.shape());
        out[(int) Array.ravel(source(o, idx, is, x.shape(), axis), xs)] += src.data()[i];
      }
      return new Array(x.shape(), out);
    }
  };

  private static TensorType gathered(TensorType x, TensorType idx, int axis) {
    if (idx.dtype() != DType.I32 || axis < 0 || axis >= x.rank()) throw new IrException("gather along " + axis + " of " + x + " by " + idx);
    List<Axis> out = new ArrayList<>(x.axes().subList(0, axis));
    out.addAll(idx.axes());
    out.addAll(x.axes().subList(axis + 1, x.rank()));
    return x.withAxes(out);
  }

  /** The index into x of an element of a gathered result. */
  private static long[] source(long[] o, Array idx, long[] idxStrides, long[] xShape, int axis) {
    long[] src = new long[xShape.length];
    int k = idx.rank();
    for (int d = 0; d < axis; d++) src[d] = o[d];
    long[] at = Arrays.copyOfRange(o, axis, axis + k);
    long pick = (long) idx.data()[(int) Array.ravel(at, idxStrides)];
    // An index from the data outside the axis is the data's fault, said as the JVM backend's gathers say it.
    if (pick < 0 || pick >= xShape[axis]) dev.nnc.runtime.jvm.Fn.index((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, pick)),
        (int) xShape[axis]);
    src[axis] = pick;
    for (int d = axis + 1; d < xShape.length; d++) src[d] = o[d - 1 + k];
    return src;
  }

  static List<Axis> axes(List<Dim> dims) {
    List<Axis> out = new ArrayList<>();
    for (Dim d : dims) out.add(Axis.of(d));
    return out;
  }
}
