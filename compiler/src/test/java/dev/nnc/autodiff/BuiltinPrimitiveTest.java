package dev.nnc.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.exec.Device;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.shape.DType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The builtins that decoders and samplers need (reductions, cumulative sums, sorting, integer
 * division, categorical sampling, the update of one row), each a tiny model: its outputs on the
 * JVM and OpenCL backends against the float64 reference evaluator (integer results exactly,
 * float ones to 1e-5 of their largest value), and for the differentiable ones its loss
 * gradient-checked as the stdlib's rows are ({@link StdlibGradCheckTest#run}).
 *
 * <p>Float inputs are N(0, 1) rounded to float32, so every backend reads the same numbers;
 * {@code floor(3.0 * x)} in a body makes ties. i32 inputs are drawn below their bound and the
 * step counter is 7.
 */
class BuiltinPrimitiveTest {
  /** A case: the model's body, the bounds of its i32 inputs, and whether its loss is gradient-checked. */
  record Case(String name, String body, Map<String, Long> bounds, boolean differentiable) {
    String text() { return "model M {\n" + body.indent(2) + "}\n"; }

    Case bound(String input, long bound) {
      Map<String, Long> b = new LinkedHashMap<>(bounds);
      b.put(input, bound);
      return new Case(name, body, b, differentiable);
    }
  }

  static Case grad(String name, String body) { return new Case(name, body, Map.of(), true); }

