package dev.nnc.spark;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Spark's barrier {@code allGather} waits for its reply in whole seconds: in Spark 4.0
 * {@code BarrierTaskContext.runBarrier} loops {@code while (!reply.isCompleted) Thread.sleep(1000)},
 * ignoring an interrupt of the sleep. Every exchange would cost at least a second, more than a
 * step of most models. While a task waits in {@link #allGather}, a waker thread interrupts the
 * task thread's sleep (only while the thread is in a timed wait) every {@link #PERIOD_NANOS}, so
 * it looks at the reply again within that period. Once the exchange returns the task clears
 * any interrupt left over, under the same lock the waker interrupts under, so nothing after the
 * exchange sees one.
 */
final class Waker implements AutoCloseable {
  static final long PERIOD_NANOS = 200_000;

  private final Thread task = Thread.currentThread();
  private final Object lock = new Object();
  private final Thread waker;
  private volatile boolean waiting, closed;

  Waker() {
    waker = new Thread(this::loop, "nnc-spark-waker");
    waker.setDaemon(true);
    waker.start();
  }

  /** {@code gather} of {@code message} on the task's thread, woken as it waits. */
  String[] allGather(String message, Function<String, String[]> gather) {
    synchronized (lock) {
      waiting = true;
    }
    LockSupport.unpark(waker);
    try {
      return gather.apply(message);
    } finally {
      synchronized (lock) {
        waiting = false;
      }
      Thread.interrupted();
    }
  }

  private void loop() {
    while (!closed) {
      if (!waiting) {
        LockSupport.park(this);
        continue;
      }
      synchronized (lock) {
        if (waiting && task.getState() == Thread.State.TIMED_WAITING) task.interrupt();
      }
      LockSupport.parkNanos(this, PERIOD_NANOS);
    }
  }

  @Override public void close() {
    closed = true;
    LockSupport.unpark(waker);
  }
}
