package dev.nnc.opt;

import static dev.nnc.ir.Op.ADD;
import static dev.nnc.ir.Op.AND;
import static dev.nnc.ir.Op.BROADCAST;
import static dev.nnc.ir.Op.CAST;
import static dev.nnc.ir.Op.CONCAT;
import static dev.nnc.ir.Op.DIV;
import static dev.nnc.ir.Op.GATHER;
import static dev.nnc.ir.Op.MATMUL;
import static dev.nnc.ir.Op.MAX;
import static dev.nnc.ir.Op.MIN;
import static dev.nnc.ir.Op.MUL;
import static dev.nnc.ir.Op.NEG;
import static dev.nnc.ir.Op.NOT;
import static dev.nnc.ir.Op.OR;
import static dev.nnc.ir.Op.PAD;
import static dev.nnc.ir.Op.REDUCE_MAX;
import static dev.nnc.ir.Op.REDUCE_PROD;
import static dev.nnc.ir.Op.RESHAPE;
import static dev.nnc.ir.Op.SCATTER_ADD;
import static dev.nnc.ir.Op.SELECT;
import static dev.nnc.ir.Op.SLICE;
import static dev.nnc.ir.Op.SUB;
import static dev.nnc.ir.Op.SUM;
import static dev.nnc.ir.Op.TRANSPOSE;
import static dev.nnc.opt.Fold.isFill;
import static dev.nnc.opt.Fold.value;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rewrite rules of {@link Simplify}, one line each: a name (what {@code --dump-after} and
 * the tests call it), the ops it looks at, and the rewrite, which gives the replacement of a
 * node whose inputs are already simplified, or null when it does not apply. A rewrite builds
 * at most one new node, so simplifying never grows a graph.
 *
 * <p>Not rewritten, by choice: {@code x * 0 -> 0}, {@code 0 / x -> 0}, {@code x - x -> 0} and
 * {@code x / x -> 1}. In IEEE arithmetic they are false for NaN and infinite x, and a NaN or an
 * overflow in the loss is a fault the runtime must report, not one the compiler may hide; the
 * reference evaluator, which the simplified graph must agree with, computes them as IEEE does.
 * Zeros still fold where x is itself a constant ({@code fold-elementwise}). Also not done:
 * {@code sum(broadcast(x))} back to x times a count, since the count is a symbolic size in
 * general and the IR has no node for a size as a value.
 */
final class Rules {
  private Rules() {}

  /** Gives the replacement of n, or null. */
  interface Rewrite {
    Node apply(Graph g, Node n);
  }

  record Rule(String name, Set<Op> ops, Rewrite rewrite) {}

  private static final Set<Op> ELEMENTWISE = Op.of(Op.Kind.ELEMENTWISE);

