package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.Npy;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code nnc sample} on the JVM backend and on OpenCL draws the same images for the same seed, to
 * float32 tolerance, for the generative samples whose sampler runs a network on random draws: the
 * convolutional VAE's prior sampler (normal draws, a decoder of transposed convolutions) and
 * DDPM's ancestral sampler, lowered to 3 denoising steps (each with fresh normal draws, so a draw
 * keyed differently on one backend would show at once), and its deterministic DDIM sampler with 3
 * of the 1000 steps (t = 666, 333, 0: the skipping gather of the schedule and the steps without noise), and the DCGAN's
 * generator (transposed convolutions, batch norms with their running statistics). The checkpoints are one training step
 * from the initial parameters: agreement does not need a trained model, and the training is
 * what {@code GenerativeTrainingTest} checks.
 */
class SamplingAgreesTest {
  @TempDir Path out;

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource({
      "conv_vae, ConvVae, 8, ConvVaeSample, latent=20",
      "ddpm, Ddpm, 2, DdpmSample, steps=3",
      "ddpm, Ddpm, 2, DdimSample, n=3",
      "dcgan, DcGan, 8, DcGanSample, latent_dim=64",
  })
  void openClSamplesWhatTheJvmSamples(String sample, String model, int batch, String program, String arg) {
    dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
    Samples.Result t = Samples.run("train", Samples.file(sample).toString(), "--device", "jvm", "--batch", String.valueOf(batch),
        "--steps", "1", "--out", out.toString(), "-q");
    assertEquals(Main.OK, t.exit(), t::all);
    Path ckpt = out.resolve(model + ".safetensors"), jvm = out.resolve("jvm.npy"), cl = out.resolve("cl.npy");
    Path other = out.resolve("other.npy");
    for (String[] run : new String[][] {{"jvm", jvm.toString(), "7"}, {"opencl", cl.toString(), "7"}, {"jvm", other.toString(), "8"}}) {
      Samples.Result r = Samples.run("sample", Samples.file(sample).toString(), "--checkpoint", ckpt.toString(), "--program", program,
          "--arg", arg, "--device", run[0], "--count", "3", "--seed", run[2], "-o", run[1]);
      assertEquals(Main.OK, r.exit(), r::all);
      assertTrue(r.out().contains(run[0].equals("jvm") ? " with the JVM backend" : " with OpenCL on "), r::all);
    }
    Tensor a = Npy.read(jvm), b = Npy.read(cl);
    assertArrayEquals(new int[] {3, 1, 28, 28}, a.shape());
    assertArrayEquals(a.shape(), b.shape());
    float[] x = a.floats(), y = b.floats();
    for (int i = 0; i < x.length; i++) assertEquals(x[i], y[i], 1e-5 + 1e-4 * Math.abs(x[i]), sample + ": pixel " + i);
    assertFalse(java.util.Arrays.equals(x, Npy.read(other).floats()), "another seed draws other images");
  }
}
