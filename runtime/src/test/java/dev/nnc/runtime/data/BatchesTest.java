package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxTest.fault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.Batches.Batch;
import dev.nnc.runtime.data.Batches.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private static List<Batch> all(Iterable<Batch> it) {
    List<Batch> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  @Test
  void splitMixMatchesTheReferenceValue() {
    // The first output of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    assertEquals(0xe220a8397b1dcdafL, SplitMix.mix(SplitMix.GOLDEN));
  }

  @Test
  void orderIsAReproduciblePermutationPerEpoch() {
    Batches b = new Batches(1000, 64, true, 42);
    int[] e0 = b.order(0);
    int[] sorted = e0.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < 1000; i++) assertEquals(i, sorted[i]);
    assertArrayEquals(e0, new Batches(1000, 64, true, 42).order(0));
    assertFalse(Arrays.equals(e0, b.order(1)));
    assertFalse(Arrays.equals(e0, new Batches(1000, 64, true, 43).order(0)));
    assertArrayEquals(new int[] {0, 1, 2, 3}, new Batches(4, 2, false, 42).order(5));
  }

  /** Pins the numbers so that a change to the stream (which would break resuming old runs) is seen. */
  @Test
  void orderIsPinned() {
    assertArrayEquals(new int[] {0, 5, 1, 6, 2, 7, 8, 3, 4, 9}, new Batches(10, 3, true, 42).order(0));
  }

  @Test
  void batchesCoverTheEpochWithASmallerLastBatch() {
    Batches b = new Batches(10, 4, true, 1);
    List<Batch> batches = all(b.epoch(0));
    assertEquals(3, b.batchesPerEpoch());
    assertEquals(List.of(4, 4, 2), batches.stream().map(Batch::size).toList());
    int[] seen = batches.stream().flatMapToInt(x -> Arrays.stream(x.rows())).toArray();
    assertArrayEquals(b.order(0), seen);
    assertEquals(new Position(0, 4), batches.get(0).next());
    assertEquals(new Position(1, 0), batches.get(2).next());
    assertEquals(2, batches.get(2).index());
  }

  @Test
  void resumesExactlyFromAPosition() {
    Batches b = new Batches(103, 10, true, 9);
    List<int[]> straight = new ArrayList<>();
    for (int e = 0; e < 3; e++) for (Batch x : b.epoch(e)) straight.add(x.rows());
    // Stop after 4 batches of epoch 1, as a checkpoint would, and go on from there.
    Position saved = all(b.epoch(1)).get(3).next();
    assertEquals(new Position(1, 40), saved);
    List<int[]> resumed = new ArrayList<>();
    for (int e = 0; e < 1; e++) for (Batch x : b.epoch(e)) resumed.add(x.rows());
    for (int k = 0; k < 4; k++) resumed.add(all(b.epoch(1)).get(k).rows());
    Batches fresh = new Batches(103, 10, true, 9);
    for (Batch x : fresh.epoch(saved)) resumed.add(x.rows());
    for (Batch x : fresh.epoch(2)) resumed.add(x.rows());
    assertEquals(straight.size(), resumed.size());
    for (int i = 0; i < straight.size(); i++) assertArrayEquals(straight.get(i), resumed.get(i), "batch " + i);
    assertEquals(4, all(fresh.epoch(saved)).get(0).index());
    fault(null, () -> fresh.epoch(new Position(0, 104)), "cannot resume at sample 104");
  }

  @Test
  void batchesGatherRowsOfEveryField() {
    Map<String, Tensor> f = new LinkedHashMap<>();
    f.put("x", Tensor.f32(new float[] {0, 0, 1, 1, 2, 2, 3, 3}, 4, 2));
    f.put("y", Tensor.i32(new int[] {0, 1, 2, 3}, 4));
    DataSet d = DataSet.batched("t", f);
    DataSet b = d.take(new int[] {3, 1});
    assertArrayEquals(new float[] {3, 3, 1, 1}, b.field("x").floats());
    assertArrayEquals(new int[] {3, 1}, b.field("y").ints());
    assertArrayEquals(new int[] {1, 2}, d.slice(1, 3).field("y").ints());
  }

  @Test
  void splitIsSeededDisjointAndComplete() {
    int n = 50;
    float[] x = new float[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = i;
    }
    DataSet d = DataSet.batched("t", Map.of("x", Tensor.f32(x, n, 1), "y", Tensor.i32(y, n)));
    Batches.Split s = Batches.split(d, 0.2, 3);
    assertEquals(40, s.train().size());
    assertEquals(10, s.validation().size());
    boolean[] seen = new boolean[n];
    for (int v : s.train().field("y").ints()) seen[v] = true;
    for (int v : s.validation().field("y").ints()) {
      assertFalse(seen[v], "in both parts: " + v);
      seen[v] = true;
    }
    for (boolean b : seen) assertEquals(true, b);
    assertArrayEquals(s.validation().field("y").ints(), Batches.split(d, 0.2, 3).validation().field("y").ints());
    assertNotEquals(Arrays.toString(s.validation().field("y").ints()), Arrays.toString(Batches.split(d, 0.2, 4).validation().field("y").ints()));
    int[] v = s.validation().field("y").ints();
    for (int i = 1; i < v.length; i++) assertEquals(true, v[i - 1] < v[i], "kept in order");
    fault(null, () -> Batches.split(d, 1.0, 0), "must be in [0, 1)");
    fault(null, () -> Batches.split(Datasets.karateClub(), 0.5, 0), "cannot split graph data set");
    fault(null, () -> new Batches(10, 0, true, 0), "batch size must be positive");
  }
}
