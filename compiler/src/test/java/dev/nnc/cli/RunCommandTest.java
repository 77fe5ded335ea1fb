package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc run}: the course's worked 2-2-1 network (samples/worked_221.nn) against the
 * values derived by hand, and the ways the command refuses.
 */
class RunCommandTest {
  @TempDir Path tmp;

  // The course example, derived by hand (W_h is [out, in]; the model computes x W_h^T):
  //   z = W_h x + b_h = [0.1*2 + 0.4*3 + 0.1, 0.2*2 + 0.5*3 + 0.2] = [1.5, 2.1]
  //   h = relu(z) = [1.5, 2.1]                        (both positive: relu' = 1)
  //   o = W_o h + b_o = 0.6*1.5 + 0.3*2.1 + 0.3 = 1.83
  //   L = (o - y)^2 = (1.83 - 2.5)^2 = 0.4489         (mse of a single value)
  //   dL/do   = 2 (o - y)          = -1.34
  //   dL/dW_o = dL/do * h          = [[-1.34*1.5, -1.34*2.1]] = [[-2.01, -2.814]]
  //   dL/db_o = dL/do              = [-1.34]
  //   dL/dh   = dL/do * W_o        = [-1.34*0.6, -1.34*0.3] = [-0.804, -0.402]
  //   dL/dz   = dL/dh * relu'(z)   = [-0.804, -0.402]
  //   dL/dW_h = dL/dz x^T          = [[-0.804*2, -0.804*3], [-0.402*2, -0.402*3]]
  //                                = [[-1.608, -2.412], [-0.804, -1.206]]
  //   dL/db_h = dL/dz              = [-0.804, -0.402]
  static final Map<String, double[]> HAND_GRADIENTS = new LinkedHashMap<>();
  static {
    HAND_GRADIENTS.put("hidden_weight", new double[] {-1.608, -2.412, -0.804, -1.206});
    HAND_GRADIENTS.put("hidden_bias", new double[] {-0.804, -0.402});
    HAND_GRADIENTS.put("output_weight", new double[] {-2.01, -2.814});
    HAND_GRADIENTS.put("output_bias", new double[] {-1.34});
  }
  static final Map<String, String> SHAPES = Map.of(
      "hidden_weight", "[[n, n], [n, n]]", "hidden_bias", "[n, n]", "output_weight", "[[n, n]]", "output_bias", "[n]");

  static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?");
  static final Pattern GRADIENT = Pattern.compile("  d loss / d (\\S+) = (\\[.*\\])");

