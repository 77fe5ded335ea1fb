package dev.nnc.pipeline;

import dev.nnc.check.Checker;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;

/** What the check pass gives: the checker (its diagnostics, its evaluator) and the module of the file checked. */
public record Checked(Checker checker, Modules.Module module) {
  /** Whether the file has errors, in which case no later pass runs. */
  public boolean failed() { return checker.diagnostics().hasErrors(); }

  /** The diagnostics as {@code nnc check} prints them, or {@code ok} when there are none. */
  String show() {
    String text = Renderer.render(checker.diagnostics().sorted());
    return text.isEmpty() ? "ok\n" : text;
  }
}
