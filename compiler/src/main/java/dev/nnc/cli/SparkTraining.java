package dev.nnc.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code nnc train FILE --spark MASTER}: hands the run to the nnc-spark module's
 * {@code dev.nnc.spark.SparkCommand}, found on the class path by name, so that the compiler does
 * not depend on Spark; without the module or Spark there it is a usage error saying what to add.
 */
final class SparkTraining {
  static final String ENTRY = "dev.nnc.spark.SparkCommand";

  private SparkTraining() {}

  /** The flags of nnc train that a Spark run does not take, by flag, with whether this run gave them. */
  static String refused(Map<String, Boolean> given) {
    for (Map.Entry<String, Boolean> e : given.entrySet()) {
      if (e.getValue()) return e.getKey() + " is not taken with --spark (docs/spark.md says what a Spark run takes)";
    }
    return null;
  }

  /**
   * Runs the Spark trainer with the settings by name: file, model, master, epochs, steps, batch,
   * seed, out, resume (null where not given); returns the exit code.
   */
  static int train(Map<String, Object> settings, PrintWriter out, PrintWriter err) {
    Method train;
    try {
      Class.forName("org.apache.spark.sql.SparkSession");
      train = Class.forName(ENTRY).getMethod("train", Map.class, PrintWriter.class, PrintWriter.class);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      err.println("nnc: --spark needs the nnc-spark module and Apache Spark 4 (Scala 2.13) on the class path, which the nnc command "
          + "does not carry: run it as docs/spark.md says (NNC_CLASSPATH and NNC_JAVA_OPTS), or use spark-submit");
      return Main.USAGE;
    }
    try {
      return (Integer) train.invoke(null, new LinkedHashMap<>(settings), out, err);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error x) throw x;
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The settings map of a command line. */
  static Map<String, Object> settings(Path file, String model, String master, Integer epochs, Long steps, Integer batch, Long seed, Path out,
      Path resume) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", file);
    s.put("model", model);
    s.put("master", master);
    s.put("epochs", epochs);
    s.put("steps", steps);
    s.put("batch", batch);
    s.put("seed", seed);
    s.put("out", out);
    s.put("resume", resume);
    return s;
  }
}
