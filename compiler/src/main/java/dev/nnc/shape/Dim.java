package dev.nnc.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tensor size: a polynomial over size symbols ({@code B}, {@code T}, or a layer parameter
 * left symbolic), kept in a normal form so that equal sizes compare equal: {@code 4*h + B*T}.
 * Division by a monomial is exact in this algebra (a symbol may get a negative power, a
 * coefficient may be a fraction), so {@code (d/h)*h} is {@code d}; callers decide when a
 * division is allowed. Floor division that is not exact becomes an opaque atom.
 */
public final class Dim implements Comparable<Dim> {
  /** A fraction n/d in lowest terms, d > 0. */
  private record Q(long n, long d) {
    static Q of(long n, long d) {
      if (d < 0) { n = Math.negateExact(n); d = Math.negateExact(d); }
      long g = gcd(Math.abs(n), d);
      return g > 1 ? new Q(n / g, d / g) : new Q(n, d);
    }
    Q plus(Q o) { return of(Math.addExact(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d)), Math.multiplyExact(d, o.d)); }
    Q times(Q o) { return of(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d)); }
    Q over(Q o) { return of(Math.multiplyExact(n, o.d), Math.multiplyExact(d, o.n)); }
    boolean zero() { return n == 0; }
    boolean integral() { return d == 1; }
  }

  private static long gcd(long a, long b) {
    while (b != 0) { long t = a % b; a = b; b = t; }
    return a == 0 ? 1 : a;
  }

  /** Monomial (sorted atoms; "1/x" is x to the power -1) to coefficient; no zero entries. */
  private final TreeMap<List<String>, Q> terms;

  private Dim(TreeMap<List<String>, Q> terms) {
    this.terms = terms;
  }

  private static final java.util.Comparator<List<String>> MONOMIAL_ORDER = (a, b) -> {
    if (a.size() != b.size()) return Integer.compare(b.size(), a.size()); // higher degree first
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) return c;
    }
    return 0;
  };

  private static TreeMap<List<String>, Q> empty() { return new TreeMap<>(MONOMIAL_ORDER); }

  public static Dim of(long value) {
    TreeMap<List<String>, Q> t = empty();
    if (value != 0) t.put(List.of(), Q.of(value, 1));
    return new Dim(t);
  }

  public static Dim symbol(String name) {
    TreeMap<List<String>, Q> t = empty();
    t.put(List.of(name), Q.of(1, 1));
    return new Dim(t);
  }

  /** A whole number with no symbols. */
  public boolean isConstant() {
    if (terms.isEmpty()) return true;
    return terms.size() == 1 && terms.containsKey(List.of()) && terms.get(List.of()).integral();
  }

  /** The value of a constant size. */
  public long constant() {
    if (!isConstant()) throw new IllegalStateException("not constant: " + this);
    Q q = terms.get(List.of());
    return q == null ? 0 : q.n();
  }

  /** Whether every term has whole coefficients and no negative powers: a size for any values of its symbols. */
  public boolean isWhole() {
    for (var e : terms.entrySet()) {
      if (!e.getValue().integral()) return false;
      for (String a : e.getKey()) if (a.startsWith("1/")) return false;
    }
    return true;
  }

  /** The single symbol this size is, or null. */
  public String asSymbol() {
    if (terms.size() != 1) return null;
    var e = terms.firstEntry();
    return e.getValue().equals(Q.of(1, 1)) && e.getKey().size() == 1 && !e.getKey().get(0).startsWith("1/")
        ? e.getKey().get(0) : null;
  }

  public Dim plus(Dim o) {
    TreeMap<List<String>, Q> t = empty();
    t.putAll(terms);
    o.terms.forEach((m, c) -> {
      Q sum = t.containsKey(m) ? t.get(m).plus(c) : c;
      if (sum.zero()) t.remove(m); else t.put(m, sum);
    });
    return new Dim(t);
  }

  public Dim negate() {
    TreeMap<List<String>, Q> t = empty();
    terms.forEach((m, c) -> t.put(m, Q.of(Math.negateExact(c.n()), c.d())));
    return new Dim(t);
  }

  public Dim minus(Dim o) { return plus(o.negate()); }

  public Dim times(Dim o) {
    Dim out = of(0);
    for (var a : terms.entrySet()) {
      for (var b : o.terms.entrySet()) {
        TreeMap<List<String>, Q> t = empty();
        t.put(multiply(a.getKey(), b.getKey()), a.getValue().times(b.getValue()));
        out = out.plus(new Dim(t));
      }
    }
    return out;
  }

  private static List<String> multiply(List<String> a, List<String> b) {
    List<String> m = new ArrayList<>(a);
    for (String atom : b) {
      String inverse = atom.startsWith("1/") ? atom.substring(2) : "1/" + atom;
      if (!m.remove(inverse)) m.add(atom);
    }
    Collections.sort(m);
    return List.copyOf(m);
  }

  private static List<String> inverse(List<String> m) {
    List<String> out = new ArrayList<>();
    for (String atom : m) out.add(atom.startsWith("1/") ? atom.substring(2) : "1/" + atom);
    Collections.sort(out);
    return out;
  }

  /**
   * This divided by d in the algebra: by a constant or a single term, any quotient (it may
   * not be whole); by a sum of terms, only when this equals a multiple of it. Null otherwise.
   */
  public Dim over(Dim d) {
    if (d.terms.isEmpty()) return null;
    if (d.terms.size() == 1) {
      var div = d.terms.firstEntry();
      TreeMap<List<String>, Q> t = empty();
      t.put(inverse(div.getKey()), Q.of(1, 1).over(div.getValue()));
      return times(new Dim(t));
    }
    if (equals(d)) return of(1);
    return null;
  }

  /** This divided by d when the quotient is a whole size for all values of the symbols, else null. */
  public Dim exactDiv(Dim d) {
    Dim q = over(d);
    return q != null && q.isWhole() ? q : null;
  }

  /**
   * Floor division. By a constant k, the terms whose coefficients k divides come out exactly
   * and only the constant remainder is floored ({@code floor((2H - 1)/2) = H - 1}); otherwise
   * the quotient is an opaque atom, which {@link #evaluate} still computes from its parts.
   */
  public Dim floorDiv(Dim d) {
    if (isConstant() && d.isConstant() && d.constant() != 0) return of(Math.floorDiv(constant(), d.constant()));
    Dim exact = exactDiv(d);
    if (exact != null) return exact;
    if (d.isConstant() && d.constant() > 0 && isWhole()) {
      long k = d.constant();
      Dim rest = of(0);
      boolean split = true;
      for (var e : terms.entrySet()) {
        if (e.getKey().isEmpty()) continue;
        if (e.getValue().n() % k != 0) split = false;
        TreeMap<List<String>, Q> t = empty();
        t.put(e.getKey(), Q.of(e.getValue().n() / k, 1));
        rest = rest.plus(new Dim(t));
      }
      if (split) {
        Q c = terms.get(List.of());
        return rest.plus(of(Math.floorDiv(c == null ? 0 : c.n(), k)));
      }
    }
    String name = "floor((" + this + ")/(" + d + "))";
    QUOTIENTS.putIfAbsent(name, List.of(this, d));
    return symbol(name);
  }

  /** What each opaque floor atom divides, so that it can be evaluated when its symbols have values. */
  private static final Map<String, List<Dim>> QUOTIENTS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * One term of the normal form: numerator/denominator (in lowest terms, denominator > 0)
   * times its atoms in order, an atom {@code "1/x"} dividing by x. What a program exported
   * for the runtime evaluates in place of this class.
   */
  public record Term(long numerator, long denominator, List<String> atoms) {}

  /** The terms, in the order {@link #evaluate} sums them. */
  public List<Term> terms() {
    List<Term> out = new ArrayList<>();
    terms.forEach((m, c) -> out.add(new Term(c.n(), c.d(), m)));
    return out;
  }

  /** The dividend and divisor of an opaque floor atom (a name {@link #floorDiv} made), or null for a size name. */
  public static List<Dim> floorOf(String atom) { return QUOTIENTS.get(atom); }

  /** The remainder, when known. */
  public Long mod(Dim d) {
    if (isConstant() && d.isConstant() && d.constant() != 0) return Math.floorMod(constant(), d.constant());
    if (exactDiv(d) != null) return 0L;
    return null;
  }

  /** The value for given values of the symbols; fails on a symbol without a value or a fraction. */
  public long evaluate(Map<String, Long> values) {
    Q sum = Q.of(0, 1);
    for (var e : terms.entrySet()) {
      Q term = e.getValue();
      for (String atom : e.getKey()) {
        boolean inverse = atom.startsWith("1/");
        String name = inverse ? atom.substring(2) : atom;
        Long v = values.get(name);
        if (v == null && QUOTIENTS.containsKey(name)) {
          List<Dim> q = QUOTIENTS.get(name);
          v = Math.floorDiv(q.get(0).evaluate(values), q.get(1).evaluate(values));
        }
        if (v == null) throw new IllegalArgumentException("no value for size " + name);
        term = inverse ? term.over(Q.of(v, 1)) : term.times(Q.of(v, 1));
      }
      sum = sum.plus(term);
    }
    if (!sum.integral()) throw new IllegalArgumentException(this + " is not whole for " + values);
    return sum.n();
  }

  public List<String> symbols() {
    List<String> out = new ArrayList<>();
    for (List<String> m : terms.keySet()) {
      for (String a : m) {
        String s = a.startsWith("1/") ? a.substring(2) : a;
        if (!out.contains(s)) out.add(s);
      }
    }
    return out;
  }

  @Override public boolean equals(Object o) {
    return o instanceof Dim d && terms.equals(d.terms);
  }

  @Override public int hashCode() { return Objects.hash(terms); }

  @Override public int compareTo(Dim o) { return toString().compareTo(o.toString()); }

  @Override public String toString() {
    if (terms.isEmpty()) return "0";
    StringBuilder out = new StringBuilder();
    for (var e : terms.entrySet()) {
      Q c = e.getValue();
      List<String> m = e.getKey();
      if (out.length() > 0) out.append(c.n() < 0 ? " - " : " + ");
      else if (c.n() < 0) out.append("-");
      long abs = Math.abs(c.n());
      List<String> up = m.stream().filter(a -> !a.startsWith("1/")).toList();
      List<String> down = new ArrayList<>(m.stream().filter(a -> a.startsWith("1/")).map(a -> a.substring(2)).toList());
      if (up.isEmpty()) {
        out.append(abs);
      } else {
        if (abs != 1) out.append(abs).append('*');
        out.append(monomial(up));
      }
      if (c.d() != 1) down.add(0, Long.toString(c.d()));
      if (!down.isEmpty()) out.append('/').append(down.size() == 1 ? down.get(0) : "(" + monomial(down) + ")");
    }
    return out.toString();
  }
  private static String monomial(List<String> atoms) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < atoms.size()) {
      int j = i;
      while (j < atoms.size() && atoms.get(j).equals(atoms.get(i))) j++;
      if (out.length() > 0) out.append('*');
      out.append(atoms.get(i));
      if (j - i > 1) out.append("**").append(j - i);
      i = j;
    }
    return out.toString();
  }
}
