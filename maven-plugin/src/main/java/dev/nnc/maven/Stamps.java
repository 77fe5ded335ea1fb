package dev.nnc.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last build made of each {@code .nn} file, so that an unchanged file is not compiled
 * again: a digest of everything its classes depend on (its text, the local modules it imports,
 * the nnc version and the package), the files it imports, and the classes and model files it
 * gave. Kept as a properties file in the build folder; a missing or unreadable one only means
 * compiling again.
 */
final class Stamps {
  /**
   * One file's record: sources relative to the source root (the file first), and what it gave:
   * classes under the Java output folder, model files under the resource folder.
   */
  record Stamp(String digest, List<String> sources, List<String> outputs) {
    Stamp {
      sources = List.copyOf(sources);
      outputs = List.copyOf(outputs);
    }
  }

  private final Map<String, Stamp> stamps = new TreeMap<>();

  static Stamps read(Path file) {
    Stamps s = new Stamps();
    if (!Files.isRegularFile(file)) return s;
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return s;
    }
    for (String key : p.stringPropertyNames()) {
      if (!key.endsWith(".digest")) continue;
      String nn = key.substring(0, key.length() - ".digest".length());
      s.stamps.put(nn, new Stamp(p.getProperty(key), split(p.getProperty(nn + ".sources", nn)), split(p.getProperty(nn + ".outputs", ""))));
    }
    return s;
  }

  void write(Path file) throws IOException {
    Properties p = new Properties();
    stamps.forEach((nn, s) -> {
      p.setProperty(nn + ".digest", s.digest());
      p.setProperty(nn + ".sources", String.join(",", s.sources()));
      p.setProperty(nn + ".outputs", String.join(",", s.outputs()));
    });
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "nnc: what the last build compiled; delete to compile every model again");
    }
  }

  Stamp get(String nn) { return stamps.get(nn); }

  void put(String nn, Stamp s) { stamps.put(nn, s); }

  void remove(String nn) { stamps.remove(nn); }

  /** The files recorded, relative to the source root. */
  List<String> files() { return new ArrayList<>(stamps.keySet()); }

  /**
   * The digest of a file's inputs: {@code salt} (the nnc version and the package), then each source
   * by its name and bytes; null when one of them cannot be read.
   */
  static String digest(String salt, Path root, List<String> sources) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt.getBytes(StandardCharsets.UTF_8));
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (String s : sources) files.put(s, Files.readAllBytes(root.resolve(s)));
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        md.update((byte) 0);
        md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.getValue());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split(","));
  }
}
