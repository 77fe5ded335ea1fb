package dev.nnc.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmProgram;
import dev.nnc.opt.Simplify;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
      Lower.Step single = Lower.step(checker, m, null, 3);
      // A train block of several steps (a GAN's discriminator and generator steps): each of them.
      List<Lower.Step> steps = single != null ? List.of(single) : Lower.steps(checker, m, 3);
      org.junit.jupiter.api.Assumptions.assumeTrue(steps != null && !steps.isEmpty(), s + " has no training step");
      for (Lower.Step step : steps) agree(s + (steps.size() > 1 ? " step " + step.name() : ""), step, device);
    }));
  }

  private static void agree(String s, Lower.Step step, OpenClDevice device) {
    List<Node> roots = new ArrayList<>();
    roots.add(step.loss());
    roots.addAll(step.next().values());
    int end = roots.size();
    roots.addAll(step.grads().values());
    List<Node> program = Simplify.run(step.graph(), roots).roots();
    Set<Node> update = new HashSet<>(program.subList(1, end)), grads = new HashSet<>(program.subList(end, program.size()));
    Executable jvm;
    try {
      jvm = JvmProgram.compile(program, update, grads);
    } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
      // What the JVM backend cannot run (a mask select), OpenCL refuses too, with the same way out.
      dev.nnc.exec.Device.UnsupportedProgram o = org.junit.jupiter.api.Assertions.assertThrows(
          dev.nnc.exec.Device.UnsupportedProgram.class, () -> device.compile(program, update, grads));
      assertTrue(o.getMessage().startsWith("the OpenCL backend"), o.getMessage());
      return;
    }
    Executable opencl = device.compile(program, update, grads);
    Executable reference = new ReferenceDevice().compile(program);
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    for (long batch : new long[] {4, 3}) {
      Map<String, Long> sizes = Map.of("B", batch, "N", 5L, "T", 3L);
      Map<String, float[]> leaves = new HashMap<>();
      step.inits().forEach((name, node) -> leaves.put(name, floats(initial.get(node).data())));
      Random random = new Random(batch);
      for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
        long[] shape = Array.shapeOf(in.getValue().type(), sizes);
        float[] v = new float[Math.toIntExact(Array.size(shape))];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.getValue().type().dtype().isFloat() ? (float) random.nextGaussian()
              : in.getKey().equals("step") ? 1 : random.nextInt(2);
        }
        leaves.put(in.getKey(), v);
      }
      List<float[]> want = copy(reference.run(leaves, sizes)), onJvm = copy(jvm.run(leaves, sizes));
      List<float[]> got = opencl.run(leaves, sizes);
      List<String> names = new ArrayList<>();
      names.add("loss");
      names.addAll(step.next().keySet());
      for (String p : step.grads().keySet()) names.add("gradient of " + p);
      List<String> params = new ArrayList<>(step.grads().keySet());
      for (int r = 0; r < program.size(); r++) {
        float[] w = want.get(r);
        int p = params.indexOf(names.get(r));
        float[] grad = p >= 0 ? want.get(end + p) : null;
        check(s, batch, "OpenCL", names.get(r), w, got.get(r), grad);
        check(s, batch, "JVM", names.get(r), w, onJvm.get(r), grad);
      }
    }
  }

  /** The tolerance of JvmDeviceTest: 1e-5 of the largest value, or where Adam divides by a (nearly) zero gradient, 2e-3. */
  static void check(String sample, long batch, String backend, String name, float[] w, float[] g, float[] grad) {
    assertEquals(w.length, g.length, sample + ": " + name);
    double scale = 1e-6;
    for (float v : w) scale = Math.max(scale, Math.abs(v));
    for (int i = 0; i < w.length; i++) {
      boolean sensitive = grad != null && Math.abs(grad[i]) < 1e-6;
      double err = Math.abs(w[i] - g[i]) / (sensitive ? 1 : scale);
      double limit = sensitive ? 2e-3 : 1e-5;
      int at = i;
      double scaled = scale;
      assertTrue(err <= limit, () -> sample + " at batch " + batch + " on " + backend + ": " + name + "[" + at + "] is " + g[at]
          + " but the reference has " + w[at] + " (error " + err + " of " + scaled + ")");
    }
  }

  private static List<float[]> copy(List<float[]> values) {
    List<float[]> out = new ArrayList<>();
    for (float[] v : values) out.add(v.clone());
    return out;
  }

  private static float[] floats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
    return f;
  }
}
