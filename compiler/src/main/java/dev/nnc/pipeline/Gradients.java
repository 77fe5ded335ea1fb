package dev.nnc.pipeline;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the differentiate pass gives: the loss and its gradient for each value differentiated, by the same names. */
public record Gradients(Graph graph, Node loss, Map<String, Node> grads) {
  /** The loss, then the gradients. */
  List<Node> roots() {
    List<Node> roots = new ArrayList<>();
    roots.add(loss);
    roots.addAll(grads.values());
    return roots;
  }

  String show() {
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : grads.keySet()) names.add("grad " + name);
    return Printer.print(roots(), names);
  }
}
