package dev.nnc.ir;

import dev.nnc.shape.TensorType;
import java.util.List;

/** For tests of the verifier: a node whose type is not what its rule gives, which {@link Graph} never makes. */
public final class Mistyped {
  private Mistyped() {}

  /** {@code exp x} typed {@code wrong}. */
  public static Node exp(Node x, TensorType wrong) {
    Node right = new Graph().exp(new Graph().input("x", x.type()));
    return new Node(-1, Op.EXP, List.of(x), right.attr(), wrong);
  }
}
