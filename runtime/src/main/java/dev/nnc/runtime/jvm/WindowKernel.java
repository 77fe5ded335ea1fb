package dev.nnc.runtime.jvm;

/**
 * A convolution or max pooling (and their gradients' companions) on the runtime's float32
 * kernels ({@link Conv}, {@link Pool}): the geometry's sizes from the size table, its window
 * as numbers.
 *
 * @param first the buffer slot of the first input; {@code second} of the second (-1 for none),
 *     {@code out} of the result
 * @param sizes the slots in the size table of n, c, h, w (the input's shape), o, oh, ow (the
 *     output's) and kh, kw, in that order
 * @param window the strides sh, sw, paddings ph, pw, dilations dh, dw and the group count, in that order
 * @param then the launches right after this one that run with it image by image ({@link ImageChain}),
 *     one entry each: for a written elementwise kernel the slot in the size table of its items per
 *     image, for a window op -1; empty when this launch runs alone
 */
public record WindowKernel(Op op, int first, int second, int out, int[] sizes, int[] window, int[] then)
    implements Kernel, ProgramImage.Launch {
  /** The ops it runs: each names a method of {@link Conv} or {@link Pool}. */
  public enum Op { CONV2D, CONV2D_INPUT_GRAD, CONV2D_WEIGHT_GRAD, MAX_POOL2D, MAX_POOL2D_SCATTER, MAX_POOL2D_GATHER }

  public WindowKernel {
    if (sizes.length != 9 || window.length != 7) throw new IllegalArgumentException("a window kernel takes 9 sizes and 7 window numbers");
    sizes = sizes.clone();
    window = window.clone();
    then = then.clone();
  }

  /** A window op that runs alone. */
  public WindowKernel(Op op, int first, int second, int out, int[] sizes, int[] window) {
    this(op, first, second, out, sizes, window, new int[0]);
  }

  /** Whether the op can run image by image ({@link #runImages}): a convolution or pooling pass whose images are independent. */
  public static boolean imageWise(Op op) {
    return op == Op.CONV2D || op == Op.CONV2D_INPUT_GRAD || op == Op.MAX_POOL2D || op == Op.MAX_POOL2D_SCATTER;
  }

  /** The batch size n of the current call. */
  int images(int[] d) {
    return d[sizes[0]];
  }

  /**
   * Whether, with these sizes, {@link #runImages} computes what {@link #run} does: the op is
   * {@link #imageWise} and a convolution takes its per-image layout ({@link Conv#batchWide}).
   */
  boolean imageWise(int[] d) {
    if (!imageWise(op)) return false;
    if (op == Op.MAX_POOL2D || op == Op.MAX_POOL2D_SCATTER) return true;
    return !Conv.batchWide(d[sizes[0]], d[sizes[1]], d[sizes[7]], d[sizes[8]], d[sizes[5]], d[sizes[6]]);
  }

  /** Images [lo, hi) of what {@link #run} computes, on the calling thread; only where {@link #imageWise(int[])}. */
  void runImages(float[][] b, int[] d, int lo, int hi) {
    float[] a = b[first], z = second >= 0 ? b[second] : null, r = b[out];
    int n = d[sizes[0]], c = d[sizes[1]], h = d[sizes[2]], w = d[sizes[3]], o = d[sizes[4]], oh = d[sizes[5]],
        ow = d[sizes[6]], kh = d[sizes[7]], kw = d[sizes[8]];
    int sh = window[0], sw = window[1], ph = window[2], pw = window[3], dh = window[4], dw = window[5], groups = window[6];
    switch (op) {
      case CONV2D -> Conv.forwardImages(a, z, r, n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups, lo, hi);
      case CONV2D_INPUT_GRAD -> Conv.inputGradImages(a, z, r, n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups, lo, hi);
      case MAX_POOL2D -> Pool.maxForwardPlanes(a, r, n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw, lo * c, hi * c);
      case MAX_POOL2D_SCATTER -> Pool.maxScatterPlanes(a, z, r, n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw, lo * c, hi * c);
      default -> throw new IllegalStateException(op + " does not run image by image");
    }
  }

  @Override public void run(float[][] b, int[] d, int lo, int hi) {
    float[] a = b[first], z = second >= 0 ? b[second] : null, r = b[out];
    int n = d[sizes[0]], c = d[sizes[1]], h = d[sizes[2]], w = d[sizes[3]], o = d[sizes[4]], oh = d[sizes[5]],
        ow = d[sizes[6]], kh = d[sizes[7]], kw = d[sizes[8]];
    int sh = window[0], sw = window[1], ph = window[2], pw = window[3], dh = window[4], dw = window[5], groups = window[6];
    switch (op) {
      case CONV2D -> Conv.forward(a, z, r, n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
      case CONV2D_INPUT_GRAD -> Conv.inputGrad(a, z, r, n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
      case CONV2D_WEIGHT_GRAD -> Conv.weightGrad(a, z, r, n, c, h, w, o, kh, kw, oh, ow, sh, sw, ph, pw, dh, dw, groups);
      case MAX_POOL2D -> Pool.maxForward(a, r, n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
      case MAX_POOL2D_SCATTER -> Pool.maxScatter(a, z, r, n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
      case MAX_POOL2D_GATHER -> Pool.maxGather(a, z, r, n, c, h, w, oh, ow, kh, kw, sh, sw, ph, pw);
    }
  }
}
