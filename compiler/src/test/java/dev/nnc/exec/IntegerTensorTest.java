package dev.nnc.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.ir.Array;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * i32 tensors are 32-bit integers on both compiled backends: values above 2^24, where a float32
 * loses its low bits, survive arithmetic, a gather and a reduction exactly; integer division
 * truncates; casts between f32 and i32 truncate and saturate. A result is checked through its
 * quotient and remainder by 4096 (each exact as a float), so its low bits are checked too.
 */
class IntegerTensorTest {
  private static final int TWO_24 = 1 << 24;

  @TestFactory
  Stream<DynamicTest> integersAreExactOnEveryBackend() {
    Map<String, Supplier<Device>> devices = new java.util.LinkedHashMap<>();
    devices.put("jvm", JvmDevice::new);
    devices.put("opencl", OpenClAvailable::device);
    return devices.entrySet().stream().flatMap(d -> Stream.of(
        DynamicTest.dynamicTest("gather of values above 2^24 on " + d.getKey(), () -> gather(d.getValue().get())),
        DynamicTest.dynamicTest("an index above 2^24 on " + d.getKey(), () -> bigIndex(d.getValue().get())),
        DynamicTest.dynamicTest("integer division on " + d.getKey(), () -> division(d.getValue().get())),
        DynamicTest.dynamicTest("casts on " + d.getKey(), () -> casts(d.getValue().get()))));
  }

  private static TensorType ints(int n) { return new TensorType(DType.I32, List.of(Axis.of(n))); }

  private static TensorType floats(int n) { return new TensorType(DType.F32, List.of(Axis.of(n))); }

  /** x / 4096 and x - (x / 4096) * 4096 as floats: both exact, and together x. */
  private static List<Node> split(Graph g, Node x) {
    Node k = g.fill(4096, x.type());
    Node q = g.div(x, k);
    return List.of(g.cast(q, DType.F32), g.cast(g.sub(x, g.mul(q, k)), DType.F32));
  }

  private static float[] quotients(int[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] / 4096;
    return out;
  }

  private static float[] remainders(int[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] % 4096;
    return out;
  }

  /** Runs roots on a device and on the reference evaluator; the two must agree exactly. */
  private static List<float[]> run(Device device, List<Node> roots, Map<String, float[]> leaves) {
    List<float[]> got = new ArrayList<>();
    for (float[] v : device.compile(roots).run(leaves, Map.of())) got.add(v.clone());
    Map<String, Array> arrays = new HashMap<>();
    leaves.forEach((name, v) -> {
      double[] d = new double[v.length];
      for (int i = 0; i < d.length; i++) d[i] = v[i];
      arrays.put(name, new Array(new long[] {v.length}, d));
    });
    Map<Node, Array> want = Reference.run(roots, arrays, Map.of());
    for (int r = 0; r < roots.size(); r++) {
      double[] w = want.get(roots.get(r)).data();
      float[] f = new float[w.length];
      for (int i = 0; i < f.length; i++) f[i] = (float) w[i];
      assertArrayEquals(f, got.get(r), "root " + r + " against the reference");
    }
    return got;
  }

  /**
   * A table of i32 values above 2^24 (made from small leaves: hi * 2^24 + lo), gathered by an
   * index, and summed: every value exact.
   */
  private static void gather(Device device) {
    Graph g = new Graph();
    Node hi = g.input("hi", ints(4)), lo = g.input("lo", ints(4)), idx = g.input("idx", ints(5));
    Node table = g.add(g.mul(hi, g.fill(TWO_24, ints(4))), lo);
    Node picked = g.gather(table, idx, 0);
    Node total = g.sum(table, List.of(0), false);
    List<Node> roots = new ArrayList<>(split(g, picked));
    roots.addAll(split(g, total));
    float[] his = {1, 64, -1, 2}, los = {1, 3, -5, 3}, idxs = {3, 0, 1, 1, 2};
    List<float[]> got = run(device, roots, Map.of("hi", his, "lo", los, "idx", idxs));
    int[] values = {TWO_24 + 1, (1 << 30) + 3, -TWO_24 - 5, 2 * TWO_24 + 3};
    int[] want = new int[idxs.length];
    for (int i = 0; i < want.length; i++) want[i] = values[(int) idxs[i]];
    assertArrayEquals(quotients(want), got.get(0), "the gathered values / 4096");
    assertArrayEquals(remainders(want), got.get(1), "the gathered values' low bits");
    int sum = values[0] + values[1] + values[2] + values[3];
    assertArrayEquals(quotients(new int[] {sum}), got.get(2), "the sum / 4096");
    assertArrayEquals(remainders(new int[] {sum}), got.get(3), "the sum's low bits");
  }

