package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, streams and the shape of what it prints. */
class MainTest {
  @TempDir Path tmp;

  /** What one in-process run of the command line gave. */
  record Result(int exit, String out, String err) {
    String all() { return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err; }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Result r = run("--version");
    assertEquals(0, r.exit, r::all);
    assertEquals("nnc 0.1.0-SNAPSHOT", r.out.strip(), r::all);
  }

  @Test
  void helpExitsZeroAndListsTheCommands() {
    Result r = run("--help");
    assertEquals(0, r.exit, r::all);
    assertTrue(r.out.contains("check") && r.out.contains("explain"), r::all);
    assertTrue(r.out.contains("Exit codes"), r::all);
  }

  @Test
  void unknownOptionIsUsageError() {
    Result r = run("--no-such-option");
    assertEquals(Main.USAGE, r.exit, r::all);
    assertTrue(r.err.contains("--no-such-option"), r::all);
  }

  @Test
  void noCommandIsUsageError() {
    assertEquals(Main.USAGE, run().exit);
  }

  @Test
  void checkOfAMissingFileIsUsageErrorWithOneLine() {
    Path missing = tmp.resolve("missing.nn");
    Result r = run("check", missing.toString());
    assertEquals(Main.USAGE, r.exit, r::all);
    List<String> lines = r.err.lines().toList();
    assertEquals(1, lines.size(), r::all);
    assertTrue(lines.get(0).contains(missing.toString()), r::all);
    assertEquals("", r.out, r::all);
  }

  @Test
  void checkOfASyntaxErrorExitsOneWithTheRawLine() throws IOException {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, "model M {\n  x = (1 +\n}\n");
    Result r = run("check", "--format", "raw", bad.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit, r::all);
    assertEquals("", r.err, r::all);
    List<String> lines = r.out.lines().toList();
    assertEquals(1, lines.size(), r::all);
    assertTrue(lines.get(0).matches("\\Q" + bad + "\\E:3:1: syntax\\.[a-z_]+: .+"), r::all);
  }

  @Test
  void checkOfASyntaxErrorRendersTheSourceLineAndCaret() throws IOException {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, "model M {\n  x = (1 +\n}\n");
    Result r = run("check", bad.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit, r::all);
    assertTrue(r.out.startsWith("error[syntax."), r::all);
    assertTrue(r.out.contains("--> " + bad + ":3:1"), r::all);
    assertTrue(r.out.contains(" | }\n") && r.out.contains(" | ^"), r::all);
  }

  @Test
  void explainAKnownCodeExitsZero() {
    Result r = run("explain", "syntax.unexpected");
    assertEquals(0, r.exit, r::all);
    assertTrue(r.out.contains("syntax.unexpected"), r::all);
  }

  @Test
  void explainAnUnknownCodeIsUsageError() {
    Result r = run("explain", "nope");
    assertEquals(Main.USAGE, r.exit, r::all);
    assertFalse(r.err.isEmpty(), r::all);
  }

  /** main, not run: what a person sees, including that output is flushed before exit. */
  @Test
  void explainInARealProcessPrintsTheExplanation() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "explain", "syntax.unexpected")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("syntax.unexpected"), "nothing reached stdout; is it flushed before System.exit?\n" + out);
  }
}
