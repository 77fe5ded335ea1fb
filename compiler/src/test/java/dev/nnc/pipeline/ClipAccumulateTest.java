package dev.nnc.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Device;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.StepOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.nnc.opencl.OpenClAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradient clipping and accumulation are arithmetic of the compiled step, between the gradients
 * and the optimizer's update: checked in the float64 reference evaluator against the course's
 * worked 2-2-1 network, whose gradients are computed by hand here, and against one step over the
 * concatenated batch; and on the JVM backend, the split step agrees with the fused one bit for bit.
 */
class ClipAccumulateTest {
  /** The worked 2-2-1 network with its fixed weights (samples/worked_221.nn), trained by SGD(lr: 0.1). */
  private static final String WORKED = """
      use std.act.{relu}
      use std.loss.{mse}
      use std.optim.{SGD}

      model Worked221 {
        input x: f32[B, 2]
        target y: f32[B, 1]
        param hidden_weight: f32[2, 2] = [[0.1, 0.4], [0.2, 0.5]]
        param hidden_bias: f32[2] = [0.1, 0.2]
        param output_weight: f32[1, 2] = [[0.6, 0.3]]
        param output_bias: f32[1] = [0.3]
        h = relu(x @ hidden_weight.T + hidden_bias)
        output o = h @ output_weight.T + output_bias
        loss mse(o, y)
      }

      train Worked221 {
        data      points(x: [[2.0, 3.0]], y: [[2.5]])
        optimizer SGD(lr: 0.1)
        batch 1
      }
      """;

  /** A linear model with a batch-mean loss, trained by Adam (whose update depends on the update count). */
  private static final String LINEAR = """
      use std.nn.{Linear}
      use std.loss.{mse}
      use std.optim.{Adam}

      model Line {
        input x: f32[B, 2]
        target y: f32[B, 1]
        fc = Linear(2, 1)
        output p = fc(x)
        loss mse(p, y)
      }

      train Line {
        data      points(x: [[0.5, -1.0]], y: [[1.0]])
        optimizer Adam(lr: 0.1)
      }
      """;

  /**
   * The hand-derived gradients of the worked example at x = [2, 3], y = 2.5: h = [1.5, 2.1],
   * o = 1.83, dL/do = 2 (o - y) = -1.34, both hidden units active.
   */
  private static Map<String, double[]> handGradients() {
    double d = 2 * (1.83 - 2.5);
    double[] h = {1.5, 2.1}, x = {2, 3}, wo = {0.6, 0.3};
    double[] dh = {d * wo[0], d * wo[1]};
    Map<String, double[]> g = new LinkedHashMap<>();
    g.put("hidden_weight", new double[] {dh[0] * x[0], dh[0] * x[1], dh[1] * x[0], dh[1] * x[1]});
    g.put("hidden_bias", dh);
    g.put("output_weight", new double[] {d * h[0], d * h[1]});
    g.put("output_bias", new double[] {d});
    return g;
  }

  private static final Map<String, double[]> WORKED_PARAMS = Map.of("hidden_weight", new double[] {0.1, 0.4, 0.2, 0.5},
      "hidden_bias", new double[] {0.1, 0.2}, "output_weight", new double[] {0.6, 0.3}, "output_bias", new double[] {0.3});

