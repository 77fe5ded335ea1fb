package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nnc eval and nnc predict on checkpoints that nnc train wrote, on the reference evaluator. */
class EvalPredictCommandTest {
  @TempDir Path out;

  /** Trains the tiny Fashion-MNIST classifier for two epochs; returns its metrics' last line. */
  private String trainTiny(Path nn, Path data) throws Exception {
    Files.writeString(nn, TinyFashion.MODEL);
    Path metrics = out.resolve("m.jsonl");
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", "reference",
        "--out", out.toString(), "--metrics", metrics.toString()));
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = Files.readAllLines(metrics);
    return lines.get(lines.size() - 1);
  }

  /** eval gives the validation loss and accuracy that training reported after its last epoch. */
  @Test
  void evalScoresTheValidationData() throws Exception {
    Path nn = out.resolve("tiny.nn"), data = TinyFashion.folder(out.resolve("fashion"), 24, 10);
    String last = trainTiny(nn, data);
    Path ckpt = out.resolve("Tiny.safetensors");
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("eval", nn.toString(), "--checkpoint", ckpt.toString(),
        "--device", "reference"));
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals("evaluating Tiny from " + ckpt + " on fashion_mnist (validation data), 10 samples, with the float64 reference evaluator",
        lines.get(0));
    double loss = Double.parseDouble(last.replaceAll(".*\"val_loss\": ([^,]+),.*", "$1"));
    double accuracy = Double.parseDouble(last.replaceAll(".*\"val_accuracy\": ([^,]+),.*", "$1"));
    assertEquals(String.format(Locale.ROOT, "loss: %.6g", loss), lines.get(1));
    assertEquals(String.format(Locale.ROOT, "accuracy: %.2f%% (%d of 10)", 100 * accuracy, Math.round(10 * accuracy)), lines.get(2));
  }

  @Test
  void predictPrintsClassesWithTheirProbabilitiesAndTheTruth() throws Exception {
    Path nn = out.resolve("tiny.nn"), data = TinyFashion.folder(out.resolve("fashion"), 24, 10);
    trainTiny(nn, data);
    Path ckpt = out.resolve("Tiny.safetensors");
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("predict", nn.toString(), "--checkpoint", ckpt.toString(),
        "--count", "3", "--device", "reference"));
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals("predicting with Tiny from " + ckpt + ": output `probs` for the first 3 samples of fashion_mnist (validation data)",
        lines.get(0));
    assertEquals(4, lines.size(), r::all);
    for (int i = 0; i < 3; i++) { // the test images' labels are 0, 1, 2, ...
      assertTrue(lines.get(i + 1).matches("  " + i + ": class [0-9] \\(p [01]\\.[0-9]{3}\\), true " + i + "(  \\(wrong\\))?"), r::all);
    }
  }

  /** A model that does not classify: its output's values beside the target's. */
  @Test
  void predictPrintsValuesOfARegression() {
    assertEquals(Main.OK, Samples.run("train", Samples.file("linear_regression").toString(), "--device", "reference",
        "--out", out.toString()).exit());
    Samples.Result r = Samples.run("predict", Samples.file("linear_regression").toString(), "--checkpoint",
        out.resolve("LinearRegression.safetensors").toString(), "--count", "2", "--device", "reference");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of("predicting with LinearRegression from " + out.resolve("LinearRegression.safetensors")
        + ": output `pred` for the first 2 samples of linear (training data)"), lines.subList(0, 1));
    assertEquals(3, lines.size(), r::all);
    assertTrue(lines.get(1).matches("  0: \\[-(1|0\\.99999\\d*|1\\.0000\\d*)\\], true -1"), r::all); // y = 2x + 1 at x = -1
    assertTrue(lines.get(2).matches("  1: \\[-0\\.93650\\d*\\], true -0\\.936508"), r::all); // at x = -1 + 2/63
  }

  /** A graph: the accuracy on the nodes the training did not see. */
  @Test
  void evalOfTheGcnScoresTheUnlabelledNodes() {
    assertEquals(Main.OK, Samples.run("train", Samples.file("gcn").toString(), "--device", "reference", "--out", out.toString()).exit());
    Samples.Result r = Samples.run("eval", Samples.file("gcn").toString(), "--checkpoint", out.resolve("Gcn.safetensors").toString(),
        "--device", "reference");
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("accuracy on the 32 unlabelled nodes: ")), r::all);
  }

  @Test
  void aCheckpointOfAnotherModelIsAFault() {
    assertEquals(Main.OK, Samples.run("train", Samples.file("worked_221").toString(), "--device", "reference",
        "--out", out.toString()).exit());
    Path other = out.resolve("Worked221.safetensors");
    Samples.Result r = Samples.run("eval", Samples.file("linear_regression").toString(), "--checkpoint", other.toString(),
        "--device", "reference");
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + other + ": checkpoint does not match model LinearRegression: it has no tensor `fc.weight`; "
        + "pass a checkpoint that nnc train wrote for LinearRegression"), r.err().lines().toList());
  }
}
