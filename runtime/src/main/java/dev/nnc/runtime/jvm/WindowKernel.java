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
 */
public record WindowKernel(Op op, int first, int second, int out, int[] sizes, int[] window)
    implements Kernel, ProgramImage.Launch {
  /** The ops it runs: each names a method of {@link Conv} or {@link Pool}. */
  public enum Op { CONV2D, CONV2D_INPUT_GRAD, CONV2D_WEIGHT_GRAD, MAX_POOL2D, MAX_POOL2D_SCATTER, MAX_POOL2D_GATHER }

  public WindowKernel {
    if (sizes.length != 9 || window.length != 7) throw new IllegalArgumentException("a window kernel takes 9 sizes and 7 window numbers");
    sizes = sizes.clone();
    window = window.clone();
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
