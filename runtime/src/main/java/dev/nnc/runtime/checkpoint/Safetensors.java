package dev.nnc.runtime.checkpoint;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * The safetensors format: an unsigned 64-bit little-endian header length {@code N}, {@code N} bytes
 * of UTF-8 JSON (padded with spaces to a multiple of 8) mapping each tensor name to its
 * {@code dtype}, {@code shape} and {@code data_offsets} [begin, end) into the data that follows,
 * plus an optional {@code __metadata__} object of strings; then the tensors' bytes, little-endian,
 * C order, contiguous and without gaps.
 */
public final class Safetensors {
  private Safetensors() {}

  static final String METADATA = "__metadata__";
  /** The reference implementation refuses larger headers; so does nnc, to fail fast on garbage. */
  static final long MAX_HEADER = 100_000_000;
  private static final int CHUNK = 1 << 20;

  /** Writes the tensors (parameters first is conventional) and metadata atomically. */
  public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) {
    write(file, tensors, metadata, i -> {});
  }

  /**
   * Writes to a temporary file in the same folder, forces it to disk, then renames it over
   * {@code file}, so a crash leaves either the old file or the new one, never a partial one.
   * {@code afterTensor} runs after each tensor's bytes are written (tests inject faults there).
   */
  static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata, IntConsumer afterTensor) {
    List<Map.Entry<String, Tensor>> order = new ArrayList<>(tensors.entrySet());
    for (Map.Entry<String, Tensor> e : order) {
      if (e.getKey().isEmpty() || e.getKey().equals(METADATA)) {
        throw new IllegalArgumentException("a tensor cannot be named \"" + e.getKey() + "\"");
      }
    }
    // Larger elements first keeps every tensor aligned to its element size (the header keeps 8).
    order.sort(Comparator.comparingInt((Map.Entry<String, Tensor> e) -> -e.getValue().dtype().bytes()));
    byte[] header = header(order, metadata);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.createDirectories(dir);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer head = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(header.length).put(header).flip();
        writeFully(ch, head);
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < order.size(); k++) {
          Tensor t = order.get(k).getValue();
          int per = CHUNK * 8 / t.dtype().bytes();
          for (int at = 0; at < t.size(); at += per) {
            buf.clear();
            t.put(buf, at, Math.min(per, t.size() - at));
            buf.flip();
            writeFully(ch, buf);
          }
          afterTensor.accept(k);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("this file system cannot rename atomically", e);
      }
      syncFolder(dir);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // The fault below is the one to report; a stray temporary file is harmless.
      }
      if (e instanceof DataException) throw (DataException) e;
      throw new DataException(file, "cannot write the checkpoint: " + e.getMessage(), e);
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) ch.write(b);
  }

  /** Makes the rename itself durable; some platforms cannot open a folder, and lose nothing by skipping. */
  private static void syncFolder(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Not every platform lets a folder be opened; the file itself is already on disk.
    }
  }

  private static byte[] header(List<Map.Entry<String, Tensor>> order, Map<String, String> metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (!metadata.isEmpty()) json.put(METADATA, new LinkedHashMap<>(metadata));
    long offset = 0;
    for (Map.Entry<String, Tensor> e : order) {
      Tensor t = e.getValue();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("dtype", t.dtype().safetensorsName());
      List<Object> shape = new ArrayList<>();
      for (int d : t.shape()) shape.add((long) d);
      entry.put("shape", shape);
      entry.put("data_offsets", List.of(offset, offset + t.byteSize()));
      offset += t.byteSize();
      json.put(e.getKey(), entry);
    }
    byte[] text = Json.write(json).getBytes(StandardCharsets.UTF_8);
    int padded = (8 + text.length + 7) / 8 * 8 - 8;
    byte[] out = new byte[padded];
    System.arraycopy(text, 0, out, 0, text.length);
    for (int i = text.length; i < padded; i++) out[i] = ' ';
    return out;
  }

  // ------------------------------------------------------------------ reading

  /** One tensor as the header describes it: its dtype, shape and byte range in the data. */
  private record Entry(String name, DType dtype, int[] shape, long begin, long end) {}

  /** Every tensor and the metadata. */
  public static Checkpoint read(Path file) {
    return read(file, null);
  }

  /**
   * Reads a checkpoint that must hold exactly the {@code expected} tensors with these dtypes and
   * shapes (null: whatever it holds). The header is checked before any data is read.
   */
  public static Checkpoint read(Path file, Map<String, Checkpoint.Spec> expected) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 8) throw new DataException(file, "truncated checkpoint: " + size + " bytes, less than the 8-byte header length");
      ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, len, 0);
      long n = len.flip().getLong();
      if (n < 2 || n > MAX_HEADER) {
        throw new DataException(file, "not a safetensors file: its header length is " + Long.toUnsignedString(n) + " bytes");
      }
      if (n > size - 8) {
        throw new DataException(file, "truncated checkpoint: the header needs " + n + " bytes, the file has " + (size - 8) + " after the length");
      }
      ByteBuffer head = ByteBuffer.allocate((int) n);
      readFully(ch, head, 8);
      Map<String, String> metadata = new LinkedHashMap<>();
      List<Entry> entries = parseHeader(file, head.flip(), metadata);
      checkLayout(file, entries, size - 8 - n);
      if (expected != null) checkExpected(file, entries, expected);
      Map<String, Tensor> tensors = new LinkedHashMap<>();
      ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
      for (Entry e : entries) {
        Tensor t = Tensor.zeros(e.dtype(), e.shape());
        int per = CHUNK * 8 / e.dtype().bytes();
        for (int at = 0; at < t.size(); at += per) {
          int count = Math.min(per, t.size() - at);
          buf.clear().limit(count * e.dtype().bytes());
          readFully(ch, buf, 8 + n + e.begin() + (long) at * e.dtype().bytes());
          buf.flip();
          try {
            t.get(buf, at, count);
          } catch (IllegalArgumentException x) {
            throw new DataException(file, "corrupt tensor `" + e.name() + "`: " + x.getMessage());
          }
        }
        tensors.put(e.name(), t);
      }
      return new Checkpoint(file, tensors, metadata);
    } catch (NoSuchFileException e) {
      throw new DataException(file, "no such checkpoint file");
    } catch (IOException e) {
      throw new DataException(file, "cannot read the checkpoint: " + e, e);
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
    while (b.hasRemaining()) {
      int r = ch.read(b, position);
      if (r < 0) throw new IOException("the file ended while reading at byte " + position);
      position += r;
    }
  }

  private static List<Entry> parseHeader(Path file, ByteBuffer head, Map<String, String> metadata) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(head).toString();
    } catch (CharacterCodingException e) {
      throw new DataException(file, "corrupt checkpoint: the header is not UTF-8 text");
    }
    if (!text.startsWith("{")) throw new DataException(file, "not a safetensors file: the header does not start with '{'");
    Object json;
    try {
      json = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, "corrupt checkpoint header: " + e.getMessage());
    }
    if (!(json instanceof Map)) throw new DataException(file, "corrupt checkpoint header: not a JSON object");
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) json).entrySet()) {
      String name = (String) e.getKey();
      if (name.equals(METADATA)) {
        if (!(e.getValue() instanceof Map)) throw new DataException(file, "corrupt checkpoint header: __metadata__ is not an object");
        for (Map.Entry<?, ?> m : ((Map<?, ?>) e.getValue()).entrySet()) {
          if (!(m.getValue() instanceof String)) {
            throw new DataException(file, "corrupt checkpoint header: metadata `" + m.getKey() + "` is not a string");
          }
          metadata.put((String) m.getKey(), (String) m.getValue());
        }
        continue;
      }
      entries.add(entry(file, name, e.getValue()));
    }
    return entries;
  }

  private static Entry entry(Path file, String name, Object value) {
    String where = "corrupt checkpoint header: tensor `" + name + "` ";
    if (!(value instanceof Map)) throw new DataException(file, where + "is not an object");
    Map<?, ?> m = (Map<?, ?>) value;
    if (!(m.get("dtype") instanceof String)) throw new DataException(file, where + "has no dtype");
    DType dtype = DType.ofSafetensors((String) m.get("dtype"));
    if (dtype == null) {
      throw new DataException(file, "tensor `" + name + "` has dtype " + m.get("dtype") + ", which nnc does not read (F32, F64, I32, I64, BOOL)");
    }
    if (!(m.get("shape") instanceof List)) throw new DataException(file, where + "has no shape");
    List<?> dims = (List<?>) m.get("shape");
    int[] shape = new int[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      Object d = dims.get(i);
      if (!(d instanceof Long) || (Long) d < 0 || (Long) d > Integer.MAX_VALUE) {
        throw new DataException(file, where + "has dimension " + d + " in its shape");
      }
      shape[i] = (int) (long) (Long) d;
    }
    Object offsets = m.get("data_offsets");
    if (!(offsets instanceof List) || ((List<?>) offsets).size() != 2 || !(((List<?>) offsets).get(0) instanceof Long)
        || !(((List<?>) offsets).get(1) instanceof Long)) {
      throw new DataException(file, where + "has no data_offsets [begin, end]");
    }
    long begin = (Long) ((List<?>) offsets).get(0), end = (Long) ((List<?>) offsets).get(1);
    long need;
    try {
      need = Math.multiplyExact(Tensor.count(shape), (long) dtype.bytes());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new DataException(file, where + "is too large: " + Tensor.type(dtype, shape));
    }
    if (begin < 0 || end < begin || end - begin != need) {
      throw new DataException(file, where + "is " + Tensor.type(dtype, shape) + " (" + need + " bytes) but its data_offsets are ["
          + begin + ", " + end + "]");
    }
    return new Entry(name, dtype, shape, begin, end);
  }

  /** The tensors must tile the data exactly: no overlap, no gap, nothing after the last. */
  private static void checkLayout(Path file, List<Entry> entries, long dataBytes) {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
    long at = 0;
    Entry previous = null;
    for (Entry e : byOffset) {
      if (e.begin() != at) {
        String prev = previous == null ? "the data starts at 0" : "`" + previous.name() + "` ends at " + at;
        throw new DataException(file, "corrupt checkpoint: tensor `" + e.name() + "` starts at byte " + e.begin() + " of the data but "
            + prev);
      }
      if (e.end() > dataBytes) {
        throw new DataException(file, "truncated checkpoint: tensor `" + e.name() + "` needs bytes " + e.begin() + ".." + e.end()
            + " of the data, the file holds " + dataBytes);
      }
      at = e.end();
      previous = e;
    }
    if (at != dataBytes) {
      throw new DataException(file, "corrupt checkpoint: " + (dataBytes - at) + " bytes after the last tensor's data");
    }
  }

  private static void checkExpected(Path file, List<Entry> entries, Map<String, Checkpoint.Spec> expected) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    for (Entry e : entries) byName.put(e.name(), e);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Checkpoint.Spec> want : expected.entrySet()) {
      Entry e = byName.get(want.getKey());
      if (e == null) {
        missing.add(want.getKey());
        continue;
      }
      Checkpoint.Spec found = new Checkpoint.Spec(e.dtype(), e.shape());
      if (!found.equals(want.getValue())) {
        throw new DataException(file, "checkpoint does not match the model: tensor `" + e.name() + "` is " + found + ", the model expects "
            + want.getValue());
      }
    }
    if (!missing.isEmpty()) {
      String first = missing.get(0);
      throw new DataException(file, "checkpoint does not match the model: no tensor `" + first + "` (the model expects "
          + expected.get(first) + ")" + (missing.size() > 1 ? " nor " + (missing.size() - 1) + " more: " + String.join(", ",
              missing.subList(1, missing.size())) : ""));
    }
    for (Entry e : entries) {
      if (!expected.containsKey(e.name())) {
        throw new DataException(file, "checkpoint does not match the model: tensor `" + e.name() + "` (" + Tensor.type(e.dtype(), e.shape())
            + ") is not in the model");
      }
    }
  }
}
