package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Max pooling and its companions against a float64 reference of the argmax rule, ties and padding included. */
class PoolTest {
  @Test
  void randomGeometriesMatchReference() {
    Random random = new Random(1);
    for (int t = 0; t < 400; t++) {
      int kh = 1 + random.nextInt(3), kw = 1 + random.nextInt(3);
      int[] m = {1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(8), 1 + random.nextInt(8),
          kh, kw, 1 + random.nextInt(3), 1 + random.nextInt(3), random.nextInt(kh / 2 + 1), random.nextInt(kw / 2 + 1)};
      Geo g = new Geo(m);
      if (g.oh < 1 || g.ow < 1) continue;
      // Few distinct values, so most windows hold ties; every fifth case all negative, where
      // padding read as zero instead of -infinity would win.
      float[] x = new float[g.inputSize()];
      boolean negative = t % 5 == 0;
      for (int i = 0; i < x.length; i++) x[i] = negative ? -1 - random.nextInt(3) : random.nextInt(4) - 1;
      check(g, x, random);
    }
  }

  @Test
  void modelShapes() {
    Random random = new Random(2);
    for (int[] m : new int[][] {{2, 32, 28, 28, 2, 2, 2, 2, 0, 0}, {2, 64, 14, 14, 2, 2, 2, 2, 0, 0},
        {2, 6, 28, 28, 2, 2, 2, 2, 0, 0}, {2, 64, 16, 16, 3, 3, 2, 2, 1, 1}}) {
      Geo g = new Geo(m);
      float[] x = new float[g.inputSize()];
      for (int i = 0; i < x.length; i++) x[i] = random.nextFloat() * 2 - 1;
      check(g, x, random);
    }
  }

  /**
   * The 2x2 halvings, a vector of windows at a time where the Vector API is there, follow the
   * rule too: planes wide enough for whole vectors and a tail (28, 14, an odd 15 whose last row
   * and column no window reads), ties everywhere, NaNs, infinities and zeros of both signs.
   */
  @Test
  void halvingsWithTiesNaNsAndSignedZeros() {
    Random random = new Random(5);
    float[] values = {0f, -0f, 1f, -1f, 2f, Float.NaN, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY};
    for (int[] m : new int[][] {{2, 3, 28, 28, 2, 2, 2, 2, 0, 0}, {3, 2, 14, 14, 2, 2, 2, 2, 0, 0}, {2, 2, 15, 15, 2, 2, 2, 2, 0, 0}}) {
      for (int bound : new int[] {2, 5, values.length}) {
        Geo g = new Geo(m);
        float[] x = new float[g.inputSize()];
        for (int i = 0; i < x.length; i++) x[i] = values[random.nextInt(bound)];
        check(g, x, random);
      }
    }
    // The first of equal zeros is taken, sign and all: -0 then 0 gives -0, 0 then -0 gives 0.
    float[] x = new float[4 * 32];
    for (int k = 0; k < 16; k++) {
      x[2 * k] = k % 2 == 0 ? -0f : 0f;
      x[2 * k + 1] = k % 2 == 0 ? 0f : -0f;
      x[32 + 2 * k] = x[32 + 2 * k + 1] = -1f;
    }
    float[] y = new float[32];
    Pool.maxForward(x, y, 1, 1, 4, 32, 2, 16, 2, 2, 2, 2, 0, 0);
    for (int k = 0; k < 16; k++) {
      assertEquals(k % 2 == 0 ? Float.floatToRawIntBits(-0f) : 0, Float.floatToRawIntBits(y[k]), "window " + k);
    }
  }

  /** A NaN beats every number and the first NaN beats later ones; -infinity still beats padding. */
  @Test
  void nanAndInfinity() {
    float nan = Float.NaN, inf = Float.NEGATIVE_INFINITY;
    float[] d = {0, 1, 2, 3, 4, 5, 6, 7};
    // Two 2x2 windows over a 2x4 plane: NaN, 9, NaN, 3 (the first NaN) and 1, NaN, 2, 8 (the NaN).
    float[] x = {nan, 9, 1, nan, nan, 3, 2, 8};
    check(new Geo(new int[] {1, 1, 2, 4, 2, 2, 2, 2, 0, 0}), x, new Random(4));
    float[] picked = new float[2];
    Pool.maxGather(x, d, picked, 1, 1, 2, 4, 1, 2, 2, 2, 2, 2, 0, 0);
    assertEquals("[0.0, 3.0]", Arrays.toString(picked));
    // Padded by 1: 2x3 windows, two of them holding only -infinity and padding.
    x = new float[] {inf, inf, 5, nan, inf, 7, nan, 1};
    check(new Geo(new int[] {1, 1, 2, 4, 2, 2, 2, 2, 1, 1}), x, new Random(4));
    float[] y = new float[6];
    Pool.maxForward(x, y, 1, 1, 2, 4, 2, 3, 2, 2, 2, 2, 1, 1);
    assertEquals("[-Infinity, 5.0, NaN, -Infinity, NaN, 1.0]", Arrays.toString(y));
    picked = new float[6];
    Pool.maxGather(x, d, picked, 1, 1, 2, 4, 2, 3, 2, 2, 2, 2, 1, 1);
    assertEquals("[0.0, 2.0, 3.0, 4.0, 6.0, 7.0]", Arrays.toString(picked));
  }

