package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weights by name between nnc and PyTorch: {@code nnc export --weights-only} writes the
 * Fashion-MNIST MLP's weights under the names of a PyTorch {@code nn.Sequential}
 * ({@code layers.0.weight}, ...), exactly the model's tensors, as {@code load_state_dict(strict=True)}
 * takes them; {@code nnc eval --rename} of that file gives the producer's accuracy to the sample;
 * {@code nnc train --init --rename} starts from it and says what matched, what is missing and
 * what is extra.
 */
class WarmStartTest {
  @TempDir static Path dir;

  static final String[] SEQUENTIAL = {"--rename", "layers.0.=fc1.", "--rename", "layers.2.=fc2.", "--rename", "layers.4.=fc3."};
  static Path trained, exported;
  static String accuracy;

  /** The producer: 40 steps of the MLP, its accuracy, and its weights under nn.Sequential's names. */
  @BeforeAll
  static void produce() {
    Samples.Result r = Samples.run("train", Samples.file("fashion_mlp").toString(), "--device", "jvm", "--batch", "64", "--steps", "40",
        "--out", dir.resolve("producer").toString(), "-q");
    assertEquals(Main.OK, r.exit(), r::all);
    trained = dir.resolve("producer/FashionMlp.safetensors");
    Samples.Result e = Samples.run("eval", Samples.file("fashion_mlp").toString(), "--checkpoint", trained.toString(), "--device", "jvm");
    assertEquals(Main.OK, e.exit(), e::all);
    accuracy = e.out().lines().filter(l -> l.startsWith("accuracy: ")).findFirst().orElseThrow(() -> new AssertionError(e.all()));
    exported = dir.resolve("mlp_torch.safetensors");
    Samples.Result x = Samples.run("export", Samples.file("fashion_mlp").toString(), "--checkpoint", trained.toString(), "--weights-only",
        "--rename", "fc1.=layers.0.", "--rename", "fc2.=layers.2.", "--rename", "fc3.=layers.4.", "-o", exported.toString());
    assertEquals(Main.OK, x.exit(), x::all);
    assertEquals("exported 6 tensors of FashionMlp to " + exported + "\n", x.out(), x::all);
  }

  @Test
  void theExportHoldsExactlyTheModulesTensors() {
    Checkpoint c = Safetensors.read(exported);
    assertEquals(Set.of("layers.0.weight", "layers.0.bias", "layers.2.weight", "layers.2.bias", "layers.4.weight", "layers.4.bias"),
        c.tensors().keySet());
    assertArrayEquals(new int[] {256, 784}, c.tensors().get("layers.0.weight").shape());
    assertArrayEquals(new int[] {10}, c.tensors().get("layers.4.bias").shape());
    Checkpoint source = Safetensors.read(trained);
    for (String layer : List.of("0", "2", "4")) {
      String nnc = "fc" + (Integer.parseInt(layer) / 2 + 1) + ".weight";
      assertEquals(DType.F32, c.tensors().get("layers." + layer + ".weight").dtype());
      assertArrayEquals(source.tensors().get(nnc).floats(), c.tensors().get("layers." + layer + ".weight").floats());
    }
    assertEquals(Map.of("format", "pt"), c.metadata());
  }

  @Test
  void evalOfTheRenamedFileGivesTheProducersAccuracy() {
    String[] args = concat(new String[] {"eval", Samples.file("fashion_mlp").toString(), "--checkpoint", exported.toString(), "--device", "jvm"},
        SEQUENTIAL);
    Samples.Result r = Samples.run(args);
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().lines().anyMatch(accuracy::equals), () -> "want `" + accuracy + "`\n" + r.all());
  }

  /**
   * Training from the file: every tensor matched, and after one Adam step (lr 1e-3, which moves a
   * weight by at most about lr) the weights are the file's within 1.01e-3, where a run without
   * --init starts from values far from them.
   */
  @Test
  void trainInitStartsFromTheFile() {
    Path out = dir.resolve("init");
    Samples.Result r = Samples.run(concat(new String[] {"train", Samples.file("fashion_mlp").toString(), "--device", "jvm", "--batch", "64",
        "--steps", "1", "--out", out.toString(), "-q", "--init", exported.toString()}, SEQUENTIAL));
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("init: 6 of 6 tensors from " + exported + "\n"
        + "  missing (keep their initial values): none\n"
        + "  extra (not in the model, ignored): none\n"), r::all);
    Checkpoint after = Safetensors.read(out.resolve("FashionMlp.safetensors"));
    Checkpoint file = Safetensors.read(exported);
    float[] w = after.tensors().get("fc2.weight").floats(), want = file.tensors().get("layers.2.weight").floats();
    assertTrue(maxDifference(w, want) <= 1.01e-3, "moved " + maxDifference(w, want));

    Samples.Result scratch = Samples.run("train", Samples.file("fashion_mlp").toString(), "--device", "jvm", "--batch", "64",
        "--steps", "1", "--out", dir.resolve("scratch").toString(), "-q");
    assertEquals(Main.OK, scratch.exit(), scratch::all);
    float[] fresh = Safetensors.read(dir.resolve("scratch/FashionMlp.safetensors")).tensors().get("fc2.weight").floats();
    assertTrue(maxDifference(fresh, want) > 0.01, "the test needs a start far from the file's weights");
  }

  /** A file with a tensor the model lacks and without most of the model's: each listed, the rest initial. */
  @Test
  void missingAndExtraTensorsAreListed() {
    Checkpoint file = Safetensors.read(exported);
    Map<String, Tensor> partial = new LinkedHashMap<>();
    partial.put("layers.4.weight", file.tensors().get("layers.4.weight"));
    partial.put("layers.4.bias", file.tensors().get("layers.4.bias"));
    partial.put("layers.1.num_batches_tracked", Tensor.scalar(7));
    Path p = dir.resolve("partial.safetensors");
    Safetensors.write(p, partial, Map.of());
    Samples.Result r = Samples.run(concat(new String[] {"train", Samples.file("fashion_mlp").toString(), "--device", "jvm", "--batch", "64",
        "--steps", "1", "--out", dir.resolve("partial").toString(), "-q", "--init", p.toString()}, SEQUENTIAL));
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("init: 2 of 6 tensors from " + p + "\n"
        + "  missing (keep their initial values): fc1.weight, fc1.bias, fc2.weight, fc2.bias\n"
        + "  extra (not in the model, ignored): layers.1.num_batches_tracked\n"), r::all);
  }

  @Test
  void aTensorOfAnotherShapeIsRefusedByName() {
    Map<String, Tensor> wrong = Map.of("layers.0.weight", Tensor.f32(new float[128 * 784], 128, 784));
    Path p = dir.resolve("wrong.safetensors");
    Safetensors.write(p, wrong, Map.of());
    Samples.Result r = Samples.run(concat(new String[] {"train", Samples.file("fashion_mlp").toString(), "--device", "jvm",
        "--steps", "1", "--out", dir.resolve("wrong").toString(), "-q", "--init", p.toString()}, SEQUENTIAL));
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals("nnc: " + p + ": tensor `layers.0.weight` (as `fc1.weight`) is f32[128, 784] but the model's `fc1.weight` is f32[256, 784]\n",
        r.err(), r::all);
  }

  @Test
  void initAndResumeTogetherIsAUsageError() {
    Samples.Result r = Samples.run("train", Samples.file("fashion_mlp").toString(), "--init", exported.toString(), "--resume",
        trained.toString());
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("nnc: --init and --resume both give the weights to start from: use one (--resume continues a run; --init starts one)\n",
        r.err(), r::all);
  }

  private static double maxDifference(float[] a, float[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
