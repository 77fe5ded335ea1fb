package dev.nnc.runtime.jvm;

import java.util.Arrays;

/**
 * Single-precision matrix multiply, {@code C = op(A) · op(B)}, on row-major arrays without
 * leading dimensions: A is [m, k] ([k, m] when {@code transA}), B is [k, n] ([n, k] when
 * {@code transB}) and C is [m, n], overwritten.
 *
 * <p>With the module {@code jdk.incubator.vector} in the boot layer ({@code --add-modules
 * jdk.incubator.vector}) the work is done by {@code VectorGemm}, otherwise by the plain loops of
 * {@code PlainGemm}; {@link #vectorized()} says which. Both split C across {@link Parallel}'s
 * threads.
 */
public final class Gemm {
  /**
   * Below this many multiply-adds (some 10 µs on one core), a part of the work is not worth
   * waking another thread for.
   */
  private static final long MIN_PARALLEL_WORK = 1 << 19;

  private static final boolean VECTORIZED =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  private static final Implementation IMPLEMENTATION = choose();

  private Gemm() {}

  /** Whether products use the Vector API ({@code VectorGemm}) rather than plain loops. */
  public static boolean vectorized() {
    return VECTORIZED;
  }

  /** {@code C[m, n] = op(A)[m, k] · op(B)[k, n]}, starting at the given offsets. */
  public static void sgemm(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, float[] b, int bOff, float[] c, int cOff) {
    sgemmBatched(1, transA, transB, m, n, k, a, aOff, b, bOff, c, cOff);
  }

  /**
   * {@link #sgemm} for {@code batches} products stored one after another: batch i of A starts
   * at {@code aOff + i*m*k}, of B at {@code bOff + i*k*n}, of C at {@code cOff + i*m*n}.
   */
  public static void sgemmBatched(int batches, boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, float[] b, int bOff, float[] c, int cOff) {
    Split split = SPLIT.get();
    try {
      multiply(IMPLEMENTATION, batches, split.operands.set(transA, transB, m, n, k, a, aOff, b, bOff, c, cOff), split);
    } finally {
      split.clear();
    }
  }

  /** {@link #sgemm} with the plain loops whatever {@link #vectorized()} says: the baseline of benchmarks. */
  public static void sgemmPlain(boolean transA, boolean transB, int m, int n, int k,
      float[] a, int aOff, float[] b, int bOff, float[] c, int cOff) {
    multiply(PlainGemm.INSTANCE, 1, new Operands().set(transA, transB, m, n, k, a, aOff, b, bOff, c, cOff), new Split());
  }

  /** One way to compute a product: a block of C of one batch, on the calling thread. */
  interface Implementation {
    /** Computes rows [rowLo, rowHi) × columns [colLo, colHi) of C. */
    void multiply(Operands p, int rowLo, int rowHi, int colLo, int colHi);

    /** The block heights it computes best; row splits between threads are multiples of it. */
    int rowStep();

    /** The block widths it computes best; column splits between threads are multiples of it. */
    int colStep();
  }

  /**
   * The arguments of a product. Element (i, p) of op(A) is {@code a[aOff + i*aRowStride() +
   * p*aColStride()]}, element (p, j) of op(B) is {@code b[bOff + p*bRowStride() + j*bColStride()]}.
   */
  static final class Operands {
    private boolean transA, transB;
    private int m, n, k, aOff, bOff, cOff;
    private float[] a, b, c;

    /** Sets every argument; a product's operands are reused by the next product of the same thread. */
    Operands set(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff) {
      if (m < 0 || n < 0 || k < 0) throw new IllegalArgumentException("negative size: m=" + m + ", n=" + n + ", k=" + k);
      this.transA = transA;
      this.transB = transB;
      this.m = m;
      this.n = n;
      this.k = k;
      this.a = a;
      this.aOff = aOff;
      this.b = b;
      this.bOff = bOff;
      this.c = c;
      this.cOff = cOff;
      return this;
    }

    boolean transA() { return transA; }

    boolean transB() { return transB; }

    int m() { return m; }

    int n() { return n; }

    int k() { return k; }

    float[] a() { return a; }

    int aOff() { return aOff; }

    float[] b() { return b; }

    int bOff() { return bOff; }

    float[] c() { return c; }

    int cOff() { return cOff; }

    int aRowStride() {
      return transA ? 1 : k;
    }

    int aColStride() {
      return transA ? m : 1;
    }

