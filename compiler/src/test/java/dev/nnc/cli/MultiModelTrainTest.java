package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc train} of a train block with several models and named steps (samples/gan.nn, on
 * Fashion-MNIST, a few steps of batch 16 on the JVM backend): each step's loss per epoch, one
 * checkpoint with both models' parameters under their bindings' prefixes and each step's optimizer
 * states, and resume that gives the same tensors as an unbroken run.
 */
class MultiModelTrainTest {
  @TempDir Path out;

  private static Samples.Result gan(Path dir, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("train", Samples.file("gan").toString(), "--device", "jvm", "--batch", "16",
        "--out", dir.toString(), "-q"));
    args.addAll(List.of(more));
    return Samples.run(args.toArray(String[]::new));
  }

  private static final Pattern EPOCH = Pattern.compile(
      "epoch 1 \\(stopped at step (\\d+), sample (\\d+) of 60000\\): discriminator loss (\\S+), generator loss (\\S+)");

  @Test
  void theGanTrainsStepByStepIntoOneCheckpoint() {
    Samples.Result r = gan(out, "--steps", "3");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("training Gan (steps discriminator, generator) on fashion_mnist (60000 samples) with the JVM backend"),
        r::all);
    Matcher m = lines.stream().map(EPOCH::matcher).filter(Matcher::matches).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    assertEquals("3", m.group(1));
    assertEquals("48", m.group(2));
    for (int g = 3; g <= 4; g++) {
      double loss = Double.parseDouble(m.group(g));
      assertTrue(Double.isFinite(loss) && loss > 0, r::all);
    }
    Path ckpt = out.resolve("Gan.safetensors");
    assertTrue(lines.contains("checkpoint: " + ckpt), r::all);

    Checkpoint c = Safetensors.read(ckpt);
    Set<String> want = new TreeSet<>();
    for (String layer : List.of("fc1", "fc2", "fc3")) {
      for (String p : List.of("weight", "bias")) {
        for (String model : List.of("g", "d")) want.add(model + "." + layer + "." + p);
        // Each step's Adam keeps states of the model it updates only: the frozen model has none.
        for (String s : List.of("exp_avg", "exp_avg_sq")) {
          want.add("optimizer.discriminator.d." + layer + "." + p + "." + s);
          want.add("optimizer.generator.g." + layer + "." + p + "." + s);
        }
      }
    }
    assertEquals(want, new TreeSet<>(c.tensors().keySet()));
    assertArrayEquals(new int[] {256, 64}, c.tensors().get("g.fc1.weight").shape());
    assertArrayEquals(new int[] {512, 784}, c.tensors().get("d.fc1.weight").shape());
    assertEquals(new Checkpoint.TrainingState(3, 0, 48, 42, 3), c.trainingState());
    assertTrue(c.metadata().containsKey("nnc.epoch_loss_sum.generator"), c.metadata()::toString);
  }

  /**
   * samples/dcgan.nn: the discriminator reads the images as typed by `as (x: f32[B, 1, 28, 28],
   * ...)` (they were lowered as [B, 784] whatever `as` said), and the generator's batch norms keep
   * running statistics, which its step updates (every model state was dropped from the steps of
   * a block of several models, so sampling normalised with mean 0 and variance 1).
   */
  @Test
  void aStepUpdatesTheRunningStatisticsOfTheModelItTrains() {
    Path dir = out.resolve("dcgan");
    Samples.Result r = Samples.run("train", Samples.file("dcgan").toString(), "--device", "jvm", "--batch", "16", "--steps", "2",
        "-q", "--out", dir.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Checkpoint c = Safetensors.read(dir.resolve("DcGan.safetensors"));
    float[] mean = c.tensors().get("g.bn0.running_mean").toFloats(), var = c.tensors().get("g.bn0.running_var").toFloats();
    assertEquals(64, mean.length);
    int moved = 0;
    for (int i = 0; i < mean.length; i++) {
      // Two updates with momentum 0.1 from (0, 1): at most 0.19 of the way to the batches' statistics.
      assertTrue(Math.abs(mean[i]) < 1 && var[i] > 0.8 && var[i] < 1.2, "channel " + i + ": " + mean[i] + ", " + var[i]);
      if (mean[i] != 0 && var[i] != 1) moved++;
    }
    assertEquals(64, moved, "every channel's running statistics moved");
  }

  /**
   * The data set's fields typed with `as (x: f32[B, 1, 28, 28], y: i32[B])` in a train block of
   * several models: it passed `check` and then failed to compile (`lower.unsupported`, then
   * `shape.arg`). Two steps train, on images of the declared shape.
   */
  @Test
  void typedDataFieldsTrainInABlockOfSeveralModels() throws java.io.IOException {
    String gan = java.nio.file.Files.readString(Samples.file("gan"));
    String typed = gan.replace("data   fashion_mnist(\"train\")", "data   fashion_mnist(\"train\") as (x: f32[B, 1, 28, 28], y: i32[B])")
        .replace("loss bce_logits(d(x), 1)", "loss bce_logits(d(reshape(x, [B, 784])), 1)");
    assertTrue(typed.contains("as (x: f32[B, 1, 28, 28]") && typed.contains("d(reshape(x"), "samples/gan.nn changed: update the test");
    Path file = out.resolve("gan_typed.nn");
    java.nio.file.Files.writeString(file, typed);
    Samples.Result r = Samples.run("train", file.toString(), "--device", "jvm", "--batch", "16", "--out", out.resolve("typed").toString(),
        "-q", "--steps", "2");
    assertEquals(Main.OK, r.exit(), r::all);
    Matcher m = r.out().lines().map(EPOCH::matcher).filter(Matcher::matches).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    assertEquals("32", m.group(2));
    assertTrue(Double.isFinite(Double.parseDouble(m.group(3))), r::all);
  }

  @Test
  void resumingGivesTheTensorsOfAnUnbrokenRun() {
    Path straight = out.resolve("straight"), split = out.resolve("split");
    Samples.Result a = gan(straight, "--steps", "4");
    assertEquals(Main.OK, a.exit(), a::all);
    Samples.Result b = gan(split, "--steps", "2");
    assertEquals(Main.OK, b.exit(), b::all);
    Samples.Result c = gan(split, "--steps", "4", "--resume", split.resolve("Gan.safetensors").toString());
    assertEquals(Main.OK, c.exit(), c::all);
    assertTrue(c.out().contains("resuming from " + split.resolve("Gan.safetensors") + " at epoch 1, sample 32 of 60000, step 3"), c::all);
    // The same epoch line: the partial epoch's losses of both steps came back from the checkpoint.
    String last = a.out().lines().filter(l -> l.startsWith("epoch 1")).findFirst().orElseThrow();
    assertTrue(c.out().lines().anyMatch(last::equals), () -> last + "\n" + c.all());
    Checkpoint x = Safetensors.read(straight.resolve("Gan.safetensors")), y = Safetensors.read(split.resolve("Gan.safetensors"));
    assertEquals(x.tensors().keySet(), y.tensors().keySet());
    for (Map.Entry<String, Tensor> e : x.tensors().entrySet()) {
      assertArrayEquals(e.getValue().floats(), y.tensors().get(e.getKey()).floats(), "tensor " + e.getKey() + " differs");
    }
    assertEquals(x.metadata(), y.metadata());
  }

  /**
   * Accumulation and clipping apply to each step's gradients, with sums of its own: after the
   * first of a window of 2 no model has moved; early stopping on a validation metric is refused,
   * there being no validation.
   */
  @Test
  void eachStepAccumulatesAndClipsItsOwnGradients() {
    Path one = out.resolve("one"), acc = out.resolve("acc"), two = out.resolve("two");
    Samples.Result a = gan(one, "--steps", "1", "--accumulate", "3");
    assertEquals(Main.OK, a.exit(), a::all);
    Samples.Result b = gan(acc, "--steps", "1", "--accumulate", "2", "--clip-norm", "1.0");
    assertEquals(Main.OK, b.exit(), b::all);
    Samples.Result c = gan(two, "--steps", "2", "--accumulate", "2", "--clip-norm", "1.0");
    assertEquals(Main.OK, c.exit(), c::all);
    Checkpoint x = Safetensors.read(one.resolve("Gan.safetensors")), y = Safetensors.read(acc.resolve("Gan.safetensors"));
    Checkpoint z = Safetensors.read(two.resolve("Gan.safetensors"));
    for (String p : List.of("d.fc1.weight", "g.fc3.bias")) {
      assertArrayEquals(x.tensors().get(p).floats(), y.tensors().get(p).floats(), p + " moved inside a window");
      assertTrue(!java.util.Arrays.equals(y.tensors().get(p).floats(), z.tensors().get(p).floats()), p + " did not move at the update");
    }
    for (String s : List.of("accumulated.discriminator.d.fc1.bias", "accumulated.generator.g.fc3.bias")) {
      float[] sum = y.tensors().get(s).floats();
      assertTrue(!java.util.Arrays.equals(sum, new float[sum.length]), s + " holds the first batch's gradient");
      assertArrayEquals(new float[sum.length], z.tensors().get(s).floats(), s + " is emptied by the update");
    }
    Samples.Result bad = gan(out.resolve("bad"), "--steps", "1", "--early-stop", "val_loss", "--patience", "1");
    assertEquals(Main.USAGE, bad.exit(), bad::all);
    assertTrue(bad.err().contains("early stopping on val_loss needs validation data, which a train block of several models does not have"),
        bad::all);
  }

  @Test
  void eachStepUpdatesOnlyTheModelItNames() {
    dev.nnc.pipeline.Checked c = dev.nnc.pipeline.Pipeline.standard().check(Samples.file("gan"));
    List<dev.nnc.check.Lower.Step> steps = dev.nnc.pipeline.Pipeline.standard().steps(c.checker(), c.module(), 42);
    assertEquals(List.of("discriminator", "generator"), steps.stream().map(dev.nnc.check.Lower.Step::name).toList());
    // The generator step reads d (frozen) and the discriminator step reads g (under stop_gradient); neither updates it.
    for (String n : steps.get(0).next().keySet()) assertTrue(n.startsWith("d.") || n.startsWith("optimizer.discriminator.d."), n);
    for (String n : steps.get(1).next().keySet()) assertTrue(n.startsWith("g.") || n.startsWith("optimizer.generator.g."), n);
    assertTrue(steps.get(0).next().containsKey("d.fc1.weight") && steps.get(1).next().containsKey("g.fc1.weight"));
  }

  @Test
  void aStoppedRunResumesExactly() throws Exception {
    // 40 tiny images: an epoch of 3 batches of 16, 16 and 8.
    Path data = TinyFashion.folder(out.resolve("data"), 40, 10);
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    String nn = Samples.file("gan").toString();
    TinyFashion.withFolder(data, () -> {
      Samples.Result a = gan(straight, "--epochs", "1");
      assertEquals(Main.OK, a.exit(), a::all);
      TrainCommand cmd = new TrainCommand();
      cmd.stopAfterStep = 2;
      Samples.Result r = TinyFashion.run(cmd, nn, "--device", "jvm", "--batch", "16", "--epochs", "1", "--out", stopped.toString());
      assertEquals(Main.FAULT, r.exit(), r::all);
      Path ckpt = stopped.resolve("Gan.safetensors");
      assertEquals(List.of("nnc: " + nn + ": interrupted at step 2 (epoch 1, sample 32); the checkpoint is saved in " + ckpt
          + "; continue with --resume " + ckpt), r.err().lines().toList());
      Samples.Result b = gan(stopped, "--epochs", "1", "--resume", ckpt.toString());
      assertEquals(Main.OK, b.exit(), b::all);
      String line = a.out().lines().filter(l -> l.startsWith("epoch 1: discriminator loss ")).findFirst().orElseThrow(() -> new AssertionError(a.all()));
      assertTrue(b.out().lines().anyMatch(line::equals), () -> line + "\n" + b.all());
      Checkpoint x = Safetensors.read(straight.resolve("Gan.safetensors")), y = Safetensors.read(ckpt);
      for (Map.Entry<String, Tensor> e : x.tensors().entrySet()) {
        assertArrayEquals(e.getValue().floats(), y.tensors().get(e.getKey()).floats(), "tensor " + e.getKey() + " differs");
      }
      return null;
    });
  }

  @Test
  void modelPicksOneOfSeveralTrainBlocks() throws java.io.IOException {
    Path nn = out.resolve("two.nn");
    java.nio.file.Files.writeString(nn, """
        use std.nn.{Linear}
        use std.loss.{mse}
        use std.optim.{SGD}

        model First {
          input x: f32[B, 1]
          target y: f32[B, 1]
          fc = Linear(1, 1)
          output pred = fc(x)
          loss mse(pred, y)
        }

        model Second {
          input x: f32[B, 1]
          target y: f32[B, 1]
          fc = Linear(1, 1)
          output pred = fc(x)
          loss mse(pred, y)
        }

        train First {
          data      linear(w: 2.0, b: 1.0, n: 16, noise: 0.0)
          optimizer SGD(lr: 0.05)
          batch 16
          epochs 1
        }

        train Second {
          data      linear(w: 2.0, b: 1.0, n: 32, noise: 0.0)
          validate  linear(w: 2.0, b: 1.0, n: 8, noise: 0.0)
          optimizer SGD(lr: 0.05)
          batch 16
          epochs 1
        }
        """);
    Samples.Result first = Samples.run("train", nn.toString(), "--device", "reference", "--out", out.toString());
    assertEquals(Main.OK, first.exit(), first::all);
    assertTrue(first.out().startsWith("training First on linear (16 samples)"), first::all);
    Samples.Result second = Samples.run("train", nn.toString(), "--model", "Second", "--device", "reference", "--out", out.toString());
    assertEquals(Main.OK, second.exit(), second::all);
    assertTrue(second.out().startsWith("training Second on linear (32 samples, validating on 8)"), second::all);
    assertTrue(second.out().contains("validation loss"), second::all);
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("Second.safetensors")), second::all);
  }

  @Test
  void modelPicksATrainBlockAndTheLowerModelHintIsTrue() {
    Samples.Result r = Samples.run("train", Samples.file("gan").toString(), "--model", "Nope", "--device", "jvm", "--out", out.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().contains("error[lower.model]") && r.out().contains("choose one with --model"), r::all);
    Samples.Result help = Samples.run("train", "--help");
    assertTrue(help.out().contains("--model=NAME"), help::all);
  }
}
