package dev.nnc.draw;

import dev.nnc.check.Lower;
import dev.nnc.diag.Span;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layer-level figure of a model's forward graph, as Keras's {@code plot_model} and Netron draw
 * one: a box per call in the model's source ({@code fc1(x)}, {@code relu(...)}, {@code
 * cross_entropy(logits, y)}) with the type it gives and how many parameters it uses, a box per
 * input, and an edge per tensor passed from one to another, labelled with its type.
 *
 * <p>The calls come from the nodes' origins: lowering gives the value of each expression of the
 * model's file that expression as its origin, unless the value has one already, so the result of
 * {@code fc1(x)} has that call as its origin, and the nodes the layer's code makes (in the standard
 * library) have none. A box stands for one such result and everything it is computed from back to
 * other results and the inputs: the nodes without an origin, the constants and the parameters it
 * reads (counted in the box). A node two calls compute alike is one node in the IR (equal nodes
 * are interned); each of their boxes counts it, so an edge always joins results, as the source
 * passes them.
 */
public final class Layers {
  private Layers() {}

  private static final Pattern CALLEE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z_0-9.]*)\\s*(?:\\[[^\\]]*\\])?\\s*\\(");
  private static final int TITLE_CHARS = 28;

  /** The layer-level figure of a model lowered in evaluation mode: its outputs and loss. */
  public static Figure of(Lower.Model m) {
    List<Node> roots = new ArrayList<>(m.outputs().values());
    List<String> roles = new ArrayList<>();
    for (String name : m.outputs().keySet()) roles.add("output " + name);
    if (m.loss() != null) {
      roots.add(m.loss());
      roles.add("loss");
    }
    List<Node> order = Schedule.topological(roots);
    Map<Node, Integer> position = new HashMap<>();
    for (Node n : order) position.put(n, position.size());
    Map<Node, String> paramNames = new HashMap<>();
    m.params().forEach((name, node) -> paramNames.put(node, name));
    Map<Node, String> inputNames = new HashMap<>();
    m.inputs().forEach((name, node) -> inputNames.put(node, name));

    // The results, a box each: an input, or a node made for an expression of the file (its origin).
    // What a call makes inside the library has no origin and is the call's. (A function of the file
    // called three times makes three results of one expression: three boxes.)
    Map<Node, Object> owner = new HashMap<>();
    for (Node n : order) {
      if (n.op() == Op.INPUT || n.origin() != null && n.op() != Op.PARAM && !isLeaf(n)) owner.put(n, n);
    }
    for (Node r : roots) owner.putIfAbsent(r, r);
    Map<Object, List<Node>> results = new LinkedHashMap<>();
    for (Node n : order) if (owner.containsKey(n)) results.computeIfAbsent(owner.get(n), k -> new ArrayList<>()).add(n);

    Map<Object, List<String>> roleOf = new HashMap<>();
    for (int i = 0; i < roots.size(); i++) roleOf.computeIfAbsent(owner.get(roots.get(i)), k -> new ArrayList<>()).add(roles.get(i));
    Map<Object, Integer> ids = new HashMap<>();
    for (Map.Entry<Object, List<Node>> e : results.entrySet()) ids.put(e.getKey(), e.getValue().get(e.getValue().size() - 1).id());

    List<Figure.Box> boxes = new ArrayList<>();
    List<Figure.Edge> edges = new ArrayList<>();
    Set<Node> read = new HashSet<>(roots); // results that another group reads, or that are results of the model
    Map<Object, List<Node>> readsOf = new LinkedHashMap<>();
    Map<Object, List<Node>> paramsOf = new LinkedHashMap<>();
    for (Map.Entry<Object, List<Node>> e : results.entrySet()) {
      Object key = e.getKey();
      if (key instanceof Node n && n.op() == Op.INPUT) continue;
      // What the group computes: back from its results through the nodes no expression owns,
      // to the results of other groups (its inputs) and the parameters it reads.
      List<Node> reads = new ArrayList<>(), params = new ArrayList<>();
      Set<Node> seen = new HashSet<>();
      ArrayDeque<Node> todo = new ArrayDeque<>(e.getValue());
      while (!todo.isEmpty()) {
        Node n = todo.pop();
        if (!seen.add(n)) continue;
        if (n.op() == Op.PARAM) {
          params.add(n);
          continue;
        }
        for (Node in : n.inputs()) {
          Object o = owner.get(in);
          if (o != null && o != key) {
            if (!reads.contains(in)) reads.add(in);
            read.add(in);
          } else {
            todo.push(in);
          }
        }
      }
      reads.sort(Comparator.comparingInt(position::get));
      params.sort(Comparator.comparingInt(position::get));
      readsOf.put(key, reads);
      paramsOf.put(key, params);
    }
    for (Map.Entry<Object, List<Node>> e : results.entrySet()) {
      Object key = e.getKey();
      List<String> boxRoles = roleOf.getOrDefault(key, List.of());
      Node last = e.getValue().get(e.getValue().size() - 1);
      if (key instanceof Node n && n.op() == Op.INPUT) {
        boxes.add(new Figure.Box(n.id(), Figure.Kind.INPUT, Figure.Pass.FORWARD, inputNames.getOrDefault(n, "input"),
            List.of("input " + n.type()), boxRoles));
        continue;
      }
      List<String> details = new ArrayList<>();
      Set<String> outs = new LinkedHashSet<>();
      for (Node r : e.getValue()) if (read.contains(r)) outs.add(r.type().toString());
      if (outs.isEmpty()) outs.add(last.type().toString());
      for (String t : outs) details.add("\u2192 " + t);
      long count = 0;
      List<String> names = new ArrayList<>();
      for (Node p : paramsOf.get(key)) {
        long size = 1;
        for (long d : Array.shapeOf(p.type(), Map.of())) size *= d;
        count += size;
        names.add(paramNames.getOrDefault(p, "?"));
      }
      if (count > 0) details.add(String.format(Locale.ROOT, "%,d params (%s)", count, String.join(", ", names)));
      boxes.add(new Figure.Box(last.id(), Figure.Kind.OP, Figure.Pass.FORWARD, title(last), details, boxRoles));
      int port = 0;
      for (Node in : readsOf.get(key)) edges.add(new Figure.Edge(ids.get(owner.get(in)), last.id(), port++, in.type().toString()));
    }
    return new Figure(m.name(), boxes, edges, false, true);
  }

  /** A constant made for the call that reads it: drawn inside that call's box. */
  private static boolean isLeaf(Node n) {
    return n.op() == Op.FILL || n.op() == Op.CONST || n.op() == Op.SIZE || n.op() == Op.IOTA;
  }

  /**
   * The callee of the call expression a result was made for ({@code fc1} of {@code fc1(x)}), or
   * the expression, shortened; the op for a result without one.
   */
  static String title(Node result) {
    Span span = result.origin();
    if (span == null) return result.op().word();
    String text = span.text().replaceAll("\\s+", " ").strip();
    Matcher c = CALLEE.matcher(text);
    if (c.find()) return c.group(1);
    return text.length() <= TITLE_CHARS ? text : text.substring(0, TITLE_CHARS - 1) + "\u2026";
  }
}
