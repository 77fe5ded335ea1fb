package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fn's float32 exp, log, tanh, sigmoid and erf against the float64 functions, within the errors
 * Fn states, over floats spread across the whole range (every 65,521st bit pattern: both
 * signs, subnormals, the largest magnitudes) and the edges (zeros, infinities, NaN, the
 * thresholds of overflow, underflow and saturation); and VectorFn's, lane by lane, giving
 * Fn's bits.
 */
class FnTest {
  private record F(String name, double ulps, UnaryOperator<Float> scalar, UnaryOperator<FloatVector> vector,
      DoubleUnaryOperator reference) {}

  private static final List<F> FUNCTIONS = List.of(
      new F("exp", 1.5, Fn::exp, VectorFn::exp, Math::exp),
      new F("log", 1.5, Fn::log, VectorFn::log, Math::log),
      new F("tanh", 3, Fn::tanh, VectorFn::tanh, Math::tanh),
      new F("sigmoid", 3, Fn::sigmoid, VectorFn::sigmoid, x -> 1 / (1 + Math.exp(-x))),
      new F("erf", 2, Fn::erf, VectorFn::erf, FnTest::erf64));

  /**
   * The error function in float64, to well under float32's rounding error: its Taylor series
   * for |x| < 2.5, and beyond, erfc as a continued fraction evaluated from the tail.
   */
  static double erf64(double x) {
    double ax = Math.abs(x);
    if (Double.isNaN(x)) return x;
    if (ax < 2.5) {
      double term = x, sum = x, x2 = x * x;
      for (int n = 1; n < 100 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= -x2 / n;
        sum += term / (2 * n + 1);
      }
      return 2 / Math.sqrt(Math.PI) * sum;
    }
    if (ax > 6) return Math.signum(x);
    double f = ax;
    for (int n = 60; n >= 1; n--) f = ax + (n / 2.0) / f;
    return Math.signum(x) * (1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f);
  }

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  static float[] inputs() {
    List<Float> xs = new ArrayList<>();
    for (long bits = Integer.MIN_VALUE; bits <= Integer.MAX_VALUE; bits += 65521) xs.add(Float.intBitsToFloat((int) bits));
    float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, 1e-40f, -1e-40f,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1f, -1f,
        88.72f, 88.7228f, 88.72284f, 88.8f, 89f, 89.5f, -87.33f, -87.34f, -103.2f, -103.97f, -104f, -104.5f, -150f,
        9.0f, 9.01f, 9.1f, 9.2f, -9.2f, 20f, -20f, 1e-3f, -1e-3f, 1e-20f, -1e-20f, 0.7071067f, 1.4142135f, 0.5f, 2f};
    for (float e : edges) xs.add(e);
    for (int k = -40; k <= 40; k++) xs.add(k * 0.25f); // the range networks live in
    float[] out = new float[xs.size()];
    for (int i = 0; i < out.length; i++) out[i] = xs.get(i);
    return out;
  }

  @TestFactory
  Stream<DynamicTest> withinTheStatedErrorOfTheFloat64Function() {
    float[] xs = inputs();
    return FUNCTIONS.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
      double worst = 0;
      float worstAt = 0;
      for (float x : xs) {
        float got = f.scalar().apply(x);
        double want = f.reference().applyAsDouble(x);
        float rounded = (float) want;
        if (Double.isNaN(want) || Double.isInfinite(want)) { // NaN, log of a negative or of 0, exp of infinity
          assertEquals(rounded, got, () -> f.name() + "(" + x + ")");
          continue;
        }
        if (got == rounded) continue; // exact, or the same infinity
        // Near overflow an infinity counts as 2^128, one ulp above the largest float.
        double g = Float.isInfinite(got) ? Math.copySign(0x1p128, got) : got;
        double ulps = Math.abs(g - want) / Math.ulp(Float.isInfinite(rounded) ? Float.MAX_VALUE : rounded);
        if (ulps > worst) {
          worst = ulps;
          worstAt = x;
        }
      }
      double w = worst;
      float at = worstAt;
      assertTrue(worst <= f.ulps(), () -> f.name() + " is off by " + w + " ulp at " + at + ", beyond the stated " + f.ulps());
    }));
  }

  @TestFactory
  Stream<DynamicTest> theVectorFormsGiveTheScalarBits() {
    float[] xs = inputs();
    float[] padded = java.util.Arrays.copyOf(xs, (xs.length + S.length() - 1) / S.length() * S.length());
    return FUNCTIONS.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
      float[] got = new float[padded.length];
      for (int i = 0; i < padded.length; i += S.length()) f.vector().apply(FloatVector.fromArray(S, padded, i)).intoArray(got, i);
      for (int i = 0; i < padded.length; i++) {
        float x = padded[i];
        float want = f.scalar().apply(x);
        int at = i;
        assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got[i]),
            () -> f.name() + "(" + x + "): vector " + got[at] + ", scalar " + want);
      }
    }));
  }
}
