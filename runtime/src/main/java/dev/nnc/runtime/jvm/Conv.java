package dev.nnc.runtime.jvm;

import java.util.Arrays;

/**
 * Float32 2-d convolution in NCHW with PyTorch's meaning, and its two transposes: x is
 * [n, c, h, wd], the weight [o, c/groups, kh, kw], y [n, o, oh, ow], with {@code oh =
 * floor((h + 2ph - dh(kh-1) - 1) / sh) + 1} (likewise ow), padding reading as zero. No bias.
 *
 * <p>Each product is an im2col and a {@link Gemm}: per image and group, the columns [K, P]
 * (K = c/groups·kh·kw taps, P = oh·ow output positions) hold the input each tap sees at each
 * position, so that y = W·cols, cols = Wᵀ·dy (then added back into dx, col2im) and dW += dy·colsᵀ.
 * A 1×1 kernel with stride 1 and no padding needs no columns: the input plane is them.
 *
 * <p>Threads: the batch is split over {@link Parallel}'s threads, each chunk calling {@link
 * Gemm#sgemm} image by image. On a worker the product runs inline (single-threaded); on the
 * caller it may be shared with a worker that has finished its own chunk, which balances the
 * load. Splitting the batch rather than each product keeps im2col and col2im parallel too and
 * suits the small products of small layers (LeNet's first layer is 6 × 784 × 25 per image, far
 * below what Gemm would split); with one image the one chunk runs on the caller and Gemm splits
 * the product itself.
 */
public final class Conv {
  /** About how many multiply-adds make a chunk of images worth another thread. */
  private static final long MIN_PARALLEL_WORK = 1 << 18;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Conv() {}

  /** y[n, o, oh, ow] = conv2d(x[n, c, h, wd], w[o, c/groups, kh, kw]). */
  public static void forward(float[] x, float[] w, float[] y, int n, int c, int h, int wd, int o,
      int kh, int kw, int oh, int ow, int sh, int sw, int ph, int pw, int dh, int dw, int groups) {
    Geometry g = new Geometry(n, c, h, wd, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
    g.require("x", x, g.inputSize());
    g.require("w", w, g.weightSize());
    g.require("y", y, g.outputSize());
    int cg = c / groups, og = o / groups, k = g.taps(), p = oh * ow;
    Parallel.forRange(n, g.imageGrain(), (lo, hi) -> {
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
    });
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
    int cg = c / groups, og = o / groups, k = g.taps(), p = oh * ow;
    Parallel.forRange(n, g.imageGrain(), (lo, hi) -> {
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
    });
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
    /** The per-chunk sums of a weight gradient, owned by the thread that called it. */
    private float[][] sums = new float[0][];

    float[] cols(int size) {
      if (cols.length < size) cols = new float[size];
      return cols;
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
