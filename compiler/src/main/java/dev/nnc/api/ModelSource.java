package dev.nnc.api;

import dev.nnc.check.Checker;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a session's model source comes from: a file, or the resources the Maven plugin packaged
 * beside a generated class. Lowering builds its graph inside a checker's evaluation, so every
 * lowering checks the source afresh with a new checker.
 */
sealed interface ModelSource {
  /** How messages name the source. */
  String name();

  /** Checks the source and lowers it with {@code how}; a source with errors is a ModelException holding them. */
  <T> T lower(Function<Checked, T> how);

  /** A checked file. */
  record Checked(Checker checker, Modules.Module module) {}

  record File(Path path) implements ModelSource {
    @Override public String name() { return path.toString(); }

    @Override public <T> T lower(Function<Checked, T> how) {
      return check(path, path.toString(), how);
    }
  }

  /**
   * Resources by their names relative to the generated class, the model's file first: copied to a
   * temporary folder while checked, since local imports are resolved beside the importing file.
   */
  record Resources(Map<String, byte[]> files) implements ModelSource {
    @Override public String name() { return files.keySet().iterator().next(); }

    @Override public <T> T lower(Function<Checked, T> how) {
      Path dir = null;
      try {
        dir = Files.createTempDirectory("nnc-");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Path p = dir.resolve(f.getKey()).normalize();
          if (!p.startsWith(dir)) throw new ModelException("resource name `" + f.getKey() + "` leaves its folder");
          Files.createDirectories(p.getParent());
          Files.write(p, f.getValue());
        }
        return check(dir.resolve(name()), name(), how);
      } catch (IOException e) {
        throw new ModelException("cannot copy the source of " + name() + " to a temporary folder: " + e.getMessage());
      } finally {
        if (dir != null) delete(dir);
      }
    }

    private static void delete(Path dir) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      } catch (IOException e) {
        // A temporary folder left behind costs a few bytes; the operating system clears it.
      }
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
