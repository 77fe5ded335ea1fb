package dev.nnc.ir;

import dev.nnc.diag.Span;
import dev.nnc.shape.TensorType;
import java.util.List;

/**
 * A node of the graph IR: an op applied to input nodes, with attributes, and its type.
 * Nodes are made by a {@link Graph}, which interns equal ones, so identity is equality and
 * common subexpressions are shared by construction.
 */
public final class Node {
  private final int id;
  private final Op op;
  private final List<Node> inputs;
  private final Attr attr;
  private final TensorType type;
  /** The source expression the node was lowered from; set once, by {@link Graph#origin(Node, Span)}. */
  private Span origin;

  Node(int id, Op op, List<Node> inputs, Attr attr, TensorType type) {
    this.id = id;
    this.op = op;
    this.inputs = List.copyOf(inputs);
    this.attr = attr;
    this.type = type;
  }

  public int id() { return id; }
  public Op op() { return op; }
  public List<Node> inputs() { return inputs; }
  public Node input(int i) { return inputs.get(i); }
  public Attr attr() { return attr; }
  public TensorType type() { return type; }

  /** Where in the source the node was made; null when unknown (made inside library code, or by a pass). */
  public Span origin() { return origin; }

  void origin(Span where) {
    if (origin == null) origin = where;
  }

  @Override public String toString() { return "%" + id; }
}
