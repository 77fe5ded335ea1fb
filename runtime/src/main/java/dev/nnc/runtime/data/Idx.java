package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads IDX files (the MNIST format), plain or gzip: two zero bytes, a type code, the rank, each
 * dimension as a big-endian int32, then the elements in C order, big-endian.
 */
public final class Idx {
  private Idx() {}

  /** Type codes, their element sizes and names. */
  static final int UBYTE = 0x08, BYTE = 0x09, SHORT = 0x0B, INT = 0x0C, FLOAT = 0x0D, DOUBLE = 0x0E;

  /** The raw contents of an IDX file: its type code, dimensions and big-endian elements. */
  record Raw(Path file, int type, int[] dims, byte[] data) {
    String describe() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < dims.length; i++) b.append(i == 0 ? "" : "x").append(dims[i]);
      return typeName(type) + " " + b;
    }
  }

  /**
   * The whole file as a tensor: unsigned bytes, bytes, shorts and ints as I32, floats as F32,
   * doubles as F64. The values are not scaled.
   */
  public static Tensor read(Path file) {
    Raw raw = raw(file);
    int n = raw.data.length / size(raw.type);
    ByteBuffer be = ByteBuffer.wrap(raw.data).order(ByteOrder.BIG_ENDIAN);
    switch (raw.type) {
      case FLOAT: {
        float[] f = new float[n];
        be.asFloatBuffer().get(f);
        return Tensor.f32(f, raw.dims);
      }
      case DOUBLE: {
        double[] d = new double[n];
        be.asDoubleBuffer().get(d);
        return Tensor.f64(d, raw.dims);
      }
      default:
        return Tensor.i32(ints(raw), raw.dims);
    }
  }

  /**
   * Images as F32 {@code [n, rows, cols]} (or whatever rank the file has, at least 2): unsigned
   * bytes are scaled to [0, 1] by 1/255; float and double files are taken as they are.
   */
  public static Tensor images(Path file) {
    Raw raw = raw(file);
    if (raw.dims.length < 2) {
      throw new DataException(file, "expected images (an IDX file of rank 3: count, rows, columns), found " + raw.describe());
    }
    int n = raw.data.length / size(raw.type);
    float[] f = new float[n];
    switch (raw.type) {
      case UBYTE:
        for (int i = 0; i < n; i++) f[i] = (raw.data[i] & 0xFF) / 255f;
        break;
      case FLOAT:
        ByteBuffer.wrap(raw.data).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(f);
        break;
      case DOUBLE: {
        ByteBuffer be = ByteBuffer.wrap(raw.data).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < n; i++) f[i] = (float) be.getDouble(8 * i);
        break;
      }
      default:
        throw new DataException(file, "expected image pixels as unsigned bytes or floats, found " + typeName(raw.type));
    }
    return Tensor.f32(f, raw.dims);
  }

  /** Class labels as I32 {@code [n]}: a rank-1 file of an integer type. */
  public static Tensor labels(Path file) {
    Raw raw = raw(file);
    if (raw.dims.length != 1 || raw.type == FLOAT || raw.type == DOUBLE) {
      throw new DataException(file, "expected labels (an IDX file of rank 1 of integers), found " + raw.describe());
    }
    return Tensor.i32(ints(raw), raw.dims);
  }

  /**
   * Images and their labels as a batched data set with fields {@code x: f32[n, rows*cols]} and
   * {@code y: i32[n]}. With {@code rows} and {@code cols} positive, the images must have that size;
   * with {@code classes} positive, every label must be in {@code [0, classes)}.
   */
  public static DataSet imagesAndLabels(String name, Path images, Path labels, int rows, int cols, int classes) {
    Tensor x = images(images);
    Tensor y = labels(labels);
    int[] s = x.shape();
    if (rows > 0 && cols > 0 && (s.length != 3 || s[1] != rows || s[2] != cols)) {
      throw new DataException(images, "wrong image size: expected " + rows + "x" + cols + " images, found " + sizes(s));
    }
    if (s[0] != y.dim(0)) {
      throw new DataException(images, s[0] + " images, but " + labels + " has " + y.dim(0) + " labels");
    }
    if (classes > 0) {
      int[] v = y.ints();
      for (int i = 0; i < v.length; i++) {
        if (v[i] < 0 || v[i] >= classes) {
          throw new DataException(labels, "label " + i + " is " + v[i] + ", expected a class in 0.." + (classes - 1));
        }
      }
    }
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", x.reshape(s[0], x.rowSize()));
    fields.put("y", y);
    Map<String, DataSet.Origin> origins = new LinkedHashMap<>();
    origins.put("x", new DataSet.Origin(images, s[0] + " images of " + sizes(s)));
    origins.put("y", new DataSet.Origin(labels, y.dim(0) + " labels"));
    return DataSet.batched(name, fields, origins);
  }

  private static String sizes(int[] s) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < s.length; i++) b.append(i == 1 ? "" : "x").append(s[i]);
    return b.toString();
  }

  static Raw raw(Path file) {
    try (Inputs.Opened in = Inputs.open(file)) {
      byte[] magic = in.read(4, "the IDX header");
      int type = magic[2] & 0xFF, rank = magic[3] & 0xFF;
      if (magic[0] != 0 || magic[1] != 0 || size(type) == 0 || rank == 0) {
        throw new DataException(file, String.format(
            "not an IDX file: bad magic 0x%02X%02X%02X%02X (expected 0x0000, a type code 08, 09, 0B, 0C, 0D or 0E, and a rank of at least 1)",
            magic[0], magic[1], magic[2], magic[3]));
      }
      ByteBuffer dimBytes = ByteBuffer.wrap(in.read(4L * rank, "the " + rank + " dimensions of the header"))
          .order(ByteOrder.BIG_ENDIAN);
      int[] dims = new int[rank];
      long count = 1;
      for (int i = 0; i < rank; i++) {
        dims[i] = dimBytes.getInt();
        if (dims[i] < 0) throw new DataException(file, "corrupt header: dimension " + i + " is " + dims[i]);
        count *= dims[i];
        if (count > Integer.MAX_VALUE) throw new DataException(file, "corrupt header: " + count + "+ elements is more than nnc reads");
      }
      byte[] data = in.read(count * size(type), "the data (" + count + " elements of " + typeName(type) + ")");
      in.expectEnd("the " + count + " elements its header declares");
      return new Raw(file, type, dims, data);
    }
  }

  private static int[] ints(Raw raw) {
    int n = raw.data.length / size(raw.type);
    int[] out = new int[n];
    ByteBuffer be = ByteBuffer.wrap(raw.data).order(ByteOrder.BIG_ENDIAN);
    switch (raw.type) {
      case UBYTE:
        for (int i = 0; i < n; i++) out[i] = raw.data[i] & 0xFF;
        break;
      case BYTE:
        for (int i = 0; i < n; i++) out[i] = raw.data[i];
        break;
      case SHORT:
        for (int i = 0; i < n; i++) out[i] = be.getShort(2 * i);
        break;
      case INT:
        be.asIntBuffer().get(out);
        break;
      default:
        throw new AssertionError(raw.type);
    }
    return out;
  }

  static int size(int type) {
    switch (type) {
      case UBYTE: case BYTE: return 1;
      case SHORT: return 2;
      case INT: case FLOAT: return 4;
      case DOUBLE: return 8;
      default: return 0;
    }
  }

  static String typeName(int type) {
    switch (type) {
      case UBYTE: return "unsigned bytes";
      case BYTE: return "bytes";
      case SHORT: return "int16";
      case INT: return "int32";
      case FLOAT: return "float32";
      case DOUBLE: return "float64";
      default: return String.format("type 0x%02X", type);
    }
  }
}
