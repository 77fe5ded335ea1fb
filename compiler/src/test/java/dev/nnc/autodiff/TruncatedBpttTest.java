package dev.nnc.autodiff;

import dev.nnc.ir.Differentiate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Truncated backpropagation through time in std.rnn ({@code truncate: k}): the forward values
 * are those of full BPTT, and the gradient of the final state reaches only the inputs of the
 * last chunk of k steps, where it equals the full gradient (every path from such an input to
 * the final state stays inside the chunk). Earlier inputs get exactly zero. A gradient check
 * cannot cover this, since a truncated gradient is not the derivative of the forward values;
 * StdlibGradCheckTest covers {@code truncate} at least the sequence length, which is full BPTT.
 */
class TruncatedBpttTest {
  static final long T = 5, TRUNCATE = 2, BATCH = 3;

  /** A model whose loss is the final state of a scan over x [B, 5, 2], weighted by u. */
  record Case(String name, String uses, String body, int lastChunkStep) {
    String text(long truncate) {
      return uses + "\n\nmodel M {\n  input x: f32[B, 5, 2]\n  input u: f32[B, 3]\n"
          + body.replace("TRUNCATE", Long.toString(truncate)).indent(2) + "}\n";
    }
  }

  static List<Case> cases() {
    String weights = """
        input wi: f32[G, 2]
        input wh: f32[G, 3]
        input bi: f32[G]
        input bh: f32[G]
        input h0: f32[B, 3]
        """;
    return List.of(
        new Case("RNN", "use std.rnn.{RNN}", """
            r = RNN(2, 3, truncate: TRUNCATE)
            loss sum(r(x)[:, -1] * u)""", 4),
        new Case("LSTM", "use std.rnn.{LSTM}", """
            r = LSTM(2, 3, truncate: TRUNCATE)
            (_, h, c) = r.run(x, zeros(f32[B, 3]), zeros(f32[B, 3]))
            loss sum(h * u) + sum(c * u)""", 4),
        new Case("GRU", "use std.rnn.{GRU}", """
            r = GRU(2, 3, truncate: TRUNCATE)
            loss sum(r(x)[:, -1] * u)""", 4),
        // Reverse scans count steps from t = T - 1 down: the last chunk is t = 0.
        new Case("rnn_scan reverse", "use std.rnn.{rnn_scan}", weights.replace("G", "3") + """
            (_, h) = rnn_scan(x, h0, wi, wh, bi, bh, reverse: true, truncate: TRUNCATE)
            loss sum(h * u)""", 0),
        new Case("lstm_scan reverse", "use std.rnn.{lstm_scan}", weights.replace("G", "12") + """
            (_, h, c) = lstm_scan(x, h0, h0, wi, wh, bi, bh, reverse: true, truncate: TRUNCATE)
            loss sum(h * u) + sum(c * u)""", 0),
        new Case("gru_scan reverse", "use std.rnn.{gru_scan}", weights.replace("G", "9") + """
            (_, h) = gru_scan(x, h0, wi, wh, bi, bh, reverse: true, truncate: TRUNCATE)
            loss sum(h * u)""", 0));
  }

  /** The loss and its gradient with respect to x, for the given values. */
  record Run(double loss, Array dx) {}

  static Run run(String text, Map<String, Array> values) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("bptt", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", true, 1);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()) + "\n" + text);
    Map<String, Array> leaves = new HashMap<>(model.initialValues());
    leaves.putAll(values);
    Node x = model.inputs().get("x");
    Node seed = model.graph().input("__cotangent", model.loss().type());
    Map<Node, Node> grads = Differentiate.vjp(model.graph(), model.loss(), seed, List.of(x));
    leaves.put("__cotangent", new Array(new long[0], new double[] {1}));
    Map<Node, Array> out = Reference.run(List.of(model.loss(), grads.get(x)), leaves, Map.of("B", BATCH));
    return new Run(out.get(model.loss()).data()[0], out.get(grads.get(x)));
  }

  /** Random values for every input of the case, the same for the truncated and the full model. */
  static Map<String, Array> values(Case c) {
    Checker checker = new Checker();
    Lower.Model model = Lower.model(checker, checker.checkText("bptt", c.text(0)), "M", true, 1);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()));
    Random random = new Random(c.name().hashCode());
    Map<String, Array> values = new HashMap<>();
    for (Map.Entry<String, Node> in : model.inputs().entrySet()) {
      long[] shape = Array.shapeOf(in.getValue().type(), Map.of("B", BATCH));
      values.put(in.getKey(), GradCheck.randomLike(new Array(shape, new double[Math.toIntExact(Array.size(shape))]), random));
    }
    return values;
  }

  @TestFactory
  Stream<DynamicTest> theGradientReachesOnlyTheLastChunk() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Map<String, Array> values = values(c);
      Run full = run(c.text(0), values), truncated = run(c.text(TRUNCATE), values);
      assertEquals(full.loss(), truncated.loss(), 0, c.name() + ": truncation changed the forward value");
      // dx is [B, T, 2]: compare step by step.
      double inChunk = 0;
      for (int b = 0; b < BATCH; b++) {
        for (int t = 0; t < T; t++) {
          for (int i = 0; i < 2; i++) {
            int at = (int) ((b * T + t) * 2 + i);
            double want = t == c.lastChunkStep() ? full.dx().data()[at] : 0;
            double got = truncated.dx().data()[at];
            assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), c.name() + ": d loss / d x[" + b + ", " + t + ", " + i + "]");
            if (t == c.lastChunkStep()) inChunk += Math.abs(got);
            else if (b == 0 && i == 0) assertTrue(full.dx().data()[at] != 0, c.name() + ": full BPTT reaches step " + t);
          }
        }
      }
      assertTrue(inChunk > 0, c.name() + ": the last chunk gets a gradient");
    }));
  }
}
