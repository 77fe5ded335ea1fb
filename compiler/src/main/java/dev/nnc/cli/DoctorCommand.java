package dev.nnc.cli;

import dev.nnc.runtime.opencl.BinaryCache;
import dev.nnc.runtime.opencl.ClContext;
import dev.nnc.runtime.opencl.ClDevice;
import dev.nnc.runtime.opencl.OpenCl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nnc doctor}: checks the OpenCL installation step by step (the loader library, the
 * drivers, the devices, building and running a kernel, the kernel cache) and says what to
 * install or fix for the first step that fails. Exit code 0 when OpenCL works, 3 when not.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = "Checks the OpenCL installation and says what to install when something is missing.")
final class DoctorCommand implements Callable<Integer> {
  static final String INSTALL = "apt-get install pocl-opencl-icd ocl-icd-libopencl1 ocl-icd-opencl-dev";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String lib = System.getProperty("org.lwjgl.opencl.libname", "libOpenCL.so");
    List<ClDevice> devices;
    try {
      devices = OpenCl.devices();
    } catch (OpenCl.Unavailable e) {
      out.println("opencl loader (" + lib + "): " + (e.kind() == OpenCl.Unavailable.Kind.NO_LIBRARY ? "missing" : "ok"));
      if (e.kind() != OpenCl.Unavailable.Kind.NO_LIBRARY) out.println("opencl drivers (" + icds() + "): " + e.getMessage());
      out.println("problem: " + e.getMessage());
      out.println(switch (e.kind()) {
        case NO_BINDINGS -> "fix: put LWJGL on the class path (the nnc launcher has it; an application declares it, docs/maven.md)";
        case NO_LIBRARY -> "fix: install the OpenCL loader and a driver; on Debian or Ubuntu, as root: " + INSTALL
            + " (for a GPU, its vendor's OpenCL driver instead of or beside PoCL)";
        case NO_PLATFORM -> "fix: install an OpenCL driver (an ICD in /etc/OpenCL/vendors); for the CPU, as root: apt-get install pocl-opencl-icd";
        case NO_DEVICE -> "fix: the drivers list no device: check that the GPU driver is loaded, or install PoCL for the CPU: apt-get install pocl-opencl-icd";
        case BROKEN -> "fix: reinstall the OpenCL driver (" + INSTALL + "), then run nnc doctor again";
      });
      out.println("until then nnc runs on the JVM backend (--device jvm)");
      return Main.FAULT;
    }
    out.println("opencl loader (" + lib + "): ok");
    out.println("opencl drivers (" + icds() + "): " + devices.size() + " device" + (devices.size() == 1 ? "" : "s"));
    for (ClDevice d : devices) out.println("  opencl:" + d.index() + "  " + d.summary());
    ClDevice best = OpenCl.best();
    try (ClContext c = ClContext.open(best, BinaryCache.standard())) {
      long t0 = System.nanoTime();
      ClContext.Program p = c.build("__kernel void twice(__global float* x) { x[get_global_id(0)] *= 2.0f; }", "");
      long k = c.kernel(p, "twice");
      long buf = c.buffer(16);
      c.write(buf, new float[] {1, 2, 3, 4}, 4);
      c.arg(k, 0, buf);
      c.launch(k, new long[] {4}, null, "twice");
      float[] back = new float[4];
      c.read(buf, back, 4);
      c.release(buf);
      boolean right = back[0] == 2 && back[3] == 8;
      out.printf("kernel build and run on opencl:%d: %s (%.0f ms%s)%n", best.index(), right ? "ok" : "WRONG RESULT",
          (System.nanoTime() - t0) / 1e6, p.cached() ? ", from the cache" : "");
      if (!right) {
        out.println("fix: the driver computes wrong results; reinstall it, or use --device jvm");
        return Main.FAULT;
      }
    } catch (RuntimeException e) {
      out.println("kernel build and run on opencl:" + best.index() + ": failed: " + e.getMessage());
      out.println("fix: reinstall the OpenCL driver (" + INSTALL + ")");
      return Main.FAULT;
    }
    Path cache = BinaryCache.standard().dir();
    boolean writable;
    try {
      Files.createDirectories(cache);
      writable = Files.isWritable(cache);
    } catch (java.io.IOException e) {
      writable = false;
    }
    out.println("kernel cache (" + cache + ", -D" + BinaryCache.PROPERTY + "=DIR): " + (writable ? "ok"
        : "not writable: every start builds its kernels from source (slower)"));
    out.println("opencl works: --device opencl runs on opencl:" + best.index());
    return Main.OK;
  }

  /** The installed drivers, as the ICD loader finds them. */
  private static String icds() {
    Path dir = Path.of("/etc/OpenCL/vendors");
    try (var files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".icd")).sorted().toList();
      return names.isEmpty() ? "no ICD files in " + dir : String.join(", ", names);
    } catch (java.io.IOException e) {
      return "no " + dir;
    }
  }
}
