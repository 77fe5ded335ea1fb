package dev.nnc.runtime.jvm;

/** The float32 and int32 functions JVM kernels call that java.lang.Math does not have. */
public final class Fn {
  private Fn() {}

  // ---- exp, log, tanh, sigmoid, erf in float32, as VectorFn computes them a vector at a time
  //
  // Measured against the float64 functions rounded to float32, over every float (FnTest):
  // exp within 1 ulp, log within 1 ulp, tanh within 2 ulp, sigmoid within 2 ulp; the special
  // values (infinities, NaN, zeros, subnormal inputs and results) as java.lang.Math gives them.
  // Fused multiply-adds keep the two loops' bits equal: Math.fma and FloatVector.fma round once.

  /**
   * e^x: n = rint(x / ln 2) and r = x - n ln 2 (ln 2 in two parts, so r is exact), e^r from
   * its Taylor polynomial to r^7 (|r| <= ln(2) / 2, truncation under 0.05 ulp), scaled by 2^n
   * in two steps so that results near overflow and subnormal results round once.
   */
  public static float exp(float x) {
    float c = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
    float t = Math.fma(c, LOG2E, ROUND);
    float n = t - ROUND;
    float r = Math.fma(n, -LN2_HI, c);
    r = Math.fma(n, -LN2_LO, r);
    float p = expm1(r) + 1f;
    int k = Float.floatToRawIntBits(t) - ROUND_BITS;
    int k1 = k >> 1;
    return p * pow2(k1) * pow2(k - k1);
  }

  /**
   * tanh x = sign(x) (e^y - 1) / (e^y + 1) with y = 2|x|, e^y - 1 computed as 2^n (1 + q) - 1
   * in one fused step from q = e^r - 1, so that small |x| keeps its relative accuracy; |x|
   * beyond 9.1, where tanh rounds to 1, is taken as 9.1.
   */
  public static float tanh(float x) {
    float y = Math.min(Math.abs(x), TANH_MAX) * 2f;
    float t = Math.fma(y, LOG2E, ROUND);
    float n = t - ROUND;
    float r = Math.fma(n, -LN2_HI, y);
    r = Math.fma(n, -LN2_LO, r);
    float s = pow2(Float.floatToRawIntBits(t) - ROUND_BITS);
    float em1 = Math.fma(s, expm1(r), s - 1f);
    float th = em1 / (em1 + 2f);
    return Float.intBitsToFloat(Float.floatToRawIntBits(th) | (Float.floatToRawIntBits(x) & SIGN));
  }

  /** 1 / (1 + e^-x), as e^x / (1 + e^x) for negative x so that it keeps its relative accuracy down to e^x. */
  public static float sigmoid(float x) {
    float e = exp(-Math.abs(x));
    float num = x < 0f ? e : 1f;
    return num / (e + 1f);
  }

  /**
   * log x = k ln 2 + log(m) with x = m 2^k, m in [sqrt(1/2), sqrt(2)) (a subnormal x scaled by
   * 2^23 first); log(1 + f) = 2 atanh(s) with s = f / (2 + f), written f - s (f - 2R) so that
   * its leading term f = m - 1 is exact, R = s^2 / 3 + ... + s^10 / 11 (|s| < 0.172).
   */
  public static float log(float x) {
    boolean subnormal = x < Float.MIN_NORMAL;
    float xs = subnormal ? x * TWO23 : x;
    int ix = Float.floatToRawIntBits(xs) - SQRT_HALF_BITS;
    float e = (float) (ix >> 23);
    if (subnormal) e = e - 23f;
    float m = Float.intBitsToFloat((ix & 0x007fffff) + SQRT_HALF_BITS);
    float f = m - 1f;
    float s = f / (f + 2f);
    float z = s * s;
    float rz = Math.fma(Math.fma(Math.fma(Math.fma(z, A5, A4), z, A3), z, A2), z, A1) * z;
    float lm = Math.fma(-s, Math.fma(rz, -2f, f), f);
    float out = Math.fma(e, LN2_HI, Math.fma(e, LN2_LO, lm));
    if (x == Float.POSITIVE_INFINITY) out = Float.POSITIVE_INFINITY;
    if (x == 0f) out = Float.NEGATIVE_INFINITY;
    return x >= 0f ? out : Float.NaN;
  }

