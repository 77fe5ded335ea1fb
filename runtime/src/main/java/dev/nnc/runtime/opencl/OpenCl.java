package dev.nnc.runtime.opencl;

import static org.lwjgl.opencl.CL10.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.opencl.CL11;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * OpenCL discovery: the platforms and devices of the installed drivers, through LWJGL, which
 * loads the ICD loader ({@code libOpenCL.so}, or the library the system property
 * {@code org.lwjgl.opencl.libname} names) on first use. Every way OpenCL can be missing
 * comes out as one {@link Unavailable} with a one-line reason.
 */
public final class OpenCl {
  private OpenCl() {}

  /** OpenCL cannot be used here: no loader library, no driver (ICD), or no device. */
  public static final class Unavailable extends RuntimeException {
    private final Kind kind;

    /**
     * What is missing, so that {@code nnc doctor} can say what to install: LWJGL's bindings on the
     * class path (an optional dependency of the runtime), the loader library, a driver, a device.
     */
    public enum Kind { NO_BINDINGS, NO_LIBRARY, NO_PLATFORM, NO_DEVICE, BROKEN }

    public Unavailable(Kind kind, String message) {
      super(message);
      this.kind = kind;
    }

    public Kind kind() { return kind; }
  }

  private static List<ClDevice> devices;
  private static Unavailable failure;

  /** Every device of every platform, GPUs first within a platform as the driver lists them; cached. */
  public static synchronized List<ClDevice> devices() {
    if (failure != null) throw failure;
    if (devices == null) {
      try {
        devices = discover();
      } catch (Unavailable e) {
        failure = e;
        throw e;
      }
    }
    return devices;
  }

