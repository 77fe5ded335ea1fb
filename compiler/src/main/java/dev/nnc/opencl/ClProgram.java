package dev.nnc.opencl;

import static org.objectweb.asm.Opcodes.*;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.kernel.Lowering;
import dev.nnc.ir.Op;
import dev.nnc.plan.Dims;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Window;
import dev.nnc.jvm.JvmProgram;
import dev.nnc.runtime.IntBits;
import dev.nnc.runtime.opencl.ClContext;
import dev.nnc.runtime.opencl.ClHost;
import dev.nnc.runtime.opencl.ClException;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.Gradients;
import dev.nnc.runtime.train.SplitLayout;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * A program compiled for an OpenCL device. The shared {@link LaunchPlan} gives the launches
 * and buffer slots; each launch becomes an OpenCL kernel ({@link dev.nnc.kernel.Lowering} then {@link ClRender} for fused
 * elementwise and reduction launches, {@link LibraryKernels} for products, windows and
 * scatter-adds) or, for a loop, a nested program the host runs once per step. All kernels
 * of a program are one OpenCL program, built once per device (or loaded from the binary
 * cache). Buffers are allocated once per set of sizes, from the plan.
 */
public final class ClProgram implements Executable {
  /** One launch: an OpenCL kernel over a grid, or a loop run from the host. */
  interface Step {}

  /** A kernel: the function {@code name} over {@code global} items (size-table slots) in work-groups of {@code local}. */
  private record KernelStep(String name, String text, int[] slots, int[] global, int[] local, boolean checks) implements Step {}

  private final ClContext context;
  private final LaunchPlan plan;
  private final Dims dims;
  private final List<Step> steps = new ArrayList<>();
  private final List<ClLoop> loops = new ArrayList<>();
  /** The source of the whole program, and of each kernel by name (what --emit kernels writes). */
  private final String source;
  private final Map<String, String> kernelSources = new LinkedHashMap<>();
  private final Map<String, String> loopSources = new LinkedHashMap<>();
  private final ClContext.Program program;
  private final long[] kernels;
  /** The launch sequence, emitted; each loop's run, in launch order, for it to call. */
  private final ClHost host;
  private final Runnable[] loopRuns;
  private static final AtomicInteger HOSTS = new AtomicInteger();
  /** The work-group size of the one-dimensional kernels. */
  private final int group;
  private final int[] elementSlots;
  private final long[] buffers;
  private final long[] capacity;
  /** The slots whose buffers a split step owns ({@link #place}): a bind neither allocates nor frees them. */
  private final boolean[] external;
  /** For each slot, the kernels (launch index, argument index) that take its buffer; made when first placed. */
  private List<List<int[]>> slotReaders;
  private long dimsBuffer;
  /**
   * The fault cells of the kernels that check indices read from the data (nnc_index): a flag,
   * the first index outside its axis and the axis's size; 0 while there is none.
   */
  private long faultBuffer;
  /** Whether a kernel of this program checks indices. */
  private final boolean checks;
  /** The fault cells as read back (the ints' bits), reused: a run allocates nothing for them. */
  private final float[] faultCells = new float[3];
  private int dimsCapacity;
  private final float[][] results;
  private final List<float[]> resultList;
  private Map<String, Long> boundSizes;
  private int[] boundDims;

  private ClProgram(ClContext context, List<Node> roots, Set<Node> update, Set<Node> gradients, ClTiles.Limits limits,
      boolean fuseAttention) {
    this.context = context;
    this.plan = LaunchPlan.of("the OpenCL backend", roots, update, gradients, fuseAttention);
    this.dims = plan.dims();
    Map<String, String> byText = new LinkedHashMap<>(); // kernel text (named KERNEL) -> its name
    List<LaunchPlan.Launch> launches = plan.launches();
    group = limits.group();
    for (int i = 0; i < launches.size(); i++) {
      LaunchPlan.Launch l = launches.get(i);
      int launch = i;
      Lowering.Storage storage = n -> plan.slot(launch, n);
      String comment = "launch " + i + ": " + ClProgram.describe(l) + spans(l);
      if (l instanceof LaunchPlan.Segments s) {
        ClRender.Written w = ClRender.render(Lowering.segments("KERNEL", comment, dims, storage, s.computed(), s.segments(), s.hoisted()));
        Dim items = Dim.of(0);
        for (List<Node> seg : s.segments()) items = items.plus(seg.get(0).type().elements());
        steps.add(kernel(byText, w.source(), w.slots(), List.of(items), null, w.checks()));
      } else if (l instanceof LaunchPlan.Reduce r) {
        ClRender.Written w = ClRender.render(Lowering.reduction("KERNEL", comment, dims, storage, r.computed(), r.reduces(), r.inner(), r.outer()));
        steps.add(kernel(byText, w.source(), w.slots(), List.of(r.reduce().type().elements()), null, w.checks()));
      } else if (l instanceof LaunchPlan.Attention a) {
        int[] shape = ClTiles.attention(limits, a);
        ClRender.Written w = ClRender.render(Lowering.attention("KERNEL", comment, dims, storage, a, shape[0], shape[1]));
        List<Dim> od = a.out().type().dims();
        Dim rows = od.get(od.size() - 2);
        Dim padded = rows.plus(Dim.of(shape[0] - 1)).floorDiv(Dim.of(shape[0])).times(Dim.of(shape[0]));
        steps.add(kernel(byText, w.source(), w.slots(), List.of(padded, Dims.product(od.subList(0, od.size() - 2)), Dim.of(1)),
            new int[] {shape[0], 1, 1}, w.checks()));
      } else if (l instanceof LaunchPlan.Matmul m) {
        LibraryKernels.Source k = LibraryKernels.matmul("KERNEL", comment, m, plan.slotOf(), dims, limits);
        steps.add(kernel(byText, k.text(), k.slots(), k.global(), k.local(), false));
      } else if (l instanceof LaunchPlan.Library lib && Window.handles(lib.anchor().op())) {
        LibraryKernels.Source k = LibraryKernels.window("KERNEL", comment, lib.anchor(), plan.slotOf(), dims, limits);
        steps.add(kernel(byText, k.text(), k.slots(), k.global(), k.local(), false));
      } else if (l instanceof LaunchPlan.Library lib) {
        LibraryKernels.Source k = LibraryKernels.scatterAdd("KERNEL", comment, lib.anchor(), plan.slotOf(), dims);
        steps.add(kernel(byText, k.text(), k.slots(), k.global(), k.local(), false));
      } else {
        ClLoop loop = new ClLoop(context, ((LaunchPlan.Loop) l).results(), plan.slotOf(), limits);
        loops.add(loop);
        steps.add(loop);
        // The body's kernels are a program of their own; --emit kernels shows them too.
        loop.program().kernelSources().forEach((name, text) -> loopSources.put("loop" + (loops.size() - 1) + "_" + name, text));
      }
    }
    elementSlots = new int[plan.slotElements().size()];
    for (int s = 0; s < elementSlots.length; s++) elementSlots[s] = dims.slot(plan.slotElements().get(s));
    List<String> names = new ArrayList<>(kernelSources.keySet());
    List<Integer> lines = new ArrayList<>();
    source = assemble(new ArrayList<>(kernelSources.values()), lines);
    program = context == null || kernelSources.isEmpty() ? null : build(context, source, names, lines);
    kernels = new long[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      if (program != null && steps.get(i) instanceof KernelStep k) kernels[i] = context.kernel(program, k.name());
    }
    buffers = new long[plan.slotElements().size()];
    capacity = new long[buffers.length];
    external = new boolean[buffers.length];
    loopRuns = new Runnable[loops.size()];
    for (int j = 0; j < loopRuns.length; j++) {
      ClLoop loop = loops.get(j);
      loopRuns[j] = () -> loop.run(buffers, boundSizes);
    }
    host = context == null ? null : host();
    checks = steps.stream().anyMatch(st -> st instanceof KernelStep k && k.checks());
    if (checks && context != null) {
      faultBuffer = context.buffer(12);
      context.write(faultBuffer, new int[3]);
    }
    results = new float[plan.roots().size()][];
    resultList = Collections.unmodifiableList(Arrays.asList(results));
  }

