package dev.nnc.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.nnc.ir.Attr;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Indices;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Ix;
import dev.nnc.ir.Node;
import dev.nnc.kernel.Kernel;
import dev.nnc.kernel.Lowering;
import dev.nnc.kernel.Lowering.Storage;
import dev.nnc.ir.Op;
import dev.nnc.ir.Primitive;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes one kernel class: {@code run(buffers, dims, lo, hi)} as loops over iteration spaces
 * whose bodies compute the kernel's nodes for one element, straight-line, each value once (in
 * a local), with index arithmetic for every layout change and broadcast. An {@code i32} value
 * is an int local computed with int arithmetic, and its buffer's 32-bit cells hold the ints'
 * bits ({@link LaunchPlan#integer}); every other value is a float local, in float32 ({@code
 * bool} as 0 and 1).
 *
 * <p>A kernel is either a list of segments (an elementwise kernel has one; the optimizer's
 * update has one per parameter shape, laid end to end in one item range so both threads
 * share all of it) or a reduction, whose loops {@link ReductionLoops} writes with this writer's
 * values, indices and locals.
 */
final class KernelWriter {
  static final String KERNEL = "dev/nnc/runtime/jvm/Kernel";
  static final String FN = "dev/nnc/runtime/jvm/Fn";
  static final String VFN = "dev/nnc/runtime/jvm/VectorFn";
  static final String SUMS = "dev/nnc/runtime/jvm/Sums", VSUMS = "dev/nnc/runtime/jvm/VectorSums";
  private static final String RUN_DESC = "([[F[III)V";
  static final int BUFFERS = 1, DIMS = 2, LO = 3, HI = 4;

  record Key(Node node, List<Ix> idx) {}

  /**
   * A written kernel class and the buffer slots it reads and writes, in the order its code
   * names them: the code holds only their ordinals, so kernels that differ in nothing but
   * their buffers (the steps of an unrolled scan) are one class, compiled once by the JIT.
   */
  record Written(byte[] bytes, int[] slots) {}

  final Dims dims;
  final Storage storage;
  private final Map<Integer, Integer> ordinals = new java.util.LinkedHashMap<>();
  private String name;
  final Set<Node> computed;
  /**
   * In a vector loop's {@link #blocks block}: each function's number among the block's, and the
   * locals of the block array, the block's size and its first index.
   */
  private final Map<Node, Integer> inBlock = new HashMap<>();
  private int blockArray, blockSize, blockStart;
  MethodVisitor mv;
  private int nextLocal = 5;
  int loops;
  final Map<Integer, Integer> counters = new HashMap<>();
  final Indices indices;
  final Deque<Map<Object, Integer>> scopes = new ArrayDeque<>();
  /**
   * The index of the segment being written, from its counter, its shape, and the sizes that
   * must be whole multiples of the lanes for its vector loop to run, from a first element that
   * is one ({@link #rowRead row reads}: the last axis; {@link #uniformFrom uniform reads}: the
   * axes the value does not depend on). Empty when the vector loop reads nothing of the kind.
   */
  private List<Ix> canon = List.of();
  private Ix counter = Ix.ZERO;
  private List<Dim> segmentShape = List.of();
  private final Set<Ix> aligned = new java.util.LinkedHashSet<>();
  /** The values {@link #vectorizable} found uniform reads, their blocks' sizes in {@link #aligned}. */
  private final Set<Node> uniform = new java.util.HashSet<>();

  private KernelWriter(Dims dims, Storage storage, Set<Node> computed) {
    this.dims = dims;
    this.indices = new Indices(dims);
    this.storage = storage;
    this.computed = computed;
  }

  /**
   * An elementwise kernel: for each list of outputs of one shape, a loop that computes and
   * stores them; the segments share one item range, in order. {@code computed} are the nodes
   * the kernel computes rather than loads. Returns the class bytes and the item count.
   */
  static Written segments(String name, Dims dims, Storage storage, Set<Node> computed, List<List<Node>> segments,
      List<Node> hoisted) {
    KernelWriter w = new KernelWriter(dims, storage, computed);
    ClassWriter cw = w.begin(name);
    // One method a segment, or a group of its outputs where it has many (the optimizer's update
    // of every parameter of one shape), so each stays small enough for the JIT to compile it:
    // HotSpot leaves a method of over 8,000 bytes of bytecode to the interpreter, where the
    // Vector API runs a hundred times slower.
    Ix start = Ix.ZERO;
    int methods = 0;
    for (List<Node> segment : segments) {
      List<Dim> shape = segment.get(0).type().dims();
      Ix size = dims.ix(Dims.product(shape));
      Ix from = start;
      for (List<Node> outputs : groups(segment, computed, storage)) {
        w.method(cw, "segment" + methods++, () -> {
          // Values of rank 0 (the optimizer's step-dependent factors) are computed once, before the loop.
          for (Node n : hoisted) w.val(n, List.of());
          w.segment(from, size, shape, outputs);
        });
      }
      start = Ix.add(start, size);
    }
    int count = methods;
    w.method(cw, "run", () -> {
      for (int k = 0; k < count; k++) {
        w.mv.visitVarInsn(ALOAD, 0);
        w.mv.visitVarInsn(ALOAD, BUFFERS);
        w.mv.visitVarInsn(ALOAD, DIMS);
        w.mv.visitVarInsn(ILOAD, LO);
        w.mv.visitVarInsn(ILOAD, HI);
        w.mv.visitMethodInsn(INVOKEVIRTUAL, name, "segment" + k, RUN_DESC, false);
      }
    });
    return w.end(cw);
  }

  /** The most nodes a group of a segment's outputs computes, beyond which the outputs go to another method. */
  static final int GROUP_NODES = 64;

