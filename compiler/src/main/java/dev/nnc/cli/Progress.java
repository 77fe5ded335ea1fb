package dev.nnc.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress bar of one epoch on stderr: samples done, the running loss, samples per second and
 * the time left. Does nothing when off (stderr is not a terminal, or --quiet).
 *
 * <p>Drawn by hand on one line with carriage returns, on the training thread, at most four times a
 * second: a progress-bar library that opens a terminal (JLine) takes over the terminal's signals,
 * and Ctrl-C then no longer reaches the JVM's shutdown hook that saves the checkpoint.
 */
final class Progress implements AutoCloseable {
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream to;
  private final String task;
  private final long total, startDone;
  private final long started = System.nanoTime();
  private final int width;
  private long done, lastDraw = Long.MIN_VALUE;
  private double loss = Double.NaN;
  private boolean drawn, closed;

  private Progress(PrintStream to, String task, long total, long done) {
    this.to = to;
    this.task = task;
    this.total = total;
    this.startDone = done;
    this.done = done;
    this.width = columns();
  }

  /** A bar over {@code total} samples of which {@code done} are already seen (a resumed epoch). */
  static Progress start(boolean on, String task, long total, long done) {
    Progress p = new Progress(on ? System.err : null, task, total, done);
    p.draw(System.nanoTime());
    return p;
  }

  void step(long samples, double runningLoss) {
    if (to == null || closed) return;
    done += samples;
    loss = runningLoss;
    long now = System.nanoTime();
    if (now - lastDraw >= INTERVAL_NANOS || done >= total) draw(now);
  }

  private void draw(long now) {
    if (to == null) return;
    lastDraw = now;
    String line = line((now - started) / 1e9);
    to.print("\r" + line);
    to.flush();
    drawn = true;
  }

  /** The bar's text: {@code epoch 1/3  42% [=====>    ] 25,344/60,000, loss 0.5312, 1,234 samples/s, 0:28 left}. */
  String line(double seconds) {
    double rate = seconds > 0 ? (done - startDone) / seconds : 0;
    String left = rate > 0 && done < total ? ", " + time((total - done) / rate) + " left" : "";
    String tail = String.format(Locale.ROOT, " %,d/%,d%s, %,.0f samples/s%s", done, total,
        Double.isNaN(loss) ? "" : String.format(Locale.ROOT, ", loss %.4g", loss), rate, left);
    int pct = total > 0 ? (int) Math.min(100, done * 100 / total) : 100;
    String head = String.format(Locale.ROOT, "%s %3d%% ", task, pct);
    int barWidth = Math.max(10, Math.min(30, width - 75 - task.length()));
    int filled = total > 0 ? (int) Math.min(barWidth, done * barWidth / total) : barWidth;
    String bar = "[" + "=".repeat(filled) + (filled < barWidth ? ">" + " ".repeat(barWidth - filled - 1) : "") + "]";
    String text = head + bar + tail;
    return text.length() > width - 1 ? text.substring(0, Math.max(0, width - 1)) : text;
  }

  private static String time(double seconds) {
    long s = (long) Math.ceil(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** The terminal's width from $COLUMNS, else 80. */
  private static int columns() {
    try {
      String c = System.getenv("COLUMNS");
      int n = c == null ? 80 : Integer.parseInt(c.trim());
      return n >= 20 ? n : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** Clears the bar; closing again does nothing. */
  @Override public void close() {
    if (to != null && drawn && !closed) {
      to.print("\r" + " ".repeat(width - 1) + "\r");
      to.flush();
    }
    closed = true;
  }

  /**
   * Whether stderr is a terminal: as the {@code nnc} launcher says (it passes stderr through a
   * filter, so nnc's own stderr is a pipe), else on Linux from what fd 2 is, elsewhere as the
   * JDK's console says.
   */
  static boolean stderrIsTerminal() {
    String launcher = System.getenv("NNC_STDERR_TERMINAL");
    if (launcher != null && !launcher.isEmpty()) return launcher.equals("1");
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
