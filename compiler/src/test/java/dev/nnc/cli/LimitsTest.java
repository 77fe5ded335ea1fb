package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, "never a stack trace": inputs too deep, too long, too big or too slow end in a
 * located diagnostic (exit 1), never in an internal error (exit 3), a stack overflow or a hang.
 * The big inputs are generated here, not committed. The time bound is only a backstop.
 */
class LimitsTest {
  @TempDir Path tmp;

  record Result(int exit, String out, String err) {
    String all() {
      String s = "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err;
      return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    }
  }

  private Result run(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Result(exit, out.toString(), err.toString());
    });
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** Checks the file with --format raw and asserts one diagnostic of the code at the place. */
  private Result expect(Path file, String place, String code) {
    Result r = run("check", "--format", "raw", file.toString());
    assertFalse((r.out + r.err).contains("internal error"), r::all);
    assertFalse((r.out + r.err).contains("Exception"), r::all);
    assertEquals(1, r.exit, r::all);
    String line = file + ":" + place + ": " + code + ":";
    assertTrue(r.out.contains(line), () -> "expected `" + line + "`\n" + r.all());
    return r;
  }

  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  // ------------------------------------------------------------------ 2: deep or long programs

  @Test
  void aFlatSumOfFiveThousandTermsIsChecked() throws IOException {
    StringBuilder sum = new StringBuilder("x");
    for (int i = 1; i < 5000; i++) sum.append(" + x");
    Path f = write("sum.nn", "model M {\n  input x: f32[B, 4]\n  output o = " + sum + "\n}\n");
    Result r = run("check", "--format", "raw", f.toString());
    assertEquals(0, r.exit, r::all);
    // The same chain with a mistake at its end is reported there.
    Path g = write("sum_bad.nn", "model M {\n  input x: f32[B, 4]\n  output o = " + sum + " + y\n}\n");
    expect(g, "3:" + (14 + sum.length() + 3), "name.unknown");
  }

  @Test
  void threeThousandNestedParenthesesAreSyntaxDepth() throws IOException {
    Path f = write("paren.nn", "const c = " + repeat("(", 3000) + "1" + repeat(")", 3000) + "\n");
    expect(f, "1:" + (11 + 256), "syntax.depth");
  }

  @Test
  void literalsNestedDeepAreSyntaxDepth() throws IOException {
    expect(write("lit.nn", "const c = " + repeat("[", 1000) + "1" + repeat("]", 1000) + "\n"), "1:267", "syntax.depth");
    expect(write("lit100k.nn", "const c = " + repeat("[", 100_000) + "1" + repeat("]", 100_000) + "\n"),
        "1:267", "syntax.depth");
  }

  @Test
  void nestingWithinTheBoundIsChecked() throws IOException {
    Path f = write("ok.nn", "const c = " + repeat("(", 255) + "1" + repeat(")", 255) + "\n"
        + "const d = " + repeat("[", 255) + "1" + repeat("]", 255) + "\n");
    Result r = run("check", "--format", "raw", f.toString());
    assertEquals(0, r.exit, r::all);
  }

  @Test
  void longPrefixChainsAreSyntaxDepthNotAStackTrace() throws IOException {
    // Expressions nest at most 1000 deep: the 1001st `-` is reported.
    expect(write("neg.nn", "const c = " + repeat("- ", 20_000) + "1\n"), "1:2011", "syntax.depth");
    expect(write("not.nn", "const c = " + repeat("not ", 3000) + "true\n"), "1:4011", "syntax.depth");
    StringBuilder ifs = new StringBuilder("const c = ");
    for (int i = 0; i < 1500; i++) ifs.append("if ").append(i).append(" == 0 then 1 else ");
    // The 999th `if` is 999 levels deep, its condition `998 == 0` 1000, and that condition's `998` 1001.
    expect(write("if.nn", ifs + "1\n"), "1:" + (ifs.indexOf("if 998 ") + 4), "syntax.depth");
  }

  @Test
  void expressionsJustWithinTheBoundsAreChecked() throws IOException {
    Path f = write("deep_ok.nn", "const c = " + repeat("not (", 250) + repeat("not ", 490) + "true" + repeat(")", 250)
        + "\nconst d = " + repeat("- ", 999) + "1\n");
    Result r = run("check", "--format", "raw", f.toString());
    assertEquals(0, r.exit, r::all);
  }

  @Test
  void aMillionCharacterNameIsUnknownWithoutRunningOutOfMemory() throws IOException {
    // A defined name as long, less one character: comparing the two would need a 10^12-cell table.
    Path f = write("ident.nn", "const " + repeat("a", 999_999) + " = 1\nconst c = " + repeat("a", 1_000_000) + "\n");
    expect(f, "2:11", "name.unknown");
  }

  // ------------------------------------------------------------------ 3: hangs

  @Test
  void aVggWithAHugeNumberOfConvolutionsIsValueRange() throws IOException {
    String vgg = Files.readString(Samples.file("vgg"));
    assertTrue(vgg.contains("convs: int = 2,"));
    Path f = write("vgg.nn", vgg.replace("convs: int = 2,", "convs: int = 99999999999,"));
    String[] lines = vgg.split("\n", -1);
    int line = 0;
    for (int i = 0; i < lines.length; i++) if (lines[i].contains("for i in 0 until num_convs")) line = i + 1;
    int col = lines[line - 1].indexOf("0 until num_convs") + 1;
    Result r = expect(f, line + ":" + col, "value.range");
    assertTrue(r.out.contains("99999999999"), r::all);
  }

  @Test
  void nestedComprehensionsHaveATotalBound() throws IOException {
    Path f = write("nested.nn", "const c = [[i + j for j in 0 until 10000] for i in 0 until 10000]\n");
    Result r = expect(f, "1:28", "value.range");
    assertTrue(r.out.contains("at most 100000"), r::all);
  }

  @Test
  void aHundredThousandUnknownNamesStopAfterAHundredErrors() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100_000; i++) text.append("const c").append(i).append(" = u").append(i).append('\n');
    Path f = write("undefined.nn", text.toString());
    Result r = expect(f, "1:12", "name.unknown");
    assertEquals(100, r.out.lines().count(), r::all);
    assertTrue(r.err.contains("and 99900 more errors not shown"), r::all);
    Result human = run("check", f.toString());
    assertEquals(1, human.exit, human::all);
    assertTrue(human.out.contains("... and 99900 more errors not shown"), human::all);
    assertTrue(human.out.strip().endsWith("100000 errors"), human::all);
  }

  // ------------------------------------------------------------------ 4: sizes that overflow

  private static final String PADDED = "use std.conv.{Conv2d}\n\nmodel M {\n  input x: f32[B, 1, 28, 28]\n"
      + "  c = Conv2d(1, 6, 5, padding: 99999999999)\n  output y = c(x)\n}\n";
  private static final String HUGE_INPUT = "model M {\n  input x: f32[B, 4000000000, 4000000000, 4000000000]\n"
      + "  output y = x * 2.0\n}\n";
  private static final String HUGE_LINEAR = "use std.nn.{Linear}\n\nmodel M {\n  input x: f32[B, 100000]\n"
      + "  fc = Linear(100000, 100000)\n  output y = fc(x)\n}\n";

  @Test
  void aHugePaddingIsShapeSizeAtTheCall() throws IOException {
    expect(write("pad.nn", PADDED), "6:14", "shape.size");
  }

  @Test
  void aHugeInputIsShapeSizeAtItsType() throws IOException {
    expect(write("input.nn", HUGE_INPUT), "2:12", "shape.size");
  }

  @Test
  void aWeightOverTwoToTheThirtyOneIsShapeSizeAtTheLayer() throws IOException {
    expect(write("linear.nn", HUGE_LINEAR), "5:8", "shape.size");
  }

  @Test
  void compileRunAndTrainReportTheSizeNotAnInternalError() throws IOException {
    Path f = write("linear.nn", HUGE_LINEAR + "\ntrain M {\n  data points(x: [[1.0]], y: [[3.0]])\n}\n");
    for (String[] args : new String[][] {
        {"compile", "--emit", "memory", f.toString()}, {"run", f.toString()}, {"train", f.toString()}}) {
      Result r = run(args);
      assertFalse((r.out + r.err).contains("internal error"), r::all);
      assertEquals(1, r.exit, r::all);
      assertTrue((r.out + r.err).contains("shape.size"), r::all);
    }
  }

  /** Fits for a batch of 1 only: 40000 * 40000 elements a sample, checked, then too big at a batch of 3. */
  private static final String WIDE = "use std.loss.{mse}\nuse std.optim.{SGD}\n\nmodel Wide {\n  input x: f32[B, 1]\n"
      + "  target y: f32[B, 1]\n  param w: f32[1] = 0.5\n"
      + "  wide = broadcast_to(reshape(x * w, [B, 1, 1]), [B, 40000, 40000])\n  output o = mean(wide) * x\n  loss mse(o, y)\n}\n\n"
      + "train Wide {\n  data points(x: [[1.0], [2.0], [3.0]], y: [[2.0], [4.0], [6.0]])\n  optimizer SGD(lr: 0.1)\n  batch 3\n}\n";

  @Test
  void aBatchTooLargeForTheElementBoundIsShapeSizeWithTheLargestBatchThatFits() throws IOException {
    Path f = write("wide.nn", WIDE);
    assertEquals(0, run("check", f.toString()).exit);
    String message = "error[shape.size]: `f32[B, 40000, 40000]` with B = 3 has 4800000000 elements, more than a tensor may have "
        + "(2147483647, 2^31 - 1)\n  --> " + f + ":8:10\n";
    for (String[] args : new String[][] {
        {"train", "--device", "jvm", f.toString()}, {"bench", "--device", "jvm", "--batch", "3", f.toString()},
        {"run", f.toString()}, {"run", "--grad", f.toString()}}) {
      Result r = run(args);
      assertFalse((r.out + r.err).contains("internal error"), r::all);
      assertEquals(1, r.exit, r::all);
      assertTrue(r.out.startsWith(message), r::all);
      String hint = args[0].equals("run") ? "= hint: the largest batch that fits is 1\n" : "= hint: the largest batch that fits is 1: use --batch 1\n";
      assertTrue(r.out.contains(hint), r::all);
    }
    // gradcheck draws its sizes (2 to 4) at random.
    Result g = run("gradcheck", f.toString());
    assertEquals(1, g.exit, g::all);
    assertTrue(g.out.contains("error[shape.size]: `f32[B, 40000, 40000]` with B = "), g::all);
    assertTrue(g.out.contains("  --> " + f + ":8:10\n"), g::all);
  }

  @Test
  void aStepOfATrainBlockOfSeveralModelsTooLargeAtTheBatchIsShapeSize() throws IOException {
    String gan = Files.readString(Samples.file("gan"));
    String from = "    fake = stop_gradient(g(z))\n";
    assertTrue(gan.contains(from) && gan.contains("bce_logits(d(fake), 0)"));
    Path f = write("gan.nn", gan.replace(from, from + "    wide = mean(normal(f32[B, 40000, 40000]))\n")
        .replace("bce_logits(d(fake), 0)", "bce_logits(d(fake), 0) + wide"));
    String[] lines = Files.readString(f).split("\n", -1);
    int line = 0;
    for (int i = 0; i < lines.length; i++) if (lines[i].contains("wide = mean(")) line = i + 1;
    Result r = run("train", "--device", "jvm", "--steps", "1", "--out", tmp.resolve("out").toString(), f.toString());
    assertFalse((r.out + r.err).contains("internal error"), r::all);
    assertEquals(1, r.exit, r::all);
    assertTrue(r.out.startsWith("error[shape.size]: `f32[B, 40000, 40000]` with B = 128 has 204800000000 elements"), r::all);
    assertTrue(r.out.contains("  --> " + f + ":" + line + ":"), r::all);
    assertTrue(r.out.contains("= hint: the largest batch that fits is 1: use --batch 1\n"), r::all);
  }

  @Test
  void oneFileTooBigDoesNotStopTheOthers() throws IOException {
    Path big = write("pad.nn", PADDED);
    Path bad = write("other.nn", "const c = nope\n");
    Result r = run("check", "--format", "raw", big.toString(), bad.toString());
    assertEquals(1, r.exit, r::all);
    assertTrue(r.out.contains(big + ":6:14: shape.size:"), r::all);
    assertTrue(r.out.contains(bad + ":1:11: name.unknown:"), r::all);
  }

  @Test
  void integerArithmeticPastSixtyFourBitsIsValueRange() throws IOException {
    expect(write("mul.nn", "model M {\n  input x: f32[B, 4000000000 * 4000000000 * 4000000000]\n  output y = x\n}\n"),
        "2:19", "value.range");
  }

  // ------------------------------------------------------------------ 7: data-set arguments

  /** A sample with one data-set argument replaced, and the place of the new value. */
  private Path sampleWith(String sample, String from, String to, String[] place) throws IOException {
    String text = Files.readString(Samples.file(sample));
    assertTrue(text.contains(from), sample + " has " + from);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(from);
      if (at >= 0) {
        place[0] = (i + 1) + ":" + (at + from.indexOf(':') + 3);
        break;
      }
    }
    return write(sample + ".nn", text.replace(from, to));
  }

  @Test
  void sbmWithNoNodesIsValueRangeAtCheckAndTrain() throws IOException {
    String[] place = new String[1];
    Path f = sampleWith("chebnet_sbm", "nodes: 200", "nodes: 0", place);
    Result r = expect(f, place[0], "value.range");
    assertTrue(r.out.contains("`nodes` of `sbm`"), r::all);
    Result t = run("train", f.toString());
    assertEquals(1, t.exit, t::all);
    assertTrue((t.out + t.err).contains("value.range"), t::all);
    assertFalse((t.out + t.err).contains("internal error"), t::all);
  }

  @Test
  void linearWithAHugeCountIsValueRangeAtCheckAndTrain() throws IOException {
    String[] place = new String[1];
    Path f = sampleWith("linear_regression", "n: 64", "n: 99999999999", place);
    Result r = expect(f, place[0], "value.range");
    assertTrue(r.out.contains("`n` of `linear`"), r::all);
    Result t = run("train", f.toString());
    assertEquals(1, t.exit, t::all);
    assertTrue((t.out + t.err).contains("value.range"), t::all);
  }

  @Test
  void otherDataSetArgumentsTheRuntimeRejectsAreRejectedAtCheck() throws IOException {
    String[] place = new String[1];
    expect(sampleWith("chebnet_sbm", "classes: 4", "classes: 500", place), place[0], "value.range");
    expect(sampleWith("chebnet_sbm", "p_in: 0.1", "p_in: 1.5", place), place[0], "value.range");
    expect(sampleWith("linear_regression", "noise: 0.0", "noise: -1.0", place), place[0], "value.range");
  }

  // ------------------------------------------------------------------ 12: layers generic in rank

  @Test
  void aLayerGenericInRankIsCheckedWithTheAxesItNeeds() throws IOException {
    Path f = write("rank.nn", "layer L(start_dim: int = 1) {\n"
        + "  fn (x: f32[...]) -> f32[...] = flatten(x, from: start_dim)\n}\n\n"
        + "model M {\n  input x: f32[B, 3, 4]\n  l = L()\n  output y = l(x)\n}\n");
    Result r = run("check", "--format", "raw", f.toString());
    assertEquals(0, r.exit, r::all);
    assertEquals("", r.out, r::all);
  }

  @Test
  void theStdlibChecksFileByFile() throws IOException {
    Path dir = RepoRoot.resolve("stdlib/src/main/resources/std");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", "--format", "raw"));
    try (var files = Files.list(dir)) {
      files.filter(p -> p.toString().endsWith(".nn")).sorted().forEach(p -> args.add(p.toString()));
    }
    assertTrue(args.size() > 5, args::toString);
    Result r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit, r::all);
  }

  @Test
  void aLayerGenericInRankThatNoRankFitsIsStillReported() throws IOException {
    Path f = write("rank_bad.nn", "layer L {\n  fn (x: f32[...]) -> f32[...] = flatten(x, from: 9)\n}\n");
    expect(f, "2:51", "shape.axis");
  }
}
