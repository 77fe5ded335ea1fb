package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.exec.Device;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.runtime.opencl.ClDevice;
import dev.nnc.runtime.opencl.OpenCl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenCL side of the command line: nnc devices, nnc doctor (with OpenCL present, and absent
 * in a fresh JVM whose OpenCL library name names no library), --device opencl falling back to
 * the JVM backend in one line, and --emit kernels writing one .cl file per kernel.
 */
class OpenClCommandTest {
  @TempDir Path tmp;

  @Test
  void devicesListsTheOpenClDevicesAndTheOthers() {
    OpenClAvailable.device();
    Samples.Result r = Samples.run("devices");
    assertEquals(Main.OK, r.exit(), r::all);
    String name = OpenCl.devices().get(0).name();
    assertTrue(r.out().contains("  opencl:0  " + name + "\n"), r::all);
    assertTrue(r.out().contains("global memory "), r::all);
    assertTrue(r.out().contains(OpenCl.devices().get(0).fp64() ? ", fp64\n" : ", no fp64\n"), r::all);
    assertTrue(r.out().contains("\njvm: the JVM backend"), r::all);
    assertTrue(r.out().contains("\nreference: "), r::all);
    ClDevice gpu = OpenCl.devices().stream().filter(ClDevice::gpu).findFirst().orElse(null);
    assertTrue(r.out().contains(gpu == null ? "\nauto = jvm (no OpenCL GPU), the default of --device\n"
        : "\nauto = opencl:" + gpu.index() + " (the first GPU), the default of --device\n"), r::all);
  }

  @Test
  void theDefaultDeviceIsTheFirstGpuElseTheJvm() {
    OpenClAvailable.device();
    boolean gpu = OpenCl.devices().stream().anyMatch(ClDevice::gpu);
    Device auto = Devices.byName("auto");
    assertEquals(gpu ? "auto" : "jvm", auto.name());
    assertTrue(gpu ? auto instanceof dev.nnc.opencl.OpenClDevice d && d.device().gpu() : auto instanceof dev.nnc.jvm.JvmDevice);
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--epochs", "1", "--out",
        tmp.resolve("out").toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains(gpu ? "with OpenCL on " : "with the JVM backend"), r::all);
    assertEquals("", r.err(), r::all);
  }

  @Test
  void withoutOpenClTheDefaultDeviceIsTheJvmWithoutANote() throws Exception {
    Proc p = nnc("train", Samples.file("linear_regression").toString(), "--epochs", "1", "--out", tmp.resolve("out").toString());
    assertEquals(Main.OK, p.exit(), p::all);
    assertTrue(p.out().contains("with the JVM backend"), p::all);
    assertTrue(p.err().lines().noneMatch(l -> l.startsWith("nnc:")), p::all);
  }

  @Test
  void doctorSaysOpenClWorks() {
    OpenClAvailable.device();
    Samples.Result r = Samples.run("doctor");
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("opencl loader (libOpenCL.so): ok\n"), r::all);
    assertTrue(r.out().contains("kernel build and run on opencl:"), r::all);
    assertTrue(r.out().contains("opencl works: --device opencl runs on opencl:"), r::all);
  }

  @Test
  void doctorWithoutOpenClSaysWhatToInstall() throws Exception {
    Proc p = nnc("doctor");
    assertEquals(Main.FAULT, p.exit(), p::all);
    assertTrue(p.out().contains("opencl loader (libNoSuch.so): missing\n"), p::all);
    assertTrue(p.out().contains("fix: install the OpenCL loader and a driver; on Debian or Ubuntu, as root: "
        + "apt-get install pocl-opencl-icd ocl-icd-libopencl1 ocl-icd-opencl-dev"), p::all);
    assertTrue(p.out().contains("until then nnc runs on the JVM backend (--device jvm)\n"), p::all);
    Proc d = nnc("devices");
    assertEquals(Main.OK, d.exit(), d::all);
    assertTrue(d.out().startsWith("opencl: none (OpenCL is not installed: cannot load libNoSuch.so"), d::all);
  }

  @Test
  void withoutOpenClTrainingSaysSoInOneLineAndRunsOnTheJvm() throws Exception {
    Proc p = nnc("train", Samples.file("linear_regression").toString(), "--device", "opencl", "--epochs", "1", "--out",
        tmp.resolve("out").toString());
    assertEquals(Main.OK, p.exit(), p::all);
    List<String> notes = p.err().lines().filter(l -> l.startsWith("nnc:")).toList();
    assertEquals(1, notes.size(), p::all);
    assertTrue(notes.get(0).startsWith("nnc: note: --device opencl: OpenCL is not installed: cannot load libNoSuch.so"), p::all);
    assertTrue(notes.get(0).endsWith("; running on the JVM backend (nnc doctor says what to install)"), p::all);
    assertTrue(p.out().contains("with the JVM backend"), p::all);
  }

  @Test
  void trainingOnOpenClSaysWhereItRuns() {
    OpenClAvailable.device();
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--device", "opencl", "--epochs", "1",
        "--out", tmp.resolve("out").toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("with OpenCL on " + OpenCl.best().name()), r::all);
    assertEquals("", r.err().lines().filter(l -> l.startsWith("nnc:")).reduce("", String::concat), r::all);
  }

  @Test
  void emitKernelsWritesOneOpenClFilePerKernelWithItsSpans() throws IOException {
    Path dir = tmp.resolve("kernels");
    Samples.Result r = Samples.run("compile", "--emit", "kernels", "-o", dir.toString(), Samples.file("fashion_mlp").toString());
    assertEquals(Main.OK, r.exit(), r::all);
    List<Path> files = new ArrayList<>();
    try (var s = Files.list(dir)) {
      s.filter(f -> f.getFileName().toString().matches("k\\d+\\.cl")).sorted().forEach(files::add);
    }
    assertTrue(files.size() >= 5, () -> "kernels: " + files);
    assertEquals("wrote " + files.size() + " kernels to " + dir + "\n", r.out());
    assertTrue(Files.readString(dir.resolve("prelude.cl")).contains("nnc_philox"));
    String all = "";
    for (Path f : files) {
      String text = Files.readString(f);
      assertTrue(text.startsWith("#include \"prelude.cl\"\n\n// launch "), f + ":\n" + text);
      assertTrue(text.contains("__kernel "), f + ":\n" + text);
      all += text;
    }
    // The kernels name the .nn spans they came from: the sample's lines and the stdlib's.
    assertTrue(all.contains("fashion_mlp.nn:"), all);
    assertTrue(all.contains("matmul"), all);
    assertTrue(Files.readString(dir.resolve("kernels.txt")).lines().count() == files.size() + 1);
  }

  record Proc(int exit, String out, String err) {
    String all() { return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err; }
  }

  /** nnc in a fresh JVM where OpenCL is missing: its library name names no library. */
  private Proc nnc(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-Dorg.lwjgl.opencl.libname=libNoSuch.so",
        "-cp", System.getProperty("java.class.path"), "dev.nnc.cli.Main"));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("stdout.txt"), err = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "nnc " + String.join(" ", args) + " did not finish");
    return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
