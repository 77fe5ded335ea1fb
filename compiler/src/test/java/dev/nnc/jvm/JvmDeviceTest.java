package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.exec.StepCheck;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
          Lower.Step step = Pipeline.standard().step(checker, m, null, 3);
          assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
          StepCheck c = new StepCheck(s, step);
          Executable jvm = JvmProgram.compile(c.program, c.update, c.gradients);
          Executable reference = new ReferenceDevice().compile(c.program);
          for (long batch : new long[] {4, 3}) {
            Map<String, float[]> leaves = c.leaves(batch);
            c.check(batch, "the JVM", reference.run(leaves, StepCheck.sizes(batch)), jvm.run(leaves, StepCheck.sizes(batch)));
          }
        }));
  }

  /** The buffers a run allocates are the plan's: its formula evaluated at the sizes of the largest batch run. */
  @Test
  void theMeasuredPeakIsThePlannedOne() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("fashion_mlp.nn");
    Lower.Step step = Pipeline.standard().step(checker, checker.checkFile(file, "fashion_mlp.nn"), null, 3);
    dev.nnc.pipeline.TrainingStep t = dev.nnc.pipeline.TrainingStep.of(step);
    JvmProgram p = JvmProgram.compile(t.roots(), t.update(), t.gradients());
    assertEquals("6312*B + 4309160", p.plannedBytes().toString());
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    for (long batch : new long[] {32, 5}) {
      Map<String, float[]> leaves = new HashMap<>();
      step.inits().forEach((name, node) -> leaves.put(name, StepCheck.floats(initial.get(node).data())));
      leaves.put("x", new float[(int) batch * 784]);
      leaves.put("y", new float[(int) batch]);
      leaves.put("step", new float[] {1});
      p.run(leaves, Map.of("B", batch));
      assertEquals(p.plannedBytes().evaluate(Map.of("B", 32L)), p.allocatedBytes(), "after a batch of " + batch);
    }
  }
}
