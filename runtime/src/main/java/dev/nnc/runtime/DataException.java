package dev.nnc.runtime;

import java.nio.file.Path;

/**
 * A run-time fault in a data or checkpoint file, or in the arguments of a data set: the file and
 * what is wrong with it, as one line a command can print before it exits.
 */
public class DataException extends RuntimeException {
  private final transient Path file;
  private final String problem;

  public DataException(Path file, String problem) {
    this(file, problem, null);
  }

  public DataException(Path file, String problem, Throwable cause) {
    super(oneLine(file == null ? problem : file + ": " + problem), cause);
    this.file = file;
    this.problem = oneLine(problem);
  }

  /** A fault that concerns no file, such as a data set argument out of range. */
  public DataException(String problem) {
    this(null, problem, null);
  }

  /** The file at fault, or null when none is. */
  public Path file() { return file; }

  /** What is wrong, without the file. */
  public String problem() { return problem; }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
