package dev.nnc.runtime.data;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out so that the numbers never depend on the
 * JDK: value {@code i} of a stream is {@code mix(key + (i + 1) * GOLDEN)}, so a stream is a pure
 * function of its key and counter, and a key is derived from (seed, purpose, epoch, ...).
 */
public final class SplitMix {
  static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private long state;

  private SplitMix(long key) {
    this.state = key;
  }

  /** The stream for a key derived from these numbers, in order. */
  public static SplitMix of(long... keys) {
    long k = 0x6a09e667f3bcc909L;
    for (long x : keys) k = mix(k ^ mix(x + GOLDEN));
    return new SplitMix(k);
  }

  /** The SplitMix64 finalizer: a bijection that mixes every bit into every other. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    return mix(state += GOLDEN);
  }

  /** Uniform in {@code [0, bound)}; the bias is below bound / 2^32. */
  public int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound " + bound);
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in {@code [0, 1)} with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Standard normal by the Box-Muller transform, two uniforms per value (no cached second value). */
  public double nextGaussian() {
    double u = 1 - nextDouble(); // (0, 1], so the log is finite
    double v = nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A uniformly random permutation of {@code 0..n-1} (Fisher-Yates). */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
