package dev.nnc.runtime.data;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data set as named tensors (the fields a train block binds to inputs and targets by name).
 * Batched sets hold one sample per index of every field's first axis; a graph set is one whole
 * graph and is never batched.
 */
public final class DataSet {
  /** Where a field came from, for messages: the file and what it held ("60000 images of 28x28"). */
  public record Origin(Path file, String detail) {}

  private final String name;
  private final Map<String, Tensor> fields;
  private final Map<String, Origin> origins;
  private final boolean batched;

  private DataSet(String name, Map<String, Tensor> fields, Map<String, Origin> origins, boolean batched) {
    this.name = name;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    this.batched = batched;
    if (fields.isEmpty()) throw new IllegalArgumentException("data set " + name + " has no fields");
    if (batched) {
      int n = -1;
      for (Map.Entry<String, Tensor> e : fields.entrySet()) {
        Tensor t = e.getValue();
        if (t.rank() == 0) throw new IllegalArgumentException(name + "." + e.getKey() + " is a scalar; batched fields need a sample axis");
        if (n >= 0 && t.dim(0) != n) {
          Origin o = origins.get(e.getKey());
          throw new DataException(o == null ? null : o.file(), "data set `" + name + "` has " + n + " samples of `"
              + fields.keySet().iterator().next() + "` but " + t.dim(0) + " of `" + e.getKey() + "`");
        }
        n = t.dim(0);
      }
    }
  }

  /** A batched data set: every field has the samples on its first axis. */
  public static DataSet batched(String name, Map<String, Tensor> fields) {
    return new DataSet(name, fields, Map.of(), true);
  }

  public static DataSet batched(String name, Map<String, Tensor> fields, Map<String, Origin> origins) {
    return new DataSet(name, fields, origins, true);
  }

  /** A whole graph (or any data set used all at once). */
  public static DataSet graph(String name, Map<String, Tensor> fields) {
    return new DataSet(name, fields, Map.of(), false);
  }

  public String name() { return name; }

  /** The fields in the order the data set declares them. */
  public Map<String, Tensor> fields() { return fields; }

  public boolean isBatched() { return batched; }

  /** The number of samples of a batched set; 1 for a graph. */
  public int size() {
    return batched ? fields.values().iterator().next().dim(0) : 1;
  }

  /** The field, or a fault naming the fields there are. */
  public Tensor field(String field) {
    Tensor t = fields.get(field);
    if (t == null) {
      throw new DataException("data set `" + name + "` has no field `" + field + "`; it has " + String.join(", ", fields.keySet()));
    }
    return t;
  }

  public Origin origin(String field) { return origins.get(field); }

  /** The samples at {@code rows}, in that order, from every field. */
  public DataSet take(int[] rows) {
    requireBatched("take samples from");
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Tensor> e : fields.entrySet()) out.put(e.getKey(), e.getValue().rows(rows));
    return new DataSet(name, out, origins, true);
  }

  /** Samples {@code from} to {@code to} (exclusive) from every field. */
  public DataSet slice(int from, int to) {
    requireBatched("slice");
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Tensor> e : fields.entrySet()) out.put(e.getKey(), e.getValue().rows(from, to));
    return new DataSet(name, out, origins, true);
  }

  private void requireBatched(String what) {
    if (!batched) throw new IllegalStateException("cannot " + what + " graph data set " + name);
  }

  /**
   * Checks that a field fits a model input: the same dtype and as many values per sample (batched)
   * or in all (graph) as {@code shape} has. The model's own layout of those values ({@code [784]},
   * {@code [28, 28]}, {@code [1, 28, 28]}) is its business; only the count must agree.
   */
  public void expect(String field, DType dtype, int... shape) {
    Tensor t = field(field);
    Origin o = origins.get(field);
    Path file = o == null ? null : o.file();
    String from = o == null ? "" : " (" + o.detail() + ")";
    String where = "`" + name + "` field `" + field + "`";
    if (t.dtype() != dtype) {
      throw new DataException(file, where + " is " + t.dtype().nncName() + from + ", the model expects " + dtype.nncName());
    }
    int want = Tensor.count(shape);
    int found = batched ? t.rowSize() : t.size();
    if (want != found) {
      String per = batched ? " values per sample" : " values";
      throw new DataException(file, "wrong size: " + where + " has " + found + per + from + ", the model expects " + want
          + " (" + Tensor.type(dtype, shape) + ")");
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name).append(batched ? " (" + size() + " samples) {" : " (graph) {");
    String sep = "";
    for (Map.Entry<String, Tensor> e : fields.entrySet()) {
      b.append(sep).append(e.getKey()).append(": ").append(e.getValue().type());
      sep = ", ";
    }
    return b.append('}').toString();
  }
}
