package dev.nnc.ir;

import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.List;

/** Checks the invariants of a graph: every node's type is what its primitive's rule gives. */
public final class Verify {
  private Verify() {}

  /** Throws {@link IrException} naming the pass and the first node that breaks an invariant. */
  public static void graph(String pass, List<Node> roots) {
    for (Node n : Schedule.topological(roots)) {
      List<TensorType> in = new ArrayList<>();
      for (Node x : n.inputs()) in.add(x.type());
      TensorType expected;
      try {
        expected = n.op().primitive().type(in, n.attr());
      } catch (IrException e) {
        throw new IrException("after " + pass + ": " + n + " = " + n.op().word() + ": " + e.getMessage());
      }
      if (!expected.sameAs(n.type())) {
        throw new IrException("after " + pass + ": " + n + " = " + n.op().word() + " is typed " + n.type() + " but its rule gives " + expected);
      }
    }
  }
}
