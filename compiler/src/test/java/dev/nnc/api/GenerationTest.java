package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling one file of a source tree: packages from folders, local imports, located errors. */
class GenerationTest {
  @TempDir Path root;

  private Path write(String name, String text) throws Exception {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  static final String LAYER = """
      use std.nn.{Linear}
      use std.act.{relu}

      layer Block(n: int) {
        fc = Linear(n, n)
        fn (x: f32[B, n]) -> f32[B, n] = relu(fc(x))
      }
      """;

  @Test
  void aFileInAFolderImportingALocalModule() throws Exception {
    write("models/parts/blocks.nn", LAYER);
    Path nn = write("models/net.nn", """
        use parts.blocks.{Block}
        use std.nn.{Linear}

        model Net {
          input x: f32[B, 4]
          block = Block(4)
          out = Linear(4, 1)
          output y = out(block(x))
        }
        """);
    assertEquals(List.of(root.resolve("models/parts/blocks.nn")), Generation.dependencies(nn));
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "com.example");
    assertEquals(List.of(), o.diagnostics());
    assertEquals(List.of("models/net.nn", "models/parts/blocks.nn"), o.sources());
    assertEquals(1, o.classes().size());
    Generation.Generated g = o.classes().get(0);
    assertEquals("com/example/models/Net.java", g.path());
    assertTrue(g.source().contains("List.of(\"net.nn\", \"parts/blocks.nn\")"), g.source());
    assertTrue(g.source().contains("No train block trains it"), g.source());
  }

  /** A size that no input's length determines becomes a component of the Input record, after the arrays. */
  @Test
  void anOpenSizeIsARecordComponent() throws Exception {
    Path nn = write("seq.nn", """
        use std.nn.{Linear}

        model Seq {
          input x: f32[B, T, 4]
          fc = Linear(4, 2)
          output y = fc(x)
        }
        """);
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "p");
    assertEquals(List.of(), o.diagnostics());
    String java = o.classes().get(0).source();
    assertTrue(java.contains("public record Input(float[] x, int T) {"), java);
    assertTrue(java.contains("@param T the size {@code T}, which the inputs' lengths do not determine"), java);
    assertTrue(java.contains("Session.Result result = session.predict(values, Map.of(\"T\", (long) input.T()));"), java);
    assertTrue(java.contains("public record Output(float[] y) {"), java);
  }

  @Test
  void errorsAreLocatedLinesWithTheSourceBelow() throws Exception {
    Path nn = write("bad.nn", """
        use std.nn.{Linear}

        model Bad {
          input x: f32[B, 3]
          fc = Linear(4, 2)
          output y = fc(x)
        }
        """);
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "");
    assertTrue(o.failed());
    assertEquals(List.of(), o.classes());
    List<String> lines = Generation.lines(o.diagnostics().get(0));
    assertTrue(lines.get(0).startsWith(nn + ":6:17: error[shape.arg]: "), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.contains("output y = fc(x)")), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.trim().startsWith("|") && l.contains("^")), lines::toString);
  }

  @Test
  void foldersMustBeJavaNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generation.packageOf("com.example", Path.of("my-models")));
    assertEquals("`com.example.my-models` is not a Java package name; rename the folder or set packageName", e.getMessage());
    assertEquals("", Generation.packageOf("", null));
    assertEquals("a.b", Generation.packageOf("", Path.of("a/b")));
  }
}
