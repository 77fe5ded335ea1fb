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

  /** Skips the test when OpenCL is missing. */
  public static OpenClDevice device() {
    assumeTrue(missing() == null, () -> "no OpenCL here: " + missing());
    return OpenClDevice.named("opencl");
  }
}
