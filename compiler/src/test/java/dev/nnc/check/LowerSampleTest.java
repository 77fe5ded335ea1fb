package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    if (m.inputs().containsKey("seed")) values.put("seed", Array.scalar(7)); // a sample program's seed is an input
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

  /** chain() over layers whose call takes and gives a tuple lowers to the tuple (it was taken for sort's). */
  @Test
  void chainCarriesATuple() {
    Lower.Model m = lower("""
        layer AddT(k: int) {
          fn (s) {
            (x, n) = s
            return (x + float(k), n * 2.0)
          }
        }
        sample Chained {
          x = ones(f32[B, 2])
          (a, b) = chain([AddT(k) for k in 1 to 3], (x, x))
          output sum_a = a
          output pow_b = b
        }
        """, "Chained");
    for (double v : run(m, "sum_a", 2).data()) assertEquals(7, v); // 1 + 1 + 2 + 3
    for (double v : run(m, "pow_b", 2).data()) assertEquals(8, v); // 1 * 2^3
  }

  /**
   * A causal transformer layer run one position a step with its key/value cache
   * (TransformerEncoderLayer.step, for pre-norm and post-norm) gives, row by row, what its call
   * gives over the whole sequence: the cache holds the earlier rows' keys and values, and the
   * mask built from the loop's index hides the rows not written yet.
   */
  @Test
  void aCachedStepEqualsTheCausalCall() {
    for (boolean preNorm : new boolean[] {true, false}) {
      Lower.Model m = lower("""
          use std.attn.{TransformerEncoderLayer}
          model M {
            input x: f32[B, 5, 4]
            l = TransformerEncoderLayer(4, 2, dim_feedforward: 6, dropout: 0.0, activation: "gelu",
                                        norm_first: %s, causal: true)
            output y = l(x)
            fn step(x: f32[B, 1, 4], t: i32[], k: f32[B, 2, 5, 2], v: f32[B, 2, 5, 2]) = l.step(x, t, k, v)
          }
          sample Steps {
            uses m = M()
            x = normal(f32[B, 5, 4])
            keys = normal(f32[B, 2, 5, 2])       // rows not written yet must not matter
            values = normal(f32[B, 2, 5, 2])
            ys = zeros(f32[B, 5, 4])
            for t in 0 until 5 {
              (y, keys, values) = m.step(x[:, t][:, new, :], t, keys, values)
              ys = write_row(ys, t, y[:, 0], axis: 1)
            }
            output stepped = ys
            output full = m(x)
          }
          """.formatted(preNorm), "Steps");
      Array stepped = run(m, "stepped", 3), full = run(m, "full", 3);
      assertEquals(3 * 5 * 4, full.size());
      for (int i = 0; i < full.size(); i++) {
        assertEquals(full.data()[i], stepped.data()[i], 1e-9, (preNorm ? "pre" : "post") + "-norm, element " + i);
      }
    }
  }

  /**
   * A program's input (a decoder's prompt) is a leaf given when it runs; a size written first in
   * its type (N) is declared there and bound with it. A target has no place in a program, and
   * an input name is declared once.
   */
  @Test
  void aProgramReadsItsInput() {
    Lower.Model m = lower("""
        sample Repeat(steps: int = 3) {
          input offset: f32[N]
          x = zeros(f32[B, N])
          for t in 0 until steps {
            x = x + offset
          }
          output total = x
        }
        """, "Repeat");
    assertTrue(m.inputs().containsKey("offset"), () -> m.inputs().keySet().toString());
    Map<String, Array> values = new HashMap<>(m.initialValues());
    values.put("seed", Array.scalar(7));
    values.put("step", Array.scalar(0));
    values.put("offset", new Array(new long[] {2}, new double[] {1.5, -2}));
    Array total = Reference.one(m.outputs().get("total"), values, Map.of("B", 2L, "N", 2L));
    assertArrayEquals(new double[] {4.5, -6, 4.5, -6}, total.data());

    Checker checker = new Checker();
    checker.checkText("sample.nn", """
        sample Bad() {
          target y: i32[B]
          input p: i32[4]
          input p: i32[5]
          output z = p
        }
        """);
    String raw = dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted());
    assertTrue(raw.contains("sample.nn:2:3: syntax.member"), raw);
    assertTrue(raw.contains("sample.nn:4:9: name.duplicate"), raw);
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
