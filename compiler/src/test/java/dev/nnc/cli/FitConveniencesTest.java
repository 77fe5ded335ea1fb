package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed API's {@code FitOptions} set what {@code nnc train}'s flags set, through the one
 * loop: clipping and accumulation give the checkpoint the flags give, bit for bit, and early
 * stopping and the best checkpoint work as in {@code nnc train}.
 */
class FitConveniencesTest {
  @TempDir Path dir;

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
        optimizer OPTIMIZER
      }
      """;

  private Path file(String optimizer) throws Exception {
    Path f = dir.resolve("line.nn");
    Files.writeString(f, LINE.replace("OPTIMIZER", optimizer));
    return f;
  }

  @Test
  void clippingAndAccumulationTrainAsTheFlagsDo() throws Exception {
    Path nn = file("Adam(lr: 0.05)");
    Path cli = dir.resolve("cli");
    Samples.Result r = Samples.run("train", nn.toString(), "--device", "jvm", "-q", "--out", cli.toString(), "--epochs", "3",
        "--batch", "4", "--accumulate", "3", "--clip-norm", "0.5", "--clip-value", "0.3");
    assertEquals(Main.OK, r.exit(), r::all);
    Checkpoint expected = Safetensors.read(cli.resolve("Line.safetensors"));
    DataSet data = Datasets.linear(2.0, 1.0, 16, 0.1);
    try (Session s = Sessions.open(nn, "Line", Devices.byName("jvm"))) {
      List<Epoch> epochs = s.fit(data, FitOptions.defaults().epochs(3).batch(4).accumulate(3).clipNorm(0.5).clipValue(0.3), Progress.none());
      assertEquals(3, epochs.size());
      Path saved = dir.resolve("api/Line.safetensors");
      s.save(saved);
      Checkpoint got = Safetensors.read(saved);
      assertEquals(expected.tensors().keySet(), got.tensors().keySet());
      assertTrue(got.tensors().containsKey("accumulated.fc.weight"));
      for (Map.Entry<String, Tensor> e : expected.tensors().entrySet()) {
        assertArrayEquals(e.getValue().floats(), got.tensors().get(e.getKey()).floats(), e.getKey());
      }
      assertEquals(expected.trainingState(), got.trainingState());
    }
  }

  @Test
  void earlyStoppingAndTheBestCheckpointInASession() throws Exception {
    Path nn = file("SGD(lr: 0.0)"); // nothing changes: the training loss is the same every epoch
    DataSet data = Datasets.linear(2.0, 1.0, 1, 0.0); // one sample: the same loss, bit for bit, every epoch
    Path best = dir.resolve("best/Line.best.safetensors");
    try (Session s = Sessions.open(nn, "Line", Devices.byName("jvm"))) {
      List<Epoch> epochs = s.fit(data, FitOptions.defaults().epochs(10).batch(16).earlyStop("train_loss", 3).keepBest("train_loss", best),
          Progress.none());
      assertEquals(4, epochs.size()); // epoch 1 is the best, 2 to 4 are no better
      assertEquals(1, Safetensors.read(best).trainingState().epoch());
      assertThrows(IllegalArgumentException.class, () -> s.fit(data, FitOptions.defaults().epochs(12).earlyStop("val_loss", 2),
          Progress.none()));
    }
    assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().earlyStop("val_los", 2));
    assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().accumulate(0));
  }

  /**
   * The train block's early_stop reaches fit when FitOptions do not set one, also from a packaged
   * model (the model file keeps it); FitOptions' own overrides it.
   */
  @Test
  void theTrainBlocksEarlyStopReachesFit() throws Exception {
    Path nn = dir.resolve("flat.nn");
    Files.writeString(nn, LINE.replace("OPTIMIZER", "SGD(lr: 0.0)\n  early_stop train_loss, patience: 2"));
    DataSet data = Datasets.linear(2.0, 1.0, 1, 0.0);
    try (Session s = Sessions.open(nn, "Line", Devices.byName("jvm"))) {
      assertEquals(3, s.fit(data, FitOptions.defaults().epochs(10), Progress.none()).size());
    }
    try (Session s = Sessions.open(nn, "Line", Devices.byName("jvm"))) {
      assertEquals(5, s.fit(data, FitOptions.defaults().epochs(10).earlyStop("train_loss", 4), Progress.none()).size());
    }
    dev.nnc.api.Generation.Generated g = dev.nnc.api.Generation.compile(dir, nn, nn.toString(), "p").classes().get(0);
    dev.nnc.runtime.model.ModelFile file = dev.nnc.runtime.model.ModelFile.read(new java.io.ByteArrayInputStream(g.model()));
    assertEquals("train_loss", file.spec().earlyStop());
    assertEquals(2, file.spec().patience());
    try (Session packaged = new Session(file.spec(), file.state(), file.programs())) {
      assertEquals(3, packaged.fit(data, FitOptions.defaults().epochs(10), Progress.none()).size());
      // Clipping is compiled into the step, which a packaged model has compiled already.
      dev.nnc.runtime.model.ModelException e = assertThrows(dev.nnc.runtime.model.ModelException.class,
          () -> packaged.fit(data, FitOptions.defaults().epochs(12).clipNorm(1.0), Progress.none()));
      assertTrue(e.getMessage().contains("change `clip_norm`, `clip_value` or `accumulate` there, not in FitOptions"), e.getMessage());
    }
  }
}
