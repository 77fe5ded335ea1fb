package dev.nnc.check;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import dev.nnc.syntax.Ast;
import dev.nnc.syntax.Parse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and parses modules. {@code std.x} is the stdlib resource {@code std/x.nn}; any other
 * {@code a.b} is the file {@code a/b.nn} beside the file that imports it.
 */
public final class Modules {
  /** A parsed module; file is null when it could not be read or parsed. */
  public record Module(String key, Ast.File file) {}

  private final Diagnostics diagnostics;
  private final Map<String, Module> loaded = new LinkedHashMap<>();
  private final Map<String, Boolean> loading = new HashMap<>();
  /** The directory each loaded file lives in, for imports relative to it. */
  private final Map<Source, Path> directories = new HashMap<>();

  public Modules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Loads a file given on the command line, reporting a missing file as use.read at no place. */
  public Module loadFile(Path path, String shownName) throws IOException {
    String key = "file:" + path.toAbsolutePath().normalize();
    Module m = loaded.get(key);
    if (m != null) return m;
    byte[] bytes = Files.readAllBytes(path);
    Source src = Parse.decode(shownName, bytes, isStdlibPath(path), diagnostics);
    if (src != null) directories.put(src, path.toAbsolutePath().normalize().getParent());
    m = new Module(key, src == null ? null : Parse.file(src, diagnostics));
    loaded.put(key, m);
    return m;
  }

  /** The loaded module whose file is {@code source}, or null. */
  public Module of(dev.nnc.diag.Source source) {
    for (Module m : loaded.values()) if (m.file() != null && m.file().source() == source) return m;
    return null;
  }

  /** Parses source text as a file (used by tests and benchmarks). */
  public Module loadText(String name, String text) {
    Source src = new Source(name, text, false);
    Module m = new Module("text:" + name, Parse.file(src, diagnostics));
    loaded.put(m.key(), m);
    return m;
  }

  /**
   * Resolves a {@code use} from the file {@code from}. Returns null and reports use.module
   * or use.read when the module cannot be had.
   */
  public Module resolve(Ast.Use use, Source from) {
    List<String> path = use.path().stream().map(Ast.Name::text).toList();
    String dotted = String.join(".", path);
    if (path.get(0).equals("std")) {
      String resource = "/" + String.join("/", path) + ".nn";
      String key = "std:" + dotted;
      if (loaded.containsKey(key)) return loaded.get(key);
      try (InputStream in = Modules.class.getResourceAsStream(resource)) {
        if (in == null) {
          reportMissing(use, dotted, stdlibModules());
          return null;
        }
        Source src = Parse.decode(resource.substring(1), in.readAllBytes(), true, diagnostics);
        Module m = new Module(key, src == null ? null : Parse.file(src, diagnostics));
        loaded.put(key, m);
        return m;
      } catch (IOException e) {
        diagnostics.report(Diagnostic.of(Code.USE_READ, use.span(), resource, reason(e)));
        return null;
      }
    }
    Path dir = directories.getOrDefault(from, baseDirectory(from));
    Path file = dir.resolve(String.join("/", path) + ".nn");
    if (!Files.isRegularFile(file)) {
      reportMissing(use, dotted, siblingModules(dir));
      return null;
    }
    try {
      Path shown = Path.of(from.name()).getParent();
      String name = shown == null ? file.getFileName().toString() : shown.resolve(String.join("/", path) + ".nn").toString();
      return loadFile(file, name);
    } catch (IOException e) {
      Path shown = Path.of(from.name()).getParent();
      String name = shown == null ? file.getFileName().toString() : shown.resolve(String.join("/", path) + ".nn").toString();
      diagnostics.report(Diagnostic.of(Code.USE_READ, use.span(), name, reason(e)));
      return null;
    }
  }

  /** What the system said, in words: Java's own message for a permission problem is only the path. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void reportMissing(Ast.Use use, String dotted, List<String> known) {
    Span at = use.path().get(0).span().to(use.path().get(use.path().size() - 1).span());
    Diagnostic d = Diagnostic.of(Code.USE_MODULE, at, dotted);
    String close = Suggest.closest(dotted, known);
    if (close != null) d = d.hint("did you mean `" + close + "`?");
    else d = d.hint("the stdlib modules are " + String.join(", ", stdlibModules()));
    diagnostics.report(d);
  }

  /** Marks a module as being loaded; returns false when it already is (an import cycle). */
  boolean enter(String key) {
    return loading.putIfAbsent(key, Boolean.TRUE) == null;
  }

  void leave(String key) {
    loading.remove(key);
  }

  private static Path baseDirectory(Source from) {
    Path p = Path.of(from.name()).toAbsolutePath().getParent();
    return p == null ? Path.of(".").toAbsolutePath() : p;
  }

  private static boolean isStdlibPath(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.getParent() != null && abs.getParent().getFileName() != null
        && abs.getParent().getFileName().toString().equals("std")
        && abs.toString().contains("stdlib");
  }

  /** The stdlib modules shipped as resources, listed in std/index.txt. */
  public static List<String> stdlibModules() {
    List<String> out = new ArrayList<>();
    try (InputStream in = Modules.class.getResourceAsStream("/std/index.txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) out.add("std." + line.trim());
        }
      }
    } catch (IOException e) {
      // An unreadable index only loses the suggestion.
    }
    return out;
  }

  private static List<String> siblingModules(Path dir) {
    List<String> out = new ArrayList<>(stdlibModules());
    try (var files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".nn"))
          .forEach(n -> out.add(n.substring(0, n.length() - 3)));
    } catch (IOException e) {
      // No suggestions then.
    }
    return out;
  }
}
