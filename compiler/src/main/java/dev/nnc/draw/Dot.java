package dev.nnc.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Figure} as Graphviz DOT text, for those who want Graphviz's layout: one node line per
 * box ({@code n17 [...]}) and one edge line per node input ({@code n15 -> n17 [...]}), with the
 * same labels and colours as {@link Svg}.
 */
public final class Dot {
  private Dot() {}

  public static String render(Figure f) {
    StringBuilder out = new StringBuilder();
    if (f.layers()) {
      out.append("// ").append(f.model()).append(": layer calls blue, inputs green; outputs and the loss outlined\n");
    } else {
      out.append("// ").append(f.model()).append(": forward ops blue, backward (gradient) ops orange;")
          .append(" inputs green, parameters yellow, constants grey\n");
    }
    out.append("digraph ").append(quote(f.model())).append(" {\n");
    out.append("  graph [rankdir=TB, label=").append(quote(Svg.title(f)))
        .append(", labelloc=t, fontname=\"Helvetica\"];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Courier\", fontsize=9];\n");
    for (Figure.Box b : f.boxes()) {
      List<String> lines = new ArrayList<>();
      lines.add(f.layers() ? b.title() : b.title() + " %" + b.id());
      lines.addAll(b.details());
      lines.addAll(b.roles());
      String color = !b.roles().isEmpty() ? (b.roles().stream().anyMatch(r -> r.startsWith("grad ")) ? "#b3261e" : "#7b1fa2")
          : b.pass() == Figure.Pass.FORWARD ? "#3a6ea5" : "#c0622b";
      out.append("  n").append(b.id()).append(" [label=").append(quote(String.join("\n", lines)))
          .append(", fillcolor=\"").append(Svg.fill(b.kind(), b.pass())).append("\", color=\"").append(color).append('"')
          .append(b.roles().isEmpty() ? "" : ", penwidth=2.5").append("];\n");
    }
    for (Figure.Edge e : f.edges()) {
      out.append("  n").append(e.from()).append(" -> n").append(e.to()).append(" [label=").append(quote(e.label())).append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** A DOT double-quoted string; a newline becomes a centred line break. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c == '\n') out.append("\\n");
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
