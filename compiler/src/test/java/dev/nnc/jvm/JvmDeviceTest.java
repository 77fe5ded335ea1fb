package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.exec.StepCheck;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JVM backend against the float64 reference: one training step of every sample that
 * trains (loss and every new parameter and optimizer state), at two batch sizes in a row so
 * the second runs in buffers sized for the first.
 */
class JvmDeviceTest {
  @TestFactory
  Stream<DynamicTest> aTrainingStepAgreesWithTheReference() {
    return Stream.of("worked_221", "linear_regression", "fashion_mlp", "lenet5", "vae", "resnet_block",
            "lstm_classifier", "transformer_encoder", "ddpm")
        .map(s -> DynamicTest.dynamicTest(s, () -> {
          Checker checker = new Checker();
          Path file = RepoRoot.get().resolve("samples").resolve(s + ".nn");
          Modules.Module m = checker.checkFile(file, s + ".nn");
          Lower.Step step = Pipeline.standard().step(checker, m, null, 3);
          assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
          StepCheck c = new StepCheck(s, step);
          Executable jvm = JvmProgram.compile(c.program, c.update, c.gradients);
          Executable reference = new ReferenceDevice().compile(c.program);
          for (long batch : new long[] {4, 3}) {
            Map<String, float[]> leaves = c.leaves(batch);
            c.check(batch, "the JVM", reference.run(leaves, StepCheck.sizes(batch)), jvm.run(leaves, StepCheck.sizes(batch)));
          }
        }));
  }

  /**
   * Models that concatenate shifted slices of one sequence along its features (a convolution
   * over time written by hand), of floats and of padded token ids, step on the JVM backend as on
   * the reference: such kernels once failed the class verifier (`Bad local variable type`).
   */
  @TestFactory
  Stream<DynamicTest> concatenatedShiftedSlicesStepAsOnTheReference() {
    String floats = """
        model Shift {
          input x: f32[B, T, 4]
          target y: f32[B, T, 4]
          fc = Linear(12, 4)
          h = concat([x[:, 0:T-2], x[:, 1:T-1], x[:, 2:T]], axis: -1)
          p = concat([zeros(f32[B, 2, 12]), h], axis: 1)
          loss mse(fc(p), y)
        }
        train Shift {
          data points(x: [[[1.0, 2.0, 3.0, 4.0]]], y: [[[1.0, 2.0, 3.0, 4.0]]])
          optimizer SGD(lr: 0.1)
        }
        """;
    String tokens = """
        model Shift {
          input x: i32[B, T]
          target y: f32[B, T, 4]
          emb = Embedding(16, 4)
          fc = Linear(12, 4)
          e = emb(pad(x, [(1, 1)]))
          h = concat([e[:, 0:T], e[:, 1:T+1], e[:, 2:T+2]], axis: -1)
          loss mse(fc(h), y)
        }
        train Shift {
          data points(x: [[1, 2]], y: [[[1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]]])
          optimizer SGD(lr: 0.1)
        }
        """;
    return Stream.of(floats, tokens).map(model -> DynamicTest.dynamicTest(model.contains("i32") ? "token ids" : "floats", () -> {
      Checker checker = new Checker();
      Modules.Module m = checker.checkText("shift.nn", """
          use std.nn.{Embedding, Linear}
          use std.loss.{mse}
          use std.optim.{SGD}
          """ + model);
      Lower.Step step = Pipeline.standard().step(checker, m, null, 3);
      assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
      StepCheck c = new StepCheck("shift", step);
      Executable jvm = JvmProgram.compile(c.program, c.update, c.gradients);
      Executable reference = new ReferenceDevice().compile(c.program);
      for (long batch : new long[] {4, 3}) {
        Map<String, float[]> leaves = c.leaves(batch);
        c.check(batch, "the JVM", reference.run(leaves, StepCheck.sizes(batch)), jvm.run(leaves, StepCheck.sizes(batch)));
      }
    }));
  }

