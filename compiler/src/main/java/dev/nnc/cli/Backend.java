package dev.nnc.cli;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.ir.Node;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.opencl.OpenClDevice;
import dev.nnc.runtime.opencl.ClException;
import dev.nnc.runtime.opencl.OpenCl;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The device {@code --device} names, and the programs compiled on it. A program the device
 * cannot run falls back to the float64 reference evaluator, with a one-line note on stderr;
 * on OpenCL, first to the JVM backend. Where OpenCL is missing, {@code --device opencl} says so
 * in one line and runs on the JVM backend.
 */
final class Backend {
  private final String requested;
  private final PrintWriter err;
  private Device device;
  private String fallback;

  private Backend(String requested, Device device, PrintWriter err) {
    this.requested = requested;
    this.device = device;
    this.err = err;
  }

  /** The device of a name, or null after saying on stderr which names there are. */
  static Backend of(String name, Function<String, Device> devices, PrintWriter err) {
    Device d;
    try {
      d = devices.apply(name);
    } catch (OpenCl.Unavailable e) {
      err.println("nnc: note: --device " + name + ": " + e.getMessage() + "; running on the JVM backend (nnc doctor says what to install)");
      err.flush();
      return new Backend(name, new JvmDevice(), err);
    }
    if (d == null) {
      err.println("nnc: no device `" + name + "`; the devices are " + String.join(", ", Devices.names()));
      return null;
    }
    return new Backend(name, d, err);
  }

  /** Compiles the roots on the device, or on the reference evaluator when the device cannot run them. */
  Executable compile(List<Node> roots) {
    return compile(roots, java.util.Set.of(), java.util.Set.of());
  }

  /** Compiles a training step's roots, with its optimizer's update and the gradients it reads (see {@link Device}). */
  Executable compile(List<Node> roots, java.util.Set<Node> update, java.util.Set<Node> gradients) {
    if (device instanceof OpenClDevice) {
      // What OpenCL cannot run (or build) runs on the JVM backend; only what neither can falls to the reference.
      try {
        return device.compile(roots, update, gradients);
      } catch (Device.UnsupportedProgram | ClException e) {
        fallback = e.getMessage();
        err.println("nnc: note: --device " + requested + ": " + e.getMessage() + "; running on the JVM backend instead");
        err.flush();
        device = new JvmDevice();
      }
    }
    try {
      return device.compile(roots, update, gradients);
    } catch (Device.UnsupportedProgram e) {
      if (device instanceof ReferenceDevice) throw e;
      fallback = e.getMessage();
      err.println("nnc: note: --device " + requested + ": " + e.getMessage() + "; running on the float64 reference evaluator instead");
      err.flush();
      device = new ReferenceDevice();
      return device.compile(roots);
    }
  }

  /** What runs the programs, for the "training ... with ..." line, saying when it is a fallback. */
  String describe() {
    return device.describe() + (fallback != null ? " (--device " + requested + " cannot run this program)" : "");
  }
}
