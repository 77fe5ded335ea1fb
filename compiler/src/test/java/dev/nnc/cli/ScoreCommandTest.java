package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Json;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.data.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nnc score end to end on a classifier trained here for a few steps on the tiny Fashion-MNIST
 * of {@link TinyFashion} (class k: a bright band in rows 2k..2k+2): the test images themselves
 * score a distance far below uniform noise and cover the ten classes; the diagnostics for
 * images of the wrong shape or range, a missing fn and files that are not there.
 */
class ScoreCommandTest {
  @TempDir static Path dir;
  private static Path data, nn, ckpt, real;

  /** A one-hidden-layer classifier whose hidden layer is its fn features. */
  static final String CLASSIFIER = """
      use std.nn.{Linear}
      use std.act.{relu, softmax}
      use std.loss.{cross_entropy}
      use std.optim.{Adam}

      model TinyNet {
        input x: f32[B, 1, 28, 28]
        target y: i32[B]
        fc1 = Linear(784, 16)
        fc2 = Linear(16, 10)
        logits = fc2(features(x))
        output probs = softmax(logits)
        loss cross_entropy(logits, y)
        fn features(x: f32[B, 1, 28, 28]) -> f32[B, 16] = relu(fc1(flatten(x, from: 1)))
      }

      train TinyNet {
        data      fashion_mnist("train")
        validate  fashion_mnist("test")
        optimizer Adam(lr: 3e-3)
        batch 32
        epochs 20
        seed 7
        metrics accuracy
      }
      """;

  /** 300 training and 200 test images; 200 steps of 32 images. */
  @BeforeAll
  static void train() throws Exception {
    data = TinyFashion.folder(dir.resolve("fashion"), 300, 200);
    nn = dir.resolve("tiny.nn");
    Files.writeString(nn, CLASSIFIER);
    Path out = dir.resolve("out");
    Samples.Result r = TinyFashion.withFolder(data, () -> Samples.run("train", nn.toString(), "--device", "jvm", "--steps", "200",
        "-q", "--out", out.toString()));
    assertEquals(Main.OK, r.exit(), r::all);
    ckpt = out.resolve("TinyNet.safetensors");
    real = dir.resolve("real.npy");
    float[] x = Datasets.fashionMnist("test", data).field("x").floats();
    Npy.write(real, Tensor.f32(x, 200, 1, 28, 28));
  }

