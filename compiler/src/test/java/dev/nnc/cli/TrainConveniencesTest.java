package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc train}'s conveniences, each a train-block clause and a flag that overrides it:
 * gradient accumulation (the same parameters as one step over the concatenated batches, and exact
 * resume from inside a window), clipping (a limit the gradients stay within changes nothing),
 * early stopping on a validation metric that plateaus, and the best checkpoint beside the last.
 */
class TrainConveniencesTest {
  @TempDir Path dir;

  /** A line fitted by Adam on 16 samples; {@code CLAUSES} is replaced by the test's extra clauses. */
  private static final String LINE = """
      use std.nn.{Linear}
      use std.loss.{mse}
      use std.optim.{Adam, SGD}

      model Line {
        input x: f32[B, 1]
        target y: f32[B, 1]
        fc = Linear(1, 1)
        output p = fc(x)
        loss mse(p, y)
      }

      train Line {
        data      linear(w: 2.0, b: 1.0, n: 16, noise: 0.1)
        CLAUSES
      }
      """;

  private Path file(String name, String clauses) throws IOException {
    Path f = dir.resolve(name + ".nn");
    Files.writeString(f, LINE.replace("CLAUSES", clauses));
    return f;
  }

  private Samples.Result train(Path file, String out, String... args) {
    String[] all = new String[args.length + 7];
    all[0] = "train";
    all[1] = file.toString();
    all[2] = "--device";
    all[3] = "jvm";
    all[4] = "-q";
    all[5] = "--out";
    all[6] = dir.resolve(out).toString();
    System.arraycopy(args, 0, all, 7, args.length);
    Samples.Result r = Samples.run(all);
    return r;
  }

  private Checkpoint checkpoint(String out, String name) {
    return Safetensors.read(dir.resolve(out).resolve(name));
  }

  private static void assertSameTensors(Checkpoint a, Checkpoint b, double tolerance) {
    assertEquals(a.tensors().keySet(), b.tensors().keySet());
    for (Map.Entry<String, Tensor> e : a.tensors().entrySet()) {
      float[] x = e.getValue().floats(), y = b.tensors().get(e.getKey()).floats();
      if (tolerance == 0) assertArrayEquals(x, y, "tensor " + e.getKey());
      else for (int i = 0; i < x.length; i++) assertEquals(x[i], y[i], tolerance, "tensor " + e.getKey() + "[" + i + "]");
    }
  }

  @Test
  void accumulatingTwoBatchesOfFourIsABatchOfEight() throws IOException {
    Path f = file("acc", "optimizer Adam(lr: 0.05)\n  epochs 3\n  batch 4\n  accumulate 2");
    Samples.Result r = train(f, "acc");
    assertEquals(Main.OK, r.exit(), r::all);
    Samples.Result big = train(f, "big", "--batch", "8", "--accumulate", "1");
    assertEquals(Main.OK, big.exit(), big::all);
    Checkpoint a = checkpoint("acc", "Line.safetensors"), b = checkpoint("big", "Line.safetensors");
    assertEquals(12, a.trainingState().step()); // batches: 4 an epoch
    assertEquals(6, b.trainingState().step());
    for (String p : List.of("fc.weight", "fc.bias", "optimizer.fc.weight.exp_avg", "optimizer.fc.weight.exp_avg_sq")) {
      float[] x = a.tensors().get(p).floats(), y = b.tensors().get(p).floats();
      for (int i = 0; i < x.length; i++) assertEquals(y[i], x[i], 1e-6, p + "[" + i + "]");
    }
    assertArrayEquals(new float[1], a.tensors().get("accumulated.fc.weight").floats()); // the last window was applied
  }

  @Test
  void aRunStoppedInsideAnAccumulationWindowResumesExactly() throws IOException {
    Path f = file("acc", "optimizer Adam(lr: 0.05)\n  epochs 3\n  batch 4\n  accumulate 3");
    Samples.Result whole = train(f, "whole");
    assertEquals(Main.OK, whole.exit(), whole::all);
    Samples.Result part = train(f, "part", "--steps", "5"); // batch 5 of the window 4 to 6
    assertEquals(Main.OK, part.exit(), part::all);
    Checkpoint stopped = checkpoint("part", "Line.safetensors");
    float[] partial = stopped.tensors().get("accumulated.fc.weight").floats();
    assertTrue(partial[0] != 0, "the checkpoint holds the window's sum so far");
    Samples.Result rest = train(f, "part", "--resume", dir.resolve("part/Line.safetensors").toString());
    assertEquals(Main.OK, rest.exit(), rest::all);
    assertSameTensors(checkpoint("whole", "Line.safetensors"), checkpoint("part", "Line.safetensors"), 0);
  }

