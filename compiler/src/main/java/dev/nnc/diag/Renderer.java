package dev.nnc.diag;

import java.util.List;

/** Turns diagnostics into text: the rendered form with source and carets, or one raw line. */
public final class Renderer {
  private Renderer() {}

  public static String raw(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(d.raw()).append('\n');
    return out.toString();
  }

  public static String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    String severity = d.isError() ? "error" : "warning";
    out.append(severity).append('[').append(d.code().key()).append("]: ").append(d.message()).append('\n');
    int width = gutterWidth(d);
    String pad = " ".repeat(width);
    out.append(pad).append("--> ").append(d.span().where()).append('\n');
    out.append(pad).append(" |\n");
    snippet(out, d.span(), '^', d.label(), width);
    Source last = d.span().source();
    for (Diagnostic.Note n : d.notes()) {
      if (n.span() == null) continue;
      out.append(pad).append(" |\n");
      if (n.span().source() != last) {
        out.append(pad).append("::: ").append(n.span().where()).append('\n');
        last = n.span().source();
      }
      snippet(out, n.span(), '-', n.text(), width);
    }
    out.append(pad).append(" |\n");
    for (Diagnostic.Note n : d.notes()) {
      if (n.span() == null) out.append(pad).append(" = note: ").append(n.text()).append('\n');
    }
    if (d.hint() != null) out.append(pad).append(" = hint: ").append(d.hint()).append('\n');
    return out.toString();
  }

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(render(d)).append('\n');
    return out.toString();
  }

  private static int gutterWidth(Diagnostic d) {
    int max = d.span().line();
    for (Diagnostic.Note n : d.notes()) if (n.span() != null) max = Math.max(max, n.span().line());
    return Integer.toString(max).length() + 1;
  }

  /** One source line with a marker under the span (to the line's end when the span goes on). */
  private static void snippet(StringBuilder out, Span span, char mark, String label, int width) {
    Source src = span.source();
    int line = span.line();
    String text = src.lineText(line).replace('\t', ' ');
    int col = span.column();
    int endOffset = Math.max(span.end(), span.start() + 1);
    int endCol = src.line(endOffset - 1) == line ? src.column(endOffset - 1) + 1 : text.length() + 1;
    int length = Math.max(1, endCol - col);
    String number = Integer.toString(line);
    out.append(" ".repeat(width - number.length())).append(number).append(" | ").append(text).append('\n');
    out.append(" ".repeat(width)).append(" | ").append(" ".repeat(Math.max(0, col - 1)))
        .append(String.valueOf(mark).repeat(length));
    if (label != null && !label.isEmpty()) out.append(' ').append(label);
    out.append('\n');
  }
}
