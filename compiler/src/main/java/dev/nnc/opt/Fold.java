package dev.nnc.opt;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Constant folding: an op on fills whose result is again one value everywhere becomes that
 * fill. Values are computed as the reference evaluator computes them, so a folded graph
 * evaluates to the same numbers.
 */
final class Fold {
  private Fold() {}

  /** Sums of more equal terms than this are folded by one multiplication instead of term by term. */
  private static final long MAX_TERMS = 1 << 20;

  /** The value of a fill, or null for any other node. */
  static Double value(Node n) {
    return n.op() == Op.FILL ? ((Attr.Fill) n.attr()).value() : null;
  }

  /** Whether n is a fill of v (either zero matches 0). */
  static boolean isFill(Node n, double v) {
    Double x = value(n);
    return x != null && x == v;
  }

  /** An elementwise op of fills, computed by the primitive's own eval on one element. */
  static Node elementwise(Graph g, Node n) {
    List<Array> in = new ArrayList<>(n.inputs().size());
    for (Node x : n.inputs()) {
      Double v = value(x);
      if (v == null) return null;
      in.add(Array.scalar(v));
    }
    Array out = n.op().primitive().eval(in, n.attr(), n.type(), Map.of());
    return g.fill(out.data()[0], n.type());
  }

  /**
   * Ops that move, copy or pick elements keep the value of a filled input 0: reshape,
   * transpose, broadcast, slice, gather (whatever the indices), and the maximum over axes
   * (sizes are at least 1, so no maximum is over nothing).
   */
  static Node moved(Graph g, Node n) {
    Double v = value(n.input(0));
    return v == null ? null : g.fill(v, n.type());
  }

  /** Padding a fill with its own value. */
  static Node pad(Graph g, Node n) {
    Double v = value(n.input(0));
    return v != null && v == ((Attr.Pad) n.attr()).value() ? g.fill(v, n.type()) : null;
  }

  /** Concatenating fills of one value. */
  static Node concat(Graph g, Node n) {
    Double v = value(n.input(0));
    if (v == null) return null;
    for (Node x : n.inputs()) if (!isFill(x, v)) return null;
    return g.fill(v, n.type());
  }

  /** A sum of a fill over axes of constant sizes: the value added to itself, term by term as the reference does. */
  static Node sum(Graph g, Node n) {
    Double v = value(n.input(0));
    if (v == null) return null;
    long terms = 1;
    for (int axis : ((Attr.Axes) n.attr()).axes()) {
      Dim d = n.input(0).type().dim(axis);
      if (!d.isConstant()) return null; // v * B is not a constant: the IR has no node for a size as a value
      terms = Math.multiplyExact(terms, d.constant());
    }
    return g.fill(repeatedSum(v, terms), n.type());
  }

  /** A matrix product of fills over a constant inner size: a sum of equal products. */
  static Node matmul(Graph g, Node n) {
    Double a = value(n.input(0)), b = value(n.input(1));
    Dim k = n.input(0).type().dim(n.input(0).type().rank() - 1);
    if (a == null || b == null || !k.isConstant()) return null;
    return g.fill(repeatedSum(a * b, k.constant()), n.type());
  }

  /** 0 + term + term + ... (count terms), in the reference's order. */
  private static double repeatedSum(double term, long count) {
    if (count > MAX_TERMS) return term * count;
    double s = 0;
    for (long i = 0; i < count; i++) s += term;
    return s;
  }
}
