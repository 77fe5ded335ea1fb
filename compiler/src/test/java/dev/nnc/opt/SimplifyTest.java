package dev.nnc.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import dev.nnc.ir.Verify;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The simplifier, rule by rule (each case names the rule that must fire, the op at the
 * simplified root and the node count it reaches, and is checked against the unsimplified
 * graph on random values), then on random gradient graphs: values kept to 1e-12, node count
 * never larger, the IR still verifies, and simplifying twice changes nothing.
 */
class SimplifyTest {
  static final Dim B = Dim.symbol("B"), N = Dim.symbol("N"), E = Dim.symbol("E");
  static final double TOLERANCE = 1e-12;

  static TensorType type(DType dtype, Dim... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Dim d : dims) axes.add(Axis.of(d));
    return new TensorType(dtype, axes);
  }

  static TensorType f64(Dim... dims) { return type(DType.F64, dims); }

  static Dim n(long k) { return Dim.of(k); }

  /** Leaves a case may use: x, y: f64[B, N], p: bool[B, N], v: f64[N], z: f64[2, B, N], i: i32[E] (values below B). */
  static final class Ctx {
    final Graph g = new Graph();
    final TensorType t = f64(B, N);
    final Node x = g.input("x", t), y = g.input("y", t), p = g.input("p", type(DType.BOOL, B, N));
    final Node v = g.input("v", f64(N)), z = g.input("z", f64(n(2), B, N)), i = g.input("i", type(DType.I32, E));

    Node fill(double value, TensorType type) { return g.fill(value, type); }
    Node fill(double value) { return g.fill(value, t); }
    Node bool(boolean value) { return g.fill(value ? 1 : 0, p.type()); }

    /** Random values for every leaf at random sizes. */
    static Values values(Random r) {
      Map<String, Long> sizes = Map.of("B", 1L + r.nextInt(3), "N", 1L + r.nextInt(4), "E", 1L + r.nextInt(5));
      Map<String, Array> leaves = new HashMap<>();
      leaves.put("x", gaussian(r, sizes.get("B"), sizes.get("N")));
      leaves.put("y", gaussian(r, sizes.get("B"), sizes.get("N")));
      leaves.put("v", gaussian(r, sizes.get("N")));
      leaves.put("z", gaussian(r, 2, sizes.get("B"), sizes.get("N")));
      Array p = gaussian(r, sizes.get("B"), sizes.get("N"));
      for (int k = 0; k < p.size(); k++) p.data()[k] = r.nextBoolean() ? 1 : 0;
      leaves.put("p", p);
      Array i = gaussian(r, sizes.get("E"));
      for (int k = 0; k < i.size(); k++) i.data()[k] = r.nextInt(Math.toIntExact(sizes.get("B")));
      leaves.put("i", i);
      return new Values(leaves, sizes);
    }
  }

  record Values(Map<String, Array> leaves, Map<String, Long> sizes) {}

  static Array gaussian(Random r, long... shape) {
    double[] d = new double[(int) Array.size(shape)];
    for (int k = 0; k < d.length; k++) d[k] = r.nextGaussian();
    return new Array(shape, d);
  }

  /** A graph where {@code rule} fires; after simplifying, the root is an {@code op} node reaching {@code nodes} nodes. */
  record Case(String rule, Function<Ctx, Node> build, Op op, int nodes) {}

  static List<Case> cases() {
    return List.of(
        new Case("fold-elementwise", c -> c.g.add(c.fill(2), c.fill(3)), Op.FILL, 1),
        new Case("fold-elementwise", c -> c.g.exp(c.g.cast(c.g.lt(c.fill(2), c.fill(3)), DType.F64)), Op.FILL, 1),
        new Case("fold-structure", c -> c.g.broadcast(c.fill(2, f64(N)), List.of(B, N)), Op.FILL, 1),
        new Case("fold-structure", c -> c.g.reshape(c.g.transpose(c.fill(2), List.of(1, 0)), List.of(N.times(B))), Op.FILL, 1),
        new Case("fold-pad", c -> c.g.pad(c.fill(0), 1, n(1), n(2), 0), Op.FILL, 1),
        new Case("fold-concat", c -> c.g.concat(List.of(c.fill(1), c.fill(1, f64(B, n(3)))), 1), Op.FILL, 1),
        new Case("fold-sum", c -> c.g.sum(c.fill(0.5, f64(B, n(3))), List.of(1), false), Op.FILL, 1),
        new Case("fold-matmul", c -> c.g.matmul(c.fill(2, f64(n(2), n(3))), c.fill(3, f64(n(3), n(4)))), Op.FILL, 1),
        new Case("add-zero-right", c -> c.g.add(c.g.exp(c.x), c.fill(0)), Op.EXP, 2),
        new Case("add-zero-left", c -> c.g.add(c.fill(0), c.g.exp(c.x)), Op.EXP, 2),
        new Case("add-neg-right", c -> c.g.add(c.x, c.g.neg(c.y)), Op.SUB, 3),
        new Case("add-neg-left", c -> c.g.add(c.g.neg(c.x), c.y), Op.SUB, 3),
        new Case("sub-zero", c -> c.g.sub(c.g.exp(c.x), c.fill(0)), Op.EXP, 2),
        new Case("zero-sub", c -> c.g.sub(c.fill(0), c.x), Op.NEG, 2),
        new Case("sub-neg", c -> c.g.sub(c.x, c.g.neg(c.y)), Op.ADD, 3),
        new Case("mul-one-right", c -> c.g.mul(c.g.exp(c.x), c.fill(1)), Op.EXP, 2),
        new Case("mul-one-left", c -> c.g.mul(c.fill(1), c.g.exp(c.x)), Op.EXP, 2),
        new Case("mul-minus-one-right", c -> c.g.mul(c.x, c.fill(-1)), Op.NEG, 2),
        new Case("mul-minus-one-left", c -> c.g.mul(c.fill(-1), c.x), Op.NEG, 2),
        new Case("mul-neg-neg", c -> c.g.mul(c.g.neg(c.x), c.g.neg(c.y)), Op.MUL, 3),
        new Case("div-one", c -> c.g.div(c.g.exp(c.x), c.fill(1)), Op.EXP, 2),
        new Case("div-minus-one", c -> c.g.div(c.x, c.fill(-1)), Op.NEG, 2),
        new Case("neg-neg", c -> c.g.neg(c.g.neg(c.g.exp(c.x))), Op.EXP, 2),
        new Case("idempotent", c -> c.g.max(c.g.exp(c.x), c.g.exp(c.x)), Op.EXP, 2),
        new Case("idempotent", c -> c.g.or(c.p, c.p), Op.INPUT, 1),
        new Case("and-true", c -> c.g.and(c.p, c.bool(true)), Op.INPUT, 1),
        new Case("or-false", c -> c.g.or(c.bool(false), c.p), Op.INPUT, 1),
        new Case("not-not", c -> c.g.not(c.g.not(c.p)), Op.INPUT, 1),
        new Case("select-same", c -> c.g.select(c.p, c.g.exp(c.x), c.g.exp(c.x)), Op.EXP, 2),
        new Case("select-constant", c -> c.g.select(c.bool(true), c.g.exp(c.x), c.y), Op.EXP, 2),
        new Case("select-constant", c -> c.g.select(c.g.gt(c.fill(1), c.fill(2)), c.x, c.g.exp(c.y)), Op.EXP, 2),
        new Case("select-not", c -> c.g.select(c.g.not(c.p), c.x, c.y), Op.SELECT, 4),
        new Case("cast-same", c -> c.g.make(Op.CAST, List.of(c.g.exp(c.x)), new Attr.Cast(DType.F64)), Op.EXP, 2),
        new Case("cast-cast", c -> c.g.cast(c.g.cast(c.p, DType.I32), DType.F64), Op.CAST, 2),
        new Case("cast-cast", c -> c.g.cast(c.g.cast(c.g.cast(c.p, DType.F32), DType.F64), DType.BOOL), Op.INPUT, 1),
        new Case("reshape-same", c -> c.g.make(Op.RESHAPE, List.of(c.g.exp(c.x)), new Attr.Shape(List.of(B, N))), Op.EXP, 2),
        new Case("reshape-reshape", c -> c.g.reshape(c.g.reshape(c.x, List.of(B.times(N))), List.of(N, B)), Op.RESHAPE, 2),
        new Case("reshape-reshape", c -> c.g.reshape(c.g.reshape(c.g.exp(c.x), List.of(B.times(N))), List.of(B, N)), Op.EXP, 2),
        new Case("reshape-unkeep", c -> c.g.reshape(c.g.sum(c.x, List.of(0), true), List.of(N)), Op.SUM, 2),
        new Case("reshape-unkeep", c -> c.g.sumTo(c.g.exp(c.z), f64(N)), Op.SUM, 3),
        new Case("transpose-identity", c -> c.g.transpose(c.g.exp(c.x), List.of(0, 1)), Op.EXP, 2),
        new Case("transpose-transpose", c -> c.g.transpose(c.g.transpose(c.z, List.of(1, 2, 0)), List.of(1, 2, 0)), Op.TRANSPOSE, 2),
        new Case("transpose-transpose", c -> c.g.swapLast(c.g.swapLast(c.g.exp(c.z))), Op.EXP, 2),
        new Case("broadcast-same", c -> c.g.make(Op.BROADCAST, List.of(c.g.exp(c.x)), new Attr.Shape(List.of(B, N))), Op.EXP, 2),
        new Case("broadcast-broadcast", c -> c.g.broadcast(c.g.broadcast(c.v, List.of(B, N)), List.of(n(2), B, N)), Op.BROADCAST, 2),
        new Case("broadcast-as-reshape", c -> c.g.broadcast(c.v, List.of(n(1), n(1), N)), Op.RESHAPE, 2),
        new Case("reduce-no-axes", c -> c.g.sum(c.g.exp(c.x), List.of(), false), Op.EXP, 2),
        new Case("reduce-no-axes", c -> c.g.reduceMax(c.g.exp(c.x), List.of(), true), Op.EXP, 2),
        new Case("reduce-unit-axes", c -> c.g.reduceMax(c.g.reshape(c.x, List.of(B, n(1), N)), List.of(1), true), Op.RESHAPE, 2),
        new Case("reduce-unit-axes", c -> c.g.sum(c.g.reshape(c.g.exp(c.x), List.of(B, n(1), N)), List.of(1), false), Op.EXP, 2),
        new Case("scatter-add-zeros", c -> c.g.scatterAdd(c.g.exp(c.x), c.i, c.fill(0, f64(E, N)), 0), Op.EXP, 2),
        new Case("add-scatter-add", c -> c.g.add(c.g.scatterAdd(c.fill(0, c.x.type()), c.i, c.g.gather(c.x, c.i, 0), 0),
            c.g.exp(c.x)), Op.SCATTER_ADD, 5));
  }

  /** Each case: the rule fires, the root has the stated op and node count, values agree, the IR verifies, twice is once. */
  @TestFactory
  Stream<DynamicTest> eachRule() {
    List<Case> all = cases();
    return java.util.stream.IntStream.range(0, all.size()).mapToObj(k -> {
      Case cs = all.get(k);
      return DynamicTest.dynamicTest(cs.rule() + " #" + k, () -> {
        Ctx c = new Ctx();
        Node root = cs.build().apply(c);
        Simplify.Result r = Simplify.run(c.g, List.of(root));
        Node out = r.roots().get(0);
        assertTrue(r.fired().containsKey(cs.rule()), cs.rule() + " did not fire: " + r.summary());
        Verify.graph(Simplify.NAME, r.roots());
        assertEquals(cs.op(), out.op(), r.summary());
        assertEquals(cs.nodes(), r.nodesAfter(), r.summary());
        assertEquals(Simplify.count(List.of(out)), r.nodesAfter());
        assertTrue(r.nodesAfter() <= r.nodesBefore());
        Random random = new Random(k);
        for (int trial = 0; trial < 3; trial++) assertSameValues(List.of(root), r.roots(), Ctx.values(random), cs.rule());
        Simplify.Result again = Simplify.run(c.g, r.roots());
        assertEquals(r.roots(), again.roots());
        assertTrue(again.fired().isEmpty(), again.summary());
      });
    });
  }

  @Test
  void everyRuleHasACase() {
    Set<String> covered = new HashSet<>();
    for (Case c : cases()) covered.add(c.rule());
    List<String> missing = new ArrayList<>(Simplify.ruleNames());
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), "rules without a case: " + missing);
    assertEquals(Simplify.ruleNames().size(), new HashSet<>(Simplify.ruleNames()).size(), "rule names are unique");
  }

  /** The seed's fill of 1 folds through the gradient of sum and the multiplication by it disappears. */
  @Test
  void gradientOfSumOfProductIsTheOtherFactor() {
    Ctx c = new Ctx();
    Node loss = c.g.sum(c.g.mul(c.x, c.y), List.of(0, 1), false);
    Map<Node, Node> grads = Differentiate.vjp(c.g, loss, c.g.fill(1, loss.type()), List.of(c.x, c.y, c.v));
    Simplify.Result r = Simplify.run(c.g, List.copyOf(grads.values()));
    assertSame(c.y, r.roots().get(0));
    assertSame(c.x, r.roots().get(1));
    assertEquals(Op.FILL, r.roots().get(2).op(), "v is unused: its gradient is zeros");
    assertTrue(r.fired().containsKey("mul-one-left"), r.summary());
  }

  /** The gradient of a broadcast bias is one sum over the batch: sumTo's reshape goes, the seed's broadcast folds. */
  @Test
  void biasGradientIsOneSum() {
    Ctx c = new Ctx();
    Node h = c.g.tanh(c.g.add(c.x, c.g.broadcast(c.v, List.of(B, N))));
    Node loss = c.g.sum(h, List.of(0, 1), false);
    Node gv = Differentiate.vjp(c.g, loss, c.g.fill(1, loss.type()), List.of(c.v)).get(c.v);
    Simplify.Result r = Simplify.run(c.g, List.of(gv));
    Node out = r.roots().get(0);
    assertEquals(Op.SUM, out.op(), r.summary());
    assertEquals(new Attr.Axes(List.of(0), false), out.attr());
    assertTrue(r.nodesAfter() < r.nodesBefore(), r.summary());
    assertSameValues(List.of(gv), r.roots(), Ctx.values(new Random(1)), "bias");
  }

  /** x * 0 stays: IEEE gives NaN for an infinite x, and the reference (and the runtime's NaN check) must see it. */
  @Test
  void timesZeroIsNotFolded() {
    Ctx c = new Ctx();
    Node root = c.g.mul(c.g.exp(c.x), c.fill(0));
    Simplify.Result r = Simplify.run(c.g, List.of(root));
    assertSame(root, r.roots().get(0));
    Node same = c.g.sub(c.x, c.x);
    assertSame(same, Simplify.run(c.g, List.of(same)).roots().get(0));
  }

  /** Only what the roots reach survives; several roots keep their order and their shared nodes. */
  @Test
  void deadCodeIsDroppedAndCountsAreReported() {
    Ctx c = new Ctx();
    Node shared = c.g.tanh(c.x);
    Node first = c.g.add(c.g.mul(shared, c.fill(1)), c.fill(0));
    Node second = c.g.neg(c.g.neg(c.g.exp(shared)));
    Simplify.Result r = Simplify.run(c.g, List.of(first, second));
    assertEquals(List.of(shared, c.g.exp(shared)), r.roots());
    assertEquals(9, r.nodesBefore());
    assertEquals(3, r.nodesAfter());
    assertEquals(Map.of("add-zero-right", 1, "mul-one-right", 1, "neg-neg", 1), r.fired());
    assertEquals("simplify: 9 -> 3 nodes; add-zero-right 1, mul-one-right 1, neg-neg 1", r.summary());
  }

  /** Random gradient graphs: same values, no more nodes, valid IR; and over all of them, most rules fire. */
  @Test
  void randomGradientGraphs() {
    Map<String, Integer> fired = new TreeMap<>();
    long before = 0, after = 0;
    for (int seed = 0; seed < 300; seed++) {
      RandomGraphs rg = new RandomGraphs(seed);
      Simplify.Result r = Simplify.run(rg.g, rg.roots);
      String where = "seed " + seed + " at sizes " + rg.sizes + ": " + r.summary();
      Verify.graph(Simplify.NAME, r.roots());
      assertTrue(r.nodesAfter() <= r.nodesBefore(), where);
      assertEquals(rg.roots.size(), r.roots().size());
      assertSameValues(rg.roots, r.roots(), new Values(rg.values, rg.sizes), where);
      r.fired().forEach((k, v) -> fired.merge(k, v, Integer::sum));
      before += r.nodesBefore();
      after += r.nodesAfter();
    }
    assertTrue(after < before * 0.9, "random gradient graphs shrink: " + before + " -> " + after);
    assertTrue(fired.size() >= 15, "rules fired on random gradient graphs: " + fired);
  }

  /** Simplifying the result again changes nothing: the same roots and no rule fires. */
  @Test
  void idempotent() {
    for (int seed = 1000; seed < 1100; seed++) {
      RandomGraphs rg = new RandomGraphs(seed);
      Simplify.Result once = Simplify.run(rg.g, rg.roots);
      Simplify.Result twice = Simplify.run(rg.g, once.roots());
      assertEquals(once.roots(), twice.roots(), "seed " + seed);
      assertTrue(twice.fired().isEmpty(), "seed " + seed + ": " + twice.summary());
      assertEquals(once.nodesAfter(), twice.nodesBefore());
      assertEquals(twice.nodesBefore(), twice.nodesAfter());
    }
  }

  /** Each pair of roots evaluates to the same shape and, elementwise, to within TOLERANCE relative (NaN matches NaN). */
  static void assertSameValues(List<Node> expected, List<Node> actual, Values v, String where) {
    Map<Node, Array> want = Reference.run(expected, v.leaves(), v.sizes());
    Map<Node, Array> got = Reference.run(actual, v.leaves(), v.sizes());
    for (int k = 0; k < expected.size(); k++) {
      Array a = want.get(expected.get(k)), b = got.get(actual.get(k));
      assertTrue(java.util.Arrays.equals(a.shape(), b.shape()), where + ": root " + k + " shape " + a + " vs " + b);
      for (int e = 0; e < a.size(); e++) {
        double p = a.data()[e], q = b.data()[e];
        boolean same = p == q || (Double.isNaN(p) && Double.isNaN(q))
            || Math.abs(p - q) <= TOLERANCE * Math.max(Math.abs(p), Math.abs(q));
        assertTrue(same, where + ": root " + k + " element " + e + " is " + q + ", unsimplified " + p);
      }
    }
  }
}
