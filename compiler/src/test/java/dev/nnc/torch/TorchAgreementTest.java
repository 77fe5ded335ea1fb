package dev.nnc.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.GradientCollector;
import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.cli.Devices;
import dev.nnc.diag.Renderer;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.shape.Dim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One training step of nnc agrees with PyTorch, run through DJL: from nnc's initial parameters
 * and the same random batch, the loss, every parameter's gradient (PyTorch's autograd) and every
 * value the optimizer updates (parameters and optimizer states, the rule written with PyTorch
 * ops as torch.optim computes it) must match tensor by tensor, within {@link #TOLERANCE} of the
 * tensor's largest PyTorch magnitude.
 *
 * <p>The loss and the gradients are compared with PyTorch's own, but PyTorch applies the
 * optimizer's update to the gradients the device computed, so that the update rule is checked
 * exactly and the gradients independently. Adam's first step p - lr g / (|g| + eps) divides by
 * |g| + eps, which turns the float32 rounding of a gradient near zero (|g| ~ 1e-8) into a change
 * of up to lr, although the gradient itself agrees.
 */
class TorchAgreementTest {
  /** The devices whose step is compared with PyTorch. */
  private static final List<String> DEVICES = List.of("reference", "jvm");

  /** Per tensor: max |nnc - torch| / max(max |torch|, {@link #TINY}). */
  private static final double TOLERANCE = 1e-5;

  private static final double TINY = 1e-30;

  /**
   * The precision PyTorch computes in: float64, so that PyTorch's side is exact up to rounding
   * its results to float32 and a difference is nnc's.
   */
  private static final DataType TORCH_TYPE = DataType.FLOAT64;

  /** The same network as a model file, written with PyTorch ops: logits from parameters and inputs. */
  private interface Forward {
    NDArray logits(Map<String, NDArray> params, NDArray x);
  }

  /**
   * An optimizer as PyTorch computes it: from a parameter, its gradient and the current values of
   * everything (its states are {@code optimizer.<param>.<state>}), the next values of the
   * parameter and its states, by name.
   */
  private interface Update {
    Map<String, NDArray> apply(String param, NDArray p, NDArray g, Map<String, NDArray> now, int step);
  }

  /** A model of the test: where it is, the batch and number of classes to try it on, and PyTorch's version of it. */
  private record Case(String name, String file, int batch, int classes, Forward forward, Update update) {}

  private static final List<Case> CASES = List.of(
      new Case("fashion_mlp", "samples/fashion_mlp.nn", 16, 10,
          (p, x) -> linear(p, "fc3", relu(linear(p, "fc2", relu(linear(p, "fc1", x))))),
          adam(1e-3, 0.9, 0.999, 1e-8)),
      new Case("small_cnn", "compiler/src/test/resources/torch/small_cnn.nn", 8, 10,
          (p, x) -> {
            NDArray h = maxPool(relu(conv(p, "conv1", x, 1)));
            h = maxPool(relu(conv(p, "conv2", h, 0)));
            return linear(p, "fc", flatten(h));
          },
          adam(1e-3, 0.9, 0.999, 1e-8)),
      new Case("lenet5", "samples/lenet5.nn", 4, 10,
          (p, x) -> { // the train block's use_relu and use_max_pool: ReLUs and max pooling
            NDArray h = maxPool(relu(conv(p, "conv1", x, 2)));
            h = maxPool(relu(conv(p, "conv2", h, 0)));
            h = flatten(relu(conv(p, "conv3", h, 0)));
            return linear(p, "fc2", relu(linear(p, "fc1", h)));
          },
          // Adam at step 1, where the train block's cosine schedule is 1 - 5e-8 (total_steps 7035)
          adam(1e-3 * 0.5 * (1 + Math.cos(Math.PI / 7035)), 0.9, 0.999, 1e-8)),
      new Case("lstm_classifier", "samples/lstm_classifier.nn", 4, 10, // hidden 128 (the train block's default)
          (p, x) -> linear(p, "fc", lstmLast(p, "lstm", x)), // logits = fc(hs[:, -1])
          adam(1e-3, 0.9, 0.999, 1e-8)),
      new Case("transformer_block", "compiler/src/test/resources/torch/transformer_block.nn", 4, 10,
          (p, x) -> linear(p, "fc", flatten(preNormCausalBlock(p, "block", x, 2))),
          adam(1e-3, 0.9, 0.999, 1e-8)));

  @TestFactory
  Stream<DynamicTest> oneTrainingStepAgreesWithPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : CASES) {
      for (String device : DEVICES) {
        tests.add(DynamicTest.dynamicTest(c.name() + " on " + device, () -> check(c, device)));
      }
    }
    return tests.stream();
  }

  /** One step's results: the loss, the gradients and the next values, by name. */
  private record Results(double[] loss, Map<String, double[]> grads, Map<String, double[]> next) {}

  /** The initial values, the batch and the sizes a step runs on. */
  private record Batch(Map<String, float[]> leaves, Map<String, long[]> shapes, Map<String, Long> sizes) {}

  private static void check(Case c, String deviceName) throws IOException {
    Checker checker = new Checker();
    Path file = RepoRoot.resolve(c.file());
    Modules.Module module = checker.checkFile(file, c.file());
    Lower.Step step = Pipeline.standard().step(checker, module, null, 42);
    assertNotNull(step, () -> Renderer.raw(checker.diagnostics().sorted()));
    Batch batch = batch(c, step);
    Results nnc = runNnc(step, batch, deviceName);
    Results torch = runTorch(c, step, batch, nnc.grads());

    List<String> failures = new ArrayList<>();
    compare("loss", nnc.loss(), torch.loss(), failures);
    assertEquals(torch.grads().keySet(), nnc.grads().keySet(), "gradients");
    assertEquals(torch.next().keySet(), nnc.next().keySet(), "updated values");
    nnc.grads().forEach((name, v) -> compare("grad " + name, v, torch.grads().get(name), failures));
    nnc.next().forEach((name, v) -> compare("next " + name, v, torch.next().get(name), failures));
    if (!failures.isEmpty()) {
      fail(c.name() + " on " + deviceName + " disagrees with PyTorch (relative error > " + TOLERANCE + "):\n  "
          + String.join("\n  ", failures));
    }
  }

  /** nnc's initial values (rounded to float32, as a device keeps them), a random batch, step 1. */
  private static Batch batch(Case c, Lower.Step step) {
    Map<String, float[]> leaves = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    step.inits().forEach((name, node) -> {
      Array a = initial.get(node);
      leaves.put(name, toFloats(a.data()));
      shapes.put(name, a.shape());
    });
    Random random = new Random(c.name().hashCode());
    for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
      String name = in.getKey();
      if (name.equals("step")) {
        leaves.put(name, new float[] {1});
        continue;
      }
      long[] shape = new long[in.getValue().type().rank()];
      for (int i = 0; i < shape.length; i++) {
        Dim d = in.getValue().type().dim(i);
        if (d.isConstant()) {
          shape[i] = d.constant();
        } else {
          sizes.put(d.asSymbol(), (long) c.batch());
          shape[i] = c.batch();
        }
      }
      float[] v = new float[Math.toIntExact(count(shape))];
      for (int i = 0; i < v.length; i++) v[i] = name.equals("y") ? random.nextInt(c.classes()) : random.nextFloat();
      leaves.put(name, v);
      shapes.put(name, shape);
    }
    return new Batch(leaves, shapes, sizes);
  }

  private static Results runNnc(Lower.Step step, Batch batch, String deviceName) {
    Device device = Devices.byName(deviceName);
    assertNotNull(device, deviceName);
    List<Node> roots = new ArrayList<>();
    roots.add(step.loss());
    roots.addAll(step.grads().values());
    roots.addAll(step.next().values());
    Executable program = device.compile(roots);
    List<float[]> out = program.run(batch.leaves(), batch.sizes());
    int i = 0;
    double[] loss = toDoubles(out.get(i++));
    Map<String, double[]> grads = new LinkedHashMap<>();
    for (String name : step.grads().keySet()) grads.put(name, toDoubles(out.get(i++)));
    Map<String, double[]> next = new LinkedHashMap<>();
    for (String name : step.next().keySet()) next.put(name, toDoubles(out.get(i++)));
    return new Results(loss, grads, next);
  }

  /**
   * PyTorch's loss and gradients, and its optimizer update applied to {@code deviceGrads} (the
   * device's gradients, by parameter name) rather than to its own.
   */
  private static Results runTorch(Case c, Lower.Step step, Batch batch, Map<String, double[]> deviceGrads) {
    Engine engine = Engine.getEngine("PyTorch");
    try (NDManager m = engine.newBaseManager()) {
      Map<String, NDArray> now = new LinkedHashMap<>();
      for (String name : step.inits().keySet()) now.put(name, create(m, batch, name));
      for (String name : step.grads().keySet()) now.get(name).setRequiresGradient(true);
      NDArray x = create(m, batch, "x");
      float[] y = batch.leaves().get("y");
      long[] labels = new long[y.length];
      for (int i = 0; i < y.length; i++) labels[i] = (long) y[i];
      NDArray target = m.create(labels, new Shape(labels.length, 1));

      double[] loss;
      Map<String, NDArray> grads = new LinkedHashMap<>();
      try (GradientCollector collector = engine.newGradientCollector()) {
        NDArray logits = c.forward().logits(now, x);
        NDArray l = logits.logSoftmax(-1).gather(target, 1).mean().neg(); // CrossEntropyLoss
        collector.backward(l);
        loss = values(l);
        for (String name : step.grads().keySet()) grads.put(name, now.get(name).getGradient().duplicate());
      }
      int t = (int) batch.leaves().get("step")[0];
      Map<String, double[]> next = new LinkedHashMap<>();
      Map<String, double[]> gradValues = new LinkedHashMap<>();
      for (Map.Entry<String, NDArray> g : grads.entrySet()) {
        String param = g.getKey();
        gradValues.put(param, values(g.getValue()));
        double[] deviceGrad = deviceGrads.get(param);
        assertNotNull(deviceGrad, () -> "the device computed no gradient of " + param);
        NDArray p = now.get(param).stopGradient();
        assertEquals(p.size(), deviceGrad.length, () -> "values of the device's gradient of " + param);
        NDArray dg = m.create(deviceGrad, p.getShape()).toType(TORCH_TYPE, false);
        c.update().apply(param, p, dg, now, t).forEach((name, v) -> next.put(name, values(v)));
      }
      return new Results(loss, gradValues, next);
    }
  }

  // PyTorch's versions of the layers (torch.nn.functional).

  private static NDArray linear(Map<String, NDArray> p, String layer, NDArray x) {
    return x.matMul(p.get(layer + ".weight").transpose()).add(p.get(layer + ".bias"));
  }

  private static NDArray conv(Map<String, NDArray> p, String layer, NDArray x, int padding) {
    return Conv2d.conv2d(x, p.get(layer + ".weight"), p.get(layer + ".bias"), new Shape(1, 1),
        new Shape(padding, padding), new Shape(1, 1), 1).singletonOrThrow();
  }

  /**
   * std.rnn's LSTM (PyTorch's torch.nn.LSTM, one layer, batch-first) from h = c = 0 over
   * x [B, T, I], step by step; returns the last step's hidden state [B, H]. Gates [B, 4H] =
   * x_t W_ih^T + b_ih + h W_hh^T + b_hh, in the order i, f, g, o: c' = sigmoid(f) c +
   * sigmoid(i) tanh(g), h' = sigmoid(o) tanh(c').
   */
  private static NDArray lstmLast(Map<String, NDArray> p, String layer, NDArray x) {
    NDArray weightIh = p.get(layer + ".weight_ih"), weightHh = p.get(layer + ".weight_hh");
    NDArray biasIh = p.get(layer + ".bias_ih"), biasHh = p.get(layer + ".bias_hh");
    long batch = x.getShape().get(0), steps = x.getShape().get(1), hidden = weightHh.getShape().get(1);
    NDArray h = x.getManager().zeros(new Shape(batch, hidden), TORCH_TYPE);
    NDArray c = x.getManager().zeros(new Shape(batch, hidden), TORCH_TYPE);
    for (long t = 0; t < steps; t++) {
      NDArray gates = x.get(":, " + t + ", :").matMul(weightIh.transpose()).add(biasIh)
          .add(h.matMul(weightHh.transpose())).add(biasHh);
      NDList g = gates.split(4, 1); // i, f, g, o
      c = Activation.sigmoid(g.get(1)).mul(c).add(Activation.sigmoid(g.get(0)).mul(g.get(2).tanh()));
      h = Activation.sigmoid(g.get(3)).mul(c.tanh());
    }
    return h;
  }

  /**
   * std.attn's TransformerEncoderLayer with norm_first, causal, GELU and no dropout (PyTorch's
   * nn.TransformerEncoderLayer(norm_first=True, activation="gelu") called with is_causal=True), on
   * x [B, T, E]: h = x + out_proj(attention(norm1(x))), y = h + linear2(gelu(linear1(norm2(h)))).
   * The attention projects with in_proj_weight [3E, E] (rows W_q, W_k, W_v) and in_proj_bias,
   * splits E into heads, and takes softmax(q k^T / sqrt(E / heads) + mask) v with -inf above the
   * diagonal, as torch.nn.functional.scaled_dot_product_attention does.
   */
  private static NDArray preNormCausalBlock(Map<String, NDArray> p, String layer, NDArray x, int heads) {
    long b = x.getShape().get(0), t = x.getShape().get(1), e = x.getShape().get(2), d = e / heads;
    NDArray qkv = layerNorm(p, layer + ".norm1", x).matMul(p.get(layer + ".self_attn.in_proj_weight").transpose())
        .add(p.get(layer + ".self_attn.in_proj_bias"));
    NDList parts = qkv.split(3, 2); // q, k, v: [B, T, E] each
    NDArray q = parts.get(0).reshape(b, t, heads, d).transpose(0, 2, 1, 3);
    NDArray k = parts.get(1).reshape(b, t, heads, d).transpose(0, 2, 1, 3);
    NDArray v = parts.get(2).reshape(b, t, heads, d).transpose(0, 2, 1, 3);
    double[] mask = new double[Math.toIntExact(t * t)];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) mask[Math.toIntExact(i * t + j)] = j <= i ? 0 : Double.NEGATIVE_INFINITY;
    }
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(d))
        .add(x.getManager().create(mask, new Shape(t, t)));
    NDArray o = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, e);
    NDArray h = x.add(linear(p, layer + ".self_attn.out_proj", o));
    NDArray f = linear(p, layer + ".linear1", layerNorm(p, layer + ".norm2", h));
    NDArray gelu = f.mul(0.5).mul(f.div(Math.sqrt(2)).erf().add(1)); // exact GELU: x Phi(x)
    return h.add(linear(p, layer + ".linear2", gelu));
  }

  /** torch.nn.LayerNorm over the last axis, eps 1e-5: (x - mean) / sqrt(var + eps) * weight + bias, biased variance. */
  private static NDArray layerNorm(Map<String, NDArray> p, String layer, NDArray x) {
    NDArray xc = x.sub(x.mean(new int[] {-1}, true));
    NDArray var = xc.mul(xc).mean(new int[] {-1}, true);
    return xc.div(var.add(1e-5).sqrt()).mul(p.get(layer + ".weight")).add(p.get(layer + ".bias"));
  }

  private static NDArray relu(NDArray x) {
    return Activation.relu(x);
  }

  private static NDArray maxPool(NDArray x) {
    return Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
  }

  private static NDArray avgPool(NDArray x) {
    return Pool.avgPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
  }

  private static NDArray flatten(NDArray x) {
    return x.reshape(x.getShape().get(0), -1);
  }

  // The optimizers as torch.optim computes them (single-tensor, no weight decay).

  /**
   * torch.optim.Adam: m' = b1 m + (1 - b1) g, v' = b2 v + (1 - b2) g^2,
   * p' = p - (lr / (1 - b1^t)) m' / (sqrt(v') / sqrt(1 - b2^t) + eps).
   */
  private static Update adam(double lr, double beta1, double beta2, double eps) {
    return (param, p, g, now, t) -> {
      String m = "optimizer." + param + ".exp_avg", v = "optimizer." + param + ".exp_avg_sq";
      NDArray m1 = now.get(m).mul(beta1).add(g.mul(1 - beta1));
      NDArray v1 = now.get(v).mul(beta2).add(g.mul(g).mul(1 - beta2));
      double bias1 = 1 - Math.pow(beta1, t), bias2 = 1 - Math.pow(beta2, t);
      NDArray denom = v1.sqrt().div(Math.sqrt(bias2)).add(eps);
      return Map.of(param, p.sub(m1.div(denom).mul(lr / bias1)), m, m1, v, v1);
    };
  }

  /** torch.optim.SGD with momentum (no dampening): v' = mu v + g, p' = p - lr v'. */
  private static Update momentum(double lr, double mu) {
    return (param, p, g, now, t) -> {
      String v = "optimizer." + param + ".velocity";
      NDArray v1 = now.get(v).mul(mu).add(g);
      return Map.of(param, p.sub(v1.mul(lr)), v, v1);
    };
  }

  // Comparison and conversions.

  /** Adds a line to failures when the relative error is over the tolerance. */
  private static void compare(String what, double[] nnc, double[] torch, List<String> failures) {
    if (nnc.length != torch.length) {
      failures.add(what + ": nnc has " + nnc.length + " values, PyTorch " + torch.length);
      return;
    }
    double scale = 0, worst = -1;
    int at = 0;
    for (double t : torch) scale = Math.max(scale, Math.abs(t));
    for (int i = 0; i < nnc.length; i++) {
      double d = Math.abs(nnc[i] - torch[i]);
      if (!(d <= worst)) { // NaN counts as the worst
        worst = d;
        at = i;
      }
    }
    double error = worst / Math.max(scale, TINY);
    if (!(error <= TOLERANCE)) {
      failures.add(String.format(Locale.ROOT, "%s: relative error %.3e (at index %d: nnc %s, torch %s; max |torch| %s)",
          what, error, at, nnc[at], torch[at], scale));
    }
  }

  private static NDArray create(NDManager m, Batch batch, String name) {
    return m.create(batch.leaves().get(name), new Shape(batch.shapes().get(name))).toType(TORCH_TYPE, false);
  }

  private static double[] values(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }

  private static long count(long[] shape) {
    long n = 1;
    for (long d : shape) n *= d;
    return n;
  }

  private static float[] toFloats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
    return f;
  }

  private static double[] toDoubles(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < d.length; i++) d[i] = f[i];
    return d;
  }
}
