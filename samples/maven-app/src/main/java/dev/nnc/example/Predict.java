package dev.nnc.example;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Loads a checkpoint of the spiral classifier, such as the one {@code nnc train
 * src/main/nn/spirals.nn} writes ({@code out/Spirals.safetensors}), and prints its predictions for
 * the first points of the validation data, as {@code nnc predict} does.
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) dev.nnc.example.Predict out/Spirals.safetensors [COUNT]
 * </pre>
 */
public final class Predict {
  private Predict() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Predict CHECKPOINT [COUNT]");
      System.exit(2);
    }
    try (Spirals model = Spirals.open()) {
      model.load(Path.of(args[0]));
      print(model, args.length > 1 ? Integer.parseInt(args[1]) : 5, System.out);
    } catch (DataException e) {
      System.err.println("predict: " + e.getMessage());
      System.exit(3);
    }
  }

  /** The predicted class of each of the first {@code count} validation points, its probability and the true class. */
  static void print(Spirals model, int count, PrintStream out) {
    DataSet data = Datasets.spirals(200);
    float[] x = Arrays.copyOf(data.field("x").floats(), 2 * count);
    int[] y = data.field("y").ints();
    Spirals.Output output = model.predict(new Spirals.Input(x));
    float[] probs = output.probs();
    for (int i = 0; i < count; i++) {
      int best = probs[2 * i + 1] > probs[2 * i] ? 1 : 0;
      out.printf(Locale.ROOT, "  %d: class %d (p %.3f), true %d%s%n", i, best, probs[2 * i + best], y[i], best == y[i] ? "" : "  (wrong)");
    }
  }
}
