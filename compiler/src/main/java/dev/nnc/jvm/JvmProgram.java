package dev.nnc.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.runtime.jvm.Host;
import dev.nnc.runtime.jvm.Kernel;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * A program compiled for the JVM. The fusion planner's kernels become launches: fused
 * elementwise and reduction groups are classes written by {@link KernelWriter}; a matrix
 * product calls the runtime's GEMM, its epilogue a written kernel right after it; other
 * anchors (convolution, pooling, indexing, loops, random numbers) run the op's float64
 * definition on float32 buffers. Every value a later launch reads has a buffer slot,
 * reused by liveness among values of one size; buffers are allocated once per set of sizes.
 * The launch sequence itself is one emitted method ({@link Host}).
 */
public final class JvmProgram implements Executable {
  /** What one launch does; the compiler lists them first, then assigns slots, then writes code. */
  private sealed interface Launch {
    /** The values this launch computes into buffers. */
    List<Node> writes();
  }

  /** Loops computing {@code segments} (outputs grouped by shape), computing the nodes of {@code computed}. */
  private record Segments(Set<Node> computed, List<List<Node>> segments, List<Node> hoisted) implements Launch {
    public List<Node> writes() {
      List<Node> out = new ArrayList<>();
      for (List<Node> s : segments) out.addAll(s);
      return out;
    }
  }

  private record Reduce(Set<Node> computed, Node reduce, List<Node> inner, List<Node> outer) implements Launch {
    public List<Node> writes() {
      List<Node> out = new ArrayList<>(inner);
      out.addAll(outer);
      return out;
    }
  }

  /** out = op(a) op(b), batches x [m, k] x [k, n]. */
  private record Matmul(Node out, Node a, boolean transA, Node b, boolean transB, Dim batches, Dim m, Dim n, Dim k)
      implements Launch {
    public List<Node> writes() { return List.of(out); }
  }

  /** An op the runtime has a kernel for: a convolution, a pooling, a scatter-add. */
  private record Library(Node anchor) implements Launch {
    public List<Node> writes() { return List.of(anchor); }
  }

  /** Every result the program wants of one loop. */
  private record Loop(List<Node> results) implements Launch {
    public List<Node> writes() { return results; }
  }

  private static final AtomicInteger PROGRAMS = new AtomicInteger();
  /** One loader for every program, so a kernel class written once serves every program that has it. */
  private static final Loader LOADER = new Loader(JvmProgram.class.getClassLoader());
  private static final Set<Op> MOVEMENT = java.util.EnumSet.of(Op.RESHAPE, Op.TRANSPOSE, Op.BROADCAST, Op.SLICE, Op.PAD, Op.CONCAT);

  private final Dims dims = new Dims();
  private final List<Node> roots;
  private final List<Launch> launches = new ArrayList<>();
  private final Set<Node> stored = new HashSet<>();
  /** For each launch, the values stored before it runs. */
  private final List<Set<Node>> storedBefore = new ArrayList<>();
  private final Map<Node, List<Node>> users = new HashMap<>();
  private final List<Node> order;
  private final Map<Node, Integer> slotOf = new HashMap<>();
  private final List<Dim> slotElements = new ArrayList<>();
  private final Map<Integer, String> leafName = new LinkedHashMap<>();
  private final Map<Integer, float[]> constants = new HashMap<>();
  private final Kernel[] kernels;
  /** The items and the cost per item of each launch. */
  private final List<Ix[]> work = new ArrayList<>();
  private final Host host;
  private final int[] elementSlots;
  private float[][] buffers;
  /** The roots' values of the last run, as the caller sees them (the array is reused by every run). */
  private final float[][] results;
  private final List<float[]> resultList;
  private Map<String, Long> boundSizes;
  private int[] boundDims;

