package dev.nnc.opencl;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Loops;
import dev.nnc.ir.Node;
import dev.nnc.runtime.opencl.ClContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loop (a `scan`) on OpenCL, driven by the host: its body is a program of its own on the
 * same context, with its placeholders and captured values as named leaves, run once a step.
 * Carries, sequence rows and stacked outputs move between buffers by device-side copies;
 * nothing comes back to the host during the loop.
 */
final class ClLoop implements ClProgram.Step {
  private final ClContext context;
  private final Loops.Body body;
  private final List<Node> results;
  private final int[] resultSlots, inputSlots;
  private final int carries, seqs;
  private final List<Integer> wantedYs;
  private final ClProgram program;
  private final List<Node> bodyRoots;
  private Map<String, Long> bound;
  private long counter;
  private int counterLength;

  ClLoop(ClContext context, List<Node> results, Map<Node, Integer> slotOf, ClTiles.Limits limits) {
    this.context = context;
    Node first = results.get(0);
    this.body = ((Attr.Loop) first.attr()).body();
    this.results = List.copyOf(results);
    this.resultSlots = results.stream().mapToInt(slotOf::get).toArray();
    this.inputSlots = first.inputs().stream().mapToInt(slotOf::get).toArray();
    this.carries = body.carries().size();
    this.seqs = body.seqs().size();
    this.wantedYs = Loops.stackedYs(results);
    bodyRoots = body.standalone(wantedYs);
    program = ClProgram.compile(context, bodyRoots, Set.of(), Set.of(), limits);
  }

  ClProgram program() { return program; }

  /** The body's buffer of a leaf, by name. */
  private long leaf(String name) {
    for (Map.Entry<Integer, String> e : program.plan().leafName().entrySet()) {
      if (e.getValue().equals(name)) return program.buffers()[e.getKey()];
    }
    return 0; // the body does not read it
  }

  private int leafSlot(String name) {
    for (Map.Entry<Integer, String> e : program.plan().leafName().entrySet()) if (e.getValue().equals(name)) return e.getKey();
    return -1;
  }

  void run(long[] buffers, Map<String, Long> sizes) {
    int n = Math.toIntExact(body.length().evaluate(sizes));
    if (!sizes.equals(bound)) {
      program.bind(sizes);
      bound = sizes;
      if (counterLength < Math.max(1, n)) {
        if (counter != 0) context.release(counter);
        counterLength = Math.max(1, n);
        counter = context.buffer(4L * counterLength);
        float[] ts = new float[counterLength];
        for (int t = 0; t < ts.length; t++) ts[t] = Float.intBitsToFloat(t); // the index is an i32 leaf: an int buffer
        context.write(counter, ts, ts.length);
      }
    }
    long[] carry = new long[carries];
    long[] carryBytes = new long[carries];
    for (int i = 0; i < carries; i++) {
      carry[i] = leaf("carry" + i);
      carryBytes[i] = 4L * elements(body.carries().get(i), sizes);
      if (carry[i] != 0) context.copy(buffers[inputSlots[i]], 0, carry[i], 0, carryBytes[i]);
    }
    for (int i = 0; i < body.captured().size(); i++) {
      int s = leafSlot("captured" + i);
      if (s >= 0) context.copy(buffers[inputSlots[carries + seqs + i]], 0, program.buffers()[s], 0, 4L * program.elementsOfSlot(s));
    }
    long index = leaf("index");
    long[] row = new long[seqs];
    long[] rowBytes = new long[seqs];
    for (int i = 0; i < seqs; i++) {
      row[i] = leaf("seq" + i);
      rowBytes[i] = 4L * elements(body.seqs().get(i), sizes);
    }
    long[] out = new long[bodyRoots.size()];
    for (int r = 0; r < out.length; r++) out[r] = program.buffers()[program.plan().slotOf().get(program.plan().roots().get(r))];
    for (int step = 0; step < n; step++) {
      int t = body.reverse() ? n - 1 - step : step;
      if (index != 0) context.copy(counter, 4L * t, index, 0, 4);
      for (int i = 0; i < seqs; i++) if (row[i] != 0) context.copy(buffers[inputSlots[carries + i]], t * rowBytes[i], row[i], 0, rowBytes[i]);
      for (int r = 0; r < results.size(); r++) {
        Attr.Loop a = (Attr.Loop) results.get(r).attr();
        if (a.kind() == Attr.Loop.Kind.CARRIES) {
          copyCarry(a.k(), carry, buffers[inputSlots[a.k()]], buffers[resultSlots[r]], t * carryBytes[a.k()], carryBytes[a.k()], step);
        }
      }
      program.enqueue();
      for (int i = 0; i < carries; i++) if (carry[i] != 0 && out[i] != carry[i]) context.copy(out[i], 0, carry[i], 0, carryBytes[i]);
      for (int r = 0; r < results.size(); r++) {
        Attr.Loop a = (Attr.Loop) results.get(r).attr();
        if (a.kind() == Attr.Loop.Kind.STACKED) {
          int y = carries + wantedYs.indexOf(a.k());
          long bytes = 4L * elements(body.ys().get(a.k()), sizes);
          context.copy(out[y], 0, buffers[resultSlots[r]], t * bytes, bytes);
        }
      }
    }
    for (int r = 0; r < results.size(); r++) {
      Attr.Loop a = (Attr.Loop) results.get(r).attr();
      if (a.kind() == Attr.Loop.Kind.FINAL) {
        if (n == 0) {
          context.copy(buffers[inputSlots[a.k()]], 0, buffers[resultSlots[r]], 0, carryBytes[a.k()]);
        } else {
          copyCarry(a.k(), carry, buffers[inputSlots[a.k()]], buffers[resultSlots[r]], 0, carryBytes[a.k()], 1);
        }
      }
    }
    program.faults(); // an index outside its axis in any step of the body
  }

  /** Copies carry k as it is now into a result; a carry the body never reads has no leaf: it is the last value the body gave. */
  private void copyCarry(int k, long[] carry, long initial, long to, long offset, long bytes, int step) {
    long from = carry[k] != 0 ? carry[k] : step == 0 ? initial
        : program.buffers()[program.plan().slotOf().get(program.plan().roots().get(k))];
    context.copy(from, 0, to, offset, bytes);
  }

  private static int elements(Node n, Map<String, Long> sizes) {
    return Math.toIntExact(n.type().elements().evaluate(sizes));
  }
}
