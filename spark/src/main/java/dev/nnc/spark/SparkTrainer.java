package dev.nnc.spark;

import dev.nnc.runtime.train.Checkpoints;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.BarrierTaskContext;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;

/**
 * Synchronous data-parallel training of an nnc model on Apache Spark, in barrier execution mode.
 *
 * <p>The Dataset's columns feed the model's inputs and targets by name: an array column (nested
 * arrays for higher ranks, row-major) for a tensor, a numeric column for a scalar per sample (a
 * class index). Row {@code i} of the Dataset goes to task {@code i mod N}. Each of the N barrier
 * tasks compiles the model, runs the gradient program on its shard of every global batch, sends
 * its gradients to every other task with the barrier's {@code allGather}, sums them in task order,
 * divides by N and runs the update: every replica applies the same update and they stay identical
 * (the driver checks their digests at the end). The global batch is {@code batch} samples, {@code
 * batch / N} from each task; the tasks draw the same seeded batches of their local rows, so a run
 * is the single-process run over the same global batches ({@link Shard#global}).
 *
 * <p>Task 0 writes the checkpoint every {@link #checkpointEvery} steps and after every epoch; a
 * failed task fails the barrier stage, Spark runs the stage again, and every task resumes from that
 * checkpoint, as {@code nnc train --resume} does. When the job ends the driver writes the final
 * training state as the checkpoint {@code nnc eval} reads.
 */
public final class SparkTrainer {
  /**
   * How a run ended.
   *
   * @param ending how the training loop ended ({@code FINISHED}, {@code DIVERGED}, ...)
   * @param step the steps taken, from the start of training
   * @param state the final training state by name (task 0's; all replicas' agree bit for bit)
   * @param digest the state's SHA-256, the same for every replica
   * @param resumedAt the step the last attempt resumed from, or -1 when it ran from its start
   * @param checkpoint the checkpoint written, or null
   * @param samplesDropped the rows of the Dataset left out so that every task has as many
   * @param secondsPerStep the wall time of a step in the last attempt, as task 0 measured it (NaN without a step)
   * @param reduceSecondsPerStep of that, the reduction's (encoding, exchange and sum)
   * @param gatherSecondsPerStep of that, the exchange's ({@code allGather}, waiting for the slowest task included)
   */
  public record Result(String ending, long step, Map<String, float[]> state, String digest, long resumedAt, Path checkpoint,
      long samplesDropped, double secondsPerStep, double reduceSecondsPerStep, double gatherSecondsPerStep) {}

  private final ModelSource source;
  private int tasks = 2;
  private Integer batch;
  private Integer epochs;
  private Long steps;
  private Long seed;
  private Path checkpoint;
  private long every;
  private boolean resume;
  private long failAt;
  private int failTask;

  /** Trains the model of {@code source}. */
  public SparkTrainer(ModelSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Trains {@code model} of the {@code .nn} file {@code file} (null: the one its train block trains). */
  public static SparkTrainer of(Path file, String model) {
    return new SparkTrainer(ModelSource.read(file, model));
  }

  /** The number of barrier tasks, one replica each (default 2); the cluster needs as many free task slots at once. */
  public SparkTrainer tasks(int tasks) {
    if (tasks < 1) throw new IllegalArgumentException("tasks " + tasks);
    this.tasks = tasks;
    return this;
  }

  /** The global batch, a multiple of the tasks (default: the train block's, else 32). */
  public SparkTrainer batch(int batch) {
    this.batch = batch;
    return this;
  }

  /** The epochs to train, counted from the start of training (default: the train block's, else 1). */
  public SparkTrainer epochs(int epochs) {
    this.epochs = epochs;
    return this;
  }

  /** Stops after this many steps from the start of training (null: no limit). */
  public SparkTrainer steps(Long steps) {
    this.steps = steps;
    return this;
  }

  /** The seed of the batch order (default: the train block's, else 42). */
  public SparkTrainer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * The checkpoint file: task 0 writes it during training, so it must be a path every executor
   * sees (a shared mount on a cluster; any path in local mode), and the driver writes the final
   * state there.
   */
  public SparkTrainer checkpoint(Path file) {
    this.checkpoint = file;
    return this;
  }

  /** Also writes the checkpoint every {@code steps} steps inside an epoch (0: only after epochs), which a retried stage resumes from. */
  public SparkTrainer checkpointEvery(long steps) {
    if (steps < 0) throw new IllegalArgumentException("checkpoint every " + steps);
    this.every = steps;
    return this;
  }

  /** Starts from the checkpoint file when it exists (default: a run starts afresh and replaces it). */
  public SparkTrainer resume(boolean resume) {
    this.resume = resume;
    return this;
  }

  /** For tests of failure: task {@code task} throws at step {@code step} in the stage's first attempt. */
  SparkTrainer failAt(int task, long step) {
    this.failTask = task;
    this.failAt = step;
    return this;
  }

  /** Trains on {@code data} and returns the final state; the training loop's faults come back as Spark's job failure. */
  public Result fit(Dataset<Row> data) {
    Compiled c = Compiled.of(source, seed);
    long s = c.settings.seed();
    int global = batch != null ? batch : (int) (long) Objects.requireNonNullElse(c.settings.batch(), 32L);
    int epochCount = epochs != null ? epochs : (int) (long) Objects.requireNonNullElse(c.settings.epochs(), 1L);
    if (global % tasks != 0) {
      throw new IllegalArgumentException("the global batch " + global + " is not a multiple of the " + tasks + " tasks; each task takes the same share");
    }
    if (!c.split.layout().stateNext().isEmpty()) {
      throw new IllegalArgumentException(c.name() + " keeps running statistics (" + String.join(", ", c.split.layout().stateNext())
          + "), which each replica would compute from its own shard alone: the Spark trainer does not train such models yet");
    }
    List<String> names = Shard.fieldNames(c);
    String[] columns = columns(data.schema(), names, c);
    long rows = data.count();
    int size = (int) Math.min(Integer.MAX_VALUE, rows / tasks);
    if (size < global / tasks) {
      throw new IllegalArgumentException("the Dataset has " + rows + " rows: fewer than one batch of " + global / tasks + " for each of " + tasks + " tasks");
    }
    long kept = (long) size * tasks;
    if (checkpoint != null && !resume) {
      try {
        Files.deleteIfExists(checkpoint);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot replace the checkpoint " + checkpoint, e);
      }
    }
    Replica.Plan plan = new Replica.Plan(source, s, tasks, size, global / tasks, epochCount, steps,
        checkpoint == null ? null : checkpoint.toAbsolutePath().toString(), every, failAt, failTask);

    int[] per = names.stream().mapToInt(n -> c.perSample.get(n)).toArray();
    String[] fieldNames = names.toArray(String[]::new);
    JavaPairRDD<Long, float[][]> samples = data.select(Arrays.stream(columns).map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new)).javaRDD().zipWithIndex()
        .filter(t -> t._2() < kept)
        .mapToPair(t -> new Tuple2<>(t._2(), Columns.sample(t._1(), fieldNames, per, t._2())))
        .partitionBy(new ByIndex(tasks));
    List<Replica.Outcome> outcomes = new ArrayList<>(samples.rdd().barrier()
        .mapPartitions(new Task(plan, fieldNames, per), false, ClassTag$.MODULE$.apply(Replica.Outcome.class))
        // A shuffle after the barrier stage: Spark retries a failed barrier stage only when it is a map stage.
        .toJavaRDD().repartition(1).collect());
    outcomes.sort(Comparator.comparingInt(Replica.Outcome::task));
    Replica.Outcome first = outcomes.get(0);
    for (Replica.Outcome o : outcomes) {
      if (!o.digest().equals(first.digest())) {
        throw new IllegalStateException("the replicas diverged: task " + o.task() + "'s state is not task 0's (" + o.digest() + ", " + first.digest() + ")");
      }
    }
    if (checkpoint != null) {
      Map<String, String> meta = new LinkedHashMap<>(first.metadata());
      Checkpoints.write(checkpoint, first.state(), c.shapes, meta);
    }
    return new Result(first.ending(), first.step(), first.state(), first.digest(), first.resumedAt(), checkpoint, rows - kept,
        first.steps() > 0 ? first.seconds() / first.steps() : Double.NaN, first.steps() > 0 ? first.reduceSeconds() / first.steps() : Double.NaN,
        first.steps() > 0 ? first.gatherSeconds() / first.steps() : Double.NaN);
  }

