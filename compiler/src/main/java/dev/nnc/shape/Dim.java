package dev.nnc.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tensor size: an integer polynomial over size symbols ({@code B}, {@code T}, or a layer
 * parameter left symbolic), kept in a normal form so that equal sizes compare equal:
 * {@code 4*h + B*T}. Floor division that is not exact becomes an opaque atom.
 */
public final class Dim implements Comparable<Dim> {
  /** Monomial (sorted atom names, with repeats for powers) to coefficient; no zero entries. */
  private final TreeMap<List<String>, Long> terms;

  private Dim(TreeMap<List<String>, Long> terms) {
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

  private static TreeMap<List<String>, Long> empty() { return new TreeMap<>(MONOMIAL_ORDER); }

  public static Dim of(long value) {
    TreeMap<List<String>, Long> t = empty();
    if (value != 0) t.put(List.of(), value);
    return new Dim(t);
  }

  public static Dim symbol(String name) {
    TreeMap<List<String>, Long> t = empty();
    t.put(List.of(name), 1L);
    return new Dim(t);
  }

  public boolean isConstant() { return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(List.of())); }

  /** The value of a constant size. */
  public long constant() {
    if (!isConstant()) throw new IllegalStateException("not constant: " + this);
    return terms.getOrDefault(List.of(), 0L);
  }

  /** The single symbol this size is, or null. */
  public String asSymbol() {
    if (terms.size() != 1) return null;
    var e = terms.firstEntry();
    return e.getValue() == 1 && e.getKey().size() == 1 ? e.getKey().get(0) : null;
  }

  public boolean mentions(String symbol) {
    for (List<String> m : terms.keySet()) if (m.contains(symbol)) return true;
    return false;
  }

  public Dim plus(Dim o) {
    TreeMap<List<String>, Long> t = empty();
    t.putAll(terms);
    o.terms.forEach((m, c) -> {
      long sum = Math.addExact(t.getOrDefault(m, 0L), c);
      if (sum == 0) t.remove(m); else t.put(m, sum);
    });
    return new Dim(t);
  }

  public Dim negate() {
    TreeMap<List<String>, Long> t = empty();
    terms.forEach((m, c) -> t.put(m, Math.negateExact(c)));
    return new Dim(t);
  }

  public Dim minus(Dim o) { return plus(o.negate()); }

  public Dim times(Dim o) {
    Dim out = of(0);
    for (var a : terms.entrySet()) {
      for (var b : o.terms.entrySet()) {
        List<String> m = new ArrayList<>(a.getKey());
        m.addAll(b.getKey());
        Collections.sort(m);
        TreeMap<List<String>, Long> t = empty();
        t.put(List.copyOf(m), Math.multiplyExact(a.getValue(), b.getValue()));
        out = out.plus(new Dim(t));
      }
    }
    return out;
  }

  /** This divided by d exactly, or null when the division is not known to be exact. */
  public Dim exactDiv(Dim d) {
    if (d.isConstant()) {
      long k = d.constant();
      if (k == 0) return null;
      TreeMap<List<String>, Long> t = empty();
      for (var e : terms.entrySet()) {
        if (e.getValue() % k != 0) return null;
        t.put(e.getKey(), e.getValue() / k);
      }
      return new Dim(t);
    }
    // Division by a single monomial that divides every term.
    if (d.terms.size() != 1) return equals(d) ? of(1) : null;
    var div = d.terms.firstEntry();
    TreeMap<List<String>, Long> t = empty();
    for (var e : terms.entrySet()) {
      List<String> rest = new ArrayList<>(e.getKey());
      for (String atom : div.getKey()) if (!rest.remove(atom)) return null;
      if (e.getValue() % div.getValue() != 0) return null;
      t.put(List.copyOf(rest), e.getValue() / div.getValue());
    }
    return new Dim(t);
  }

  /** Floor division; an opaque atom when the operands are not both constant and it is not exact. */
  public Dim floorDiv(Dim d) {
    if (isConstant() && d.isConstant() && d.constant() != 0) return of(Math.floorDiv(constant(), d.constant()));
    Dim exact = exactDiv(d);
    if (exact != null) return exact;
    return symbol("floor((" + this + ")/(" + d + "))");
  }

  /** The remainder, when known. */
  public Long mod(Dim d) {
    if (isConstant() && d.isConstant() && d.constant() != 0) return Math.floorMod(constant(), d.constant());
    if (exactDiv(d) != null) return 0L;
    return null;
  }

  /** Substitutes sizes for symbols. */
  public Dim substitute(Map<String, Dim> values) {
    Dim out = of(0);
    for (var e : terms.entrySet()) {
      Dim term = of(e.getValue());
      for (String atom : e.getKey()) term = term.times(values.getOrDefault(atom, symbol(atom)));
      out = out.plus(term);
    }
    return out;
  }

  public List<String> symbols() {
    List<String> out = new ArrayList<>();
    for (List<String> m : terms.keySet()) for (String a : m) if (!out.contains(a)) out.add(a);
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
      long c = e.getValue();
      List<String> m = e.getKey();
      if (out.length() > 0) out.append(c < 0 ? " - " : " + ");
      else if (c < 0) out.append("-");
      long abs = Math.abs(c);
      if (m.isEmpty()) {
        out.append(abs);
        continue;
      }
      if (abs != 1) out.append(abs).append('*');
      out.append(monomial(m));
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