  /**
   * A Gram matrix, {@code h @ h.T}: one matmul whose two operands are one stored value (as
   * std.graph.metapath computes a meta-path's adjacency). The launch plan once listed that value
   * twice in a set of reads and failed to build the program.
   */
  @Test
  void aMatmulOfAValueWithItsOwnTransposeRuns() throws Exception {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText("gram.nn", """
        use std.nn.{Linear}
        use std.optim.{SGD}

        model Gram {
          input x: f32[N, 3]
          input c: f32[N, N]
          l = Linear(3, 2)
          h = l(x)
          loss sum((h @ h.T) * c)
        }

        train Gram {
          data points(x: [[1.0, 2.0, 3.0]], c: [[1.0]])
          optimizer SGD(lr: 0.1)
        }
        """);
    Lower.Step step = Pipeline.standard().step(checker, m, null, 3);
    assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
    StepCheck c = new StepCheck("gram", step);
    Executable jvm = JvmProgram.compile(c.program, c.update, c.gradients);
    Executable reference = new ReferenceDevice().compile(c.program);
    for (long batch : new long[] {4, 3}) {
      Map<String, float[]> leaves = c.leaves(batch);
      c.check(batch, "the JVM", reference.run(leaves, StepCheck.sizes(batch)), jvm.run(leaves, StepCheck.sizes(batch)));
    }
  }

  /** The buffers a run allocates are the plan's: its formula evaluated at the sizes of the largest batch run. */
  @Test
  void theMeasuredPeakIsThePlannedOne() throws Exception {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve("fashion_mlp.nn");
    Lower.Step step = Pipeline.standard().step(checker, checker.checkFile(file, "fashion_mlp.nn"), null, 3);
    dev.nnc.pipeline.TrainingStep t = dev.nnc.pipeline.TrainingStep.of(step);
    JvmProgram p = JvmProgram.compile(t.roots(), t.update(), t.gradients());
    // the one-hot labels computed in a reduction's prologue from the labels checked against the classes (4 bytes a sample)
    assertEquals("6276*B + 4309160", p.plannedBytes().toString());
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    for (long batch : new long[] {32, 5}) {
      Map<String, float[]> leaves = new HashMap<>();
      step.inits().forEach((name, node) -> leaves.put(name, StepCheck.floats(initial.get(node).data())));
      leaves.put("x", new float[(int) batch * 784]);
      leaves.put("y", new float[(int) batch]);
      leaves.put("step", new float[] {1});
      p.run(leaves, Map.of("B", batch));
      assertEquals(p.plannedBytes().evaluate(Map.of("B", 32L)), p.allocatedBytes(), "after a batch of " + batch);
    }
  }

