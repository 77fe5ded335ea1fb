package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The three convolutions against float64 loops over the definition, on random and real geometries. */
class ConvTest {
  /** n, c, h, w, o, kh, kw, sh, sw, ph, pw, dh, dw, groups. */
  private static final int[][] MODELS = {
    {2, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2, 1, 1, 1},     // LeNet-5 conv1
    {2, 6, 14, 14, 16, 5, 5, 1, 1, 0, 0, 1, 1, 1},    // LeNet-5 conv2
    {2, 1, 28, 28, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1},    // small CNN conv1
    {2, 32, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1},   // small CNN conv2
    {2, 64, 16, 16, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1},   // ResNet block, stride 1
    {2, 64, 16, 16, 128, 3, 3, 2, 2, 1, 1, 1, 1, 1},  // ResNet block, stride 2
    {2, 64, 16, 16, 128, 1, 1, 2, 2, 0, 0, 1, 1, 1},  // ResNet projection
    {2, 16, 8, 8, 24, 1, 1, 1, 1, 0, 0, 1, 1, 2},     // pointwise: no columns
  };

  @Test
  void modelShapesMatchFloat64() {
    Random random = new Random(11);
    for (int[] m : MODELS) check(new Geo(m), random);
  }

  @Test
  void randomGeometriesMatchFloat64() {
    Random random = new Random(5);
    int checked = 0;
    while (checked < 300) {
      int groups = 1 + random.nextInt(2);
      int[] m = {random.nextBoolean() ? 1 : 3, groups * (1 + random.nextInt(3)), 1 + random.nextInt(9), 1 + random.nextInt(9),
          groups * (1 + random.nextInt(3)), 1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(2),
          1 + random.nextInt(2), random.nextInt(3), random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2), groups};
      Geo g = new Geo(m);
      if (g.oh < 1 || g.ow < 1) continue;
      check(g, random);
      checked++;
    }
  }

  /** The three are one bilinear form: {@code <conv(x, w), g> = <x, inputGrad(g, w)> = <w, weightGrad(x, g)>}. */
  @Test
  void transposesAreAdjoint() {
    Random random = new Random(3);
    Geo g = new Geo(new int[] {3, 4, 9, 7, 6, 3, 2, 2, 1, 1, 2, 2, 1, 2});
    float[] x = values(random, g.inputSize()), w = values(random, g.weightSize()), dy = values(random, g.outputSize());
    float[] y = new float[g.outputSize()], dx = new float[g.inputSize()], dw = new float[g.weightSize()];
    Conv.forward(x, w, y, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    Conv.inputGrad(dy, w, dx, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    Conv.weightGrad(x, dy, dw, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    double a = dot(y, dy), b = dot(x, dx), c = dot(w, dw);
    assertEquals(a, b, 1e-4 * Math.abs(a));
    assertEquals(a, c, 1e-4 * Math.abs(a));
  }

  /** A larger call first, then smaller ones: scratch left over from the first must not leak in. */
  @Test
  void reusedScratchGivesTheSameResults() {
    Random random = new Random(9);
    check(new Geo(MODELS[3]), random);
    check(new Geo(new int[] {3, 2, 5, 5, 2, 3, 3, 2, 2, 1, 1, 1, 1, 1}), random);
    check(new Geo(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1}), random);
  }

  /**
   * Shapes on either side of {@link Conv#SMALL_OUTPUT} (oh·ow), each checked as chosen by size
   * and with each path forced. n, c, h, w, o, kh, kw, sh, sw, ph, pw, dh, dw, groups.
   */
  private static final int[][] AROUND_THRESHOLD = {
    {3, 16, 5, 5, 120, 5, 5, 1, 1, 0, 0, 1, 1, 1},    // LeNet-5 conv3: 1x1 output
    {1, 16, 5, 5, 120, 5, 5, 1, 1, 0, 0, 1, 1, 1},    // the same, one image
    {3, 4, 9, 9, 6, 3, 3, 2, 2, 1, 1, 1, 1, 2},       // groups 2, stride 2: 5x5
    {1, 4, 9, 9, 6, 3, 3, 2, 2, 1, 1, 1, 1, 2},
    {3, 4, 20, 20, 6, 3, 3, 2, 2, 1, 1, 1, 1, 2},     // groups 2, stride 2: 10x10
    {1, 4, 20, 20, 6, 3, 3, 2, 2, 1, 1, 1, 1, 2},
    {3, 6, 11, 9, 4, 3, 3, 1, 1, 0, 0, 1, 1, 2},      // 9x7 = 63, just below
    {3, 6, 10, 10, 4, 3, 3, 1, 1, 0, 0, 1, 1, 2},     // 8x8 = 64, the threshold
    {3, 4, 7, 9, 6, 1, 1, 1, 1, 0, 0, 1, 1, 2},       // pointwise 7x9 = 63: columns copied batch-wide
    {3, 6, 8, 8, 4, 2, 3, 2, 1, 2, 1, 2, 1, 1},       // dilation, uneven stride and padding
  };

  @Test
  void pathIsChosenByOutputSize() {
    for (int[] m : AROUND_THRESHOLD) {
      Geo g = new Geo(m);
      boolean expected = g.n > 1 && g.oh * g.ow < Conv.SMALL_OUTPUT;
      assertEquals(expected, Conv.batchWide(g.n, g.c, g.kh, g.kw, g.oh, g.ow), g.toString());
    }
    assertTrue(Conv.batchWide(3, 16, 5, 5, 1, 1));
    assertFalse(Conv.batchWide(3, 6, 5, 5, 10, 10));
    withPath("batch", () -> assertTrue(Conv.batchWide(1, 16, 5, 5, 10, 10)));
    withPath("image", () -> assertFalse(Conv.batchWide(3, 16, 5, 5, 1, 1)));
    // Columns of one image over the budget: per image, even when batch-wide is asked for.
    withPath("batch", () -> assertFalse(Conv.batchWide(3, 8192, 3, 3, 6, 6)));
  }

  @Test
  void bothPathsMatchFloat64AroundTheThreshold() {
    Random random = new Random(21);
    for (String path : new String[] {null, "image", "batch"}) {
      withPath(path, () -> {
        for (int[] m : AROUND_THRESHOLD) check(new Geo(m), random);
        for (int[] m : MODELS) check(new Geo(m), random);
      });
    }
  }

  @Test
  void randomGeometriesMatchFloat64BatchWide() {
    Random random = new Random(17);
    withPath("batch", () -> {
      int checked = 0;
      while (checked < 200) {
        int groups = 1 + random.nextInt(2);
        int[] m = {1 + random.nextInt(4), groups * (1 + random.nextInt(3)), 1 + random.nextInt(9), 1 + random.nextInt(9),
            groups * (1 + random.nextInt(3)), 1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(2),
            1 + random.nextInt(2), random.nextInt(3), random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2), groups};
        Geo g = new Geo(m);
        if (g.oh < 1 || g.ow < 1) continue;
        check(g, random);
        checked++;
      }
    });
  }

  /**
   * Enough images that the batch-wide columns take two blocks (256·9·36 floats an image, 25 to a
   * block); the second block's weight gradient is added to the first's. Repeated calls give the
   * same bits, and a larger call before a smaller one leaves no stale columns.
   */
  @Test
  void batchWideBlocksAddUpAndRepeat() {
    Geo g = new Geo(new int[] {27, 256, 6, 6, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1});
    assertTrue(Conv.BATCH_COLUMNS_BUDGET / (g.c * g.kh * g.kw * g.oh * g.ow) < g.n, "the shape should need two blocks");
    assertTrue(Conv.batchWide(g.n, g.c, g.kh, g.kw, g.oh, g.ow));
    Random random = new Random(13);
    check(g, random);
    float[] x = values(random, g.inputSize()), w = values(random, g.weightSize()), dy = values(random, g.outputSize());
    float[][] first = run(g, x, w, dy), second = run(g, x, w, dy);
    for (int i = 0; i < 3; i++) assertArrayEquals(first[i], second[i]);
    check(new Geo(new int[] {2, 3, 4, 4, 5, 3, 3, 1, 1, 0, 0, 1, 1, 1}), random);
  }

  @Test
  void emptyBatchGivesZeroWeightGradient() {
    for (String path : new String[] {"image", "batch"}) {
      withPath(path, () -> {
        float[] dw = {5, 5, 5, 5};
        Conv.weightGrad(new float[0], new float[0], dw, 0, 1, 3, 3, 1, 2, 2, 2, 2, 1, 1, 0, 0, 1, 1, 1);
        assertEquals("[0.0, 0.0, 0.0, 0.0]", Arrays.toString(dw));
      });
    }
  }

  /**
   * One input plane to one output plane (an average pooling as a convolution) is computed
   * directly on the per-image layout, to the bits of the products of the batch-wide one: 2x2
   * stride 2, padded 3x3, dilated, strided 5x5 kernels, with zeros of both signs in the data.
   */
  @Test
  void singlePlaneMatchesTheProductsBitForBit() {
    Random random = new Random(9);
    // n, h, w, kh, kw, sh, sw, ph, pw, dh, dw
    for (int[] m : new int[][] {{5, 28, 28, 2, 2, 2, 2, 0, 0, 1, 1}, {3, 9, 7, 3, 3, 1, 1, 1, 1, 1, 1},
        {2, 12, 11, 3, 2, 1, 2, 2, 1, 2, 3}, {4, 13, 13, 5, 5, 2, 2, 2, 2, 1, 1}}) {
      int n = m[0], h = m[1], w = m[2], kh = m[3], kw = m[4], sh = m[5], sw = m[6], ph = m[7], pw = m[8], dh = m[9], dw = m[10];
      int oh = (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1, ow = (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
      float[] x = new float[n * h * w], k = new float[kh * kw], dy = new float[n * oh * ow];
      for (float[] a : new float[][] {x, k, dy}) {
        for (int i = 0; i < a.length; i++) a[i] = random.nextInt(4) == 0 ? (random.nextBoolean() ? 0f : -0f) : (float) random.nextGaussian();
      }
      float[][] y = new float[2][n * oh * ow], dx = new float[2][n * h * w];
      String[] paths = {"image", "batch"};
      for (int t = 0; t < 2; t++) {
        int at = t;
        withPath(paths[t], () -> {
          Conv.forward(x, k, y[at], n, 1, h, w, 1, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, 1);
          Conv.inputGrad(dy, k, dx[at], n, 1, h, w, 1, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, 1);
        });
      }
      for (int i = 0; i < y[0].length; i++) assertEquals(Float.floatToRawIntBits(y[1][i]), Float.floatToRawIntBits(y[0][i]), Arrays.toString(m) + " y " + i);
      for (int i = 0; i < dx[0].length; i++) assertEquals(Float.floatToRawIntBits(dx[1][i]), Float.floatToRawIntBits(dx[0][i]), Arrays.toString(m) + " dx " + i);
    }
  }

  /** Runs {@code body} with {@link Conv#PATH_PROPERTY} set to {@code path} (null: cleared), then restores it. */
  private static void withPath(String path, Runnable body) {
    String old = System.getProperty(Conv.PATH_PROPERTY);
    try {
      if (path == null) System.clearProperty(Conv.PATH_PROPERTY);
      else System.setProperty(Conv.PATH_PROPERTY, path);
      body.run();
    } finally {
      if (old == null) System.clearProperty(Conv.PATH_PROPERTY);
      else System.setProperty(Conv.PATH_PROPERTY, old);
    }
  }

  /** y, dx and dw of the three convolutions. */
  private static float[][] run(Geo g, float[] x, float[] w, float[] dy) {
    float[] y = nans(g.outputSize()), dx = nans(g.inputSize()), dw = nans(g.weightSize());
    Conv.forward(x, w, y, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    Conv.inputGrad(dy, w, dx, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    Conv.weightGrad(x, dy, dw, g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.sh, g.sw, g.ph, g.pw, g.dh, g.dw, g.groups);
    return new float[][] {y, dx, dw};
  }

  @Test
  void badGeometryIsRejected() {
    float[] a = new float[1000];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Conv.forward(a, a, a, 1, 2, 5, 5, 2, 3, 3, 4, 4, 1, 1, 0, 0, 1, 1, 1));
    assertTrue(e.getMessage().contains("gives a 3x3 output, not 4x4"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Conv.forward(a, a, a, 1, 3, 5, 5, 2, 3, 3, 3, 3, 1, 1, 0, 0, 1, 1, 2));
    assertTrue(e.getMessage().contains("divisible by groups 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Conv.inputGrad(a, a, new float[10], 1, 2, 5, 5, 2, 3, 3, 3, 3, 1, 1, 0, 0, 1, 1, 1));
    assertTrue(e.getMessage().startsWith("dx needs 50 floats, its array has 10"), e.getMessage());
  }

  /** Runs all three on random data, outputs filled with NaN first, and compares each with the reference. */
  private static void check(Geo g, Random random) {
    float[] x = values(random, g.inputSize()), w = values(random, g.weightSize()), dy = values(random, g.outputSize());
    float[][] result = run(g, x, w, dy);
    float[] y = result[0], dx = result[1], dw = result[2];
    double[] ry = new double[g.outputSize()], rdx = new double[g.inputSize()], rdw = new double[g.weightSize()];
    g.taps((xi, wi, yi) -> {
      ry[yi] += (double) x[xi] * w[wi];
      rdx[xi] += (double) dy[yi] * w[wi];
      rdw[wi] += (double) x[xi] * dy[yi];
    });
    int cg = g.c / g.groups, og = g.o / g.groups;
    assertClose("forward " + g, ry, y, cg * g.kh * g.kw);
    assertClose("inputGrad " + g, rdx, dx, og * g.kh * g.kw);
    assertClose("weightGrad " + g, rdw, dw, g.n * g.oh * g.ow);
  }

  /**
   * Every element within a float32 accumulation bound of the reference: {@code terms} roundings
   * of a sum whose size is at most the largest reference value, with random signs.
   */
  private static void assertClose(String what, double[] expected, float[] actual, int terms) {
    double scale = 0;
    for (double e : expected) scale = Math.max(scale, Math.abs(e));
    double tolerance = 8 * Math.ulp(1f) * Math.sqrt(terms + 1) * Math.max(scale, 1e-30);
    for (int i = 0; i < expected.length; i++) {
      double error = Math.abs(expected[i] - actual[i]);
      if (!(error <= tolerance)) {
        throw new AssertionError(what + ": element " + i + " is " + actual[i] + ", expected " + expected[i]
            + " (tolerance " + tolerance + ")");
      }
    }
  }

  /** A convolution's sizes in the order of {@link #MODELS}, and its terms by the definition. */
  private static final class Geo {
    final int n, c, h, w, o, kh, kw, sh, sw, ph, pw, dh, dw, groups, oh, ow;

    Geo(int[] m) {
      n = m[0]; c = m[1]; h = m[2]; w = m[3]; o = m[4]; kh = m[5]; kw = m[6];
      sh = m[7]; sw = m[8]; ph = m[9]; pw = m[10]; dh = m[11]; dw = m[12]; groups = m[13];
      oh = Math.floorDiv(h + 2 * ph - dh * (kh - 1) - 1, sh) + 1;
      ow = Math.floorDiv(w + 2 * pw - dw * (kw - 1) - 1, sw) + 1;
    }

    int inputSize() { return n * c * h * w; }
    int outputSize() { return n * o * oh * ow; }
    int weightSize() { return o * (c / groups) * kh * kw; }

    interface Tap { void visit(int xi, int wi, int yi); }

    /** Each (image, output channel, output position, input channel, kernel tap) whose input position is inside x. */
    void taps(Tap tap) {
      int cg = c / groups, og = o / groups;
      for (int b = 0; b < n; b++) {
        for (int oc = 0; oc < o; oc++) {
          for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
              for (int ic = 0; ic < cg; ic++) {
                int xc = oc / og * cg + ic;
                for (int a = 0; a < kh; a++) {
                  for (int e = 0; e < kw; e++) {
                    int r = i * sh - ph + a * dh, q = j * sw - pw + e * dw;
                    if (r < 0 || r >= h || q < 0 || q >= w) continue;
                    tap.visit(((b * c + xc) * h + r) * w + q, ((oc * cg + ic) * kh + a) * kw + e, ((b * o + oc) * oh + i) * ow + j);
                  }
                }
              }
            }
          }
        }
      }
    }

    @Override
    public String toString() {
      return String.format("n=%d c=%d %dx%d o=%d kernel=%dx%d stride=%dx%d padding=%dx%d dilation=%dx%d groups=%d",
          n, c, h, w, o, kh, kw, sh, sw, ph, pw, dh, dw, groups);
    }
  }

  private static float[] values(Random random, int size) {
    float[] a = new float[size];
    for (int i = 0; i < size; i++) a[i] = (float) (random.nextDouble() * 2 - 1);
    return a;
  }

  private static float[] nans(int size) {
    float[] a = new float[size];
    Arrays.fill(a, Float.NaN);
    return a;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
    return s;
  }
}
