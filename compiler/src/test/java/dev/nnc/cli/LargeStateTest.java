package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid model whose parameters do not fit in the heap: lowering draws no initial value, so
 * checking, compiling and drawing it allocate none, and a command that needs them says at once,
 * located, what they need and what the JVM has, instead of running out of memory. The model is
 * sized from this JVM's largest heap, so the test does not depend on the machine's free memory:
 * its float32 parameters alone are larger than the heap can ever be.
 */
class LargeStateTest {
  @TempDir Path dir;

  private static final int N = 30000;

  /** Hidden layers of N x N (900 million weights, 3.6 GB in float32), enough of them to pass the heap's limit. */
  private Path model() throws Exception {
    long layers = Runtime.getRuntime().maxMemory() / (4L * N * N) + 1;
    StringBuilder s = new StringBuilder("""
        use std.nn.{Linear}
        use std.loss.{cross_entropy}
        use std.optim.{SGD}

        model Big {
          input x: f32[B, 2]
          target y: i32[B]
          first = Linear(2, %d)
        """.formatted(N));
    List<String> names = new java.util.ArrayList<>();
    for (long i = 0; i < layers; i++) {
      s.append("  hidden").append(i).append(" = Linear(").append(N).append(", ").append(N).append(")\n");
      names.add("hidden" + i);
    }
    s.append("  last = Linear(").append(N).append(", 2)\n");
    String h = "first(x)";
    for (String n : names) h = n + "(" + h + ")";
    s.append("  output logits = last(").append(h).append(")\n");
    s.append("  loss cross_entropy(logits, y)\n}\n\n");
    s.append("""
        train Big {
          data spirals(n: 8)
          optimizer SGD(lr: 0.1)
          batch 4
          epochs 1
        }
        """);
    Path file = dir.resolve("big.nn");
    Files.writeString(file, s.toString());
    return file;
  }

  @Test
  void checkingAndCompilingDrawNothing() throws Exception {
    Path file = model();
    Samples.Result check = Samples.run("check", file.toString());
    assertEquals(Main.OK, check.exit(), check::all);
    Samples.Result ir = Samples.run("compile", file.toString(), "--emit", "ir");
    assertEquals(Main.OK, ir.exit(), ir::all);
    assertTrue(ir.out().contains("model Big"), ir::all);
    Samples.Result grad = Samples.run("compile", file.toString(), "--emit", "grad");
    assertEquals(Main.OK, grad.exit(), grad::all);
  }

  @Test
  void trainingSaysAtOnceThatTheStateDoesNotFit() throws Exception {
    Path file = model();
    Samples.Result r = Samples.run("train", file.toString(), "--device", "jvm", "-q", "--out", dir.resolve("out").toString());
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    String all = r.out() + r.err();
    assertTrue(all.matches("(?s)error\\[lower\\.memory\\]: the initial state of `Big` needs [0-9.,]+ GiB, and the JVM has [0-9.,]+ (GiB|MiB) "
        + "free \\(of [0-9.,]+ (GiB|MiB)\\)\n +--> " + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+\n.*"), all);
    assertTrue(all.contains("big.nn:9:13\n"), all); // hidden0 = Linear(30000, 30000), the first of the largest
    assertTrue(all.contains("= hint: give the JVM more memory (NNC_JAVA_OPTS=-Xmx"), all);
    assertTrue(all.contains("f32[30000, 30000], 900,000,000 values"), all);
    assertTrue(!all.contains("OutOfMemoryError") && !all.contains("\tat "), all);

    Samples.Result run = Samples.run("run", file.toString());
    assertTrue(run.exit() == Main.INPUT_ERRORS || run.exit() == Main.USAGE, run::all);
  }
}
