package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Text;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fortunes corpus as character windows: samples/char_bigram.nn trains on it through `nnc
 * train` (token ids declared `i32[B, T]`, bound without tricks) and, after 300 steps, its
 * held-out loss is well below what character frequencies alone give on the same split (a
 * unigram model with add-one smoothing, counted here from the training split); its checkpoint
 * keeps the vocabulary.
 */
class FortunesTest {
  @TempDir Path out;

  static final Pattern EPOCH = Pattern.compile("epoch 1 \\(stopped at step 300, .*\\): loss (\\S+), validation loss (\\S+)");

  @Test
  void theBigramBeatsTheUnigramOnHeldOutFortunes() {
    Samples.Result r = Samples.run("train", Samples.file("char_bigram").toString(), "--device", "jvm", "--steps", "300", "-q",
        "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Matcher m = r.out().lines().map(EPOCH::matcher).filter(Matcher::matches).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    double bits = Double.parseDouble(m.group(2)) / Math.log(2);
    double unigram = unigramBits(Text.fortunes("train", 64), Text.fortunes("test", 64));
    System.out.printf("fortunes, held-out bits per character: unigram %.3f, char_bigram after 300 steps %.3f%n", unigram, bits);
    assertTrue(unigram > 4.5 && unigram < 5.2, "the unigram baseline is about 4.9 bits: " + unigram);
    assertTrue(bits < unigram - 0.7, "the bigram model gives " + bits + " bits per character, the unigram " + unigram);
    // The vocabulary of the text goes with the checkpoint, for nnc sample --prompt.
    assertEquals(Text.characters(), Safetensors.read(out.resolve("CharBigram.safetensors")).metadata().get(Text.VOCABULARY_KEY));
  }

  /**
   * The counted baselines a character model is measured against, on the corpus's split (its
   * last tenth held out): the unigram and the bigram model with add-one smoothing, counted
   * from the training split and scored on the held-out one (docs/samples.md reports both).
   */
  @Test
  void theCountedBaselines() {
    DataSet train = Text.fortunes("train", 64), test = Text.fortunes("test", 64);
    double unigram = unigramBits(train, test), bigram = bigramBits(train, test);
    System.out.printf("fortunes, held-out bits per character: unigram %.4f, bigram %.4f (add-one smoothing)%n", unigram, bigram);
    assertTrue(unigram > 4.5 && unigram < 5.2, "the unigram baseline is about 4.9 bits: " + unigram);
    assertTrue(bigram > 3.4 && bigram < 4.2, "the bigram baseline is about 3.8 bits: " + bigram);
  }

  /**
   * Cross-entropy in bits of the test split's targets given the character before each (the
   * window's input at that position) under the training split's pair counts, add-one smoothed.
   */
  static double bigramBits(DataSet train, DataSet test) {
    int v = Text.VOCABULARY;
    double[] counts = new double[v * v], rows = new double[v];
    java.util.Arrays.fill(counts, 1);
    java.util.Arrays.fill(rows, v);
    int[] xs = train.field("x").ints(), ys = train.field("y").ints();
    for (int i = 0; i < ys.length; i++) {
      counts[xs[i] * v + ys[i]]++;
      rows[xs[i]]++;
    }
    int[] tx = test.field("x").ints(), ty = test.field("y").ints();
    double sum = 0;
    for (int i = 0; i < ty.length; i++) sum -= Math.log(counts[tx[i] * v + ty[i]] / rows[tx[i]]) / Math.log(2);
    return sum / ty.length;
  }

  /** Cross-entropy in bits of the test split's targets under the training split's character frequencies, add-one smoothed. */
  static double unigramBits(DataSet train, DataSet test) {
    double[] counts = new double[Text.VOCABULARY];
    java.util.Arrays.fill(counts, 1);
    for (int t : train.field("y").ints()) counts[t]++;
    double total = java.util.Arrays.stream(counts).sum(), sum = 0;
    int[] ys = test.field("y").ints();
    for (int t : ys) sum -= Math.log(counts[t] / total) / Math.log(2);
    return sum / ys.length;
  }
}
