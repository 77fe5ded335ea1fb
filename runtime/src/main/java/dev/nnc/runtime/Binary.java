package dev.nnc.runtime;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The pieces nnc's binary files are made of (program images, model files): counts, int arrays,
 * UTF-8 strings and byte blocks, each after its length. Reading checks every length before it
 * allocates, so a corrupt file gives an {@link IllegalArgumentException} naming the kind of file
 * ("corrupt model file: ...") rather than a negative array size or an out-of-memory error; a
 * truncated one gives the {@link EOFException} its reader turns into a message.
 */
public final class Binary {
  private final String kind;

  /** Reading a file of this kind, as messages name it ({@code "program image"}). */
  public Binary(String kind) {
    this.kind = kind;
  }

  /**
   * Reads a file's first eight bytes, its magic number (four ASCII letters) and its format version,
   * and refuses a file of another kind or version.
   */
  public void header(DataInputStream d, int magic, int version) throws IOException {
    int m = d.readInt();
    String tag = new String(ByteBuffer.allocate(4).putInt(magic).array(), StandardCharsets.US_ASCII);
    if (m != magic) throw new IllegalArgumentException(String.format("not an nnc %s: it starts with 0x%08X, not %s", kind, m, tag));
    int v = d.readInt();
    if (v != version) throw new IllegalArgumentException(kind + " version " + v + ", but this runtime reads version " + version);
  }

  public IllegalArgumentException corrupt(String what) {
    return new IllegalArgumentException("corrupt " + kind + ": " + what);
  }

  /** A count of {@code what}: never negative. */
  public int count(DataInputStream d, String what) throws IOException {
    int n = d.readInt();
    if (n < 0) throw corrupt("a count of " + what + " is " + n);
    return n;
  }

  public int[] readInts(DataInputStream d) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(readBytes(d, 4L * count(d, "numbers")));
    int[] v = new int[b.capacity() / 4];
    b.asIntBuffer().get(v);
    return v;
  }

  public String readString(DataInputStream d) throws IOException {
    return new String(readBytes(d, count(d, "string bytes")), StandardCharsets.UTF_8);
  }

  /** n bytes, read in pieces so a corrupt count cannot ask for more memory than the stream holds. */
  public byte[] readBytes(DataInputStream d, long n) throws IOException {
    if (n > Integer.MAX_VALUE - 8) throw corrupt("a block of " + n + " bytes");
    byte[] b = d.readNBytes((int) n);
    if (b.length < n) throw new EOFException();
    return b;
  }

  public static void writeInts(DataOutputStream d, int[] values) throws IOException {
    d.writeInt(values.length);
    for (int v : values) d.writeInt(v);
  }

  public static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }
}