  private static Samples.Result score(Path images, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("score", images.toString(), "--classifier", nn.toString(), "--checkpoint", ckpt.toString(),
        "--device", "jvm"));
    args.addAll(List.of(more));
    return TinyFashion.withFolder(data, () -> Samples.run(args.toArray(String[]::new)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  @Test
  void realImagesScoreFarBelowNoiseAndCoverTheTenClasses() throws Exception {
    Samples.Result r = score(real, "--format", "json");
    assertEquals(Main.OK, r.exit(), r::all);
    Map<String, Object> m = object(Json.parse(r.out().strip()));
    assertEquals(200, number(m.get("count")));
    assertEquals("TinyNet", m.get("model"));
    assertEquals(16, number(m.get("dimensions")));
    assertEquals(200, number(m.get("test_images")));
    assertEquals(false, m.get("softmax_applied"));
    List<Object> classes = list(m.get("classes"));
    assertEquals(10, classes.size());
    assertEquals("Ankle boot", object(classes.get(9)).get("name"));
    int total = 0;
    for (Object c : classes) {
      total += (int) number(object(c).get("count"));
      assertEquals(true, object(c).get("covered"), r::out);
    }
    assertEquals(200, total);
    assertEquals(10, number(m.get("coverage")));
    assertTrue(number(m.get("mean_top_probability")) > 0.5, r::out);
    double fid = number(m.get("fid")), floor = number(object(m.get("floor")).get("fid")),
        ceiling = number(object(m.get("ceiling")).get("fid"));
    assertEquals(0, fid, 1e-9, "the test images against themselves");
    assertEquals(300, number(object(m.get("floor")).get("count")));
    assertEquals(300, number(object(m.get("ceiling")).get("count")));
    assertTrue(floor < ceiling / 10 && floor > 0, () -> "floor " + floor + ", ceiling " + ceiling);
  }

  /** A subset of the test images against all of them: a small distance, and the text form. */
  @Test
  void theTextFormListsTheClassesByName() throws Exception {
    Path half = dir.resolve("half.safetensors");
    float[] x = Npy.read(real).floats();
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    tensors.put("image", Tensor.f32(java.util.Arrays.copyOf(x, 100 * 784), 100, 28, 28));
    tensors.put("label", Tensor.f32(new float[100], 100));
    Safetensors.write(half, tensors, Map.of());
    Samples.Result r = score(half);
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("scoring 100 images from " + half + " with TinyNet ("), r::all);
    assertTrue(lines.get(1).startsWith("mean top-class probability: 0."), r::all);
    assertEquals("top class of each image (output `probs`):", lines.get(2));
    assertEquals("  0 T-shirt/top       10   10.0%", lines.get(3), r::all);
    assertEquals("  9 Ankle boot        10   10.0%", lines.get(12), r::all);
    assertEquals("coverage: 10 of 10 classes (a class is covered when at least 1% of the images, and at least one, are of it)", lines.get(13));
    assertEquals("Fashion-MNIST FID (Fréchet distance of the 16 features of fn features to those of 200 test images):", lines.get(14));
    assertTrue(lines.get(15).startsWith("  100 images "), r::all);
    assertTrue(lines.get(16).startsWith("  300 training images ") && lines.get(16).endsWith("(the floor)"), r::all);
    assertTrue(lines.get(17).startsWith("  300 uniform-noise images ") && lines.get(17).endsWith("(the ceiling)"), r::all);
    double fid = Double.parseDouble(lines.get(15).trim().split(" +")[2]), ceiling = Double.parseDouble(lines.get(17).trim().split(" +")[3]);
    assertTrue(fid < ceiling / 10, r::out);
    assertEquals(18, lines.size(), r::out);
  }

  /** The test images with the classes asked for them: their own labels agree, the labels of the next class do not. */
  private static Path asked(String file, int shift, float bad) throws Exception {
    Path f = dir.resolve(file);
    int[] y = Datasets.fashionMnist("test", data).field("y").ints();
    int[] labels = new int[y.length];
    for (int i = 0; i < y.length; i++) labels[i] = (y[i] + shift) % 10;
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    tensors.put("image", Tensor.f32(Npy.read(real).floats(), 200, 1, 28, 28));
    tensors.put("label", Tensor.i32(labels, 200));
    float[] f32 = new float[200];
    java.util.Arrays.fill(f32, 3);
    f32[17] = bad;
    tensors.put("floats", Tensor.f32(f32, 200));
    Safetensors.write(f, tensors, Map.of());
    return f;
  }

  @Test
  void labelsGiveTheAgreementWithTheAskedClassPerClass() throws Exception {
    Samples.Result r = score(asked("asked.safetensors", 0, 3), "--labels", "label", "--format", "json");
    assertEquals(Main.OK, r.exit(), r::all);
    Map<String, Object> m = object(Json.parse(r.out().strip()));
    Map<String, Object> a = object(m.get("agreement"));
    assertEquals("label", a.get("tensor"));
    List<Object> per = list(a.get("classes"));
    assertEquals(10, per.size());
    List<Object> top = list(m.get("classes"));
    int agreed = 0;
    for (int c = 0; c < 10; c++) {
      Map<String, Object> e = object(per.get(c));
      assertEquals(c, number(e.get("class")));
      assertEquals(20, number(e.get("asked")), "the test images are of the ten classes in turn");
      assertEquals(number(e.get("agreed")) / 20, number(e.get("share")), 1e-12);
      assertTrue(number(e.get("agreed")) <= number(object(top.get(c)).get("count")), r::out);
      agreed += (int) number(e.get("agreed"));
    }
    assertEquals(agreed, number(a.get("agreed")));
    assertTrue(agreed >= 180, () -> "the classifier names the bands of its own test images: " + r.out());

    Samples.Result next = score(asked("next.safetensors", 1, 3), "--labels", "label", "--format", "json");
    assertEquals(Main.OK, next.exit(), next::all);
    Map<String, Object> n = object(object(Json.parse(next.out().strip())).get("agreement"));
    assertTrue(number(n.get("agreed")) <= 200 - agreed, next::out);
    assertEquals(number(n.get("agreed")) / 200, number(n.get("share")), 1e-12);

    Samples.Result text = score(asked("asked.safetensors", 0, 3), "--labels", "label");
    assertEquals(Main.OK, text.exit(), text::all);
    List<String> lines = text.out().lines().toList();
    assertEquals(String.format(java.util.Locale.ROOT, "agreement with the asked classes (tensor `label`): %d of 200 images (%.1f%%)", agreed,
        agreed / 2.0), lines.get(14), text::out);
    assertTrue(lines.get(15).startsWith("  0 T-shirt/top       20 asked ") && lines.get(15).endsWith("% agree"), text::out);
    assertTrue(lines.get(24).startsWith("  9 Ankle boot        20 asked "), text::out);
    assertTrue(lines.get(25).startsWith("Fashion-MNIST FID"), text::out);
  }

  @Test
  void labelsThatAreNotClassesAreRefused() throws Exception {
    Path f = asked("bad.safetensors", 0, 10);
    Samples.Result r = score(f, "--labels", "floats");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertEquals("nnc: " + f + ": tensor `floats`: the class asked for image 17 is 10; classes are the integers 0 to 9\n", r.err());
    Samples.Result half = score(asked("half.safetensors", 0, 2.5f), "--labels", "floats");
    assertEquals(Main.INPUT_ERRORS, half.exit(), half::all);
    assertTrue(half.err().endsWith("the class asked for image 17 is 2.5; classes are the integers 0 to 9\n"), half::all);
    Samples.Result missing = score(f, "--labels", "classes");
    assertEquals(Main.INPUT_ERRORS, missing.exit(), missing::all);
    assertEquals("nnc: " + f + ": no tensor `classes` for --labels; the file holds `image` f32[200, 1, 28, 28], `label` i32[200], "
        + "`floats` f32[200]\n", missing.err());
    Samples.Result image = score(f, "--labels", "image");
    assertEquals(Main.INPUT_ERRORS, image.exit(), image::all);
    assertEquals("nnc: " + f + ": tensor `image` is f32[200, 1, 28, 28]; --labels takes one class per image, i32[200]\n", image.err());
    Samples.Result npy = score(real, "--labels", "label");
    assertEquals(Main.USAGE, npy.exit(), npy::all);
    assertTrue(npy.err().startsWith("nnc: --labels label: " + real + " is a .npy file, which holds one array; "), npy::all);
  }

  @Test
  void imagesOfAnotherShapeAreRefused() throws Exception {
    Path rgb = dir.resolve("rgb.npy");
    Npy.write(rgb, Tensor.f32(new float[4 * 3 * 28 * 28], 4, 3, 28, 28));
    Samples.Result r = score(rgb);
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertEquals("nnc: " + rgb + ": the array is f32[4, 3, 28, 28]; nnc score takes 28x28 grey images as floats, f32[N, 1, 28, 28] "
        + "or f32[N, 28, 28], as nnc sample writes them\n", r.err());
  }

  @Test
  void pixelsOutsideZeroToOneAreRefusedWhereTheyAre() throws Exception {
    Path signed = dir.resolve("signed.npy");
    float[] x = new float[3 * 784];
    x[784 + 28 * 5 + 7] = -0.5f;
    Npy.write(signed, Tensor.f32(x, 3, 28, 28));
    Samples.Result r = score(signed);
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertEquals("nnc: " + signed + ": the array: pixel (row 5, column 7) of image 1 is -0.5; pixels must be in [0, 1], as "
        + "Fashion-MNIST's are (map images in [-1, 1] with (x + 1) / 2)\n", r.err());
  }

  @Test
  void aSafetensorsFileWithSeveralImageTensorsNeedsTensor() throws Exception {
    Path two = dir.resolve("two.safetensors");
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    tensors.put("a", Tensor.f32(new float[2 * 784], 2, 28, 28));
    tensors.put("b", Tensor.f32(new float[2 * 784], 2, 1, 28, 28));
    Safetensors.write(two, tensors, Map.of());
    Samples.Result r = score(two);
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertEquals("nnc: " + two + ": which tensor holds the images? name it with --tensor; the file holds `a` f32[2, 28, 28], "
        + "`b` f32[2, 1, 28, 28]\n", r.err());
  }

  @Test
  void missingFilesAreFaultsNamingThem() throws Exception {
    Samples.Result r = score(dir.resolve("none.npy"));
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals("nnc: " + dir.resolve("none.npy") + ": no such file\n", r.err());
    Samples.Result text = score(dir.resolve("images.txt"));
    assertEquals(Main.USAGE, text.exit(), text::all);
    assertEquals("nnc: " + dir.resolve("images.txt") + ": give the images as a .npy or .safetensors file, as nnc sample -o writes them\n",
        text.err());
  }

  /** Files that are not what they say: faults naming the file (exit 3), no stack trace. */
  @Test
  void corruptFilesAreFaultsNamingThem() throws Exception {
    Path garbage = dir.resolve("garbage.npy");
    Files.writeString(garbage, "not an array");
    Samples.Result r = score(garbage);
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals("nnc: " + garbage + ": not a .npy file: it does not start with \\x93NUMPY\n", r.err());
    Samples.Result ckptOfAnother = TinyFashion.withFolder(data, () -> Samples.run("score", real.toString(), "--classifier", nn.toString(),
        "--checkpoint", garbage.toString(), "--device", "jvm"));
    assertEquals(Main.FAULT, ckptOfAnother.exit(), ckptOfAnother::all);
    assertTrue(ckptOfAnother.err().startsWith("nnc: " + garbage + ": "), ckptOfAnother::all);
    assertTrue(!ckptOfAnother.all().contains("\tat "), ckptOfAnother::all);
  }

  /** A classifier without the fn: the lower.fn diagnostic at the model, with the fn to declare; --features names another. */
  @Test
  void aClassifierWithoutTheFnGetsTheLocatedDiagnostic() throws Exception {
    Samples.Result r = score(real, "--features", "penultimate");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().startsWith("error[lower.fn]: model `TinyNet` has no fn `penultimate` of its inputs to compile\n  --> " + nn + ":6:7\n"),
        r::all);
    assertTrue(r.out().contains("= hint: declare `fn penultimate(x: f32[B, 1, 28, 28]) -> f32[B, D] = ...` in model TinyNet, "
        + "or name one of its fns (features) with --features"), r::all);
  }

  /** The sample classifier declares its features: the pooled 4 * width = 128 vector, lowered without changing what it trains. */
  @Test
  void theSmallResNetSampleDeclaresItsFeatures() throws Exception {
    Checker checker = new Checker();
    Path file = Samples.file("small_resnet");
    Lower.Model m = Lower.model(checker, checker.checkFile(file, file.toString()), null, false, 42, Map.of(), List.of("features"));
    assertEquals("f32[B, 128]", m.fns().get("features").type().toString());
  }
}
