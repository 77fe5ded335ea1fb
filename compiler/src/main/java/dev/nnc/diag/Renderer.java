package dev.nnc.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns diagnostics into text: the rendered form with source and carets (in colour on a terminal,
 * {@link Colour}), one raw line, or the objects that JSON output is written from.
 */
public final class Renderer {
  private Renderer() {}

  /**
   * The diagnostics of a check as JSON values: {@code diagnostics} (the objects of {@link
   * #json(Diagnostic)}, sorted as given), {@code errors} (all of them, those left out included),
   * {@code warnings} and {@code omitted} (errors counted but not kept). docs/cli.md documents the
   * fields; their names are stable.
   */
  public static Map<String, Object> json(List<Diagnostic> diagnostics, int errors, int omitted) {
    List<Object> list = new ArrayList<>();
    int warnings = 0;
    for (Diagnostic d : diagnostics) {
      list.add(json(d));
      if (!d.isError()) warnings++;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("diagnostics", list);
    out.put("errors", errors);
    out.put("warnings", warnings);
    out.put("omitted", omitted);
    return out;
  }

  /**
   * One diagnostic: {@code file}, {@code line}, {@code column} (from 1, a tab one column), {@code
   * end_line} and {@code end_column} (just past the span), {@code severity} ({@code error} or
   * {@code warning}), {@code code}, {@code message}, {@code label} (the text under the caret, or
   * null), {@code notes} (each with {@code file}, {@code line}, {@code column} or nulls, and
   * {@code message}) and {@code hint} (or null).
   */
  public static Map<String, Object> json(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    place(m, d.span());
    Span span = d.span();
    int end = Math.max(span.end(), span.start());
    m.put("end_line", span.source().line(end));
    m.put("end_column", span.source().column(end));
    m.put("severity", d.isError() ? "error" : "warning");
    m.put("code", d.code().key());
    m.put("message", d.message());
    m.put("label", d.label());
    List<Object> notes = new ArrayList<>();
    for (Diagnostic.Note n : d.notes()) {
      Map<String, Object> note = new LinkedHashMap<>();
      place(note, n.span());
      note.put("message", n.text());
      notes.add(note);
    }
    m.put("notes", notes);
    m.put("hint", d.hint());
    return m;
  }

  private static void place(Map<String, Object> m, Span span) {
    m.put("file", span == null ? null : span.source().name());
    m.put("line", span == null ? null : span.line());
    m.put("column", span == null ? null : span.column());
  }

  public static String raw(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(d.raw()).append('\n');
    return out.toString();
  }

  public static String render(Diagnostic d) {
    return render(d, false);
  }

  /** The rendered form; with {@code colour}, the severity, code, gutter, markers and hint in ANSI colours. */
  public static String render(Diagnostic d, boolean colour) {
    StringBuilder out = new StringBuilder();
    String severity = d.isError() ? "error" : "warning";
    String tone = d.isError() ? Colour.RED : Colour.YELLOW;
    out.append(Colour.paint(severity + "[" + d.code().key() + "]", tone, colour))
        .append(Colour.paint(": " + d.message(), Colour.BOLD, colour)).append('\n');
    int width = gutterWidth(d);
    String pad = " ".repeat(width);
    String bar = Colour.paint(" |", Colour.BLUE, colour);
    out.append(pad).append(Colour.paint("-->", Colour.BLUE, colour)).append(' ').append(d.span().where()).append('\n');
    out.append(pad).append(bar).append('\n');
    snippet(out, d.span(), '^', d.label(), width, colour ? tone : null);
    Source last = d.span().source();
    for (Diagnostic.Note n : d.notes()) {
      if (n.span() == null) continue;
      out.append(pad).append(bar).append('\n');
      if (n.span().source() != last) {
        out.append(pad).append(Colour.paint(":::", Colour.BLUE, colour)).append(' ').append(n.span().where()).append('\n');
        last = n.span().source();
      }
      snippet(out, n.span(), '-', n.text(), width, colour ? Colour.BLUE : null);
    }
    out.append(pad).append(bar).append('\n');
    for (Diagnostic.Note n : d.notes()) {
      if (n.span() == null) out.append(pad).append(Colour.paint(" = note", Colour.BOLD, colour)).append(": ").append(n.text()).append('\n');
    }
    if (d.hint() != null) out.append(pad).append(Colour.paint(" = hint", Colour.CYAN, colour)).append(": ").append(d.hint()).append('\n');
    return out.toString();
  }

  public static String render(List<Diagnostic> diagnostics) {
    return render(diagnostics, false);
  }

  public static String render(List<Diagnostic> diagnostics, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(render(d, colour)).append('\n');
    return out.toString();
  }

  private static int gutterWidth(Diagnostic d) {
    int max = d.span().line();
    for (Diagnostic.Note n : d.notes()) if (n.span() != null) max = Math.max(max, n.span().line());
    return Integer.toString(max).length() + 1;
  }

  /**
   * One source line with a marker under the span (to the line's end when the span goes on); the
   * gutter in blue and the marker and its label in {@code tone} when it is not null.
   */
  private static void snippet(StringBuilder out, Span span, char mark, String label, int width, String tone) {
    boolean colour = tone != null;
    Source src = span.source();
    int line = span.line();
    String text = src.lineText(line).replace('\t', ' ');
    int col = span.column();
    int endOffset = Math.max(span.end(), span.start() + 1);
    int endCol = src.line(endOffset - 1) == line ? src.column(endOffset - 1) + 1 : text.length() + 1;
    int length = Math.max(1, endCol - col);
    String number = Integer.toString(line);
    out.append(Colour.paint(" ".repeat(width - number.length()) + number + " |", Colour.BLUE, colour)).append(' ').append(text).append('\n');
    out.append(" ".repeat(width)).append(Colour.paint(" |", Colour.BLUE, colour)).append(' ').append(" ".repeat(Math.max(0, col - 1)));
    String marker = String.valueOf(mark).repeat(length) + (label != null && !label.isEmpty() ? " " + label : "");
    out.append(colour ? Colour.paint(marker, tone, true) : marker);
    out.append('\n');
  }
}
