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
   * The device twice: its products tiled for itself, and for a device that takes work-groups of
   * at most 16 items and 8 KiB of local memory (smaller tiles, shallower slices). (A GPU's tiles
   * of 16 x 16 items are not run on PoCL: among the runs of the suite that did, two of three
   * died of a segmentation fault in a later test; none of the four without them did.)
   */
  public static java.util.List<dev.nnc.exec.Device> tilings() {
    OpenClDevice d = device();
    return java.util.List.of(d, d.tiledFor(new ClTiles.Limits(false, 16, 8192, 4)));
  }

  /** Skips the test when OpenCL is missing. */
  public static OpenClDevice device() {
    assumeTrue(missing() == null, () -> "no OpenCL here: " + missing());
    return OpenClDevice.named("opencl");
  }
}
