package dev.nnc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.runtime.DType;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The real Fashion-MNIST, where the Debian package dataset-fashion-mnist is installed. */
class FashionMnistTest {
  @Test
  void readsTheInstalledDataSet() {
    assumeTrue(Files.isDirectory(Datasets.fashionMnistDir()),
        "Fashion-MNIST is not installed at " + Datasets.fashionMnistDir() + " (Debian package dataset-fashion-mnist); skipped");
    for (String split : new String[] {"train", "test"}) {
      DataSet d = Datasets.fashionMnist(split);
      assertEquals(split.equals("train") ? 60_000 : 10_000, d.size());
      d.expect("x", DType.F32, 784);
      d.expect("y", DType.I32);
      int[] perClass = new int[10];
      for (int c : d.field("y").ints()) perClass[c]++;
      for (int c = 0; c < 10; c++) assertEquals(d.size() / 10, perClass[c], "class " + c + " of " + split);
      float min = 1, max = 0;
      for (float v : d.field("x").floats()) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      assertEquals(0f, min);
      assertEquals(1f, max);
      assertTrue(d.origin("x").detail().endsWith("images of 28x28"));
    }
  }
}
