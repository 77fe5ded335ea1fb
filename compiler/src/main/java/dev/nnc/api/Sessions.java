package dev.nnc.api;

import dev.nnc.exec.Device;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Sessions of models compiled from their {@code .nn} source at run time, on any device: the
 * compiler's way to a {@link Session}, which the runtime alone opens only from the model files
 * the Maven plugin packages.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * Opens the model {@code model} of a {@code .nn} file (with the local modules beside it): checks
   * and lowers it and draws the initial state as {@code nnc train} does; each program is compiled
   * for the device the first time it is needed.
   *
   * @throws ModelException when the file does not compile or declares no such model
   */
  public static Session open(Path file, String model, Device device) {
    Objects.requireNonNull(device, "device");
    if (!Files.isRegularFile(file)) throw new ModelException("no such file: " + file);
    Lowered lowered = new Lowered(new ModelSource.File(file), model);
    return new Session(lowered.spec, lowered.state, new DevicePrograms(lowered, device));
  }
}
