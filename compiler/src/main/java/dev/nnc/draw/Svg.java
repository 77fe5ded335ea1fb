package dev.nnc.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Figure} as a standalone SVG document, laid out by {@link Layout}: a header with the
 * model's name and a legend, then the graph top to bottom. Node boxes are {@code rect} elements
 * of class {@code node}; edges are paths with arrowheads; each edge's type sits on it on a white
 * ground. Text widths are estimated from character counts (no fonts are measured), generously,
 * so the text fits in any common sans-serif font.
 */
public final class Svg {
  private static final String SANS = "DejaVu Sans, Helvetica, Arial, sans-serif";
  private static final String MONO = "DejaVu Sans Mono, Menlo, Consolas, monospace";
  private static final double TITLE = 12, DETAIL = 10, ROLE = 10, LABEL = 9.5;
  private static final double SANS_EM = 0.62, MONO_EM = 0.61;
  private static final double PAD_X = 9, PAD_Y = 5, LINE = 1.32, MIN_WIDTH = 56;
  private static final double HEADER = 64;

  private static final String FORWARD = "#3a6ea5", BACKWARD = "#c0622b";
  private static final String FORWARD_EDGE = "#7d9cc0", BACKWARD_EDGE = "#d99a6c";
  private static final String OUTPUT = "#7b1fa2", GRAD = "#b3261e";

  private Svg() {}

