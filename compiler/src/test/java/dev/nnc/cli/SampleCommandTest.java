package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Npy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc sample}: a GAN checkpoint from a few training steps samples a PNG grid of the right
 * size, the same seed gives the same bytes, .npy and .safetensors hold the outputs' shapes; the VAE's
 * prior sampler and DDPM's (with few steps, {@code --arg steps=3}) run on the JVM backend too.
 */
class SampleCommandTest {
  @TempDir static Path trained;
  @TempDir Path out;

  static Path gan;

  @BeforeAll
  static void trainTheGan() {
    Samples.Result r = Samples.run("train", Samples.file("gan").toString(), "--device", "jvm", "--batch", "16", "--steps", "2",
        "--out", trained.toString(), "-q");
    assertEquals(Main.OK, r.exit(), r::all);
    gan = trained.resolve("Gan.safetensors");
  }

  private static Samples.Result sample(String sample, Path ckpt, String... more) {
    String[] args = new String[more.length + 6];
    args[0] = "sample";
    args[1] = Samples.file(sample).toString();
    args[2] = "--checkpoint";
    args[3] = ckpt.toString();
    args[4] = "--device";
    args[5] = "jvm";
    System.arraycopy(more, 0, args, 6, more.length);
    return Samples.run(args);
  }

  @Test
  void aGanCheckpointSamplesAPngGrid() throws IOException {
    Path png = out.resolve("gan.png");
    Samples.Result r = sample("gan", gan, "--count", "10", "-o", png.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().startsWith("sampled GanSample from " + gan + " with the JVM backend"), r::all);
    assertTrue(r.out().contains("output `image` as a grid of 3 rows of 4 28x28 images (122x92 pixels)"), r::all);
    BufferedImage img = ImageIO.read(png.toFile());
    // 4 columns and 3 rows of 28x28 images, 2 pixels apart and around.
    assertEquals(4 * 30 + 2, img.getWidth());
    assertEquals(3 * 30 + 2, img.getHeight());
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    Path a = out.resolve("a.png"), b = out.resolve("b.png"), c = out.resolve("c.png");
    assertEquals(Main.OK, sample("gan", gan, "--seed", "5", "-o", a.toString()).exit());
    assertEquals(Main.OK, sample("gan", gan, "--seed", "5", "-o", b.toString()).exit());
    assertEquals(Main.OK, sample("gan", gan, "--seed", "6", "-o", c.toString()).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed draws other images");
  }

  @Test
  void npyAndSafetensorsHoldTheOutputs() {
    Path npy = out.resolve("gan.npy"), st = out.resolve("gan.safetensors");
    Samples.Result r = sample("gan", gan, "--count", "5", "-o", npy.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Tensor t = Npy.read(npy);
    assertArrayEquals(new int[] {5, 1, 28, 28}, t.shape());
    for (float v : t.floats()) assertTrue(v >= 0 && v <= 1, "a sigmoid's value " + v);
    r = sample("gan", gan, "--count", "5", "-o", st.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Checkpoint c = Safetensors.read(st);
    assertArrayEquals(t.floats(), c.tensors().get("image").floats(), "the same seed, the same numbers in either format");
  }

  @Test
  void theVaeAndDdpmSamplersRun() {
    Samples.Result v = Samples.run("train", Samples.file("vae").toString(), "--device", "jvm", "--batch", "8", "--steps", "1",
        "--out", trained.toString(), "-q");
    assertEquals(Main.OK, v.exit(), v::all);
    Path npy = out.resolve("vae.npy");
    Samples.Result r = sample("vae", trained.resolve("Vae.safetensors"), "--count", "3", "-o", npy.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertArrayEquals(new int[] {3, 1, 28, 28}, Npy.read(npy).shape());

    Samples.Result d = Samples.run("train", Samples.file("ddpm").toString(), "--device", "jvm", "--batch", "2", "--steps", "1",
        "--out", trained.toString(), "-q");
    assertEquals(Main.OK, d.exit(), d::all);
    Path png = out.resolve("ddpm.png");
    r = sample("ddpm", trained.resolve("Ddpm.safetensors"), "--program", "DdpmSample", "--count", "2", "--arg", "steps=3", "-o", png.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains("a grid of 1 rows of 2 28x28 images (62x32 pixels)"), r::all);
  }

  @Test
  void openClSamplesWhatTheJvmSamples() {
    dev.nnc.opencl.OpenClAvailable.device(); // skipped without OpenCL
    Path jvm = out.resolve("jvm.npy"), cl = out.resolve("cl.npy");
    assertEquals(Main.OK, sample("gan", gan, "--count", "4", "-o", jvm.toString()).exit());
    Samples.Result r = Samples.run("sample", Samples.file("gan").toString(), "--checkpoint", gan.toString(), "--device", "opencl",
        "--count", "4", "-o", cl.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertTrue(r.out().contains(" with OpenCL on "), r::all);
    float[] a = Npy.read(jvm).floats(), b = Npy.read(cl).floats();
    assertEquals(a.length, b.length);
    for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-4, "pixel " + i);
  }

  @Test
  void mistakesAreSaid() {
    Samples.Result r = sample("gan", gan, "--arg", "nope=3");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertTrue(r.err().contains("program GanSample has no int parameter `nope`; its parameters are latent_dim"), r::all);
    r = sample("gan", gan, "--seed", "16777216");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertTrue(r.err().contains("--seed must be from 0 to 16777215 (it keys the draws as a float32 integer), found 16777216"), r::all);
    r = sample("gan", gan, "-o", out.resolve("x.txt").toString());
    assertEquals(Main.USAGE, r.exit(), r::all);
    r = sample("gan", gan, "--program", "Nope");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertTrue(r.err().contains("no sample or generate program `Nope`; the file has GanSample"), r::all);
    r = sample("gan", gan, "--model", "Nope"); // --model, as every command that takes a model spells it
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertTrue(r.err().contains("no sample or generate program `Nope`; the file has GanSample"), r::all);
    // A checkpoint of another model: the tensor the program needs is named.
    r = sample("vae", gan, "-o", out.resolve("v.png").toString());
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertTrue(r.err().contains("the checkpoint has no tensor `dec1.weight` for program VaeSample"), r::all);
  }
}
