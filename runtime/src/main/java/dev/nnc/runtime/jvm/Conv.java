package dev.nnc.runtime.jvm;

import java.util.Arrays;

/**
 * Float32 2-d convolution in NCHW with PyTorch's meaning, and its two transposes: x is
 * [n, c, h, wd], the weight [o, c/groups, kh, kw], y [n, o, oh, ow], with {@code oh =
 * floor((h + 2ph - dh(kh-1) - 1) / sh) + 1} (likewise ow), padding reading as zero. No bias.
 *
 * <p>Each product is an im2col and a {@link Gemm}: the columns [K, P] of an image and group
 * (K = c/groups·kh·kw taps, P = oh·ow output positions) hold the input each tap sees at each
 * position, so that y = W·cols, cols = Wᵀ·dy (then added back into dx, col2im) and dW += dy·colsᵀ.
 * There are two ways to lay the products out, chosen per call by P:
 *
 * <p><b>Per image</b> (P at least {@link #SMALL_OUTPUT}): the batch is split over {@link
 * Parallel}'s threads, each chunk calling {@link Gemm#sgemm} image by image. On a worker the
 * product runs inline (single-threaded); on the caller it may be shared with a worker that has
 * finished its own chunk, which balances the load. Splitting the batch rather than each product
 * keeps im2col and col2im parallel too and suits the many-column products of layers with a large
 * output (LeNet's first layer is 6 × 784 × 25 per image, far below what Gemm would split); with
 * one image the one chunk runs on the caller and Gemm splits the product itself. A 1×1 kernel
 * with stride 1 and no padding needs no columns there: the input plane is them.
 *
 * <p><b>Batch-wide</b> (P below {@link #SMALL_OUTPUT}, more than one image): a product with
 * few columns wastes most of Gemm's micro-tiles (2 vectors wide) and repacks the whole weight
 * for only P columns of work, so LeNet's 16→120 layer (P = 1) ran 128 matrix-vector products
 * at a small fraction of Gemm's speed. Instead the columns of a block of images sit side by side,
 * [K, images·P] per group, and each direction is one {@link Gemm#sgemmBatched} over the groups:
 * y = W·cols, cols = Wᵀ·dy, dW = dy·colsᵀ. dy and y are gathered into and scattered from the
 * matching [o, images·P] layout, which costs 1/K of the product. The im2col (by tap row), col2im
 * (by input channel) and the copies (by output channel) are shared out over the threads, their
 * innermost loops running over the images; Gemm splits the products. A block holds as many
 * images as keep its columns within {@link #BATCH_COLUMNS_BUDGET} floats (the whole batch, for
 * small layers); weight-gradient blocks are added in order.
 *
 * <p>Results depend on the shapes and the thread count only, never on timing. The system
 * property {@code nnc.conv.path}, read at each call, forces a layout: {@code image} or {@code
 * batch} (if one image's columns fit the budget); it is there for benchmarks and tests, which
 * measure or check one path beside the other.
 */
public final class Conv {
  /** About how many multiply-adds make a chunk of images worth another thread. */
  private static final long MIN_PARALLEL_WORK = 1 << 18;

  /**
   * Outputs with fewer positions than this (oh·ow) take the batch-wide products. At 64 columns
   * a per-image product fills whole micro-tiles (16 or 32 columns wide) and repacking the weight
   * costs 1/64 of its multiply-adds; below, waste grows quickly (P = 1 uses one column of 16 or
   * 32). The batch-wide path has no such losses but copies y or dy once more, gathers its
   * columns image by image and streams them through the caches, which is not worth it when each
   * image's product is already efficient: ConvBenchmark measured it 20× faster on a 1×1 output
   * and as fast to 3× slower on 10×10 to 28×28 outputs (docs/bench.md).
   */
  public static final int SMALL_OUTPUT = 64;

  /**
   * The most floats the batch-wide columns of one block take (8 MiB). A layer whose columns
   * for one image need more keeps the per-image path whatever its output size.
   */
  static final int BATCH_COLUMNS_BUDGET = 1 << 21;

