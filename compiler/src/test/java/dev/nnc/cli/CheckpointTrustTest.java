package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint's metadata and tensors are checked, not trusted: --resume refuses counters that
 * cannot be (a negative step, a position beyond the epoch) naming the key; eval refuses a tensor
 * the model does not have, names the dtype the model expects, and warns about missing training
 * metadata and about parameters that are not finite numbers.
 */
class CheckpointTrustTest {
  @TempDir Path out;

  private static final String NN = Samples.file("linear_regression").toString();
  private static final String RESUME_FIX = "; resume from a checkpoint that nnc train wrote for LinearRegression, or start over without --resume";
  private static final String EVAL_FIX = "; pass a checkpoint that nnc train wrote for LinearRegression";
  private Path good;

  @BeforeEach
  void trainOneEpoch() {
    Samples.Result r = Samples.run("train", NN, "--device", "reference", "--epochs", "1", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    good = out.resolve("LinearRegression.safetensors");
  }

  /** A copy of the good checkpoint, changed. */
  private Path edited(String name, Consumer<Map<String, Tensor>> tensors, Consumer<Map<String, String>> metadata) {
    Checkpoint c = Safetensors.read(good);
    Map<String, Tensor> t = new LinkedHashMap<>(c.tensors());
    Map<String, String> m = new LinkedHashMap<>(c.metadata());
    tensors.accept(t);
    metadata.accept(m);
    Path file = out.resolve(name);
    Safetensors.write(file, t, m);
    return file;
  }

  private static Samples.Result resume(Path ckpt, Path into) {
    return Samples.run("train", NN, "--device", "reference", "--epochs", "3", "--out", into.toString(), "--resume", ckpt.toString());
  }

  private static Samples.Result eval(Path ckpt) {
    return Samples.run("eval", NN, "--checkpoint", ckpt.toString(), "--device", "reference");
  }

  @Test
  void aNegativeStepIsRefusedNamingTheKey() {
    Path bad = edited("step.safetensors", t -> { }, m -> m.put("nnc.step", "-5"));
    Samples.Result r = resume(bad, out.resolve("run"));
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + bad + ": corrupt metadata: `nnc.step` is \"-5\", expected a whole number from 0" + RESUME_FIX),
        r.err().lines().toList(), r::all);
  }

  @Test
  void aPositionBeyondTheEpochIsRefusedNamingTheFile() {
    Path bad = edited("position.safetensors", t -> { }, m -> m.put("nnc.position", "99999999"));
    Samples.Result r = resume(bad, out.resolve("run"));
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + bad + ": corrupt metadata: `nnc.position` is 99999999, but an epoch has 64 samples" + RESUME_FIX),
        r.err().lines().toList(), r::all);
  }

  @Test
  void anExtraTensorIsRefusedByResumeAndEval() {
    Path bad = edited("extra.safetensors", t -> t.put("fc2.weight", Tensor.f32(new float[] {1}, new int[] {1, 1})), m -> { });
    Samples.Result r = resume(bad, out.resolve("run"));
    assertEquals(Main.FAULT, r.exit(), r::all);
    assertEquals(List.of("nnc: " + bad + ": checkpoint does not match the model: tensor `fc2.weight` (f32[1, 1]) is not in the model"
        + RESUME_FIX), r.err().lines().toList(), r::all);
    Samples.Result e = eval(bad);
    assertEquals(Main.FAULT, e.exit(), e::all);
    assertEquals(List.of("nnc: " + bad + ": checkpoint does not match model LinearRegression: tensor `fc2.weight` (f32[1, 1]) is not in the model"
        + EVAL_FIX), e.err().lines().toList(), e::all);
  }

  /** The model's parameters are float32, whatever the checkpoint holds. */
  @Test
  void evalNamesTheDtypeTheModelExpects() {
    Path shape = edited("shape.safetensors", t -> t.put("fc.weight", Tensor.f64(new double[] {1, 2}, new int[] {1, 2})), m -> { });
    Samples.Result e = eval(shape);
    assertEquals(Main.FAULT, e.exit(), e::all);
    assertEquals(List.of("nnc: " + shape + ": checkpoint does not match model LinearRegression: tensor `fc.weight` is f64[1, 2], "
        + "the model expects f32[1, 1]" + EVAL_FIX), e.err().lines().toList(), e::all);

    Path dtype = edited("dtype.safetensors", t -> t.put("fc.weight", Tensor.f64(new double[] {1}, new int[] {1, 1})), m -> { });
    Samples.Result d = eval(dtype);
    assertEquals(Main.FAULT, d.exit(), d::all);
    assertEquals(List.of("nnc: " + dtype + ": checkpoint does not match model LinearRegression: tensor `fc.weight` is f64[1, 1], "
        + "the model expects f32[1, 1]" + EVAL_FIX), d.err().lines().toList(), d::all);
  }

  @Test
  void evalWarnsAboutMissingMetadataAndNonFiniteWeights() {
    Path bad = edited("nan.safetensors", t -> t.put("fc.weight", Tensor.f32(new float[] {Float.NaN}, new int[] {1, 1})),
        m -> m.keySet().removeIf(k -> k.startsWith("nnc.")));
    Samples.Result e = eval(bad);
    assertEquals(Main.OK, e.exit(), e::all);
    assertEquals(List.of(
        "nnc: warning: " + bad + ": not a training checkpoint: no `nnc.step` in its metadata; its parameters are used all the same",
        "nnc: warning: " + bad + ": 1 parameter value is not a finite number (NaN or infinite), in `fc.weight`; "
            + "what the model computes with them means little"), e.err().lines().toList(), e::all);

    Path corrupt = edited("corrupt.safetensors", t -> { }, m -> m.put("nnc.epoch", "x"));
    Samples.Result c = eval(corrupt);
    assertEquals(Main.OK, c.exit(), c::all);
    assertEquals(List.of("nnc: warning: " + corrupt + ": corrupt metadata: `nnc.epoch` is \"x\", expected an integer; "
        + "its parameters are used all the same"), c.err().lines().toList(), c::all);

    Samples.Result fine = eval(good);
    assertEquals(Main.OK, fine.exit(), fine::all);
    assertEquals("", fine.err(), fine::all);
    assertTrue(fine.out().contains("loss"), fine::all);
  }
}
