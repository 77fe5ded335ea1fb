package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.RepoRoot;
import dev.nnc.cli.Devices;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.model.Session;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session.load refuses a tensor the model does not have, as docs/runtime.md and maven.md say, and changes nothing then. */
class SessionLoadTest {
  @TempDir Path dir;

  @Test
  void anExtraTensorIsRefusedNamingIt() throws Exception {
    Session s = Sessions.open(RepoRoot.resolve("samples/linear_regression.nn"), "LinearRegression", Devices.byName("reference"));
    float[] before = s.parameter("fc.weight").floats();
    Path ckpt = dir.resolve("extra.safetensors");
    Safetensors.write(ckpt, Map.of("fc.weight", Tensor.f32(new float[] {5}, 1, 1), "fc.bias", Tensor.f32(new float[] {1}, 1),
        "fc2.weight", Tensor.f32(new float[] {1}, 1, 1)), Map.of());
    DataException e = assertThrows(DataException.class, () -> s.load(ckpt));
    assertEquals(ckpt + ": checkpoint does not match model LinearRegression: tensor `fc2.weight` (f32[1, 1]) is not in the model; "
        + "pass a checkpoint that nnc train wrote for LinearRegression", e.getMessage());
    assertArrayEquals(before, s.parameter("fc.weight").floats());

    Path withOptimizer = dir.resolve("optimizer.safetensors");
    Safetensors.write(withOptimizer, Map.of("fc.weight", Tensor.f32(new float[] {5}, 1, 1), "fc.bias", Tensor.f32(new float[] {1}, 1),
        "optimizer.fc.weight.exp_avg", Tensor.f32(new float[] {1}, 1, 1)), Map.of());
    s.load(withOptimizer);
    assertArrayEquals(new float[] {5}, s.parameter("fc.weight").floats());
  }
}
