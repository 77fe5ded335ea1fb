package dev.nnc.plan;

import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds scaled dot-product attention in a planned program, for a backend that runs it as one
 * kernel with an online softmax ({@link LaunchPlan.Attention}): the form std.attn's
 * {@code attention} and {@code scaled_dot_product_attention} lower to,
 *
 * <pre>
 *   s = q @ kT                          [..., L, S]   (kT any layout of [..., E, S])
 *   x = f(s, ...)                       elementwise at [..., L, S]: scale, bias, causal bias
 *   e = exp(x - broadcast(max(x, last axis, keep)))   (the max maybe under stop_gradient)
 *   o = (e / broadcast(sum(e, last axis, keep))) @ v  [..., L, Ev]
 * </pre>
 *
 * where nothing but the pattern reads s, x, e, the probabilities or their reductions (an
 * inference program; a training step's backward pass reads the probabilities, so there the
 * scores stay materialised). The values {@code f} reads besides s are read by the kernel where
 * they are stored, or computed in it element by element when they are elementwise, movements
 * or generated values (iotas, fills) that only attention reads: the causal bias of
 * {@code causal_bias(L, S)} is never stored either. Every fusion kernel that computes part of
 * the pattern must compute nothing else, so the launches the pattern replaces go whole.
 */
final class Attentions {
  private Attentions() {}

  /** The largest head size (E and Ev, which must be constants) the kernel keeps in private arrays. */
  static final int MAX_HEAD = 256;

  private static final Set<Op> INLINE = Op.of(Op.Kind.ELEMENTWISE, Op.Kind.MOVEMENT, Op.Kind.GENERATED);

  /** A match before its feeders are known: the result, the scores, the softmax's input and the pattern's own nodes. */
  private record Match(Node out, Node scores, Node x, Set<Node> core) {}

  /** The attentions of a program by their result node, each with every node its kernel computes. */
  static Map<Node, LaunchPlan.Attention> find(List<Node> order, Map<Node, List<Node>> users, List<Node> roots,
      List<Fuse.Kernel> kernels) {
    Set<Node> rootSet = new HashSet<>(roots);
    List<Match> matches = new ArrayList<>();
    for (Node n : order) {
      Match m = match(n, users, rootSet);
      if (m != null) matches.add(m);
    }
    while (!matches.isEmpty()) {
      Set<Node> interior = new HashSet<>();
      for (Match m : matches) interior.addAll(m.core());
      Set<Node> feeders = feeders(matches, interior, users, rootSet);
      interior.addAll(feeders);
      // A fusion kernel that computes part of a pattern and something else: drop the patterns it touches.
      List<Match> keep = new ArrayList<>(matches);
      for (Fuse.Kernel k : kernels) {
        int inside = 0;
        for (Node n : k.nodes()) if (interior.contains(n)) inside++;
        if (inside == 0 || inside == k.nodes().size()) continue;
        Set<Node> touched = new HashSet<>(k.nodes());
        keep.removeIf(m -> !java.util.Collections.disjoint(m.core(), touched) || touches(m, feeders, touched));
      }
      if (keep.size() == matches.size()) {
        Map<Node, LaunchPlan.Attention> out = new LinkedHashMap<>();
        for (Match m : matches) {
          Set<Node> computed = new LinkedHashSet<>(m.core());
          computed.addAll(reached(m, feeders));
          computed.add(m.out());
          out.put(m.out(), new LaunchPlan.Attention(m.out(), m.scores(), m.x(), computed));
        }
        return out;
      }
      matches = keep;
    }
    return Map.of();
  }

  /** Whether a kernel's nodes include a feeder this match computes. */
  private static boolean touches(Match m, Set<Node> feeders, Set<Node> nodes) {
    for (Node n : reached(m, feeders)) if (nodes.contains(n)) return true;
    return false;
  }

