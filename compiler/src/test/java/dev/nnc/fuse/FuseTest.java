package dev.nnc.fuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.opt.Simplify;
import dev.nnc.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Kernel counts of fused training steps, with a numeric check beside them: running the
 * kernels one by one, each from only the values it reads, gives the step's results.
 */
class FuseTest {
  /** A sample's training step, simplified and fused. */
  record Fused(Lower.Step step, List<Node> roots, List<Fuse.Kernel> kernels) {}

  static Fused fuse(String sample) throws IOException {
    return fuse(sample, false);
  }

  /** As {@link #fuse(String)}; with {@code rows}, as the OpenCL backend fuses (passes over a reduction's rows). */
  static Fused fuse(String sample, boolean rows) throws IOException {
    Checker checker = new Checker();
    Path file = RepoRoot.get().resolve("samples").resolve(sample + ".nn");
    Modules.Module m = checker.checkFile(file, sample + ".nn");
    Lower.Step step = Pipeline.standard().step(checker, m, null, 3);
    assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
    List<Node> roots = new ArrayList<>();
    roots.add(step.loss());
    roots.addAll(step.next().values());
    int end = roots.size();
    roots.addAll(step.grads().values());
    List<Node> simple = Simplify.run(step.graph(), roots).roots();
    Set<Node> update = new HashSet<>(simple.subList(1, end));
    Set<Node> grads = new HashSet<>(simple.subList(end, simple.size()));
    List<Node> program = simple.subList(0, end);
    return new Fused(step, program, Fuse.run(program, update, grads, rows));
  }

  private static long count(List<Fuse.Kernel> kernels, Fuse.Kind kind) {
    return kernels.stream().filter(k -> k.kind() == kind).count();
  }

  private static List<String> ops(Fuse.Kernel k) {
    return k.nodes().stream().map(n -> n.op().word()).toList();
  }

  @Test
  void theWorkedExampleTrainsInFourteenKernels() throws IOException {
    List<Fuse.Kernel> k = fuse("worked_221").kernels();
    // 15: the second layer's weight gradient is a product whose transpose (to PyTorch's
    // [out, in] layout) reads other elements of a square result, so it is a kernel of its own.
    assertEquals(15, k.size());
    assertEquals(5, count(k, Fuse.Kind.MATMUL));
    assertEquals(1, count(k, Fuse.Kind.UPDATE)); // SGD of all four parameters
    // The hidden layer: matmul with the bias, the ReLU and the ReLU's derivative mask as its epilogue.
    assertEquals(List.of("matmul", "add", "max", "ge"), ops(k.get(0)));
  }

  @Test
  void theMlpFusesEachLayersBiasAndActivationAndUpdatesInOneKernel() throws IOException {
    List<Fuse.Kernel> k = fuse("fashion_mlp").kernels();
    // with the transpose of the square 256x256 weight gradient on its own; the one-hot of the
    // labels (eq) is computed in the prologue of the reduction that reads it first; the labels
    // are read through a gather from 0..9 (a kernel of its own, with the one ahead of it), which
    // checks each against the classes
    assertEquals(32, k.size());
    assertEquals(8, count(k, Fuse.Kind.MATMUL));
    assertEquals(1, count(k, Fuse.Kind.UPDATE)); // Adam on six parameters
    assertEquals(2, k.stream().filter(x -> ops(x).equals(List.of("matmul", "add", "max", "ge"))).count());
  }

  @Test
  void eachLstmStepComputesItsFourGatesInOneKernel() throws IOException {
    List<Fuse.Kernel> k = fuse("lstm_rows").kernels();
    assertTrue(Fuse.ordered(k));
    // The gates i, f, g, o are four slices of the step's pre-activations: one kernel a step (28
    // rows) computes all of them, the new cell and the new state, not one kernel per slice.
    List<Fuse.Kernel> gates = k.stream().filter(x -> ops(x).contains("sigmoid")).toList();
    assertEquals(28, gates.size());
    for (Fuse.Kernel g : gates) {
      assertEquals(3, ops(g).stream().filter("sigmoid"::equals).count(), () -> ops(g).toString());
      assertEquals(2, ops(g).stream().filter("tanh"::equals).count(), () -> ops(g).toString());
    }
  }

