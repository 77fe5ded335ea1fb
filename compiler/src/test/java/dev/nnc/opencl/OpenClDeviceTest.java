package dev.nnc.opencl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.exec.StepCheck;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.jvm.JvmProgram;
import dev.nnc.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-backend agreement on every sample that trains: one training step (the loss, every new
 * parameter and optimizer state, and every gradient) on OpenCL, on the JVM backend and on the
 * float64 reference, at two batch sizes in a row so the second runs in buffers sized for the
 * first. Both float32 backends are held to the same tolerance against the reference.
 */
class OpenClDeviceTest {
  /** The samples JvmDeviceTest steps, and every other sample whose step the JVM backend runs. */
  static List<String> samples() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = java.nio.file.Files.list(RepoRoot.get().resolve("samples"))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nn")).sorted()
          .forEach(n -> out.add(n.substring(0, n.length() - 3)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> aTrainingStepAgreesWithTheReferenceAndTheJvm() {
    String only = System.getProperty("nnc.test.samples"); // -Dnnc.test.samples=a,b runs only those
    return samples().stream().filter(s -> only == null || java.util.Arrays.asList(only.split(",")).contains(s)).map(s -> DynamicTest.dynamicTest(s, () -> {
      OpenClDevice device = OpenClAvailable.device();
      Checker checker = new Checker();
      Path file = RepoRoot.get().resolve("samples").resolve(s + ".nn");
      Modules.Module m = checker.checkFile(file, s + ".nn");
      // A train block of several steps (a GAN's discriminator and generator steps): each of them.
      List<Lower.Step> steps = Pipeline.standard().steps(checker, m, 3);
      if (steps == null) {
        Lower.Step single = Pipeline.standard().step(checker, m, null, 3);
        steps = single != null ? List.of(single) : null;
      }
      org.junit.jupiter.api.Assumptions.assumeTrue(steps != null && !steps.isEmpty(), s + " has no training step");
      for (Lower.Step step : steps) agree(s + (steps.size() > 1 ? " step " + step.name() : ""), step, device);
    }));
  }

  private static void agree(String s, Lower.Step step, OpenClDevice device) {
    StepCheck c = new StepCheck(s, step);
    Executable jvm;
    try {
      jvm = JvmProgram.compile(c.program, c.update, c.gradients);
    } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
      // What the JVM backend cannot run (a mask select), OpenCL refuses too, with the same way out.
      dev.nnc.exec.Device.UnsupportedProgram o = org.junit.jupiter.api.Assertions.assertThrows(
          dev.nnc.exec.Device.UnsupportedProgram.class, () -> device.compile(c.program, c.update, c.gradients));
      assertTrue(o.getMessage().startsWith("the OpenCL backend"), o.getMessage());
      return;
    }
    Executable opencl = device.compile(c.program, c.update, c.gradients);
    Executable reference = new ReferenceDevice().compile(c.program);
    for (long batch : new long[] {4, 3}) {
      Map<String, float[]> leaves = c.leaves(batch);
      Map<String, Long> sizes = StepCheck.sizes(batch);
      List<float[]> want = StepCheck.copy(reference.run(leaves, sizes));
      c.check(batch, "the JVM", want, StepCheck.copy(jvm.run(leaves, sizes)));
      c.check(batch, "OpenCL", want, opencl.run(leaves, sizes));
    }
  }

  /**
   * Any value of a program can be one of its results: with every value of a training step as a
   * root (worked_221's: its elementwise kernels then have several one-element segments, whose
   * index a second segment once took from the first one's counter, and OpenCL could not build
   * them), the program builds and runs on both backends, and they agree value by value.
   */
  @Test
  void everyValueOfAStepCanBeAResult() throws java.io.IOException {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("worked_221.nn");
    StepCheck c = new StepCheck("worked_221", Pipeline.standard().step(checker, checker.checkFile(file, "worked_221.nn"), null, 3));
    List<Node> all = new ArrayList<>();
    for (Node n : Schedule.topological(c.program)) if (n.op() != Op.INPUT && n.op() != Op.PARAM && n.op() != Op.CONST) all.add(n);
    Executable jvm = new JvmDevice().compile(all), opencl = OpenClAvailable.device().compile(all);
    Map<String, float[]> leaves = c.leaves(4);
    List<float[]> want = StepCheck.copy(jvm.run(leaves, StepCheck.sizes(4))), got = opencl.run(leaves, StepCheck.sizes(4));
    for (int r = 0; r < all.size(); r++) {
      float[] w = want.get(r), g = got.get(r);
      double scale = 1;
      for (float v : w) scale = Math.max(scale, Math.abs(v));
      for (int i = 0; i < w.length; i++) {
        int root = r, at = i;
        assertTrue(Math.abs(w[i] - g[i]) <= 1e-5 * scale, () -> all.get(root) + " " + all.get(root).op() + "[" + at + "]: " + g[at] + " on OpenCL, "
            + w[at] + " on the JVM");
      }
    }
  }
}
