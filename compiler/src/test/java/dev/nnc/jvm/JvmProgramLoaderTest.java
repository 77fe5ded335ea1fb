package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Programs compiled while others are alive share their class loader, so a kernel written once
 * serves them all (and the JIT compiles it once); the loader is held only by its programs, so
 * once they are all dropped it goes with its classes: a long-lived process can compile programs
 * for as long as it runs.
 */
class JvmProgramLoaderTest {
  private static TrainingStep step() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("lstm_classifier.nn");
    return TrainingStep.of(Pipeline.standard().step(checker, checker.checkFile(file, "lstm_classifier.nn"), null, 3));
  }

  @Test
  void liveProgramsShareTheirLoaderAndDroppedOnesTakeItWithThem() throws Exception {
    TrainingStep step = step();
    JvmProgram.newGeneration(); // programs other tests keep alive hold the current one
    JvmProgram first = JvmProgram.compile(step.roots(), step.update(), step.gradients());
    JvmProgram second = JvmProgram.compile(step.roots(), step.update(), step.gradients());
    assertSame(first.loader(), second.loader());
    assertEquals(kernels(first), kernels(second), "the same kernel classes");
    WeakReference<ClassLoader> loader = new WeakReference<>(first.loader());
    first = null;
    second = null;
    for (int i = 0; i < 20 && loader.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(loader.get(), "the loader of dropped programs is still reachable");
  }

  private static java.util.List<String> kernels(JvmProgram p) {
    return p.export().classes().keySet().stream().filter(n -> n.contains("Kernel")).toList();
  }
}
