package dev.nnc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.jvm.JvmDevice;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data-parallel training on Spark in local mode with two barrier tasks: after 300 steps the
 * parameters are within float32 rounding of single-process training on the same global batches
 * (the sum over the batch runs in another order: each task's half, then the two halves), and bit
 * for bit those of the same two replicas reduced in the same task order without Spark; a task
 * that fails mid-epoch makes Spark retry the barrier stage, which resumes from the last
 * checkpoint and ends with exactly the state of an unbroken run.
 */
class SparkTrainerTest {
  /** A small MLP on the two spirals, trained with Adam. */
  static final String SOURCE = """
      use std.nn.{Linear}
      use std.act.{relu}
      use std.loss.{cross_entropy}
      use std.optim.{Adam}

      model Mlp {
        input x: f32[B, 2]
        target y: i32[B]
        fc1 = Linear(2, 32)
        fc2 = Linear(32, 2)
        loss cross_entropy(fc2(relu(fc1(x))), y)
      }

      train Mlp {
        data      spirals(1024)
        optimizer Adam(lr: 1e-2)
        batch 32
        epochs 10
        seed 7
      }
      """;
  static final ModelSource MODEL = new ModelSource("mlp.nn", SOURCE, null);
  static final int SAMPLES = 1024, STEPS = 300;

  static SparkSession spark;
  static float[] x, y = new float[SAMPLES];
  static Dataset<Row> data;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    // The train block's own data set, as a Dataset: x an array column, y an integer column.
    DataSet spirals = Datasets.spirals(SAMPLES);
    x = spirals.field("x").floats();
    int[] labels = spirals.field("y").ints();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      y[i] = labels[i];
      rows.add(RowFactory.create(List.of(x[2 * i], x[2 * i + 1]), labels[i]));
    }
    spark = SparkSession.builder().master("local[2]").appName("nnc-spark-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.FloatType, false), false)
        .add("y", DataTypes.IntegerType, false);
    data = spark.createDataFrame(rows, schema);
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  private SparkTrainer trainer(Path checkpoint) {
    return new SparkTrainer(MODEL).tasks(2).batch(32).epochs(10).steps((long) STEPS).checkpoint(checkpoint);
  }

  /** The same global batches in one process: the fused step on all 32 samples of each step. */
  static Map<String, float[]> singleProcess() {
    Compiled c = Compiled.of(MODEL, null);
    TrainingStep t = TrainingStep.of(c.step);
    Map<String, float[]> fields = Map.of("x", x, "y", y);
    try (BoundStep step = t.compile(new JvmDevice()).bind(c.state, t.names().subList(1, t.names().size()))) {
      Trainer.Result r = new Trainer(Shard.global(c, fields, SAMPLES / 2, 2), c.state, c.shapes).epochs(10).steps((long) STEPS).batch(16)
          .seed(7).run(List.of(new Trainer.Step(c.name(), step, List.copyOf(c.step.next().keySet()))));
      assertEquals(Trainer.Ending.FINISHED, r.ending());
      assertEquals(STEPS, r.counters().step());
    }
    return c.state;
  }

  /** The two replicas in two threads of this process, exchanging their gradients in task order without Spark. */
  static Map<String, float[]> twoThreads() throws Exception {
    String[] board = new String[2];
    java.util.concurrent.CyclicBarrier posted = new java.util.concurrent.CyclicBarrier(2), read = new java.util.concurrent.CyclicBarrier(2);
    Replica.Plan plan = new Replica.Plan(MODEL, 7, 2, SAMPLES / 2, 16, 10, (long) STEPS, null, 0, 0, 0);
    List<Replica.Outcome> out = java.util.Arrays.asList(new Replica.Outcome[2]);
    List<Thread> threads = new ArrayList<>();
    Throwable[] failed = new Throwable[1];
    for (int t = 0; t < 2; t++) {
      int task = t;
      Map<String, float[]> shard = new LinkedHashMap<>();
      float[] sx = new float[SAMPLES / 2 * 2], sy = new float[SAMPLES / 2];
      for (int r = 0; r < SAMPLES / 2; r++) {
        System.arraycopy(x, (r * 2 + task) * 2, sx, r * 2, 2);
        sy[r] = y[r * 2 + task];
      }
      shard.put("x", sx);
      shard.put("y", sy);
      Thread th = new Thread(() -> {
        try {
          out.set(task, Replica.run(plan, new Replica.Context() {
            @Override public int task() { return task; }

            @Override public int stageAttempt() { return 0; }

            @Override public String[] allGather(String message) {
              try {
                board[task] = message;
                posted.await();
                String[] all = board.clone();
                read.await();
                return all;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
          }, shard));
        } catch (Throwable e) {
          failed[0] = e;
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) th.join();
    if (failed[0] != null) throw new AssertionError(failed[0]);
    assertEquals(out.get(0).digest(), out.get(1).digest(), "the two replicas end alike");
    return out.get(0).state();
  }

  @Test
  void twoTasksTrainAsOneProcessOnTheSameGlobalBatches() throws Exception {
    Path ckpt = dir.resolve("Mlp.safetensors");
    SparkTrainer.Result r = trainer(ckpt).fit(data);
    assertEquals("FINISHED", r.ending());
    assertEquals(STEPS, r.step());
    assertEquals(-1, r.resumedAt(), "no task failed");

    // Bit for bit: the same reduction in the same task order, without Spark.
    Map<String, float[]> threads = twoThreads();
    assertEquals(Replica.digest(threads), r.digest(), "Spark's run is the two-thread run bit for bit");

    // Within float32 rounding: one process, the fused step over the whole global batch.
    Map<String, float[]> single = singleProcess();
    double worst = 0;
    for (String p : List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias")) {
      float[] a = r.state().get(p), b = single.get(p);
      for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
    }
    System.out.printf("largest parameter difference after %d steps, two Spark tasks against one process: %.3g%n", STEPS, worst);
    assertTrue(worst < 1e-4, "the parameters agree within float32 rounding, not " + worst);
    System.out.printf("accuracy %.4f%n", accuracy(r.state()));
    assertTrue(accuracy(r.state()) > 0.6, "the model learned the spirals: accuracy " + accuracy(r.state()));

    // The driver's checkpoint holds the final state.
    Checkpoint saved = Safetensors.read(ckpt);
    assertEquals(STEPS, saved.trainingState().step());
    for (String p : r.state().keySet()) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(r.state().get(p), saved.tensors().get(p).floats(), p);
    }
  }

  @Test
  void aTaskThatFailsMidEpochResumesFromTheLastCheckpoint() {
    String unbroken = trainer(dir.resolve("a.safetensors")).checkpointEvery(50).fit(data).digest();
    SparkTrainer.Result r = trainer(dir.resolve("b.safetensors")).checkpointEvery(50).failAt(1, 120).fit(data);
    assertEquals(100, r.resumedAt(), "the retried stage resumed from the checkpoint of step 100");
    assertEquals("FINISHED", r.ending());
    assertEquals(STEPS, r.step());
    assertEquals(unbroken, r.digest(), "the retried run ends with the unbroken run's state bit for bit");
  }

  /** nnc train --spark local[2] trains the sample on its train block's data set, and nnc eval reads the checkpoint it writes. */
  @Test
  void nncTrainSparkWritesACheckpointNncEvalReads() {
    String sample = Path.of(System.getProperty("nnc.root"), "samples", "linear_regression.nn").toString();
    java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
    int code = dev.nnc.cli.Main.run(new String[] {"train", sample, "--spark", "local[2]", "--epochs", "40", "--out", dir.toString(), "-q"},
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    assertTrue(out.toString().contains("training LinearRegression on linear (64 samples) on Spark at local[2]: 2 tasks"), out.toString());
    assertTrue(out.toString().contains("finished after 160 steps"), out.toString());
    Path ckpt = dir.resolve("LinearRegression.safetensors");
    Checkpoint saved = Safetensors.read(ckpt);
    // y = 2x + 1 without noise: SGD gets close in 160 steps.
    assertEquals(2.0, saved.tensors().get("fc.weight").floats()[0], 0.05);
    assertEquals(1.0, saved.tensors().get("fc.bias").floats()[0], 0.05);
    java.io.StringWriter evalOut = new java.io.StringWriter(), evalErr = new java.io.StringWriter();
    int eval = dev.nnc.cli.Main.run(new String[] {"eval", sample, "--checkpoint", ckpt.toString(), "--data", "train", "--device", "jvm"},
        new java.io.PrintWriter(evalOut, true), new java.io.PrintWriter(evalErr, true));
    assertEquals(0, eval, evalOut + "\n" + evalErr);
    System.out.print(evalOut);
  }

  /** The share of the training samples the state's MLP classifies right. */
  static double accuracy(Map<String, float[]> s) {
    float[] w1 = s.get("fc1.weight"), b1 = s.get("fc1.bias"), w2 = s.get("fc2.weight"), b2 = s.get("fc2.bias");
    int right = 0;
    for (int i = 0; i < SAMPLES; i++) {
      float[] h = new float[32];
      for (int o = 0; o < 32; o++) {
        float v = b1[o];
        for (int j = 0; j < 2; j++) v += w1[o * 2 + j] * x[i * 2 + j];
        h[o] = Math.max(0, v);
      }
      int best = 0;
      float top = Float.NEGATIVE_INFINITY;
      for (int k = 0; k < 2; k++) {
        float v = b2[k];
        for (int o = 0; o < 32; o++) v += w2[k * 32 + o] * h[o];
        if (v > top) {
          top = v;
          best = k;
        }
      }
      if (best == y[i]) right++;
    }
    return (double) right / SAMPLES;
  }
}
