package dev.nnc.runtime.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run sums of reduction kernels against a float64 sum of every element. */
class SumsTest {
  @Test
  void runsOfEveryLengthAndOffset() {
    Random random = new Random(3);
    float[] a = new float[2000];
    for (int i = 0; i < a.length; i++) a[i] = random.nextFloat() * 2 - 1;
    for (int from : new int[] {0, 1, 7, 13}) {
      for (int length = 0; length <= 1000; length += length < 70 ? 1 : 97) {
        double expect = 0, magnitude = 0;
        for (int i = from; i < from + length; i++) {
          expect += a[i];
          magnitude += Math.abs(a[i]);
        }
        String where = "from " + from + ", length " + length;
        assertEquals(expect, Sums.sum(a, from, length), 1e-12 * (1 + magnitude), where);
        // float32 partial sums of about length / 32 elements each: a few roundings of the magnitude
        double err = Math.abs(VectorSums.sum(a, from, length) - expect);
        assertTrue(err <= 1e-6 * (1 + magnitude), where + ": off by " + err);
      }
    }
  }

  @Test
  void bytesOutsideTheRunAreNotRead() {
    float[] a = {Float.NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, Float.NaN};
    assertEquals(153.0, Sums.sum(a, 1, 17));
    assertEquals(153.0, VectorSums.sum(a, 1, 17));
  }
}
