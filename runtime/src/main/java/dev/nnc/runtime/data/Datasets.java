package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets the language names as builtins, with the fields the checker gives them
 * (compiler {@code Builtins.dataSets()}): batched sets hold {@code x} and {@code y} with the samples
 * on the first axis; graph sets hold {@code x}, {@code adj}, {@code y} and {@code mask} for one
 * whole graph, and a heterogeneous graph ({@link #academic}) one typed adjacency per edge type in
 * place of {@code adj}. Synthetic sets are pure functions of their arguments.
 */
public final class Datasets {
  private Datasets() {}

  /** Where the Debian package {@code dataset-fashion-mnist} puts its files. */
  public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

  /** Where nnc looks for MNIST unless told otherwise. */
  public static final Path MNIST = Path.of("/usr/share/datasets/mnist");

  /** Stream purposes for the synthetic sets. */
  private static final long SBM_MEANS = 11, SBM_EDGES = 12, SBM_FEATURES = 13, LINEAR_NOISE = 14, SPIRAL_NOISE = 15;
  private static final long ACADEMIC_AUTHORS = 16, ACADEMIC_VENUES = 17, ACADEMIC_MEANS = 18, ACADEMIC_FEATURES = 19;

  /** The scale of the academic graph's topic means against its unit feature noise: words alone tell topics apart poorly. */
  static final double ACADEMIC_SIGNAL = 0.4;

  // ------------------------------------------------------------------ images

  /** Fashion-MNIST from {@link #fashionMnistDir()}. */
  public static DataSet fashionMnist(String split) {
    return fashionMnist(split, fashionMnistDir());
  }

  public static DataSet fashionMnist(String split, Path dir) {
    return mnistLike("fashion_mnist", "Fashion-MNIST", split, dir,
        "install the Debian package dataset-fashion-mnist, or set NNC_FASHION_MNIST to a folder with its four IDX files");
  }

  /** MNIST digits from {@link #mnistDir()}. */
  public static DataSet mnist(String split) {
    return mnist(split, mnistDir());
  }

  public static DataSet mnist(String split, Path dir) {
    return mnistLike("mnist", "MNIST", split, dir, "set NNC_MNIST to a folder with its four IDX files");
  }

  /** {@code NNC_FASHION_MNIST} (system property {@code nnc.fashion_mnist}), else {@link #FASHION_MNIST}. */
  public static Path fashionMnistDir() {
    return configured("nnc.fashion_mnist", "NNC_FASHION_MNIST", FASHION_MNIST);
  }

  /** {@code NNC_MNIST} (system property {@code nnc.mnist}), else {@link #MNIST}. */
  public static Path mnistDir() {
    return configured("nnc.mnist", "NNC_MNIST", MNIST);
  }

  private static Path configured(String property, String env, Path fallback) {
    String p = System.getProperty(property);
    if (p == null || p.isEmpty()) p = System.getenv(env);
    return p == null || p.isEmpty() ? fallback : Path.of(p);
  }

  private static DataSet mnistLike(String name, String title, String split, Path dir, String remedy) {
    if (!"train".equals(split) && !"test".equals(split)) {
      throw new DataException("the split of `" + name + "` must be \"train\" or \"test\", found \"" + split + "\"");
    }
    if (!Files.isDirectory(dir)) throw new DataException(dir, title + " is not installed here (no such folder); " + remedy);
    List<String> prefixes = split.equals("train") ? List.of("train") : List.of("t10k", "test");
    Path images = find(dir, prefixes, "images", "idx3", remedy);
    Path labels = find(dir, prefixes, "labels", "idx1", remedy);
    return Idx.imagesAndLabels(name, images, labels, 28, 28, 10);
  }

  private static Path find(Path dir, List<String> prefixes, String what, String idx, String remedy) {
    for (String p : prefixes) {
      for (String f : List.of(p + "-" + what + "-" + idx + "-ubyte.gz", p + "-" + what + "-" + idx + "-ubyte",
          p + "-" + what + "." + idx + "-ubyte")) {
        if (Files.exists(dir.resolve(f))) return dir.resolve(f);
      }
    }
    throw new DataException(dir.resolve(prefixes.get(0) + "-" + what + "-" + idx + "-ubyte.gz"), "no such file; " + remedy);
  }

  // ------------------------------------------------------------------ graphs

  /**
   * Zachary's karate club: {@code x = I} (f32[34, 34], one-hot node identity), {@code adj}
   * (f32[34, 34], symmetric 0/1, no self loops, 78 edges), {@code y} (i32[34]: 0 for Mr. Hi's
   * faction, 1 for the officer's) and {@code mask} (bool[34]: only nodes 0 and 33 are labelled).
   */
  public static DataSet karateClub() {
    int n = KarateClub.NODES;
    float[] x = new float[n * n];
    for (int i = 0; i < n; i++) x[i * n + i] = 1;
    float[] adj = new float[n * n];
    for (int[] e : KarateClub.EDGES) {
      adj[e[0] * n + e[1]] = 1;
      adj[e[1] * n + e[0]] = 1;
    }
    int[] y = new int[n];
    for (int v : KarateClub.OFFICER) y[v] = 1;
    boolean[] mask = new boolean[n];
    for (int v : KarateClub.LABELLED) mask[v] = true;
    return graph("karate_club", Tensor.f32(x, n, n), Tensor.f32(adj, n, n), Tensor.i32(y, n), Tensor.bool(mask, n));
  }

  /**
   * A stochastic block model: {@code nodes} split into {@code classes} contiguous blocks of nearly
   * equal size ({@code y[i] = i * classes / nodes}); each pair in one block is an edge with
   * probability {@code pIn}, across blocks {@code pOut}. Features are the block's mean (one
   * standard normal vector per block) plus standard normal noise. The mask labels the first tenth
   * (at least one node) of each block.
   */
  public static DataSet sbm(int nodes, int classes, double pIn, double pOut, int features, long seed) {
    if (nodes < 1) throw new DataException("sbm: `nodes` must be at least 1, found " + nodes);
    if (classes < 1 || classes > nodes) throw new DataException("sbm: `classes` must be in 1.." + nodes + ", found " + classes);
    if (!(pIn >= 0 && pIn <= 1)) throw new DataException("sbm: `p_in` must be in [0, 1], found " + pIn);
    if (!(pOut >= 0 && pOut <= 1)) throw new DataException("sbm: `p_out` must be in [0, 1], found " + pOut);
    if (features < 1) throw new DataException("sbm: `features` must be at least 1, found " + features);
    Tensor.count(nodes, nodes);
    int[] y = blocks(nodes, classes);
    float[] adj = new float[nodes * nodes];
    SplitMix edges = SplitMix.of(seed, SBM_EDGES);
    for (int i = 0; i < nodes; i++) {
      for (int j = i + 1; j < nodes; j++) {
        if (edges.nextDouble() < (y[i] == y[j] ? pIn : pOut)) {
          adj[i * nodes + j] = 1;
          adj[j * nodes + i] = 1;
        }
      }
    }
    double[] means = new double[classes * features];
    SplitMix m = SplitMix.of(seed, SBM_MEANS);
    for (int k = 0; k < means.length; k++) means[k] = m.nextGaussian();
    float[] x = new float[Tensor.count(nodes, features)];
    SplitMix f = SplitMix.of(seed, SBM_FEATURES);
    for (int i = 0; i < nodes; i++) {
      for (int k = 0; k < features; k++) x[i * features + k] = (float) (means[y[i] * features + k] + f.nextGaussian());
    }
    return graph("sbm", Tensor.f32(x, nodes, features), Tensor.f32(adj, nodes, nodes), Tensor.i32(y, nodes),
        Tensor.bool(firstTenths(y), nodes));
  }

  /**
   * A synthetic academic graph, heterogeneous: three node types (papers, authors, venues) and two
   * edge types (paper-author, paper-venue), classified by the papers' topics. Topics, and the
   * authors' and venues' home topics, are contiguous blocks ({@code y[i] = i * topics / papers},
   * author {@code a}'s topic {@code a * topics / authors}, venue {@code v}'s {@code v * topics /
   * venues}). Each paper has 1 to 3 author draws (uniform); each is, with probability
   * {@code pAuthor}, a uniform author of the paper's topic, else a uniform author of any topic
   * (a repeated author counts once). Each paper appears at one venue: with probability
   * {@code pVenue} a uniform venue of its topic, else a uniform venue of any topic. A paper's
   * features are its topic's mean ({@link #ACADEMIC_SIGNAL} times a standard normal vector per
   * topic) plus standard normal noise. The mask labels the first tenth (at least one) of each
   * topic's papers. Fields: {@code x} f32[papers, features], {@code paper_author}
   * f32[papers, authors] and {@code paper_venue} f32[papers, venues] (1 for an edge, else 0),
   * {@code y} i32[papers], {@code mask} bool[papers].
   */
  public static DataSet academic(int papers, int authors, int venues, int topics, int features, double pAuthor, double pVenue,
      long seed) {
    if (topics < 1) throw new DataException("academic: `topics` must be at least 1, found " + topics);
    if (papers < topics) throw new DataException("academic: `papers` must be at least `topics` (" + topics + "), found " + papers);
    if (authors < topics) throw new DataException("academic: `authors` must be at least `topics` (" + topics + "), found " + authors);
    if (venues < topics) throw new DataException("academic: `venues` must be at least `topics` (" + topics + "), found " + venues);
    if (features < 1) throw new DataException("academic: `features` must be at least 1, found " + features);
    if (!(pAuthor >= 0 && pAuthor <= 1)) throw new DataException("academic: `p_author` must be in [0, 1], found " + pAuthor);
    if (!(pVenue >= 0 && pVenue <= 1)) throw new DataException("academic: `p_venue` must be in [0, 1], found " + pVenue);
    Tensor.count(papers, papers);
    int[] y = blocks(papers, topics);
    int[][] topicAuthors = members(blocks(authors, topics), topics), topicVenues = members(blocks(venues, topics), topics);
    float[] pa = new float[Tensor.count(papers, authors)];
    SplitMix ar = SplitMix.of(seed, ACADEMIC_AUTHORS);
    for (int i = 0; i < papers; i++) {
      int draws = 1 + ar.nextInt(3);
      for (int k = 0; k < draws; k++) {
        boolean own = ar.nextDouble() < pAuthor;
        int[] pool = topicAuthors[y[i]];
        int a = own ? pool[ar.nextInt(pool.length)] : ar.nextInt(authors);
        pa[i * authors + a] = 1;
      }
    }
    float[] pv = new float[Tensor.count(papers, venues)];
    SplitMix vr = SplitMix.of(seed, ACADEMIC_VENUES);
    for (int i = 0; i < papers; i++) {
      boolean own = vr.nextDouble() < pVenue;
      int[] pool = topicVenues[y[i]];
      int v = own ? pool[vr.nextInt(pool.length)] : vr.nextInt(venues);
      pv[i * venues + v] = 1;
    }
    double[] means = new double[topics * features];
    SplitMix m = SplitMix.of(seed, ACADEMIC_MEANS);
    for (int k = 0; k < means.length; k++) means[k] = ACADEMIC_SIGNAL * m.nextGaussian();
    float[] x = new float[Tensor.count(papers, features)];
    SplitMix f = SplitMix.of(seed, ACADEMIC_FEATURES);
    for (int i = 0; i < papers; i++) {
      for (int k = 0; k < features; k++) x[i * features + k] = (float) (means[y[i] * features + k] + f.nextGaussian());
    }
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", Tensor.f32(x, papers, features));
    fields.put("paper_author", Tensor.f32(pa, papers, authors));
    fields.put("paper_venue", Tensor.f32(pv, papers, venues));
    fields.put("y", Tensor.i32(y, papers));
    fields.put("mask", Tensor.bool(firstTenths(y), papers));
    return DataSet.graph("academic", fields);
  }

  /** {@code n} items in {@code k} contiguous blocks of nearly equal size: item {@code i} is in block {@code i * k / n}. */
  private static int[] blocks(int n, int k) {
    int[] b = new int[n];
    for (int i = 0; i < n; i++) b[i] = (int) ((long) i * k / n);
    return b;
  }

  /** The items of each of the {@code k} blocks, in order. */
  private static int[][] members(int[] block, int k) {
    int[] count = new int[k];
    for (int b : block) count[b]++;
    int[][] out = new int[k][];
    for (int b = 0; b < k; b++) out[b] = new int[count[b]];
    int[] at = new int[k];
    for (int i = 0; i < block.length; i++) out[block[i]][at[block[i]]++] = i;
    return out;
  }

  /** The first tenth (at least one) of each run of equal labels: the labelled nodes of a graph. */
  private static boolean[] firstTenths(int[] y) {
    boolean[] mask = new boolean[y.length];
    for (int i = 0; i < y.length; ) {
      int block = y[i], end = i;
      while (end < y.length && y[end] == block) end++;
      int labelled = Math.max(1, (end - i + 9) / 10);
      for (int k = i; k < i + labelled; k++) mask[k] = true;
      i = end;
    }
    return mask;
  }

  private static DataSet graph(String name, Tensor x, Tensor adj, Tensor y, Tensor mask) {
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", x);
    fields.put("adj", adj);
    fields.put("y", y);
    fields.put("mask", mask);
    return DataSet.graph(name, fields);
  }

  // ------------------------------------------------------------------ small synthetic sets

  /**
   * {@code n} points {@code x} evenly spaced in [-1, 1] (0 when n = 1) with {@code y = w x + b}
   * plus normal noise of standard deviation {@code noise}: {@code x, y: f32[n, 1]}.
   */
  public static DataSet linear(double w, double b, int n, double noise) {
    if (n < 1) throw new DataException("linear: `n` must be at least 1, found " + n);
    if (!(noise >= 0)) throw new DataException("linear: `noise` must be at least 0, found " + noise);
    float[] x = new float[n], y = new float[n];
    SplitMix r = SplitMix.of(LINEAR_NOISE);
    for (int i = 0; i < n; i++) {
      double xi = n == 1 ? 0 : -1 + 2.0 * i / (n - 1);
      x[i] = (float) xi;
      y[i] = (float) (w * xi + b + (noise > 0 ? noise * r.nextGaussian() : 0));
    }
    return xy("linear", Tensor.f32(x, n, 1), Tensor.f32(y, n, 1));
  }

  /** Rows given in the source: {@code x: f32[rows, cols of x]}, {@code y: f32[rows, cols of y]}. */
  public static DataSet points(double[][] x, double[][] y) {
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", rows("x", x));
    fields.put("y", rows("y", y));
    return points(fields);
  }

  /**
   * Inline data of any fields ({@code points(x: [[...]], y: [...])}): each tensor's first axis is
   * the sample axis, and all have as many samples.
   */
  public static DataSet points(Map<String, Tensor> fields) {
    if (fields.isEmpty()) throw new DataException("points: no fields");
    Map.Entry<String, Tensor> first = null;
    for (Map.Entry<String, Tensor> e : fields.entrySet()) {
      if (e.getValue().shape().length == 0) throw new DataException("points: `" + e.getKey() + "` is a scalar, not a list of samples");
      if (first == null) first = e;
      else if (e.getValue().dim(0) != first.getValue().dim(0)) {
        throw new DataException("points: `" + first.getKey() + "` has " + first.getValue().dim(0) + " samples but `" + e.getKey()
            + "` has " + e.getValue().dim(0));
      }
    }
    return DataSet.batched("points", new LinkedHashMap<>(fields));
  }

  private static Tensor rows(String what, double[][] rows) {
    if (rows.length == 0) throw new DataException("points: `" + what + "` has no rows");
    int cols = rows[0].length;
    float[] out = new float[rows.length * cols];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != cols) {
        throw new DataException("points: row " + r + " of `" + what + "` has " + rows[r].length + " values, row 0 has " + cols);
      }
      for (int c = 0; c < cols; c++) out[r * cols + c] = (float) rows[r][c];
    }
    return Tensor.f32(out, rows.length, cols);
  }

  /** The four points of XOR: {@code x: f32[4, 2]} in {0, 1}^2, {@code y: f32[4, 1]} = x0 xor x1. */
  public static DataSet xor() {
    float[] x = {0, 0, 0, 1, 1, 0, 1, 1};
    float[] y = {0, 1, 1, 0};
    return xy("xor", Tensor.f32(x, 4, 2), Tensor.f32(y, 4, 1));
  }

  /**
   * Two interleaved spirals of one and a half turns: sample {@code i} is on spiral {@code i % 2}
   * ({@code y: i32[n]}), at radius {@code t} in (0, 1) and angle {@code 3 pi t + pi y}, plus normal
   * noise of standard deviation 0.02 ({@code x: f32[n, 2]}).
   */
  public static DataSet spirals(int n) {
    if (n < 2) throw new DataException("spirals: `n` must be at least 2, found " + n);
    float[] x = new float[2 * n];
    int[] y = new int[n];
    SplitMix noise = SplitMix.of(SPIRAL_NOISE);
    for (int i = 0; i < n; i++) {
      int c = i % 2, k = i / 2, per = (n - c + 1) / 2;
      double t = (k + 0.5) / per;
      double angle = 3 * Math.PI * t + Math.PI * c;
      x[2 * i] = (float) (t * Math.cos(angle) + 0.02 * noise.nextGaussian());
      x[2 * i + 1] = (float) (t * Math.sin(angle) + 0.02 * noise.nextGaussian());
      y[i] = c;
    }
    return xy("spirals", Tensor.f32(x, n, 2), Tensor.i32(y, n));
  }

  private static DataSet xy(String name, Tensor x, Tensor y) {
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", x);
    fields.put("y", y);
    return DataSet.batched(name, fields);
  }

  // ------------------------------------------------------------------ by name

  /**
   * The vocabulary of a data set's token ids, as a checkpoint keeps it ({@link Text#VOCABULARY_KEY}):
   * the text data sets' characters, or null for a data set that is not text.
   */
  public static String vocabulary(String name) {
    return "fortunes".equals(name) ? Text.characters() : null;
  }

  /**
   * A data set by its builtin name with named arguments (numbers, strings, and for {@code points}
   * its fields as tensors, or rows as {@code double[][]}); missing arguments take the defaults
   * the language gives them.
   */
  public static DataSet load(String name, Map<String, ?> args) {
    Args a = new Args(name, args);
    switch (name) {
      case "fashion_mnist": a.known("split"); return fashionMnist(a.str("split", "train"));
      case "mnist": a.known("split"); return mnist(a.str("split", "train"));
      case "karate_club": a.known(); return karateClub();
      case "sbm":
        a.known("nodes", "classes", "p_in", "p_out", "features", "seed");
        return sbm(a.integer("nodes", 100), a.integer("classes", 2), a.real("p_in", 0.3), a.real("p_out", 0.02),
            a.integer("features", 16), a.integer("seed", 0));
      case "academic":
        a.known("papers", "authors", "venues", "topics", "features", "p_author", "p_venue", "seed");
        return academic(a.integer("papers", 400), a.integer("authors", 100), a.integer("venues", 8), a.integer("topics", 4),
            a.integer("features", 16), a.real("p_author", 0.8), a.real("p_venue", 0.7), a.integer("seed", 0));
      case "linear":
        a.known("w", "b", "n", "noise");
        return linear(a.real("w", 2), a.real("b", 1), a.integer("n", 64), a.real("noise", 0));
      case "points": return points(a.tensors());
      case "xor": a.known(); return xor();
      case "spirals": a.known("n"); return spirals(a.integer("n", 200));
      case "fortunes": a.known("split", "context"); return Text.fortunes(a.str("split", "train"), a.integer("context", 64));
      case "fashion_mnist_captions":
        a.known("split", "length");
        return Captions.fashionMnist(a.str("split", "train"), a.integer("length", 40));
      case "fashion_mnist_masks":
        a.known("split", "labels", "threshold");
        return Masks.fashionMnist(a.str("split", "train"), a.str("labels", "coarse"), a.real("threshold", Masks.THRESHOLD));
      default:
        throw new DataException("no data set `" + name + "`; the data sets are fashion_mnist, mnist, karate_club, sbm, academic, linear, points, xor, "
            + "spirals, fortunes, fashion_mnist_captions, fashion_mnist_masks");
    }
  }

  /** Named arguments of {@link #load}, with the faults they can have. */
  private static final class Args {
    private final String name;
    private final Map<String, ?> args;

    Args(String name, Map<String, ?> args) {
      this.name = name;
      this.args = args;
    }

    void known(String... names) {
      for (String k : args.keySet()) {
        if (!List.of(names).contains(k)) {
          throw new DataException("`" + name + "` has no argument `" + k + "`"
              + (names.length == 0 ? "; it takes none" : "; it takes " + String.join(", ", names)));
        }
      }
    }

    String str(String k, String fallback) {
      Object v = args.get(k);
      if (v == null) return fallback;
      if (!(v instanceof String)) throw wrong(k, "a string", v);
      return (String) v;
    }

    int integer(String k, int fallback) {
      Object v = args.get(k);
      if (v == null) return fallback;
      if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() != ((Number) v).intValue()) {
        throw wrong(k, "an int", v);
      }
      return ((Number) v).intValue();
    }

    double real(String k, double fallback) {
      Object v = args.get(k);
      if (v == null) return fallback;
      if (!(v instanceof Number)) throw wrong(k, "a number", v);
      return ((Number) v).doubleValue();
    }

    /** Every argument, each a tensor (the fields of inline data); rows of numbers as double[][] are f32[rows, cols]. */
    Map<String, Tensor> tensors() {
      Map<String, Tensor> out = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : args.entrySet()) {
        Object v = e.getValue();
        if (v instanceof double[][] rows) out.put(e.getKey(), rows(e.getKey(), rows));
        else if (v instanceof Tensor t) out.put(e.getKey(), t);
        else throw wrong(e.getKey(), "a tensor of samples", v);
      }
      return out;
    }

    private DataException wrong(String k, String expected, Object v) {
      return new DataException("`" + k + "` of `" + name + "` must be " + expected + ", found " + (v == null ? "nothing" : v));
    }
  }
}
