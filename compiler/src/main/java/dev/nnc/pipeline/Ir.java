package dev.nnc.pipeline;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import java.util.List;

/**
 * A program as the simplify pass maps it: roots of one graph with their names ({@code loss},
 * {@code grad fc1.weight}), which the IR printer writes one line each after the nodes.
 */
public record Ir(Graph graph, List<Node> roots, List<String> names) {
  public Ir {
    roots = List.copyOf(roots);
    names = List.copyOf(names);
    if (names.size() > roots.size()) throw new IllegalArgumentException(names.size() + " names for " + roots.size() + " roots");
  }

  String show() { return Printer.print(roots, names); }
}
