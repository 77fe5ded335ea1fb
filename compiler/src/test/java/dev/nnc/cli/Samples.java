package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the tests of the commands that compile a model share: the samples, the named list of
 * those the compiler cannot lower yet (each with its reason), and an in-process run of
 * {@link Main}.
 */
final class Samples {
  private Samples() {}

  static final Path DIR = RepoRoot.resolve("samples");

  /** A sample that checks but does not lower: the diagnostic code it stops with, and why. */
  record NotLowered(String code, String reason) {}

  /**
   * The samples {@code nnc compile}, {@code run} and {@code gradcheck} stop on with exit 1 and
   * this code. EmitGoldenTest fails when a listed sample starts lowering (delete its entry and
   * write its golden files) or an unlisted one stops, so the list only shrinks on purpose.
   */
  static final Map<String, NotLowered> NOT_LOWERED = Map.of(
      "gan", new NotLowered("lower.model",
          "its train block trains two models by steps whose losses live in the train block; there is no single model"),
      "dcgan", new NotLowered("lower.model",
          "its train block trains two models by steps whose losses live in the train block; there is no single model"));

  /**
   * The samples {@code nnc compile --emit ir|grad} stops on. Empty: a train block of several
   * models compiles step by step. EmitGoldenTest fails when a listed one starts compiling.
   */
  static final Map<String, NotLowered> NOT_COMPILED = Map.of();

  /** The sample names (file names without .nn), sorted. */
  static List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nn"))
          .map(n -> n.substring(0, n.length() - ".nn".length())).sorted().toList();
      assertFalse(names.isEmpty(), "no samples under " + DIR);
      return names;
    }
  }

  /** The samples that lower, sorted. */
  static List<String> lowered() throws IOException {
    return names().stream().filter(n -> !NOT_LOWERED.containsKey(n)).toList();
  }

  static Path file(String name) {
    return DIR.resolve(name + ".nn");
  }

  /** Every listed sample exists: an entry for a renamed or deleted sample is a stale entry. */
  static void assertListedSamplesExist() throws IOException {
    List<String> names = names();
    for (String listed : NOT_LOWERED.keySet()) {
      assertTrue(names.contains(listed), "NOT_LOWERED lists " + listed + ", but there is no samples/" + listed + ".nn");
    }
  }

  /** What one in-process run of the command line gave. */
  record Result(int exit, String out, String err) {
    String all() {
      return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }
}
