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
  /** How many errors are kept; later ones are only counted ({@link #omitted}). */
  public static final int MAX_ERRORS = 100;

  private final List<Diagnostic> all = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();
  private int errors;
  private int omitted;

  public void report(Diagnostic d) {
    if (!seen.add(d.code().key() + "@" + d.span().where())) return;
    if (d.isError()) {
      if (errors >= MAX_ERRORS) {
        omitted++;
        return;
      }
      errors++;
    } else if (all.size() >= 10 * MAX_ERRORS) {
      return; // warnings are bounded too, silently
    }
    all.add(d);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  /** Every error reported, those kept and those only counted. */
  public int errorCount() {
    return errors + omitted;
  }

  /** The errors reported after the first {@link #MAX_ERRORS}, counted but not kept. */
  public int omitted() {
    return omitted;
  }

  /** True once no more errors are kept: work that only improves a message can be skipped. */
  public boolean full() {
    return errors >= MAX_ERRORS;
  }

  /** In file order, then by position. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(all);
    out.sort(Comparator.comparing((Diagnostic d) -> d.span().source().name())
        .thenComparingInt(d -> d.span().start()));
    return out;
  }
}
