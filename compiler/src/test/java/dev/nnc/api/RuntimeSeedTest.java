package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.Draw;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Session;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed of a packaged model's initial parameters at run time: the model file says how each
 * value was drawn, and the runtime draws it again for another seed exactly as the compiler does.
 */
class RuntimeSeedTest {
  @TempDir Path root;

  private ModelFile packaged(String source) throws Exception {
    Path nn = root.resolve("spirals.nn");
    Files.writeString(nn, source);
    return ModelFile.read(new ByteArrayInputStream(Generation.compile(root, nn, nn.toString(), "p").classes().get(0).model()));
  }

  @Test
  void anotherSeedDrawsAsTheSourceWithThatSeedDoes() throws Exception {
    ModelFile file = packaged(SessionTest.SPIRALS);
    assertEquals(7, file.spec().seed());
    assertEquals(Map.of("fc1.weight", Draw.Kind.UNIFORM, "fc1.bias", Draw.Kind.UNIFORM, "fc2.weight", Draw.Kind.UNIFORM,
        "fc2.bias", Draw.Kind.UNIFORM), file.draws().stream().collect(java.util.stream.Collectors.toMap(Draw::name, Draw::kind)));
    assertEquals(file.state(), file.state(7)); // the block's seed: the packaged state itself

    Map<String, Tensor> eight = file.state(8), again = file.state(8);
    Path seeded = root.resolve("seeded/spirals.nn");
    Files.createDirectories(seeded.getParent());
    Files.writeString(seeded, SessionTest.SPIRALS.replace("seed 7", "seed 8"));
    Session source = Sessions.open(seeded, "Spirals", Devices.byName("jvm"));
    for (String name : file.state().keySet()) {
      float[] packaged = file.state().get(name).floats(), drawn = eight.get(name).floats();
      assertArrayEquals(source.parameter(name).floats(), drawn, name); // bit for bit as the compiler draws seed 8
      assertArrayEquals(drawn, again.get(name).floats(), name); // the same seed, the same bytes
      boolean optimizerState = name.startsWith("optimizer.");
      assertEquals(optimizerState, Arrays.equals(packaged, drawn), name); // Adam's states start at zero for any seed
    }

    // A session opened with seed 8 starts there, and trains as the source with seed 8 (the seed also orders the batches).
    Session session = new Session(file.spec().withSeed(8), file.state(8), file.programs());
    FitOptions options = FitOptions.defaults();
    assertEquals(source.fit(Datasets.spirals(96), options, Progress.none()).get(1).loss(),
        session.fit(Datasets.spirals(96), options, Progress.none()).get(1).loss());
    for (String name : file.state().keySet()) assertArrayEquals(source.parameter(name).floats(), session.parameter(name).floats(), name);
  }

  @Test
  void aValueComputedFromDrawsIsRefusedForAnotherSeed() throws Exception {
    ModelFile file = packaged(SessionTest.SPIRALS.replace("hidden: int = 16) {", "hidden: int = 16) {\n  param scale: f32[2] = normal(f32[2]) * 2.0 + 1.0")
        .replace("output probs = softmax(logits)", "output probs = softmax(logits * scale)"));
    assertTrue(file.draws().contains(new Draw("scale", Draw.Kind.COMPUTED, 0, 0, 0)), file.draws()::toString);
    ModelException e = assertThrows(ModelException.class, () -> file.state(9));
    assertEquals("spirals.nn: the initial value of `scale` of model Spirals is computed from random numbers in a way the runtime "
        + "cannot redo for another seed; change `seed` in the train block instead", e.getMessage());
    assertFalse(file.state(7).isEmpty());
  }
}
