package dev.nnc.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.Epoch;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.Scores;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class the nnc Maven plugin generated from src/main/nn/spirals.nn, at work with the nnc
 * runtime alone; the nnc command line of the checkout this sample lives in writes the checkpoint
 * it loads and prints the predictions it must agree with, in a process of its own.
 */
class SpiralsTest {
  /**
   * The application's class path holds the nnc runtime, not the compiler, nor LWJGL (an optional
   * dependency of the runtime, for OpenCL): the generated class needs nothing more.
   */
  @Test
  void theCompilerIsNotOnTheClassPath() {
    for (String compiler : List.of("dev.nnc.api.Sessions", "dev.nnc.cli.Main", "dev.nnc.jvm.JvmProgram")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(compiler), compiler);
    }
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.lwjgl.opencl.CL"));
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> Path.of(p).getFileName().toString()).filter(n -> n.startsWith("nnc-")).toList();
    assertEquals(1, jars.size(), jars::toString);
    assertTrue(jars.get(0).startsWith("nnc-runtime-"), jars::toString);
    try (Spirals model = Spirals.open()) {
      assertTrue(model.toString().endsWith("from the program images packaged at build time"), model::toString);
    }
  }

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
    Run trained = nnc(train);
    assertEquals(0, trained.exit, trained.text);
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

  /** The nnc command of the checkout ({@code ../../nnc}), in a process of its own: its exit status and standard output. */
  private static Run nnc(String... args) throws IOException, InterruptedException {
    Path script = Path.of("../../nnc");
    assertTrue(Files.isRegularFile(script), "this test runs the nnc command of the checkout the sample lives in, " + script.toAbsolutePath());
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), text);
  }
}
