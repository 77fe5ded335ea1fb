package dev.nnc.spark;

import dev.nnc.ir.Node;
import dev.nnc.runtime.train.Trainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples as the training loop takes them ({@link Trainer.Data}), for the data-parallel layout:
 * the data set's row {@code i} (counted from 0 in the Dataset's order) belongs to task
 * {@code i mod N} as its local row {@code i / N}. Every task holds the same number of local rows
 * and draws the same seeded batches of local rows, so the global batch of a step is, task by
 * task, the rows {@code r * N + t} for each local row {@code r} of the batch.
 *
 * <p>{@link #local} is a task's shard; {@link #global} is the whole data set seen through the
 * same batches, every task's rows of a step in one batch in task order: the single-process run
 * that the data-parallel one must equal.
 */
final class Shard implements Trainer.Data {
  private final Map<String, float[]> fields;
  private final Map<String, Integer> perSample;
  private final Map<String, Node> inputs;
  private final int size, tasks;

  private Shard(Map<String, float[]> fields, Map<String, Integer> perSample, Map<String, Node> inputs, int size, int tasks) {
    this.fields = fields;
    this.perSample = perSample;
    this.inputs = inputs;
    this.size = size;
    this.tasks = tasks;
  }

  /** A task's local rows: each field's values of its samples back to back, {@code size} samples. */
  static Shard local(Compiled c, Map<String, float[]> fields, int size) {
    return new Shard(fields, c.perSample, c.step.inputs(), size, 1);
  }

  /** The whole data set ({@code tasks * size} samples in Dataset order) batched as {@code tasks} tasks batch it together. */
  static Shard global(Compiled c, Map<String, float[]> fields, int size, int tasks) {
    return new Shard(fields, c.perSample, c.step.inputs(), size, tasks);
  }

  @Override public int size() {
    return size;
  }

  @Override public boolean batched() {
    return true;
  }

  @Override public Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
    int n = rows.length * tasks;
    Map<String, float[]> out = new LinkedHashMap<>();
    perSample.forEach((name, per) -> {
      float[] all = fields.get(name), v = new float[n * per];
      int k = 0;
      for (int t = 0; t < tasks; t++) {
        for (int r : rows) System.arraycopy(all, (r * tasks + t) * per, v, k++ * per, per);
      }
      out.put(name, v);
      String symbol = inputs.get(name).type().dim(0).asSymbol();
      if (symbol != null) sizes.put(symbol, (long) n);
    });
    return out;
  }

  /** The fields the step reads, in its order. */
  static List<String> fieldNames(Compiled c) {
    return List.copyOf(c.perSample.keySet());
  }
}
