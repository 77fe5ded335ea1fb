package dev.nnc.ir;

import dev.nnc.diag.Span;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes nodes, interning equal ones: the same op on the same inputs with equal attributes is
 * one node. The methods below are the only way passes build IR, so every node is typed by
 * its primitive's rule as it is made.
 */
public final class Graph {
  private record Key(Op op, List<Integer> inputs, Attr attr) {}

  private final Map<Key, Node> interned = new HashMap<>();
  private int next;

  public Node make(Op op, List<Node> inputs, Attr attr) {
    List<Integer> ids = new ArrayList<>(inputs.size());
    for (Node n : inputs) ids.add(n.id());
    Key key = new Key(op, ids, attr);
    Node found = interned.get(key);
    if (found != null) return found;
    List<TensorType> types = new ArrayList<>(inputs.size());
    for (Node n : inputs) types.add(n.type());
    Node node = new Node(next++, op, inputs, attr, op.primitive().type(types, attr));
    interned.put(key, node);
    return node;
  }

  public int size() { return next; }

  /**
   * Makes the roots again in this graph, with each node of {@code replace}'s keys replaced by its
   * value: every node between is made anew from its copied inputs, so in the graph the roots came
   * from only what reads a replaced node changes (interning gives the rest back), and into a new
   * graph it is a copy. Returns every node's copy, the replaced ones included; origins are left
   * to the caller. A node's attributes are kept as they are, so a loop's body is not copied.
   */
  public Map<Node, Node> copy(List<Node> roots, Map<Node, Node> replace) {
    Map<Node, Node> copy = new HashMap<>(replace);
    for (Node n : Schedule.topological(roots, replace.keySet())) {
      List<Node> in = new ArrayList<>(n.inputs().size());
      for (Node x : n.inputs()) in.add(copy.get(x));
      copy.put(n, make(n.op(), in, n.attr()));
    }
    return copy;
  }

  /**
   * Records the source expression a node was lowered from, unless it has one already (the
   * innermost expression that made it wins); {@link Node#origin()} reads it.
   */
  public void origin(Node n, Span where) {
    n.origin(where);
  }

  // ------------------------------------------------------------------ leaves

  public Node input(String name, TensorType type) { return make(Op.INPUT, List.of(), new Attr.Leaf(name, type.plain())); }
  public Node param(String name, TensorType type) { return make(Op.PARAM, List.of(), new Attr.Leaf(name, type.plain())); }
  public Node fill(double value, TensorType type) { return make(Op.FILL, List.of(), new Attr.Fill(value, type.plain())); }
  public Node zeros(TensorType type) { return fill(0, type); }
  public Node constant(double[] values, TensorType type) { return make(Op.CONST, List.of(), new Attr.Data(values, type.plain())); }

  /** A constant whose values {@code source} makes when they are read (a parameter's random initial values), not now. */
  public Node constant(java.util.function.Supplier<double[]> source, TensorType type) {
    return make(Op.CONST, List.of(), new Attr.Data(source, type.plain()));
  }
  public Node size(Dim size, TensorType type) {
    return size.isConstant() ? fill(size.constant(), type) : make(Op.SIZE, List.of(), new Attr.Size(size, type.plain()));
  }
  public Node iota(int axis, TensorType type) { return make(Op.IOTA, List.of(), new Attr.Iota(axis, type.plain())); }
  public Node stopGradient(Node x) { return make(Op.STOP_GRADIENT, List.of(x), Attr.NONE); }
  /** A constant with the type of x. */
  public Node like(Node x, double value) { return fill(value, x.type()); }

  // ------------------------------------------------------------------ elementwise

  private Node un(Op op, Node x) { return make(op, List.of(x), Attr.NONE); }
  private Node bin(Op op, Node a, Node b) { return make(op, List.of(a, b), Attr.NONE); }

  public Node neg(Node x) { return un(Op.NEG, x); }
  public Node recip(Node x) { return un(Op.RECIP, x); }
  public Node exp(Node x) { return un(Op.EXP, x); }
  public Node log(Node x) { return un(Op.LOG, x); }
  public Node sqrt(Node x) { return un(Op.SQRT, x); }
  public Node tanh(Node x) { return un(Op.TANH, x); }
  public Node sigmoid(Node x) { return un(Op.SIGMOID, x); }
  public Node sin(Node x) { return un(Op.SIN, x); }
  public Node cos(Node x) { return un(Op.COS, x); }
  public Node erf(Node x) { return un(Op.ERF, x); }
  public Node abs(Node x) { return un(Op.ABS, x); }
  public Node sign(Node x) { return un(Op.SIGN, x); }
  public Node floor(Node x) { return un(Op.FLOOR, x); }
  public Node ceil(Node x) { return un(Op.CEIL, x); }
  public Node not(Node x) { return un(Op.NOT, x); }

