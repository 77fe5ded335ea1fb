// Fashion-MNIST on Apache Spark: writes the data set's IDX files as Parquet, then trains
// samples/fashion_mlp.nn data-parallel on the Parquet table with nnc-spark (docs/spark.md).
//
// A single-file program; from the repository root, after mvn package:
//   CP="spark/target/nnc-spark.jar:$(cat spark/target/classpath.txt)"
//   java $SPARK_FLAGS -cp "$CP" samples/spark/FashionOnSpark.java parquet out/fashion
//   java $SPARK_FLAGS -cp "$CP" samples/spark/FashionOnSpark.java train out/fashion out/FashionMlp.safetensors 'local[2]' 10
//   ./nnc eval samples/fashion_mlp.nn --checkpoint out/FashionMlp.safetensors
// where SPARK_FLAGS are the --add-opens flags of docs/spark.md (Setup).

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.spark.SparkTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

public class FashionOnSpark {
  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("parquet")) {
      parquet(Path.of(args[1]));
    } else if (args.length == 5 && args[0].equals("train")) {
      train(Path.of(args[1]), Path.of(args[2]), args[3], Integer.parseInt(args[4]));
    } else {
      System.err.println("usage: FashionOnSpark parquet DIR | train DIR CHECKPOINT MASTER EPOCHS");
      System.exit(2);
    }
  }

  /** DIR/train.parquet and DIR/test.parquet: x array<float> (784 pixels / 255, row by row), y int (the class). */
  static void parquet(Path dir) {
    SparkSession spark = SparkSession.builder().master("local[1]").appName("fashion-mnist to parquet").getOrCreate();
    try {
      StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.FloatType, false), false)
          .add("y", DataTypes.IntegerType, false);
      for (String split : List.of("train", "test")) {
        DataSet d;
        try {
          d = Datasets.fashionMnist(split);
        } catch (DataException e) {
          System.err.println(e.getMessage());
          System.exit(3);
          return;
        }
        float[] x = d.field("x").floats();
        int[] y = d.field("y").ints();
        List<Row> rows = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) rows.add(RowFactory.create(Arrays.copyOfRange(x, i * 784, (i + 1) * 784), y[i]));
        // One file, so that the rows keep the IDX order when read back.
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.resolve(split + ".parquet").toString());
        System.out.println(dir.resolve(split + ".parquet") + ": " + d.size() + " rows");
      }
    } finally {
      spark.stop();
    }
  }

  /** Trains the MLP of samples/fashion_mlp.nn on DIR/train.parquet, one task per core of the master. */
  static void train(Path dir, Path checkpoint, String master, int epochs) {
    SparkSession spark = SparkSession.builder().master(master).appName("nnc FashionMlp").getOrCreate();
    try {
      Dataset<Row> data = spark.read().parquet(dir.resolve("train.parquet").toString());
      int tasks = spark.sparkContext().defaultParallelism();
      long started = System.nanoTime();
      SparkTrainer.Result r = SparkTrainer.of(Path.of("samples/fashion_mlp.nn"), null).tasks(tasks).epochs(epochs)
          .checkpoint(checkpoint).checkpointEvery(500).fit(data);
      System.out.printf("%s after %d steps on %d tasks: %.0f s, %.1f ms a step; checkpoint %s%n", r.ending(), r.step(), tasks,
          (System.nanoTime() - started) / 1e9, 1000 * r.secondsPerStep(), checkpoint);
    } finally {
      spark.stop();
    }
  }
}
