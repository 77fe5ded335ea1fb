package dev.nnc.plan;

import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory plan of a program: every value gets a buffer, and a buffer whose value is dead
 * is reused by a later value of the same element type and size. Buffers are allocated once,
 * so the program's peak memory is the sum of the plan's buffers: a formula of the symbolic
 * sizes, known at compile time.
 */
public final class PlanMemory {
  private PlanMemory() {}

  /** One buffer: its element type and number of elements (a size formula). */
  public record Buffer(int id, DType dtype, Dim elements) {
    public Dim bytes() { return elements.times(Dim.of(bytesOf(dtype))); }
  }

  /**
   * The plan: the order values are computed in, the buffer of each, the buffers, and the
   * bytes they take ({@code peak}) beside what one buffer per value would take ({@code naive}).
   */
  public record Plan(List<Node> order, Map<Node, Buffer> bufferOf, List<Buffer> buffers, Dim peak, Dim naive) {}

  public static int bytesOf(DType d) {
    return switch (d) {
      case F64 -> 8;
      case F32, I32 -> 4;
      case BOOL -> 1;
    };
  }

  /**
   * Plans the values the roots need. Inputs and parameters have buffers of their own; the
   * roots' buffers stay live to the end.
   */
  public static Plan run(List<Node> roots) {
    List<Node> order = Schedule.topological(roots);
    Map<Node, Integer> lastUse = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      for (Node in : order.get(i).inputs()) lastUse.put(in, i);
    }
    for (Node r : roots) lastUse.put(r, Integer.MAX_VALUE);
    Map<Node, Buffer> bufferOf = new LinkedHashMap<>();
    List<Buffer> buffers = new ArrayList<>();
    List<Buffer> free = new ArrayList<>();
    Map<Integer, List<Node>> dying = new HashMap<>();
    Dim naive = Dim.of(0);
    Set<Buffer> pinned = new HashSet<>();
    for (int i = 0; i < order.size(); i++) {
      Node n = order.get(i);
      Buffer b = null;
      boolean own = n.op() == Op.INPUT || n.op() == Op.PARAM;
      if (!own) {
        for (Buffer f : free) {
          if (f.dtype() == n.type().dtype() && f.elements().equals(n.type().elements())) {
            b = f;
            break;
          }
        }
      }
      if (b != null) {
        free.remove(b);
      } else {
        b = new Buffer(buffers.size(), n.type().dtype(), n.type().elements());
        buffers.add(b);
      }
      if (own) pinned.add(b);
      bufferOf.put(n, b);
      naive = naive.plus(b.bytes());
      int last = lastUse.getOrDefault(n, i); // a value nothing reads dies at once
      if (last != Integer.MAX_VALUE) dying.computeIfAbsent(last, k -> new ArrayList<>()).add(n);
      // Values whose last reader was this node free their buffers for what comes after it.
      for (Node d : dying.getOrDefault(i, List.of())) {
        Buffer db = bufferOf.get(d);
        if (!pinned.contains(db)) free.add(db);
      }
    }
    Dim peak = Dim.of(0);
    for (Buffer b : buffers) peak = peak.plus(b.bytes());
    return new Plan(order, bufferOf, buffers, peak, naive);
  }

  /** The plan as text, for {@code nnc compile --emit memory}. */
  public static String describe(Plan p, Map<Node, String> names) {
    StringBuilder out = new StringBuilder();
    out.append("buffers: ").append(p.buffers().size()).append(" for ").append(p.order().size()).append(" values\n");
    Map<Buffer, List<String>> users = new LinkedHashMap<>();
    Map<Node, Integer> number = new HashMap<>();
    for (Node n : p.order()) number.put(n, number.size());
    for (Node n : p.order()) {
      String name = names.containsKey(n) ? names.get(n) : "%" + number.get(n);
      users.computeIfAbsent(p.bufferOf().get(n), k -> new ArrayList<>()).add(name);
    }
    for (Buffer b : p.buffers()) {
      List<String> u = users.get(b);
      out.append("  buffer ").append(b.id()).append(": ").append(b.dtype().word()).append(" x ").append(b.elements())
          .append(" = ").append(b.bytes()).append(" bytes; ")
          .append(u.size() <= 6 ? String.join(", ", u) : String.join(", ", u.subList(0, 6)) + ", ... (" + u.size() + " values)")
          .append('\n');
    }
    out.append("peak bytes: ").append(p.peak()).append('\n');
    out.append("without reuse: ").append(p.naive()).append('\n');
    return out.toString();
  }
}
