package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the commands that compile a model share: check, lower, and print arrays. */
final class Models {
  private Models() {}

  /** A lowered model, or the exit code to stop with (its diagnostics already printed). */
  record Loaded(Lower.Model model, Checker checker, Modules.Module module, int exit) {}

  static Loaded load(Path file, String name, boolean training, long seed, PrintWriter out, PrintWriter err) {
    if (!Files.exists(file)) {
      err.println("nnc: no such file: " + file);
      return new Loaded(null, null, null, Main.USAGE);
    }
    Checker checker = new Checker();
    Modules.Module m;
    try {
      m = checker.checkFile(file, file.toString());
    } catch (IOException e) {
      err.println("nnc: cannot read " + file + ": " + e.getMessage());
      return new Loaded(null, null, null, Main.FAULT);
    }
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, name, training, seed);
    if (model == null) {
      out.print(Renderer.render(checker.diagnostics().sorted()));
      out.flush();
      return new Loaded(null, checker, m, Main.INPUT_ERRORS);
    }
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
