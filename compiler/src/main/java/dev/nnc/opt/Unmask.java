package dev.nnc.opt;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.IrException;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Primitive;
import dev.nnc.ir.Schedule;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Removes the data-dependent sizes of mask selects, as static-shape compilers do: a select
 * {@code x[m]} whose elements flow only through computations that treat each of them on its own
 * into a reduction over them (a sum, mean, max, product, or a scatter-add) is computed over all
 * the positions of the mask, with the positions the mask leaves out kept out of the reduction, so
 * the compiled backends, which need every size before the data, can run it.
 *
 * <p>A node one of whose axes has a size mentioning the count {@code count(m)} (and no other axis
 * does) is <em>counted</em>. Where it can be, it is given a full counterpart, whose counted axis
 * has a static size, and a validity, a bool vector along that axis saying which positions are
 * real: the node is the full value with the other positions removed, in order. The select's full
 * value is x (the mask's axes flattened to one), its validity the flattened mask. An op that maps
 * positions of the counted axis independently gives the same op on the full values: elementwise
 * ops (whose counted operands share a validity), reductions over other axes, reshapes and
 * broadcasts that keep the axis, transposes, slices and pads of other axes, concatenations (along
 * the counted axis, of full values, and of uncounted parts, all valid), gathers by counted indices
 * or of a counted value along another axis, matmuls over other axes. Leaves of a counted type
 * (fills, iotas along other axes, sizes, random numbers; a broadcast of an uncounted value) are
 * made with whatever static size their users' validity gives. Then a reduction over the counted
 * axis reads {@code select(valid, full, 0 | -inf | 1)}, a scatter-add scatters
 * {@code select(valid, src, 0)} (at index 0 where invalid), and a size that mentions the count
 * (the divisor of a mean, the E of an edge list) is computed from {@code sum(m)}, a tensor:
 * {@code sum(x[m]) = sum(select(m, x, 0))}, {@code mean(x[m]) = that / sum(m)}.
 *
 * <p>An all-false mask gives what the reference evaluator gives the unrewritten program: a sum of
 * 0 and a mean of 0/0 = NaN, with zero gradients. Positions the mask leaves out are computed and
 * then discarded, so one that is not finite there does not reach the forward value; its gradient
 * is multiplied by zero, NaN only where its own derivative is infinite. Indices gathered at those
 * positions are replaced by 0, so they stay in range. Random numbers drawn over a counted axis are
 * drawn over the full axis: the same distribution, other numbers than the select's.
 *
 * <p>A select reaching anything else (an output, a loop, a matmul over the counted axis, a gather
 * along it) stays a select: the reference evaluator runs it and the compiled backends refuse the
 * program naming where it was written. A count symbol whose selects use different masks (the same
 * mask text in two scopes) is left alone. The pipeline runs this pass right after lowering, before
 * differentiation, so every backend, the reference included, runs and differentiates the same
 * program.
 */
public final class Unmask {
  /** The pass name, also its {@code --dump-after=} name. */
  public static final String NAME = "unmask";

  private static final Set<Op> ELEMENTWISE = Op.of(Op.Kind.ELEMENTWISE);
  private static final Set<Op> REDUCTIONS = Op.of(Op.Kind.REDUCTION);
  /** Ops whose value over a counted axis can be made for any static size: no validity of their own. */
  private static final Set<Op> LEAVES = Op.of(Op.Kind.GENERATED, Op.Kind.RANDOM);

  /**
   * What the pass knows of a counted node: the counted axis, and the full value with its validity;
   * both null for a node that any static size fits ({@link #LEAVES} and what only they feed).
   */
  private record Counted(String count, int axis, Node full, Node valid) {
    boolean free() { return valid == null; }
  }

  private final Graph g;
  /** For each count symbol the pass rewrites, the one mask its selects use. */
  private final Map<String, Node> masks = new HashMap<>();
  /** Each counted node the pass can rewrite. */
  private final Map<Node, Counted> counted = new HashMap<>();
  /** Each node: what the rewritten program computes in its place. */
  private final Map<Node, Node> out = new HashMap<>();

  private Unmask(Graph g) {
    this.g = g;
  }

  /**
   * The roots (in the same graph, one per root, in order) with every select rewritten as above
   * where it can be; the roots themselves when the program has no select.
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
    if (count(n.type()) != null) {
      Counted c = counted(n);
      if (c != null) counted.put(n, c);
    } else {
      Node exit = exit(n);
      if (exit != null) return exit;
    }
    List<Node> in = new ArrayList<>(n.inputs().size());
    for (Node x : n.inputs()) in.add(out.get(x));
    return in.equals(n.inputs()) ? n : g.make(n.op(), in, n.attr());
  }

  // ------------------------------------------------------------------ counted nodes

  /** What the pass knows of a counted node, or null when it cannot rewrite it. */
  private Counted counted(Node n) {
    String c = count(n.type());
    int k = axis(n.type(), c);
    if (k < 0) return null;
    if (n.op() == Op.MASK_SELECT) {
      if (!((Attr.Count) n.attr()).symbol().equals(c)) return null;
      Node mask = out.get(n.input(1));
      Node valid = g.reshape(mask, List.of(mask.type().elements()));
      return new Counted(c, 0, g.reshape(out.get(n.input(0)), withAxis(n.type(), 0, valid).dims()), valid);
    }
    if (LEAVES.contains(n.op())) {
      if (n.op() == Op.IOTA && ((Attr.Iota) n.attr()).axis() == k) return null; // its values would change
      if (n.op() == Op.SIZE && !linear(((Attr.Size) n.attr()).size(), c)) return null;
      return new Counted(c, k, null, null);
    }
    if (n.op() == Op.BROADCAST && count(n.input(0).type()) == null) return new Counted(c, k, null, null);
    // the validity of the counted inputs that have one; they must agree, except along a concatenated axis
    Node valid = null;
    boolean concatenated = n.op() == Op.CONCAT && ((Attr.Axis) n.attr()).axis() == k;
    for (Node x : n.inputs()) {
      if (count(x.type()) == null) continue;
      Counted cx = counted.get(x);
      if (cx == null || !cx.count().equals(c)) return null;
      if (cx.free() || concatenated) continue;
      if (valid != null && valid != cx.valid()) return null;
      valid = cx.valid();
    }
    if (!rowwise(n, c, k)) return null;
    if (concatenated) return concatenation(n, c, k);
    if (valid == null) return new Counted(c, k, null, null); // only leaves feed it: made with its users' size
    Node full = make(n, valid);
    return full == null ? null : new Counted(c, k, full, valid);
  }

  /** Whether the op treats the positions of the counted axis independently, given where its inputs count. */
  private boolean rowwise(Node n, String c, int k) {
    Attr attr = n.attr();
    if (ELEMENTWISE.contains(n.op())) return true;
    if (REDUCTIONS.contains(n.op())) return !((Attr.Axes) attr).axes().contains(axis(n.input(0).type(), c));
    switch (n.op()) {
      case RESHAPE: {
        TensorType in = n.input(0).type();
        int j = axis(in, c);
        return in.dim(j).equals(n.type().dim(k)) && product(in, 0, j).equals(product(n.type(), 0, k));
      }
      case BROADCAST: {
        TensorType in = n.input(0).type();
        int j = axis(in, c);
        return j + n.type().rank() - in.rank() == k && in.dim(j).equals(n.type().dim(k));
      }
      case TRANSPOSE:
        return true;
      case SLICE:
        return ((Attr.Slice) attr).axis() != k;
      case PAD:
        return ((Attr.Pad) attr).axis() != k;
      case CONCAT:
        return true;
      case GATHER: {
        // by counted indices (values at invalid positions replaced by 0), or of a counted value along another axis
        boolean x = count(n.input(0).type()) != null, idx = count(n.input(1).type()) != null;
        return x != idx && (idx || axis(n.input(0).type(), c) != ((Attr.Axis) attr).axis());
      }
      case MATMUL: {
        int r = n.type().rank();
        int ja = count(n.input(0).type()) == null ? -1 : axis(n.input(0).type(), c);
        int jb = count(n.input(1).type()) == null ? -1 : axis(n.input(1).type(), c);
        return ja != r - 1 && jb != r - 2; // not the contracted axis
      }
      default:
        return false;
    }
  }

  /** A concatenation along the counted axis: the full parts (uncounted parts whole) and their validities, concatenated. */
  private Counted concatenation(Node n, String c, int k) {
    List<Node> fulls = new ArrayList<>(), valids = new ArrayList<>();
    for (Node x : n.inputs()) {
      Counted cx = counted.get(x);
      if (cx != null && cx.free()) return null;
      Node v = cx != null ? cx.valid() : g.fill(1, new TensorType(DType.BOOL, List.of(x.type().axes().get(k))));
      fulls.add(cx != null ? cx.full() : out.get(x));
      valids.add(v);
    }
    Node valid = g.concat(valids, 0);
    Node full = tryMake(Op.CONCAT, fulls, n.attr(), withAxis(n.type(), k, valid));
    return full == null ? null : new Counted(c, k, full, valid);
  }

  /** n over the full counted axis of the validity, its counted inputs full (leaves made at that size), or null. */
  private Node make(Node n, Node valid) {
    Counted self = new Counted(count(n.type()), axis(n.type(), count(n.type())), null, valid);
    TensorType type = withAxis(n.type(), self.axis(), valid);
    if (LEAVES.contains(n.op())) return leaf(n, type, self.count());
    if (n.op() == Op.BROADCAST && count(n.input(0).type()) == null) return g.broadcast(out.get(n.input(0)), type.dims());
    List<Node> in = new ArrayList<>(n.inputs().size());
    for (Node x : n.inputs()) {
      String cx = count(x.type());
      if (cx == null) {
        in.add(out.get(x));
        continue;
      }
      Counted info = counted.get(x);
      Node full = info.free() ? make(x, valid) : info.full();
      if (full == null) return null;
      if (n.op() == Op.GATHER && x == n.input(1)) full = g.select(spread(valid, full.type(), info.axis()), full, g.zeros(full.type()));
      in.add(full);
    }
    Attr attr = n.attr();
    if (n.op() == Op.RESHAPE || n.op() == Op.BROADCAST) attr = new Attr.Shape(type.dims());
    return tryMake(n.op(), in, attr, type);
  }

  /** A leaf of a counted type made at a static size. */
  private Node leaf(Node n, TensorType type, String c) {
    Attr attr = n.attr();
    switch (n.op()) {
      case FILL: return g.fill(((Attr.Fill) attr).value(), type);
      case IOTA: return g.iota(((Attr.Iota) attr).axis(), type);
      case RANDOM: {
        Attr.Rng r = (Attr.Rng) attr;
        return g.random(out.get(n.input(0)), r.kind(), r.seed(), r.stream(), type);
      }
      case SIZE: {
        Dim size = ((Attr.Size) attr).size();
        if (!size.symbols().contains(c)) return g.size(size, type);
        Node value = size(size, c, TensorType.scalar(type.dtype()));
        return value == null ? null : g.broadcast(value, type.dims());
      }
      default: throw new AssertionError(n.op());
    }
  }

  // ------------------------------------------------------------------ where the count ends

  /**
   * What replaces an uncounted node that reads a counted one: a reduction over the counted axis,
   * a scatter-add of counted values, or a size that mentions the count. Null for any other node,
   * or when what it reads has no full value.
   */
  private Node exit(Node n) {
    if (REDUCTIONS.contains(n.op())) {
      Counted cx = counted.get(n.input(0));
      if (cx == null || cx.free() || !((Attr.Axes) n.attr()).axes().contains(cx.axis())) return null;
      Node full = cx.full();
      double identity = Primitive.reduction(n.op()).identity();
      Node kept = g.select(spread(cx.valid(), full.type(), cx.axis()), full, g.like(full, identity));
      return tryMake(n.op(), List.of(kept), n.attr(), n.type());
    }
    if (n.op() == Op.SCATTER_ADD && count(n.input(0).type()) == null) {
      Counted ci = counted.get(n.input(1)), cs = counted.get(n.input(2));
      if (ci == null || cs == null) return null;
      Node valid = !ci.free() ? ci.valid() : cs.valid();
      if (valid == null || (!ci.free() && !cs.free() && ci.valid() != cs.valid())) return null;
      Node idx = ci.free() ? make(n.input(1), valid) : ci.full();
      Node src = cs.free() ? make(n.input(2), valid) : cs.full();
      if (idx == null || src == null) return null;
      idx = g.select(spread(valid, idx.type(), ci.axis()), idx, g.zeros(idx.type()));
      src = g.select(spread(valid, src.type(), cs.axis()), src, g.zeros(src.type()));
      return tryMake(Op.SCATTER_ADD, List.of(out.get(n.input(0)), idx, src), n.attr(), n.type());
    }
    if (n.op() == Op.SIZE) {
      Dim size = ((Attr.Size) n.attr()).size();
      String c = count(size);
      if (c == null) return null;
      Node value = size(size, c, TensorType.scalar(n.type().dtype()));
      return value == null ? null : g.broadcast(value, n.type().dims());
    }
    return null;
  }

  /** A size a * c + b (a, b whole and free of c) as a scalar tensor, the count c summed from its mask; null for another form. */
  private Node size(Dim size, String c, TensorType scalar) {
    if (!linear(size, c)) return null;
    Dim a = Dim.of(0), b = Dim.of(0);
    for (Dim.Term t : size.terms()) {
      Dim m = Dim.of(t.numerator()).over(Dim.of(t.denominator()));
      boolean hasC = false;
      for (String atom : t.atoms()) {
        if (atom.equals(c)) hasC = true;
        else m = m.times(atom.startsWith("1/") ? Dim.of(1).over(Dim.symbol(atom.substring(2))) : Dim.symbol(atom));
      }
      if (hasC) a = a.plus(m);
      else b = b.plus(m);
    }
    if (!a.isWhole() || !b.isWhole()) return null;
    Node mask = out.get(masks.get(c));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < mask.type().rank(); i++) all.add(i);
    Node trues = g.cast(mask, DType.F32);
    if (!all.isEmpty()) trues = g.sum(trues, all, false);
    Node value = g.cast(trues, scalar.dtype());
    if (!(a.isConstant() && a.constant() == 1)) value = g.mul(value, g.size(a, scalar));
    if (!(b.isConstant() && b.constant() == 0)) value = g.add(value, g.size(b, scalar));
    return value;
  }

  /** Whether c appears in the size only as a term of degree one: a * c + b. */
  private static boolean linear(Dim size, String c) {
    for (Dim.Term t : size.terms()) {
      int seen = 0;
      for (String atom : t.atoms()) {
        if (atom.equals(c)) seen++;
        else if (atom.equals("1/" + c) || (Dim.floorOf(atom) != null && Dim.symbol(atom).symbols().contains(c))) return false;
      }
      if (seen > 1) return false;
    }
    for (String s : size.symbols()) {
      List<Dim> q = Dim.floorOf(s);
      if (q != null && (q.get(0).symbols().contains(c) || q.get(1).symbols().contains(c))) return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ helpers

  /** The validity along axis k of a value of a type: reshaped to that axis and broadcast over the others. */
  private Node spread(Node valid, TensorType over, int k) {
    List<Dim> column = new ArrayList<>();
    for (int i = 0; i < over.rank(); i++) column.add(i == k ? over.dim(k) : Dim.of(1));
    return g.broadcast(g.reshape(valid, column), over.dims());
  }

  /** The op made of the inputs, when its rule accepts them and it has the expected type; else null. */
  private Node tryMake(Op op, List<Node> in, Attr attr, TensorType want) {
    Node made;
    try {
      made = g.make(op, in, attr);
    } catch (IrException e) {
      return null;
    }
    return made.type().sameAs(want) ? made : null;
  }

  /** The rewritten count a type mentions, or null. */
  private String count(TensorType t) {
    for (Dim d : t.dims()) {
      String c = count(d);
      if (c != null) return c;
    }
    return null;
  }

  private String count(Dim d) {
    for (String s : d.symbols()) if (masks.containsKey(s)) return s;
    for (String s : d.symbols()) {
      List<Dim> q = Dim.floorOf(s);
      if (q != null) for (Dim part : q) if (count(part) != null) return count(part);
    }
    return null;
  }

  /** The one axis of a type whose size mentions the count c (linearly), and no other rewritten count; -1 otherwise. */
  private int axis(TensorType t, String c) {
    int found = -1;
    for (int i = 0; i < t.rank(); i++) {
      String ci = count(t.dim(i));
      if (ci == null) continue;
      if (!ci.equals(c) || found >= 0 || !linear(t.dim(i), c)) return -1;
      found = i;
    }
    return found;
  }

  /** The type with axis k the length of a validity vector. */
  private static TensorType withAxis(TensorType t, int k, Node valid) {
    List<dev.nnc.shape.Axis> axes = new ArrayList<>(t.axes());
    axes.set(k, dev.nnc.shape.Axis.of(valid.type().dim(0)));
    return t.withAxes(axes);
  }

  private static Dim product(TensorType t, int from, int to) {
    Dim p = Dim.of(1);
    for (int i = from; i < to; i++) p = p.times(t.dim(i));
    return p;
  }

  @Override public String toString() { return NAME + Objects.toString(masks.keySet()); }
}
