package dev.nnc.draw;

import dev.nnc.check.Lower;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Schedule;
import dev.nnc.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code nnc graph} draws, before any geometry: one box per IR node of the simplified
 * forward program (outputs and loss) and, unless forward-only, of the gradients of the loss for
 * every trained parameter, with one edge per node input labelled with the tensor type it carries.
 * The forward and backward roots are simplified together, so a value the backward pass reuses
 * from the forward pass is one box. {@link Layers} makes the other figure, of layer calls
 * ({@code layers} true): a box per call, none per primitive.
 */
public record Figure(String model, List<Box> boxes, List<Edge> edges, boolean backward, boolean layers) {
  public Figure {
    boxes = List.copyOf(boxes);
    edges = List.copyOf(edges);
  }

  /** What a box stands for; it picks the fill colour. */
  public enum Kind {
    INPUT, PARAM, CONST, OP;
  }

  /** Which pass computes a node: the forward program, or only the gradients. */
  public enum Pass {
    FORWARD, BACKWARD;

    public String word() { return name().toLowerCase(Locale.ROOT); }
  }

  /**
   * One IR node: its id, title (op word, or a leaf's name), detail lines (attributes, a leaf's
   * type) and the roles it plays ({@code output probs}, {@code loss}, {@code grad fc1.weight}).
   */
  public record Box(int id, Kind kind, Pass pass, String title, List<String> details, List<String> roles) {
    public Box {
      details = List.copyOf(details);
      roles = List.copyOf(roles);
    }
  }

  /** Input {@code index} of box {@code to} is box {@code from}; the label is the type it carries. */
  public record Edge(int from, int to, int index, String label) {}

  /** The figure of a lowered model; {@code forwardOnly} or a model without a loss gives no backward pass. */
  public static Figure of(Lower.Model m, boolean forwardOnly) {
    List<Node> roots = new ArrayList<>(m.outputs().values());
    List<String> roles = new ArrayList<>();
    for (String name : m.outputs().keySet()) roles.add("output " + name);
    int forwardRoots = roots.size();
    if (m.loss() != null) {
      roots.add(m.loss());
      roles.add("loss");
      forwardRoots++;
    }
    boolean backward = !forwardOnly && m.loss() != null;
    if (backward) {
      Map<String, Node> grads = Pipeline.standard().differentiate(m).grads();
      for (Map.Entry<String, Node> g : grads.entrySet()) {
        roots.add(g.getValue());
        roles.add("grad " + g.getKey());
      }
    }
    List<Node> simple = roots.isEmpty() ? roots : Pipeline.standard().simplify(m.graph(), roots, roles).roots();
    Set<Node> forward = new HashSet<>(Schedule.topological(simple.subList(0, forwardRoots)));
    Map<Node, List<String>> roleOf = new HashMap<>();
    for (int i = 0; i < simple.size(); i++) roleOf.computeIfAbsent(simple.get(i), k -> new ArrayList<>()).add(roles.get(i));
    Map<Node, String> names = new HashMap<>();
    for (Map.Entry<String, Node> e : m.params().entrySet()) names.put(e.getValue(), e.getKey());
    for (Map.Entry<String, Node> e : m.inputs().entrySet()) names.put(e.getValue(), e.getKey());

    List<Box> boxes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (Node n : Schedule.topological(simple)) {
      Pass pass = forward.contains(n) ? Pass.FORWARD : Pass.BACKWARD;
      boxes.add(box(n, pass, names.get(n), roleOf.getOrDefault(n, List.of())));
      for (int k = 0; k < n.inputs().size(); k++) {
        Node in = n.input(k);
        edges.add(new Edge(in.id(), n.id(), k, in.type().toString()));
      }
    }
    return new Figure(m.name(), boxes, edges, backward, false);
  }