  /** The Dataset's column for each field, in the fields' order; a field without one is an error naming the columns there are. */
  private static String[] columns(StructType schema, List<String> fields, Compiled c) {
    List<String> have = Arrays.stream(schema.fields()).map(StructField::name).toList();
    String[] out = new String[fields.size()];
    for (int i = 0; i < out.length; i++) {
      String f = fields.get(i);
      if (!have.contains(f)) {
        throw new IllegalArgumentException("the Dataset has no column `" + f + "` for " + c.name() + "'s " + f + ": "
            + c.step.inputs().get(f).type() + "; its columns are " + String.join(", ", have));
      }
      out[i] = f;
    }
    return out;
  }

  /** Row {@code i} to task {@code i mod N}. */
  static final class ByIndex extends Partitioner {
    private final int tasks;

    ByIndex(int tasks) {
      this.tasks = tasks;
    }

    @Override public int numPartitions() {
      return tasks;
    }

    @Override public int getPartition(Object key) {
      return (int) ((Long) key % tasks);
    }

    @Override public boolean equals(Object o) {
      return o instanceof ByIndex b && b.tasks == tasks;
    }

    @Override public int hashCode() {
      return tasks;
    }
  }

  /** The barrier task: gathers its shard in local row order and runs its replica. */
  static final class Task extends AbstractFunction1<scala.collection.Iterator<Tuple2<Long, float[][]>>, scala.collection.Iterator<Replica.Outcome>>
      implements Serializable {
    private final Replica.Plan plan;
    private final String[] fields;
    private final int[] per;

    Task(Replica.Plan plan, String[] fields, int[] per) {
      this.plan = plan;
      this.fields = fields;
      this.per = per;
    }

    @Override public scala.collection.Iterator<Replica.Outcome> apply(scala.collection.Iterator<Tuple2<Long, float[][]>> samples) {
      BarrierTaskContext ctx = BarrierTaskContext.get();
      Map<String, float[]> shard = new LinkedHashMap<>();
      for (int f = 0; f < fields.length; f++) shard.put(fields[f], new float[plan.size() * per[f]]);
      int seen = 0;
      while (samples.hasNext()) {
        Tuple2<Long, float[][]> t = samples.next();
        int local = (int) (t._1() / plan.tasks());
        for (int f = 0; f < fields.length; f++) System.arraycopy(t._2()[f], 0, shard.get(fields[f]), local * per[f], per[f]);
        seen++;
      }
      if (seen != plan.size()) throw new IllegalStateException("task " + ctx.partitionId() + " got " + seen + " samples, not " + plan.size());
      try (Waker waker = new Waker()) {
        Replica.Outcome o = Replica.run(plan, new Replica.Context() {
          @Override public int task() { return ctx.partitionId(); }

          @Override public int stageAttempt() { return ctx.stageAttemptNumber(); }

          @Override public String[] allGather(String message) { return waker.allGather(message, ctx::allGather); }
        }, shard);
        return CollectionConverters.asScala(List.of(o).iterator());
      }
    }
  }
}
