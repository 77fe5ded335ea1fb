package dev.nnc.runtime.jvm;

/**
 * scatter_add(x, idx, src, axis): x with src's slices added at idx along axis. Indices may
 * repeat, so it runs on one thread, in order: the sum comes out the same every run.
 *
 * @param x the buffer slot of x; {@code idx}, {@code src} and {@code out} likewise
 * @param outer the slot in the size table of the product of x's sizes before the axis;
 *     {@code length} the axis's size, {@code inner} the product after it, {@code picks} idx's size
 */
public record ScatterAddKernel(int x, int idx, int src, int out, int outer, int length, int inner, int picks)
    implements Kernel, ProgramImage.Launch {
  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    int outerN = dims[outer], n = dims[length], innerN = dims[inner], k = dims[picks];
    float[] base = buffers[x], at = buffers[idx], add = buffers[src], result = buffers[out];
    if (base != result) System.arraycopy(base, 0, result, 0, outerN * n * innerN); // else in place
    for (int o = 0; o < outerN; o++) {
      for (int j = 0; j < k; j++) {
        int pick = Fn.index(Float.floatToRawIntBits(at[j]), n); // an i32 buffer holds each int's bits
        int to = (o * n + pick) * innerN, from = (o * k + j) * innerN;
        for (int r = 0; r < innerN; r++) result[to + r] += add[from + r];
      }
    }
  }
}