  private static Box box(Node n, Pass pass, String name, List<String> roles) {
    Attr a = n.attr();
    List<String> details = new ArrayList<>();
    switch (n.op()) {
      case INPUT, PARAM -> {
        Attr.Leaf leaf = (Attr.Leaf) a;
        details.add(n.op().word() + " " + n.type());
        return new Box(n.id(), n.op() == dev.nnc.ir.Op.INPUT ? Kind.INPUT : Kind.PARAM, pass,
            name != null ? name : leaf.name(), details, roles);
      }
      case FILL, CONST, SIZE, IOTA -> {
        details.add(n.type().toString());
        return new Box(n.id(), Kind.CONST, pass, leafTitle(n), details, roles);
      }
      default -> {
        String s = summary(a);
        if (!s.isEmpty()) details.add(s);
        return new Box(n.id(), Kind.OP, pass, n.op().word(), details, roles);
      }
    }
  }

  private static String leafTitle(Node n) {
    Attr a = n.attr();
    if (a instanceof Attr.Fill f) return "fill " + number(f.value());
    if (a instanceof Attr.Size s) return "size " + s.size();
    if (a instanceof Attr.Iota i) return "iota axis " + i.axis();
    if (a instanceof Attr.Data d) return "const (" + d.count() + " values)";
    throw new AssertionError(a);
  }

  /** The attributes of an op in a few words, as the IR printer shows them, without the types leaves repeat. */
  static String summary(Attr a) {
    if (a instanceof Attr.None) return "";
    if (a instanceof Attr.Axes x) return "axes " + x.axes() + (x.keep() ? " keep" : "");
    if (a instanceof Attr.Perm p) return "perm " + p.perm();
    if (a instanceof Attr.Shape s) return "to " + s.dims();
    if (a instanceof Attr.Slice s) return "axis " + s.axis() + " [" + s.start() + " +" + s.length() + "]";
    if (a instanceof Attr.Pad p) return "axis " + p.axis() + " pad " + p.before() + "/" + p.after() + " of " + number(p.value());
    if (a instanceof Attr.Axis x) return "axis " + x.axis();
    if (a instanceof Attr.Cast c) return "to " + c.to().word();
    if (a instanceof Attr.Conv c) return conv(c);
    if (a instanceof Attr.ConvInputGrad c) return conv(c.conv()) + " to " + c.height() + "x" + c.width();
    if (a instanceof Attr.ConvWeightGrad c) return conv(c.conv()) + " kernel " + c.kernel();
    if (a instanceof Attr.Pool p) return "kernel " + p.kernel() + " stride " + p.stride() + (isZero(p.padding()) ? "" : " pad " + p.padding());
    if (a instanceof Attr.Rng r) return r.kind().word() + " stream " + r.stream();
    if (a instanceof Attr.Leaf l) return l.name();
    if (a instanceof Attr.Fill f) return number(f.value());
    if (a instanceof Attr.Size s) return "size " + s.size();
    if (a instanceof Attr.Iota i) return "axis " + i.axis();
    if (a instanceof Attr.Data d) return d.count() + " values";
    // An attribute added to the IR after this table: the drawing shows it as the record prints.
    return a.toString();
  }

  private static String conv(Attr.Conv c) {
    StringBuilder out = new StringBuilder("stride " + c.stride());
    if (!isZero(c.padding())) out.append(" pad ").append(c.padding());
    if (c.dilation().h() != 1 || c.dilation().w() != 1) out.append(" dil ").append(c.dilation());
    if (c.groups() != 1) out.append(" groups ").append(c.groups());
    return out.toString();
  }

  private static boolean isZero(Attr.Hw hw) { return hw.h() == 0 && hw.w() == 0; }

  static String number(double v) {
    return dev.nnc.ir.Printer.number(v, 4);
  }

  /** The boxes by node id. */
  public Map<Integer, Box> byId() {
    Map<Integer, Box> out = new LinkedHashMap<>();
    for (Box b : boxes) out.put(b.id(), b);
    return out;
  }

  public long count(Pass pass) { return boxes.stream().filter(b -> b.pass() == pass).count(); }
}
