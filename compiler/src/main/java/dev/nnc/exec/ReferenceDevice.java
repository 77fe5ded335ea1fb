package dev.nnc.exec;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import dev.nnc.ir.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The float64 reference evaluator as a device: exact and slow, for small models and for tests. */
public final class ReferenceDevice implements Device {
  @Override public String name() { return "reference"; }

  @Override public String describe() { return "the float64 reference evaluator"; }

  @Override public Executable compile(List<Node> roots) {
    List<Node> leaves = new ArrayList<>();
    for (Node n : Schedule.topological(roots)) if (n.op() == Op.INPUT || n.op() == Op.PARAM) leaves.add(n);
    return (values, sizes) -> {
      Map<String, Array> in = new HashMap<>();
      for (Node leaf : leaves) {
        Attr.Leaf a = (Attr.Leaf) leaf.attr();
        float[] f = values.get(a.name());
        if (f == null) throw new IllegalArgumentException("no value for " + a.name());
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        in.put(a.name(), new Array(Array.shapeOf(a.type(), sizes), d));
      }
      Map<Node, Array> out = Reference.run(roots, in, sizes);
      List<float[]> result = new ArrayList<>(roots.size());
      for (Node r : roots) {
        double[] d = out.get(r).data();
        float[] f = new float[d.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
        result.add(f);
      }
      return result;
    };
  }
}
