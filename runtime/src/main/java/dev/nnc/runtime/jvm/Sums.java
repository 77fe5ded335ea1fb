package dev.nnc.runtime.jvm;

/**
 * The sum of a contiguous run of floats, for reduction kernels that sum whole runs (a bias
 * gradient sums each image's plane of a channel): in double, four partial sums so that the
 * additions do not wait on each other. {@link VectorSums} is its Vector API twin.
 */
public final class Sums {
  private Sums() {}

  private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(() -> new double[1][0]);

  /**
   * A double array of at least {@code length} elements, the calling thread's own and reused by
   * its next call, so a reduction kernel that combines a block of results a row at a time (its
   * accumulators) allocates nothing in a training step. Its contents are left from the last use:
   * the kernel sets every element it reads.
   */
  public static double[] rows(int length) {
    double[][] held = ROWS.get();
    if (held[0].length < length) held[0] = new double[length];
    return held[0];
  }

  /** a[from] + ... + a[from + length - 1], in double. */
  public static double sum(float[] a, int from, int length) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = from, end = from + length;
    for (; i + 4 <= end; i += 4) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
    }
    for (; i < end; i++) s0 += a[i];
    return (s0 + s1) + (s2 + s3);
  }
}
