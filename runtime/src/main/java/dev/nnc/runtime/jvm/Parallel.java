package dev.nnc.runtime.jvm;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads that every JVM kernel shares: {@link #threads()} - 1 daemon threads, plus
 * the calling thread, which always takes part. The count is the number of processors, or the
 * system property {@code nnc.threads}.
 *
 * <p>A call splits its range into contiguous chunks that the caller and the workers claim one
 * at a time, so a chunk whose worker has not woken yet is done by whoever is free first. A
 * call made from inside a chunk runs inline, so nested calls cannot deadlock, and so does a
 * call made while another thread's call has the workers. Calls allocate nothing: the one job
 * is reused, and the threads wait by parking.
 */
public final class Parallel {
  /** A body that handles items [lo, hi) of a range. */
  public interface Range {
    void run(int lo, int hi);
  }

  private static final int THREADS = threadCount();
  private static final Worker[] WORKERS = new Worker[THREADS - 1];
  /** The one job the workers serve; a caller that finds it taken runs its range on its own thread. */
  private static final Job JOB = new Job();
  private static final AtomicBoolean TAKEN = new AtomicBoolean();

  static {
    for (int i = 0; i < WORKERS.length; i++) {
      WORKERS[i] = new Worker("nnc-worker-" + (i + 1));
      WORKERS[i].setDaemon(true);
      WORKERS[i].start();
    }
  }

  private Parallel() {}

  /** How many threads run a call at most, the caller included. */
  public static int threads() {
    return THREADS;
  }

  /**
   * Runs {@code body} over [0, n) in at most {@link #threads()} contiguous chunks of at least
   * {@code grain} items each, and returns when all are done. The first exception thrown by a
   * chunk is rethrown here, after the other chunks have finished or been skipped. A call
   * allocates nothing.
   */
  public static void forRange(int n, int grain, Range body) {
    run(n, grain, body, null, null, null);
  }

  /** {@link #forRange} over a kernel's items: {@code kernel.run(buffers, dims, lo, hi)} per chunk, without a lambda to allocate. */
  public static void forKernel(int n, int grain, Kernel kernel, float[][] buffers, int[] dims) {
    run(n, grain, null, kernel, buffers, dims);
  }

  private static void run(int n, int grain, Range body, Kernel kernel, float[][] buffers, int[] dims) {
    if (n < 0 || grain < 1) throw new IllegalArgumentException("forRange(" + n + ", " + grain + ")");
    int chunks = Math.min(THREADS, n / grain);
    if (chunks <= 1 || Thread.currentThread() instanceof Worker || !TAKEN.compareAndSet(false, true)) {
      if (n > 0) {
        if (body != null) body.run(0, n);
        else kernel.run(buffers, dims, 0, n);
      }
      return;
    }
    try {
      JOB.start(n, chunks, body, kernel, buffers, dims);
      for (Worker w : WORKERS) LockSupport.unpark(w);
      JOB.help();
      JOB.await();
    } finally {
      JOB.clear();
      TAKEN.set(false);
    }
  }

  private static int threadCount() {
    String value = System.getProperty("nnc.threads");
    if (value == null) return Runtime.getRuntime().availableProcessors();
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("nnc.threads must be a positive integer, found \"" + value + "\"");
  }

  /** A worker: sleeps until a call starts a job, helps with it, and sleeps again; the type tells a nested call to run inline. */
  private static final class Worker extends Thread {
    Worker(String name) {
      super(name);
    }

    @Override public void run() {
      long seen = 0;
      while (true) {
        long generation = JOB.generation();
        if (generation == seen) {
          LockSupport.park(this);
          continue;
        }
        seen = generation;
        JOB.help();
      }
    }
  }

  /**
   * The job of the current call. Its state is one word: the call's generation (high 32 bits),
   * its chunk count (16 bits) and the next chunk to claim (16 bits), so a worker that claims a
   * chunk claims it of the call it read, and reads that call's fields: a call's fields change
   * only after all its chunks are done.
   */
  private static final class Job {
    private final AtomicLong state = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int n, chunks;
    private Range body;
    private Kernel kernel;
    private float[][] buffers;
    private int[] dims;
    private volatile Thread caller;

    long generation() { return state.get() >>> 32; }

    void start(int n, int chunks, Range body, Kernel kernel, float[][] buffers, int[] dims) {
      this.n = n;
      this.chunks = chunks;
      this.body = body;
      this.kernel = kernel;
      this.buffers = buffers;
      this.dims = dims;
      caller = Thread.currentThread();
      done.set(0);
      failure.set(null);
      state.set(((generation() + 1) << 32) | ((long) chunks << 16)); // publishes the fields above
    }

    /** Runs chunks of the current call until none is left to claim. */
    void help() {
      while (true) {
        long s = state.get();
        int c = (int) (s & 0xFFFF), count = (int) ((s >>> 16) & 0xFFFF);
        if (c >= count) return;
        if (!state.compareAndSet(s, s + 1)) continue;
        if (failure.get() == null) { // skip the rest once one chunk has failed
          try {
            int lo = (int) ((long) n * c / count), hi = (int) ((long) n * (c + 1) / count);
            if (body != null) body.run(lo, hi);
            else kernel.run(buffers, dims, lo, hi);
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          }
        }
        if (done.incrementAndGet() == count) LockSupport.unpark(caller);
      }
    }

    /** Waits for every chunk (the chunks use the caller's data), then rethrows a failure. */
    void await() {
      int spins = 0;
      while (done.get() < chunks) {
        if (++spins < 1000) Thread.onSpinWait();
        else LockSupport.park(this);
      }
      Throwable t = failure.get();
      if (t instanceof RuntimeException r) throw r;
      if (t instanceof Error e) throw e;
      if (t != null) throw new IllegalStateException(t);
    }

    /** Drops the call's references, so a finished call keeps nothing alive. */
    void clear() {
      body = null;
      kernel = null;
      buffers = null;
      dims = null;
    }
  }
}