  public Node add(Node a, Node b) { return bin(Op.ADD, a, b); }
  public Node sub(Node a, Node b) { return bin(Op.SUB, a, b); }
  public Node mul(Node a, Node b) { return bin(Op.MUL, a, b); }
  public Node div(Node a, Node b) { return bin(Op.DIV, a, b); }
  public Node pow(Node a, Node b) { return bin(Op.POW, a, b); }
  public Node max(Node a, Node b) { return bin(Op.MAX, a, b); }
  public Node min(Node a, Node b) { return bin(Op.MIN, a, b); }
  public Node lt(Node a, Node b) { return bin(Op.LT, a, b); }
  public Node le(Node a, Node b) { return bin(Op.LE, a, b); }
  public Node gt(Node a, Node b) { return bin(Op.GT, a, b); }
  public Node ge(Node a, Node b) { return bin(Op.GE, a, b); }
  public Node eq(Node a, Node b) { return bin(Op.EQ, a, b); }
  public Node ne(Node a, Node b) { return bin(Op.NE, a, b); }
  public Node and(Node a, Node b) { return bin(Op.AND, a, b); }
  public Node or(Node a, Node b) { return bin(Op.OR, a, b); }

  public Node select(Node cond, Node a, Node b) { return make(Op.SELECT, List.of(cond, a, b), Attr.NONE); }
  public Node cast(Node x, DType to) { return x.type().dtype() == to ? x : make(Op.CAST, List.of(x), new Attr.Cast(to)); }

  /** x times a constant. */
  public Node scale(Node x, double k) { return mul(x, like(x, k)); }

  // ------------------------------------------------------------------ reductions

  public Node sum(Node x, List<Integer> axes, boolean keep) { return reduce(Op.SUM, x, axes, keep); }
  public Node reduceMax(Node x, List<Integer> axes, boolean keep) { return reduce(Op.REDUCE_MAX, x, axes, keep); }
  public Node reduceProd(Node x, List<Integer> axes, boolean keep) { return reduce(Op.REDUCE_PROD, x, axes, keep); }

  /** The reduction {@code op} (of kind {@link Op.Kind#REDUCTION}) of x over the axes. */
  public Node reduce(Op op, Node x, List<Integer> axes, boolean keep) {
    Primitive.reduction(op);
    return make(op, List.of(x), new Attr.Axes(axes, keep));
  }

  // ------------------------------------------------------------------ structure

  public Node reshape(Node x, List<Dim> dims) {
    return x.type().dims().equals(dims) ? x : make(Op.RESHAPE, List.of(x), new Attr.Shape(dims));
  }

  public Node transpose(Node x, List<Integer> perm) { return make(Op.TRANSPOSE, List.of(x), new Attr.Perm(perm)); }

  public Node broadcast(Node x, List<Dim> dims) {
    return x.type().dims().equals(dims) ? x : make(Op.BROADCAST, List.of(x), new Attr.Shape(dims));
  }

