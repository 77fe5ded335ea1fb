package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.exec.Device;
import dev.nnc.ir.Node;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training through a device (the float64 reference evaluator here, so the tests do not depend on
 * a backend): the small samples reach their known answers; checkpoints resume exactly, from an
 * epoch's end or from a step where the run was stopped; faults end with one line and exit 3 and
 * leave the checkpoint on disk as it was.
 */
class TrainCommandTest {
  @TempDir Path out;

  private static final String REF = "reference";

  private static double value(List<String> lines, String param) {
    String line = lines.stream().filter(l -> l.startsWith("  " + param + " = ")).findFirst().orElseThrow();
    return Double.parseDouble(line.replaceAll(".*= \\[+", "").replaceAll("\\].*", "").split(",")[0]);
  }

  private static Samples.Result train(String sample, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "train";
    all[1] = Samples.file(sample).toString();
    all[2] = "--device";
    all[3] = REF;
    System.arraycopy(args, 0, all, 4, args.length);
    return Samples.run(all);
  }

  private static void assertSameTensors(Path expected, Path actual) {
    Checkpoint a = Safetensors.read(expected), b = Safetensors.read(actual);
    assertEquals(a.tensors().keySet(), b.tensors().keySet());
    for (Map.Entry<String, Tensor> e : a.tensors().entrySet()) {
      assertArrayEquals(e.getValue().floats(), b.tensors().get(e.getKey()).floats(), "tensor " + e.getKey() + " differs");
    }
  }

