package dev.nnc.pipeline;

import dev.nnc.diag.Span;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The fuse pass's result as text: what {@code nnc compile --emit kernels} lists. */
public final class Kernels {
  private Kernels() {}

  /**
   * One line per kernel: its kind, its ops, what it writes, and the source positions its nodes
   * were lowered from ({@link Node#origin()}); then the count of each kind.
   */
  public static String listing(List<Fuse.Kernel> kernels) {
    StringBuilder out = new StringBuilder();
    Map<Fuse.Kind, Integer> counts = new TreeMap<>();
    for (Fuse.Kernel k : kernels) {
      counts.merge(k.kind(), 1, Integer::sum);
      List<String> ops = new ArrayList<>();
      for (Node n : k.nodes()) ops.add(n.op().word());
      String shown = ops.size() <= 8 ? String.join(" ", ops) : String.join(" ", ops.subList(0, 8)) + " ... (" + ops.size() + " ops)";
      Set<String> where = new LinkedHashSet<>();
      for (Node n : k.nodes()) {
        Span s = n.origin();
        if (s != null) where.add(s.line() + ":" + s.column());
      }
      List<String> writes = new ArrayList<>();
      for (Node n : k.outputs()) writes.add(n.type().toString());
      out.append("kernel ").append(k.id()).append(' ').append(k.kind().name().toLowerCase()).append(": ").append(shown);
      if (!writes.isEmpty()) out.append(" -> ").append(writes.size() <= 3 ? String.join(", ", writes) : writes.size() + " values");
      if (!where.isEmpty()) {
        List<String> w = new ArrayList<>(where);
        out.append("  (from ").append(w.size() <= 4 ? String.join(", ", w) : String.join(", ", w.subList(0, 4)) + ", ...").append(')');
      }
      out.append('\n');
    }
    out.append(kernels.size()).append(" kernels:");
    counts.forEach((kind, n) -> out.append(' ').append(n).append(' ').append(kind.name().toLowerCase()));
    return out.append('\n').toString();
  }
}
