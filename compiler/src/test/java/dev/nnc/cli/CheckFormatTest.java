package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.diag.Colour;
import dev.nnc.runtime.checkpoint.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nnc check --format json, and colour in diagnostics: when it is on, and that NO_COLOR turns it off. */
class CheckFormatTest {
  @TempDir Path tmp;

  /** A shape error with a note and a hint, and an unused name (a warning). */
  private static final String BAD = """
      use std.nn.{Linear}
      model M {
        input x: f32[B, 4]
        fc1 = Linear(4, 8)
        fc2 = Linear(16, 2)
        unused = 3
        output o = fc2(fc1(x))
      }
      """;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void jsonHasEveryDiagnosticWithItsPlaceCodeMessageAndHint() throws Exception {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, BAD);
    Samples.Result r = Samples.run("check", "--format", "json", bad.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertEquals("", r.err(), r::all);
    Samples.Result raw = Samples.run("check", "--format", "raw", bad.toString());
    Map<String, Object> m = object(Json.parse(r.out()));
    assertEquals(List.of("diagnostics", "errors", "warnings", "omitted"), List.copyOf(m.keySet()));
    List<?> ds = (List<?>) m.get("diagnostics");
    // The same diagnostics as the raw form, in its order.
    List<String> rawLines = raw.out().lines().toList();
    assertEquals(rawLines.size(), ds.size(), r::all);
    long errors = 0, warnings = 0;
    for (int i = 0; i < ds.size(); i++) {
      Map<String, Object> d = object(ds.get(i));
      assertEquals(List.of("file", "line", "column", "end_line", "end_column", "severity", "code", "message", "label", "notes", "hint"),
          List.copyOf(d.keySet()));
      assertEquals(rawLines.get(i), d.get("file") + ":" + d.get("line") + ":" + d.get("column") + ": " + d.get("code") + ": " + d.get("message"));
      if (d.get("severity").equals("error")) errors++;
      else warnings++;
    }
    assertEquals(errors, m.get("errors"));
    assertEquals(warnings, m.get("warnings"));
    assertEquals(0L, m.get("omitted"));
    Map<String, Object> shape = ds.stream().map(CheckFormatTest::object).filter(d -> d.get("code").equals("shape.arg")).findFirst().orElseThrow();
    assertEquals(bad.toString(), shape.get("file"));
    assertEquals(7L, shape.get("line"));
    assertEquals(18L, shape.get("column"));
    assertEquals(7L, shape.get("end_line"));
    assertEquals(24L, shape.get("end_column")); // `fc1(x)` spans columns 18 to 23
    assertTrue(shape.get("label") instanceof String, shape::toString);
    Map<String, Object> unused = ds.stream().map(CheckFormatTest::object).filter(d -> d.get("code").equals("name.unused")).findFirst()
        .orElseThrow();
    assertEquals("warning", unused.get("severity"));
    assertEquals(6L, unused.get("line"));
  }

  @Test
  void jsonOfAFileWithoutProblems() throws Exception {
    Path good = tmp.resolve("good.nn");
    Files.writeString(good, "model M {\n  input x: f32[B, 2]\n  output y = x\n}\n");
    Samples.Result r = Samples.run("check", "--format", "json", good.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("{\"diagnostics\":[],\"errors\":0,\"warnings\":0,\"omitted\":0}\n", r.out());
  }

  @Test
  void noColourUnlessAskedOrOnATerminal() throws Exception {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, BAD);
    Samples.Result plain = Samples.run("check", bad.toString()); // the test's output is no terminal
    assertFalse(plain.out().contains("\u001b"), plain::all);
    Samples.Result never = Samples.run("check", "--color", "never", bad.toString());
    assertEquals(plain.out(), never.out());
    Samples.Result always = Samples.run("check", "--color", "always", bad.toString());
    assertTrue(always.out().contains("\u001b[1;31merror[shape.arg]\u001b[0m"), always::all);
    // Without the escapes, the coloured text is the plain text.
    assertEquals(plain.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void noColorInTheEnvironmentTurnsColourOff() {
    Map<String, String> env = new LinkedHashMap<>();
    assertTrue(Colour.enabled(Colour.Choice.auto, env, true));
    assertFalse(Colour.enabled(Colour.Choice.auto, env, false));
    env.put("NO_COLOR", "1");
    assertFalse(Colour.enabled(Colour.Choice.auto, env, true));
    assertTrue(Colour.enabled(Colour.Choice.always, env, true)); // the command line overrides NO_COLOR (no-color.org)
    env.put("NO_COLOR", ""); // set but empty: no effect
    assertTrue(Colour.enabled(Colour.Choice.auto, env, true));
    env.put("TERM", "dumb");
    assertFalse(Colour.enabled(Colour.Choice.auto, env, true));
    assertFalse(Colour.enabled(Colour.Choice.never, Map.of(), true));
  }
}
