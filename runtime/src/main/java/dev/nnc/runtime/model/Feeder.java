package dev.nnc.runtime.model;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.train.Trainer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set as a program takes it: the fields its inputs name, each converted to float32 once,
 * cut into batches of rows that bind the inputs' symbolic sizes. A graph data set is one whole
 * batch.
 */
final class Feeder implements Trainer.Data {
  private final DataSet data;
  private final List<Field> inputs;
  private final Map<String, float[]> fields = new HashMap<>();

  /** Checks that the data holds every input with as many values per sample as its type. */
  Feeder(String model, DataSet data, List<Field> inputs) {
    this.data = data;
    this.inputs = List.copyOf(inputs);
    for (Field in : this.inputs) {
      String name = in.name();
      if (!data.fields().containsKey(name)) {
        throw new DataException("data set `" + data.name() + "` has no field `" + name + "` for the input of model " + model
            + "; its fields are " + String.join(", ", data.fields().keySet()));
      }
      if (!data.isBatched() || in.rank() == 0) continue;
      long per = in.perSample();
      int found = data.field(name).rowSize();
      if (per >= 0 && found != per) {
        throw new DataException("data set `" + data.name() + "` field `" + name + "` has " + found + " values per sample, but input `"
            + name + "` of model " + model + " is " + in.type() + " (" + per + " per sample)");
      }
    }
  }

  @Override public boolean batched() { return data.isBatched(); }

  /** Samples on the first axis, or 1 for a graph. */
  @Override public int size() { return data.isBatched() ? data.size() : 1; }

  boolean has(String field) { return data.fields().containsKey(field); }

  /** A whole field as floats, converted once. */
  float[] field(String name) {
    return fields.computeIfAbsent(name, n -> data.field(n).toFloats());
  }

  /**
   * The inputs' values for the samples {@code rows} (all of a graph, {@code rows} null), binding
   * each input's symbolic sizes in {@code sizes}: its first axis to the rows taken, the others to
   * the field's dimensions when the layouts agree.
   */
  @Override public Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Field in : inputs) {
      Tensor t = data.field(in.name());
      float[] all = field(in.name());
      int count = t.rank() == 0 ? 1 : t.dim(0);
      int n = rows == null ? count : rows.length;
      float[] v = all;
      if (rows != null) {
        int per = count == 0 ? 0 : all.length / count;
        v = new float[n * per];
        for (int i = 0; i < n; i++) System.arraycopy(all, rows[i] * per, v, i * per, per);
      }
      out.put(in.name(), v);
      for (int i = 0; i < in.rank(); i++) {
        String s = in.symbol(i);
        if (s != null) sizes.putIfAbsent(s, (long) (i == 0 ? n : t.rank() == in.rank() ? t.dim(i) : n));
      }
    }
    return out;
  }
}
