package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxFiles.gzip;
import static dev.nnc.runtime.data.IdxFiles.idx;
import static dev.nnc.runtime.data.IdxFiles.images;
import static dev.nnc.runtime.data.IdxFiles.labels;
import static dev.nnc.runtime.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {
  @TempDir Path dir;

  /** The fault's message: one line, starting with the file, containing each of {@code parts}. */
  static DataException fault(Path file, Executable run, String... parts) {
    DataException e = assertThrows(DataException.class, run);
    String m = e.getMessage();
    assertFalse(m.contains("\n"), m);
    if (file != null) {
      assertEquals(file, e.file());
      assertTrue(m.startsWith(file + ": "), m);
    }
    for (String p : parts) assertTrue(m.contains(p), "expected \"" + p + "\" in: " + m);
    return e;
  }

  @Test
  void readsPlainImagesScaledToUnitRange() {
    Path f = write(dir.resolve("img.idx"), images(3, 2, 2));
    Tensor t = Idx.images(f);
    assertEquals("f32[3, 2, 2]", t.type());
    assertArrayEquals(new float[] {0, 1 / 255f, 2 / 255f, 3 / 255f}, Arrays.copyOf(t.floats(), 4));
    assertEquals(4 / 255f, t.floats()[8 + 2]);
  }

  @Test
  void detectsGzipByMagicNotByName() {
    Path zipped = write(dir.resolve("images.idx"), gzip(images(2, 3, 3)));
    Path plain = write(dir.resolve("images.gz"), images(2, 3, 3));
    assertEquals(Idx.images(plain), Idx.images(zipped));
  }

  @Test
  void readsEveryTypeCodeBigEndian() {
    ByteBuffer ints = ByteBuffer.allocate(8).putInt(-2).putInt(70000);
    assertArrayEquals(new int[] {-2, 70000}, Idx.read(write(dir.resolve("i"), idx(0x0C, new int[] {2}, ints.array()))).ints());
    ByteBuffer shorts = ByteBuffer.allocate(4).putShort((short) -3).putShort((short) 300);
    assertArrayEquals(new int[] {-3, 300}, Idx.read(write(dir.resolve("s"), idx(0x0B, new int[] {2}, shorts.array()))).ints());
    assertArrayEquals(new int[] {-1, 127}, Idx.read(write(dir.resolve("b"), idx(0x09, new int[] {2}, new byte[] {-1, 127}))).ints());
    assertArrayEquals(new int[] {255, 1}, Idx.read(write(dir.resolve("u"), idx(0x08, new int[] {2}, new byte[] {-1, 1}))).ints());
    ByteBuffer floats = ByteBuffer.allocate(8).putFloat(1.5f).putFloat(-0.25f);
    Tensor f = Idx.read(write(dir.resolve("f"), idx(0x0D, new int[] {1, 2}, floats.array())));
    assertEquals(DType.F32, f.dtype());
    assertArrayEquals(new float[] {1.5f, -0.25f}, f.floats());
    ByteBuffer doubles = ByteBuffer.allocate(8).putDouble(Math.PI);
    assertArrayEquals(new double[] {Math.PI}, Idx.read(write(dir.resolve("d"), idx(0x0E, new int[] {1}, doubles.array()))).doubles());
  }

  @Test
  void readsLabels() {
    Tensor y = Idx.labels(write(dir.resolve("labels.gz"), gzip(labels(25, 10))));
    assertEquals("i32[25]", y.type());
    assertEquals(4, y.ints()[14]);
  }

  @Test
  void imagesAndLabelsMakeABatchedSet() {
    Path x = write(dir.resolve("x"), images(5, 4, 4));
    Path y = write(dir.resolve("y"), labels(5, 3));
    DataSet d = Idx.imagesAndLabels("tiny", x, y, 4, 4, 3);
    assertEquals(5, d.size());
    assertEquals("f32[5, 16]", d.field("x").type());
    assertEquals("i32[5]", d.field("y").type());
    d.expect("x", DType.F32, 4, 4);
    d.expect("y", DType.I32);
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("nope.idx");
    fault(f, () -> Idx.read(f), "no such file");
  }

  @Test
  void badMagic() {
    Path f = write(dir.resolve("bad"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    fault(f, () -> Idx.read(f), "not an IDX file", "bad magic 0x504B0304");
    Path g = write(dir.resolve("badtype"), new byte[] {0, 0, 0x07, 1, 0, 0, 0, 0});
    fault(g, () -> Idx.read(g), "bad magic 0x00000701");
  }

  @Test
  void truncatedData() {
    byte[] full = images(3, 4, 4);
    Path f = write(dir.resolve("cut.idx"), Arrays.copyOf(full, full.length - 5));
    fault(f, () -> Idx.images(f), "truncated file", "48 elements", "needs 48 bytes, found 43");
  }

  @Test
  void truncatedHeader() {
    Path f = write(dir.resolve("cut.idx"), Arrays.copyOf(images(3, 4, 4), 9));
    fault(f, () -> Idx.images(f), "truncated file", "dimensions");
  }

  @Test
  void truncatedGzipStream() {
    byte[] z = gzip(images(50, 10, 10));
    Path f = write(dir.resolve("cut.gz"), Arrays.copyOf(z, z.length / 2));
    fault(f, () -> Idx.images(f), "truncated gzip stream");
    // Only the trailer (CRC and length) is lost: the data is all there, but the stream is not whole.
    Path g = write(dir.resolve("trailer.gz"), Arrays.copyOf(z, z.length - 4));
    fault(g, () -> Idx.images(g), "truncated gzip stream");
  }

  @Test
  void corruptGzipStream() {
    byte[] z = gzip(images(5, 4, 4));
    z[z.length - 6] ^= 0x5A; // inside the CRC-32 of the trailer
    Path f = write(dir.resolve("crc.gz"), z);
    fault(f, () -> Idx.images(f), "corrupt gzip stream");
  }

  @Test
  void extraBytesAfterTheData() {
    byte[] full = images(2, 2, 2);
    Path f = write(dir.resolve("long.idx"), Arrays.copyOf(full, full.length + 3));
    fault(f, () -> Idx.images(f), "3 unexpected bytes after the 8 elements");
  }

  @Test
  void imageCountMustMatchLabels() {
    Path x = write(dir.resolve("images.idx"), images(6, 4, 4));
    Path y = write(dir.resolve("labels.idx"), labels(5, 3));
    fault(x, () -> Idx.imagesAndLabels("t", x, y, 4, 4, 3), "6 images, but " + y + " has 5 labels");
  }

  @Test
  void wrongImageSizeSaysExpectedAndFound() {
    Path x = write(dir.resolve("images.idx"), images(2, 32, 32));
    Path y = write(dir.resolve("labels.idx"), labels(2, 10));
    fault(x, () -> Idx.imagesAndLabels("t", x, y, 28, 28, 10), "wrong image size", "expected 28x28", "found 32x32");
  }

  @Test
  void wrongSizeForTheModelNamesFieldAndCounts() {
    Path x = write(dir.resolve("images.idx"), images(2, 32, 32));
    Path y = write(dir.resolve("labels.idx"), labels(2, 10));
    DataSet d = Idx.imagesAndLabels("t", x, y, 0, 0, 10);
    fault(x, () -> d.expect("x", DType.F32, 784), "wrong size", "field `x` has 1024 values per sample", "32x32",
        "the model expects 784 (f32[784])");
    fault(x, () -> d.expect("x", DType.I32, 1024), "is f32", "expects i32");
    fault(null, () -> d.field("z"), "no field `z`; it has x, y");
  }

  @Test
  void labelsOutOfRange() {
    Path x = write(dir.resolve("images.idx"), images(12, 2, 2));
    Path y = write(dir.resolve("labels.idx"), labels(12, 12));
    fault(y, () -> Idx.imagesAndLabels("t", x, y, 2, 2, 10), "label 10 is 10", "0..9");
  }

  @Test
  void imagesNeedRankTwoAndLabelsRankOne() {
    Path flat = write(dir.resolve("flat"), idx(0x08, new int[] {4}, new byte[4]));
    fault(flat, () -> Idx.images(flat), "expected images", "unsigned bytes 4");
    Path grid = write(dir.resolve("grid"), images(2, 2, 2));
    fault(grid, () -> Idx.labels(grid), "expected labels", "unsigned bytes 2x2x2");
  }

  @Test
  void folderIsNotAFile() {
    fault(dir, () -> Idx.read(dir), "is a folder");
  }
}
