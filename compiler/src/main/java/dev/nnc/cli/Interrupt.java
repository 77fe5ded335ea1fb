package dev.nnc.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C during training. The JVM runs shutdown hooks on SIGINT (and SIGTERM); this one asks the
 * training loop to stop at the next step boundary, waits until the loop has written its checkpoint
 * and said where, then ends the process with exit 3. Tests ask to stop with {@link #request}.
 */
final class Interrupt implements AutoCloseable {
  private volatile boolean requested;
  private volatile boolean saved;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private Interrupt(boolean install) {
    hook = install ? new Thread(this::onShutdown, "nnc-train-interrupt") : null;
    if (hook != null) Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Installs the shutdown hook for the length of one training run. */
  static Interrupt install() {
    return new Interrupt(true);
  }

  /** Asks the loop to stop at the next step boundary, as Ctrl-C does. */
  void request() {
    requested = true;
  }

  boolean requested() {
    return requested;
  }

  /** The loop stopped on request and its checkpoint is written: the hook may end the process. */
  void saved() {
    saved = true;
  }

  /** The run is over (normally, by a fault or stopped): lets a waiting hook go on and removes it. */
  @Override public void close() {
    finished.countDown();
    if (hook == null) return;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook is running and ends the process.
    }
  }

  private void onShutdown() {
    request();
    try {
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (saved) {
      System.out.flush();
      System.err.flush();
      // System.exit cannot run inside a shutdown hook; halt ends the process with the code at once.
      Runtime.getRuntime().halt(Main.FAULT);
    }
  }
}
