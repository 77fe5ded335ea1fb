package dev.nnc.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PyTorch baseline for the convolutional bench models (the bench-models folder's cnn.nn and
 * lenet.nn): trains the same network at batch 128 on random 1x28x28 images with PyTorch's eager
 * CPU kernels through DJL, and prints one JSON line as {@link TorchMlpBench} does.
 *
 * <ul>
 *   <li>{@code cnn}: conv3x3 1->32 p1, ReLU, maxpool2, conv3x3 32->64 p1, ReLU, maxpool2,
 *       fc 3136->128, ReLU, fc 10; Adam, lr 1e-3.
 *   <li>{@code lenet}: conv5x5 1->6 p2, ReLU, avgpool2, conv5x5 6->16, ReLU, avgpool2, fc
 *       400->120, ReLU, fc 84, ReLU, fc 10; SGD with classic momentum 0.9, lr 0.01.
 * </ul>
 *
 * <p>Arguments: {@code MODEL [SECONDS [THREADS [WARMUP]]]}, the model, the measured time (default 10) and
 * PyTorch's intra-op threads (default 2), and the warm-up before it (default 3 s).
 */
public final class TorchConvBench {
  private static final int BATCH = 128;

  private TorchConvBench() {}

  public static void main(String[] args) {
    if (args.length < 1 || !(args[0].equals("cnn") || args[0].equals("lenet"))) {
      throw new IllegalArgumentException("usage: TorchConvBench cnn|lenet [SECONDS [THREADS]]");
    }
    boolean cnn = args[0].equals("cnn");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 3;
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    Engine engine = Engine.getEngine("PyTorch");
    if (JniUtils.getNumThreads() != threads) {
      throw new IllegalStateException("PyTorch runs " + JniUtils.getNumThreads() + " threads, not " + threads);
    }
    engine.setRandomSeed(42);
    try (NDManager m = engine.newBaseManager()) {
      Net net = new Net(m, cnn);
      List<NDArray> xs = new ArrayList<>();
      List<NDArray> ys = new ArrayList<>();
      for (int i = 0; i < 16; i++) { // cycled, so data generation is not measured
        xs.add(m.randomUniform(0, 1, new Shape(BATCH, 1, 28, 28)));
        ys.add(m.randomInteger(0, 10, new Shape(BATCH, 1), DataType.INT64));
      }
      long steps = 0;
      long end = System.nanoTime() + (long) (warmup * 1e9);
      while (System.nanoTime() < end) net.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
      long measured = 0;
      long start = System.nanoTime();
      end = start + (long) (seconds * 1e9);
      long now;
      float loss;
      do {
        loss = net.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
        measured++;
        now = System.nanoTime();
      } while (now < end);
      if (!Float.isFinite(loss)) throw new IllegalStateException("the loss is " + loss);
      double samplesPerSecond = measured * (double) BATCH / ((now - start) / 1e9);
      System.out.printf(Locale.ROOT,
          "{\"impl\": \"pytorch\", \"model\": \"%s\", \"batch\": %d, \"samples_per_second\": %.1f}%n",
          args[0], BATCH, samplesPerSecond);
    }
  }

  /** The network's parameters (weights and biases of each layer in order) and its optimizer's states. */
  private static final class Net {
    final boolean cnn;
    final List<NDArray> params = new ArrayList<>();
    final List<NDArray> first = new ArrayList<>(); // Adam's first moments, or the momentum buffers
    final List<NDArray> second = new ArrayList<>(); // Adam's second moments
    int t;

    Net(NDManager m, boolean cnn) {
      this.cnn = cnn;
      if (cnn) {
        conv(m, 32, 1, 3);
        conv(m, 64, 32, 3);
        linear(m, 128, 64 * 7 * 7);
        linear(m, 10, 128);
      } else {
        conv(m, 6, 1, 5);
        conv(m, 16, 6, 5);
        linear(m, 120, 16 * 5 * 5);
        linear(m, 84, 120);
        linear(m, 10, 84);
      }
      for (NDArray p : params) {
        p.setRequiresGradient(true);
        first.add(m.zeros(p.getShape()));
        second.add(m.zeros(p.getShape()));
      }
    }

    /** torch.nn.Conv2d's and Linear's initialization bound, 1 / sqrt(fan in). */
    private void conv(NDManager m, int out, int in, int k) {
      float bound = (float) (1 / Math.sqrt(in * k * k));
      params.add(m.randomUniform(-bound, bound, new Shape(out, in, k, k)));
      params.add(m.randomUniform(-bound, bound, new Shape(out)));
    }

    private void linear(NDManager m, int out, int in) {
      float bound = (float) (1 / Math.sqrt(in));
      params.add(m.randomUniform(-bound, bound, new Shape(out, in)));
      params.add(m.randomUniform(-bound, bound, new Shape(out)));
    }

    private NDArray forward(NDArray x) {
      Shape two = new Shape(2, 2), none = new Shape(0, 0), one = new Shape(1, 1);
      int pad = cnn ? 1 : 2;
      NDArray h = Conv2d.conv2d(x, params.get(0), params.get(1), one, new Shape(pad, pad), one, 1).singletonOrThrow();
      h = Activation.relu(h);
      h = cnn ? Pool.maxPool2d(h, two, two, none, false) : Pool.avgPool2d(h, two, two, none, false, true);
      h = Conv2d.conv2d(h, params.get(2), params.get(3), one, cnn ? one : none, one, 1).singletonOrThrow();
      h = Activation.relu(h);
      h = cnn ? Pool.maxPool2d(h, two, two, none, false) : Pool.avgPool2d(h, two, two, none, false, true);
      h = h.reshape(h.getShape().get(0), -1);
      for (int i = 4; i < params.size(); i += 2) {
        h = h.matMul(params.get(i).transpose()).add(params.get(i + 1));
        if (i + 2 < params.size()) h = Activation.relu(h);
      }
      return h;
    }

    /** One training step: forward, backward, update. Returns the loss before the update. */
    float step(Engine engine, NDArray x, NDArray y) {
      try (NDScope scope = new NDScope()) { // frees this step's temporaries
        scope.suppressNotUsedWarning();
        float loss;
        try (GradientCollector collector = engine.newGradientCollector()) {
          NDArray l = forward(x).logSoftmax(-1).gather(y, 1).mean().neg(); // cross-entropy
          collector.backward(l);
          loss = l.getFloat();
        }
        t++;
        for (int i = 0; i < params.size(); i++) {
          NDArray p = params.get(i), g = p.getGradient();
          if (cnn) { // torch.optim.Adam's single-tensor update, lr 1e-3
            double bias1 = 1 - Math.pow(0.9, t), bias2 = Math.sqrt(1 - Math.pow(0.999, t));
            first.get(i).muli(0.9).addi(g.mul(0.1));
            second.get(i).muli(0.999).addi(g.square().muli(0.001));
            NDArray denom = second.get(i).sqrt().divi(bias2).addi(1e-8);
            p.subi(first.get(i).div(denom).muli(1e-3 / bias1));
          } else { // torch.optim.SGD with momentum 0.9: buf = 0.9 buf + g, p -= 0.01 buf
            first.get(i).muli(0.9).addi(g);
            p.subi(first.get(i).mul(0.01));
          }
          JniUtils.zeroGrad((PtNDArray) p);
        }
        return loss;
      }
    }
  }
}
