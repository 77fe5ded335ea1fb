package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code nnc train} checks before the first step, so no work is lost to it afterwards: the
 * numbers on the command line, and that {@code --out} can take the checkpoint; and the temporary
 * files a killed run left in {@code --out}, which a new run removes.
 */
class TrainGuardsTest {
  @TempDir Path out;

  private static Samples.Result train(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "train";
    all[1] = Samples.file("linear_regression").toString();
    all[2] = "--device";
    all[3] = "reference";
    System.arraycopy(args, 0, all, 4, args.length);
    return Samples.run(all);
  }

  @Test
  void aBatchOrEpochsBelowOneIsAUsageError() {
    for (String[] c : new String[][] {{"--batch", "0"}, {"--batch", "-5"}, {"--epochs", "0"}, {"--epochs", "-2"}}) {
      Samples.Result r = train(c[0], c[1], "--out", out.toString());
      assertEquals(Main.USAGE, r.exit(), r::all);
      assertEquals(List.of("nnc: " + c[0] + " must be at least 1, found " + c[1]), r.err().lines().toList(), r::all);
      assertEquals("", r.out(), r::all);
    }
    assertFalse(Files.exists(out.resolve("LinearRegression.safetensors")));
  }

  @Test
  void anOutThatIsAFileIsRefusedBeforeTraining() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "not a folder");
    Samples.Result r = train("--out", file.toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: --out " + file + ": it is a file, not a folder"), r.err().lines().toList(), r::all);
    assertEquals("", r.out(), "nothing trained: " + r.all());

    Path below = file.resolve("run");
    Samples.Result under = train("--out", below.toString());
    assertEquals(Main.FAULT, under.exit(), under::all);
    assertEquals(List.of("nnc: --out " + below + ": " + file.toAbsolutePath() + " is a file, not a folder"), under.err().lines().toList(),
        under::all);
    assertEquals("", under.out(), under::all);
    assertEquals("not a folder", Files.readString(file));
  }

  /** A run killed while it wrote the plot or the checkpoint left their temporary files; the next run removes them. */
  @Test
  void staleTemporaryFilesOfAKilledRunAreRemoved() throws IOException {
    Path run = Files.createDirectories(out.resolve("run"));
    Path png = Files.createFile(run.resolve(".LinearRegression.png8123456789012345.tmp"));
    Path ckpt = Files.createFile(run.resolve(".LinearRegression.safetensors.3f9a0c1be2d4.tmp"));
    Path probe = Files.createFile(run.resolve(".nnc-probe42.tmp"));
    Path others = Files.createFile(run.resolve(".Other.png123.tmp")), mine = Files.createFile(run.resolve("notes.tmp"));
    Samples.Result r = train("--epochs", "1", "--out", run.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertFalse(Files.exists(png), "stale plot temp kept");
    assertFalse(Files.exists(ckpt), "stale checkpoint temp kept");
    assertFalse(Files.exists(probe), "stale probe kept");
    assertTrue(Files.exists(others), "another model's file is not ours to remove");
    assertTrue(Files.exists(mine), "a file of another name is not ours to remove");
    assertTrue(Files.exists(run.resolve("LinearRegression.safetensors")));
  }
}
