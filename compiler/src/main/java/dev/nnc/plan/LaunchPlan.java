package dev.nnc.plan;

import dev.nnc.exec.Device;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The launch plan of a program, shared by the JVM and OpenCL backends: the fusion planner's
 * kernels as launches (fused elementwise segments, reductions with their prologue and
 * epilogue, matrix products in the layout that saves most, window ops, scatter-adds and
 * loops), which values are stored, and a buffer slot for each stored value, reused by
 * liveness among values of one size. Sizes are formulas in one {@link Dims} table.
 */
public final class LaunchPlan {
  /** What one launch does. */
  public sealed interface Launch {
    /** The values this launch computes into buffers. */
    List<Node> writes();
  }

  /** Loops computing {@code segments} (outputs grouped by shape), computing the nodes of {@code computed}. */
  public record Segments(Set<Node> computed, List<List<Node>> segments, List<Node> hoisted) implements Launch {
    public List<Node> writes() {
      List<Node> out = new ArrayList<>();
      for (List<Node> s : segments) out.addAll(s);
      return out;
    }
  }

  /**
   * A reduction, or several of the same rows in turn ({@code reduces}: a later one reads an
   * earlier one's result, as softmax's sum of exponentials reads its maximum; see {@link Fuse}):
   * {@code inner} are values at the rows' shape it stores, {@code outer} values at the result's.
   */
  public record Reduce(Set<Node> computed, List<Node> reduces, List<Node> inner, List<Node> outer) implements Launch {
    public Reduce {
      reduces = List.copyOf(reduces);
    }

    /** The last reduction, the one whose result's shape the launch's items are. */
    public Node reduce() { return reduces.get(reduces.size() - 1); }

    public List<Node> writes() {
      List<Node> out = new ArrayList<>(inner);
      out.addAll(outer);
      return out;
    }
  }

  /** out = op(a) op(b), batches x [m, k] x [k, n]. */
  public record Matmul(Node out, Node a, boolean transA, Node b, boolean transB, Dim batches, Dim m, Dim n, Dim k)
      implements Launch {
    public List<Node> writes() { return List.of(out); }
  }

  /** An op a backend has a hand-written kernel for: a convolution, a pooling, a scatter-add. */
  public record Library(Node anchor) implements Launch {
    public List<Node> writes() { return List.of(anchor); }
  }

  /**
   * Scaled dot-product attention as one launch (see {@link Attentions}): {@code out} = softmax
   * of {@code x} over its last axis, times {@code v} = out's right operand, where {@code x} is
   * computed element by element from {@code scores} = q @ kT (its operands). The kernel walks
   * the keys with a running maximum and sum (an online softmax), so the [..., L, S] scores,
   * their exponentials and the probabilities are never stored; {@code computed} are the nodes
   * it computes itself (the pattern, the elementwise values only it reads, and out).
   */
  public record Attention(Node out, Node scores, Node x, Set<Node> computed) implements Launch {
    public List<Node> writes() { return List.of(out); }
  }

  /** Every result the program wants of one loop. */
  public record Loop(List<Node> results) implements Launch {
    public List<Node> writes() { return results; }
  }

  private static final Set<Op> MOVEMENT = Op.of(Op.Kind.MOVEMENT);
  private static final Set<Op> WINDOW = Op.of(Op.Kind.CONVOLUTION, Op.Kind.POOLING);

  private final String backend;
  private final Dims dims = new Dims();
  private final List<Node> roots;
  private final List<Launch> launches = new ArrayList<>();
  private final Set<Node> stored = new HashSet<>();
  /** Batch sums never stored: their one reader, a transpose, was written by the product instead. */
  private final Set<Node> bypassed = new HashSet<>();
  /** For each launch, the values stored before it runs. */
  private final List<Set<Node>> storedBefore = new ArrayList<>();
  private final List<Set<Node>> visible = new ArrayList<>();
  private final Map<Node, List<Node>> users = new HashMap<>();
  private final List<Node> order;
  private final Map<Node, Integer> slotOf = new HashMap<>();
  private final List<Dim> slotElements = new ArrayList<>();
  /** Whether each slot holds 32-bit integers (i32 values) rather than floats; a slot holds values of one kind only. */
  private final List<Boolean> slotIntegers = new ArrayList<>();
  private final Map<Integer, String> leafName = new LinkedHashMap<>();
  private final Map<Integer, float[]> constants = new HashMap<>();
  /** The attentions run as one launch each, by their result; empty unless the backend asked for them. */
  private Map<Node, Attention> attentions = Map.of();
  /** Every node an attention launch computes, which no other launch computes or stores. */
  private final Set<Node> inAttention = new HashSet<>();

