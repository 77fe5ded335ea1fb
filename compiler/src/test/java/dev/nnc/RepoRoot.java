package dev.nnc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root, where tests find samples/, docs/ and the golden files. Surefire sets
 * the system property {@code nnc.root}; an IDE that runs tests in compiler/ finds it as "..".
 */
public final class RepoRoot {
  private RepoRoot() {}

  public static Path get() {
    String set = System.getProperty("nnc.root");
    if (set != null) return Path.of(set).toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("compiler")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
    }
    return here;
  }

  public static Path resolve(String relative) {
    return get().resolve(relative);
  }
}
