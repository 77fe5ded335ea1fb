package dev.nnc.runtime.jvm;

/**
 * A window op and the launches right after it that run with it image by image: each thread
 * takes a block of the batch and, for one image at a time, runs every stage in order (a
 * convolution, its bias and activation, the pooling of the result; or a pooling's scatter,
 * the activation's derivative mask, the next convolution's input gradient...). An image's
 * values, some hundred kilobytes, then pass from one stage to the next in the core's cache
 * instead of each stage streaming the whole batch through memory.
 *
 * Threads claim images one at a time, and a chain allocates nothing.
 *
 * <p>The compiler chains only launches whose every read of a value with the batch axis is of
 * the same image (a window op's input, an elementwise kernel's operands at its own index) and
 * whose writes are all per image, so the order of images between stages changes nothing:
 * each element is computed by the same code from the same values as when the launches run one
 * after another, and the results are the same bit for bit. Where a convolution takes its
 * batch-wide layout ({@link Conv#batchWide}) the stages run one after another, as launches.
 */
final class ImageChain implements Kernel, Parallel.Range {
  /** What stands in the launch sequence for a stage that the chain runs: nothing to do. */
  static final Kernel CHAINED = (buffers, dims, lo, hi) -> {};

  private final WindowKernel first;
  private final Kernel[] stages;
  /** Per stage after the first: the size-table slot of its items per image (a written kernel), or -1 (a window op). */
  private final int[] perImage;

  // The call being run (a program runs one call at a time), and the next image to claim.
  private float[][] buffers;
  private int[] dims;
  private int images;
  private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

  /** {@code first}, then {@code stages} = the launches {@code first.then()} describes, in order. */
  ImageChain(WindowKernel first, Kernel[] stages) {
    if (stages.length != first.then().length) throw new IllegalArgumentException("a chain of " + first.then().length + " stages given " + stages.length);
    this.first = first;
    this.stages = stages.clone();
    this.perImage = first.then();
    for (int i = 0; i < stages.length; i++) {
      if ((perImage[i] < 0) != (stages[i] instanceof WindowKernel)) {
        throw new IllegalArgumentException("stage " + (i + 1) + " of a chain is " + stages[i] + ", not what its entry " + perImage[i] + " says");
      }
    }
  }

  /**
   * One thread's part: images claimed one at a time until none is left, so a thread that is
   * held up (another process on its core) leaves its images to the others. Which thread runs an
   * image changes nothing in its results.
   */
  @Override public void run(int lo, int hi) {
    float[][] buffers = this.buffers;
    int[] dims = this.dims;
    for (int b = next.getAndIncrement(); b < images; b = next.getAndIncrement()) {
      first.runImages(buffers, dims, b, b + 1);
      for (int i = 0; i < stages.length; i++) {
        if (stages[i] instanceof WindowKernel w) {
          w.runImages(buffers, dims, b, b + 1);
        } else {
          int per = dims[perImage[i]];
          stages[i].run(buffers, dims, b * per, (b + 1) * per);
        }
      }
    }
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    int n = first.images(dims);
    boolean imageWise = first.imageWise(dims);
    for (Kernel k : stages) {
      if (k instanceof WindowKernel w) imageWise &= w.imageWise(dims) && w.images(dims) == n;
    }
    if (!imageWise) {
      first.run(buffers, dims, 0, 1);
      for (int i = 0; i < stages.length; i++) {
        if (stages[i] instanceof WindowKernel w) w.run(buffers, dims, 0, 1);
        else Host.launch(stages[i], buffers, dims, n * dims[perImage[i]], 1);
      }
      return;
    }
    this.buffers = buffers;
    this.dims = dims;
    this.images = n;
    next.set(0);
    try {
      Parallel.forRange(Math.min(n, Parallel.threads()), 1, this);
    } finally {
      this.buffers = null;
      this.dims = null;
    }
  }
}
