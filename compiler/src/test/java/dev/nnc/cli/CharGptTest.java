package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Text;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/char_gpt.nn, the character-level GPT, through the command line: after a short run of
 * {@link #STEPS} steps on a slice of the fortunes corpus its held-out loss is well below what
 * character frequencies give (a unigram model counted from the slice's training split, as
 * FortunesTest counts it); its checkpoint keeps the vocabulary; and from that checkpoint and the
 * prompt "The " its generate programs, greedy decoding without a cache (the whole buffer through
 * the model at every step) and with a key/value cache (one token a step,
 * TransformerEncoderLayer.step), give the same tokens, as do beam search without and with the
 * cache (gathered by parent), on the JVM and, with the long runs' flag
 * ({@code -Dnnc.test.curves=all}), on OpenCL.
 *
 * <p>The slice (the corpus's first {@link #SLICE} characters, its last tenth held out) keeps the
 * validation pass, which reads the whole held-out split, to a few seconds; the full corpus's
 * held-out tenth is 4,400 windows. docs/samples.md has the comparison with char_bigram.
 */
class CharGptTest {
  @TempDir Path out;

  static final int SLICE = 300_000;
  static final int STEPS = 50;

  static final Pattern EPOCH = Pattern.compile("epoch 1 \\(stopped at step " + STEPS + ", .*\\): loss (\\S+), validation loss (\\S+)");

  @Test
  void learnsPastTheBigramAndDecodesTheSameWithAndWithoutItsCache() throws Exception {
    Path corpus = Files.createDirectories(out.resolve("corpus"));
    String text = Text.decode(Text.fortunes("train", 1).field("x").ints()); // the characters of the training split
    Files.writeString(corpus.resolve("fortunes"), text.substring(0, SLICE));
    double gpt = withCorpus(corpus, () -> heldOut("char_gpt")) / Math.log(2);
    double unigram = withCorpus(corpus, () -> FortunesTest.unigramBits(Text.fortunes("train", 64), Text.fortunes("test", 64)));
    System.out.printf("fortunes slice, held-out bits per character: unigram %.3f, char_gpt after %d steps %.3f%n", unigram, STEPS, gpt);
    assertTrue(gpt < unigram - 0.5, "char_gpt gives " + gpt + " bits per character, the unigram " + unigram);

    Path checkpoint = out.resolve("char_gpt/CharGpt.safetensors");
    assertEquals(Text.characters(), Safetensors.read(checkpoint).metadata().get(Text.VOCABULARY_KEY), "the vocabulary is kept");
    int[] uncached = decode(checkpoint, "GptDecode", "jvm", 2);
    int[] cached = decode(checkpoint, "GptDecodeCached", "jvm", 2);
    assertEquals(2 * 64, uncached.length);
    assertEquals(PROMPT, Text.decode(java.util.Arrays.copyOfRange(uncached, 0, PROMPT.length())), "the prompt comes first");
    System.out.println("greedy from \"" + PROMPT + "\": " + Text.decode(java.util.Arrays.copyOfRange(uncached, 0, 64)).replace("\n", "\\n"));
    assertArrayEquals(uncached, cached, "the cached decoding gives other tokens than the uncached one");
    // Beam search, one sequence of 3 beams: the caches gathered by parent give the uncached search's tokens.
    int[] beam = decode(checkpoint, "GptBeam", "jvm", 1, "--arg", "beams=3");
    assertEquals(PROMPT, Text.decode(java.util.Arrays.copyOfRange(beam, 0, PROMPT.length())), "the prompt comes first");
    System.out.println("3 beams from \"" + PROMPT + "\": " + Text.decode(beam).replace("\n", "\\n"));
    assertArrayEquals(beam, decode(checkpoint, "GptBeamCached", "jvm", 1, "--arg", "beams=3"), "cached beam search");
    if ("all".equals(System.getProperty("nnc.test.curves"))) { // PoCL compiles each program for minutes
      dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
      assertArrayEquals(uncached, decode(checkpoint, "GptDecode", "opencl", 2), "OpenCL, without a cache");
      assertArrayEquals(uncached, decode(checkpoint, "GptDecodeCached", "opencl", 2), "OpenCL, with a cache");
      assertArrayEquals(beam, decode(checkpoint, "GptBeamCached", "opencl", 1, "--arg", "beams=3"), "OpenCL, beam search with a cache");
    }
  }

  /** The prompt the decoders start from (nnc sample --prompt, encoded with the checkpoint's vocabulary). */
  static final String PROMPT = "The ";

  /** Trains a sample {@link #STEPS} steps on the JVM into out/NAME; its held-out loss. */
  double heldOut(String sample) {
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--device", "jvm", "--steps", String.valueOf(STEPS), "-q",
        "--out", out.resolve(sample).toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Matcher m = r.out().lines().map(EPOCH::matcher).filter(Matcher::matches).findFirst().orElseThrow(() -> new AssertionError(r.all()));
    return Double.parseDouble(m.group(2));
  }

  /**
   * Runs a generate program of the sample from {@link #PROMPT} for {@code count} sequences; its tokens
   * [count, 64] (nnc sample writes i32 outputs as int32, and prints them as text).
   */
  int[] decode(Path checkpoint, String program, String device, int count, String... more) throws Exception {
    Path npy = out.resolve(program + "-" + device + ".npy");
    List<String> args = new ArrayList<>(List.of("sample", Samples.file("char_gpt").toString(), "--checkpoint", checkpoint.toString(),
        "--program", program, "--count", String.valueOf(count), "--device", device, "--prompt", PROMPT, "-o", npy.toString()));
    args.addAll(List.of(more));
    Samples.Result r = Samples.run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("tokens 1 of " + count + ":\n" + PROMPT), r::all);
    byte[] bytes = Files.readAllBytes(npy);
    int header = 10 + (bytes[8] & 0xff) + ((bytes[9] & 0xff) << 8); // .npy version 1: magic, version, header length
    assertTrue(new String(bytes, 10, header - 10, java.nio.charset.StandardCharsets.US_ASCII).contains("'<i4'"), "the tokens are int32");
    ByteBuffer b = ByteBuffer.wrap(bytes, header, bytes.length - header).order(ByteOrder.LITTLE_ENDIAN);
    int[] tokens = new int[b.remaining() / 4];
    b.asIntBuffer().get(tokens);
    return tokens;
  }

  /** Runs with the fortunes corpus read from {@code dir} (the property the data set reads). */
  static <T> T withCorpus(Path dir, Callable<T> body) throws Exception {
    String before = System.getProperty("nnc.fortunes");
    System.setProperty("nnc.fortunes", dir.toString());
    try {
      return body.call();
    } finally {
      if (before == null) System.clearProperty("nnc.fortunes");
      else System.setProperty("nnc.fortunes", before);
    }
  }
}
