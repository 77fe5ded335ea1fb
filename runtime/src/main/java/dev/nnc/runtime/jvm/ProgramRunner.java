package dev.nnc.runtime.jvm;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The running side of a compiled program on the JVM, the same whether the compiler has just
 * compiled it or it was loaded from a {@link ProgramImage}: binds the sizes of a call
 * (evaluating the size table once), allocates the buffers once per set of sizes (a smaller
 * last batch runs in the same buffers), runs the launch sequence and hands back the roots.
 */
public final class ProgramRunner {
  private final Kernel[] kernels;
  private final Host host;
  private final int[] work;
  private final int[] elementSlots;
  private final Map<Integer, String> leafName;
  private final Map<Integer, float[]> constants;
  private final int[] roots;
  private final Function<Map<String, Long>, int[]> sizeTable;
  private float[][] buffers;
  /** The roots' values of the last run, as the caller sees them (the array is reused by every run). */
  private final float[][] results;
  private final List<float[]> resultList;
  private Map<String, Long> boundSizes;
  private int[] boundDims;
  private long[] profile;

  /**
   * @param kernels the launches, in order; {@code host} launches them
   * @param work each launch's item count and cost per item: a number, or {@code -1 - s} for entry s of the size table
   * @param elementSlots each buffer slot's element count, as an entry of the size table
   * @param leafName the slots the caller's leaves go to, in the order they are checked
   * @param constants the slots that hold constants
   * @param roots the slots of the results
   * @param sizeTable the size table for a call's sizes
   */
  public ProgramRunner(Kernel[] kernels, Host host, int[] work, int[] elementSlots, Map<Integer, String> leafName,
      Map<Integer, float[]> constants, int[] roots, Function<Map<String, Long>, int[]> sizeTable) {
    this.kernels = kernels.clone();
    this.host = host;
    this.work = work.clone();
    this.elementSlots = elementSlots.clone();
    this.leafName = leafName;
    this.constants = constants;
    this.roots = roots.clone();
    this.sizeTable = sizeTable;
    results = new float[roots.length][];
    resultList = Collections.unmodifiableList(Arrays.asList(results));
  }

  /** The sizes of the current call (what a loop's body runs with). */
  public Map<String, Long> sizes() { return boundSizes; }

  /** Runs the program on leaves by name; the returned arrays are reused by the next run. */
  public synchronized List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
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
        Host.launch(kernels[i], buffers, boundDims, value(work[2 * i]), value(work[2 * i + 1]));
        profile[i] += System.nanoTime() - t0;
      }
    } else {
      host.run(kernels, buffers, boundDims);
    }
    for (int r = 0; r < roots.length; r++) {
      int s = roots[r];
      int n = boundDims[elementSlots[s]];
      // A smaller batch than the buffers were made for: its values are their first n elements.
      results[r] = buffers[s].length == n ? buffers[s] : Arrays.copyOf(buffers[s], n);
    }
    return resultList;
  }

  /** Evaluates the size formulas for new sizes and grows the buffers that are too small. */
  private void bind(Map<String, Long> sizes) {
    boundSizes = Map.copyOf(sizes);
    boundDims = sizeTable.apply(sizes);
    if (buffers == null) buffers = new float[elementSlots.length][];
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
