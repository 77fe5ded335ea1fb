package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code nnc train --spark} without the nnc-spark module on the class path (the compiler's own
 * tests have no Spark): a usage error that says what to add, and the flags a Spark run does not
 * take are refused before anything is looked for. The Spark runs themselves are tested in the
 * spark module.
 */
class SparkFlagTest {
  @Test
  void withoutTheModuleItSaysWhatToAdd() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--spark", "local[2]");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("nnc: --spark needs the nnc-spark module and Apache Spark 4 (Scala 2.13) on the class path, which the nnc command "
        + "does not carry: run it as docs/spark.md says (NNC_CLASSPATH and NNC_JAVA_OPTS), or use spark-submit\n", r.err());
  }

  @Test
  void aFlagASparkRunDoesNotTakeIsRefused() {
    Samples.Result r = Samples.run("train", Samples.file("linear_regression").toString(), "--spark", "local[2]", "--lr", "0.1");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("nnc: --lr is not taken with --spark (docs/spark.md says what a Spark run takes)\n", r.err());
  }
}