  public Node slice(Node x, int axis, Dim start, Dim length) {
    boolean whole = start.isConstant() && start.constant() == 0 && length.equals(x.type().dim(axis));
    return whole ? x : make(Op.SLICE, List.of(x), new Attr.Slice(axis, start, length));
  }
  public Node pad(Node x, int axis, Dim before, Dim after, double value) { return make(Op.PAD, List.of(x), new Attr.Pad(axis, before, after, value)); }
  public Node concat(List<Node> xs, int axis) { return make(Op.CONCAT, xs, new Attr.Axis(axis)); }
  public Node gather(Node x, Node idx, int axis) { return make(Op.GATHER, List.of(x, idx), new Attr.Axis(axis)); }
  public Node scatterAdd(Node x, Node idx, Node src, int axis) { return make(Op.SCATTER_ADD, List.of(x, idx, src), new Attr.Axis(axis)); }
  /**
   * A loop of {@code length} steps over a body built from the placeholders {@code carries}
   * and {@code index} (INPUT nodes only the body reads): the carries start as {@code inits}
   * and become {@code next} after each step; {@code ys} are stacked over the steps, on a new
   * first axis, in index order. Gives the final carries, then the stacked ys.
   */
  public List<Node> loop(List<Node> inits, List<Node> carries, Node index, List<Node> next, List<Node> ys,
      Dim length, boolean reverse) {
    java.util.Set<Node> placeholders = new java.util.HashSet<>(carries);
    placeholders.add(index);
    List<Node> outputs = new ArrayList<>(next);
    outputs.addAll(ys);
    List<Node> captured = Loops.captured(outputs, placeholders);
    Loops.Body body = new Loops.Body(List.copyOf(carries), index, List.of(), List.copyOf(next), List.copyOf(ys),
        captured, length, reverse);
    List<Node> inputs = new ArrayList<>(inits);
    inputs.addAll(captured);
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < carries.size(); i++) out.add(make(Op.LOOP, inputs, new Attr.Loop(body, Attr.Loop.Kind.FINAL, i)));
    for (int i = 0; i < ys.size(); i++) out.add(make(Op.LOOP, inputs, new Attr.Loop(body, Attr.Loop.Kind.STACKED, i)));
    return out;
  }

  public Node maskSelect(Node x, Node mask, String countSymbol) {
    return make(Op.MASK_SELECT, List.of(x, mask), new Attr.Count(countSymbol));
  }
  public Node maskScatter(Node v, Node mask) { return make(Op.MASK_SCATTER, List.of(v, mask), Attr.NONE); }
  /**
   * a @ b. The backends' matrix products are float32, so integer operands multiply as floats and
   * the product is cast back: exact while the partial sums stay within 2^24.
   */
  public Node matmul(Node a, Node b) {
    DType t = a.type().dtype();
    if (t.isFloat()) return make(Op.MATMUL, List.of(a, b), Attr.NONE);
    return cast(make(Op.MATMUL, List.of(cast(a, DType.F32), cast(b, DType.F32)), Attr.NONE), t);
  }

  // ------------------------------------------------------------------ convolution, pooling, random

  /** conv2d(x [N, C, H, W], w [O, C/groups, kh, kw]) -> [N, O, H', W']. */
  public Node conv2d(Node x, Node w, Attr.Conv a) { return make(Op.CONV2D, List.of(x, w), a); }

  /** The transposed convolution: the adjoint of x -> conv2d(x, w) for x of spatial size [height, width]. */
  public Node conv2dInputGrad(Node dy, Node w, Attr.Conv a, Dim height, Dim width) {
    return make(Op.CONV2D_INPUT_GRAD, List.of(dy, w), new Attr.ConvInputGrad(a, height, width));
  }

  /** The adjoint of w -> conv2d(x, w) for w with the given kernel size. */
  public Node conv2dWeightGrad(Node x, Node dy, Attr.Conv a, Attr.Hw kernel) {
    return make(Op.CONV2D_WEIGHT_GRAD, List.of(x, dy), new Attr.ConvWeightGrad(a, kernel));
  }

  public Node maxPool2d(Node x, Attr.Pool p) { return make(Op.MAX_POOL2D, List.of(x), p); }

  /** g [N, C, H', W'] routed to the argmax of each window of x [N, C, H, W], summed where windows overlap. */
  public Node maxPool2dScatter(Node x, Node g, Attr.Pool p) { return make(Op.MAX_POOL2D_SCATTER, List.of(x, g), p); }

  /** d [N, C, H, W] picked at the argmax of each window of x [N, C, H, W]. */
  public Node maxPool2dGather(Node x, Node d, Attr.Pool p) { return make(Op.MAX_POOL2D_GATHER, List.of(x, d), p); }

  /** Counter-based random numbers of a float type for a scalar step counter (i32 or f64). */
  public Node random(Node step, Attr.Rng.Kind kind, long seed, long stream, TensorType type) {
    return make(Op.RANDOM, List.of(step), new Attr.Rng(kind, seed, stream, type.plain()));
  }

  /**
   * Random numbers whose seed is known only when the program runs: the scalar i32 {@code seed}
   * is added to the attribute's seed (modulo 2^32), so one compiled program draws for any seed.
   */
  public Node random(Node step, Node seed, Attr.Rng.Kind kind, long stream, TensorType type) {
    return make(Op.RANDOM, List.of(step, seed), new Attr.Rng(kind, 0, stream, type.plain()));
  }

  /** Swaps the last two axes. */
  public Node swapLast(Node x) {
    int r = x.type().rank();
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < r; i++) perm.add(i);
    perm.set(r - 2, r - 1);
    perm.set(r - 1, r - 2);
    return transpose(x, perm);
  }

  /**
   * Sums a cotangent of a broadcast result back to the shape it was broadcast from: over the
   * leading axes broadcasting added, and over the axes where the source had size 1.
   */
  public Node sumTo(Node dy, TensorType to) {
    int extra = dy.type().rank() - to.rank();
    List<Integer> axes = new ArrayList<>();
    for (int i = 0; i < dy.type().rank(); i++) {
      boolean added = i < extra;
      boolean stretched = !added && !to.dim(i - extra).equals(dy.type().dim(i));
      if (added || stretched) axes.add(i);
    }
    Node s = axes.isEmpty() ? dy : sum(dy, axes, true);
    return reshape(s, to.dims());
  }
}
