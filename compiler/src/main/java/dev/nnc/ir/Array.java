package dev.nnc.ir;

import dev.nnc.shape.TensorType;
import java.util.Arrays;
import java.util.Map;

/** A dense float64 tensor in row-major order: what the reference evaluator computes with. */
public record Array(long[] shape, double[] data) {
  public Array {
    if (size(shape) != data.length) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + data.length + " elements");
    }
  }

  public static Array zeros(long... shape) {
    return new Array(shape.clone(), new double[Math.toIntExact(size(shape))]);
  }

  public static Array scalar(double v) {
    return new Array(new long[0], new double[] {v});
  }

  /** The concrete shape of a type for given values of its size symbols. */
  public static long[] shapeOf(TensorType t, Map<String, Long> sizes) {
    long[] out = new long[t.rank()];
    for (int i = 0; i < out.length; i++) out[i] = t.dim(i).evaluate(sizes);
    return out;
  }

  public static long size(long[] shape) {
    long n = 1;
    for (long d : shape) n *= d;
    return n;
  }

  public int rank() { return shape.length; }

  public int size() { return data.length; }

  public static long[] strides(long[] shape) {
    long[] s = new long[shape.length];
    long k = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = k;
      k *= shape[i];
    }
    return s;
  }

  /** The multi-index of a flat position. */
  public static long[] unravel(long flat, long[] shape) {
    long[] idx = new long[shape.length];
    for (int i = shape.length - 1; i >= 0; i--) {
      idx[i] = shape[i] == 0 ? 0 : flat % shape[i];
      flat = shape[i] == 0 ? 0 : flat / shape[i];
    }
    return idx;
  }

  public static long ravel(long[] idx, long[] strides) {
    long flat = 0;
    for (int i = 0; i < idx.length; i++) flat += idx[i] * strides[i];
    return flat;
  }

  public double dot(Array o) {
    double s = 0;
    for (int i = 0; i < data.length; i++) s += data[i] * o.data[i];
    return s;
  }

  public Array plusScaled(Array o, double k) {
    double[] d = data.clone();
    for (int i = 0; i < d.length; i++) d[i] += k * o.data[i];
    return new Array(shape, d);
  }

  @Override public boolean equals(Object o) {
    return o instanceof Array a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
  }

  @Override public int hashCode() { return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data); }

  @Override public String toString() {
    return "Array" + Arrays.toString(shape) + Arrays.toString(data.length > 16 ? Arrays.copyOf(data, 16) : data);
  }
}
