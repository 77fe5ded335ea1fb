package dev.nnc.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.api.Epoch;
import dev.nnc.api.FitOptions;
import dev.nnc.api.Scores;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The class the nnc Maven plugin generated from src/main/nn/spirals.nn, at work. */
class SpiralsTest {
  /** Trains from scratch with the train block's settings, through the typed records, to a high validation accuracy. */
  @Test
  void trainsToHighAccuracy() {
    DataSet points = Datasets.spirals(512);
    try (Spirals model = Spirals.open()) {
      DataSet train = model.dataset(new Spirals.Input(points.field("x").floats()), new Spirals.Target(points.field("y").ints()));
      DataSet validation = Datasets.spirals(200);
      List<Epoch> seen = new ArrayList<>();
      List<Epoch> history = model.fit(train, FitOptions.defaults().validation(validation), seen::add);
      assertEquals(60, history.size());
      assertEquals(history, seen);
      assertEquals(60 * 16, history.get(59).step());
      Scores scores = model.evaluate(validation);
      assertEquals(200, scores.samples());
      assertTrue(scores.accuracy() >= 0.95, () -> "validation accuracy " + scores.accuracy() + " after " + history);
      assertTrue(history.get(59).loss() < history.get(0).loss() / 4, history::toString);
    }
  }

  /** A checkpoint written by nnc train loads into the typed class, which predicts what nnc predict prints. */
  @Test
  void predictsFromACheckpointThatNncTrainWrote() throws Exception {
    Path out = Path.of("target/nnc-train");
    String[] train = {"train", "src/main/nn/spirals.nn", "--out", out.toString(), "-q"};
    assertEquals(0, nnc(train).exit, () -> nnc(train).text);
    Path checkpoint = out.resolve("Spirals.safetensors");
    assertTrue(Files.isRegularFile(checkpoint));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Spirals model = Spirals.open()) {
      model.load(checkpoint);
      Predict.print(model, 8, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    List<String> mine = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    Run cli = nnc("predict", "src/main/nn/spirals.nn", "--checkpoint", checkpoint.toString(), "--count", "8");
    assertEquals(0, cli.exit, cli.text);
    List<String> theirs = cli.text.lines().toList();
    assertEquals(theirs.subList(1, theirs.size()), mine);
    assertTrue(mine.stream().filter(l -> l.endsWith("(wrong)")).count() <= 1, mine::toString);
  }

  @Test
  void inputsOfTheWrongLengthAreRefused() {
    try (Spirals model = Spirals.open()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.predict(new Spirals.Input(new float[3])));
      assertEquals("Spirals.predict: `x` is f32[B, 2], so its length must be a multiple of 2, but it is 3", e.getMessage());
      assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias"), model.parameterNames());
      assertEquals("f32[32, 2]", model.parameter("fc1.weight").type());
    }
  }

  private record Run(int exit, String text) {}

  /** The nnc command line, in this JVM. */
  private static Run nnc(String... args) {
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text, true);
    int exit = dev.nnc.cli.Main.run(args, w, w);
    return new Run(exit, text.toString());
  }
}
