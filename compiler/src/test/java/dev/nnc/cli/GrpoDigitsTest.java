package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/grpo_digits.nn through the command line, as docs/samples.md runs it: DigitLm pretrains
 * the policy on the task's language, then Grpo starts the policy and its frozen reference from
 * that checkpoint and raises the share of right answers, reporting it and the KL to the reference
 * every epoch. The short run (10 epochs of pretraining, {@link #EPOCHS} of GRPO, 4 steps each)
 * asserts that the success rate over the last five epochs at least doubles from the first
 * epoch's, the pretrained policy's (about 1/28 for uniform digits; it reaches about 10%); with the long runs' flag ({@code -Dnnc.test.curves=all}) the train block's full
 * 100 epochs must reach 85% (docs/samples.md: 91.3% in the last epoch, 88.2% over the last five).
 */
class GrpoDigitsTest {
  @TempDir Path dir;

  static final int EPOCHS = 15;

  static final Pattern EPOCH = Pattern.compile("epoch (\\d+): grpo loss (\\S+), success (\\S+), kl (\\S+)");

  @Test
  void grpoRaisesTheSuccessRateOfThePretrainedPolicy() throws IOException {
    boolean full = "all".equals(System.getProperty("nnc.test.curves"));
    // The sample reads the pretrained checkpoint from out/ under the working directory; here, from dir.
    Path pretrained = dir.resolve("DigitLm.safetensors");
    String text = Files.readString(Samples.file("grpo_digits"));
    assertTrue(text.contains("\"out/DigitLm.safetensors\""), "the sample names its checkpoint as docs/samples.md says");
    Path file = dir.resolve("grpo_digits.nn");
    Files.writeString(file, text.replace("\"out/DigitLm.safetensors\"", "\"" + pretrained + "\""));

    Samples.Result pre = Samples.run("train", file.toString(), "--model", "DigitLm", "--device", "jvm", "--epochs", full ? "50" : "10",
        "--out", dir.toString(), "-q");
    assertEquals(Main.OK, pre.exit(), pre::all);
    List<String> args = new ArrayList<>(List.of("train", file.toString(), "--model", "Grpo", "--device", "jvm", "--out", dir.toString(), "-q"));
    if (!full) args.addAll(List.of("--epochs", String.valueOf(EPOCHS)));
    Samples.Result r = Samples.run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("init pi: 7 of 7 tensors from " + pretrained), r::all);
    assertTrue(r.out().contains("init ref: 7 of 7 tensors from " + pretrained), r::all);

    List<double[]> epochs = new ArrayList<>(); // success, kl
    for (String line : r.out().lines().toList()) {
      Matcher m = EPOCH.matcher(line);
      if (m.matches()) epochs.add(new double[] {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
    }
    assertEquals(full ? 100 : EPOCHS, epochs.size(), r::all);
    double first = epochs.get(0)[0];
    double last = 0;
    for (double[] e : epochs.subList(epochs.size() - 5, epochs.size())) last += e[0] / 5;
    System.out.printf("grpo_digits: success %.3f in the first epoch, %.3f over the last five of %d; kl %.4f, then %.4f%n",
        first, last, epochs.size(), epochs.get(0)[1], epochs.get(epochs.size() - 1)[1]);
    // The pretrained policy's digits are close to uniform: about 1 in 28 answers is right.
    assertTrue(first > 0.01 && first < 0.07, r::all);
    // pi starts as ref: the KL is small in the first epoch, then grows as pi moves away from it.
    assertTrue(epochs.get(0)[1] >= 0 && epochs.get(0)[1] < 0.05, r::all);
    assertTrue(epochs.get(epochs.size() - 1)[1] > 0.1, r::all);
    assertTrue(last >= 2 * first && last >= 0.07, "success " + last + " after GRPO, " + first + " before\n" + r.all());
    if (full) assertTrue(last >= 0.85, "success " + last + " after the full run\n" + r.all());
  }
}