  static final List<Rule> TABLE = List.of(
      // Constant folding: fills in, one value out.
      rule("fold-elementwise", ELEMENTWISE, Fold::elementwise),                    // exp(fill a) -> fill e^a
      rule("fold-structure", EnumSet.of(RESHAPE, TRANSPOSE, BROADCAST, SLICE, GATHER, REDUCE_MAX), Fold::moved),
      rule("fold-pad", EnumSet.of(PAD), Fold::pad),                               // pad(fill a, value a) -> fill a
      rule("fold-concat", EnumSet.of(CONCAT), Fold::concat),                      // concat(fill a, fill a) -> fill a
      rule("fold-sum", EnumSet.of(SUM), Fold::sum),                               // sum(fill a) over 3 -> fill 3a
      rule("fold-matmul", EnumSet.of(MATMUL), Fold::matmul),                      // fill a @ fill b, inner 3 -> fill 3ab

      // Arithmetic identities; the zeros come from unused paths, the ones from the seed.
      rule("add-zero-right", ADD, (g, n) -> isFill(b(n), 0) ? a(n) : null),       // x + 0 -> x
      rule("add-zero-left", ADD, (g, n) -> isFill(a(n), 0) ? b(n) : null),        // 0 + x -> x
      rule("add-neg-right", ADD, (g, n) -> is(b(n), NEG) ? g.sub(a(n), a(b(n))) : null), // x + -y -> x - y
      rule("add-neg-left", ADD, (g, n) -> is(a(n), NEG) ? g.sub(b(n), a(a(n))) : null),  // -x + y -> y - x
      rule("sub-zero", SUB, (g, n) -> isFill(b(n), 0) ? a(n) : null),             // x - 0 -> x
      rule("zero-sub", SUB, (g, n) -> isFill(a(n), 0) ? g.neg(b(n)) : null),      // 0 - x -> -x
      rule("sub-neg", SUB, (g, n) -> is(b(n), NEG) ? g.add(a(n), a(b(n))) : null), // x - -y -> x + y
      rule("mul-one-right", MUL, (g, n) -> isFill(b(n), 1) ? a(n) : null),        // x * 1 -> x
      rule("mul-one-left", MUL, (g, n) -> isFill(a(n), 1) ? b(n) : null),         // 1 * x -> x
      rule("mul-minus-one-right", MUL, (g, n) -> isFill(b(n), -1) ? g.neg(a(n)) : null), // x * -1 -> -x
      rule("mul-minus-one-left", MUL, (g, n) -> isFill(a(n), -1) ? g.neg(b(n)) : null),  // -1 * x -> -x
      rule("mul-neg-neg", MUL, (g, n) -> is(a(n), NEG) && is(b(n), NEG) ? g.mul(a(a(n)), a(b(n))) : null), // -x * -y -> x * y
      rule("div-one", DIV, (g, n) -> isFill(b(n), 1) ? a(n) : null),             // x / 1 -> x
      rule("div-minus-one", DIV, (g, n) -> isFill(b(n), -1) ? g.neg(a(n)) : null), // x / -1 -> -x
      rule("neg-neg", NEG, (g, n) -> is(a(n), NEG) ? a(a(n)) : null),             // --x -> x
      rule("idempotent", EnumSet.of(MAX, MIN, AND, OR), (g, n) -> a(n) == b(n) ? a(n) : null), // max(x, x) -> x

      // Logic.
      rule("and-true", AND, (g, n) -> isFill(b(n), 1) ? a(n) : isFill(a(n), 1) ? b(n) : null), // x and true -> x
      rule("or-false", OR, (g, n) -> isFill(b(n), 0) ? a(n) : isFill(a(n), 0) ? b(n) : null), // x or false -> x
      rule("not-not", NOT, (g, n) -> is(a(n), NOT) ? a(a(n)) : null),             // not not c -> c
      rule("select-same", SELECT, (g, n) -> c(n) == b(n) ? b(n) : null),          // select(c, x, x) -> x
      rule("select-constant", SELECT, (g, n) -> value(a(n)) == null ? null : value(a(n)) != 0 ? b(n) : c(n)), // select(true, x, y) -> x
      rule("select-not", SELECT, (g, n) -> is(a(n), NOT) ? g.select(a(a(n)), c(n), b(n)) : null), // select(not c, x, y) -> select(c, y, x)
      rule("cast-same", CAST, (g, n) -> a(n).type().dtype() == n.type().dtype() ? a(n) : null), // cast x to its own type -> x
      rule("cast-cast", CAST, Rules::castCast),                                   // cast(cast(x: f32, f64), t) -> cast(x, t)

      // Structure; reshape and broadcast pairs come from sumTo and from the gradients of sums.
      rule("reshape-same", RESHAPE, (g, n) -> sameDims(n, a(n)) ? a(n) : null),   // reshape x to its shape -> x
      rule("reshape-reshape", RESHAPE, (g, n) -> is(a(n), RESHAPE) ? g.reshape(a(a(n)), n.type().dims()) : null),
      rule("reshape-unkeep", RESHAPE, Rules::reshapeUnkeep),                      // reshape(sum(x, keep), unkept) -> sum(x)
      rule("transpose-identity", TRANSPOSE, (g, n) -> isIdentity(perm(n)) ? a(n) : null),
      rule("transpose-transpose", TRANSPOSE, Rules::transposeTranspose),          // perms compose
      rule("broadcast-same", BROADCAST, (g, n) -> sameDims(n, a(n)) ? a(n) : null), // broadcast x to its shape -> x
      rule("broadcast-broadcast", BROADCAST, (g, n) -> is(a(n), BROADCAST) ? g.broadcast(a(a(n)), n.type().dims()) : null),
      rule("broadcast-as-reshape", BROADCAST, Rules::broadcastAsReshape),         // [N] to [1, N] only adds unit axes
      rule("reduce-no-axes", Op.of(Op.Kind.REDUCTION), (g, n) -> axes(n).axes().isEmpty() ? a(n) : null),
      rule("reduce-unit-axes", Op.of(Op.Kind.REDUCTION), Rules::reduceUnitAxes), // a reduction over size-1 axes moves nothing
      rule("scatter-add-zeros", SCATTER_ADD, (g, n) -> isFill(c(n), 0) ? a(n) : null), // scatter_add(x, i, 0) -> x
      // The gradient of a gather summed over steps (an unrolled scan reading x[:, t]): each step
      // adds its slice into the running sum instead of a whole tensor of zeros beside it.
      rule("add-scatter-add", ADD, Rules::addScatterAdd));          // scatter_add(0, i, s) + y -> scatter_add(y, i, s)

