package dev.nnc.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.nnc.exec.Executable;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Loops;
import dev.nnc.ir.Node;
import dev.nnc.kernel.Lowering;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Ix;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Window;
import dev.nnc.runtime.jvm.Formula;
import dev.nnc.runtime.jvm.Host;
import dev.nnc.runtime.jvm.ImageProgram;
import dev.nnc.runtime.jvm.Kernel;
import dev.nnc.runtime.jvm.LoopKernel;
import dev.nnc.runtime.jvm.MatmulKernel;
import dev.nnc.runtime.jvm.ProgramImage;
import dev.nnc.runtime.jvm.ProgramRunner;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * A program compiled for the JVM. The fusion planner's kernels become launches: fused
 * elementwise and reduction groups are classes written by {@link KernelWriter}; a matrix
 * product calls the runtime's GEMM, its epilogue a written kernel right after it; window
 * ops, scatter-adds and loops are the runtime's kernels ({@link KernelPlans}). Every value a
 * later launch reads has a buffer slot, reused by liveness among values of one size; buffers
 * are allocated once per set of sizes. The launch sequence itself is one emitted method
 * ({@link Host}). The runtime runs it ({@link ProgramRunner}), and {@link #export} writes it
 * out as a {@link ProgramImage} the runtime alone can load.
 */
public final class JvmProgram implements Executable {
  private static final AtomicInteger PROGRAMS = new AtomicInteger(), KERNELS = new AtomicInteger();

  /**
   * The loader of this program's written classes. Programs compiled while others are alive share
   * one, so a kernel class written once serves every program that has it and the JIT compiles it
   * once (a loader per program filled a long test run with copies of the same kernels, each
   * compiled again); the loader is held only by its programs, so once they are all dropped it
   * goes with its classes, and after {@link #GENERATION} classes new programs start a new one.
   * A long-lived process (a server, an IDE) can compile programs for as long as it runs.
   */
  private final Loader loader;

  /** How many kernel classes a shared loader defines before new programs start another. */
  static final int GENERATION = 4096;

  private static java.lang.ref.WeakReference<Loader> shared = new java.lang.ref.WeakReference<>(null);

  /** Makes the programs compiled next start a new shared loader (for tests: one whose only programs are theirs). */
  static synchronized void newGeneration() {
    shared = new java.lang.ref.WeakReference<>(null);
  }

  /** The loader new programs share: the current one while a program holds it and it has room, else a new one. */
  private static synchronized Loader sharedLoader() {
    Loader l = shared.get();
    if (l == null || l.count() >= GENERATION) {
      l = new Loader(JvmProgram.class.getClassLoader());
      shared = new java.lang.ref.WeakReference<>(l);
    }
    return l;
  }

  private final LaunchPlan plan;
  private final Dims dims;
  private final int[] rootSlots;
  private final int[] elementSlots;
  /** The slots holding 32-bit integers (see {@link LaunchPlan#integer}). */
  private final int[] integers;
  /** Each launch's item count and cost per item, as the runner takes them. */
  private final int[] work;
  /** Each launch as the image describes it; a loop's body is exported when the image is made. */
  private final List<Supplier<ProgramImage.Launch>> exports = new ArrayList<>();
  private final String hostName;
  private final byte[] hostBytes;
  private final ProgramRunner runner;

  private JvmProgram(List<Node> roots, Set<Node> update, Set<Node> gradients, Loader loader) {
    this.loader = loader;
    plan = LaunchPlan.of("the JVM backend", roots, update, gradients);
    dims = plan.dims();
    Map<Node, Integer> slotOf = plan.slotOf();
    List<LaunchPlan.Launch> launches = plan.launches();
    Kernel[] kernels = new Kernel[launches.size()];
    int[][] chains = KernelPlans.chains(plan, dims);
    // The items and the cost per item of each launch.
    List<Ix[]> items = new ArrayList<>();
    for (int i = 0; i < launches.size(); i++) {
      LaunchPlan.Launch l = launches.get(i);
      int launch = i;
      Lowering.Storage storage = n -> plan.slot(launch, n);
      if (l instanceof LaunchPlan.Segments s) {
        ProgramImage.Written w = loader.kernel(name -> KernelWriter.segments(name, dims, storage, s.computed(), s.segments(), s.hoisted()));
        kernels[i] = loader.instance(w);
        exports.add(() -> w);
        Dim size = Dim.of(0);
        for (List<Node> seg : s.segments()) size = size.plus(seg.get(0).type().elements());
        items.add(new Ix[] {dims.ix(size), new Ix.Lit(KernelWriter.cost(s.computed(), s.segments().size()))});
      } else if (l instanceof LaunchPlan.Reduce r) {
        ProgramImage.Written w = loader.kernel(name -> KernelWriter.reduction(name, dims, storage, r.computed(), r.reduces(), r.inner(), r.outer()));
        kernels[i] = loader.instance(w);
        exports.add(() -> w);
        Node x = r.reduce().input(0);
        Dim inner = Dim.of(1);
        for (int ax : ((Attr.Axes) r.reduce().attr()).axes()) inner = inner.times(x.type().dim(ax));
        items.add(new Ix[] {dims.ix(r.reduce().type().elements()), dims.ix(inner)});
      } else if (l instanceof LaunchPlan.Loop loop) {
        List<Integer> wantedYs = Loops.stackedYs(loop.results());
        Loops.Body b = ((Attr.Loop) loop.results().get(0).attr()).body();
        JvmProgram body = new JvmProgram(b.standalone(wantedYs), Set.of(), Set.of(), loader);
        LoopKernel.Plan p = KernelPlans.loop(loop.results(), wantedYs, slotOf, dims);
        kernels[i] = new LoopKernel(p, body.runner, this::sizes);
        exports.add(() -> new ProgramImage.Loop(p, body.export()));
        items.add(new Ix[] {Ix.ONE, Ix.ONE});
      } else {
        // The runtime's kernels that are only numbers: each is also its own description in an image.
        ProgramImage.Launch d;
        if (l instanceof LaunchPlan.Matmul m) {
          d = new MatmulKernel(slotOf.get(m.a()), m.transA(), slotOf.get(m.b()), m.transB(), slotOf.get(m.out()),
              dims.slot(m.batches()), dims.slot(m.m()), dims.slot(m.n()), dims.slot(m.k()));
        } else if (Window.handles(((LaunchPlan.Library) l).anchor().op())) {
          d = KernelPlans.window(((LaunchPlan.Library) l).anchor(), slotOf, dims, chains[i]);
        } else {
          d = KernelPlans.scatterAdd(((LaunchPlan.Library) l).anchor(), slotOf, dims);
        }
        kernels[i] = (Kernel) d;
        exports.add(() -> d);
        items.add(new Ix[] {Ix.ONE, Ix.ONE});
      }
    }
    hostName = "dev.nnc.jvm.gen.Host" + PROGRAMS.incrementAndGet();
    hostBytes = Loader.host(hostName.replace('.', '/'), items);
    Host host = (Host) loader.define(hostName, hostBytes);
    work = new int[2 * items.size()];
    for (int i = 0; i < work.length; i++) {
      Ix x = items.get(i / 2)[i % 2];
      work[i] = x instanceof Ix.Lit lit ? lit.value() : -1 - ((Ix.Size) x).slot();
    }
    rootSlots = plan.roots().stream().mapToInt(slotOf::get).toArray();
    List<Dim> slotElements = plan.slotElements();
    elementSlots = new int[slotElements.size()];
    for (int s = 0; s < elementSlots.length; s++) elementSlots[s] = dims.slot(slotElements.get(s));
    integers = java.util.stream.IntStream.range(0, elementSlots.length).filter(plan::integer).toArray();
    runner = new ProgramRunner(kernels, host, work, elementSlots, integers, plan.leafName(), plan.constants(), rootSlots, dims::evaluate);
  }

  /** Compiles roots; {@code update} are the optimizer's results, {@code gradients} what they read (see {@link Fuse}). */
  public static JvmProgram compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return new JvmProgram(roots, update, gradients, sharedLoader());
  }

  // ---- running

  private Map<String, Long> sizes() { return runner.sizes(); }

  @Override public List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
    return runner.run(leaves, sizes);
  }

  /** The state stays in the program's buffers: see {@link ProgramRunner#bind}. */
  @Override public BoundStep bind(Map<String, float[]> initial, List<String> next) {
    return runner.bind(initial, next);
  }

  /**
   * The program as an image the runtime alone can load ({@link ImageProgram}): its size
   * formulas written out term by term, its kernels' descriptions, the bytes of the classes
   * written for it (kernels and launch sequence) and, for a loop, the image of its body.
   */
  public ProgramImage export() {
    List<ProgramImage.Launch> launches = new ArrayList<>();
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (Supplier<ProgramImage.Launch> e : exports) {
      ProgramImage.Launch l = e.get();
      if (l instanceof ProgramImage.Written w) classes.put(w.className(), loader.bytes(w.className()));
      launches.add(l);
    }
    classes.put(hostName, hostBytes);
    List<Formula> formulas = dims.formulas().stream().map(JvmProgram::formula).toList();
    return new ProgramImage(formulas, elementSlots, integers, plan.leafName(), plan.constants(), rootSlots, work, launches, hostName,
        classes, KernelWriter.VECTOR);
  }

  /** A size as the runtime evaluates it: its terms, and the parts of each floor atom. */
  public static Formula formula(Dim d) {
    List<Formula.Term> terms = new ArrayList<>();
    for (Dim.Term t : d.terms()) {
      List<Formula.Atom> atoms = new ArrayList<>();
      for (String atom : t.atoms()) {
        boolean inverse = atom.startsWith("1/");
        String name = inverse ? atom.substring(2) : atom;
        List<Dim> q = Dim.floorOf(name);
        atoms.add(new Formula.Atom(name, inverse, q == null ? null : List.of(formula(q.get(0)), formula(q.get(1)))));
      }
      terms.add(new Formula.Term(t.numerator(), t.denominator(), atoms));
    }
    return new Formula(d.toString(), terms);
  }

  /** The bytes of the buffers the program allocated itself (not the leaves the caller passes). */
  public long allocatedBytes() { return runner.allocatedBytes(); }

  /** The bytes of those buffers as a formula of the sizes: what {@link #allocatedBytes} is for one set of sizes. */
  public Dim plannedBytes() { return plan.plannedBytes(); }

  public int launchCount() { return plan.launches().size(); }

  /** The loader of the program's written classes (for tests: a dropped program's loader can be collected). */
  ClassLoader loader() { return loader; }

  /** Starts timing every launch of the following runs; {@link #profile()} gives the nanoseconds of each. */
  public void startProfile() { runner.startProfile(); }

  public long[] profile() { return runner.profile(); }

  /** The buffers the program allocates itself (the leaves are the caller's). */
  public int bufferCount() { return plan.bufferCount(); }

  /** One line per launch: what it is, the ops it computes and the shapes it writes. */
  public String describe() { return plan.describe(); }

  /**
   * Defines a written class that is not a kernel (another backend's emitted host) in a loader of
   * its own, which goes with the instance, and makes an instance with its no-argument constructor.
   */
  public static Object define(String internalName, byte[] bytes) {
    return new Loader(JvmProgram.class.getClassLoader()).define(internalName.replace('/', '.'), bytes);
  }

  /**
   * A launch-sequence class being written: final, implementing {@code iface}, with a no-argument
   * constructor; the caller writes its {@code run} method and ends it.
   */
  public static ClassWriter hostClass(String internalName, String iface) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, "java/lang/Object", new String[] {iface});
    MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    return cw;
  }

  /** Defines the classes a program writes. */
  private static final class Loader extends ClassLoader {
    Loader(ClassLoader parent) {
      super(parent);
    }

    private final Map<java.nio.ByteBuffer, Class<?>> classes = new HashMap<>();
    /** The bytes of every kernel class defined, by binary name, for {@link #export}. */
    private final Map<String, byte[]> bytes = new HashMap<>();

    /**
     * The class {@code write} gives, and the slots of its kernel: written once under a neutral
     * name to find an equal class written before, and only when there is none, again under a
     * name of its own.
     */
    synchronized ProgramImage.Written kernel(java.util.function.Function<String, KernelWriter.Written> write) {
      KernelWriter.Written probe = write.apply("dev/nnc/jvm/gen/Kernel");
      Class<?> c = classes.get(java.nio.ByteBuffer.wrap(probe.bytes()));
      if (c == null) {
        String name = "dev/nnc/jvm/gen/Kernel" + KERNELS.incrementAndGet();
        byte[] written = write.apply(name).bytes();
        dump(name, written);
        c = defineClass(name.replace('/', '.'), written, 0, written.length);
        classes.put(java.nio.ByteBuffer.wrap(probe.bytes()), c);
        bytes.put(c.getName(), written);
      }
      return new ProgramImage.Written(c.getName(), probe.slots());
    }

    /** A kernel of a class {@link #kernel} defined. */
    Kernel instance(ProgramImage.Written w) {
      try {
        return (Kernel) loadClass(w.className()).getDeclaredConstructor(int[].class).newInstance((Object) w.slots());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a kernel of the written class " + w.className(), e);
      }
    }

    synchronized byte[] bytes(String className) { return bytes.get(className); }

    /** How many kernel classes it has defined. */
    synchronized int count() { return bytes.size(); }

    /** The launch sequence: for each launch, Host.launch(kernels[i], buffers, dims, items, cost). */
    static byte[] host(String name, List<Ix[]> work) {
      ClassWriter cw = hostClass(name, "dev/nnc/runtime/jvm/Host");
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
      return cw.toByteArray();
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

    /** Defines an emitted class with a no-argument constructor (a launch sequence) and makes one. */
    synchronized Object define(String name, byte[] bytes) {
      dump(name.replace('.', '/'), bytes);
      Class<?> c = defineClass(name, bytes, 0, bytes.length);
      try {
        return c.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the written class " + name, e);
      }
    }
  }
}
