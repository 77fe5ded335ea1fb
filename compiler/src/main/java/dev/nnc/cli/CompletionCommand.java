package dev.nnc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nnc completion}: the shell completion script of the whole command line (its commands,
 * their options and the values of enumerated options), which picocli generates from the same
 * annotations the commands are parsed with, so it cannot fall behind them.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Prints a completion script for bash and zsh.",
        "Load it in the shell: source <(nnc completion); or save it where the shell looks for completions."})
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("nnc", spec.root().commandLine()));
    out.flush();
    return Main.OK;
  }
}
