package dev.nnc.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Orders the nodes a set of roots depends on so that every node comes after its inputs. */
public final class Schedule {
  private Schedule() {}

  public static List<Node> topological(List<Node> roots) {
    return topological(roots, Set.of());
  }

  /** The same, without the nodes in {@code given} and what only they need (values known already). */
  public static List<Node> topological(List<Node> roots, Set<Node> given) {
    List<Node> order = new ArrayList<>();
    Set<Node> seen = new HashSet<>(given);
    // Iterative depth-first search, so deep graphs (long unrolled chains) cannot overflow the stack.
    for (Node root : roots) {
      if (seen.contains(root)) continue;
      List<Node> stack = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      stack.add(root);
      next.add(0);
      seen.add(root);
      while (!stack.isEmpty()) {
        int top = stack.size() - 1;
        Node n = stack.get(top);
        int i = next.get(top);
        if (i < n.inputs().size()) {
          next.set(top, i + 1);
          Node in = n.input(i);
          if (seen.add(in)) {
            stack.add(in);
            next.add(0);
          }
        } else {
          order.add(n);
          stack.remove(top);
          next.remove(top);
        }
      }
    }
    return order;
  }
}
