package dev.nnc.bench;

import dev.nnc.check.Checker;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Source;
import dev.nnc.syntax.Parse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking the largest sample in {@code samples/} in-process, as {@code nnc check} does after
 * the JVM has started. {@code parse} is the baseline in the same run: report {@code check}
 * as a ratio to it as well as in milliseconds.
 *
 * <p>The repository root is the system property {@code nnc.root}, by default the working
 * directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBenchmark {
  private Path file;
  private String text;

  @Setup
  public void setup() throws IOException {
    Path root = Path.of(System.getProperty("nnc.root", ".")).toAbsolutePath().normalize();
    file = largestSample(root.resolve("samples"));
    text = Files.readString(file, StandardCharsets.UTF_8);
    Checker once = new Checker();
    once.checkText(file.toString(), text);
    List<Diagnostic> found = once.diagnostics().sorted();
    System.out.println("nnc bench: " + root.relativize(file) + ", " + text.length() + " chars, "
        + text.split("\n", -1).length + " lines, " + found.size() + " diagnostics");
    if (once.diagnostics().hasErrors()) {
      System.out.println("nnc bench: warning: the sample does not check cleanly; the figure measures error paths");
      found.stream().limit(5).forEach(d -> System.out.println("  " + d.raw()));
    }
  }

  static Path largestSample(Path samples) {
    if (!Files.isDirectory(samples)) {
      throw new IllegalStateException("no directory " + samples + "; run from the repository root or pass -Dnnc.root=DIR");
    }
    try (Stream<Path> files = Files.list(samples)) {
      return files.filter(p -> p.toString().endsWith(".nn") && Files.isRegularFile(p))
          .max(Comparator.comparingLong(CheckBenchmark::size).thenComparing(Comparator.reverseOrder()))
          .orElseThrow(() -> new IllegalStateException("no .nn files in " + samples));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole front end: parse, resolve imports (stdlib included), names, types, shapes. */
  @Benchmark
  public List<Diagnostic> check() {
    Checker checker = new Checker();
    checker.checkText(file.toString(), text);
    return checker.diagnostics().sorted();
  }

  /** The baseline: lexing and parsing the same file, nothing else. */
  @Benchmark
  public Object parse() {
    return Parse.file(new Source(file.toString(), text, false), new Diagnostics());
  }
}
