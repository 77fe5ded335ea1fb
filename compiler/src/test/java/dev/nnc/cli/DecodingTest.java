package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Npy;
import java.io.IOException;
import java.nio.file.Files;
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
 * computed here; a high temperature leaves the greedy path; and the reference evaluator, the JVM
 * backend and OpenCL give the same tokens for every strategy.
 */
class DecodingTest {
  static final int V = 10, D = 6, STEPS = 12, COUNT = 5, START = 2;
  static final double P = 0.7;
  static final int K = 3;

  /** The model and one generate program per strategy (the prompt is the token {@code start}). */
  static final String PROGRAMS = """
      use std.nn.{Embedding, Linear}
      use std.loss.{cross_entropy}
      use std.decode.{greedy, sample_temperature, sample_top_k, sample_top_p}

      // The next character's logits from the last one.
      model Bigram(vocab: int = %1$d, dim: int = %2$d) {
        input x: i32[B]
        target y: i32[B]
        emb = Embedding(vocab, dim)
        head = Linear(dim, vocab)
        fn logits(tok: i32[B]) -> f32[B, vocab] = head(tanh(emb(tok)))
        loss cross_entropy(logits(x), y)
      }

      generate Greedy(start: int = %3$d, steps: int = %4$d) {
        uses lm = Bigram()
        tokens = zeros(i32[B, steps])
        tok = broadcast_to(start, [B])
        for t in 0 until steps {
          tok = greedy(lm.logits(tok))
          tokens = write_row(tokens, t, tok, axis: 1)
        }
        output tokens
      }

      generate Temperature(start: int = %3$d, steps: int = %4$d, percent: int = 400) {
        uses lm = Bigram()
        tokens = zeros(i32[B, steps])
        tok = broadcast_to(start, [B])
        for t in 0 until steps {
          tok = sample_temperature(lm.logits(tok), float(percent) / 100.0)
          tokens = write_row(tokens, t, tok, axis: 1)
        }
        output tokens
      }

      generate TopK(start: int = %3$d, steps: int = %4$d, k: int = %5$d) {
        uses lm = Bigram()
        tokens = zeros(i32[B, steps])
        tok = broadcast_to(start, [B])
        for t in 0 until steps {
          tok = sample_top_k(lm.logits(tok), k)
          tokens = write_row(tokens, t, tok, axis: 1)
        }
        output tokens
      }

      generate TopP(start: int = %3$d, steps: int = %4$d) {
        uses lm = Bigram()
        tokens = zeros(i32[B, steps])
        tok = broadcast_to(start, [B])
        for t in 0 until steps {
          tok = sample_top_p(lm.logits(tok), %6$s)
          tokens = write_row(tokens, t, tok, axis: 1)
        }
        output tokens
      }
      """.formatted(V, D, START, STEPS, K, Double.toString(P));

  @TempDir static Path dir;
  static Path nn, ckpt;
  static float[] emb, weight, bias;

  @BeforeAll
  static void writeTheModel() throws IOException {
    Random r = new Random(17);
    emb = gaussian(r, V * D, 1.0);
    weight = gaussian(r, V * D, 1.0);
    bias = gaussian(r, V, 0.5);
    nn = dir.resolve("bigram.nn");
    Files.writeString(nn, PROGRAMS);
    ckpt = dir.resolve("bigram.safetensors");
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    tensors.put("emb.weight", Tensor.f32(emb, V, D));
    tensors.put("head.weight", Tensor.f32(weight, V, D));
    tensors.put("head.bias", Tensor.f32(bias, V));
    Safetensors.write(ckpt, tensors, Map.of("format", "pt"));
  }

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
    Path out = dir.resolve(program + "-" + device.replace(':', '_') + "-" + String.join("_", more) + ".npy");
    List<String> args = new ArrayList<>(List.of("sample", nn.toString(), "--checkpoint", ckpt.toString(), "--program", program,
        "--device", device, "--count", Integer.toString(COUNT), "-o", out.toString()));
    args.addAll(List.of(more));
    Samples.Result r = Samples.run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    assertFalse(r.all().contains("cannot run this program"), r::all);
    assertFalse(r.err().contains("note:"), r::all);
    assertTrue(r.out().contains("output `tokens` i32[" + COUNT + ", " + STEPS + "]"), r::all);
    Tensor t = Npy.read(out);
    assertEquals(DType.I32, t.dtype());
    assertArrayEquals(new int[] {COUNT, STEPS}, t.shape());
    int[] v = t.ints();
    int[][] rows = new int[COUNT][];
    for (int b = 0; b < COUNT; b++) rows[b] = Arrays.copyOfRange(v, b * STEPS, (b + 1) * STEPS);
    for (int[] row : rows) for (int x : row) assertTrue(x >= 0 && x < V, "a token id " + x);
    return rows;
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
    for (String program : List.of("Greedy", "Temperature", "TopK", "TopP")) {
      assertArrayEquals(generate(program, "reference"), generate(program, "jvm"), program);
    }
  }

  @Test
  void openClGivesTheSameTokens() {
    dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
    for (String program : List.of("Greedy", "Temperature", "TopK", "TopP")) {
      assertArrayEquals(generate(program, "reference"), generate(program, "opencl"), program);
    }
  }
}
