package dev.nnc.opt;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simplifier: maps roots in a {@link Graph} to equivalent, simpler roots in the same
 * graph. Nodes are rebuilt bottom-up through the graph's builder, so every result is typed by
 * its primitive's rule and interned (common subexpressions stay shared), and each rebuilt node
 * is rewritten by the rules of {@link Rules} until none applies. Passes repeat until the roots
 * stop changing. Only what the new roots reach is the simplified program: that is the dead-code
 * elimination, and {@link Result} reports the reachable node count before and after.
 *
 * <p>Every rule preserves values exactly as IEEE float64 computes them, up to the sign of a
 * zero and the rounding of a folded sum; see {@link Rules} for what is deliberately not
 * rewritten ({@code x * 0}, {@code x - x}). Every rule replaces one node by at most one new
 * node, so the reachable node count never grows.
 */
public final class Simplify {
  /** The pass name, also its {@code --dump-after=} name. */
  public static final String NAME = "simplify";

  private static final int MAX_PASSES = 16;
  /** More rewrites than this of one node means two rules undo each other: a bug in the table. */
  private static final int MAX_REWRITES = 256;

  private Simplify() {}

  /**
   * The new roots (one per old root, in order), how often each rule fired, and the number of
   * nodes the roots reach before and after.
   */
  public record Result(List<Node> roots, Map<String, Integer> fired, int nodesBefore, int nodesAfter) {
    public Result {
      roots = List.copyOf(roots);
      fired = Collections.unmodifiableMap(new TreeMap<>(fired));
    }

    /** One line for {@code --dump-after=simplify}: {@code simplify: 40 -> 23 nodes; add-zero-left 2, ...}. */
    public String summary() {
      StringBuilder out = new StringBuilder(NAME).append(": ").append(nodesBefore).append(" -> ").append(nodesAfter).append(" nodes");
      String sep = "; ";
      for (Map.Entry<String, Integer> e : fired.entrySet()) {
        out.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      return out.toString();
    }
  }

  public static Result run(Graph g, List<Node> roots) {
    Map<String, Integer> fired = new TreeMap<>();
    List<Node> current = List.copyOf(roots);
    for (int pass = 0; ; pass++) {
      if (pass == MAX_PASSES) throw new IllegalStateException(NAME + " found no fixed point in " + MAX_PASSES + " passes: " + fired);
      List<Node> next = new Pass(g, fired).apply(current);
      // Interning makes a rebuilt node with unchanged inputs the same node, so equal roots mean no rule fired.
      if (next.equals(current)) break;
      current = next;
    }
    return new Result(current, fired, count(roots), count(current));
  }

  /** The names of all rules, in the order they are tried. */
  public static List<String> ruleNames() {
    List<String> out = new ArrayList<>();
    for (Rules.Rule r : Rules.TABLE) out.add(r.name());
    return out;
  }

  /** The number of nodes the roots reach. */
  public static int count(List<Node> roots) { return Schedule.topological(roots).size(); }

  /** One bottom-up rebuild: each node's inputs are already simplified when its rules run. */
  private static final class Pass {
    private static final Map<Op, List<Rules.Rule>> BY_OP = new EnumMap<>(Op.class);

    static {
      for (Op op : Op.values()) BY_OP.put(op, new ArrayList<>());
      for (Rules.Rule r : Rules.TABLE) for (Op op : r.ops()) BY_OP.get(op).add(r);
    }

    private final Graph g;
    private final Map<String, Integer> fired;
    private final Map<Node, Node> simplified = new HashMap<>();

    Pass(Graph g, Map<String, Integer> fired) {
      this.g = g;
      this.fired = fired;
    }

    List<Node> apply(List<Node> roots) {
      for (Node n : Schedule.topological(roots)) {
        List<Node> inputs = new ArrayList<>(n.inputs().size());
        for (Node x : n.inputs()) inputs.add(simplified.get(x));
        Node rebuilt = inputs.equals(n.inputs()) ? n : g.make(n.op(), inputs, n.attr());
        simplified.put(n, rewrite(rebuilt));
      }
      List<Node> out = new ArrayList<>(roots.size());
      for (Node r : roots) out.add(simplified.get(r));
      return out;
    }

    /** Applies the first rule that fires, again and again, until none does. */
    private Node rewrite(Node n) {
      Node current = n;
      for (int step = 0; ; step++) {
        Node next = once(current);
        if (next == null) return current;
        if (step == MAX_REWRITES) throw new IllegalStateException(NAME + " rewrote " + n + " " + MAX_REWRITES + " times: " + fired);
        current = next;
      }
    }

    private Node once(Node n) {
      for (Rules.Rule rule : BY_OP.get(n.op())) {
        Node out = rule.rewrite().apply(g, n);
        if (out == null || out == n) continue;
        if (!out.type().sameAs(n.type())) {
          throw new IllegalStateException("rule " + rule.name() + " turned " + n.op().word() + " of " + n.type() + " into " + out.type());
        }
        fired.merge(rule.name(), 1, Integer::sum);
        return out;
      }
      return null;
    }
  }
}
