package dev.nnc.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PyTorch baseline for samples/fashion_mlp.nn: trains the same 784-256-256-10 network
 * (Linear + ReLU, cross-entropy, Adam with lr 1e-3) at batch 128 on random data, with PyTorch's
 * eager CPU kernels through DJL, and prints one JSON line with full training steps (forward,
 * backward, update) per second times the batch. A plain main rather than JMH: the figure is a
 * steady-state throughput, measured after a warm-up, over a fixed time.
 *
 * <p>Arguments: {@code [SECONDS [THREADS [WARMUP]]]}, the measured time (default 10) and PyTorch's
 * intra-op threads (default 2), and the warm-up before it (default 3 s).
 */
public final class TorchMlpBench {
  private static final int BATCH = 128;
  private static final int[] SIZES = {784, 256, 256, 10};
  private static final double LR = 1e-3, BETA1 = 0.9, BETA2 = 0.999, EPS = 1e-8;

  private TorchMlpBench() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 3;
    // Read when the engine starts: PyTorch comes from the native jar, never downloaded; DJL's
    // logging goes to SLF4J's no-op provider without SLF4J's warning that it found none.
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
      Mlp mlp = new Mlp(m);
      List<NDArray> xs = new ArrayList<>();
      List<NDArray> ys = new ArrayList<>();
      for (int i = 0; i < 16; i++) { // cycled, so data generation is not measured
        xs.add(m.randomUniform(0, 1, new Shape(BATCH, SIZES[0])));
        ys.add(m.randomInteger(0, SIZES[3], new Shape(BATCH, 1), DataType.INT64));
      }
      long steps = 0;
      long end = System.nanoTime() + (long) (warmup * 1e9);
      while (System.nanoTime() < end) mlp.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
      long measured = 0;
      long start = System.nanoTime();
      end = start + (long) (seconds * 1e9);
      long now;
      float loss;
      do {
        loss = mlp.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
        measured++;
        now = System.nanoTime();
      } while (now < end);
      if (!Float.isFinite(loss)) throw new IllegalStateException("the loss is " + loss);
      double samplesPerSecond = measured * (double) BATCH / ((now - start) / 1e9);
      System.out.printf(Locale.ROOT,
          "{\"impl\": \"pytorch\", \"model\": \"fashion_mlp\", \"batch\": %d, \"samples_per_second\": %.1f}%n",
          BATCH, samplesPerSecond);
    }
  }

  /** The network's parameters and Adam's states, updated in place. */
  private static final class Mlp {
    final List<NDArray> params = new ArrayList<>(); // fc1.weight, fc1.bias, fc2.weight, ...
    final List<NDArray> expAvg = new ArrayList<>();
    final List<NDArray> expAvgSq = new ArrayList<>();
    int t;

    Mlp(NDManager m) {
      for (int i = 0; i + 1 < SIZES.length; i++) {
        float bound = (float) (1 / Math.sqrt(SIZES[i])); // torch.nn.Linear's initialization
        params.add(m.randomUniform(-bound, bound, new Shape(SIZES[i + 1], SIZES[i])));
        params.add(m.randomUniform(-bound, bound, new Shape(SIZES[i + 1])));
      }
      for (NDArray p : params) {
        p.setRequiresGradient(true);
        expAvg.add(m.zeros(p.getShape()));
        expAvgSq.add(m.zeros(p.getShape()));
      }
    }

    /** One training step: forward, backward, Adam. Returns the loss before the update. */
    float step(Engine engine, NDArray x, NDArray y) {
      try (NDScope scope = new NDScope()) { // frees this step's temporaries
        scope.suppressNotUsedWarning();
        float loss;
        try (GradientCollector collector = engine.newGradientCollector()) {
          NDArray h = x;
          for (int i = 0; i < params.size(); i += 2) {
            h = h.matMul(params.get(i).transpose()).add(params.get(i + 1));
            if (i + 2 < params.size()) h = Activation.relu(h);
          }
          NDArray l = h.logSoftmax(-1).gather(y, 1).mean().neg(); // cross-entropy
          collector.backward(l);
          loss = l.getFloat();
        }
        // torch.optim.Adam's single-tensor update.
        t++;
        double bias1 = 1 - Math.pow(BETA1, t), bias2 = Math.sqrt(1 - Math.pow(BETA2, t));
        for (int i = 0; i < params.size(); i++) {
          NDArray p = params.get(i), g = p.getGradient();
          expAvg.get(i).muli(BETA1).addi(g.mul(1 - BETA1));
          expAvgSq.get(i).muli(BETA2).addi(g.square().muli(1 - BETA2));
          NDArray denom = expAvgSq.get(i).sqrt().divi(bias2).addi(EPS);
          p.subi(expAvg.get(i).div(denom).muli(LR / bias1));
          JniUtils.zeroGrad((PtNDArray) p);
        }
        return loss;
      }
    }
  }
}
