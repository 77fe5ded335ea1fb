package dev.nnc.runtime.opencl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Built OpenCL programs on disk, so a warm start builds nothing from source: one file per
 * program binary, named by a SHA-256 of the source, the build options, the device and its
 * driver version (a new driver builds afresh). The directory is the system property
 * {@code nnc.opencl.cache}, else {@code ${user.home}/.cache/nnc/opencl}. A cache that
 * cannot be read or written is skipped, never an error.
 */
public final class BinaryCache {
  public static final String PROPERTY = "nnc.opencl.cache";

  private final Path dir;

  public BinaryCache(Path dir) {
    this.dir = dir;
  }

  /** The cache the system property names, or the default one. */
  public static BinaryCache standard() {
    String p = System.getProperty(PROPERTY);
    return new BinaryCache(p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache", "nnc", "opencl"));
  }

  public Path dir() { return dir; }

  /** The key of a program: hex SHA-256 of everything its binary depends on. */
  public static String key(String source, String options, ClDevice device) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {source, options, device.identity()}) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : md.digest()) hex.append(String.format("%02x", b));
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The binary stored under a key, or null. */
  public byte[] load(String key) {
    try {
      Path f = dir.resolve(key + ".bin");
      return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Stores a binary, atomically: a reader sees the whole file or none. */
  public void store(String key, byte[] binary) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      Files.write(tmp, binary);
      Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      // a read-only home: every start builds from source, which is slower but correct
    }
  }
}
