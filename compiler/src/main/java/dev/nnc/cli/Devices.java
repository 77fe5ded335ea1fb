package dev.nnc.cli;

import dev.nnc.exec.Device;
import dev.nnc.exec.ReferenceDevice;
import java.util.List;

/** The devices {@code --device} can name. */
public final class Devices {
  private Devices() {}

  public static List<String> names() {
    return List.of("auto", "jvm", "reference", "opencl", "opencl:N");
  }

  /**
   * The device of a name, or null for a name no device has. {@code auto}, the commands' default,
   * is the first OpenCL GPU where there is one and the JVM backend otherwise (an OpenCL device on
   * the CPU, such as PoCL, runs the same programs slower than the JVM backend). {@code opencl} is the best OpenCL
   * device, {@code opencl:N} the N-th of {@code nnc devices}; where OpenCL is missing they throw
   * {@link dev.nnc.runtime.opencl.OpenCl.Unavailable}, whose message says so in one line.
   */
  public static Device byName(String name) {
    return switch (name) {
      case "reference" -> new ReferenceDevice();
      case "jvm" -> new dev.nnc.jvm.JvmDevice();
      case "auto" -> {
        Device gpu = dev.nnc.opencl.OpenClDevice.gpu("auto");
        yield gpu != null ? gpu : new dev.nnc.jvm.JvmDevice();
      }
      default -> dev.nnc.opencl.OpenClDevice.named(name);
    };
  }
}
