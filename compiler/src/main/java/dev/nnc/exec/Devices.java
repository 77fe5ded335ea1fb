package dev.nnc.exec;

import java.util.List;

/** The devices {@code --device} can name. */
public final class Devices {
  private Devices() {}

  public static List<String> names() {
    return List.of("jvm", "reference");
  }

  /** The device of a name, or null for a name no device has. */
  public static Device byName(String name) {
    return switch (name) {
      case "reference" -> new ReferenceDevice();
      case "jvm" -> new dev.nnc.jvm.JvmDevice();
      default -> null;
    };
  }
}
