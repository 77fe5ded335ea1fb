package dev.nnc.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PyTorch baseline for the bench LSTM (the course's bench models, {@code lstm.nn}; the
 * same network as samples/lstm_rows.nn): the 28 rows of an image as 28 steps of 28 features
 * through PyTorch's one-layer LSTM(28, 128) (torch.nn.LSTM's kernel, batch first, from
 * h = c = 0), the last state through Linear(128, 10), cross-entropy, Adam with lr 1e-3, at
 * batch 128 on random data, with PyTorch's eager CPU kernels through DJL. Prints one JSON line
 * as {@link TorchMlpBench} does, after the same warm-up.
 *
 * <p>Arguments: {@code [SECONDS [THREADS [WARMUP]]]}, the measured time (default 10) and PyTorch's
 * intra-op threads (default 2), and the warm-up before it (default 3 s).
 */
public final class TorchLstmBench {
  private static final int BATCH = 128, STEPS = 28, FEATURES = 28, HIDDEN = 128, CLASSES = 10;
  private static final double LR = 1e-3, BETA1 = 0.9, BETA2 = 0.999, EPS = 1e-8;

  private TorchLstmBench() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 3;
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
      Lstm lstm = new Lstm(m);
      List<NDArray> xs = new ArrayList<>();
      List<NDArray> ys = new ArrayList<>();
      for (int i = 0; i < 16; i++) { // cycled, so data generation is not measured
        xs.add(m.randomUniform(0, 1, new Shape(BATCH, STEPS, FEATURES)));
        ys.add(m.randomInteger(0, CLASSES, new Shape(BATCH, 1), DataType.INT64));
      }
      long steps = 0;
      long end = System.nanoTime() + (long) (warmup * 1e9);
      while (System.nanoTime() < end) lstm.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
      long measured = 0;
      long start = System.nanoTime();
      end = start + (long) (seconds * 1e9);
      long now;
      float loss;
      do {
        loss = lstm.step(engine, xs.get((int) (steps % 16)), ys.get((int) (steps++ % 16)));
        measured++;
        now = System.nanoTime();
      } while (now < end);
      if (!Float.isFinite(loss)) throw new IllegalStateException("the loss is " + loss);
      double samplesPerSecond = measured * (double) BATCH / ((now - start) / 1e9);
      System.out.printf(Locale.ROOT,
          "{\"impl\": \"pytorch\", \"model\": \"lstm\", \"batch\": %d, \"samples_per_second\": %.1f}%n",
          BATCH, samplesPerSecond);
    }
  }

  /** The network's parameters (PyTorch's names and layouts) and Adam's states, updated in place. */
  private static final class Lstm {
    final List<NDArray> params = new ArrayList<>(); // weight_ih, weight_hh, bias_ih, bias_hh, fc.weight, fc.bias
    final List<NDArray> expAvg = new ArrayList<>();
    final List<NDArray> expAvgSq = new ArrayList<>();
    final NDArray h0, c0;
    int t;

    Lstm(NDManager m) {
      float bound = (float) (1 / Math.sqrt(HIDDEN)); // torch.nn.LSTM's and Linear(128, 10)'s initialization
      params.add(m.randomUniform(-bound, bound, new Shape(4 * HIDDEN, FEATURES)));
      params.add(m.randomUniform(-bound, bound, new Shape(4 * HIDDEN, HIDDEN)));
      params.add(m.randomUniform(-bound, bound, new Shape(4 * HIDDEN)));
      params.add(m.randomUniform(-bound, bound, new Shape(4 * HIDDEN)));
      params.add(m.randomUniform(-bound, bound, new Shape(CLASSES, HIDDEN)));
      params.add(m.randomUniform(-bound, bound, new Shape(CLASSES)));
      for (NDArray p : params) {
        p.setRequiresGradient(true);
        expAvg.add(m.zeros(p.getShape()));
        expAvgSq.add(m.zeros(p.getShape()));
      }
      h0 = m.zeros(new Shape(1, BATCH, HIDDEN));
      c0 = m.zeros(new Shape(1, BATCH, HIDDEN));
    }

    /** One training step: forward, backward, Adam. Returns the loss before the update. */
    float step(Engine engine, NDArray x, NDArray y) {
      try (NDScope scope = new NDScope()) { // frees this step's temporaries
        scope.suppressNotUsedWarning();
        float loss;
        try (GradientCollector collector = engine.newGradientCollector()) {
          NDList out = x.getNDArrayInternal().lstm(x, new NDList(h0, c0), new NDList(params.subList(0, 4)),
              true, 1, 0, true, false, true);
          NDArray last = out.get(1).reshape(BATCH, HIDDEN); // h_n of the one layer
          NDArray logits = last.matMul(params.get(4).transpose()).add(params.get(5));
          NDArray l = logits.logSoftmax(-1).gather(y, 1).mean().neg(); // cross-entropy
          collector.backward(l);
          loss = l.getFloat();
        }
        // torch.optim.Adam's single-tensor update, as TorchMlpBench's.
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
