package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Renderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The raw form of the diagnostics that only lowering reports (the compile commands print them). */
class LowerDiagnosticsTest {
  private static String lower(String text, String model) {
    return lower(text, model, List.of());
  }

  private static String lower(String text, String model, List<String> fns) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("example.nn", text);
    assertEquals("", Renderer.raw(checker.diagnostics().sorted()), "the example must check cleanly");
    assertNull(Lower.model(checker, m, model, false, 1, Map.of(), fns));
    return Renderer.raw(checker.diagnostics().sorted());
  }

  private static final String CLASSIFIER = """
      model M {
        input x: f32[B, 4]
        param w: f32[4, 3] = 0
        output y = h(x)
        fn h(x: f32[B, 4]) -> f32[B, 3] = x @ w
        fn g(z: f32[B, 4]) -> f32[B, 3] = z @ w
      }
      """;

  /** A fn asked for (nnc score's features) that the model lacks is named at the model, with the fn to declare. */
  @Test
  void aMissingFnIsNamedAtTheModel() {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("example.nn", CLASSIFIER);
    assertNull(Lower.model(checker, m, null, false, 1, Map.of(), List.of("features")));
    Diagnostic d = checker.diagnostics().sorted().get(0);
    assertEquals("example.nn:1:7: lower.fn: model `M` has no fn `features` of its inputs to compile", d.raw());
    assertEquals("declare `fn features(x: f32[B, 4]) -> f32[B, D] = ...` in model M, or name one of its fns (h, g) with --features",
        d.hint());
  }

  @Test
  void aFnParameterThatIsNoInputIsNamedAtTheParameter() {
    assertEquals("example.nn:6:8: lower.fn: model `M` has no fn `g` of its inputs to compile\n", lower(CLASSIFIER, null, List.of("g")));
  }

  /** A fn asked for is the model's computation on its inputs: here the output itself. */
  @Test
  void aFnIsLoweredOnTheModelsInputs() {
    Checker checker = new Checker();
    Lower.Model m = Lower.model(checker, checker.checkText("example.nn", CLASSIFIER), null, false, 1, Map.of(), List.of("h"));
    assertEquals("", Renderer.raw(checker.diagnostics().sorted()));
    assertSame(m.outputs().get("y"), m.fns().get("h"));
    assertEquals("f32[B, 3]", m.fns().get("h").type().toString());
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
