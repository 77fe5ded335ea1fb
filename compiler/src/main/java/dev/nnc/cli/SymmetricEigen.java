package dev.nnc.cli;

/**
 * The eigen-decomposition of a real symmetric matrix, {@code A = V diag(values) V^T} with
 * {@code V} orthogonal, by the cyclic Jacobi method in float64: sweeps of plane rotations, each of
 * which zeroes one off-diagonal pair, until what is left off the diagonal is below rounding. It
 * is slower than tridiagonal QR (about ten sweeps of 2n^3 multiply-adds) but short, and accurate to
 * the last digits in the small eigenvalues too, which is what a square root of a covariance needs;
 * the feature covariances of {@code nnc score} are a few hundred wide at most.
 */
record SymmetricEigen(double[] values, double[][] vectors) {
  /** More sweeps than this means the input was not a finite symmetric matrix. */
  private static final int MAX_SWEEPS = 60;

  /** Decomposes {@code a} (square and symmetric; only read, not changed). */
  static SymmetricEigen of(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) throw new IllegalArgumentException("row " + i + " has " + a[i].length + " values, not " + n);
      m[i] = a[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) v[i][i] = 1;
    double total = 0;
    for (double[] row : m) for (double x : row) total += x * x;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
      if (off <= 1e-32 * total || off == 0) return sorted(m, v);
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (m[p][q] != 0) rotate(m, v, p, q);
        }
      }
    }
    throw new ArithmeticException("the Jacobi method did not converge in " + MAX_SWEEPS + " sweeps (a matrix with NaN or infinite values?)");
  }

  /**
   * Applies the rotation J in the (p, q) plane that zeroes {@code m[p][q]}: m = J^T m J, v = v J.
   * With theta = (m_qq - m_pp) / (2 m_pq), t = tan of the angle is the smaller root of
   * t^2 + 2 theta t - 1 = 0, so the angle is at most 45 degrees and the rotation stable.
   */
  private static void rotate(double[][] m, double[][] v, int p, int q) {
    int n = m.length;
    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
    double t = Double.isInfinite(theta * theta) ? 1 / (2 * theta) : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
    for (int k = 0; k < n; k++) {
      double kp = m[k][p], kq = m[k][q];
      m[k][p] = c * kp - s * kq;
      m[k][q] = s * kp + c * kq;
    }
    for (int k = 0; k < n; k++) {
      double pk = m[p][k], qk = m[q][k];
      m[p][k] = c * pk - s * qk;
      m[q][k] = s * pk + c * qk;
    }
    m[p][q] = 0;
    m[q][p] = 0;
    for (int k = 0; k < n; k++) {
      double kp = v[k][p], kq = v[k][q];
      v[k][p] = c * kp - s * kq;
      v[k][q] = s * kp + c * kq;
    }
  }

  /** The diagonal as eigenvalues in ascending order, with their columns of v. */
  private static SymmetricEigen sorted(double[][] m, double[][] v) {
    int n = m.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (x, y) -> Double.compare(m[x][x], m[y][y]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int j = 0; j < n; j++) {
      values[j] = m[order[j]][order[j]];
      for (int i = 0; i < n; i++) vectors[i][j] = v[i][order[j]];
    }
    return new SymmetricEigen(values, vectors);
  }

  /**
   * {@code V diag(f(values)) V^T}: the matrix function of a symmetric matrix, such as its square
   * root (f = sqrt of the eigenvalue, clamped at 0 for the rounding below 0 of a semi-definite one).
   */
  double[][] apply(java.util.function.DoubleUnaryOperator f) {
    int n = values.length;
    double[] fv = new double[n];
    for (int k = 0; k < n; k++) fv[k] = f.applyAsDouble(values[k]);
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) sum += vectors[i][k] * fv[k] * vectors[j][k];
        out[i][j] = sum;
        out[j][i] = sum;
      }
    }
    return out;
  }
}
