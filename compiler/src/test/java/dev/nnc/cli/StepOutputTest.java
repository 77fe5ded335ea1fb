package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A train step's outputs ({@code output NAME = EXPR}): each is reported per epoch after the step's
 * loss and in the metrics as {@code STEP.NAME}, computed on the step's batch, random numbers and
 * parameters before its update. An output that is the loss itself, noise included, equals the
 * loss; one that is not a float scalar is {@code train.output}.
 */
class StepOutputTest {
  @TempDir Path dir;

  private static final String FILE = """
      use std.nn.{Linear}
      use std.optim.{Adam}

      model Lin {
        input x: f32[B, 2]
        fc = Linear(2, 1)
        output o = fc(x)
      }

      train Noisy {
        models a = Lin(), b = Lin()
        data xor()
        batch 2
        epochs 3
        seed 5
        step fit {
          noise = normal(f32[B, 1])
          l = mean((a(x) + noise - y) ** 2)
          loss l
          output same = l
          output half = 0.5 * l
          output wrong = f32(sum(f32(a(x) > 0.5)))
          update a with Adam(lr: 0.1)
        }
        step other {
          loss mean((b(x) - y) ** 2)
          output noise_mean = mean(normal(f32[B, 1]))
          update b with Adam(lr: 0.1)
        }
      }
      """;

  private static final Pattern NUMBER = Pattern.compile("\"([a-z_.]+)\": (-?[0-9.E-]+)");

  @Test
  void outputsFollowTheirStepsLossAndEqualItOnTheSameRandomNumbers() throws IOException {
    Path file = dir.resolve("noisy.nn");
    Files.writeString(file, FILE);
    Path metrics = dir.resolve("m.jsonl");
    Samples.Result r = Samples.run("train", file.toString(), "--device", "jvm", "--out", dir.toString(), "--metrics", metrics.toString(), "-q");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> epochs = r.out().lines().filter(l -> l.startsWith("epoch ")).toList();
    assertEquals(3, epochs.size(), r::all);
    assertTrue(epochs.get(0).matches("epoch 1: fit loss \\S+, same \\S+, half \\S+, wrong \\S+, other loss \\S+, noise_mean \\S+"), r::all);
    List<String> lines = Files.readAllLines(metrics);
    assertEquals(3, lines.size());
    for (String line : lines) {
      java.util.Map<String, Double> v = new java.util.HashMap<>();
      Matcher m = NUMBER.matcher(line);
      while (m.find()) v.put(m.group(1), Double.parseDouble(m.group(2)));
      double loss = v.get("train_loss");
      // The loss draws noise; the output program draws the same noise at the same parameters.
      assertEquals(loss, v.get("fit.same"), 1e-6 * loss, line);
      assertEquals(loss / 2, v.get("fit.half"), 1e-6 * loss, line);
      double wrong = v.get("fit.wrong");
      assertTrue(wrong >= 0 && wrong <= 2 && wrong == Math.rint(wrong * 2) / 2, line); // a mean over batches of 2 of counts 0..2
      assertTrue(Math.abs(v.get("other.noise_mean")) < 2, line);
    }
  }

  /** Stopped inside an epoch and resumed, the outputs' epoch means and the state are an unbroken run's. */
  @Test
  void aResumedRunReportsAsAnUnbrokenOne() throws IOException {
    Path file = dir.resolve("noisy.nn");
    Files.writeString(file, FILE);
    Path whole = dir.resolve("whole"), parts = dir.resolve("parts");
    Samples.Result straight = Samples.run("train", file.toString(), "--device", "jvm", "--out", whole.toString(), "-q");
    assertEquals(Main.OK, straight.exit(), straight::all);
    Samples.Result first = Samples.run("train", file.toString(), "--device", "jvm", "--out", parts.toString(), "--steps", "3", "-q");
    assertEquals(Main.OK, first.exit(), first::all);
    Samples.Result rest = Samples.run("train", file.toString(), "--device", "jvm", "--out", parts.toString(), "-q",
        "--resume", parts.resolve("Noisy.safetensors").toString());
    assertEquals(Main.OK, rest.exit(), rest::all);
    // Epoch 2 was stopped after its first step: its line after the resume counts that step's loss and outputs too.
    for (String epoch : List.of("epoch 2:", "epoch 3:")) {
      String line = straight.out().lines().filter(l -> l.startsWith(epoch)).findFirst().orElseThrow();
      assertTrue(rest.out().lines().anyMatch(line::equals), () -> "unbroken: " + line + "\n" + rest.all());
    }
    assertEquals(Files.readString(whole.resolve("Noisy.safetensors"), java.nio.charset.StandardCharsets.ISO_8859_1),
        Files.readString(parts.resolve("Noisy.safetensors"), java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Test
  void anOutputThatIsNotAFloatScalarIsReportedWhereItIsWritten() throws IOException {
    Path file = dir.resolve("bad.nn");
    Files.writeString(file, FILE.replace("output same = l", "output same = a(x)"));
    Samples.Result r = Samples.run("check", "--format", "raw", file.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().contains(file + ":20:19: train.output: output `same` of step `fit` must be a float scalar, found f32[B, 1]"), r::all);
  }
}
