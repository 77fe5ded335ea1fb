package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Json;
import dev.nnc.runtime.train.Checkpoints;
import dev.nnc.runtime.train.Counters;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nnc eval and nnc predict on a checkpoint whose predictions are known: the tiny Fashion-MNIST
 * classifier with zero weights and a bias of 1 for class 3 predicts class 3 for every image, so
 * the confusion matrix, the per-class accuracy, the loss and every probability follow exactly.
 */
class EvalJsonTest {
  @TempDir Path out;
  private Path nn, data, ckpt;
  /** The validation split: 20 images, labels 0, 1, ..., 9, 0, 1, ... */
  private static final int SAMPLES = 20;

  @BeforeEach
  void everyImageIsClassThree() throws Exception {
    nn = out.resolve("tiny.nn");
    Files.writeString(nn, TinyFashion.MODEL);
    data = TinyFashion.folder(out.resolve("fashion"), 10, SAMPLES);
    ckpt = out.resolve("three.safetensors");
    float[] bias = new float[10];
    bias[3] = 1;
    Map<String, float[]> state = new LinkedHashMap<>();
    Map<String, int[]> shapes = new LinkedHashMap<>();
    state.put("fc.weight", new float[10 * 784]);
    shapes.put("fc.weight", new int[] {10, 784});
    state.put("fc.bias", bias);
    shapes.put("fc.bias", new int[] {10});
    Checkpoints.write(ckpt, state, shapes, Checkpoints.metadata(Counters.START, 7, List.of("Tiny")));
  }

