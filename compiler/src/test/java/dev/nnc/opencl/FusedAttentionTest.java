package dev.nnc.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.Gradients;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Attention as one OpenCL kernel ({@link LaunchPlan.Attention}) against the same program
 * without it (a matrix product, reductions and elementwise kernels, the scores stored), on
 * PoCL: std.attn's {@code scaled_dot_product_attention} with and without its causal mask, over
 * heads, and {@code attention} with an additive bias input, on random shapes whose lengths are
 * not multiples of the kernel's block of keys or of its work-group; the forward output to
 * float32 tolerance, and the loss and every gradient of a training program (whose backward pass
 * reads the probabilities, so its scores stay stored: the plan has no attention launch there,
 * and the two programs are the same). Skipped where there is no OpenCL device.
 */
class FusedAttentionTest {
  private static final double RTOL = 1e-4, ATOL = 2e-5;

  /** One case: the model's inputs and its attention call. */
  private record Case(String name, String inputs, String call, Map<String, Long> sizes) {}

  private static List<Case> cases() {
    Random r = new Random(20);
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < 1; i++) {
      int b = 1 + r.nextInt(2), h = 1 + r.nextInt(3), l = 33 + r.nextInt(60), s = 33 + r.nextInt(60), e = 3 + r.nextInt(14),
          f = 2 + r.nextInt(12), t = 65 + r.nextInt(60);
      out.add(new Case("sdpa batch " + b + " heads " + h + " L=" + l + " S=" + s + " E=" + e + " Ev=" + f,
          operands(new int[] {b, h, l, e}, new int[] {b, h, s, e}, new int[] {b, h, s, f}, null),
          "scaled_dot_product_attention(q, k, v)", Map.of()));
      out.add(new Case("sdpa causal batch " + b + " heads " + h + " T=" + t + " E=" + e + " Ev=" + f,
          operands(new int[] {b, h, t, e}, new int[] {b, h, t, e}, new int[] {b, h, t, f}, null),
          "scaled_dot_product_attention(q, k, v, causal: true)", Map.of()));
      out.add(new Case("attention with a bias batch " + b + " L=" + l + " S=" + s + " E=" + e + " Ev=" + f,
          operands(new int[] {b, l, e}, new int[] {b, s, e}, new int[] {b, s, f}, new int[] {b, l, s}),
          "attention(q, k, v, bias)", Map.of()));
    }
    return out;
  }

  /** q, k, v (and a bias) as parameters, so the training program has their gradients; c, the loss's weights, an input. */
  private static String operands(int[] q, int[] k, int[] v, int[] bias) {
    int[] o = q.clone();
    o[o.length - 1] = v[v.length - 1];
    return "param q: f32" + java.util.Arrays.toString(q) + " = 0.0\n"
        + "param k: f32" + java.util.Arrays.toString(k) + " = 0.0\n"
        + "param v: f32" + java.util.Arrays.toString(v) + " = 0.0\n"
        + (bias == null ? "" : "param bias: f32" + java.util.Arrays.toString(bias) + " = 0.0\n")
        + "input c: f32" + java.util.Arrays.toString(o) + "\n";
  }

  private static Lower.Model lower(Case c) {
    String text = "use std.attn.{attention, scaled_dot_product_attention}\n\nmodel A {\n" + c.inputs().indent(2)
        + "  output o = " + c.call() + "\n  loss sum(o * c)\n}\n";
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("attn", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Pipeline.standard().lower(checker, m, null, false, 1);
    assertNotNull(model, c.name() + ": does not lower:\n" + Renderer.raw(checker.diagnostics().sorted()));
    return model;
  }

  @TestFactory
  Stream<DynamicTest> fusedAgreesWithUnfused() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      OpenClDevice device = OpenClAvailable.device();
      Lower.Model m = lower(c);
      Map<String, float[]> leaves = leaves(m, c.sizes(), new Random(c.name().hashCode()));
      // The forward program: one attention launch, no buffer of the scores' size.
      List<Node> forward = Pipeline.standard().simplify(m.graph(), List.of(m.outputs().get("o")), List.of("o")).roots();
      ClProgram fused = ClProgram.compile(device.context(), forward, Set.of(), Set.of(), true);
      ClProgram unfused = ClProgram.compile(device.context(), forward, Set.of(), Set.of(), false);
      assertEquals(1, fused.plan().attentions().size(), c.name() + ": attention launches\n" + fused.describe());
      assertEquals(0, unfused.plan().attentions().size());
      Node scores = fused.plan().attentions().values().iterator().next().scores();
      Dim lxs = scores.type().elements();
      LaunchPlan plan = fused.plan();
      for (int s = 0; s < plan.slotElements().size(); s++) {
        assertTrue(!plan.owned(s) || !plan.slotElements().get(s).equals(lxs), c.name() + ": a buffer of the scores' size");
      }
      assertTrue(unfused.plan().slotElements().contains(lxs), c.name() + ": the unfused program stores the scores");
      close(c.name() + " output", run(unfused, leaves, c.sizes()), run(fused, leaves, c.sizes()));
      // The training program: the loss and the gradients of q, k, v (and the bias).
      Gradients g = Pipeline.standard().differentiate(m);
      List<Node> roots = new ArrayList<>();
      List<String> names = new ArrayList<>();
      roots.add(g.loss());
      names.add("loss");
      g.grads().forEach((name, n) -> {
        roots.add(n);
        names.add("grad " + name);
      });
      List<Node> training = Pipeline.standard().simplify(m.graph(), roots, names).roots();
      ClProgram fusedStep = ClProgram.compile(device.context(), training, Set.of(), Set.of(), true);
      ClProgram unfusedStep = ClProgram.compile(device.context(), training, Set.of(), Set.of(), false);
      assertEquals(0, fusedStep.plan().attentions().size(), "the backward pass reads the probabilities: they are stored");
      List<float[]> a = run(unfusedStep, leaves, c.sizes()), b = run(fusedStep, leaves, c.sizes());
      for (int i = 0; i < a.size(); i++) close(c.name() + " " + names.get(i), List.of(a.get(i)), List.of(b.get(i)));
    }));
  }

  /** 512 positions, causal: the program allocates its output and nothing of the scores' size, and agrees with the unfused one. */
  @Test
  void longCausalSequenceAgrees() {
    OpenClDevice device = OpenClAvailable.device();
    for (long t : new long[] {512}) {
      Case c = new Case("causal T=" + t, """
          input q: f32[B, 2, %d, 16]
          input k: f32[B, 2, %d, 16]
          input v: f32[B, 2, %d, 16]
          input c: f32[B, 2, %d, 16]
          """.formatted(t, t, t, t), "scaled_dot_product_attention(q, k, v, causal: true)", Map.of("B", 2L));
      Lower.Model m = lower(c);
      Map<String, float[]> leaves = leaves(m, c.sizes(), new Random(t));
      List<Node> forward = Pipeline.standard().simplify(m.graph(), List.of(m.outputs().get("o")), List.of("o")).roots();
      ClProgram fused = ClProgram.compile(device.context(), forward, Set.of(), Set.of(), true);
      ClProgram unfused = ClProgram.compile(device.context(), forward, Set.of(), Set.of(), false);
      assertEquals(1, fused.plan().attentions().size());
      // What the fused program allocates is its output: B x 2 x T x 16 floats.
      assertEquals(Dim.symbol("B").times(Dim.of(2 * t * 16 * 4)), fused.plan().plannedBytes(), "planned bytes at T=" + t);
      close(c.name(), run(unfused, leaves, c.sizes()), run(fused, leaves, c.sizes()));
    }
  }

  /**
   * char_gpt's decoding programs, with and without a key/value cache, run their causal attention
   * as the fused kernel, inside the decoding loop's body (CharGptTest holds their tokens on
   * OpenCL to the JVM backend's). Written for no device.
   */
  @Test
  void charGptDecodesWithTheFusedKernel() throws java.io.IOException {
    for (String program : List.of("GptDecode", "GptDecodeCached")) {
      Checker checker = new Checker();
      Modules.Module m = checker.checkText("char_gpt",
          java.nio.file.Files.readString(dev.nnc.RepoRoot.resolve("samples").resolve("char_gpt.nn")));
      Lower.Model model = Pipeline.standard().lower(checker, m, program, 1, Map.of());
      assertNotNull(model, program + ": " + Renderer.raw(checker.diagnostics().sorted()));
      List<Node> roots = Pipeline.standard().simplify(model.graph(), new ArrayList<>(model.outputs().values()), List.of()).roots();
      ClProgram p = ClProgram.sources(roots, Set.of(), Set.of());
      long fused = p.loopSources().values().stream().filter(t -> t.contains("attention, online softmax")).count();
      assertEquals(1, fused, program + ": the loop body's attention kernels");
    }
  }

  private static Map<String, float[]> leaves(Lower.Model m, Map<String, Long> sizes, Random random) {
    Map<String, float[]> out = new HashMap<>();
    Map<String, Node> all = new java.util.LinkedHashMap<>(m.inputs());
    all.putAll(m.params());
    for (Map.Entry<String, Node> in : all.entrySet()) {
      float[] v = new float[Math.toIntExact(in.getValue().type().elements().evaluate(sizes))];
      for (int i = 0; i < v.length; i++) v[i] = (float) random.nextGaussian();
      out.put(in.getKey(), v);
    }
    return out;
  }

  private static List<float[]> run(ClProgram p, Map<String, float[]> leaves, Map<String, Long> sizes) {
    List<float[]> out = new ArrayList<>();
    for (float[] v : p.run(leaves, sizes)) out.add(v.clone());
    return out;
  }

  private static void close(String what, List<float[]> expected, List<float[]> actual) {
    assertEquals(expected.size(), actual.size(), what);
    for (int r = 0; r < expected.size(); r++) {
      float[] e = expected.get(r), a = actual.get(r);
      assertEquals(e.length, a.length, what);
      for (int i = 0; i < e.length; i++) {
        double tol = ATOL + RTOL * Math.abs(e[i]);
        assertTrue(Math.abs(e[i] - a[i]) <= tol, what + " [" + i + "]: unfused " + e[i] + ", fused " + a[i]);
      }
    }
  }
}
