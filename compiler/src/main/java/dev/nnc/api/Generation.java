package dev.nnc.api;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Renderer;
import dev.nnc.exec.Device;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.syntax.Ast;
import dev.nnc.syntax.Parse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The typed APIs of one {@code .nn} file under a source root, as the Maven plugin makes them: the
 * file is checked, each of its models lowered, and one class written per model, in the base
 * package plus the file's folders under the root, with the model file it opens: the model's
 * programs compiled for the JVM backend and exported, so that the class runs with the runtime
 * alone. Errors come back as diagnostics, never thrown; a program the JVM backend cannot run is
 * one, located at the model's name.
 */
public final class Generation {
  private Generation() {}

  /**
   * One generated class: its package, simple name and Java source, and the model file it opens
   * ({@link ModelFile}: the model's programs compiled for the JVM backend, its initial state).
   */
  public record Generated(String packageName, String className, String source, byte[] model) {
    public Generated {
      model = model.clone();
    }

    /** The source file's path under a source root: {@code com/example/FashionMlp.java}. */
    public String path() {
      return folder() + className + ".java";
    }

    /** The model file's path under a resource root: {@code com/example/FashionMlp.nnm}. */
    public String modelPath() {
      return folder() + Generator.modelResource(className);
    }

    @Override public byte[] model() {
      return model.clone();
    }

    private String folder() {
      return packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    }
  }

  /**
   * What compiling one file gave: its classes, its diagnostics (errors and warnings, sorted), and
   * the files it was made from, relative to the source root: the file, then the local modules it
   * imports.
   */
  public record Outcome(List<Generated> classes, List<Diagnostic> diagnostics, List<String> sources) {
    public Outcome {
      classes = List.copyOf(classes);
      diagnostics = List.copyOf(diagnostics);
      sources = List.copyOf(sources);
    }

    public boolean failed() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * Compiles {@code file}, which lies under {@code root}; diagnostics name it by {@code shown}
   * (the plugin gives its absolute path, so IDEs link the messages).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a folder or a model's name cannot be a Java name
   */
  public static Outcome compile(Path root, Path file, String shown, String basePackage) throws IOException {
    return compile(root, file, shown, basePackage, true);
  }

  /** {@link #compile}, with {@code packaged} false for the classes alone (their model files empty), as tests of the Java need. */
  static Outcome compile(Path root, Path file, String shown, String basePackage, boolean packaged) throws IOException {
    Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String packageName = packageOf(basePackage, relative.getParent());
    List<String> sources = new ArrayList<>();
    sources.add(slashes(relative));
    for (Path dep : dependencies(file)) sources.add(slashes(root.toAbsolutePath().normalize().relativize(dep)));
    Checker checker = new Checker();
    Modules.Module m = checker.checkFile(file, shown);
    if (m.file() == null || checker.diagnostics().hasErrors()) {
      return new Outcome(List.of(), checker.diagnostics().sorted(), sources);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(checker.diagnostics().sorted());
    List<Generated> classes = new ArrayList<>();
    for (Ast.Block block : Declarations.models(m.file())) {
      String name = block.name().text();
      Ast.Train train = Declarations.train(m.file(), name);
      Long given = Lower.setting(train, "seed");
      long seed = given != null ? given : 42;
      // Lowering builds its graph inside the checker's evaluation: a fresh checker per lowering.
      Checker again = new Checker();
      Lower.Model model = Pipeline.standard().lower(again, again.checkFile(file, shown), name, false, seed);
      if (model == null) {
        for (Diagnostic d : again.diagnostics().sorted()) if (d.isError()) diagnostics.add(d);
        continue;
      }
      if (Declarations.hasOptimizer(train)) {
        Checker step = new Checker();
        if (Pipeline.standard().step(step, step.checkFile(file, shown), name, seed) == null) {
          for (Diagnostic d : step.diagnostics().sorted()) if (d.isError()) diagnostics.add(d);
          continue;
        }
      }
      if (!SourceVersion.isName(name)) {
        throw new IllegalArgumentException(block.name().span().where() + ": model `" + name + "` is a Java keyword, "
            + "so no class can be named after it; rename the model");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<Lowered.SampleProgram> samples;
      try {
        if (packaged) {
          Lowered lowered = new Lowered(new ModelSource.File(file, sources.get(0)), name);
          ModelFile exported = lowered.export();
          exported.write(out);
          // The sample programs the model file holds (one the JVM backend cannot run is left out).
          samples = lowered.samples().stream().filter(p -> exported.samples().containsKey(p.name())).toList();
        } else {
          Map<String, dev.nnc.shape.TensorType> params = new java.util.LinkedHashMap<>();
          model.params().forEach((param, node) -> params.put(param, node.type()));
          samples = Lowered.samples(new ModelSource.File(file, shown), name, params);
        }
      } catch (Device.UnsupportedProgram e) {
        diagnostics.add(Diagnostic.of(Code.LOWER_UNSUPPORTED, block.name().span(), "model `" + name + "` on the JVM backend, where its "
            + "generated class runs it,").hint(e.getMessage()));
        continue;
      }
      Signature s = Signature.of(model, block, train, sources.get(0), samples);
      classes.add(new Generated(packageName, name, Generator.generate(s, packageName).toString(), out.toByteArray()));
    }
    return new Outcome(classes, diagnostics, sources);
  }

  /** The package of the classes of a file in {@code folder} (relative to the source root, or null). */
  public static String packageOf(String basePackage, Path folder) {
    StringBuilder out = new StringBuilder(basePackage);
    if (folder != null) {
      for (Path part : folder) {
        if (out.length() > 0) out.append('.');
        out.append(part);
      }
    }
    if (out.length() > 0 && !SourceVersion.isName(out)) {
      throw new IllegalArgumentException("`" + out + "` is not a Java package name; rename the folder or set packageName");
    }
    return out.toString();
  }

  /** The local modules a file imports, directly or through each other, as absolute paths in the order first imported. */
  public static List<Path> dependencies(Path file) {
    Set<Path> seen = new LinkedHashSet<>();
    Path main = file.toAbsolutePath().normalize();
    collect(main, seen);
    seen.remove(main);
    return List.copyOf(seen);
  }

  private static void collect(Path file, Set<Path> seen) {
    if (!seen.add(file)) return;
    Ast.File parsed;
    try {
      Diagnostics ignored = new Diagnostics();
      var source = Parse.decode(file.toString(), Files.readAllBytes(file), false, ignored);
      parsed = source == null ? null : Parse.file(source, ignored);
    } catch (IOException e) {
      return; // the checker reports a module it cannot read
    }
    if (parsed == null) return;
    for (Ast.Use use : parsed.uses()) {
      List<String> path = use.path().stream().map(Ast.Name::text).toList();
      if (path.get(0).equals("std")) continue;
      Path dep = file.getParent().resolve(String.join("/", path) + ".nn").normalize();
      if (Files.isRegularFile(dep)) collect(dep, seen);
    }
  }

  /**
   * A diagnostic as build-log lines: first {@code file:line:col: error[code]: message}, which IDEs
   * turn into a link, then the source line with its caret, the notes and the hint.
   */
  public static List<String> lines(Diagnostic d) {
    List<String> out = new ArrayList<>();
    String[] rendered = Renderer.render(d).split("\n");
    out.add(d.span().where() + ": " + rendered[0]);
    for (int i = 1; i < rendered.length; i++) out.add(rendered[i]);
    return out;
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }
}