  /** Ties go to the first element in row-major window order. */
  @Test
  void tiesGoToTheFirst() {
    float[] x = {1, 2, 2, 2, 1, 2, 2, 2, 1};
    float[] out = new float[9];
    Pool.maxScatter(x, new float[] {10, 20, 30, 40}, out, 1, 1, 3, 3, 2, 2, 2, 2, 1, 1, 0, 0);
    assertArrayEquals(new float[] {0, 30, 0, 30, 0, 40, 0, 0, 0}, out);
  }

  @Test
  void badGeometryIsRejected() {
    float[] a = new float[100];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pool.maxForward(a, a, 1, 1, 4, 4, 3, 3, 2, 2, 2, 2, 0, 0));
    assertTrue(e.getMessage().contains("pools to 2x2, not 3x3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Pool.maxForward(a, a, 1, 1, 4, 4, 4, 4, 2, 2, 1, 1, 2, 2));
    assertTrue(e.getMessage().contains("padding at most half the kernel"), e.getMessage());
  }

  /** Runs all three (outputs filled with NaN first) against the reference; g and d are small integers, so sums are exact. */
  private static void check(Geo g, float[] x, Random random) {
    float[] dy = new float[g.outputSize()], d = new float[g.inputSize()];
    for (int i = 0; i < dy.length; i++) dy[i] = random.nextInt(9) - 4;
    for (int i = 0; i < d.length; i++) d[i] = random.nextInt(9) - 4;
    int[] arg = g.argmax(x);
    float[] y = nans(g.outputSize()), scattered = nans(g.inputSize()), gathered = nans(g.outputSize());
    Pool.maxForward(x, y, g.n, g.c, g.h, g.w, g.oh, g.ow, g.kh, g.kw, g.sh, g.sw, g.ph, g.pw);
    Pool.maxScatter(x, dy, scattered, g.n, g.c, g.h, g.w, g.oh, g.ow, g.kh, g.kw, g.sh, g.sw, g.ph, g.pw);
    Pool.maxGather(x, d, gathered, g.n, g.c, g.h, g.w, g.oh, g.ow, g.kh, g.kw, g.sh, g.sw, g.ph, g.pw);
    double[] expectScattered = new double[g.inputSize()];
    for (int yi = 0; yi < arg.length; yi++) {
      String where = g + ", window " + yi;
      assertEquals(Float.floatToIntBits(x[arg[yi]]), Float.floatToIntBits(y[yi]), where);
      assertEquals(d[arg[yi]], gathered[yi], where);
      expectScattered[arg[yi]] += dy[yi];
    }
    for (int i = 0; i < expectScattered.length; i++) assertEquals(expectScattered[i], scattered[i], g + ", element " + i);
  }

  /** A pooling's sizes: n, c, h, w, kh, kw, sh, sw, ph, pw. */
  private static final class Geo {
    final int n, c, h, w, kh, kw, sh, sw, ph, pw, oh, ow;

    Geo(int[] m) {
      n = m[0]; c = m[1]; h = m[2]; w = m[3]; kh = m[4]; kw = m[5]; sh = m[6]; sw = m[7]; ph = m[8]; pw = m[9];
      oh = Math.floorDiv(h + 2 * ph - kh, sh) + 1;
      ow = Math.floorDiv(w + 2 * pw - kw, sw) + 1;
    }

    int inputSize() { return n * c * h * w; }
    int outputSize() { return n * c * oh * ow; }

    /**
     * Each window's argmax by the definition: every position of the window in row-major order,
     * padding as -infinity in float64, replaced only by a strictly greater value or a first NaN.
     */
    int[] argmax(float[] x) {
      int[] arg = new int[outputSize()];
      for (int plane = 0; plane < n * c; plane++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double best = Double.NEGATIVE_INFINITY;
            int at = -1;
            boolean padding = true; // the best so far is padding: any element replaces it
            for (int a = 0; a < kh; a++) {
              for (int b = 0; b < kw; b++) {
                int r = i * sh - ph + a, q = j * sw - pw + b;
                boolean inside = r >= 0 && r < h && q >= 0 && q < w;
                double v = inside ? x[(plane * h + r) * w + q] : Double.NEGATIVE_INFINITY;
                boolean beats = !Double.isNaN(best) && (v > best || Double.isNaN(v));
                if (inside && (beats || padding)) {
                  best = v;
                  at = (plane * h + r) * w + q;
                  padding = false;
                }
              }
            }
            arg[(plane * oh + i) * ow + j] = at;
          }
        }
      }
      return arg;
    }

    @Override
    public String toString() {
      return String.format("n=%d c=%d %dx%d kernel=%dx%d stride=%dx%d padding=%dx%d", n, c, h, w, kh, kw, sh, sw, ph, pw);
    }
  }

  private static float[] nans(int size) {
    float[] a = new float[size];
    Arrays.fill(a, Float.NaN);
    return a;
  }
}
