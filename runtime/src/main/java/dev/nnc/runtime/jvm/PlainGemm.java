package dev.nnc.runtime.jvm;

/**
 * The product in plain loops, for JVMs without the Vector API. Each element of C is a dot
 * product of a row of op(A) and a column of op(B); both are read contiguous along k (copied so
 * first where the layout is transposed), and a 4 × 4 tile of C is kept in sixteen scalar
 * accumulators so that each value loaded is used four times.
 *
 * <p>The simpler i-k-j loop, {@code c[ci + j] += s * b[bi + j]}, measured half as fast on JDK 17:
 * C2 did not vectorize it (it ran no slower with {@code -XX:-UseSuperWord}).
 */
final class PlainGemm implements Gemm.Implementation {
  static final PlainGemm INSTANCE = new PlainGemm();

  /** Largest blocks along k, m and n, which bound the copies at (MC + NC) × KC floats. */
  private static final int KC = 512;
  private static final int MC = 64;
  private static final int NC = 256;
  private static final int TILE = 4;

  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

  private PlainGemm() {}

  @Override
  public int rowStep() {
    return TILE;
  }

  @Override
  public int colStep() {
    return TILE;
  }

  @Override
  public void multiply(Gemm.Operands p, int rowLo, int rowHi, int colLo, int colHi) {
    float[][] scratch = SCRATCH.get();
    for (int pc = 0; pc < p.k(); pc += KC) {
      int kc = Math.min(KC, p.k() - pc);
      boolean accumulate = pc > 0;
      for (int jc = colLo; jc < colHi; jc += NC) {
        int nc = Math.min(NC, colHi - jc);
        // Column j of op(B) is row j of B's storage when transB.
        Lines b = lines(p.b(), p.bOff() + pc * p.bRowStride() + jc * p.bColStride(), p.bColStride(), p.bRowStride(),
            nc, kc, scratch, 1);
        for (int ic = rowLo; ic < rowHi; ic += MC) {
          int mc = Math.min(MC, rowHi - ic);
          Lines a = lines(p.a(), p.aOff() + ic * p.aRowStride() + pc * p.aColStride(), p.aRowStride(), p.aColStride(),
              mc, kc, scratch, 0);
          block(a, b, mc, nc, kc, p.c(), p.cOff() + ic * p.n() + jc, p.n(), accumulate);
        }
      }
    }
  }

  /** {@code count} lines of {@code kc} values each, line r starting at {@code array[base + r*stride]}. */
  private record Lines(float[] array, int base, int stride) {}

  /**
   * Line r, step q is {@code src[base + r*lineStride + q*stepStride]}. Used in place when the
   * steps are adjacent, else copied into {@code scratch[slot]}.
   */
  private static Lines lines(float[] src, int base, int lineStride, int stepStride, int count, int kc,
      float[][] scratch, int slot) {
    if (stepStride == 1) return new Lines(src, base, lineStride);
    if (scratch[slot].length < count * kc) scratch[slot] = new float[count * kc];
    float[] dst = scratch[slot];
    // Walk the source in storage order (along the lines), writing with stride kc.
    for (int q = 0; q < kc; q++) {
      for (int r = 0, s = base + q * stepStride; r < count; r++) dst[r * kc + q] = src[s + r * lineStride];
    }
    return new Lines(dst, 0, kc);
  }

  /** C[0:mc, 0:nc] (+)= A · Bᵀ over kc steps, where C starts at {@code c[ci]} with rows ldc apart. */
  private static void block(Lines a, Lines b, int mc, int nc, int kc, float[] c, int ci, int ldc, boolean accumulate) {
    int fullRows = mc / TILE * TILE;
    int fullCols = nc / TILE * TILE;
    for (int i = 0; i < mc; i += TILE) {
      for (int j = 0; j < nc; j += TILE) {
        if (i < fullRows && j < fullCols) {
          tile(a, i, b, j, kc, c, ci + i * ldc + j, ldc, accumulate);
        } else {
          for (int r = i; r < Math.min(i + TILE, mc); r++) {
            for (int s = j; s < Math.min(j + TILE, nc); s++) {
              float sum = dot(a.array(), a.base() + r * a.stride(), b.array(), b.base() + s * b.stride(), kc);
              int at = ci + r * ldc + s;
              c[at] = accumulate ? c[at] + sum : sum;
            }
          }
        }
      }
    }
  }

  /** A 4 × 4 tile: rows i..i+3 of A against lines j..j+3 of B. */
  private static void tile(Lines a, int i, Lines b, int j, int kc, float[] c, int ci, int ldc, boolean accumulate) {
    float[] x = a.array();
    float[] y = b.array();
    int a0 = a.base() + i * a.stride(), a1 = a0 + a.stride(), a2 = a1 + a.stride(), a3 = a2 + a.stride();
    int b0 = b.base() + j * b.stride(), b1 = b0 + b.stride(), b2 = b1 + b.stride(), b3 = b2 + b.stride();
    float c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    float c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    for (int q = 0; q < kc; q++) {
      float x0 = x[a0 + q], x1 = x[a1 + q], x2 = x[a2 + q], x3 = x[a3 + q];
      float y0 = y[b0 + q], y1 = y[b1 + q], y2 = y[b2 + q], y3 = y[b3 + q];
      c00 += x0 * y0;
      c01 += x0 * y1;
      c02 += x0 * y2;
      c03 += x0 * y3;
      c10 += x1 * y0;
      c11 += x1 * y1;
      c12 += x1 * y2;
      c13 += x1 * y3;
      c20 += x2 * y0;
      c21 += x2 * y1;
      c22 += x2 * y2;
      c23 += x2 * y3;
      c30 += x3 * y0;
      c31 += x3 * y1;
      c32 += x3 * y2;
      c33 += x3 * y3;
    }
    store(c, ci, accumulate, c00, c01, c02, c03);
    store(c, ci + ldc, accumulate, c10, c11, c12, c13);
    store(c, ci + 2 * ldc, accumulate, c20, c21, c22, c23);
    store(c, ci + 3 * ldc, accumulate, c30, c31, c32, c33);
  }

  private static void store(float[] c, int ci, boolean accumulate, float v0, float v1, float v2, float v3) {
    if (accumulate) {
      c[ci] += v0;
      c[ci + 1] += v1;
      c[ci + 2] += v2;
      c[ci + 3] += v3;
    } else {
      c[ci] = v0;
      c[ci + 1] = v1;
      c[ci + 2] = v2;
      c[ci + 3] = v3;
    }
  }

  private static float dot(float[] x, int xi, float[] y, int yi, int kc) {
    float sum = 0;
    for (int q = 0; q < kc; q++) sum += x[xi + q] * y[yi + q];
    return sum;
  }
}
