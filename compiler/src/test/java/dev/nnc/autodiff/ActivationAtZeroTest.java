package dev.nnc.autodiff;

import dev.nnc.ir.Differentiate;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The std.act gradients at exactly x = 0, where a central difference cannot tell a tie
 * convention from a wrong gradient and a zero-initialized bias puts many units: the true
 * derivative where the function is smooth there (softplus 1/2, elu with alpha 1 ...), the right
 * derivative where it has a kink (the ReLU family: 1). Written as max/min pieces, these
 * functions once summed both pieces' gradients at the tie (elu'(0) = 2, softplus'(0) = 1).
 */
class ActivationAtZeroTest {
  static final double SELU_SCALE = 1.0507009873554805;

  /** d/dx of sum(expr) at x = 0 (x: f32[3]), by the symbolic gradient and the reference evaluator. */
  static double gradientAtZero(String uses, String expr) {
    String text = uses + "\n\nmodel M {\n  input x: f32[3]\n  loss sum(" + expr + ")\n}\n";
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("zero", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", true, 1);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()) + "\n" + text);
    Node x = model.inputs().get("x");
    Node seed = model.graph().input("__cotangent", model.loss().type());
    Node dx = Differentiate.vjp(model.graph(), model.loss(), seed, List.of(x)).get(x);
    Map<String, Array> values = new HashMap<>(model.initialValues());
    values.put("x", new Array(new long[] {3}, new double[3]));
    values.put("__cotangent", new Array(new long[0], new double[] {1}));
    double[] g = Reference.run(List.of(dx), values, Map.of()).get(dx).data();
    assertEquals(g[0], g[2], 0, expr + ": every element alike");
    return g[0];
  }

  @TestFactory
  Stream<DynamicTest> derivativesAtZero() {
    Object[][] cases = {
        {"use std.act.{relu}", "relu(x)", 1.0},
        {"use std.act.{relu6}", "relu6(x)", 1.0},
        {"use std.act.{leaky_relu}", "leaky_relu(x, slope: 0.2)", 1.0},
        {"use std.act.{elu}", "elu(x)", 1.0},
        {"use std.act.{elu}", "elu(x, alpha: 0.5)", 1.0},
        {"use std.act.{celu}", "celu(x, alpha: 2.0)", 1.0},
        {"use std.act.{selu}", "selu(x)", SELU_SCALE},
        {"use std.act.{softplus}", "softplus(x)", 0.5},
        {"use std.act.{log_sigmoid}", "log_sigmoid(x)", 0.5},
        {"use std.act.{mish}", "mish(x)", Math.tanh(Math.log(2))},
        {"use std.act.{hard_tanh}", "hard_tanh(x)", 1.0},
        {"use std.act.{ELU}", "ELU()(x)", 1.0},
        {"use std.act.{PReLU}", "PReLU()(x)", 1.0},
        // bce_logits = mean(softplus(z) - z y): at z = 0 with y = 1, (0.5 - 1) / 3 per element.
        {"use std.loss.{bce_logits}", "bce_logits(x, 1.0)", -0.5 / 3},
    };
    return Stream.of(cases).map(c -> DynamicTest.dynamicTest((String) c[1], () ->
        assertEquals((double) c[2], gradientAtZero((String) c[0], (String) c[1]), 1e-15, (String) c[1])));
  }
}
