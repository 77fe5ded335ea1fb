package dev.nnc.runtime.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes IDX files byte by byte, independently of the reader, for tests. */
final class IdxFiles {
  private IdxFiles() {}

  /** The bytes of an IDX file: type code, dims, then {@code data} already in big-endian element form. */
  static byte[] idx(int type, int[] dims, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
    for (int d : dims) b.putInt(d);
    b.put(data);
    return b.array();
  }

  /** Unsigned-byte images {@code [n, rows, cols]} whose pixel k of image i is {@code (i + k) % 256}. */
  static byte[] images(int n, int rows, int cols) {
    byte[] px = new byte[n * rows * cols];
    for (int i = 0; i < n; i++) for (int k = 0; k < rows * cols; k++) px[i * rows * cols + k] = (byte) ((i + k) % 256);
    return idx(0x08, new int[] {n, rows, cols}, px);
  }

  /** Unsigned-byte labels {@code i % classes}. */
  static byte[] labels(int n, int classes) {
    byte[] y = new byte[n];
    for (int i = 0; i < n; i++) y[i] = (byte) (i % classes);
    return idx(0x08, new int[] {n}, y);
  }

  static byte[] gzip(byte[] plain) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(plain);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder laid out like the Debian package, with {@code n} train and {@code m} test images. */
  static Path mnistFolder(Path dir, int n, int m, int rows, int cols) {
    write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(images(n, rows, cols)));
    write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(labels(n, 10)));
    write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(images(m, rows, cols)));
    write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(m, 10)));
    return dir;
  }
}
