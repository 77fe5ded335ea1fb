package dev.nnc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nnc} command. Exit codes: 0 ok, 1 the input has errors, 2 bad usage, 3 run-time fault. */
@Command(name = "nnc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compiles neural-network models written in .nn files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:the input has errors",
        "2:bad usage of the command",
        "3:a run-time fault (a file that cannot be read, no device, ...)"})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int FAULT = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The commands, in the order `nnc --help` lists them. */
  private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, ExplainCommand.class, RunCommand.class,
      GradcheckCommand.class, CompileCommand.class, GraphCommand.class, TrainCommand.class, EvalCommand.class,
      PredictCommand.class, SampleCommand.class, ScoreCommand.class, ExportCommand.class, BenchCommand.class, DevicesCommand.class,
      DoctorCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

  /**
   * The command line for these arguments. Picocli reads a command's annotations when it is added,
   * some milliseconds each, so a line that starts with a command's name gets that command alone;
   * any other (`nnc --help`, `nnc help check`, a mistyped name) gets them all, for the list and
   * the suggestions, and so does `nnc completion`, whose script names them all.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    String first = args.length > 0 ? args[0] : "";
    boolean one = !first.equals("help") && !first.equals("completion") && COMMANDS.stream().anyMatch(c -> name(c).equals(first));
    for (Class<?> c : COMMANDS) {
      if (!one || name(c).equals(first)) cli.addSubcommand(c);
    }
    return cli;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example `nnc check FILE`");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; used by main and by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A fault in nnc itself: say what happened in one line, without a stack trace.
      internalError(e, err);
      return FAULT;
    });
    // The front end recurses once or a few times per level of nesting, and the parser and the
    // checker bound nesting (syntax.depth); a thread with a large stack keeps those bounds well
    // inside what the stack holds, whatever -Xss the JVM was started with.
    int[] code = {FAULT};
    Throwable[] failure = {null};
    Thread worker = new Thread(null, () -> {
      try {
        code[0] = cli.execute(args);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "nnc", STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      return FAULT;
    }
    if (failure[0] instanceof OutOfMemoryError e) {
      // picocli passes errors through. No stack trace: what ran out, and what to do.
      err.println("nnc: out of memory (" + e.getMessage() + ") with the JVM's " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB; give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g");
      return FAULT;
    }
    if (failure[0] != null) {
      internalError(failure[0], err);
      return FAULT;
    }
    return code[0];
  }

  /** A fault in nnc itself in one line; its stack trace too where NNC_TRACE is set, for the report. */
  private static void internalError(Throwable e, PrintWriter err) {
    err.println("nnc: internal error: " + e + " (please report this with the input that caused it"
        + (System.getenv("NNC_TRACE") == null ? "; NNC_TRACE=1 adds the stack trace)" : ")"));
    if (System.getenv("NNC_TRACE") != null) e.printStackTrace(err);
  }

  /** The stack of the thread commands run in. */
  static final long STACK_BYTES = 512L << 20;

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/nnc-version.properties")) {
        if (in != null) p.load(in);
      }
      return new String[] {"nnc " + p.getProperty("version", "unknown")};
    }
  }
}
