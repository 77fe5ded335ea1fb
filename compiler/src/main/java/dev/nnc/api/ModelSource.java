package dev.nnc.api;

import dev.nnc.check.Checker;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.runtime.model.ModelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where a model's source comes from: a file (the only kind so far). Lowering builds its graph
 * inside a checker's evaluation, so every lowering checks the source afresh with a new checker.
 */
sealed interface ModelSource {
  /** How messages name the source. */
  String name();

  /** Checks the source and lowers it with {@code how}; a source with errors is a ModelException holding them. */
  <T> T lower(Function<Checked, T> how);

  /** A checked file. */
  record Checked(Checker checker, Modules.Module module) {}

  /** A file, which messages name {@code shown}. */
  record File(Path path, String shown) implements ModelSource {
    File(Path path) {
      this(path, path.toString());
    }

    @Override public String name() { return shown; }

    @Override public <T> T lower(Function<Checked, T> how) {
      return check(path, shown, how);
    }
  }

  private static <T> T check(Path file, String shown, Function<Checked, T> how) {
    Checker checker = new Checker();
    Modules.Module m;
    try {
      m = checker.checkFile(file, shown);
    } catch (IOException e) {
      throw new ModelException("cannot read " + shown + ": " + e.getMessage());
    }
    Checked c = new Checked(checker, m);
    if (m.file() == null || checker.diagnostics().hasErrors()) throw failed(c);
    return how.apply(c);
  }

  /** The lowered value, or a ModelException holding the diagnostics that say why there is none. */
  static <T> T required(Checked c, T lowered) {
    if (lowered == null) throw failed(c);
    return lowered;
  }

  private static ModelException failed(Checked c) {
    var errors = c.checker().diagnostics().sorted().stream().filter(d -> d.isError()).toList();
    return new ModelException(errors.isEmpty() ? "the model does not compile" : Renderer.render(errors).strip());
  }
}
