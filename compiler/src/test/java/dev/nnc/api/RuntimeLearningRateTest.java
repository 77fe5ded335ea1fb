package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Session;
import dev.nnc.runtime.train.StepOptions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning rate of a packaged model at run time: the model file carries the training step
 * a second time with the optimizer's {@code lr} an input, which {@code FitOptions.learningRate}
 * gives, so a packaged model trains with any learning rate exactly as the source compiled with
 * that learning rate does, with or without a schedule.
 */
class RuntimeLearningRateTest {
  @TempDir Path root;

  private static String model(String optimizer, String schedule) {
    return """
        use std.nn.{Linear}
        use std.act.{relu}
        use std.loss.{cross_entropy}
        use std.optim.{SGD, Adam}
        use std.sched.{warmup_cosine}

        model Net {
          input x: f32[B, 2]
          target y: i32[B]
          fc1 = Linear(2, 8)
          fc2 = Linear(8, 2)
          output logits = fc2(relu(fc1(x)))
          loss cross_entropy(logits, y)
        }

        train Net {
          data      spirals(n: 64)
          optimizer %s
          %s
          batch 16
          epochs 2
          seed 5
        }
        """.formatted(optimizer, schedule);
  }

  private ModelFile packaged(Path nn) throws Exception {
    Generation.Generated g = Generation.compile(root, nn, nn.toString(), "p").classes().get(0);
    return ModelFile.read(new ByteArrayInputStream(g.model()));
  }

  private static Session open(ModelFile file) {
    return new Session(file.spec(), file.state(), file.programs());
  }

  /** With a learning rate given at run time, the packaged step trains as the source compiled with that learning rate. */
  @Test
  void aRunTimeLearningRateTrainsAsTheSourceCompiledWithIt() throws Exception {
    for (String[] c : new String[][] {{"SGD(lr: 0.1)", ""}, {"Adam(lr: 0.01)", "schedule warmup_cosine(warmup_steps: 3, total_steps: 8)"}}) {
      Path nn = root.resolve("net.nn");
      Files.writeString(nn, model(c[0], c[1]));
      ModelFile file = packaged(nn);
      assertNotNull(file.stepLr(), c[0]);
      assertTrue(!file.stepLr().inputs().contains(StepOptions.LEARNING_RATE), () -> file.stepLr().inputs().toString());
      Session packaged = open(file);
      Session source = Sessions.open(nn, "Net", Devices.byName("jvm")); // compiles the step again with lr 0.03
      FitOptions options = FitOptions.defaults().learningRate(0.03);
      assertEquals(source.fit(Datasets.spirals(64), options, Progress.none()).get(1).loss(),
          packaged.fit(Datasets.spirals(64), options, Progress.none()).get(1).loss(), c[0]);
      for (String name : file.state().keySet()) {
        assertArrayEquals(source.parameter(name).floats(), packaged.parameter(name).floats(), c[0] + " " + name);
      }
      // Without one, the block's own step: the same as the block's learning rate given at run time, not as another.
      Session block = open(file), given = open(file);
      block.fit(Datasets.spirals(64), FitOptions.defaults(), Progress.none());
      given.fit(Datasets.spirals(64), FitOptions.defaults().learningRate(0.03), Progress.none());
      assertTrue(!java.util.Arrays.equals(block.parameter("fc1.weight").floats(), given.parameter("fc1.weight").floats()), c[0]);
    }
  }

  /** One SGD step: twice the learning rate moves every weight twice as far, to float32 rounding of the weights. */
  @Test
  void twiceTheLearningRateMovesTheWeightsTwiceAsFar() throws Exception {
    Path nn = root.resolve("net.nn");
    Files.writeString(nn, model("SGD(lr: 0.1)", "").replace("epochs 2", "epochs 1").replace("batch 16", "batch 64"));
    ModelFile file = packaged(nn);
    Session once = open(file), twice = open(file);
    once.fit(Datasets.spirals(64), FitOptions.defaults().learningRate(0.25), Progress.none()); // one batch: one step
    twice.fit(Datasets.spirals(64), FitOptions.defaults().learningRate(0.5), Progress.none());
    int moved = 0;
    for (String name : file.state().keySet()) {
      float[] w0 = file.state().get(name).floats(), w1 = once.parameter(name).floats(), w2 = twice.parameter(name).floats();
      for (int i = 0; i < w0.length; i++) {
        double d1 = (double) w1[i] - w0[i], d2 = (double) w2[i] - w0[i];
        float ulp = Math.ulp(Math.max(Math.abs(w0[i]), Math.max(Math.abs(w1[i]), Math.abs(w2[i]))));
        assertTrue(Math.abs(d2 - 2 * d1) <= 2 * ulp, name + "[" + i + "]: moved " + d1 + " at lr 0.25 and " + d2 + " at lr 0.5");
        if (d1 != 0) moved++;
      }
    }
    assertTrue(moved >= 10, "only " + moved + " of the 42 weights moved"); // a ReLU that is off for every sample passes no gradient
  }

  /** Clipping and accumulation stay the train block's: given at run time, they are refused with what to do. */
  @Test
  void clippingIsStillTheBlocks() throws Exception {
    Path nn = root.resolve("net.nn");
    Files.writeString(nn, model("SGD(lr: 0.1)", ""));
    Session s = open(packaged(nn));
    ModelException e = assertThrows(ModelException.class,
        () -> s.fit(Datasets.spirals(64), FitOptions.defaults().learningRate(0.2).clipNorm(1.0), Progress.none()));
    assertEquals("net.nn: the training step of model Net was compiled when the model was packaged, with the clipping and accumulation "
        + "of its train block; change `clip_norm`, `clip_value` or `accumulate` there, not in FitOptions", e.getMessage());
  }
}
