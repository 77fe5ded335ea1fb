package dev.nnc.diag;

import java.util.ArrayList;
import java.util.List;

/** The text of one .nn file, with the name it is reported under and a line index. */
public final class Source {
  private final String name;
  private final String text;
  private final boolean stdlib;
  private final int[] lineStarts;

  public Source(String name, String text, boolean stdlib) {
    this.name = name;
    this.text = text;
    this.stdlib = stdlib;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') starts.add(i + 1);
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  public String name() { return name; }
  public String text() { return text; }
  /** True for files of the standard library, which diagnostics report from the user's call site. */
  public boolean stdlib() { return stdlib; }

  /** 1-based line of a character offset. */
  public int line(int offset) {
    int lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of a character offset, counting a tab as one column. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') end--;
    return text.substring(start, Math.max(start, end));
  }

  public int lineCount() { return lineStarts.length; }

  @Override public String toString() { return name; }
}
