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
 * {@code --model NAME} on every command that takes a model, in a file with two models and two
 * train blocks: the second model, trained a few steps, is evaluated, predicted, measured and
 * exported by name; without the option the first is meant, and the message says how to pick.
 */
class ModelOptionTest {
  @TempDir static Path dir;
  static Path file, ckpt;

  @BeforeAll
  static void trainTheSecond() throws IOException {
    file = dir.resolve("two.nn");
    String block = """
        train %s {
          data fashion_mnist("train")
          validate fashion_mnist("test")
          optimizer Adam(lr: 1e-3)
          batch 64
          epochs 1
          metrics loss, accuracy
        }
        """;
    Files.writeString(file, """
        use std.nn.{Linear}
        use std.act.{relu}
        use std.loss.{cross_entropy}
        use std.optim.{Adam}
        model Small {
          input x: f32[B, 784]
          target y: i32[B]
          fc = Linear(784, 10)
          output logits = fc(x)
          loss cross_entropy(logits, y)
        }
        model Deep {
          input x: f32[B, 784]
          target y: i32[B]
          fc1 = Linear(784, 32)
          fc2 = Linear(32, 10)
          output logits = fc2(relu(fc1(x)))
          loss cross_entropy(logits, y)
        }
        """ + block.formatted("Small") + block.formatted("Deep"));
    Samples.Result r = Samples.run("train", file.toString(), "--model", "Deep", "--steps", "10", "--device", "jvm", "-q", "--out",
        dir.resolve("out").toString());
    assertEquals(Main.OK, r.exit(), r::all);
    ckpt = dir.resolve("out/Deep.safetensors");
  }

  @Test
  void evalPredictBenchAndExportTakeTheModelByName() {
    Samples.Result e = Samples.run("eval", file.toString(), "--model", "Deep", "--checkpoint", ckpt.toString(), "--device", "jvm");
    assertEquals(Main.OK, e.exit(), e::all);
    assertTrue(e.out().startsWith("evaluating Deep from " + ckpt), e::all);
    Samples.Result p = Samples.run("predict", file.toString(), "--model", "Deep", "--checkpoint", ckpt.toString(), "--device", "jvm",
        "--count", "2");
    assertEquals(Main.OK, p.exit(), p::all);
    assertTrue(p.out().startsWith("predicting with Deep from " + ckpt), p::all);
    Samples.Result b = Samples.run("bench", file.toString(), "--model", "Deep", "--device", "jvm", "--batch", "8", "--warmup", "0",
        "--seconds", "0.2");
    assertEquals(Main.OK, b.exit(), b::all);
    assertTrue(b.out().contains("\"model\": \"Deep\""), b::all);
    Path w = dir.resolve("deep.safetensors");
    Samples.Result x = Samples.run("export", file.toString(), "--model", "Deep", "--checkpoint", ckpt.toString(), "--weights-only",
        "-o", w.toString());
    assertEquals(Main.OK, x.exit(), x::all);
    assertEquals("exported 4 tensors of Deep to " + w + "\n", x.out(), x::all);
  }

  @Test
  void withoutTheOptionTheFirstIsMeantAndTheMessageSaysHowToPick() {
    Samples.Result e = Samples.run("eval", file.toString(), "--checkpoint", ckpt.toString(), "--device", "jvm");
    assertEquals(Main.FAULT, e.exit(), e::all);
    assertEquals("nnc: " + ckpt + ": checkpoint does not match model Small: it has no tensor `fc.weight`; pass a checkpoint that nnc "
        + "train wrote for Small, or name the checkpoint's model with --model NAME (the file trains 2)\n", e.err(), e::all);
  }
}
