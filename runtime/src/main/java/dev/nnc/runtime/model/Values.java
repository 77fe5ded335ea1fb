package dev.nnc.runtime.model;

/**
 * Conversions between the arrays of the typed API and the float32 values devices run on: integer
 * labels and booleans travel as floats (their values, 1 for true), as compiled programs take them.
 */
final class Values {
  private Values() {}

  /** An array of the typed API ({@code float[]}, {@code int[]}, {@code boolean[]}, {@code double[]}) as floats. */
  static float[] floats(String name, Object array) {
    if (array instanceof float[] f) return f;
    if (array instanceof int[] a) {
      float[] f = new float[a.length];
      for (int i = 0; i < f.length; i++) f[i] = a[i];
      return f;
    }
    if (array instanceof boolean[] a) {
      float[] f = new float[a.length];
      for (int i = 0; i < f.length; i++) f[i] = a[i] ? 1 : 0;
      return f;
    }
    if (array instanceof double[] a) {
      float[] f = new float[a.length];
      for (int i = 0; i < f.length; i++) f[i] = (float) a[i];
      return f;
    }
    throw new IllegalArgumentException("`" + name + "` must be a float[], int[] or boolean[], found "
        + (array == null ? "null" : array.getClass().getSimpleName()));
  }

  static int[] ints(float[] f) {
    int[] out = new int[f.length];
    for (int i = 0; i < out.length; i++) out[i] = Math.round(f[i]);
    return out;
  }

  static boolean[] booleans(float[] f) {
    boolean[] out = new boolean[f.length];
    for (int i = 0; i < out.length; i++) out[i] = f[i] != 0;
    return out;
  }
}
