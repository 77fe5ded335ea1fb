package dev.nnc.kernel;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Primitive;
import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Indices;
import dev.nnc.plan.Ix;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers one launch of the {@link LaunchPlan} to a {@link Kernel}, one work-item per element:
 * the body computes the launch's nodes for that element, straight-line, each value once (in a
 * named value), with index arithmetic ({@link Indices}) for every layout change and broadcast.
 * An {@code i32} value is an int computed with int arithmetic, in an int buffer
 * ({@link LaunchPlan#integer}); every other value is a float ({@code bool} as 0 and 1).
 *
 * <p>A kernel's parameters are the buffers it touches, in the order it first names them, and
 * it knows nothing else of the program, so launches that differ only in their buffers lower to
 * equal kernels.
 */
public final class Lowering {
  /** Where stored values live: a buffer slot, or -1 for a value computed where it is read. */
  public interface Storage {
    int slot(Node n);
  }

  private record Key(Node node, List<Ix> idx) {}

  private final Dims dims;
  private final Storage storage;
  private final Set<Node> computed;
  private final Indices indices;
  private final Map<Integer, Integer> ordinals = new LinkedHashMap<>();
  private final Map<Integer, Kind> paramKinds = new HashMap<>();
  private final Map<Integer, Expr.Var> counters = new HashMap<>();
  private final Deque<Map<Object, Expr>> scopes = new ArrayDeque<>();
  private final Deque<List<Stmt>> blocks = new ArrayDeque<>();
  private int names;
  private boolean checks;
  private int loops;

  private Lowering(Dims dims, Storage storage, Set<Node> computed) {
    this.dims = dims;
    this.indices = new Indices(dims);
    this.storage = storage;
    this.computed = computed;
    scopes.push(new HashMap<>());
    blocks.push(new ArrayList<>());
  }

  /**
   * An elementwise kernel: work-item i computes element i of the segments laid end to end.
   * The {@code hoisted} values of rank 0 (Adam's bias corrections, powers of the step) are
   * computed once per work-group: its first item computes them into local memory, the others
   * read them after a barrier. Every item reaches the barrier: the launch covers whole groups
   * and no item has left.
   */
  public static Kernel segments(String name, String comment, Dims dims, Storage storage, Set<Node> computed,
      List<List<Node>> segments, List<Node> hoisted) {
    Lowering w = new Lowering(dims, storage, computed);
    Expr.Var gid = w.let(new Expr.Var("gid", Kind.INT), new Expr.Id(false, 0));
    w.hoist(hoisted);
    // The bounds first, outside every branch, where each segment's test can read them.
    List<Expr> starts = new ArrayList<>(), ends = new ArrayList<>();
    Ix start = Ix.ZERO;
    for (List<Node> outputs : segments) {
      Ix end = Ix.add(start, dims.ix(Dims.product(outputs.get(0).type().dims())));
      starts.add(w.expr(start));
      ends.add(w.expr(end));
      start = end;
    }
    List<Stmt> chain = List.of();
    List<List<Stmt>> bodies = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      List<Node> outputs = segments.get(k);
      w.open();
      int loop = w.loops++;
      Expr.Var i = w.let(w.fresh("i", Kind.INT), new Expr.Index('-', gid, starts.get(k)));
      w.counters.put(loop, i);
      List<Ix> canon = w.indices.canonical(new Ix.Counter(loop), outputs.get(0).type().dims());
      for (Node out : outputs) w.store(out, canon, new Ix.Counter(loop));
      bodies.add(w.close());
    }
    for (int k = segments.size() - 1; k >= 0; k--) {
      chain = List.of(new Stmt.If(new Expr.Cmp(Op.LT, gid, ends.get(k)), bodies.get(k), chain));
    }
    w.add(chain.get(0));
    return w.finish(name, comment, 0);
  }

  /**
   * A reduction kernel: work-item o folds the reduced elements of result element o, in a fixed
   * order, into an accumulator that starts at the primitive's identity and takes each element
   * with its combining op ({@link Primitive.Reduction}), computing the prologue on the way.
   * With several reductions of the same rows (softmax's maximum, then its sum of exponentials)
   * it walks the row once for each, in turn, each walk reading the results before it. The
   * values it stores at the rows' shape are stored in the last walk, or in one more after the
   * last reduction when one of them reads it (softmax's probabilities); then it stores the
   * values at the result's shape.
   */
  public static Kernel reduction(String name, String comment, Dims dims, Storage storage, Set<Node> computed,
      List<Node> reduces, List<Node> inner, List<Node> outer) {
    Lowering w = new Lowering(dims, storage, computed);
    Node last = reduces.get(reduces.size() - 1);
    List<Dim> xDims = reduces.get(0).input(0).type().dims(), oDims = last.type().dims();
    Attr.Axes axes = (Attr.Axes) last.attr();
    List<Dim> reduced = new ArrayList<>();
    for (int ax : axes.axes()) reduced.add(xDims.get(ax));
    int outerLoop = w.loops++, innerLoop = w.loops++;
    Expr.Var o = w.let(new Expr.Var("o", Kind.INT), new Expr.Id(false, 0));
    Expr.Var j = new Expr.Var("j", Kind.INT), count = new Expr.Var("count", Kind.INT);
    w.counters.put(outerLoop, o);
    w.counters.put(innerLoop, j);
    w.add(new Stmt.If(new Expr.Cmp(Op.GE, o, w.expr(dims.ix(last.type().elements()))), List.of(new Stmt.Return()), List.of()));
    List<Ix> oIdx = w.indices.canonical(new Ix.Counter(outerLoop), oDims);
    List<Ix> rIdx = w.indices.unravel(new Ix.Counter(innerLoop), reduced);
    List<Ix> xIdx = Indices.reductionInput(axes, xDims.size(), oIdx, rIdx);
    Ix xAt = w.indices.ravel(xIdx, xDims);
    Set<Node> afterReduce = LaunchPlan.downstream(last, List.copyOf(computed)); // computed is in schedule order
    boolean afterLast = inner.stream().anyMatch(afterReduce::contains);
    for (int k = 0; k < reduces.size(); k++) {
      Node reduce = reduces.get(k);
      Primitive.Reduction arithmetic = Primitive.reduction(reduce.op());
      Expr.Var acc = new Expr.Var(k == 0 ? "acc" : "acc" + k, Kind.ACC);
      w.add(new Stmt.Declare(acc, new Expr.Lit(arithmetic.identity(), Kind.ACC)));
      if (k == 0) w.let(count, w.expr(dims.ix(Dims.product(reduced))));
      w.open();
      Expr v = w.val(reduce.input(0), xIdx);
      if (k == reduces.size() - 1 && !afterLast) for (Node p : inner) w.store(p, xIdx, xAt);
      w.add(new Stmt.Accumulate(acc, arithmetic.combine(), new Expr.Convert(v, Kind.ACC)));
      w.add(new Stmt.For(j, new Expr.Lit(0, Kind.INT), count, 1, w.close()));
      Expr.Var result = w.let(w.fresh("r", ints(reduce) ? Kind.INT : Kind.FLOAT), new Expr.Convert(acc, ints(reduce) ? Kind.INT : Kind.FLOAT));
      w.scopes.peek().put(new Key(reduce, oIdx), result);
    }
    if (afterLast) {
      w.open();
      for (Node p : inner) w.store(p, xIdx, xAt);
      w.add(new Stmt.For(j, new Expr.Lit(0, Kind.INT), count, 1, w.close()));
    }
    for (Node e : outer) w.store(e, oIdx, new Ix.Counter(outerLoop));
    return w.finish(name, comment, 0);
  }

  /**
   * Scaled dot-product attention as one kernel ({@link LaunchPlan.Attention}), flash-attention
   * style: a work-group of {@code group} items takes {@code group} query rows of one batch
   * element, item l holding its query row and its output row in private arrays; the group walks
   * the keys in blocks of {@code block}, staging each block's keys and values in local memory,
   * and each item computes its scores there (the float products summed in ascending order, as
   * the product kernel does, so a score has the unfused program's bits), the softmax's input x
   * from them element by element, and folds them into a running maximum m, a running sum of
   * exp(x - m) and the output's running sum of exp(x - m) v, rescaling both by exp(m_old - m)
   * whenever the maximum grows. The output row is that sum over the sum of exponentials: the
   * [..., L, S] scores are never stored, the memory is that of q, k, v and the output.
   */
  public static Kernel attention(String name, String comment, Dims dims, Storage storage, LaunchPlan.Attention a,
      int group, int block) {
    Lowering w = new Lowering(dims, storage, a.computed());
    Node o = a.out(), scores = a.scores(), q = scores.input(0), kT = scores.input(1), v = o.input(1);
    List<Dim> od = o.type().dims();
    int r = od.size();
    List<Dim> batch = od.subList(0, r - 2);
    Dim rows = od.get(r - 2), keys = scores.type().dim(r - 1);
    int e = Math.toIntExact(q.type().dim(r - 1).constant()), f = Math.toIntExact(od.get(r - 1).constant());
    int bLoop = w.loops++, lLoop = w.loops++, sLoop = w.loops++, eLoop = w.loops++, fLoop = w.loops++;
    Expr.Var bt = w.let(new Expr.Var("bt", Kind.INT), new Expr.Id(false, 1));
    Expr.Var l = w.let(new Expr.Var("l", Kind.INT), new Expr.Id(false, 0));
    Expr.Var lid = w.let(new Expr.Var("lid", Kind.INT), new Expr.Id(true, 0));
    Expr.Var s = new Expr.Var("s", Kind.INT), ev = new Expr.Var("e", Kind.INT), fv = new Expr.Var("f", Kind.INT);
    w.counters.put(bLoop, bt);
    w.counters.put(lLoop, l);
    w.counters.put(sLoop, s);
    w.counters.put(eLoop, ev);
    w.counters.put(fLoop, fv);
    Expr lEnd = w.expr(dims.ix(rows)), sEnd = w.expr(dims.ix(keys));
    List<Ix> b = w.indices.unravel(new Ix.Counter(bLoop), batch);
    for (Ix i : b) w.expr(i); // the batch index once, for every loop below
    Expr zero = new Expr.Lit(0, Kind.INT), fzero = new Expr.Lit(0, Kind.FLOAT);
    w.add(new Stmt.Array("Ks", List.of(block, e), true));
    w.add(new Stmt.Array("Vs", List.of(block, f), true));
    w.add(new Stmt.Array("qr", List.of(e), false));
    w.add(new Stmt.Array("acc", List.of(f), false));
    Expr.Var m = new Expr.Var("m", Kind.FLOAT), total = new Expr.Var("total", Kind.FLOAT);
    w.add(new Stmt.Declare(m, new Expr.Lit(Double.NEGATIVE_INFINITY, Kind.FLOAT)));
    w.add(new Stmt.Declare(total, fzero));
    w.add(new Stmt.For(fv, zero, new Expr.Lit(f, Kind.INT), 1, List.of(new Stmt.ArrayStore("acc", List.of(fv), fzero))));
    // The item's query row; an item past the last row keeps zeros and only helps stage.
    w.open();
    Expr.Var qe = new Expr.Var("qe", Kind.FLOAT);
    w.add(new Stmt.Declare(qe, fzero));
    w.open();
    w.add(new Stmt.Assign(qe, w.val(q, with(b, new Ix.Counter(lLoop), new Ix.Counter(eLoop)))));
    w.add(new Stmt.If(new Expr.Cmp(Op.LT, l, lEnd), w.close(), List.of()));
    w.add(new Stmt.ArrayStore("qr", List.of(ev), qe));
    w.add(new Stmt.For(ev, zero, new Expr.Lit(e, Kind.INT), 1, w.close()));
    Expr.Var s0 = new Expr.Var("s0", Kind.INT);
    w.open();
    // The block's keys and values into local memory, every item loading a share.
    w.stage("Ks", e, ev, group, block, s0, sEnd, lid, kT, with(b, new Ix.Counter(eLoop), new Ix.Counter(sLoop)));
    w.stage("Vs", f, fv, group, block, s0, sEnd, lid, v, with(b, new Ix.Counter(sLoop), new Ix.Counter(fLoop)));
    w.add(new Stmt.Barrier());
    w.open();
    Expr.Var sn = w.let(new Expr.Var("sn", Kind.INT), new Expr.Index('m', new Expr.Lit(block, Kind.INT), new Expr.Index('-', sEnd, s0)));
    Expr.Var ss = new Expr.Var("ss", Kind.INT);
    w.open();
    w.let(s, new Expr.Index('+', s0, ss));
    Expr.Var dot = new Expr.Var("dot", Kind.FLOAT);
    w.add(new Stmt.Declare(dot, fzero));
    Expr product = new Expr.Binary(Op.MUL, new Expr.ArrayLoad("qr", List.of(ev)), new Expr.ArrayLoad("Ks", List.of(ss, ev)), Kind.FLOAT);
    w.add(new Stmt.For(ev, zero, new Expr.Lit(e, Kind.INT), 1, List.of(new Stmt.Assign(dot, new Expr.Binary(Op.ADD, dot, product, Kind.FLOAT)))));
    List<Ix> ls = with(b, new Ix.Counter(lLoop), new Ix.Counter(sLoop));
    w.scopes.peek().put(new Key(scores, ls), dot);
    Expr x = w.val(a.x(), ls);
    Expr.Var mn = w.let(new Expr.Var("mn", Kind.FLOAT), new Expr.Select(new Expr.Cmp(Op.GT, x, m), x, m));
    Expr.Var c = w.let(new Expr.Var("c", Kind.FLOAT), new Expr.Select(new Expr.Cmp(Op.EQ, mn, m), new Expr.Lit(1, Kind.FLOAT),
        new Expr.Unary(Op.EXP, new Expr.Binary(Op.SUB, m, mn, Kind.FLOAT), Kind.FLOAT)));
    Expr.Var p = w.let(new Expr.Var("p", Kind.FLOAT), new Expr.Unary(Op.EXP, new Expr.Binary(Op.SUB, x, mn, Kind.FLOAT), Kind.FLOAT));
    w.add(new Stmt.Assign(total, new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, total, c, Kind.FLOAT), p, Kind.FLOAT)));
    Expr rescaled = new Expr.Binary(Op.ADD, new Expr.Binary(Op.MUL, new Expr.ArrayLoad("acc", List.of(fv)), c, Kind.FLOAT),
        new Expr.Binary(Op.MUL, p, new Expr.ArrayLoad("Vs", List.of(ss, fv)), Kind.FLOAT), Kind.FLOAT);
    w.add(new Stmt.For(fv, zero, new Expr.Lit(f, Kind.INT), 1, List.of(new Stmt.ArrayStore("acc", List.of(fv), rescaled))));
    w.add(new Stmt.Assign(m, mn));
    w.add(new Stmt.For(ss, zero, sn, 1, w.close()));
    w.add(new Stmt.If(new Expr.Cmp(Op.LT, l, lEnd), w.close(), List.of()));
    w.add(new Stmt.Barrier());
    w.add(new Stmt.For(s0, zero, sEnd, block, w.close()));
    w.add(new Stmt.If(new Expr.Cmp(Op.GE, l, lEnd), List.of(new Stmt.Return()), List.of()));
    w.open();
    List<Ix> out = with(b, new Ix.Counter(lLoop), new Ix.Counter(fLoop));
    Expr at = w.expr(w.indices.ravel(out, od));
    w.add(new Stmt.Store(w.param(storage.slot(o), o), at,
        new Expr.Binary(Op.DIV, new Expr.ArrayLoad("acc", List.of(fv)), total, Kind.FLOAT)));
    w.add(new Stmt.For(fv, zero, new Expr.Lit(f, Kind.INT), 1, w.close()));
    return w.finish(name, comment, group);
  }

  /** An index: the batch axes', then two more. */
  private static List<Ix> with(List<Ix> batch, Ix a, Ix b) {
    List<Ix> idx = new ArrayList<>(batch);
    idx.add(a);
    idx.add(b);
    return idx;
  }

  /**
   * Loads {@code block} rows of {@code width} elements of n (row ss is key s0 + ss, zero past
   * {@code sEnd}) into the local array {@code tile}, the group's items taking every
   * {@code group}-th element; {@code idx} is n's index in the counters s and {@code column}.
   */
  private void stage(String tile, int width, Expr.Var column, int group, int block, Expr.Var s0, Expr sEnd, Expr.Var lid,
      Node n, List<Ix> idx) {
    Expr.Var t = new Expr.Var("t", Kind.INT), ss = new Expr.Var("ss", Kind.INT), s = new Expr.Var("s", Kind.INT);
    Expr.Var kv = new Expr.Var("kv", Kind.FLOAT);
    open();
    let(ss, new Expr.Index('/', t, new Expr.Lit(width, Kind.INT)));
    let(column, new Expr.Index('%', t, new Expr.Lit(width, Kind.INT)));
    let(s, new Expr.Index('+', s0, ss));
    add(new Stmt.Declare(kv, new Expr.Lit(0, Kind.FLOAT)));
    open();
    add(new Stmt.Assign(kv, val(n, idx)));
    add(new Stmt.If(new Expr.Cmp(Op.LT, s, sEnd), close(), List.of()));
    add(new Stmt.ArrayStore(tile, List.of(ss, column), kv));
    add(new Stmt.For(t, lid, new Expr.Lit(block * width, Kind.INT), group, close()));
  }

  private void hoist(List<Node> hoisted) {
    List<Node> worth = new ArrayList<>();
    for (Node n : hoisted) if (n.op() != Op.FILL && n.op() != Op.SIZE && !(storage.slot(n) >= 0 && !computed.contains(n))) worth.add(n);
    if (worth.isEmpty()) return;
    // One array of 32-bit cells: an int value travels as its bits.
    add(new Stmt.Array("hoisted", List.of(worth.size()), true));
    open();
    for (int k = 0; k < worth.size(); k++) {
      Expr v = val(worth.get(k), List.of());
      add(new Stmt.ArrayStore("hoisted", List.of(new Expr.Lit(k, Kind.INT)), ints(worth.get(k)) ? new Expr.Bits(v, Kind.FLOAT) : v));
    }
    add(new Stmt.If(new Expr.Cmp(Op.EQ, new Expr.Id(true, 0), new Expr.Lit(0, Kind.INT)), close(), List.of()));
    add(new Stmt.Barrier());
    for (int k = 0; k < worth.size(); k++) {
      boolean i = ints(worth.get(k));
      Expr cell = new Expr.ArrayLoad("hoisted", List.of(new Expr.Lit(k, Kind.INT)));
      Expr.Var v = define(i ? new Expr.Bits(cell, Kind.INT) : cell);
      scopes.peek().put(new Key(worth.get(k), List.of()), v);
    }
  }

  private Kernel finish(String name, String comment, int group) {
    List<Kernel.Param> params = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : ordinals.entrySet()) params.add(new Kernel.Param(e.getKey(), paramKinds.get(e.getValue())));
    return KernelVerifier.verify(new Kernel(name, comment, params, checks, group, List.copyOf(blocks.peek())));
  }

  // ---- statements and scopes

  private void add(Stmt s) {
    blocks.peek().add(s);
  }

  private Expr.Var let(Expr.Var v, Expr value) {
    add(new Stmt.Let(v, value));
    return v;
  }

  /** A new block with a scope of its own: nothing computed in it is visible after {@link #close}. */
  private void open() {
    blocks.push(new ArrayList<>());
    scopes.push(new HashMap<>());
  }

  private List<Stmt> close() {
    scopes.pop();
    return blocks.pop();
  }

  private Expr.Var fresh(String prefix, Kind kind) {
    return new Expr.Var(prefix + (names++), kind);
  }

  /** The parameter ordinal of a slot's buffer, which holds values of n's kind. */
  private int param(int slot, Node n) {
    int ordinal = ordinals.computeIfAbsent(slot, k -> ordinals.size());
    paramKinds.merge(ordinal, kind(n), (a, b) -> a == Kind.INT || b == Kind.INT ? Kind.INT : a);
    return ordinal;
  }

  /** Whether node n's values are ints (an int value, an int buffer). */
  private static boolean ints(Node n) {
    return LaunchPlan.integer(n.type());
  }

  private static Kind kind(Node n) {
    return ints(n) ? Kind.INT : Kind.FLOAT;
  }

  private void store(Node n, List<Ix> idx, Ix flat) {
    Expr v = val(n, idx);
    add(new Stmt.Store(param(storage.slot(n), n), expr(flat), v));
  }

  // ---- index arithmetic (Indices)

  /** An index: literals and counters as they are, each compound expression once per scope, in a named value. */
  private Expr expr(Ix e) {
    if (e instanceof Ix.Lit l) return new Expr.Lit(l.value(), Kind.INT);
    if (e instanceof Ix.Counter c) return counters.get(c.loop());
    if (e instanceof Ix.Read r) return new Expr.Var("v" + r.local(), Kind.INT);
    Expr hit = lookup(e);
    if (hit != null) return hit;
    Expr value;
    if (e instanceof Ix.Size s) {
      value = new Expr.Size(s.slot());
    } else {
      Ix.Bin b = (Ix.Bin) e;
      value = new Expr.Index(b.op(), expr(b.a()), expr(b.b()));
    }
    Expr.Var name = let(fresh("x", Kind.INT), value);
    scopes.peek().put(e, name);
    return name;
  }

  private Expr lookup(Object key) {
    for (Map<Object, Expr> s : scopes) {
      Expr v = s.get(key);
      if (v != null) return v;
    }
    return null;
  }

  // ---- values

  /** Node n's value at index idx: a constant, or the named value holding it, computed (and what it reads) the first time. */
  private Expr val(Node n, List<Ix> idx) {
    Key key = new Key(n, idx);
    Expr hit = lookup(key);
    if (hit != null) return hit;
    int slot = computed.contains(n) ? -1 : storage.slot(n);
    Expr out;
    if (slot >= 0) {
      out = define(new Expr.Load(param(slot, n), expr(indices.ravel(idx, n.type().dims())), kind(n)));
    } else {
      out = compute(n, idx);
    }
    scopes.peek().put(key, out);
    return out;
  }

  /** A new named value (v<N>) holding an expression, of the expression's kind. */
  private Expr.Var define(Expr value) {
    return let(fresh("v", value.kind()), value);
  }

  private Expr compute(Node n, List<Ix> idx) {
    Op op = n.op();
    switch (op) {
      case FILL -> {
        return new Expr.Lit(((Attr.Fill) n.attr()).value(), kind(n));
      }
      case SIZE -> {
        Expr size = expr(dims.ix(((Attr.Size) n.attr()).size()));
        return ints(n) ? size : define(new Expr.Convert(size, Kind.FLOAT));
      }
      case IOTA -> {
        Expr at = expr(idx.get(((Attr.Iota) n.attr()).axis()));
        return ints(n) ? at : define(new Expr.Convert(at, Kind.FLOAT));
      }
      case STOP_GRADIENT, RESHAPE, TRANSPOSE, BROADCAST, SLICE -> {
        return val(n.input(0), indices.ofInput(n, idx));
      }
      case PAD -> {
        Attr.Pad p = (Attr.Pad) n.attr();
        Ix at = Ix.sub(idx.get(p.axis()), dims.ix(p.before()));
        Expr pos = expr(at);
        List<Ix> in = new ArrayList<>(idx);
        in.set(p.axis(), at);
        if (pos instanceof Expr.Lit l && n.input(0).type().dim(p.axis()).isConstant()) {
          // Where the element is known, no branch: the input's value, or the padding.
          boolean inside = l.value() >= 0 && l.value() < n.input(0).type().dim(p.axis()).constant();
          return inside ? val(n.input(0), in) : new Expr.Lit(p.value(), kind(n));
        }
        Expr.Var out = fresh("v", kind(n));
        add(new Stmt.Declare(out, new Expr.Lit(p.value(), kind(n))));
        Expr inside = new Expr.And(new Expr.Cmp(Op.GE, pos, new Expr.Lit(0, Kind.INT)),
            new Expr.Cmp(Op.LT, pos, expr(dims.ix(n.input(0).type().dim(p.axis())))));
        add(new Stmt.If(inside, inBranch(n.input(0), in, out), List.of()));
        return out;
      }
      case CONCAT -> {
        int axis = ((Attr.Axis) n.attr()).axis();
        Expr at = expr(idx.get(axis));
        if (at instanceof Expr.Lit l && n.inputs().stream().allMatch(x -> x.type().dim(axis).isConstant())) {
          // Where the part is known, no branch: that part's value.
          long offset = 0;
          for (int k = 0; k < n.inputs().size(); k++) {
            Node x = n.input(k);
            long size = x.type().dim(axis).constant();
            if (l.value() < offset + size || k == n.inputs().size() - 1) {
              List<Ix> in = new ArrayList<>(idx);
              in.set(axis, new Ix.Lit(Math.toIntExact((long) l.value() - offset)));
              return val(x, in);
            }
            offset += size;
          }
        }
        Expr.Var out = fresh("v", kind(n));
        add(new Stmt.Declare(out, null));
        List<Expr> ends = new ArrayList<>();
        Dim end = Dim.of(0);
        for (Node x : n.inputs()) {
          end = end.plus(x.type().dim(axis));
          ends.add(expr(dims.ix(end)));
        }
        List<List<Stmt>> branches = new ArrayList<>();
        Dim offset = Dim.of(0);
        for (Node x : n.inputs()) {
          List<Ix> in = new ArrayList<>(idx);
          in.set(axis, Ix.sub(idx.get(axis), dims.ix(offset)));
          branches.add(inBranch(x, in, out));
          offset = offset.plus(x.type().dim(axis));
        }
        List<Stmt> chain = branches.get(branches.size() - 1);
        for (int k = branches.size() - 2; k >= 0; k--) {
          chain = List.of(new Stmt.If(new Expr.Cmp(Op.LT, at, ends.get(k)), branches.get(k), chain));
        }
        add(chain.get(0));
        return out;
      }
      case RANDOM -> {
        Attr.Rng r = (Attr.Rng) n.attr();
        Expr step = val(n.input(0), List.of());
        if (step.kind() == Kind.INT) step = new Expr.Convert(step, Kind.FLOAT);
        Expr runSeed = n.inputs().size() > 1 ? val(n.input(1), List.of()) : null; // a run-time seed
        return define(new Expr.Random(r.kind() == Attr.Rng.Kind.NORMAL, r.seed(), runSeed, r.stream(), step, expr(indices.ravel(idx, n.type().dims()))));
      }
      case GATHER -> {
        int axis = ((Attr.Axis) n.attr()).axis(), k = n.input(1).type().rank();
        checks = true;
        Expr.Var pick = define(new Expr.Checked(val(n.input(1), idx.subList(axis, axis + k)),
            expr(dims.ix(n.input(0).type().dim(axis)))));
        List<Ix> in = new ArrayList<>(idx.subList(0, axis));
        in.add(new Ix.Read(Integer.parseInt(pick.name().substring(1))));
        in.addAll(idx.subList(axis + k, idx.size()));
        return val(n.input(0), in);
      }
      case CAST -> {
        DType to = ((Attr.Cast) n.attr()).to();
        Expr x = val(n.input(0), idx);
        if (to == DType.BOOL) return define(new Expr.Truth(x));
        if (ints(n.input(0)) == ints(n)) return x; // float to float, int to int
        return define(new Expr.Convert(x, kind(n)));
      }
      case SELECT -> {
        Expr c = val(n.input(0), idx), a = val(n.input(1), idx), b = val(n.input(2), idx);
        return define(new Expr.Select(c, a, b));
      }
      default -> {
        if (n.inputs().size() == 1) return define(new Expr.Unary(op, val(n.input(0), idx), kind(n)));
        if (n.inputs().size() == 2) {
          Expr a = val(n.input(0), idx), b = val(n.input(1), idx);
          return define(new Expr.Binary(op, a, b, ints(n.input(0)) ? kind(n) : Kind.FLOAT));
        }
        throw new IllegalStateException("no kernel computes " + op.word() + " element by element");
      }
    }
  }

  /** Computes a value on one side of a branch into a variable: nothing computed there is visible after it. */
  private List<Stmt> inBranch(Node x, List<Ix> idx, Expr.Var into) {
    open();
    add(new Stmt.Assign(into, val(x, idx)));
    return close();
  }
}
