package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc compile --emit memory} of causal self-attention over 512 positions (4 heads of 32):
 * the JVM backend stores the [B, 4, 512, 512] scores (two buffers of them, and the causal
 * bias), the OpenCL backend runs the attention as one kernel and stores its output only, the
 * O(T d) bytes of B x 4 x 512 x 32 floats. Needs no device: the plan is made without one.
 */
class AttentionMemoryTest {
  @TempDir Path tmp;

  static final String MODEL = """
      use std.attn.{scaled_dot_product_attention}

      model Attn {
        input q: f32[B, 4, 512, 32]
        input k: f32[B, 4, 512, 32]
        input v: f32[B, 4, 512, 32]
        output o = scaled_dot_product_attention(q, k, v, causal: true)
      }
      """;

  @Test
  void attentionOver512PositionsStoresNoScoresOnOpenCl() throws IOException {
    Path file = tmp.resolve("attn512.nn");
    Files.writeString(file, MODEL);
    Samples.Result r = Samples.run("compile", file.toString(), "--emit", "memory");
    assertEquals(Main.OK, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    // 2 x 4 x 512 x 512 floats of scores a sequence, and the 512 x 512 causal bias, without the fused kernel
    assertEquals("on the jvm backend: 5 buffers for 9 launches, peak bytes: 8658944*B + 1048576", lines.get(lines.size() - 2));
    // 4 x 512 x 32 floats, the output
    assertEquals("on the opencl backend: 1 buffers for 1 launches, peak bytes: 262144*B; 1 attention in one kernel, scores not stored",
        lines.get(lines.size() - 1));
    assertTrue(r.out().startsWith("// model Attn: memory of the forward graph"), r.out());
  }
}
