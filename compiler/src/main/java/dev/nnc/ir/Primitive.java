package dev.nnc.ir;

import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;

/**
 * Everything about one primitive op, in one place: its type rule, its derivative written
 * with primitives (so gradients of gradients work), and its float64 reference evaluation.
 */
public interface Primitive {
  /** The result type; throws {@link IrException} when the inputs do not fit. */
  TensorType type(List<TensorType> inputs, Attr attr);

  /**
   * The vector-Jacobian product: given the node y and the cotangent dy of its output, the
   * cotangent of each input, or null for an input that has no gradient.
   */
  List<Node> vjp(Graph g, Node y, Node dy);

  /** The reference evaluation in float64, with the symbolic sizes bound in {@code sizes}. */
  Array eval(List<Array> inputs, Attr attr, TensorType type, Map<String, Long> sizes);

  /**
   * A reduction's arithmetic, what the kernel writers render: the accumulator starts at
   * {@link #identity} and takes each element with the binary elementwise {@link #combine}
   * (both backends accumulate in double, in the order of the reduced elements).
   */
  interface Reduction extends Primitive {
    double identity();

    /** The elementwise op that combines the accumulator (first) and the next element. */
    Op combine();
  }

  /** The reduction arithmetic of a reduction op. */
  static Reduction reduction(Op op) {
    if (op.kind() != Op.Kind.REDUCTION) throw new IllegalArgumentException(op + " is not a reduction");
    return (Reduction) op.primitive();
  }
}
