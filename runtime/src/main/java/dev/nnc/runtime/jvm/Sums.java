package dev.nnc.runtime.jvm;

/**
 * The sum of a contiguous run of floats, for reduction kernels that sum whole runs (a bias
 * gradient sums each image's plane of a channel): in double, four partial sums so that the
 * additions do not wait on each other. {@link VectorSums} is its Vector API twin.
 */
public final class Sums {
  private Sums() {}

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
