package dev.nnc.api;

import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The symbolic sizes of a model's inputs ({@code B} in {@code f32[B, 784]}) found from the lengths
 * of the arrays given for them: an input whose axes hold one unknown size, as a whole axis,
 * determines it, and what it determines may make another input's size the only unknown one. The
 * generator asks which sizes the arrays cannot determine and makes them record components.
 */
final class Sizes {
  private Sizes() {}

  /** The sizes of the inputs that their lengths determine, in the order they are found. */
  static Set<String> inferable(Map<String, TensorType> inputs) {
    return inferable(inputs, Set.of());
  }

  /** The sizes the inputs' lengths determine once the sizes {@code given} are known (those included). */
  static Set<String> inferable(Map<String, TensorType> inputs, Set<String> given) {
    Set<String> known = new LinkedHashSet<>(given);
    for (boolean progress = true; progress; ) {
      progress = false;
      for (TensorType t : inputs.values()) {
        String only = onlyUnknown(t, known::contains);
        if (only != null) progress |= known.add(only);
      }
    }
    return known;
  }

  /**
   * The sizes a caller must give so that the inputs' lengths determine the others: the fewest,
   * taken from the last axes first, so that a batch size on the first axis is found rather than
   * asked for ({@code T} for {@code f32[B, T, 28]}). In order of appearance.
   */
  static List<String> open(Map<String, TensorType> inputs) {
    List<String> all = new ArrayList<>(symbols(inputs));
    Set<String> given = new LinkedHashSet<>();
    while (true) {
      Set<String> known = inferable(inputs, given);
      List<String> missing = all.stream().filter(s -> !known.contains(s)).toList();
      if (missing.isEmpty()) break;
      given.add(missing.get(missing.size() - 1));
    }
    return all.stream().filter(given::contains).toList();
  }

  /** Every size the inputs' types name, in order of appearance. */
  static Set<String> symbols(Map<String, TensorType> inputs) {
    Set<String> out = new LinkedHashSet<>();
    for (TensorType t : inputs.values()) for (Dim d : t.dims()) out.addAll(d.symbols());
    return out;
  }

  /**
   * The values of the sizes, from {@code given} and the lengths of the arrays; fails with a message
   * that names the input, its type and what was wrong when the lengths do not fit the types.
   */
  static Map<String, Long> solve(String what, Map<String, TensorType> types, Map<String, Integer> lengths, Map<String, Long> given) {
    Map<String, Long> known = new LinkedHashMap<>(given);
    Map<String, String> from = new LinkedHashMap<>();
    for (boolean progress = true; progress; ) {
      progress = false;
      for (Map.Entry<String, TensorType> e : types.entrySet()) {
        TensorType t = e.getValue();
        String only = onlyUnknown(t, known::containsKey);
        if (only == null) continue;
        long rest = 1;
        for (Dim d : t.dims()) if (!only.equals(d.asSymbol())) rest *= d.evaluate(known);
        int length = lengths.get(e.getKey());
        if (rest == 0 ? length != 0 : length % rest != 0) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: `%s` is %s, so its length must be a multiple of %d, but it is %d", what, e.getKey(), t, rest, length));
        }
        if (rest == 0) continue;
        known.put(only, length / rest);
        from.put(only, e.getKey());
        progress = true;
      }
    }
    for (Map.Entry<String, TensorType> e : types.entrySet()) {
      TensorType t = e.getValue();
      List<String> missing = new ArrayList<>();
      for (Dim d : t.dims()) for (String s : d.symbols()) if (!known.containsKey(s) && !missing.contains(s)) missing.add(s);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(what + ": the lengths of the inputs do not determine the size `" + missing.get(0)
            + "` of `" + e.getKey() + "` (" + t + "); give it");
      }
      long want = 1;
      for (Dim d : t.dims()) want *= d.evaluate(known);
      int length = lengths.get(e.getKey());
      if (want != length) {
        StringBuilder bound = new StringBuilder();
        for (Dim d : t.dims()) {
          for (String s : d.symbols()) {
            if (bound.indexOf(s + " = ") >= 0) continue;
            bound.append(bound.length() == 0 ? "" : ", ").append(s).append(" = ").append(known.get(s));
            if (from.containsKey(s)) bound.append(" (from `").append(from.get(s)).append("`)");
          }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: `%s` is %s, which is %d values%s, but it has %d",
            what, e.getKey(), t, want, bound.length() == 0 ? "" : " for " + bound, length));
      }
    }
    return known;
  }

  /** The one size of a type not yet known, when it is a whole axis and every other axis is known; else null. */
  private static String onlyUnknown(TensorType t, java.util.function.Predicate<String> known) {
    String only = null;
    for (Dim d : t.dims()) {
      List<String> unknown = d.symbols().stream().filter(s -> !known.test(s)).toList();
      if (unknown.isEmpty()) continue;
      if (only != null || d.asSymbol() == null) return null;
      only = d.asSymbol();
    }
    return only;
  }
}
