package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both implementations against a float64 triple loop, in every layout and at awkward sizes. */
class GemmTest {
  /**
   * Sizes that hit edges: 1, odd, around the vector length and the micro-tile, and past a block
   * along k (256 and 512), m (64 and 144) and n (256 and 2048) in either implementation.
   */
  private static final int[][] SHAPES = {
    {1, 1, 1}, {1, 7, 3}, {5, 1, 9}, {3, 3, 1}, {6, 16, 4}, {7, 17, 5}, {13, 33, 10}, {2, 10, 256},
    {12, 32, 300}, {25, 9, 31}, {128, 10, 256}, {64, 100, 513}, {150, 40, 70}, {31, 300, 20}, {3, 2100, 5},
  };

  @Test
  void plainMatchesFloat64() {
    checkShapes(PlainGemm.INSTANCE);
  }

  @Test
  void vectorMatchesFloat64() {
    assumeTrue(Gemm.vectorized(), "jdk.incubator.vector is not in the boot layer");
    checkShapes(VectorGemm.INSTANCE);
  }

  @Test
  void publicEntryMatchesFloat64() {
    Random random = new Random(7);
    for (int[] s : SHAPES) {
      for (int layout = 0; layout < 4; layout++) {
        boolean transA = (layout & 1) != 0;
        boolean transB = (layout & 2) != 0;
        float[] a = randomArray(random, s[0] * s[2]);
        float[] b = randomArray(random, s[2] * s[1]);
        float[] c = new float[s[0] * s[1]];
        Gemm.sgemm(transA, transB, s[0], s[1], s[2], a, 0, b, 0, c, 0);
        assertClose(reference(transA, transB, s[0], s[1], s[2], a, 0, b, 0), c, 0, s[2], Arrays.toString(s));
        Gemm.sgemmPlain(transA, transB, s[0], s[1], s[2], a, 0, b, 0, c, 0);
        assertClose(reference(transA, transB, s[0], s[1], s[2], a, 0, b, 0), c, 0, s[2], Arrays.toString(s));
      }
    }
  }

  @Test
  void randomSizesWithOffsets() {
    Random random = new Random(42);
    for (int trial = 0; trial < 60; trial++) {
      int m = 1 + random.nextInt(trial < 30 ? 12 : 90);
      int n = 1 + random.nextInt(trial < 30 ? 12 : 90);
      int k = 1 + random.nextInt(trial < 30 ? 12 : 300);
      for (Gemm.Implementation impl : implementations()) {
        check(impl, random, 1, random.nextBoolean(), random.nextBoolean(), m, n, k, random.nextInt(5));
      }
    }
  }

  @Test
  void batched() {
    Random random = new Random(3);
    for (Gemm.Implementation impl : implementations()) {
      check(impl, random, 3, false, true, 7, 19, 11, 2);
      check(impl, random, 5, true, false, 24, 40, 64, 0);
      check(impl, random, 2, true, true, 130, 70, 90, 1);
      check(impl, random, 9, false, false, 2, 3, 4, 5);
    }
  }

  @Test
  void batchedPublicEntry() {
    Random random = new Random(5);
    int batches = 4, m = 9, n = 20, k = 33;
    float[] a = randomArray(random, batches * m * k + 3);
    float[] b = randomArray(random, batches * k * n + 1);
    float[] c = new float[batches * m * n + 2];
    Gemm.sgemmBatched(batches, true, false, m, n, k, a, 3, b, 1, c, 2);
    for (int i = 0; i < batches; i++) {
      double[] expected = reference(true, false, m, n, k, a, 3 + i * m * k, b, 1 + i * k * n);
      assertClose(expected, c, 2 + i * m * n, k, "batch " + i);
    }
  }

  @Test
  void mlpShapes() {
    Random random = new Random(11);
    for (Gemm.Implementation impl : implementations()) {
      check(impl, random, 1, false, true, 128, 256, 784, 0);
      check(impl, random, 1, false, true, 128, 10, 256, 0);
      check(impl, random, 1, false, false, 128, 784, 256, 0);
      check(impl, random, 1, true, false, 256, 784, 128, 0);
    }
  }

