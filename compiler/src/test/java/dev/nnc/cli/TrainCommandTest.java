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

  /**
   * Resume is exact: 4 epochs straight and 2 epochs, then resuming to 4, give the same bytes
   * (the GCN uses Adam's states and dropout's counter-based random numbers).
   */
  @Test
  void resumingContinuesExactly() throws java.io.IOException {
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    String gcn = Samples.file("gcn").toString();
    assertEquals(Main.OK, Samples.run("train", gcn, "--epochs", "4", "--out", straight.toString()).exit());
    assertEquals(Main.OK, Samples.run("train", gcn, "--epochs", "2", "--out", stopped.toString()).exit());
    Path ckpt = stopped.resolve("Gcn.safetensors");
    Samples.Result r = Samples.run("train", gcn, "--epochs", "4", "--out", stopped.toString(), "--resume", ckpt.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("\nresuming from " + ckpt + " at epoch 3, step 3\n"), r::all);
    assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(straight.resolve("Gcn.safetensors")),
        java.nio.file.Files.readAllBytes(ckpt)), "the resumed run's checkpoint differs from the straight run's");
  }

  @Test
  void aCheckpointOfAnotherModelIsRefused() {
    Samples.Result lr = Samples.run("train", Samples.file("linear_regression").toString(), "--epochs", "1", "--out", out.toString());
    assertEquals(Main.OK, lr.exit(), lr::all);
    Samples.Result r = Samples.run("train", Samples.file("worked_221").toString(), "--out", out.toString(),
        "--resume", out.resolve("LinearRegression.safetensors").toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    assertTrue(err.get(0).startsWith("nnc: "), r::all);
  }

  @Test
  void aNanLossStopsAndNamesTheStep() throws java.io.IOException {
    Path file = out.resolve("nan.nn");
    java.nio.file.Files.writeString(file, """
        use std.optim.{SGD}
        model Bad {
          input x: f32[B, 1]
          target y: f32[B, 1]
          param w: f32[1, 1] = 1.0
          loss mean(log(x @ w - 100.0) - y)
        }
        train Bad {
          data linear(w: 2.0, b: 1.0, n: 8, noise: 0.0)
          optimizer SGD(lr: 0.1)
          batch 4
          epochs 2
        }
        """);
    Samples.Result r = Samples.run("train", file.toString(), "--out", out.resolve("ckpt").toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + file + ": the loss is NaN at step 1 (epoch 1); stopped"), r.err().lines().toList());
    assertTrue(!java.nio.file.Files.exists(out.resolve("ckpt").resolve("Bad.safetensors")), "no checkpoint of a NaN state");
  }

  @Test
  void onlyTheReferenceDeviceExistsYet() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--device", "jvm");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals(List.of("nnc: device `jvm` is not available yet; use --device reference"), r.err().lines().toList());
  }
}
