package dev.nnc.runtime.jvm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The product with the Vector API, blocked as in Goto and van de Geijn's "Anatomy of
 * high-performance matrix multiplication" (2008). A block of op(B) is packed into panels
 * {@link #NR} columns wide and a block of op(A) into panels {@link #MR} rows tall, each panel
 * contiguous along k, so every layout of the inputs reads the same in the micro-kernel. The
 * micro-kernel keeps an MR × NR tile of C in twelve vector registers over the k loop.
 *
 * <p>Only {@link Gemm} refers to this class, and only when the module is in the boot layer.
 */
final class VectorGemm implements Gemm.Implementation {
  static final VectorGemm INSTANCE = new VectorGemm();

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  /** Rows of a micro-tile, one broadcast each. */
  static final int MR = 6;
  /** Columns of a micro-tile: two vectors. */
  static final int NR = 2 * L;

  /**
   * Largest blocks along k, m and n: a B panel (KC × NR) stays in L1, an A block (MC × KC) in
   * L2. Blocks are evened out, so that k = 784 runs as 4 × 196 rather than 3 × 256 + 16.
   */
  private static final int KC = 256;
  private static final int MC = 144;
  private static final int NC = 2048;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private VectorGemm() {}

  @Override
  public int rowStep() {
    return MR;
  }

  @Override
  public int colStep() {
    return NR;
  }

  @Override
  public void multiply(Gemm.Operands p, int rowLo, int rowHi, int colLo, int colHi) {
    int kb = blockSize(p.k(), KC, 1);
    int mb = blockSize(rowHi - rowLo, MC, MR);
    int nb = blockSize(colHi - colLo, NC, NR);
    Scratch s = SCRATCH.get();
    float[] ap = s.packedA(mb * kb);
    float[] bp = s.packedB(nb * kb);
    int n = p.n();
    for (int jc = colLo; jc < colHi; jc += nb) {
      int nc = Math.min(nb, colHi - jc);
      for (int pc = 0; pc < p.k(); pc += kb) {
        int kc = Math.min(kb, p.k() - pc);
        boolean accumulate = pc > 0;
        packB(p, pc, kc, jc, nc, bp);
        for (int ic = rowLo; ic < rowHi; ic += mb) {
          int mc = Math.min(mb, rowHi - ic);
          packA(p, ic, mc, pc, kc, ap);
          for (int jr = 0; jr < nc; jr += NR) {
            for (int ir = 0; ir < mc; ir += MR) {
              int ci = p.cOff() + (ic + ir) * n + jc + jr;
              int rows = Math.min(MR, mc - ir);
              int cols = Math.min(NR, nc - jr);
              if (rows == MR && cols == NR) {
                tile(kc, ap, ir * kc, bp, jr * kc, p.c(), ci, n, accumulate);
              } else {
                tile(kc, ap, ir * kc, bp, jr * kc, s.tile, 0, NR, false);
                s.storeTile(p.c(), ci, n, rows, cols, accumulate);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Packs op(A)[ic : ic+mc, pc : pc+kc] into panels of MR rows: element (i, p) of panel j lands
   * at {@code ap[j*kc*MR + p*MR + i]}. Rows past mc are zero.
   */
  static void packA(Gemm.Operands p, int ic, int mc, int pc, int kc, float[] ap) {
    float[] a = p.a();
    int full = mc / MR * MR;
    if (p.transA()) {
      // A is [k, m]: a panel's MR values for one p are adjacent.
      int m = p.m();
      for (int i = 0; i < full; i += MR) {
        for (int q = 0, s = p.aOff() + pc * m + ic + i, d = i * kc; q < kc; q++, s += m, d += MR) {
          for (int r = 0; r < MR; r++) ap[d + r] = a[s + r];
        }
      }
    } else {
      // A is [m, k]: each row is contiguous along k; read it in order.
      int k = p.k();
      for (int i = 0; i < full; i++) {
        for (int q = 0, s = p.aOff() + (ic + i) * k + pc, d = i / MR * MR * kc + i % MR; q < kc; q++, d += MR) {
          ap[d] = a[s + q];
        }
      }
    }
    if (full < mc) {
      packEdge(a, p.aOff() + (ic + full) * p.aRowStride() + pc * p.aColStride(), p.aColStride(), p.aRowStride(),
          kc, mc - full, MR, ap, full * kc);
    }
  }

  /**
   * Packs op(B)[pc : pc+kc, jc : jc+nc] into panels of NR columns: element (p, j) of panel jp
   * lands at {@code bp[jp*kc*NR + p*NR + j]}. Columns past nc are zero.
   */
  static void packB(Gemm.Operands p, int pc, int kc, int jc, int nc, float[] bp) {
    float[] b = p.b();
    int full = nc / NR * NR;
    if (p.transB()) {
      // B is [n, k]: each column of op(B) is contiguous along k; read it in order.
      int k = p.k();
      for (int j = 0; j < full; j++) {
        for (int q = 0, s = p.bOff() + (jc + j) * k + pc, d = j / NR * NR * kc + j % NR; q < kc; q++, d += NR) {
          bp[d] = b[s + q];
        }
      }
    } else {
      // B is [k, n]: a panel's NR values for one p are adjacent, two vectors.
      int n = p.n();
      for (int j = 0; j < full; j += NR) {
        for (int q = 0, s = p.bOff() + pc * n + jc + j, d = j * kc; q < kc; q++, s += n, d += NR) {
          FloatVector.fromArray(S, b, s).intoArray(bp, d);
          FloatVector.fromArray(S, b, s + L).intoArray(bp, d + L);
        }
      }
    }
    if (full < nc) {
      packEdge(b, p.bOff() + pc * p.bRowStride() + (jc + full) * p.bColStride(), p.bRowStride(), p.bColStride(),
          kc, nc - full, NR, bp, full * kc);
    }
  }

  /**
   * Packs the last, partial panel of either operand: {@code lanes} of {@code width} lanes, the
   * rest zero. Lane w of step q is {@code src[base + q*stepStride + w*laneStride]}.
   */
  private static void packEdge(float[] src, int base, int stepStride, int laneStride, int kc, int lanes, int width,
      float[] dst, int d) {
    for (int q = 0; q < kc; q++, d += width) {
      for (int w = 0; w < width; w++) {
        dst[d + w] = w < lanes ? src[base + q * stepStride + w * laneStride] : 0f;
      }
    }
  }

  /**
   * The micro-kernel: {@code C[0:MR, 0:NR] (+)= Ap · Bp} for one packed panel of each, where C
   * starts at {@code c[ci]} with rows {@code ldc} apart.
   */
  private static void tile(int kc, float[] ap, int ai, float[] bp, int bi, float[] c, int ci, int ldc, boolean accumulate) {
    FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    FloatVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    for (int q = 0; q < kc; q++, ai += MR, bi += NR) {
      FloatVector b0 = FloatVector.fromArray(S, bp, bi);
      FloatVector b1 = FloatVector.fromArray(S, bp, bi + L);
      FloatVector a = FloatVector.broadcast(S, ap[ai]);
      c00 = a.fma(b0, c00);
      c01 = a.fma(b1, c01);
      a = FloatVector.broadcast(S, ap[ai + 1]);
      c10 = a.fma(b0, c10);
      c11 = a.fma(b1, c11);
      a = FloatVector.broadcast(S, ap[ai + 2]);
      c20 = a.fma(b0, c20);
      c21 = a.fma(b1, c21);
      a = FloatVector.broadcast(S, ap[ai + 3]);
      c30 = a.fma(b0, c30);
      c31 = a.fma(b1, c31);
      a = FloatVector.broadcast(S, ap[ai + 4]);
      c40 = a.fma(b0, c40);
      c41 = a.fma(b1, c41);
      a = FloatVector.broadcast(S, ap[ai + 5]);
      c50 = a.fma(b0, c50);
      c51 = a.fma(b1, c51);
    }
    store(c00, c01, c, ci, accumulate);
    store(c10, c11, c, ci + ldc, accumulate);
    store(c20, c21, c, ci + 2 * ldc, accumulate);
    store(c30, c31, c, ci + 3 * ldc, accumulate);
    store(c40, c41, c, ci + 4 * ldc, accumulate);
    store(c50, c51, c, ci + 5 * ldc, accumulate);
  }

  /** Writes (or adds) one row of a micro-tile. */
  private static void store(FloatVector v0, FloatVector v1, float[] c, int ci, boolean accumulate) {
    if (accumulate) {
      v0 = v0.add(FloatVector.fromArray(S, c, ci));
      v1 = v1.add(FloatVector.fromArray(S, c, ci + L));
    }
    v0.intoArray(c, ci);
    v1.intoArray(c, ci + L);
  }

  /** A block size of about {@code max} at most, a multiple of {@code step}, that splits {@code extent} evenly. */
  private static int blockSize(int extent, int max, int step) {
    int blocks = Math.max(1, (extent + max - 1) / max);
    int size = (extent + blocks - 1) / blocks;
    return (size + step - 1) / step * step;
  }

  /** One thread's packing buffers and the tile that edges are computed into. */
  private static final class Scratch {
    private float[] a = new float[0];
    private float[] b = new float[0];
    final float[] tile = new float[MR * NR];

    float[] packedA(int size) {
      if (a.length < size) a = new float[size];
      return a;
    }

    float[] packedB(int size) {
      if (b.length < size) b = new float[size];
      return b;
    }

    /** Writes (or adds) the top-left rows × cols of {@link #tile} to C. */
    void storeTile(float[] c, int ci, int ldc, int rows, int cols, boolean accumulate) {
      for (int r = 0; r < rows; r++) {
        for (int j = 0, t = r * NR; j < cols; j++) {
          c[ci + r * ldc + j] = accumulate ? c[ci + r * ldc + j] + tile[t + j] : tile[t + j];
        }
      }
    }
  }
}