  public static String render(Figure f) {
    Map<Integer, Integer> index = new HashMap<>();
    List<Layout.Size> sizes = new ArrayList<>();
    for (Figure.Box b : f.boxes()) {
      index.put(b.id(), sizes.size());
      sizes.add(new Layout.Size(width(b), height(b), b.pass() == Figure.Pass.FORWARD ? 0 : 1));
    }
    Map<Integer, Integer> arity = new HashMap<>();
    for (Figure.Edge e : f.edges()) arity.merge(e.to(), 1, Integer::sum);
    List<Layout.Link> links = new ArrayList<>();
    for (Figure.Edge e : f.edges()) {
      double port = (e.index() + 1.0) / (arity.get(e.to()) + 1.0);
      links.add(new Layout.Link(index.get(e.from()), index.get(e.to()), port,
          e.label().length() * LABEL * MONO_EM + 6, LABEL * LINE + 2));
    }
    Layout.Result layout = Layout.of(sizes, links);

    Map<Integer, Figure.Box> byId = f.byId();
    double width = Math.max(layout.width(), 760);
    double height = layout.height() + HEADER;
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\">%n",
        width, height, width, height, SANS));
    out.append("<title>").append(escape(title(f))).append("</title>\n");
    out.append("<defs>\n");
    marker(out, "arrow-forward", FORWARD_EDGE);
    marker(out, "arrow-backward", BACKWARD_EDGE);
    out.append("</defs>\n");
    out.append(String.format(Locale.ROOT, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
    legend(out, f);
    out.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %.0f)\">%n", HEADER));

    out.append("<g class=\"edges\" fill=\"none\" stroke-width=\"1.2\">\n");
    for (int i = 0; i < f.edges().size(); i++) {
      Figure.Edge e = f.edges().get(i);
      boolean fwd = byId.get(e.to()).pass() == Figure.Pass.FORWARD;
      out.append("<path class=\"edge ").append(fwd ? "forward" : "backward").append("\" d=\"")
          .append(path(layout.routes().get(i).points())).append("\" stroke=\"").append(fwd ? FORWARD_EDGE : BACKWARD_EDGE)
          .append("\" marker-end=\"url(#arrow-").append(fwd ? "forward" : "backward").append(")\"/>\n");
    }
    out.append("</g>\n");

    out.append("<g class=\"edge-labels\" font-family=\"").append(MONO).append("\" font-size=\"").append(num(LABEL)).append("\" fill=\"#333333\">\n");
    for (int i = 0; i < f.edges().size(); i++) {
      Figure.Edge e = f.edges().get(i);
      Layout.Point p = layout.routes().get(i).label();
      if (p == null) continue;
      Layout.Link l = links.get(i);
      out.append(String.format(Locale.ROOT,
          "<rect class=\"edge-label\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>",
          p.x() - l.labelWidth() / 2, p.y() - l.labelHeight() / 2, l.labelWidth(), l.labelHeight()));
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
          p.x(), p.y() + LABEL * 0.35, escape(e.label())));
    }
    out.append("</g>\n");

    out.append("<g class=\"nodes\">\n");
    for (Figure.Box b : f.boxes()) box(out, b, layout.boxes().get(index.get(b.id())), !f.layers());
    out.append("</g>\n</g>\n</svg>\n");
    return out.toString();
  }

  static String title(Figure f) {
    return f.model() + ": " + (f.layers() ? "layers" : f.backward() ? "forward and backward graph" : "forward graph");
  }

  private static void marker(StringBuilder out, String id, String color) {
    out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color).append("\"/></marker>\n");
  }

  private static void legend(StringBuilder out, Figure f) {
    out.append("<g class=\"legend\">\n");
    long fwd = f.count(Figure.Pass.FORWARD), bwd = f.count(Figure.Pass.BACKWARD);
    String stats = f.layers()
        ? f.boxes().size() + " boxes (a layer call or an input each), " + f.edges().size() + " edges; edges are labelled with the tensor type they carry"
        : f.boxes().size() + " nodes (" + fwd + " forward" + (f.backward() ? ", " + bwd + " backward" : "") + "), "
        + f.edges().size() + " edges; edges are labelled with the tensor type they carry";
    out.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", Layout.MARGIN, escape(title(f))));
    out.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"38\" font-size=\"10.5\" fill=\"#555555\">%s</text>%n", Layout.MARGIN, escape(stats)));
    double x = Layout.MARGIN;
    x = swatch(out, x, "input", fill(Figure.Kind.INPUT, Figure.Pass.FORWARD), FORWARD, 1.2);
    if (f.layers()) {
      x = swatch(out, x, "layer call (its type, its parameters)", fill(Figure.Kind.OP, Figure.Pass.FORWARD), FORWARD, 1.2);
    } else {
      x = swatch(out, x, "parameter", fill(Figure.Kind.PARAM, Figure.Pass.FORWARD), FORWARD, 1.2);
      x = swatch(out, x, "constant", fill(Figure.Kind.CONST, Figure.Pass.FORWARD), FORWARD, 1.2);
      x = swatch(out, x, "forward op", fill(Figure.Kind.OP, Figure.Pass.FORWARD), FORWARD, 1.2);
    }
    if (f.backward()) x = swatch(out, x, "backward op (gradient)", fill(Figure.Kind.OP, Figure.Pass.BACKWARD), BACKWARD, 1.2);
    x = swatch(out, x, "output / loss", "#ffffff", OUTPUT, 2.5);
    if (f.backward()) swatch(out, x, "gradient of a parameter", "#ffffff", GRAD, 2.5);
    out.append("</g>\n");
  }

  private static double swatch(StringBuilder out, double x, String text, String fill, String stroke, double strokeWidth) {
    out.append(String.format(Locale.ROOT,
        "<rect class=\"legend\" x=\"%.1f\" y=\"46\" width=\"18\" height=\"11\" rx=\"3\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
        x, fill, stroke, num(strokeWidth)));
    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"55.5\" font-size=\"10.5\">%s</text>%n", x + 23, escape(text)));
    return x + 23 + text.length() * 10.5 * SANS_EM + 16;
  }

  /** One box; with {@code ids}, its node's number beside its title. */
  private static void box(StringBuilder out, Figure.Box b, Layout.Placed p, boolean ids) {
    String passColor = b.pass() == Figure.Pass.FORWARD ? FORWARD : BACKWARD;
    String stroke = passColor;
    double strokeWidth = 1.2;
    if (!b.roles().isEmpty()) {
      stroke = b.roles().stream().anyMatch(r -> r.startsWith("grad ")) ? GRAD : OUTPUT;
      strokeWidth = 2.5;
    }
    out.append("<g class=\"node ").append(b.pass().word()).append(' ').append(b.kind().name().toLowerCase(Locale.ROOT))
        .append("\" id=\"n").append(b.id()).append("\">");
    out.append("<title>").append(escape(tooltip(b))).append("</title>");
    out.append(String.format(Locale.ROOT,
        "<rect class=\"node\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
        p.x(), p.y(), p.width(), p.height(), b.kind() == Figure.Kind.OP ? "3" : "9", fill(b.kind(), b.pass()), stroke, num(strokeWidth)));
    double cx = p.x() + p.width() / 2;
    double y = p.y() + PAD_Y + TITLE;
    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%s\" font-weight=\"bold\">%s",
        cx, y - 2, num(TITLE), escape(b.title())));
    if (ids) out.append("<tspan font-size=\"9\" font-weight=\"normal\" fill=\"#777777\"> %").append(b.id()).append("</tspan>");
    out.append("</text>");
    for (String d : b.details()) {
      y += DETAIL * LINE;
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%s\" fill=\"#333333\">%s</text>",
          cx, y - 2, num(DETAIL), escape(d)));
    }
    for (String r : b.roles()) {
      y += ROLE * LINE;
      out.append(String.format(Locale.ROOT,
          "<text class=\"role\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%s\" font-weight=\"bold\" fill=\"%s\">%s</text>",
          cx, y - 2, num(ROLE), r.startsWith("grad ") ? GRAD : OUTPUT, escape(r)));
    }
    out.append("</g>\n");
  }

  private static String tooltip(Figure.Box b) {
    StringBuilder t = new StringBuilder("%" + b.id() + " " + b.title());
    for (String d : b.details()) t.append("; ").append(d);
    for (String r : b.roles()) t.append("; ").append(r);
    return t.append(" (").append(b.pass().word()).append(')').toString();
  }

  static String fill(Figure.Kind kind, Figure.Pass pass) {
    return switch (kind) {
      case INPUT -> "#d7f0d2";
      case PARAM -> "#fff1b8";
      case CONST -> "#ececec";
      case OP -> pass == Figure.Pass.FORWARD ? "#dce9f8" : "#fde2cf";
    };
  }

  static double width(Figure.Box b) {
    double w = (b.title().length() * TITLE + (2 + String.valueOf(b.id()).length()) * 9) * SANS_EM;
    for (String d : b.details()) w = Math.max(w, d.length() * DETAIL * SANS_EM);
    for (String r : b.roles()) w = Math.max(w, r.length() * ROLE * SANS_EM * 1.08);
    return Math.ceil(Math.max(MIN_WIDTH, w + 2 * PAD_X));
  }

  static double height(Figure.Box b) {
    return Math.ceil(2 * PAD_Y + TITLE * LINE + (b.details().size() * DETAIL + b.roles().size() * ROLE) * LINE);
  }

  /** Straight pieces where x stays, cubic curves with vertical ends where it changes. */
  private static String path(List<Layout.Point> pts) {
    StringBuilder d = new StringBuilder();
    Layout.Point prev = null;
    for (Layout.Point p : pts) {
      if (prev == null) {
        d.append("M").append(num(p.x())).append(',').append(num(p.y()));
      } else if (Math.abs(p.x() - prev.x()) < 0.05) {
        d.append(" L").append(num(p.x())).append(',').append(num(p.y()));
      } else {
        double ym = (prev.y() + p.y()) / 2;
        d.append(" C").append(num(prev.x())).append(',').append(num(ym)).append(' ')
            .append(num(p.x())).append(',').append(num(ym)).append(' ')
            .append(num(p.x())).append(',').append(num(p.y()));
      }
      prev = p;
    }
    return d.toString();
  }

  /** A coordinate to one decimal, without String.format: a long edge has hundreds of points. */
  private static String num(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return tenths % 10 == 0 ? sign + tenths / 10 : sign + tenths / 10 + "." + tenths % 10;
  }

  /** Text as XML character data or attribute value. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
