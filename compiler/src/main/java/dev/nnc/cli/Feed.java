package dev.nnc.cli;

import dev.nnc.ir.Node;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.shape.Dim;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data set as a device takes it: every field once as float32 (integer labels and booleans as
 * their values), and batches of rows shaped for a program's inputs, with the sizes they bind.
 */
final class Feed {
  private final DataSet data;
  private final Map<String, float[]> fields = new HashMap<>();

  Feed(DataSet data) {
    this.data = data;
  }

  DataSet data() { return data; }

  /** Samples on the first axis, or 1 for a whole graph. */
  int size() { return data.isBatched() ? data.size() : 1; }

  boolean has(String field) {
    return data.fields().containsKey(field);
  }

  /** A whole field as floats, converted once. */
  float[] field(String name) {
    return fields.computeIfAbsent(name, n -> data.field(n).toFloats());
  }

  /**
   * The values of one batch for the inputs of a program that the data set holds: the rows
   * {@code pick} of each field (all of them for a graph, {@code pick} null), and the sizes of
   * the inputs' symbolic dimensions. Inputs the data set lacks (the step counter) are left out.
   */
  Map<String, float[]> batch(Map<String, Node> inputs, int[] pick, Map<String, Long> sizes) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> in : inputs.entrySet()) {
      if (!has(in.getKey())) continue;
      Tensor t = data.field(in.getKey());
      float[] all = field(in.getKey());
      int rows = t.rank() == 0 ? 1 : t.dim(0);
      int n = pick == null ? rows : pick.length;
      float[] v;
      if (pick == null) {
        v = all;
      } else {
        int per = rows == 0 ? 0 : all.length / rows;
        v = new float[n * per];
        for (int i = 0; i < n; i++) System.arraycopy(all, pick[i] * per, v, i * per, per);
      }
      out.put(in.getKey(), v);
      bind(in.getValue(), t, n, sizes);
    }
    return out;
  }

  /** The sizes a batch of {@code rows} rows binds for the inputs (a graph's: all of its rows, whatever {@code rows} says). */
  Map<String, Long> sizes(Map<String, Node> inputs, int rows) {
    Map<String, Long> sizes = new HashMap<>();
    for (Map.Entry<String, Node> in : inputs.entrySet()) {
      if (!has(in.getKey())) continue;
      Tensor t = data.field(in.getKey());
      int all = t.rank() == 0 ? 1 : t.dim(0);
      bind(in.getValue(), t, data.isBatched() ? Math.min(rows, all) : all, sizes);
    }
    return sizes;
  }

  /** The rows from..to in file order: a validation batch. */
  static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) r[i] = from + i;
    return r;
  }

  /** Checks that the data set holds every input a program reads, except the step counter. */
  void requireInputs(Map<String, Node> inputs, String what) {
    for (String name : inputs.keySet()) {
      if (!name.equals("step") && !has(name)) {
        throw new DataException("data set `" + data.name() + "` has no field `" + name + "` for the input of " + what
            + "; its fields are " + String.join(", ", data.fields().keySet()));
      }
    }
  }

  /**
   * Binds an input's symbolic sizes: the first axis to the rows given, the others to the
   * field's dimensions when the layouts match (a graph's N on both axes of adj).
   */
  private static void bind(Node input, Tensor field, int rows, Map<String, Long> sizes) {
    for (int i = 0; i < input.type().rank(); i++) {
      Dim d = input.type().dim(i);
      if (d.isConstant()) continue;
      String s = d.asSymbol();
      if (s == null) continue;
      long v = i == 0 ? rows : field.rank() == input.type().rank() ? field.dim(i) : rows;
      sizes.putIfAbsent(s, v);
    }
  }

}
