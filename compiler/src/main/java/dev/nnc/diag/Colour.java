package dev.nnc.diag;

import java.util.Map;

/**
 * Whether diagnostics are drawn in colour (ANSI escapes): on a terminal, unless the environment
 * says otherwise. {@code NO_COLOR} set to anything but the empty string turns colour off
 * (no-color.org), as does {@code TERM=dumb}; a command-line choice ({@code --color always} or
 * {@code never}) overrides both.
 */
public final class Colour {
  private Colour() {}

  /** The choice a command line makes. */
  public enum Choice { auto, always, never }

  static final String RESET = "\u001b[0m";
  static final String BOLD = "\u001b[1m";
  static final String RED = "\u001b[1;31m";
  static final String YELLOW = "\u001b[1;33m";
  static final String BLUE = "\u001b[1;34m";
  static final String CYAN = "\u001b[1;36m";

  /** Whether to colour, given the choice, the environment and whether the output is a terminal. */
  public static boolean enabled(Choice choice, Map<String, String> env, boolean terminal) {
    if (choice == Choice.always) return true;
    if (choice == Choice.never) return false;
    String no = env.get("NO_COLOR");
    if (no != null && !no.isEmpty()) return false;
    if ("dumb".equals(env.get("TERM"))) return false;
    return terminal;
  }

  /** For standard output as this process has it: a console, and the process's environment. */
  public static boolean enabled(Choice choice) {
    return enabled(choice, System.getenv(), System.console() != null);
  }

  static String paint(String text, String style, boolean colour) {
    return colour ? style + text + RESET : text;
  }
}
