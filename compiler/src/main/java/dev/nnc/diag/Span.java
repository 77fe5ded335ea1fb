package dev.nnc.diag;

/** A range of characters [start, end) in a source file. */
public record Span(Source source, int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  public int line() { return source.line(start); }
  public int column() { return source.column(start); }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(source, Math.min(start, other.start), Math.max(end, other.end));
  }

  public String text() {
    return source.text().substring(start, Math.min(end, source.text().length()));
  }

  /** file:line:col, as compilers print it. */
  public String where() { return source.name() + ":" + line() + ":" + column(); }

  @Override public String toString() { return where(); }
}
