package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden code: the typed API generated for {@code samples/fashion_mlp.nn} and
 * {@code samples/lenet5.nn} must be exactly {@code golden/api/SAMPLE.java}; and the classes of every
 * sample compile with javac against the runtime's classes alone. (The Java only: the model files
 * the classes open are {@link GenerationTest}'s.)
 *
 * <p>{@code -Dnnc.golden.update=true} rewrites the golden files instead of failing; review the diff.
 */
class ApiGoldenTest {
  static final Path SAMPLES = RepoRoot.resolve("samples");
  static final Path GOLDEN = RepoRoot.resolve("compiler/src/test/resources/golden/api");
  static final boolean UPDATE = Boolean.getBoolean("nnc.golden.update");
  /** The runtime module's classes, as its build left them. */
  static final Path RUNTIME_CLASSES = RepoRoot.resolve("runtime/target/classes");
  static final String PACKAGE = "dev.nnc.samples";

  @Test
  void fashionMlp() throws IOException {
    golden("fashion_mlp");
  }

  /** A convolutional model: an image input of rank 4, the plugin packages its programs like the MLP's. */
  @Test
  void lenet5() throws IOException {
    golden("lenet5");
  }

  /**
   * A model that generate programs use: a method and a record of outputs per program
   * ({@code greedy(count, seed)} giving {@code Greedy(int[] tokens)}), beside predict and fit.
   */
  @Test
  void bigramWithGeneratePrograms() throws IOException {
    golden(DECODE, "bigram");
  }

  /** The test file of the decoders: a model with generate programs. */
  static final Path DECODE = RepoRoot.resolve("compiler/src/test/resources/decode");

  private static void golden(String sample) throws IOException {
    golden(SAMPLES, sample);
  }

  private static void golden(Path root, String sample) throws IOException {
    String shown = root.getFileName() + "/" + sample + ".nn";
    Generation.Outcome o = Generation.compile(root, root.resolve(sample + ".nn"), shown, PACKAGE, false);
    assertFalse(o.failed(), () -> o.diagnostics().toString());
    assertEquals(1, o.classes().size());
    String source = o.classes().get(0).source();
    assertEquals(source, Generation.compile(root, root.resolve(sample + ".nn"), shown, PACKAGE, false)
        .classes().get(0).source(), "the generated code differs between two runs");
    Path golden = GOLDEN.resolve(sample + ".java");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, source);
      return;
    }
    assertTrue(Files.exists(golden), () -> "no golden file " + golden + "; write it with -Dnnc.golden.update=true");
    assertEquals(Files.readString(golden), source, () -> "generated API of " + sample + " differs from " + golden
        + "; if the change is intended, rewrite it with -Dnnc.golden.update=true and review the diff");
  }

  /** Every sample's classes are valid Java that compiles against the runtime's classes alone. */
  @Test
  void everySamplesApiCompiles(@TempDir Path out) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> samples = Files.list(SAMPLES)) {
      for (Path nn : samples.filter(p -> p.toString().endsWith(".nn")).sorted().toList()) {
        Generation.Outcome o = Generation.compile(SAMPLES, nn, nn.toString(), PACKAGE, false);
        assertFalse(o.failed(), () -> nn + ": " + o.diagnostics());
        assertFalse(o.classes().isEmpty(), () -> nn + " gave no class");
        for (Generation.Generated g : o.classes()) {
          Path java = out.resolve("src").resolve(g.path());
          Files.createDirectories(java.getParent());
          Files.writeString(java, g.source());
          files.add(java);
        }
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path classes = Files.createDirectories(out.resolve("classes"));
      List<String> options = List.of("-d", classes.toString(), "-classpath", RUNTIME_CLASSES.toString(), "-Xlint:all", "-Werror");
      StringWriter log = new StringWriter();
      boolean ok = javac.getTask(log, fm, problems, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      assertTrue(ok, () -> log + problems.getDiagnostics().toString());
    }
  }
}
