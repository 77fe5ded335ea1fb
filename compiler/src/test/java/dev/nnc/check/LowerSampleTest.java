package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sample programs lower to the IR's loop: the loop variable counts, rebound names carry, draws differ per step. */
class LowerSampleTest {
  private static Lower.Model lower(String text, String name) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("sample.nn", text);
    assertFalse(checker.diagnostics().hasErrors(), () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
    Lower.Model model = Lower.model(checker, m, name, false, 7);
    assertNotNull(model, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
    return model;
  }

  private static Array run(Lower.Model m, String output, long batch) {
    Map<String, Array> values = new HashMap<>(m.initialValues());
    if (m.inputs().containsKey("step")) values.put("step", Array.scalar(1));
    Node out = m.outputs().get(output);
    return Reference.one(out, values, Map.of("B", batch));
  }

  @Test
  void aCountingLoopCarriesItsSum() {
    Lower.Model m = lower("""
        sample Count(steps: int = 5) {
          x = zeros(f32[B, 2])
          for t in steps - 1 down to 0 {
            x = x + f32(t)
          }
          output total = x
        }
        """, "Count");
    assertEquals(Op.LOOP, m.outputs().get("total").op());
    Array total = run(m, "total", 3);
    for (double v : total.data()) assertEquals(10, v); // 4 + 3 + 2 + 1 + 0
  }

  /** Names assigned through a tuple pattern carry too (a decoder's step that gives its caches back). */
  @Test
  void namesADestructuringCarries() {
    Lower.Model m = lower("""
        fn both(a: f32[B, 2], b: f32[B, 2], t: i32[]) = (a + f32(t), b * 2.0)
        sample Pairs(steps: int = 4) {
          x = zeros(f32[B, 2])
          y = ones(f32[B, 2])
          for t in 0 until steps {
            (x, (y, _)) = (both(x, y, t)[0], (both(x, y, t)[1], 0))
          }
          output sum_x = x
          output pow_y = y
        }
        """, "Pairs");
    for (double v : run(m, "sum_x", 2).data()) assertEquals(6, v); // 0 + 1 + 2 + 3
    for (double v : run(m, "pow_y", 2).data()) assertEquals(16, v); // 2^4
  }

  @Test
  void eachStepDrawsNewNumbers() {
    String program = """
        sample Noise(steps: int = %d) {
          x = zeros(f32[B, 4])
          for t in 0 until steps {
            x = x + normal_like(x)
          }
          output y = x
        }
        """;
    Array one = run(lower(program.formatted(1), "Noise"), "y", 1);
    Array two = run(lower(program.formatted(2), "Noise"), "y", 1);
    // The first step draws the same numbers in both programs; the second step draws others.
    boolean differs = false;
    for (int i = 0; i < one.size(); i++) differs |= Math.abs((two.data()[i] - one.data()[i]) - one.data()[i]) > 1e-9;
    assertTrue(differs, "the second step repeated the first step's draw");
  }
}
