package dev.nnc.api;

import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbolic sizes of a model's inputs ({@code B} in {@code f32[B, 784]}) found from the lengths
 * of the arrays given for them: an input whose axes hold one unknown size, as a whole axis,
 * determines it, and what it determines may make another input's size the only unknown one. The
 * generator asks which sizes the arrays cannot determine and makes them record components; the
 * runtime's {@link dev.nnc.runtime.model.Sizes} finds their values when the arrays come.
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
