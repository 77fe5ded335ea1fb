package dev.nnc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sink that passes report into. Keeps one diagnostic per code and place: a layer checked
 * on its own and then at its use may find one mistake twice, in symbols and then in numbers.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  public void report(Diagnostic d) {
    if (seen.add(d.code().key() + "@" + d.span().where())) all.add(d);
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
