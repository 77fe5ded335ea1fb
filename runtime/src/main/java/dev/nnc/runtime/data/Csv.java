package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numeric CSV files with a header line, plain or gzip. The separator is a comma, or a tab or a
 * semicolon when the header has no comma. One column, the target, becomes {@code y}; the others,
 * in header order, become {@code x: f32[n, columns - 1]}.
 */
public final class Csv {
  private Csv() {}

  /** What the target column holds. */
  public enum Target {
    /** Class indices: {@code y: i32[n]}, each an integer of at least 0. */
    CLASS,
    /** Regression values: {@code y: f32[n, 1]}. */
    VALUE
  }

  /** The file as a batched data set named after the file, with the target column as {@code y}. */
  public static DataSet read(Path file, String target, Target kind) {
    String text = new String(Inputs.readAll(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String[] lines = text.split("\r?\n", -1);
    int headerLine = 0;
    while (headerLine < lines.length && lines[headerLine].isBlank()) headerLine++;
    if (headerLine == lines.length) throw new DataException(file, "empty file: expected a header line naming the columns");
    String head = lines[headerLine];
    char sep = head.indexOf(',') >= 0 ? ',' : head.indexOf('\t') >= 0 ? '\t' : head.indexOf(';') >= 0 ? ';' : ',';
    String[] names = split(head, sep);
    int t = Arrays.asList(names).indexOf(target);
    if (t < 0) {
      throw new DataException(file, "no column `" + target + "` for the target; the header has " + String.join(", ", names));
    }
    if (names.length < 2) throw new DataException(file, "only the target column `" + target + "`; expected feature columns too");
    List<float[]> xs = new ArrayList<>();
    List<Float> ys = new ArrayList<>();
    for (int i = headerLine + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      String[] cells = split(lines[i], sep);
      if (cells.length != names.length) {
        throw new DataException(file, "line " + (i + 1) + " has " + cells.length + " values, the header has " + names.length + " columns");
      }
      float[] x = new float[names.length - 1];
      for (int c = 0, k = 0; c < cells.length; c++) {
        float v = number(file, i + 1, names[c], cells[c]);
        if (c == t) {
          if (kind == Target.CLASS && (v < 0 || v != Math.rint(v) || v > 1 << 24)) {
            throw new DataException(file, "line " + (i + 1) + ": target `" + target + "` is " + cells[c].trim()
                + ", expected a class index (an integer of at least 0)");
          }
          ys.add(v);
        } else {
          x[k++] = v;
        }
      }
      xs.add(x);
    }
    int n = xs.size();
    float[] x = new float[n * (names.length - 1)];
    for (int r = 0; r < n; r++) System.arraycopy(xs.get(r), 0, x, r * (names.length - 1), names.length - 1);
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", Tensor.f32(x, n, names.length - 1));
    if (kind == Target.CLASS) {
      int[] y = new int[n];
      for (int r = 0; r < n; r++) y[r] = (int) (float) ys.get(r);
      fields.put("y", Tensor.i32(y, n));
    } else {
      float[] y = new float[n];
      for (int r = 0; r < n; r++) y[r] = ys.get(r);
      fields.put("y", Tensor.f32(y, n, 1));
    }
    Map<String, DataSet.Origin> origins = new LinkedHashMap<>();
    origins.put("x", new DataSet.Origin(file, n + " rows of " + (names.length - 1) + " feature columns"));
    origins.put("y", new DataSet.Origin(file, "column `" + target + "`"));
    String name = file.getFileName().toString().replaceFirst("\\.csv(\\.gz)?$", "");
    return DataSet.batched(name, fields, origins);
  }

  private static float number(Path file, int line, String column, String cell) {
    String s = cell.trim();
    try {
      if (s.isEmpty()) throw new NumberFormatException();
      return Float.parseFloat(s);
    } catch (NumberFormatException e) {
      throw new DataException(file, "line " + line + ": column `" + column + "` is " + (s.isEmpty() ? "empty" : "'" + s + "'")
          + ", expected a number");
    }
  }

  /** Cells of one line; a cell may be quoted with double quotes ("" inside is a quote). */
  private static String[] split(String line, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (c == sep) {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().trim());
    return out.toArray(new String[0]);
  }
}
