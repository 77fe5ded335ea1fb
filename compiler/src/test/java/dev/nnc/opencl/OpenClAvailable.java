package dev.nnc.opencl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.runtime.opencl.OpenCl;

/** The OpenCL tests run where there is a device (PoCL in CI) and are skipped, saying why, where there is none. */
public final class OpenClAvailable {
  private OpenClAvailable() {}

  private static String missing;
  private static boolean checked;

  public static synchronized String missing() {
    if (!checked) {
      checked = true;
      try {
        OpenCl.devices();
      } catch (OpenCl.Unavailable e) {
        missing = e.getMessage();
      }
    }
    return missing;
  }

  /**
   * The device three times: its products tiled for itself, for a GPU (16 x 16 items of 4 x 4), and
   * for a device that takes work-groups of 2 items and 256 bytes of local memory (the smallest tiles).
   */
  public static java.util.List<dev.nnc.exec.Device> tilings() {
    OpenClDevice d = device();
    return java.util.List.of(d, d.tiledFor(ClTiles.ANY), d.tiledFor(new ClTiles.Limits(false, 2, 256, 1)));
  }

  /** Skips the test when OpenCL is missing. */
  public static OpenClDevice device() {
    assumeTrue(missing() == null, () -> "no OpenCL here: " + missing());
    return OpenClDevice.named("opencl");
  }
}
