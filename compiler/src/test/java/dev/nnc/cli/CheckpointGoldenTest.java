package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.RepoRoot;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checkpoints after a few steps of {@code nnc train --device jvm}, pinned bit for bit: each
 * tensor's SHA-256 beside the training counters, in {@code golden/checkpoints/SAMPLE.txt}. The
 * files were written before the training state moved to the device, so a change in how the
 * state is held, fed or updated that moves any bit of any parameter or optimizer state fails
 * here. {@code -Dnnc.golden.update=true} rewrites them (for a change that means to alter the
 * numbers, said in its commit).
 */
class CheckpointGoldenTest {
  @TempDir Path out;

  private static final Path GOLDEN = RepoRoot.resolve("compiler/src/test/resources/golden/checkpoints");

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "small_cnn", "lstm_rows", "resnet_block", "transformer_encoder"})
  void fourStepsOnTheJvmAreBitForBitAsBefore(String sample) throws IOException {
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--device", "jvm", "--steps", "4", "--batch", "32",
        "-q", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Path file = Files.list(out).filter(p -> p.toString().endsWith(".safetensors")).findFirst().orElseThrow();
    String actual = digest(Safetensors.read(file));
    Path golden = GOLDEN.resolve(sample + ".txt");
    if (Boolean.getBoolean("nnc.golden.update")) {
      Files.writeString(golden, actual);
      return;
    }
    assertEquals(Files.readString(golden), actual, "the checkpoint of " + sample + " after 4 steps changed");
  }

  /** The training counters, then one line per tensor: name, type and the SHA-256 of its float32 bytes. */
  static String digest(Checkpoint ckpt) {
    StringBuilder s = new StringBuilder(ckpt.trainingState().toString()).append('\n');
    for (Map.Entry<String, Tensor> e : ckpt.tensors().entrySet()) {
      float[] v = e.getValue().floats();
      ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
      b.asFloatBuffer().put(v);
      s.append(e.getKey()).append(' ').append(e.getValue().type()).append(' ').append(sha256(b.array())).append('\n');
    }
    return s.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
