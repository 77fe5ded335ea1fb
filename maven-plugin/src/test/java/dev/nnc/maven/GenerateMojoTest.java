package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal as Maven runs it, on the sample application's model: the build it fails, the roots it adds. */
class GenerateMojoTest {
  @TempDir Path project;

  /** Maven's log, kept. */
  static final class Log extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override public void info(CharSequence s) { lines.add("[INFO] " + s); }

    @Override public void warn(CharSequence s) { lines.add("[WARNING] " + s); }

    @Override public void error(CharSequence s) { lines.add("[ERROR] " + s); }
  }

  private GenerateMojo mojo(MavenProject maven, Log log) {
    GenerateMojo m = new GenerateMojo();
    m.sourceDirectory = project.resolve("src/main/nn").toFile();
    m.outputDirectory = project.resolve("target/generated-sources/nnc").toFile();
    m.resourceDirectory = project.resolve("target/generated-resources/nnc").toFile();
    m.buildDirectory = project.resolve("target").toFile();
    m.packageName = "dev.nnc.example";
    m.project = maven;
    m.setLog(log);
    return m;
  }

  private Path model(String text) throws Exception {
    Path nn = project.resolve("src/main/nn/spirals.nn");
    Files.createDirectories(nn.getParent());
    Files.writeString(nn, text);
    return nn;
  }

  @Test
  void aModelWithAnErrorFailsTheBuildWithTheLocatedMessage() throws Exception {
    Path nn = model(Files.readString(ModelBuildTest.SAMPLE).replace("Linear(hidden, 2)", "Linear(hidden, 2, 3)"));
    Log log = new Log();
    MavenProject maven = new MavenProject();
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(maven, log).execute());
    assertEquals("nnc: 1 error in the models under " + nn.getParent() + "; see the messages above", e.getMessage());
    assertTrue(log.lines.get(0).matches("\\[ERROR\\] " + java.util.regex.Pattern.quote(nn.toString()) + ":15:\\d+: error\\[[a-z.]+\\]: .*"),
        log.lines::toString);
    assertTrue(log.lines.stream().anyMatch(l -> l.contains("15 |   fc3 = Linear(hidden, 2, 3)")), log.lines::toString);
    assertEquals(List.of(), maven.getCompileSourceRoots());
  }

  @Test
  void aGoodModelAddsItsClassesAndResources() throws Exception {
    model(Files.readString(ModelBuildTest.SAMPLE));
    Log log = new Log();
    MavenProject maven = new MavenProject();
    mojo(maven, log).execute();
    File java = project.resolve("target/generated-sources/nnc").toFile();
    assertEquals(List.of("[INFO] nnc: 1 model file, 1 compiled, 0 up to date; 1 class in " + java), log.lines);
    assertEquals(List.of(java.getPath()), maven.getCompileSourceRoots());
    assertEquals(List.of(project.resolve("target/generated-resources/nnc").toString()),
        maven.getResources().stream().map(Resource::getDirectory).toList());
    assertTrue(Files.isRegularFile(project.resolve("target/generated-resources/nnc/dev/nnc/example/Spirals.nnm")));

    // Run again in the same build (as an IDE may): nothing compiled, no root added twice.
    Log again = new Log();
    mojo(maven, again).execute();
    assertEquals(List.of("[INFO] nnc: 1 model file, 0 compiled, 1 up to date; 1 class in " + java), again.lines);
    assertEquals(1, maven.getResources().size());
  }
}
