package dev.nnc.runtime.jvm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Sums}' run sums with the Vector API: float32 partial sums in the lanes of four
 * vectors, so each lane adds about a thirty-second of the run (with 8 lanes), then the lanes
 * added in double. Against a double sum of every element, a run of n floats of one sign is
 * off by at most about n / 32 float32 roundings of its partial sums (n = 784: about 1.5e-6
 * relative). Only code written for the Vector API refers to this class.
 */
public final class VectorSums {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  private VectorSums() {}

  /** a[from] + ... + a[from + length - 1]. */
  public static double sum(float[] a, int from, int length) {
    int lanes = S.length(), i = from, end = from + length;
    FloatVector v0 = FloatVector.zero(S), v1 = v0, v2 = v0, v3 = v0;
    for (; i + 4 * lanes <= end; i += 4 * lanes) {
      v0 = v0.add(FloatVector.fromArray(S, a, i));
      v1 = v1.add(FloatVector.fromArray(S, a, i + lanes));
      v2 = v2.add(FloatVector.fromArray(S, a, i + 2 * lanes));
      v3 = v3.add(FloatVector.fromArray(S, a, i + 3 * lanes));
    }
    for (; i + lanes <= end; i += lanes) v0 = v0.add(FloatVector.fromArray(S, a, i));
    double s = 0;
    FloatVector v = v0.add(v1).add(v2.add(v3));
    for (int k = 0; k < lanes; k++) s += v.lane(k);
    for (; i < end; i++) s += a[i];
    return s;
  }
}
