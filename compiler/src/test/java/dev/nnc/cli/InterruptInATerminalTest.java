package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.RepoRoot;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C where a person presses it: {@code nnc train} in a real process whose stdin, stdout and
 * stderr are a pseudo-terminal (made by util-linux {@code script}), so the progress bar is drawn;
 * the ^C byte typed into the terminal makes the terminal send SIGINT. The run must stop at a step
 * boundary, save its checkpoint, say where, and exit 3, as with -q. Skipped where no
 * pseudo-terminal can be had.
 *
 * <p>The run starts under {@code env --default-signal=INT}: a process started in the background
 * of a shell without job control (a CI runner's {@code cmd &}) ignores SIGINT, its children
 * inherit that, and the JVM then leaves SIGINT ignored, as it should; a person's terminal never
 * starts nnc so.
 */
class InterruptInATerminalTest {
  @TempDir Path out;

  private static final Path SCRIPT = Path.of("/usr/bin/script");

  /** Runs what follows with SIGINT's default action, whatever the test's process ignores. */
  private static final String DEFAULT_SIGINT = "exec env --default-signal=INT ";

  /** So many epochs that the run is still going when ^C arrives, however fast the machine. */
  private static final String ARGS = " train " + quote(Samples.file("linear_regression").toString())
      + " --device reference --epochs 10000000 --out ";

  @Test
  void ctrlCWithTheProgressBarDrawnSavesTheCheckpoint() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path run = out.resolve("run");
    ctrlC(DEFAULT_SIGINT + quote(java.toString()) + " -Djava.awt.headless=true -cp " + quote(System.getProperty("java.class.path"))
        + " " + Main.class.getName() + ARGS + quote(run.toString()), run);
  }

  /** The same through the nnc launcher, which passes stderr through a filter of its own. */
  @Test
  void ctrlCThroughTheLauncherSavesTheCheckpoint() throws Exception {
    assumeTrue(Files.isRegularFile(RepoRoot.resolve("compiler/target/nnc-compiler.jar")), "no packaged jar to launch");
    Path root = LauncherTest.checkout(out, true), run = out.resolve("run");
    String path = Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
    ctrlC("export PATH=" + quote(path) + "; export NNC_JAVA_OPTS=-Djava.awt.headless=true; " + DEFAULT_SIGINT + "/bin/bash " + quote(root.resolve("nnc").toString())
        + ARGS + quote(run.toString()), run);
  }

  /** Runs {@code command} in a pseudo-terminal, types ^C once the bar is drawn, and checks the run stopped as it should. */
  private static void ctrlC(String command, Path run) throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "no util-linux script to make a pseudo-terminal");
    String nn = Samples.file("linear_regression").toString();
    Process p = new ProcessBuilder(SCRIPT.toString(), "-q", "-e", "-c", command, "/dev/null").redirectErrorStream(true).start();
    StringBuilder seen = new StringBuilder();
    Thread reader = new Thread(() -> copy(p.getInputStream(), seen), "pty-reader");
    reader.start();
    try {
      // Wait for the bar (its "samples/s" is printed nowhere else), then type ^C.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!text(seen).contains(" samples/s")) {
        if (!p.isAlive()) {
          String why = text(seen);
          assumeTrue(!why.contains("pseudo") && !why.contains("openpty"), "no pseudo-terminal here: " + why);
          fail("nnc train ended before drawing the progress bar:\n" + why);
        }
        if (System.nanoTime() > deadline) fail("no progress bar after 180 s:\n" + text(seen));
        Thread.sleep(50);
      }
      OutputStream typed = p.getOutputStream();
      typed.write(3); // ^C: the terminal turns it into SIGINT for its foreground process
      typed.flush();
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), () -> "still running 180 s after ^C:\n" + text(seen));
      reader.join(10_000);
      String all = text(seen).replace("\r", "\n");
      assertEquals(Main.FAULT, p.exitValue(), all);
      Path ckpt = run.resolve("LinearRegression.safetensors");
      List<String> said = all.lines().filter(l -> l.contains("nnc: ")).map(l -> l.substring(l.indexOf("nnc: "))).toList(); // after the echoed ^C
      assertEquals(1, said.size(), all);
      String where = "; the checkpoint is saved in " + ckpt + "; continue with --resume " + ckpt;
      assertTrue(said.get(0).matches("nnc: " + Pattern.quote(nn)
          + ": interrupted (at step \\d+ \\(epoch \\d+, sample \\d+\\)|after epoch \\d+ \\(step \\d+\\))" + Pattern.quote(where)),
          all);
      assertTrue(Safetensors.read(ckpt).trainingState().step() > 0, all);
      assertTrue(!all.contains("WARNING: Using incubator modules"), all);
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static String text(StringBuilder b) {
    synchronized (b) {
      return b.toString();
    }
  }

  private static void copy(InputStream in, StringBuilder into) {
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        String s = new String(buf, 0, n, StandardCharsets.UTF_8);
        synchronized (into) {
          into.append(s);
        }
      }
    } catch (IOException e) {
      // The process ended.
    }
  }
}
