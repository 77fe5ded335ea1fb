package dev.nnc.runtime.jvm;

/** The float32 and int32 functions JVM kernels call that java.lang.Math does not have. */
public final class Fn {
  private Fn() {}

  public static float sigmoid(float x) {
    return (float) (1 / (1 + Math.exp(-x)));
  }

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
   * The error function, computed in float64 and rounded: its Taylor series near 0, and
   * beyond, erfc as a continued fraction evaluated from the tail (both converge to well
   * under float32's rounding error).
   */
  public static float erf(float xf) {
    double x = xf, ax = Math.abs(x);
    if (ax < 2.5) {
      double term = x, sum = x, x2 = x * x;
      for (int n = 1; n < 100 && Math.abs(term) > 1e-10 * Math.abs(sum); n++) {
        term *= -x2 / n;
        sum += term / (2 * n + 1);
      }
      return (float) (TWO_OVER_SQRT_PI * sum);
    }
    if (ax > 6) return Math.signum(xf);
    double f = ax;
    for (int n = 40; n >= 1; n--) f = ax + (n / 2.0) / f;
    return (float) (Math.signum(x) * (1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f));
  }

  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
}
