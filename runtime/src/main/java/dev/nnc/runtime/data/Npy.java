package dev.nnc.runtime.data;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy's {@code .npy} format, versions 1 to 3: the magic {@code \x93NUMPY}, a version, the header
 * length (2 bytes in version 1, 4 after), a Python dict literal {@code {'descr': '<f4',
 * 'fortran_order': False, 'shape': (2, 3), }} padded with spaces and a newline so the data starts
 * at a multiple of 64, then the data. nnc reads float32, float64, int32, int64 and bool in either
 * byte order, in C order, and writes them little-endian.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  private Npy() {}

  public static Tensor read(Path file) {
    byte[] b = Inputs.readAll(file);
    if (b.length < 10 || !java.util.Arrays.equals(java.util.Arrays.copyOf(b, 6), MAGIC)) {
      throw new DataException(file, "not a .npy file: it does not start with \\x93NUMPY");
    }
    int major = b[6];
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long headerLen;
    int start;
    if (major == 1) {
      headerLen = le.getShort(8) & 0xFFFF;
      start = 10;
    } else if (major == 2 || major == 3) {
      if (b.length < 12) throw new DataException(file, "truncated file: the header length is cut off");
      headerLen = le.getInt(8) & 0xFFFFFFFFL;
      start = 12;
    } else {
      throw new DataException(file, "unsupported .npy version " + major + "." + b[7] + " (nnc reads 1.0, 2.0 and 3.0)");
    }
    if (start + headerLen > b.length) {
      throw new DataException(file, "truncated file: the header needs " + headerLen + " bytes, found " + (b.length - start));
    }
    String header = new String(b, start, (int) headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Map<String, Object> dict;
    try {
      dict = new Literal(header).dict();
    } catch (IllegalArgumentException e) {
      throw new DataException(file, "corrupt header: " + e.getMessage());
    }
    if (!(dict.get("descr") instanceof String) || !(dict.get("fortran_order") instanceof Boolean) || !(dict.get("shape") instanceof List)) {
      throw new DataException(file, "corrupt header: expected 'descr', 'fortran_order' and 'shape', found " + header.trim());
    }
    String descr = (String) dict.get("descr");
    if ((Boolean) dict.get("fortran_order")) {
      throw new DataException(file, "the array is in Fortran order; save it in C order (numpy.ascontiguousarray)");
    }
    @SuppressWarnings("unchecked")
    List<Object> dims = (List<Object>) dict.get("shape");
    int[] shape = new int[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      if (!(dims.get(i) instanceof Long) || (Long) dims.get(i) < 0 || (Long) dims.get(i) > Integer.MAX_VALUE) {
        throw new DataException(file, "corrupt header: dimension " + i + " of the shape is " + dims.get(i));
      }
      shape[i] = (int) (long) (Long) dims.get(i);
    }
    DType dtype = descr.length() == 3 ? DType.ofNpy(descr.substring(1)) : null;
    char order = descr.isEmpty() ? '?' : descr.charAt(0);
    boolean orderOk = dtype == DType.BOOL ? order == '|' : order == '<' || order == '>';
    if (dtype == null || !orderOk) {
      throw new DataException(file, "unsupported dtype '" + descr + "' (nnc reads <f4, <f8, <i4, <i8, |b1 and their big-endian forms)");
    }
    long need = (long) Tensor.count(shape) * dtype.bytes();
    int data = start + (int) headerLen;
    if (b.length - data < need) {
      throw new DataException(file, "truncated file: " + Tensor.type(dtype, shape) + " needs " + need + " bytes of data, found " + (b.length - data));
    }
    if (b.length - data > need) {
      throw new DataException(file, (b.length - data - need) + " unexpected bytes after the data of " + Tensor.type(dtype, shape));
    }
    Tensor t = Tensor.zeros(dtype, shape);
    ByteBuffer in = ByteBuffer.wrap(b, data, (int) need).slice().order(order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    try {
      t.get(in, 0, t.size());
    } catch (IllegalArgumentException e) {
      throw new DataException(file, "corrupt data: " + e.getMessage());
    }
    return t;
  }

  /** Writes {@code t} as a version 1.0 file (2.0 when the header would not fit), little-endian, C order. */
  public static void write(Path file, Tensor t) {
    StringBuilder dims = new StringBuilder("(");
    for (int i = 0; i < t.rank(); i++) dims.append(i == 0 ? "" : ", ").append(t.dim(i));
    dims.append(t.rank() == 1 ? ",)" : ")"); // Python's one-tuple
    String order = t.dtype() == DType.BOOL ? "|" : "<";
    String dict = "{'descr': '" + order + t.dtype().npyCode() + "', 'fortran_order': False, 'shape': " + dims + ", }";
    // As numpy.save does: room to grow the first dimension in place, then padding to 64 bytes.
    if (t.rank() > 0) dict += " ".repeat(Math.max(0, 21 - Integer.toString(t.dim(0)).length()));
    int version = 10 + dict.length() + 65 > 65535 ? 2 : 1;
    int prefix = version == 1 ? 10 : 12;
    int pad = 64 - (prefix + dict.length() + 1) % 64;
    String header = dict + " ".repeat(pad) + "\n";
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(prefix + header.length() + t.byteSize())).order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC).put((byte) version).put((byte) 0);
    if (version == 1) out.putShort((short) header.length()); else out.putInt(header.length());
    out.put(header.getBytes(StandardCharsets.ISO_8859_1));
    t.put(out, 0, t.size());
    try {
      Files.write(file, out.array());
    } catch (IOException e) {
      throw new DataException(file, "cannot write: " + e, e);
    }
  }

  /** The Python literals a .npy header uses: a dict of strings, booleans, ints and tuples. */
  private static final class Literal {
    private final String s;
    private int at;

    Literal(String s) {
      this.s = s;
    }

    Map<String, Object> dict() {
      skip();
      expect('{');
      Map<String, Object> out = new LinkedHashMap<>();
      while (true) {
        skip();
        if (peek() == '}') break;
        Object key = value();
        if (!(key instanceof String)) throw new IllegalArgumentException("a key is not a string at " + at);
        skip();
        expect(':');
        out.put((String) key, value());
        skip();
        if (peek() == ',') at++;
        else if (peek() != '}') throw new IllegalArgumentException("expected ',' or '}' at " + at);
      }
      at++;
      return out;
    }

    private Object value() {
      skip();
      char c = peek();
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, at + 1);
        if (end < 0) throw new IllegalArgumentException("unterminated string at " + at);
        String v = s.substring(at + 1, end);
        at = end + 1;
        return v;
      }
      if (c == '(' || c == '[') {
        char close = c == '(' ? ')' : ']';
        at++;
        List<Object> items = new ArrayList<>();
        while (true) {
          skip();
          if (peek() == close) break;
          items.add(value());
          skip();
          if (peek() == ',') at++;
          else if (peek() != close) throw new IllegalArgumentException("expected ',' or '" + close + "' at " + at);
        }
        at++;
        return items;
      }
      if (s.startsWith("True", at)) { at += 4; return true; }
      if (s.startsWith("False", at)) { at += 5; return false; }
      int start = at;
      while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '-')) at++;
      if (at < s.length() && s.charAt(at) == 'L') at++; // Python 2 longs
      if (start == at) throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
      try {
        return Long.parseLong(s.substring(start, at).replace("L", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad number at " + start);
      }
    }

    private char peek() {
      if (at >= s.length()) throw new IllegalArgumentException("the header ends early");
      return s.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + at + ", found '" + peek() + "'");
      at++;
    }

    private void skip() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
    }
  }
}
