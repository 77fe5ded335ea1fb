package dev.nnc.runtime.jvm;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The worker threads that every JVM kernel shares: {@link #threads()} - 1 daemon threads, plus
 * the calling thread, which always takes part. The count is the number of processors, or the
 * system property {@code nnc.threads}.
 *
 * <p>A call splits its range into contiguous chunks that the caller and the workers claim one
 * at a time, so a chunk whose worker has not woken yet is done by whoever is free first. A
 * call made from inside a chunk runs inline, so nested calls cannot deadlock.
 */
public final class Parallel {
  /** A body that handles items [lo, hi) of a range. */
  public interface Range {
    void run(int lo, int hi);
  }

  private static final int THREADS = threadCount();
  private static final BlockingQueue<Job> QUEUE = new LinkedBlockingQueue<>();

  static {
    for (int i = 1; i < THREADS; i++) {
      Thread worker = new Worker(Parallel::work, "nnc-worker-" + i);
      worker.setDaemon(true);
      worker.start();
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
   * chunk is rethrown here, after the other chunks have finished or been skipped.
   */
  public static void forRange(int n, int grain, Range body) {
    if (n < 0 || grain < 1) throw new IllegalArgumentException("forRange(" + n + ", " + grain + ")");
    int chunks = Math.min(THREADS, n / grain);
    if (chunks <= 1 || Thread.currentThread() instanceof Worker) {
      if (n > 0) body.run(0, n);
      return;
    }
    Job job = new Job(n, chunks, body);
    for (int i = 1; i < chunks; i++) QUEUE.add(job);
    job.help();
    job.await();
  }

  /** A worker's loop: help with each job it is handed, forever. */
  private static void work() {
    while (true) {
      try {
        QUEUE.take().help();
      } catch (InterruptedException e) {
        // Workers live as long as the JVM; nothing should interrupt them.
      }
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

  /** The worker threads; the type tells a nested call to run inline. */
  private static final class Worker extends Thread {
    Worker(Runnable loop, String name) {
      super(loop, name);
    }
  }

  /** One call of {@link #forRange}: its chunks, the next one to claim, and the first failure. */
  private static final class Job {
    private final int n;
    private final int chunks;
    private final Range body;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch finished;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Job(int n, int chunks, Range body) {
      this.n = n;
      this.chunks = chunks;
      this.body = body;
      this.finished = new CountDownLatch(chunks);
    }

    /** Runs chunks until none is left to claim. */
    void help() {
      for (int c; (c = next.getAndIncrement()) < chunks; finished.countDown()) {
        if (failure.get() != null) continue; // skip the rest once one chunk has failed
        try {
          body.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    }

    /** Waits for every chunk, even if interrupted (the chunks still use the caller's data), then rethrows a failure. */
    void await() {
      boolean interrupted = false;
      while (true) {
        try {
          finished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
      Throwable t = failure.get();
      if (t instanceof RuntimeException r) throw r;
      if (t instanceof Error e) throw e;
      if (t != null) throw new IllegalStateException(t);
    }
  }
}
