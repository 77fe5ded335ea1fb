package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nnc.diag.Renderer;
import org.junit.jupiter.api.Test;

/** The raw form of the diagnostics that only lowering reports (the compile commands print them). */
class LowerDiagnosticsTest {
  private static String lower(String text, String model) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("example.nn", text);
    assertEquals("", Renderer.raw(checker.diagnostics().sorted()), "the example must check cleanly");
    assertNull(Lower.model(checker, m, model, false, 1));
    return Renderer.raw(checker.diagnostics().sorted());
  }

  @Test
  void aConstructThatCannotBeLoweredIsNamedWhereItIs() {
    assertEquals("example.nn:3:21: lower.unsupported: a random initializer with a symbolic size cannot be compiled yet\n", lower("""
        model PerRow {
          input x: f32[B, 3]
          param w: f32[B] = normal(f32[B])
          output y = sum(x, axis: 1) * w
        }
        """, null));
  }

  @Test
  void aFileWithoutAModelHasNothingToCompile() {
    assertEquals("example.nn:1:1: lower.model: there is no model named by a train block to compile\n", lower("""
        layer Head(d: int) {
          param w: f32[d] = 0
          fn (x: f32[B, d]) -> f32[B] = sum(x * w, axis: 1)
        }
        """, null));
  }

  @Test
  void anUnknownModelNameIsSaid() {
    assertEquals("example.nn:1:1: lower.model: there is no model `Nope` to compile\n", lower("""
        model M {
          input x: f32[B, 2]
          output y = x
        }
        """, "Nope"));
  }
}
