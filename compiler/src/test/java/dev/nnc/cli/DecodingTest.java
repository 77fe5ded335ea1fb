package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Npy;
import dev.nnc.runtime.data.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoding (issue 17): a fixed character-bigram model (weights from a fixed seed, written as a
 * checkpoint) generates with the decoders of std.decode in {@code generate} programs run by
 * {@code nnc sample}. Greedy decoding is the argmax chain computed here in Java from the same
 * weights; top-k with k = 1 is greedy; top-k and top-p tokens lie in the top k and the nucleus
 * computed here; a high temperature leaves the greedy path; beam search keeps the beams a search
 * written here keeps (width 1 is greedy, a beam as wide as all prefixes finds the likeliest
 * sequence); and the reference evaluator, the JVM backend and OpenCL give the same tokens for
 * every strategy.
 */
class DecodingTest {
  /** The sizes and settings of bigram.nn. */
  static final int V = 10, D = 6, STEPS = 12, START = 2, K = 3;
  static final double P = 0.7;
  static final int COUNT = 5;

  /** The model and one generate program per strategy, and all four in one ({@code Decoders}). */
  static final Path PROGRAMS = dev.nnc.RepoRoot.resolve("compiler/src/test/resources/decode/bigram.nn");

  @TempDir static Path dir;
  static Path nn, ckpt;
  static float[] emb, weight, bias;

  @BeforeAll
  static void writeTheModel() throws IOException {
    Random r = new Random(17);
    emb = gaussian(r, V * D, 1.0);
    weight = gaussian(r, V * D, 1.0);
    bias = gaussian(r, V, 0.5);
    nn = PROGRAMS;
    ckpt = dir.resolve("bigram.safetensors");
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    tensors.put("emb.weight", Tensor.f32(emb, V, D));
    tensors.put("head.weight", Tensor.f32(weight, V, D));
    tensors.put("head.bias", Tensor.f32(bias, V));
    Safetensors.write(ckpt, tensors, Map.of("format", "pt"));
    // The same weights with a vocabulary of ten letters, as nnc train keeps that of text data.
    withVocabulary = dir.resolve("bigram-letters.safetensors");
    Safetensors.write(withVocabulary, tensors, Map.of("format", "pt", Text.VOCABULARY_KEY, LETTERS));
  }

  /** The vocabulary of {@link #withVocabulary}: token i is the letter LETTERS[i]. */
  static final String LETTERS = "abcdefghij";

  static Path withVocabulary;

