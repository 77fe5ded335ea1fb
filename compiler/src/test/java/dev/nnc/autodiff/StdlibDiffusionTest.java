package dev.nnc.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * std.diffusion's DDIM step, evaluated in float64 by the reference evaluator, against its formula
 * written here in Java (Song et al., 2021, eq. 12 with sigma 0): {@code x0 = (x_t - sqrt(1 - a_t)
 * eps) / sqrt(a_t)}, {@code x_s = sqrt(a_s) x0 + sqrt(1 - a_s) eps}; and what makes it a sampler:
 * with the true noise it lands exactly on {@code q_sample} of the same image and noise at the
 * earlier step, and to {@code abar = 1} it gives the clean image. Its gradient is
 * StdlibGradCheckTest's row.
 */
class StdlibDiffusionTest {
  static final long[] SHAPE = {3, 2, 4, 5};

  static Array randn(Random r) {
    double[] d = new double[3 * 2 * 4 * 5];
    for (int i = 0; i < d.length; i++) d[i] = r.nextGaussian();
    return new Array(SHAPE, d);
  }

  /** The model's output {@code y} on the values, in float64. */
  static Array output(String body, Map<String, Array> values) {
    String text = "use std.diffusion.{ddim_step, q_sample}\n\nmodel M {\n  input x: f32[3, 2, 4, 5]\n"
        + "  input e: f32[3, 2, 4, 5]\n  input a: f32[2]\n" + body + "\n}\n";
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("ddim", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", false, 5);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()) + "\n" + text);
    Map<String, Array> leaves = new HashMap<>(model.initialValues());
    leaves.putAll(values);
    Node y = model.outputs().get("y");
    return Reference.run(List.of(y), leaves, Map.of()).get(y);
  }

  static Map<String, Array> values(Array x, Array e, double at, double as) {
    return Map.of("x", x, "e", e, "a", new Array(new long[] {2}, new double[] {at, as}));
  }

  @Test
  void theStepIsItsFormulaInFloat64() {
    Random r = new Random(18);
    double[][] pairs = {{0.05, 0.3}, {0.4, 0.41}, {1e-3, 0.9}, {0.7, 1.0}, {0.2, 0.2}};
    for (double[] p : pairs) {
      Array x = randn(r), e = randn(r);
      Array y = output("  output y = ddim_step(x, e, a[0], a[1])", values(x, e, p[0], p[1]));
      assertArrayEquals(SHAPE, y.shape());
      for (int i = 0; i < x.size(); i++) {
        double x0 = (x.data()[i] - Math.sqrt(1 - p[0]) * e.data()[i]) / Math.sqrt(p[0]);
        double want = Math.sqrt(p[1]) * x0 + Math.sqrt(1 - p[1]) * e.data()[i];
        assertEquals(want, y.data()[i], 1e-12 * Math.max(1, Math.abs(want)), "abar " + p[0] + " -> " + p[1] + " at " + i);
      }
    }
  }

  /** Given the noise that made x_t from x0, the step reaches x_s = q_sample(x0, eps, abar_s). */
  @Test
  void withTheTrueNoiseTheStepLandsOnTheForwardProcess() {
    Random r = new Random(7);
    Array x0 = randn(r), e = randn(r);
    double at = 0.12, as = 0.83;
    Array viaStep = output("  a_t = broadcast_to(a[0], [3])\n  a_s = broadcast_to(a[1], [3])\n"
        + "  output y = ddim_step(q_sample(x, e, a_t), e, a[0], a[1])", values(x0, e, at, as));
    Array direct = output("  a_s = broadcast_to(a[1], [3])\n  output y = q_sample(x, e, a_s)", values(x0, e, at, as));
    Array clean = output("  a_t = broadcast_to(a[0], [3])\n  output y = ddim_step(q_sample(x, e, a_t), e, a[0], 1.0)",
        values(x0, e, at, as));
    for (int i = 0; i < x0.size(); i++) {
      assertEquals(direct.data()[i], viaStep.data()[i], 1e-12, "x_s at " + i);
      assertEquals(x0.data()[i], clean.data()[i], 1e-12, "x0 at " + i);
    }
  }
}
