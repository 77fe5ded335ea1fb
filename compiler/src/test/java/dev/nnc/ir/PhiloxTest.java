package dev.nnc.ir;

import static dev.nnc.ir.ConvolutionTest.f64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counter-based generator behind RANDOM: known answers, purity, independence, moments. */
class PhiloxTest {
  private static final TensorType SCALAR_I32 = TensorType.scalar(DType.I32);
  private static final TensorType SCALAR_F64 = TensorType.scalar(DType.F64);

  /** Random123's known-answer vectors for philox4x32 10: counter, key, result (tests/kat_vectors). */
  @Test
  void knownAnswers() {
    assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}, dev.nnc.runtime.Philox.philox4x32x10(0, 0, 0, 0, 0, 0));
    assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}, dev.nnc.runtime.Philox.philox4x32x10(-1, -1, -1, -1, -1, -1));
    assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
        dev.nnc.runtime.Philox.philox4x32x10(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0));
  }

  static Array draw(Attr.Rng.Kind kind, DType dtype, long seed, long stream, double step, TensorType stepType, long... shape) {
    Graph g = new Graph();
    Dim[] dims = new Dim[shape.length];
    for (int i = 0; i < shape.length; i++) dims[i] = Dim.of(shape[i]);
    TensorType type = f64(dims).withDtype(dtype);
    Node y = g.random(g.input("step", stepType), kind, seed, stream, type);
    return Reference.one(y, Map.of("step", Array.scalar(step)), Map.of());
  }

  static Array uniform(long seed, long stream, double step, long... shape) {
    return draw(Attr.Rng.Kind.UNIFORM, DType.F64, seed, stream, step, SCALAR_I32, shape);
  }

  @Test
  void sameInputsSameValues() {
    assertEquals(uniform(42, 3, 7, 4, 5), uniform(42, 3, 7, 4, 5));
    // an i32 and an f64 step counter are the same counter
    assertEquals(uniform(42, 3, 7, 4, 5), draw(Attr.Rng.Kind.UNIFORM, DType.F64, 42, 3, 7, SCALAR_F64, 4, 5));
    // each element depends on its row-major index only, not on the shape
    assertArrayEquals(uniform(42, 3, 7, 4, 5).data(), uniform(42, 3, 7, 20).data());
    // a larger draw extends a smaller one
    double[] more = uniform(42, 3, 7, 30).data();
    assertArrayEquals(uniform(42, 3, 7, 20).data(), java.util.Arrays.copyOf(more, 20));
    // steps past 2^32 use the counter's high word
    assertNotEquals(uniform(1, 0, 0x1p32, 8), uniform(1, 0, 0, 8));
  }

  @Test
  void differentCountersDifferentValues() {
    Array base = uniform(42, 3, 7, 1000);
    for (Array other : List.of(uniform(42, 3, 8, 1000), uniform(42, 4, 7, 1000), uniform(43, 3, 7, 1000))) {
      int equal = 0;
      for (int i = 0; i < base.size(); i++) if (base.data()[i] == other.data()[i]) equal++;
      assertEquals(0, equal);
    }
    java.util.Set<Double> seen = new java.util.HashSet<>();
    for (double v : base.data()) seen.add(v);
    assertEquals(base.size(), seen.size(), "distinct elements");
  }

  static void assertMoments(Array a, double mean, double variance, double tolerance) {
    double m = 0, v = 0;
    for (double x : a.data()) m += x;
    m /= a.size();
    for (double x : a.data()) v += (x - m) * (x - m);
    v /= a.size() - 1;
    assertEquals(mean, m, tolerance, "mean");
    assertEquals(variance, v, tolerance * Math.max(1, variance), "variance");
  }

  /** 100k samples: the means within about 5 standard errors, the variances likewise. */
  @Test
  void moments() {
    for (DType dtype : List.of(DType.F32, DType.F64)) {
      Array u = draw(Attr.Rng.Kind.UNIFORM, dtype, 7, 1, 3, SCALAR_I32, 100_000);
      assertMoments(u, 0.5, 1.0 / 12, 0.005);
      for (double x : u.data()) {
        assertTrue(x >= 0 && x < 1, "uniform in [0, 1): " + x);
        if (dtype == DType.F32) assertEquals(x, (float) x, 0, "exact in float32");
      }
      Array z = draw(Attr.Rng.Kind.NORMAL, dtype, 7, 2, 3, SCALAR_I32, 100_000);
      assertMoments(z, 0, 1, 0.02);
      int within = 0;
      for (double x : z.data()) if (Math.abs(x) < 1) within++;
      assertEquals(0.6827, within / 100_000.0, 0.01, "share within one standard deviation");
    }
  }

  @Test
  void noGradientAndWellTyped() {
    Graph g = new Graph();
    Node step = g.input("step", SCALAR_I32);
    Node y = g.random(step, Attr.Rng.Kind.NORMAL, 1, 2, f64(Dim.symbol("B"), Dim.of(3)));
    assertNull(Op.RANDOM.primitive().vjp(g, y, g.like(y, 1)).get(0));
    assertEquals(List.of(Dim.symbol("B"), Dim.of(3)), y.type().dims());
    assertEquals(y, g.random(step, Attr.Rng.Kind.NORMAL, 1, 2, f64(Dim.symbol("B"), Dim.of(3))), "interned: the same values");
    assertEquals(3 * 5, Reference.one(y, Map.of("step", Array.scalar(0)), Map.of("B", 5L)).size());
    assertTrue(Printer.print(List.of(y)).contains("random %0 {normal seed 1 stream 2} : f64[B, 3]"));
    assertThrows(IrException.class, () -> g.random(g.input("v", f64(2)), Attr.Rng.Kind.UNIFORM, 1, 2, f64(2)), "step not a scalar");
    assertThrows(IrException.class, () -> g.random(step, Attr.Rng.Kind.UNIFORM, 1, 2, f64(2).withDtype(DType.I32)), "int result");
    assertThrows(IrException.class, () -> g.random(step, Attr.Rng.Kind.UNIFORM, 1L << 32, 2, f64(2)), "seed over 32 bits");
    assertThrows(IrException.class, () -> Reference.one(g.random(g.input("s", SCALAR_F64), Attr.Rng.Kind.UNIFORM, 1, 2, f64(2)),
        Map.of("s", Array.scalar(1.5)), Map.of()), "a step counter is a whole number");
  }
}