  /** The OpenCL source of a program without building it (no device needed): what {@code --emit kernels} writes. */
  public static ClProgram sources(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return new ClProgram(null, roots, update, gradients, ClTiles.ANY, true);
  }

  /** Compiles roots on a context; {@code update} are the optimizer's results, {@code gradients} what they read (see {@link Fuse}). */
  public static ClProgram compile(ClContext context, List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return compile(context, roots, update, gradients, ClTiles.Limits.of(context.device()));
  }

  /** As {@link #compile(ClContext, List, Set, Set)}, the products tiled for {@code limits}. */
  static ClProgram compile(ClContext context, List<Node> roots, Set<Node> update, Set<Node> gradients, ClTiles.Limits limits) {
    return new ClProgram(context, roots, update, gradients, limits, true);
  }

  /**
   * As {@link #compile(ClContext, List, Set, Set)}, with or without attention as one kernel
   * ({@link LaunchPlan.Attention}; on by default): without, its scores are a matrix product,
   * reductions and elementwise kernels, as on the JVM backend. For tests that hold the two to
   * each other.
   */
  public static ClProgram compile(ClContext context, List<Node> roots, Set<Node> update, Set<Node> gradients,
      boolean fuseAttention) {
    return new ClProgram(context, roots, update, gradients, ClTiles.Limits.of(context.device()), fuseAttention);
  }

  /**
   * The kernel of a launch: launches whose kernels differ only in their comment (the steps of an
   * unrolled scan) share one, which keeps the comment of the first.
   */
  private KernelStep kernel(Map<String, String> byText, String text, int[] slots, List<Dim> global, int[] local, boolean checks) {
    String code = text.substring(text.indexOf('\n') + 1);
    String name = byText.get(code);
    if (name == null) {
      name = "k" + byText.size();
      byText.put(code, name);
      kernelSources.put(name, text.replace("KERNEL", name));
    }
    int[] g = new int[global.size()];
    for (int k = 0; k < g.length; k++) g[k] = dims.slot(global.get(k));
    return new KernelStep(name, text, slots, g, local, checks);
  }

  private static int lineCount(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }

  /** The prelude and the kernels as one source; {@code lines} gets the first line of each kernel. */
  private static String assemble(List<String> texts, List<Integer> lines) {
    StringBuilder all = new StringBuilder(prelude());
    for (String text : texts) {
      all.append('\n');
      lines.add(lineCount(all) + 1);
      all.append(text);
    }
    return all.toString();
  }

  /** Builds kernels (named {@code names}, each text starting with its comment line) as one program. */
  static ClContext.Program buildAll(ClContext context, List<String> names, List<String> texts) {
    List<Integer> lines = new ArrayList<>();
    return build(context, assemble(texts, lines), names, lines);
  }

  private static final Pattern LOG_LINE = Pattern.compile("\\.cl:(\\d+):\\d+:");

