package dev.nnc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The sink that passes report into. Keeps one diagnostic per place and message. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  public void report(Diagnostic d) {
    if (seen.add(d.raw())) all.add(d);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count();
  }

  /** In file order, then by position. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(all);
    out.sort(Comparator.comparing((Diagnostic d) -> d.span().source().name())
        .thenComparingInt(d -> d.span().start()));
    return out;
  }
}