  private LaunchPlan(String backend, List<Node> roots, Set<Node> update, Set<Node> gradients, boolean fuseAttention) {
    this.backend = backend;
    this.roots = List.copyOf(roots);
    for (Node n : Schedule.topological(roots)) {
      if (n.op() == Op.MASK_SELECT || n.op() == Op.MASK_SCATTER) {
        String where = n.origin() == null ? "" : " (" + n.origin().where() + ": `" + n.origin().text() + "`)";
        throw new Device.UnsupportedProgram(backend + " cannot run a mask select" + where + ", whose result size depends on"
            + " the data, unless its rows reach only a sum or mean over them; use --device reference");
      }
      if (n.op() == Op.INPUT || n.op() == Op.PARAM || n.op() == Op.CONST) stored.add(n);
    }
    order = Schedule.topological(roots);
    for (Node n : order) for (Node in : n.inputs()) users.computeIfAbsent(in, x -> new ArrayList<>()).add(n);
    List<Fuse.Kernel> kernels = Fuse.run(roots, update, gradients, fuseAttention);
    if (fuseAttention) {
      attentions = Attentions.find(order, users, roots, kernels);
      for (Attention a : attentions.values()) inAttention.addAll(a.computed());
      inAttention.removeAll(attentions.keySet());
    }
    for (Fuse.Kernel k : kernels) plan(k);
    List<Node> loose = new ArrayList<>();
    for (Node r : roots) if (!stored.contains(r) && !loose.contains(r)) loose.add(r);
    if (!loose.isEmpty()) add(segments(Set.copyOf(loose), loose)); // a root computed where it is read
    assignSlots();
  }

  /**
   * Plans roots; {@code update} are the optimizer's results, {@code gradients} what they read
   * (see {@link Fuse}); {@code backend} names the backend in messages ("the JVM backend").
   */
  public static LaunchPlan of(String backend, List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return new LaunchPlan(backend, roots, update, gradients, false);
  }

  /**
   * As {@link #of(String, List, Set, Set)}; with {@code fuseAttention}, each scaled dot-product
   * attention whose scores nothing else reads is one {@link Attention} launch, and a reduction
   * of rows takes the passes over them that follow it ({@link Fuse}: softmax in one launch), for
   * a backend with kernels for them: OpenCL. The JVM backend keeps them apart, where its
   * elementwise loops run in SIMD lanes and its reductions one element at a time.
   */
  public static LaunchPlan of(String backend, List<Node> roots, Set<Node> update, Set<Node> gradients, boolean fuseAttention) {
    return new LaunchPlan(backend, roots, update, gradients, fuseAttention);
  }

  /** The attention launches, by their result. */
  public Map<Node, Attention> attentions() { return attentions; }

  public Dims dims() { return dims; }

  public List<Node> roots() { return roots; }

  public List<Launch> launches() { return launches; }

  public Map<Node, Integer> slotOf() { return slotOf; }

  /** The elements of each slot's buffer, as a size formula. */
  public List<Dim> slotElements() { return slotElements; }

  /**
   * Whether a slot's buffer holds 32-bit integers: the values of an {@code i32} tensor, exact
   * over the whole int range (a float32 is exact only to 2^24). Every other dtype is float32
   * ({@code bool} as 0 and 1). Both backends' kernels read and write such a slot as {@code int},
   * and the host converts at the boundary (a caller's leaves and results are float values).
   */
  public boolean integer(int slot) { return slotIntegers.get(slot); }

  /** Whether values of this type are kept as 32-bit integers. */
  public static boolean integer(dev.nnc.shape.TensorType t) { return t.dtype() == dev.nnc.shape.DType.I32; }

  /** The slots of the leaves the caller passes, with their names. */
  public Map<Integer, String> leafName() { return leafName; }

  /** The slots of constants, with their values. */
  public Map<Integer, float[]> constants() { return constants; }

  /** Whether a slot is the plan's own buffer (not a leaf or a constant). */
  public boolean owned(int slot) { return !leafName.containsKey(slot) && !constants.containsKey(slot); }

