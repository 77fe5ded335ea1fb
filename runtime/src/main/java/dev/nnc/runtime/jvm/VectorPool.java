package dev.nnc.runtime.jvm;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Pool}'s 2x2 windows of stride 2 a vector of windows at a time, without branches: the
 * four elements of a vector's windows are gathered (one table of window offsets per plane
 * shape), and the window's argmax is found as {@link Pool}'s rule has it. The rule (the first
 * NaN, else the first of the largest, comparing with {@code >}) picks the first element that is
 * a NaN or, when there is none, the first that equals ({@code ==}) the window's maximum: the
 * elements before it are then all strictly smaller. The maximum itself may be computed in any
 * order, since {@code ==} does not tell -0 from 0. Windows past the last whole vector of a
 * plane are left to the caller.
 *
 * <p>Only {@link Pool} refers to this class, and only when the module is in the boot layer.
 */
final class VectorPool {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private VectorPool() {}

  /** How many windows of a plane of oh × ow the vector loops compute: the whole vectors. */
  static int vectorWindows(int oh, int ow) {
    return oh * ow / L * L;
  }

  /** y at the first {@link #vectorWindows} windows of planes [lo, hi) of x [.., h, w]. */
  static void forward(float[] x, float[] y, int h, int w, int oh, int ow, int lo, int hi) {
    Scratch s = SCRATCH.get();
    int[] at = s.offsets(w, oh, ow);
    int full = vectorWindows(oh, ow);
    for (int plane = lo; plane < hi; plane++) {
      int xb = plane * h * w, yb = plane * oh * ow;
      for (int k = 0; k < full; k += L) {
        FloatVector a = FloatVector.fromArray(S, x, xb, at, k), b = FloatVector.fromArray(S, x, xb + 1, at, k);
        FloatVector c = FloatVector.fromArray(S, x, xb + w, at, k), d = FloatVector.fromArray(S, x, xb + w + 1, at, k);
        FloatVector m = a.max(b).max(c.max(d));
        // Later blends override earlier ones, so the first chosen element wins.
        d.blend(c, chosen(c, m)).blend(b, chosen(b, m)).blend(a, chosen(a, m)).intoArray(y, yb + k);
      }
    }
  }

  /**
   * out at the four elements of the first {@link #vectorWindows} windows of planes [lo, hi):
   * the window's g at its argmax, zero elsewhere. The windows must tile the planes (h = 2·oh, w = 2·ow).
   */
  static void scatter(float[] x, float[] g, float[] out, int h, int w, int oh, int ow, int lo, int hi) {
    Scratch s = SCRATCH.get();
    int[] at = s.offsets(w, oh, ow);
    float[] t = s.lanes;
    int full = vectorWindows(oh, ow);
    FloatVector zero = FloatVector.zero(S);
    for (int plane = lo; plane < hi; plane++) {
      int xb = plane * h * w, gb = plane * oh * ow;
      for (int k = 0; k < full; k += L) {
        FloatVector a = FloatVector.fromArray(S, x, xb, at, k), b = FloatVector.fromArray(S, x, xb + 1, at, k);
        FloatVector c = FloatVector.fromArray(S, x, xb + w, at, k), d = FloatVector.fromArray(S, x, xb + w + 1, at, k);
        FloatVector m = a.max(b).max(c.max(d));
        FloatVector v = FloatVector.fromArray(S, g, gb + k);
        VectorMask<Float> ca = chosen(a, m), cb = chosen(b, m).and(ca.not()), before = ca.or(cb);
        VectorMask<Float> cc = chosen(c, m).and(before.not());
        VectorMask<Float> cd = before.or(cc).not();
        zero.blend(v, ca).intoArray(t, 0);
        zero.blend(v, cb).intoArray(t, L);
        zero.blend(v, cc).intoArray(t, 2 * L);
        zero.blend(v, cd).intoArray(t, 3 * L);
        for (int l = 0; l < L; l++) {
          int e = xb + at[k + l];
          out[e] = t[l];
          out[e + 1] = t[L + l];
          out[e + w] = t[2 * L + l];
          out[e + w + 1] = t[3 * L + l];
        }
      }
    }
  }

  /** The lanes where e is a NaN or equals the window's maximum m (no lane equals a NaN maximum). */
  private static VectorMask<Float> chosen(FloatVector e, FloatVector m) {
    return e.test(VectorOperators.IS_NAN).or(e.eq(m));
  }

  /** One thread's table of window offsets (for the last plane shape) and lanes to scatter from. */
  private static final class Scratch {
    private int w = -1, oh = -1, ow = -1;
    private int[] offsets = new int[0];
    final float[] lanes = new float[4 * L];

    /** Window k = i·ow + j of a plane starts at 2i·w + 2j. */
    int[] offsets(int w, int oh, int ow) {
      if (w != this.w || oh != this.oh || ow != this.ow) {
        offsets = new int[oh * ow];
        for (int i = 0, k = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++, k++) offsets[k] = 2 * i * w + 2 * j;
        }
        this.w = w;
        this.oh = oh;
        this.ow = ow;
      }
      return offsets;
    }
  }
}
