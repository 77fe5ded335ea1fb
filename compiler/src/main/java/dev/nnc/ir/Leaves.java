package dev.nnc.ir;

import dev.nnc.shape.TensorType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Inputs, parameters and constants: nodes with no inputs. */
final class Leaves {
  private Leaves() {}

  /** A leaf's value comes from outside the graph; the evaluator looks it up by name. */
  private static final class Named implements Primitive {
    public TensorType type(List<TensorType> in, Attr attr) { return ((Attr.Leaf) attr).type(); }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      throw new IrException("the evaluator binds leaf " + ((Attr.Leaf) attr).name());
    }
  }

  static final Primitive INPUT = new Named();
  static final Primitive PARAM = new Named();

  static final Primitive FILL = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return ((Attr.Fill) attr).type(); }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      long[] shape = Array.shapeOf(type, sizes);
      double[] d = new double[Math.toIntExact(Array.size(shape))];
      Arrays.fill(d, ((Attr.Fill) attr).value());
      return new Array(shape, d);
    }
  };

  static final Primitive CONST = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return ((Attr.Data) attr).type(); }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      return new Array(Array.shapeOf(type, sizes), ((Attr.Data) attr).values()); // a new array at each read
    }
  };

  static final Primitive SIZE = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return ((Attr.Size) attr).type(); }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      long[] shape = Array.shapeOf(type, sizes);
      double[] d = new double[Math.toIntExact(Array.size(shape))];
      Arrays.fill(d, ((Attr.Size) attr).size().evaluate(sizes));
      return new Array(shape, d);
    }
  };

  static final Primitive IOTA = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      Attr.Iota a = (Attr.Iota) attr;
      if (a.axis() < 0 || a.axis() >= a.type().rank()) throw new IrException("iota along " + a.axis() + " of " + a.type());
      return a.type();
    }
    public List<Node> vjp(Graph g, Node y, Node dy) { return List.of(); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      int axis = ((Attr.Iota) attr).axis();
      long[] shape = Array.shapeOf(type, sizes);
      double[] d = new double[Math.toIntExact(Array.size(shape))];
      for (int i = 0; i < d.length; i++) d[i] = Array.unravel(i, shape)[axis];
      return new Array(shape, d);
    }
  };
}
