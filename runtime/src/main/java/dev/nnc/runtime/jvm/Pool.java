package dev.nnc.runtime.jvm;

import java.util.Arrays;

/**
 * Float32 2-d max pooling in NCHW with PyTorch's meaning, and the two companions of its
 * gradient: x is [n, c, h, w], the pooled result [n, c, oh, ow] with {@code oh = floor((h + 2ph
 * - kh) / sh) + 1} (likewise ow). Each window's argmax is its largest element, padding counting
 * as -infinity; a tie goes to the first in row-major window order and a NaN beats every number
 * (the first NaN wins). Padding is at most half the kernel, so no window is all padding.
 *
 * <p>Planes (image, channel) are independent, so each method splits them over {@link
 * Parallel}'s threads.
 */
public final class Pool {
  /** About how many element visits make a chunk of planes worth another thread. */
  private static final long MIN_PARALLEL_WORK = 1 << 14;

  /** Whether the 2x2 halvings run a vector of windows at a time ({@code VectorPool}): with the module {@code jdk.incubator.vector}. */
  private static final boolean VECTORIZED = Gemm.vectorized();

  private Pool() {}

  /** y[n, c, oh, ow] = the maximum of each window of x[n, c, h, w]. */
  public static void maxForward(float[] x, float[] y, int n, int c, int h, int w, int oh, int ow,
      int kh, int kw, int sh, int sw, int ph, int pw) {
    Window g = new Window(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    g.require("x", x, g.inputSize());
    g.require("y", y, g.outputSize());
    Parallel.forRange(n * c, g.planeGrain(), (lo, hi) -> maxForwardPlanes(g, x, y, lo, hi));
  }

  /**
   * {@link #maxForward} for the planes (image, channel) [lo, hi) only, on the calling thread:
   * images [b0, b1) are planes [b0·c, b1·c). What an {@link ImageChain} runs image by image.
   */
  public static void maxForwardPlanes(float[] x, float[] y, int n, int c, int h, int w, int oh, int ow,
      int kh, int kw, int sh, int sw, int ph, int pw, int lo, int hi) {
    Window g = new Window(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    g.require("x", x, g.inputSize());
    g.require("y", y, g.outputSize());
    maxForwardPlanes(g, x, y, lo, hi);
  }

  private static void maxForwardPlanes(Window g, float[] x, float[] y, int lo, int hi) {
    int h = g.h, w = g.w, oh = g.oh, ow = g.ow;
    if (g.halves()) {
      int from = 0;
      if (VECTORIZED) {
        VectorPool.forward(x, y, h, w, oh, ow, lo, hi);
        from = VectorPool.vectorWindows(oh, ow);
      }
      for (int plane = lo; plane < hi; plane++) {
        for (int k = from, yi = plane * oh * ow + from; k < oh * ow; k++, yi++) {
          int r0 = plane * h * w + 2 * (k / ow) * w + 2 * (k % ow);
          y[yi] = x[argmax2x2(x, r0, r0 + w)];
        }
      }
      return;
    }
    for (int plane = lo; plane < hi; plane++) {
      for (int i = 0, yi = plane * oh * ow; i < oh; i++) {
        for (int j = 0; j < ow; j++, yi++) y[yi] = x[g.argmax(x, plane, i, j)];
      }
    }
  }

  /** out[n, c, h, w] = zero, plus each g[n, c, oh, ow] added at its window's argmax in x. */
  public static void maxScatter(float[] x, float[] g, float[] out, int n, int c, int h, int w, int oh, int ow,
      int kh, int kw, int sh, int sw, int ph, int pw) {
    Window p = new Window(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    p.require("x", x, p.inputSize());
    p.require("g", g, p.outputSize());
    p.require("out", out, p.inputSize());
    Parallel.forRange(n * c, p.planeGrain(), (lo, hi) -> maxScatterPlanes(p, x, g, out, lo, hi));
  }

  /** {@link #maxScatter} for the planes [lo, hi) only, on the calling thread: as {@link #maxForwardPlanes}. */
  public static void maxScatterPlanes(float[] x, float[] g, float[] out, int n, int c, int h, int w, int oh, int ow,
      int kh, int kw, int sh, int sw, int ph, int pw, int lo, int hi) {
    Window p = new Window(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    p.require("x", x, p.inputSize());
    p.require("g", g, p.outputSize());
    p.require("out", out, p.inputSize());
    maxScatterPlanes(p, x, g, out, lo, hi);
  }

  private static void maxScatterPlanes(Window p, float[] x, float[] g, float[] out, int lo, int hi) {
    int h = p.h, w = p.w, oh = p.oh, ow = p.ow;
    if (p.halves() && 2 * oh == h && 2 * ow == w) {
      // The windows tile the plane: each element is written once, its gradient or zero.
      int from = 0;
      if (VECTORIZED) {
        VectorPool.scatter(x, g, out, h, w, oh, ow, lo, hi);
        from = VectorPool.vectorWindows(oh, ow);
      }
      for (int plane = lo; plane < hi; plane++) {
        for (int k = from, gi = plane * oh * ow + from; k < oh * ow; k++, gi++) {
          int a = plane * h * w + 2 * (k / ow) * w + 2 * (k % ow), b = a + w, arg = argmax2x2(x, a, b);
          float v = g[gi];
          out[a] = arg == a ? v : 0f;
          out[a + 1] = arg == a + 1 ? v : 0f;
          out[b] = arg == b ? v : 0f;
          out[b + 1] = arg == b + 1 ? v : 0f;
        }
      }
      return;
    }
    Arrays.fill(out, lo * h * w, hi * h * w, 0f);
    for (int plane = lo; plane < hi; plane++) {
      for (int i = 0, gi = plane * oh * ow; i < oh; i++) {
        for (int j = 0; j < ow; j++, gi++) out[p.argmax(x, plane, i, j)] += g[gi];
      }
    }
  }

  /** out[n, c, oh, ow] = d[n, c, h, w] at each window's argmax in x. */
  public static void maxGather(float[] x, float[] d, float[] out, int n, int c, int h, int w, int oh, int ow,
      int kh, int kw, int sh, int sw, int ph, int pw) {
    Window p = new Window(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    p.require("x", x, p.inputSize());
    p.require("d", d, p.inputSize());
    p.require("out", out, p.outputSize());
    Parallel.forRange(n * c, p.planeGrain(), (lo, hi) -> {
      for (int plane = lo; plane < hi; plane++) {
        for (int i = 0, oi = plane * oh * ow; i < oh; i++) {
          for (int j = 0; j < ow; j++, oi++) out[oi] = d[p.argmax(x, plane, i, j)];
        }
      }
    });
  }

  /**
   * The argmax of a 2x2 window whose rows start at a and b, as {@link Window#argmax} finds it:
   * the first of the largest in row-major order, the first NaN if there is one.
   */
  private static int argmax2x2(float[] x, int a, int b) {
    int arg = a;
    float best = x[a];
    if (best != best) return arg;
    float v = x[a + 1];
    if (v > best || v != v) {
      if (v != v) return a + 1;
      arg = a + 1;
      best = v;
    }
    v = x[b];
    if (v > best || v != v) {
      if (v != v) return b;
      arg = b;
      best = v;
    }
    v = x[b + 1];
    return v > best || v != v ? b + 1 : arg;
  }

  /** The sizes of one pooling, checked once; the products of sizes fit an int. */
  private record Window(int n, int c, int h, int w, int oh, int ow, int kh, int kw, int sh, int sw, int ph, int pw) {
    Window {
      if (n < 0 || c < 1 || h < 1 || w < 1 || kh < 1 || kw < 1 || sh < 1 || sw < 1
          || ph < 0 || pw < 0 || 2 * ph > kh || 2 * pw > kw) {
        throw new IllegalArgumentException("max pooling needs positive sizes and padding at most half the kernel: " + describe(
            n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw));
      }
      long expectH = Math.floorDiv(h + 2L * ph - kh, sh) + 1, expectW = Math.floorDiv(w + 2L * pw - kw, sw) + 1;
      if (oh != expectH || ow != expectW || oh < 1 || ow < 1) {
        throw new IllegalArgumentException("a " + h + "x" + w + " input pools to " + expectH + "x" + expectW + ", not "
            + oh + "x" + ow + ": " + describe(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw));
      }
      if ((long) n * c * h * w > Integer.MAX_VALUE) throw new IllegalArgumentException("pooling too large for int indices");
    }

    static String describe(int... v) {
      return String.format("n=%d c=%d h=%d w=%d out=%dx%d kernel=%dx%d stride=%dx%d padding=%dx%d",
          v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }

    /** Whether the windows are 2x2 with stride 2 and no padding: the common halving, which has loops of its own. */
    boolean halves() {
      return kh == 2 && kw == 2 && sh == 2 && sw == 2 && ph == 0 && pw == 0;
    }

    int inputSize() {
      return n * c * h * w;
    }

    int outputSize() {
      return n * c * oh * ow;
    }

    int planeGrain() {
      return (int) Math.max(1, MIN_PARALLEL_WORK / Math.max(1L, (long) oh * ow * kh * kw));
    }

    void require(String name, float[] a, int size) {
      if (a.length < size) {
        throw new IllegalArgumentException(name + " needs " + size + " floats, its array has " + a.length
            + ": " + describe(n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw));
      }
    }

    /**
     * The flat index into x of window (i, j)'s argmax in a plane. Padding is skipped rather than
     * compared, which is what -infinity does: a real element, even -infinity, beats it.
     */
    int argmax(float[] x, int plane, int i, int j) {
      int r0 = i * sh - ph, c0 = j * sw - pw;
      int rlo = Math.max(0, r0), rhi = Math.min(h, r0 + kh);
      int clo = Math.max(0, c0), chi = Math.min(w, c0 + kw);
      int base = plane * h * w;
      int arg = base + rlo * w + clo;
      float best = x[arg];
      for (int r = rlo; r < rhi; r++) {
        for (int col = r == rlo ? clo + 1 : clo, at = base + r * w + col; col < chi; col++, at++) {
          if (best != best) return arg; // a NaN: nothing beats it
          float v = x[at];
          if (v > best || v != v) {
            arg = at;
            best = v;
          }
        }
      }
      return arg;
    }
  }
}