  /** Builds the program; a failure names the kernel the first error is in and shows the log. */
  private static ClContext.Program build(ClContext context, String source, List<String> names, List<Integer> lines) {
    String options = "-cl-fp32-correctly-rounded-divide-sqrt" + (context.device().fp64() ? " -DNNC_FP64" : "");
    try {
      return context.build(source, options);
    } catch (ClContext.BuildFailure e) {
      String kernel = "the prelude";
      Matcher m = LOG_LINE.matcher(e.log());
      if (m.find()) {
        int line = Integer.parseInt(m.group(1));
        for (int k = 0; k < names.size(); k++) if (lines.get(k) <= line) kernel = "kernel " + names.get(k);
      }
      String head = kernel;
      int at = kernel.startsWith("kernel ") ? names.indexOf(kernel.substring(7)) : -1;
      if (at >= 0) {
        String text = source.substring(lineOffset(source, lines.get(at)));
        head += " (" + text.substring(3, text.indexOf('\n')) + ")"; // its comment: which launch, which ops
      }
      throw new ClException("OpenCL cannot build " + head + " on " + context.device().name() + ":\n" + e.log());
    }
  }

  private static int lineOffset(String s, int line) {
    int at = 0;
    for (int l = 1; l < line; l++) at = s.indexOf('\n', at) + 1;
    return at;
  }

  // ---- running

