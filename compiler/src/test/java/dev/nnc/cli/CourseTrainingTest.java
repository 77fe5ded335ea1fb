package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The course's Fashion-MNIST samples train on the real data set on the JVM backend, as their
 * train blocks say, for a few hundred steps (well under an epoch), and reach a loose floor of
 * test accuracy, about 5 points under what each reached when its floor was set: a model that does
 * not learn, or learns far slower than it should, fails. The full runs are in docs/samples.md.
 */
class CourseTrainingTest {
  private static final Pattern ACCURACY =
      Pattern.compile("(?m)^accuracy on fashion_mnist\\(\"test\"\\) \\(10000 samples\\): ([0-9.]+)%$");

  @TempDir Path out;

  @ParameterizedTest(name = "{0}: {1} steps, at least {2}%")
  @CsvSource({
      "fashion_mlp, 300, 78",  // 83.3% when the floor was set
      "lenet5, 300, 70",       // 75.9%
      "small_cnn, 300, 79",    // 84.3%
      "small_resnet, 200, 81", // 86.5%
      "lstm_rows, 300, 72",    // 77.8%
      "gru_rows, 300, 74",     // 79.3%
      "vit, 200, 72",          // 77.2%
  })
  void reachesItsFloor(String sample, int steps, double floor) {
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--steps", String.valueOf(steps), "-q",
        "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("with the JVM backend"), r::all);
    Matcher m = ACCURACY.matcher(r.out());
    assertTrue(m.find(), r::all);
    double accuracy = Double.parseDouble(m.group(1));
    System.out.printf("%s after %d steps: %.2f%% test accuracy%n", sample, steps, accuracy);
    assertTrue(accuracy >= floor, sample + " after " + steps + " steps: " + accuracy + "% < " + floor + "%\n" + r.all());
  }
}
