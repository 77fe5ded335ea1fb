package dev.nnc.runtime.model;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.jvm.Formula;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A named tensor of a model's interface (an input, a target or an output): its element type, its
 * type as the compiler prints it ({@code f32[B, 784]}, for messages) and each axis's size as a
 * formula of the symbolic sizes.
 */
public record Field(String name, DType dtype, String type, List<Formula> dims) {
  public Field {
    dims = List.copyOf(dims);
  }

  /** The size name axis {@code i} is, when it is one name alone ({@code B}); else null. */
  String symbol(int i) {
    List<Formula.Term> terms = dims.get(i).terms();
    if (terms.size() != 1) return null;
    Formula.Term t = terms.get(0);
    return t.numerator() == 1 && t.denominator() == 1 && t.atoms().size() == 1 && !t.atoms().get(0).inverse()
        ? t.atoms().get(0).name() : null;
  }

  /** The size names axis {@code i} depends on, in order. */
  List<String> symbols(int i) {
    List<String> out = new ArrayList<>();
    for (Formula.Term t : dims.get(i).terms()) for (Formula.Atom a : t.atoms()) if (!out.contains(a.name())) out.add(a.name());
    return out;
  }

  int rank() { return dims.size(); }

  /** Axis {@code i}'s size for the sizes bound. */
  long size(int i, Map<String, Long> sizes) {
    return dims.get(i).evaluate(sizes);
  }

  /** The values per sample (all axes but the first), or -1 when they depend on a symbolic size. */
  long perSample() {
    long per = 1;
    for (int i = 1; i < rank(); i++) {
      if (!dims.get(i).terms().stream().allMatch(t -> t.atoms().isEmpty())) return -1;
      per *= size(i, Map.of());
    }
    return per;
  }

  /** The shape for the sizes bound. */
  int[] shape(Map<String, Long> sizes) {
    int[] out = new int[rank()];
    for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(size(i, sizes));
    return out;
  }
}
