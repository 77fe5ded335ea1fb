package dev.nnc.pipeline;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.TensorType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The bound on a tensor's elements ({@link TensorType#MAX_ELEMENTS}) for the sizes a command binds.
 * The checker rejects a type whose constant sizes alone pass it ({@code shape.size}); a type with a
 * symbolic size, {@code f32[B, 40000, 40000]}, passes it only for some batches, so every command that
 * binds sizes asks here first, before a backend evaluates its size formulas in 32-bit ints.
 */
public final class SizeLimit {
  private SizeLimit() {}

  /** The batch size, the symbol a batch binds. */
  public static final String BATCH = "B";

  /**
   * A {@code shape.size} diagnostic for the first value made in the graph under {@code roots} with
   * more elements than a tensor may have at {@code sizes}, located where the value is made in the
   * source (for a value made inside library code, where that code is called; else anywhere the
   * graph has a place). Its hint gives the largest batch that fits when {@code sizes} binds
   * {@link #BATCH}, and the option that sets it ({@code --batch}; null for a command that takes
   * the batch from the data). Null when every value fits.
   */
  public static Diagnostic check(Collection<Node> roots, Map<String, Long> sizes, String batchOption) {
    Map<Node, Span> seen = new IdentityHashMap<>();
    ArrayDeque<Node> todo = new ArrayDeque<>();
    // seen maps a node to its place, which may be null: containsKey, not putIfAbsent, says
    // whether it was seen (a null place made a node look unseen, and a graph's walk endless)
    for (Node r : roots) {
      if (!seen.containsKey(r)) {
        seen.put(r, place(r, null));
        todo.push(r);
      }
    }
    Node worst = null;
    Span anywhere = null;
    long most = 0;
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (anywhere == null) anywhere = n.origin();
      long elements = elements(n.type(), sizes);
      if (elements > TensorType.MAX_ELEMENTS && (worst == null || before(n, worst))) {
        worst = n;
        most = elements;
      }
      for (Node in : n.inputs()) {
        if (!seen.containsKey(in)) {
          seen.put(in, place(in, seen.get(n)));
          todo.push(in);
        }
      }
    }
    if (worst == null) return null;
    Span at = seen.get(worst) != null ? seen.get(worst) : anywhere;
    if (at == null) throw new IllegalStateException("no place in the graph for " + worst.type());
    Diagnostic d = Diagnostic.of(Code.SHAPE_SIZE, at, "`" + worst.type() + "` with " + bound(worst.type(), sizes),
        Long.toString(most));
    Long batch = sizes.get(BATCH);
    if (batch == null) return d.hint("the compiled programs index tensors with 32-bit ints; use smaller sizes");
    long fits = largestBatch(seen.keySet(), sizes, batch);
    return d.hint(fits > 0 ? "the largest batch that fits is " + fits + (batchOption != null ? ": use " + batchOption + " " + fits : "")
        : "not even a batch of 1 fits: use smaller sizes");
  }

  /** The largest batch, up to {@code batch}, at which every one of {@code all} fits; 0 when none does. */
  private static long largestBatch(Collection<Node> all, Map<String, Long> sizes, long batch) {
    long lo = 0, hi = batch;
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      Map<String, Long> at = new HashMap<>(sizes);
      at.put(BATCH, mid);
      boolean fits = all.stream().allMatch(n -> elements(n.type(), at) <= TensorType.MAX_ELEMENTS);
      if (fits) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Whether to report {@code a} rather than {@code b}: a value with a place in the source before
   * one without (made by a pass), a value computed before one only moved
   * (a broadcast, reshape or transpose takes the place of the innermost expression it was made
   * in, often an operand), then the one made first.
   */
  private static boolean before(Node a, Node b) {
    if ((a.origin() == null) != (b.origin() == null)) return a.origin() != null;
    if (moves(a) != moves(b)) return !moves(a);
    return a.id() < b.id();
  }

  private static boolean moves(Node n) {
    return n.op() == Op.BROADCAST || n.op() == Op.RESHAPE || n.op() == Op.TRANSPOSE;
  }

  /** Where a value is made: its own place, else its consumer's. */
  private static Span place(Node n, Span consumer) {
    return n.origin() != null ? n.origin() : consumer;
  }

  /**
   * The elements of a type at the sizes: the product of its axes' values (not the symbolic
   * product, whose terms multiply out: a program of many symbolic axes took minutes), Long.MAX_VALUE
   * past a long, 0 when a size is not bound.
   */
  private static long elements(TensorType t, Map<String, Long> sizes) {
    long n = 1;
    for (dev.nnc.shape.Dim d : t.dims()) {
      if (!sizes.keySet().containsAll(d.symbols())) return 0;
      long v;
      try {
        v = d.evaluate(sizes);
      } catch (ArithmeticException | IllegalArgumentException e) {
        return Long.MAX_VALUE;
      }
      if (v <= 0) return 0;
      if (n > Long.MAX_VALUE / v) return Long.MAX_VALUE;
      n *= v;
    }
    return n;
  }

  /** The bound sizes a type names: {@code B = 8}. */
  private static String bound(TensorType t, Map<String, Long> sizes) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>(t.elements().symbols());
    StringBuilder out = new StringBuilder();
    for (String s : names) {
      if (!sizes.containsKey(s)) continue;
      if (out.length() > 0) out.append(", ");
      out.append(s).append(" = ").append(sizes.get(s));
    }
    return out.length() == 0 ? "these sizes" : out.toString();
  }
}
