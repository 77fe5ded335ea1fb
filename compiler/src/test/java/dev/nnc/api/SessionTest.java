package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.cli.Main;
import dev.nnc.exec.Device;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.Epoch;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Scores;
import dev.nnc.runtime.model.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade behind the typed API, on a small spiral classifier: training matches {@code nnc
 * train} exactly, checkpoints pass both ways between it and the command line, and wrong inputs
 * are refused with messages that say what was expected.
 */
class SessionTest {
  static final String SPIRALS = """
      use std.nn.{Linear}
      use std.act.{relu, softmax}
      use std.loss.{cross_entropy}
      use std.optim.{Adam}

      model Spirals(hidden: int = 16) {
        input x: f32[B, 2]
        target y: i32[B]
        fc1 = Linear(2, hidden)
        fc2 = Linear(hidden, 2)
        logits = fc2(relu(fc1(x)))
        output probs = softmax(logits)
        loss cross_entropy(logits, y)
      }

      train Spirals {
        data      spirals(n: 96)
        validate  spirals(n: 40)
        optimizer Adam(lr: 0.01)
        batch 16
        epochs 2
        seed 7
        metrics accuracy, loss
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Device reference() {
    return Devices.byName("reference");
  }

  record Run(int exit, String out, String err) {}

  static Run nnc(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The same seed, batches and steps as nnc train, on the same device: the same parameters, bit for bit. */
  @Test
  void fitTrainsAsNncTrainDoes() throws Exception {
    Path nn = write("spirals.nn", SPIRALS);
    Run r = nnc("train", nn.toString(), "--device", "reference", "--out", dir.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    Checkpoint cli = Safetensors.read(dir.resolve("Spirals.safetensors"));

    Session s = Sessions.open(nn, "Spirals", reference());
    List<Epoch> epochs = new ArrayList<>();
    List<Epoch> history = s.fit(Datasets.spirals(96), FitOptions.defaults().validation(Datasets.spirals(40)), epochs::add);
    assertEquals(history, epochs);
    assertEquals(2, history.size());
    assertEquals(12, history.get(1).step());
    for (String name : cli.tensors().keySet()) {
      assertArrayEquals(cli.tensor(name).floats(), s.parameter(name).floats(), name);
    }
    String line = r.out().lines().filter(l -> l.startsWith("epoch 2:")).findFirst().orElseThrow();
    Epoch last = history.get(1);
    assertEquals(String.format(Locale.ROOT, "epoch 2: loss %.6g, validation loss %.6g, validation accuracy %.2f%%", last.loss(),
        last.validation().loss(), 100 * last.validation().accuracy()), line);
  }

  /** A checkpoint nnc train wrote loads into a session; one a session wrote is read by nnc eval and resumed by nnc train. */
  @Test
  void checkpointsPassBothWays() throws Exception {
    Path nn = write("spirals.nn", SPIRALS);
    Run trained = nnc("train", nn.toString(), "--device", "reference", "--out", dir.toString(), "-q");
    assertEquals(0, trained.exit(), trained.err());
    Path ckpt = dir.resolve("Spirals.safetensors");
    Session s = Sessions.open(nn, "Spirals", reference());
    s.load(ckpt);
    Run eval = nnc("eval", nn.toString(), "--checkpoint", ckpt.toString(), "--device", "reference");
    assertEquals(0, eval.exit(), eval.err());
    Scores scores = s.evaluate(Datasets.spirals(40));
    assertTrue(eval.out().contains(String.format(Locale.ROOT, "loss: %.6g%n", scores.loss())), eval.out());
    assertTrue(eval.out().contains(String.format(Locale.ROOT, "accuracy: %.2f%%", 100 * scores.accuracy())), eval.out());

    s.fit(Datasets.spirals(96), FitOptions.defaults().epochs(3), Progress.none()); // one more than the checkpoint's 2
    Path mine = dir.resolve("mine/Spirals.safetensors");
    s.save(mine);
    Checkpoint saved = Safetensors.read(mine);
    assertEquals(new Checkpoint.TrainingState(18, 3, 0, 7, 18), saved.trainingState());
    assertEquals(new java.util.TreeSet<>(Safetensors.read(ckpt).tensors().keySet()), new java.util.TreeSet<>(saved.tensors().keySet()));
    Run again = nnc("eval", nn.toString(), "--checkpoint", mine.toString(), "--device", "reference");
    assertTrue(again.out().contains(String.format(Locale.ROOT, "loss: %.6g%n", s.evaluate(Datasets.spirals(40)).loss())), again.out());
    Run resumed = nnc("train", nn.toString(), "--device", "reference", "--out", dir.resolve("mine").toString(), "-q",
        "--resume", mine.toString(), "--epochs", "4");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("resuming from " + mine + " at epoch 4, step 19"), resumed.out());
  }

  /** A graph is one whole batch: training, scores on the unlabelled nodes, a data set built from the records' arrays. */
  @Test
  void aGraphModelTrainsOnTheWholeGraph() {
    Session s = Sessions.open(dev.nnc.RepoRoot.resolve("samples/gcn.nn"), "Gcn", Devices.byName("jvm"));
    DataSet karate = Datasets.karateClub();
    List<Epoch> history = s.fit(karate, FitOptions.defaults().epochs(100), Progress.none());
    assertEquals(100, history.get(99).step());
    Scores scores = s.evaluate(karate);
    assertEquals(32, scores.samples());
    assertTrue(scores.accuracy() >= 0.75, () -> scores + " " + s.describe());
    DataSet rebuilt = s.dataset(Map.of("x", karate.field("x").floats(), "adj", karate.field("adj").floats(),
        "mask", karate.field("mask").bools(), "y", karate.field("y").ints()), Map.of());
    assertEquals(false, rebuilt.isBatched());
    assertEquals(scores, s.evaluate(rebuilt));
    float[] probs = s.predict(Map.of("x", karate.field("x").floats(), "adj", karate.field("adj").floats(),
        "mask", karate.field("mask").bools()), Map.of()).floats("probs");
    assertEquals(68, probs.length);
  }

  /** Epochs and steps count from the start across fits: a fit to epoch 1, then one to epoch 2, is one fit of two. */
  @Test
  void fitsContinueWhereTheLastStopped() throws Exception {
    Path nn = write("spirals.nn", SPIRALS);
    Session once = Sessions.open(nn, "Spirals", reference());
    once.fit(Datasets.spirals(96), FitOptions.defaults(), Progress.none());
    Session twice = Sessions.open(nn, "Spirals", reference());
    List<Epoch> first = twice.fit(Datasets.spirals(96), FitOptions.defaults().epochs(1), Progress.none());
    List<Epoch> second = twice.fit(Datasets.spirals(96), FitOptions.defaults().epochs(2), Progress.none());
    assertEquals(List.of(), twice.fit(Datasets.spirals(96), FitOptions.defaults().epochs(2), Progress.none()));
    assertEquals(1, first.get(0).epoch());
    assertEquals(2, second.get(0).epoch());
    assertEquals(12, second.get(0).step());
    for (String name : once.parameterNames()) assertArrayEquals(once.parameter(name).floats(), twice.parameter(name).floats(), name);
  }

  /**
   * After a load, epochs count from the start of training as {@code nnc train --epochs N --resume}
   * counts them: a checkpoint of 1 epoch fitted with {@code epochs(2)} trains one more, to the
   * parameters of 2 epochs straight; fitting to epoch 2 again trains nothing.
   */
  @Test
  void fitAfterLoadTrainsUpToTheEpochsAskedFor() throws Exception {
    Path nn = write("spirals.nn", SPIRALS);
    Run two = nnc("train", nn.toString(), "--device", "reference", "--out", dir.resolve("two").toString(), "-q", "--epochs", "2");
    Run one = nnc("train", nn.toString(), "--device", "reference", "--out", dir.resolve("one").toString(), "-q", "--epochs", "1");
    assertEquals(0, two.exit(), two.err());
    assertEquals(0, one.exit(), one.err());
    Session s = Sessions.open(nn, "Spirals", reference());
    s.load(dir.resolve("one/Spirals.safetensors"));
    List<Epoch> more = s.fit(Datasets.spirals(96), FitOptions.defaults().epochs(2), Progress.none());
    assertEquals(1, more.size());
    assertEquals(2, more.get(0).epoch());
    assertEquals(12, more.get(0).step());
    Checkpoint straight = Safetensors.read(dir.resolve("two/Spirals.safetensors"));
    for (String name : straight.tensors().keySet()) assertArrayEquals(straight.tensor(name).floats(), s.parameter(name).floats(), name);
    assertEquals(List.of(), s.fit(Datasets.spirals(96), FitOptions.defaults().epochs(2), Progress.none()));
  }

  @Test
  void predictChecksTheLengthsOfItsInputs() throws Exception {
    Session s = Sessions.open(write("spirals.nn", SPIRALS), "Spirals", reference());
    Session.Result r = s.predict(Map.of("x", new float[] {0.1f, 0.2f, -0.3f, 0.4f, 0.5f, 0.6f}), Map.of());
    float[] probs = r.floats("probs");
    assertEquals(6, probs.length);
    for (int i = 0; i < 3; i++) assertEquals(1, probs[2 * i] + probs[2 * i + 1], 1e-5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.predict(Map.of("x", new float[5]), Map.of()));
    assertEquals("Spirals.predict: `x` is f32[B, 2], so its length must be a multiple of 2, but it is 5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> s.predict(Map.of(), Map.of()));
    assertEquals("Spirals.predict: no value for `x`", e.getMessage());
  }

  @Test
  void datasetsAreShapedByTheTypes() throws Exception {
    Session s = Sessions.open(write("spirals.nn", SPIRALS), "Spirals", reference());
    DataSet d = s.dataset(Map.of("x", new float[] {0, 1, 2, 3}, "y", new int[] {0, 1}), Map.of());
    assertEquals("Spirals (2 samples) {x: f32[2, 2], y: i32[2]}", d.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.dataset(Map.of("x", new float[] {0, 1, 2, 3}, "y", new int[] {0, 1, 1}), Map.of()));
    assertEquals("Spirals.dataset: `y` is i32[B], which is 2 values for B = 2 (from `x`), but it has 3", e.getMessage());
  }

  @Test
  void parametersByName() throws Exception {
    Session s = Sessions.open(write("spirals.nn", SPIRALS), "Spirals", reference());
    assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), s.parameterNames());
    Tensor w = s.parameter("fc2.weight");
    assertEquals("f32[2, 16]", w.type());
    float[] zeros = new float[32];
    s.parameter("fc2.weight", Tensor.f32(zeros, 2, 16));
    s.parameter("fc2.bias", Tensor.f32(new float[] {0, 0}, 2));
    assertArrayEquals(new float[] {0.5f, 0.5f}, s.predict(Map.of("x", new float[] {3, 4}), Map.of()).floats("probs"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.parameter("fc3.weight"));
    assertEquals("Spirals has no parameter `fc3.weight`; its parameters are fc1.weight, fc1.bias, fc2.weight, fc2.bias", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> s.parameter("fc2.bias", Tensor.f32(new float[3], 3)));
    assertEquals("Spirals: parameter `fc2.bias` is f32[2], the new value is f32[3]", e.getMessage());
  }

  @Test
  void loadRefusesACheckpointOfAnotherModel() throws Exception {
    Session s = Sessions.open(write("spirals.nn", SPIRALS), "Spirals", reference());
    Path other = dir.resolve("other.safetensors");
    Safetensors.write(other, Map.of("fc1.weight", Tensor.f32(new float[4], 2, 2)), Map.of());
    DataException e = assertThrows(DataException.class, () -> s.load(other));
    assertEquals(other + ": checkpoint does not match model Spirals: tensor `fc1.weight` is f32[2, 2], the model expects f32[16, 2]; "
        + "pass a checkpoint that nnc train wrote for Spirals", e.getMessage());
  }

  @Test
  void aModelWithoutATrainBlockPredictsButDoesNotFit() throws Exception {
    Path nn = write("bare.nn", SPIRALS.substring(0, SPIRALS.indexOf("train Spirals")));
    Session s = Sessions.open(nn, "Spirals", reference());
    assertEquals(4, s.predict(Map.of("x", new float[4]), Map.of()).floats("probs").length);
    ModelException e = assertThrows(ModelException.class, () -> s.fit(Datasets.spirals(8), FitOptions.defaults(), Progress.none()));
    assertEquals(nn + ": model Spirals has no train block with an optimizer to train it with; add one, such as "
        + "`train Spirals { optimizer SGD(lr: 0.01) }` (use std.optim)", e.getMessage());
  }

  @Test
  void aSourceWithErrorsIsRefusedWithItsDiagnostics() throws Exception {
    Path nn = write("broken.nn", SPIRALS.replace("fc2(relu(fc1(x)))", "fc2(relu(fc2(x)))"));
    ModelException e = assertThrows(ModelException.class, () -> Sessions.open(nn, "Spirals", reference()));
    assertTrue(e.getMessage().startsWith("error[shape.arg]: "), e.getMessage());
    assertTrue(e.getMessage().contains("--> " + nn + ":11:"), e.getMessage());
    e = assertThrows(ModelException.class, () -> Sessions.open(write("ok.nn", SPIRALS), "Spiral", reference()));
    assertEquals(dir.resolve("ok.nn") + " declares no model Spiral; it declares Spirals", e.getMessage());
  }

  @Test
  void aDivergingLossStopsTraining() throws Exception {
    Session s = Sessions.open(write("spirals.nn", SPIRALS), "Spirals", reference());
    float[] nan = new float[32];
    java.util.Arrays.fill(nan, Float.NaN);
    s.parameter("fc2.weight", Tensor.f32(nan, 2, 16));
    ModelException e = assertThrows(ModelException.class,
        () -> s.fit(Datasets.spirals(96), FitOptions.defaults(), Progress.none()));
    assertEquals("Spirals: the loss is NaN at step 1 (epoch 1); stopped before that step's update, so the parameters are as "
        + "the step found them: try a lower learning rate", e.getMessage());
    assertArrayEquals(nan, s.parameter("fc2.weight").floats());
  }
}
