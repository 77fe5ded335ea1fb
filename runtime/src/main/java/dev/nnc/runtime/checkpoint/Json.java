package dev.nnc.runtime.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a safetensors header needs (RFC 8259): objects as {@code LinkedHashMap} in file order,
 * arrays as {@code List}, strings, integers as {@code Long}, other numbers as {@code Double},
 * booleans and null. Parse faults are {@link IllegalArgumentException}s that give the offset.
 * The compiler's command line writes its {@code --format json} output with it too, so nnc has one
 * JSON reader and writer.
 */
public final class Json {
  private Json() {}

  public static Object parse(String text) {
    Json.Reader r = new Json.Reader(text);
    r.skip();
    Object v = r.value(0);
    r.skip();
    if (r.at != text.length()) throw r.fail("expected the end of the JSON text");
    return v;
  }

  /** One line of JSON; a NaN or infinite double is refused (write null for a missing number). */
  public static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value);
    return b.toString();
  }

  private static void write(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String) {
      quote(b, (String) v);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      b.append(v);
    } else if (v instanceof Double) {
      double d = (Double) v;
      if (!Double.isFinite(d)) throw new IllegalArgumentException("JSON has no " + d);
      b.append(d);
    } else if (v instanceof Float) {
      float f = (Float) v; // its shortest decimal form, not the double's 0.800000011920929
      if (!Float.isFinite(f)) throw new IllegalArgumentException("JSON has no " + f);
      b.append(f);
    } else if (v instanceof Map) {
      b.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        b.append(sep);
        quote(b, (String) e.getKey());
        b.append(':');
        write(b, e.getValue());
        sep = ",";
      }
      b.append('}');
    } else if (v instanceof List) {
      b.append('[');
      String sep = "";
      for (Object o : (List<?>) v) {
        b.append(sep);
        write(b, o);
        sep = ",";
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getSimpleName() + " as JSON");
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    b.append('"');
  }

  /** A recursive-descent reader over one JSON text. */
  private static final class Reader {
    private static final int MAX_DEPTH = 64;
    private final String s;
    private int at;

    Reader(String s) {
      this.s = s;
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) throw fail("nested deeper than " + MAX_DEPTH);
      if (at >= s.length()) throw fail("expected a value, found the end");
      char c = s.charAt(at);
      switch (c) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return string();
        case 't': return word("true", Boolean.TRUE);
        case 'f': return word("false", Boolean.FALSE);
        case 'n': return word("null", null);
        default:
          if (c == '-' || c >= '0' && c <= '9') return number();
          throw fail("expected a value, found '" + c + "'");
      }
    }

    private Map<String, Object> object(int depth) {
      at++;
      Map<String, Object> out = new LinkedHashMap<>();
      skip();
      if (peek() == '}') {
        at++;
        return out;
      }
      while (true) {
        skip();
        if (peek() != '"') throw fail("expected a string key");
        int keyAt = at;
        String key = string();
        skip();
        expect(':');
        skip();
        Object v = value(depth + 1);
        if (out.containsKey(key)) {
          at = keyAt;
          throw fail("the key \"" + key + "\" appears twice");
        }
        out.put(key, v);
        skip();
        char c = peek();
        at++;
        if (c == '}') return out;
        if (c != ',') {
          at--;
          throw fail("expected ',' or '}'");
        }
      }
    }

    private List<Object> array(int depth) {
      at++;
      List<Object> out = new ArrayList<>();
      skip();
      if (peek() == ']') {
        at++;
        return out;
      }
      while (true) {
        skip();
        out.add(value(depth + 1));
        skip();
        char c = peek();
        at++;
        if (c == ']') return out;
        if (c != ',') {
          at--;
          throw fail("expected ',' or ']'");
        }
      }
    }

    private String string() {
      at++;
      StringBuilder b = new StringBuilder();
      while (true) {
        if (at >= s.length()) throw fail("unterminated string");
        char c = s.charAt(at++);
        if (c == '"') return b.toString();
        if (c < 0x20) {
          at--;
          throw fail("a control character in a string");
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        if (at >= s.length()) throw fail("unterminated string");
        char e = s.charAt(at++);
        switch (e) {
          case '"': b.append('"'); break;
          case '\\': b.append('\\'); break;
          case '/': b.append('/'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'n': b.append('\n'); break;
          case 'r': b.append('\r'); break;
          case 't': b.append('\t'); break;
          case 'u':
            if (at + 4 > s.length()) throw fail("a short \\u escape");
            try {
              b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw fail("a bad \\u escape");
            }
            at += 4;
            break;
          default:
            at--;
            throw fail("a bad escape '\\" + e + "'");
        }
      }
    }

    private Object number() {
      int start = at;
      if (peek() == '-') at++;
      if (at < s.length() && s.charAt(at) == '0') at++;
      else digits();
      boolean integer = true;
      if (at < s.length() && s.charAt(at) == '.') {
        at++;
        digits();
        integer = false;
      }
      if (at < s.length() && (s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
        at++;
        if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) at++;
        digits();
        integer = false;
      }
      String text = s.substring(start, at);
      if (integer) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          at = start;
          throw fail("the integer " + text + " does not fit in 64 bits");
        }
      }
      return Double.parseDouble(text);
    }

    private void digits() {
      int start = at;
      while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') at++;
      if (at == start) throw fail("expected a digit");
    }

    private Object word(String w, Object value) {
      if (!s.startsWith(w, at)) throw fail("expected a value");
      at += w.length();
      return value;
    }

    private char peek() {
      if (at >= s.length()) throw fail("unexpected end");
      return s.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) throw fail("expected '" + c + "'");
      at++;
    }

    void skip() {
      while (at < s.length()) {
        char c = s.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
        at++;
      }
    }

    IllegalArgumentException fail(String what) {
      return new IllegalArgumentException("at character " + at + ": " + what);
    }
  }
}
