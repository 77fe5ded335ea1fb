package dev.nnc.runtime.opencl;

/**
 * The host side of a compiled program on OpenCL: its launch sequence, emitted as one
 * straight-line method that enqueues each kernel with its grid from the size table (and runs
 * each loop, which drives its body's kernels from the host). The static methods are what the
 * emitted code calls; a launch over no items enqueues nothing.
 */
public interface ClHost {
  /**
   * Enqueues the program: {@code kernels} by launch, {@code dims} the values of the program's
   * size formulas for this call, {@code loops} the program's loops in launch order.
   */
  void run(ClContext context, long[] kernels, int[] dims, Runnable[] loops);

  /**
   * A one-dimensional kernel over {@code items} items in work-groups of {@code group}: the grid is
   * rounded up to whole groups (the kernels skip the items past their end), so a driver compiles
   * each kernel for one group shape, not one per problem size.
   */
  static void grouped(ClContext context, long kernel, int items, int group, String name) {
    if (items == 0) return;
    context.launch(kernel, 1, (items + (long) group - 1) / group * group, 1, 1, group, 1, 1, name);
  }

  /** A kernel over a grid of {@code g0} items in work-groups of {@code l0}. */
  static void launch(ClContext context, long kernel, int g0, int l0, String name) {
    if (g0 == 0) return;
    context.launch(kernel, 1, g0, 1, 1, l0, 1, 1, name);
  }

  /** A kernel over a grid of {@code g0 x g1} items in work-groups of {@code l0 x l1}. */
  static void launch(ClContext context, long kernel, int g0, int l0, int g1, int l1, String name) {
    if (g0 == 0 || g1 == 0) return;
    context.launch(kernel, 2, g0, g1, 1, l0, l1, 1, name);
  }

  /** A kernel over a grid of {@code g0 x g1 x g2} items in work-groups of {@code l0 x l1 x l2}. */
  static void launch(ClContext context, long kernel, int g0, int l0, int g1, int l1, int g2, int l2, String name) {
    if (g0 == 0 || g1 == 0 || g2 == 0) return;
    context.launch(kernel, 3, g0, g1, g2, l0, l1, l2, name);
  }
}
