package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.api.Sessions;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.Epoch;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Session;
import dev.nnc.runtime.train.Checkpoints;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc train} and the typed API's {@code Session.fit} are one loop: the Fashion-MNIST MLP on
 * the JVM backend, on a tiny data set, trains to the same checkpoint either way, also when the
 * session goes on from a checkpoint {@code nnc train --steps} left inside an epoch.
 */
class OneLoopTest {
  @TempDir Path out;

  @Test
  void nncTrainAndTheTypedApiTrainTheSameCheckpoint() throws Exception {
    Path data = TinyFashion.folder(out.resolve("fashion"), 40, 10);
    String nn = Samples.file("fashion_mlp").toString();
    Path cli = out.resolve("cli"), part = out.resolve("part");
    for (String[] args : new String[][] {
        {"--epochs", "2", "--batch", "16", "--out", cli.toString()},
        {"--epochs", "2", "--batch", "16", "--steps", "4", "--out", part.toString()}}) { // 3 steps an epoch: stops at sample 16 of epoch 2
      Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run(concat(new String[] {"train", nn, "--device", "jvm", "-q"}, args)));
      assertEquals(Main.OK, r.exit(), r::all);
    }
    Checkpoint expected = Safetensors.read(cli.resolve("FashionMlp.safetensors"));
    assertEquals(new Checkpoint.TrainingState(6, 2, 0, 42, 6), expected.trainingState());

    DataSet train = TinyFashion.withFolder(data, () -> Datasets.fashionMnist("train"));
    FitOptions options = FitOptions.defaults().epochs(2).batch(16);
    try (Session fresh = Sessions.open(Path.of(nn), "FashionMlp", Devices.byName("jvm"))) {
      List<Epoch> epochs = fresh.fit(train, options, Progress.none());
      assertEquals(2, epochs.size());
      Path saved = out.resolve("api/FashionMlp.safetensors");
      fresh.save(saved);
      assertSameCheckpoint(expected, Safetensors.read(saved));
    }
    try (Session resumed = Sessions.open(Path.of(nn), "FashionMlp", Devices.byName("jvm"))) {
      resumed.load(part.resolve("FashionMlp.safetensors"));
      List<Epoch> epochs = resumed.fit(train, options, Progress.none());
      assertEquals(1, epochs.size()); // the rest of epoch 2
      assertEquals(2, epochs.get(0).epoch());
      Path saved = out.resolve("resumed/FashionMlp.safetensors");
      resumed.save(saved);
      assertSameCheckpoint(expected, Safetensors.read(saved));
    }
  }

  /** Every tensor bit for bit, and the training state and the partial epoch's loss in the metadata. */
  private static void assertSameCheckpoint(Checkpoint expected, Checkpoint actual) {
    assertEquals(expected.tensors().keySet(), actual.tensors().keySet());
    for (Map.Entry<String, Tensor> e : expected.tensors().entrySet()) {
      assertArrayEquals(e.getValue().floats(), actual.tensor(e.getKey()).floats(), e.getKey());
    }
    assertEquals(expected.trainingState(), actual.trainingState());
    for (String key : List.of(Checkpoints.EPOCH_LOSS, Checkpoints.EPOCH_SEEN, Checkpoint.FORMAT)) {
      assertEquals(expected.metadata().get(key), actual.metadata().get(key), key);
    }
    assertTrue(actual.metadata().keySet().containsAll(expected.metadata().keySet().stream().filter(k -> !k.equals("nnc.curves")).toList()));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
