package dev.nnc.runtime;

/**
 * The counter-based random numbers every backend computes bit for bit: each element a pure
 * function of (seed, stream, step, element index), so a run resumed at a step draws what the
 * uninterrupted run drew, on any backend.
 *
 * <p>The generator is Philox-4x32-10 (Salmon, Moraes, Dror, Shaw: "Parallel random numbers: as
 * easy as 1, 2, 3", SC 2011), written from the paper's description and checked against the
 * known-answer vectors of Random123 ({@code tests/kat_vectors}). One call per element:
 *
 * <pre>
 *   key     = (seed, stream)                                  two unsigned 32-bit words
 *   counter = (index lo, index hi, step lo, step hi)          index: row-major element index
 *   (o0, o1, o2, o3) = philox4x32_10(counter, key)
 *   uniform f64 = (o0 &lt;&lt; 21 | o1 &gt;&gt;&gt; 11) * 2^-53          53 bits, in [0, 1)
 *   uniform f32 = (o0 &gt;&gt;&gt; 8) * 2^-24                      24 bits, exact in float, in [0, 1)
 *   normal      = sqrt(-2 ln(1 - u1)) * cos(2 pi u2)          Box-Muller, u1 from (o0, o1), u2 from
 *                                                             (o2, o3) as above (f32: o0 and o2)
 * </pre>
 */
public final class Philox {
  private Philox() {}

  private static final int M0 = 0xD2511F53, M1 = 0xCD9E8D57; // round multipliers
  private static final int W0 = 0x9E3779B9, W1 = 0xBB67AE85; // key schedule (Weyl) increments
  private static final long MASK = 0xFFFFFFFFL;

  /** Philox-4x32 with 10 rounds: four 32-bit words from a 4-word counter and a 2-word key. */
  public static int[] philox4x32x10(int c0, int c1, int c2, int c3, int k0, int k1) {
    for (int round = 0; round < 10; round++) {
      if (round > 0) {
        k0 += W0;
        k1 += W1;
      }
      long p0 = (M0 & MASK) * (c0 & MASK);
      long p1 = (M1 & MASK) * (c2 & MASK);
      int n0 = (int) (p1 >>> 32) ^ c1 ^ k0;
      int n2 = (int) (p0 >>> 32) ^ c3 ^ k1;
      c1 = (int) p1;
      c3 = (int) p0;
      c0 = n0;
      c2 = n2;
    }
    return new int[] {c0, c1, c2, c3};
  }

  /** The four words for one element. */
  public static int[] words(long seed, long stream, long step, long index) {
    return philox4x32x10((int) index, (int) (index >>> 32), (int) step, (int) (step >>> 32), (int) seed, (int) stream);
  }

  /** One element's value: uniform in [0, 1) or standard normal, at float32 or float64 resolution. */
  public static double sample(boolean normal, boolean single, long seed, long stream, long step, long index) {
    int[] o = words(seed, stream, step, index);
    double u1 = single ? unit24(o[0]) : unit53(o[0], o[1]);
    if (!normal) return u1;
    double u2 = single ? unit24(o[2]) : unit53(o[2], o[3]);
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** A float32 element, as a JVM kernel computes it: the same value, rounded once. */
  public static float sampleF32(boolean normal, long seed, long stream, float step, int index) {
    return (float) sample(normal, true, seed, stream, (long) step, index);
  }

  /** A double in [0, 1) from the high 53 bits of hi:lo. */
  public static double unit53(int hi, int lo) {
    return (((hi & MASK) << 21) | ((lo & MASK) >>> 11)) * 0x1p-53;
  }

  /** A float in [0, 1) from the high 24 bits of a word. */
  public static double unit24(int word) {
    return (word >>> 8) * 0x1p-24;
  }
}