  private Samples.Result run(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(nn.toString(), "--checkpoint", ckpt.toString(), "--device", "reference"));
    return TinyFashion.withFolder(data, () -> Samples.run(all.toArray(String[]::new)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  /** The mean cross entropy when the logits are the bias: log(e + 9), less 1 for the tenth of the samples of class 3. */
  private static final double LOSS = Math.log(Math.E + 9) - 0.1;

  @Test
  void evalPrintsTheConfusionMatrixAndTheAccuracyOfEachClass() throws Exception {
    Samples.Result r = run("eval");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals("accuracy: 10.00% (2 of 20)", lines.get(2), r::all);
    assertEquals("per class (rows: true class; columns: predicted class):", lines.get(3));
    assertEquals("  class  0  1  2  3  4  5  6  7  8  9   samples  accuracy", lines.get(4));
    assertEquals("      0  0  0  0  2  0  0  0  0  0  0         2     0.00%", lines.get(5));
    assertEquals("      3  0  0  0  2  0  0  0  0  0  0         2   100.00%", lines.get(8));
    assertEquals(15, lines.size(), r::all);
  }

  @Test
  void evalAsJson() throws Exception {
    Samples.Result r = run("eval", "--format", "json");
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals(1, r.out().lines().count(), r::all); // one object, on one line
    Map<String, Object> m = object(Json.parse(r.out().strip()));
    assertEquals(List.of("model", "checkpoint", "data", "device", "graph", "samples", "loss", "losses", "accuracy", "correct", "classes",
        "confusion", "positions", "mean_iou", "iou"), List.copyOf(m.keySet()));
    assertEquals("Tiny", m.get("model"));
    assertEquals(ckpt.toString(), m.get("checkpoint"));
    assertEquals("fashion_mnist (validation data)", m.get("data"));
    assertEquals("the float64 reference evaluator", m.get("device"));
    assertEquals(false, m.get("graph"));
    assertEquals(20L, m.get("samples"));
    assertEquals(LOSS, (Double) m.get("loss"), 1e-5);
    assertEquals(null, m.get("losses"), "no loss of Tiny has a name");
    assertEquals(0.1, (Double) m.get("accuracy"), 1e-12);
    assertEquals(2L, m.get("correct"));
    assertEquals(20L, m.get("positions"), "one label a sample");
    assertEquals(null, m.get("mean_iou"), "Tiny's train block lists no `metrics iou`");
    assertEquals(null, m.get("iou"));
    List<Object> classes = list(m.get("classes"));
    assertEquals(10, classes.size());
    for (int c = 0; c < 10; c++) {
      Map<String, Object> k = object(classes.get(c));
      assertEquals(List.of("class", "samples", "correct", "accuracy"), List.copyOf(k.keySet()));
      assertEquals((long) c, k.get("class"));
      assertEquals(2L, k.get("samples"));
      assertEquals(c == 3 ? 2L : 0L, k.get("correct"));
      assertEquals(c == 3 ? 1.0 : 0.0, k.get("accuracy"));
    }
    List<Object> rows = list(m.get("confusion"));
    for (int t = 0; t < 10; t++) {
      List<Object> row = list(rows.get(t));
      for (int p = 0; p < 10; p++) assertEquals(p == 3 ? 2L : 0L, row.get(p), "confusion[" + t + "][" + p + "]");
    }
  }

  /**
   * A loss that is a sum of named losses: each one's mean over the data comes on its own line and
   * in the JSON, in the model's order. The penalty on the bias (1 at class 3) is 0.5 * 1 exactly.
   */
  @Test
  void evalReportsEachNamedLoss() throws Exception {
    Files.writeString(nn, TinyFashion.MODEL.replace("loss cross_entropy(logits, y)",
        "loss ce = cross_entropy(logits, y)\n  loss penalty = l2_penalty(fc.bias, 0.5)").replace("{cross_entropy}", "{cross_entropy, l2_penalty}"));
    Samples.Result r = run("eval");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals(String.format(java.util.Locale.ROOT, "loss: %.6g", LOSS + 0.5), lines.get(1), r::all);
    assertEquals(String.format(java.util.Locale.ROOT, "loss ce: %.6g", LOSS), lines.get(2), r::all);
    assertEquals("loss penalty: 0.500000", lines.get(3), r::all);
    assertEquals("accuracy: 10.00% (2 of 20)", lines.get(4), r::all);
    Map<String, Object> m = object(Json.parse(run("eval", "--format", "json").out().strip()));
    Map<String, Object> losses = object(m.get("losses"));
    assertEquals(List.of("ce", "penalty"), List.copyOf(losses.keySet()));
    assertEquals(LOSS, (Double) losses.get("ce"), 1e-5);
    assertEquals(0.5, (Double) losses.get("penalty"), 1e-7);
    assertEquals(LOSS + 0.5, (Double) m.get("loss"), 1e-5);
  }

  @Test
  void evalDrawsTheConfusionMatrix() throws Exception {
    Path png = out.resolve("plots/confusion.png");
    Samples.Result r = run("eval", "--confusion", png.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().endsWith("confusion matrix: " + png + "\n"), r::all);
    BufferedImage image = ImageIO.read(png.toFile());
    int[] size = Confusion.imageSize(10);
    assertEquals(size[0], image.getWidth());
    assertEquals(size[1], image.getHeight());
    // Column 3 is dark (every sample of every row), the rest white; sampled at a cell's corner, away from its number.
    for (int t = 0; t < 10; t++) {
      for (int p = 0; p < 10; p++) {
        int rgb = image.getRGB(Confusion.LEFT + p * Confusion.CELL + 2, Confusion.TOP + t * Confusion.CELL + 2) & 0xffffff;
        assertEquals(p == 3 ? Confusion.shade(1).getRGB() & 0xffffff : 0xffffff, rgb, "cell " + t + ", " + p);
      }
    }
  }

  @Test
  void predictAsJson() throws Exception {
    Samples.Result r = run("predict", "--format", "json", "--count", "4");
    assertEquals(Main.OK, r.exit(), r::all);
    Map<String, Object> m = object(Json.parse(r.out().strip()));
    assertEquals(List.of("model", "checkpoint", "output", "data", "device", "predictions"), List.copyOf(m.keySet()));
    assertEquals("probs", m.get("output"));
    List<Object> ps = list(m.get("predictions"));
    assertEquals(4, ps.size());
    double p3 = Math.E / (Math.E + 9), other = 1 / (Math.E + 9);
    for (int i = 0; i < 4; i++) {
      Map<String, Object> p = object(ps.get(i));
      assertEquals(List.of("row", "class", "probability", "values", "truth", "correct"), List.copyOf(p.keySet()));
      assertEquals((long) i, p.get("row"));
      assertEquals(3L, p.get("class"));
      assertEquals(p3, (Double) p.get("probability"), 1e-6);
      List<Object> values = list(p.get("values"));
      assertEquals(10, values.size());
      for (int c = 0; c < 10; c++) assertEquals(c == 3 ? p3 : other, (Double) values.get(c), 1e-6);
      assertEquals((long) i, p.get("truth"));
      assertEquals(i == 3, p.get("correct"));
    }
  }

  /** A file with errors, in JSON mode: its diagnostics as `nnc check --format json` gives them, and exit 1. */
  @Test
  void diagnosticsOfEvalAsJson() throws Exception {
    Files.writeString(nn, TinyFashion.MODEL.replace("fc(x)", "fc(q)"));
    Samples.Result r = run("eval", "--format", "json");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    Map<String, Object> m = object(Json.parse(r.out().strip()));
    Map<String, Object> d = list(m.get("diagnostics")).stream().map(EvalJsonTest::object)
        .filter(o -> o.get("severity").equals("error")).findFirst().orElseThrow();
    assertEquals("name.unknown", d.get("code"));
    assertEquals(nn.toString(), d.get("file"));
    assertEquals(10L, d.get("line"));
    assertEquals(15L, d.get("column"));
    assertEquals(1L, m.get("errors"));
  }
}
