package dev.nnc.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.SplitStep;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.Gradients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The step split at its gradients ({@link SplitStep}: a gradient program, then the optimizer's
 * update as a program of its own) against the fused step on the same device: the same losses and
 * states bit for bit, step after step and across a change of batch size; a NaN loss leaves the
 * state as it was; the hook between the programs sees the gradients the update then reads.
 */
class SplitStepTest {
  /** A sample's step (optionally at another learning rate), fused and split, with its initial state. */
  record Both(ResidentStepTest.Lowered fused, SplitStep split) {
    static Both of(String sample, Double lr) {
      Checker checker = new Checker();
      Path file = RepoRoot.get().resolve("samples").resolve(sample + ".nn");
      Lower.Step s;
      try {
        s = Pipeline.standard().step(checker, checker.checkFile(file, sample + ".nn"), null, 42, lr);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<Node, Array> initial = Reference.run(List.copyOf(s.inits().values()), Map.of(), Map.of());
      Map<String, float[]> state = new LinkedHashMap<>();
      s.inits().forEach((name, node) -> state.put(name, StepCheck.floats(initial.get(node).data())));
      TrainingStep t = TrainingStep.of(s);
      Map<String, Node> inputs = new LinkedHashMap<>(s.inputs());
      inputs.remove("step");
      SplitStep split = SplitStep.of(s);
      return new Both(new ResidentStepTest.Lowered(t, state, t.names().subList(1, t.names().size()), inputs), split);
    }
  }

  /** Seven steps, the last two at another batch size, fused and split; then a step with a NaN in every state. */
  static void sameAsFused(Both b, Device device) {
    ResidentStepTest.Lowered l = b.fused();
    try (BoundStep fused = l.step().compile(device).bind(l.state(), l.next());
         GradientStep split = b.split().bind(device, l.state())) {
      assertEquals(fused.stateNames(), split.stateNames());
      List<String> seen = new ArrayList<>();
      split.between((g, loss, step) -> seen.add(step + ":" + g.names().size()));
      for (int k = 1; k <= 7; k++) {
        long batch = k <= 5 ? 8 : 5;
        Map<String, float[]> in = l.batch(batch, k);
        double lf = fused.step(in, StepCheck.sizes(batch), k), ls = split.step(in, StepCheck.sizes(batch), k);
        assertEquals(Double.doubleToLongBits(lf), Double.doubleToLongBits(ls), "loss at step " + k + ": " + lf + " fused, " + ls + " split");
        Map<String, float[]> sf = l.zeros(), ss = l.zeros();
        fused.read(sf);
        split.read(ss);
        int step = k;
        sf.forEach((name, v) -> assertArrayEquals(v, ss.get(name), name + " after step " + step));
      }
      assertEquals(7, seen.size(), "the hook runs once a step");
      Map<String, float[]> poisoned = l.zeros();
      split.read(poisoned);
      for (float[] v : poisoned.values()) v[0] = Float.NaN;
      split.write(poisoned);
      double loss = split.step(l.batch(8, 8), StepCheck.sizes(8), 8);
      assertTrue(Double.isNaN(loss), "a NaN in every state gives a NaN loss, not " + loss);
      assertEquals(8, seen.size(), "the hook runs after a NaN loss too");
      Map<String, float[]> after = l.zeros();
      split.read(after);
      poisoned.forEach((name, v) -> assertArrayEquals(v, after.get(name), name + " changed by a step whose loss is NaN"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "resnet_block", "small_cnn", "lstm_rows"})
  void onTheJvmTheSplitStepIsTheFusedStepBitForBit(String sample) {
    sameAsFused(Both.of(sample, null), new JvmDevice());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "resnet_block", "small_cnn"})
  void onOpenClTheSplitStepIsTheFusedStepBitForBit(String sample) {
    Device device = OpenClAvailable.device();
    sameAsFused(Both.of(sample, null), device);
  }

  /** The states a split puts with the gradients: batch norm's running statistics, and nothing an optimizer keeps. */
  @org.junit.jupiter.api.Test
  void runningStatisticsAreComputedWithTheGradients() {
    SplitStep s = Both.of("resnet_block", null).split();
    assertFalse(s.layout().stateNext().isEmpty(), "resnet_block has running statistics");
    for (String n : s.layout().stateNext()) assertTrue(n.contains("running"), n + " is computed with the gradients");
    for (String p : s.layout().gradients()) assertTrue(s.layout().applyNext().contains(p), p + " is updated by the apply program");
  }

  /** SGD without momentum: zeroed gradients leave the parameters alone; halved ones are half the learning rate. */
  @ParameterizedTest
  @ValueSource(strings = {"jvm", "opencl"})
  void theHookChangesTheGradientsTheUpdateReads(String where) {
    Device device = where.equals("jvm") ? new JvmDevice() : OpenClAvailable.device();
    Both full = Both.of("linear_regression", null), half = Both.of("linear_regression", 0.025);
    ResidentStepTest.Lowered l = full.fused();
    try (GradientStep zeroed = full.split().bind(device, l.state());
         GradientStep halved = full.split().bind(device, l.state());
         BoundStep slower = half.fused().step().compile(device).bind(l.state(), half.fused().next())) {
      zeroed.between((g, loss, step) -> {
        for (String p : g.names()) g.write(p, new float[g.length(p)]);
      });
      halved.between((g, loss, step) -> {
        for (String p : g.names()) {
          float[] v = new float[g.length(p)];
          g.read(p, v);
          assertNotEquals(0f, v[0], "the gradient of " + p + " is there to read");
          for (int i = 0; i < v.length; i++) v[i] *= 0.5f;
          g.write(p, v);
        }
        check(g, where);
      });
      for (int k = 1; k <= 3; k++) {
        Map<String, float[]> in = l.batch(16, k);
        zeroed.step(in, StepCheck.sizes(16), k);
        double a = halved.step(in, StepCheck.sizes(16), k), b = slower.step(in, StepCheck.sizes(16), k);
        assertEquals(b, a, "loss at step " + k);
      }
      Map<String, float[]> z = l.zeros(), h = l.zeros(), s = l.zeros();
      zeroed.read(z);
      halved.read(h);
      slower.read(s);
      l.state().forEach((name, v) -> assertArrayEquals(v, z.get(name), name + " moved with zero gradients"));
      s.forEach((name, v) -> assertArrayEquals(v, h.get(name), name + ": halved gradients against half the learning rate"));
    }
  }

  /** On the JVM the gradients are arrays; on OpenCL device buffers. */
  private static void check(Gradients g, String where) {
    for (String p : g.names()) {
      if (where.equals("jvm")) {
        assertNotNull(g.array(p), p);
        assertEquals(0, g.buffer(p), p);
      } else {
        assertEquals(null, g.array(p), p);
        assertNotEquals(0, g.buffer(p), p);
      }
    }
  }
}
