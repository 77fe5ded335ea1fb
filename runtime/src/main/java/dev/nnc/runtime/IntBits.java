package dev.nnc.runtime;

/**
 * The host side of {@code i32} buffers. A compiled program keeps an i32 tensor as 32-bit
 * integers: on OpenCL an {@code int} buffer, on the JVM a buffer of 32-bit cells each holding
 * an int's bits ({@link Float#intBitsToFloat}), the same bytes, exact over the whole int range
 * where a float32 is exact only to 2^24. Callers pass and receive tensors as float values (a
 * label 3 as 3.0f); these convert between the two at the program's boundary.
 */
public final class IntBits {
  private IntBits() {}

  /** The first n values as ints' bits, into {@code into} (truncated toward zero, saturating, as a cast to i32). */
  public static float[] of(float[] values, float[] into, int n) {
    for (int i = 0; i < n; i++) into[i] = Float.intBitsToFloat((int) values[i]);
    return into;
  }

  /** The first n cells of ints' bits as float values, into {@code into}. */
  public static float[] values(float[] bits, float[] into, int n) {
    for (int i = 0; i < n; i++) into[i] = Float.floatToRawIntBits(bits[i]);
    return into;
  }

  /** One int as a cell of its bits. */
  public static float cell(int v) {
    return Float.intBitsToFloat(v);
  }
}
