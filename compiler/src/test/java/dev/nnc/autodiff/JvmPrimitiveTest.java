package dev.nnc.autodiff;

import dev.nnc.ir.Differentiate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.exec.Device;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the gradient-check table on the JVM backend: the primitive and its
 * vector-Jacobian product (for the cotangent 2 out, the gradient of sum(out^2)), on the same random shapes, in float32
 * against the float64 reference.
 */
class JvmPrimitiveTest {
  @TestFactory
  Stream<DynamicTest> forwardAndBackwardAgreeWithTheReference() {
    return agreeWithTheReference(JvmDevice::new);
  }

  /** The rows on a device (made when a row runs, so a missing one skips the row), two seeds each. */
  static Stream<DynamicTest> agreeWithTheReference(Supplier<Device> devices) {
    return GradCheckTest.rows().stream().flatMap(row -> Stream.of(1, 2).map(seed -> DynamicTest.dynamicTest(row.name() + " #" + seed, () -> {
      Device device = devices.get();
      Case c = Case.of(row, seed);
      if (row.op() == Op.MASK_SELECT || row.op() == Op.MASK_SCATTER) {
        Device.UnsupportedProgram e = org.junit.jupiter.api.Assertions.assertThrows(Device.UnsupportedProgram.class,
            () -> device.compile(c.roots()));
        assertTrue(e.getMessage().contains("mask select"), e.getMessage());
        return;
      }
      c.check(device.compile(c.roots()).run(c.leaves(), c.sizes()));
    })));
  }

  /**
   * A row on one seed's random shapes: its result and, for a float result, the gradients of
   * sum(out^2) (the primitive's vjp for the cotangent 2 out, which varies), the leaves in
   * float32, and what the float64 reference makes of them.
   */
  record Case(GradCheckTest.Row row, List<Node> roots, Map<String, float[]> leaves, Map<String, Long> sizes, Map<Node, Array> want) {
    static Case of(GradCheckTest.Row row, int seed) {
      GradCheckTest.Ctx c = new GradCheckTest.Ctx(new Random(1000L * row.name().hashCode() + seed));
      Node out = row.build().build(c);
      List<Node> wrt = List.copyOf(c.wrt);
      List<Node> roots = new ArrayList<>();
      roots.add(out);
      if (out.type().dtype().isFloat()) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < out.type().rank(); i++) all.add(i);
        Node loss = c.g.sum(c.g.mul(out, out), all, false);
        for (Node g : Differentiate.vjp(c.g, loss, c.g.fill(1, loss.type()), wrt).values()) if (g != null) roots.add(g);
      }
      Map<String, float[]> leaves = new HashMap<>();
      c.values.forEach((name, a) -> {
        float[] f = new float[a.size()];
        for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
        leaves.put(name, f);
      });
      boolean runs = row.op() != Op.MASK_SELECT && row.op() != Op.MASK_SCATTER;
      return new Case(row, roots, leaves, c.sizes, runs ? Reference.run(roots, c.values, c.sizes) : Map.of());
    }

    /** Each root agrees with the reference to 1e-5 of its largest value. */
    void check(List<float[]> got) {
      for (int r = 0; r < roots.size(); r++) {
        double[] w = want.get(roots.get(r)).data();
        float[] g = got.get(r);
        assertEquals(w.length, g.length, row.name() + " root " + r);
        double scale = 1e-3, err = 0;
        for (double v : w) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < w.length; i++) err = Math.max(err, Math.abs(w[i] - g[i]) / scale);
        double e = err;
        int root = r;
        assertTrue(err < 1e-5, () -> row.name() + ": " + (root == 0 ? "the result" : "gradient " + root) + " differs by " + e
            + " of its largest value at sizes " + sizes);
      }
    }
  }
}
