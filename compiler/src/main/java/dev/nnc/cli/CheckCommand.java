package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.diag.Colour;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnc check FILE...}: names, types and shapes, with diagnostics or "ok". */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks .nn files: syntax, names, types and every tensor shape.")
final class CheckCommand implements Callable<Integer> {
  enum Format { human, raw, json }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = ".nn files to check")
  List<Path> files;

  @Option(names = "--format", defaultValue = "human",
      description = "human (source, caret, hint), raw (one file:line:col: code: message line each) or json (one object: "
          + "the diagnostics with file, line, column, code, message, hint...); default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
      description = "colour the human format: auto (default: on a terminal, unless NO_COLOR is set), always or never")
  Colour.Choice color;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Checker checker = new Checker();
    for (Path file : files) {
      if (!Files.exists(file)) {
        err.println("nnc: no such file: " + file);
        return Main.USAGE;
      }
      try {
        checker.checkFile(file, file.toString());
      } catch (NoSuchFileException e) {
        err.println("nnc: no such file: " + file);
        return Main.USAGE;
      } catch (IOException e) {
        err.println("nnc: cannot read " + file + ": " + e.getMessage());
        return Main.FAULT;
      }
    }
    List<Diagnostic> found = checker.diagnostics().sorted();
    int omitted = checker.diagnostics().omitted();
    String more = "and " + omitted + " more error" + (omitted == 1 ? "" : "s") + " not shown (at most "
        + Diagnostics.MAX_ERRORS + " are reported; fix these first)";
    if (format == Format.json) {
      out.println(Models.diagnosticsJson(checker));
    } else if (format == Format.raw) {
      out.print(Renderer.raw(found));
      if (omitted > 0) err.println("nnc: " + more); // raw output stays one line per diagnostic
    } else {
      out.print(Renderer.render(found, Colour.enabled(color)));
      if (omitted > 0) out.println("... " + more);
      int errors = checker.diagnostics().errorCount();
      if (errors == 0) {
        out.println(files.size() == 1 ? files.get(0) + ": ok" : files.size() + " files: ok");
      } else {
        out.println(errors == 1 ? "1 error" : errors + " errors");
      }
    }
    out.flush();
    return checker.diagnostics().hasErrors() ? Main.INPUT_ERRORS : Main.OK;
  }
}