  /**
   * exp, log, tanh and sigmoid run a vector of elements at a time and the tail one at a time;
   * every element, wherever the split between the loops and the threads falls, has the bits of
   * Fn's scalar function (which FnTest holds to the float64 reference).
   */
  @Test
  void transcendentalsGiveTheScalarBitsInTheVectorLoopAndItsTail() {
    dev.nnc.ir.Graph g = new dev.nnc.ir.Graph();
    Node x = g.input("x", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
        List.of(dev.nnc.shape.Axis.of(dev.nnc.shape.Dim.symbol("B")))));
    List<Node> roots = List.of(g.exp(x), g.log(x), g.tanh(x), g.sigmoid(x), g.mul(g.tanh(g.exp(x)), g.sigmoid(g.neg(x))));
    int n = 1003;
    float[] xs = new float[n];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < n; i++) xs[i] = (float) ((random.nextDouble() - 0.5) * (i % 3 == 0 ? 250 : 20));
    float[] edges = {0f, -0f, Float.MIN_VALUE, 1e-40f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 89f, -104f};
    for (int k = 0; k < edges.length; k++) xs[100 * k + 3] = edges[k];
    List<float[]> got = new JvmDevice().compile(roots).run(Map.of("x", xs), Map.of("B", (long) n));
    List<java.util.function.IntFunction<Float>> want = List.of(i -> dev.nnc.runtime.jvm.Fn.exp(xs[i]),
        i -> dev.nnc.runtime.jvm.Fn.log(xs[i]), i -> dev.nnc.runtime.jvm.Fn.tanh(xs[i]), i -> dev.nnc.runtime.jvm.Fn.sigmoid(xs[i]),
        i -> dev.nnc.runtime.jvm.Fn.tanh(dev.nnc.runtime.jvm.Fn.exp(xs[i])) * dev.nnc.runtime.jvm.Fn.sigmoid(-xs[i]));
    for (int r = 0; r < roots.size(); r++) {
      for (int i = 0; i < n; i++) {
        int root = r, at = i;
        assertEquals(Float.floatToIntBits(want.get(r).apply(i)), Float.floatToIntBits(got.get(r)[i]),
            () -> roots.get(root).op().word() + " at " + at + " of x = " + xs[at]);
      }
    }
  }

  /**
   * Slices of a row (an LSTM's gates) and a bias broadcast over rows are read a vector at a
   * time when the rows are whole vectors (16 wide), and one at a time otherwise (5 wide); both
   * give the bits of the same arithmetic done element by element, at a batch size that makes
   * the threads' split fall inside rows.
   */
  @Test
  void slicesOfRowsAndBroadcastBiasesGiveTheElementwiseBits() {
    for (int h : new int[] {16, 5}) {
      dev.nnc.ir.Graph g = new dev.nnc.ir.Graph();
      dev.nnc.shape.Dim b = dev.nnc.shape.Dim.symbol("B"), w = dev.nnc.shape.Dim.of(h);
      Node gates = g.input("gates", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
          List.of(dev.nnc.shape.Axis.of(b), dev.nnc.shape.Axis.of(4L * h))));
      Node bias = g.input("bias", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32, List.of(dev.nnc.shape.Axis.of(w))));
      Node i = g.sigmoid(g.slice(gates, 1, dev.nnc.shape.Dim.of(0), w));
      Node c = g.tanh(g.slice(gates, 1, dev.nnc.shape.Dim.of(2L * h), w));
      Node out = g.add(g.mul(i, c), g.broadcast(bias, List.of(b, w)));
      int batch = 37;
      java.util.Random random = new java.util.Random(h);
      float[] x = new float[batch * 4 * h], beta = new float[h];
      for (int k = 0; k < x.length; k++) x[k] = (float) random.nextGaussian() * 3;
      for (int k = 0; k < h; k++) beta[k] = (float) random.nextGaussian();
      float[] got = new JvmDevice().compile(List.of(out)).run(Map.of("gates", x, "bias", beta), Map.of("B", (long) batch)).get(0);
      for (int r = 0; r < batch; r++) {
        for (int k = 0; k < h; k++) {
          float want = dev.nnc.runtime.jvm.Fn.sigmoid(x[r * 4 * h + k]) * dev.nnc.runtime.jvm.Fn.tanh(x[r * 4 * h + 2 * h + k]) + beta[k];
          int row = r, col = k;
          assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got[r * h + k]), () -> "width " + h + " at " + row + ", " + col);
        }
      }
    }
  }

  /**
   * A reduction over leading axes (a bias gradient) walks its input row by row, a block of
   * results at a time; each result still sums its elements in order in float64, so it has the
   * bits of that sum, across blocks (2,500 results: blocks of 1,024) and the threads' split,
   * with a prologue (x * x) and an epilogue (the negated sum), and so does a kept maximum.
   */
  @Test
  void reductionsOverLeadingAxesGiveTheBitsOfTheSumInOrder() {
    dev.nnc.ir.Graph g = new dev.nnc.ir.Graph();
    dev.nnc.shape.Dim b = dev.nnc.shape.Dim.symbol("B");
    int t = 3, n = 2500, batch = 7;
    Node x = g.input("x", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
        List.of(dev.nnc.shape.Axis.of(b), dev.nnc.shape.Axis.of(t), dev.nnc.shape.Axis.of(n))));
    Node sum = g.sum(g.mul(x, x), List.of(0, 1), false);
    List<Node> roots = List.of(sum, g.neg(sum), g.reduceMax(x, List.of(0), true));
    java.util.Random random = new java.util.Random(5);
    float[] xs = new float[batch * t * n];
    for (int k = 0; k < xs.length; k++) xs[k] = (float) (random.nextGaussian() * Math.exp(random.nextGaussian() * 3));
    List<float[]> got = new JvmDevice().compile(roots).run(Map.of("x", xs), Map.of("B", (long) batch));
    for (int o = 0; o < n; o++) {
      double acc = 0;
      for (int r = 0; r < batch * t; r++) acc += xs[r * n + o] * xs[r * n + o];
      int at = o;
      assertEquals(Float.floatToIntBits((float) acc), Float.floatToIntBits(got.get(0)[o]), () -> "sum at " + at);
      assertEquals(Float.floatToIntBits(-(float) acc), Float.floatToIntBits(got.get(1)[o]), () -> "its negation at " + at);
    }
    for (int o = 0; o < t * n; o++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < batch; r++) max = Math.max(max, xs[r * t * n + o]);
      int at = o;
      assertEquals(Float.floatToIntBits((float) max), Float.floatToIntBits(got.get(2)[o]), () -> "max at " + at);
    }
  }

  /**
   * The gradient of an LSTM's four gate slices, four pads along the last axis added, and one
   * time step of a sequence read through a slice and a reshape that drops its axis (what the
   * simplifier makes of {@code gx[:, t]}): a vector at a time where the rows, the margins and
   * the runs are whole vectors (16 wide), one element at a time otherwise (5 wide); both give
   * the bits of the same arithmetic element by element, at a batch that splits rows between
   * the threads.
   */
  @Test
  void padsAlongRowsAndOneStepOfASequenceGiveTheElementwiseBits() {
    for (int h : new int[] {16, 5}) {
      dev.nnc.ir.Graph g = new dev.nnc.ir.Graph();
      dev.nnc.shape.Dim b = dev.nnc.shape.Dim.symbol("B"), w = dev.nnc.shape.Dim.of(h);
      int t = 3, batch = 37;
      Node x = g.input("x", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
          List.of(dev.nnc.shape.Axis.of(b), dev.nnc.shape.Axis.of(t), dev.nnc.shape.Axis.of(4L * h))));
      List<Node> parts = new java.util.ArrayList<>();
      for (int k = 0; k < 4; k++) {
        parts.add(g.input("p" + k, new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
            List.of(dev.nnc.shape.Axis.of(b), dev.nnc.shape.Axis.of(w)))));
      }
      Node sum = null;
      for (int k : new int[] {2, 0, 1, 3}) {
        Node pad = g.pad(parts.get(k), 1, dev.nnc.shape.Dim.of((long) k * h), dev.nnc.shape.Dim.of((3L - k) * h), 0);
        sum = sum == null ? pad : g.add(sum, pad);
      }
      Node step = g.reshape(g.slice(x, 1, dev.nnc.shape.Dim.of(1), dev.nnc.shape.Dim.of(1)), List.of(b, dev.nnc.shape.Dim.of(4L * h)));
      Node out = g.mul(sum, g.sigmoid(step));
      java.util.Random random = new java.util.Random(h);
      Map<String, float[]> leaves = new java.util.HashMap<>();
      float[] xs = new float[batch * t * 4 * h];
      for (int k = 0; k < xs.length; k++) xs[k] = (float) random.nextGaussian() * 3;
      leaves.put("x", xs);
      float[][] ps = new float[4][batch * h];
      for (int k = 0; k < 4; k++) {
        for (int e = 0; e < ps[k].length; e++) ps[k][e] = (float) random.nextGaussian();
        leaves.put("p" + k, ps[k]);
      }
      float[] got = new JvmDevice().compile(List.of(out)).run(leaves, Map.of("B", (long) batch)).get(0);
      for (int r = 0; r < batch; r++) {
        for (int c = 0; c < 4 * h; c++) {
          float part = ps[c / h][r * h + c % h];
          float padded = c / h == 2 ? part : 0f; // in the order added: 2, 0, 1, 3
          padded = padded + (c / h == 0 ? part : 0f);
          padded = padded + (c / h == 1 ? part : 0f);
          padded = padded + (c / h == 3 ? part : 0f);
          float want = padded * dev.nnc.runtime.jvm.Fn.sigmoid(xs[(r * t + 1) * 4 * h + c]);
          int row = r, col = c;
          assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got[r * 4 * h + c]), () -> "width " + h + " at " + row + ", " + col);
        }
      }
    }
  }

  /**
   * A gather of one constant position on a middle axis (an unrolled scan's {@code gx[:, t]}),
   * at widths 32 and 5: the elements of that position, through sigmoid, with Fn's bits.
   */
  @Test
  void aGatherOfOneConstantPositionReadsThatPositionsRows() {
    for (int h : new int[] {32, 5}) {
      dev.nnc.ir.Graph g = new dev.nnc.ir.Graph();
      dev.nnc.shape.Dim b = dev.nnc.shape.Dim.symbol("B");
      int t = 3, batch = 37;
      Node x = g.input("x", new dev.nnc.shape.TensorType(dev.nnc.shape.DType.F32,
          List.of(dev.nnc.shape.Axis.of(b), dev.nnc.shape.Axis.of(t), dev.nnc.shape.Axis.of(h))));
      Node at = g.fill(2, new dev.nnc.shape.TensorType(dev.nnc.shape.DType.I32, List.of()));
      Node out = g.sigmoid(g.gather(x, at, 1));
      java.util.Random random = new java.util.Random(h);
      float[] xs = new float[batch * t * h];
      for (int k = 0; k < xs.length; k++) xs[k] = (float) random.nextGaussian() * 3;
      float[] got = new JvmDevice().compile(List.of(out)).run(Map.of("x", xs), Map.of("B", (long) batch)).get(0);
      for (int r = 0; r < batch; r++) {
        for (int k = 0; k < h; k++) {
          float want = dev.nnc.runtime.jvm.Fn.sigmoid(xs[(r * t + 2) * h + k]);
          int row = r, col = k;
          assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got[r * h + k]), () -> "width " + h + " at " + row + ", " + col);
        }
      }
    }
  }
}
