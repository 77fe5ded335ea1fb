package dev.nnc.runtime.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesEveryKind() {
    Object v = Json.parse(" {\"a\": [1, -2, 3.5, 1e3, true, false, null], \"b\": {\"c\": \"d\\\"\\\\\\/\\n\\u00e9\"}, \"\": {}} ");
    Map<String, Object> m = cast(v);
    assertEquals(Arrays.asList(1L, -2L, 3.5, 1000.0, true, false, null), m.get("a"));
    assertEquals(Map.of("c", "d\"\\/\né"), m.get("b"));
    assertEquals(Map.of(), m.get(""));
    assertEquals(List.of("a", "b", ""), List.copyOf(m.keySet()), "file order");
  }

  @Test
  void writesAndReadsBack() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name\t\"quoted\"", List.of(0L, 9007199254740993L));
    m.put("ctl", "\u0001é✓");
    m.put("n", null);
    String text = Json.write(m);
    assertEquals("{\"name\\t\\\"quoted\\\"\":[0,9007199254740993],\"ctl\":\"\\u0001é✓\",\"n\":null}", text);
    assertEquals(m, Json.parse(text));
  }

  /** A float is written in its own shortest form, not the double it widens to; NaN has no JSON. */
  @Test
  void floatsInTheirShortestForm() {
    assertEquals("[0.8,1.0E-5,0.800000011920929]",
        Json.write(java.util.List.of(0.8f, 1e-5f, (double) 0.8f)));
    assertEquals(0.8, (Double) ((java.util.List<?>) Json.parse(Json.write(java.util.List.of(0.8f)))).get(0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Json.write(java.util.List.of(Float.NaN)));
  }

  @Test
  void faultsGiveTheOffset() {
    String[][] bad = {
      {"{\"a\":1,}", "at character 7: expected a string key"},
      {"{\"a\":1 \"b\":2}", "expected ',' or '}'"},
      {"{\"a\":1,\"a\":2}", "the key \"a\" appears twice"},
      {"[1,2", "unexpected end"},
      {"\"abc", "unterminated string"},
      {"{\"a\":01}", "expected ',' or '}'"},
      {"{\"a\":99999999999999999999}", "does not fit in 64 bits"},
      {"{} x", "expected the end"},
      {"[\"a\nb\"]", "a control character"},
      {"[tru]", "expected a value"},
      {"[".repeat(100), "nested deeper than 64"},
    };
    for (String[] b : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(b[0]), b[0]);
      assertTrue(e.getMessage().contains(b[1]), b[0] + " -> " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }
}