  /**
   * With rows, the cross-entropy's log-softmax (a maximum, a sum of exponentials, its log, the
   * subtraction) is one kernel, and so is its gradient's softmax: 4 kernels fewer than apart.
   */
  @Test
  void withRowsTheLogSoftmaxIsOneKernel() throws IOException {
    List<Fuse.Kernel> k = fuse("fashion_mlp", true).kernels();
    assertTrue(Fuse.ordered(k));
    assertEquals(28, k.size());
    Fuse.Kernel max = k.stream().filter(x -> ops(x).contains("reduce_max")).findFirst().orElseThrow();
    assertEquals(List.of("reduce_max", "stop_gradient", "broadcast", "sub", "exp", "sum", "log", "broadcast", "sub"), ops(max));
  }

  /** With rows, each layer norm (a mean, the variance of the centred rows, the normalised rows) is one kernel. */
  @Test
  void withRowsEachLayerNormIsOneKernel() throws IOException {
    Fused apart = fuse("transformer_encoder"), rows = fuse("transformer_encoder", true);
    assertTrue(Fuse.ordered(rows.kernels()));
    // the forward pass's five layer norms (two in each of the two layers, one after them): each
    // the mean, the variance and the normalised rows, scaled and shifted
    List<String> norm = List.of("sum", "div", "broadcast", "sub", "mul", "sum", "div", "add", "sqrt", "recip", "broadcast", "mul",
        "mul", "add");
    long norms = rows.kernels().stream().filter(x -> ops(x).size() >= norm.size() && ops(x).subList(0, norm.size()).equals(norm)).count();
    assertEquals(5, norms, () -> rows.kernels().stream().map(FuseTest::ops).toList().toString());
    assertTrue(rows.kernels().size() < apart.kernels().size(), rows.kernels().size() + " kernels, apart " + apart.kernels().size());
  }

  /** Every sample that trains with an optimizer, fused apart and with rows: kernels in a valid order, and the numbers agree. */
  @TestFactory
  Stream<DynamicTest> kernelByKernelEqualsTheWholeProgram() {
    return Stream.of("worked_221", "linear_regression", "fashion_mlp", "lenet5", "vae", "gcn", "lstm_rows",
            "transformer_encoder+rows", "fashion_mlp+rows", "char_gpt+rows", "gat_sbm+rows")
        .map(test -> DynamicTest.dynamicTest(test, () -> {
          String s = test.replace("+rows", "");
          Fused f = fuse(s, test.endsWith("+rows"));
          assertTrue(Fuse.ordered(f.kernels()), s + ": a kernel reads a value computed after it");
          Map<String, Long> sizes = Map.of("B", 3L, "N", 5L, "T", 4L);
          Map<String, Array> leaves = new HashMap<>();
          Random random = new Random(11);
          Map<Node, Array> initial = Reference.run(List.copyOf(f.step().inits().values()), Map.of(), Map.of());
          f.step().inits().forEach((name, node) -> leaves.put(name, initial.get(node)));
          for (Map.Entry<String, Node> in : f.step().inputs().entrySet()) {
            long[] shape = Array.shapeOf(in.getValue().type(), sizes);
            double[] v = new double[Math.toIntExact(Array.size(shape))];
            for (int i = 0; i < v.length; i++) {
              v[i] = in.getValue().type().dtype().isFloat() ? random.nextGaussian() : in.getKey().equals("step") ? 1 : random.nextInt(2);
            }
            leaves.put(in.getKey(), new Array(shape, v));
          }
          Map<Node, Array> whole = Reference.run(f.roots(), leaves, sizes);
          Map<Node, Array> computed = new HashMap<>();
          Map<String, Long> running = new HashMap<>(sizes);
          for (Fuse.Kernel k : f.kernels()) {
            Map<Node, Array> given = new HashMap<>();
            for (Node in : k.inputs()) {
              Array v = computed.get(in);
              if (v == null) v = Reference.run(List.of(in), leaves, sizes).get(in); // a leaf
              given.put(in, v);
            }
            Map<Node, Array> out = Reference.run(k.outputs(), leaves, running, given);
            for (Node o : k.outputs()) computed.put(o, out.get(o));
          }
          for (Node root : f.roots()) {
            assertArrayEquals(whole.get(root).data(), computed.get(root).data(), 1e-12, s + ": " + root.op().word());
          }
        }));
  }
}
