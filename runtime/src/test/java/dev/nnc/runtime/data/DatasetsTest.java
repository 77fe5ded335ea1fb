package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxTest.fault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
  @TempDir Path dir;

  @Test
  void karateClubIsZacharysGraph() {
    DataSet k = Datasets.karateClub();
    assertFalse(k.isBatched());
    assertEquals(List.of("x", "adj", "y", "mask"), List.copyOf(k.fields().keySet()));
    k.expect("x", DType.F32, 34, 34);
    k.expect("adj", DType.F32, 34, 34);
    k.expect("y", DType.I32, 34);
    k.expect("mask", DType.BOOL, 34);
    float[] adj = k.field("adj").floats();
    int edges = 0;
    int[] degree = new int[34];
    for (int i = 0; i < 34; i++) {
      assertEquals(0, adj[i * 34 + i], "self loop at " + i);
      for (int j = 0; j < 34; j++) {
        assertEquals(adj[i * 34 + j], adj[j * 34 + i], "symmetric");
        if (adj[i * 34 + j] != 0) {
          assertEquals(1, adj[i * 34 + j]);
          degree[i]++;
          if (i < j) edges++;
        }
      }
    }
    assertEquals(78, edges);
    // The degree sequence of the published graph (NetworkX karate_club_graph, node 0 = Mr. Hi).
    assertArrayEquals(new int[] {16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2, 2, 2, 3, 2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17},
        degree);
    int[] y = k.field("y").ints();
    assertEquals(0, y[0], "Mr. Hi");
    assertEquals(1, y[33], "the officer");
    assertEquals(17, java.util.Arrays.stream(y).sum());
    assertEquals(1, y[9]);
    assertEquals(0, y[8]);
    boolean[] mask = k.field("mask").bools();
    for (int i = 0; i < 34; i++) assertEquals(i == 0 || i == 33, mask[i], "mask " + i);
    float[] x = k.field("x").floats();
    for (int i = 0; i < 34; i++) for (int j = 0; j < 34; j++) assertEquals(i == j ? 1 : 0, x[i * 34 + j]);
  }

  @Test
  void sbmIsSeededAndHasBlocks() {
    DataSet a = Datasets.sbm(200, 4, 0.3, 0.02, 8, 7);
    assertEquals(a.fields(), Datasets.sbm(200, 4, 0.3, 0.02, 8, 7).fields());
    assertNotEquals(a.field("adj"), Datasets.sbm(200, 4, 0.3, 0.02, 8, 8).field("adj"));
    a.expect("x", DType.F32, 200, 8);
    a.expect("adj", DType.F32, 200, 200);
    int[] y = a.field("y").ints();
    assertEquals(0, y[0]);
    assertEquals(3, y[199]);
    assertEquals(1, y[50]);
    float[] adj = a.field("adj").floats();
    long in = 0, inPairs = 0, out = 0, outPairs = 0;
    for (int i = 0; i < 200; i++) {
      assertEquals(0, adj[i * 200 + i]);
      for (int j = i + 1; j < 200; j++) {
        assertEquals(adj[i * 200 + j], adj[j * 200 + i]);
        if (y[i] == y[j]) { in += (long) adj[i * 200 + j]; inPairs++; } else { out += (long) adj[i * 200 + j]; outPairs++; }
      }
    }
    assertEquals(0.3, (double) in / inPairs, 0.03);
    assertEquals(0.02, (double) out / outPairs, 0.01);
    boolean[] mask = a.field("mask").bools();
    int labelled = 0;
    for (boolean m : mask) if (m) labelled++;
    assertEquals(20, labelled, "a tenth of each block of 50");
    assertTrue(mask[0] && mask[50] && mask[100] && mask[150] && !mask[5]);
    fault(null, () -> Datasets.sbm(10, 2, 1.5, 0, 4, 0), "sbm: `p_in` must be in [0, 1], found 1.5");
    fault(null, () -> Datasets.sbm(3, 4, 0.5, 0, 4, 0), "`classes` must be in 1..3");
  }

  @Test
  void linearIsExactWithoutNoise() {
    DataSet d = Datasets.linear(2, 1, 5, 0);
    assertArrayEquals(new float[] {-1, -0.5f, 0, 0.5f, 1}, d.field("x").floats());
    assertArrayEquals(new float[] {-1, 0, 1, 2, 3}, d.field("y").floats());
    d.expect("x", DType.F32, 1);
    DataSet n = Datasets.linear(2, 1, 2000, 0.1);
    double sum = 0, sq = 0;
    for (int i = 0; i < 2000; i++) {
      double r = n.field("y").floats()[i] - (2 * n.field("x").floats()[i] + 1);
      sum += r;
      sq += r * r;
    }
    assertEquals(0, sum / 2000, 0.01);
    assertEquals(0.1, Math.sqrt(sq / 2000), 0.01);
    fault(null, () -> Datasets.linear(1, 1, 0, 0), "`n` must be at least 1");
  }

  @Test
  void xorAndPoints() {
    DataSet x = Datasets.xor();
    assertArrayEquals(new float[] {0, 1, 1, 0}, x.field("y").floats());
    assertEquals("f32[4, 2]", x.field("x").type());
    DataSet p = Datasets.points(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[][] {{1}, {0}, {1}});
    assertEquals("f32[3, 2]", p.field("x").type());
    assertEquals("f32[3, 1]", p.field("y").type());
    fault(null, () -> Datasets.points(new double[][] {{1}}, new double[][] {{1}, {2}}), "`x` has 1 samples but `y` has 2");
    // Any fields, any rank and dtype: the first axis counts the samples.
    Map<String, Tensor> fields = new java.util.LinkedHashMap<>();
    fields.put("img", Tensor.f32(new float[8], 2, 2, 2));
    fields.put("label", Tensor.i32(new int[] {1, 0}, 2));
    DataSet q = Datasets.load("points", fields);
    assertEquals(List.of("img", "label"), List.copyOf(q.fields().keySet()));
    assertEquals("i32[2]", q.field("label").type());
    assertEquals(2, q.size());
    fields.put("w", Tensor.f32(new float[3], 3));
    fault(null, () -> Datasets.load("points", fields), "`img` has 2 samples but `w` has 3");
  }

  @Test
  void spiralsInterleaveTwoClasses() {
    DataSet s = Datasets.spirals(201);
    assertEquals("f32[201, 2]", s.field("x").type());
    int[] y = s.field("y").ints();
    assertEquals(100, java.util.Arrays.stream(y).sum());
    assertEquals(0, y[0]);
    assertEquals(1, y[1]);
    float[] x = s.field("x").floats();
    for (int i = 0; i < 201; i++) assertTrue(Math.hypot(x[2 * i], x[2 * i + 1]) < 1.1);
    assertEquals(s.fields(), Datasets.spirals(201).fields());
  }

  @Test
  void loadByNameWithDefaults() {
    assertEquals(64, Datasets.load("linear", Map.of()).size());
    assertEquals(200, Datasets.load("spirals", Map.of()).size());
    assertEquals(10, Datasets.load("spirals", Map.of("n", 10)).size());
    assertEquals(100, Datasets.load("sbm", Map.of()).field("y").size());
    assertEquals(Tensor.count(30, 3), Datasets.load("sbm", Map.of("nodes", 30L, "features", 3, "p_in", 0.5)).field("x").size());
    assertEquals(34, Datasets.load("karate_club", Map.of()).field("y").size());
    assertEquals(4, Datasets.load("xor", Map.of()).size());
    assertEquals(1, Datasets.load("points", Map.of("x", new double[][] {{1}}, "y", new double[][] {{2}})).size());
    fault(null, () -> Datasets.load("cifar", Map.of()), "no data set `cifar`");
    fault(null, () -> Datasets.load("xor", Map.of("n", 3)), "`xor` has no argument `n`; it takes none");
    fault(null, () -> Datasets.load("spirals", Map.of("n", "many")), "`n` of `spirals` must be an int, found many");
  }

  @Test
  void fashionMnistFromAFolderLikeTheDebianPackage() {
    Path d = IdxFiles.mnistFolder(dir.resolve("fm"), 30, 12, 28, 28);
    DataSet train = Datasets.fashionMnist("train", d);
    assertEquals("fashion_mnist", train.name());
    assertEquals(30, train.size());
    train.expect("x", DType.F32, 784);
    train.expect("x", DType.F32, 1, 28, 28);
    train.expect("y", DType.I32);
    assertEquals(12, Datasets.fashionMnist("test", d).size());
    assertEquals(12, Datasets.mnist("test", d).size());
  }

  @Test
  void fashionMnistFaults() {
    Path missing = dir.resolve("absent");
    fault(missing, () -> Datasets.fashionMnist("train", missing), "Fashion-MNIST is not installed here",
        "dataset-fashion-mnist", "NNC_FASHION_MNIST");
    fault(null, () -> Datasets.fashionMnist("valid", dir), "must be \"train\" or \"test\", found \"valid\"");
    Path empty = dir.resolve("empty");
    IdxFiles.write(empty.resolve("readme"), new byte[0]);
    fault(empty.resolve("train-images-idx3-ubyte.gz"), () -> Datasets.fashionMnist("train", empty), "no such file");
    Path big = IdxFiles.mnistFolder(dir.resolve("big"), 3, 3, 32, 32);
    fault(big.resolve("train-images-idx3-ubyte.gz"), () -> Datasets.fashionMnist("train", big), "expected 28x28 images, found 32x32");
  }
}
