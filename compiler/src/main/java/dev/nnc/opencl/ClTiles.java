package dev.nnc.opencl;

import dev.nnc.runtime.opencl.ClDevice;

/** Tile sizes chosen from a device's limits. */
final class ClTiles {
  private ClTiles() {}

  /** The tile of a program written for no device in particular (--emit kernels): what most GPUs and PoCL take. */
  static final int DEFAULT = 16;

  /**
   * The side of the square matmul tile: the largest of 16, 8, 4, 2, 1 whose work-group fits the
   * device's maximum and whose two staged tiles (padded by a column) fit in its local memory.
   */
  static int matmulTile(ClDevice d) {
    for (int t = Integer.getInteger("nnc.opencl.tile", 16); t > 1; t /= 2) {
      if ((long) t * t <= d.maxWorkGroupSize() && 2L * t * (t + 1) * 4 <= d.localMemory()) return t;
    }
    return 1;
  }

  /** The work-group size of one-dimensional kernels: 64 items, or the device's maximum when smaller. */
  static int group(ClDevice d) {
    return (int) Math.min(64, Math.max(1, d.maxWorkGroupSize()));
  }
}
