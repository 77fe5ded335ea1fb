package dev.nnc.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, where the tests find the sample application; surefire sets {@code nnc.root}. */
final class RepoRoot {
  private RepoRoot() {}

  static Path resolve(String relative) {
    String set = System.getProperty("nnc.root");
    Path root = set != null ? Path.of(set) : Path.of("").toAbsolutePath();
    for (Path p = root.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("maven-plugin")) && Files.isRegularFile(p.resolve("pom.xml"))) return p.resolve(relative);
    }
    return root.resolve(relative);
  }
}
