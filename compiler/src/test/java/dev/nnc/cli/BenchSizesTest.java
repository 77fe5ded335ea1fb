package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizes {@code nnc bench} binds: the batch symbol to {@code --batch}, the others as
 * {@code nnc train} binds them from the train block's data set (a sequence's length T from its
 * rows), or to {@code --size NAME=N}; a bad {@code --size} is a usage error that says why.
 */
class BenchSizesTest {
  @TempDir static Path dir;
  static Path file;

  /**
   * Sequences of 4 tokens, positions embedded by a table of 4 rows: T must be 4. When bench bound
   * T to the batch (8), the positions' gather read past the table. A second input of [B, T, F]
   * makes F a size the points' rows give too, and a size too large names every size it was at.
   */
  @BeforeAll
  static void write() throws IOException {
    file = dir.resolve("seq.nn");
    Files.writeString(file, """
        use std.nn.{Embedding, Linear}
        use std.loss.{mse}
        use std.optim.{Adam}
        model Seq {
          input x: i32[B, T]
          input f: f32[B, T, F]
          target y: f32[B, T]
          tok = Embedding(8, 2)
          pos = Embedding(4, 2)
          fc = Linear(2, 1)
          wide = mean(broadcast_to(reshape(sum(f, axis: 2), [B, T, 1, 1]), [B, T, F, 2000000000]))
          output o = reshape(fc(tok(x) + pos(arange(T))), [B, T]) + wide
          loss mse(o, y)
        }
        train Seq {
          data points(x: [[1, 2, 3, 0], [4, 5, 6, 7]], f: [[[1.0], [2.0], [3.0], [4.0]], [[1.0], [2.0], [3.0], [4.0]]],
                      y: [[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0]])
          optimizer Adam(lr: 1e-3)
          batch 2
        }
        """);
  }

  private static Samples.Result bench(String... more) {
    String[] args = new String[] {"bench", file.toString(), "--device", "jvm", "--warmup", "0", "--seconds", "0"};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Samples.run(all);
  }

  @Test
  void theBatchIsTheOptionAndTheSequenceLengthTheDataSets() {
    Samples.Result r = bench("--batch", "1");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    // The element bound names the sizes the step was bound to: T and F from the points, not 1.
    assertTrue(r.out().contains("with B = 1, F = 1, T = 4 has 8000000000 elements"), r::all);
    r = bench("--batch", "1", "--size", "F=2", "--size", "T=3");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().contains("with B = 1, F = 2, T = 3 has 12000000000 elements"), r::all);
  }

  @Test
  void aSequenceModelBenchesAtABatchLargerThanItsContext() throws IOException {
    Path plain = dir.resolve("plain.nn");
    Files.writeString(plain, """
        use std.nn.{Embedding, Linear}
        use std.loss.{mse}
        use std.optim.{Adam}
        model Seq {
          input x: i32[B, T]
          target y: f32[B, T]
          tok = Embedding(8, 2)
          pos = Embedding(4, 2)
          fc = Linear(2, 1)
          output o = reshape(fc(tok(x) + pos(arange(T))), [B, T])
          loss mse(o, y)
        }
        train Seq {
          data points(x: [[1, 2, 3, 0], [4, 5, 6, 7]], y: [[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0]])
          optimizer Adam(lr: 1e-3)
          batch 2
        }
        """);
    Samples.Result r = Samples.run("bench", plain.toString(), "--device", "jvm", "--batch", "8", "--warmup", "0", "--seconds", "0");
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().startsWith("{\"impl\": \"nnc\", \"device\": \"jvm\", \"model\": \"Seq\", \"batch\": 8, \"steps\": 1,"), r::all);
  }

  @Test
  void aBadSizeIsAUsageErrorThatSaysWhy() {
    String[][] cases = {
        {"T=abc", "nnc: --size T=abc: give NAME=N, N a whole number of at least 1 (--size T=64)\n"},
        {"T=0", "nnc: --size T=0: give NAME=N, N a whole number of at least 1 (--size T=64)\n"},
        {"T", "nnc: --size T: give NAME=N, N a whole number of at least 1 (--size T=64)\n"},
        {"Q=3", "nnc: --size Q=3: the inputs of Seq have no size `Q`; their sizes other than the batch are F, T\n"},
        {"B=3", "nnc: --size B=3: B is the batch size; give it with --batch\n"}};
    for (String[] c : cases) {
      Samples.Result r = bench("--size", c[0]);
      assertEquals(Main.USAGE, r.exit(), r::all);
      assertEquals(c[1], r.err(), r::all);
    }
  }
}
