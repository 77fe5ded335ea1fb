package dev.nnc.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import dev.nnc.ir.Schedule;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.shape.DType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unmask pass: on random masks, the rewritten program's loss and gradients are the
 * reference evaluator's for the program as lowered, with its mask selects, in float64; what it
 * cannot rewrite stays a select, which the compiled backends refuse naming where it was written.
 */
class UnmaskTest {
  @TempDir Path dir;

  private static final String HEADER = """
      use std.nn.{Linear}
      use std.act.{softmax}
      use std.loss.{cross_entropy, mse}
      """;

  /** Cross-entropy on the selected rows of [N, 5] features, as the graph samples compute it. */
  private static final String CROSS_ENTROPY = HEADER + """
      model Ce {
        input x: f32[N, 5]
        input mask: bool[N]
        target y: i32[N]
        fc = Linear(5, 3)
        logits = fc(x)
        output probs = softmax(logits)
        loss cross_entropy(logits[mask], y[mask])
      }
      """;

  /** A mask over two axes, a mean over the selected rows and a feature axis (the size count * 2). */
  private static final String SEQUENCE = HEADER + """
      model Seq {
        input x: f32[B, T, 4]
        input mask: bool[B, T]
        target t: f32[B, T, 2]
        fc = Linear(4, 2)
        h = tanh(fc(x))
        loss mse(h[mask], t[mask])
      }
      """;

  /** A max and a sum over the selected rows. */
  private static final String MAX_SUM = HEADER + """
      model MaxSum {
        input x: f32[N, 4]
        input mask: bool[N]
        target t: f32[N]
        fc = Linear(4, 3)
        h = fc(x)
        loss max(h[mask]) + sum(h[mask] * h[mask]) / 3.0 + mean(t[mask])
      }
      """;

  /**
   * An edge list from a dense adjacency (a select of its positive entries, count(m) edges, self-loops
   * concatenated) through gathers and scatter-adds, and the loss on the selected nodes.
   */
  private static final String EDGES = """
      use std.graph.{EdgeGATConv, EdgeGCNConv, adjacency_edges}
      use std.act.{elu}
      use std.loss.{cross_entropy}
      model Edges {
        input x: f32[N, 3]
        input adj: f32[N, N]
        input mask: bool[N]
        target y: i32[N]
        edge_index = adjacency_edges(adj)
        conv1 = EdgeGATConv(3, 2, heads: 2)
        conv2 = EdgeGCNConv(4, 3)
        loss cross_entropy(conv2(elu(conv1(x, edge_index)), edge_index)[mask], y[mask])
      }
      """;

  /** The same model lowered with its selects (the lower pass's result) and unmasked, in one graph. */
  private record Lowered(Lower.Model masked, Lower.Model unmasked) {}

  private Lowered lower(String source, String model) throws IOException {
    Path file = dir.resolve(model + ".nn");
    Files.writeString(file, source);
    Checker checker = new Checker();
    Lower.Model[] masked = new Lower.Model[1];
    Pipeline p = new Pipeline(true, (pass, result) -> {
      if (pass == Pipeline.LOWER) masked[0] = (Lower.Model) result;
    });
    Lower.Model unmasked = p.lower(checker, checker.checkFile(file, file.toString()), model, true, 7);
    assertNotNull(unmasked, checker.diagnostics().toString());
    return new Lowered(masked[0], unmasked);
  }

  /** The loss, then the gradient of each trained parameter, by the reference evaluator. */
  private static List<Array> lossAndGradients(Lower.Model m, Map<String, Array> leaves, Map<String, Long> sizes) {
    Graph g = m.graph();
    List<Node> wrt = new ArrayList<>(m.trained().values());
    Map<Node, Node> grads = Differentiate.vjp(g, m.loss(), g.fill(1, m.loss().type()), wrt);
    List<Node> roots = new ArrayList<>();
    roots.add(m.loss());
    for (Node w : wrt) roots.add(grads.get(w));
    Map<Node, Array> v = Reference.run(roots, leaves, sizes);
    List<Array> out = new ArrayList<>();
    for (Node r : roots) out.add(v.get(r));
    return out;
  }

  /** Random values for the model's inputs (masks true with probability {@code p}, or never when p is 0) and its initial parameters. */
  private static Map<String, Array> leaves(Lower.Model m, Map<String, Long> sizes, Random r, double p) {
    Map<String, Array> out = new HashMap<>(m.initialValues());
    for (Node n : Schedule.topological(List.of(m.loss()))) {
      if (n.op() != Op.INPUT) continue;
      Attr.Leaf leaf = (Attr.Leaf) n.attr();
      long[] shape = Array.shapeOf(leaf.type(), sizes);
      double[] v = new double[(int) Array.size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = leaf.type().dtype() == DType.BOOL ? (r.nextDouble() < p ? 1 : 0)
            : leaf.type().dtype() == DType.I32 ? r.nextInt(3) : r.nextGaussian();
      }
      out.put(leaf.name(), new Array(shape, v));
    }
    return out;
  }

  private static boolean hasSelect(Node root) {
    return Schedule.topological(List.of(root)).stream().anyMatch(n -> n.op() == Op.MASK_SELECT);
  }

