package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxFiles.write;
import static dev.nnc.runtime.data.IdxTest.fault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.runtime.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
  @TempDir Path dir;

  /** A .npy file from its header dict and raw data, laid out as the format says (version 1 or 2). */
  static byte[] npy(int version, String dict, byte[] data) {
    int prefix = version == 1 ? 10 : 12;
    int pad = 64 - (prefix + dict.length() + 1) % 64;
    String header = dict + " ".repeat(pad) + "\n";
    ByteBuffer b = ByteBuffer.allocate(prefix + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) version).put((byte) 0);
    if (version == 1) b.putShort((short) header.length()); else b.putInt(header.length());
    return b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
  }

  private Tensor roundTrip(Tensor t) {
    Path f = dir.resolve("t.npy");
    Npy.write(f, t);
    return Npy.read(f);
  }

  @Test
  void roundTripsEveryDtype() {
    Tensor[] all = {
      Tensor.f32(new float[] {1.5f, -2, Float.NaN, 0, 1e-30f, 7}, 2, 3),
      Tensor.f64(new double[] {Math.PI, -0.0}, 2),
      Tensor.i32(new int[] {Integer.MIN_VALUE, 0, 5}, 3, 1),
      Tensor.i64(new long[] {1L << 40, -1}, 2),
      Tensor.bool(new boolean[] {true, false, true}, 3),
      Tensor.f32(new float[] {2.5f}),
      Tensor.f32(new float[0], 0, 4),
    };
    for (Tensor t : all) assertEquals(t, roundTrip(t), t.type());
  }

  /** The exact bytes numpy 2.x's {@code numpy.save} writes for these arrays. */
  @Test
  void writesWhatNumpyWrites() throws IOException {
    String[][] cases = {
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", "152"},
      {"{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", "140"},
      {"{'descr': '<f8', 'fortran_order': False, 'shape': (), }", "136"},
    };
    Tensor[] tensors = {
      Tensor.f32(new float[] {0, 1, 2, 3, 4, 5}, 2, 3),
      Tensor.i32(new int[] {1, 2, 3}, 3),
      Tensor.f64(new double[] {2.5}),
    };
    for (int i = 0; i < cases.length; i++) {
      Path f = dir.resolve(i + ".npy");
      Npy.write(f, tensors[i]);
      byte[] b = Files.readAllBytes(f);
      assertEquals(Integer.parseInt(cases[i][1]), b.length);
      assertEquals(118, (b[8] & 0xFF) | (b[9] & 0xFF) << 8, "header length");
      String header = new String(b, 10, 118, StandardCharsets.ISO_8859_1);
      assertEquals(cases[i][0], header.stripTrailing());
      assertEquals('\n', header.charAt(117));
    }
  }

  @Test
  void readsBigEndianAndVersionTwo() {
    ByteBuffer be = ByteBuffer.allocate(32).order(ByteOrder.BIG_ENDIAN).putDouble(1.5).putDouble(-2).putDouble(3).putDouble(4);
    Path f = write(dir.resolve("be.npy"), npy(1, "{'descr': '>f8', 'fortran_order': False, 'shape': (2, 2), }", be.array()));
    Tensor t = Npy.read(f);
    assertEquals("f64[2, 2]", t.type());
    assertArrayEquals(new double[] {1.5, -2, 3, 4}, t.doubles());
    ByteBuffer le = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(7).putInt(-7);
    Path g = write(dir.resolve("v2.npy"), npy(2, "{'shape': (2,), 'fortran_order': False, 'descr': '<i4'}", le.array()));
    assertArrayEquals(new int[] {7, -7}, Npy.read(g).ints());
  }

  @Test
  void badMagic() {
    Path f = write(dir.resolve("x.npy"), "col1,col2\n1,2\n".getBytes(StandardCharsets.US_ASCII));
    fault(f, () -> Npy.read(f), "not a .npy file");
  }

  @Test
  void truncatedData() {
    byte[] full = npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", new byte[16]);
    Path f = write(dir.resolve("x.npy"), Arrays.copyOf(full, full.length - 3));
    fault(f, () -> Npy.read(f), "truncated file", "f32[4] needs 16 bytes of data, found 13");
    Path g = write(dir.resolve("y.npy"), Arrays.copyOf(full, 40));
    fault(g, () -> Npy.read(g), "truncated file", "the header needs 118 bytes");
  }

  @Test
  void extraData() {
    Path f = write(dir.resolve("x.npy"), npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new byte[8]));
    fault(f, () -> Npy.read(f), "4 unexpected bytes after the data of f32[1]");
  }

  @Test
  void unsupportedDtypeAndOrder() {
    Path f = write(dir.resolve("x.npy"), npy(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (2,), }", new byte[4]));
    fault(f, () -> Npy.read(f), "unsupported dtype '<f2'");
    Path g = write(dir.resolve("y.npy"), npy(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 1), }", new byte[4]));
    fault(g, () -> Npy.read(g), "Fortran order");
    Path h = write(dir.resolve("z.npy"), npy(1, "{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }", new byte[12]));
    fault(h, () -> Npy.read(h), "unsupported dtype '<U3'");
  }

  @Test
  void corruptHeader() {
    Path f = write(dir.resolve("x.npy"), npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,}", new byte[8]));
    fault(f, () -> Npy.read(f), "corrupt header");
    Path g = write(dir.resolve("y.npy"), npy(1, "{'descr': '<f4'}", new byte[8]));
    fault(g, () -> Npy.read(g), "corrupt header", "expected 'descr', 'fortran_order' and 'shape'");
    Path h = write(dir.resolve("z.npy"), npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (-2,), }", new byte[8]));
    fault(h, () -> Npy.read(h), "corrupt header", "dimension 0 of the shape is -2");
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("none.npy");
    fault(f, () -> Npy.read(f), "no such file");
  }
}
