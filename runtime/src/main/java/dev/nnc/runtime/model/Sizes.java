package dev.nnc.runtime.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The symbolic sizes of a model's inputs ({@code B} in {@code f32[B, 784]}) found from the lengths
 * of the arrays given for them: an input whose axes hold one unknown size, as a whole axis,
 * determines it, and what it determines may make another input's size the only unknown one.
 */
public final class Sizes {
  private Sizes() {}

  /**
   * The values of the sizes, from {@code given} and the lengths of the arrays; fails with a message
   * that names the input, its type and what was wrong when the lengths do not fit the types.
   *
   * @param what how messages begin ({@code Spirals.predict})
   * @throws IllegalArgumentException when the lengths do not fit the types or leave a size open
   */
  public static Map<String, Long> solve(String what, Map<String, Field> fields, Map<String, Integer> lengths, Map<String, Long> given) {
    Map<String, Long> known = new LinkedHashMap<>(given);
    Map<String, String> from = new LinkedHashMap<>();
    for (boolean progress = true; progress; ) {
      progress = false;
      for (Map.Entry<String, Field> e : fields.entrySet()) {
        Field f = e.getValue();
        String only = onlyUnknown(f, known::containsKey);
        if (only == null) continue;
        long rest = 1;
        for (int i = 0; i < f.rank(); i++) if (!only.equals(f.symbol(i))) rest *= f.size(i, known);
        int length = lengths.get(e.getKey());
        if (rest == 0 ? length != 0 : length % rest != 0) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: `%s` is %s, so its length must be a multiple of %d, but it is %d", what, e.getKey(), f.type(), rest, length));
        }
        if (rest == 0) continue;
        known.put(only, length / rest);
        from.put(only, e.getKey());
        progress = true;
      }
    }
    for (Map.Entry<String, Field> e : fields.entrySet()) {
      Field f = e.getValue();
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < f.rank(); i++) for (String s : f.symbols(i)) if (!known.containsKey(s) && !missing.contains(s)) missing.add(s);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(what + ": the lengths of the inputs do not determine the size `" + missing.get(0)
            + "` of `" + e.getKey() + "` (" + f.type() + "); give it");
      }
      long want = 1;
      for (int i = 0; i < f.rank(); i++) want *= f.size(i, known);
      int length = lengths.get(e.getKey());
      if (want != length) {
        StringBuilder bound = new StringBuilder();
        for (int i = 0; i < f.rank(); i++) {
          for (String s : f.symbols(i)) {
            if (bound.indexOf(s + " = ") >= 0) continue;
            bound.append(bound.length() == 0 ? "" : ", ").append(s).append(" = ").append(known.get(s));
            if (from.containsKey(s)) bound.append(" (from `").append(from.get(s)).append("`)");
          }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: `%s` is %s, which is %d values%s, but it has %d",
            what, e.getKey(), f.type(), want, bound.length() == 0 ? "" : " for " + bound, length));
      }
    }
    return known;
  }

  /** The one size of a field not yet known, when it is a whole axis and every other axis is known; else null. */
  private static String onlyUnknown(Field f, Predicate<String> known) {
    String only = null;
    for (int i = 0; i < f.rank(); i++) {
      List<String> unknown = f.symbols(i).stream().filter(s -> !known.test(s)).toList();
      if (unknown.isEmpty()) continue;
      if (only != null || f.symbol(i) == null) return null;
      only = f.symbol(i);
    }
    return only;
  }
}
