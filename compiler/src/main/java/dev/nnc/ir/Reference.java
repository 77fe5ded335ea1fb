package dev.nnc.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The float64 reference evaluator: runs a graph on given leaf values and sizes. */
public final class Reference {
  private Reference() {}

  /** Evaluates the roots; leaves (inputs, params) take their values by name. */
  public static Map<Node, Array> run(List<Node> roots, Map<String, Array> leaves, Map<String, Long> sizes) {
    Map<Node, Array> values = new HashMap<>();
    for (Node n : Schedule.topological(roots)) {
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

  public static Array one(Node root, Map<String, Array> leaves, Map<String, Long> sizes) {
    return run(List.of(root), leaves, sizes).get(root);
  }
}
