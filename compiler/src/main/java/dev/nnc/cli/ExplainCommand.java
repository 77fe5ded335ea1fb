package dev.nnc.cli;

import dev.nnc.diag.Code;
import dev.nnc.diag.Explanations;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nnc explain CODE}: the long explanation of a diagnostic code. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explains a diagnostic code, with an example and the fix.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODE", arity = "0..1", description = "a code such as shape.arg")
  String key;

  @picocli.CommandLine.Option(names = "--list", description = "list every code (warnings marked)")
  boolean list;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    if (list || key == null) {
      if (!list) throw new CommandLine.ParameterException(spec.commandLine(), "name a code, or use --list");
      for (Code c : Code.values()) {
        spec.commandLine().getOut().printf("%-20s %s%n", c.key(), c.severity() == Code.Severity.WARNING ? "(warning)" : "");
      }
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
    Code code = Code.byKey(key);
    if (code == null) {
      spec.commandLine().getErr().println("nnc: no diagnostic code `" + key + "`"
          + dev.nnc.check.Suggest.didYouMean(key, java.util.Arrays.stream(Code.values()).map(Code::key).toList())
          + "; `nnc explain --list` lists them");
      return Main.USAGE;
    }
    spec.commandLine().getOut().print(Explanations.get(code));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
