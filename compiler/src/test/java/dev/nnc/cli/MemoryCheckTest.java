package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch too large for the heap is said before the first step, in one line with the largest
 * batch that fits, never as an OutOfMemoryError's stack trace; and that batch does fit. Runs nnc
 * in a process of its own with a 256 MiB heap, so the answer does not depend on the test JVM's.
 */
class MemoryCheckTest {
  @TempDir Path dir;

  /** 4096 hidden units: some 64 KiB a sample, so a batch of 100,000 needs gigabytes. */
  private static final String WIDE = """
      use std.nn.{Linear}
      use std.act.{relu}
      use std.loss.{mse}
      use std.optim.{SGD}

      model Wide {
        input x: f32[B, 1]
        target y: f32[B, 1]
        fc1 = Linear(1, 4096)
        fc2 = Linear(4096, 1)
        output pred = fc2(relu(fc1(x)))
        loss mse(pred, y)
      }

      train Wide {
        data      linear(w: 2.0, b: 1.0, n: 100000, noise: 0.0)
        optimizer SGD(lr: 0.01)
        batch 100000
        epochs 1
        seed 1
      }
      """;

  private record Run(int exit, String out, String err) {
    String all() { return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err; }
  }

  private Run nnc(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("stdout"), err = dir.resolve("stderr");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "nnc still running after 300 s");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aBatchTooLargeForTheHeapIsSaidBeforeTheFirstStepWithOneThatFits() throws Exception {
    Path nn = Files.writeString(dir.resolve("wide.nn"), WIDE), run = dir.resolve("run");
    Run r = nnc("train", nn.toString(), "--device", "jvm", "-q", "--out", run.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r::all);
    Matcher m = Pattern.compile("nnc: " + Pattern.quote(nn.toString()) + ": out of memory: the training step needs [0-9,]+ MiB at batch 100000, "
        + "and the JVM has [0-9,]+ MiB free \\(of [0-9,]+ MiB\\); the largest batch that fits is ([0-9]+): use --batch \\1, "
        + "or give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g").matcher(err.get(0));
    assertTrue(m.matches(), r::all);
    assertFalse(Files.exists(run.resolve("Wide.safetensors")), r::all);

    Run fits = nnc("train", nn.toString(), "--device", "jvm", "-q", "--batch", m.group(1), "--steps", "2", "--out", run.toString());
    assertEquals(Main.OK, fits.exit(), fits::all);
    assertEquals("", fits.err(), fits::all);
    assertTrue(Files.exists(run.resolve("Wide.safetensors")), fits::all);
  }
}
