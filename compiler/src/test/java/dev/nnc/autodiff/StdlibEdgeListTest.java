package dev.nnc.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The edge-list layers of std.graph compute what their dense twins compute: on a random
 * symmetric 0/1 graph without self-loops, {@code EdgeX(...)(x, adjacency_edges(adj))} equals
 * {@code X(...)(x, adj)}, in evaluation mode, with the same parameters (the twins name their
 * parameters alike and initialize them alike, so one seed gives both the same values).
 */
class StdlibEdgeListTest {
  static final int NODES = 7;

  static Map<String, Array> graph(long seed) {
    Random random = new Random(seed);
    double[] adj = new double[NODES * NODES];
    for (int i = 0; i < NODES; i++) {
      for (int j = i + 1; j < NODES; j++) {
        if (random.nextDouble() < 0.4) adj[i * NODES + j] = adj[j * NODES + i] = 1;
      }
    }
    double[] x = new double[NODES * 3];
    for (int i = 0; i < x.length; i++) x[i] = random.nextGaussian();
    Map<String, Array> values = new HashMap<>();
    values.put("adj", new Array(new long[] {NODES, NODES}, adj));
    values.put("x", new Array(new long[] {NODES, 3}, x));
    return values;
  }

  /** The model's output {@code y} on the values, lowered for evaluation with seed 5. */
  static Array output(String text, Map<String, Array> values) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("edges", text);
    Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", false, 5);
    assertNotNull(model, () -> Renderer.raw(checker.diagnostics().sorted()) + "\n" + text);
    Map<String, Array> leaves = new HashMap<>(model.initialValues());
    leaves.putAll(values);
    Node y = model.outputs().get("y");
    return Reference.run(List.of(y), leaves, Map.of()).get(y);
  }

  static String model(String uses, String construct, String call) {
    return uses + "\n\nmodel M {\n  input x: f32[" + NODES + ", 3]\n  input adj: f32[" + NODES + ", " + NODES + "]\n"
        + "  l = " + construct + "\n  output y = " + call + "\n}\n";
  }

  @TestFactory
  Stream<DynamicTest> eachEdgeLayerEqualsItsDenseTwin() {
    List<String[]> twins = List.of(
        new String[] {"GCNConv", "EdgeGCNConv", "(3, 4)"},
        new String[] {"SAGEConv", "EdgeSAGEConv", "(3, 4)"},
        new String[] {"GATConv", "EdgeGATConv", "(3, 2, heads: 3, negative_slope: 0.3)"},
        new String[] {"ChebConv", "EdgeChebConv", "(3, 4, 3)"});
    return twins.stream().map(t -> DynamicTest.dynamicTest(t[1], () -> {
      for (long seed = 1; seed <= 3; seed++) {
        Map<String, Array> values = graph(seed);
        Array dense = output(model("use std.graph.{" + t[0] + "}", t[0] + t[2], "l(x, adj)"), values);
        Array edges = output(model("use std.graph.{" + t[1] + ", adjacency_edges}", t[1] + t[2],
            "l(x, adjacency_edges(adj))"), values);
        assertArrayEquals(dense.shape(), edges.shape(), t[1]);
        double scale = 0;
        for (double v : dense.data()) scale = Math.max(scale, Math.abs(v));
        assertTrue(scale > 0, t[0] + " gives zeros");
        for (int i = 0; i < dense.size(); i++) {
          assertEquals(dense.data()[i], edges.data()[i], 1e-12 * scale, t[1] + " seed " + seed + " at " + i);
        }
      }
    }));
  }

  /** adjacency_edges and edge_adjacency are inverse on a 0/1 graph; in_degree is its row sums. */
  @Test
  void edgesAndAdjacencyRoundTrip() {
    Map<String, Array> values = graph(9);
    String uses = "use std.graph.{adjacency_edges, edge_adjacency, in_degree}";
    Array back = output(model(uses, "0", "edge_adjacency(adjacency_edges(adj), " + NODES + ")"), values);
    assertArrayEquals(values.get("adj").data(), back.data());
    Array degree = output(model(uses, "0", "in_degree(adjacency_edges(adj), " + NODES + ")"), values);
    for (int i = 0; i < NODES; i++) {
      double rowSum = 0;
      for (int j = 0; j < NODES; j++) rowSum += values.get("adj").data()[i * NODES + j];
      assertEquals(rowSum, degree.data()[i], 0, "in-degree of node " + i);
    }
  }
}
