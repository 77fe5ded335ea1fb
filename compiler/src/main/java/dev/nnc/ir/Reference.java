package dev.nnc.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The float64 reference evaluator: runs a graph on given leaf values and sizes. */
public final class Reference {
  private Reference() {}

  /** Evaluates the roots; leaves (inputs, params) take their values by name. */
  public static Map<Node, Array> run(List<Node> roots, Map<String, Array> leaves, Map<String, Long> given) {
    return run(roots, leaves, new HashMap<>(given), Map.of()); // a mask select binds the size of its result
  }

  /**
   * Evaluates the roots with some nodes' values given (a loop's body: its placeholders and
   * the outer values it reads). {@code sizes} is updated with the sizes selects bind.
   */
  public static Map<Node, Array> run(List<Node> roots, Map<String, Array> leaves, Map<String, Long> sizes, Map<Node, Array> bound) {
    Map<Node, Array> values = new HashMap<>(bound);
    for (Node n : order(roots, bound.keySet())) {
      if (n.op() == Op.INPUT || n.op() == Op.PARAM) {
        Attr.Leaf leaf = (Attr.Leaf) n.attr();
        Array v = leaves.get(leaf.name());
        if (v == null) throw new IrException("no value for " + leaf.name());
        long[] want = Array.shapeOf(leaf.type(), sizes);
        if (!java.util.Arrays.equals(want, v.shape())) {
          throw new IrException(leaf.name() + " is " + leaf.type() + " but its value has shape " + java.util.Arrays.toString(v.shape()));
        }
        values.put(n, v);
        continue;
      }
      List<Array> in = new ArrayList<>(n.inputs().size());
      for (Node x : n.inputs()) in.add(values.get(x));
      values.put(n, n.op().primitive().eval(in, n.attr(), n.type(), sizes));
    }
    return values;
  }

  /**
   * Inputs before their users, and a node whose type mentions a size that a mask select
   * binds after that select (a constant of that size has no edge to it otherwise).
   */
  private static List<Node> order(List<Node> roots, java.util.Set<Node> bound) {
    List<Node> plain = Schedule.topological(roots, bound);
    Map<String, Node> binders = new HashMap<>();
    for (Node n : plain) if (n.op() == Op.MASK_SELECT) binders.put(((Attr.Count) n.attr()).symbol(), n);
    if (binders.isEmpty()) return plain;
    List<Node> out = new ArrayList<>();
    java.util.Set<Node> done = new java.util.HashSet<>(bound);
    for (Node n : plain) visit(n, binders, done, out);
    return out;
  }

  private static void visit(Node n, Map<String, Node> binders, java.util.Set<Node> done, List<Node> out) {
    if (done.contains(n)) return;
    done.add(n);
    for (Node in : n.inputs()) visit(in, binders, done, out);
    List<dev.nnc.shape.Dim> mentioned = new ArrayList<>(n.type().dims());
    if (n.attr() instanceof Attr.Size z) mentioned.add(z.size());
    for (dev.nnc.shape.Dim d : mentioned) {
      for (String s : d.symbols()) {
        Node b = binders.get(s);
        if (b != null && b != n) visit(b, binders, done, out);
      }
    }
    out.add(n);
  }

  public static Array one(Node root, Map<String, Array> leaves, Map<String, Long> sizes) {
    return run(List.of(root), leaves, sizes).get(root);
  }
}
