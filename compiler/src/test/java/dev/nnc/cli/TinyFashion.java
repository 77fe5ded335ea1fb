package dev.nnc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A Fashion-MNIST folder small enough for the reference evaluator (a few 28x28 images in IDX
 * files, written here), a linear classifier that trains on it with validation, and a way to run
 * a command object whose test hooks a test has set.
 */
final class TinyFashion {
  private TinyFashion() {}

  /** A linear softmax classifier on Fashion-MNIST, validated on its test split. */
  static final String MODEL = """
      use std.nn.{Linear}
      use std.act.{softmax}
      use std.loss.{cross_entropy}
      use std.optim.{SGD}

      model Tiny {
        input x: f32[B, 784]
        target y: i32[B]
        fc = Linear(784, 10)
        logits = fc(x)
        output probs = softmax(logits)
        loss cross_entropy(logits, y)
      }

      train Tiny {
        data      fashion_mnist("train")
        validate  fashion_mnist("test")
        optimizer SGD(lr: 0.5)
        batch 8
        epochs 2
        seed 7
        metrics accuracy, loss
      }
      """;

  /** Writes {@code train} and {@code test} images (class k: a bright band in rows 2k..2k+2) and their labels. */
  static Path folder(Path dir, int train, int test) throws IOException {
    Files.createDirectories(dir);
    write(dir, "train", train, 1);
    write(dir, "t10k", test, 2);
    return dir;
  }

  private static void write(Path dir, String prefix, int n, long seed) throws IOException {
    Random r = new Random(seed);
    byte[] pixels = new byte[n * 784], labels = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = i % 10;
      labels[i] = (byte) k;
      for (int p = 0; p < 784; p++) {
        int row = p / 28;
        pixels[i * 784 + p] = (byte) (row >= 2 * k && row < 2 * k + 3 ? 200 + r.nextInt(50) : r.nextInt(40));
      }
    }
    Files.write(dir.resolve(prefix + "-images-idx3-ubyte"), idx(0x08, new int[] {n, 28, 28}, pixels));
    Files.write(dir.resolve(prefix + "-labels-idx1-ubyte"), idx(0x08, new int[] {n}, labels));
  }

  static byte[] idx(int type, int[] dims, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
    b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
    for (int d : dims) b.putInt(d);
    return b.put(data).array();
  }

  /** Runs with Fashion-MNIST read from {@code dir} (the property the data loader reads). */
  static <T> T withFolder(Path dir, Callable<T> body) throws Exception {
    String before = System.getProperty("nnc.fashion_mnist");
    System.setProperty("nnc.fashion_mnist", dir.toString());
    try {
      return body.call();
    } finally {
      if (before == null) System.clearProperty("nnc.fashion_mnist");
      else System.setProperty("nnc.fashion_mnist", before);
    }
  }

  /** Runs a command object (with its test hooks set) on the arguments, as Main runs it. */
  static Samples.Result run(Object command, String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Samples.Result(exit, out.toString(), err.toString());
  }
}
