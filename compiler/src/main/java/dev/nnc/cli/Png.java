package dev.nnc.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes the images the commands draw (learning curves, confusion matrices). */
final class Png {
  private Png() {}

  /** Writes an image as a PNG, atomically: a viewer never sees half a file. */
  static void write(BufferedImage image, Path png) throws IOException {
    Path dir = png.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + png.getFileName(), ".tmp");
    try {
      if (!ImageIO.write(image, "png", tmp.toFile())) throw new IOException("no PNG writer");
      Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