  static Case plain(String name, String body) { return new Case(name, body, Map.of(), false); }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(grad("prod", """
        input x: f32[B, N]
        input c: f32[N]
        output y = prod(x, axis: 0)
        loss sum(y * c)"""));
    cases.add(grad("prod with zeros", """
        input x: f32[B, N]
        input c: f32[B]
        z = x * f32(floor(3.0 * x) != 0.0)
        output y = prod(z, axis: 1)
        loss sum(y * c)"""));
    cases.add(grad("prod of all, keep", """
        input x: f32[B, N]
        output y = prod(x, keep: true)
        loss sum(y)"""));
    cases.add(grad("min", """
        input x: f32[B, N]
        input c: f32[N]
        output y = min(x, axis: 0)
        loss sum(y * c)"""));
    cases.add(plain("cumsum, prod, min and argmax of i32", """
        input n: i32[B, N]
        m = n - 2
        output s = cumsum(m, axis: 0)
        output p = prod(m, axis: 1)
        output lo = min(m)
        output at = argmax(m, axis: 0)""").bound("n", 5));
    cases.add(plain("argmax, argmin with ties (the first index)", """
        input x: f32[B, N]
        t = floor(3.0 * x)
        output i = argmax(t)
        output j = argmin(t, axis: 0, keep: true)"""));
    cases.add(grad("cumsum", """
        input x: f32[B, N, 3]
        input c: f32[B, N, 3]
        output y = cumsum(x, axis: 1)
        loss sum(y * c)"""));
    cases.add(plain("floor_div and % on i32 (floor semantics)", """
        input a: i32[B, N]
        input b: i32[N]
        x = a - 10
        d = b + 1
        output q = floor_div(x, d)
        output r = x % d
        output qn = floor_div(x, -d)
        output rn = x % (-d)
        output back = floor_div(x, d) * d + x % d""").bound("a", 21).bound("b", 4));
    cases.add(grad("floor_div and % on f32", """
        input x: f32[B, N]
        input c: f32[B, N]
        output r = (3.0 * x) % 1.3
        output q = floor_div(3.0 * x, -1.3)
        loss sum((r + q) * c)"""));
    cases.add(grad("sort, ascending and descending", """
        input x: f32[B, N]
        input c: f32[B, N]
        input e: f32[B, N]
        (up, i) = sort(x)
        (down, j) = sort(x, descending: true)
        output a = up
        output b = down
        output ai = i
        output bi = j
        loss sum(up * c) + sum(down * down * e)"""));
    cases.add(plain("sort and argsort with ties (stable), i32, axis 0", """
        input x: f32[N, B]
        input n: i32[N, B]
        t = floor(3.0 * x)
        (v, i) = sort(t, axis: 0)
        (w, j) = sort(n, axis: 0, descending: true)
        output a = v
        output ai = i
        output b = w
        output bi = j
        output order = argsort(t, axis: 0)
        output down = argsort(t, descending: true)""").bound("n", 3));
    cases.add(grad("topk", """
        input x: f32[B, 6]
        input c: f32[B, 3]
        (v, i) = topk(x, 3)
        output top = v
        output which = i
        loss sum(v * c)"""));
    cases.add(plain("topk with ties (the first index first)", """
        input x: f32[B, N, 5]
        (v, i) = topk(floor(3.0 * x), 2)
        (w, j) = topk(x, 1, axis: 1)
        output top = v
        output which = i
        output best = w
        output at = j"""));
    cases.add(plain("categorical", """
        input logits: f32[B, N, 5]
        output s = categorical(logits)
        output t = categorical(3.0 * logits[:, 0, :])"""));
    cases.add(grad("write_row", """
        input cache: f32[T, B, H]
        input row: f32[B, H]
        input col: f32[T, H]
        input c: f32[T, B, H]
        input t: i32[]
        y = write_row(cache, t, row)
        output a = y
        output b = write_row(y, t, col, axis: 1)
        output z = write_row(cache, 1, 0.5)
        loss sum(write_row(y, t, tanh(col), axis: 1) * c)""").bound("t", 2));
    return cases;
  }

  static Case named(String prefix) {
    return cases().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
  }

  /** The indices of a row sorted stably (equal values keep their order), ascending or descending. */
  static Integer[] stableOrder(double[] row, boolean descending) {
    Integer[] order = new Integer[row.length];
    for (int i = 0; i < row.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (p, q) -> descending ? Double.compare(row[q], row[p]) : Double.compare(row[p], row[q]));
    return order;
  }

  /** The reference's sort, argsort and topk against Java's stable sort, on values with ties. */
  @Test
  void sortIsStableAndTopkTakesTheLargestFirst() {
    for (long seed = 1; seed <= 3; seed++) {
      Lowered l = Lowered.of(named("sort and argsort with ties"), seed);
      Map<Node, Array> out = Reference.run(l.roots(), l.values(), l.sizes());
      int n = Math.toIntExact(l.sizes().get("N")), b = Math.toIntExact(l.sizes().get("B"));
      double[] x = l.values().get("x").data(), ints = l.values().get("n").data();
      double[] a = out.get(l.roots().get(0)).data(), ai = out.get(l.roots().get(1)).data();
      double[] w = out.get(l.roots().get(2)).data(), bi = out.get(l.roots().get(3)).data();
      double[] order = out.get(l.roots().get(4)).data(), down = out.get(l.roots().get(5)).data();
      for (int col = 0; col < b; col++) {
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
          t[i] = Math.floor(3.0 * x[i * b + col]);
          m[i] = ints[i * b + col];
        }
        Integer[] up = stableOrder(t, false), dn = stableOrder(m, true);
        for (int r = 0; r < n; r++) {
          assertEquals(up[r], ai[r * b + col], 0, "sort index, column " + col + " place " + r);
          assertEquals(up[r], order[r * b + col], 0, "argsort, column " + col + " place " + r);
          assertEquals(t[up[r]], a[r * b + col], 0, "sort value");
          assertEquals(dn[r], bi[r * b + col], 0, "descending i32 sort index, column " + col + " place " + r);
          assertEquals(m[dn[r]], w[r * b + col], 0, "descending i32 sort value");
        }
      }
      for (int i = 0; i < n; i++) {
        double[] row = new double[b];
        for (int col = 0; col < b; col++) row[col] = Math.floor(3.0 * x[i * b + col]);
        Integer[] dn = stableOrder(row, true);
        for (int r = 0; r < b; r++) assertEquals(dn[r], down[i * b + r], 0, "descending argsort of row " + i);
      }
      Lowered k = Lowered.of(named("topk with ties"), seed);
      Map<Node, Array> top = Reference.run(k.roots(), k.values(), k.sizes());
      double[] v = top.get(k.roots().get(0)).data(), which = top.get(k.roots().get(1)).data(), xs = k.values().get("x").data();
      for (int row = 0; row < xs.length / 5; row++) {
        double[] t = new double[5];
        for (int i = 0; i < 5; i++) t[i] = Math.floor(3.0 * xs[row * 5 + i]);
        Integer[] dn = stableOrder(t, true);
        for (int r = 0; r < 2; r++) {
          assertEquals(dn[r], which[row * 2 + r], 0, "topk index of row " + row);
          assertEquals(t[dn[r]], v[row * 2 + r], 0, "topk value of row " + row);
        }
      }
    }
  }

  /**
   * categorical draws from softmax(logits): over 4,000 rows of the same logits (the reference's
   * draws, which the backends match), each class's frequency is within 0.03 of its probability
   * (about four standard deviations); the draws are a function of the seed and the step counter:
   * different for another step or seed (the backends' agreement with the reference is a case of
   * the table).
   */
  @Test
  void categoricalDrawsFromTheSoftmax() {
    String text = "model M {\n  input logits: f32[B, 4]\n  output s = categorical(logits)\n}\n";
    double[] row = {0.5, -1.0, 1.5, 0.0};
    long rows = 4000;
    double[] probs = new double[4];
    double z = 0;
    for (int c = 0; c < 4; c++) z += probs[c] = Math.exp(row[c]);
    double[][] draws = new double[3][];
    long[][] keys = {{1, 7}, {1, 8}, {2, 7}};
    for (int k = 0; k < keys.length; k++) {
      Checker checker = new Checker();
      Modules.Module m = checker.checkText("categorical", text);
      Lower.Model model = Lower.model(checker, m, "M", false, keys[k][0]);
      assertNotNull(model, Renderer.raw(checker.diagnostics().sorted()));
      double[] logits = new double[Math.toIntExact(rows * 4)];
      for (int i = 0; i < logits.length; i++) logits[i] = row[i % 4];
      Map<String, Array> values = Map.of("logits", new Array(new long[] {rows, 4}, logits),
          "step", new Array(new long[] {}, new double[] {keys[k][1]}));
      Node s = model.outputs().get("s");
      draws[k] = Reference.run(List.of(s), values, Map.of("B", rows)).get(s).data();
      assertEquals(draws[k].length, rows);
    }
    for (int c = 0; c < 4; c++) {
      int cls = c;
      long hits = java.util.Arrays.stream(draws[0]).filter(v -> v == cls).count();
      double p = probs[c] / z, f = hits / (double) rows;
      assertTrue(Math.abs(f - p) < 0.03, "class " + c + ": frequency " + f + ", probability " + p);
    }
    assertTrue(!java.util.Arrays.equals(draws[0], draws[1]), "another step draws other numbers");
    assertTrue(!java.util.Arrays.equals(draws[0], draws[2]), "another seed draws other numbers");
  }

  /**
   * A decoder's cache filled one row a step in a sample program's loop, the loop's index
   * choosing the row: row t holds t + 1 on the reference, the JVM and OpenCL; a row no step
   * wrote stays as it was.
   */
  @TestFactory
  Stream<DynamicTest> writeRowFillsACacheInALoop() {
    String text = """
        sample Fill(steps: int = 3) {
          cache = full(f32[B, 4, 2], -1.0)
          for t in 0 until steps {
            cache = write_row(cache, t, f32(t + 1) + zeros(f32[B, 2]), axis: 1)
          }
          output y = cache
        }
        """;
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("fill", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "Fill", false, 1);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()));
    Node y = model.outputs().get("y");
    double[] want = new double[3 * 4 * 2];
    for (int i = 0; i < want.length; i++) want[i] = (i / 2) % 4 < 3 ? (i / 2) % 4 + 1 : -1;
    Map<String, Long> sizes = Map.of("B", 3L);
    List<Supplier<Device>> devices = List.of(JvmDevice::new, OpenClAvailable::device);
    return Stream.concat(Stream.of(DynamicTest.dynamicTest("reference", () ->
            assertArrayEquals(want, Reference.run(List.of(y), Map.of(), sizes).get(y).data()))),
        devices.stream().map(d -> DynamicTest.dynamicTest("device", () -> {
          Device device = d.get();
          float[] got = device.compile(List.of(y)).run(Map.of(), sizes).get(0);
          double[] g = new double[got.length];
          for (int i = 0; i < g.length; i++) g[i] = got[i];
          assertArrayEquals(want, g, device.name());
        })));
  }

  /**
   * topk's comparisons (n-by-n for the ranks, k-by-n for the picks) are computed in the
   * prologues of the reductions that count them and never stored: every value a kernel stores
   * for another has at most the rank of x (a kernel of layout changes alone is not run: its
   * readers index through it).
   */
  @Test
  void topkStoresNoComparison() {
    Lowered l = Lowered.of(named("topk with ties"), 1);
    List<dev.nnc.fuse.Fuse.Kernel> kernels = dev.nnc.fuse.Fuse.run(l.roots(), java.util.Set.of(), java.util.Set.of());
    java.util.Set<dev.nnc.ir.Op> moves = java.util.EnumSet.of(dev.nnc.ir.Op.RESHAPE, dev.nnc.ir.Op.BROADCAST, dev.nnc.ir.Op.TRANSPOSE);
    for (dev.nnc.fuse.Fuse.Kernel k : kernels) {
      if (k.nodes().stream().allMatch(n -> moves.contains(n.op()))) continue; // not run: its readers index through it
      for (Node o : k.outputs()) {
        assertTrue(o.type().rank() <= 3, "kernel " + k.id() + " (" + k.kind() + ") stores " + o.op() + " " + o.type());
      }
    }
    assertTrue(kernels.stream().anyMatch(k -> k.nodes().stream().anyMatch(n -> n.type().rank() == 4)),
        "the comparisons are in some kernel");
  }

  /** floor_div and % are Python's // and %: the quotient rounded down, the remainder with the divisor's sign. */
  @Test
  void integerDivisionFloorsAsPython() {
    Lowered l = Lowered.of(named("floor_div and % on i32"), 1);
    Map<Node, Array> out = Reference.run(l.roots(), l.values(), l.sizes());
    double[] a = l.values().get("a").data(), b = l.values().get("b").data();
    int n = Math.toIntExact(l.sizes().get("N"));
    List<Node> r = l.roots();
    for (int i = 0; i < a.length; i++) {
      long x = (long) a[i] - 10, d = (long) b[i % n] + 1;
      assertEquals(Math.floorDiv(x, d), out.get(r.get(0)).data()[i], 0, x + " // " + d);
      assertEquals(Math.floorMod(x, d), out.get(r.get(1)).data()[i], 0, x + " % " + d);
      assertEquals(Math.floorDiv(x, -d), out.get(r.get(2)).data()[i], 0, x + " // " + -d);
      assertEquals(Math.floorMod(x, -d), out.get(r.get(3)).data()[i], 0, x + " % " + -d);
      assertEquals(x, out.get(r.get(4)).data()[i], 0);
    }
    assertTrue(java.util.Arrays.stream(a).anyMatch(v -> v < 10), "negative dividends were drawn");
  }

  /** A lowered case with its inputs for one seed. */
  record Lowered(Lower.Model model, Map<String, Array> values, Map<String, float[]> leaves, Map<String, Long> sizes, List<Node> roots) {
    static Lowered of(Case c, long seed) {
      Checker checker = new Checker();
      Modules.Module m = checker.checkText("case", c.text());
      Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", false, seed);
      assertNotNull(model, c.name() + ": does not lower:\n" + Renderer.raw(checker.diagnostics().sorted()));
      Random random = new Random(1000L * c.name().hashCode() + seed);
      Map<String, Long> sizes = new LinkedHashMap<>();
      for (Node in : model.inputs().values()) {
        for (int i = 0; i < in.type().rank(); i++) {
          for (String s : in.type().dim(i).symbols()) sizes.computeIfAbsent(s, k -> 2L + random.nextInt(5));
        }
      }
      Map<String, Array> values = new HashMap<>();
      Map<String, float[]> leaves = new HashMap<>();
      for (Map.Entry<String, Node> in : model.inputs().entrySet()) {
        long[] shape = Array.shapeOf(in.getValue().type(), sizes);
        double[] v = new double[Math.toIntExact(Array.size(shape))];
        DType t = in.getValue().type().dtype();
        Long bound = c.bounds().get(in.getKey());
        for (int i = 0; i < v.length; i++) {
          if (t.isFloat()) v[i] = (float) random.nextGaussian();
          else if (in.getKey().equals("step")) v[i] = 7;
          else v[i] = random.nextInt(Math.toIntExact(bound != null ? bound : 2));
        }
        values.put(in.getKey(), new Array(shape, v));
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        leaves.put(in.getKey(), f);
      }
      return new Lowered(model, values, leaves, sizes, List.copyOf(model.outputs().values()));
    }

    /** Each output on the device against the reference: integers exactly, floats to 1e-5 of the largest value. */
    void check(String name, Device device) {
      Map<Node, Array> want = Reference.run(roots, values, sizes);
      List<float[]> got = device.compile(roots).run(leaves, sizes);
      List<String> names = List.copyOf(model.outputs().keySet());
      for (int r = 0; r < roots.size(); r++) {
        double[] w = want.get(roots.get(r)).data();
        float[] g = got.get(r);
        String what = name + ": output " + names.get(r) + " on " + device.name() + " at sizes " + sizes;
        assertEquals(w.length, g.length, what);
        if (!roots.get(r).type().dtype().isFloat()) {
          for (int i = 0; i < w.length; i++) assertEquals(w[i], g[i], 0, what + " [" + i + "]");
          continue;
        }
        double scale = 1e-3;
        for (double v : w) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < w.length; i++) {
          int at = i;
          assertTrue(Math.abs(w[i] - g[i]) <= 1e-5 * scale, () -> what + " [" + at + "]: " + g[at] + ", the reference " + w[at]);
        }
      }
    }
  }

  private static Stream<DynamicTest> agree(Supplier<Device> devices) {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Device device = devices.get();
      for (long seed = 1; seed <= 3; seed++) Lowered.of(c, seed).check(c.name(), device);
    }));
  }

  @TestFactory
  Stream<DynamicTest> jvmAgreesWithTheReference() {
    return agree(JvmDevice::new);
  }

  @TestFactory
  Stream<DynamicTest> openClAgreesWithTheReference() {
    return agree(OpenClAvailable::device);
  }

  /** The loss of each differentiable case, gradient-checked in float64 as the stdlib's rows are. */
  @TestFactory
  Stream<DynamicTest> gradients() {
    return cases().stream().filter(Case::differentiable).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Map<String, String> bounds = new LinkedHashMap<>();
      c.bounds().forEach((k, v) -> bounds.put(k, Long.toString(v)));
      StdlibGradCheckTest.Row row = new StdlibGradCheckTest.Row(c.name(), "", "", c.body(), bounds, null);
      try {
        StdlibGradCheckTest.run(row);
      } catch (StdlibGradCheckTest.RowFailure e) {
        fail(c.name() + ": " + e.getMessage() + "\n" + row.text());
      }
    }));
  }
}
