package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Npy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samplers of samples/flow_matching.nn (Euler, Heun) and samples/flow_cfg.nn (guided
 * Euler) on checkpoints trained one step here: they give the same images on the JVM and on
 * OpenCL for the same seed, and the conditional sampler asks for the classes it says.
 */
class FlowSamplesTest {
  @TempDir static Path trained;
  @TempDir Path out;

  static Path flow, cond;

  @BeforeAll
  static void trainOneStep() {
    for (String s : List.of("flow_matching", "flow_cfg")) {
      Samples.Result r = Samples.run("train", Samples.file(s).toString(), "--device", "jvm", "--batch", "2", "--steps", "1",
          "--out", trained.toString(), "-q");
      assertEquals(Main.OK, r.exit(), r::all);
    }
    flow = trained.resolve("FlowMatching.safetensors");
    cond = trained.resolve("CondFlow.safetensors");
  }

  private static Samples.Result sample(String sample, Path ckpt, String device, Path to, String... more) {
    List<String> args = new ArrayList<>(List.of("sample", Samples.file(sample).toString(), "--checkpoint", ckpt.toString(),
        "--device", device, "--count", "4", "-o", to.toString()));
    args.addAll(List.of(more));
    return Samples.run(args.toArray(String[]::new));
  }

  /**
   * The program's images on the JVM, checked against OpenCL's to float32 tolerance where there is
   * OpenCL and {@code opencl} asks for it (PoCL builds each sampler's unrolled program for minutes,
   * so only one run of each program is compared).
   */
  private Map<String, Tensor> run(boolean opencl, String sample, Path ckpt, String program, String... args) {
    List<String> more = new ArrayList<>(List.of("--program", program));
    for (String a : args) more.addAll(List.of("--arg", a));
    Path jvm = out.resolve(program + ".jvm.safetensors"), cl = out.resolve(program + ".cl.safetensors");
    Samples.Result r = sample(sample, ckpt, "jvm", jvm, more.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    Map<String, Tensor> j = Safetensors.read(jvm).tensors();
    float[] a = j.get("image").floats();
    for (float v : a) assertTrue(v >= 0 && v <= 1, program + ": a pixel " + v + " outside [0, 1]");
    if (opencl && dev.nnc.opencl.OpenClAvailable.missing() == null) { // PoCL in CI
      r = sample(sample, ckpt, "opencl", cl, more.toArray(String[]::new));
      assertEquals(Main.OK, r.exit(), r::all);
      assertTrue(r.out().contains(" with OpenCL on "), r::all);
      Map<String, Tensor> c = Safetensors.read(cl).tensors();
      float[] b = c.get("image").floats();
      assertEquals(a.length, b.length);
      for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-4, program + ": pixel " + i);
      for (String name : j.keySet()) {
        if (j.get(name).dtype() == dev.nnc.runtime.DType.I32) assertArrayEquals(j.get(name).ints(), c.get(name).ints(), name);
      }
    }
    return j;
  }

  @Test
  void eulerAndHeunSampleTheSameImagesOnTheJvmAndOpenCl() {
    float[] euler = run(true, "flow_matching", flow, "FlowEuler", "steps=3").get("image").floats();
    float[] heun = run(true, "flow_matching", flow, "FlowHeun", "steps=3").get("image").floats();
    assertEquals(4 * 28 * 28, euler.length);
    assertFalse(Arrays.equals(euler, heun), "Heun's second evaluation moves the images from Euler's");
  }

  @Test
  void guidedSamplingSamplesTheSameImagesOnTheJvmAndOpenClAndAsksForItsClasses() {
    Map<String, Tensor> turn = run(true, "flow_cfg", cond, "CfgSample", "steps=2", "guidance=3");
    assertArrayEquals(new int[] {0, 1, 2, 3}, turn.get("label").ints(), "label -1: the classes in turn");
    Map<String, Tensor> seven = run(false, "flow_cfg", cond, "CfgSample", "steps=2", "guidance=3", "label=7");
    assertArrayEquals(new int[] {7, 7, 7, 7}, seven.get("label").ints());
    float[] unguided = run(false, "flow_cfg", cond, "CfgSample", "steps=2", "guidance=0", "label=7").get("image").floats();
    float[] guided = seven.get("image").floats();
    assertFalse(Arrays.equals(unguided, guided), "guidance moves the images");
    float[] other = run(false, "flow_cfg", cond, "CfgSample", "steps=2", "guidance=0", "label=2").get("image").floats();
    assertArrayEquals(unguided, other, "with weight 0 the class is not used: the unconditional velocity alone");
  }

  @Test
  void theSampleCommandWritesNpyOfTheImages() {
    Path npy = out.resolve("euler.npy");
    Samples.Result r = sample("flow_matching", flow, "jvm", npy, "--program", "FlowEuler", "--arg", "steps=2");
    assertEquals(Main.OK, r.exit(), r::all);
    assertArrayEquals(new int[] {4, 1, 28, 28}, Npy.read(npy).shape());
  }
}
