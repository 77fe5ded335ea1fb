package dev.nnc.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint.Spec;
import dev.nnc.runtime.checkpoint.Checkpoint.TrainingState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
  @TempDir Path dir;

  private static Map<String, Tensor> mlp() {
    Map<String, Tensor> t = new LinkedHashMap<>();
    float[] w = new float[6];
    for (int i = 0; i < 6; i++) w[i] = i * 0.5f - 1;
    t.put("fc1.weight", Tensor.f32(w, 3, 2));
    t.put("fc1.bias", Tensor.f32(new float[] {0.1f, 0.2f, 0.3f}, 3));
    t.put("optimizer.fc1.weight.m", Tensor.f64(new double[] {1e-300, 2, 3, 4, 5, Math.E}, 3, 2));
    t.put("step", Tensor.scalar(1L << 40));
    t.put("counts", Tensor.i32(new int[] {7, -8}, 2));
    t.put("mask", Tensor.bool(new boolean[] {true, false, true}, 3));
    t.put("empty", Tensor.f32(new float[0], 0, 5));
    return t;
  }

  private static Map<String, Spec> specs(Map<String, Tensor> tensors) {
    Map<String, Spec> s = new LinkedHashMap<>();
    tensors.forEach((k, v) -> s.put(k, Spec.of(v)));
    return s;
  }

  static DataException fault(Path file, Executable run, String... parts) {
    DataException e = assertThrows(DataException.class, run);
    String m = e.getMessage();
    assertFalse(m.contains("\n"), m);
    assertEquals(file, e.file());
    assertTrue(m.startsWith(file + ": "), m);
    for (String p : parts) assertTrue(m.contains(p), "expected \"" + p + "\" in: " + m);
    return e;
  }

  @Test
  void roundTripsTensorsAndMetadata() {
    Path f = dir.resolve("ckpt.safetensors");
    Map<String, String> meta = Map.of("format", "pt", "note", "é \"quoted\"");
    Safetensors.write(f, mlp(), meta);
    Checkpoint c = Safetensors.read(f);
    assertEquals(mlp(), c.tensors());
    assertEquals(meta, c.metadata());
    assertEquals(f, c.file());
    assertEquals(mlp(), Safetensors.read(f, specs(mlp())).tensors());
  }

  @Test
  void largeTensorsCrossTheChunkSize() {
    float[] big = new float[3_000_001];
    for (int i = 0; i < big.length; i++) big[i] = i * 0.25f;
    Map<String, Tensor> t = Map.of("big", Tensor.f32(big, big.length));
    Path f = dir.resolve("big.safetensors");
    Safetensors.write(f, t, Map.of());
    assertEquals(t, Safetensors.read(f).tensors());
  }

  /** The layout the safetensors specification gives, byte for byte, for a small file. */
  @Test
  void writesTheSpecifiedLayout() throws IOException {
    Path f = dir.resolve("small.safetensors");
    Map<String, Tensor> t = new LinkedHashMap<>();
    t.put("b", Tensor.f32(new float[] {1, 2}, 2));
    t.put("a", Tensor.f64(new double[] {3}, 1, 1));
    Safetensors.write(f, t, Map.of("format", "pt"));
    byte[] b = Files.readAllBytes(f);
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long n = le.getLong(0);
    String json = "{\"__metadata__\":{\"format\":\"pt\"},"
        + "\"a\":{\"dtype\":\"F64\",\"shape\":[1,1],\"data_offsets\":[0,8]},"
        + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}";
    assertEquals(0, (8 + n) % 8, "the data starts 8-aligned");
    assertEquals(json, new String(b, 8, (int) n, StandardCharsets.UTF_8).stripTrailing());
    assertEquals(8 + n + 16, b.length);
    assertEquals(3.0, le.getDouble((int) (8 + n)));
    assertEquals(1.0f, le.getFloat((int) (8 + n + 8)));
    assertEquals(2.0f, le.getFloat((int) (8 + n + 12)));
  }

  /** A file as another writer might lay it out: other key order, no metadata, no padding. */
  @Test
  void readsAFileAssembledFromTheSpecification() throws IOException {
    String json = "{\"w\":{\"shape\":[2],\"data_offsets\":[8,16],\"dtype\":\"F32\"},\"i\":{\"data_offsets\":[0,8],\"dtype\":\"I64\",\"shape\":[]}}";
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + 16).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h).putLong(-5).putFloat(0.5f).putFloat(-1.5f);
    Path f = Files.write(dir.resolve("other.safetensors"), b.array());
    Checkpoint c = Safetensors.read(f);
    assertEquals(List.of("w", "i"), List.copyOf(c.tensors().keySet()));
    assertArrayEquals(new float[] {0.5f, -1.5f}, c.tensor("w").floats());
    assertEquals("i64[]", c.tensor("i").type());
    assertEquals(-5, c.tensor("i").longs()[0]);
  }

  @Test
  void writesAtomically() throws IOException {
    Path f = dir.resolve("run").resolve("last.safetensors");
    Safetensors.write(f, Map.of("old", Tensor.f32(new float[] {1}, 1)), Map.of());
    byte[] before = Files.readAllBytes(f);
    // A fault after the first of several tensors, as a crash in the middle of the write.
    assertThrows(DataException.class, () -> Safetensors.write(f, mlp(), Map.of(), k -> {
      if (k == 1) throw new IllegalStateException("simulated crash");
    }));
    assertArrayEquals(before, Files.readAllBytes(f), "the old checkpoint is untouched");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertEquals(List.of("last.safetensors"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()), "no temporary file left");
    }
    Safetensors.write(f, mlp(), Map.of());
    assertEquals(mlp(), Safetensors.read(f).tensors(), "a later write replaces it");
  }

  @Test
  void faultWhileWritingNamesTheFile() throws IOException {
    Path blocker = Files.write(dir.resolve("file"), new byte[] {1});
    Path f = blocker.resolve("x.safetensors");
    fault(f, () -> Safetensors.write(f, mlp(), Map.of()), "cannot write the checkpoint");
  }

  @Test
  void truncatedAnywhere() throws IOException {
    Path f = dir.resolve("c.safetensors");
    Safetensors.write(f, mlp(), Map.of("format", "pt"));
    byte[] full = Files.readAllBytes(f);
    long n = ByteBuffer.wrap(full).order(ByteOrder.LITTLE_ENDIAN).getLong();
    Path g = dir.resolve("t.safetensors");
    Files.write(g, Arrays.copyOf(full, 5));
    fault(g, () -> Safetensors.read(g), "truncated checkpoint", "5 bytes");
    Files.write(g, Arrays.copyOf(full, 40));
    fault(g, () -> Safetensors.read(g), "truncated checkpoint", "the header needs " + n + " bytes");
    Files.write(g, Arrays.copyOf(full, full.length - 1));
    fault(g, () -> Safetensors.read(g), "truncated checkpoint", "tensor `mask`");
    Files.write(g, Arrays.copyOf(full, (int) (8 + n + 10)));
    fault(g, () -> Safetensors.read(g), "truncated checkpoint", "tensor `optimizer.fc1.weight.m` needs bytes 0..48");
  }

  @Test
  void corruptFiles() throws IOException {
    Path g = dir.resolve("bad.safetensors");
    Files.write(g, header("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 8));
    fault(g, () -> Safetensors.read(g), "corrupt checkpoint header", "unexpected end");
    Files.write(g, header("{\"a\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]}}", 4));
    fault(g, () -> Safetensors.read(g), "tensor `a` has dtype F16, which nnc does not read");
    Files.write(g, header("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8));
    fault(g, () -> Safetensors.read(g), "tensor `a` is f32[3] (12 bytes) but its data_offsets are [0, 8]");
    Files.write(g, header("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8));
    fault(g, () -> Safetensors.read(g), "corrupt checkpoint", "tensor `b` starts at byte 4 of the data but `a` ends at 8");
    Files.write(g, header("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 12));
    fault(g, () -> Safetensors.read(g), "corrupt checkpoint", "4 bytes after the last tensor");
    Files.write(g, header("{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}}", 0));
    fault(g, () -> Safetensors.read(g), "tensor `a` has dimension -1");
    Files.write(g, header("{\"__metadata__\":{\"step\":3}}", 0));
    fault(g, () -> Safetensors.read(g), "metadata `step` is not a string");
    Files.write(g, header("{\"m\":{\"dtype\":\"BOOL\",\"shape\":[1],\"data_offsets\":[0,1]}}", 0, (byte) 7));
    fault(g, () -> Safetensors.read(g), "corrupt tensor `m`");
    Files.write(g, "PK\u0003\u0004 this is a zip file, not a checkpoint".getBytes(StandardCharsets.ISO_8859_1));
    fault(g, () -> Safetensors.read(g), "not a safetensors file");
    Path none = dir.resolve("none.safetensors");
    fault(none, () -> Safetensors.read(none), "no such checkpoint file");
  }

  /** A file whose header is {@code json} followed by {@code data} zero bytes, or the given bytes. */
  private static byte[] header(String json, int data, byte... bytes) {
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + data + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
    return b.putLong(h.length).put(h).put(new byte[data]).put(bytes).array();
  }

  @Test
  void mismatchedCheckpointNamesTheTensor() {
    Path f = dir.resolve("c.safetensors");
    Safetensors.write(f, mlp(), Map.of());
    Map<String, Spec> want = specs(mlp());
    want.put("fc1.weight", Spec.of(DType.F32, 4, 2));
    fault(f, () -> Safetensors.read(f, want), "does not match the model", "tensor `fc1.weight` is f32[3, 2], the model expects f32[4, 2]");
    Map<String, Spec> dtype = specs(mlp());
    dtype.put("counts", Spec.of(DType.I64, 2));
    fault(f, () -> Safetensors.read(f, dtype), "tensor `counts` is i32[2], the model expects i64[2]");
    Map<String, Spec> more = specs(mlp());
    more.put("fc2.weight", Spec.of(DType.F32, 10, 3));
    more.put("fc2.bias", Spec.of(DType.F32, 10));
    fault(f, () -> Safetensors.read(f, more), "no tensor `fc2.weight` (the model expects f32[10, 3]) nor 1 more: fc2.bias");
    Map<String, Spec> fewer = specs(mlp());
    fewer.remove("mask");
    fault(f, () -> Safetensors.read(f, fewer), "tensor `mask` (bool[3]) is not in the model");
    fault(f, () -> Safetensors.read(f).tensor("fc9.bias"), "no tensor `fc9.bias` in the checkpoint");
  }

  @Test
  void trainingStateLivesInTheMetadata() {
    Path f = dir.resolve("c.safetensors");
    TrainingState s = new TrainingState(1234, 3, 512, 42, Long.MAX_VALUE);
    Map<String, String> meta = new LinkedHashMap<>(s.toMetadata());
    meta.put(Checkpoint.FORMAT, "pt");
    Safetensors.write(f, mlp(), meta);
    assertEquals(s, Safetensors.read(f).trainingState());
    assertEquals("optimizer.fc1.weight.m", Checkpoint.optimizerName("fc1.weight", "m"));
    Safetensors.write(f, mlp(), Map.of("nnc.step", "x"));
    fault(f, () -> Safetensors.read(f).trainingState(), "corrupt metadata: `nnc.step` is \"x\"");
    Safetensors.write(f, mlp(), Map.of());
    fault(f, () -> Safetensors.read(f).trainingState(), "not a training checkpoint: no `nnc.step`");
  }
}