  /**
   * Refuses, saying which dependencies to add, when LWJGL is not on the class path: the runtime
   * declares it optional, so that an application running its models on the JVM backend does not
   * carry it. Asked before any LWJGL class is touched.
   */
  static void bindings() {
    ClassLoader loader = OpenCl.class.getClassLoader();
    for (String name : new String[] {"org.lwjgl.system.MemoryStack", "org.lwjgl.opencl.CL"}) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        String v = lwjglVersion();
        throw new Unavailable(Unavailable.Kind.NO_BINDINGS, "OpenCL needs LWJGL, which is not on the class path (no " + name
            + "): add the dependencies org.lwjgl:lwjgl:" + v + ", org.lwjgl:lwjgl-opencl:" + v + " and org.lwjgl:lwjgl:" + v
            + ":natives-linux (docs/maven.md), or run on the JVM backend");
      }
    }
  }

  /** The LWJGL version this runtime was built against (a filtered resource beside this class). */
  public static String lwjglVersion() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = OpenCl.class.getResourceAsStream("lwjgl.properties")) {
      if (in != null) p.load(in);
    } catch (java.io.IOException e) {
      // the version is only for the message
    }
    return p.getProperty("version", "VERSION");
  }

  /** The device {@code --device opencl} means: the first GPU, else the device with most compute units. */
  public static ClDevice best() {
    ClDevice best = null;
    for (ClDevice d : devices()) {
      if (best == null || (d.gpu() && !best.gpu()) || (d.gpu() == best.gpu() && d.computeUnits() > best.computeUnits())) best = d;
    }
    return best;
  }

  private static List<ClDevice> discover() {
    bindings();
    try {
      org.lwjgl.opencl.CL.getFunctionProvider();
    } catch (Throwable e) { // UnsatisfiedLinkError, or the class's failed initialization
      String lib = System.getProperty("org.lwjgl.opencl.libname", "libOpenCL.so");
      throw new Unavailable(Unavailable.Kind.NO_LIBRARY, "OpenCL is not installed: cannot load " + lib
          + (e.getMessage() != null ? " (" + firstLine(e.getMessage()) + ")" : ""));
    }
    List<ClDevice> out = new ArrayList<>();
    try (MemoryStack stack = stackPush()) {
      IntBuffer count = stack.mallocInt(1);
      int rc = clGetPlatformIDs(null, count);
      if (rc == -1001 || (rc == 0 && count.get(0) == 0)) {
        throw new Unavailable(Unavailable.Kind.NO_PLATFORM, "OpenCL is installed but no driver is (no OpenCL platform: "
            + ClException.name(rc == 0 ? -1001 : rc) + ")");
      }
      if (rc != 0) throw new Unavailable(Unavailable.Kind.BROKEN, "OpenCL does not work: clGetPlatformIDs gives " + ClException.name(rc) + " (" + rc + ")");
      PointerBuffer platforms = stack.mallocPointer(count.get(0));
      ClException.check(clGetPlatformIDs(platforms, (IntBuffer) null), "listing the OpenCL platforms");
      for (int p = 0; p < platforms.capacity(); p++) {
        long platform = platforms.get(p);
        IntBuffer n = stack.mallocInt(1);
        rc = clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, null, n);
        if (rc == CL_DEVICE_NOT_FOUND || n.get(0) == 0) continue;
        ClException.check(rc, "listing the devices of an OpenCL platform");
        PointerBuffer ids = stack.mallocPointer(n.get(0));
        ClException.check(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, ids, (IntBuffer) null), "listing OpenCL devices");
        for (int d = 0; d < ids.capacity(); d++) out.add(describe(out.size(), platform, ids.get(d)));
      }
    } catch (ClException e) {
      throw new Unavailable(Unavailable.Kind.BROKEN, "OpenCL does not work: " + e.getMessage());
    }
    if (out.isEmpty()) throw new Unavailable(Unavailable.Kind.NO_DEVICE, "OpenCL has no device (the drivers list none)");
    return List.copyOf(out);
  }

  private static ClDevice describe(int index, long platform, long id) {
    String extensions = deviceString(id, CL_DEVICE_EXTENSIONS);
    return new ClDevice(index, platform, id, platformString(platform, CL_PLATFORM_NAME), platformString(platform, CL_PLATFORM_VERSION),
        deviceString(id, CL_DEVICE_NAME).trim(), deviceString(id, CL_DEVICE_VENDOR), deviceString(id, CL_DRIVER_VERSION),
        deviceString(id, CL_DEVICE_VERSION), deviceString(id, CL11.CL_DEVICE_OPENCL_C_VERSION),
        (deviceLong(id, CL_DEVICE_TYPE) & CL_DEVICE_TYPE_GPU) != 0, deviceInt(id, CL_DEVICE_MAX_COMPUTE_UNITS),
        deviceLong(id, CL_DEVICE_GLOBAL_MEM_SIZE), deviceLong(id, CL_DEVICE_MAX_MEM_ALLOC_SIZE),
        deviceLong(id, CL_DEVICE_LOCAL_MEM_SIZE), deviceSize(id, CL_DEVICE_MAX_WORK_GROUP_SIZE),
        deviceInt(id, CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT), extensions.contains("cl_khr_fp64"));
  }

  private static String platformString(long platform, int param) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer size = stack.mallocPointer(1);
      ClException.check(clGetPlatformInfo(platform, param, (ByteBuffer) null, size), "querying an OpenCL platform");
      ByteBuffer b = stack.malloc((int) size.get(0));
      ClException.check(clGetPlatformInfo(platform, param, b, null), "querying an OpenCL platform");
      return MemoryUtil.memUTF8(b, Math.max(0, (int) size.get(0) - 1));
    }
  }

  private static String deviceString(long device, int param) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer size = stack.mallocPointer(1);
      ClException.check(clGetDeviceInfo(device, param, (ByteBuffer) null, size), "querying an OpenCL device");
      ByteBuffer b = MemoryUtil.memAlloc((int) size.get(0));
      try {
        ClException.check(clGetDeviceInfo(device, param, b, null), "querying an OpenCL device");
        return MemoryUtil.memUTF8(b, Math.max(0, (int) size.get(0) - 1));
      } finally {
        MemoryUtil.memFree(b);
      }
    }
  }

  private static long deviceLong(long device, int param) {
    try (MemoryStack stack = stackPush()) {
      java.nio.LongBuffer b = stack.mallocLong(1);
      ClException.check(clGetDeviceInfo(device, param, b, null), "querying an OpenCL device");
      return b.get(0);
    }
  }

  private static int deviceInt(long device, int param) {
    try (MemoryStack stack = stackPush()) {
      IntBuffer b = stack.mallocInt(1);
      ClException.check(clGetDeviceInfo(device, param, b, null), "querying an OpenCL device");
      return b.get(0);
    }
  }

  private static long deviceSize(long device, int param) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer b = stack.mallocPointer(1);
      ClException.check(clGetDeviceInfo(device, param, b, null), "querying an OpenCL device");
      return b.get(0);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
