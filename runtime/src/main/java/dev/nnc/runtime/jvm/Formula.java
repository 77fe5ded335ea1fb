package dev.nnc.runtime.jvm;

import java.util.List;
import java.util.Map;

/**
 * A size formula of a compiled program, as the runtime evaluates it without the compiler: a
 * sum of terms, each a fraction times a product of atoms, an atom a size name (B, T) or the
 * floor of one formula divided by another, to a power of 1 or -1. It is the compiler's
 * {@code Dim} written out term by term, and evaluates as {@code Dim.evaluate} does: exactly,
 * in fractions, failing on a name without a value or a result that is not whole.
 *
 * @param text the formula as the compiler prints it, for messages
 */
public record Formula(String text, List<Term> terms) {
  public Formula {
    terms = List.copyOf(terms);
  }

  /** numerator/denominator times the atoms, in order; denominator > 0. */
  public record Term(long numerator, long denominator, List<Atom> atoms) {
    public Term {
      atoms = List.copyOf(atoms);
    }
  }

  /**
   * A size name, or (when {@code floor} is set) the floor of {@code floor[0]/floor[1]} named
   * {@code name}; {@code inverse} divides by it instead of multiplying.
   */
  public record Atom(String name, boolean inverse, List<Formula> floor) {
    public Atom {
      floor = floor == null ? null : List.copyOf(floor);
    }
  }

  /** The value for the sizes the call binds. */
  public long evaluate(Map<String, Long> values) {
    Q sum = Q.of(0, 1);
    for (Term t : terms) {
      Q term = Q.of(t.numerator(), t.denominator());
      for (Atom a : t.atoms()) {
        Long v = values.get(a.name());
        if (v == null && a.floor() != null) v = Math.floorDiv(a.floor().get(0).evaluate(values), a.floor().get(1).evaluate(values));
        if (v == null) throw new IllegalArgumentException("no value for size " + a.name());
        term = a.inverse() ? term.over(Q.of(v, 1)) : term.times(Q.of(v, 1));
      }
      sum = sum.plus(term);
    }
    if (sum.d() != 1) throw new IllegalArgumentException(text + " is not whole for " + values);
    return sum.n();
  }

  /** Every formula's value, each an int: the size table a program's kernels read. */
  public static int[] evaluate(List<Formula> formulas, Map<String, Long> values) {
    int[] out = new int[formulas.size()];
    for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(formulas.get(i).evaluate(values));
    return out;
  }

  /** A fraction n/d in lowest terms, d > 0, with the compiler's overflow checks. */
  private record Q(long n, long d) {
    static Q of(long n, long d) {
      if (d < 0) {
        n = Math.negateExact(n);
        d = Math.negateExact(d);
      }
      long g = gcd(Math.abs(n), d);
      return g > 1 ? new Q(n / g, d / g) : new Q(n, d);
    }

    Q plus(Q o) { return of(Math.addExact(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d)), Math.multiplyExact(d, o.d)); }

    Q times(Q o) { return of(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d)); }

    Q over(Q o) { return of(Math.multiplyExact(n, o.d), Math.multiplyExact(d, o.n)); }

    private static long gcd(long a, long b) {
      while (b != 0) {
        long t = a % b;
        a = b;
        b = t;
      }
      return a == 0 ? 1 : a;
    }
  }
}
