package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Loops;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.runtime.jvm.Kernel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A loop (a `scan`) on the JVM: its body is a program of its own, compiled once with its
 * placeholders and the outer values it reads as named leaves, and run once a step. One
 * launch computes every result the program wants of one loop (final carries, stacked
 * outputs, the carries each step entered with), so the body runs once per step.
 */
final class LoopKernel implements Kernel {
  private final Loops.Body body;
  private final List<Node> results;
  private final int[] resultSlots;
  private final int[] inputSlots;
  private final JvmProgram program;
  private final int carries, seqs;
  private final List<Integer> wantedYs;
  private final Supplier<Map<String, Long>> sizes;

  /** The results wanted of one loop (LOOP nodes with one body and one list of inputs). */
  LoopKernel(List<Node> results, Map<Node, Integer> slotOf, Supplier<Map<String, Long>> sizes) {
    Node first = results.get(0);
    this.body = ((Attr.Loop) first.attr()).body();
    this.results = List.copyOf(results);
    this.resultSlots = results.stream().mapToInt(slotOf::get).toArray();
    this.inputSlots = first.inputs().stream().mapToInt(slotOf::get).toArray();
    this.carries = body.carries().size();
    this.seqs = body.seqs().size();
    this.sizes = sizes;
    this.wantedYs = Loops.stackedYs(results);
    this.program = JvmProgram.compile(body.standalone(wantedYs), Set.of(), Set.of());
  }

  // The body's leaves, made once per set of sizes: a step of training allocates nothing here.
  private Map<String, Long> bound;
  private final Map<String, float[]> leaves = new HashMap<>();
  private float[][] carry, row;
  private final float[] index = new float[1];

  private void bind(Map<String, Long> sizes) {
    bound = sizes;
    carry = new float[carries][];
    for (int i = 0; i < carries; i++) {
      carry[i] = new float[elements(body.carries().get(i), sizes)];
      leaves.put("carry" + i, carry[i]);
    }
    row = new float[seqs][];
    for (int i = 0; i < seqs; i++) {
      row[i] = new float[elements(body.seqs().get(i), sizes)];
      leaves.put("seq" + i, row[i]);
    }
    leaves.put("index", index);
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Map<String, Long> sizes = this.sizes.get();
    if (!sizes.equals(bound)) bind(sizes);
    int n = Math.toIntExact(body.length().evaluate(bound));
    for (int i = 0; i < carries; i++) System.arraycopy(buffers[inputSlots[i]], 0, carry[i], 0, carry[i].length);
    for (int i = 0; i < body.captured().size(); i++) leaves.put("captured" + i, buffers[inputSlots[carries + seqs + i]]);
    for (int step = 0; step < n; step++) {
      int t = body.reverse() ? n - 1 - step : step;
      index[0] = t;
      for (int i = 0; i < seqs; i++) System.arraycopy(buffers[inputSlots[carries + i]], t * row[i].length, row[i], 0, row[i].length);
      for (int r = 0; r < results.size(); r++) {
        Attr.Loop a = (Attr.Loop) results.get(r).attr();
        if (a.kind() == Attr.Loop.Kind.CARRIES) {
          System.arraycopy(carry[a.k()], 0, buffers[resultSlots[r]], t * carry[a.k()].length, carry[a.k()].length);
        }
      }
      List<float[]> out = program.run(leaves, bound);
      // The body's results live in its buffers, which its next run overwrites: copy the carries out.
      for (int i = 0; i < carries; i++) System.arraycopy(out.get(i), 0, carry[i], 0, carry[i].length);
      for (int r = 0; r < results.size(); r++) {
        Attr.Loop a = (Attr.Loop) results.get(r).attr();
        if (a.kind() == Attr.Loop.Kind.STACKED) {
          float[] y = out.get(carries + wantedYs.indexOf(a.k()));
          System.arraycopy(y, 0, buffers[resultSlots[r]], t * y.length, y.length);
        }
      }
    }
    for (int r = 0; r < results.size(); r++) {
      Attr.Loop a = (Attr.Loop) results.get(r).attr();
      if (a.kind() == Attr.Loop.Kind.FINAL) System.arraycopy(carry[a.k()], 0, buffers[resultSlots[r]], 0, carry[a.k()].length);
    }
  }

  private static int elements(Node n, Map<String, Long> sizes) {
    return Math.toIntExact(n.type().elements().evaluate(sizes));
  }
}