  /** e^r - 1 for |r| <= ln(2) / 2: its Taylor polynomial to r^7. */
  private static float expm1(float r) {
    float c = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(r, E7, E6), r, E5), r, E4), r, E3), r, E2);
    return Math.fma(c, r * r, r);
  }

  /** 2^k for an int k in [-126, 127]. */
  private static float pow2(int k) {
    return Float.intBitsToFloat((k + 127) << 23);
  }

  /** Beyond these e^x is 0 (e^-104 < 2^-150) and infinite (e^89 > 2^128): the clamps keep n in range. */
  static final float EXP_MIN = -104f, EXP_MAX = 89f;
  /** tanh rounds to 1 beyond 9.01 (1 - tanh 9.1 < 2^-25). */
  static final float TANH_MAX = 9.1f;
  static final float LOG2E = 1.44269504088896341f;
  /** 1.5 * 2^23: adding it rounds a float of magnitude under 2^22 to an integer, held in the low bits. */
  static final float ROUND = 12582912f;
  static final int ROUND_BITS = 0x4b400000;
  /** ln 2 = LN2_HI + LN2_LO, LN2_HI with 16 significant bits, so n LN2_HI is exact for |n| < 256. */
  static final float LN2_HI = 0.693145751953125f, LN2_LO = 1.42860682030941723212e-6f;
  static final float E2 = 1f / 2, E3 = 1f / 6, E4 = 1f / 24, E5 = 1f / 120, E6 = 1f / 720, E7 = 1f / 5040;
  static final float A1 = 1f / 3, A2 = 1f / 5, A3 = 1f / 7, A4 = 1f / 9, A5 = 1f / 11;
  static final int SIGN = 0x80000000, SQRT_HALF_BITS = 0x3f3504f3;
  static final float TWO23 = 8388608f;

  public static float pow(float a, float b) {
    return (float) Math.pow(a, b);
  }

  /**
   * Integer division, truncating toward zero as Java's and C's do. A division by zero, where
   * Java would throw and C is undefined, gives the int nearest the float quotient: the largest
   * int for a positive dividend, the smallest for a negative one, and 0 for 0 / 0 (the OpenCL
   * kernels' {@code nnc_idiv} gives the same).
   */
  public static int div(int a, int b) {
    if (b == 0) return a > 0 ? Integer.MAX_VALUE : a < 0 ? Integer.MIN_VALUE : 0;
    return b == -1 ? -a : a / b; // MIN_VALUE / -1 wraps to MIN_VALUE
  }

  /**
   * A gather's index, checked against the size of the axis it selects from: an index from the
   * data outside it (a token id past the vocabulary, a position past the context) is the data's
   * fault, said as such, where an unchecked read would take another row's element or fail inside
   * the kernel.
   */
  public static int index(int i, int size) {
    if (i >= 0 && i < size) return i;
    throw new dev.nnc.runtime.DataException("an index the program reads is outside the axis it selects from: " + i
        + ", where the axis has " + size + (size == 1 ? " entry" : " entries") + " (a label, token id or position at or beyond"
        + " the size of the table it picks from: a class count, a vocabulary, a context length); check the data against the"
        + " model's sizes");
  }

  /** An integer power: computed as the float power, truncated toward zero (and saturated) to an int. */
  public static int pow(int a, int b) {
    return (int) pow((float) a, (float) b);
  }

  public static float and(float a, float b) {
    return a != 0 && b != 0 ? 1 : 0;
  }

  public static float or(float a, float b) {
    return a != 0 || b != 0 ? 1 : 0;
  }

  /**
   * The error function in float32, in two pieces that meet at |x| = 0.9: below, erf x = x + x
   * R(x^2), R a polynomial of degree 6 (erf x / x - 1, fitted for relative error), so that the
   * leading term x is exact; above, erf |x| = 1 - e^Q(t) with t = min(|x|, 3.93) (beyond, erf
   * rounds to 1), Q a polynomial of degree 10 fitted to log erfc t, and the sign of x put back.
   * Within 2 ulp of the float64 function over every float (FnTest); VectorFn's erf computes
   * both pieces with the same operations and takes the one that applies, so the bits agree.
   */
  public static float erf(float x) {
    float ax = Math.abs(x);
    if (ax < ERF_SPLIT) return Math.fma(x, erfSmall(x * x), x);
    return Float.intBitsToFloat(Float.floatToRawIntBits(1f - exp(erfLarge(Math.min(ax, ERF_MAX))))
        | (Float.floatToRawIntBits(x) & SIGN));
  }

  /** erf x / x - 1 as a polynomial of s = x^2, for |x| < 0.9. */
  private static float erfSmall(float s) {
    return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(EA6, s, EA5), s, EA4), s, EA3), s, EA2), s, EA1), s, EA0);
  }

  /** log erfc t as a polynomial of t, for t in [0.9, 3.93]. */
  private static float erfLarge(float t) {
    float r = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(EB10, t, EB9), t, EB8), t, EB7), t, EB6), t, EB5);
    return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(r, t, EB4), t, EB3), t, EB2), t, EB1), t, EB0);
  }

  static final float ERF_SPLIT = 0.9f, ERF_MAX = 3.93f;
  /** The coefficients of erfSmall and erfLarge, EA0 and EB0 the constant terms (weighted least-squares fits, iterated toward minimax). */
  static final float EA0 = 0.12837916612625122f,
      EA1 = -0.37612634897232056f,
      EA2 = 0.11283715069293976f,
      EA3 = -0.02686050906777382f,
      EA4 = 0.005203858949244022f,
      EA5 = -0.0008175637922249734f,
      EA6 = 8.513097418472171e-05f;
  static final float EB0 = 3.716347782756202e-05f,
      EB1 = -1.1286522150039673f,
      EB2 = -0.635725200176239f,
      EB3 = -0.10449140518903732f,
      EB4 = 0.02126237377524376f,
      EB5 = -0.0015528256772086024f,
      EB6 = -0.0007638809620402753f,
      EB7 = 0.000343472434906289f,
      EB8 = -7.043265213724226e-05f,
      EB9 = 7.788305993017275e-06f,
      EB10 = -3.7355650306380994e-07f;
}
