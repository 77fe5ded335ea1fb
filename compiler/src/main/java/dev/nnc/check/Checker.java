package dev.nnc.check;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Span;
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
    if (m.file() != null) check(m);
    return m;
  }

  /** Checks source text (tests, benchmarks) and returns it parsed. */
  public Modules.Module checkText(String name, String text) {
    Modules.Module m = modules.loadText(name, text);
    if (m.file() != null) check(m);
    return m;
  }

  /**
   * Checks a parsed module. The parser bounds nesting (syntax.depth), so the checker's recursion
   * is bounded too; should a program still be too deep for the stack, it is syntax.depth at the
   * file's start, never a stack trace.
   */
  private void check(Modules.Module m) {
    try {
      evaluator.checkFile(m);
    } catch (StackOverflowError e) {
      Ast.File f = m.file();
      Span at = new Span(f.source(), 0, 0);
      diagnostics.report(Diagnostic.of(Code.SYNTAX_DEPTH, at, "the checker can follow")
          .hint("split deep expressions into named parts"));
    }
  }

  public Evaluator evaluator() { return evaluator; }

  /** The parsed file of a module that was checked, or null. */
  public static Ast.File parsed(Modules.Module m) { return m.file(); }
}