  /** An index computed as 2^24 + k and brought back by subtracting 2^24 picks element k, odd or even. */
  private static void bigIndex(Device device) {
    Graph g = new Graph();
    Node k = g.input("k", ints(4)), x = g.input("x", floats(8));
    Node big = g.add(k, g.fill(TWO_24, ints(4)));
    Node back = g.sub(big, g.fill(TWO_24, ints(4)));
    Node picked = g.gather(x, back, 0);
    float[] xs = {10, 11, 12, 13, 14, 15, 16, 17};
    List<float[]> got = run(device, List.of(picked, g.cast(g.sub(big, g.fill(TWO_24 - 7, ints(4))), DType.F32)),
        Map.of("k", new float[] {1, 3, 5, 6}, "x", xs));
    assertArrayEquals(new float[] {11, 13, 15, 16}, got.get(0));
    assertArrayEquals(new float[] {8, 10, 12, 13}, got.get(1));
  }

  /** Division truncates toward zero; x - (x / y) * y is the remainder of that, with the dividend's sign. */
  private static void division(Device device) {
    Graph g = new Graph();
    Node a = g.input("a", ints(6)), b = g.input("b", ints(6));
    Node big = g.add(g.mul(a, g.fill(TWO_24, ints(6))), b); // a * 2^24 + b
    Node q = g.div(a, b), bigQ = g.div(big, b);
    List<Node> roots = List.of(g.cast(q, DType.F32), g.cast(g.sub(a, g.mul(q, b)), DType.F32),
        g.cast(g.sub(big, g.mul(bigQ, b)), DType.F32));
    float[] as = {7, -7, 7, -7, 3, 0}, bs = {2, 2, -2, -2, 5, 3};
    List<float[]> got = run(device, roots, Map.of("a", as, "b", bs));
    float[] q0 = new float[6], r0 = new float[6], r1 = new float[6];
    for (int i = 0; i < 6; i++) {
      int x = (int) as[i], y = (int) bs[i], xb = x * TWO_24 + y;
      q0[i] = x / y;
      r0[i] = x % y;
      r1[i] = xb % y;
    }
    assertArrayEquals(q0, got.get(0), "quotients");
    assertArrayEquals(r0, got.get(1), "remainders");
    assertArrayEquals(r1, got.get(2), "remainders of values above 2^24");
    assertArrayEquals(new float[] {3, -3, -3, 3, 0, 0}, got.get(0));
    assertArrayEquals(new float[] {1, -1, 1, -1, 3, 0}, got.get(1));
  }

  /** f32 to i32 truncates toward zero and saturates (NaN to 0); back to f32 rounds to nearest. */
  private static void casts(Device device) {
    Graph g = new Graph();
    Node x = g.input("x", floats(8));
    Node i = g.cast(x, DType.I32);
    Node roundTrip = g.cast(i, DType.F32);
    Node plusOne = g.cast(g.sub(g.add(i, g.fill(1, ints(8))), i), DType.F32); // (i + 1) - i: 1 in int arithmetic, which wraps
    float[] xs = {2.7f, -2.7f, 0.5f, 1e10f, -1e10f, Float.NaN, 16777216f, 2.1e9f};
    List<float[]> got = new ArrayList<>();
    for (float[] v : device.compile(List.of(roundTrip, plusOne)).run(Map.of("x", xs), Map.of())) got.add(v.clone());
    assertArrayEquals(new float[] {2, -2, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 16777216f, 2.1e9f}, got.get(0));
    assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, got.get(1), "(i + 1) - i");
    assertEquals(2_100_000_000f, got.get(0)[7]);
  }
}
