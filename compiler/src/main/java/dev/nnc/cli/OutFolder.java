package dev.nnc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder {@code nnc train --out} writes its checkpoints and plot to. */
final class OutFolder {
  private OutFolder() {}

  /**
   * Makes sure the checkpoint and the plot can be written to {@code --out} (creating the folder)
   * and removes the temporary files of ours for this model that a killed run left there; returns
   * why the folder cannot be used, or null.
   */
  static String prepare(Path outDir, String model) {
    for (Path p = outDir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) break;
      if (Files.exists(p)) return (p.equals(outDir.toAbsolutePath()) ? "it" : p.toString()) + " is a file, not a folder";
    }
    try {
      Files.createDirectories(outDir);
      Files.delete(Files.createTempFile(outDir, TEMP_PROBE, ".tmp"));
    } catch (IOException | SecurityException e) {
      String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
      return "cannot write there: " + why;
    }
    // The temporary files of Safetensors.write (.M.safetensors.HEX.tmp), of the plot (.M.pngDIGITS.tmp) and of the probe above.
    java.util.regex.Pattern stale = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote("." + model + ".safetensors.") + "[0-9a-f]+\\.tmp|"
            + java.util.regex.Pattern.quote("." + model + ".best.safetensors.") + "[0-9a-f]+\\.tmp|"
            + java.util.regex.Pattern.quote("." + model + ".png") + "[0-9]+\\.tmp|"
            + java.util.regex.Pattern.quote(TEMP_PROBE) + "[0-9]+\\.tmp");
    try (java.util.stream.Stream<Path> files = Files.list(outDir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (stale.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // A stale temporary file is harmless; the checkpoint's own write says if the folder fails.
    }
    return null;
  }

  private static final String TEMP_PROBE = ".nnc-probe";
}
