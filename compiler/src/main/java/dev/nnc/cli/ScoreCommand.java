package dev.nnc.cli;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Json;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.data.Npy;
import dev.nnc.runtime.data.SplitMix;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc score IMAGES --classifier FILE --checkpoint CKPT}: how much generated 28x28 images
 * look like Fashion-MNIST to a classifier nnc trained, with no weights from elsewhere: the mean
 * probability of each image's top class, the histogram of those classes and how many of the ten
 * it covers, and the Fréchet distance between Gaussian fits of the classifier's features (its fn
 * {@code features}) of the images and of the test set, beside the same distance for real
 * training images (the floor) and for uniform noise (the ceiling).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Scores generated Fashion-MNIST-like images with a classifier nnc trained: mean top-class probability, "
        + "class histogram and coverage, and the Fréchet distance of its features to the test set's, with a real-data floor "
        + "and a noise ceiling.")
final class ScoreCommand implements Callable<Integer> {
  /** Fashion-MNIST's classes, by label. */
  static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
      "Sneaker", "Bag", "Ankle boot");

  /** A class is covered when at least this share of the images (and at least one) has it as its top class. */
  static final double COVERED = 0.01;

  /** The random stream of the uniform-noise images, under --seed. */
  private static final long NOISE_STREAM = 0x5C0E_0001L;

  /** Pixels of an image: 28 x 28. */
  private static final int PIXELS = 28 * 28;

  @Parameters(paramLabel = "IMAGES", description = "generated images: a .npy or .safetensors file as nnc sample writes, "
      + "[N, 1, 28, 28] or [N, 28, 28], values in [0, 1]")
  Path images;

  @Option(names = "--classifier", required = true, paramLabel = "FILE", description = "the .nn file of a Fashion-MNIST classifier")
  Path classifier;

  @Option(names = "--checkpoint", required = true, paramLabel = "CKPT", description = "the checkpoint nnc train wrote for the classifier")
  Path checkpoint;

  @Option(names = "--model", paramLabel = "NAME", description = "the classifier's model when the file has several (default: the first train block's)")
  String model;

  @Option(names = "--features", defaultValue = "features", paramLabel = "FN",
      description = "the classifier's fn that gives its penultimate features from its input (default ${DEFAULT-VALUE})")
  String features;

  @Option(names = "--tensor", paramLabel = "NAME", description = "the tensor of a .safetensors file holding the images, when it has several")
  String tensor;

  @Option(names = "--labels", paramLabel = "NAME",
      description = "a tensor of the .safetensors file holding the class each image was asked for (a class-conditional sampler's "
          + "`label` output): reports how often the classifier agrees with it, per class")
  String labels;

  @Option(names = "--real", defaultValue = "10000", paramLabel = "N",
      description = "how many test images to compare with, and how many training images and as many noise images score the floor "
          + "and the ceiling (default ${DEFAULT-VALUE}; fewer when the data set has fewer)")
  int real;

  @Option(names = "--batch", defaultValue = "250", paramLabel = "N", description = "images per run of the classifier (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "seeds the uniform-noise images (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "auto (default: an OpenCL GPU if there is one, else jvm), jvm, opencl[:N] or reference")
  String device;

  @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
      description = "human (default) or json: one JSON object on stdout, for scripts (fields in docs/cli.md)")
  TrainedOptions.Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For tests: the devices by name. */
  Function<String, dev.nnc.exec.Device> devices = Devices::byName;

  /** A set of images scored: what they are, how many, and the distance of their features to the test images'. */
  private record Scored(String what, int count, double distance) {}

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    boolean json = format == TrainedOptions.Format.json;
    if (real < 2) {
      err.println("nnc: --real must be at least 2 (a covariance needs two images), found " + real);
      return Main.USAGE;
    }
    if (batch < 1) {
      err.println("nnc: --batch must be at least 1, found " + batch);
      return Main.USAGE;
    }
    float[] pixels;
    int n;
    int[] asked = null;
    try {
      Tensor t = readImages(err);
      if (t == null) return Main.USAGE;
      pixels = t.toFloats();
      n = t.dim(0);
      if (labels != null) {
        asked = readLabels(n, err);
        if (asked == null) return Main.USAGE;
      }
    } catch (NotImages e) {
      err.println("nnc: " + e.getMessage());
      return Main.INPUT_ERRORS;
    } catch (DataException e) {
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
    Trained.Loaded t = Trained.load(classifier, model, checkpoint, List.of(), device, devices, null, null, json, features, out, err);
    if (!t.ok()) return t.exit();
    Evaluation eval = t.eval();
    String name = eval.model().name();
    Node fn = eval.model().fns().get(features);
    List<Node> inputs = new ArrayList<>();
    for (Node x : Schedule.topological(List.of(fn))) {
      if (x.op() == Op.INPUT && x.attr() instanceof Attr.Leaf leaf && !leaf.name().equals("step")) inputs.add(x);
    }
    String where = "nnc: " + classifier + ": fn `" + features + "` of model " + name;
    if (inputs.size() != 1) {
      err.println(where + " reads " + inputs.size() + " inputs; nnc score gives it the images alone, one input of 28x28 values per image");
      return Main.INPUT_ERRORS;
    }
    Node input = inputs.get(0);
    String inputName = ((Attr.Leaf) input.attr()).name();
    long per = 1;
    for (int i = 1; i < input.type().rank(); i++) per = input.type().dim(i).isConstant() ? per * input.type().dim(i).constant() : -1;
    if (input.type().rank() < 2 || per != PIXELS || input.type().dim(0).asSymbol() == null) {
      err.println(where + " reads `" + inputName + "` " + input.type() + "; nnc score gives it batches of 28x28 grey images, "
          + "such as f32[B, 1, 28, 28] or f32[B, 784]");
      return Main.INPUT_ERRORS;
    }
    if (fn.type().rank() < 1 || !fn.type().dim(0).equals(input.type().dim(0))) {
      err.println(where + " gives " + fn.type() + "; it must give a row of features per image, its first axis the batch `"
          + input.type().dim(0) + "` of its input, such as f32[" + input.type().dim(0) + ", D]");
      return Main.INPUT_ERRORS;
    }
    Node probs = eval.model().outputs().isEmpty() ? null : eval.model().outputs().values().iterator().next();
    String probsName = probs == null ? null : eval.model().outputs().keySet().iterator().next();
    if (probs == null || probs.type().rank() != 2 || !probs.type().dim(1).isConstant() || probs.type().dim(1).constant() != CLASSES.size()) {
      err.println("nnc: " + classifier + ": model " + name + (probs == null ? " has no output"
          : "'s first output `" + probsName + "` is " + probs.type()) + "; nnc score needs a first output of the 10 Fashion-MNIST "
          + "classes per image, such as `output probs = softmax(logits)` of f32[B, 10]");
      return Main.INPUT_ERRORS;
    }
    Map<String, Long> sizes = new LinkedHashMap<>();
    sizes.put(input.type().dim(0).asSymbol(), (long) batch);
    Integer tooBig = Models.sizeLimit(List.of(probs, fn), sizes, "--batch", out);
    if (tooBig != null) return tooBig;
    try {
      DataSet test = Datasets.fashionMnist("test"), train = Datasets.fashionMnist("train");
      int testCount = Math.min(real, test.size()), trainCount = Math.min(real, train.size());
      if (!json) {
        out.printf(Locale.ROOT, "scoring %d images from %s with %s (%s, fn %s) on %s%n", n, images, name, checkpoint, features,
            t.backend().describe());
        out.flush();
      }
      Evaluation.Rows samples = eval.rows(t.params(), feed("images", inputName, pixels, n), batch);
      int dims = samples.fnWidth();
      if (n <= dims) {
        err.println("nnc: warning: " + n + " images give a singular covariance of " + dims + " features; the distance of few images "
            + "is biased upward, so compare scores of equally many images (thousands)");
        err.flush();
      }
      Evaluation.Rows reference = eval.rows(t.params(), feed("test", inputName, test.field("x").floats(), testCount), batch);
      Frechet.Gaussian testFit = Frechet.Gaussian.fit(reference.fn(), testCount, dims);
      Frechet.Gaussian sampleFit = Frechet.Gaussian.fit(samples.fn(), n, dims);
      Scored scored = new Scored("images", n, Frechet.distance(sampleFit, testFit));
      Evaluation.Rows floorRows = eval.rows(t.params(), feed("train", inputName, train.field("x").floats(), trainCount), batch);
      Frechet.Gaussian floorFit = Frechet.Gaussian.fit(floorRows.fn(), trainCount, dims);
      Scored floor = new Scored("training images", trainCount, Frechet.distance(floorFit, testFit));
      Evaluation.Rows noiseRows = eval.rows(t.params(), feed("noise", inputName, noise(trainCount, seed), trainCount), batch);
      Frechet.Gaussian noiseFit = Frechet.Gaussian.fit(noiseRows.fn(), trainCount, dims);
      Scored ceiling = new Scored("uniform-noise images", trainCount, Frechet.distance(noiseFit, testFit));

      float[] p = samples.output();
      int classes = samples.outputWidth();
      boolean softmax = Evaluation.distributions(p, classes);
      int[] counts = new int[classes], askedCounts = new int[classes], agreed = new int[classes];
      double top = 0;
      for (int i = 0; i < n; i++) {
        double[] row = probabilities(p, i * classes, classes, softmax);
        int best = 0;
        for (int c = 1; c < classes; c++) if (row[c] > row[best]) best = c;
        counts[best]++;
        top += row[best];
        if (asked != null) {
          askedCounts[asked[i]]++;
          if (asked[i] == best) agreed[asked[i]]++;
        }
      }
      Agreement agreement = asked == null ? null : new Agreement(labels, askedCounts, agreed);
      top /= n;
      int covered = 0;
      for (int c : counts) if (covered(c, n)) covered++;
      if (json) {
        out.println(Json.write(json(name, t.backend().describe(), probsName, softmax, dims, top, counts, covered, agreement, scored, testCount,
            floor, ceiling)));
      } else {
        if (!softmax) out.println("output `" + probsName + "` is not a probability per class; its softmax is used");
        out.printf(Locale.ROOT, "mean top-class probability: %.4f%n", top);
        out.println("top class of each image (output `" + probsName + "`):");
        for (int c = 0; c < classes; c++) {
          out.printf(Locale.ROOT, "  %d %-12s %7d %6.1f%%%s%n", c, CLASSES.get(c), counts[c], 100.0 * counts[c] / n, covered(counts[c], n) ? "" : "  (not covered)");
        }
        out.printf(Locale.ROOT, "coverage: %d of %d classes (a class is covered when at least 1%% of the images, and at least one, are of it)%n",
            covered, classes);
        if (agreement != null) {
          out.printf(Locale.ROOT, "agreement with the asked classes (tensor `%s`): %d of %d images (%.1f%%)%n", labels, agreement.agreed(), n,
              100.0 * agreement.agreed() / n);
          for (int c = 0; c < classes; c++) {
            if (agreement.asked()[c] == 0) continue;
            out.printf(Locale.ROOT, "  %d %-12s %7d asked %6.1f%% agree%n", c, CLASSES.get(c), agreement.asked()[c],
                100.0 * agreement.share(c));
          }
        }
        out.printf(Locale.ROOT, "Fashion-MNIST FID (Fréchet distance of the %d features of fn %s to those of %d test images):%n", dims, features, testCount);
        out.printf(Locale.ROOT, "  %-30s %12.4f%n", n + " images", scored.distance());
        out.printf(Locale.ROOT, "  %-30s %12.4f  (the floor)%n", floor.count() + " training images", floor.distance());
        out.printf(Locale.ROOT, "  %-30s %12.4f  (the ceiling)%n", ceiling.count() + " uniform-noise images", ceiling.distance());
      }
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    } catch (ArithmeticException e) {
      out.flush();
      err.println("nnc: " + classifier + ": fn `" + features + "` gave features that are not finite numbers (" + e.getMessage()
          + "); the classifier's checkpoint may be from a run that diverged");
      return Main.FAULT;
    }
  }

  /** Per asked class, how many images were asked for it and how many of them the classifier gives it as their top class. */
  private record Agreement(String tensor, int[] asked, int[] agreedPerClass) {
    int agreed() {
      return java.util.Arrays.stream(agreedPerClass).sum();
    }

    double share(int c) {
      return (double) agreedPerClass[c] / asked[c];
    }
  }

  /**
   * The class asked for each image: the --labels tensor of the .safetensors file, [N] (or [N, 1]),
   * integers from 0 to 9. Null after saying why (a usage error: a .npy file has no second tensor);
   * a tensor that is not there or holds something else throws {@link NotImages}.
   */
  private int[] readLabels(int n, PrintWriter err) {
    if (!images.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".safetensors")) {
      err.println("nnc: --labels " + labels + ": " + images + " is a .npy file, which holds one array; --labels names a tensor of a "
          + ".safetensors file beside the images, as nnc sample -o FILE.safetensors writes a program's outputs");
      return null;
    }
    Map<String, Tensor> all = Safetensors.read(images).tensors();
    Tensor t = all.get(labels);
    if (t == null) {
      throw new NotImages(images, "no tensor `" + labels + "` for --labels; the file holds " + String.join(", ",
          all.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue().type()).toList()));
    }
    int[] s = t.shape();
    if (t.size() != n || s.length == 0 || s[0] != n || (s.length == 2 && s[1] != 1) || s.length > 2) {
      throw new NotImages(images, "tensor `" + labels + "` is " + t.type() + "; --labels takes one class per image, i32[" + n + "]");
    }
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      double x = t.get(i);
      if (!(x >= 0 && x < CLASSES.size() && x == Math.rint(x))) {
        throw new NotImages(images, "tensor `" + labels + "`: the class asked for image " + i + " is " + Models.number(x)
            + "; classes are the integers 0 to " + (CLASSES.size() - 1));
      }
      v[i] = (int) x;
    }
    return v;
  }

  /** A file that reads but does not hold images nnc score takes: the input has errors (exit 1), not a fault. */
  private static final class NotImages extends DataException {
    NotImages(Path file, String problem) {
      super(file, problem);
    }
  }

  static boolean covered(int count, int n) {
    return count > 0 && count >= COVERED * n;
  }

  /** A row of class probabilities: as given, or the softmax of scores that are not. */
  private static double[] probabilities(float[] v, int from, int classes, boolean given) {
    double[] row = new double[classes];
    if (given) {
      for (int c = 0; c < classes; c++) row[c] = v[from + c];
      return row;
    }
    double max = Double.NEGATIVE_INFINITY, sum = 0;
    for (int c = 0; c < classes; c++) max = Math.max(max, v[from + c]);
    for (int c = 0; c < classes; c++) sum += row[c] = Math.exp(v[from + c] - max);
    for (int c = 0; c < classes; c++) row[c] /= sum;
    return row;
  }

  /** The first {@code count} images of {@code pixels} as the data of the fn's input. */
  private static Feed feed(String name, String input, float[] pixels, int count) {
    float[] v = pixels.length == count * PIXELS ? pixels : java.util.Arrays.copyOf(pixels, count * PIXELS);
    return new Feed(DataSet.batched(name, Map.of(input, Tensor.f32(v, count, PIXELS))));
  }

  /** {@code count} images of pixels drawn uniformly from [0, 1). */
  static float[] noise(int count, long seed) {
    SplitMix r = SplitMix.of(seed, NOISE_STREAM);
    float[] v = new float[count * PIXELS];
    for (int i = 0; i < v.length; i++) v[i] = (float) r.nextDouble();
    return v;
  }

  /**
   * The images: the .npy's array, or the .safetensors tensor (the only one, the one --tensor
   * names, or the only image-shaped one), [N, 1, 28, 28] or [N, 28, 28] with N at least 2, float,
   * every value in [0, 1]. Null after saying why (a usage error); a file that holds something else
   * throws {@link NotImages}, one that cannot be read a {@link DataException}.
   */
  private Tensor readImages(PrintWriter err) {
    String file = images.getFileName() == null ? "" : images.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean npy = file.endsWith(".npy");
    if (!npy && !file.endsWith(".safetensors")) {
      err.println("nnc: " + images + ": give the images as a .npy or .safetensors file, as nnc sample -o writes them");
      return null;
    }
    if (!Files.isRegularFile(images)) throw new DataException(images, "no such file");
    Tensor t;
    String what;
    if (npy) {
      if (tensor != null) {
        err.println("nnc: --tensor " + tensor + ": " + images + " is a .npy file, which holds one array; --tensor picks a tensor of a .safetensors file");
        return null;
      }
      t = Npy.read(images);
      what = "the array";
    } else {
      Checkpoint c = Safetensors.read(images);
      Map<String, Tensor> all = c.tensors();
      String chosen = tensor;
      if (chosen == null && all.size() == 1) chosen = all.keySet().iterator().next();
      if (chosen == null) {
        List<String> shaped = all.entrySet().stream().filter(e -> imageShaped(e.getValue().shape())).map(Map.Entry::getKey).toList();
        if (shaped.size() == 1) chosen = shaped.get(0);
      }
      if (chosen == null || !all.containsKey(chosen)) {
        List<String> listed = all.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue().type()).toList();
        throw new NotImages(images, (all.isEmpty() ? "the file holds no tensor"
            : chosen == null ? "which tensor holds the images? name it with --tensor; the file holds " + String.join(", ", listed)
            : "no tensor `" + chosen + "`; the file holds " + String.join(", ", listed)));
      }
      t = all.get(chosen);
      what = "tensor `" + chosen + "`";
    }
    if (!imageShaped(t.shape()) || (t.dtype() != DType.F32 && t.dtype() != DType.F64)) {
      throw new NotImages(images, what + " is " + t.type() + "; nnc score takes 28x28 grey images as floats, f32[N, 1, 28, 28] or "
          + "f32[N, 28, 28], as nnc sample writes them");
    }
    if (t.dim(0) < 2) throw new NotImages(images, what + " holds " + t.dim(0) + " image; a covariance needs at least 2 (thousands to compare scores)");
    int n = t.size();
    for (int i = 0; i < n; i++) {
      double v = t.get(i);
      if (!(v >= 0 && v <= 1)) {
        int image = i / PIXELS, pixel = i % PIXELS;
        throw new NotImages(images, String.format(Locale.ROOT, "%s: pixel (row %d, column %d) of image %d is %s; pixels must be in "
            + "[0, 1], as Fashion-MNIST's are (map images in [-1, 1] with (x + 1) / 2)", what, pixel / 28, pixel % 28, image,
            Models.number(v)));
      }
    }
    return t;
  }

  private static boolean imageShaped(int[] s) {
    return (s.length == 4 && s[1] == 1 && s[2] == 28 && s[3] == 28) || (s.length == 3 && s[1] == 28 && s[2] == 28);
  }

  /** The object of {@code --format json}; docs/cli.md lists its fields. */
  private Map<String, Object> json(String name, String device, String output, boolean softmax, int dims, double top, int[] counts,
      int covered, Agreement agreement, Scored scored, int testCount, Scored floor, Scored ceiling) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", images.toString());
    m.put("count", scored.count());
    m.put("classifier", classifier.toString());
    m.put("model", name);
    m.put("checkpoint", checkpoint.toString());
    m.put("features", features);
    m.put("dimensions", dims);
    m.put("device", device);
    m.put("output", output);
    m.put("softmax_applied", !softmax);
    m.put("mean_top_probability", top);
    List<Object> classes = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("class", c);
      e.put("name", CLASSES.get(c));
      e.put("count", counts[c]);
      e.put("share", (double) counts[c] / scored.count());
      e.put("covered", covered(counts[c], scored.count()));
      classes.add(e);
    }
    m.put("classes", classes);
    m.put("coverage", covered);
    m.put("coverage_rule", "at least " + COVERED + " of the images, and at least one");
    if (agreement != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("tensor", agreement.tensor());
      a.put("agreed", agreement.agreed());
      a.put("share", (double) agreement.agreed() / scored.count());
      List<Object> per = new ArrayList<>();
      for (int c = 0; c < counts.length; c++) {
        if (agreement.asked()[c] == 0) continue;
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("class", c);
        e.put("name", CLASSES.get(c));
        e.put("asked", agreement.asked()[c]);
        e.put("agreed", agreement.agreedPerClass()[c]);
        e.put("share", agreement.share(c));
        per.add(e);
      }
      a.put("classes", per);
      m.put("agreement", a);
    }
    m.put("test_images", testCount);
    m.put("fid", scored.distance());
    m.put("floor", distance(floor));
    m.put("ceiling", distance(ceiling));
    return m;
  }

  private static Map<String, Object> distance(Scored s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", s.what());
    m.put("count", s.count());
    m.put("fid", s.distance());
    return m;
  }
}
