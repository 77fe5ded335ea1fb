package dev.nnc.runtime.jvm;

import dev.nnc.runtime.IntBits;
import dev.nnc.runtime.train.BoundStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The running side of a compiled program on the JVM, the same whether the compiler has just
 * compiled it or it was loaded from a {@link ProgramImage}: binds the sizes of a call
 * (evaluating the size table once), allocates the buffers once per set of sizes (a smaller
 * last batch runs in the same buffers), runs the launch sequence and hands back the roots.
 * A slot of {@code i32} values holds the ints' bits ({@link IntBits}): the leaves a caller
 * passes and the results it gets are float values, converted here.
 */
public final class ProgramRunner {
  private final Kernel[] kernels;
  private final Host host;
  private final int[] work;
  private final int[] elementSlots;
  private final boolean[] integers;
  /** Per integer leaf slot, the array its values are converted into; per integer root, its values (reused by every run). */
  private final float[][] converted, rootValues;
  private final Map<Integer, String> leafName;
  private final Map<Integer, float[]> constants;
  private final int[] roots;
  private final Function<Map<String, Long>, int[]> sizeTable;
  private float[][] buffers;
  /** The roots' values of the last run, as the caller sees them (the array is reused by every run). */
  private final float[][] results;
  private final List<float[]> resultList;
  private Map<String, Long> boundSizes;
  private String[] boundNames;
  private long[] boundValues;
  private int[] boundDims;
  private long[] profile;

  /**
   * @param kernels the launches, in order; {@code host} launches them
   * @param work each launch's item count and cost per item: a number, or {@code -1 - s} for entry s of the size table
   * @param elementSlots each buffer slot's element count, as an entry of the size table
   * @param integers the slots that hold 32-bit integers (i32 values, as their bits)
   * @param leafName the slots the caller's leaves go to, in the order they are checked
   * @param constants the slots that hold constants
   * @param roots the slots of the results
   * @param sizeTable the size table for a call's sizes
   */
  public ProgramRunner(Kernel[] kernels, Host host, int[] work, int[] elementSlots, int[] integers,
      Map<Integer, String> leafName, Map<Integer, float[]> constants, int[] roots, Function<Map<String, Long>, int[]> sizeTable) {
    this.kernels = chained(kernels);
    this.host = host;
    this.work = work.clone();
    this.elementSlots = elementSlots.clone();
    this.integers = new boolean[elementSlots.length];
    for (int s : integers) this.integers[s] = true;
    this.converted = new float[elementSlots.length][];
    this.rootValues = new float[roots.length][];
    this.leafName = leafName;
    this.constants = constants;
    this.roots = roots.clone();
    this.sizeTable = sizeTable;
    results = new float[roots.length][];
    resultList = Collections.unmodifiableList(Arrays.asList(results));
  }

  /**
   * The launches with each window op that names launches to run with it ({@link WindowKernel#then})
   * made an {@link ImageChain} of them, and those launches left with nothing to do.
   */
  private static Kernel[] chained(Kernel[] kernels) {
    Kernel[] out = kernels.clone();
    for (int i = 0; i < kernels.length; i++) {
      if (!(kernels[i] instanceof WindowKernel w) || w.then().length == 0) continue;
      int count = w.then().length;
      if (i + count >= kernels.length) throw new IllegalArgumentException("launch " + i + " chains " + count + " launches past the last");
      Kernel[] stages = java.util.Arrays.copyOfRange(kernels, i + 1, i + 1 + count);
      out[i] = new ImageChain(w, stages);
      for (int j = i + 1; j <= i + count; j++) out[j] = ImageChain.CHAINED;
      i += count;
    }
    return out;
  }

  /** The sizes of the current call (what a loop's body runs with). */
  public Map<String, Long> sizes() { return boundSizes; }

