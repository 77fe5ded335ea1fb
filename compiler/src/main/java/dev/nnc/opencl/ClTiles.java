package dev.nnc.opencl;

import dev.nnc.runtime.opencl.ClDevice;

/** Tile sizes chosen from a device's limits. */
final class ClTiles {
  private ClTiles() {}

  /**
   * The side of the square matmul tile: the largest of 16, 8, 4, 2, 1 whose work-group fits the
   * device's maximum and whose two staged tiles (padded by a column) fit in its local memory.
   */
  static int matmulTile(ClDevice d) {
    for (int t = 16; t > 1; t /= 2) {
      if ((long) t * t <= d.maxWorkGroupSize() && 2L * t * (t + 1) * 4 <= d.localMemory()) return t;
    }
    return 1;
  }
}