  /**
   * The buffer slot launch {@code i} finds node n in, or -1 for a value that launch computes
   * where it reads it: a launch reads what earlier launches stored and writes its own values.
   */
  public int slot(int i, Node n) {
    if (visible.size() <= i) {
      for (int j = visible.size(); j <= i; j++) {
        Set<Node> v = new HashSet<>(storedBefore.get(j));
        v.addAll(launches.get(j).writes());
        visible.add(v);
      }
    }
    return visible.get(i).contains(n) ? slotOf.get(n) : -1;
  }

  /** The values stored before launch {@code i} runs. */
  public Set<Node> storedBefore(int i) { return storedBefore.get(i); }

  // ---- planning: the launches of one fused kernel

  private void plan(Fuse.Kernel k) {
    if (inAttention.containsAll(k.nodes())) return; // part of an attention, which its launch computes
    Attention attention = attentions.get(k.nodes().get(0));
    if (attention != null) { // the attention's result, then its epilogue
      add(attention);
      List<Node> outputs = new ArrayList<>(k.outputs());
      outputs.removeAll(stored);
      Set<Node> computed = new LinkedHashSet<>(k.nodes());
      computed.removeAll(stored);
      if (!outputs.isEmpty()) add(segments(computed, outputs));
      return;
    }
    Set<Node> computed = new LinkedHashSet<>(k.nodes());
    computed.removeAll(stored); // a transpose the product before it already wrote
    List<Node> outputs = new ArrayList<>(k.outputs());
    outputs.removeAll(stored);
    switch (k.kind()) {
      case ELEMENTWISE, UPDATE -> {
        // Pure layout changes are not copied: their readers index through them.
        if (!outputs.isEmpty() && !computed.stream().allMatch(n -> MOVEMENT.contains(n.op()))) add(segments(computed, outputs));
      }
      case REDUCTION -> {
        List<Node> reduces = new ArrayList<>();
        for (Node n : k.nodes()) if (n.op().kind() == Op.Kind.REDUCTION) reduces.add(n);
        Node reduce = reduces.get(reduces.size() - 1);
        if (stored.contains(reduce) || bypassed.contains(reduce)) { // a product summed over its batch, which one GEMM already wrote
          outputs.remove(reduce);
          if (!outputs.isEmpty()) add(segments(computed, outputs));
          return;
        }
        List<Node> inner = new ArrayList<>(), outer = new ArrayList<>();
        List<Dim> rows = reduces.get(0).input(0).type().dims();
        if (rows.equals(reduce.type().dims())) { // reduced axes of size 1: the epilogue is what follows the reduction
          Set<Node> after = downstream(reduce, k.nodes());
          for (Node o : outputs) (after.contains(o) ? outer : inner).add(o);
        } else { // values at the rows' shape (the prologue, the passes after a reduction), and at the result's
          for (Node o : outputs) (o.type().dims().equals(rows) && !reduces.contains(o) ? inner : outer).add(o);
        }
        add(new Reduce(computed, reduces, inner, outer));
      }
      default -> {
        Node anchor = k.nodes().get(0);
        if (k.kind() == Fuse.Kind.MATMUL) {
          if (matmul(anchor, k.nodes().size() == 1)) return;
        } else if (anchor.op() == Op.GATHER || anchor.op() == Op.RANDOM) {
          // index arithmetic with a read index, or counter-based random numbers: elementwise kernels
          add(segments(computed, outputs));
          return;
        } else if (k.kind() == Fuse.Kind.LOOP) {
          if (!stored.contains(anchor)) {
            for (Node in : anchor.inputs()) materialize(in);
            List<Node> results = new ArrayList<>();
            for (Node n : order) if (sameLoop(anchor, n)) results.add(n);
            add(new Loop(results));
          }
        } else if (WINDOW.contains(anchor.op()) || anchor.op() == Op.SCATTER_ADD) {
          for (Node in : anchor.inputs()) materialize(in);
          add(new Library(anchor));
        } else {
          throw new Device.UnsupportedProgram(backend + " has no kernel for " + anchor.op().word() + "; use --device reference");
        }
        computed.remove(anchor);
        outputs.remove(anchor);
        if (!outputs.isEmpty()) add(segments(computed, outputs));
      }
    }
  }