  @Test
  void worked221PrintsTheCourseOutputLossAndGradients() {
    Samples.Result r = Samples.run("run", Samples.file("worked_221").toString(), "--grad");
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("", r.err(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals("model Worked221 with {B=1}, as in training", lines.get(0), r::all);
    assertTrue(lines.contains("  input  x = [[2, 3]]"), r::all);
    assertTrue(lines.contains("  input  y = [[2.5]]"), r::all);
    assertTrue(lines.contains("  output o = [[1.83]]"), r::all);
    assertTrue(lines.contains("  loss = 0.4489"), r::all);
    int heading = lines.indexOf("gradients of the loss:");
    assertTrue(heading > 0, r::all);

    Map<String, String> printed = new LinkedHashMap<>();
    for (String line : lines.subList(heading + 1, lines.size())) {
      Matcher m = GRADIENT.matcher(line);
      assertTrue(m.matches(), () -> "not a gradient line: " + line + "\n" + r.all());
      printed.put(m.group(1), m.group(2));
    }
    assertEquals(List.copyOf(HAND_GRADIENTS.keySet()), List.copyOf(printed.keySet()), r::all);
    for (Map.Entry<String, double[]> e : HAND_GRADIENTS.entrySet()) {
      String text = printed.get(e.getKey());
      assertEquals(SHAPES.get(e.getKey()), NUMBER.matcher(text).replaceAll("n"), () -> e.getKey() + ": " + text);
      double[] got = numbers(text);
      double[] want = e.getValue();
      assertEquals(want.length, got.length, text);
      for (int i = 0; i < want.length; i++) {
        // printed to 6 significant digits
        assertEquals(want[i], got[i], 1e-6 * Math.abs(want[i]), () -> "d loss / d " + e.getKey() + " = " + text);
      }
    }
  }

  /** One step of the sample's SGD(lr: 0.1): w - 0.1 dL/dw, from the hand-derived gradients. */
  @Test
  void worked221StepAppliesSgdWithTheHandGradients() {
    Samples.Result r = Samples.run("run", Samples.file("worked_221").toString(), "--step");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    int heading = lines.indexOf("after one training step:");
    assertTrue(heading > 0, r::all);
    Map<String, double[]> before = Map.of("hidden_weight", new double[] {0.1, 0.4, 0.2, 0.5},
        "hidden_bias", new double[] {0.1, 0.2}, "output_weight", new double[] {0.6, 0.3}, "output_bias", new double[] {0.3});
    Map<String, String> printed = new LinkedHashMap<>();
    for (String line : lines.subList(heading + 1, lines.size())) {
      Matcher m = Pattern.compile("  (\\S+) = (\\[.*\\])").matcher(line);
      assertTrue(m.matches(), () -> "not a parameter line: " + line + "\n" + r.all());
      printed.put(m.group(1), m.group(2));
    }
    assertEquals(List.copyOf(HAND_GRADIENTS.keySet()), List.copyOf(printed.keySet()), r::all);
    for (Map.Entry<String, double[]> e : HAND_GRADIENTS.entrySet()) {
      double[] got = numbers(printed.get(e.getKey()));
      double[] w = before.get(e.getKey());
      assertEquals(w.length, got.length, r::all);
      for (int i = 0; i < w.length; i++) {
        double want = w[i] - 0.1 * e.getValue()[i];
        assertEquals(want, got[i], 1e-6 * Math.abs(want), () -> e.getKey() + " after one step\n" + r.all());
      }
    }
  }

  @Test
  void withoutGradPrintsNoGradients() {
    Samples.Result r = Samples.run("run", Samples.file("worked_221").toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("  loss = 0.4489\n"), r::all);
    assertFalse(r.out().contains("gradients"), r::all);
  }

  @Test
  void theParametersPrintedAreTheSamplesInitialValues() {
    Samples.Result r = Samples.run("run", Samples.file("worked_221").toString());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("  param  hidden_weight = [[0.1, 0.4], [0.2, 0.5]]"), r::all);
    assertTrue(lines.contains("  param  hidden_bias = [0.1, 0.2]"), r::all);
    assertTrue(lines.contains("  param  output_weight = [[0.6, 0.3]]"), r::all);
    assertTrue(lines.contains("  param  output_bias = [0.3]"), r::all);
  }

  @Test
  void aSampleWithoutInlineDataIsAUsageErrorInOneLine() {
    Path file = Samples.file("linear_regression");
    Samples.Result r = Samples.run("run", file.toString());
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("", r.out(), r::all);
    List<String> lines = r.err().lines().toList();
    assertEquals(1, lines.size(), r::all);
    assertTrue(lines.get(0).startsWith("nnc: " + file + ": "), r::all);
    assertTrue(lines.get(0).contains("data points("), r::all);
  }

  /** `nnc check` accepts renamed fields; `run` must read them under the new names too. */
  @Test
  void renamedInlineFieldsAreTheModelsInputs() throws IOException {
    Path file = tmp.resolve("renamed.nn");
    Files.writeString(file, """
        use std.loss.{mse}
        use std.optim.{SGD}
        model Renamed {
          input u: f32[B, 1]
          target y: f32[B, 1]
          param w: f32[1, 1] = [[2.0]]
          output p = u @ w
          loss mse(p, y)
        }
        train Renamed {
          data      points(x: [[1.0]], y: [[3.0]]) as (u: f32[1], y: f32[1])
          optimizer SGD(lr: 0.1)
          batch 1
          epochs 1
        }
        """);
    assertEquals(Main.OK, Samples.run("check", file.toString()).exit());
    Samples.Result r = Samples.run("run", file.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("  output p = [[2]]\n") && r.out().contains("  loss = 1\n"), r::all);
  }

  @Test
  void aMissingFileIsAUsageErrorInOneLine() {
    Path missing = tmp.resolve("missing.nn");
    Samples.Result r = Samples.run("run", missing.toString(), "--grad");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("", r.out(), r::all);
    assertEquals(List.of("nnc: no such file: " + missing), r.err().lines().toList(), r::all);
  }

  @Test
  void aSampleThatDoesNotLowerExitsOneWithItsCode() {
    Samples.NotLowered gan = Samples.NOT_LOWERED.get("gan");
    assertNotNull(gan, "the test expects gan in Samples.NOT_LOWERED; pick another listed sample");
    Samples.Result r = Samples.run("run", Samples.file("gan").toString());
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().startsWith("error[" + gan.code() + "]"), r::all);
  }

  /**
   * A model that draws random numbers reads the step counter: `run --grad --step` evaluates it as
   * the first training step (dropout on, the same mask for the loss, its gradients and the update),
   * so the SGD update it prints is the parameter less lr times the gradient it printed.
   */
  @Test
  void aModelWithDropoutRunsAsTheFirstTrainingStep() throws IOException {
    Path file = tmp.resolve("dropout.nn");
    Files.writeString(file, """
        use std.nn.{Linear, Dropout}
        use std.loss.{mse}
        use std.optim.{SGD}
        model M {
          input x: f32[B, 4]
          target y: f32[B, 1]
          fc = Linear(4, 1)
          drop = Dropout(0.5)
          output o = fc(drop(x))
          loss mse(o, y)
        }
        train M {
          data points(x: [[2.0, 3.0, 1.0, -1.0], [1.0, 1.0, 0.5, 2.0]], y: [[2.5], [1.0]])
          optimizer SGD(lr: 0.1)
          batch 2
          epochs 1
        }
        """);
    Samples.Result r = Samples.run("run", file.toString(), "--grad", "--step");
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals(r.out(), Samples.run("run", file.toString(), "--grad", "--step").out(), "the same mask every run");
    String out = r.out();
    double[] w = numbers(line(out, "  param  fc.weight = ")), g = numbers(line(out, "  d loss / d fc.weight = "));
    double[] next = numbers(line(out.substring(out.indexOf("after one training step:")), "  fc.weight = "));
    assertEquals(4, w.length, out);
    boolean dropped = false;
    for (int i = 0; i < 4; i++) {
      assertEquals(w[i] - 0.1 * g[i], next[i], 1e-5, out);
      dropped |= g[i] == 0; // a feature dropped in both rows has no gradient
    }
    double inference = numbers(line(Samples.run("run", file.toString()).out(), "  loss = "))[0];
    assertTrue(dropped || inference != numbers(line(out, "  loss = "))[0], "dropout is on in the training step: " + out);
  }

  private static String line(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in " + text))
        .substring(prefix.length());
  }

  static double[] numbers(String text) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) out.add(Double.parseDouble(m.group()));
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
