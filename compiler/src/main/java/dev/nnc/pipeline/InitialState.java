package dev.nnc.pipeline;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.ir.Schedule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model's initial state (parameters, running statistics, optimizer states), drawn from the
 * initializers lowering leaves in the graph ({@code Lower.Model.inits}) when a command needs it:
 * lowering draws nothing, so that {@code nnc check}, {@code compile} and {@code graph} of a model
 * of billions of parameters allocate none of them. A command that draws asks {@link #check} first,
 * so a state larger than the heap is a located diagnostic, not an {@code OutOfMemoryError}.
 * Each value is drawn on its own, so the float64 values of one initializer are alive at a time.
 */
public final class InitialState {
  private InitialState() {}

  /** The state in float32 by name, with each value's shape, in the initializers' order. */
  public record Values(Map<String, float[]> values, Map<String, int[]> shapes) {}

  /** The bytes a float32 state keeps per value ({@link #draw}), and a float64 one ({@link #arrays}). */
  public static final int FLOAT32 = 4, FLOAT64 = 8;

  /**
   * A {@code lower.memory} diagnostic when drawing {@code inits}, keeping {@code bytesPerValue} for
   * each value ({@link #FLOAT32} or {@link #FLOAT64}), would not fit in what the heap has free: the
   * state's bytes, plus the float64 values one initializer computes while it is drawn. It is located
   * at the largest value's initializer, or where {@code place} puts that value's name, and says what
   * the JVM has. Null when the state fits.
   */
  public static Diagnostic check(String model, Map<String, Node> inits, int bytesPerValue, java.util.function.Function<String, Span> place) {
    long kept = 0, drawing = 0, largest = -1;
    String biggest = null;
    for (Map.Entry<String, Node> e : inits.entrySet()) {
      long n = elements(e.getValue());
      kept = saturatedAdd(kept, saturatedMultiply(n, bytesPerValue));
      long scratch = 0;
      for (Node x : Schedule.topological(List.of(e.getValue()))) scratch = saturatedAdd(scratch, saturatedMultiply(elements(x), FLOAT64));
      drawing = Math.max(drawing, scratch);
      if (n > largest) {
        largest = n;
        biggest = e.getKey();
      }
    }
    long need = saturatedAdd(kept, drawing);
    Runtime rt = Runtime.getRuntime();
    if (need <= free(rt)) return null;
    System.gc(); // what looked used may be garbage
    long free = free(rt);
    if (need <= free) return null;
    Node at = inits.get(biggest);
    Span where = at.origin() != null ? at.origin() : place.apply(biggest);
    long gib = (need + (rt.maxMemory() - free) + (1L << 30) - 1 >> 30) + 1;
    return Diagnostic.of(Code.LOWER_MEMORY, where, model, size(need), size(free), size(rt.maxMemory()))
        .label("`" + biggest + "`, " + at.type() + ", " + String.format(Locale.ROOT, "%,d", largest) + " values")
        .hint("give the JVM more memory (NNC_JAVA_OPTS=-Xmx" + gib + "g), or make the model smaller");
  }

  /** Draws the state in float32 (as training holds it); ask {@link #check} first. */
  public static Values draw(Map<String, Node> inits) {
    Map<String, float[]> values = new LinkedHashMap<>();
    Map<String, int[]> shapes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : inits.entrySet()) {
      Array a = one(e.getValue());
      float[] f = new float[a.size()];
      for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
      int[] shape = new int[a.shape().length];
      for (int i = 0; i < shape.length; i++) shape[i] = Math.toIntExact(a.shape()[i]);
      values.put(e.getKey(), f);
      shapes.put(e.getKey(), shape);
    }
    return new Values(values, shapes);
  }

  /** Draws the state in float64 (the reference evaluator's); ask {@link #check} first. */
  public static Map<String, Array> arrays(Map<String, Node> inits) {
    Map<String, Array> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : inits.entrySet()) out.put(e.getKey(), one(e.getValue()));
    return out;
  }

  private static Array one(Node init) {
    return Reference.run(List.of(init), Map.of(), Map.of()).get(init);
  }

  private static long free(Runtime rt) {
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  private static long elements(Node n) {
    dev.nnc.shape.Dim d = n.type().elements();
    return d.isConstant() ? d.constant() : 0;
  }

  /** Bytes in GiB with one decimal under 100 GiB, else MiB: {@code 6.7 GiB}, {@code 512 MiB}. */
  static String size(long bytes) {
    if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%,.1f GiB", bytes / (double) (1L << 30));
    return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
  }

  private static long saturatedAdd(long a, long b) {
    long s = a + b;
    return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
  }

  private static long saturatedMultiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
