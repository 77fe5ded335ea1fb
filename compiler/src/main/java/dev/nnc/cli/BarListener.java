package dev.nnc.cli;

import dev.nnc.runtime.train.Trainer;

/**
 * The progress bar of a training run, as every kind of `nnc train` draws it: one bar an epoch
 * (when stderr is a terminal and not {@code --quiet}), advanced at every step, closed when the
 * epoch's steps end; and the test hook that asks to stop once a given step has run.
 */
abstract class BarListener implements Trainer.Listener {
  private final boolean bar;
  private final long stopAfterStep;
  private final Interrupt stop;
  private Progress progress;

  BarListener(boolean quiet, long stopAfterStep, Interrupt stop) {
    this.bar = !quiet && Progress.stderrIsTerminal();
    this.stopAfterStep = stopAfterStep;
    this.stop = stop;
  }

  @Override public void epochStarted(int epoch, int epochs, int size, int seen) {
    progress = Progress.start(bar, "epoch " + epoch + "/" + epochs, size, seen);
  }

  @Override public void stepped(long step, int batch, int seen, int size, double meanLoss) {
    progress.step(batch, meanLoss);
    if (step == stopAfterStep) stop.request();
  }

  @Override public void stepsEnded() {
    closeBar();
  }

  /** Closes the bar of the epoch, if one is drawn. */
  void closeBar() {
    if (progress != null) progress.close();
  }
}