  /**
   * Runs the program on leaves by name, float values (an i32 leaf's converted to ints); the
   * returned arrays, float values too, are reused by the next run.
   */
  public List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
    return run(leaves, sizes, true);
  }

  /**
   * Runs the program on leaves as its buffers hold them (an i32 leaf as ints' bits) and hands back
   * its roots so too: how a loop runs its body on the carries of the program around it.
   */
  synchronized List<float[]> runCells(Map<String, float[]> leaves, Map<String, Long> sizes) {
    return run(leaves, sizes, false);
  }

  private synchronized List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes, boolean values) {
    if (!sizes.equals(boundSizes)) bind(sizes);
    for (Map.Entry<Integer, String> e : leafName.entrySet()) {
      float[] v = leaves.get(e.getValue());
      int want = boundDims[elementSlots[e.getKey()]];
      if (v == null) throw new IllegalArgumentException("no value for " + e.getValue());
      if (v.length < want) {
        throw new IllegalArgumentException(e.getValue() + " needs " + want + " values but has " + v.length);
      }
      buffers[e.getKey()] = values ? cells(e.getKey(), v, want) : v;
    }
    execute();
    for (int r = 0; r < roots.length; r++) {
      int s = roots[r];
      int n = boundDims[elementSlots[s]];
      if (values && integers[s]) { // ints as float values, in an array of this root's
        if (rootValues[r] == null || rootValues[r].length != n) rootValues[r] = new float[n];
        results[r] = IntBits.values(buffers[s], rootValues[r], n);
        continue;
      }
      // A smaller batch than the buffers were made for: its values are their first n elements.
      results[r] = buffers[s].length == n ? buffers[s] : Arrays.copyOf(buffers[s], n);
    }
    return resultList;
  }

  /** A leaf's values as its slot holds them: an integer slot's converted into an array of ints' bits. */
  private float[] cells(int slot, float[] values, int n) {
    if (!integers[slot]) return values;
    if (converted[slot] == null || converted[slot].length < n) converted[slot] = new float[n];
    return IntBits.of(values, converted[slot], n);
  }

  /**
   * Binds the program, a training step whose roots are the loss and then the next value of each
   * state named by {@code next}, to its state (copied from {@code initial}): see {@link Resident}.
   */
  public synchronized BoundStep bind(Map<String, float[]> initial, List<String> next) {
    return new Resident(initial, next);
  }

  /**
   * A training step whose state stays in the program's buffers. A state the program reads is
   * the buffer of its leaf slot; its next value is written to the buffer of its root slot, and
   * once the loss is a number the two buffers swap, so a step copies nothing and allocates
   * nothing. Where a root's slot cannot take part in a swap (it is a leaf or a constant, or
   * another root's too) the next value is copied instead.
   */
  private final class Resident implements BoundStep {
    private final List<String> names;
    private final Map<String, float[]> owned = new LinkedHashMap<>();
    /** Per state in {@code next}'s order: its leaf slot (or -1), its root slot, and whether the two swap. */
    private final int[] leafSlot, rootSlot;
    private final boolean[] swaps;
    private final String[] nextNames;
    /** The leaves a batch brings, by slot, and the step counter's slot (or -1). */
    private final int[] batchSlots;
    private final String[] batchNames;
    private final int stepSlot;
    private final float[] counter = new float[1];

    /** The states kept as ints' bits (an i32 state). */
    private final java.util.Set<String> integerStates = new java.util.HashSet<>();

    Resident(Map<String, float[]> initial, List<String> next) {
      Map<String, Integer> slotOfLeaf = new LinkedHashMap<>();
      leafName.forEach((slot, name) -> slotOfLeaf.put(name, slot));
      for (int i = 0; i < next.size(); i++) {
        Integer leaf = slotOfLeaf.get(next.get(i));
        if (integers[leaf != null ? leaf : roots[i + 1]]) integerStates.add(next.get(i));
      }
      initial.forEach((name, v) -> owned.put(name, integerStates.contains(name) ? IntBits.of(v, new float[v.length], v.length) : v.clone()));
      names = List.copyOf(owned.keySet());
      nextNames = next.toArray(String[]::new);
      leafSlot = new int[nextNames.length];
      rootSlot = new int[nextNames.length];
      swaps = new boolean[nextNames.length];
      int[] rootUses = new int[elementSlots.length];
      for (int r = 0; r < roots.length; r++) rootUses[roots[r]]++;
      for (int i = 0; i < nextNames.length; i++) {
        String name = nextNames[i];
        if (!owned.containsKey(name)) throw new IllegalArgumentException("no initial value for the state `" + name + "`");
        leafSlot[i] = slotOfLeaf.getOrDefault(name, -1);
        rootSlot[i] = roots[i + 1];
        int s = rootSlot[i];
        swaps[i] = leafSlot[i] >= 0 && !leafName.containsKey(s) && !constants.containsKey(s) && rootUses[s] == 1;
      }
      List<Integer> slots = new ArrayList<>();
      List<String> batch = new ArrayList<>();
      int stepAt = -1;
      for (Map.Entry<Integer, String> e : leafName.entrySet()) {
        String name = e.getValue();
        if (owned.containsKey(name)) {
          buffers()[e.getKey()] = owned.get(name);
        } else if (name.equals("step")) {
          stepAt = e.getKey();
          buffers()[stepAt] = counter;
        } else {
          slots.add(e.getKey());
          batch.add(name);
        }
      }
      batchSlots = slots.stream().mapToInt(Integer::intValue).toArray();
      batchNames = batch.toArray(String[]::new);
      stepSlot = stepAt;
    }

    @Override public List<String> stateNames() { return names; }

    @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
      synchronized (ProgramRunner.this) {
        if (!bound(sizes)) bind(sizes);
        for (int i = 0; i < batchSlots.length; i++) {
          float[] v = batch.get(batchNames[i]);
          if (v == null) throw new IllegalArgumentException("no value for " + batchNames[i]);
          int want = boundDims[elementSlots[batchSlots[i]]];
          if (v.length < want) throw new IllegalArgumentException(batchNames[i] + " needs " + want + " values but has " + v.length);
          buffers[batchSlots[i]] = cells(batchSlots[i], v, want);
        }
        counter[0] = stepSlot >= 0 && integers[stepSlot] ? IntBits.cell((int) step) : step;
        execute();
        double loss = buffers[roots[0]][0];
        if (!Double.isFinite(loss)) return loss;
        for (int i = 0; i < nextNames.length; i++) {
          int s = rootSlot[i];
          if (swaps[i]) {
            int leaf = leafSlot[i];
            float[] now = buffers[s];
            buffers[s] = buffers[leaf];
            buffers[leaf] = now;
          } else {
            float[] into = leafSlot[i] >= 0 ? buffers[leafSlot[i]] : owned.get(nextNames[i]);
            if (into != buffers[s]) System.arraycopy(buffers[s], 0, into, 0, into.length);
          }
        }
        return loss;
      }
    }

    /** A state's current array: its leaf's buffer where the program reads it. */
    private float[] current(String name) {
      synchronized (ProgramRunner.this) {
        for (Map.Entry<Integer, String> e : leafName.entrySet()) if (e.getValue().equals(name)) return buffers()[e.getKey()];
        return owned.get(name);
      }
    }

    @Override public void read(Map<String, float[]> into) {
      into.forEach((name, v) -> {
        float[] s = owned.containsKey(name) ? current(name) : null;
        if (s != null && integerStates.contains(name)) IntBits.values(s, v, v.length);
        else if (s != null) System.arraycopy(s, 0, v, 0, v.length);
      });
    }

    @Override public void write(Map<String, float[]> from) {
      from.forEach((name, v) -> {
        float[] s = owned.containsKey(name) ? current(name) : null;
        if (s == null) throw new IllegalArgumentException("no state `" + name + "`; the states are " + names);
        if (v.length != s.length) throw new IllegalArgumentException("state `" + name + "` has " + s.length + " values, not " + v.length);
        if (integerStates.contains(name)) IntBits.of(v, s, s.length);
        else System.arraycopy(v, 0, s, 0, s.length);
      });
    }
  }

  /** The buffers, made when first needed (a binding places its state before the first run binds sizes). */
  private float[][] buffers() {
    if (buffers == null) buffers = new float[elementSlots.length][];
    return buffers;
  }

  /**
   * Runs the launches on the bound buffers. An index the program reads from its inputs (a
   * gather's, an embedding's) that lies outside the axis it selects from is the data's fault,
   * said as such: the generated gathers check each index ({@code Fn.index}, which names the index
   * and the axis's size); an array bound broken elsewhere on the way is said the same way.
   */
  private void execute() {
    try {
      launchAll();
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new dev.nnc.runtime.DataException(null, "an index the program reads is outside the axis it selects from: "
          + "a label, token id or position at or beyond the size of the table it picks from (a class count, a "
          + "vocabulary, a context length); check the data against the model's sizes", e);
    }
  }

  private void launchAll() {
    if (profile != null) {
      // The same launches one by one, each timed (what nnc bench --profile reports).
      for (int i = 0; i < kernels.length; i++) {
        long t0 = System.nanoTime();
        Host.launch(kernels[i], buffers, boundDims, value(work[2 * i]), value(work[2 * i + 1]));
        profile[i] += System.nanoTime() - t0;
      }
    } else {
      host.run(kernels, buffers, boundDims);
    }
  }

  /** Whether {@code sizes} are the bound ones, compared without allocating (a map's equals iterates its entries). */
  private boolean bound(Map<String, Long> sizes) {
    if (boundSizes == null || sizes.size() != boundNames.length) return false;
    for (int i = 0; i < boundNames.length; i++) {
      Long v = sizes.get(boundNames[i]);
      if (v == null || v != boundValues[i]) return false;
    }
    return true;
  }

  /** Evaluates the size formulas for new sizes and grows the buffers that are too small. */
  private void bind(Map<String, Long> sizes) {
    boundSizes = Map.copyOf(sizes);
    boundNames = boundSizes.keySet().toArray(String[]::new);
    boundValues = new long[boundNames.length];
    for (int i = 0; i < boundNames.length; i++) boundValues[i] = boundSizes.get(boundNames[i]);
    boundDims = sizeTable.apply(sizes);
    buffers();
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

  private int value(int w) { return w >= 0 ? w : boundDims[-1 - w]; }

  /** The bytes of the buffers the program allocated itself (not the leaves the caller passes). */
  public long allocatedBytes() {
    long total = 0;
    if (buffers == null) return 0;
    for (int s = 0; s < buffers.length; s++) {
      if (!leafName.containsKey(s) && !constants.containsKey(s) && buffers[s] != null) total += 4L * buffers[s].length;
    }
    return total;
  }

  /** Starts timing every launch of the following runs; {@link #profile()} gives the nanoseconds of each. */
  public void startProfile() { profile = new long[kernels.length]; }

  public long[] profile() { return profile.clone(); }
}