  private static Lower.Step lower(String text, StepOptions options) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("t.nn", text);
    assertFalse(checker.diagnostics().hasErrors(), () -> checker.diagnostics().toString());
    Lower.Step step = Pipeline.standard().step(checker, m, null, 42, options);
    assertNotNull(step, () -> checker.diagnostics().toString());
    return step;
  }

  /** The initial state of a step, by name, in float64. */
  private static Map<String, Array> initial(Lower.Step step) {
    Map<Node, Array> values = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    Map<String, Array> state = new LinkedHashMap<>();
    step.inits().forEach((name, node) -> state.put(name, values.get(node)));
    return state;
  }

  /** One step in the float64 reference evaluator: the next value of every state, by name. */
  private static Map<String, Array> step(Lower.Step step, Map<String, Array> state, Map<String, Array> batch, long number) {
    Map<String, Array> leaves = new HashMap<>(state);
    leaves.putAll(batch);
    leaves.put("step", new Array(new long[0], new double[] {number}));
    Map<String, Long> sizes = Map.of("B", batch.get("x").shape()[0]);
    List<Node> roots = new ArrayList<>(step.next().values());
    Map<Node, Array> out = Reference.run(roots, leaves, sizes);
    Map<String, Array> next = new LinkedHashMap<>(state);
    step.next().forEach((name, node) -> next.put(name, out.get(node)));
    return next;
  }

  private static Map<String, Array> workedBatch() {
    return Map.of("x", new Array(new long[] {1, 2}, new double[] {2, 3}), "y", new Array(new long[] {1, 1}, new double[] {2.5}));
  }

  @Test
  void clippingByGlobalNormScalesTheHandGradientsToTheNorm() {
    Map<String, double[]> g = handGradients();
    double squares = 0;
    for (double[] v : g.values()) for (double e : v) squares += e * e;
    double norm = Math.sqrt(squares), limit = 1.0;
    assertEquals(5.0067, norm, 1e-4); // above the limit: the clip acts
    Lower.Step s = lower(WORKED, new StepOptions(null, limit, null, null));
    Map<String, Array> next = step(s, initial(s), workedBatch(), 1);
    for (String p : g.keySet()) {
      double[] want = new double[g.get(p).length];
      for (int i = 0; i < want.length; i++) want[i] = WORKED_PARAMS.get(p)[i] - 0.1 * g.get(p)[i] * (limit / norm);
      assertArrayEquals(want, next.get(p).data(), 1e-12, p);
    }
  }

  @Test
  void clippingByValueClampsEveryHandGradient() {
    Map<String, double[]> g = handGradients();
    Lower.Step s = lower(WORKED.replace("batch 1", "batch 1\n  clip_value 0.9"), StepOptions.NONE);
    Map<String, Array> next = step(s, initial(s), workedBatch(), 1);
    for (String p : g.keySet()) {
      double[] want = new double[g.get(p).length];
      for (int i = 0; i < want.length; i++) want[i] = WORKED_PARAMS.get(p)[i] - 0.1 * Math.max(-0.9, Math.min(0.9, g.get(p)[i]));
      assertArrayEquals(want, next.get(p).data(), 1e-12, p);
    }
  }

  @Test
  void aNormBelowTheLimitLeavesTheStepAsItWas() {
    Lower.Step plain = lower(WORKED, StepOptions.NONE), clipped = lower(WORKED, new StepOptions(null, 5.01, 3.0, null));
    Map<String, Array> a = step(plain, initial(plain), workedBatch(), 1), b = step(clipped, initial(clipped), workedBatch(), 1);
    for (String p : WORKED_PARAMS.keySet()) assertArrayEquals(a.get(p).data(), b.get(p).data(), 0.0, p);
    // On the JVM backend, in float32, bit for bit too.
    Map<String, float[]> fa = jvmSteps(plain, List.of(workedBatch())), fb = jvmSteps(clipped, List.of(workedBatch()));
    for (String p : WORKED_PARAMS.keySet()) assertArrayEquals(fa.get(p), fb.get(p), p);
  }

  /** Four samples of the line's data, rows {@code from} to {@code to}. */
  private static Map<String, Array> rows(int from, int to) {
    double[][] x = {{0.5, -1.0}, {1.5, 2.0}, {-0.5, 0.25}, {2.0, -1.5}};
    double[] y = {1.0, -2.0, 0.5, 3.0};
    int n = to - from;
    double[] xs = new double[2 * n], ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[2 * i] = x[from + i][0];
      xs[2 * i + 1] = x[from + i][1];
      ys[i] = y[from + i];
    }
    return Map.of("x", new Array(new long[] {n, 2}, xs), "y", new Array(new long[] {n, 1}, ys));
  }

  @Test
  void accumulatingTwoBatchesOfTwoIsOneStepOverTheFour() {
    Lower.Step big = lower(LINEAR, StepOptions.NONE), small = lower(LINEAR, new StepOptions(null, null, null, 2));
    Map<String, Array> once = step(big, initial(big), rows(0, 4), 1);
    Map<String, Array> s0 = initial(small);
    assertEquals(List.of(0.0, 0.0), java.util.Arrays.stream(s0.get("accumulated.fc.weight").data()).boxed().toList());
    Map<String, Array> s1 = step(small, s0, rows(0, 2), 1);
    // After the first batch nothing is applied: the parameters and Adam's moments are as they were.
    for (String p : List.of("fc.weight", "fc.bias")) assertArrayEquals(s0.get(p).data(), s1.get(p).data(), 0.0, p);
    for (String name : s0.keySet()) {
      if (name.startsWith("optimizer.")) assertArrayEquals(s0.get(name).data(), s1.get(name).data(), 0.0, name);
    }
    Map<String, Array> s2 = step(small, s1, rows(2, 4), 2);
    for (String name : once.keySet()) assertArrayEquals(once.get(name).data(), s2.get(name).data(), 1e-12, name);
    // The update empties the sums.
    assertArrayEquals(new double[2], s2.get("accumulated.fc.weight").data(), 0.0);
    assertArrayEquals(new double[1], s2.get("accumulated.fc.bias").data(), 0.0);
    // The next window starts over: batches 3 and 4 give the second update, as one step 2 over their rows would.
    Map<String, Array> twice = step(big, once, rows(0, 4), 2);
    Map<String, Array> s4 = step(small, step(small, s2, rows(0, 2), 3), rows(2, 4), 4);
    for (String name : twice.keySet()) assertArrayEquals(twice.get(name).data(), s4.get(name).data(), 1e-12, name);
  }

  /** On each backend: the split step bit for bit as the fused one, and both as the float64 reference to float32's precision. */
  @ParameterizedTest
  @ValueSource(strings = {"jvm", "opencl"})
  void theSplitStepClipsAndAccumulatesAsTheFusedStep(String where) {
    Lower.Step s = lower(LINEAR, new StepOptions(null, 0.5, 0.2, 3));
    List<Map<String, Array>> batches = List.of(rows(0, 2), rows(2, 4), rows(1, 3), rows(0, 4), rows(0, 1), rows(3, 4), rows(1, 4));
    Device jvm = where.equals("jvm") ? new JvmDevice() : OpenClAvailable.device();
    Map<String, float[]> state = floats(initial(s));
    TrainingStep fusedStep = TrainingStep.of(s);
    try (BoundStep fused = fusedStep.compile(jvm).bind(state, List.copyOf(s.next().keySet()));
         GradientStep split = SplitStep.of(s).bind(jvm, state)) {
      for (int k = 0; k < batches.size(); k++) {
        Map<String, float[]> in = floats(batches.get(k));
        Map<String, Long> sizes = Map.of("B", batches.get(k).get("x").shape()[0]);
        double a = fused.step(in, sizes, k + 1), b = split.step(in, sizes, k + 1);
        assertEquals(Double.doubleToLongBits(a), Double.doubleToLongBits(b), "loss at step " + (k + 1));
        Map<String, float[]> ra = zeros(state), rb = zeros(state);
        fused.read(ra);
        split.read(rb);
        int at = k + 1;
        ra.forEach((name, v) -> assertArrayEquals(v, rb.get(name), name + " after step " + at));
      }
    }
    // And the fused step agrees with the float64 reference to float32's precision.
    Map<String, Array> ref = initial(s);
    for (int k = 0; k < batches.size(); k++) ref = step(s, ref, batches.get(k), k + 1);
    Map<String, float[]> jvmState = steps(s, batches, jvm);
    for (String name : ref.keySet()) {
      double[] want = ref.get(name).data();
      float[] got = jvmState.get(name);
      for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-5, name + "[" + i + "]");
    }
  }

  /** The state after fused steps on the JVM backend, from the initial state. */
  private static Map<String, float[]> jvmSteps(Lower.Step s, List<Map<String, Array>> batches) {
    return steps(s, batches, new JvmDevice());
  }

  /** The state after fused steps on a device, from the initial state. */
  private static Map<String, float[]> steps(Lower.Step s, List<Map<String, Array>> batches, Device device) {
    Map<String, float[]> state = floats(initial(s));
    try (BoundStep b = TrainingStep.of(s).compile(device).bind(state, List.copyOf(s.next().keySet()))) {
      for (int k = 0; k < batches.size(); k++) {
        b.step(floats(batches.get(k)), Map.of("B", batches.get(k).get("x").shape()[0]), k + 1);
      }
      Map<String, float[]> out = zeros(state);
      b.read(out);
      return out;
    }
  }

  private static Map<String, float[]> floats(Map<String, Array> values) {
    Map<String, float[]> out = new LinkedHashMap<>();
    values.forEach((name, a) -> {
      float[] f = new float[a.data().length];
      for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
      out.put(name, f);
    });
    return out;
  }

  private static Map<String, float[]> zeros(Map<String, float[]> like) {
    Map<String, float[]> out = new LinkedHashMap<>();
    like.forEach((name, v) -> out.put(name, new float[v.length]));
    return out;
  }
}