  /**
   * A segment's outputs in groups that each loop of their own may compute: outputs that share
   * a computed value that reads a stored value of rank above 0 (not a constant, nor a scalar
   * broadcast, which each group computes again), or where one reads a buffer another writes (an update
   * in place), stay in one group; groups that together compute at most {@link #GROUP_NODES}
   * nodes are packed into one, in the order of their first output.
   */
  static List<List<Node>> groups(List<Node> outputs, Set<Node> computed, Storage storage) {
    int n = outputs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<Node, Integer> owner = new HashMap<>();
    Map<Node, Boolean> invariant = new HashMap<>();
    Map<Integer, Integer> writer = new HashMap<>();
    List<Set<Integer>> reads = new ArrayList<>();
    int[] nodes = new int[n];
    for (int i = 0; i < n; i++) writer.put(storage.slot(outputs.get(i)), i);
    for (int i = 0; i < n; i++) {
      Set<Integer> read = new java.util.HashSet<>();
      Set<Node> seen = new java.util.HashSet<>();
      Deque<Node> stack = new ArrayDeque<>(List.of(outputs.get(i)));
      while (!stack.isEmpty()) {
        Node m = stack.pop();
        if (!seen.add(m)) continue;
        if (!computed.contains(m) && storage.slot(m) >= 0) {
          read.add(storage.slot(m));
          continue;
        }
        if (computed.contains(m) && m.type().rank() > 0) {
          nodes[i]++;
          Integer other = invariant(m, computed, storage, invariant) ? null : owner.putIfAbsent(m, i);
          if (other != null) union(parent, other, i);
        }
        for (Node in : m.inputs()) stack.push(in);
      }
      reads.add(read);
    }
    for (int i = 0; i < n; i++) {
      for (int slot : reads.get(i)) {
        Integer w = writer.get(slot);
        if (w != null && w != i) union(parent, w, i);
      }
    }
    Map<Integer, List<Node>> components = new java.util.LinkedHashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      components.computeIfAbsent(root, r -> new ArrayList<>()).add(outputs.get(i));
      sizes.merge(root, nodes[i], Integer::sum);
    }
    List<List<Node>> out = new ArrayList<>();
    List<Node> group = new ArrayList<>();
    int size = 0;
    for (Map.Entry<Integer, List<Node>> c : components.entrySet()) {
      int more = sizes.get(c.getKey());
      if (!group.isEmpty() && size + more > GROUP_NODES) {
        out.add(group);
        group = new ArrayList<>();
        size = 0;
      }
      group.addAll(c.getValue());
      size += more;
    }
    if (!group.isEmpty()) out.add(group);
    return out;
  }

  /** Whether a value reads no stored value but scalars: constants and scalars broadcast. */
  private static boolean invariant(Node n, Set<Node> computed, Storage storage, Map<Node, Boolean> memo) {
    Boolean known = memo.get(n);
    if (known != null) return known;
    boolean out;
    if (n.type().rank() == 0) out = true;
    else if (!computed.contains(n) && storage.slot(n) >= 0) out = false;
    else if (n.op() == Op.FILL) out = true;
    else if (n.inputs().isEmpty()) out = false; // an input, a parameter, a counter: read, not a constant
    else {
      out = true;
      for (Node in : n.inputs()) out &= invariant(in, computed, storage, memo);
    }
    memo.put(n, out);
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /**
   * A reduction kernel: items are the elements of the reduction's result. A reduction over
   * leading axes, or a sum of contiguous runs of a stored value, has loops of its own
   * ({@link ReductionLoops}); every other one, and several reductions of the same rows, are the
   * kernel IR's ({@link Lowering#reduction}) rendered by {@link JvmRender}.
   */
  static Written reduction(String name, Dims dims, Storage storage, Set<Node> computed, List<Node> reduces,
      List<Node> inner, List<Node> outer) {
    KernelWriter w = new KernelWriter(dims, storage, computed);
    ClassWriter cw = w.begin(name);
    if (reduces.size() == 1 && ReductionLoops.handles(reduces.get(0), inner, computed, storage)) {
      w.method(cw, "run", () -> new ReductionLoops(w).reduce(reduces.get(0), inner, outer));
    } else {
      Kernel k = Lowering.reduction(name, "", dims, storage, computed, reduces, inner, outer);
      w.method(cw, "run", () -> JvmRender.render(w, k));
    }
    return w.end(cw);
  }

  /** The class, with a field {@code slots} (its buffers' slots by ordinal) set by the constructor. */
  private ClassWriter begin(String name) {
    this.name = name;
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", new String[] {KERNEL});
    cw.visitField(ACC_PRIVATE | ACC_FINAL, "slots", "[I", null, null).visitEnd();
    MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "([I)V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitVarInsn(ALOAD, 0);
    init.visitVarInsn(ALOAD, 1);
    init.visitFieldInsn(PUTFIELD, name, "slots", "[I");
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    return cw;
  }

  /** A method with run's parameters; locals, loops and cached values start afresh in each. */
  private void method(ClassWriter cw, String method, Runnable body) {
    mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, method, RUN_DESC, null, null);
    mv.visitCode();
    nextLocal = 5;
    counters.clear();
    indices.clear();
    scopes.clear();
    scopes.push(new HashMap<>());
    body.run();
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private Written end(ClassWriter cw) {
    cw.visitEnd();
    int[] slots = new int[ordinals.size()];
    ordinals.forEach((slot, ordinal) -> slots[ordinal] = slot);
    return new Written(cw.toByteArray(), slots);
  }

  /** Pushes the buffer of a slot: buffers[slots[ordinal]]. */
  void pushBuffer(int slot) {
    int ordinal = ordinals.computeIfAbsent(slot, k -> ordinals.size());
    mv.visitVarInsn(ALOAD, BUFFERS);
    mv.visitVarInsn(ALOAD, 0);
    mv.visitFieldInsn(GETFIELD, name, "slots", "[I");
    pushInt(ordinal);
    mv.visitInsn(IALOAD);
    mv.visitInsn(AALOAD);
  }

  // ---- loops

  /** for (i = max(lo - start, 0); i < min(hi - start, size); i++) { compute and store outputs at i } */
  private void segment(Ix start, Ix size, List<Dim> shape, List<Node> outputs) {
    int loop = loops++;
    int i = newLocal(), end = newLocal();
    mv.visitVarInsn(ILOAD, LO);
    push(start);
    mv.visitInsn(ISUB);
    mv.visitInsn(ICONST_0);
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(II)I", false);
    mv.visitVarInsn(ISTORE, i);
    mv.visitVarInsn(ILOAD, HI);
    push(start);
    mv.visitInsn(ISUB);
    push(size);
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
    mv.visitVarInsn(ISTORE, end);
    counters.put(loop, i);
    List<Ix> canon = indices.canonical(new Ix.Counter(loop), shape);
    this.canon = canon;
    counter = new Ix.Counter(loop);
    segmentShape = shape;
    aligned.clear();
    uniform.clear();
    if (VECTOR && outputs.stream().allMatch(o -> vectorizable(o, shape))) vectorLoop(i, end, shape, outputs, loop);
    scalarLoop(i, end, loop, outputs);
  }

  /** for (; i < end; i++) { compute and store outputs at i } */
  private void scalarLoop(int i, int end, int loop, List<Node> outputs) {
    Label head = new Label(), done = new Label();
    mv.visitLabel(head);
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ILOAD, end);
    mv.visitJumpInsn(IF_ICMPGE, done);
    scopes.push(new HashMap<>());
    for (Node out : outputs) store(out, canon, new Ix.Counter(loop));
    scopes.pop();
    mv.visitIincInsn(i, 1);
    mv.visitJumpInsn(GOTO, head);
    mv.visitLabel(done);
  }

  // ---- the Vector API loop of an elementwise segment

  /** Whether the JVM runs with the Vector API: then plain arithmetic segments are written with it. */
  static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  private static final String FV = "jdk/incubator/vector/FloatVector", V = "Ljdk/incubator/vector/Vector;",
      FVD = "Ljdk/incubator/vector/FloatVector;", SPECIES = "Ljdk/incubator/vector/VectorSpecies;",
      MASK = "Ljdk/incubator/vector/VectorMask;", CMP = "Ljdk/incubator/vector/VectorOperators$Comparison;";

  /**
   * Whether a value of a segment of this shape can be computed a vector of elements at a time:
   * arithmetic, square roots, exp, log, tanh, sigmoid, erf, comparisons and selects over values read
   * at the loop's own index, constants and scalars. (Other transcendentals and index arithmetic
   * stay on the scalar loop.)
   */
  private boolean vectorizable(Node n, List<Dim> shape) {
    if (ints(n)) return false; // integer arithmetic stays on the scalar loop
    if (n.type().rank() == 0 || n.op() == Op.FILL) return true;
    if (!n.type().dims().equals(shape)) return false;
    if (!computed.contains(n) && storage.slot(n) >= 0) return true; // read at the loop's index
    if (n.op() == Op.DIV && !n.type().dtype().isFloat()) return false; // integer division truncates
    boolean lanewise = switch (n.op()) {
      case ADD, SUB, MUL, DIV, MAX, MIN, NEG, SQRT, ABS, EXP, LOG, TANH, SIGMOID, ERF, STOP_GRADIENT, LT, LE, GT, GE, EQ, NE, SELECT,
          RESHAPE, BROADCAST ->
          n.inputs().stream().allMatch(x -> vectorizable(x, shape) && (x.type().rank() == 0 || x.type().dims().equals(shape)));
      case CAST -> ((Attr.Cast) n.attr()).to().isFloat() && n.input(0).type().dtype().isFloat() && vectorizable(n.input(0), shape);
      default -> false;
    };
    if (lanewise) return true;
    if (flatRead(n) != null) return true;
    RowRead row;
    if ((n.op() == Op.SLICE || n.op() == Op.BROADCAST || n.op() == Op.RESHAPE || n.op() == Op.TRANSPOSE) && (row = rowRead(n)) != null) {
      aligned.add(row.run() != null ? row.run() : dims.ix(shape.get(shape.size() - 1)));
      return true;
    }
    if (gatherRead(n)) { // whole vectors in a row
      aligned.add(dims.ix(shape.get(shape.size() - 1)));
      return true;
    }
    if (padRead(n)) { // whole vectors in or out of the padded run: the rows, the margin before and the run
      aligned.add(dims.ix(shape.get(shape.size() - 1)));
      aligned.add(dims.ix(((Attr.Pad) n.attr()).before()));
      aligned.add(dims.ix(n.input(0).type().dim(shape.size() - 1)));
      return true;
    }
    int from = uniformFrom(n);
    if (from >= 0) {
      aligned.add(dims.ix(Dims.product(shape.subList(from, shape.size()))));
      uniform.add(n);
      return true;
    }
    return false;
  }

  /**
   * For a read-through value (a reshape, a flatten's gradient) of a stored float value whose
   * element at the segment's index is the stored value's element at the same flat index: the
   * stored value, read a vector at a time at the loop's counter. Null for any other value.
   */
  private Node flatRead(Node n) {
    if (canon.isEmpty() || !Indices.readsThrough(n) || !n.type().dims().equals(segmentShape)) return null;
    List<Ix> idx = canon;
    Node m = n;
    while (computed.contains(m) || storage.slot(m) < 0) {
      if (!Indices.readsThrough(m)) return null;
      idx = indices.ofInput(m, idx);
      m = m.input(0);
    }
    return m != n && !ints(m) && indices.ravel(idx, m.type().dims()).equals(counter) ? m : null;
  }

  /**
   * For a read-through value (slice, broadcast, reshape, transpose, stop-gradient) of a stored
   * float value whose element at the segment's index does not depend on the index on the
   * segment's last axes: the first of those axes (a bias of [C] broadcast over [B, C, H, W]
   * depends on axis 1 only: 2). A vector whose lanes stay within one block of those axes reads
   * one element, broadcast to every lane. -1 for any other value, or one that depends on the
   * last axis.
   */
  private int uniformFrom(Node n) {
    int rank = segmentShape.size();
    if (rank == 0 || !Indices.readsThrough(n) || !n.type().dims().equals(segmentShape)) return -1;
    // Each axis's index as a counter of its own (negative: no loop has it), to see which the read depends on.
    List<Ix> idx = new ArrayList<>();
    for (int k = 0; k < rank; k++) idx.add(new Ix.Counter(-1 - k));
    Node m = n;
    while (computed.contains(m) || storage.slot(m) < 0) {
      if (!Indices.readsThrough(m)) return -1;
      idx = indices.ofInput(m, idx);
      m = m.input(0);
    }
    if (m == n || ints(m)) return -1;
    int from = 0;
    for (Ix e : idx) from = Math.max(from, deepestAxis(e) + 1);
    return from < rank ? from : -1;
  }

  /** The largest axis whose placeholder counter ({@link #uniformFrom}) an index reads, or -1. */
  private static int deepestAxis(Ix e) {
    if (e instanceof Ix.Counter c) return c.loop() < 0 ? -1 - c.loop() : Integer.MAX_VALUE - 1;
    if (e instanceof Ix.Bin b) return Math.max(deepestAxis(b.a()), deepestAxis(b.b()));
    if (e instanceof Ix.Read) return Integer.MAX_VALUE - 1;
    return -1;
  }

  /**
   * Whether n pads a stored float value along the segment's last axis (the gradient of one
   * slice of an LSTM's gates, four of them added): with the rows, the margin before and the
   * padded run whole vectors, a vector lies wholly in the run, read from the value, or wholly
   * outside it, the padding value.
   */
  private boolean padRead(Node n) {
    if (n.op() != Op.PAD || canon.isEmpty()) return false;
    Node x = n.input(0);
    int last = n.type().rank() - 1;
    return ((Attr.Pad) n.attr()).axis() == last && !computed.contains(x) && storage.slot(x) >= 0 && !ints(x)
        && n.type().dims().equals(segmentShape);
  }

  /** The vector of a {@link #padRead pad read} at the loop's index: the value's, or the padding value in every lane. */
  private int padVector(Node n) {
    Attr.Pad p = (Attr.Pad) n.attr();
    Node x = n.input(0);
    int last = canon.size() - 1;
    // Every index before the jump, as in pad: a local cached on one path would be unset on the other.
    Ix at = Ix.sub(canon.get(last), dims.ix(p.before()));
    List<Ix> in = new ArrayList<>(canon);
    in.set(last, at);
    int pos = newLocal(), size = newLocal(), from = newLocal(), out = newLocal();
    push(at);
    mv.visitVarInsn(ISTORE, pos);
    push(dims.ix(x.type().dim(last)));
    mv.visitVarInsn(ISTORE, size);
    push(indices.ravel(in, x.type().dims()));
    mv.visitVarInsn(ISTORE, from);
    int fill = broadcast((float) p.value());
    Label outside = new Label(), join = new Label();
    mv.visitVarInsn(ILOAD, pos);
    mv.visitJumpInsn(IFLT, outside);
    mv.visitVarInsn(ILOAD, pos);
    mv.visitVarInsn(ILOAD, size);
    mv.visitJumpInsn(IF_ICMPGE, outside);
    mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
    pushBuffer(storage.slot(x));
    mv.visitVarInsn(ILOAD, from);
    mv.visitMethodInsn(INVOKESTATIC, FV, "fromArray", "(" + SPECIES + "[FI)" + FVD, false);
    mv.visitVarInsn(ASTORE, out);
    mv.visitJumpInsn(GOTO, join);
    mv.visitLabel(outside);
    mv.visitVarInsn(ALOAD, fill);
    mv.visitVarInsn(ASTORE, out);
    mv.visitLabel(join);
    return out;
  }

  /**
   * A stored value and the index of it that a read-through value's element at the loop's index
   * reads; {@code run}, when not null, the size of the runs of the loop's last axis that are
   * consecutive there (else the whole row).
   */
  private record RowRead(Node source, List<Ix> idx, Ix run) {}

  /**
   * For a slice, broadcast or transpose (through any of them, stop-gradients and reshapes) of a stored value, read
   * so that the loop's last axis runs along the stored value's last axis, one element per
   * element (a slice of the gates of an LSTM, a bias broadcast over rows, one time step's row
   * block of a sequence, its time axis dropped, attention's heads moved before the positions): the stored value and
   * its index. The lanes of a vector that stay in one row of the loop's shape are then
   * consecutive floats of the stored value. Null for any other value.
   */
  private RowRead rowRead(Node n) {
    if (canon.isEmpty()) return null;
    Ix j = canon.get(canon.size() - 1);
    if (j.equals(Ix.ZERO)) return null;
    List<Ix> idx = canon;
    Node m = n;
    while (computed.contains(m) || storage.slot(m) < 0) {
      if (m.op() != Op.SLICE && m.op() != Op.BROADCAST && m.op() != Op.STOP_GRADIENT && m.op() != Op.RESHAPE
          && m.op() != Op.TRANSPOSE) return null;
      idx = indices.ofInput(m, idx);
      m = m.input(0);
    }
    if (m == n || ints(m) || idx.isEmpty()) return null;
    Ix last = idx.get(idx.size() - 1);
    boolean along = last.equals(j) || last instanceof Ix.Bin b && b.op() == '+'
        && (b.a().equals(j) && rowConstant(b.b(), null) || b.b().equals(j) && rowConstant(b.a(), null));
    if (along) return new RowRead(m, idx, null);
    // Runs of c: the last index j % c, the others the same along each run (a [B, 4, T, 32] read
    // as [B, T, 128]: [b, j / 32, t, j % 32]).
    if (last instanceof Ix.Bin b && b.op() == '%' && b.a().equals(j) && b.b() instanceof Ix.Lit c
        && idx.subList(0, idx.size() - 1).stream().allMatch(x -> rowConstant(x, c))) {
      return new RowRead(m, idx, c);
    }
    return null;
  }

  /**
   * Whether an index is the same for every element of a row of the loop's shape, or with
   * {@code run} for every element of each run of that many along the row: made of constants,
   * sizes, the loop's indices on the axes before the last (a head's offset h * 32 in a row of
   * [B, T, 4, 32] read through a transpose) and, with runs, the last one's run (j / run).
   */
  private boolean rowConstant(Ix x, Ix.Lit run) {
    if (canon.subList(0, canon.size() - 1).contains(x)) return true;
    if (run != null && x.equals(Ix.div(canon.get(canon.size() - 1), run))) return true;
    if (x instanceof Ix.Bin b) return rowConstant(b.a(), run) && rowConstant(b.b(), run);
    return x instanceof Ix.Lit || x instanceof Ix.Size;
  }

  /**
   * for (; i < end - (end - i) % lanes; i += lanes) { the outputs, a vector at a time }. The
   * scalar loop after it finishes the tail. With {@link #rowRead row reads}, a vector must not
   * cross a row: the loop runs only when the last axis's size is a multiple of the lanes, from
   * the first multiple of the lanes, the scalar loop computing the elements before it. Lanewise float arithmetic, square root, max and
   * min round as the scalar code does, and {@code VectorFn}'s exp, log, tanh, sigmoid and erf are
   * the operations of {@code Fn}'s, so both loops give the same bits.
   */
  private void vectorLoop(int i, int end, List<Dim> shape, List<Node> outputs, int loop) {
    // Scalars computed once before the loop, and broadcast in its body: the JIT hoists a broadcast
    // into a register, where a vector made before the loop and live across it is an object it
    // allocates at every call.
    Map<Node, Integer> scalars = new java.util.LinkedHashMap<>();
    for (Node o : outputs) scalars(o, shape, scalars, new java.util.HashSet<>());
    int vend = newLocal(), lanes = newLocal();
    mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
    mv.visitMethodInsn(INVOKEINTERFACE, "jdk/incubator/vector/VectorSpecies", "length", "()I", true);
    mv.visitVarInsn(ISTORE, lanes);
    if (!aligned.isEmpty()) {
      // the elements before the first multiple of the lanes: pend = min(end, i + (lanes - i % lanes) % lanes)
      int pend = newLocal();
      mv.visitVarInsn(ILOAD, i);
      mv.visitVarInsn(ILOAD, lanes);
      mv.visitVarInsn(ILOAD, i);
      mv.visitVarInsn(ILOAD, lanes);
      mv.visitInsn(IREM);
      mv.visitInsn(ISUB);
      mv.visitVarInsn(ILOAD, lanes);
      mv.visitInsn(IREM);
      mv.visitInsn(IADD);
      mv.visitVarInsn(ILOAD, end);
      mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
      mv.visitVarInsn(ISTORE, pend);
      scalarLoop(i, pend, loop, outputs);
    }
    mv.visitVarInsn(ILOAD, end);
    mv.visitVarInsn(ILOAD, end);
    mv.visitVarInsn(ILOAD, i);
    mv.visitInsn(ISUB);
    mv.visitVarInsn(ILOAD, lanes);
    mv.visitInsn(IREM);
    mv.visitInsn(ISUB);
    mv.visitVarInsn(ISTORE, vend);
    for (Ix size : aligned) { // no vector loop unless the rows (or blocks) are whole vectors
      Label whole = new Label();
      push(size);
      mv.visitVarInsn(ILOAD, lanes);
      mv.visitInsn(IREM);
      mv.visitJumpInsn(IFEQ, whole);
      mv.visitVarInsn(ILOAD, i);
      mv.visitVarInsn(ISTORE, vend);
      mv.visitLabel(whole);
    }
    List<Node> fns = new ArrayList<>();
    Set<Node> seen = new java.util.HashSet<>();
    for (Node o : outputs) vectorFns(o, seen, fns);
    if (fns.isEmpty()) {
      lanesLoop(i, vend, lanes, () -> storeOutputs(outputs, i, scalars));
    } else {
      blocks(i, vend, lanes, loop, outputs, fns, scalars);
    }
  }

  /** for (; j < end; j += lanes) body, the body in a scope of its own. */
  private void lanesLoop(int j, int end, int lanes, Runnable body) {
    Label head = new Label(), done = new Label();
    mv.visitLabel(head);
    mv.visitVarInsn(ILOAD, j);
    mv.visitVarInsn(ILOAD, end);
    mv.visitJumpInsn(IF_ICMPGE, done);
    scopes.push(new HashMap<>());
    body.run();
    scopes.pop();
    mv.visitVarInsn(ILOAD, j);
    mv.visitVarInsn(ILOAD, lanes);
    mv.visitInsn(IADD);
    mv.visitVarInsn(ISTORE, j);
    mv.visitJumpInsn(GOTO, head);
    mv.visitLabel(done);
  }

  /** The outputs' vectors at lanes [i, i + lanes), stored. */
  private void storeOutputs(List<Node> outputs, int i, Map<Node, Integer> scalars) {
    Map<Node, Integer> body = broadcasts(scalars);
    int zero = broadcast(0f), one = broadcast(1f);
    for (Node o : outputs) {
      int v = vec(o, i, body, zero, one);
      mv.visitVarInsn(ALOAD, v);
      pushBuffer(storage.slot(o));
      mv.visitVarInsn(ILOAD, i);
      mv.visitMethodInsn(INVOKEVIRTUAL, FV, "intoArray", "([FI)V", false);
    }
  }

  /** The vectors of a vector loop's scalars and constants, broadcast in its body. */
  private Map<Node, Integer> broadcasts(Map<Node, Integer> scalars) {
    Map<Node, Integer> body = new HashMap<>();
    for (Map.Entry<Node, Integer> s : scalars.entrySet()) {
      Node n = s.getKey();
      body.put(n, n.op() == Op.FILL ? broadcast((float) ((Attr.Fill) n.attr()).value()) : broadcastLocal(s.getValue()));
    }
    return body;
  }

  /**
   * The vector loop of outputs that call {@code VectorFn}'s functions, in blocks of
   * {@value #BLOCK_VECTORS} vectors: for each function in turn, a loop stores its argument's
   * vectors over the block in its part of the thread's block array ({@code VectorFn.blocks},
   * allocated once) and one call replaces them by their function; then a loop computes the
   * outputs, reading each function's values from its part. The functions are computed only
   * here ({@link #vec} has no case for them).
   *
   * <p>Why not one loop: HotSpot's C2 stops inlining ordinary methods once the method it
   * compiles has about 18,000 nodes ({@code NodeCountInliningCutoff}, fixed in a product JVM),
   * and one sigmoid made of Vector API operations comes near that. In one loop, the functions
   * after the first are calls that pass and return each {@code FloatVector} as a heap object
   * and run the Vector API's scalar fallback: an LSTM's gate kernel (three sigmoids, two tanh)
   * ran at less than half this speed. A call on a float array boxes nothing, and one a block
   * costs little, inlined or not. What the functions' arguments share (loads, products) is
   * computed again in each loop: a few operations against a function's thirty.
   */
  private void blocks(int i, int vend, int lanes, int loop, List<Node> outputs, List<Node> fns, Map<Node, Integer> scalars) {
    int block = newLocal(), to = newLocal(), j = newLocal();
    mv.visitVarInsn(ILOAD, lanes);
    pushInt(BLOCK_VECTORS);
    mv.visitInsn(IMUL);
    mv.visitVarInsn(ISTORE, block);
    // the thread's float[functions * block]: function k's values at [k * block, (k + 1) * block)
    mv.visitVarInsn(ILOAD, block);
    pushInt(fns.size());
    mv.visitInsn(IMUL);
    mv.visitMethodInsn(INVOKESTATIC, VFN, "blocks", "(I)[F", false);
    blockArray = objectLocal();
    blockSize = block;
    Label head = new Label(), done = new Label();
    mv.visitLabel(head);
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ILOAD, vend);
    mv.visitJumpInsn(IF_ICMPGE, done);
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ILOAD, block);
    mv.visitInsn(IADD);
    mv.visitVarInsn(ILOAD, vend);
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
    mv.visitVarInsn(ISTORE, to);
    counters.put(loop, j);
    blockStart = i;
    for (int k = 0; k < fns.size(); k++) {
      Node fn = fns.get(k);
      int at = k;
      mv.visitVarInsn(ILOAD, i);
      mv.visitVarInsn(ISTORE, j);
      lanesLoop(j, to, lanes, () -> {
        Map<Node, Integer> body = broadcasts(scalars);
        mv.visitVarInsn(ALOAD, vec(fn.input(0), j, body, broadcast(0f), broadcast(1f)));
        mv.visitVarInsn(ALOAD, blockArray);
        pushBlockIndex(at, j);
        mv.visitMethodInsn(INVOKEVIRTUAL, FV, "intoArray", "([FI)V", false);
      });
      pushInt(VECTOR_FN.indexOf(fn.op()));
      mv.visitVarInsn(ALOAD, blockArray);
      pushBlockIndex(at, i);
      mv.visitVarInsn(ILOAD, to);
      mv.visitVarInsn(ILOAD, i);
      mv.visitInsn(ISUB);
      mv.visitMethodInsn(INVOKESTATIC, VFN, "apply", "(I[FII)V", false);
      inBlock.put(fn, k);
    }
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ISTORE, j);
    lanesLoop(j, to, lanes, () -> storeOutputs(outputs, j, scalars));
    inBlock.clear();
    counters.put(loop, i);
    mv.visitVarInsn(ILOAD, to);
    mv.visitVarInsn(ISTORE, i);
    mv.visitJumpInsn(GOTO, head);
    mv.visitLabel(done);
  }

  /** Pushes function k's index in the block array for the loop's index at: k * block + at - blockStart. */
  private void pushBlockIndex(int k, int at) {
    mv.visitVarInsn(ILOAD, blockSize);
    pushInt(k);
    mv.visitInsn(IMUL);
    mv.visitVarInsn(ILOAD, at);
    mv.visitInsn(IADD);
    mv.visitVarInsn(ILOAD, blockStart);
    mv.visitInsn(ISUB);
  }

  /** Vectors in a block of {@link #blocks}. */
  private static final int BLOCK_VECTORS = 64;

  /**
   * The nodes with a {@code VectorFn} function that the vector loop computes n with, each after
   * those its argument reads: the nodes {@link #vec} reaches through its switch.
   */
  private void vectorFns(Node n, Set<Node> seen, List<Node> fns) {
    if (!seen.add(n) || n.type().rank() == 0 || n.op() == Op.FILL || vectorLeaf(n)) return; // scalars are computed before the loop
    for (Node x : n.inputs()) vectorFns(x, seen, fns);
    if (VECTOR_FN.contains(n.op())) fns.add(n);
  }

  /** The ops of VectorFn's functions, in the order of its numbers (VectorFn.EXP ...). */
  private static final List<Op> VECTOR_FN = List.of(Op.EXP, Op.LOG, Op.TANH, Op.SIGMOID, Op.ERF);

  /**
   * An elementwise kernel's cost per item, in the units of {@code Host.launch}: 1, the cost of
   * loading, computing and storing a few values at memory speed, and 8 more for each exp, log,
   * tanh, sigmoid or erf (about thirty vector operations, 2 ns an element on one core). An
   * LSTM's gate kernel over [128, 128] has five: at cost 1 it ran on one thread.
   */
  static int cost(Set<Node> computed, int segments) {
    long fns = computed.stream().filter(n -> VECTOR_FN.contains(n.op())).count();
    return 1 + (int) ((8 * fns + segments - 1) / segments);
  }

  /**
   * The scalars (rank 0) and constants an output reads: a scalar computed into a float local
   * before the loop (its local in {@code scalars}), a constant by its value (-1).
   */
  private void scalars(Node n, List<Dim> shape, Map<Node, Integer> scalars, Set<Node> seen) {
    if (!seen.add(n) || scalars.containsKey(n)) return;
    if (n.type().rank() == 0 || n.op() == Op.FILL) {
      if (ints(n)) val(n, List.of()); // a gather's index: an int local the loop's reads use, never a vector
      else scalars.put(n, n.op() == Op.FILL ? -1 : val(n, List.of()));
      return;
    }
    if (!computed.contains(n) && storage.slot(n) >= 0) return;
    for (Node x : n.inputs()) scalars(x, shape, scalars, seen);
  }

  /**
   * Whether n gathers rows of a stored float value at one index along an axis before the last
   * (an RNN's input at step t: xs[:, t, :]): a vector is then a run of the value's last axis.
   */
  private boolean gatherRead(Node n) {
    if (n.op() != Op.GATHER || canon.isEmpty() || !n.type().dims().equals(segmentShape)) return false;
    Node x = n.input(0), at = n.input(1);
    return at.type().rank() == 0 && ((Attr.Axis) n.attr()).axis() < n.type().rank() - 1
        && !computed.contains(x) && storage.slot(x) >= 0 && !ints(x);
  }

  /** The vector of a {@link #gatherRead gather read} at the loop's index. */
  private int gatherVector(Node n) {
    int axis = ((Attr.Axis) n.attr()).axis();
    List<Ix> in = new ArrayList<>(canon.subList(0, axis));
    in.add(new Ix.Read(checkedIndex(val(n.input(1), List.of()), n.input(0).type().dim(axis))));
    in.addAll(canon.subList(axis, canon.size()));
    mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
    pushBuffer(storage.slot(n.input(0)));
    push(indices.ravel(in, n.input(0).type().dims()));
    mv.visitMethodInsn(INVOKESTATIC, FV, "fromArray", "(" + SPECIES + "[FI)" + FVD, false);
    return objectLocal();
  }

  /** A local holding the int index in local {@code pick}, checked to lie in [0, size) ({@code Fn.index}). */
  private int checkedIndex(int pick, Dim size) {
    mv.visitVarInsn(ILOAD, pick);
    push(dims.ix(size));
    mv.visitMethodInsn(INVOKESTATIC, "dev/nnc/runtime/jvm/Fn", "index", "(II)I", false);
    int out = newLocal();
    mv.visitVarInsn(ISTORE, out);
    return out;
  }

  /** A vector of the float in local {@code s} in every lane. */
  private int broadcastLocal(int s) {
    mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
    mv.visitVarInsn(FLOAD, s);
    mv.visitMethodInsn(INVOKESTATIC, FV, "broadcast", "(" + SPECIES + "F)" + FVD, false);
    return objectLocal();
  }

  private int broadcast(float value) {
    mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
    mv.visitLdcInsn(value);
    mv.visitMethodInsn(INVOKESTATIC, FV, "broadcast", "(" + SPECIES + "F)" + FVD, false);
    return objectLocal();
  }

  private int objectLocal() {
    int l = newLocal();
    mv.visitVarInsn(ASTORE, l);
    return l;
  }

  /** Whether n changes its input's shape by a slice, broadcast or reshape, or moves its axes. */
  private static boolean reshapes(Node n) {
    return n.op() == Op.TRANSPOSE || (n.op() == Op.SLICE || n.op() == Op.BROADCAST && n.input(0).type().rank() > 0 || n.op() == Op.RESHAPE)
        && !n.input(0).type().dims().equals(n.type().dims());
  }

  /** Whether {@link #vec} loads n's vector, or broadcasts it, rather than computing it from its inputs. */
  private boolean vectorLeaf(Node n) {
    return !computed.contains(n) && storage.slot(n) >= 0 || flatRead(n) != null || reshapes(n) && rowRead(n) != null
        || padRead(n) || gatherRead(n) || uniform.contains(n);
  }

  /** The local holding node n's vector at lanes [i, i + lanes). */
  private int vec(Node n, int i, Map<Node, Integer> done, int zero, int one) {
    Integer hit = done.get(n);
    if (hit != null) return hit;
    int out;
    RowRead row;
    Node flat = null;
    Integer fn = inBlock.get(n);
    if (fn != null) { // a function's value from the block array
      mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
      mv.visitVarInsn(ALOAD, blockArray);
      pushBlockIndex(fn, i);
      mv.visitMethodInsn(INVOKESTATIC, FV, "fromArray", "(" + SPECIES + "[FI)" + FVD, false);
      out = objectLocal();
    } else if (!computed.contains(n) && storage.slot(n) >= 0 || (flat = flatRead(n)) != null) {
      mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
      pushBuffer(storage.slot(flat != null ? flat : n));
      mv.visitVarInsn(ILOAD, i);
      mv.visitMethodInsn(INVOKESTATIC, FV, "fromArray", "(" + SPECIES + "[FI)" + FVD, false);
      out = objectLocal();
    } else if (reshapes(n) && (row = rowRead(n)) != null) {
      mv.visitFieldInsn(GETSTATIC, FV, "SPECIES_PREFERRED", SPECIES);
      pushBuffer(storage.slot(row.source()));
      push(indices.ravel(row.idx(), row.source().type().dims()));
      mv.visitMethodInsn(INVOKESTATIC, FV, "fromArray", "(" + SPECIES + "[FI)" + FVD, false);
      out = objectLocal();
    } else if (padRead(n)) {
      out = padVector(n);
    } else if (gatherRead(n)) {
      out = gatherVector(n);
    } else if (uniform.contains(n)) { // one element for all the lanes: computed at the first lane's index
      out = broadcastLocal(val(n, canon));
    } else {
      switch (n.op()) {
        case RESHAPE, BROADCAST, STOP_GRADIENT, CAST -> out = vec(n.input(0), i, done, zero, one);
        case NEG, SQRT, ABS -> {
          mv.visitVarInsn(ALOAD, vec(n.input(0), i, done, zero, one));
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, n.op().word(), "()" + FVD, false);
          out = objectLocal();
        }
        case ADD, SUB, MUL, DIV, MAX, MIN -> {
          int a = vec(n.input(0), i, done, zero, one), b = vec(n.input(1), i, done, zero, one);
          mv.visitVarInsn(ALOAD, a);
          mv.visitVarInsn(ALOAD, b);
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, n.op().word(), "(" + V + ")" + FVD, false);
          out = objectLocal();
        }
        case LT, LE, GT, GE, EQ, NE -> { // a 0/1 vector, as bools are stored
          int a = vec(n.input(0), i, done, zero, one), b = vec(n.input(1), i, done, zero, one);
          mv.visitVarInsn(ALOAD, zero);
          mv.visitVarInsn(ALOAD, one);
          mv.visitVarInsn(ALOAD, a);
          mv.visitFieldInsn(GETSTATIC, "jdk/incubator/vector/VectorOperators", n.op().name(), CMP);
          mv.visitVarInsn(ALOAD, b);
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, "compare", "(" + CMP + V + ")" + MASK, false);
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, "blend", "(" + V + MASK + ")" + FVD, false);
          out = objectLocal();
        }
        case SELECT -> { // b where c is 0, else a
          int c = vec(n.input(0), i, done, zero, one), a = vec(n.input(1), i, done, zero, one), b = vec(n.input(2), i, done, zero, one);
          mv.visitVarInsn(ALOAD, b);
          mv.visitVarInsn(ALOAD, a);
          mv.visitVarInsn(ALOAD, c);
          mv.visitFieldInsn(GETSTATIC, "jdk/incubator/vector/VectorOperators", "NE", CMP);
          mv.visitVarInsn(ALOAD, zero);
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, "compare", "(" + CMP + V + ")" + MASK, false);
          mv.visitMethodInsn(INVOKEVIRTUAL, FV, "blend", "(" + V + MASK + ")" + FVD, false);
          out = objectLocal();
        }
        default -> throw new IllegalStateException("no vector form of " + n.op().word());
      }
    }
    done.put(n, out);
    return out;
  }

  void store(Node n, List<Ix> idx, Ix flat) {
    int v = val(n, idx);
    pushBuffer(storage.slot(n));
    push(flat);
    if (ints(n)) {
      mv.visitVarInsn(ILOAD, v);
      mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
    } else {
      mv.visitVarInsn(FLOAD, v);
    }
    mv.visitInsn(FASTORE);
  }

  /** Whether node n's values are ints (an int local, a buffer of ints' bits). */
  static boolean ints(Node n) {
    return LaunchPlan.integer(n.type());
  }

  /** Loads a local of n's kind. */
  private void loadLocal(Node n, int local) {
    mv.visitVarInsn(ints(n) ? ILOAD : FLOAD, local);
  }

  /** Stores the value on the stack, of n's kind, in a new local. */
  private int fresh(Node n) {
    int l = newLocal();
    mv.visitVarInsn(ints(n) ? ISTORE : FSTORE, l);
    return l;
  }

  // ---- index arithmetic (Indices)

  /** Pushes an index, computing each compound expression once per scope. */
  void push(Ix e) {
    if (e instanceof Ix.Lit l) {
      pushInt(l.value());
    } else if (e instanceof Ix.Counter c) {
      mv.visitVarInsn(ILOAD, counters.get(c.loop()));
    } else if (e instanceof Ix.Read r) {
      mv.visitVarInsn(ILOAD, r.local()); // an index is an i32 value: an int local
    } else if (e instanceof Ix.Size s) {
      mv.visitVarInsn(ILOAD, local(e, () -> {
        mv.visitVarInsn(ALOAD, DIMS);
        pushInt(s.slot());
        mv.visitInsn(IALOAD);
      }));
    } else {
      Ix.Bin b = (Ix.Bin) e;
      mv.visitVarInsn(ILOAD, local(e, () -> {
        push(b.a());
        push(b.b());
        mv.visitInsn(switch (b.op()) {
          case '+' -> IADD;
          case '-' -> ISUB;
          case '*' -> IMUL;
          case '/' -> IDIV;
          default -> IREM;
        });
      }));
    }
  }

  /** The local an int expression is kept in, computing it into a new one the first time in this scope. */
  private int local(Ix e, Runnable compute) {
    Integer hit = lookup(e);
    if (hit != null) return hit;
    compute.run();
    int l = newLocal();
    mv.visitVarInsn(ISTORE, l);
    scopes.peek().put(e, l);
    return l;
  }

  void pushInt(int v) {
    if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
    else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
    else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
    else mv.visitLdcInsn(v);
  }

  // ---- values

  /** The local holding node n's value at index idx, computing it (and what it reads) the first time. */
  int val(Node n, List<Ix> idx) {
    Key key = new Key(n, idx);
    Integer hit = lookup(key);
    if (hit != null) return hit;
    int slot = computed.contains(n) ? -1 : storage.slot(n);
    int out = slot >= 0 ? load(slot, idx, n) : compute(n, idx);
    scopes.peek().put(key, out);
    return out;
  }

  private Integer lookup(Object key) {
    for (Map<Object, Integer> s : scopes) {
      Integer l = s.get(key);
      if (l != null) return l;
    }
    return null;
  }

  private int load(int slot, List<Ix> idx, Node n) {
    pushBuffer(slot);
    push(indices.ravel(idx, n.type().dims()));
    mv.visitInsn(FALOAD);
    if (ints(n)) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
    return fresh(n);
  }

  private int compute(Node n, List<Ix> idx) {
    Op op = n.op();
    switch (op) {
      case FILL -> {
        double value = ((Attr.Fill) n.attr()).value();
        if (ints(n)) pushInt((int) value);
        else mv.visitLdcInsn((float) value);
        return fresh(n);
      }
      case SIZE -> {
        push(dims.ix(((Attr.Size) n.attr()).size()));
        if (!ints(n)) mv.visitInsn(I2F);
        return fresh(n);
      }
      case IOTA -> {
        push(idx.get(((Attr.Iota) n.attr()).axis()));
        if (!ints(n)) mv.visitInsn(I2F);
        return fresh(n);
      }
      case STOP_GRADIENT, RESHAPE, TRANSPOSE, BROADCAST, SLICE -> {
        return val(n.input(0), indices.ofInput(n, idx));
      }
      case PAD -> {
        return pad(n, idx);
      }
      case RANDOM -> {
        // Counter-based: a pure function of the step and the element's row-major index.
        Attr.Rng r = (Attr.Rng) n.attr();
        int step = val(n.input(0), List.of());
        int seed = n.inputs().size() > 1 ? val(n.input(1), List.of()) : -1;
        mv.visitInsn(r.kind() == Attr.Rng.Kind.NORMAL ? ICONST_1 : ICONST_0);
        mv.visitLdcInsn(r.seed());
        if (seed >= 0) {
          // A run-time seed, added to the attribute's (Philox keeps the low 32 bits).
          loadLocal(n.input(1), seed);
          if (!ints(n.input(1))) mv.visitInsn(F2I);
          mv.visitInsn(I2L);
          mv.visitInsn(LADD);
        }
        mv.visitLdcInsn(r.stream());
        loadLocal(n.input(0), step);
        if (ints(n.input(0))) mv.visitInsn(I2F);
        push(indices.ravel(idx, n.type().dims()));
        mv.visitMethodInsn(INVOKESTATIC, "dev/nnc/runtime/Philox", "sampleF32", "(ZJJFI)F", false);
        return fresh();
      }
      case GATHER -> {
        // x's axis replaced by idx's axes: the element of x at the index idx holds there.
        int axis = ((Attr.Axis) n.attr()).axis(), k = n.input(1).type().rank();
        int pick = checkedIndex(val(n.input(1), idx.subList(axis, axis + k)), n.input(0).type().dim(axis));
        List<Ix> in = new ArrayList<>(idx.subList(0, axis));
        in.add(new Ix.Read(pick));
        in.addAll(idx.subList(axis + k, idx.size()));
        return val(n.input(0), in);
      }
      case CONCAT -> {
        return concat(n, idx);
      }
      case CAST -> {
        DType to = ((Attr.Cast) n.attr()).to();
        int x = val(n.input(0), idx);
        boolean from = ints(n.input(0));
        if (from == ints(n) && to != DType.BOOL) return x; // float to float, int to int
        loadLocal(n.input(0), x);
        if (to == DType.BOOL) {
          if (from) return choose(IFNE);
          mv.visitInsn(FCONST_0);
          mv.visitInsn(FCMPL);
          return choose(IFNE);
        }
        mv.visitInsn(from ? I2F : F2I); // F2I truncates toward zero, NaN to 0, saturating
        return fresh(n);
      }
      case NOT -> {
        return truth(val(n.input(0), idx), IFEQ);
      }
      case SELECT -> {
        int c = val(n.input(0), idx), a = val(n.input(1), idx), b = val(n.input(2), idx);
        int out = newLocal();
        Label other = new Label(), join = new Label();
        mv.visitVarInsn(FLOAD, c);
        mv.visitInsn(FCONST_0);
        mv.visitInsn(FCMPL);
        mv.visitJumpInsn(IFEQ, other);
        loadLocal(n, a);
        mv.visitJumpInsn(GOTO, join);
        mv.visitLabel(other);
        loadLocal(n, b);
        mv.visitLabel(join);
        mv.visitVarInsn(ints(n) ? ISTORE : FSTORE, out);
        return out;
      }
      default -> {
        if (n.inputs().size() == 1) return ints(n) ? intUnary(op, val(n.input(0), idx)) : unary(op, val(n.input(0), idx));
        if (n.inputs().size() == 2) {
          int a = val(n.input(0), idx), b = val(n.input(1), idx);
          return ints(n.input(0)) ? intBinary(op, a, b) : binary(op, a, b);
        }
        throw new IllegalStateException("the JVM kernels cannot compute " + op.word() + " element by element");
      }
    }
  }

  private int pad(Node n, List<Ix> idx) {
    Attr.Pad p = (Attr.Pad) n.attr();
    int out = newLocal();
    Ix at = Ix.sub(idx.get(p.axis()), dims.ix(p.before()));
    Label outside = new Label(), join = new Label();
    // Both bounds before the first jump: an index computed after it would be cached in a local
    // that the paths around it leave unset (the class verifier refuses such a kernel).
    int pos = newLocal(), size = newLocal();
    push(at);
    mv.visitVarInsn(ISTORE, pos);
    push(dims.ix(n.input(0).type().dim(p.axis())));
    mv.visitVarInsn(ISTORE, size);
    mv.visitVarInsn(ILOAD, pos);
    mv.visitJumpInsn(IFLT, outside);
    mv.visitVarInsn(ILOAD, pos);
    mv.visitVarInsn(ILOAD, size);
    mv.visitJumpInsn(IF_ICMPGE, outside);
    List<Ix> in = new ArrayList<>(idx);
    in.set(p.axis(), at);
    copyInBranch(n.input(0), in, out);
    mv.visitJumpInsn(GOTO, join);
    mv.visitLabel(outside);
    if (ints(n)) pushInt((int) p.value());
    else mv.visitLdcInsn((float) p.value());
    mv.visitVarInsn(ints(n) ? ISTORE : FSTORE, out);
    mv.visitLabel(join);
    return out;
  }

  private int concat(Node n, List<Ix> idx) {
    int axis = ((Attr.Axis) n.attr()).axis();
    int out = newLocal();
    Label join = new Label();
    // The index and every part's end before the first jump, for the same reason as pad's bounds.
    int at = newLocal();
    push(idx.get(axis));
    mv.visitVarInsn(ISTORE, at);
    int[] ends = new int[n.inputs().size() - 1];
    Dim bound = Dim.of(0);
    for (int k = 0; k < ends.length; k++) {
      bound = bound.plus(n.input(k).type().dim(axis));
      ends[k] = newLocal();
      push(dims.ix(bound));
      mv.visitVarInsn(ISTORE, ends[k]);
    }
    Dim offset = Dim.of(0);
    for (int k = 0; k < n.inputs().size(); k++) {
      Node x = n.input(k);
      Dim end = offset.plus(x.type().dim(axis));
      Label next = new Label();
      boolean last = k == n.inputs().size() - 1;
      if (!last) {
        mv.visitVarInsn(ILOAD, at);
        mv.visitVarInsn(ILOAD, ends[k]);
        mv.visitJumpInsn(IF_ICMPGE, next);
      }
      List<Ix> in = new ArrayList<>(idx);
      in.set(axis, Ix.sub(idx.get(axis), dims.ix(offset)));
      copyInBranch(x, in, out);
      mv.visitJumpInsn(GOTO, join);
      mv.visitLabel(next);
      offset = end;
    }
    mv.visitLabel(join);
    return out;
  }

  /** Computes a value on one side of a branch: nothing computed there is visible after it. */
  private void copyInBranch(Node x, List<Ix> idx, int into) {
    scopes.push(new HashMap<>());
    int v = val(x, idx);
    loadLocal(x, v);
    mv.visitVarInsn(ints(x) ? ISTORE : FSTORE, into);
    scopes.pop();
  }

  /** 1 or 0: whether the jump taken on (x compared with 0) would go. */
  int truth(int x, int jumpIfTrue) {
    mv.visitVarInsn(FLOAD, x);
    mv.visitInsn(FCONST_0);
    mv.visitInsn(FCMPL);
    return choose(jumpIfTrue);
  }

  /** With the jump's operands on the stack: stores 1f if the jump is taken, else 0f, into a new local. */
  int choose(int jump) {
    Label yes = new Label(), join = new Label();
    mv.visitJumpInsn(jump, yes);
    mv.visitInsn(FCONST_0);
    mv.visitJumpInsn(GOTO, join);
    mv.visitLabel(yes);
    mv.visitInsn(FCONST_1);
    mv.visitLabel(join);
    return fresh();
  }

  int unary(Op op, int x) {
    mv.visitVarInsn(FLOAD, x);
    switch (op) {
      case NEG -> mv.visitInsn(FNEG);
      case RECIP -> {
        mv.visitInsn(FCONST_1);
        mv.visitInsn(SWAP);
        mv.visitInsn(FDIV);
      }
      case SQRT, SIN, COS, FLOOR, CEIL -> {
        mv.visitInsn(F2D);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", op.word(), "(D)D", false);
        mv.visitInsn(D2F);
      }
      // exp, log, tanh, sigmoid and erf in float32, as the vector loop computes them (Fn, VectorFn)
      case EXP, LOG, TANH, SIGMOID, ERF -> mv.visitMethodInsn(INVOKESTATIC, FN, op.word(), "(F)F", false);
      case ABS -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "abs", "(F)F", false);
      case SIGN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "signum", "(F)F", false);
      default -> throw new IllegalStateException("the JVM kernels have no " + op.word());
    }
    return fresh();
  }

  /** An op of one int operand, giving an int. */
  int intUnary(Op op, int x) {
    mv.visitVarInsn(ILOAD, x);
    switch (op) {
      case NEG -> mv.visitInsn(INEG);
      case ABS -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
      case SIGN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "signum", "(I)I", false);
      default -> throw new IllegalStateException("the JVM kernels have no " + op.word() + " of integers");
    }
    int l = newLocal();
    mv.visitVarInsn(ISTORE, l);
    return l;
  }

  /** An op of two int operands: int arithmetic (division truncates toward zero), or a comparison giving a bool. */
  int intBinary(Op op, int a, int b) {
    mv.visitVarInsn(ILOAD, a);
    mv.visitVarInsn(ILOAD, b);
    switch (op) {
      case ADD -> mv.visitInsn(IADD);
      case SUB -> mv.visitInsn(ISUB);
      case MUL -> mv.visitInsn(IMUL);
      case DIV -> mv.visitMethodInsn(INVOKESTATIC, FN, "div", "(II)I", false);
      case POW -> mv.visitMethodInsn(INVOKESTATIC, FN, "pow", "(II)I", false);
      case MAX -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(II)I", false);
      case MIN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
      case LT -> { return choose(IF_ICMPLT); }
      case LE -> { return choose(IF_ICMPLE); }
      case GT -> { return choose(IF_ICMPGT); }
      case GE -> { return choose(IF_ICMPGE); }
      case EQ -> { return choose(IF_ICMPEQ); }
      case NE -> { return choose(IF_ICMPNE); }
      default -> throw new IllegalStateException("the JVM kernels have no " + op.word() + " of integers");
    }
    int l = newLocal();
    mv.visitVarInsn(ISTORE, l);
    return l;
  }

  int binary(Op op, int a, int b) {
    mv.visitVarInsn(FLOAD, a);
    mv.visitVarInsn(FLOAD, b);
    switch (op) {
      case ADD -> mv.visitInsn(FADD);
      case SUB -> mv.visitInsn(FSUB);
      case MUL -> mv.visitInsn(FMUL);
      case DIV -> mv.visitInsn(FDIV);
      case POW -> mv.visitMethodInsn(INVOKESTATIC, FN, "pow", "(FF)F", false);
      case MAX -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(FF)F", false);
      case MIN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(FF)F", false);
      // A comparison with NaN is false (NE: true): fcmpg makes NaN look greater, fcmpl smaller.
      case LT -> { mv.visitInsn(FCMPG); return choose(IFLT); }
      case LE -> { mv.visitInsn(FCMPG); return choose(IFLE); }
      case GT -> { mv.visitInsn(FCMPL); return choose(IFGT); }
      case GE -> { mv.visitInsn(FCMPL); return choose(IFGE); }
      case EQ -> { mv.visitInsn(FCMPL); return choose(IFEQ); }
      case NE -> { mv.visitInsn(FCMPL); return choose(IFNE); }
      case AND -> { mv.visitMethodInsn(INVOKESTATIC, FN, "and", "(FF)F", false); }
      case OR -> { mv.visitMethodInsn(INVOKESTATIC, FN, "or", "(FF)F", false); }
      default -> throw new IllegalStateException("the JVM kernels have no " + op.word());
    }
    return fresh();
  }

  /** Stores the float on the stack in a new local. */
  private int fresh() {
    int l = newLocal();
    mv.visitVarInsn(FSTORE, l);
    return l;
  }

  int newLocal() {
    return nextLocal++;
  }

  int newLocal2() {
    int l = nextLocal;
    nextLocal += 2;
    return l;
  }
}
