package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.opencl.OpenClAvailable;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The graph samples, whose loss is {@code cross_entropy(logits[mask], y[mask])}, train on the
 * compiled devices with no fallback: the unmask pass makes the loss a masked mean over all the
 * nodes. The GCN reaches the accuracy the reference evaluator gives (docs/samples.md, "Graphs"),
 * on the JVM backend and on OpenCL; the stochastic-block-model samples reach a floor a few points
 * under what the reference evaluator reaches in as many epochs, on the JVM backend in the suite
 * and on OpenCL too with {@code -Dnnc.test.curves=all} (PoCL builds each sample's kernels for
 * a minute or two when its cache is cold).
 */
class MaskedTrainingTest {
  @TempDir Path out;

  private static final Pattern ACCURACY = Pattern.compile("(?m)^accuracy on the (\\d+) unlabelled nodes: ([0-9.]+)% \\((\\d+) right\\)$");

  private Samples.Result train(String sample, String device, int epochs) {
    if (device.equals("opencl")) OpenClAvailable.device();
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--device", device, "--epochs", String.valueOf(epochs),
        "-q", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("", r.err(), () -> "no note, no fallback\n" + r.all());
    assertTrue(r.out().contains(device.equals("jvm") ? " with the JVM backend " : " with OpenCL on "), r::all);
    return r;
  }

  /** 31 of the 32 unlabelled nodes, 96.9%, as on the reference evaluator (TrainCommandTest), for the train block's 200 epochs. */
  @ParameterizedTest(name = "gcn on {0}")
  @CsvSource({"jvm", "opencl"})
  void theGcnReachesTheReferenceAccuracyOnTheCompiledDevices(String device) {
    Samples.Result r = train("gcn", device, 200);
    assertTrue(r.out().lines().toList().contains("accuracy on the 32 unlabelled nodes: 96.9% (31 right)"), r::all);
  }

  /** The stochastic-block-model samples: 180 unlabelled nodes of 200. */
  @ParameterizedTest(name = "{0} on {1}: {2} epochs, at least {3}%")
  @CsvSource({
      // sample, device, epochs, floor: 3 points under the reference evaluator's accuracy after as many epochs (in the comment;
      // the JVM backend reached the same, and so did OpenCL after the train blocks' 100 epochs: docs/samples.md)
      "graphsage_sbm, jvm, 30, 84",    // 87.8%
      "gat_sbm, jvm, 30, 86",          // 89.4%
      "chebnet_sbm, jvm, 30, 80",      // 83.3%
      "edges_sbm, jvm, 30, 92",        // 95.6%
      "graphsage_sbm, opencl, 30, 84",
      "gat_sbm, opencl, 30, 86",
      "chebnet_sbm, opencl, 30, 80",
      "edges_sbm, opencl, 30, 92",
  })
  void theBlockModelSamplesReachTheirFloor(String sample, String device, int epochs, double floor) {
    assumeTrue(device.equals("jvm") || "all".equals(System.getProperty("nnc.test.curves")),
        "the block-model samples on OpenCL run with -Dnnc.test.curves=all");
    Samples.Result r = train(sample, device, epochs);
    Matcher m = ACCURACY.matcher(r.out());
    assertTrue(m.find(), r::all);
    assertEquals("180", m.group(1), r::all);
    double accuracy = Double.parseDouble(m.group(2));
    System.out.printf("%s on %s after %d epochs: %.1f%% of the unlabelled nodes%n", sample, device, epochs, accuracy);
    assertTrue(accuracy >= floor, sample + " on " + device + " after " + epochs + " epochs: " + accuracy + "% < " + floor + "%\n" + r.all());
  }
}