  @Test
  void aClipTheGradientsStayWithinChangesNothingAndATightOneDoes() throws IOException {
    Path plain = file("plain", "optimizer SGD(lr: 0.05)\n  epochs 2\n  batch 4");
    Path loose = file("loose", "optimizer SGD(lr: 0.05)\n  epochs 2\n  batch 4\n  clip_norm 1000.0\n  clip_value 1000");
    assertEquals(Main.OK, train(plain, "plain").exit());
    assertEquals(Main.OK, train(loose, "loose").exit());
    assertSameTensors(checkpoint("plain", "Line.safetensors"), checkpoint("loose", "Line.safetensors"), 0);
    Samples.Result tight = train(loose, "tight", "--clip-norm", "0.01");
    assertEquals(Main.OK, tight.exit(), tight::all);
    Samples.Result still = train(loose, "still", "--clip-norm", "1e-30"); // the steps move nothing that float32 shows
    assertEquals(Main.OK, still.exit(), still::all);
    float start = checkpoint("still", "Line.safetensors").tensors().get("fc.bias").floats()[0];
    float plainBias = checkpoint("plain", "Line.safetensors").tensors().get("fc.bias").floats()[0];
    float tightBias = checkpoint("tight", "Line.safetensors").tensors().get("fc.bias").floats()[0];
    // 8 SGD steps of lr 0.05 with gradients of global norm at most 0.01 move the bias by at most 0.004.
    assertTrue(Math.abs(tightBias - start) <= 0.004 + 1e-6 && tightBias != start, "tight " + tightBias + ", start " + start);
    assertTrue(Math.abs(plainBias - start) > 0.01, "plain " + plainBias + ", start " + start);
  }

  /** SGD with a learning rate of 0 never changes the line: the validation loss is the same every epoch. */
  @Test
  void earlyStoppingStopsWhenTheValidationLossPlateausAndKeepsTheBestEpoch() throws IOException {
    Path f = file("flat", "validate linear(w: 2.0, b: 1.0, n: 8, noise: 0.0)\n  optimizer SGD(lr: 0.0)\n  epochs 10\n  batch 8\n"
        + "  early_stop val_loss, patience: 2\n  keep_best val_loss");
    Samples.Result r = train(f, "flat");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().filter(l -> l.startsWith("stopping early") || l.startsWith("best checkpoint")).toList();
    assertEquals(2, lines.size(), r::all);
    assertTrue(lines.get(0).startsWith("stopping early after epoch 3: val_loss has not improved for 2 epochs (best "), lines.get(0));
    assertTrue(lines.get(0).endsWith(" at epoch 1)"), lines.get(0));
    assertEquals("best checkpoint: " + dir.resolve("flat/Line.best.safetensors") + " (epoch 1, val_loss " , lines.get(1).substring(0,
        lines.get(1).indexOf(", val_loss ") + ", val_loss ".length()));
    assertEquals(3, checkpoint("flat", "Line.safetensors").trainingState().epoch());
    assertEquals(1, checkpoint("flat", "Line.best.safetensors").trainingState().epoch());
    // A flag overrides the block: with more patience it trains longer.
    Samples.Result longer = train(f, "longer", "--patience", "4");
    assertEquals(Main.OK, longer.exit(), longer::all);
    assertTrue(longer.out().contains("stopping early after epoch 5: val_loss has not improved for 4 epochs"), longer::all);
  }

  @Test
  void theBestCheckpointIsTheEpochWithTheLowestTrainingLoss() throws IOException {
    Path f = file("best", "optimizer SGD(lr: 0.05)\n  epochs 4\n  batch 4\n  keep_best train_loss");
    Path metrics = dir.resolve("best.jsonl");
    Samples.Result r = train(f, "best", "--metrics", metrics.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = Files.readAllLines(metrics);
    int bestEpoch = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (String line : lines) {
      double loss = Double.parseDouble(line.replaceAll(".*\"train_loss\": ([^,]+),.*", "$1"));
      int epoch = Integer.parseInt(line.replaceAll(".*\"epoch\": (\\d+),.*", "$1"));
      if (loss < bestLoss) {
        bestLoss = loss;
        bestEpoch = epoch;
      }
    }
    Checkpoint best = checkpoint("best", "Line.best.safetensors");
    assertEquals(bestEpoch, best.trainingState().epoch());
    assertEquals(Double.toString(bestLoss), best.metadata().get("nnc.best.train_loss"));
  }

  @Test
  void badSettingsAreLocatedDiagnostics() throws IOException {
    Path f = file("bad", "optimizer SGD(lr: 0.05)\n  accumulate 0\n  clip_norm -1.0\n  early_stop val_los, patience: 2\n  keep_best val_loss");
    Samples.Result r = Samples.run("check", f.toString());
    String all = r.all();
    assertTrue(all.contains("train.setting") && all.contains("`accumulate` must be a positive integer, found 0"), all);
    assertTrue(all.contains("`clip_norm` must be a positive number"), all);
    assertTrue(all.contains("unknown metric `val_los`") && all.contains("did you mean `val_loss`?"), all);
    assertTrue(all.contains("`keep_best` must be `train_loss` in a block without `validate`, found `val_loss`"), all);
    Path g = file("bad2", "optimizer SGD(lr: 0.05)\n  early_stop train_loss, wait: 2");
    String two = Samples.run("check", g.toString()).all();
    assertTrue(two.contains("`early_stop` must be followed by `patience: N`, found `wait`"), two);
  }

  @Test
  void badFlagsAreUsageErrors() throws IOException {
    Path f = file("ok", "optimizer SGD(lr: 0.05)");
    for (String[] args : new String[][] {{"--accumulate", "0"}, {"--clip-norm", "0"}, {"--clip-value", "-1"},
        {"--early-stop", "val_acc", "--patience", "2"}, {"--patience", "2"}, {"--early-stop", "train_loss"}, {"--keep-best", "val_loss"}}) {
      Samples.Result r = train(f, "flags", args);
      assertEquals(Main.USAGE, r.exit(), () -> String.join(" ", args) + ": " + r.all());
      assertFalse(r.err().isBlank());
    }
    assertEquals("nnc: --early-stop: unknown metric `val_acc`; the metrics are val_loss, val_accuracy, train_loss",
        train(f, "flags", "--early-stop", "val_acc", "--patience", "2").err().strip());
  }
}
