package dev.nnc.runtime.jvm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code exp}, {@code log}, {@code tanh}, {@code sigmoid} and {@code erf} of float32 vectors, for the
 * elementwise kernels' Vector API loops. Each is the same sequence of float32 operations as
 * its scalar twin in {@link Fn} (fused multiply-adds where that has one, the same constants,
 * the same order), so a vector loop and the scalar loop that finishes its tail give the same
 * bits, however the items are split among threads. JDK 17's {@code VectorOperators.EXP} and
 * {@code TANH} are not used: their results depend on whether the JVM found Intel's SVML
 * stubs, and the scalar tail could not match them.
 *
 * <p>The algorithms and their measured errors are in {@link Fn}.
 *
 * <p>Generated kernels call {@link #apply}: it replaces {@code n} floats of an array, a multiple
 * of the lanes, by one of the functions. A kernel calls it a block at a time, never
 * with a {@code FloatVector}: {@code KernelWriter.blocks} says why.
 *
 * <p>Only code written for the Vector API refers to this class, and only when the module is
 * in the boot layer.
 */
public final class VectorFn {
  private VectorFn() {}

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  /** The functions {@link #apply} takes, by their number. */
  public static final int EXP = 0, LOG = 1, TANH = 2, SIGMOID = 3, ERF = 4;

  /** erf's passes, by number, for {@link #apply} within this class. */
  private static final int ERF_EXPONENT = 5, ERF_JOIN = 6;

  /**
   * The array functions, in a field that is not final, so the JIT cannot fold a handle to its
   * target and does not inline the call: inlined into a kernel, a function's vector code left
   * the kernel's own stores to the Vector API's scalar fallback in some JVMs and not others
   * (an LSTM's gate kernel ran 4 times slower in about one JVM in three); compiled on its own
   * it is the same code in every JVM. A call costs a few nanoseconds, against about 1 us for a
   * block of 512 floats.
   */
  private static MethodHandle[] functions = handles();

  private static final ThreadLocal<float[][]> BLOCKS = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

  /** The calling thread's scratch for a function's passes over a block (erf's exponents). */
  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

  /** The calling thread's array for a kernel's blocks, of at least n floats: allocated once, grown when a kernel needs more. */
  public static float[] blocks(int n) {
    return held(BLOCKS, n);
  }

  /** The calling thread's array of {@code arrays}, of at least n floats: allocated once, grown when needed. */
  private static float[] held(ThreadLocal<float[][]> arrays, int n) {
    float[][] held = arrays.get();
    if (held[0].length < n) held[0] = new float[n];
    return held[0];
  }

  /** Replaces a[off .. off + n) by {@code function} of it; n is a multiple of the lanes. */
  public static void apply(int function, float[] a, int off, int n) {
    try {
      functions[function].invokeExact(a, off, n);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t); // the functions throw nothing checked
    }
  }

  private static MethodHandle[] handles() {
    MethodType type = MethodType.methodType(void.class, float[].class, int.class, int.class);
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      MethodHandle[] h = new MethodHandle[7];
      h[EXP] = lookup.findStatic(VectorFn.class, "exp", type);
      h[LOG] = lookup.findStatic(VectorFn.class, "log", type);
      h[TANH] = lookup.findStatic(VectorFn.class, "tanh", type);
      h[SIGMOID] = lookup.findStatic(VectorFn.class, "sigmoid", type);
      h[ERF] = lookup.findStatic(VectorFn.class, "erf", type);
      h[ERF_EXPONENT] = lookup.findStatic(VectorFn.class, "erfExponent", type);
      h[ERF_JOIN] = lookup.findStatic(VectorFn.class, "erfJoin", type);
      return h;
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static void exp(float[] a, int off, int n) {
    for (int i = off; i < off + n; i += S.length()) exp(FloatVector.fromArray(S, a, i)).intoArray(a, i);
  }

  private static void log(float[] a, int off, int n) {
    for (int i = off; i < off + n; i += S.length()) log(FloatVector.fromArray(S, a, i)).intoArray(a, i);
  }

  private static void tanh(float[] a, int off, int n) {
    for (int i = off; i < off + n; i += S.length()) tanh(FloatVector.fromArray(S, a, i)).intoArray(a, i);
  }

  private static void sigmoid(float[] a, int off, int n) {
    for (int i = off; i < off + n; i += S.length()) sigmoid(FloatVector.fromArray(S, a, i)).intoArray(a, i);
  }

  /**
   * In three passes over the floats, each a method of its own called through its handle: the
   * exponent Q of erf's large piece into the thread's scratch, exp of that, then both pieces
   * joined. As one method, erf is past C2's node cutoff (as an LSTM's gate kernel was, see
   * {@link #functions}): C2 stops inlining the Vector API's operations, which then run their
   * scalar fallback, 10 to 15 ns a float against under 1 ns for exp.
   */
  private static void erf(float[] a, int off, int n) {
    float[] scratch = held(SCRATCH, n);
    apply(ERF_EXPONENT, a, off, n);
    apply(EXP, scratch, 0, n);
    apply(ERF_JOIN, a, off, n);
  }

  /** The scratch's first n floats: Q(|x|) of a[off .. off + n). */
  private static void erfExponent(float[] a, int off, int n) {
    float[] q = SCRATCH.get()[0];
    for (int i = 0; i < n; i += S.length()) erfExponent(FloatVector.fromArray(S, a, off + i)).intoArray(q, i);
  }

  /** a[off .. off + n) replaced by erf, given e^Q in the scratch's first n floats. */
  private static void erfJoin(float[] a, int off, int n) {
    float[] e = SCRATCH.get()[0];
    for (int i = 0; i < n; i += S.length()) {
      erfJoin(FloatVector.fromArray(S, a, off + i), FloatVector.fromArray(S, e, i)).intoArray(a, off + i);
    }
  }

  public static FloatVector exp(FloatVector x) {
    FloatVector c = x.max(Fn.EXP_MIN).min(Fn.EXP_MAX);
    FloatVector t = c.fma(Fn.LOG2E, Fn.ROUND); // n = rint(c / ln 2) in t's low bits
    FloatVector n = t.sub(Fn.ROUND);
    FloatVector r = fma(n, -Fn.LN2_HI, c);
    r = fma(n, -Fn.LN2_LO, r);
    FloatVector p = expm1(r).add(1f);
    IntVector k = t.reinterpretAsInts().sub(Fn.ROUND_BITS);
    IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
    // 2^n as 2^k1 * 2^(n - k1), each a normal float, so results near overflow and the subnormal
    // ones round once, in the last product.
    return p.mul(pow2(k1)).mul(pow2(k.sub(k1)));
  }

  public static FloatVector tanh(FloatVector x) {
    FloatVector y = x.abs().min(Fn.TANH_MAX).mul(2f);
    FloatVector t = y.fma(Fn.LOG2E, Fn.ROUND);
    FloatVector n = t.sub(Fn.ROUND);
    FloatVector r = fma(n, -Fn.LN2_HI, y);
    r = fma(n, -Fn.LN2_LO, r);
    FloatVector s = pow2(t.reinterpretAsInts().sub(Fn.ROUND_BITS));
    FloatVector em1 = s.fma(expm1(r), s.sub(1f)); // e^y - 1 = 2^n (1 + q) - 1
    FloatVector th = em1.div(em1.add(2f));
    return th.reinterpretAsInts().or(x.reinterpretAsInts().and(Fn.SIGN)).reinterpretAsFloats();
  }

  public static FloatVector sigmoid(FloatVector x) {
    FloatVector e = exp(x.abs().neg());
    FloatVector num = e.broadcast(1f).blend(e, x.compare(VectorOperators.LT, 0f));
    return num.div(e.add(1f));
  }

  public static FloatVector log(FloatVector x) {
    var subnormal = x.compare(VectorOperators.LT, Float.MIN_NORMAL);
    FloatVector xs = x.blend(x.mul(Fn.TWO23), subnormal);
    IntVector ix = xs.reinterpretAsInts().sub(Fn.SQRT_HALF_BITS);
    IntVector ie = ix.lanewise(VectorOperators.ASHR, 23);
    FloatVector e = (FloatVector) ie.convert(VectorOperators.I2F, 0);
    e = e.blend(e.sub(23f), subnormal);
    FloatVector m = ix.and(0x007fffff).add(Fn.SQRT_HALF_BITS).reinterpretAsFloats();
    FloatVector f = m.sub(1f);
    FloatVector s = f.div(f.add(2f));
    FloatVector z = s.mul(s);
    FloatVector rz = fma(fma(fma(z.fma(Fn.A5, Fn.A4), z, Fn.A3), z, Fn.A2), z, Fn.A1).mul(z);
    FloatVector lm = s.neg().fma(fma(rz, -2f, f), f);
    FloatVector out = fma(e, Fn.LN2_HI, fma(e, Fn.LN2_LO, lm));
    out = out.blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY));
    out = out.blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0f));
    return out.blend(Float.NaN, x.compare(VectorOperators.GE, 0f).not());
  }

  /** Both of Fn.erf's pieces, the one for each lane's |x| taken. */
  public static FloatVector erf(FloatVector x) {
    return erfJoin(x, exp(erfExponent(x)));
  }

  /** Q(|x|), the exponent of the large piece 1 - e^Q. */
  private static FloatVector erfExponent(FloatVector x) {
    FloatVector t = x.abs().min(Fn.ERF_MAX);
    FloatVector b = fma(fma(fma(fma(fma(t.broadcast(Fn.EB10), t, Fn.EB9), t, Fn.EB8), t, Fn.EB7), t, Fn.EB6), t, Fn.EB5);
    return fma(fma(fma(fma(fma(b, t, Fn.EB4), t, Fn.EB3), t, Fn.EB2), t, Fn.EB1), t, Fn.EB0);
  }

  /** erf(x) given e = e^Q(|x|): the small piece below the split, 1 - e with x's sign above it. */
  private static FloatVector erfJoin(FloatVector x, FloatVector e) {
    FloatVector s = x.mul(x);
    FloatVector a = fma(fma(fma(fma(fma(fma(s.broadcast(Fn.EA6), s, Fn.EA5), s, Fn.EA4), s, Fn.EA3), s, Fn.EA2), s, Fn.EA1), s, Fn.EA0);
    FloatVector small = x.fma(a, x);
    FloatVector large = e.neg().add(1f) // 1 - e^Q, rounded once as the scalar's
        .reinterpretAsInts().or(x.reinterpretAsInts().and(Fn.SIGN)).reinterpretAsFloats();
    return large.blend(small, x.abs().compare(VectorOperators.LT, Fn.ERF_SPLIT));
  }

  /** e^r - 1 for |r| <= ln(2) / 2: its Taylor polynomial to r^7. */
  private static FloatVector expm1(FloatVector r) {
    FloatVector c = fma(fma(fma(fma(r.fma(Fn.E7, Fn.E6), r, Fn.E5), r, Fn.E4), r, Fn.E3), r, Fn.E2);
    return c.fma(r.mul(r), r);
  }

  /** a b + c, rounded once. */
  private static FloatVector fma(FloatVector a, float b, FloatVector c) {
    return a.fma(a.broadcast(b), c);
  }

  /** a b + c, rounded once. */
  private static FloatVector fma(FloatVector a, FloatVector b, float c) {
    return a.fma(b, a.broadcast(c));
  }

  /** 2^k for the ints k in [-126, 127]. */
  private static FloatVector pow2(IntVector k) {
    return k.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
  }
}