  /** Whether two loop nodes are results of one loop: one body, one list of inputs. */
  public static boolean sameLoop(Node a, Node b) {
    return a.op() == Op.LOOP && b.op() == Op.LOOP && ((Attr.Loop) a.attr()).body() == ((Attr.Loop) b.attr()).body()
        && a.inputs().equals(b.inputs());
  }

  /**
   * Plans a product as one GEMM, in the layout that saves most: transposed when its only reader
   * transposes it; batches flattened into rows when the right operand is a matrix broadcast
   * over them (a Linear layer on a sequence); and a batched product whose only reader sums it
   * over the batch (that layer's weight gradient) as one product over all rows, transposed
   * when the sum's only reader transposes it. Returns whether
   * the launch wrote the reader's value instead of the product's ({@code alone}: the kernel
   * has no epilogue).
   */
  private boolean matmul(Node anchor, boolean alone) {
    List<Node> readers = users.getOrDefault(anchor, List.of());
    Node reader = alone && readers.size() == 1 && !roots.contains(anchor) ? readers.get(0) : null;
    List<Dim> out = anchor.type().dims();
    int r = out.size();
    Dim batch = Dims.product(out.subList(0, r - 2)), m = out.get(r - 2), n = out.get(r - 1);
    Node left = anchor.input(0), right = anchor.input(1);
    Dim k = left.type().dim(r - 1);
    Node[] shared = r > 2 ? broadcastMatrix(right) : null;
    if (shared != null) {
      Node[] a = operand(left);
      if (a[1] == null) {
        Node[] b = operand(shared[0]);
        boolean transB = (b[1] != null) != (shared[1] != null);
        add(new Matmul(anchor, a[0], false, b[0], transB, Dim.of(1), batch.times(m), n, k));
        return false;
      }
    }
    Node[] a = operand(left), b = operand(right);
    if (r > 2 && reader != null && reader.op() == Op.SUM && a[1] != null && b[1] == null && isBatchSum(reader, r)) {
      // sum over b of a_b' d_b = A' D, with A and D the batches stacked as rows
      Dim rows = batch.times(left.type().dim(r - 1));
      List<Node> sumReaders = users.getOrDefault(reader, List.of());
      Node t = sumReaders.size() == 1 && !roots.contains(reader) ? sumReaders.get(0) : null;
      if (t != null && t.op() == Op.TRANSPOSE && swapsLastTwo(((Attr.Perm) t.attr()).perm())) {
        // its transpose (a Linear layer's weight gradient, [out, in]) = D' A, written in the layout read
        add(new Matmul(t, b[0], true, a[0], false, Dim.of(1), n, m, rows));
        bypassed.add(reader);
        return true;
      }
      add(new Matmul(reader, a[0], true, b[0], false, Dim.of(1), m, n, rows));
      return true;
    }
    if (reader != null && reader.op() == Op.TRANSPOSE && swapsLastTwo(((Attr.Perm) reader.attr()).perm())) {
      // (a b)' = b' a'
      add(new Matmul(reader, b[0], b[1] == null, a[0], a[1] == null, batch, n, m, k));
      return true;
    }
    add(new Matmul(anchor, a[0], a[1] != null, b[0], b[1] != null, batch, m, n, k));
    return false;
  }

  /**
   * For a right operand that is one matrix broadcast over the batch axes, read as it is or
   * with its last two axes swapped (the product of a Linear layer's input gradient, the
   * weight broadcast then transposed: the same as the transposed weight broadcast): the matrix,
   * and non-null as the second element when it is read transposed. Null for any other operand.
   */
  private static Node[] broadcastMatrix(Node right) {
    int r = right.type().rank();
    Node t = null, b = right;
    if (b.op() == Op.TRANSPOSE && swapsLastTwo(((Attr.Perm) b.attr()).perm())) {
      t = b;
      b = b.input(0);
    }
    if (b.op() != Op.BROADCAST || !b.input(0).type().dims().equals(b.type().dims().subList(r - 2, r))) return null;
    return new Node[] {b.input(0), t};
  }

  /** Whether a sum reduces exactly the batch axes of a rank-r product, not keeping them. */
  private static boolean isBatchSum(Node sum, int r) {
    Attr.Axes axes = (Attr.Axes) sum.attr();
    if (axes.keep() || axes.axes().size() != r - 2) return false;
    for (int i = 0; i < r - 2; i++) if (axes.axes().get(i) != i) return false;
    return true;
  }

