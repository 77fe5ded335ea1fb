package dev.nnc.opencl;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Primitive;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Indices;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Ix;
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
 * Writes the OpenCL C of one fused elementwise or reduction launch, one work-item per
 * element: the body computes the kernel's nodes for that element, straight-line, each value
 * once (in a variable), with index arithmetic for every layout change and broadcast, from the
 * per-primitive {@link Templates}. An {@code i32} value is an {@code int} variable computed
 * with int arithmetic, in an {@code int} buffer ({@link LaunchPlan#integer}); every other
 * value is a {@code float} ({@code bool} as 0 and 1). The same walk as the JVM backend's
 * {@code KernelWriter}, writing text instead of bytecode.
 *
 * <p>A kernel's parameters are the buffers it touches ({@code b0, b1, ...} in the order the
 * code first names them) and the size table {@code d}; it knows nothing else of the program,
 * so kernels that differ only in their buffers have one text.
 */
final class ClWriter {
  /** Where stored values live: a buffer slot, or -1 for a value computed where it is read. */
  interface Storage {
    int slot(Node n);
  }

  /** A written kernel: its source (the function is named {@code name}) and its buffer slots by parameter. */
  /**
   * A written kernel, the buffer slots of its parameters in order, and whether it checks indices
   * read from the data ({@code nnc_index}), so takes the program's fault cells after the size table.
   */
  record Written(String source, int[] slots, boolean checks) {}

  private record Key(Node node, List<Ix> idx) {}


  private final Dims dims;
  private final Storage storage;
  private final Set<Node> computed;
  private final Map<Integer, Integer> ordinals = new LinkedHashMap<>();
  /** The buffers (by ordinal) that hold ints. */
  private final Set<Integer> intBuffers = new java.util.HashSet<>();
  private final StringBuilder body = new StringBuilder();
  private final Map<Integer, String> counters = new HashMap<>();
  private final Indices indices;
  private final Deque<Map<Object, String>> scopes = new ArrayDeque<>();
  private int names;
  /** Whether the kernel reads an index from the data through {@code nnc_index}. */
  private boolean checks;
  private int loops;
  private String indent = "  ";

  private ClWriter(Dims dims, Storage storage, Set<Node> computed) {
    this.dims = dims;
    this.indices = new Indices(dims);
    this.storage = storage;
    this.computed = computed;
    scopes.push(new HashMap<>());
  }

  /** An elementwise kernel: work-item i computes element i of the segments laid end to end. */
  static Written segments(String name, String comment, Dims dims, Storage storage, Set<Node> computed,
      List<List<Node>> segments, List<Node> hoisted) {
    ClWriter w = new ClWriter(dims, storage, computed);
    w.line("const int gid = get_global_id(0);");
    w.hoist(hoisted);
    // The bounds first: an if-else chain has no room for the lines that compute them.
    List<String> starts = new ArrayList<>(), ends = new ArrayList<>();
    Ix start = Ix.ZERO;
    for (List<Node> outputs : segments) {
      Ix end = Ix.add(start, dims.ix(Dims.product(outputs.get(0).type().dims())));
      starts.add(w.expr(start));
      ends.add(w.expr(end));
      start = end;
    }
    for (int k = 0; k < segments.size(); k++) {
      List<Node> outputs = segments.get(k);
      List<Dim> shape = outputs.get(0).type().dims();
      w.line((k == 0 ? "if" : "} else if") + " (gid < " + ends.get(k) + ") {");
      w.open();
      int loop = w.loops++;
      String i = w.fresh("i");
      w.line("const int " + i + " = gid - " + starts.get(k) + ";");
      w.counters.put(loop, i);
      List<Ix> canon = w.indices.canonical(new Ix.Counter(loop), shape);
      for (Node out : outputs) w.store(out, canon, new Ix.Counter(loop));
      w.close();
    }
    w.line("}");
    return w.finish(name, comment);
  }

  /**
   * A reduction kernel: work-item o sums (or takes the maximum of) the reduced elements of
   * result element o in a fixed order, accumulating in double where the device has it (as the
   * JVM backend does), computing the prologue on the way. With several reductions of the same
   * rows (softmax's maximum, then its sum of exponentials) it walks the row once for each, in
   * turn, each walk reading the results before it. The values it stores at the rows' shape are
   * stored in the last walk, or in one more after the last reduction when one of them reads
   * it (softmax's probabilities); then it stores the values at the result's shape.
   */
  static Written reduction(String name, String comment, Dims dims, Storage storage, Set<Node> computed,
      List<Node> reduces, List<Node> inner, List<Node> outer) {
    ClWriter w = new ClWriter(dims, storage, computed);
    Node last = reduces.get(reduces.size() - 1);
    List<Dim> xDims = reduces.get(0).input(0).type().dims(), oDims = last.type().dims();
    Attr.Axes axes = (Attr.Axes) last.attr();
    List<Dim> reduced = new ArrayList<>();
    for (int ax : axes.axes()) reduced.add(xDims.get(ax));
    int outerLoop = w.loops++, innerLoop = w.loops++;
    w.counters.put(outerLoop, "o");
    w.counters.put(innerLoop, "j");
    w.line("const int o = get_global_id(0);");
    w.line("if (o >= " + w.expr(dims.ix(last.type().elements())) + ") return;");
    List<Ix> oIdx = w.indices.canonical(new Ix.Counter(outerLoop), oDims);
    List<Ix> rIdx = w.indices.unravel(new Ix.Counter(innerLoop), reduced);
    List<Ix> xIdx = Indices.reductionInput(axes, xDims.size(), oIdx, rIdx);
    Ix xAt = w.indices.ravel(xIdx, xDims);
    Set<Node> afterReduce = LaunchPlan.downstream(last, List.copyOf(computed)); // computed is in schedule order
    boolean afterLast = inner.stream().anyMatch(afterReduce::contains);
    for (int k = 0; k < reduces.size(); k++) {
      Node reduce = reduces.get(k);
      Primitive.Reduction arithmetic = Primitive.reduction(reduce.op());
      String acc = k == 0 ? "acc" : "acc" + k;
      w.line("acc_t " + acc + " = " + Templates.identity(arithmetic.identity()) + ";");
      if (k == 0) w.line("const int count = " + w.expr(dims.ix(Dims.product(reduced))) + ";");
      w.line("for (int j = 0; j < count; j++) {");
      w.open();
      w.scopes.push(new HashMap<>());
      String v = w.val(reduce.input(0), xIdx);
      if (k == reduces.size() - 1 && !afterLast) for (Node p : inner) w.store(p, xIdx, xAt);
      w.line(Templates.accumulate(arithmetic.combine(), acc, "(acc_t) " + v));
      w.scopes.pop();
      w.close();
      w.line("}");
      String result = w.fresh("r");
      // An int result as Java's (int) of the double sum: toward zero, saturating.
      w.line(ints(reduce) ? "const int " + result + " = convert_int_sat(" + acc + ");" : "const float " + result + " = (float) " + acc + ";");
      w.scopes.peek().put(new Key(reduce, oIdx), result);
    }
    if (afterLast) {
      w.line("for (int j = 0; j < count; j++) {");
      w.open();
      w.scopes.push(new HashMap<>());
      for (Node p : inner) w.store(p, xIdx, xAt);
      w.scopes.pop();
      w.close();
      w.line("}");
    }
    for (Node e : outer) w.store(e, oIdx, new Ix.Counter(outerLoop));
    return w.finish(name, comment);
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
  static Written attention(String name, String comment, Dims dims, Storage storage, LaunchPlan.Attention a, int group, int block) {
    ClWriter w = new ClWriter(dims, storage, a.computed());
    Node o = a.out(), scores = a.scores(), q = scores.input(0), kT = scores.input(1), v = o.input(1);
    List<Dim> od = o.type().dims();
    int r = od.size();
    List<Dim> batch = od.subList(0, r - 2);
    Dim rows = od.get(r - 2), keys = scores.type().dim(r - 1);
    int e = Math.toIntExact(q.type().dim(r - 1).constant()), f = Math.toIntExact(od.get(r - 1).constant());
    int bLoop = w.loops++, lLoop = w.loops++, sLoop = w.loops++, eLoop = w.loops++, fLoop = w.loops++;
    w.counters.put(bLoop, "bt");
    w.counters.put(lLoop, "l");
    w.counters.put(sLoop, "s");
    w.counters.put(eLoop, "e");
    w.counters.put(fLoop, "f");
    w.line("const int bt = get_global_id(1), l = get_global_id(0), lid = get_local_id(0);");
    String lEnd = w.expr(dims.ix(rows)), sEnd = w.expr(dims.ix(keys));
    List<Ix> b = w.indices.unravel(new Ix.Counter(bLoop), batch);
    for (Ix i : b) w.expr(i); // the batch index once, for every loop below
    w.line("__local float Ks[" + block + "][" + e + "], Vs[" + block + "][" + f + "];");
    w.line("float qr[" + e + "], acc[" + f + "];");
    w.line("float m = -INFINITY, total = 0.0f;");
    w.line("for (int f = 0; f < " + f + "; f++) acc[f] = 0.0f;");
    w.line("for (int e = 0; e < " + e + "; e++) {");
    w.open();
    w.line("float qe = 0.0f;");
    w.line("if (l < " + lEnd + ") {");
    w.open();
    w.line("qe = " + w.val(q, with(b, new Ix.Counter(lLoop), new Ix.Counter(eLoop))) + ";");
    w.close();
    w.line("}");
    w.line("qr[e] = qe;");
    w.close();
    w.line("}");
    w.line("for (int s0 = 0; s0 < " + sEnd + "; s0 += " + block + ") {");
    w.open();
    // The block's keys and values into local memory, every item loading a share.
    w.stage("Ks", e, "e", group, block, sEnd, kT, with(b, new Ix.Counter(eLoop), new Ix.Counter(sLoop)));
    w.stage("Vs", f, "f", group, block, sEnd, v, with(b, new Ix.Counter(sLoop), new Ix.Counter(fLoop)));
    w.line("barrier(CLK_LOCAL_MEM_FENCE);");
    w.line("if (l < " + lEnd + ") {");
    w.open();
    w.line("const int sn = min(" + block + ", " + sEnd + " - s0);");
    w.line("for (int ss = 0; ss < sn; ss++) {");
    w.open();
    w.line("const int s = s0 + ss;");
    w.line("float dot = 0.0f;");
    w.line("for (int e = 0; e < " + e + "; e++) dot += qr[e] * Ks[ss][e];");
    List<Ix> ls = with(b, new Ix.Counter(lLoop), new Ix.Counter(sLoop));
    w.scopes.peek().put(new Key(scores, ls), "dot");
    String x = w.val(a.x(), ls);
    w.line("const float mn = " + x + " > m ? " + x + " : m;");
    w.line("const float c = mn == m ? 1.0f : " + Templates.unary(Op.EXP, "(m - mn)") + ";");
    w.line("const float p = " + Templates.unary(Op.EXP, "(" + x + " - mn)") + ";");
    w.line("total = total * c + p;");
    w.line("for (int f = 0; f < " + f + "; f++) acc[f] = acc[f] * c + p * Vs[ss][f];");
    w.line("m = mn;");
    w.close();
    w.line("}");
    w.close();
    w.line("}");
    w.line("barrier(CLK_LOCAL_MEM_FENCE);");
    w.close();
    w.line("}");
    w.line("if (l >= " + lEnd + ") return;");
    w.line("for (int f = 0; f < " + f + "; f++) {");
    w.open();
    List<Ix> out = with(b, new Ix.Counter(lLoop), new Ix.Counter(fLoop));
    w.line(w.buffer(storage.slot(o), o) + "[" + w.expr(w.indices.ravel(out, od)) + "] = acc[f] / total;");
    w.close();
    w.line("}");
    Written written = w.finish(name, comment);
    String attribute = "__kernel __attribute__((reqd_work_group_size(" + group + ", 1, 1))) void ";
    return new Written(written.source().replaceFirst("__kernel void ", java.util.regex.Matcher.quoteReplacement(attribute)),
        written.slots(), written.checks());
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
  private void stage(String tile, int width, String column, int group, int block, String sEnd, Node n, List<Ix> idx) {
    line("for (int t = lid; t < " + block * width + "; t += " + group + ") {");
    open();
    line("const int ss = t / " + width + ", " + column + " = t % " + width + ", s = s0 + ss;");
    line("float kv = 0.0f;");
    line("if (s < " + sEnd + ") {");
    open();
    line("kv = " + val(n, idx) + ";");
    close();
    line("}");
    line(tile + "[ss][" + column + "] = kv;");
    close();
    line("}");
  }

  /**
   * Values of rank 0 (Adam's bias corrections, powers of the step) once per work-group: the
   * first work-item computes them into local memory, the others read them after a barrier.
   * Every work-item reaches the barrier: the launch covers whole groups and no item has left.
   */
  private void hoist(List<Node> hoisted) {
    List<Node> worth = new ArrayList<>();
    for (Node n : hoisted) if (n.op() != Op.FILL && n.op() != Op.SIZE && !(storage.slot(n) >= 0 && !computed.contains(n))) worth.add(n);
    if (worth.isEmpty()) return;
    // One array of 32-bit cells: an int value travels as its bits.
    line("__local float hoisted[" + worth.size() + "];");
    line("if (get_local_id(0) == 0) {");
    open();
    for (int k = 0; k < worth.size(); k++) {
      String v = val(worth.get(k), List.of());
      line("hoisted[" + k + "] = " + (ints(worth.get(k)) ? "as_float(" + v + ")" : v) + ";");
    }
    close();
    line("}");
    line("barrier(CLK_LOCAL_MEM_FENCE);");
    for (int k = 0; k < worth.size(); k++) {
      boolean i = ints(worth.get(k));
      String v = define(i ? "as_int(hoisted[" + k + "])" : "hoisted[" + k + "]", i);
      scopes.peek().put(new Key(worth.get(k), List.of()), v);
    }
  }

  private Written finish(String name, String comment) {
    StringBuilder out = new StringBuilder();
    out.append("// ").append(comment.replace("\n", "\n// ")).append('\n');
    out.append("__kernel void ").append(name).append('(');
    int[] slots = new int[ordinals.size()];
    for (Map.Entry<Integer, Integer> e : ordinals.entrySet()) {
      slots[e.getValue()] = e.getKey();
      out.append(intBuffers.contains(e.getValue()) ? "__global int* restrict b" : "__global float* restrict b").append(e.getValue()).append(", ");
    }
    out.append("__global const int* restrict d").append(checks ? ", __global int* restrict fault" : "").append(") {\n").append(body).append("}\n");
    return new Written(out.toString(), slots, checks);
  }

  // ---- text

  private void line(String s) {
    body.append(indent).append(s).append('\n');
  }

  private void open() {
    indent += "  ";
    scopes.push(new HashMap<>());
  }

  private void close() {
    indent = indent.substring(2);
    scopes.pop();
  }

  private String fresh(String prefix) {
    return prefix + (names++);
  }

  /** The parameter of a slot's buffer, which holds values of n's kind. */
  private String buffer(int slot, Node n) {
    int ordinal = ordinals.computeIfAbsent(slot, k -> ordinals.size());
    if (ints(n)) intBuffers.add(ordinal);
    return "b" + ordinal;
  }

  /** Whether node n's values are ints (an int variable, an int buffer). */
  private static boolean ints(Node n) {
    return LaunchPlan.integer(n.type());
  }

  private void store(Node n, List<Ix> idx, Ix flat) {
    String v = val(n, idx);
    line(buffer(storage.slot(n), n) + "[" + expr(flat) + "] = " + v + ";");
  }

  // ---- index arithmetic (Indices)

  /** An index as C: literals and counters as they are, each compound expression once per scope, in a variable. */
  private String expr(Ix e) {
    if (e instanceof Ix.Lit l) return Integer.toString(l.value());
    if (e instanceof Ix.Counter c) return counters.get(c.loop());
    if (e instanceof Ix.Read r) return "((int) v" + r.local() + ")";
    String hit = lookup(e);
    if (hit != null) return hit;
    String text;
    if (e instanceof Ix.Size s) {
      text = "d[" + s.slot() + "]";
    } else {
      Ix.Bin b = (Ix.Bin) e;
      text = expr(b.a()) + " " + b.op() + " " + expr(b.b());
    }
    String name = fresh("x");
    line("const int " + name + " = " + text + ";");
    scopes.peek().put(e, name);
    return name;
  }

  private String lookup(Object key) {
    for (Map<Object, String> s : scopes) {
      String v = s.get(key);
      if (v != null) return v;
    }
    return null;
  }

  // ---- values

  /** The variable holding node n's value at index idx, computing it (and what it reads) the first time. */
  private String val(Node n, List<Ix> idx) {
    Key key = new Key(n, idx);
    String hit = lookup(key);
    if (hit != null) return hit;
    int slot = computed.contains(n) ? -1 : storage.slot(n);
    String out;
    if (slot >= 0) {
      out = define(buffer(slot, n) + "[" + expr(indices.ravel(idx, n.type().dims())) + "]", ints(n));
    } else {
      out = compute(n, idx);
    }
    scopes.peek().put(key, out);
    return out;
  }

  /** A new float variable holding an expression. */
  private String define(String expression) {
    return define(expression, false);
  }

  /** A new variable holding an expression: an int ({@code ints}) or a float. */
  private String define(String expression, boolean ints) {
    int id = names++;
    line((ints ? "const int v" : "const float v") + id + " = " + expression + ";");
    return "v" + id;
  }

  private String compute(Node n, List<Ix> idx) {
    Op op = n.op();
    switch (op) {
      case FILL -> {
        double value = ((Attr.Fill) n.attr()).value();
        return ints(n) ? Templates.intLiteral(value) : Templates.literal(value);
      }
      case SIZE -> {
        return define((ints(n) ? "" : "(float) ") + expr(dims.ix(((Attr.Size) n.attr()).size())), ints(n));
      }
      case IOTA -> {
        return define((ints(n) ? "" : "(float) ") + expr(idx.get(((Attr.Iota) n.attr()).axis())), ints(n));
      }
      case STOP_GRADIENT, RESHAPE, TRANSPOSE, BROADCAST, SLICE -> {
        return val(n.input(0), indices.ofInput(n, idx));
      }
      case PAD -> {
        Attr.Pad p = (Attr.Pad) n.attr();
        Ix at = Ix.sub(idx.get(p.axis()), dims.ix(p.before()));
        String pos = expr(at);
        int id = names++;
        line((ints(n) ? "int v" + id + " = " + Templates.intLiteral(p.value()) : "float v" + id + " = " + Templates.literal(p.value())) + ";");
        line("if (" + pos + " >= 0 && " + pos + " < " + expr(dims.ix(n.input(0).type().dim(p.axis()))) + ") {");
        List<Ix> in = new ArrayList<>(idx);
        in.set(p.axis(), at);
        inBranch(n.input(0), in, "v" + id);
        line("}");
        return "v" + id;
      }
      case CONCAT -> {
        int axis = ((Attr.Axis) n.attr()).axis();
        int id = names++;
        line((ints(n) ? "int v" : "float v") + id + ";");
        String at = expr(idx.get(axis));
        List<String> ends = new ArrayList<>();
        Dim end = Dim.of(0);
        for (Node x : n.inputs()) {
          end = end.plus(x.type().dim(axis));
          ends.add(expr(dims.ix(end)));
        }
        Dim offset = Dim.of(0);
        for (int k = 0; k < n.inputs().size(); k++) {
          Node x = n.input(k);
          boolean last = k == n.inputs().size() - 1;
          line((k == 0 ? "" : "} else ") + (last ? "{" : "if (" + at + " < " + ends.get(k) + ") {"));
          List<Ix> in = new ArrayList<>(idx);
          in.set(axis, Ix.sub(idx.get(axis), dims.ix(offset)));
          inBranch(x, in, "v" + id);
          offset = offset.plus(x.type().dim(axis));
        }
        line("}");
        return "v" + id;
      }
      case RANDOM -> {
        Attr.Rng r = (Attr.Rng) n.attr();
        String step = val(n.input(0), List.of());
        String seed = (r.seed() & 0xFFFFFFFFL) + "u";
        if (n.inputs().size() > 1) seed = "(" + seed + " + (uint) (int) " + val(n.input(1), List.of()) + ")"; // a run-time seed
        return define("nnc_random(" + (r.kind() == Attr.Rng.Kind.NORMAL ? 1 : 0) + ", " + seed + ", "
            + (r.stream() & 0xFFFFFFFFL) + "u, (float) " + step + ", " + expr(indices.ravel(idx, n.type().dims())) + ")");
      }
      case GATHER -> {
        int axis = ((Attr.Axis) n.attr()).axis(), k = n.input(1).type().rank();
        checks = true;
        String pick = define("nnc_index(" + val(n.input(1), idx.subList(axis, axis + k)) + ", "
            + expr(dims.ix(n.input(0).type().dim(axis))) + ", fault)", true);
        List<Ix> in = new ArrayList<>(idx.subList(0, axis));
        in.add(new Ix.Read(Integer.parseInt(variable(pick, true).substring(1))));
        in.addAll(idx.subList(axis + k, idx.size()));
        return val(n.input(0), in);
      }
      case CAST -> {
        DType to = ((Attr.Cast) n.attr()).to();
        String x = val(n.input(0), idx);
        boolean from = ints(n.input(0));
        if (to == DType.BOOL) return define("BOOL(" + x + " != 0)");
        if (from == ints(n)) return x; // float to float, int to int
        // To int: toward zero, saturating, NaN to 0 (Java's (int)); to float: to nearest.
        return define(from ? "(float) " + x : "convert_int_sat(" + x + ")", ints(n));
      }
      case SELECT -> {
        String c = val(n.input(0), idx), a = val(n.input(1), idx), b = val(n.input(2), idx);
        return define("(" + c + " != 0.0f ? " + a + " : " + b + ")", ints(n));
      }
      default -> {
        if (n.inputs().size() == 1) {
          String x = val(n.input(0), idx);
          return ints(n) ? define(Templates.intUnary(op, x), true) : define(Templates.unary(op, x));
        }
        if (n.inputs().size() == 2) {
          String a = val(n.input(0), idx), b = val(n.input(1), idx);
          return ints(n.input(0)) ? define(Templates.intBinary(op, a, b), ints(n)) : define(Templates.binary(op, a, b));
        }
        throw new IllegalStateException("the OpenCL kernels cannot compute " + op.word() + " element by element");
      }
    }
  }

  /** A value as a variable named v<N> (a literal gets one), so an index can read it. */
  private String variable(String value, boolean ints) {
    return value.startsWith("v") && value.substring(1).chars().allMatch(Character::isDigit) ? value : define(value, ints);
  }

  /** Computes a value on one side of a branch into a variable: nothing computed there is visible after it. */
  private void inBranch(Node x, List<Ix> idx, String into) {
    open();
    String v = val(x, idx);
    line(into + " = " + v + ";");
    close();
  }

}
