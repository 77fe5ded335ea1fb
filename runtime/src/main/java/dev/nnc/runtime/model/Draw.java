package dev.nnc.runtime.model;

import java.util.Random;

/**
 * How a value of a packaged model's initial state depends on the seed, so that a session can
 * start from another seed than the train block's ({@link ModelFile#state(long)}): drawn element by
 * element from {@code java.util.Random(seed * 31 + stream)}, as the compiler draws a parameter's
 * random initializer ({@code stream} is the hash of the parameter's path), then rounded to float32;
 * or computed from such draws in a way the runtime cannot redo. A value without a {@code Draw}
 * does not depend on the seed.
 *
 * @param kind {@link Kind#UNIFORM} in [a, b), {@link Kind#NORMAL} of mean a and standard deviation b
 */
public record Draw(String name, Kind kind, double a, double b, int stream) {
  /** How the values are drawn. */
  public enum Kind { UNIFORM, NORMAL, COMPUTED }

  /** The {@code count} values for {@code seed}; not for {@link Kind#COMPUTED}. */
  public float[] values(long seed, int count) {
    if (kind == Kind.COMPUTED) throw new IllegalStateException(name + " is computed from its draws");
    Random r = new Random(seed * 31 + stream);
    float[] v = new float[count];
    for (int i = 0; i < v.length; i++) v[i] = (float) (kind == Kind.UNIFORM ? a + (b - a) * r.nextDouble() : a + b * r.nextGaussian());
    return v;
  }
}