  @Override public synchronized List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
    if (!sizes.equals(boundSizes)) bind(sizes);
    for (Map.Entry<Integer, String> e : plan.leafName().entrySet()) {
      float[] v = leaves.get(e.getValue());
      int want = boundDims[elementSlots[e.getKey()]];
      if (v == null) throw new IllegalArgumentException("no value for " + e.getValue());
      if (v.length < want) throw new IllegalArgumentException(e.getValue() + " needs " + want + " values but has " + v.length);
      put(buffers[e.getKey()], e.getKey(), v, want);
    }
    enqueue();
    faults();
    for (int r = 0; r < results.length; r++) {
      int s = plan.slotOf().get(plan.roots().get(r));
      get(buffers[s], s, results[r], results[r].length);
    }
    return resultList;
  }

  /** The ints of the last leaf written to an integer slot (reused). */
  private float[] cells = new float[0];

  /** Writes the first n of a slot's float values to a buffer: an integer slot's as ints ({@link IntBits}). */
  private void put(long buffer, int slot, float[] values, int n) {
    if (!plan.integer(slot)) {
      context.write(buffer, values, n);
      return;
    }
    if (cells.length < n) cells = new float[n];
    context.write(buffer, IntBits.of(values, cells, n), n);
  }

  /** Reads n of a slot's values from a buffer into {@code into} as float values (an integer slot's ints converted). */
  private void get(long buffer, int slot, float[] into, int n) {
    context.read(buffer, into, n);
    if (plan.integer(slot)) IntBits.values(into, into, n);
  }

  /**
   * Binds the program, a training step whose roots are the loss and then the next value of each
   * state named by {@code next}, to its state (copied from {@code initial}): see {@link Resident}.
   */
  @Override public synchronized BoundStep bind(Map<String, float[]> initial, List<String> next) {
    return new Resident(initial, next);
  }

  /**
   * A training step whose state stays on the device. A state the program reads lives in the
   * buffer of its leaf slot; its next value is written to the buffer of its root slot, and once
   * the loss is a number the two buffers swap (and the kernels that read either are pointed at
   * the other). The step counter (which also keys the random numbers) is counted on the device
   * after each step, and written only when a step's number is not the one it holds. So a step
   * writes the batch and reads the loss, nothing more. Where a root's slot cannot take part in a
   * swap (it is a leaf or a constant, or another root's too) the next value is copied on the
   * device.
   */
  private final class Resident implements BoundStep {
    private final List<String> names;
    /** The state until the first step has buffers to write it to (and a state no kernel reads, on the host). */
    private final Map<String, float[]> pending = new LinkedHashMap<>();
    private final Map<String, Integer> slotOfState = new LinkedHashMap<>();
    private final int[] leafSlot, rootSlot;
    private final boolean[] swaps;
    private final String[] nextNames;
    private final int[] batchSlots;
    private final String[] batchNames;
    private final int stepSlot;
    private final float[] counter = new float[1];
    /** The step number the device's step counter holds (-1: none yet), and the kernel that adds one to it. */
    private long onDevice = -1;
    private long count;
    /** For each slot, the kernels (launch index, argument index) that take its buffer. */
    private final List<List<int[]>> readers = new ArrayList<>();

    Resident(Map<String, float[]> initial, List<String> next) {
      initial.forEach((name, v) -> pending.put(name, v.clone()));
      names = List.copyOf(pending.keySet());
      plan.leafName().forEach((slot, name) -> {
        if (pending.containsKey(name)) slotOfState.put(name, slot);
      });
      nextNames = next.toArray(String[]::new);
      leafSlot = new int[nextNames.length];
      rootSlot = new int[nextNames.length];
      swaps = new boolean[nextNames.length];
      int[] rootUses = new int[buffers.length];
      for (Node r : plan.roots()) rootUses[plan.slotOf().get(r)]++;
      for (int i = 0; i < nextNames.length; i++) {
        String name = nextNames[i];
        if (!pending.containsKey(name)) throw new IllegalArgumentException("no initial value for the state `" + name + "`");
        leafSlot[i] = slotOfState.getOrDefault(name, -1);
        rootSlot[i] = plan.slotOf().get(plan.roots().get(i + 1));
        int s = rootSlot[i];
        swaps[i] = leafSlot[i] >= 0 && !plan.leafName().containsKey(s) && !plan.constants().containsKey(s) && rootUses[s] == 1;
      }
      List<Integer> slots = new ArrayList<>();
      List<String> batch = new ArrayList<>();
      int stepAt = -1;
      for (Map.Entry<Integer, String> e : plan.leafName().entrySet()) {
        if (pending.containsKey(e.getValue())) continue;
        if (e.getValue().equals("step")) {
          stepAt = e.getKey();
        } else {
          slots.add(e.getKey());
          batch.add(e.getValue());
        }
      }
      batchSlots = slots.stream().mapToInt(Integer::intValue).toArray();
      batchNames = batch.toArray(String[]::new);
      stepSlot = stepAt;
      for (int s = 0; s < buffers.length; s++) readers.add(new ArrayList<>());
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) instanceof KernelStep k) for (int a = 0; a < k.slots().length; a++) readers.get(k.slots()[a]).add(new int[] {i, a});
      }
    }

    @Override public List<String> stateNames() { return names; }

    @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
      synchronized (ClProgram.this) {
        if (!sizes.equals(boundSizes)) ClProgram.this.bind(sizes);
        flush();
        for (int i = 0; i < batchSlots.length; i++) {
          float[] v = batch.get(batchNames[i]);
          if (v == null) throw new IllegalArgumentException("no value for " + batchNames[i]);
          int want = boundDims[elementSlots[batchSlots[i]]];
          if (v.length < want) throw new IllegalArgumentException(batchNames[i] + " needs " + want + " values but has " + v.length);
          put(buffers[batchSlots[i]], batchSlots[i], v, want);
        }
        if (stepSlot >= 0 && step != onDevice) { // the first step, or a step number the device does not hold
          counter[0] = step;
          put(buffers[stepSlot], stepSlot, counter, 1);
          onDevice = step;
        }
        enqueue();
        context.read(buffers[plan.slotOf().get(plan.roots().get(0))], counter, 1);
        double loss = counter[0];
        if (!Double.isFinite(loss)) return loss;
        if (stepSlot >= 0) { // the next step's number, counted on the device
          String counting = plan.integer(stepSlot) ? "nnc_count_int" : "nnc_count";
          if (count == 0) count = context.kernel(counterProgram(context), counting);
          context.arg(count, 0, buffers[stepSlot]);
          context.launch(count, 1, 1, 1, 1, 1, 1, 1, counting);
          onDevice = step + 1;
        }
        for (int i = 0; i < nextNames.length; i++) {
          int s = rootSlot[i];
          if (swaps[i]) {
            swap(leafSlot[i], s);
          } else if (leafSlot[i] >= 0) {
            if (leafSlot[i] != s) context.copy(buffers[s], 0, buffers[leafSlot[i]], 0, 4L * elementsOfSlot(leafSlot[i]));
          } else {
            float[] into = pending.get(nextNames[i]);
            get(buffers[s], s, into, into.length); // a state no kernel reads: rare, kept on the host
          }
        }
        return loss;
      }
    }

    /** Swaps the buffers of two slots of one size, and points the kernels that take them at their new buffers. */
    private void swap(int a, int b) {
      long buffer = buffers[a];
      buffers[a] = buffers[b];
      buffers[b] = buffer;
      long bytes = capacity[a];
      capacity[a] = capacity[b];
      capacity[b] = bytes;
      for (int slot : new int[] {a, b}) for (int[] r : readers.get(slot)) context.arg(kernels[r[0]], r[1], buffers[slot]);
    }

    /** Writes the state that waits for buffers, once there are buffers. */
    private void flush() {
      for (Map.Entry<String, Integer> e : slotOfState.entrySet()) {
        float[] v = pending.remove(e.getKey());
        if (v != null) put(buffers[e.getValue()], e.getValue(), v, v.length);
      }
    }

    @Override public void read(Map<String, float[]> into) {
      synchronized (ClProgram.this) {
        faults(); // before the state is saved or validated: the steps do not wait for the cells
        into.forEach((name, v) -> {
          if (!names.contains(name)) return;
          float[] host = pending.get(name);
          if (host != null) System.arraycopy(host, 0, v, 0, v.length);
          else get(buffers[slotOfState.get(name)], slotOfState.get(name), v, v.length);
        });
      }
    }

    @Override public void write(Map<String, float[]> from) {
      synchronized (ClProgram.this) {
        from.forEach((name, v) -> {
          if (!names.contains(name)) throw new IllegalArgumentException("no state `" + name + "`; the states are " + names);
          Integer slot = slotOfState.get(name);
          if (slot != null && buffers[slot] != 0 && !pending.containsKey(name)) put(buffers[slot], slot, v, v.length);
          else pending.put(name, v.clone());
        });
      }
    }
  }

  /**
   * Binds a step split at its gradients when {@code apply} is a program of this context: see
   * {@link Split}. Otherwise the programs pass their leaves and results through the host.
   */
  @Override public GradientStep bind(Executable apply, Map<String, float[]> initial, SplitLayout layout) {
    if (apply instanceof ClProgram a && a != this && a.context == context && context != null) return new Split(this, a, initial, layout);
    return Executable.super.bind(apply, initial, layout);
  }

  /**
   * Points a slot at a buffer a split step owns ({@code buffer} of {@code bytes}), and the kernels
   * that take the slot at it; a bind then keeps it. A buffer of 0 gives the slot back to the program.
   */
  private void place(int slot, long buffer, long bytes) {
    if (slotReaders == null) {
      slotReaders = new ArrayList<>();
      for (int s = 0; s < buffers.length; s++) slotReaders.add(new ArrayList<>());
      for (int i = 0; i < steps.size(); i++) {
        if (steps.get(i) instanceof KernelStep k) for (int a = 0; a < k.slots().length; a++) slotReaders.get(k.slots()[a]).add(new int[] {i, a});
      }
    }
    buffers[slot] = buffer;
    capacity[slot] = buffer == 0 ? 0 : bytes;
    external[slot] = buffer != 0;
    if (buffer != 0) for (int[] r : slotReaders.get(slot)) context.arg(kernels[r[0]], r[1], buffer);
  }

  /** Whether a root's slot holds that root alone, so a split step may give it a buffer of its own. */
  private boolean ownSlot(int slot, int[] rootUses) {
    return !plan.leafName().containsKey(slot) && !plan.constants().containsKey(slot) && rootUses[slot] == 1;
  }

  private int[] rootUses() {
    int[] uses = new int[buffers.length];
    for (Node r : plan.roots()) uses[plan.slotOf().get(r)]++;
    return uses;
  }

  private int rootSlot(int r) { return plan.slotOf().get(plan.roots().get(r)); }

  /**
   * A training step split at its gradients (a {@link SplitLayout}'s two programs, both on this
   * context) whose state and gradients stay on the device. The split step owns a device buffer
   * for every state, one more for the next value of each state that has one, and one for every
   * gradient, and points both programs' slots at them ({@link #place}): a state's leaf slot in
   * either program at its buffer, the slot of a gradient's root at the gradient's buffer and the
   * apply program's leaf of it at the same one, the slot of a next value at the next buffer. Once
   * the loss is a number each state's two buffers swap and the slots are pointed again, so a step
   * writes the batch and the step counter and reads the loss, as the fused step does. A root
   * whose slot is not its own (a leaf's, a constant's, another root's too) is copied into its
   * buffer on the device after its program runs.
   */
  private static final class Split implements GradientStep {
    private static final int STATE = 0, NEXT = 1, GRADIENT = 2;
    private final ClProgram[] programs;
    private final ClContext context;
    private final SplitLayout layout;
    private final List<String> names;
    private final String[] state;
    private final int[] length, gradientLength;
    private final long[] current, next, gradient;
    /** Per program: {kind, index, slot} of every slot pointed at a buffer of the split step, and of every root copied into one. */
    private final List<List<int[]>> placed = List.of(new ArrayList<>(), new ArrayList<>()), copied = List.of(new ArrayList<>(), new ArrayList<>());
    /** Per program: the slots and names of the leaves a batch brings, and the step counter's slot (or -1). */
    private final int[][] batchSlots = new int[2][];
    private final String[][] batchNames = new String[2][];
    private final int[] stepSlot = {-1, -1};
    private final float[] counter = new float[1];
    private final Gradients view = new View();
    private Hook hook;
    /** Per state, whether it is ints on the device (an i32 state). */
    private final boolean[] integerState;

    /** Writes state i's float values to its buffer (an integer state's as ints). */
    private void putState(int i, float[] v) {
      context.write(current[i], integerState[i] ? IntBits.of(v, new float[v.length], v.length) : v, v.length);
    }

    Split(ClProgram first, ClProgram second, Map<String, float[]> initial, SplitLayout layout) {
      programs = new ClProgram[] {first, second};
      context = first.context;
      this.layout = layout;
      names = List.copyOf(initial.keySet());
      state = names.toArray(String[]::new);
      length = new int[state.length];
      current = new long[state.length];
      next = new long[state.length];
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < state.length; i++) index.put(state[i], i);
      List<String> params = layout.gradients();
      gradientLength = new int[params.size()];
      gradient = new long[params.size()];
      Map<String, Integer> gradientLeaf = new LinkedHashMap<>();
      // An i32 state is ints on the device: the host converts what it writes and reads.
      integerState = new boolean[state.length];
      for (ClProgram program : programs) {
        program.plan.leafName().forEach((slot, name) -> {
          if (index.containsKey(name) && program.plan.integer(slot)) integerState[index.get(name)] = true;
        });
      }
      try {
        for (int i = 0; i < state.length; i++) {
          float[] v = initial.get(state[i]);
          length[i] = v.length;
          current[i] = context.buffer(4L * Math.max(1, v.length));
          putState(i, v);
        }
        for (List<String> next : List.of(layout.stateNext(), layout.applyNext())) {
          for (String n : next) {
            Integer i = index.get(n);
            if (i == null) throw new IllegalArgumentException("no initial value for the state `" + n + "`");
            this.next[i] = context.buffer(4L * Math.max(1, length[i]));
          }
        }
        for (int g = 0; g < params.size(); g++) {
          Integer i = index.get(params.get(g));
          if (i == null) throw new IllegalArgumentException("no parameter `" + params.get(g) + "` for a gradient");
          gradientLength[g] = length[i];
          gradient[g] = context.buffer(4L * Math.max(1, length[i]));
          gradientLeaf.put(SplitLayout.leaf(params.get(g)), g);
        }
      } catch (RuntimeException e) {
        release();
        throw e;
      }
      for (int p = 0; p < 2; p++) {
        ClProgram program = programs[p];
        List<Integer> slots = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (Map.Entry<Integer, String> e : program.plan.leafName().entrySet()) {
          String name = e.getValue();
          if (index.containsKey(name)) placed.get(p).add(new int[] {STATE, index.get(name), e.getKey()});
          else if (p == 1 && gradientLeaf.containsKey(name)) placed.get(p).add(new int[] {GRADIENT, gradientLeaf.get(name), e.getKey()});
          else if (name.equals("step")) stepSlot[p] = e.getKey();
          else {
            slots.add(e.getKey());
            batch.add(name);
          }
        }
        batchSlots[p] = slots.stream().mapToInt(Integer::intValue).toArray();
        batchNames[p] = batch.toArray(String[]::new);
      }
      // The roots: the gradients and the next values of the gradient program's states, then the apply program's.
      int[] uses = first.rootUses();
      for (int g = 0; g < params.size(); g++) target(0, first.rootSlot(1 + g), GRADIENT, g, uses);
      for (int i = 0; i < layout.stateNext().size(); i++) {
        target(0, first.rootSlot(1 + params.size() + i), NEXT, index.get(layout.stateNext().get(i)), uses);
      }
      uses = second.rootUses();
      for (int i = 0; i < layout.applyNext().size(); i++) target(1, second.rootSlot(i), NEXT, index.get(layout.applyNext().get(i)), uses);
      point();
    }

    private void target(int p, int slot, int kind, int i, int[] uses) {
      (programs[p].ownSlot(slot, uses) ? placed : copied).get(p).add(new int[] {kind, i, slot});
    }

    private long buffer(int kind, int i) { return kind == STATE ? current[i] : kind == NEXT ? next[i] : gradient[i]; }

    private long bytes(int kind, int i) { return 4L * Math.max(1, kind == GRADIENT ? gradientLength[i] : length[i]); }

    /** Points every placed slot of both programs at its buffer. */
    private void point() {
      for (int p = 0; p < 2; p++) for (int[] at : placed.get(p)) programs[p].place(at[2], buffer(at[0], at[1]), bytes(at[0], at[1]));
    }

    /** Copies the roots whose slots are not their own into their buffers. */
    private void copy(int p) {
      ClProgram program = programs[p];
      for (int[] at : copied.get(p)) {
        long bytes = 4L * (at[0] == GRADIENT ? gradientLength[at[1]] : length[at[1]]);
        if (bytes > 0) context.copy(program.buffers[at[2]], 0, buffer(at[0], at[1]), 0, bytes);
      }
    }

    @Override public List<String> stateNames() { return names; }

    @Override public List<String> gradientNames() { return layout.gradients(); }

    @Override public void between(Hook hook) { this.hook = hook; }

    @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
      synchronized (programs[0]) {
        synchronized (programs[1]) {
          for (int p = 0; p < 2; p++) {
            ClProgram program = programs[p];
            if (!sizes.equals(program.boundSizes)) program.bind(sizes);
            for (int i = 0; i < batchSlots[p].length; i++) {
              float[] v = batch.get(batchNames[p][i]);
              if (v == null) throw new IllegalArgumentException("no value for " + batchNames[p][i]);
              int want = program.boundDims[program.elementSlots[batchSlots[p][i]]];
              if (v.length < want) throw new IllegalArgumentException(batchNames[p][i] + " needs " + want + " values but has " + v.length);
              program.put(program.buffers[batchSlots[p][i]], batchSlots[p][i], v, want);
            }
            if (stepSlot[p] >= 0) {
              counter[0] = step;
              program.put(program.buffers[stepSlot[p]], stepSlot[p], counter, 1);
            }
          }
          programs[0].enqueue();
          copy(0);
          context.read(programs[0].buffers[programs[0].rootSlot(0)], counter, 1);
          double loss = counter[0];
          if (hook != null) hook.between(view, loss, step);
          if (!Double.isFinite(loss)) return loss;
          programs[1].enqueue();
          copy(1);
          for (int i = 0; i < state.length; i++) {
            if (next[i] == 0) continue;
            long was = current[i];
            current[i] = next[i];
            next[i] = was;
          }
          point();
          return loss;
        }
      }
    }

    @Override public void read(Map<String, float[]> into) {
      synchronized (programs[0]) {
        programs[0].faults(); // before the state is saved or validated: the steps do not wait for the cells
        programs[1].faults();
        into.forEach((name, v) -> {
          int i = names.indexOf(name);
          if (i >= 0) {
            int n = Math.min(v.length, length[i]);
            context.read(current[i], v, n);
            if (integerState[i]) IntBits.values(v, v, n);
          }
        });
      }
    }

    @Override public void write(Map<String, float[]> from) {
      synchronized (programs[0]) {
        from.forEach((name, v) -> {
          int i = names.indexOf(name);
          if (i < 0) throw new IllegalArgumentException("no state `" + name + "`; the states are " + names);
          if (v.length != length[i]) throw new IllegalArgumentException("state `" + name + "` has " + length[i] + " values, not " + v.length);
          putState(i, v);
        });
      }
    }

    /** Gives the slots back to the programs and frees the buffers. */
    @Override public void close() {
      synchronized (programs[0]) {
        synchronized (programs[1]) {
          for (int p = 0; p < 2; p++) for (int[] at : placed.get(p)) programs[p].place(at[2], 0, 0);
          release();
        }
      }
    }

    private void release() {
      for (long[] buffers : new long[][] {current, next, gradient}) {
        for (int i = 0; i < buffers.length; i++) {
          if (buffers[i] != 0) context.release(buffers[i]);
          buffers[i] = 0;
        }
      }
    }

    /** The gradients' device buffers. */
    private final class View implements Gradients {
      @Override public List<String> names() { return layout.gradients(); }

      @Override public int length(String name) { return gradientLength[at(name)]; }

      @Override public float[] array(String name) { return null; }

      @Override public long buffer(String name) { return gradient[at(name)]; }

      @Override public void read(String name, float[] into) {
        int g = at(name);
        context.read(gradient[g], into, gradientLength[g]);
      }

      @Override public void write(String name, float[] from) {
        int g = at(name);
        context.write(gradient[g], from, gradientLength[g]);
      }

      private int at(String name) {
        int g = layout.gradients().indexOf(name);
        if (g < 0) throw new IllegalArgumentException("no gradient of `" + name + "`; the gradients are " + layout.gradients());
        return g;
      }
    }
  }

  /** The one-kernel program that counts steps on the device: {@code s[0] += 1}, built once per context (then from the binary cache). */
  private static ClContext.Program counterProgram(ClContext context) {
    synchronized (COUNTERS) {
      return COUNTERS.computeIfAbsent(context, c -> c.build("__kernel void nnc_count(__global float* s) { s[0] += 1.0f; }\n"
          + "__kernel void nnc_count_int(__global int* s) { s[0] += 1; }\n", ""));
    }
  }

  private static final Map<ClContext, ClContext.Program> COUNTERS = new java.util.WeakHashMap<>();

  /**
   * An index from the data outside its axis that a kernel met is the data's fault, said as the
   * JVM backend says it (Fn.index), and the cells are cleared. Checked after every run of a
   * program, after a loop (its body is a program of its own), and, for a training step bound to
   * the device, when its state is read back (at a checkpoint or validation, before anything is
   * saved), so a step still reads back only its loss.
   */
  void faults() {
    if (!checks) return;
    context.read(faultBuffer, faultCells, 3);
    if (Float.floatToRawIntBits(faultCells[0]) == 0) return;
    context.write(faultBuffer, new int[3]);
    dev.nnc.runtime.jvm.Fn.index(Float.floatToRawIntBits(faultCells[1]), Float.floatToRawIntBits(faultCells[2]));
  }

  /** Enqueues every launch, in order, on buffers already bound (the caller reads the results). */
  void enqueue() {
    if (profile == null) {
      host.run(context, kernels, boundDims, loopRuns);
      return;
    }
    // The same launches one by one, each waited for and timed (what nnc bench --profile reports).
    for (int i = 0; i < steps.size(); i++) {
      long t0 = System.nanoTime();
      if (steps.get(i) instanceof KernelStep k) {
        int[] g = new int[k.global().length];
        for (int a = 0; a < g.length; a++) g[a] = boundDims[k.global()[a]];
        if (k.local() == null) ClHost.grouped(context, kernels[i], g[0], group, k.name());
        else if (g.length == 1) ClHost.launch(context, kernels[i], g[0], k.local()[0], k.name());
        else if (g.length == 2) ClHost.launch(context, kernels[i], g[0], k.local()[0], g[1], k.local()[1], k.name());
        else ClHost.launch(context, kernels[i], g[0], k.local()[0], g[1], k.local()[1], g[2], k.local()[2], k.name());
      } else {
        ((ClLoop) steps.get(i)).run(buffers, boundSizes);
      }
      context.finish();
      profile[i] += System.nanoTime() - t0;
    }
  }

  /**
   * The launch sequence as one emitted method: per kernel, {@code ClHost.grouped} or
   * {@code ClHost.launch} with its grid read from the size table and its work-group size as
   * constants; per loop, its {@code run}. Mirrors the profiling path of {@link #enqueue()}.
   */
  private ClHost host() {
    String name = "dev/nnc/opencl/gen/Host" + HOSTS.incrementAndGet();
    String contextType = "Ldev/nnc/runtime/opencl/ClContext;", hostType = "dev/nnc/runtime/opencl/ClHost";
    ClassWriter cw = JvmProgram.hostClass(name, hostType);
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "(" + contextType + "[J[I[Ljava/lang/Runnable;)V", null, null);
    mv.visitCode();
    int loop = 0;
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof KernelStep k)) {
        mv.visitVarInsn(ALOAD, 4);
        mv.visitLdcInsn(loop++);
        mv.visitInsn(AALOAD);
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        continue;
      }
      mv.visitVarInsn(ALOAD, 1);
      mv.visitVarInsn(ALOAD, 2);
      mv.visitLdcInsn(i);
      mv.visitInsn(LALOAD);
      StringBuilder desc = new StringBuilder("(" + contextType + "J");
      for (int a = 0; a < k.global().length; a++) {
        mv.visitVarInsn(ALOAD, 3);
        mv.visitLdcInsn(k.global()[a]);
        mv.visitInsn(IALOAD);
        mv.visitLdcInsn(k.local() == null ? group : k.local()[a]);
        desc.append("II");
      }
      mv.visitLdcInsn(k.name());
      mv.visitMethodInsn(INVOKESTATIC, hostType, k.local() == null ? "grouped" : "launch", desc + "Ljava/lang/String;)V", true);
    }
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return (ClHost) JvmProgram.define(name, cw.toByteArray());
  }

  /** Evaluates the size formulas for new sizes, grows the buffers that are too small, and points the kernels at them. */
  void bind(Map<String, Long> sizes) {
    // The sizes as longs first: a batch too large for the device may have buffers past 2^31 elements.
    long[] elements = new long[elementSlots.length];
    long total = 0;
    int largest = 0;
    for (int s = 0; s < buffers.length; s++) {
      elements[s] = dims.formulas().get(elementSlots[s]).evaluate(sizes);
      total += 4 * elements[s];
      if (elements[s] > elements[largest]) largest = s;
    }
    if (buffers.length > 0 && (total > context.device().globalMemory() || 4 * elements[largest] > context.device().maxAllocation()
        || elements[largest] > Integer.MAX_VALUE)) {
      throw outOfMemory(largest, 4 * elements[largest], sizes);
    }
    boundSizes = Map.copyOf(sizes);
    boundDims = dims.evaluate(sizes);
    for (int s = 0; s < buffers.length; s++) {
      long bytes = 4L * Math.max(1, boundDims[elementSlots[s]]);
      if (external[s]) {
        if (capacity[s] < bytes) throw new IllegalStateException("buffer " + s + " (" + bufferName(s) + ") holds " + capacity[s] + " bytes, not " + bytes);
        continue;
      }
      if (buffers[s] != 0 && capacity[s] >= bytes) continue;
      if (buffers[s] != 0) context.release(buffers[s]);
      try {
        buffers[s] = context.buffer(bytes);
      } catch (ClException e) {
        buffers[s] = 0;
        throw outOfMemory(s, bytes, sizes);
      }
      capacity[s] = bytes;
      float[] constant = plan.constants().get(s);
      if (constant != null) context.write(buffers[s], constant, constant.length);
    }
    if (dimsCapacity < Math.max(1, boundDims.length)) {
      if (dimsBuffer != 0) context.release(dimsBuffer);
      dimsCapacity = Math.max(1, boundDims.length);
      dimsBuffer = context.buffer(4L * dimsCapacity);
    }
    if (boundDims.length > 0) context.write(dimsBuffer, boundDims);
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof KernelStep k) {
        for (int a = 0; a < k.slots().length; a++) context.arg(kernels[i], a, buffers[k.slots()[a]]);
        context.arg(kernels[i], k.slots().length, dimsBuffer);
        if (k.checks()) context.arg(kernels[i], k.slots().length + 1, faultBuffer);
      }
    }
    for (int r = 0; r < results.length; r++) {
      int n = boundDims[elementSlots[plan.slotOf().get(plan.roots().get(r))]];
      if (results[r] == null || results[r].length != n) results[r] = new float[n];
    }
  }

  /** Out of device memory: which buffer did not fit, the plan's peak, and the largest batch that fits. */
  private ClException outOfMemory(int slot, long bytes, Map<String, Long> sizes) {
    Dim peak = Dim.of(0); // on the device, the leaves and constants have buffers too
    for (Dim e : plan.slotElements()) peak = peak.plus(e.times(Dim.of(4)));
    StringBuilder m = new StringBuilder("out of memory on " + context.device().name() + " ("
        + (context.device().globalMemory() >> 20) + " MiB)");
    if (slot >= 0) {
      m.append(": cannot fit buffer ").append(slot).append(" (").append(bufferName(slot)).append(", ")
          .append(bytes).append(" bytes)");
    }
    m.append("; the plan's peak is ").append(peak).append(" bytes = ").append(peak.evaluate(sizes)).append(" at ").append(sizes);
    if (sizes.containsKey("B")) {
      long lo = 0, hi = sizes.get("B");
      while (lo < hi) { // the largest batch whose peak fits
        long mid = (lo + hi + 1) / 2;
        Map<String, Long> at = new java.util.HashMap<>(sizes);
        at.put("B", mid);
        if (peak.evaluate(at) <= context.device().globalMemory()) lo = mid; else hi = mid - 1;
      }
      m.append("; the largest batch that fits is ").append(lo);
    }
    return new ClException(m.toString());
  }

  /** What a buffer holds: a leaf's name, or the type of the first value planned into it. */
  private String bufferName(int slot) {
    String leaf = plan.leafName().get(slot);
    if (leaf != null) return leaf;
    for (Map.Entry<Node, Integer> e : plan.slotOf().entrySet()) {
      if (e.getValue() == slot) return e.getKey().op().word() + " " + e.getKey().type();
    }
    return "a constant";
  }

  private long[] profile;

  /** Starts timing every launch of the following runs (each waits for its launch); {@link #profile()} gives the nanoseconds of each. */
  public void startProfile() { profile = new long[steps.size()]; }

  public long[] profile() { return profile.clone(); }

  /** The device buffers of the last bind, by slot (a loop's body is run on its parent's buffers). */
  long[] buffers() { return buffers; }

  /** The launch plan this program runs. */
  public LaunchPlan plan() { return plan; }

  int[] boundDims() { return boundDims; }

  int elementsOfSlot(int slot) { return boundDims[elementSlots[slot]]; }

  /** The whole OpenCL source of the program. */
  public String source() { return source; }

  /** Each kernel's source (after the shared prelude), by name, in launch order. */
  public Map<String, String> kernelSources() { return kernelSources; }

  /** The kernels of the loops' bodies, named loopN_kM. */
  public Map<String, String> loopSources() { return loopSources; }

  /** The helpers every kernel's source needs before it. */
  public static String prelude() { return Templates.PRELUDE + LibraryKernels.ARGMAX; }

  public boolean fromCache() { return program == null || program.cached(); }

  public int launchCount() { return steps.size(); }

  /** One line per launch. */
  public String describe() { return plan.describe(); }

  /** The .nn spans a launch's nodes came from (user code first, then the stdlib), as a comment line. */
  static String spans(LaunchPlan.Launch l) {
    List<Node> nodes = new ArrayList<>(l.writes());
    if (l instanceof LaunchPlan.Segments s) nodes.addAll(s.computed());
    if (l instanceof LaunchPlan.Reduce r) nodes.addAll(r.computed());
    if (l instanceof LaunchPlan.Library lib) nodes.add(lib.anchor());
    if (l instanceof LaunchPlan.Attention a) nodes.addAll(a.computed());
    java.util.Set<String> user = new java.util.LinkedHashSet<>(), lib = new java.util.LinkedHashSet<>();
    for (Node n : nodes) {
      dev.nnc.diag.Span s = n.origin();
      if (s != null) (s.source().stdlib() ? lib : user).add(s.where());
    }
    List<String> all = new ArrayList<>(user);
    all.addAll(lib);
    if (all.isEmpty()) return "";
    return " (from " + (all.size() <= 6 ? String.join(", ", all) : String.join(", ", all.subList(0, 6)) + ", ...") + ")";
  }

  /** What a launch computes, for the comment on its kernel. */
  static String describe(LaunchPlan.Launch l) {
    StringBuilder out = new StringBuilder();
    if (l instanceof LaunchPlan.Matmul m) {
      out.append("matmul").append(m.transA() ? " a'" : "").append(m.transB() ? " b'" : "");
    } else if (l instanceof LaunchPlan.Attention a) {
      out.append("attention, online softmax over ").append(a.scores().type()).append(" scores");
    } else if (l instanceof LaunchPlan.Library lib) {
      out.append(lib.anchor().op().word());
    } else if (l instanceof LaunchPlan.Loop) {
      out.append("loop");
    } else {
      Set<Node> computed = l instanceof LaunchPlan.Segments s ? s.computed() : ((LaunchPlan.Reduce) l).computed();
      out.append(l instanceof LaunchPlan.Reduce ? "reduction of" : "elementwise");
      int n = 0;
      for (Node x : computed) {
        if (x.op() == Op.FILL || x.op() == Op.SIZE) continue;
        if (n++ == 12) {
          out.append(" ...");
          break;
        }
        out.append(' ').append(x.op().word());
      }
    }
    out.append(" ->");
    for (Node w : l.writes()) out.append(' ').append(w.type());
    return out.toString();
  }
}
