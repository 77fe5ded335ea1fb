package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A train block's schedule multiplies the optimizer's learning rate by its factor at each step:
 * the same parameters and batch give a change of the weights scaled by exactly that factor.
 */
class ScheduleTest {
  private static final String MODEL = """
      use std.nn.{Linear}
      use std.loss.{mse}
      use std.optim.{SGD, Adam}
      use std.sched.{step_decay, cosine}

      model M {
        input x: f32[B, 1]
        target y: f32[B, 1]
        fc = Linear(1, 1)
        loss mse(fc(x), y)
      }
      """;

  /** fc.weight's change after one step at {@code step}, from the initial weights and a fixed batch. */
  private static double[] change(String train, long step) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("sched", MODEL + "\ntrain M {\n  data linear(w: 2.0, b: 1.0, n: 8)\n" + train + "\n}\n");
    Lower.Step s = checker.diagnostics().hasErrors() ? null : Pipeline.standard().step(checker, m, null, 1);
    assertNotNull(s, () -> Renderer.raw(checker.diagnostics().sorted()));
    Map<String, Array> leaves = new HashMap<>();
    Map<Node, Array> init = Reference.run(new ArrayList<>(s.inits().values()), Map.of(), Map.of());
    s.inits().forEach((name, node) -> leaves.put(name, init.get(node)));
    leaves.put("x", new Array(new long[] {3, 1}, new double[] {1, -0.5, 2}));
    leaves.put("y", new Array(new long[] {3, 1}, new double[] {1, -1, 2}));
    leaves.put("step", Array.scalar(step));
    Node next = s.next().get("fc.weight");
    Array after = Reference.run(List.of(next), leaves, Map.of("B", 3L)).get(next);
    double[] before = leaves.get("fc.weight").data(), d = new double[before.length];
    for (int i = 0; i < d.length; i++) d[i] = after.data()[i] - before[i];
    return d;
  }

  private static void assertScaled(double[] base, double factor, double[] scaled) {
    for (int i = 0; i < base.length; i++) assertEquals(factor * base[i], scaled[i], 1e-12 * Math.abs(base[i]) + 1e-15, "element " + i);
  }

  @Test
  void stepDecayHalvesTheChangeEveryStep() {
    double[] plain = change("optimizer SGD(lr: 0.1)", 3);
    assertScaled(plain, 1.0, change("optimizer SGD(lr: 0.1)\nschedule step_decay(step_size: 1, gamma: 0.5)", 1));
    assertScaled(plain, 0.25, change("optimizer SGD(lr: 0.1)\nschedule step_decay(step_size: 1, gamma: 0.5)", 3));
  }

  @Test
  void cosineScalesAdamsStep() {
    // Adam's first step from zero states, at step 2 of a cosine over 4 steps: factor (1 + cos(pi / 2)) / 2 = 0.5.
    double[] plain = change("optimizer Adam(lr: 0.01)", 2);
    assertScaled(plain, 0.5, change("optimizer Adam(lr: 0.01)\nschedule cosine(total_steps: 4)", 2));
  }
}
