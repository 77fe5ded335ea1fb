package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Colour;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.InitialState;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.checkpoint.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the commands that compile a model share: check, lower, and print arrays. */
final class Models {
  private Models() {}

  /** A checked file, or the exit code to stop with (the reason already printed). */
  record Checked(Checker checker, Modules.Module module, int exit) {
    boolean ok() { return exit == Main.OK; }
  }

  /** Checks a file as every command that compiles one starts: a missing or unreadable file is said in one line. */
  static Checked check(Path file, PrintWriter err) {
    if (!Files.exists(file)) {
      err.println("nnc: no such file: " + file);
      return new Checked(null, null, Main.USAGE);
    }
    try {
      dev.nnc.pipeline.Checked c = Pipeline.standard().check(file);
      return new Checked(c.checker(), c.module(), Main.OK);
    } catch (java.io.UncheckedIOException e) {
      err.println("nnc: cannot read " + file + ": " + e.getCause().getMessage());
      return new Checked(null, null, Main.FAULT);
    }
  }

  /**
   * Prints a file's diagnostics as `nnc check` does (in colour on a terminal, unless {@code
   * NO_COLOR} is set) and gives the exit code for them.
   */
  static int diagnostics(Checker checker, PrintWriter out) {
    return diagnostics(checker, out, false);
  }

  /** As {@link #diagnostics(Checker, PrintWriter)}; with {@code json}, as `nnc check --format json` prints them. */
  static int diagnostics(Checker checker, PrintWriter out, boolean json) {
    if (json) {
      out.println(diagnosticsJson(checker));
    } else {
      out.print(Renderer.render(checker.diagnostics().sorted(), Colour.enabled(Colour.Choice.auto)));
    }
    out.flush();
    return Main.INPUT_ERRORS;
  }

  /** The JSON object of `nnc check --format json`, on one line. */
  static String diagnosticsJson(Checker checker) {
    Diagnostics d = checker.diagnostics();
    return Json.write(Renderer.json(d.sorted(), d.errorCount(), d.omitted()));
  }

  /**
   * Before a command binds sizes to a compiled program: a value with more elements than a tensor
   * may have at those sizes ({@link dev.nnc.pipeline.SizeLimit}; {@code batchOption} the option
   * that sets the batch, or null), printed as `nnc check` prints a diagnostic. Returns the exit
   * code to stop with, or null when every value fits.
   */
  static Integer sizeLimit(java.util.Collection<Node> roots, Map<String, Long> sizes, String batchOption, PrintWriter out) {
    dev.nnc.diag.Diagnostic d = dev.nnc.pipeline.SizeLimit.check(roots, sizes, batchOption);
    if (d == null) return null;
    out.print(Renderer.render(java.util.List.of(d)));
    out.flush();
    return Main.INPUT_ERRORS;
  }

  /**
   * The {@code lower.memory} diagnostic, printed, when the initial state {@code inits} of {@code model}
   * would not fit in the heap at {@code bytesPerValue} a value (see {@link InitialState#check});
   * null when it fits, so the command may draw it. Located at the largest value's initializer,
   * else at its declaration in {@code file} ({@link Lower#declaration}), else at the train block's name.
   */
  static Integer stateLimit(String model, Map<String, Node> inits, int bytesPerValue, dev.nnc.syntax.Ast.File file,
      dev.nnc.syntax.Ast.Train train, PrintWriter out) {
    dev.nnc.diag.Diagnostic d = InitialState.check(model, inits, bytesPerValue, name -> {
      dev.nnc.diag.Span at = Lower.declaration(file, model, name);
      if (at == null && train != null) at = train.name().span();
      for (Node n : inits.values()) if (at == null && n.origin() != null) at = n.origin();
      if (at == null && file != null) at = new dev.nnc.diag.Span(file.source(), 0, 0);
      return at;
    });
    if (d == null) return null;
    out.print(Renderer.render(List.of(d)));
    out.flush();
    return Main.INPUT_ERRORS;
  }

  /** A step's values as lowered (with their places in the source), and {@code compiled}, the same step as a device compiles it. */
  static List<Node> roots(Lower.Step step, List<Node> compiled) {
    List<Node> roots = new java.util.ArrayList<>();
    if (step.loss() != null) roots.add(step.loss());
    roots.addAll(step.next().values());
    roots.addAll(compiled);
    return roots;
  }

  /** Writes a command's text to a file, or to standard output. */
  static int emit(String text, Path output, PrintWriter out, PrintWriter err) {
    if (output == null) {
      out.print(text);
      out.flush();
      return Main.OK;
    }
    try {
      Files.writeString(output, text);
      return Main.OK;
    } catch (IOException e) {
      err.println("nnc: cannot write " + output + ": " + e.getMessage());
      return Main.FAULT;
    }
  }

  /** A lowered model, or the exit code to stop with (its diagnostics already printed). */
  record Loaded(Lower.Model model, Checker checker, Modules.Module module, int exit) {}

  static Loaded load(Path file, String name, boolean training, long seed, PrintWriter out, PrintWriter err) {
    Checked c = check(file, err);
    if (!c.ok()) return new Loaded(null, null, null, c.exit());
    Checker checker = c.checker();
    Modules.Module m = c.module();
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Pipeline.standard().lower(checker, m, name, training, seed);
    if (model == null) return new Loaded(null, checker, m, diagnostics(checker, out));
    return new Loaded(model, checker, m, Main.OK);
  }

  /** Binds the size symbols of the inputs' types to the shapes of their values. */
  static Map<String, Long> sizes(Lower.Model model, Map<String, Array> values) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : model.inputs().entrySet()) {
      Array v = values.get(e.getKey());
      if (v == null) continue;
      for (int i = 0; i < Math.min(v.rank(), e.getValue().type().rank()); i++) {
        String s = e.getValue().type().dim(i).asSymbol();
        if (s != null) sizes.putIfAbsent(s, v.shape()[i]);
      }
    }
    return sizes;
  }

  /** An array as nested brackets, numbers to 6 significant digits. */
  static String format(Array a) {
    StringBuilder out = new StringBuilder();
    format(a, 0, 0, out);
    return out.toString();
  }

  private static int format(Array a, int axis, int at, StringBuilder out) {
    if (axis == a.rank()) {
      out.append(number(a.data()[at]));
      return at + 1;
    }
    out.append('[');
    for (long i = 0; i < a.shape()[axis]; i++) {
      if (i > 0) out.append(", ");
      at = format(a, axis + 1, at, out);
    }
    out.append(']');
    return at;
  }

  static String number(double v) {
    return dev.nnc.ir.Printer.number(v, 6);
  }
}
