package dev.nnc.spark;

import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.Gradients;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A replica's split step whose gradients are averaged over every replica between the gradient
 * program and the update: each replica's gradients (and its loss) go out as one message, every
 * replica gets all of them in task order ({@link Exchange}: Spark's barrier {@code allGather}),
 * and each sums them in that order and divides by the number of replicas. The sum runs in the
 * same order on every replica, so every replica applies the same update to the same state and
 * the replicas stay identical bit for bit. The step's loss is the mean of the replicas' losses,
 * so every replica's loop sees the same loss (and stops together when it is not a number).
 */
final class Reduced implements BoundStep {
  /** Every replica's message, in task order, once every replica has sent its own. */
  @FunctionalInterface
  interface Exchange {
    String[] allGather(String message, long step);
  }

  private final GradientStep step;
  private final Exchange exchange;
  private double loss;
  private long reduceNanos, gatherNanos;

  Reduced(GradientStep step, Exchange exchange) {
    this.step = step;
    this.exchange = exchange;
    step.between(this::reduce);
  }

  private void reduce(Gradients g, double local, long at) {
    long started = System.nanoTime();
    List<String> names = g.names();
    int floats = 0;
    for (String n : names) floats += g.length(n);
    ByteBuffer out = ByteBuffer.allocate(8 + 4 * floats).order(ByteOrder.LITTLE_ENDIAN);
    out.putDouble(local);
    FloatBuffer values = out.asFloatBuffer(); // from byte 8, little-endian: bulk copies, not a call a float
    float[][] mine = new float[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      mine[i] = new float[g.length(names.get(i))];
      g.read(names.get(i), mine[i]);
      values.put(mine[i]);
    }
    String message = Base64.getEncoder().encodeToString(out.array());
    long sent = System.nanoTime();
    String[] all = exchange.allGather(message, at);
    gatherNanos += System.nanoTime() - sent;
    float[][] sum = new float[names.size()][];
    for (int i = 0; i < sum.length; i++) sum[i] = new float[mine[i].length];
    double losses = 0;
    for (String m : all) {
      ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(m)).order(ByteOrder.LITTLE_ENDIAN);
      if (in.remaining() != 8 + 4 * floats) throw new IllegalStateException("a replica sent " + in.remaining() + " bytes of gradients, not " + (8 + 4 * floats));
      losses += in.getDouble();
      FloatBuffer theirs = in.asFloatBuffer();
      for (int i = 0; i < sum.length; i++) {
        float[] s = sum[i], v = mine[i]; // this replica's own gradient is already read: its array takes the message's values
        theirs.get(v);
        for (int j = 0; j < s.length; j++) s[j] += v[j];
      }
    }
    int n = all.length;
    for (int i = 0; i < sum.length; i++) {
      for (int j = 0; j < sum[i].length; j++) sum[i][j] /= n;
      g.write(names.get(i), sum[i]);
    }
    loss = losses / n;
    reduceNanos += System.nanoTime() - started;
  }

  /** Seconds spent in the reduction so far: all of it (encoding, exchange, sum) and the exchange alone (waiting for every replica included). */
  double[] seconds() {
    return new double[] {reduceNanos / 1e9, gatherNanos / 1e9};
  }

  @Override public List<String> stateNames() {
    return step.stateNames();
  }

  @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long at) {
    step.step(batch, sizes, at);
    return loss;
  }

  @Override public void read(Map<String, float[]> into) {
    step.read(into);
  }

  @Override public void write(Map<String, float[]> from) {
    step.write(from);
  }

  @Override public void close() {
    step.close();
  }
}
