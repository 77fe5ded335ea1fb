package dev.nnc.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.opt.Simplify;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One training step of a sample as the device tests run it: the loss, every new parameter and
 * state, and every gradient, from the initial parameters on random inputs, and a backend's
 * results held against the float64 reference's.
 */
public final class StepCheck {
  private final String sample;
  private final Lower.Step step;
  /** The program's roots: the loss, the new parameters and states, and the gradients. */
  public final List<Node> program;
  /** What the optimizer computes, and the gradients it reads (see {@link dev.nnc.fuse.Fuse}). */
  public final Set<Node> update, gradients;
  private final List<String> names = new ArrayList<>();
  private final List<String> params;
  private final int end;
  private final Map<Node, Array> initial;

  public StepCheck(String sample, Lower.Step step) {
    this.sample = sample;
    this.step = step;
    List<Node> roots = new ArrayList<>();
    roots.add(step.loss());
    roots.addAll(step.next().values());
    end = roots.size();
    roots.addAll(step.grads().values());
    program = Simplify.run(step.graph(), roots).roots();
    update = new HashSet<>(program.subList(1, end));
    gradients = new HashSet<>(program.subList(end, program.size()));
    names.add("loss");
    names.addAll(step.next().keySet());
    for (String p : step.grads().keySet()) names.add("gradient of " + p);
    params = new ArrayList<>(step.grads().keySet());
    initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
  }

  /**
   * The sizes of a run: {@code batch} samples, graphs of 5 nodes, sequences of 3 steps; a
   * heterogeneous graph's other node types (the academic graph's authors and venues) 4 and 3.
   */
  public static Map<String, Long> sizes(long batch) {
    return Map.of("B", batch, "N", 5L, "T", 3L, "A", 4L, "V", 3L);
  }

  /** The initial parameters and states, and random inputs (seeded by the batch size) with the step counter at 1. */
  public Map<String, float[]> leaves(long batch) {
    Map<String, float[]> leaves = new HashMap<>();
    step.inits().forEach((name, node) -> leaves.put(name, floats(initial.get(node).data())));
    Random random = new Random(batch);
    for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
      long[] shape = Array.shapeOf(in.getValue().type(), sizes(batch));
      float[] v = new float[Math.toIntExact(Array.size(shape))];
      for (int i = 0; i < v.length; i++) {
        v[i] = in.getValue().type().dtype().isFloat() ? (float) random.nextGaussian() : in.getKey().equals("step") ? 1 : random.nextInt(2);
      }
      leaves.put(in.getKey(), v);
    }
    return leaves;
  }

  /**
   * Every root of {@code got} within 1e-5 of a scale: the largest value of the reference's, and
   * for gradients and optimizer states never less than 1e-2 of the step's largest gradient (a
   * gradient is a sum of terms as large as the step's gradients, which float32 rounds at about
   * 1e-7 of their size, so a tensor whose gradient cancels to far less, such as GAT's attention
   * vectors on five nodes, carries that absolute error). Where Adam divides a gradient so small
   * that eps is not negligible beside it (under 1e-5), float32 rounding of that gradient moves
   * the new parameter anywhere within the update's reach: there the bound is twice the largest
   * step any element of the parameter took in the reference (the learning rate, for Adam), and
   * at least 2e-3.
   */
  public void check(long batch, String backend, List<float[]> want, List<float[]> got) {
    double gradients = 0;
    for (int r = end; r < program.size(); r++) for (float v : want.get(r)) gradients = Math.max(gradients, Math.abs(v));
    for (int r = 0; r < program.size(); r++) {
      float[] w = want.get(r), g = got.get(r);
      String name = names.get(r);
      int p = params.indexOf(name);
      float[] grad = p >= 0 ? want.get(end + p) : null;
      assertEquals(w.length, g.length, sample + ": " + name);
      double scale = 1e-6;
      for (float v : w) scale = Math.max(scale, Math.abs(v));
      if (r > 0 && p < 0) scale = Math.max(scale, 1e-2 * gradients); // a gradient or an optimizer state
      double reach = 2e-3;
      Node init = step.inits().get(name);
      if (grad != null && init != null) {
        float[] before = floats(initial.get(init).data());
        for (int i = 0; i < w.length; i++) reach = Math.max(reach, 2 * Math.abs(w[i] - before[i]));
      }
      // A gradient the reference has at zero to round-off, among gradients of the step up to
      // a million times larger (a bias before a batch norm, which subtracts the batch's mean), is
      // float32 round-off of a sum that cancels on a float32 backend: held to 1e-4 of the floor.
      boolean cancels = r > 0 && p < 0 && scale == Math.max(1e-6, 1e-2 * gradients) && gradients > 0;
      for (int i = 0; i < w.length; i++) {
        boolean sensitive = grad != null && Math.abs(grad[i]) < 1e-5;
        double err = Math.abs(w[i] - g[i]) / (sensitive ? 1 : scale);
        double limit = sensitive ? reach : cancels && Math.abs(w[i]) < 1e-12 * gradients ? 1e-4 : 1e-5, scaled = scale;
        int at = i;
        assertTrue(err <= limit, () -> sample + " at batch " + batch + " on " + backend + ": " + name + "[" + at + "] is " + g[at]
            + " but the reference has " + w[at] + " (error " + err + " of " + scaled + ")");
      }
    }
  }

  /** Copies of a run's results (a program may reuse its result arrays on its next run). */
  public static List<float[]> copy(List<float[]> values) {
    List<float[]> out = new ArrayList<>();
    for (float[] v : values) out.add(v.clone());
    return out;
  }

  public static float[] floats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
    return f;
  }
}
