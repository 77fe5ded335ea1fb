package dev.nnc.opt;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.IrException;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the data-dependent sizes of mask selects, as static-shape compilers do: a select
 * {@code x[mask]} whose rows only flow through row-wise computations into a reduction over the
 * selected axis becomes a masked reduction over all the rows, so the compiled backends, which need
 * every size before the data, can run it.
 *
 * <p>Every node whose first axis is the select's count {@code count(mask)} (and that mentions it
 * nowhere else) gets a <em>full</em> counterpart over all the rows of the mask: the select itself is
 * x (its mask axes flattened to one), and a row-wise node (elementwise ops, reductions over other
 * axes, reshapes and broadcasts that keep the first axis, transposes that fix it, matmuls over the
 * other axes, slices, pads and concats of other axes, fills and iotas along other axes) is the same
 * op on the full inputs. Where a reduction over the selected axis reads such a node, it reads
 * {@code select(mask, full, identity)} instead (0 for a sum, -inf for a max, 1 for a product); a
 * size that mentions the count (a mean's divisor) becomes the number of true elements, summed
 * from the mask as a tensor: sum(x[m]) = sum(select(m, x, 0)), mean(x[m]) = that / sum(m).
 *
 * <p>An all-false mask gives what the reference evaluator gives the unrewritten program: a sum of
 * 0 and a mean of 0/0 = NaN, with zero gradients. Rows the mask leaves out are computed (and are
 * discarded by the select), so a row that is not finite there does not reach the forward value;
 * its gradient is multiplied by zero, which is NaN only where the row's own derivative is infinite.
 *
 * <p>A select whose rows reach anything else (an output, a reduction by something else, an
 * op that mixes rows) is left as it is: the reference evaluator runs it, and the compiled
 * backends refuse the program, naming where the select was written. A count symbol whose selects
 * use different mask nodes (the same mask text in two scopes) is left alone too.
 *
 * <p>The pipeline runs this pass right after lowering, before differentiation, so the gradient
 * is that of the rewritten program and every backend, the reference included, runs the same one.
 */
public final class Unmask {
  /** The pass name, also its {@code --dump-after=} name. */
  public static final String NAME = "unmask";

  private static final Set<Op> ELEMENTWISE = EnumSet.range(Op.NEG, Op.STOP_GRADIENT);
  private static final Set<Op> REDUCTIONS = EnumSet.of(Op.SUM, Op.REDUCE_MAX, Op.REDUCE_PROD);

  private final Graph g;
  /** For each count symbol the pass rewrites, the one mask its selects use. */
  private final Map<String, Node> masks = new HashMap<>();
  /** Each node whose first axis is a rewritten count: its value over all the rows, or null where it is not row-wise. */
  private final Map<Node, Node> full = new HashMap<>();
  /** Each node: what the rewritten program computes in its place. */
  private final Map<Node, Node> out = new HashMap<>();

  private Unmask(Graph g) {
    this.g = g;
  }

  /**
   * The roots (in the same graph, one per root, in order) with every select that reaches a
   * reduction over its rows through row-wise computations replaced as above; the roots
   * themselves when the program has no select.
   */
  public static List<Node> run(Graph g, List<Node> roots) {
    return new Unmask(g).apply(roots);
  }

  private List<Node> apply(List<Node> roots) {
    List<Node> order = Schedule.topological(roots);
    Set<String> mixed = new HashSet<>();
    for (Node n : order) {
      if (n.op() != Op.MASK_SELECT) continue;
      String c = ((Attr.Count) n.attr()).symbol();
      Node before = masks.putIfAbsent(c, n.input(1));
      if (before != null && before != n.input(1)) mixed.add(c);
    }
    masks.keySet().removeAll(mixed);
    if (masks.isEmpty()) return List.copyOf(roots);
    for (Node n : order) {
      Node made = rewrite(n);
      if (made != n && n.origin() != null) g.origin(made, n.origin());
      out.put(n, made);
    }
    List<Node> result = new ArrayList<>(roots.size());
    for (Node r : roots) result.add(out.get(r));
    return result;
  }

  private Node rewrite(Node n) {
    String c = counted(n.type());
    if (c != null) {
      full.put(n, full(n, c));
    } else {
      Node exit = exit(n);
      if (exit != null) return exit;
    }
    List<Node> in = new ArrayList<>(n.inputs().size());
    for (Node x : n.inputs()) in.add(out.get(x));
    return in.equals(n.inputs()) ? n : g.make(n.op(), in, n.attr());
  }

  // ------------------------------------------------------------------ the rows' full values

  /** The value of n over all the mask's rows, or null when n is not row-wise in the count c. */
  private Node full(Node n, String c) {
    if (!rowwise(n.type(), c)) return null;
    TensorType type = overRows(n.type(), c);
    if (n.op() == Op.MASK_SELECT) return g.reshape(out.get(n.input(0)), type.dims());
    List<Node> in = new ArrayList<>(n.inputs().size());
    for (Node x : n.inputs()) {
      String cx = counted(x.type());
      if (cx == null) in.add(out.get(x));
      else if (cx.equals(c) && full.get(x) != null) in.add(full.get(x));
      else return null;
    }
    Attr attr = n.attr();
    switch (n.op()) {
      case SUM, REDUCE_MAX, REDUCE_PROD, RESHAPE, BROADCAST -> {
        if (n.op() == Op.RESHAPE || n.op() == Op.BROADCAST) attr = new Attr.Shape(type.dims());
        for (Node x : n.inputs()) if (counted(x.type()) != null && !rowwise(x.type(), c)) return null;
        if (n.op() == Op.BROADCAST && counted(n.input(0).type()) != null && n.input(0).type().rank() != n.type().rank()) return null;
      }
      case TRANSPOSE -> {
        if (((Attr.Perm) attr).perm().get(0) != 0) return null;
      }
      case SLICE -> {
        if (((Attr.Slice) attr).axis() == 0) return null;
      }
      case PAD -> {
        if (((Attr.Pad) attr).axis() == 0) return null;
      }
      case CONCAT -> {
        if (((Attr.Axis) attr).axis() == 0) return null;
      }
      case MATMUL -> {
        if (n.type().rank() == 2 && counted(n.input(1).type()) != null) return null;
      }
      case FILL -> attr = new Attr.Fill(((Attr.Fill) attr).value(), type);
      case IOTA -> {
        if (((Attr.Iota) attr).axis() == 0) return null;
        attr = new Attr.Iota(((Attr.Iota) attr).axis(), type);
      }
      case SIZE -> {
        Dim size = ((Attr.Size) attr).size();
        if (!size.symbols().contains(c)) {
          attr = new Attr.Size(size, type);
        } else {
          Node count = count(c, size, TensorType.scalar(type.dtype()));
          return count == null ? null : g.broadcast(count, type.dims());
        }
      }
      default -> {
        if (!ELEMENTWISE.contains(n.op())) return null;
      }
    }
    Node made;
    try {
      made = g.make(n.op(), in, attr);
    } catch (IrException e) {
      return null; // not row-wise after all: the op's rule refuses the full shapes
    }
    return made.type().sameAs(type) ? made : null;
  }

  /**
   * What replaces a node whose type has no rewritten count but that reads one: a reduction over
   * the selected axis, a scatter back by the same mask, or a size that mentions the count. Null
   * for any other node, or when what it reads has no full value.
   */
  private Node exit(Node n) {
    if (REDUCTIONS.contains(n.op())) {
      Node x = n.input(0);
      String c = counted(x.type());
      if (c == null || full.get(x) == null || !((Attr.Axes) n.attr()).axes().contains(0)) return null;
      Node fx = full.get(x);
      double identity = n.op() == Op.SUM ? 0 : n.op() == Op.REDUCE_PROD ? 1 : Double.NEGATIVE_INFINITY;
      Node kept = g.select(rows(c, fx.type()), fx, g.like(fx, identity));
      return g.make(n.op(), List.of(kept), n.attr());
    }
    if (n.op() == Op.MASK_SCATTER) {
      Node v = n.input(0);
      String c = counted(v.type());
      if (c == null || full.get(v) == null || masks.get(c) != n.input(1)) return null;
      Node fv = full.get(v);
      return g.reshape(g.select(rows(c, fv.type()), fv, g.zeros(fv.type())), n.type().dims());
    }
    if (n.op() == Op.SIZE) {
      Dim size = ((Attr.Size) n.attr()).size();
      for (String c : size.symbols()) {
        if (!masks.containsKey(c)) continue;
        TensorType scalar = TensorType.scalar(n.type().dtype());
        Node count = count(c, size, scalar);
        return count == null ? null : g.broadcast(count, n.type().dims());
      }
    }
    return null;
  }

  /** A size c * rest as a scalar tensor of a type: the mask's true elements counted, times rest; null for another form. */
  private Node count(String c, Dim size, TensorType scalar) {
    Dim rest = size.over(Dim.symbol(c));
    if (rest == null || !rest.isWhole() || rest.symbols().contains(c)) return null;
    Node mask = out.get(masks.get(c));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < mask.type().rank(); i++) all.add(i);
    Node trues = g.cast(mask, DType.F32);
    if (!all.isEmpty()) trues = g.sum(trues, all, false);
    Node count = g.cast(trues, scalar.dtype());
    boolean one = rest.isConstant() && rest.constant() == 1;
    return one ? count : g.mul(count, g.size(rest, scalar));
  }

  /** The mask, flattened to its rows and broadcast over a full value's other axes. */
  private Node rows(String c, TensorType over) {
    Node mask = out.get(masks.get(c));
    List<Dim> column = new ArrayList<>();
    column.add(over.dim(0));
    for (int i = 1; i < over.rank(); i++) column.add(Dim.of(1));
    return g.broadcast(g.reshape(mask, column), over.dims());
  }

  // ------------------------------------------------------------------ types

  /** The rewritten count a type mentions, or null. */
  private String counted(TensorType t) {
    for (Dim d : t.dims()) for (String s : d.symbols()) if (masks.containsKey(s)) return s;
    return null;
  }

  /** Whether the count c is the type's first axis and nowhere else, and no other rewritten count is in it. */
  private boolean rowwise(TensorType t, String c) {
    if (t.rank() == 0 || !t.dim(0).equals(Dim.symbol(c))) return false;
    for (int i = 1; i < t.rank(); i++) for (String s : t.dim(i).symbols()) if (masks.containsKey(s)) return false;
    return true;
  }

  /** The type with its first axis (the count c) replaced by all the rows of c's mask. */
  private TensorType overRows(TensorType t, String c) {
    List<Axis> axes = new ArrayList<>();
    axes.add(Axis.of(masks.get(c).type().elements()));
    axes.addAll(t.axes().subList(1, t.rank()));
    return t.withAxes(axes);
  }
}
