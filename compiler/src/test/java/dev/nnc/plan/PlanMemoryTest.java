package dev.nnc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Buffers are reused only by values whose lives do not overlap; the peak is their sum. */
class PlanMemoryTest {
  private static TensorType f32(Dim... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Dim d : dims) axes.add(Axis.of(d));
    return new TensorType(DType.F32, axes);
  }

  @Test
  void aChainOfElementwiseOpsNeedsTwoBuffersBesideItsInput() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N");
    Node x = g.input("x", f32(n));
    Node y = g.sin(g.neg(g.tanh(g.exp(x))));
    PlanMemory.Plan p = PlanMemory.run(List.of(y));
    assertEquals(3, p.buffers().size());
    assertEquals(Dim.symbol("N").times(Dim.of(12)), p.peak()); // 3 buffers of N f32
    assertEquals(Dim.symbol("N").times(Dim.of(20)), p.naive());
    assertEquals(p.bufferOf().get(g.exp(x)), p.bufferOf().get(g.neg(g.tanh(g.exp(x)))));
  }

  @Test
  void inputsAndRootsKeepTheirBuffers() {
    Graph g = new Graph();
    TensorType t = f32(Dim.of(4));
    Node a = g.input("a", t), b = g.param("b", t);
    Node s = g.add(a, b), out = g.exp(s), other = g.neg(g.mul(out, out));
    PlanMemory.Plan p = PlanMemory.run(List.of(out, other));
    // The root `out` stays live, so nothing after it may take its buffer; a and b are never reused.
    for (Node n : List.of(g.mul(out, out), other)) {
      assertTrue(p.bufferOf().get(n) != p.bufferOf().get(out));
      assertTrue(p.bufferOf().get(n) != p.bufferOf().get(a) && p.bufferOf().get(n) != p.bufferOf().get(b));
    }
  }

  /** On random programs: values that share a buffer never live at the same time, and reuse never costs. */
  @Test
  void sharedBuffersNeverHoldTwoLiveValues() {
    for (int seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      Graph g = new Graph();
      Dim b = Dim.symbol("B");
      List<Node> pool = new ArrayList<>();
      for (int i = 0; i < 3; i++) pool.add(g.input("x" + i, f32(b, Dim.of(1 + r.nextInt(2)))));
      for (int i = 0; i < 25; i++) {
        Node p = pool.get(r.nextInt(pool.size()));
        List<Node> same = pool.stream().filter(q -> q.type().sameAs(p.type())).toList();
        Node q = same.get(r.nextInt(same.size()));
        pool.add(switch (r.nextInt(4)) {
          case 0 -> g.add(p, q);
          case 1 -> g.mul(p, q);
          case 2 -> g.tanh(p);
          default -> g.sum(p, List.of(1), true);
        });
      }
      List<Node> roots = List.of(pool.get(pool.size() - 1), pool.get(pool.size() - 2 - r.nextInt(5)));
      PlanMemory.Plan plan = PlanMemory.run(roots);
      Map<Node, Integer> def = new HashMap<>(), last = new HashMap<>();
      for (int i = 0; i < plan.order().size(); i++) {
        Node n = plan.order().get(i);
        def.put(n, i);
        last.put(n, i);
        for (Node in : n.inputs()) last.put(in, i);
      }
      for (Node root : roots) last.put(root, Integer.MAX_VALUE);
      for (Node u : plan.order()) {
        for (Node v : plan.order()) {
          if (u == v || plan.bufferOf().get(u) != plan.bufferOf().get(v) || def.get(u) > def.get(v)) continue;
          assertTrue(last.get(u) < def.get(v), "seed " + seed + ": " + u + " is still live when " + v + " takes its buffer");
          assertEquals(u.type().elements(), v.type().elements());
        }
      }
      long at = 7;
      assertTrue(plan.peak().evaluate(Map.of("B", at)) <= plan.naive().evaluate(Map.of("B", at)));
    }
  }
}
