package dev.nnc.opencl;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Node;
import dev.nnc.runtime.opencl.ClContext;
import dev.nnc.runtime.opencl.ClDevice;
import dev.nnc.runtime.opencl.OpenCl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenCL backend on one device: {@code opencl} is the best device (a GPU first),
 * {@code opencl:N} the N-th of {@code nnc devices}. One context per device serves every
 * program compiled for it.
 */
public final class OpenClDevice implements Device {
  private static final Map<Integer, ClContext> CONTEXTS = new HashMap<>();

  private final String name;
  private final ClDevice device;
  /** What the products' tiles are shaped for: the device's own limits, unless a test asks for others. */
  private final ClTiles.Limits limits;

  private OpenClDevice(String name, ClDevice device) {
    this(name, device, ClTiles.Limits.of(device));
  }

  private OpenClDevice(String name, ClDevice device, ClTiles.Limits limits) {
    this.name = name;
    this.device = device;
    this.limits = limits;
  }

  /** The same device, its products tiled as for other limits (the tests run a GPU's tiles and the smallest ones on PoCL). */
  OpenClDevice tiledFor(ClTiles.Limits other) {
    return new OpenClDevice(name, device, other);
  }

  /**
   * The device of {@code opencl} or {@code opencl:N}; throws {@link OpenCl.Unavailable} when
   * OpenCL is missing, and null for a name that is not an OpenCL device.
   */
  public static OpenClDevice named(String name) {
    if (name.equals("opencl")) return new OpenClDevice(name, OpenCl.best());
    if (!name.startsWith("opencl:")) return null;
    int index;
    try {
      index = Integer.parseInt(name.substring("opencl:".length()));
    } catch (NumberFormatException e) {
      return null;
    }
    List<ClDevice> all = OpenCl.devices();
    if (index < 0 || index >= all.size()) {
      throw new OpenCl.Unavailable(OpenCl.Unavailable.Kind.NO_DEVICE, "there is no OpenCL device " + index
          + " (there " + (all.size() == 1 ? "is 1" : "are " + all.size()) + "; nnc devices lists them)");
    }
    return new OpenClDevice(name, all.get(index));
  }

  /** The first OpenCL GPU, under the name {@code name}, or null where OpenCL is missing or has no GPU. */
  public static OpenClDevice gpu(String name) {
    try {
      for (ClDevice d : OpenCl.devices()) if (d.gpu()) return new OpenClDevice(name, d);
    } catch (OpenCl.Unavailable e) {
      // no OpenCL: no GPU through it
    }
    return null;
  }

  public ClDevice device() { return device; }

  /** The context of this device, opened on first use. */
  public ClContext context() {
    synchronized (CONTEXTS) {
      return CONTEXTS.computeIfAbsent(device.index(), i -> ClContext.open(device));
    }
  }

  @Override public String name() { return name; }

  /** The device, and once programs are built, how long building them took (a warm start loads them from the cache). */
  @Override public String describe() {
    ClContext c;
    synchronized (CONTEXTS) {
      c = CONTEXTS.get(device.index());
    }
    if (c == null || c.builds() + c.cacheHits() == 0) return "OpenCL on " + device.summary();
    return String.format(java.util.Locale.ROOT, "OpenCL on %s; kernels built in %.3f s (%d program%s, %d from the cache)",
        device.summary(), c.buildNanos() / 1e9, c.builds() + c.cacheHits(), c.builds() + c.cacheHits() == 1 ? "" : "s", c.cacheHits());
  }

  @Override public Executable compile(List<Node> roots) {
    return ClProgram.compile(context(), roots, Set.of(), Set.of(), limits);
  }

  @Override public Executable compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return ClProgram.compile(context(), roots, update, gradients, limits);
  }
}