    int bRowStride() {
      return transB ? 1 : n;
    }

    int bColStride() {
      return transB ? k : 1;
    }

    /** The same product for batch {@code i}, written into {@code into} (this itself for batch 0). */
    Operands batch(int i, Operands into) {
      if (i == 0) return this;
      return into.set(transA, transB, m, n, k, a, aOff + i * m * k, b, bOff + i * k * n, c, cOff + i * m * n);
    }
  }

  /**
   * Runs {@code batches} products with one implementation. C is split into parts (column
   * ranges when it is at least as wide as tall, else row ranges, so that the smaller operand is
   * the one each part packs again) and the (batch, part) pairs are shared out between threads.
   */
  static void multiply(Implementation impl, int batches, Operands p) {
    multiply(impl, batches, p, new Split());
  }

  /** Each thread's operands and split, reused by its next product, so that a product allocates nothing. */
  private static final ThreadLocal<Split> SPLIT = ThreadLocal.withInitial(Split::new);

  /** Each thread's operands of the batch it computes, for products of more than one batch. */
  private static final ThreadLocal<Operands> BATCH = ThreadLocal.withInitial(Operands::new);

  /** The (batch, part) pairs of one product as a range for {@link Parallel}. */
  private static final class Split implements Parallel.Range {
    final Operands operands = new Operands();
    private Implementation impl;
    private Operands p;
    private int parts, extent, steps, step;
    private boolean byColumns;

    @Override public void run(int lo, int hi) {
      Operands scratch = hi > parts ? BATCH.get() : null; // only batches past the first need it
      for (int t = lo; t < hi; t++) {
        Operands q = p.batch(t / parts, scratch);
        int part = t % parts;
        int from = Math.min(extent, (int) ((long) steps * part / parts) * step);
        int to = Math.min(extent, (int) ((long) steps * (part + 1) / parts) * step);
        if (byColumns) impl.multiply(q, 0, p.m(), from, to);
        else impl.multiply(q, from, to, 0, p.n());
      }
      if (scratch != null) scratch.a = scratch.b = scratch.c = null;
    }

    /** Drops the arrays of the last product. */
    void clear() {
      operands.a = operands.b = operands.c = null;
      p = null;
    }
  }

  private static void multiply(Implementation impl, int batches, Operands p, Split split) {
    if (batches < 0) throw new IllegalArgumentException("negative batch count " + batches);
    checkBounds("A", p.a(), p.aOff(), batches, (long) p.m() * p.k());
    checkBounds("B", p.b(), p.bOff(), batches, (long) p.k() * p.n());
    checkBounds("C", p.c(), p.cOff(), batches, (long) p.m() * p.n());
    if (batches == 0 || p.m() == 0 || p.n() == 0) return;
    if (p.k() == 0) {
      Arrays.fill(p.c(), p.cOff(), p.cOff() + batches * p.m() * p.n(), 0f);
      return;
    }
    boolean byColumns = p.n() >= p.m();
    int extent = byColumns ? p.n() : p.m();
    int step = byColumns ? impl.colStep() : impl.rowStep();
    int steps = (extent + step - 1) / step;
    long work = (long) p.m() * p.n() * p.k();
    int parts = (int) Math.max(1, Math.min(Math.min(steps, ceilDiv(Parallel.threads(), batches)), work / MIN_PARALLEL_WORK));
    long partWork = Math.max(1, work / parts);
    int grain = (int) Math.min(Integer.MAX_VALUE, Math.max(1, MIN_PARALLEL_WORK / partWork));
    split.impl = impl;
    split.p = p;
    split.parts = parts;
    split.extent = extent;
    split.steps = steps;
    split.step = step;
    split.byColumns = byColumns;
    Parallel.forRange(batches * parts, grain, split);
  }

  private static void checkBounds(String name, float[] array, int offset, int batches, long size) {
    long end = offset + batches * size;
    if (offset < 0 || end > array.length || batches * size > Integer.MAX_VALUE) {
      throw new IndexOutOfBoundsException(name + " needs elements " + offset + ".." + end
          + " (" + batches + " × " + size + "), its array has " + array.length);
    }
  }

  private static int ceilDiv(int x, int y) {
    return (x + y - 1) / y;
  }

  /** Only touches {@link VectorGemm} when its module is there, so the class is never loaded otherwise. */
  private static Implementation choose() {
    if (VECTORIZED) return VectorGemm.INSTANCE;
    return PlainGemm.INSTANCE;
  }
}
