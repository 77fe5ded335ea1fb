package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline data of any fields (issue 17): {@code points(img: ..., label: ...)} binds a model's
 * {@code f32[B, 2, 2]} input and {@code i32[B]} target by name, with the dtypes of the literals.
 * {@code nnc run} evaluates the model on it (the loss of zero weights is ln 2, exactly as the
 * reference computes it) and {@code nnc train} learns to tell the two patterns apart
 * (the loss falls from ln 2 below 0.05 in 20 steps).
 */
class InlineDataTest {
  @TempDir Path dir;

  // Two 2x2 patterns: the diagonal (class 0) and the anti-diagonal (class 1), twice each.
  static final String TINY = """
      use std.loss.{cross_entropy}
      use std.optim.{SGD}

      model Tiny {
        input img: f32[B, 2, 2]
        target label: i32[B]
        param w: f32[2, 4] = 0.0
        output logits = flatten(img, from: 1) @ w.T
        loss cross_entropy(logits, label)
      }

      train Tiny {
        data points(img: [[[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [1.0, 0.0]], [[0.9, 0.1], [0.0, 1.0]], [[0.0, 1.0], [0.8, 0.0]]],
                    label: [0, 1, 0, 1])
        optimizer SGD(lr: 1.0)
        batch 4
        epochs 20
      }
      """;

  @Test
  void runEvaluatesTheModelOnItsInlineData() throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.nn"), TINY);
    Samples.Result r = Samples.run("run", file.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    // Zero weights: both logits 0 for every sample, so the cross-entropy is ln 2.
    assertTrue(r.out().contains("  output logits = [[0, 0], [0, 0], [0, 0], [0, 0]]\n"), r::all);
    String loss = r.out().lines().filter(l -> l.startsWith("  loss = ")).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    assertEquals(Math.log(2), Double.parseDouble(loss.substring("  loss = ".length())), 1e-6, r::all);
  }

  @Test
  void trainLearnsFromIntLabelsAndImages() throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.nn"), TINY);
    Samples.Result r = Samples.run("train", file.toString(), "--device", "jvm", "--out", dir.resolve("out").toString(), "-q");
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("on points (4 samples)"), r::all);
    assertTrue(r.out().contains("\nepoch 1: loss 0.693147\n"), r::all); // zero weights: ln 2
    String last = r.out().lines().filter(l -> l.startsWith("epoch 20: loss ")).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    assertTrue(Double.parseDouble(last.substring("epoch 20: loss ".length())) < 0.05, r::all);
    // The learned weights score each pattern's pixels: the diagonal for class 0, the other for class 1.
    Checkpoint c = Safetensors.read(dir.resolve("out/Tiny.safetensors"));
    float[] w = c.tensors().get("w").floats();
    assertTrue(w[0] > w[4] && w[3] > w[7] && w[1] < w[5] && w[2] < w[6], () -> java.util.Arrays.toString(w));
  }

  /** A field may name a constant of the file, as the checker reads it: `nnc train` read only literals and stopped ("found nothing"). */
  @Test
  void aFieldMayBeAConstantOfTheFile() throws IOException {
    String text = TINY.replace("label: [0, 1, 0, 1])", "label: LABELS)") + "\nconst LABELS = [0, 1, 0, 1]\n";
    Path file = Files.writeString(dir.resolve("consts.nn"), text);
    Samples.Result r = Samples.run("train", file.toString(), "--device", "jvm", "--out", dir.resolve("consts").toString(), "-q");
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("on points (4 samples)"), r::all);
    assertTrue(r.out().contains("\nepoch 1: loss 0.693147\n"), r::all);
  }
}