  @Test
  void linearRegressionRecoversTheLine() {
    Samples.Result r = train("linear_regression", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("training LinearRegression on linear (64 samples) with the float64 reference evaluator: "), r::all);
    assertEquals(2.0, value(lines, "fc.weight"), 1e-3, r::all); // y = 2x + 1
    assertEquals(1.0, value(lines, "fc.bias"), 1e-3, r::all);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("epoch 100: loss")), r::all); // the block's 100 epochs
    // The checkpoint holds the trained parameters under PyTorch's names, and where training stands.
    Checkpoint ckpt = Safetensors.read(out.resolve("LinearRegression.safetensors"));
    assertEquals(2.0, ckpt.tensors().get("fc.weight").floats()[0], 1e-3);
    assertEquals(1.0, ckpt.tensors().get("fc.bias").floats()[0], 1e-3);
    assertEquals(new Checkpoint.TrainingState(400, 100, 0, 42, 400), ckpt.trainingState()); // 100 epochs of 4 batches of 16
    assertTrue(lines.contains("checkpoint: " + out.resolve("LinearRegression.safetensors")), r::all);
    assertTrue(lines.contains("plot: " + out.resolve("LinearRegression.png")), r::all);
  }

  @Test
  void theWorkedExampleTakesOneSgdStep() {
    Samples.Result r = train("worked_221", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("epoch 1: loss 0.448900"), r::all); // (1.83 - 2.5)^2 before the step
    assertTrue(lines.contains("  hidden_weight = [[0.2608, 0.6412], [0.2804, 0.6206]]"), r::all); // w - 0.1 dL/dw
    assertTrue(lines.contains("  output_bias = [0.434]"), r::all);
  }

  /** --lr replaces the optimizer's `lr: 0.1`: the same gradients, twice the step. */
  @Test
  void theLearningRateCanBeOverridden() {
    Samples.Result r = train("worked_221", "--out", out.toString(), "--lr", "0.2");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("  hidden_weight = [[0.4216, 0.8824], [0.3608, 0.7412]]"), r::all); // w - 0.2 dL/dw
    assertTrue(lines.contains("  output_bias = [0.568]"), r::all);
    Samples.Result bad = train("worked_221", "--out", out.toString(), "--lr", "-1");
    assertEquals(Main.USAGE, bad.exit(), bad::all);
    assertEquals(List.of("nnc: --lr must be a positive number, found -1.0"), bad.err().lines().toList());
  }

  /** Semi-supervised: one labelled node per faction (0 and 33), accuracy on the other 32. */
  @Test
  void theGcnClassifiesTheKarateClubFromTwoLabelledNodes() {
    Samples.Result r = train("gcn", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    String line = r.out().lines().filter(l -> l.startsWith("accuracy on the 32 unlabelled nodes: ")).findFirst().orElseThrow();
    double percent = Double.parseDouble(line.replaceAll(".*: ", "").replaceAll("%.*", ""));
    assertTrue(percent >= 85.0, line);
  }

  @Test
  void metricsAreOneJsonLinePerEpoch() throws IOException {
    Path file = out.resolve("m.jsonl");
    Samples.Result r = train("linear_regression", "--epochs", "3", "--out", out.toString(), "--metrics", file.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      assertTrue(lines.get(i).matches("\\{\"epoch\": " + (i + 1) + ", \"step\": " + 4 * (i + 1)
          + ", \"train_loss\": [0-9.E-]+, \"samples_per_second\": [0-9.]+}"), lines.get(i));
    }
  }

  /** The plot of the curves is a PNG one chart wide (no validation here). */
  @Test
  void thePlotIsAPng() throws IOException {
    Samples.Result r = train("linear_regression", "--epochs", "3", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    BufferedImage png = ImageIO.read(out.resolve("LinearRegression.png").toFile());
    assertEquals(Curves.WIDTH, png.getWidth());
    assertEquals(Curves.HEIGHT, png.getHeight());
    assertTrue(Arrays.stream(png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth())).distinct().count() > 10,
        "the plot has something drawn on it");
  }

  /**
   * Validation: after every epoch the model in evaluation mode runs over the validate data set;
   * its loss and accuracy go to the output, the metrics and the plot (a second chart).
   */
  @Test
  void validationIsReportedEveryEpoch() throws Exception {
    Path nn = out.resolve("tiny.nn"), metrics = out.resolve("m.jsonl");
    Files.writeString(nn, TinyFashion.MODEL);
    Path data = TinyFashion.folder(out.resolve("fashion"), 24, 10);
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", REF,
        "--out", out.resolve("run").toString(), "--metrics", metrics.toString()));
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().startsWith("training Tiny on fashion_mnist (24 samples, validating on 10) with the float64 reference evaluator: 2 epochs, batch 8\n"),
        r::all);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("epoch 2: loss [0-9.e-]+, validation loss [0-9.e-]+, validation accuracy [0-9.]+%")), r::all);
    List<String> lines = Files.readAllLines(metrics);
    assertEquals(2, lines.size());
    for (int i = 0; i < 2; i++) {
      assertTrue(lines.get(i).matches("\\{\"epoch\": " + (i + 1) + ", \"step\": " + 3 * (i + 1)
          + ", \"train_loss\": [0-9.E-]+, \"val_loss\": [0-9.E-]+, \"val_accuracy\": [0-9.E-]+, \"samples_per_second\": [0-9.]+}"),
          lines.get(i));
    }
    BufferedImage png = ImageIO.read(out.resolve("run").resolve("Tiny.png").toFile());
    assertEquals(2 * Curves.WIDTH, png.getWidth()); // loss, and accuracy beside it
    assertEquals(Curves.HEIGHT, png.getHeight());
  }

  /**
   * Resume is exact: 4 epochs straight and 2 epochs, then resuming to 4, give the same bytes
   * (the GCN uses Adam's states and dropout's counter-based random numbers).
   */
  @Test
  void resumingContinuesExactly() throws IOException {
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    assertEquals(Main.OK, train("gcn", "--epochs", "4", "--out", straight.toString()).exit());
    assertEquals(Main.OK, train("gcn", "--epochs", "2", "--out", stopped.toString()).exit());
    Path ckpt = stopped.resolve("Gcn.safetensors");
    Samples.Result r = train("gcn", "--epochs", "4", "--out", stopped.toString(), "--resume", ckpt.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("\nresuming from " + ckpt + " at epoch 3, step 3\n"), r::all);
    assertTrue(Arrays.equals(Files.readAllBytes(straight.resolve("Gcn.safetensors")), Files.readAllBytes(ckpt)),
        "the resumed run's checkpoint differs from the straight run's");
  }

  /**
   * On the JVM backend too (float32 kernels on two threads, the same work split every run):
   * the Fashion-MNIST MLP on a tiny data set, 2 epochs straight and 1 + resume + 1, bit for bit.
   */
  @Test
  void resumeIsExactOnTheJvmBackend() throws Exception {
    Path data = TinyFashion.folder(out.resolve("fashion"), 40, 10);
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    String nn = Samples.file("fashion_mlp").toString();
    for (String[] args : new String[][] {
        {"--epochs", "2", "--batch", "16", "--out", straight.toString()},
        {"--epochs", "1", "--batch", "16", "--out", stopped.toString()},
        {"--epochs", "2", "--batch", "16", "--out", stopped.toString(), "--resume", stopped.resolve("FashionMlp.safetensors").toString()}}) {
      String[] all = new String[args.length + 4];
      System.arraycopy(new String[] {"train", nn, "--device", "jvm"}, 0, all, 0, 4);
      System.arraycopy(args, 0, all, 4, args.length);
      Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run(all));
      assertEquals(Main.OK, r.exit(), r::all);
      assertTrue(r.out().contains("with the JVM backend"), r::all);
    }
    assertSameTensors(straight.resolve("FashionMlp.safetensors"), stopped.resolve("FashionMlp.safetensors"));
  }

  /** Shuffled batches: 2 epochs straight equal 1 epoch, then resuming for the second. */
  @Test
  void resumingAfterAnEpochGivesTheSameTensors() {
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    assertEquals(Main.OK, train("linear_regression", "--epochs", "2", "--out", straight.toString()).exit());
    assertEquals(Main.OK, train("linear_regression", "--epochs", "1", "--out", stopped.toString()).exit());
    Path ckpt = stopped.resolve("LinearRegression.safetensors");
    Samples.Result r = train("linear_regression", "--epochs", "2", "--out", stopped.toString(), "--resume", ckpt.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertSameTensors(straight.resolve("LinearRegression.safetensors"), ckpt);
  }

  /**
   * A run stopped as Ctrl-C stops it (at a step boundary, here after step 6: the second batch
   * of epoch 2) saves where it stands, says where, and exits 3; resuming from there gives the
   * tensors, the epoch's mean loss and the metrics of a run that was never stopped.
   */
  @Test
  void aRunStoppedMidEpochResumesExactly() throws IOException {
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    Samples.Result s = train("linear_regression", "--epochs", "3", "--out", straight.toString());
    assertEquals(Main.OK, s.exit(), s::all);

    TrainCommand cmd = new TrainCommand();
    cmd.stopAfterStep = 6;
    String nn = Samples.file("linear_regression").toString();
    Samples.Result r = TinyFashion.run(cmd, nn, "--device", REF, "--epochs", "3", "--out", stopped.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    Path ckpt = stopped.resolve("LinearRegression.safetensors");
    assertEquals(List.of("nnc: " + nn + ": interrupted at step 6 (epoch 2, sample 32); the checkpoint is saved in " + ckpt
        + "; continue with --resume " + ckpt), r.err().lines().toList());
    assertEquals(new Checkpoint.TrainingState(6, 1, 32, 42, 6), Safetensors.read(ckpt).trainingState());

    Samples.Result resumed = train("linear_regression", "--epochs", "3", "--out", stopped.toString(), "--resume", ckpt.toString());
    assertEquals(Main.OK, resumed.exit(), resumed::all);
    assertTrue(resumed.out().contains("\nresuming from " + ckpt + " at epoch 2, sample 32 of 64, step 7\n"), resumed::all);
    assertSameTensors(straight.resolve("LinearRegression.safetensors"), ckpt);
    String epoch2 = s.out().lines().filter(l -> l.startsWith("epoch 2: ")).findFirst().orElseThrow();
    assertTrue(resumed.out().lines().toList().contains(epoch2), resumed::all);
    assertEquals(Safetensors.read(straight.resolve("LinearRegression.safetensors")).metadata(), Safetensors.read(ckpt).metadata());
  }

  /**
   * --steps 6 stops in the middle of epoch 2 (4 steps an epoch), says where, saves that
   * position, and a resume without --steps ends where a run that never stopped ends, bit for bit.
   */
  @Test
  void stepsStopsMidEpochAndResumesExactly() {
    Path straight = out.resolve("straight"), stopped = out.resolve("stopped");
    assertEquals(Main.OK, train("linear_regression", "--epochs", "3", "--out", straight.toString()).exit());
    Samples.Result r = train("linear_regression", "--epochs", "3", "--steps", "6", "--out", stopped.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("epoch 2 (stopped at step 6, sample 32 of 64): loss ")), r::all);
    assertFalse(r.out().contains("epoch 3"), r::all);
    Path ckpt = stopped.resolve("LinearRegression.safetensors");
    assertEquals(new Checkpoint.TrainingState(6, 1, 32, 42, 6), Safetensors.read(ckpt).trainingState());

    Samples.Result again = train("linear_regression", "--epochs", "3", "--steps", "6", "--out", stopped.toString(),
        "--resume", ckpt.toString());
    assertEquals(Main.OK, again.exit(), again::all);
    assertTrue(again.out().contains("\nthe checkpoint has trained 6 steps already\n"), again::all);

    Samples.Result resumed = train("linear_regression", "--epochs", "3", "--out", stopped.toString(), "--resume", ckpt.toString());
    assertEquals(Main.OK, resumed.exit(), resumed::all);
    assertSameTensors(straight.resolve("LinearRegression.safetensors"), ckpt);
    assertEquals(Safetensors.read(straight.resolve("LinearRegression.safetensors")).metadata(), Safetensors.read(ckpt).metadata());
    assertEquals(Main.USAGE, train("linear_regression", "--steps", "0").exit());
  }

  /**
   * --time stops at a step boundary once the time is up, as --steps does: exit 0, a checkpoint
   * of the steps taken, far fewer than the epochs asked for. A duration without a unit is refused.
   */
  @Test
  void timeStopsTheRunAndSaves() {
    Path dir = out.resolve("timed");
    Samples.Result r = train("linear_regression", "--epochs", "1000000", "--time", "2s", "--out", dir.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    long steps = Safetensors.read(dir.resolve("LinearRegression.safetensors")).trainingState().step();
    assertTrue(steps >= 1 && steps < 2_000_000, r::all);
    Samples.Result bad = train("linear_regression", "--time", "30");
    assertEquals(Main.USAGE, bad.exit(), bad::all);
    assertEquals("nnc: --time must be a positive whole number of seconds, minutes or hours (90s, 30m, 2h), found \"30\"\n",
        bad.err(), bad::all);
    assertEquals(Main.USAGE, train("linear_regression", "--time", "0m").exit());
  }

  /** Stopped at the end of an epoch: the epoch's checkpoint is the one kept. */
  @Test
  void aRunStoppedAtAnEpochsEndKeepsThatEpoch() {
    TrainCommand cmd = new TrainCommand();
    cmd.stopAfterStep = 4;
    String nn = Samples.file("linear_regression").toString();
    Samples.Result r = TinyFashion.run(cmd, nn, "--device", REF, "--epochs", "3", "--out", out.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    Path ckpt = out.resolve("LinearRegression.safetensors");
    assertEquals(List.of("nnc: " + nn + ": interrupted after epoch 1 (step 4); the checkpoint is saved in " + ckpt
        + "; continue with --resume " + ckpt), r.err().lines().toList());
    assertEquals(new Checkpoint.TrainingState(4, 1, 0, 42, 4), Safetensors.read(ckpt).trainingState());
  }

  /**
   * A label past the classes of a cross-entropy (label 5 of 3 classes) is the data's fault on
   * the JVM backend, the reference evaluator and OpenCL: one line with the label and the class count,
   * exit 3, where it used to be a one-hot of zeros (a loss of 0 for that row) and train on.
   */
  @Test
  void aLabelPastTheClassesIsTheDatasFault() throws IOException {
    for (String device : List.of("jvm", REF)) labelPastTheClasses(device);
  }

  /** The same on OpenCL, whose gathers write the first index outside its axis to the program's fault cells. */
  @Test
  void aLabelPastTheClassesIsTheDatasFaultOnOpenCl() throws IOException {
    dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
    labelPastTheClasses("opencl");
  }

  private void labelPastTheClasses(String device) throws IOException {
    Path nn = out.resolve("labels.nn");
    Files.writeString(nn, """
        use std.nn.{Linear}
        use std.loss.{cross_entropy}
        use std.optim.{SGD}
        model Clf {
          input x: f32[B, 2]
          target y: i32[B]
          fc = Linear(2, 3)
          output logits = fc(x)
          loss cross_entropy(logits, y)
        }
        train Clf {
          data points(x: [[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.5, 0.5]], y: [0, 1, 5, 2])
          optimizer SGD(lr: 0.1)
          batch 4
          epochs 1
        }
        """);
    Samples.Result r = Samples.run("train", nn.toString(), "--device", device, "--out", out.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: an index the program reads is outside the axis it selects from: 5, where the axis has 3 entries (a"
        + " label, token id or position at or beyond the size of the table it picks from: a class count, a vocabulary, a context"
        + " length); check the data against the model's sizes"), r.err().lines().toList(), r::all);
  }

  @Test
  void aCheckpointOfAnotherModelIsRefused() throws IOException {
    Samples.Result lr = train("linear_regression", "--epochs", "1", "--out", out.toString());
    assertEquals(Main.OK, lr.exit(), lr::all);
    Path other = out.resolve("LinearRegression.safetensors");
    byte[] before = Files.readAllBytes(other);
    Samples.Result r = train("worked_221", "--out", out.toString(), "--resume", other.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    assertTrue(err.get(0).startsWith("nnc: " + other + ": checkpoint does not match the model: "), r::all);
    assertTrue(err.get(0).endsWith("; resume from a checkpoint that nnc train wrote for Worked221, or start over without --resume"), r::all);
    assertArrayEquals(before, Files.readAllBytes(other));
    assertFalse(Files.exists(out.resolve("Worked221.safetensors")));
  }

  @Test
  void aTruncatedCheckpointIsRefusedAndTheLastOneKept() throws IOException {
    assertEquals(Main.OK, train("linear_regression", "--epochs", "1", "--out", out.toString()).exit());
    Path good = out.resolve("LinearRegression.safetensors"), cut = out.resolve("cut.safetensors");
    byte[] before = Files.readAllBytes(good);
    Files.write(cut, Arrays.copyOf(before, before.length - 3));
    Samples.Result r = train("linear_regression", "--epochs", "2", "--out", out.toString(), "--resume", cut.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    assertTrue(err.get(0).startsWith("nnc: " + cut + ": "), r::all);
    assertTrue(err.get(0).endsWith("; resume from a checkpoint that nnc train wrote for LinearRegression, or start over without --resume"), r::all);
    assertArrayEquals(before, Files.readAllBytes(good), "the last good checkpoint is untouched");
  }

  /** A damaged data file: one line naming it and what to do; the checkpoint on disk stays. */
  @Test
  void aCorruptDataFileIsAFault() throws Exception {
    Path nn = out.resolve("tiny.nn"), run = out.resolve("run");
    Files.writeString(nn, TinyFashion.MODEL);
    Path data = TinyFashion.folder(out.resolve("fashion"), 16, 8);
    assertEquals(Main.OK, TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", REF, "--epochs", "1",
        "--out", run.toString())).exit());
    byte[] before = Files.readAllBytes(run.resolve("Tiny.safetensors"));
    Path images = data.resolve("train-images-idx3-ubyte");
    byte[] whole = Files.readAllBytes(images);
    Files.write(images, Arrays.copyOf(whole, whole.length - 100)); // truncated
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", REF, "--out", run.toString()));
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    assertTrue(err.get(0).startsWith("nnc: " + images + ": "), r::all);
    assertTrue(err.get(0).endsWith("; the file is damaged: replace it with a good copy of the `fashion_mnist` data set"), r::all);
    assertArrayEquals(before, Files.readAllBytes(run.resolve("Tiny.safetensors")));
  }

  @Test
  void aMissingDataFileIsAFault() throws Exception {
    Path nn = out.resolve("tiny.nn");
    Files.writeString(nn, TinyFashion.MODEL);
    Path data = TinyFashion.folder(out.resolve("fashion"), 16, 8);
    Files.delete(data.resolve("t10k-labels-idx1-ubyte"));
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", REF, "--out", out.toString()));
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    assertTrue(err.get(0).startsWith("nnc: " + data.resolve("t10k-labels-idx1-ubyte.gz") + ": no such file; "), r::all);
    assertTrue(err.get(0).contains("set NNC_FASHION_MNIST"), r::all);
  }

  @Test
  void aNanLossStopsAndNamesTheStep() throws IOException {
    Path file = out.resolve("nan.nn");
    Files.writeString(file, """
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
    Samples.Result r = Samples.run("train", file.toString(), "--device", REF, "--out", out.resolve("ckpt").toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + file + ": the loss is NaN at step 1 (epoch 1); stopped"), r.err().lines().toList());
    assertTrue(!Files.exists(out.resolve("ckpt").resolve("Bad.safetensors")), "no checkpoint of a NaN state");
  }

  @Test
  void anUnknownDeviceIsAUsageError() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--device", "tpu");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals(List.of("nnc: no device `tpu`; the devices are " + String.join(", ", Devices.names())), r.err().lines().toList());
  }

  /** A device that cannot run the program: a one-line note, and training goes on on the reference evaluator. */
  @Test
  void aProgramTheDeviceCannotRunFallsBackToTheReferenceEvaluator() {
    TrainCommand cmd = new TrainCommand();
    cmd.devices = name -> new Device() {
      @Override public String name() { return "fake"; }
      @Override public String describe() { return "a fake device"; }
      @Override public dev.nnc.exec.Executable compile(List<Node> roots) { throw new UnsupportedProgram("no kernel for this op"); }
    };
    Samples.Result r = TinyFashion.run(cmd, Samples.file("worked_221").toString(), "--device", "fake", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals(List.of("nnc: note: --device fake: no kernel for this op; running on the float64 reference evaluator instead"),
        r.err().lines().toList());
    assertTrue(r.out().startsWith("training Worked221 on points (1 samples) with the float64 reference evaluator (--device fake cannot run this program): "),
        r::all);
    assertTrue(r.out().lines().toList().contains("  output_bias = [0.434]"), r::all);
  }
}