  /** A matrix operand as a stored value, read plainly or transposed; anything else is materialized first. */
  private Node[] operand(Node n) {
    if (stored.contains(n)) return new Node[] {n, null};
    if (n.op() == Op.TRANSPOSE && stored.contains(n.input(0)) && swapsLastTwo(((Attr.Perm) n.attr()).perm())) {
      return new Node[] {n.input(0), n};
    }
    materialize(n);
    return new Node[] {n, null};
  }

  private static boolean swapsLastTwo(List<Integer> perm) {
    int r = perm.size();
    for (int i = 0; i < r - 2; i++) if (perm.get(i) != i) return false;
    return r >= 2 && perm.get(r - 2) == r - 1 && perm.get(r - 1) == r - 2;
  }

  private void materialize(Node n) {
    if (!stored.contains(n)) add(segments(Set.of(n), List.of(n)));
  }

  private Segments segments(Set<Node> computed, List<Node> outputs) {
    Map<List<Dim>, List<Node>> byShape = new LinkedHashMap<>();
    for (Node o : outputs) byShape.computeIfAbsent(o.type().dims(), s -> new ArrayList<>()).add(o);
    List<Node> hoisted = new ArrayList<>();
    for (Node n : computed) if (n.type().rank() == 0) hoisted.add(n);
    return new Segments(computed, List.copyOf(byShape.values()), hoisted);
  }

  private void add(Launch l) {
    launches.add(l);
    stored.addAll(l.writes());
  }

  /** The nodes of a kernel that depend on {@code from}, itself included. */
  /** {@code from} and the nodes of {@code nodes} (in schedule order) that read it, directly or through each other. */
  public static Set<Node> downstream(Node from, List<Node> nodes) {
    Set<Node> out = new HashSet<>();
    out.add(from);
    for (Node n : nodes) for (Node in : n.inputs()) if (out.contains(in)) out.add(n);
    return out;
  }

  // ---- buffers

