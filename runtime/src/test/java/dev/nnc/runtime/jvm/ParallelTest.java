package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void chunksCoverTheRangeOnce() {
    for (int n : new int[] {0, 1, 2, 3, 7, 100, 1001}) {
      for (int grain : new int[] {1, 2, 5, 1000}) {
        int[] visits = new int[n];
        List<int[]> chunks = Collections.synchronizedList(new ArrayList<>());
        Parallel.forRange(n, grain, (lo, hi) -> {
          chunks.add(new int[] {lo, hi});
          for (int i = lo; i < hi; i++) visits[i]++;
        });
        int[] once = new int[n];
        Arrays.fill(once, 1);
        assertArrayEquals(once, visits, "n=" + n + " grain=" + grain);
        assertTrue(chunks.size() <= Math.max(1, Parallel.threads()), "at most one chunk per thread");
        for (int[] c : chunks) {
          assertTrue(c[1] - c[0] >= Math.min(grain, n), "chunk " + c[0] + ".." + c[1] + " is smaller than the grain " + grain);
        }
        if (n == 0) assertTrue(chunks.isEmpty(), "n = 0 runs nothing");
      }
    }
  }

  @Test
  void sumsMatchSerial() {
    long[] values = new long[100_003];
    for (int i = 0; i < values.length; i++) values[i] = (i * 2654435761L) % 1_000_003;
    long serial = 0;
    for (long v : values) serial += v;
    for (int round = 0; round < 50; round++) {
      AtomicLong sum = new AtomicLong();
      Parallel.forRange(values.length, 1000, (lo, hi) -> {
        long s = 0;
        for (int i = lo; i < hi; i++) s += values[i];
        sum.addAndGet(s);
      });
      assertEquals(serial, sum.get());
    }
  }

  @Test
  void oneItemRunsOnTheCaller() {
    Thread[] ran = new Thread[1];
    Parallel.forRange(1, 1, (lo, hi) -> {
      assertEquals(0, lo);
      assertEquals(1, hi);
      ran[0] = Thread.currentThread();
    });
    assertSame(Thread.currentThread(), ran[0]);
  }

  @Test
  void exceptionsReachTheCaller() {
    for (int round = 0; round < 20; round++) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(1000, 1, (lo, hi) -> {
        if (hi == 1000) throw new IllegalStateException("last chunk");
      }));
      assertEquals("last chunk", e.getMessage());
    }
    assertThrows(AssertionError.class, () -> Parallel.forRange(10, 1, (lo, hi) -> {
      throw new AssertionError("every chunk");
    }));
    AtomicInteger after = new AtomicInteger();
    Parallel.forRange(1000, 1, (lo, hi) -> after.addAndGet(hi - lo));
    assertEquals(1000, after.get(), "the pool still works after failures");
  }

  @Test
  void nestedCallsFinish() {
    AtomicLong sum = new AtomicLong();
    Parallel.forRange(8, 1, (lo, hi) -> {
      for (int i = lo; i < hi; i++) {
        Parallel.forRange(100, 1, (a, b) -> sum.addAndGet(b - a));
      }
    });
    assertEquals(800, sum.get());
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Parallel.forRange(-1, 1, (lo, hi) -> {}));
    assertThrows(IllegalArgumentException.class, () -> Parallel.forRange(10, 0, (lo, hi) -> {}));
    assertTrue(Parallel.threads() >= 1);
  }
}
