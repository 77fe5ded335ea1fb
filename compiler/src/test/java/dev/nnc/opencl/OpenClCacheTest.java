package dev.nnc.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.opencl.BinaryCache;
import dev.nnc.runtime.opencl.ClContext;
import dev.nnc.runtime.opencl.ClException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program-binary cache (a second build of the same program loads the binary; the key
 * changes with the source and the options) and build failures (the message names the kernel
 * and what it computes, and shows the driver's log).
 */
class OpenClCacheTest {
  @TempDir Path tmp;

  @Test
  void aSecondBuildOfTheSameStepHitsTheCache() throws Exception {
    OpenClDevice device = OpenClAvailable.device();
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("fashion_mlp.nn");
    TrainingStep step = TrainingStep.of(Pipeline.standard().step(checker, checker.checkFile(file, "fashion_mlp.nn"), null, 3));
    BinaryCache cache = new BinaryCache(tmp.resolve("cache"));
    long cold, warm;
    try (ClContext first = ClContext.open(device.device(), cache)) {
      ClProgram p = ClProgram.compile(first, step.roots(), step.update(), step.gradients());
      assertFalse(p.fromCache());
      assertEquals(1, first.builds());
      cold = first.buildNanos();
    }
    try (Stream files = new Stream(tmp.resolve("cache"))) {
      assertEquals(1, files.count(), "one binary in the cache");
    }
    try (ClContext second = ClContext.open(device.device(), cache)) {
      ClProgram p = ClProgram.compile(second, step.roots(), step.update(), step.gradients());
      assertTrue(p.fromCache());
      assertEquals(0, second.builds());
      assertEquals(1, second.cacheHits());
      warm = second.buildNanos();
    }
    System.err.printf("CACHE fashion_mlp step: cold build %.3f s, warm load %.3f s%n", cold / 1e9, warm / 1e9);
  }

  @Test
  void theKeyChangesWithTheSourceTheOptionsAndTheDevice() {
    OpenClDevice device = OpenClAvailable.device();
    String k = BinaryCache.key("a", "-DX", device.device());
    assertEquals(64, k.length());
    assertEquals(k, BinaryCache.key("a", "-DX", device.device()));
    assertNotEquals(k, BinaryCache.key("b", "-DX", device.device()));
    assertNotEquals(k, BinaryCache.key("a", "-DY", device.device()));
  }

  @Test
  void aBuildFailureNamesTheKernelAndShowsTheLog() {
    OpenClDevice device = OpenClAvailable.device();
    String good = "// launch 0: fine\n__kernel void k0(__global float* b) { b[0] = 1.0f; }\n";
    String bad = "// launch 1: elementwise mul -> f32[B, 10] (from model.nn:3:7)\n__kernel void k1(__global float* b) { b[0] = nope; }\n";
    try (ClContext c = ClContext.open(device.device(), new BinaryCache(tmp.resolve("cache")))) {
      ClException e = assertThrows(ClException.class, () -> ClProgram.buildAll(c, List.of("k0", "k1"), List.of(good, bad)));
      assertTrue(e.getMessage().startsWith("OpenCL cannot build kernel k1 (launch 1: elementwise mul -> f32[B, 10] (from model.nn:3:7)) on "),
          e.getMessage());
      assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
  }

  @Test
  void runningOutOfDeviceMemoryNamesTheBufferThePeakAndTheLargestBatch() throws Exception {
    OpenClDevice device = OpenClAvailable.device();
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("fashion_mlp.nn");
    TrainingStep step = TrainingStep.of(Pipeline.standard().step(checker, checker.checkFile(file, "fashion_mlp.nn"), null, 3));
    dev.nnc.exec.Executable p = device.compile(step.roots(), step.update(), step.gradients());
    // Twice what the device has, for the input alone (784 floats a sample): whatever memory it reports.
    long batch = 2 * device.device().globalMemory() / (784 * 4) + 1;
    ClException e = assertThrows(ClException.class, () -> p.run(java.util.Map.of(), java.util.Map.of("B", batch)));
    String m = e.getMessage();
    assertTrue(m.startsWith("out of memory on " + device.device().name()), m);
    assertTrue(m.contains(": cannot fit buffer "), m);
    assertTrue(m.contains("; the plan's peak is "), m);
    java.util.regex.Matcher fits = java.util.regex.Pattern.compile("the largest batch that fits is (\\d+)$").matcher(m);
    assertTrue(fits.find(), m);
    long largest = Long.parseLong(fits.group(1));
    assertTrue(largest > 1000 && largest < batch, m);
  }

  /** The files of a directory, closed after use. */
  private static final class Stream implements AutoCloseable {
    private final java.util.stream.Stream<Path> files;

    Stream(Path dir) throws java.io.IOException {
      files = Files.list(dir);
    }

    long count() { return files.filter(f -> f.toString().endsWith(".bin")).count(); }

    @Override public void close() { files.close(); }
  }
}
