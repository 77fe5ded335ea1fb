package dev.nnc.ir;

import java.util.Random;
import java.util.function.Supplier;

/**
 * The random initial values of a parameter, drawn when read ({@link Attr.Data}): element by
 * element from {@code java.util.Random(seed * 31 + stream)}, {@code stream} the hash of the
 * parameter's path. The runtime draws them the same way for another seed
 * ({@code dev.nnc.runtime.model.Draw}), so a packaged model can start from any seed.
 *
 * @param kind {@code uniform} in [a, b), {@code normal} of mean a and standard deviation b, or
 *     {@code bernoulli}: 1 with probability a, else 0
 */
public record Draw(String kind, double a, double b, long seed, int stream, int count) implements Supplier<double[]> {
  @Override public double[] get() {
    Random r = new Random(seed * 31 + stream);
    double[] v = new double[count];
    for (int i = 0; i < v.length; i++) {
      v[i] = switch (kind) {
        case "uniform" -> a + (b - a) * r.nextDouble();
        case "normal" -> a + b * r.nextGaussian();
        default -> r.nextDouble() < a ? 1 : 0;
      };
    }
    return v;
  }
}
