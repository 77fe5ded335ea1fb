package dev.nnc.runtime;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A dense host tensor in C (row-major) order: a dtype, a shape and a Java array of the matching
 * primitive type ({@code float[]} for F32, {@code double[]} for F64, {@code int[]} for I32,
 * {@code long[]} for I64, {@code boolean[]} for BOOL). The array is shared, not copied, so data
 * loaders hand large arrays to the device without a second copy.
 */
public final class Tensor {
  private final DType dtype;
  private final int[] shape;
  private final Object data;

  private Tensor(DType dtype, int[] shape, Object data) {
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = shape.clone();
    this.data = data;
    long n = 1;
    for (int d : this.shape) {
      if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      n *= d;
    }
    if (n != Array.getLength(data)) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " elements, the array has "
          + Array.getLength(data));
    }
  }

  public static Tensor f32(float[] data, int... shape) { return new Tensor(DType.F32, shape, data); }
  public static Tensor f64(double[] data, int... shape) { return new Tensor(DType.F64, shape, data); }
  public static Tensor i32(int[] data, int... shape) { return new Tensor(DType.I32, shape, data); }
  public static Tensor i64(long[] data, int... shape) { return new Tensor(DType.I64, shape, data); }
  public static Tensor bool(boolean[] data, int... shape) { return new Tensor(DType.BOOL, shape, data); }

  /** A scalar (rank 0) I64 tensor, as checkpoints store counters. */
  public static Tensor scalar(long value) { return i64(new long[] {value}); }

  /** A tensor of zeros (false for BOOL). */
  public static Tensor zeros(DType dtype, int... shape) {
    return new Tensor(dtype, shape, newArray(dtype, count(shape)));
  }

  public DType dtype() { return dtype; }

  /** A copy of the shape. */
  public int[] shape() { return shape.clone(); }

  public int rank() { return shape.length; }

  public int dim(int axis) { return shape[axis]; }

  /** The number of elements. */
  public int size() { return Array.getLength(data); }

  /** Bytes of data: size times the element size. */
  public long byteSize() { return (long) size() * dtype.bytes(); }

  /** The elements of a tensor with at least one axis, per index of its first axis. */
  public int rowSize() {
    if (shape.length == 0) throw new IllegalStateException("a scalar has no rows");
    return shape[0] == 0 ? count(Arrays.copyOfRange(shape, 1, shape.length)) : size() / shape[0];
  }

  public float[] floats() { return (float[]) as(DType.F32); }
  public double[] doubles() { return (double[]) as(DType.F64); }
  public int[] ints() { return (int[]) as(DType.I32); }
  public long[] longs() { return (long[]) as(DType.I64); }
  public boolean[] bools() { return (boolean[]) as(DType.BOOL); }

  /**
   * The elements as float32, as the compiled programs take every dtype (true as 1): the data
   * itself for a float32 tensor, a converted copy otherwise.
   */
  public float[] toFloats() {
    if (dtype == DType.F32) return (float[]) data;
    float[] f = new float[size()];
    switch (dtype) {
      case F64 -> { double[] d = (double[]) data; for (int i = 0; i < f.length; i++) f[i] = (float) d[i]; }
      case I32 -> { int[] d = (int[]) data; for (int i = 0; i < f.length; i++) f[i] = d[i]; }
      case I64 -> { long[] d = (long[]) data; for (int i = 0; i < f.length; i++) f[i] = d[i]; }
      case BOOL -> { boolean[] d = (boolean[]) data; for (int i = 0; i < f.length; i++) f[i] = d[i] ? 1 : 0; }
      case F32 -> { }
    }
    return f;
  }

  private Object as(DType want) {
    if (dtype != want) throw new IllegalStateException("a " + type() + " tensor holds no " + want.nncName() + " data");
    return data;
  }

  /** Element {@code i} in C order as a double (exact for every dtype but large I64 values). */
  public double get(int i) {
    switch (dtype) {
      case F32: return ((float[]) data)[i];
      case F64: return ((double[]) data)[i];
      case I32: return ((int[]) data)[i];
      case I64: return ((long[]) data)[i];
      case BOOL: return ((boolean[]) data)[i] ? 1 : 0;
      default: throw new AssertionError(dtype);
    }
  }

  /** The same data seen with another shape of as many elements. */
  public Tensor reshape(int... newShape) {
    return new Tensor(dtype, newShape, data);
  }

  /** The rows {@code indices} of the first axis, in that order, as a new tensor. */
  public Tensor rows(int[] indices) {
    int row = rowSize();
    Object out = newArray(dtype, indices.length * row);
    for (int k = 0; k < indices.length; k++) {
      int r = indices[k];
      if (r < 0 || r >= shape[0]) throw new IndexOutOfBoundsException("row " + r + " of " + type());
      System.arraycopy(data, r * row, out, k * row, row);
    }
    int[] s = shape.clone();
    s[0] = indices.length;
    return new Tensor(dtype, s, out);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) of the first axis, as a new tensor. */
  public Tensor rows(int from, int to) {
    if (from < 0 || to > shape[0] || from > to) throw new IndexOutOfBoundsException("rows " + from + ".." + to + " of " + type());
    int row = rowSize();
    Object out = newArray(dtype, (to - from) * row);
    System.arraycopy(data, from * row, out, 0, (to - from) * row);
    int[] s = shape.clone();
    s[0] = to - from;
    return new Tensor(dtype, s, out);
  }

  /** Writes elements {@code [from, from + n)} into {@code out} in its byte order. */
  public void put(ByteBuffer out, int from, int n) {
    switch (dtype) {
      case F32: out.asFloatBuffer().put((float[]) data, from, n); break;
      case F64: out.asDoubleBuffer().put((double[]) data, from, n); break;
      case I32: out.asIntBuffer().put((int[]) data, from, n); break;
      case I64: out.asLongBuffer().put((long[]) data, from, n); break;
      case BOOL: {
        boolean[] b = (boolean[]) data;
        for (int i = 0; i < n; i++) out.put(out.position() + i, b[from + i] ? (byte) 1 : 0);
        break;
      }
      default: throw new AssertionError(dtype);
    }
    out.position(out.position() + n * dtype.bytes());
  }

  /** Reads elements {@code [from, from + n)} from {@code in} in its byte order. */
  public void get(ByteBuffer in, int from, int n) {
    switch (dtype) {
      case F32: in.asFloatBuffer().get((float[]) data, from, n); break;
      case F64: in.asDoubleBuffer().get((double[]) data, from, n); break;
      case I32: in.asIntBuffer().get((int[]) data, from, n); break;
      case I64: in.asLongBuffer().get((long[]) data, from, n); break;
      case BOOL: {
        boolean[] b = (boolean[]) data;
        for (int i = 0; i < n; i++) {
          byte v = in.get(in.position() + i);
          if (v != 0 && v != 1) throw new IllegalArgumentException("a bool byte is " + v + ", not 0 or 1");
          b[from + i] = v == 1;
        }
        break;
      }
      default: throw new AssertionError(dtype);
    }
    in.position(in.position() + n * dtype.bytes());
  }

  /** The type as nnc writes it: {@code f32[2, 3]}, {@code i64[]}. */
  public String type() {
    return type(dtype, shape);
  }

  public static String type(DType dtype, int[] shape) {
    StringBuilder b = new StringBuilder(dtype.nncName()).append('[');
    for (int i = 0; i < shape.length; i++) b.append(i == 0 ? "" : ", ").append(shape[i]);
    return b.append(']').toString();
  }

  /** The number of elements of a shape; fails above the largest Java array. */
  public static int count(int... shape) {
    long n = 1;
    for (int d : shape) n *= d;
    if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has " + n + " elements, more than a Java array holds");
    return (int) n;
  }

  static Object newArray(DType dtype, int n) {
    switch (dtype) {
      case F32: return new float[n];
      case F64: return new double[n];
      case I32: return new int[n];
      case I64: return new long[n];
      case BOOL: return new boolean[n];
      default: throw new AssertionError(dtype);
    }
  }

  /** Equal dtype, shape and bit-identical elements. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Tensor)) return false;
    Tensor t = (Tensor) o;
    if (dtype != t.dtype || !Arrays.equals(shape, t.shape)) return false;
    return Arrays.deepEquals(new Object[] {data}, new Object[] {t.data});
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.deepHashCode(new Object[] {data}));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(type()).append(" {");
    int n = Math.min(size(), 8);
    for (int i = 0; i < n; i++) b.append(i == 0 ? "" : ", ").append(Array.get(data, i));
    return b.append(size() > n ? ", ...}" : "}").toString();
  }
}
