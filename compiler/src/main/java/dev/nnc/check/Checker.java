package dev.nnc.check;

import dev.nnc.diag.Diagnostics;
import dev.nnc.syntax.Ast;
import java.io.IOException;
import java.nio.file.Path;

/** The front end as one call: parse files, resolve their imports, check names, types and shapes. */
public final class Checker {
  private final Diagnostics diagnostics = new Diagnostics();
  private final Modules modules = new Modules(diagnostics);
  private final Evaluator evaluator = new Evaluator(modules, diagnostics);

  public Diagnostics diagnostics() { return diagnostics; }

  /** Checks one file and returns it parsed; IOException when it cannot be read at all. */
  public Modules.Module checkFile(Path path, String shownName) throws IOException {
    Modules.Module m = modules.loadFile(path, shownName);
    if (m.file() != null) evaluator.checkFile(m);
    return m;
  }

  /** Checks source text (tests, benchmarks) and returns it parsed. */
  public Modules.Module checkText(String name, String text) {
    Modules.Module m = modules.loadText(name, text);
    if (m.file() != null) evaluator.checkFile(m);
    return m;
  }

  public Evaluator evaluator() { return evaluator; }

  /** The parsed file of a module that was checked, or null. */
  public static Ast.File parsed(Modules.Module m) { return m.file(); }
}
