package dev.nnc.spark;

import dev.nnc.jvm.JvmDevice;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.train.Checkpoints;
import dev.nnc.runtime.train.Counters;
import dev.nnc.runtime.train.GradientStep;
import dev.nnc.runtime.train.Trainer;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replica's whole training, as a barrier task runs it: compile the model, start from the
 * checkpoint when there is one (a retried stage resumes there), and run the training loop
 * ({@link Trainer}) on the task's shard with the gradients averaged over all replicas
 * ({@link Reduced}). Task 0 writes the checkpoint every {@code every} steps and at every
 * epoch's end; the others write nothing. Spark-free, so that it can be read and tested alone:
 * the task gives it the exchange.
 */
final class Replica {
  /**
   * What the driver asks of every replica.
   *
   * @param source the model
   * @param seed the batch order's seed (and the training state's)
   * @param tasks the number of replicas
   * @param size the samples of each replica's shard
   * @param batch each replica's samples a step (the global batch over the number of replicas)
   * @param epochs the epochs to train, counted from the start
   * @param steps the steps to stop at, or null
   * @param checkpoint where task 0 keeps the checkpoint (a path every executor sees), or null
   * @param every steps between checkpoints inside an epoch (0: only at epochs' ends)
   * @param failAt a test's injected fault: the step at which task {@code failTask} throws in the
   *     stage's first attempt (0: none)
   * @param failTask the task that fails
   */
  record Plan(ModelSource source, long seed, int tasks, int size, int batch, int epochs, Long steps, String checkpoint, long every,
      long failAt, int failTask) implements Serializable {}

  /**
   * What a replica ends with.
   *
   * @param task its task
   * @param digest SHA-256 of its training state (every tensor's float32 bits in name order)
   * @param ending how its loop ended
   * @param step the steps taken, from the start of training
   * @param resumedAt the step its attempt resumed from a checkpoint at, or -1 when it started afresh
   * @param state its training state (task 0's only; null for the others)
   * @param metadata the checkpoint metadata of where it stands (task 0's only)
   * @param seconds the wall time of its training loop in this attempt (compiling and loading the shard excluded)
   * @param steps the steps this attempt took
   * @param reduceSeconds of {@code seconds}, the time in the reduction (encoding, exchange, sum)
   * @param gatherSeconds of those, the time in the exchange itself (waiting for the slowest replica included)
   */
  record Outcome(int task, String digest, String ending, long step, long resumedAt, LinkedHashMap<String, float[]> state,
      Map<String, String> metadata, double seconds, long steps, double reduceSeconds, double gatherSeconds) implements Serializable {}

  /** A replica's place in the stage: its task and what lets it reach the others. */
  interface Context {
    int task();

    int stageAttempt();

    /** Every task's message, in task order. */
    String[] allGather(String message);
  }

  private Replica() {}

  /** Trains task {@code ctx.task()}'s replica on its shard's fields (each sample's values back to back, local row order). */
  static Outcome run(Plan plan, Context ctx, Map<String, float[]> fields) {
    Compiled c = Compiled.of(plan.source(), plan.seed());
    Map<String, float[]> state = c.state;
    Counters from = Counters.START;
    long resumedAt = -1;
    Path checkpoint = plan.checkpoint() == null ? null : Path.of(plan.checkpoint());
    if (checkpoint != null && Files.exists(checkpoint)) {
      Checkpoint ckpt = Safetensors.read(checkpoint);
      if (ckpt.trainingState().seed() != plan.seed()) {
        throw new DataException(checkpoint, "the checkpoint was trained with seed " + ckpt.trainingState().seed() + ", this run's seed is "
            + plan.seed());
      }
      for (Map.Entry<String, float[]> e : state.entrySet()) {
        float[] f = ckpt.tensors().get(e.getKey()).floats();
        System.arraycopy(f, 0, e.getValue(), 0, f.length);
      }
      try {
        from = Checkpoints.counters(ckpt, List.of(c.name()), plan.size());
      } catch (DataException e) {
        throw new DataException(checkpoint, e.problem() + "; each task's shard has " + plan.size() + " samples");
      }
      resumedAt = from.step();
    }
    Reduced.Exchange exchange = (message, step) -> {
      if (step == plan.failAt() && ctx.task() == plan.failTask() && ctx.stageAttempt() == 0) {
        throw new IllegalStateException("injected failure of task " + ctx.task() + " at step " + step);
      }
      return ctx.allGather(message);
    };
    GradientStep split = c.split.bind(new JvmDevice(), state);
    try (Reduced step = new Reduced(split, exchange)) {
      Trainer trainer = new Trainer(Shard.local(c, fields, plan.size()), state, c.shapes).epochs(plan.epochs()).steps(plan.steps())
          .batch(plan.batch()).seed(plan.seed()).from(from);
      if (ctx.task() == 0 && checkpoint != null) trainer.checkpoint(checkpoint, Map::of);
      long[] mark = {from.step()};
      if (plan.every() > 0) trainer.stopWhen(() -> trainer.counters().step() >= mark[0] + plan.every());
      List<Trainer.Step> steps = List.of(new Trainer.Step(c.name(), step, List.copyOf(c.step.next().keySet())));
      Trainer.Result r;
      long started = System.nanoTime();
      while (true) {
        r = trainer.run(steps);
        if (r.ending() != Trainer.Ending.STOPPED && r.ending() != Trainer.Ending.STOPPED_AFTER_EPOCH) break;
        // A checkpoint every `every` steps: the loop stops (saving where it stands) and goes on from there.
        mark[0] = r.counters().step();
        trainer.from(r.counters());
      }
      boolean first = ctx.task() == 0;
      return new Outcome(ctx.task(), digest(state), r.ending().name(), r.counters().step(), resumedAt,
          first ? new LinkedHashMap<>(state) : null, first ? Checkpoints.metadata(r.counters(), plan.seed(), List.of(c.name())) : null,
          (System.nanoTime() - started) / 1e9, r.counters().step() - from.step(), step.seconds()[0], step.seconds()[1]);
    }
  }

  /** SHA-256 of a training state: each tensor's name and float32 bits, in order. */
  static String digest(Map<String, float[]> state) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, float[]> e : state.entrySet()) {
        md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.allocate(4 * e.getValue().length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : e.getValue()) b.putInt(Float.floatToRawIntBits(v));
        md.update(b.array());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
