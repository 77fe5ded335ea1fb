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
        packB(p, pc, kc, jc, nc, bp, 0);
        for (int ic = rowLo; ic < rowHi; ic += mb) {
          int mc = Math.min(mb, rowHi - ic);
          packA(p, ic, mc, pc, kc, ap, 0);
          for (int jr = 0; jr < nc; jr += NR) {
            for (int ir = 0; ir < mc; ir += MR) {
              int ci = p.cOff() + (ic + ir) * n + jc + jr;
              int rows = Math.min(MR, mc - ir);
              int cols = Math.min(NR, nc - jr);
              if (rows == MR && cols == NR) {
                tile(kc, ap, ir * kc, bp, jr * kc, p.c(), ci, n, accumulate);
              } else {
                tile(kc, ap, ir * kc, bp, jr * kc, s.tile, 0, NR, false);
                storeTile(s.tile, p.c(), ci, n, rows, cols, accumulate);
              }
            }
          }
        }
      }
    }
  }

  /**
   * Largest packed operands, in floats (4 MiB, within the L3 cache), for which a product split
   * between threads packs both whole first ({@link #multiplyWhole}).
   */
  private static final long WHOLE_MAX = 1 << 20;

  /** The caller's state for {@link #multiplyWhole}: its packed operands and its two ranges. */
  private static final ThreadLocal<Whole> WHOLE = ThreadLocal.withInitial(Whole::new);

  /**
   * The whole product on {@code Parallel}'s threads, each operand packed once: first the
   * threads pack both operands together (all of op(A) and all of op(B), k-block after k-block),
   * then each computes its share of C's column panels (row panels when C is taller than wide)
   * from the shared packs. Split the other way, as {@link #multiply} is, every part would pack
   * the whole of the operand it shares with the others again.
   */
  @Override
  public boolean multiplyWhole(Gemm.Operands p) {
    int aPanels = (p.m() + MR - 1) / MR;
    int bPanels = (p.n() + NR - 1) / NR;
    if (((long) aPanels * MR + (long) bPanels * NR) * p.k() > WHOLE_MAX) return false;
    Whole w = WHOLE.get();
    w.set(p, aPanels, bPanels, blockSize(p.k(), KC, 1));
    try {
      Parallel.forRange(w.aLanes + w.bLanes, Math.min(MR, NR), w.packing);
      boolean byColumns = p.n() >= p.m();
      w.byColumns = byColumns;
      Parallel.forRange(byColumns ? bPanels : aPanels, 1, w.computing);
    } finally {
      w.clear();
    }
    return true;
  }

  /** Both operands packed whole: k-block b (at pc, kc deep) of op(A) at {@code pc*aLanes}, of op(B) at {@code pc*bLanes}. */
  private static final class Whole {
    Gemm.Operands p;
    int aLanes, bLanes, kb;
    boolean byColumns;
    float[] ap = new float[0];
    float[] bp = new float[0];

    /** Lanes [lo, hi) of op(A)'s panels then op(B)'s: packs the panels that start there, every k-block. */
    final Parallel.Range packing = (lo, hi) -> {
      int k = p.k();
      for (int i = (lo + MR - 1) / MR * MR; i < Math.min(hi, aLanes); i += MR) {
        for (int pc = 0; pc < k; pc += kb) {
          int kc = Math.min(kb, k - pc);
          packA(p, i, Math.min(MR, p.m() - i), pc, kc, ap, pc * aLanes + i * kc);
        }
      }
      for (int j = (Math.max(0, lo - aLanes) + NR - 1) / NR * NR; aLanes + j < hi; j += NR) {
        for (int pc = 0; pc < k; pc += kb) {
          int kc = Math.min(kb, k - pc);
          packB(p, pc, kc, j, Math.min(NR, p.n() - j), bp, pc * bLanes + j * kc);
        }
      }
    };

    /** Panels [lo, hi) of C's columns (or rows), all its rows (columns). */
    final Parallel.Range computing = (lo, hi) -> {
      if (byColumns) compute(0, aLanes / MR, lo, hi);
      else compute(lo, hi, 0, bLanes / NR);
    };

    void set(Gemm.Operands p, int aPanels, int bPanels, int kb) {
      this.p = p;
      this.kb = kb;
      aLanes = aPanels * MR;
      bLanes = bPanels * NR;
      if (ap.length < aLanes * p.k()) ap = new float[aLanes * p.k()];
      if (bp.length < bLanes * p.k()) bp = new float[bLanes * p.k()];
    }

    /** Row panels [i0, i1) by column panels [j0, j1) of C, from the packs; A blocks of MC rows stay in L2. */
    void compute(int i0, int i1, int j0, int j1) {
      int k = p.k(), m = p.m(), n = p.n();
      float[] c = p.c();
      float[] tile = SCRATCH.get().tile;
      int mb = blockSize(i1 - i0, MC / MR, 1);
      for (int pc = 0; pc < k; pc += kb) {
        int kc = Math.min(kb, k - pc);
        boolean accumulate = pc > 0;
        for (int ib = i0; ib < i1; ib += mb) {
          int ie = Math.min(i1, ib + mb);
          for (int j = j0; j < j1; j++) {
            int bi = pc * bLanes + j * NR * kc;
            int cols = Math.min(NR, n - j * NR);
            for (int i = ib; i < ie; i++) {
              int ai = pc * aLanes + i * MR * kc;
              int ci = p.cOff() + i * MR * n + j * NR;
              int rows = Math.min(MR, m - i * MR);
              if (rows == MR && cols == NR) {
                tile(kc, ap, ai, bp, bi, c, ci, n, accumulate);
              } else {
                tile(kc, ap, ai, bp, bi, tile, 0, NR, false);
                storeTile(tile, c, ci, n, rows, cols, accumulate);
              }
            }
          }
        }
      }
    }

    /** Drops the arrays of the last product (the packs are kept for the next). */
    void clear() {
      p = null;
    }
  }

  /**
   * Packs op(A)[ic : ic+mc, pc : pc+kc] into panels of MR rows: element (i, p) of panel j lands
   * at {@code ap[off + j*kc*MR + p*MR + i]}. Rows past mc are zero.
   */
  static void packA(Gemm.Operands p, int ic, int mc, int pc, int kc, float[] ap, int off) {
    float[] a = p.a();
    int full = mc / MR * MR;
    if (p.transA()) {
      // A is [k, m]: a panel's MR values for one p are adjacent.
      int m = p.m();
      for (int i = 0; i < full; i += MR) {
        for (int q = 0, s = p.aOff() + pc * m + ic + i, d = off + i * kc; q < kc; q++, s += m, d += MR) {
          for (int r = 0; r < MR; r++) ap[d + r] = a[s + r];
        }
      }
    } else {
      // A is [m, k]: each row is contiguous along k; read it in order.
      int k = p.k();
      for (int i = 0; i < full; i++) {
        for (int q = 0, s = p.aOff() + (ic + i) * k + pc, d = off + i / MR * MR * kc + i % MR; q < kc; q++, d += MR) {
          ap[d] = a[s + q];
        }
      }
    }
    if (full < mc) {
      packEdge(a, p.aOff() + (ic + full) * p.aRowStride() + pc * p.aColStride(), p.aColStride(), p.aRowStride(),
          kc, mc - full, MR, ap, off + full * kc);
    }
  }

  /**
   * Packs op(B)[pc : pc+kc, jc : jc+nc] into panels of NR columns: element (p, j) of panel jp
   * lands at {@code bp[off + jp*kc*NR + p*NR + j]}. Columns past nc are zero.
   */
  static void packB(Gemm.Operands p, int pc, int kc, int jc, int nc, float[] bp, int off) {
    float[] b = p.b();
    int full = nc / NR * NR;
    if (p.transB()) {
      // B is [n, k]: each column of op(B) is contiguous along k; read it in order.
      int k = p.k();
      for (int j = 0; j < full; j++) {
        for (int q = 0, s = p.bOff() + (jc + j) * k + pc, d = off + j / NR * NR * kc + j % NR; q < kc; q++, d += NR) {
          bp[d] = b[s + q];
        }
      }
    } else {
      // B is [k, n]: a panel's NR values for one p are adjacent, two vectors.
      int n = p.n();
      for (int j = 0; j < full; j += NR) {
        for (int q = 0, s = p.bOff() + pc * n + jc + j, d = off + j * kc; q < kc; q++, s += n, d += NR) {
          FloatVector.fromArray(S, b, s).intoArray(bp, d);
          FloatVector.fromArray(S, b, s + L).intoArray(bp, d + L);
        }
      }
    }
    if (full < nc) {
      packEdge(b, p.bOff() + pc * p.bRowStride() + (jc + full) * p.bColStride(), p.bRowStride(), p.bColStride(),
          kc, nc - full, NR, bp, off + full * kc);
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

  /** Writes (or adds) the top-left rows × cols of a micro-tile computed into {@code tile} (rows NR apart) to C. */
  private static void storeTile(float[] tile, float[] c, int ci, int ldc, int rows, int cols, boolean accumulate) {
    for (int r = 0; r < rows; r++) {
      for (int j = 0, t = r * NR; j < cols; j++) {
        c[ci + r * ldc + j] = accumulate ? c[ci + r * ldc + j] + tile[t + j] : tile[t + j];
      }
    }
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

  }
}
