package dev.nnc.spark;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code nnc train FILE --spark MASTER}, which the CLI finds by name: trains the file's model on
 * its train block's data set, made a Dataset, with one task per core of the master
 * ({@code local[2]}: two), and writes {@code OUT/MODEL.safetensors}, which {@code nnc eval} reads.
 */
public final class SparkCommand {
  private SparkCommand() {}

  /** Runs with the settings the CLI gives (see {@code dev.nnc.cli.SparkTraining}); returns the exit code. */
  public static int train(Map<String, Object> s, PrintWriter out, PrintWriter err) {
    Path file = (Path) s.get("file");
    ModelSource source;
    Compiled c;
    try {
      source = ModelSource.read(file, (String) s.get("model"));
      c = Compiled.of(source, (Long) s.get("seed"));
    } catch (java.io.UncheckedIOException e) {
      err.println("nnc: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      out.print(e.getMessage());
      out.flush();
      return 1;
    }
    Path outDir = (Path) s.get("out"), checkpoint = outDir.resolve(c.name() + ".safetensors"), resume = (Path) s.get("resume");
    try {
      Files.createDirectories(outDir);
      if (resume != null && !Files.isSameFile(resume, checkpoint)) Files.copy(resume, checkpoint, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      err.println("nnc: --out " + outDir + ": " + e.getMessage());
      return 3;
    }
    DataSet data;
    try {
      data = Datasets.load(c.data.name(), c.data.args());
    } catch (DataException e) {
      err.println("nnc: " + e.getMessage());
      return 3;
    }
    if (!data.isBatched()) {
      err.println("nnc: " + file + ": --spark trains on samples; " + c.data.name() + " is one whole graph");
      return 2;
    }
    // A session already running in this JVM (a test's, a notebook's) is used and left running.
    boolean ours = SparkSession.getDefaultSession().isEmpty() && SparkSession.getActiveSession().isEmpty();
    SparkSession spark = SparkSession.builder().master((String) s.get("master")).appName("nnc train " + c.name()).getOrCreate();
    try {
      int tasks = spark.sparkContext().defaultParallelism();
      SparkTrainer trainer = new SparkTrainer(source).tasks(tasks).checkpoint(checkpoint).checkpointEvery(100).resume(resume != null);
      if (s.get("epochs") != null) trainer.epochs((Integer) s.get("epochs"));
      if (s.get("batch") != null) trainer.batch((Integer) s.get("batch"));
      if (s.get("seed") != null) trainer.seed((Long) s.get("seed"));
      trainer.steps((Long) s.get("steps"));
      out.printf(Locale.ROOT, "training %s on %s (%d samples) on Spark at %s: %d tasks%n", c.name(), c.data.name(), data.size(), s.get("master"), tasks);
      out.flush();
      long started = System.nanoTime();
      SparkTrainer.Result r = trainer.fit(frame(spark, data, c));
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf(Locale.ROOT, "%s after %d steps (%.1f s, %.1f ms a step, of which %.1f ms the gradients' reduction, %.1f ms of it the exchange%s%s)%n",
          r.ending().toLowerCase(Locale.ROOT), r.step(), seconds, 1000 * r.secondsPerStep(), 1000 * r.reduceSecondsPerStep(),
          1000 * r.gatherSecondsPerStep(),
          r.resumedAt() >= 0 ? ", resumed at step " + r.resumedAt() : "",
          r.samplesDropped() > 0 ? ", " + r.samplesDropped() + " samples left out so that every task has as many" : "");
      out.println("checkpoint: " + checkpoint);
      out.flush();
      return r.ending().equals("FINISHED") ? 0 : 3;
    } finally {
      if (ours) spark.stop();
    }
  }

  /** A data set as a Dataset: a field of one value a sample as a number column (int for integers), any other as an array of float. */
  static Dataset<Row> frame(SparkSession spark, DataSet data, Compiled c) {
    List<String> names = Shard.fieldNames(c);
    StructType schema = new StructType();
    List<Tensor> fields = new ArrayList<>();
    for (String n : names) {
      Tensor t = data.field(n);
      if (t == null) throw new DataException("data set `" + data.name() + "` has no field `" + n + "`; its fields are " + data.fields().keySet());
      fields.add(t);
      DataType type = c.perSample.get(n) == 1 && t.rank() == 1
          ? (t.dtype() == dev.nnc.runtime.DType.I32 || t.dtype() == dev.nnc.runtime.DType.I64 ? DataTypes.IntegerType : DataTypes.FloatType)
          : DataTypes.createArrayType(DataTypes.FloatType, false);
      schema = schema.add(n, type, false);
    }
    List<Row> rows = new ArrayList<>(data.size());
    float[][] values = new float[names.size()][];
    for (int f = 0; f < names.size(); f++) values[f] = fields.get(f).toFloats();
    for (int i = 0; i < data.size(); i++) {
      Object[] row = new Object[names.size()];
      for (int f = 0; f < names.size(); f++) {
        int per = c.perSample.get(names.get(f));
        DataType type = schema.fields()[f].dataType();
        if (type == DataTypes.IntegerType) row[f] = (int) values[f][i];
        else if (type == DataTypes.FloatType) row[f] = values[f][i];
        else row[f] = java.util.Arrays.copyOfRange(values[f], i * per, (i + 1) * per);
      }
      rows.add(RowFactory.create(row));
    }
    return spark.createDataFrame(rows, schema);
  }

}
