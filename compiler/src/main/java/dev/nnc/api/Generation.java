package dev.nnc.api;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Renderer;
import dev.nnc.syntax.Ast;
import dev.nnc.syntax.Parse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The typed APIs of one {@code .nn} file under a source root, as the Maven plugin makes them: the
 * file is checked, each of its models lowered, and one class written per model, in the base
 * package plus the file's folders under the root. Errors come back as diagnostics, never thrown.
 */
public final class Generation {
  private Generation() {}

  /** One generated class: its package, simple name and Java source. */
  public record Generated(String packageName, String className, String source) {
    /** The source file's path under a source root: {@code com/example/FashionMlp.java}. */
    public String path() {
      return (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
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
    Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String packageName = packageOf(basePackage, relative.getParent());
    List<String> sources = new ArrayList<>();
    sources.add(slashes(relative));
    Path dir = file.toAbsolutePath().normalize().getParent();
    List<String> local = new ArrayList<>();
    for (Path dep : dependencies(file)) {
      sources.add(slashes(root.toAbsolutePath().normalize().relativize(dep)));
      local.add(slashes(dir.relativize(dep)));
    }
    Checker checker = new Checker();
    Modules.Module m = checker.checkFile(file, shown);
    if (m.file() == null || checker.diagnostics().hasErrors()) {
      return new Outcome(List.of(), checker.diagnostics().sorted(), sources);
    }
    List<Diagnostic> diagnostics = new ArrayList<>(checker.diagnostics().sorted());
    List<Generated> classes = new ArrayList<>();
    List<String> resources = new ArrayList<>();
    resources.add(file.getFileName().toString());
    resources.addAll(local);
    for (Ast.Block block : Declarations.models(m.file())) {
      String name = block.name().text();
      Ast.Train train = Declarations.train(m.file(), name);
      Long seed = Lower.setting(train, "seed");
      // Lowering builds its graph inside the checker's evaluation: a fresh checker per model.
      Checker again = new Checker();
      Modules.Module mm = again.checkFile(file, shown);
      Lower.Model model = Lower.model(again, mm, name, false, seed != null ? seed : 42);
      if (model == null) {
        for (Diagnostic d : again.diagnostics().sorted()) if (d.isError()) diagnostics.add(d);
        continue;
      }
      if (!SourceVersion.isName(name)) {
        throw new IllegalArgumentException(block.name().span().where() + ": model `" + name + "` is a Java keyword, "
            + "so no class can be named after it; rename the model");
      }
      Signature s = Signature.of(model, Declarations.model(mm.file(), name), Declarations.train(mm.file(), name), resources);
      classes.add(new Generated(packageName, name, Generator.generate(s, packageName).toString()));
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
