package dev.nnc.plan;

import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The size formulas a compiled program uses, each in a slot of the table its kernels read:
 * evaluated once per call for the sizes the call binds, never per element.
 */
public final class Dims {
  private final List<Dim> formulas = new ArrayList<>();
  private final Map<Dim, Integer> slots = new HashMap<>();

  public int slot(Dim d) {
    return slots.computeIfAbsent(d, k -> {
      formulas.add(k);
      return formulas.size() - 1;
    });
  }

  /** A size as index arithmetic: a constant, or a load from the table. */
  public Ix ix(Dim d) {
    if (d.isConstant()) return new Ix.Lit(Math.toIntExact(d.constant()));
    return new Ix.Size(slot(d));
  }

  /** The product of sizes, as one formula. */
  public static Dim product(List<Dim> dims) {
    Dim p = Dim.of(1);
    for (Dim d : dims) p = p.times(d);
    return p;
  }

  public int[] evaluate(Map<String, Long> sizes) {
    int[] out = new int[formulas.size()];
    for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(formulas.get(i).evaluate(sizes));
    return out;
  }

  public List<Dim> formulas() { return formulas; }
}
