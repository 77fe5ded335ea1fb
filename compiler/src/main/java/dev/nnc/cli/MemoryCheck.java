package dev.nnc.cli;

import dev.nnc.check.Lower;
import dev.nnc.exec.Executable;
import java.util.Locale;
import java.util.Map;

/** {@code nnc train}'s check, before the first step, that a batch fits in the JVM's heap. */
final class MemoryCheck {
  private MemoryCheck() {}

  /**
   * Before the first step on the JVM backend: whether the step's own buffers (the memory plan's
   * peak, a formula of the sizes) and a batch's inputs fit in what the heap has free. Returns why
   * not, with the largest batch that fits, or null when they fit (or the device plans no memory
   * of the heap's).
   */
  static String check(Executable program, Feed data, Lower.Step step, int batchSize) {
    if (!(program instanceof dev.nnc.jvm.JvmProgram jvm) || !data.data().isBatched()) return null;
    int[] rows = new int[batchSize];
    for (int i = 0; i < rows.length; i++) rows[i] = i;
    Map<String, Long> sizes = new java.util.HashMap<>();
    long inputBytes = 0;
    for (float[] v : data.batch(step.inputs(), rows, sizes).values()) inputBytes += 4L * v.length;
    dev.nnc.shape.Dim planned = jvm.plannedBytes();
    long perSample = inputBytes / batchSize;
    java.util.function.LongUnaryOperator need = b -> {
      Map<String, Long> at = new java.util.HashMap<>(sizes);
      if (at.containsKey("B")) at.put("B", b);
      return planned.evaluate(at) + perSample * b;
    };
    long needed = need.applyAsLong(batchSize);
    // A quarter of what is free stays for the rest: validation's program, the batches as they
    // come, the garbage collector's room to move large arrays.
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (needed <= free / 4 * 3) return null;
    System.gc(); // what looked used may be garbage
    free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    long usable = free / 4 * 3;
    if (needed <= usable) return null;
    String why = String.format(Locale.ROOT, "out of memory: the training step needs %s at batch %d, and the JVM has %s free (of %s)",
        mib(needed), batchSize, mib(free), mib(rt.maxMemory()));
    if (!sizes.containsKey("B")) return why + "; give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g";
    // The batch advised fits in nine tenths of that, so the next run, whose heap holds a few
    // MiB more or less before this check, passes it when run as advised.
    long advised = usable / 10 * 9;
    long lo = 0, hi = batchSize;
    while (lo < hi) { // the largest batch whose peak fits, with that room
      long mid = (lo + hi + 1) / 2;
      if (need.applyAsLong(mid) <= advised) lo = mid; else hi = mid - 1;
    }
    return why + (lo > 0 ? "; the largest batch that fits is " + lo + ": use --batch " + lo + ", or give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g"
        : "; not even a batch of 1 fits: give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g");
  }

  /** A byte count in MiB, as the messages give it: 1,024 MiB. */
  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
  }
}
