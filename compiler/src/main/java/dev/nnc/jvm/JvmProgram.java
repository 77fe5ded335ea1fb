package dev.nnc.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Ix;
import dev.nnc.plan.LaunchPlan;
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
  private static final AtomicInteger PROGRAMS = new AtomicInteger();
  /** One loader for every program, so a kernel class written once serves every program that has it. */
  private static final Loader LOADER = new Loader(JvmProgram.class.getClassLoader());

  private final LaunchPlan plan;
  private final Dims dims;
  private final List<Node> roots;
  private final Map<Node, Integer> slotOf;
  private final List<Dim> slotElements;
  private final Map<Integer, String> leafName;
  private final Map<Integer, float[]> constants;
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
    plan = LaunchPlan.of("the JVM backend", roots, update, gradients);
    this.roots = plan.roots();
    dims = plan.dims();
    slotOf = plan.slotOf();
    slotElements = plan.slotElements();
    leafName = plan.leafName();
    constants = plan.constants();
    List<LaunchPlan.Launch> launches = plan.launches();
    Loader loader = LOADER;
    kernels = new Kernel[launches.size()];
    for (int i = 0; i < launches.size(); i++) {
      LaunchPlan.Launch l = launches.get(i);
      int launch = i;
      KernelWriter.Storage storage = n -> plan.slot(launch, n);
      if (l instanceof LaunchPlan.Segments s) {
        kernels[i] = loader.kernel(name -> KernelWriter.segments(name, dims, storage, s.computed(), s.segments(), s.hoisted()));
        Dim items = Dim.of(0);
        for (List<Node> seg : s.segments()) items = items.plus(seg.get(0).type().elements());
        work.add(new Ix[] {dims.ix(items), Ix.ONE});
      } else if (l instanceof LaunchPlan.Reduce r) {
        kernels[i] = loader.kernel(name -> KernelWriter.reduction(name, dims, storage, r.computed(), r.reduce(), r.inner(), r.outer()));
        Node x = r.reduce().input(0);
        Dim inner = Dim.of(1);
        for (int ax : ((Attr.Axes) r.reduce().attr()).axes()) inner = inner.times(x.type().dim(ax));
        work.add(new Ix[] {dims.ix(r.reduce().type().elements()), dims.ix(inner)});
      } else if (l instanceof LaunchPlan.Matmul m) {
        kernels[i] = new MatmulKernel(slotOf.get(m.a()), m.transA(), slotOf.get(m.b()), m.transB(), slotOf.get(m.out()),
            dims.slot(m.batches()), dims.slot(m.m()), dims.slot(m.n()), dims.slot(m.k()));
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else if (l instanceof LaunchPlan.Library lib && WindowKernel.handles(lib.anchor().op())) {
        kernels[i] = new WindowKernel(lib.anchor(), slotOf, dims);
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else if (l instanceof LaunchPlan.Library lib) {
        kernels[i] = new ScatterAddKernel(lib.anchor(), slotOf, dims);
        work.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else {
        kernels[i] = new LoopKernel(((LaunchPlan.Loop) l).results(), slotOf, this::sizes);
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
  public Dim plannedBytes() { return plan.plannedBytes(); }

  public int launchCount() { return plan.launches().size(); }

  private long[] profile;

  /** Starts timing every launch of the following runs; {@link #profile()} gives the nanoseconds of each. */
  public void startProfile() { profile = new long[kernels.length]; }

  public long[] profile() { return profile.clone(); }

  private int itemsOf(int launch) { return value(work.get(launch)[0]); }

  private int costOf(int launch) { return value(work.get(launch)[1]); }

  private int value(Ix x) { return x instanceof Ix.Lit l ? l.value() : boundDims[((Ix.Size) x).slot()]; }

  /** The buffers the program allocates itself (the leaves are the caller's). */
  public int bufferCount() { return plan.bufferCount(); }

  /** One line per launch: what it is, the ops it computes and the shapes it writes. */
  public String describe() { return plan.describe(); }

  /**
   * Defines a written class that is not a kernel (another backend's emitted host) in the loader of
   * the written kernels, and makes an instance with its no-argument constructor.
   */
  public static Object define(String internalName, byte[] bytes) {
    return LOADER.instance(internalName, bytes);
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
