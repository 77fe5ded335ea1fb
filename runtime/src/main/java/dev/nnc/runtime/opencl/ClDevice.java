package dev.nnc.runtime.opencl;

/**
 * One OpenCL device as discovery found it: where it is ({@code index} in the flat list
 * {@code --device opencl:N} counts in, its platform), what it is, and the limits kernels are
 * shaped by (work-group size, local memory, vector width) and buffers must fit in.
 */
public record ClDevice(int index, long platform, long id, String platformName, String platformVersion, String name,
    String vendor, String driverVersion, String version, String openClC, boolean gpu, int computeUnits,
    long globalMemory, long maxAllocation, long localMemory, long maxWorkGroupSize, int floatVectorWidth,
    boolean fp64) {

  /** One line: the name, kind, memory, and double support. */
  public String summary() {
    return name + " (" + platformName + ", " + (gpu ? "GPU" : "CPU") + ", " + computeUnits + " compute units, "
        + mib(globalMemory) + " MiB, " + (fp64 ? "fp64" : "no fp64") + ")";
  }

  /** What the binary cache keys on besides the source: the device and its driver. */
  String identity() {
    return platformName + "\n" + platformVersion + "\n" + name + "\n" + vendor + "\n" + driverVersion + "\n" + version;
  }

  static long mib(long bytes) {
    return bytes >> 20;
  }
}