  private JvmProgram(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    this.roots = List.copyOf(roots);
    for (Node n : Schedule.topological(roots)) {
      if (n.op() == Op.MASK_SELECT || n.op() == Op.MASK_SCATTER) {
        throw new Device.UnsupportedProgram("the JVM backend cannot run a mask select, whose result size depends on the data;"
            + " use --device reference");
      }
      if (n.op() == Op.INPUT || n.op() == Op.PARAM || n.op() == Op.CONST) stored.add(n);
    }
    order = Schedule.topological(roots);
    for (Node n : order) for (Node in : n.inputs()) users.computeIfAbsent(in, x -> new ArrayList<>()).add(n);
    for (Fuse.Kernel k : Fuse.run(roots, update, gradients)) plan(k);
    List<Node> loose = new ArrayList<>();
    for (Node r : roots) if (!stored.contains(r) && !loose.contains(r)) loose.add(r);
    if (!loose.isEmpty()) add(segments(Set.copyOf(loose), loose)); // a root computed where it is read
    assignSlots();
    Loader loader = LOADER;
    kernels = new Kernel[launches.size()];
    for (int i = 0; i < launches.size(); i++) {
      Launch l = launches.get(i);
      // A launch reads what earlier launches stored and writes its own values; all else it computes.
      Set<Node> visible = new HashSet<>(storedBefore.get(i));
      visible.addAll(l.writes());
      KernelWriter.Storage storage = n -> visible.contains(n) ? slotOf.get(n) : -1;
      if (l instanceof Segments s) {
        kernels[i] = loader.kernel(name -> KernelWriter.segments(name, dims, storage, s.computed(), s.segments(), s.hoisted()));
        Dim items = Dim.of(0);
        for (List<Node> seg : s.segments()) items = items.plus(seg.get(0).type().elements());
        work.add(new Ix[] {dims.ix(items), Ix.ONE});
      } else if (l instanceof Reduce r) {
        kernels[i] = loader.kernel(name -> KernelWriter.reduction(name, dims, storage, r.computed(), r.reduce(), r.inner(), r.outer()));
        Node x = r.reduce().input(0);
        Dim inner = Dim.of(1);
        for (int ax : ((Attr.Axes) r.reduce().attr()).axes()) inner = inner.times(x.type().dim(ax));
        work.add(new Ix[] {dims.ix(r.reduce().type().elements()), dims.ix(inner)});
      } else if (l instanceof Matmul m) {
        kernels[i] = new MatmulKernel(slotOf.get(m.a()), m.transA(), slotOf.get(m.b()), m.transB(), slotOf.get(m.out()),
            dims.slot(m.batches()), dims.slot(m.m()), dims.slot(m.n()), dims.slot(m.k()));
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else if (l instanceof Library lib && WindowKernel.handles(lib.anchor().op())) {
        kernels[i] = new WindowKernel(lib.anchor(), slotOf, dims);
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else if (l instanceof Library lib) {
        kernels[i] = new ScatterAddKernel(lib.anchor(), slotOf, dims);
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else {
        kernels[i] = new LoopKernel(((Loop) l).results(), slotOf, this::sizes);
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      }
    }
    host = loader.host("dev/nnc/jvm/gen/Host" + PROGRAMS.incrementAndGet(), work);
    results = new float[this.roots.size()][];
    resultList = java.util.Collections.unmodifiableList(Arrays.asList(results));
    elementSlots = new int[slotElements.size()];
    for (int s = 0; s < elementSlots.length; s++) elementSlots[s] = dims.slot(slotElements.get(s));
  }

  /** Compiles roots; {@code update} are the optimizer's results, {@code gradients} what they read (see {@link Fuse}). */
  public static JvmProgram compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return new JvmProgram(roots, update, gradients);
  }

  // ---- planning: the launches of one fused kernel

  private void plan(Fuse.Kernel k) {
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
        Node reduce = null;
        for (Node n : k.nodes()) if (n.op() == Op.SUM || n.op() == Op.REDUCE_MAX) reduce = n;
        if (stored.contains(reduce)) { // a product summed over its batch, which one GEMM already wrote
          if (!outputs.isEmpty()) add(segments(computed, outputs));
          return;
        }
        Set<Node> after = downstream(reduce, k.nodes());
        List<Node> inner = new ArrayList<>(), outer = new ArrayList<>();
        for (Node o : outputs) (after.contains(o) ? outer : inner).add(o);
        add(new Reduce(computed, reduce, inner, outer));
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
            for (Node n : order) if (LoopKernel.sameLoop(anchor, n)) results.add(n);
            add(new Loop(results));
          }
        } else if (WindowKernel.handles(anchor.op()) || anchor.op() == Op.SCATTER_ADD) {
          for (Node in : anchor.inputs()) materialize(in);
          add(new Library(anchor));
        } else {
          throw new Device.UnsupportedProgram("the JVM backend has no kernel for " + anchor.op().word() + "; use --device reference");
        }
        computed.remove(anchor);
        outputs.remove(anchor);
        if (!outputs.isEmpty()) add(segments(computed, outputs));
      }
    }
  }

  /**
   * Plans a product as one GEMM, in the layout that saves most: transposed when its only reader
   * transposes it; batches flattened into rows when the right operand is a matrix broadcast
   * over them (a Linear layer on a sequence); and a batched product whose only reader sums it
   * over the batch (that layer's weight gradient) as one product over all rows. Returns whether
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
    if (r > 2 && right.op() == Op.BROADCAST && right.input(0).type().dims().equals(right.type().dims().subList(r - 2, r))) {
      Node[] a = operand(left);
      if (a[1] == null) {
        Node[] b = operand(right.input(0));
        add(new Matmul(anchor, a[0], false, b[0], b[1] != null, Dim.of(1), batch.times(m), n, k));
        return false;
      }
    }
    Node[] a = operand(left), b = operand(right);
    if (r > 2 && reader != null && reader.op() == Op.SUM && a[1] != null && b[1] == null && isBatchSum(reader, r)) {
      // sum over b of a_b' d_b = A' D, with A and D the batches stacked as rows
      add(new Matmul(reader, a[0], true, b[0], false, Dim.of(1), m, n, batch.times(left.type().dim(r - 1))));
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
  private static Set<Node> downstream(Node from, List<Node> nodes) {
    Set<Node> out = new HashSet<>();
    out.add(from);
    for (Node n : nodes) for (Node in : n.inputs()) if (out.contains(in)) out.add(n);
    return out;
  }

  // ---- buffers

  /** The stored values a launch reads: found through the nodes it computes and those computed where they are read. */
  private Set<Node> reads(Launch l, Set<Node> storedBefore) {
    Set<Node> out = new HashSet<>();
    List<Node> stack = new ArrayList<>();
    Set<Node> computed = Set.of();
    if (l instanceof Segments s) {
      computed = s.computed();
      stack.addAll(s.writes());
    } else if (l instanceof Reduce r) {
      computed = r.computed();
      stack.addAll(r.writes());
      stack.add(r.reduce());
    } else if (l instanceof Matmul m) {
      return Set.of(m.a(), m.b());
    } else if (l instanceof Loop loop) {
      return new HashSet<>(loop.results().get(0).inputs());
    } else {
      return new HashSet<>(((Library) l).anchor().inputs());
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
        int s = newSlot(n.type().elements());
        slotOf.put(n, s);
        have.add(n);
        if (n.op() == Op.CONST) {
          double[] v = ((Attr.Data) n.attr()).values();
          float[] f = new float[v.length];
          for (int i = 0; i < f.length; i++) f[i] = (float) v[i];
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
    Map<Dim, List<Integer>> free = new HashMap<>();
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
        List<Integer> pool = free.get(w.type().elements());
        int s = pool != null && !pool.isEmpty() ? pool.remove(pool.size() - 1) : newSlot(w.type().elements());
        slotOf.put(w, s);
        if (!last.containsKey(w)) last.put(w, i); // written and never read again
      }
      for (Node w : launches.get(i).writes()) freeIfDead(w, i, last, free);
      for (Node r : reads.get(i)) if (!handedOver.contains(r)) freeIfDead(r, i, last, free);
    }
  }

  private void freeIfDead(Node n, int launch, Map<Node, Integer> last, Map<Dim, List<Integer>> free) {
    if (last.get(n) != launch || leafName.containsKey(slotOf.get(n)) || constants.containsKey(slotOf.get(n))) return;
    List<Integer> pool = free.computeIfAbsent(n.type().elements(), k -> new ArrayList<>());
    if (!pool.contains(slotOf.get(n))) pool.add(slotOf.get(n));
  }

  private int newSlot(Dim elements) {
    slotElements.add(elements);
    return slotElements.size() - 1;
  }

  // ---- running

  private Map<String, Long> sizes() { return boundSizes; }

  @Override public synchronized List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
    if (!sizes.equals(boundSizes)) bind(sizes);
    for (Map.Entry<Integer, String> e : leafName.entrySet()) {
      float[] v = leaves.get(e.getValue());
      int want = boundDims[elementSlots[e.getKey()]];
      if (v == null) throw new IllegalArgumentException("no value for " + e.getValue());
      if (v.length < want) {
        throw new IllegalArgumentException(e.getValue() + " needs " + want + " values but has " + v.length);
      }
      buffers[e.getKey()] = v;
    }
    if (profile != null) {
      // The same launches one by one, each timed (what nnc bench --profile reports).
      for (int i = 0; i < kernels.length; i++) {
        long t0 = System.nanoTime();
        Host.launch(kernels[i], buffers, boundDims, itemsOf(i), costOf(i));
        profile[i] += System.nanoTime() - t0;
      }
    } else {
      host.run(kernels, buffers, boundDims);
    }
    for (int r = 0; r < roots.size(); r++) {
      int s = slotOf.get(roots.get(r));
      int n = boundDims[elementSlots[s]];
      // A smaller batch than the buffers were made for: its values are their first n elements.
      results[r] = buffers[s].length == n ? buffers[s] : Arrays.copyOf(buffers[s], n);
    }
    return resultList;
  }

  /** Evaluates the size formulas for new sizes and grows the buffers that are too small. */
  private void bind(Map<String, Long> sizes) {
    boundSizes = Map.copyOf(sizes);
    boundDims = dims.evaluate(sizes);
    if (buffers == null) buffers = new float[slotElements.size()][];
    for (int s = 0; s < buffers.length; s++) {
      if (leafName.containsKey(s)) continue;
      if (constants.containsKey(s)) {
        buffers[s] = constants.get(s);
        continue;
      }
      int n = boundDims[elementSlots[s]];
      if (buffers[s] == null || buffers[s].length < n) buffers[s] = new float[n];
    }
  }

  /** The bytes of the buffers the program allocated itself (not the leaves the caller passes). */
  public long allocatedBytes() {
    long total = 0;
    if (buffers == null) return 0;
    for (int s = 0; s < buffers.length; s++) {
      if (!leafName.containsKey(s) && !constants.containsKey(s) && buffers[s] != null) total += 4L * buffers[s].length;
    }
    return total;
  }

  /** The bytes of those buffers as a formula of the sizes: what {@link #allocatedBytes} is for one set of sizes. */
  public Dim plannedBytes() {
    Dim total = Dim.of(0);
    for (int s = 0; s < slotElements.size(); s++) {
      if (!leafName.containsKey(s) && !constants.containsKey(s)) total = total.plus(slotElements.get(s).times(Dim.of(4)));
    }
    return total;
  }

  public int launchCount() { return launches.size(); }

  private long[] profile;

  /** Starts timing every launch of the following runs; {@link #profile()} gives the nanoseconds of each. */
  public void startProfile() { profile = new long[kernels.length]; }

  public long[] profile() { return profile.clone(); }

  private int itemsOf(int launch) { return value(work.get(launch)[0]); }

  private int costOf(int launch) { return value(work.get(launch)[1]); }

  private int value(Ix x) { return x instanceof Ix.Lit l ? l.value() : boundDims[((Ix.Size) x).slot()]; }

  /** The buffers the program allocates itself (the leaves are the caller's). */
  public int bufferCount() {
    int n = 0;
    for (int s = 0; s < slotElements.size(); s++) if (!leafName.containsKey(s) && !constants.containsKey(s)) n++;
    return n;
  }

  /** One line per launch: what it is, the ops it computes and the shapes it writes. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < launches.size(); i++) {
      Launch l = launches.get(i);
      out.append("launch ").append(i).append(' ');
      Set<Node> computed = l instanceof Segments s ? s.computed() : l instanceof Reduce r ? r.computed() : Set.of();
      if (l instanceof Matmul m) {
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

  /** Defines the classes a program writes. */
  private static final class Loader extends ClassLoader {
    Loader(ClassLoader parent) {
      super(parent);
    }

    private final Map<java.nio.ByteBuffer, Class<?>> classes = new HashMap<>();
    private int count;

    /**
     * A kernel of the class {@code write} gives: written once under a neutral name to find an
     * equal class written before, and only when there is none, again under a name of its own.
     */
    synchronized Kernel kernel(java.util.function.Function<String, KernelWriter.Written> write) {
      KernelWriter.Written probe = write.apply("dev/nnc/jvm/gen/Kernel");
      Class<?> c = classes.get(java.nio.ByteBuffer.wrap(probe.bytes()));
      if (c == null) {
        String name = "dev/nnc/jvm/gen/Kernel" + (++count);
        byte[] bytes = write.apply(name).bytes();
        dump(name, bytes);
        c = defineClass(name.replace('/', '.'), bytes, 0, bytes.length);
        classes.put(java.nio.ByteBuffer.wrap(probe.bytes()), c);
      }
      try {
        return (Kernel) c.getDeclaredConstructor(int[].class).newInstance((Object) probe.slots());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a kernel of the written class " + c.getName(), e);
      }
    }

    /** The launch sequence: for each launch, Host.launch(kernels[i], buffers, dims, items, cost). */
    Host host(String name, List<Ix[]> work) {
      ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
      cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", new String[] {"dev/nnc/runtime/jvm/Host"});
      MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
      init.visitCode();
      init.visitVarInsn(ALOAD, 0);
      init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
      init.visitInsn(RETURN);
      init.visitMaxs(0, 0);
      init.visitEnd();
      MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "([Ldev/nnc/runtime/jvm/Kernel;[[F[I)V", null, null);
      mv.visitCode();
      for (int i = 0; i < work.size(); i++) {
        mv.visitVarInsn(ALOAD, 1);
        mv.visitLdcInsn(i);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitVarInsn(ALOAD, 3);
        for (Ix x : work.get(i)) pushSize(mv, x);
        mv.visitMethodInsn(INVOKESTATIC, "dev/nnc/runtime/jvm/Host", "launch",
            "(Ldev/nnc/runtime/jvm/Kernel;[[F[III)V", true);
      }
      mv.visitInsn(RETURN);
      mv.visitMaxs(0, 0);
      mv.visitEnd();
      cw.visitEnd();
      return (Host) instance(name, cw.toByteArray());
    }

    private static void pushSize(MethodVisitor mv, Ix x) {
      if (x instanceof Ix.Lit l) {
        mv.visitLdcInsn(l.value());
      } else {
        mv.visitVarInsn(ALOAD, 3);
        mv.visitLdcInsn(((Ix.Size) x).slot());
        mv.visitInsn(IALOAD);
      }
    }

    /** With the system property nnc.dump=DIR, every written class also goes to DIR, for javap. */
    private static void dump(String name, byte[] bytes) {
      String dir = System.getProperty("nnc.dump");
      if (dir == null) return;
      try {
        java.nio.file.Path file = java.nio.file.Path.of(dir, name + ".class");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, bytes);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private synchronized Object instance(String name, byte[] bytes) {
      dump(name, bytes);
      Class<?> c = defineClass(name.replace('/', '.'), bytes, 0, bytes.length);
      try {
        return c.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the written class " + name, e);
      }
    }
  }
}
