package dev.nnc.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/** A Dataset row as the model's fields take it: each column flattened, row-major, to float32. */
final class Columns {
  private Columns() {}

  /**
   * The values of {@code fields} in {@code row} (selected in that order), each {@code per[f]}
   * values; row {@code index} (from 0) names the row in errors.
   */
  static float[][] sample(Row row, String[] fields, int[] per, long index) {
    float[][] out = new float[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      float[] v = new float[per[f]];
      int n = flatten(row.get(f), v, 0, fields[f], index);
      if (n != per[f]) {
        throw new IllegalArgumentException("row " + index + " of the Dataset: column `" + fields[f] + "` holds " + n + " values, but the model's "
            + fields[f] + " takes " + per[f] + " a sample");
      }
      out[f] = v;
    }
    return out;
  }

  /** Writes {@code value}'s numbers from {@code at} (nested arrays row-major); returns how many there are. */
  private static int flatten(Object value, float[] into, int at, String column, long index) {
    if (value instanceof Number n) {
      if (at < into.length) into[at] = n.floatValue();
      return 1;
    }
    if (value instanceof Boolean b) {
      if (at < into.length) into[at] = b ? 1 : 0;
      return 1;
    }
    Iterable<?> items;
    if (value instanceof scala.collection.Iterable<?> s) items = CollectionConverters.asJava(s);
    else if (value instanceof List<?> l) items = l;
    else if (value == null) throw new IllegalArgumentException("row " + index + " of the Dataset: column `" + column + "` is null");
    else throw new IllegalArgumentException("row " + index + " of the Dataset: column `" + column + "` holds a " + value.getClass().getSimpleName()
        + "; the trainer takes numbers and arrays of numbers");
    int n = 0;
    for (Object item : items) n += flatten(item, into, at + n, column, index);
    return n;
  }
}
