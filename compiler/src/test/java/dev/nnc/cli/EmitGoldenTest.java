package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden IR: {@code nnc compile samples/S.nn --emit ir} must print exactly
 * {@code golden/ir/S.ir}, and {@code --emit grad} exactly {@code golden/grad/S.grad}, the
 * same text on a second run. A sample in {@link Samples#NOT_COMPILED} must instead exit 1 with
 * its code, and has no golden files.
 *
 * <p>{@code -Dnnc.golden.update=true} rewrites the golden files (and deletes those of samples
 * that no longer lower or exist) instead of failing; review the diff before committing it.
 */
class EmitGoldenTest {
  static final Path GOLDEN = RepoRoot.resolve("compiler/src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("nnc.golden.update");
  static final List<String> EMITS = List.of("ir", "grad");

  @TestFactory
  Stream<DynamicTest> compile() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String emit : EMITS) {
      for (String sample : Samples.names()) {
        tests.add(DynamicTest.dynamicTest(emit + "/" + sample, Samples.file(sample).toUri(), () -> compile(sample, emit)));
      }
    }
    return tests.stream();
  }

  private static void compile(String sample, String emit) throws IOException {
    Path golden = golden(sample, emit);
    Samples.Result r = Samples.run("compile", Samples.file(sample).toString(), "--emit", emit);
    Samples.NotLowered listed = Samples.NOT_COMPILED.get(sample);
    if (listed != null) {
      assertTrue(r.exit() != Main.OK, () -> sample + " is listed in Samples.NOT_COMPILED (" + listed.reason()
          + "), but it lowers now: delete its entry and write its golden files with -Dnnc.golden.update=true\n" + r.all());
      assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
      assertTrue(r.out().contains("error[" + listed.code() + "]"),
          () -> sample + " should stop with " + listed.code() + " (" + listed.reason() + ")\n" + r.all());
      if (UPDATE) Files.deleteIfExists(golden);
      assertTrue(!Files.exists(golden), () -> "stale golden file " + GOLDEN.relativize(golden) + " for a sample that does not lower");
      return;
    }
    assertEquals(Main.OK, r.exit(), () -> sample + " no longer compiles: fix that, or list it in Samples.NOT_COMPILED with the reason\n" + r.all());
    assertEquals("", r.err(), r::all);
    Samples.Result again = Samples.run("compile", Samples.file(sample).toString(), "--emit", emit);
    assertEquals(r.out(), again.out(), () -> "--emit " + emit + " of " + sample + " differs between two runs");
    compare(golden, r.out());
  }

  /** No golden file without a sample that lowers to it. */
  @Test
  void everyGoldenFileBelongsToASampleThatLowers() throws IOException {
    Samples.assertListedSamplesExist();
    List<String> lowered = Samples.names().stream().filter(n -> !Samples.NOT_COMPILED.containsKey(n)).toList();
    List<String> orphans = new ArrayList<>();
    for (String emit : EMITS) {
      Path dir = GOLDEN.resolve(emit);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          String sample = name.endsWith("." + emit) ? name.substring(0, name.length() - emit.length() - 1) : null;
          if (sample != null && lowered.contains(sample)) continue;
          if (UPDATE && sample != null) Files.delete(p);
          else orphans.add(GOLDEN.relativize(p).toString());
        }
      }
    }
    assertTrue(orphans.isEmpty(), () -> "golden files without a sample that lowers to them: " + orphans
        + " (-Dnnc.golden.update=true deletes them)");
  }

  static Path golden(String sample, String emit) {
    return GOLDEN.resolve(emit).resolve(sample + "." + emit);
  }

  /** Compares with the golden file, or writes it in update mode. */
  static void compare(Path expected, String actual) throws IOException {
    boolean exists = Files.exists(expected);
    if (UPDATE) {
      if (!exists || !read(expected).equals(actual)) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      return;
    }
    if (!exists) {
      fail("missing " + GOLDEN.relativize(expected) + "; it would hold:\n" + actual
          + "(run with -Dnnc.golden.update=true to write it)");
    }
    assertEquals(read(expected), actual, () -> GOLDEN.relativize(expected)
        + " differs (run with -Dnnc.golden.update=true to rewrite it, then review the diff)");
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