  private static float[] gaussian(Random r, int n, double std) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) v[i] = (float) (std * r.nextGaussian());
    return v;
  }

  /** The model in Java, float64: the next token's logits after token {@code tok}. */
  static double[] logits(int tok) {
    double[] h = new double[D], l = new double[V];
    for (int j = 0; j < D; j++) h[j] = Math.tanh(emb[tok * D + j]);
    for (int i = 0; i < V; i++) {
      double s = bias[i];
      for (int j = 0; j < D; j++) s += weight[i * D + j] * h[j];
      l[i] = s;
    }
    return l;
  }

  /** The tokens in descending order of the logits after {@code tok}. */
  static Integer[] ranked(int tok) {
    double[] l = logits(tok);
    Integer[] order = IntStream.range(0, V).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -l[i]));
    return order;
  }

  /** The nucleus after {@code tok}: in descending order, the tokens whose preceding mass is below p. */
  static Set<Integer> nucleus(int tok, double p) {
    double[] l = logits(tok);
    double m = Arrays.stream(l).max().orElseThrow(), z = 0;
    for (double x : l) z += Math.exp(x - m);
    Set<Integer> kept = new TreeSet<>();
    double before = 0;
    for (int i : ranked(tok)) {
      if (before < p || kept.isEmpty()) kept.add(i);
      before += Math.exp(l[i] - m) / z;
    }
    return kept;
  }

  /** Runs a program with nnc sample; the tokens [COUNT][STEPS], checking it ran on the device asked. */
  static int[][] generate(String program, String device, String... more) {
    return generateAll(program, device, more).get("tokens");
  }

  /** Runs a program with nnc sample; each i32 [COUNT, STEPS] output by name, checking it ran on the device asked. */
  static Map<String, int[][]> generateAll(String program, String device, String... more) {
    return generateAll(program, device, STEPS, more);
  }

  /** As {@link #generateAll(String, String, String...)}, for a program run with {@code steps} steps. */
  static Map<String, int[][]> generateAll(String program, String device, int steps, String... more) {
    Path out = dir.resolve(program + "-" + device.replace(':', '_') + "-" + String.join("_", more) + ".safetensors");
    List<String> args = new ArrayList<>(List.of("sample", nn.toString(), "--checkpoint", ckpt.toString(), "--program", program,
        "--device", device, "--count", Integer.toString(COUNT), "-o", out.toString()));
    args.addAll(List.of(more));
    Samples.Result r = Samples.run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    assertFalse(r.all().contains("cannot run this program"), r::all);
    assertFalse(r.err().contains("note:"), r::all);
    Map<String, int[][]> outputs = new LinkedHashMap<>();
    Safetensors.read(out).tensors().forEach((name, t) -> {
      assertEquals(DType.I32, t.dtype(), name);
      assertArrayEquals(new int[] {COUNT, steps}, t.shape(), name);
      int[] v = t.ints();
      int[][] rows = new int[COUNT][];
      for (int b = 0; b < COUNT; b++) rows[b] = Arrays.copyOfRange(v, b * steps, (b + 1) * steps);
      for (int[] row : rows) for (int x : row) assertTrue(x >= 0 && x < V, "a token id " + x);
      outputs.put(name, rows);
    });
    return outputs;
  }

  /** The tokens nnc sample writes to .npy, as int32. */
  @Test
  void tokensAreWrittenAsInt32() {
    Path npy = dir.resolve("greedy.npy");
    Samples.Result r = Samples.run("sample", nn.toString(), "--checkpoint", ckpt.toString(), "--program", "Greedy", "--device", "jvm",
        "--count", "2", "-o", npy.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("output `tokens` i32[2, " + STEPS + "]"), r::all);
    Tensor t = Npy.read(npy);
    assertEquals(DType.I32, t.dtype());
    assertArrayEquals(Arrays.copyOf(generate("Greedy", "jvm")[0], STEPS), Arrays.copyOf(t.ints(), STEPS));
  }

  /** The token before step t of a row: the prompt, then the row's own tokens. */
  private static int before(int[] row, int t) {
    return t == 0 ? START : row[t - 1];
  }

  @Test
  void greedyIsTheArgmaxChainOfTheModel() {
    int[] want = new int[STEPS];
    for (int t = 0, tok = START; t < STEPS; t++) {
      double[] l = logits(tok);
      int best = 0;
      for (int i = 1; i < V; i++) if (l[i] > l[best]) best = i;
      want[t] = tok = best;
    }
    for (String device : List.of("reference", "jvm")) {
      for (int[] row : generate("Greedy", device)) assertArrayEquals(want, row, device);
    }
  }

  @Test
  void topKOfOneIsGreedy() {
    assertArrayEquals(generate("Greedy", "jvm"), generate("TopK", "jvm", "--arg", "k=1"));
  }

  @Test
  void topKAndTopPTokensLieInTheTopKAndTheNucleus() {
    int[][] topk = generate("TopK", "jvm");
    int[][] topp = generate("TopP", "jvm");
    boolean wider = false;
    for (int b = 0; b < COUNT; b++) {
      for (int t = 0; t < STEPS; t++) {
        int prev = before(topk[b], t);
        List<Integer> k = Arrays.asList(ranked(prev)).subList(0, K);
        assertTrue(k.contains(topk[b][t]), "row " + b + " step " + t + ": " + topk[b][t] + " after " + prev + ", top " + K + " " + k);
        prev = before(topp[b], t);
        Set<Integer> nucleus = nucleus(prev, P);
        assertTrue(nucleus.contains(topp[b][t]), "row " + b + " step " + t + ": " + topp[b][t] + " after " + prev + ", nucleus " + nucleus);
        wider |= nucleus.size() > 1;
      }
    }
    assertTrue(wider, "some nucleus holds more than one token, so top-p sampled");
    assertFalse(Arrays.deepEquals(topk, generate("Greedy", "jvm")), "top-" + K + " sampling leaves the greedy path");
  }

  @Test
  void aHighTemperatureLeavesTheGreedyPathAndTheSeedKeysTheDraws() {
    int[][] greedy = generate("Greedy", "jvm");
    int[][] hot = generate("Temperature", "jvm");
    int differ = 0;
    for (int b = 0; b < COUNT; b++) if (!Arrays.equals(greedy[b], hot[b])) differ++;
    assertEquals(COUNT, differ, "at temperature 4 every row leaves the greedy path: " + Arrays.deepToString(hot));
    assertFalse(Arrays.equals(hot[0], hot[1]), "rows draw independently");
    assertArrayEquals(hot, generate("Temperature", "jvm", "--seed", "42"), "the same (default) seed, the same tokens");
    assertFalse(Arrays.deepEquals(hot, generate("Temperature", "jvm", "--seed", "43")), "another seed, other tokens");
    // A temperature near 0 is greedy.
    assertArrayEquals(greedy, generate("Temperature", "jvm", "--arg", "percent=1"));
  }

  @Test
  void theReferenceAndTheJvmGiveTheSameTokens() {
    for (String program : List.of("Greedy", "Temperature", "TopK", "TopP", "Beam")) {
      assertArrayEquals(generate(program, "reference"), generate(program, "jvm"), program);
    }
  }

  /** The log-probability of a sequence after the prompt token {@code start}, float64. */
  static double logProbability(int start, int[] tokens) {
    double sum = 0;
    for (int t = 0, prev = start; t < tokens.length; prev = tokens[t++]) sum += logSoftmax(logits(prev))[tokens[t]];
    return sum;
  }

  static double[] logSoftmax(double[] l) {
    double m = Arrays.stream(l).max().orElseThrow(), z = 0;
    for (double x : l) z += Math.exp(x - m);
    double[] out = new double[l.length];
    for (int i = 0; i < l.length; i++) out[i] = l[i] - m - Math.log(z);
    return out;
  }

  /**
   * Beam search in Java, float64, as std.decode's beam_step orders it: at each step the
   * {@code width} best of (beam, token) by summed log-probability, ties to the lower beam then the
   * lower token; the first step extends the prompt alone. The best beam's tokens.
   */
  static int[] beamSearch(int start, int width, int steps) {
    List<int[]> beams = List.of(new int[0]);
    List<Double> scores = List.of(0.0);
    for (int t = 0; t < steps; t++) {
      List<double[]> candidates = new ArrayList<>(); // {score, beam, token}
      for (int j = 0; j < beams.size(); j++) {
        int[] beam = beams.get(j);
        double[] lp = logSoftmax(logits(t == 0 ? start : beam[t - 1]));
        for (int v = 0; v < V; v++) candidates.add(new double[] {scores.get(j) + lp[v], j, v});
      }
      candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
      List<int[]> next = new ArrayList<>();
      List<Double> nextScores = new ArrayList<>();
      for (double[] c : candidates.subList(0, Math.min(width, candidates.size()))) {
        int[] beam = Arrays.copyOf(beams.get((int) c[1]), t + 1);
        beam[t] = (int) c[2];
        next.add(beam);
        nextScores.add(c[0]);
      }
      beams = next;
      scores = nextScores;
    }
    return beams.get(0);
  }

  @Test
  void beamSearchOfWidthOneIsGreedy() {
    assertArrayEquals(generate("Greedy", "jvm"), generate("Beam", "jvm", "--arg", "beams=1"));
  }

  /** Three beams: the Java search's tokens, on the reference and the JVM, and more likely than greedy's. */
  @Test
  void beamSearchKeepsTheBestBeamsAndBeatsGreedy() {
    int[] want = beamSearch(START, 3, STEPS), greedy = generate("Greedy", "reference")[0];
    double beam = logProbability(START, want), chain = logProbability(START, greedy);
    assertTrue(beam > chain + 1e-6, "three beams find a likelier sequence than greedy here: " + beam + " against " + chain);
    for (String device : List.of("reference", "jvm")) {
      for (int[] row : generate("Beam", device)) assertArrayEquals(want, row, device);
    }
  }

  /**
   * On a tiny case, as many beams as sequences of all steps but the last ({@code V^2}, 3 steps)
   * keep every prefix, so the search is exhaustive: it finds the likeliest of the V^3 sequences,
   * which a brute-force search here finds too. The prompt token is the first whose likeliest
   * sequence greedy decoding misses.
   */
  @Test
  void aWideEnoughBeamFindsTheLikeliestSequence() {
    int steps = 3;
    for (int start = 0; start < V; start++) {
      int[] best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int code = 0; code < V * V * V; code++) {
        int[] seq = {code / (V * V), code / V % V, code % V};
        double s = logProbability(start, seq);
        if (s > bestScore) {
          bestScore = s;
          best = seq;
        }
      }
      if (bestScore <= logProbability(start, beamSearch(start, 1, steps)) + 1e-6) continue; // greedy finds it
      int[][] found = generateAll("Beam", "jvm", steps, "--arg", "start=" + start, "--arg", "steps=" + steps, "--arg", "beams=" + V * V)
          .get("tokens");
      for (int[] row : found) assertArrayEquals(best, row, "the likeliest sequence after " + start + ", log-probability " + bestScore);
      return;
    }
    throw new AssertionError("greedy decoding finds the likeliest 3 tokens after every prompt token: pick another model");
  }

  /** nnc sample on the Prompted program with the lettered checkpoint. */
  static Samples.Result prompted(String... more) {
    return promptedOn("jvm", more);
  }

  static Samples.Result promptedOn(String device, String... more) {
    List<String> args = new ArrayList<>(List.of("sample", nn.toString(), "--checkpoint", withVocabulary.toString(), "--program", "Prompted",
        "--device", device, "--count", "2"));
    args.addAll(List.of(more));
    return Samples.run(args.toArray(String[]::new));
  }

  /** The Prompted program's tokens after "hec" on a device. */
  static int[] promptedTokens(String device) {
    Path npy = dir.resolve("prompted-" + device + ".npy");
    Samples.Result r = promptedOn(device, "--prompt", "hec", "-o", npy.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertFalse(r.err().contains("note:"), r::all);
    return Npy.read(npy).ints();
  }

  /**
   * --prompt: the text is encoded with the checkpoint's vocabulary into the program's input
   * `prompt`, decoding continues greedily after it, and the tokens are printed as text.
   */
  @Test
  void aPromptIsEncodedWithTheCheckpointsVocabularyAndDecodingContinuesAfterIt() {
    String prompt = "hec";
    int[] want = new int[STEPS];
    for (int t = 0; t < STEPS; t++) {
      if (t < prompt.length()) {
        want[t] = LETTERS.indexOf(prompt.charAt(t));
      } else {
        double[] l = logits(want[t - 1]);
        int best = 0;
        for (int i = 1; i < V; i++) if (l[i] > l[best]) best = i;
        want[t] = best;
      }
    }
    Path npy = dir.resolve("prompted.npy");
    Samples.Result r = prompted("--prompt", prompt, "-o", npy.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    int[] got = Npy.read(npy).ints();
    assertArrayEquals(want, Arrays.copyOf(got, STEPS));
    assertArrayEquals(want, Arrays.copyOfRange(got, STEPS, 2 * STEPS));
    String text = Text.decode(want, LETTERS);
    assertTrue(text.startsWith(prompt), text);
    assertTrue(r.out().replace("\r", "").contains("tokens 1 of 2:\n" + text + "\ntokens 2 of 2:\n" + text + "\n"), r::all);
    // Without -o the text is all it gives.
    Samples.Result plain = prompted("--prompt", prompt);
    assertEquals(Main.OK, plain.exit(), plain::all);
    assertFalse(plain.out().contains("wrote"), plain::all);
    assertTrue(plain.out().replace("\r", "").contains("tokens 1 of 2:\n" + text + "\n"), plain::all);
  }

  @Test
  void aBadPromptIsReportedWhereItIsWrong() {
    Samples.Result outside = prompted("--prompt", "bad z");
    assertEquals(Main.USAGE, outside.exit(), outside::all);
    assertEquals("""
        nnc: --prompt: character 4 is not in the vocabulary of %s
          | bad z
          |    ^ U+0020 ' '
          = hint: the model was trained on 10 characters; write the prompt with those
        """.formatted(withVocabulary), outside.err().replace("\r", ""));

    Samples.Result tooLong = prompted("--prompt", "abcdefghijabc");
    assertEquals(Main.USAGE, tooLong.exit(), tooLong::all);
    assertTrue(tooLong.err().contains("nnc: --prompt: the prompt has 13 characters, more than the 12 of program Prompted's buffer "
        + "(`input prompt: i32[12]`, the model's context)"), tooLong::all);

    Samples.Result none = prompted();
    assertEquals(Main.USAGE, none.exit(), none::all);
    assertTrue(none.err().contains("program Prompted reads a prompt (`input prompt: i32[12]`); give it with --prompt TEXT"), none::all);

    Samples.Result older = Samples.run("sample", nn.toString(), "--checkpoint", ckpt.toString(), "--program", "Prompted",
        "--device", "jvm", "--prompt", "abc");
    assertEquals(Main.USAGE, older.exit(), older::all);
    assertTrue(older.err().contains(ckpt + ": the checkpoint keeps no vocabulary (metadata `nnc.vocabulary`)"), older::all);

    Samples.Result noInput = Samples.run("sample", nn.toString(), "--checkpoint", withVocabulary.toString(), "--program", "Greedy",
        "--device", "jvm", "--prompt", "abc");
    assertEquals(Main.USAGE, noInput.exit(), noInput::all);
    assertTrue(noInput.err().contains("--prompt: program Greedy takes no prompt (it declares no `input prompt: i32[N]`)"), noInput::all);
  }

  /** The five strategies in one program (PoCL compiles one program slowly, five five times slower), and the prompted program. */
  @Test
  void openClGivesTheSameTokens() {
    dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
    Map<String, int[][]> reference = generateAll("Decoders", "reference"), jvm = generateAll("Decoders", "jvm"),
        cl = generateAll("Decoders", "opencl");
    assertEquals(List.of("greedy_tokens", "hot_tokens", "top_k_tokens", "top_p_tokens", "beam_tokens"), List.copyOf(reference.keySet()));
    for (String name : reference.keySet()) {
      assertArrayEquals(reference.get(name), jvm.get(name), "the JVM, " + name);
      assertArrayEquals(reference.get(name), cl.get(name), "OpenCL, " + name);
    }
    assertArrayEquals(generate("Greedy", "reference"), reference.get("greedy_tokens"));
    for (int[] row : reference.get("beam_tokens")) assertArrayEquals(beamSearch(START, 3, STEPS), row, "beam search");
    assertArrayEquals(promptedTokens("jvm"), promptedTokens("opencl"), "a program with a prompt on OpenCL");
    assertFalse(Arrays.deepEquals(reference.get("greedy_tokens"), reference.get("hot_tokens")), "temperature 4 is not greedy");
  }
}
