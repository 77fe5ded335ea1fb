package dev.nnc.cli;

/**
 * The Fréchet distance between two Gaussians, the squared 2-Wasserstein distance
 * {@code |mu1 - mu2|^2 + Tr S1 + Tr S2 - 2 Tr sqrt(S1^1/2 S2 S1^1/2)}, and the Gaussian fit of a
 * set of feature vectors it compares (the "FID" of Heusel et al., 2017, on a classifier's features).
 * Everything is float64; the square roots come from {@link SymmetricEigen}.
 */
final class Frechet {
  private Frechet() {}

  /** The mean and the covariance (divided by count - 1, as numpy's cov) of {@code count} vectors. */
  record Gaussian(double[] mean, double[][] cov, int count) {
    /** Fits the rows of {@code x}, {@code count} vectors of {@code dim} values one after the other; at least two. */
    static Gaussian fit(float[] x, int count, int dim) {
      if (count < 2) throw new IllegalArgumentException("a covariance needs at least 2 vectors, found " + count);
      if ((long) count * dim != x.length) throw new IllegalArgumentException(x.length + " values are not " + count + " vectors of " + dim);
      double[] mean = new double[dim];
      for (int r = 0; r < count; r++) for (int i = 0; i < dim; i++) mean[i] += x[r * dim + i];
      for (int i = 0; i < dim; i++) mean[i] /= count;
      double[][] cov = new double[dim][dim];
      double[] c = new double[dim];
      for (int r = 0; r < count; r++) {
        for (int i = 0; i < dim; i++) c[i] = x[r * dim + i] - mean[i];
        for (int i = 0; i < dim; i++) {
          double ci = c[i];
          double[] row = cov[i];
          for (int j = i; j < dim; j++) row[j] += ci * c[j];
        }
      }
      for (int i = 0; i < dim; i++) {
        for (int j = i; j < dim; j++) {
          cov[i][j] /= count - 1;
          cov[j][i] = cov[i][j];
        }
      }
      return new Gaussian(mean, cov, count);
    }
  }

  static double distance(Gaussian a, Gaussian b) {
    return distance(a.mean(), a.cov(), b.mean(), b.cov());
  }

  /**
   * The distance between N(mu1, s1) and N(mu2, s2); s1 and s2 symmetric positive semi-definite.
   * {@code S1^1/2 S2 S1^1/2} is symmetric (unlike {@code S1 S2}, whose square root the formula is
   * usually written with and which has the same trace), so both roots are symmetric eigenproblems.
   * Rounding can leave the result a hair below 0 for equal Gaussians; it is clamped at 0.
   */
  static double distance(double[] mu1, double[][] s1, double[] mu2, double[][] s2) {
    int n = mu1.length;
    if (mu2.length != n || s1.length != n || s2.length != n) {
      throw new IllegalArgumentException("the Gaussians have " + n + " and " + mu2.length + " dimensions");
    }
    double d = 0;
    for (int i = 0; i < n; i++) d += (mu1[i] - mu2[i]) * (mu1[i] - mu2[i]);
    for (int i = 0; i < n; i++) d += s1[i][i] + s2[i][i];
    double[][] root = SymmetricEigen.of(s1).apply(v -> Math.sqrt(Math.max(v, 0)));
    double[][] m = multiply(multiply(root, s2), root);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double mean = 0.5 * (m[i][j] + m[j][i]); // symmetric up to rounding
        m[i][j] = mean;
        m[j][i] = mean;
      }
    }
    double trace = 0;
    for (double v : SymmetricEigen.of(m).values()) trace += Math.sqrt(Math.max(v, 0));
    return Math.max(d - 2 * trace, 0);
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length, k = b.length, m = b[0].length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        double x = a[i][l];
        if (x == 0) continue;
        for (int j = 0; j < m; j++) out[i][j] += x * b[l][j];
      }
    }
    return out;
  }
}
