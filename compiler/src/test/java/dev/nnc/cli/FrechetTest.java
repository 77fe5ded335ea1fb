package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Fréchet distance of nnc score against closed forms, and the Jacobi eigen-solver under it by
 * reconstruction. For Gaussians whose covariances share their eigenvectors (diagonal ones, or both
 * rotated by one orthogonal Q), the distance is |mu1 - mu2|^2 + sum_i (sqrt(a_i) - sqrt(b_i))^2
 * over the eigenvalues a_i, b_i.
 */
class FrechetTest {
  /** |mu1 - mu2|^2 + sum (sqrt(a_i) - sqrt(b_i))^2. */
  private static double closedForm(double[] mu1, double[] a, double[] mu2, double[] b) {
    double d = 0;
    for (int i = 0; i < mu1.length; i++) {
      d += (mu1[i] - mu2[i]) * (mu1[i] - mu2[i]);
      d += (Math.sqrt(a[i]) - Math.sqrt(b[i])) * (Math.sqrt(a[i]) - Math.sqrt(b[i]));
    }
    return d;
  }

  private static double[][] diagonal(double[] v) {
    double[][] m = new double[v.length][v.length];
    for (int i = 0; i < v.length; i++) m[i][i] = v[i];
    return m;
  }

  /** A random orthogonal matrix: Gram-Schmidt on Gaussian columns. */
  private static double[][] orthogonal(int n, Random r) {
    double[][] q = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) c[i] = r.nextGaussian();
      for (int k = 0; k < j; k++) {
        double dot = 0;
        for (int i = 0; i < n; i++) dot += c[i] * q[i][k];
        for (int i = 0; i < n; i++) c[i] -= dot * q[i][k];
      }
      double norm = 0;
      for (double x : c) norm += x * x;
      for (int i = 0; i < n; i++) q[i][j] = c[i] / Math.sqrt(norm);
    }
    return q;
  }

  private static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
    return t;
  }

  /** Q diag(v) Q^T. */
  private static double[][] rotated(double[][] q, double[] v) {
    return Frechet.multiply(Frechet.multiply(q, diagonal(v)), transpose(q));
  }

  @Test
  void diagonalCovariancesGivenDirectlyGiveTheClosedFormExactly() {
    double[] mu1 = {0, 1, 2, -1}, mu2 = {0.5, 1, 0, -1};
    double[] a = {1, 4, 0.25, 9}, b = {4, 1, 0.25, 2};
    assertEquals(closedForm(mu1, a, mu2, b), Frechet.distance(mu1, diagonal(a), mu2, diagonal(b)), 1e-12);
    // 0.25 + 4 + (1 + 1 + 0 + (3 - sqrt 2)^2)
    assertEquals(0.25 + 4 + 2 + Math.pow(3 - Math.sqrt(2), 2), Frechet.distance(mu1, diagonal(a), mu2, diagonal(b)), 1e-12);
  }

  @Test
  void covariancesWithSharedEigenvectorsGiveTheClosedForm() {
    Random r = new Random(11);
    int n = 12;
    double[][] q = orthogonal(n, r);
    double[] mu1 = new double[n], mu2 = new double[n], a = new double[n], b = new double[n];
    for (int i = 0; i < n; i++) {
      mu1[i] = r.nextGaussian();
      mu2[i] = r.nextGaussian();
      a[i] = 0.1 + 3 * r.nextDouble();
      b[i] = i == 0 ? 0 : 0.1 + 3 * r.nextDouble(); // one singular covariance
    }
    double want = closedForm(mu1, a, mu2, b);
    assertEquals(want, Frechet.distance(mu1, rotated(q, a), mu2, rotated(q, b)), 1e-9 * want);
    assertEquals(want, Frechet.distance(mu2, rotated(q, b), mu1, rotated(q, a)), 1e-9 * want);
    assertEquals(0, Frechet.distance(mu1, rotated(q, a), mu1, rotated(q, a)), 1e-9);
  }

  /**
   * Vectors drawn from N(mu1, Q diag(a) Q^T) and N(mu2, Q diag(b) Q^T): the distance of their fits
   * is the closed form within sampling error. With 40,000 draws in 6 dimensions the standard error
   * of each fitted variance is about 0.7% of it, so 0.05 on a distance of about 4.96 is several
   * standard errors, and far below what a wrong term (a missing trace, a factor 2) would change.
   */
  @Test
  void fitsOfSampledVectorsGiveTheClosedFormWithinSamplingError() {
    Random r = new Random(3);
    int n = 6, count = 40_000;
    double[][] q = orthogonal(n, r);
    double[] mu1 = {1, 0, 0, 2, 0, -1}, mu2 = {0, 0, 1, 2, 0, 0};
    double[] a = {1, 2, 3, 0.5, 0.25, 4}, b = {2, 2, 1, 0.5, 1, 1};
    Frechet.Gaussian fa = Frechet.Gaussian.fit(draw(mu1, q, a, count, r), count, n);
    Frechet.Gaussian fb = Frechet.Gaussian.fit(draw(mu2, q, b, count, r), count, n);
    double want = closedForm(mu1, a, mu2, b);
    assertEquals(3 + (3 - 2 * Math.sqrt(2)) + (4 - 2 * Math.sqrt(3)) + 0.25 + 1, want, 1e-12, "the closed form of this case");
    assertEquals(want, Frechet.distance(fa, fb), 0.05);
    // The fit itself: the covariance estimate is the one drawn from.
    double[][] s = rotated(q, a);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertEquals(s[i][j], fa.cov()[i][j], 0.1, "cov " + i + "," + j);
  }

  /** mu + Q diag(sqrt v) z, z standard normal, as float32 rows (as a classifier's features are). */
  private static float[] draw(double[] mu, double[][] q, double[] v, int count, Random r) {
    int n = mu.length;
    float[] x = new float[count * n];
    double[] z = new double[n];
    for (int k = 0; k < count; k++) {
      for (int i = 0; i < n; i++) z[i] = r.nextGaussian() * Math.sqrt(v[i]);
      for (int i = 0; i < n; i++) {
        double sum = mu[i];
        for (int j = 0; j < n; j++) sum += q[i][j] * z[j];
        x[k * n + i] = (float) sum;
      }
    }
    return x;
  }

  @Test
  void theFitDividesByCountLessOne() {
    Frechet.Gaussian g = Frechet.Gaussian.fit(new float[] {1, 0, 3, 2}, 2, 2);
    assertEquals(2, g.mean()[0]);
    assertEquals(1, g.mean()[1]);
    assertEquals(2, g.cov()[0][0], 1e-15); // ((1-2)^2 + (3-2)^2) / 1
    assertEquals(2, g.cov()[0][1], 1e-15);
    assertEquals(2, g.cov()[1][1], 1e-15);
  }

  /** Random symmetric matrices of sizes 1 to 40 (some with repeated and zero eigenvalues): V diag V^T = A, V^T V = I, values ascending. */
  @Test
  void eigenDecompositionReconstructsRandomSymmetricMatrices() {
    Random r = new Random(5);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + r.nextInt(40);
      double[][] a = new double[n][n];
      if (trial % 3 == 2) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i % 2 == 0 ? 0 : 2.5; // repeated eigenvalues, half of them zero
        a = rotated(orthogonal(n, r), v);
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) a[i][j] = a[j][i];
      } else {
        for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) a[i][j] = a[j][i] = r.nextGaussian() * (trial % 3 == 0 ? 1 : 1e3);
      }
      SymmetricEigen e = SymmetricEigen.of(a);
      double norm = 0;
      for (double[] row : a) for (double x : row) norm = Math.max(norm, Math.abs(x));
      double[][] back = e.apply(v -> v);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          assertEquals(a[i][j], back[i][j], 1e-12 * n * norm, "n " + n + ", trial " + trial + ": reconstruction at " + i + "," + j);
          double dot = 0;
          for (int k = 0; k < n; k++) dot += e.vectors()[k][i] * e.vectors()[k][j];
          assertEquals(i == j ? 1 : 0, dot, 1e-12 * n, "n " + n + ": V^T V at " + i + "," + j);
        }
      }
      for (int k = 1; k < n; k++) assertTrue(e.values()[k - 1] <= e.values()[k], "ascending");
    }
  }

  @Test
  void theSquareRootSquaresBack() {
    Random r = new Random(9);
    int n = 20;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = r.nextDouble() * 5;
    double[][] a = rotated(orthogonal(n, r), v);
    for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) a[i][j] = a[j][i];
    double[][] root = SymmetricEigen.of(a).apply(Math::sqrt);
    double[][] square = Frechet.multiply(root, root);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertEquals(a[i][j], square[i][j], 1e-11);
  }
}
