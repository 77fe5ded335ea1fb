package dev.nnc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar of one epoch on stderr: samples done, the running loss, samples per second and
 * the time left. Does nothing when off (stderr is not a terminal, or --quiet).
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private boolean closed;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code total} samples of which {@code done} are already seen (a resumed epoch). */
  static Progress start(boolean on, String task, long total, long done) {
    if (!on) return new Progress(null);
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .startsFrom(done, Duration.ZERO)
        .setUnit(" samples", 1)
        .showSpeed(new DecimalFormat("#,##0"))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish()
        .build();
    return new Progress(bar);
  }

  void step(long samples, double runningLoss) {
    if (bar == null) return;
    bar.stepBy(samples);
    bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4g", runningLoss));
  }

  /** Clears the bar; closing again does nothing. */
  @Override public void close() {
    if (bar != null && !closed) bar.close();
    closed = true;
  }

  /** Whether stderr is a terminal: on Linux from what fd 2 is, elsewhere as the JDK's console says. */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString(); // /dev/pts/3, or pipe:[123] and files
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (java.io.IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