  /** The feeders a match's softmax input reads, through other feeders. */
  private static Set<Node> reached(Match m, Set<Node> feeders) {
    Set<Node> out = new LinkedHashSet<>();
    List<Node> stack = new ArrayList<>();
    for (Node c : m.core()) stack.addAll(c.inputs());
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      if (!feeders.contains(n) || m.core().contains(n) || !out.add(n)) continue;
      stack.addAll(n.inputs());
    }
    return out;
  }

  /**
   * The values the patterns read that their kernels compute element by element: elementwise
   * ops, movements and generated values that are not results and that only patterns (or other
   * such values) read.
   */
  private static Set<Node> feeders(List<Match> matches, Set<Node> interior, Map<Node, List<Node>> users, Set<Node> roots) {
    Set<Node> candidates = new LinkedHashSet<>();
    List<Node> stack = new ArrayList<>();
    for (Match m : matches) for (Node c : m.core()) if (c != m.scores()) stack.addAll(c.inputs());
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      if (interior.contains(n) || !INLINE.contains(n.op()) || roots.contains(n) || !candidates.add(n)) continue;
      stack.addAll(n.inputs());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : new ArrayList<>(candidates)) {
        for (Node u : users.getOrDefault(n, List.of())) {
          if (!interior.contains(u) && !candidates.contains(u)) {
            candidates.remove(n);
            changed = true;
            break;
          }
        }
      }
    }
    return candidates;
  }

  /** The pattern whose result is n, or null. */
  private static Match match(Node o, Map<Node, List<Node>> users, Set<Node> roots) {
    if (o.op() != Op.MATMUL) return null;
    int r = o.type().rank();
    Node p = o.input(0), v = o.input(1);
    if (p.op() != Op.DIV || r < 2) return null;
    Node e = p.input(0), sumB = p.input(1);
    if (e.op() != Op.EXP || sumB.op() != Op.BROADCAST || !lastAxis(sumB.input(0), Op.SUM, r) || sumB.input(0).input(0) != e) return null;
    Node sub = e.input(0);
    if (sub.op() != Op.SUB || sub.input(1).op() != Op.BROADCAST) return null;
    Node x = sub.input(0), maxB = sub.input(1), max = maxB.input(0), stop = null;
    if (max.op() == Op.STOP_GRADIENT) {
      stop = max;
      max = max.input(0);
    }
    if (!lastAxis(max, Op.REDUCE_MAX, r) || max.input(0) != x) return null;
    List<Dim> ls = x.type().dims();
    // The chain from the scores to x: elementwise ops at [..., L, S] that depend on the scores.
    Set<Node> chain = new LinkedHashSet<>();
    Node scores = chain(x, ls, chain, new java.util.HashMap<>());
    if (scores == null) return null;
    for (Node c : chain) for (Node in : c.inputs()) if (in.op() == Op.MATMUL && in != scores && in.type().dims().equals(ls)) return null;
    Node q = scores.input(0), kT = scores.input(1);
    List<Dim> batch = o.type().dims().subList(0, r - 2);
    if (!q.type().dims().subList(0, r - 2).equals(batch) || !kT.type().dims().subList(0, r - 2).equals(batch)
        || !v.type().dims().subList(0, r - 2).equals(batch) || !ls.subList(0, r - 2).equals(batch)) return null;
    if (!head(q.type().dim(r - 1)) || !head(o.type().dim(r - 1))) return null;
    Set<Node> core = new LinkedHashSet<>(chain);
    core.add(scores);
    core.add(max);
    if (stop != null) core.add(stop);
    core.addAll(List.of(maxB, sub, e, sumB.input(0), sumB, p));
    for (Node n : core) {
      if (roots.contains(n)) return null;
      for (Node u : users.getOrDefault(n, List.of())) if (u != o && !core.contains(u)) return null;
    }
    return new Match(o, scores, x, core);
  }

  /**
   * Walks x's elementwise inputs at the same shape; gives the one matrix product at that shape
   * they reach (the scores), or null when there is none or more than one. {@code chain} gets
   * the walked nodes that depend on the scores.
   */
  private static Node chain(Node x, List<Dim> shape, Set<Node> chain, Map<Node, Node> memo) {
    if (memo.containsKey(x)) return memo.get(x);
    Node found = null;
    boolean many = false;
    if (x.op() == Op.MATMUL && x.type().dims().equals(shape)) {
      found = x;
    } else if (x.op().kind() == Op.Kind.ELEMENTWISE && x.type().dims().equals(shape)) {
      for (Node in : x.inputs()) {
        Node s = chain(in, shape, chain, memo);
        if (s == null) continue;
        if (found != null && found != s) many = true;
        found = s;
      }
      if (many) found = null;
      if (found != null) chain.add(x);
    }
    memo.put(x, found);
    return found;
  }

  private static boolean lastAxis(Node n, Op op, int rank) {
    if (n.op() != op || !(n.attr() instanceof Attr.Axes a)) return false;
    return a.keep() && a.axes().equals(List.of(rank - 1));
  }

  private static boolean head(Dim d) {
    return d.isConstant() && d.constant() >= 1 && d.constant() <= MAX_HEAD;
  }
}
