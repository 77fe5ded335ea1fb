package dev.nnc.runtime.checkpoint;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of a safetensors file: named tensors in file order and the string metadata. A
 * training checkpoint keeps parameters under PyTorch's state_dict names ({@code fc1.weight}),
 * optimizer state under {@link #optimizerName}, and the counters of {@link TrainingState} in the
 * metadata (docs/runtime.md, "Checkpoints").
 */
public final class Checkpoint {
  /** Metadata that marks the file as a PyTorch-style state dict, as {@code safetensors.torch} writes it. */
  public static final String FORMAT = "format";

  private final Path file;
  private final Map<String, Tensor> tensors;
  private final Map<String, String> metadata;

  /** The dtype and shape a model expects of one tensor. */
  public record Spec(DType dtype, int[] shape) {
    public Spec {
      shape = shape.clone();
    }

    public static Spec of(DType dtype, int... shape) { return new Spec(dtype, shape); }

    public static Spec of(Tensor t) { return new Spec(t.dtype(), t.shape()); }

    @Override
    public int[] shape() { return shape.clone(); }

    @Override
    public boolean equals(Object o) {
      return o instanceof Spec && ((Spec) o).dtype == dtype && Arrays.equals(((Spec) o).shape, shape);
    }

    @Override
    public int hashCode() { return dtype.hashCode() * 31 + Arrays.hashCode(shape); }

    @Override
    public String toString() { return Tensor.type(dtype, shape); }
  }

  /**
   * Where training stands, as checkpoint metadata: the optimizer step, the data position (epoch and
   * samples of it seen), the run's seed and the counter of its random stream. Resume restores these
   * and continues bit-identically.
   */
  public record TrainingState(long step, int epoch, int position, long seed, long rngCounter) {
    static final String STEP = "nnc.step", EPOCH = "nnc.epoch", POSITION = "nnc.position", SEED = "nnc.seed",
        RNG = "nnc.rng_counter";

    public Map<String, String> toMetadata() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put(STEP, Long.toString(step));
      m.put(EPOCH, Integer.toString(epoch));
      m.put(POSITION, Integer.toString(position));
      m.put(SEED, Long.toString(seed));
      m.put(RNG, Long.toString(rngCounter));
      return m;
    }
  }

  public Checkpoint(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) {
    this.file = file;
    this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** The file read, or null for a checkpoint built in memory. */
  public Path file() { return file; }

  public Map<String, Tensor> tensors() { return tensors; }

  public Map<String, String> metadata() { return metadata; }

  /** The tensor, or a fault naming it and the file. */
  public Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) throw new DataException(file, "no tensor `" + name + "` in the checkpoint");
    return t;
  }

  /** The name of optimizer state {@code slot} (such as {@code m}) of parameter {@code param}. */
  public static String optimizerName(String param, String slot) {
    return "optimizer." + param + "." + slot;
  }

  /** The training state from the metadata, or a fault naming the missing or malformed key. */
  public TrainingState trainingState() {
    return new TrainingState(count(TrainingState.STEP, Long.MAX_VALUE), (int) count(TrainingState.EPOCH, Integer.MAX_VALUE),
        (int) count(TrainingState.POSITION, Integer.MAX_VALUE), number(TrainingState.SEED), count(TrainingState.RNG, Long.MAX_VALUE));
  }

  private long number(String key) {
    String v = metadata.get(key);
    if (v == null) throw new DataException(file, "not a training checkpoint: no `" + key + "` in its metadata");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new DataException(file, "corrupt metadata: `" + key + "` is \"" + v + "\", expected an integer");
    }
  }

  /** A counter: a whole number from 0 to {@code max} (the seed alone may be negative). */
  private long count(String key, long max) {
    long n = number(key);
    if (n < 0 || n > max) {
      throw new DataException(file, "corrupt metadata: `" + key + "` is \"" + metadata.get(key) + "\", expected a whole number from 0"
          + (max < Long.MAX_VALUE ? " to " + max : ""));
    }
    return n;
  }
}
