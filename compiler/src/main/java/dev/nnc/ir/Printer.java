package dev.nnc.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The IR as readable text, one node a line: {@code %3 = exp %2 : f32[B, 10]}. */
public final class Printer {
  private Printer() {}

  public static String print(List<Node> roots) {
    return print(roots, List.of());
  }

  /**
   * The nodes the roots need, numbered in the order printed (so a change early in a program
   * does not renumber what follows it), then one line {@code name = %k} per named root.
   */
  public static String print(List<Node> roots, List<String> names) {
    StringBuilder out = new StringBuilder();
    Map<Node, Integer> number = new HashMap<>();
    for (Node n : Schedule.topological(roots)) {
      number.put(n, number.size());
      out.append('%').append(number.get(n)).append(" = ").append(n.op().word());
      if (!n.inputs().isEmpty()) {
        out.append(' ').append(n.inputs().stream().map(x -> "%" + number.get(x)).collect(Collectors.joining(", ")));
      }
      String attr = attr(n.attr());
      if (!attr.isEmpty()) out.append(" {").append(attr).append('}');
      out.append(" : ").append(n.type()).append('\n');
    }
    for (int i = 0; i < names.size(); i++) out.append(names.get(i)).append(" = %").append(number.get(roots.get(i))).append('\n');
    return out.toString();
  }

  /** A number for people: whole numbers as integers, others to the given significant digits. */
  public static String number(double v, int significant) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = String.format(java.util.Locale.ROOT, "%." + significant + "g", v);
    if (s.contains("e")) return s;
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String attr(Attr a) {
    if (a instanceof Attr.None) return "";
    if (a instanceof Attr.Leaf l) return l.name();
    if (a instanceof Attr.Fill f) return Double.toString(f.value());
    if (a instanceof Attr.Size z) return "size " + z.size();
    if (a instanceof Attr.Iota i) return "axis " + i.axis();
    if (a instanceof Attr.Data d) return d.count() + " values";
    if (a instanceof Attr.Axes x) return "axes " + x.axes() + (x.keep() ? " keep" : "");
    if (a instanceof Attr.Perm p) return "perm " + p.perm();
    if (a instanceof Attr.Shape s) return "shape " + s.dims();
    if (a instanceof Attr.Slice s) return "axis " + s.axis() + " from " + s.start() + " length " + s.length();
    if (a instanceof Attr.Pad p) return "axis " + p.axis() + " before " + p.before() + " after " + p.after() + " value " + p.value();
    if (a instanceof Attr.Axis x) return "axis " + x.axis();
    if (a instanceof Attr.Count c) return "count " + c.symbol();
    if (a instanceof Attr.Loop l) {
      return l.kind().name().toLowerCase() + " " + l.k() + " of " + l.body().length() + " steps"
          + (l.body().reverse() ? " reversed" : "") + ", body of " + Schedule.topological(l.body().next()).size() + " nodes";
    }
    if (a instanceof Attr.Cast c) return "to " + c.to().word();
    if (a instanceof Attr.Conv c) return conv(c);
    if (a instanceof Attr.ConvInputGrad c) return conv(c.conv()) + " size [" + c.height() + ", " + c.width() + "]";
    if (a instanceof Attr.ConvWeightGrad c) return conv(c.conv()) + " kernel " + c.kernel();
    if (a instanceof Attr.Pool p) return "kernel " + p.kernel() + " stride " + p.stride() + " padding " + p.padding();
    if (a instanceof Attr.Rng r) return r.kind().word() + " seed " + r.seed() + " stream " + r.stream();
    throw new AssertionError(a);
  }

  private static String conv(Attr.Conv c) {
    return "stride " + c.stride() + " padding " + c.padding() + " dilation " + c.dilation() + " groups " + c.groups();
  }
}