  private void agrees(String source, String model, Map<String, Integer> maxSizes) throws IOException {
    Lowered l = lower(source, model);
    assertTrue(hasSelect(l.masked().loss()), "the lowered loss selects by the mask");
    assertTrue(!hasSelect(l.unmasked().loss()), "the unmasked loss has no select");
    Random r = new Random(model.hashCode());
    for (int trial = 0; trial < 12; trial++) {
      Map<String, Long> sizes = new LinkedHashMap<>();
      maxSizes.forEach((name, max) -> sizes.put(name, 1L + r.nextInt(max)));
      Map<String, Array> leaves = leaves(l.masked(), sizes, r, 0.2 + 0.6 * r.nextDouble());
      if (leaves.entrySet().stream().noneMatch(e -> e.getKey().equals("mask") && java.util.Arrays.stream(e.getValue().data()).anyMatch(x -> x != 0))) {
        continue; // an empty selection is its own test
      }
      List<Array> want = lossAndGradients(l.masked(), leaves, sizes), got = lossAndGradients(l.unmasked(), leaves, sizes);
      for (int i = 0; i < want.size(); i++) {
        double[] a = want.get(i).data(), b = got.get(i).data();
        assertEquals(a.length, b.length);
        for (int k = 0; k < a.length; k++) {
          assertEquals(a[k], b[k], 1e-12 * (1 + Math.abs(a[k])),
              model + (i == 0 ? " loss" : " gradient " + i) + " at " + k + ", sizes " + sizes);
        }
      }
    }
  }

  @Test
  void crossEntropyOnSelectedRowsAgreesWithTheSelect() throws IOException {
    agrees(CROSS_ENTROPY, "Ce", Map.of("N", 12));
  }

  @Test
  void aMaskOverTwoAxesAndAMeanOverFeaturesAgree() throws IOException {
    agrees(SEQUENCE, "Seq", Map.of("B", 4, "T", 6));
  }

  @Test
  void maxAndSumOverSelectedRowsAgree() throws IOException {
    agrees(MAX_SUM, "MaxSum", Map.of("N", 10));
  }

  @Test
  void anEdgeListThroughGathersAndScatterAddsAgrees() throws IOException {
    agrees(EDGES, "Edges", Map.of("N", 7));
  }

  /** An empty selection: the mean is 0/0, NaN, as the reference evaluator gives it, and every gradient is 0 in both. */
  @Test
  void anAllFalseMaskGivesNanLikeTheSelect() throws IOException {
    Lowered l = lower(CROSS_ENTROPY, "Ce");
    Map<String, Long> sizes = Map.of("N", 5L);
    Map<String, Array> leaves = leaves(l.masked(), sizes, new Random(3), 0);
    List<Array> want = lossAndGradients(l.masked(), leaves, sizes), got = lossAndGradients(l.unmasked(), leaves, sizes);
    assertTrue(Double.isNaN(want.get(0).data()[0]));
    assertTrue(Double.isNaN(got.get(0).data()[0]));
    for (int i = 1; i < want.size(); i++) {
      for (double x : want.get(i).data()) assertEquals(0.0, x);
      for (double x : got.get(i).data()) assertEquals(0.0, x);
    }
  }

  /** The rewritten cross-entropy is what the graph samples compile: the JVM backend plans it. */
  @Test
  void theUnmaskedLossCompilesOnTheJvmBackend() throws IOException {
    Lowered l = lower(CROSS_ENTROPY, "Ce");
    new JvmDevice().compile(List.of(l.unmasked().loss()));
  }

  /** A select that is an output stays one; the loss beside it is still rewritten; the JVM backend names the select. */
  @Test
  void aSelectedOutputStaysASelectAndIsRefusedWhereItWasWritten() throws IOException {
    String source = CROSS_ENTROPY.replace("output probs = softmax(logits)", "output picked = logits[mask]");
    Lowered l = lower(source, "Ce");
    Node picked = l.unmasked().outputs().get("picked");
    assertEquals(Op.MASK_SELECT, picked.op());
    assertTrue(!hasSelect(l.unmasked().loss()));
    Device.UnsupportedProgram e = assertThrows(Device.UnsupportedProgram.class, () -> new JvmDevice().compile(List.of(picked)));
    assertEquals("the JVM backend cannot run a mask select (" + dir.resolve("Ce.nn") + ":10:19: `logits[mask]`), whose result"
        + " size depends on the data, unless its rows reach only a sum or mean over them; use --device reference", e.getMessage());
  }

  /** Rows that leave the select through something not row-wise (a sum over the selected axis only after a matmul across rows) stay selected. */
  @Test
  void rowsMixedAcrossTheSelectedAxisStaySelected() throws IOException {
    String source = HEADER + """
        model Mix {
          input x: f32[N, 4]
          input mask: bool[N]
          fc = Linear(4, 4)
          h = fc(x)[mask]
          loss sum(h.T @ h)
        }
        """;
    Lowered l = lower(source, "Mix");
    assertTrue(hasSelect(l.unmasked().loss()), "h.T @ h mixes the selected rows: the select stays");
  }
}
