package dev.nnc.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code .nn} model as the Spark trainer ships it to its tasks: the file's name (for
 * diagnostics), its text, and the model it trains (null: the file's train block's). Each task
 * compiles it on its own executor ({@link Compiled}), so only this text crosses the network.
 *
 * @param name the file name diagnostics show
 * @param text the source
 * @param model the model to train, or null for the train block's
 */
public record ModelSource(String name, String text, String model) implements Serializable {
  public ModelSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The source of {@code file}, training {@code model} (null: the train block's). */
  public static ModelSource read(Path file, String model) {
    try {
      return new ModelSource(file.toString(), Files.readString(file), model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
