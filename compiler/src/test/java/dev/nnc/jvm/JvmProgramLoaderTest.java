package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every compiled program has a class loader of its own: two compilations of one step share no
 * written class, and a program that is dropped, once run, takes its classes with it, so a
 * long-lived process can compile programs for as long as it runs.
 */
class JvmProgramLoaderTest {
  private static TrainingStep step() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("lstm_classifier.nn");
    return TrainingStep.of(Pipeline.standard().step(checker, checker.checkFile(file, "lstm_classifier.nn"), null, 3));
  }

  @Test
  void eachProgramHasItsOwnLoaderAndADroppedOneIsCollected() throws Exception {
    TrainingStep step = step();
    JvmProgram first = JvmProgram.compile(step.roots(), step.update(), step.gradients());
    JvmProgram second = JvmProgram.compile(step.roots(), step.update(), step.gradients());
    assertNotSame(first.loader(), second.loader());
    assertEquals(first.describe(), second.describe());
    WeakReference<ClassLoader> loader = new WeakReference<>(first.loader());
    first.export();
    first = null;
    for (int i = 0; i < 20 && loader.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(loader.get(), "the loader of a dropped program is still reachable");
  }
}
