package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.model.ModelFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's work apart from Maven: what it writes, what it leaves alone on a second build, how it reports errors. */
class ModelBuildTest {
  @TempDir Path project;

  /** The sample application's model, which these tests build as the plugin builds it there. */
  static final Path SAMPLE = RepoRoot.resolve("samples/maven-app/src/main/nn/spirals.nn");

  static final String BLOCK = """
      use std.nn.{Linear}
      use std.act.{relu}

      layer Block(n: int) {
        fc = Linear(n, n)
        fn (x: f32[B, n]) -> f32[B, n] = relu(fc(x))
      }
      """;

  static final String REGRESSOR = """
      use layers.blocks.{Block}
      use std.nn.{Linear}
      use std.loss.{mse}
      use std.optim.{SGD}

      model Regressor {
        input x: f32[B, 1]
        target y: f32[B, 1]
        block = Block(1)
        out = Linear(1, 1)
        output pred = out(block(x))
        loss mse(pred, y)
      }

      train Regressor {
        data      linear(n: 16)
        optimizer SGD(lr: 0.05)
      }
      """;

  /** Lines the build logged, each with its level. */
  static final class Lines implements ModelBuild.Log {
    final List<String> all = new ArrayList<>();

    @Override public void info(String line) { all.add("info " + line); }

    @Override public void warn(String line) { all.add("warn " + line); }

    @Override public void error(String line) { all.add("error " + line); }

    List<String> errors() { return all.stream().filter(l -> l.startsWith("error ")).map(l -> l.substring(6)).toList(); }
  }

  private Path sources() { return project.resolve("src/main/nn"); }

  private Path java() { return project.resolve("target/generated-sources/nnc"); }

  private Path resources() { return project.resolve("target/generated-resources/nnc"); }

  private ModelBuild.Report build(Lines log) throws Exception {
    ModelBuild.Settings s = new ModelBuild.Settings(sources(), java(), resources(), project.resolve("target/nnc/stamps.properties"),
        "com.example");
    return new ModelBuild(s, log).run();
  }