  /** The stored values a launch reads: found through the nodes it computes and those computed where they are read. */
  private Set<Node> reads(Launch l, Set<Node> storedBefore) {
    // In a fixed order: the order slots are freed in, and so which slot a later value takes.
    Set<Node> out = new LinkedHashSet<>();
    List<Node> stack = new ArrayList<>();
    Set<Node> computed = Set.of();
    if (l instanceof Segments s) {
      computed = s.computed();
      stack.addAll(s.writes());
    } else if (l instanceof Reduce r) {
      computed = r.computed();
      stack.addAll(r.writes());
      stack.addAll(r.reduces());
    } else if (l instanceof Matmul m) {
      return new LinkedHashSet<>(List.of(m.a(), m.b())); // a Gram matrix x @ x.T reads one buffer twice
    } else if (l instanceof Loop loop) {
      return new LinkedHashSet<>(loop.results().get(0).inputs());
    } else if (l instanceof Attention a) {
      computed = a.computed();
      stack.add(a.out());
    } else {
      return new LinkedHashSet<>(((Library) l).anchor().inputs());
    }
    Set<Node> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      if (!seen.add(n)) continue;
      if (!computed.contains(n) && storedBefore.contains(n)) {
        out.add(n);
      } else {
        stack.addAll(n.inputs());
      }
    }
    return out;
  }

  /** Slots: leaves have their own; a value's slot is free again after the last launch that reads it. */
  private void assignSlots() {
    Set<Node> have = new HashSet<>();
    for (Node n : Schedule.topological(roots)) {
      if (n.op() == Op.INPUT || n.op() == Op.PARAM || n.op() == Op.CONST) {
        int s = newSlot(n.type().elements(), integer(n.type()));
        slotOf.put(n, s);
        have.add(n);
        if (n.op() == Op.CONST) {
          double[] v = ((Attr.Data) n.attr()).values();
          float[] f = new float[v.length];
          // An integer constant's buffer holds each int's 32 bits, as an int buffer would.
          boolean ints = integer(n.type());
          for (int i = 0; i < f.length; i++) f[i] = ints ? Float.intBitsToFloat((int) v[i]) : (float) v[i];
          constants.put(s, f);
        } else {
          leafName.put(s, ((Attr.Leaf) n.attr()).name());
        }
      }
    }
    List<Set<Node>> reads = new ArrayList<>();
    Map<Node, Integer> last = new HashMap<>();
    Set<Node> storedSoFar = new HashSet<>(have);
    for (int i = 0; i < launches.size(); i++) {
      storedBefore.add(Set.copyOf(storedSoFar));
      Set<Node> r = reads(launches.get(i), storedSoFar);
      reads.add(r);
      for (Node n : r) last.put(n, i);
      storedSoFar.addAll(launches.get(i).writes());
    }
    for (Node r : roots) last.put(r, Integer.MAX_VALUE);
    Map<List<Object>, List<Integer>> free = new HashMap<>();
    Set<Node> handedOver = new HashSet<>();
    for (int i = 0; i < launches.size(); i++) {
      if (launches.get(i) instanceof Library lib && lib.anchor().op() == Op.SCATTER_ADD) {
        // Adding into a sum nothing else reads again: in place, in the sum's own buffer.
        Node sum = lib.anchor().input(0);
        Integer s = slotOf.get(sum);
        if (s != null && last.get(sum) == i && !leafName.containsKey(s) && !constants.containsKey(s)
            && !roots.contains(sum) && slotElements.get(s).equals(lib.anchor().type().elements())) {
          slotOf.put(lib.anchor(), s);
          handedOver.add(sum);
        }
      }
      for (Node w : launches.get(i).writes()) {
        if (slotOf.containsKey(w)) continue;
        List<Integer> pool = free.get(poolKey(w));
        int s = pool != null && !pool.isEmpty() ? pool.remove(pool.size() - 1) : newSlot(w.type().elements(), integer(w.type()));
        slotOf.put(w, s);
        if (!last.containsKey(w)) last.put(w, i); // written and never read again
      }
      for (Node w : launches.get(i).writes()) freeIfDead(w, i, last, free);
      for (Node r : reads.get(i)) if (!handedOver.contains(r)) freeIfDead(r, i, last, free);
    }
  }

  private void freeIfDead(Node n, int launch, Map<Node, Integer> last, Map<List<Object>, List<Integer>> free) {
    if (last.get(n) != launch || leafName.containsKey(slotOf.get(n)) || constants.containsKey(slotOf.get(n))) return;
    List<Integer> pool = free.computeIfAbsent(poolKey(n), k -> new ArrayList<>());
    if (!pool.contains(slotOf.get(n))) pool.add(slotOf.get(n));
  }

  /** Values share a freed slot when they have its size and its kind (integers or floats). */
  private static List<Object> poolKey(Node n) {
    return List.of(n.type().elements(), integer(n.type()));
  }

  private int newSlot(Dim elements, boolean integers) {
    slotElements.add(elements);
    slotIntegers.add(integers);
    return slotElements.size() - 1;
  }

  // ---- what the plan takes

  /** The bytes of the plan's own buffers (float32) as a formula of the sizes. */
  public Dim plannedBytes() {
    Dim total = Dim.of(0);
    for (int s = 0; s < slotElements.size(); s++) if (owned(s)) total = total.plus(slotElements.get(s).times(Dim.of(4)));
    return total;
  }

  /** The buffers the program allocates itself (the leaves are the caller's). */
  public int bufferCount() {
    int n = 0;
    for (int s = 0; s < slotElements.size(); s++) if (owned(s)) n++;
    return n;
  }

  /** One line per launch: what it is, the ops it computes and the shapes it writes. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < launches.size(); i++) {
      Launch l = launches.get(i);
      out.append("launch ").append(i).append(' ');
      Set<Node> computed = l instanceof Segments s ? s.computed() : l instanceof Reduce r ? r.computed() : Set.of();
      if (l instanceof Attention a) {
        out.append("attention (online softmax; the scores ").append(a.scores().type()).append(" not stored)");
      } else if (l instanceof Matmul m) {
        out.append("gemm").append(m.transA() ? " a'" : "").append(m.transB() ? " b'" : "");
      } else if (l instanceof Library lib) {
        out.append("runtime ").append(lib.anchor().op().word());
      } else if (l instanceof Loop loop) {
        out.append("loop of ").append(loop.results().size()).append(" results");
      } else {
        out.append(l instanceof Reduce ? "reduction:" : "elementwise:");
        for (Node n : computed) out.append(' ').append(n.op().word());
      }
      out.append(" ->");
      for (Node w : l.writes()) out.append(' ').append(w.type());
      out.append('\n');
    }
    return out.toString();
  }
}
