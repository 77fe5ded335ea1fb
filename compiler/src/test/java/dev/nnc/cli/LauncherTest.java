package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code nnc} launcher at the repository root, run on a copy of the checkout's layout whose
 * jar is the one this build made and whose {@code mvn} is a stand-in (so the test builds nothing
 * and never touches the Maven repository): stderr carries nothing but nnc's own messages, not the
 * JVM's incubator-module warning, nor the errors of an offline build that fails on a fresh machine.
 */
class LauncherTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    String all() { return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err; }
  }

  /** The layout the launcher looks at: sources older than the jar, and the jar and its libraries. */
  private Path checkout(boolean withJar) throws IOException {
    return checkout(dir, withJar);
  }

  /** The layout under {@code dir}, for other tests that run the launcher. */
  static Path checkout(Path dir, boolean withJar) throws IOException {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Files.copy(RepoRoot.resolve("nnc"), root.resolve("nnc"));
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String src : List.of("compiler/src", "grammar/src", "stdlib/src", "docs")) {
      Files.setLastModifiedTime(Files.createDirectories(root.resolve(src)), old);
    }
    Path target = Files.createDirectories(root.resolve("compiler/target"));
    Files.createSymbolicLink(target.resolve("lib"), RepoRoot.resolve("compiler/target/lib").toAbsolutePath());
    if (withJar) Files.copy(jar(), target.resolve("nnc-compiler.jar"));
    return root;
  }

  private static Path jar() {
    Path jar = RepoRoot.resolve("compiler/target/nnc-compiler.jar");
    assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(RepoRoot.resolve("compiler/target/lib")),
        "no packaged jar to launch (mvn package makes it)");
    return jar;
  }

  /**
   * A stand-in for mvn: offline ({@code -o}) it fails as Maven does on a fresh machine, with
   * [ERROR] lines on stdout and stderr; online it "builds" the jar by copying the real one.
   */
  private Path fakeMaven(Path root) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, """
        #!/usr/bin/env bash
        for a in "$@"; do
          if [[ "$a" == -o ]]; then
            for i in 1 2 3; do echo "[ERROR] Plugin org.apache.maven.plugins:maven-resources-plugin could not be resolved"; done
            for i in 1 2 3; do echo "[ERROR] offline: cannot download" >&2; done
            exit 1
          fi
        done
        cp "%s" "%s"
        """.formatted(jar(), root.resolve("compiler/target/nnc-compiler.jar")));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private Run launch(Path root, Path extraBin, String... args) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash to run the launcher");
    List<String> cmd = new java.util.ArrayList<>(List.of(bash.toString(), root.resolve("nnc").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    pb.environment().put("PATH", (extraBin != null ? extraBin + ":" : "") + javaBin + ":/usr/bin:/bin");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("NNC_JAVA_OPTS");
    pb.environment().remove("NNC_CLASSPATH");
    Process p = pb.start();
    p.getOutputStream().close();
    // Read both to their end: stderr ends only when the launcher's filter of it has finished too.
    byte[][] err = new byte[1][];
    Thread reader = new Thread(() -> {
      try {
        err[0] = p.getErrorStream().readAllBytes();
      } catch (IOException e) {
        err[0] = ("(cannot read stderr: " + e + ")").getBytes(StandardCharsets.UTF_8);
      }
    });
    reader.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    reader.join(120_000);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher still runs after 120 s");
    return new Run(p.exitValue(), out, new String(err[0], StandardCharsets.UTF_8));
  }

  @Test
  void noIncubatorWarningOnStderr() throws Exception {
    Path root = checkout(true);
    Run r = launch(root, null, "--version");
    assertEquals(0, r.exit(), r::all);
    assertTrue(r.out().startsWith("nnc "), r::all);
    assertEquals("", r.err(), r::all);

    Run missing = launch(root, null, "check", dir.resolve("nope.nn").toString());
    assertEquals(Main.USAGE, missing.exit(), missing::all);
    assertEquals("nnc: no such file: " + dir.resolve("nope.nn") + "\n", missing.err(), missing::all);
  }

  @Test
  void theFailedOfflineBuildOfAFreshMachineIsSilent() throws Exception {
    Path root = checkout(false);
    Run r = launch(root, fakeMaven(root), "--version");
    assertEquals(0, r.exit(), r::all);
    assertTrue(r.out().startsWith("nnc "), r::all);
    assertEquals("", r.err(), r::all);
    assertTrue(Files.isRegularFile(root.resolve("compiler/target/nnc-compiler.jar")), r::all);
  }
}
