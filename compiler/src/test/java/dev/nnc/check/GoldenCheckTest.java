package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Renderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diagnostics: every {@code golden/check/**}{@code /*.nn} is checked in-process under its
 * name relative to the golden directory, and its raw diagnostics must equal the sibling
 * {@code .out} exactly (one {@code file:line:col: code: message} line each, in
 * {@code Diagnostics.sorted()} order; empty when the file checks cleanly). A sibling
 * {@code .rendered}, where there is one, pins the human rendering too.
 *
 * <p>{@code -Dnnc.golden.update=true} rewrites the {@code .out} files (and the existing
 * {@code .rendered} ones) instead of failing; review the diff before committing it.
 */
class GoldenCheckTest {
  static final Path DIR = RepoRoot.resolve("compiler/src/test/resources/golden/check");
  static final boolean UPDATE = Boolean.getBoolean("nnc.golden.update");

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.walk(DIR)) {
      cases = files.filter(p -> p.toString().endsWith(".nn") && Files.isRegularFile(p)).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no golden cases under " + DIR);
    return cases.stream().map(p -> DynamicTest.dynamicTest(shownName(p), p.toUri(), () -> check(p)));
  }

  static String shownName(Path file) {
    return DIR.relativize(file).toString().replace('\\', '/');
  }

  private static void check(Path file) throws IOException {
    String name = shownName(file);
    Checker checker = new Checker();
    checker.checkFile(file, name);
    List<Diagnostic> found = checker.diagnostics().sorted();
    compare(sibling(file, ".out"), Renderer.raw(found), true);
    compare(sibling(file, ".rendered"), Renderer.render(found), false);
  }

  /** Compares with the expectation file, or writes it in update mode. */
  private static void compare(Path expected, String actual, boolean required) throws IOException {
    boolean exists = Files.exists(expected);
    if (!exists && !required) return;
    if (UPDATE) {
      if (!exists || !read(expected).equals(actual)) Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!exists) {
      fail("missing " + DIR.relativize(expected) + "; it would hold:\n" + actual
          + "(run with -Dnnc.golden.update=true to write it)");
    }
    assertEquals(read(expected), actual, () -> DIR.relativize(expected)
        + " differs (run with -Dnnc.golden.update=true to rewrite it, then review the diff)");
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static Path sibling(Path nn, String extension) {
    String base = nn.getFileName().toString();
    return nn.resolveSibling(base.substring(0, base.length() - ".nn".length()) + extension);
  }
}
