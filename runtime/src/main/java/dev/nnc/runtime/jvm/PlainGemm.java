package dev.nnc.runtime.jvm;

import java.util.Arrays;

/**
 * The product in plain loops, for JVMs without the Vector API. A block of rows of op(B) is
 * copied into a row-major scratch buffer (so that a transposed B reads as well as a plain one),
 * then each row of C accumulates {@code A(i, p) · B(p, :)} in an inner loop that the JIT
 * vectorizes by itself.
 */
final class PlainGemm implements Gemm.Implementation {
  static final PlainGemm INSTANCE = new PlainGemm();

  /** Rows of op(B) per block, and columns of C per block: a block of B stays in the L2 cache. */
  private static final int KC = 256;
  private static final int NC = 512;

  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[1][0]);

  private PlainGemm() {}

  @Override
  public int rowStep() {
    return 1;
  }

  @Override
  public int colStep() {
    return 16;
  }

  @Override
  public void multiply(Gemm.Operands p, int rowLo, int rowHi, int colLo, int colHi) {
    float[] a = p.a();
    float[] c = p.c();
    int n = p.n();
    int aRow = p.aRowStride();
    int aCol = p.aColStride();
    float[] panel = scratch(Math.min(KC, p.k()) * Math.min(NC, colHi - colLo));
    for (int jc = colLo; jc < colHi; jc += NC) {
      int nc = Math.min(NC, colHi - jc);
      for (int pc = 0; pc < p.k(); pc += KC) {
        int kc = Math.min(KC, p.k() - pc);
        copyRowsOfB(p, pc, kc, jc, nc, panel);
        for (int i = rowLo; i < rowHi; i++) {
          int ci = p.cOff() + i * n + jc;
          if (pc == 0) Arrays.fill(c, ci, ci + nc, 0f);
          int ai = p.aOff() + i * aRow + pc * aCol;
          for (int q = 0; q < kc; q++, ai += aCol) {
            float aip = a[ai];
            int bi = q * nc;
            for (int j = 0; j < nc; j++) c[ci + j] += aip * panel[bi + j];
          }
        }
      }
    }
  }

  /** Copies op(B)[pc : pc+kc, jc : jc+nc] into {@code panel}, row-major. */
  private static void copyRowsOfB(Gemm.Operands p, int pc, int kc, int jc, int nc, float[] panel) {
    float[] b = p.b();
    int base = p.bOff() + pc * p.bRowStride() + jc * p.bColStride();
    if (p.transB()) {
      for (int j = 0; j < nc; j++) {
        for (int q = 0, bi = base + j * p.k(); q < kc; q++) panel[q * nc + j] = b[bi + q];
      }
    } else {
      for (int q = 0; q < kc; q++) System.arraycopy(b, base + q * p.n(), panel, q * nc, nc);
    }
  }

  private static float[] scratch(int size) {
    float[][] holder = SCRATCH.get();
    if (holder[0].length < size) holder[0] = new float[size];
    return holder[0];
  }
}
