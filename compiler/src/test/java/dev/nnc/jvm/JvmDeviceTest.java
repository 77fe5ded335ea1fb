package dev.nnc.jvm;

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
import dev.nnc.opt.Simplify;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JVM backend against the float64 reference: one training step of every sample that
 * trains (loss and every new parameter and optimizer state), at two batch sizes in a row so
 * the second runs in buffers sized for the first.
 */
class JvmDeviceTest {
  @TestFactory
  Stream<DynamicTest> aTrainingStepAgreesWithTheReference() {
    return Stream.of("worked_221", "linear_regression", "fashion_mlp", "lenet5", "vae", "resnet_block",
            "lstm_classifier", "transformer_encoder", "ddpm")
        .map(s -> DynamicTest.dynamicTest(s, () -> {
          Checker checker = new Checker();
          Path file = RepoRoot.get().resolve("samples").resolve(s + ".nn");
          Modules.Module m = checker.checkFile(file, s + ".nn");
          Lower.Step step = Lower.step(checker, m, null, 3);
          assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
          List<Node> roots = new ArrayList<>();
          roots.add(step.loss());
          roots.addAll(step.next().values());
          int end = roots.size();
          roots.addAll(step.grads().values());
          List<Node> simple = Simplify.run(step.graph(), roots).roots();
          List<Node> program = simple; // the loss, the new parameters and states, and the gradients
          Executable jvm = JvmProgram.compile(program, new HashSet<>(simple.subList(1, end)),
              new HashSet<>(simple.subList(end, simple.size())));
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
            List<float[]> want = reference.run(leaves, sizes), got = jvm.run(leaves, sizes);
            List<String> names = new ArrayList<>();
            names.add("loss");
            names.addAll(step.next().keySet());
            for (String p : step.grads().keySet()) names.add("gradient of " + p);
            List<String> params = new ArrayList<>(step.grads().keySet());
            for (int r = 0; r < program.size(); r++) {
              float[] w = want.get(r), g = got.get(r);
              assertEquals(w.length, g.length, s + ": " + names.get(r));
              double scale = 1e-6;
              for (float v : w) scale = Math.max(scale, Math.abs(v));
              // Adam divides by |gradient| + 1e-8: where the float64 gradient is (nearly) zero, float32
              // rounding of it moves the new parameter by up to the learning rate. There only a bound holds.
              int p = params.indexOf(names.get(r));
              float[] grad = p >= 0 ? want.get(end + p) : null;
              for (int i = 0; i < w.length; i++) {
                boolean sensitive = grad != null && Math.abs(grad[i]) < 1e-6;
                double err = Math.abs(w[i] - g[i]) / (sensitive ? 1 : scale);
                double limit = sensitive ? 2e-3 : 1e-5;
                int at = i, root = r;
                assertTrue(err <= limit, () -> s + " at batch " + batch + ": " + names.get(root) + "[" + at + "] is " + g[at]
                    + " but the reference has " + w[at] + " (relative error " + err + ")");
              }
            }
          }
        }));
  }

  /** The buffers a run allocates are the plan's: its formula evaluated at the sizes of the largest batch run. */
  @Test
  void theMeasuredPeakIsThePlannedOne() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("fashion_mlp.nn");
    Lower.Step step = Lower.step(checker, checker.checkFile(file, "fashion_mlp.nn"), null, 3);
    dev.nnc.exec.TrainingStep t = dev.nnc.exec.TrainingStep.of(step);
    JvmProgram p = JvmProgram.compile(t.roots(), t.update(), t.gradients());
    assertEquals("6312*B + 4309160", p.plannedBytes().toString());
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    for (long batch : new long[] {32, 5}) {
      Map<String, float[]> leaves = new HashMap<>();
      step.inits().forEach((name, node) -> leaves.put(name, floats(initial.get(node).data())));
      leaves.put("x", new float[(int) batch * 784]);
      leaves.put("y", new float[(int) batch]);
      leaves.put("step", new float[] {1});
      p.run(leaves, Map.of("B", batch));
      assertEquals(p.plannedBytes().evaluate(Map.of("B", 32L)), p.allocatedBytes(), "after a batch of " + batch);
    }
  }

  @Test
  void aMaskSelectIsRefusedWithAWayOut() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("gcn.nn");
    Lower.Step step = Lower.step(checker, checker.checkFile(file, "gcn.nn"), null, 3);
    dev.nnc.exec.Device.UnsupportedProgram e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.nnc.exec.Device.UnsupportedProgram.class, () -> new JvmDevice().compile(List.of(step.loss())));
    assertEquals("the JVM backend cannot run a mask select, whose result size depends on the data; use --device reference",
        e.getMessage());
  }

  private static float[] floats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
    return f;
  }
}
