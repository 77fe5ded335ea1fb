package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.RepoRoot;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nnc train --split-step}: the gradients and the update as two programs give the
 * checkpoint the default fused step gives, bit for bit: the golden checkpoints of
 * {@link CheckpointGoldenTest} after 4 JVM steps.
 */
class SplitStepTrainTest {
  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "resnet_block", "lstm_rows"})
  void theSplitStepWritesTheFusedStepsCheckpoint(String sample) throws IOException {
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--device", "jvm", "--steps", "4", "--batch", "32",
        "--split-step", "-q", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Path file = Files.list(out).filter(p -> p.toString().endsWith(".safetensors")).findFirst().orElseThrow();
    Path golden = RepoRoot.resolve("compiler/src/test/resources/golden/checkpoints").resolve(sample + ".txt");
    assertEquals(Files.readString(golden), CheckpointGoldenTest.digest(Safetensors.read(file)),
        "the checkpoint of " + sample + " after 4 split steps");
  }
}
