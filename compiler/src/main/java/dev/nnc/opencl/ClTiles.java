package dev.nnc.opencl;

import dev.nnc.runtime.opencl.ClDevice;
import dev.nnc.shape.Dim;

/** Tile sizes chosen from a device's limits. */
final class ClTiles {
  private ClTiles() {}

  /**
   * What shapes a kernel: whether the device is a GPU, its largest work-group, local memory in
   * bytes and preferred float vector width.
   */
  record Limits(boolean gpu, long maxWorkGroupSize, long localMemory, int vectorWidth) {
    static Limits of(ClDevice d) {
      return new Limits(d.gpu(), d.maxWorkGroupSize(), d.localMemory(), d.floatVectorWidth());
    }

    /** The work-group size of one-dimensional kernels: 64 items, or the device's maximum when smaller. */
    int group() {
      return (int) Math.min(64, Math.max(1, maxWorkGroupSize));
    }
  }

  /** The limits of a program written for no device in particular (--emit kernels): a GPU's. */
  static final Limits ANY = new Limits(true, 256, 32 * 1024, 1);

  /**
   * A product's tile: work-groups of {@code gx x gy} items, each computing {@code rm} rows of
   * {@code rn} adjacent results (one vector), over a {@code tm x tn} tile of the result, staging
   * {@code tk}-deep slices of the operands in local memory.
   */
  record Tile(int gx, int gy, int rm, int rn, int tk) {
    int tm() { return gy * rm; }

    int tn() { return gx * rn; }
  }

  /**
   * The tile of an M x N product. Each item computes {@code rm} rows of one vector of the
   * device's preferred width (4 to 8: a GPU that prefers scalars still gains from 4 in
   * registers). On a GPU, work-groups of 16 x 16 items of 4 rows, 16 deep: many small groups
   * keep its cores busy. On a CPU an item is an iteration of a loop the driver writes around the
   * kernel and a barrier ends such a loop, so fewer items do more each: 8 x 8 items of 8 rows,
   * 128 deep (on PoCL that trains AlexNet half again as fast as the GPU shape). Where a side's
   * size is a constant smaller than the tile, the tile shrinks to the power of two that covers it
   * (a convolution with one output channel does not compute 63 rows for nothing); the work-group
   * then halves until the device takes it, and the slices halve until both fit in half its
   * local memory.
   */
  static Tile product(Limits limits, Dim m, Dim n) {
    int items = limits.gpu() ? 16 : 8, rows = limits.gpu() ? 4 : 8;
    int width = Math.max(4, Math.min(8, Integer.highestOneBit(Math.max(1, limits.vectorWidth()))));
    int rm = Math.min(rows, cover(m, rows)), rn = Math.min(width, cover(n, width));
    int gy = Math.max(1, Math.min(items, cover(m, items * rm) / rm));
    int gx = Math.max(1, Math.min(items, cover(n, items * rn) / rn));
    while ((long) gx * gy > limits.maxWorkGroupSize() && gx * gy > 1) {
      if (gx >= gy) gx /= 2; else gy /= 2;
    }
    int tk = limits.gpu() ? 16 : 128;
    while (tk > 1 && 4L * tk * (gy * rm + gx * rn) > limits.localMemory() / 2) tk /= 2;
    return new Tile(gx, gy, rm, rn, tk);
  }

  /** The power of two that covers a constant size, or {@code most} when the size is symbolic or not smaller. */
  private static int cover(Dim d, int most) {
    if (!d.isConstant() || d.constant() >= most) return most;
    return Integer.highestOneBit((int) Math.max(1, d.constant()) * 2 - 1);
  }

  /**
   * The shape of an attention kernel ({@link dev.nnc.kernel.Lowering#attention}): work-groups of {@link
   * Limits#group} query rows, and blocks of keys whose keys and values fill at most half the
   * device's local memory (32 keys, halved until they fit).
   */
  static int[] attention(Limits limits, dev.nnc.plan.LaunchPlan.Attention a) {
    java.util.List<Dim> od = a.out().type().dims();
    long e = a.scores().input(0).type().dim(od.size() - 1).constant(), f = od.get(od.size() - 1).constant();
    int block = 32;
    while (block > 1 && block * (e + f) * 4 > limits.localMemory() / 2) block /= 2;
    return new int[] {limits.group(), block};
  }
}
