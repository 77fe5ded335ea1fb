package dev.nnc.ir;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse-mode differentiation as a graph-to-graph transform: the cotangents are ordinary
 * nodes built from each primitive's vjp rule, so the result can be differentiated again.
 */
public final class Differentiate {
  private Differentiate() {}

  /**
   * The cotangent of each node in {@code wrt} given the cotangent {@code seed} of
   * {@code output} (for a scalar loss, a fill of 1). A node the output does not depend on
   * gets zeros.
   */
  public static Map<Node, Node> vjp(Graph g, Node output, Node seed, Collection<Node> wrt) {
    if (!seed.type().sameAs(output.type())) {
      throw new IrException("seed " + seed.type() + " for output " + output.type());
    }
    Map<Node, Node> cotangent = new HashMap<>();
    cotangent.put(output, seed);
    List<Node> order = Schedule.topological(List.of(output));
    for (int i = order.size() - 1; i >= 0; i--) {
      Node y = order.get(i);
      Node dy = cotangent.get(y);
      if (dy == null || y.inputs().isEmpty()) continue;
      List<Node> dx = y.op().primitive().vjp(g, y, dy);
      for (int k = 0; k < y.inputs().size(); k++) {
        Node x = y.input(k);
        Node d = dx.get(k);
        if (d == null || !x.type().dtype().isFloat()) continue;
        if (!d.type().sameAs(x.type())) {
          throw new IrException("the vjp of " + y.op().word() + " gives " + d.type() + " for an input of " + x.type());
        }
        // A value used several times receives the sum of its cotangents.
        cotangent.merge(x, d, g::add);
      }
    }
    Map<Node, Node> out = new LinkedHashMap<>();
    for (Node w : wrt) out.put(w, cotangent.getOrDefault(w, g.zeros(w.type())));
    return out;
  }
}
