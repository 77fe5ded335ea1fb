package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on the float64 reference evaluator: the small samples reach their known answers. */
class TrainCommandTest {
  @TempDir Path out;

  private static double value(List<String> lines, String param) {
    String line = lines.stream().filter(l -> l.startsWith("  " + param + " = ")).findFirst().orElseThrow();
    return Double.parseDouble(line.replaceAll(".*= \\[+", "").replaceAll("\\].*", "").split(",")[0]);
  }

  @Test
  void linearRegressionRecoversTheLine() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals(2.0, value(lines, "fc.weight"), 1e-3, r::all); // y = 2x + 1
    assertEquals(1.0, value(lines, "fc.bias"), 1e-3, r::all);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("epoch 100: loss")), r::all); // the block's 100 epochs
    // The checkpoint holds the trained parameters under PyTorch's names, and the step.
    Checkpoint ckpt = Safetensors.read(out.resolve("LinearRegression.safetensors"));
    assertEquals(2.0, ckpt.tensors().get("fc.weight").floats()[0], 1e-3);
    assertEquals(1.0, ckpt.tensors().get("fc.bias").floats()[0], 1e-3);
    assertEquals("400", ckpt.metadata().get("nnc.step")); // 100 epochs of 4 batches of 16
  }

  @Test
  void theWorkedExampleTakesOneSgdStep() {
    Samples.Result r = Samples.run("train", Samples.file("worked_221").toString(), "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("epoch 1: loss 0.448900"), r::all); // (1.83 - 2.5)^2 before the step
    assertTrue(lines.contains("  hidden_weight = [[0.2608, 0.6412], [0.2804, 0.6206]]"), r::all); // w - 0.1 dL/dw
    assertTrue(lines.contains("  output_bias = [0.434]"), r::all);
  }

  /** Semi-supervised: one labelled node per faction (0 and 33), accuracy on the other 32. */
  @Test
  void theGcnClassifiesTheKarateClubFromTwoLabelledNodes() {
    Samples.Result r = Samples.run("train", Samples.file("gcn").toString(), "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    String line = r.out().lines().filter(l -> l.startsWith("accuracy on the 32 unlabelled nodes: ")).findFirst().orElseThrow();
    double percent = Double.parseDouble(line.replaceAll(".*: ", "").replaceAll("%.*", ""));
    assertTrue(percent >= 85.0, line);
  }

  @Test
  void metricsAreOneJsonLinePerEpoch() throws java.io.IOException {
    Path file = out.resolve("m.jsonl");
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--epochs", "3",
        "--out", out.toString(), "--metrics", file.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = java.nio.file.Files.readAllLines(file);
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      assertTrue(lines.get(i).matches("\\{\"epoch\": " + (i + 1) + ", \"step\": " + 4 * (i + 1)
          + ", \"train_loss\": [0-9.E-]+, \"samples_per_second\": [0-9.]+}"), lines.get(i));
    }
  }

  @Test
  void onlyTheReferenceDeviceExistsYet() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--device", "jvm");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals(List.of("nnc: device `jvm` is not available yet; use --device reference"), r.err().lines().toList());
  }
}
