package dev.nnc.runtime.jvm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A loop (a `scan`) on the JVM: its body is a program of its own, whose leaves are the
 * carries ({@code carry0}, ...), the step's rows of the sequences ({@code seq0}, ...), the
 * step's index ({@code index}) and the outer values it reads ({@code captured0}, ...), run
 * once a step. One launch computes every result the program wants of one loop (final
 * carries, stacked outputs, the carries each step entered with), so the body runs once per step.
 */
public final class LoopKernel implements Kernel {
  /** Which result of the loop: the final value of carry k, output k stacked over the steps, or the carries each step entered with. */
  public enum Kind { FINAL, STACKED, CARRIES }

  /**
   * One result the program wants of the loop.
   *
   * @param slot its buffer slot
   * @param output for a stacked output, its index among the body program's results (-1 otherwise)
   */
  public record Result(Kind kind, int k, int slot, int output) {}

  /**
   * The loop's shape, every size a slot in the outer program's size table.
   *
   * @param length the slot of the step count
   * @param carryElements the slots of each carry's element count; {@code seqElements} of each sequence row's
   * @param captured how many outer values the body reads
   * @param inputSlots the buffer slots of the initial carries, then the sequences, then the captured values
   */
  public record Plan(int length, boolean reverse, int[] carryElements, int[] seqElements, int captured, int[] inputSlots,
      List<Result> results) {
    public Plan {
      carryElements = carryElements.clone();
      seqElements = seqElements.clone();
      inputSlots = inputSlots.clone();
      results = List.copyOf(results);
    }
  }

  private final Plan plan;
  private final ProgramRunner body;
  private final Supplier<Map<String, Long>> sizes;
  private final int carries, seqs;

  /** A loop whose body runs as {@code body}, with the sizes of the outer program's call. */
  public LoopKernel(Plan plan, ProgramRunner body, Supplier<Map<String, Long>> sizes) {
    this.plan = plan;
    this.body = body;
    this.sizes = sizes;
    this.carries = plan.carryElements().length;
    this.seqs = plan.seqElements().length;
  }

  // The body's leaves, made once per set of sizes: a step of training allocates nothing here.
  private Map<String, Long> bound;
  private final Map<String, float[]> leaves = new HashMap<>();
  private float[][] carry, row;
  private final float[] index = new float[1];

  private void bind(Map<String, Long> sizes, int[] dims) {
    bound = sizes;
    carry = new float[carries][];
    for (int i = 0; i < carries; i++) {
      carry[i] = new float[dims[plan.carryElements()[i]]];
      leaves.put("carry" + i, carry[i]);
    }
    row = new float[seqs][];
    for (int i = 0; i < seqs; i++) {
      row[i] = new float[dims[plan.seqElements()[i]]];
      leaves.put("seq" + i, row[i]);
    }
    leaves.put("index", index);
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Map<String, Long> sizes = this.sizes.get();
    if (!sizes.equals(bound)) bind(sizes, dims);
    int n = dims[plan.length()];
    int[] inputSlots = plan.inputSlots();
    List<Result> results = plan.results();
    for (int i = 0; i < carries; i++) System.arraycopy(buffers[inputSlots[i]], 0, carry[i], 0, carry[i].length);
    for (int i = 0; i < plan.captured(); i++) leaves.put("captured" + i, buffers[inputSlots[carries + seqs + i]]);
    for (int step = 0; step < n; step++) {
      int t = plan.reverse() ? n - 1 - step : step;
      index[0] = Float.intBitsToFloat(t); // the index is an i32 leaf: its cell holds the int's bits
      for (int i = 0; i < seqs; i++) System.arraycopy(buffers[inputSlots[carries + i]], t * row[i].length, row[i], 0, row[i].length);
      for (Result r : results) {
        if (r.kind() == Kind.CARRIES) System.arraycopy(carry[r.k()], 0, buffers[r.slot()], t * carry[r.k()].length, carry[r.k()].length);
      }
      List<float[]> out = body.runCells(leaves, bound); // carries as this program's buffers hold them
      // The body's results live in its buffers, which its next run overwrites: copy the carries out.
      for (int i = 0; i < carries; i++) System.arraycopy(out.get(i), 0, carry[i], 0, carry[i].length);
      for (Result r : results) {
        if (r.kind() == Kind.STACKED) {
          float[] y = out.get(r.output());
          System.arraycopy(y, 0, buffers[r.slot()], t * y.length, y.length);
        }
      }
    }
    for (Result r : results) {
      if (r.kind() == Kind.FINAL) System.arraycopy(carry[r.k()], 0, buffers[r.slot()], 0, carry[r.k()].length);
    }
  }
}