  private Path write(String name, String text) throws Exception {
    Path p = sources().resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  /** Every file under the folder with its modification time. */
  private static Map<Path, FileTime> times(Path dir) throws Exception {
    Map<Path, FileTime> out = new HashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) out.put(p, Files.getLastModifiedTime(p));
    }
    return out;
  }

  @Test
  void aSecondBuildWithNoChangeCompilesNoModel() throws Exception {
    write("spirals.nn", Files.readString(SAMPLE));
    write("regressor.nn", REGRESSOR);
    write("layers/blocks.nn", BLOCK);
    Lines log = new Lines();
    assertEquals(new ModelBuild.Report(3, 3, 2, 0), build(log));
    assertEquals(List.of(), log.all);
    assertTrue(Files.isRegularFile(java().resolve("com/example/Spirals.java")));
    for (String model : List.of("Spirals", "Regressor")) {
      try (InputStream in = Files.newInputStream(resources().resolve("com/example/" + model + ".nnm"))) {
        assertEquals(model, ModelFile.read(in).spec().model());
      }
    }
    Map<Path, FileTime> before = times(project.resolve("target"));
    Files.setLastModifiedTime(java().resolve("com/example/Spirals.java"), FileTime.fromMillis(0));
    before.put(java().resolve("com/example/Spirals.java"), FileTime.fromMillis(0));

    assertEquals(new ModelBuild.Report(3, 0, 2, 0), build(log), "a second build with no change compiles no model");
    Map<Path, FileTime> after = times(project.resolve("target"));
    after.remove(project.resolve("target/nnc/stamps.properties"));
    before.remove(project.resolve("target/nnc/stamps.properties"));
    assertEquals(before, after, "a build with no change rewrites nothing");

    // A change to an imported module compiles the files that import it, and only those.
    write("layers/blocks.nn", BLOCK.replace("relu(fc(x))", "relu(fc(x)) + x"));
    assertEquals(new ModelBuild.Report(3, 2, 2, 0), build(log));
    assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(java().resolve("com/example/Spirals.java")));

    // A missing model file compiles its model again.
    Files.delete(resources().resolve("com/example/Spirals.nnm"));
    assertEquals(new ModelBuild.Report(3, 1, 2, 0), build(log));
    assertTrue(Files.isRegularFile(resources().resolve("com/example/Spirals.nnm")));

    // A deleted file takes its class and its model file with it.
    Files.delete(sources().resolve("regressor.nn"));
    assertEquals(new ModelBuild.Report(2, 0, 1, 0), build(log));
    assertFalse(Files.exists(java().resolve("com/example/Regressor.java")));
    assertFalse(Files.exists(resources().resolve("com/example/Regressor.nnm")));
  }

  @Test
  void anErrorIsReportedAsAFileLineColumnLineAboveTheSource() throws Exception {
    Path nn = write("spirals.nn", Files.readString(SAMPLE).replace("fc2(relu(fc1(x)))", "fc2(relu(fc2(x)))"));
    Lines log = new Lines();
    ModelBuild.Report r = build(log);
    assertEquals(1, r.errors());
    assertEquals(0, r.classes());
    List<String> errors = log.errors();
    assertEquals(nn + ":16:34: error[shape.arg]: `fc2` expects f32[..., 32] but its argument is f32[B, 2]", errors.get(0));
    assertTrue(errors.contains(" 16 |   logits = fc3(relu(fc2(relu(fc2(x)))))"), errors::toString);
    assertTrue(errors.contains("    |                                  ^ f32[B, 2]"), errors::toString);
    assertTrue(log.all.contains("warn " + nn + ":13:3: warning[name.unused]: `fc1` is defined but never used"), log.all::toString);
    assertFalse(Files.exists(java().resolve("com/example/Spirals.java")));

    // The file is compiled again on the next build, and gives its class once fixed.
    assertEquals(1, build(new Lines()).errors());
    write("spirals.nn", Files.readString(SAMPLE));
    assertEquals(new ModelBuild.Report(1, 1, 1, 0), build(new Lines()));
  }

  /** A model whose programs the JVM backend cannot run is an error at its name, not a class that falls back. */
  @Test
  void aModelTheJvmBackendCannotRunFailsTheBuild() throws Exception {
    // The selected rows are an output, whose size only the data gives (the unmask pass rewrites only reductions of them).
    Path nn = write("picked.nn", """
        model Picked {
          input x: f32[N, 3]
          input mask: bool[N]
          output picked = x[mask]
        }
        """);
    Lines log = new Lines();
    assertEquals(new ModelBuild.Report(1, 1, 0, 1), build(log));
    assertTrue(log.errors().get(0).matches(java.util.regex.Pattern.quote(nn.toString()) + ":\\d+:\\d+: error\\[lower\\.unsupported\\]: "
        + "model `Picked` on the JVM backend, where its generated class runs it, cannot be compiled yet"), log.all::toString);
    assertFalse(Files.exists(java().resolve("com/example/Picked.java")));
    assertFalse(Files.exists(resources().resolve("com/example/Picked.nnm")));
  }

  @Test
  void twoFilesMayNotGiveOneClass() throws Exception {
    write("spirals.nn", Files.readString(SAMPLE));
    assertEquals(0, build(new Lines()).errors());
    Path copy = write("zzz.nn", Files.readString(SAMPLE));
    Lines log = new Lines();
    assertEquals(new ModelBuild.Report(2, 1, 1, 1), build(log));
    assertEquals(List.of(copy + ": model Spirals gives the class com.example.Spirals, which " + sources().resolve("spirals.nn")
        + " gives too; rename one of the models"), log.errors());
    assertEquals(1, build(new Lines()).errors(), "the clash is reported again on the next build");
  }

  /** A file compiled again whose class comes out the same leaves the class file as it was, so javac has nothing to do. */
  @Test
  void anUnchangedClassIsNotRewritten() throws Exception {
    Path nn = write("spirals.nn", Files.readString(SAMPLE));
    build(new Lines());
    Path java = java().resolve("com/example/Spirals.java");
    Files.setLastModifiedTime(java, FileTime.fromMillis(0));
    Files.writeString(nn, Files.readString(SAMPLE) + "\n// a comment changes the file, not the class\n");
    assertEquals(new ModelBuild.Report(1, 1, 1, 0), build(new Lines()));
    assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(java));
  }

  @Test
  void noSourceFolderIsNoModel() throws Exception {
    assertEquals(new ModelBuild.Report(0, 0, 0, 0), build(new Lines()));
  }
}
