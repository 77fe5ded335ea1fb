package dev.nnc.runtime.train;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Batches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training checkpoints: the whole training state (parameters, running statistics, optimizer
 * states) in float32 under its checkpoint names, with the {@link Counters} and the seed in the
 * metadata (docs/runtime.md, "What a training checkpoint holds"). {@code nnc train} and the typed
 * API's sessions write and read them alike, so each resumes what the other wrote.
 */
public final class Checkpoints {
  /** Metadata keys of the partial epoch's loss sum (of the first named step) and sample count. */
  public static final String EPOCH_LOSS = "nnc.epoch_loss_sum", EPOCH_SEEN = "nnc.epoch_samples";

  /**
   * Metadata key prefix of a watched metric's best value so far ({@code nnc.best.val_loss}); the
   * epoch that gave it is under the same key with {@code .epoch} after it.
   */
  public static final String BEST = "nnc.best.";

  private Checkpoints() {}

  /**
   * The metadata of a training checkpoint: {@code format} (as {@code safetensors.torch} writes it),
   * the training state of {@link Checkpoint.TrainingState} (random numbers are keyed by the step, so
   * the step is the random stream's counter), and the partial epoch's losses: the first named
   * step's under {@link #EPOCH_LOSS}, each later one's under {@code EPOCH_LOSS.NAME}.
   */
  public static Map<String, String> metadata(Counters at, long seed, List<String> stepNames) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(Checkpoint.FORMAT, "pt");
    Batches.Position p = at.position();
    meta.putAll(new Checkpoint.TrainingState(at.step(), p.epoch(), p.position(), seed, at.step()).toMetadata());
    meta.put(EPOCH_LOSS, Double.toString(at.lossSum(0)));
    meta.put(EPOCH_SEEN, Long.toString(at.samples()));
    for (int i = 1; i < stepNames.size(); i++) meta.put(EPOCH_LOSS + "." + stepNames.get(i), Double.toString(at.lossSum(i)));
    new java.util.TreeMap<>(at.best()).forEach((metric, b) -> {
      meta.put(BEST + metric, Double.toString(b.value()));
      meta.put(BEST + metric + ".epoch", Integer.toString(b.epoch()));
    });
    return meta;
  }

  /**
   * Writes the state (copied, so training may go on) and the metadata atomically as safetensors,
   * creating the folder.
   */
  public static void write(Path file, Map<String, float[]> state, Map<String, int[]> shapes, Map<String, String> metadata) {
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    state.forEach((name, v) -> tensors.put(name, Tensor.f32(v.clone(), shapes.get(name))));
    Path dir = file.getParent();
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new DataException(dir, "cannot create the folder: " + e.getMessage());
      }
    }
    Safetensors.write(file, tensors, metadata);
  }

  /**
   * Where the run that wrote a checkpoint stood, for the named steps {@code stepNames}.
   *
   * @throws DataException when the metadata lacks the training state or holds one that is not a number
   */
  public static Counters counters(Checkpoint ckpt, List<String> stepNames) {
    Checkpoint.TrainingState ts = ckpt.trainingState();
    List<Double> sums = new ArrayList<>();
    long seen;
    try {
      sums.add(Double.parseDouble(ckpt.metadata().getOrDefault(EPOCH_LOSS, "0")));
      seen = Long.parseLong(ckpt.metadata().getOrDefault(EPOCH_SEEN, "0"));
      for (int i = 1; i < stepNames.size(); i++) {
        sums.add(Double.parseDouble(ckpt.metadata().getOrDefault(EPOCH_LOSS + "." + stepNames.get(i), "0")));
      }
    } catch (NumberFormatException e) {
      throw new DataException(ckpt.file(), "corrupt metadata: `" + EPOCH_LOSS + "` or `" + EPOCH_SEEN + "` is not a number");
    }
    if (seen < 0 || sums.stream().anyMatch(s -> !Double.isFinite(s))) {
      throw new DataException(ckpt.file(), "corrupt metadata: `" + EPOCH_LOSS + "` is not a finite number or `" + EPOCH_SEEN
          + "` is negative");
    }
    Map<String, Counters.Best> best = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ckpt.metadata().entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(BEST) || key.endsWith(".epoch")) continue;
      String epoch = ckpt.metadata().get(key + ".epoch");
      try {
        best.put(key.substring(BEST.length()), new Counters.Best(Double.parseDouble(e.getValue()), Integer.parseInt(String.valueOf(epoch))));
      } catch (NumberFormatException x) {
        throw new DataException(ckpt.file(), "corrupt metadata: `" + key + "` or `" + key + ".epoch` is not a number");
      }
    }
    return new Counters(ts.step(), new Batches.Position(ts.epoch(), ts.position()), sums, seen, best);
  }

  /**
   * {@link #counters(Checkpoint, List)}, checked against the data it resumes on: the position
   * must lie inside an epoch of {@code size} samples.
   */
  public static Counters counters(Checkpoint ckpt, List<String> stepNames, int size) {
    Counters c = counters(ckpt, stepNames);
    if (c.position().position() >= Math.max(1, size)) {
      throw new DataException(ckpt.file(), "corrupt metadata: `nnc.position` is " + c.position().position() + ", but an epoch has "
          + size + " samples");
    }
    return c;
  }
}
