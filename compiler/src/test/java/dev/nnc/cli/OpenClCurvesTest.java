package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.exec.TrainingStep;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.data.Datasets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training curves on OpenCL match the JVM backend's: the first 100 steps of a sample on
 * Fashion-MNIST (its train block's batch and seed, shuffled batches as nnc train draws them),
 * each backend feeding its own updated state back, the losses equal to float32 tolerance.
 */
class OpenClCurvesTest {
  @ParameterizedTest
  @CsvSource({"fashion_mlp, 100, 100, 1e-4, 1e-4", "lenet5, 100, 30, 1e-4, 1e-1"})
  void theFirstStepsLossesMatchTheJvm(String sample, int steps, int exactSteps, double tolerance, double drift) throws Exception {
    Device opencl = OpenClAvailable.device();
    assumeTrue(Files.isDirectory(Datasets.FASHION_MNIST), "no Fashion-MNIST here");
    Checker checker = new Checker();
    var m = checker.checkFile(Samples.file(sample), sample + ".nn");
    Lower.Step step = Lower.step(checker, m, null, 42);
    assertNotNull(step);
    Lower.DataCall call = Lower.data(checker, step.train());
    Feed data = new Feed(Datasets.load(call.name(), call.args()));
    int batch = (int) (long) Lower.setting(step.train(), "batch");
    List<Double> jvm = curve(step, new JvmDevice(), data, batch, steps, false);
    List<Double> cl = curve(step, opencl, data, batch, steps, false);
    if (exactSteps < steps) {
      // How far float32 rounding alone takes this model: the JVM again, one weight moved by one ulp.
      List<Double> nudged = curve(step, new JvmDevice(), data, batch, steps, true);
      StringBuilder d = new StringBuilder();
      for (int i = 9; i < steps; i += 10) {
        d.append(String.format(java.util.Locale.ROOT, " %d:%.1e", i + 1, Math.abs(jvm.get(i) - nudged.get(i)) / Math.max(1, jvm.get(i))));
      }
      System.err.printf("CURVE %s on the JVM with one weight one ulp off, relative differences by step:%s%n", sample, d);
    }
    double worst = 0;
    StringBuilder every10 = new StringBuilder();
    for (int i = 0; i < steps; i++) {
      double d = Math.abs(jvm.get(i) - cl.get(i)) / Math.max(1, Math.abs(jvm.get(i)));
      if (i < exactSteps) worst = Math.max(worst, d);
      if ((i + 1) % 10 == 0) every10.append(String.format(java.util.Locale.ROOT, " %d:%.1e", i + 1, d));
      double at = d;
      int stepNo = i + 1;
      assertTrue(d <= drift, () -> sample + ": at step " + stepNo + " the losses differ by " + at + "\njvm:    " + jvm + "\nopencl: " + cl);
    }
    System.err.printf("CURVE %s: step 1 %.6f vs %.6f, step %d %.6f vs %.6f; relative differences by step:%s%n", sample,
        jvm.get(0), cl.get(0), steps, jvm.get(steps - 1), cl.get(steps - 1), every10);
    double w = worst;
    assertTrue(worst <= tolerance, () -> sample + ": over the first " + exactSteps + " steps the losses differ by up to " + w
        + "\njvm:    " + jvm + "\nopencl: " + cl);
    assertTrue(jvm.get(steps - 1) < jvm.get(0), () -> sample + " does not learn: " + jvm);
  }

  /** The losses of the first steps, as nnc train computes them (same batches, same step counter). */
  static List<Double> curve(Lower.Step step, Device device, Feed data, int batchSize, int steps, boolean nudge) {
    Map<String, float[]> state = new LinkedHashMap<>();
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    step.inits().forEach((name, node) -> {
      double[] d = initial.get(node).data();
      float[] f = new float[d.length];
      for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
      state.put(name, f);
    });
    if (nudge) {
      float[] first = state.values().iterator().next();
      first[0] = Math.nextUp(first[0]);
    }
    TrainingStep t = TrainingStep.of(step);
    List<String> next = t.names().subList(1, t.names().size());
    Executable program = t.compile(device);
    Batches batches = new Batches(data.size(), batchSize, true, 42);
    List<Double> losses = new ArrayList<>();
    for (Batches.Batch b : batches.epoch(0)) {
      if (losses.size() == steps) break;
      Map<String, Long> sizes = new HashMap<>();
      Map<String, float[]> leaves = new HashMap<>(state);
      leaves.putAll(data.batch(step.inputs(), b.rows(), sizes));
      leaves.put("step", new float[] {losses.size() + 1});
      List<float[]> result = program.run(leaves, sizes);
      losses.add((double) result.get(0)[0]);
      for (int i = 0; i < next.size(); i++) {
        float[] into = state.get(next.get(i));
        System.arraycopy(result.get(i + 1), 0, into, 0, into.length);
      }
    }
    return losses;
  }
}
