package dev.nnc.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.model.Scores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training loop on a fake step whose state depends on the order of the samples it saw: epochs
 * count from the start, a stopped run resumes exactly from its checkpoint, a loss that is not a
 * number leaves the state as the step found it and the last checkpoint as it was.
 */
class TrainerTest {
  @TempDir Path dir;

  /** Ten samples, x = the sample's index. */
  private static final Trainer.Data DATA = new Trainer.Data() {
    @Override public int size() { return 10; }

    @Override public boolean batched() { return true; }

    @Override public Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
      float[] x = new float[rows.length];
      for (int i = 0; i < rows.length; i++) x[i] = rows[i];
      sizes.put("B", (long) rows.length);
      return Map.of("x", x);
    }
  };

  /**
   * A step with state {@code w} (and {@code v}, which it does not change): the loss is the mean of
   * the batch's x, or NaN at step {@code nanAt}; the next w folds in every sample in order.
   */
  private static final class Fake implements BoundStep {
    final Map<String, float[]> state = new LinkedHashMap<>();
    final List<Integer> seen = new ArrayList<>();
    final long nanAt;

    Fake(Map<String, float[]> initial, long nanAt) {
      initial.forEach((k, v) -> state.put(k, v.clone()));
      this.nanAt = nanAt;
    }

    @Override public List<String> stateNames() { return List.copyOf(state.keySet()); }

    @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
      float[] x = batch.get("x");
      assertEquals(x.length, sizes.get("B"));
      if (step == nanAt) return Double.NaN;
      double sum = 0;
      for (float v : x) {
        seen.add((int) v);
        sum += v;
        state.get("w")[0] = state.get("w")[0] * 0.5f + v;
      }
      return sum / x.length;
    }

    @Override public void read(Map<String, float[]> into) {
      into.forEach((k, v) -> {
        if (state.containsKey(k)) System.arraycopy(state.get(k), 0, v, 0, v.length);
      });
    }

    @Override public void write(Map<String, float[]> from) {
      from.forEach((k, v) -> System.arraycopy(v, 0, state.get(k), 0, v.length));
    }
  }

  private final Map<String, float[]> state = new LinkedHashMap<>(Map.of("w", new float[] {1}));
  private final Map<String, int[]> shapes = Map.of("w", new int[] {1});

  private Trainer trainer(Map<String, float[]> state, Path checkpoint) {
    return new Trainer(DATA, state, shapes).batch(4).seed(3).checkpoint(checkpoint, Map::of);
  }

  private static List<Trainer.Step> steps(Fake f) {
    return List.of(new Trainer.Step("train", f, List.of("w")));
  }

  @Test
  void epochsCountFromTheStart() {
    Fake f = new Fake(state, -1);
    Trainer t = trainer(state, null).epochs(3).from(new Counters(3, new Batches.Position(1, 0), List.of(), 0));
    List<Integer> epochs = new ArrayList<>();
    Trainer.Result r = t.listener(new Trainer.Listener() {
      @Override public void epochEnded(Trainer.Epoch e) { epochs.add(e.epoch()); }
    }).run(steps(f));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(List.of(2, 3), epochs); // epoch 1 was trained before: two more make 3
    assertEquals(new Counters(9, new Batches.Position(3, 0), List.of(0.0), 0), r.counters());
    assertEquals(20, f.seen.size());
    assertEquals(f.state.get("w")[0], state.get("w")[0]); // the state is read back
    assertEquals(0, trainer(state, null).epochs(3).from(r.counters()).run(steps(new Fake(state, -1))).epochs().size());
  }

  /**
   * Stopped on request after step 4 (inside epoch 2: 3 steps an epoch), the checkpoint holds where
   * the run stood; resuming from it visits the samples an unstopped run visits, to the same state
   * and the same checkpoint.
   */
  @Test
  void aStoppedRunResumesExactly() throws Exception {
    Fake straight = new Fake(state, -1);
    Map<String, float[]> s1 = copy(state);
    Path whole = dir.resolve("whole/m.safetensors");
    Trainer.Result all = trainer(s1, whole).epochs(3).run(steps(straight));
    assertEquals(Trainer.Ending.FINISHED, all.ending());
    assertEquals(9, all.counters().step());

    Map<String, float[]> s2 = copy(state);
    Fake first = new Fake(state, -1);
    Path part = dir.resolve("part/m.safetensors");
    long[] taken = {0};
    List<Double> means = new ArrayList<>();
    Trainer stopping = trainer(s2, part).epochs(3).stopWhen(() -> taken[0] == 4).listener(new Trainer.Listener() {
      @Override public void stepped(long step, int batch, int seen, int size, double meanLoss) { taken[0] = step; }
    });
    Trainer.Result r = stopping.run(steps(first));
    assertEquals(Trainer.Ending.STOPPED, r.ending());
    assertEquals(part, r.saved());
    assertEquals(new Batches.Position(1, 4), r.counters().position());
    Checkpoint ckpt = Safetensors.read(part);
    assertEquals(new Checkpoint.TrainingState(4, 1, 4, 3, 4), ckpt.trainingState());
    Counters from = Checkpoints.counters(ckpt, List.of("train"));
    assertEquals(r.counters(), from);

    Map<String, float[]> s3 = Map.of("w", ckpt.tensor("w").floats());
    Fake rest = new Fake(s3, -1);
    Trainer.Result resumed = trainer(s3, part).epochs(3).from(from).listener(new Trainer.Listener() {
      @Override public void epochEnded(Trainer.Epoch e) { means.add(e.loss()); }
    }).run(steps(rest));
    assertEquals(Trainer.Ending.FINISHED, resumed.ending());
    List<Integer> both = new ArrayList<>(first.seen);
    both.addAll(rest.seen);
    assertEquals(straight.seen, both);
    assertArrayEquals(s1.get("w"), s3.get("w"));
    assertEquals(Safetensors.read(whole).metadata(), Safetensors.read(part).metadata());
    assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(part));
    assertEquals(4.5, means.get(0), 1e-12); // epoch 2's mean over all its samples, half before the stop
  }

  /** A loss that is not a number: the state as the failing step found it, the epoch's checkpoint as it was. */
  @Test
  void aNanLossStopsWithTheStateAndTheLastCheckpoint() throws Exception {
    Fake f = new Fake(state, 5);
    Path ckpt = dir.resolve("m.safetensors");
    List<Float> after = new ArrayList<>();
    Trainer.Result r = trainer(state, ckpt).epochs(3).listener(new Trainer.Listener() {
      @Override public void stepped(long step, int batch, int seen, int size, double meanLoss) { after.add(f.state.get("w")[0]); }
    }).run(steps(f));
    assertEquals(Trainer.Ending.DIVERGED, r.ending());
    assertTrue(Double.isNaN(r.loss()));
    assertEquals("train", r.step());
    assertEquals(ckpt, r.saved());
    assertEquals(4, r.counters().step()); // the failing step is step 5, in epoch 2
    assertEquals(1, r.counters().epoch());
    assertEquals(after.get(3), state.get("w")[0]);
    assertEquals(new Checkpoint.TrainingState(3, 1, 0, 3, 3), Safetensors.read(ckpt).trainingState());
  }

  @Test
  void aStopBeforeTheFirstStepSavesNothing() {
    Path ckpt = dir.resolve("m.safetensors");
    Trainer.Result r = trainer(state, ckpt).epochs(2).stopWhen(() -> true).run(steps(new Fake(state, -1)));
    assertEquals(Trainer.Ending.STOPPED_BEFORE_A_STEP, r.ending());
    assertNull(r.saved());
    assertFalse(Files.exists(ckpt));
  }

  /** A step limit ends mid-epoch: the epoch is partial, validation still runs, the metrics line is written. */
  @Test
  void aStepLimitEndsInsideAnEpoch() throws Exception {
    Path metrics = dir.resolve("m.jsonl");
    List<Trainer.Epoch> epochs = new ArrayList<>();
    Trainer.Result r = trainer(state, null).epochs(5).steps(4L).metrics(metrics, false)
        .validation((s, stop) -> new Scores(s.get("w")[0], Double.NaN, 1))
        .listener(new Trainer.Listener() {
          @Override public void epochEnded(Trainer.Epoch e) { epochs.add(e); }
        }).run(steps(new Fake(state, -1)));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(2, epochs.size());
    assertTrue(epochs.get(1).partial());
    assertEquals(new Batches.Position(1, 4), r.counters().position());
    assertEquals(state.get("w")[0], epochs.get(1).validation().loss(), 0);
    List<String> lines = Files.readAllLines(metrics);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).startsWith("{\"epoch\": 2, \"step\": 4, \"train_loss\": "), lines.get(1));
  }

  /** Two named steps, each bound to a state of its own: the second sees what the first updated. */
  @Test
  void severalStepsRunInOrderOnEveryBatch() {
    Map<String, float[]> both = new LinkedHashMap<>(Map.of("w", new float[] {1}, "v", new float[] {0}));
    Fake first = new Fake(both, -1);
    List<Float> seenByTheSecond = new ArrayList<>();
    BoundStep second = new BoundStep() {
      final Map<String, float[]> mine = Map.of("w", new float[] {1}, "v", new float[] {0});

      @Override public List<String> stateNames() { return List.of("w", "v"); }

      @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
        seenByTheSecond.add(mine.get("w")[0]);
        mine.get("v")[0] = mine.get("w")[0];
        return 1;
      }

      @Override public void read(Map<String, float[]> into) {
        into.forEach((k, v) -> System.arraycopy(mine.get(k), 0, v, 0, v.length));
      }

      @Override public void write(Map<String, float[]> from) {
        from.forEach((k, v) -> System.arraycopy(v, 0, mine.get(k), 0, v.length));
      }
    };
    Trainer.Result r = new Trainer(DATA, both, Map.of("w", new int[] {1}, "v", new int[] {1})).batch(4).epochs(1)
        .run(List.of(new Trainer.Step("d", first, List.of("w")), new Trainer.Step("g", second, List.of("v"))));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(3, seenByTheSecond.size());
    assertEquals(first.state.get("w")[0], seenByTheSecond.get(2));
    assertEquals(first.state.get("w")[0], both.get("v")[0]);
    assertEquals(first.state.get("v")[0], both.get("v")[0]); // the second step's update reached the first
  }

  /**
   * A reported value (a train step's output) runs before its step on the same batch and state:
   * its epoch mean goes to the epoch's reports, not its losses, so the run's loss stays the
   * training step's; it updates nothing, and a value that is not a number does not stop the run.
   */
  @Test
  void aReportedValueIsAveragedPerEpochAndNeverStopsTheRun() throws Exception {
    Fake f = new Fake(state, -1);
    List<Float> wSeen = new ArrayList<>();
    BoundStep report = new BoundStep() {
      final float[] w = {1};

      @Override public List<String> stateNames() { return List.of("w"); }

      @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
        wSeen.add(w[0]);
        return step == 2 ? Double.NaN : 2 * batch.get("x").length;
      }

      @Override public void read(Map<String, float[]> into) {
        into.forEach((k, v) -> System.arraycopy(w, 0, v, 0, v.length));
      }

      @Override public void write(Map<String, float[]> from) {
        from.forEach((k, v) -> System.arraycopy(v, 0, w, 0, v.length));
      }
    };
    assertThrows(IllegalArgumentException.class, () -> new Trainer.Step("t.bad", report, List.of("w"), true));
    Path metrics = dir.resolve("reports.jsonl");
    List<Trainer.Epoch> epochs = new ArrayList<>();
    Trainer.Result r = new Trainer(DATA, state, shapes).batch(4).epochs(2).metrics(metrics, false).listener(new Trainer.Listener() {
      @Override public void epochEnded(Trainer.Epoch e) { epochs.add(e); }
    }).run(List.of(new Trainer.Step("train.twice", report, List.of(), true), new Trainer.Step("train", f, List.of("w"))));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(6, wSeen.size());
    assertEquals(1f, wSeen.get(0)); // before the first update
    assertEquals(List.of("train.twice"), List.copyOf(epochs.get(0).reports().keySet()));
    assertEquals(1, epochs.get(0).losses().size());
    assertTrue(Double.isNaN(epochs.get(0).reports().get("train.twice")), "step 2's NaN is in epoch 1's mean");
    assertEquals(epochs.get(1).loss(), epochs.get(1).losses().get(0));
    double twice = epochs.get(1).reports().get("train.twice");
    assertTrue(twice > 0 && Double.isFinite(twice), "epoch 2: " + twice);
    List<String> lines = Files.readAllLines(metrics);
    assertTrue(lines.get(0).contains("\"train.twice\": null"), lines.get(0));
    assertTrue(lines.get(1).contains("\"train.twice\": " + twice), lines.get(1));
  }

  private static Map<String, float[]> copy(Map<String, float[]> m) {
    Map<String, float[]> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  /** A validation whose loss after epoch n is {@code losses[n - 1]}, and whose accuracy is 1 minus it. */
  private static Trainer.Validation plateau(double[] losses, int[] epoch) {
    return (state, stop) -> {
      double l = losses[epoch[0]++];
      return new Scores(l, 1 - l, 10);
    };
  }

  /**
   * Validation loss 3, 2, 2.5, 2.1, 2.2, 1 with patience 2: no better loss after epoch 2 for
   * epochs 3 and 4, so training stops after epoch 4 with its checkpoint, and the best checkpoint
   * is epoch 2's state. Stopped after epoch 3 and resumed, the best so far comes back from the
   * checkpoint and the run stops after epoch 4 too.
   */
  @Test
  void earlyStoppingStopsAfterPatienceEpochsWithoutABetterMetricAndKeepsTheBest() throws Exception {
    double[] losses = {3, 2, 2.5, 2.1, 2.2, 1};
    Path last = dir.resolve("run/m.safetensors"), best = dir.resolve("run/m.best.safetensors");
    Map<String, float[]> s1 = copy(state);
    List<Float> after = new ArrayList<>();
    Trainer t = trainer(s1, last).epochs(6).validation(plateau(losses, new int[] {0}))
        .earlyStop(Trainer.Metric.VAL_LOSS, 2).keepBest(Trainer.Metric.VAL_LOSS, best)
        .listener(new Trainer.Listener() {
          @Override public void epochEnded(Trainer.Epoch e) { after.add(s1.get("w")[0]); }
        });
    Trainer.Result r = t.run(steps(new Fake(s1, -1)));
    assertEquals(Trainer.Ending.EARLY_STOPPED, r.ending());
    assertEquals(4, r.epochs().size());
    assertEquals(new Counters.Best(2, 2), t.best(Trainer.Metric.VAL_LOSS));
    Checkpoint b = Safetensors.read(best);
    assertEquals(2, b.trainingState().epoch());
    assertArrayEquals(new float[] {after.get(1)}, b.tensor("w").floats()); // the state after epoch 2
    assertEquals(4, Safetensors.read(last).trainingState().epoch());
    assertEquals(Map.of("val_loss", new Counters.Best(2, 2)), Checkpoints.counters(Safetensors.read(last), List.of("train")).best());

    // Stopped after epoch 3, then resumed from the checkpoint: the best so far comes with it.
    Map<String, float[]> s2 = copy(state);
    Path part = dir.resolve("part/m.safetensors"), partBest = dir.resolve("part/m.best.safetensors");
    int[] at = {0};
    Trainer first = trainer(s2, part).epochs(3).validation(plateau(losses, at))
        .earlyStop(Trainer.Metric.VAL_LOSS, 2).keepBest(Trainer.Metric.VAL_LOSS, partBest);
    assertEquals(Trainer.Ending.FINISHED, first.run(steps(new Fake(s2, -1))).ending());
    Checkpoint ckpt = Safetensors.read(part);
    Map<String, float[]> s3 = Map.of("w", ckpt.tensor("w").floats());
    Trainer rest = trainer(s3, part).epochs(6).from(Checkpoints.counters(ckpt, List.of("train"))).validation(plateau(losses, at))
        .earlyStop(Trainer.Metric.VAL_LOSS, 2).keepBest(Trainer.Metric.VAL_LOSS, partBest);
    Trainer.Result resumed = rest.run(steps(new Fake(s3, -1)));
    assertEquals(Trainer.Ending.EARLY_STOPPED, resumed.ending());
    assertEquals(List.of(4), resumed.epochs().stream().map(Trainer.Epoch::epoch).toList());
    assertArrayEquals(Files.readAllBytes(best), Files.readAllBytes(partBest));
    assertArrayEquals(Files.readAllBytes(last), Files.readAllBytes(part));
  }

  /** A higher accuracy is better; without early stopping every epoch is trained and the best is the highest. */
  @Test
  void theBestCheckpointByAccuracyIsTheEpochWithTheHighestAccuracy() throws Exception {
    double[] losses = {0.5, 0.2, 0.4, 0.3};
    Path best = dir.resolve("acc/m.best.safetensors");
    Map<String, float[]> s = copy(state);
    List<Float> after = new ArrayList<>();
    Trainer t = trainer(s, null).epochs(4).validation(plateau(losses, new int[] {0})).keepBest(Trainer.Metric.VAL_ACCURACY, best)
        .listener(new Trainer.Listener() {
          @Override public void epochEnded(Trainer.Epoch e) { after.add(s.get("w")[0]); }
        });
    Trainer.Result r = t.run(steps(new Fake(s, -1)));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(4, r.epochs().size());
    Checkpoint b = Safetensors.read(best);
    assertEquals(2, b.trainingState().epoch());
    assertEquals("0.8", b.metadata().get("nnc.best.val_accuracy"));
    assertArrayEquals(new float[] {after.get(1)}, b.tensor("w").floats());
  }

  /** A plateau reached at the last epoch asked for ends the run as finished, not stopped early. */
  @Test
  void aPlateauAtTheLastEpochFinishes() {
    Map<String, float[]> s = copy(state);
    Trainer t = trainer(s, null).epochs(3).validation(plateau(new double[] {1, 2, 3}, new int[] {0})).earlyStop(Trainer.Metric.VAL_LOSS, 2);
    Trainer.Result r = t.run(steps(new Fake(s, -1)));
    assertEquals(Trainer.Ending.FINISHED, r.ending());
    assertEquals(3, r.epochs().size());
  }
}
