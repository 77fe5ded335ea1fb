package dev.nnc.api;

import dev.nnc.ir.Node;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data set as a program takes it: the fields its inputs name, each converted to float32 once,
 * cut into batches of rows that bind the inputs' symbolic sizes. A graph data set is one whole
 * batch.
 */
final class Feeder {
  private final DataSet data;
  private final Map<String, Node> inputs;
  private final Map<String, float[]> fields = new HashMap<>();

  /** Checks that the data holds every input (but the step counter) with as many values per sample as its type. */
  Feeder(String model, DataSet data, Map<String, Node> inputs) {
    this.data = data;
    this.inputs = new LinkedHashMap<>(inputs);
    this.inputs.remove(Session.STEP);
    for (Map.Entry<String, Node> in : this.inputs.entrySet()) {
      String name = in.getKey();
      if (!data.fields().containsKey(name)) {
        throw new DataException("data set `" + data.name() + "` has no field `" + name + "` for the input of model " + model
            + "; its fields are " + String.join(", ", data.fields().keySet()));
      }
      TensorType t = in.getValue().type();
      if (!data.isBatched() || t.rank() == 0) continue;
      long per = perSample(t);
      int found = data.field(name).rowSize();
      if (per >= 0 && found != per) {
        throw new DataException("data set `" + data.name() + "` field `" + name + "` has " + found + " values per sample, but input `"
            + name + "` of model " + model + " is " + t + " (" + per + " per sample)");
      }
    }
  }

  /** The values per sample of a batched input's type, or -1 when they depend on a symbolic size. */
  private static long perSample(TensorType t) {
    long per = 1;
    for (int i = 1; i < t.rank(); i++) {
      if (!t.dim(i).isConstant()) return -1;
      per *= t.dim(i).constant();
    }
    return per;
  }

  boolean batched() { return data.isBatched(); }

  /** Samples on the first axis, or 1 for a graph. */
  int size() { return data.isBatched() ? data.size() : 1; }

  boolean has(String field) { return data.fields().containsKey(field); }

  /** A whole field as floats, converted once. */
  float[] field(String name) {
    return fields.computeIfAbsent(name, n -> Values.floats(data.field(n)));
  }

  /**
   * The inputs' values for the samples {@code rows} (all of a graph, {@code rows} null), binding
   * each input's symbolic sizes in {@code sizes}: its first axis to the rows taken, the others to
   * the field's dimensions when the layouts agree.
   */
  Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> in : inputs.entrySet()) {
      Tensor t = data.field(in.getKey());
      float[] all = field(in.getKey());
      int count = t.rank() == 0 ? 1 : t.dim(0);
      int n = rows == null ? count : rows.length;
      float[] v = all;
      if (rows != null) {
        int per = count == 0 ? 0 : all.length / count;
        v = new float[n * per];
        for (int i = 0; i < n; i++) System.arraycopy(all, rows[i] * per, v, i * per, per);
      }
      out.put(in.getKey(), v);
      TensorType type = in.getValue().type();
      for (int i = 0; i < type.rank(); i++) {
        Dim d = type.dim(i);
        String s = d.asSymbol();
        if (s != null) sizes.putIfAbsent(s, (long) (i == 0 ? n : t.rank() == type.rank() ? t.dim(i) : n));
      }
    }
    return out;
  }
}