  @Test
  void emptySizes() {
    float[] c = {9, 9, 9, 9, 9, 9, 9};
    Gemm.sgemm(false, false, 2, 3, 0, new float[0], 0, new float[0], 0, c, 1);
    assertEquals("[9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]", Arrays.toString(c), "k = 0 gives zeros");
    Gemm.sgemm(false, false, 0, 3, 4, new float[0], 0, new float[12], 0, c, 0);
    Gemm.sgemm(true, true, 2, 0, 4, new float[8], 0, new float[0], 0, c, 0);
    Gemm.sgemmBatched(0, false, false, 2, 2, 2, new float[0], 0, new float[0], 0, c, 0);
    assertEquals("[9.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]", Arrays.toString(c), "m, n or batches = 0 writes nothing");
  }

  @Test
  void badArgumentsAreRejected() {
    float[] four = new float[4];
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
        () -> Gemm.sgemm(false, false, 2, 2, 2, four, 1, four, 0, four, 0));
    assertTrue(e.getMessage().startsWith("A needs elements 1..5"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> Gemm.sgemmBatched(2, false, false, 2, 2, 1, four, 0, four, 0, four, 0));
    assertThrows(IllegalArgumentException.class, () -> Gemm.sgemm(false, false, -1, 2, 2, four, 0, four, 0, four, 0));
  }

  private static void checkShapes(Gemm.Implementation impl) {
    Random random = new Random(1);
    for (int[] s : SHAPES) {
      for (int layout = 0; layout < 4; layout++) {
        check(impl, random, 1, (layout & 1) != 0, (layout & 2) != 0, s[0], s[1], s[2], 0);
      }
    }
  }

  private static Gemm.Implementation[] implementations() {
    if (Gemm.vectorized()) return new Gemm.Implementation[] {PlainGemm.INSTANCE, VectorGemm.INSTANCE};
    return new Gemm.Implementation[] {PlainGemm.INSTANCE};
  }

  /**
   * Runs one product at an offset into larger arrays, with C prefilled with garbage, and checks
   * every batch against float64 and that nothing outside C was written.
   */
  private static void check(Gemm.Implementation impl, Random random, int batches, boolean transA, boolean transB,
      int m, int n, int k, int offset) {
    float[] a = randomArray(random, offset + batches * m * k + 3);
    float[] b = randomArray(random, offset + batches * k * n + 3);
    float[] c = new float[offset + batches * m * n + 3];
    Arrays.fill(c, Float.NaN);
    Gemm.multiply(impl, batches, new Gemm.Operands().set(transA, transB, m, n, k, a, offset, b, offset, c, offset));
    String what = impl.getClass().getSimpleName() + " batches=" + batches + " transA=" + transA + " transB=" + transB
        + " m=" + m + " n=" + n + " k=" + k + " offset=" + offset;
    for (int i = 0; i < batches; i++) {
      double[] expected = reference(transA, transB, m, n, k, a, offset + i * m * k, b, offset + i * k * n);
      assertClose(expected, c, offset + i * m * n, k, what + " batch " + i);
    }
    for (int i = 0; i < offset; i++) assertTrue(Float.isNaN(c[i]), what + ": wrote before C");
    for (int i = offset + batches * m * n; i < c.length; i++) assertTrue(Float.isNaN(c[i]), what + ": wrote after C");
  }

  /** The float64 product by the definition. */
  private static double[] reference(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, float[] b, int bOff) {
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
          double x = transA ? a[aOff + p * m + i] : a[aOff + i * k + p];
          double y = transB ? b[bOff + j * k + p] : b[bOff + p * n + j];
          sum += x * y;
        }
        c[i * n + j] = sum;
      }
    }
    return c;
  }

  /**
   * Float32 sums of k products of values in [-1, 1) err by up to about k ulps of the largest
   * partial sum; allow 4k ulps of 1 with a floor for small k.
   */
  private static void assertClose(double[] expected, float[] actual, int offset, int k, String what) {
    double tolerance = 4 * Math.max(k, 4) * Math.ulp(1f);
    for (int i = 0; i < expected.length; i++) {
      double error = Math.abs(actual[offset + i] - expected[i]);
      if (!(error <= tolerance * Math.max(1, Math.abs(expected[i])))) {
        throw new AssertionError(what + ": element " + i + " is " + actual[offset + i] + ", expected " + expected[i]);
      }
    }
  }

  private static float[] randomArray(Random random, int size) {
    float[] x = new float[size];
    for (int i = 0; i < size; i++) x[i] = random.nextFloat() * 2 - 1;
    return x;
  }
}