  /** About how many floats copied (im2col, col2im, gathers) make a part worth another thread. */
  private static final long MIN_PARALLEL_COPY = 1 << 15;

  /** The system property that forces a layout: {@code image}, {@code batch}, or unset (by size). */
  public static final String PATH_PROPERTY = "nnc.conv.path";

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Conv() {}

  /** y[n, o, oh, ow] = conv2d(x[n, c, h, wd], w[o, c/groups, kh, kw]). */
  public static void forward(float[] x, float[] w, float[] y, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dh, int dw, int groups) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
    g.require("x", x, g.inputSize());
    g.require("w", w, g.weightSize());
    g.require("y", y, g.outputSize());
    if (g.batchWide()) {
      forwardBatchWide(g, x, w, y);
      return;
    }
    Parallel.forRange(n, g.imageGrain(), (lo, hi) -> forwardImages(g, x, w, y, lo, hi));
  }

  /**
   * {@link #forward} for images [lo, hi) only, on the calling thread (its products may still be
   * shared out, as in a chunk of {@link #forward}): what an {@link ImageChain} runs image by
   * image. Only for sizes that {@link #batchWide} keeps on the per-image path.
   */
  public static void forwardImages(float[] x, float[] w, float[] y, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dh, int dw, int groups, int lo, int hi) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
    g.require("x", x, g.inputSize());
    g.require("w", w, g.weightSize());
    g.require("y", y, g.outputSize());
    forwardImages(g, x, w, y, lo, hi);
  }

  private static void forwardImages(Geometry g, float[] x, float[] w, float[] y, int lo, int hi) {
    if (g.singlePlane()) {
      g.filterImages(x, w, y, lo, hi);
      return;
    }
    int c = g.c, h = g.h, wd = g.wd, o = g.o, groups = g.groups;
    int cg = c / groups, og = o / groups, k = g.taps(), p = g.oh * g.ow;
    Scratch s = SCRATCH.get();
    for (int b = lo; b < hi; b++) {
      for (int grp = 0; grp < groups; grp++) {
        int xOff = (b * c + grp * cg) * h * wd;
        float[] cols = x;
        int colsOff = xOff;
        if (!g.pointwise()) {
          cols = s.cols(k * p);
          colsOff = 0;
          g.im2col(x, xOff, cols);
        }
        Gemm.sgemm(false, false, og, p, k, w, grp * og * k, cols, colsOff, y, (b * o + grp * og) * p);
      }
    }
  }

  /**
   * dx[n, c, h, wd] = the transposed convolution of dy[n, o, oh, ow] by w: the gradient of
   * {@link #forward}'s x. Positions no window reaches (past the last stride) get zero.
   */
  public static void inputGrad(float[] dy, float[] w, float[] dx, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dh, int dw, int groups) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
    g.require("dy", dy, g.outputSize());
    g.require("w", w, g.weightSize());
    g.require("dx", dx, g.inputSize());
    if (g.batchWide()) {
      inputGradBatchWide(g, dy, w, dx);
      return;
    }
    Parallel.forRange(n, g.imageGrain(), (lo, hi) -> inputGradImages(g, dy, w, dx, lo, hi));
  }

  /** {@link #inputGrad} for images [lo, hi) only, on the calling thread: as {@link #forwardImages}. */
  public static void inputGradImages(float[] dy, float[] w, float[] dx, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dh, int dw, int groups, int lo, int hi) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
    g.require("dy", dy, g.outputSize());
    g.require("w", w, g.weightSize());
    g.require("dx", dx, g.inputSize());
    inputGradImages(g, dy, w, dx, lo, hi);
  }

  private static void inputGradImages(Geometry g, float[] dy, float[] w, float[] dx, int lo, int hi) {
    if (g.singlePlane()) {
      g.spreadImages(dy, w, dx, lo, hi);
      return;
    }
    int c = g.c, h = g.h, wd = g.wd, o = g.o, groups = g.groups;
    int cg = c / groups, og = o / groups, k = g.taps(), p = g.oh * g.ow;
    Scratch s = SCRATCH.get();
    for (int b = lo; b < hi; b++) {
      for (int grp = 0; grp < groups; grp++) {
        int xOff = (b * c + grp * cg) * h * wd;
        int dyOff = (b * o + grp * og) * p;
        if (g.pointwise()) {
          Gemm.sgemm(true, false, k, p, og, w, grp * og * k, dy, dyOff, dx, xOff);
        } else {
          float[] cols = s.cols(k * p);
          Gemm.sgemm(true, false, k, p, og, w, grp * og * k, dy, dyOff, cols, 0);
          Arrays.fill(dx, xOff, xOff + cg * h * wd, 0f);
          g.col2im(cols, dx, xOff);
        }
      }
    }
  }

  /**
   * dw[o, c/groups, kh, kw] = the gradient of {@link #forward}'s weight: the sum over the batch
   * of dy·colsᵀ. Each chunk of images sums into its own buffer (the first chunk into dw), and
   * the caller adds them in chunk order, so a result depends on the thread count only.
   */
  public static void weightGrad(float[] x, float[] dy, float[] dw, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dilationH, int dilationW, int groups) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dilationH, dilationW, groups);
    g.require("x", x, g.inputSize());
    g.require("dy", dy, g.outputSize());
    g.require("dw", dw, g.weightSize());
    if (g.batchWide()) {
      weightGradBatchWide(g, x, dy, dw);
      return;
    }
    int cg = c / groups, og = o / groups, k = g.taps(), p = oh * ow, size = g.weightSize();
    int chunks = Math.max(1, Math.min(Parallel.threads(), n / g.imageGrain()));
    float[][] sums = SCRATCH.get().sums(chunks, size);
    Parallel.forRange(chunks, 1, (lo, hi) -> {
      Scratch s = SCRATCH.get();
      for (int t = lo; t < hi; t++) {
        float[] sum = t == 0 ? dw : sums[t];
        int first = (int) ((long) n * t / chunks), last = (int) ((long) n * (t + 1) / chunks);
        if (first == last) Arrays.fill(sum, 0, size, 0f);
        for (int b = first; b < last; b++) {
          for (int grp = 0; grp < groups; grp++) {
            int xOff = (b * c + grp * cg) * h * wd;
            float[] cols = x;
            int colsOff = xOff;
            if (!g.pointwise()) {
              cols = s.cols(k * p);
              colsOff = 0;
              g.im2col(x, xOff, cols);
            }
            int dyOff = (b * o + grp * og) * p, wOff = grp * og * k;
            if (b == first) {
              Gemm.sgemm(false, true, og, k, p, dy, dyOff, cols, colsOff, sum, wOff);
            } else {
              float[] product = s.product(og * k);
              Gemm.sgemm(false, true, og, k, p, dy, dyOff, cols, colsOff, product, 0);
              for (int i = 0; i < og * k; i++) sum[wOff + i] += product[i];
            }
          }
        }
      }
    });
    for (int t = 1; t < chunks; t++) {
      float[] sum = sums[t];
      for (int i = 0; i < size; i++) dw[i] += sum[i];
    }
  }

  /** {@link #forward} with the columns of a block of images side by side: one product per group and block. */
  private static void forwardBatchWide(Geometry g, float[] x, float[] w, float[] y) {
    int og = g.o / g.groups, k = g.taps(), p = g.oh * g.ow, block = g.blockImages();
    Scratch s = SCRATCH.get();
    for (int first = 0; first < g.n; first += block) {
      int b0 = first, images = Math.min(block, g.n - first), width = images * p;
      float[] cols = s.cols(g.groups * k * width);
      float[] out = s.gathered(g.o * width);
      g.im2colImages(x, b0, images, cols);
      // out[o, width], group by group: rows grp·og.. of out = W_grp[og, K] · cols_grp[K, width].
      Gemm.sgemmBatched(g.groups, false, false, og, width, k, w, 0, cols, 0, out, 0);
      g.moveImages(out, b0, images, y, true);
    }
  }

  /** {@link #inputGrad} with dy of a block of images side by side: one product per group and block, then col2im. */
  private static void inputGradBatchWide(Geometry g, float[] dy, float[] w, float[] dx) {
    int og = g.o / g.groups, k = g.taps(), p = g.oh * g.ow, block = g.blockImages();
    Scratch s = SCRATCH.get();
    for (int first = 0; first < g.n; first += block) {
      int b0 = first, images = Math.min(block, g.n - first), width = images * p;
      float[] cols = s.cols(g.groups * k * width);
      float[] gathered = s.gathered(g.o * width);
      g.moveImages(gathered, b0, images, dy, false);
      // cols_grp[K, width] = W_grp[og, K]ᵀ · dy_grp[og, width].
      Gemm.sgemmBatched(g.groups, true, false, k, width, og, w, 0, gathered, 0, cols, 0);
      g.col2imImages(cols, b0, images, dx);
    }
  }

  /**
   * {@link #weightGrad} with the columns and dy of a block of images side by side: one product
   * per group and block, dW_grp[og, K] = dy_grp[og, width] · cols_grp[K, width]ᵀ, summing over
   * the block's images inside Gemm. The first block writes dw, later ones are added in order.
   */
  private static void weightGradBatchWide(Geometry g, float[] x, float[] dy, float[] dw) {
    int og = g.o / g.groups, k = g.taps(), p = g.oh * g.ow, block = g.blockImages(), size = g.weightSize();
    if (g.n == 0) {
      Arrays.fill(dw, 0, size, 0f);
      return;
    }
    Scratch s = SCRATCH.get();
    for (int first = 0; first < g.n; first += block) {
      int b0 = first, images = Math.min(block, g.n - first), width = images * p;
      float[] cols = s.cols(g.groups * k * width);
      float[] gathered = s.gathered(g.o * width);
      g.im2colImages(x, b0, images, cols);
      g.moveImages(gathered, b0, images, dy, false);
      float[] sum = first == 0 ? dw : s.product(size);
      Gemm.sgemmBatched(g.groups, false, true, og, k, width, gathered, 0, cols, 0, sum, 0);
      if (first > 0) {
        for (int i = 0; i < size; i++) dw[i] += sum[i];
      }
    }
  }

  /** {@link Geometry#batchWide}, for tests: whether a call with these sizes takes the batch-wide path. */
  static boolean batchWide(int n, int c, int kh, int kw, int oh, int ow) {
    if ((long) c * kh * kw * oh * ow > BATCH_COLUMNS_BUDGET) return false;
    String forced = System.getProperty(PATH_PROPERTY);
    if ("image".equals(forced)) return false;
    if ("batch".equals(forced)) return true;
    return n > 1 && oh * ow < SMALL_OUTPUT;
  }

  /** The sizes of one convolution, checked once; the products of sizes fit an int. */
  private record Geometry(int n, int c, int h, int wd, int o, int kh, int kw, int oh, int ow,
      int sh, int sw, int ph, int pw, int dh, int dw, int groups) {
    Geometry {
      if (n < 0 || c < 1 || h < 1 || wd < 1 || o < 1 || kh < 1 || kw < 1 || oh < 1 || ow < 1
          || sh < 1 || sw < 1 || ph < 0 || pw < 0 || dh < 1 || dw < 1 || groups < 1) {
        throw new IllegalArgumentException("convolution sizes must be positive (n and padding at least 0): " + describe(
            n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups));
      }
      if (c % groups != 0 || o % groups != 0) {
        throw new IllegalArgumentException("expected channels divisible by groups " + groups + ", found c=" + c + ", o=" + o);
      }
      long expectH = window(h, kh, sh, ph, dh), expectW = window(wd, kw, sw, pw, dw);
      if (oh != expectH || ow != expectW) {
        throw new IllegalArgumentException("a " + h + "x" + wd + " input gives a " + expectH + "x" + expectW
            + " output, not " + oh + "x" + ow + ": " + describe(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups));
      }
      long largest = Math.max(Math.max((long) n * c * h * wd, (long) n * o * oh * ow),
          Math.max((long) o * (c / groups) * kh * kw, (long) (c / groups) * kh * kw * oh * ow));
      if (largest > Integer.MAX_VALUE) throw new IllegalArgumentException("convolution too large for int indices: " + largest);
    }

    static long window(long size, long k, long s, long p, long d) {
      return Math.floorDiv(size + 2 * p - d * (k - 1) - 1, s) + 1;
    }

    static String describe(int... v) {
      return String.format("n=%d c=%d h=%d w=%d o=%d kernel=%dx%d out=%dx%d stride=%dx%d padding=%dx%d dilation=%dx%d groups=%d",
          v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
    }

    int inputSize() {
      return n * c * h * wd;
    }

    int outputSize() {
      return n * o * oh * ow;
    }

    int weightSize() {
      return o * taps();
    }

    /** K: the rows of a group's columns, one per (input channel, ki, kj). */
    int taps() {
      return c / groups * kh * kw;
    }

    /** Whether the input plane of a group is its own columns: a 1×1 kernel, stride 1, no padding. */
    boolean pointwise() {
      return kh == 1 && kw == 1 && sh == 1 && sw == 1 && ph == 0 && pw == 0;
    }

    /**
     * Whether to lay the products out batch-wide: by default for small outputs and more than
     * one image (one image is one product either way), or as {@link #PATH_PROPERTY} says; never
     * when one image's columns (all groups) would not fit {@link #BATCH_COLUMNS_BUDGET}.
     */
    boolean batchWide() {
      return Conv.batchWide(n, c, kh, kw, oh, ow);
    }

    /** How many images' columns (all groups) a batch-wide block holds: at least 1, within the budget. */
    int blockImages() {
      long perImage = (long) c * kh * kw * oh * ow;
      return (int) Math.max(1, Math.min(Math.max(n, 1), BATCH_COLUMNS_BUDGET / perImage));
    }

    /** The fewest items worth a thread when each copies {@code perItem} floats. */
    int copyGrain(long perItem) {
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, MIN_PARALLEL_COPY / Math.max(1, perItem)));
    }

    /**
     * Writes the columns of images [b0, b0 + images) into cols as [c·kh·kw][images·P]: row
     * (channel, ki, kj), which is also [groups][K][images·P], with image b's positions at columns
     * b·P... Shared out over the threads by rows. The innermost loop runs over the images (the
     * same tap and position of each), so that a P of 1 still makes long loops rather than one
     * short loop per image and position.
     */
    void im2colImages(float[] x, int b0, int images, float[] cols) {
      int p = oh * ow, width = images * p, kk = kh * kw, image = c * h * wd;
      Parallel.forRange(c * kk, copyGrain(width), (lo, hi) -> {
        for (int row = lo; row < hi; row++) {
          int ch = row / kk, ki = row % kk / kw, kj = row % kw;
          for (int i = 0; i < oh; i++) {
            int r = i * sh - ph + ki * dh;
            for (int j = 0; j < ow; j++) {
              int q = j * sw - pw + kj * dw, dst = row * width + i * ow + j;
              if (r < 0 || r >= h || q < 0 || q >= wd) {
                for (int b = 0; b < images; b++) cols[dst + b * p] = 0f;
              } else {
                int src = (b0 * c + ch) * h * wd + r * wd + q;
                for (int b = 0; b < images; b++) cols[dst + b * p] = x[src + b * image];
              }
            }
          }
        }
      });
    }

    /**
     * Sets images [b0, b0 + images) of dx to the sum of the columns cols (laid out as {@link
     * #im2colImages} writes them) at the input positions they came from: col2im for a block.
     * Shared out over the threads by input channel, whose planes no other channel's rows touch;
     * the channel's planes of all the block's images are zeroed, then each tap in (ki, kj) order
     * is added to all of them, so each element sums its terms in one order whatever the threads.
     */
    void col2imImages(float[] cols, int b0, int images, float[] dx) {
      int p = oh * ow, width = images * p, kk = kh * kw, plane = h * wd, image = c * plane;
      Parallel.forRange(c, copyGrain((long) kk * width), (lo, hi) -> {
        for (int ch = lo; ch < hi; ch++) {
          for (int b = 0; b < images; b++) {
            int start = ((b0 + b) * c + ch) * plane;
            Arrays.fill(dx, start, start + plane, 0f);
          }
          for (int ki = 0; ki < kh; ki++) {
            for (int kj = 0; kj < kw; kj++) {
              int row = ch * kk + ki * kw + kj;
              for (int i = 0; i < oh; i++) {
                int r = i * sh - ph + ki * dh;
                if (r < 0 || r >= h) continue;
                for (int j = 0; j < ow; j++) {
                  int q = j * sw - pw + kj * dw;
                  if (q < 0 || q >= wd) continue;
                  int src = row * width + i * ow + j, dst = (b0 * c + ch) * plane + r * wd + q;
                  for (int b = 0; b < images; b++) dx[dst + b * image] += cols[src + b * p];
                }
              }
            }
          }
        }
      });
    }

    /**
     * Copies images [b0, b0 + images) between {@code wide}, laid out [o][images·P] with image b's
     * positions at columns b·P.., and {@code plain}, [n][o][P]: to plain when {@code toPlain},
     * else to wide. Shared out over the threads by channel, the images innermost.
     */
    void moveImages(float[] wide, int b0, int images, float[] plain, boolean toPlain) {
      int p = oh * ow, width = images * p, image = o * p;
      Parallel.forRange(o, copyGrain(width), (lo, hi) -> {
        for (int oc = lo; oc < hi; oc++) {
          for (int q = 0; q < p; q++) {
            int w0 = oc * width + q, p0 = (b0 * o + oc) * p + q;
            if (toPlain) {
              for (int b = 0; b < images; b++) plain[p0 + b * image] = wide[w0 + b * p];
            } else {
              for (int b = 0; b < images; b++) wide[w0 + b * p] = plain[p0 + b * image];
            }
          }
        }
      });
    }

    /**
     * Whether one input plane makes one output plane (c = o = 1: an average pooling written as
     * a convolution): then the product is a single row (a 1 × K weight times the [K, P] columns,
     * or its transpose), which wastes all but one row of Gemm's micro-tiles, and {@link
     * #filterImages} and {@link #spreadImages} compute it directly. Only with the vectorised
     * Gemm, whose sums they repeat (a fused multiply-add per tap in order from zero, K within
     * one of its blocks), so the results are the same bit for bit.
     */
    boolean singlePlane() {
      return c == 1 && o == 1 && taps() <= 256 && Gemm.vectorized();
    }

    /** y of images [lo, hi) for {@link #singlePlane}: each output the taps' fused multiply-adds in order, padding as zero. */
    void filterImages(float[] x, float[] w, float[] y, int lo, int hi) {
      int p = oh * ow;
      for (int b = lo; b < hi; b++) {
        int xb = b * h * wd, yb = b * p;
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            float acc = 0f;
            for (int ki = 0, q = 0; ki < kh; ki++) {
              int r = i * sh - ph + ki * dh;
              for (int kj = 0; kj < kw; kj++, q++) {
                int col = j * sw - pw + kj * dw;
                float v = r >= 0 && r < h && col >= 0 && col < wd ? x[xb + r * wd + col] : 0f;
                acc = Math.fma(w[q], v, acc);
              }
            }
            y[yb + i * ow + j] = acc;
          }
        }
      }
    }

    /**
     * dx of images [lo, hi) for {@link #singlePlane}: zero, then tap by tap in order each output's
     * gradient times the tap's weight added where the tap read, as the columns' col2im adds them.
     */
    void spreadImages(float[] dy, float[] w, float[] dx, int lo, int hi) {
      int p = oh * ow;
      for (int b = lo; b < hi; b++) {
        int xb = b * h * wd, yb = b * p;
        Arrays.fill(dx, xb, xb + h * wd, 0f);
        for (int ki = 0, q = 0; ki < kh; ki++) {
          for (int kj = 0; kj < kw; kj++, q++) {
            float wq = w[q];
            for (int i = 0; i < oh; i++) {
              int r = i * sh - ph + ki * dh;
              if (r < 0 || r >= h) continue;
              for (int j = 0; j < ow; j++) {
                int col = j * sw - pw + kj * dw;
                if (col >= 0 && col < wd) dx[xb + r * wd + col] += wq * dy[yb + i * ow + j];
              }
            }
          }
        }
      }
    }

    /** The fewest images worth a thread of their own. */
    int imageGrain() {
      long work = Math.max(1, (long) o * taps() * oh * ow);
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, MIN_PARALLEL_WORK / work));
    }

    void require(String name, float[] a, int size) {
      if (a.length < size) {
        throw new IllegalArgumentException(name + " needs " + size + " floats, its array has " + a.length
            + ": " + describe(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups));
      }
    }

    /** The first output column j whose input column j·sw - pw + kj·dw is at least 0, at most ow. */
    private int firstColumn(int kj) {
      return Math.min(ow, Math.max(0, -Math.floorDiv(kj * dw - pw, sw)));
    }

    /** One past the last output column whose input column is inside the image, at least first. */
    private int endColumn(int kj, int first) {
      return Math.max(first, Math.min(ow, Math.floorDiv(wd - 1 + pw - kj * dw, sw) + 1));
    }

    /** Writes the columns [K, P] of the group whose input channels start at x[xOff]. */
    void im2col(float[] x, int xOff, float[] cols) {
      int p = oh * ow, row = 0;
      for (int ic = 0; ic < c / groups; ic++) {
        int plane = xOff + ic * h * wd;
        for (int ki = 0; ki < kh; ki++) {
          for (int kj = 0; kj < kw; kj++, row++) {
            int jlo = firstColumn(kj), jhi = endColumn(kj, jlo);
            for (int i = 0; i < oh; i++) {
              int r = i * sh - ph + ki * dh;
              int dst = row * p + i * ow;
              if (r < 0 || r >= h) {
                Arrays.fill(cols, dst, dst + ow, 0f);
                continue;
              }
              Arrays.fill(cols, dst, dst + jlo, 0f);
              int src = plane + r * wd + kj * dw - pw;
              if (sw == 1) {
                if (jhi > jlo) System.arraycopy(x, src + jlo, cols, dst + jlo, jhi - jlo);
              } else {
                for (int j = jlo; j < jhi; j++) cols[dst + j] = x[src + j * sw];
              }
              Arrays.fill(cols, dst + jhi, dst + ow, 0f);
            }
          }
        }
      }
    }

    /** Adds the columns [K, P] back into the group's input planes at dx[xOff]: im2col's transpose. */
    void col2im(float[] cols, float[] dx, int xOff) {
      int p = oh * ow, row = 0;
      for (int ic = 0; ic < c / groups; ic++) {
        int plane = xOff + ic * h * wd;
        for (int ki = 0; ki < kh; ki++) {
          for (int kj = 0; kj < kw; kj++, row++) {
            int jlo = firstColumn(kj), jhi = endColumn(kj, jlo);
            for (int i = 0; i < oh; i++) {
              int r = i * sh - ph + ki * dh;
              if (r < 0 || r >= h) continue;
              int src = row * p + i * ow;
              int dst = plane + r * wd + kj * dw - pw;
              if (sw == 1) {
                for (int j = jlo; j < jhi; j++) dx[dst + j] += cols[src + j];
              } else {
                for (int j = jlo; j < jhi; j++) dx[dst + j * sw] += cols[src + j];
              }
            }
          }
        }
      }
    }
  }

  /** One thread's buffers, grown on demand and kept, so steady-state calls allocate none. */
  private static final class Scratch {
    private float[] cols = new float[0];
    private float[] product = new float[0];
    /** y or dy of a batch-wide block, laid out [o][images·P]. */
    private float[] gathered = new float[0];
    /** The per-chunk sums of a weight gradient, owned by the thread that called it. */
    private float[][] sums = new float[0][];

    float[] cols(int size) {
      if (cols.length < size) cols = new float[size];
      return cols;
    }

    float[] gathered(int size) {
      if (gathered.length < size) gathered = new float[size];
      return gathered;
    }

    float[] product(int size) {
      if (product.length < size) product = new float[size];
      return product;
    }

    float[][] sums(int chunks, int size) {
      if (sums.length < chunks) sums = Arrays.copyOf(sums, chunks);
      for (int t = 1; t < chunks; t++) {
        if (sums[t] == null || sums[t].length < size) sums[t] = new float[size];
      }
      return sums;
    }
  }
}
