package dev.nnc.cli;

import dev.nnc.runtime.opencl.ClDevice;
import dev.nnc.runtime.opencl.OpenCl;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nnc devices}: the devices {@code --device} can name, with what each OpenCL device has. */
@Command(name = "devices", mixinStandardHelpOptions = true,
    description = "Lists the devices --device can name: the OpenCL platforms and devices (memory, fp64, limits), jvm and reference.")
final class DevicesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ClDevice> devices;
    try {
      devices = OpenCl.devices();
    } catch (OpenCl.Unavailable e) {
      out.println("opencl: none (" + e.getMessage() + "; nnc doctor says what to install)");
      devices = List.of();
    }
    String platform = null;
    for (ClDevice d : devices) {
      if (!d.platformName().equals(platform)) {
        platform = d.platformName();
        out.println("platform " + platform + " (" + d.platformVersion() + ")");
      }
      out.printf("  opencl:%d  %s%n", d.index(), d.name());
      out.printf("    %s, %s, %d compute units, driver %s, %s, %s%n", d.gpu() ? "GPU" : "CPU", d.vendor(), d.computeUnits(),
          d.driverVersion(), d.version(), d.openClC());
      out.printf("    global memory %d MiB (largest buffer %d MiB), local memory %d KiB, work-group up to %d, float vector width %d, %s%n",
          d.globalMemory() >> 20, d.maxAllocation() >> 20, d.localMemory() >> 10, d.maxWorkGroupSize(), d.floatVectorWidth(),
          d.fp64() ? "fp64" : "no fp64");
    }
    if (!devices.isEmpty()) out.println("opencl = opencl:" + OpenCl.best().index() + " (the best device: a GPU first, else the most compute units)");
    ClDevice gpu = devices.stream().filter(ClDevice::gpu).findFirst().orElse(null);
    out.println("auto = " + (gpu != null ? "opencl:" + gpu.index() + " (the first GPU)" : "jvm (no OpenCL GPU)") + ", the default of --device");
    out.println("jvm: " + new dev.nnc.jvm.JvmDevice().describe());
    out.println("reference: " + new dev.nnc.exec.ReferenceDevice().describe());
    return Main.OK;
  }
}