  private static Rule rule(String name, Op op, Rewrite r) { return new Rule(name, EnumSet.of(op), r); }
  private static Rule rule(String name, Set<Op> ops, Rewrite r) { return new Rule(name, ops, r); }

  // ------------------------------------------------------------------ the longer rules

  /** scatter_add(0, i, s) + y, either way round, is scatter_add(y, i, s). */
  private static Node addScatterAdd(Graph g, Node n) {
    for (int side = 0; side < 2; side++) {
      Node sa = n.input(side), other = n.input(1 - side);
      if (is(sa, SCATTER_ADD) && isFill(a(sa), 0) && sameDims(sa, other) && sa.type().dtype() == other.type().dtype()) {
        return g.make(SCATTER_ADD, List.of(other, b(sa), c(sa)), sa.attr());
      }
    }
    return null;
  }

  /** A cast through a type that holds every value of the source type is a cast straight to the target. */
  private static Node castCast(Graph g, Node n) {
    if (!is(a(n), CAST)) return null;
    Node x = a(a(n));
    return holds(a(n).type().dtype(), x.type().dtype()) ? g.cast(x, n.type().dtype()) : null;
  }

  /** Whether every value of type from is exactly a value of type to. */
  static boolean holds(DType to, DType from) {
    return to == from || from == DType.BOOL || (to == DType.F64 && from != DType.BOOL);
  }

  /** Reshaping a reduction with kept axes to the shape without them is the reduction without keeping them. */
  private static Node reshapeUnkeep(Graph g, Node n) {
    Node r = a(n);
    if (r.op().kind() != Op.Kind.REDUCTION || !axes(r).keep()) return null;
    List<Dim> unkept = new ArrayList<>(r.type().dims());
    List<Integer> reduced = axes(r).axes();
    for (int i = reduced.size() - 1; i >= 0; i--) unkept.remove((int) reduced.get(i));
    if (!unkept.equals(n.type().dims())) return null;
    return g.make(r.op(), r.inputs(), new Attr.Axes(reduced, false));
  }

  /** transpose(transpose(x, p), q) is transpose(x, r) with r[i] = p[q[i]]. */
  private static Node transposeTranspose(Graph g, Node n) {
    if (!is(a(n), TRANSPOSE)) return null;
    List<Integer> p = perm(a(n)), q = perm(n);
    List<Integer> r = new ArrayList<>(q.size());
    for (int i : q) r.add(p.get(i));
    return g.transpose(a(a(n)), r);
  }

  /** A broadcast that stretches no axis and only adds leading axes of size 1 moves nothing: it is a reshape. */
  private static Node broadcastAsReshape(Graph g, Node n) {
    List<Dim> from = a(n).type().dims(), to = n.type().dims();
    int extra = to.size() - from.size();
    for (int i = 0; i < to.size(); i++) {
      boolean added = i < extra;
      if (added ? !isOne(to.get(i)) : !from.get(i - extra).equals(to.get(i))) return null;
    }
    return g.reshape(a(n), to);
  }

  /** A reduction over axes of size 1 only drops them, or with keep is nothing at all. */
  private static Node reduceUnitAxes(Graph g, Node n) {
    Attr.Axes ax = axes(n);
    if (ax.axes().isEmpty()) return null;
    for (int i : ax.axes()) if (!isOne(a(n).type().dim(i))) return null;
    return ax.keep() ? a(n) : g.reshape(a(n), n.type().dims());
  }

  // ------------------------------------------------------------------ helpers

  /** Input 0, 1, 2 of a node. */
  private static Node a(Node n) { return n.input(0); }
  private static Node b(Node n) { return n.input(1); }
  private static Node c(Node n) { return n.input(2); }

  private static boolean is(Node n, Op op) { return n.op() == op; }
  private static boolean isOne(Dim d) { return d.isConstant() && d.constant() == 1; }
  private static boolean sameDims(Node x, Node y) { return x.type().dims().equals(y.type().dims()); }
  private static Attr.Axes axes(Node n) { return (Attr.Axes) n.attr(); }
  private static List<Integer> perm(Node n) { return ((Attr.Perm) n.attr()).perm(); }

  private static boolean isIdentity(List<Integer> perm) {
    for (int i = 0; i < perm.size(); i++) if (perm.get(i) != i) return false;
    return true;
  }
}
