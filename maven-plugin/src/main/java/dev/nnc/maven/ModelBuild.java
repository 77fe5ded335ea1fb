package dev.nnc.maven;

import dev.nnc.api.Generation;
import dev.nnc.diag.Diagnostic;
import dev.nnc.runtime.jvm.ProgramImage;
import dev.nnc.runtime.model.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of the goal, apart from Maven: every {@code .nn} file under the source folder whose
 * inputs changed since the last run is compiled into typed classes under the Java output folder,
 * each with its model file (its programs compiled for the JVM backend and its initial state) under
 * the resource folder, at its package's path, for the class to open with the runtime alone.
 * Unchanged files are not compiled again, and an output is only rewritten when its bytes change,
 * so javac sees no change either.
 */
final class ModelBuild {
  /** Where the build reads and writes; {@code packageName} is the package of the files at the source root. */
  record Settings(Path sources, Path javaOut, Path resourcesOut, Path stampFile, String packageName) {}

  /** Where messages go: Maven's log in a build, a list in tests. */
  interface Log {
    void info(String line);

    void warn(String line);

    void error(String line);
  }

  /**
   * What a run did: {@code files} .nn files seen, {@code compiled} of them compiled (the others
   * were up to date), {@code classes} classes written or kept, {@code errors} diagnostics that
   * fail the build.
   */
  record Report(int files, int compiled, int classes, int errors) {}

  private final Settings settings;
  private final Log log;

  ModelBuild(Settings settings, Log log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * Runs the build.
   *
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException when a folder or model name cannot be a Java name
   */
  Report run() throws IOException {
    Path root = settings.sources().toAbsolutePath().normalize();
    List<String> files = Files.isDirectory(root) ? nnFiles(root) : List.of();
    Stamps stamps = Stamps.read(settings.stampFile());

    // First the files that are up to date, so that a changed file cannot take their classes.
    int compiled = 0, classes = 0, errors = 0;
    Map<String, String> owners = new HashMap<>(); // each generated file, and the .nn file it came from
    List<String> changed = new ArrayList<>();
    for (String nn : files) {
      Stamps.Stamp old = stamps.get(nn);
      if (old != null && !old.sources().isEmpty() && old.sources().get(0).equals(nn)
          && old.digest().equals(Stamps.digest(salt(), root, old.sources())) && outputsExist(old)) {
        classes += classes(old.outputs());
        for (String out : old.outputs()) owners.put(out, nn);
      } else {
        changed.add(nn);
      }
    }
    for (String nn : changed) {
      compiled++;
      Stamps.Stamp old = stamps.get(nn);
      stamps.remove(nn);
      Path file = root.resolve(nn);
      Generation.Outcome o = Generation.compile(root, file, file.toString(), settings.packageName());
      for (Diagnostic d : o.diagnostics()) {
        for (String line : Generation.lines(d)) {
          if (d.isError()) log.error(line);
          else log.warn(line);
        }
        if (d.isError()) errors++;
      }
      if (o.failed()) {
        if (old != null) delete(old.outputs());
        continue;
      }
      List<String> outputs = new ArrayList<>();
      boolean clash = false;
      for (Generation.Generated g : o.classes()) {
        String other = owners.putIfAbsent(g.path(), nn);
        if (other != null) {
          log.error(file + ": model " + g.className() + " gives the class " + g.packageName() + "." + g.className()
              + ", which " + root.resolve(other) + " gives too; rename one of the models");
          errors++;
          clash = true;
          continue;
        }
        writeIfChanged(output(g.path()), g.source().getBytes(StandardCharsets.UTF_8));
        writeIfChanged(output(g.modelPath()), g.model());
        outputs.add(g.path());
        outputs.add(g.modelPath());
      }
      if (old != null) {
        List<String> gone = new ArrayList<>(old.outputs());
        gone.removeAll(outputs);
        delete(gone);
      }
      classes += classes(outputs);
      String digest = Stamps.digest(salt(), root, o.sources());
      // A file with a clash is compiled again next time, so the error is not forgotten.
      if (digest != null && !clash) stamps.put(nn, new Stamps.Stamp(digest, o.sources(), outputs));
    }
    Set<String> present = new HashSet<>(files);
    for (String nn : stamps.files()) {
      if (present.contains(nn)) continue;
      delete(stamps.get(nn).outputs());
      stamps.remove(nn);
    }
    stamps.write(settings.stampFile());
    return new Report(files.size(), compiled, classes, errors);
  }

  /** The .nn files under the root, relative to it with '/', sorted. */
  private static List<String> nnFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(".nn") && Files.isRegularFile(p))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  /** How many of the outputs are classes (the others are their model files). */
  private static int classes(List<String> outputs) {
    return (int) outputs.stream().filter(o -> o.endsWith(".java")).count();
  }

  /** Where an output lies: a class under the Java folder, a model file under the resource folder. */
  private Path output(String path) {
    return (path.endsWith(".java") ? settings.javaOut() : settings.resourcesOut()).resolve(path);
  }

  private boolean outputsExist(Stamps.Stamp s) {
    return s.outputs().stream().allMatch(o -> Files.isRegularFile(output(o)));
  }

  private void delete(List<String> outputs) throws IOException {
    for (String o : outputs) Files.deleteIfExists(output(o));
  }

  private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return;
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /**
   * What every output depends on beside its sources: the nnc that compiled it, the formats of the
   * model files and program images it wrote, and the package it is in.
   */
  private String salt() {
    return "nnc " + NNC_VERSION + "\nmodel file " + ModelFile.VERSION + "\nprogram image " + ProgramImage.VERSION
        + "\npackage " + settings.packageName() + "\n";
  }

  /** The version of the nnc compiler on the plugin's class path. */
  static final String NNC_VERSION = version();

  private static String version() {
    try (InputStream in = Generation.class.getResourceAsStream("/nnc-version.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
