package dev.nnc.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The long explanation of each code: the section of docs/diagnostics.md headed by the code,
 * which the build copies into the jar, so the docs and {@code nnc explain} cannot disagree.
 */
public final class Explanations {
  private static Map<String, String> sections;

  private Explanations() {}

  public static String get(Code code) {
    String text = all().get(code.key());
    return text != null ? text : "## " + code.key() + "\n\n(no explanation written yet)\n";
  }

  public static synchronized Map<String, String> all() {
    if (sections == null) sections = parse(read());
    return sections;
  }

  private static String read() {
    try (InputStream in = Explanations.class.getResourceAsStream("/docs/diagnostics.md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits markdown at "## `key`" headings. */
  public static Map<String, String> parse(String markdown) {
    Map<String, String> out = new LinkedHashMap<>();
    String key = null;
    StringBuilder body = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        if (key != null) out.put(key, body.toString());
        key = line.substring(3).replace("`", "").trim();
        body = new StringBuilder();
      }
      if (key != null) body.append(line).append('\n');
    }
    if (key != null) out.put(key, body.toString());
    return out;
  }
}
