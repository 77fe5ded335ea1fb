package dev.nnc.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found in the input: a stable code, where it is, the message, and what helps
 * fix it. Checking produces these as data; {@link Renderer} turns them into text.
 *
 * @param label text under the caret of the primary span (often the type that was found)
 * @param notes secondary places: where an expected size was declared, the first definition
 * @param hint  a suggested fix, or null
 */
public record Diagnostic(Code code, Span span, String message, String label, List<Note> notes, String hint) {
  public Diagnostic {
    notes = List.copyOf(notes);
  }

  /** A secondary place with a short text; span is null for a note with no place. */
  public record Note(Span span, String text) {}

  public static Diagnostic of(Code code, Span span, Object... args) {
    return new Diagnostic(code, span, code.format(args), null, List.of(), null);
  }

  public Diagnostic label(String text) {
    return new Diagnostic(code, span, message, text, notes, hint);
  }

  public Diagnostic note(Span at, String text) {
    List<Note> more = new ArrayList<>(notes);
    more.add(new Note(at, text));
    return new Diagnostic(code, span, message, label, more, hint);
  }

  public Diagnostic hint(String text) {
    return new Diagnostic(code, span, message, label, notes, text);
  }

  public Diagnostic at(Span where) {
    return new Diagnostic(code, where, message, label, notes, hint);
  }

  public boolean isError() { return code.severity() == Code.Severity.ERROR; }

  /** The one-line form: {@code file:line:col: code: message}. */
  public String raw() {
    return span.where() + ": " + code.key() + ": " + message;
  }
}
