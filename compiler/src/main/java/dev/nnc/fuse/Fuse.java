package dev.nnc.fuse;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fusion planner, shared by every backend: it partitions a program into kernels.
 * Elementwise chains share a kernel; an elementwise producer whose iteration space is a
 * reduction's input becomes the reduction's prologue; elementwise consumers of a matmul,
 * convolution or reduction result of the same shape become its epilogue (bias, activation,
 * its derivative mask); layout changes of parameters feeding a matmul are its prologue;
 * and the optimizer's update of every parameter is one kernel.
 *
 * <p>With {@code rows} (a backend that runs one work-item per row: OpenCL), a reduction over
 * the trailing axes of its input also takes what follows it at the input's shape, and the
 * next reduction of the same rows: softmax (a maximum, a sum of exponentials, a division) or
 * layer norm (a mean, a variance, the normalised rows) is one kernel that walks each row once
 * per reduction and once more for the values it stores at the rows' shape, recomputing the
 * elementwise values in each walk instead of storing them.
 */
public final class Fuse {
  private Fuse() {}

  /** What a kernel computes around. */
  public enum Kind { ELEMENTWISE, REDUCTION, MATMUL, CONVOLUTION, POOLING, INDEXING, LOOP, RANDOM, UPDATE }

  /**
   * One kernel: its nodes in order, the values it reads from outside (leaves and other
   * kernels' results) and the values it writes (read by later kernels, or results).
   */
  public record Kernel(int id, Kind kind, List<Node> nodes, List<Node> inputs, List<Node> outputs) {}

  /** Ops computed inline wherever they are read: constants and sizes need no kernel. */
  static final Set<Op> INLINE = Op.of(Op.Kind.GENERATED);
  /** Values that come from outside the program. */
  static final Set<Op> EXTERNAL = Op.of(Op.Kind.DATA);
  /** Ops one thread per output element can compute: elementwise math and index remapping. */
  static final Set<Op> ELEMENTWISE = Op.of(Op.Kind.ELEMENTWISE, Op.Kind.MOVEMENT);
  static final Set<Op> MOVEMENT = Op.of(Op.Kind.MOVEMENT);
  static final Set<Op> REDUCTION = Op.of(Op.Kind.REDUCTION);
  /**
   * Movements that read another element at the same shape (a square transpose): an epilogue
   * computes each element where its anchor's element is, so these start a kernel instead.
   */
  static final Set<Op> REINDEX = EnumSet.of(Op.TRANSPOSE, Op.SLICE, Op.PAD, Op.CONCAT);

  private static Kind anchor(Op op) {
    return switch (op.kind()) {
      case CONTRACTION -> Kind.MATMUL;
      case CONVOLUTION -> Kind.CONVOLUTION;
      case POOLING -> Kind.POOLING;
      case LOOP -> Kind.LOOP;
      case RANDOM -> Kind.RANDOM;
      case REDUCTION -> Kind.REDUCTION;
      case INDEXING -> Kind.INDEXING;
      case DATA, GENERATED, ELEMENTWISE, MOVEMENT -> throw new IllegalArgumentException(op + " anchors no kernel");
    };
  }

  /** A kernel being built: its kind, its nodes, and the shape one thread grid covers. */
  private static final class Group {
    final int id;
    Kind kind;
    final List<Node> nodes = new ArrayList<>();
    List<Dim> domain;
    /** A reduction kernel's rows: its input's shape and reduced axes, when later nodes may join at that shape (else null). */
    List<Dim> rows;
    Attr axes;

    Group(int id, Kind kind, List<Dim> domain) {
      this.id = id;
      this.kind = kind;
      this.domain = domain;
    }
  }

  /**
   * Partitions what the roots need into kernels, in an order that respects dependences.
   * {@code update} are the roots that are the optimizer's new parameters and states: the
   * elementwise kernels only they need become one kernel.
   */
  public static List<Kernel> run(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return run(roots, update, gradients, false);
  }

  /** As {@link #run(List, Set, Set)}; with {@code rows}, a reduction's rows take later passes (see above). */
  public static List<Kernel> run(List<Node> roots, Set<Node> update, Set<Node> gradients, boolean rows) {
    List<Node> order = Schedule.topological(roots);
    Map<Node, Integer> users = new HashMap<>();
    Map<Node, List<Node>> readers = new HashMap<>();
    for (Node n : order) {
      for (Node in : n.inputs()) {
        users.merge(in, 1, Integer::sum);
        readers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
      }
    }
    Set<Node> inline = new HashSet<>();
    for (Node n : order) if (inline(n, inline)) inline.add(n);
    Set<Node> onlyUpdate = updatePart(update, gradients);
    Map<Node, Group> groupOf = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    int ids = 0;
    for (Node n : order) {
      Op op = n.op();
      if (inline.contains(n) || EXTERNAL.contains(op)) continue;
      Group latest = null;
      for (Node in : n.inputs()) {
        Group g = groupOf.get(in);
        if (g != null && (latest == null || g.id > latest.id)) latest = g;
      }
      // The update of the parameters is fused with itself only, never into the gradient's kernels.
      if (latest != null && (latest.kind == Kind.UPDATE) != onlyUpdate.contains(n)) latest = null;
      Group target = null;
      if (latest != null && latest.kind == Kind.REDUCTION && latest.rows != null && sameRows(n, latest)) {
        target = latest; // a later pass over the rows: a value at their shape, or the next reduction of them
      } else if (ELEMENTWISE.contains(op) && latest != null && latest.domain.equals(n.type().dims())
          && (latest.kind == Kind.ELEMENTWISE || latest.kind == Kind.UPDATE || !REINDEX.contains(op))) {
        target = latest; // a chain, or the epilogue of a reduction, matmul or convolution
      } else if (REDUCTION.contains(op) && latest != null && latest.kind == Kind.ELEMENTWISE
          && latest.domain.equals(n.input(0).type().dims()) && users.getOrDefault(n.input(0), 0) == 1) {
        target = latest; // the elementwise producer becomes the reduction's prologue
        target.kind = Kind.REDUCTION;
        target.domain = n.type().dims();
        if (rows) rowsOf(n, target);
      }
      if (target != null && target.kind == Kind.ELEMENTWISE) absorb(n, target, groupOf, groups, readers);
      if (target == null) {
        Kind kind = onlyUpdate.contains(n) && ELEMENTWISE.contains(op) ? Kind.UPDATE
            : ELEMENTWISE.contains(op) ? Kind.ELEMENTWISE : anchor(op);
        target = new Group(ids++, kind, n.type().dims());
        if (rows && kind == Kind.REDUCTION) rowsOf(n, target);
        groups.add(target);
      }
      target.nodes.add(n);
      groupOf.put(n, target);
    }
    List<Kernel> apart = kernels(groups, groupOf, order, roots);
    mergeUpdate(groups, groupOf, order, update, users);
    List<Kernel> merged = kernels(groups, groupOf, order, roots);
    // The update kernel runs after the kernels it reads; should something else read it, keep them apart.
    return ordered(merged) ? merged : apart;
  }

  /**
   * Sets a reduction kernel's rows when reduction r reduces trailing axes of its input and
   * keeps at least one (one work-item per row), and its result differs in shape from its input.
   */
  private static void rowsOf(Node r, Group g) {
    List<Dim> in = r.input(0).type().dims();
    List<Integer> axes = ((Attr.Axes) r.attr()).axes();
    boolean trailing = !axes.isEmpty() && axes.size() < in.size();
    for (int k = 0; k < axes.size(); k++) trailing &= axes.get(k) == in.size() - axes.size() + k;
    if (trailing && !in.equals(r.type().dims())) {
      g.rows = in;
      g.axes = r.attr();
    }
  }

  /**
   * Whether node n is a later pass over a reduction kernel's rows: a reduction of the same axes
   * of a value at their shape, or a value at their shape that reads only its own row: elementwise
   * arithmetic, or the broadcast of a value at the result's shape back over the reduced axes.
   */
  private static boolean sameRows(Node n, Group g) {
    if (REDUCTION.contains(n.op())) {
      return n.input(0).type().dims().equals(g.rows) && n.attr().equals(g.axes) && n.type().dims().equals(g.domain);
    }
    if (!n.type().dims().equals(g.rows)) return false;
    if (n.op() == Op.BROADCAST) return n.input(0).type().dims().equals(g.domain) && ((Attr.Axes) g.axes).keep();
    return ELEMENTWISE.contains(n.op()) && !MOVEMENT.contains(n.op());
  }

  /**
   * When an elementwise node joins the latest of its inputs' kernels, another input's kernel of
   * the same shape is computed in it too (two comparisons of leaves and-ed together; an LSTM
   * step's gates, each a slice of the pre-activations, one kernel instead of four) when no
   * kernel before the joined one reads it: its other readers are the joined kernel, this node,
   * later kernels, or nodes not placed yet (which join a kernel no earlier than the one they
   * read), so moving its nodes later keeps the kernels in dependence order. Its values that
   * later kernels read are still stored, now by the joined kernel.
   */
  private static void absorb(Node n, Group target, Map<Node, Group> groupOf, List<Group> groups, Map<Node, List<Node>> readers) {
    for (Node in : n.inputs()) {
      Group g = groupOf.get(in);
      if (g == null || g == target || g.kind != Kind.ELEMENTWISE || !g.domain.equals(target.domain)) continue;
      boolean only = true;
      for (Node m : g.nodes) {
        for (Node r : readers.getOrDefault(m, List.of())) {
          Group rg = groupOf.get(r);
          if (r != n && rg != null && rg != g && rg != target && rg.id < target.id) only = false;
        }
      }
      if (!only) continue;
      for (Node m : g.nodes) groupOf.put(m, target);
      target.nodes.addAll(g.nodes);
      groups.remove(g);
    }
  }

  /** Whether every kernel reads only values computed by kernels before it (or from outside). */
  public static boolean ordered(List<Kernel> kernels) {
    Set<Node> done = new HashSet<>();
    for (Kernel k : kernels) {
      for (Node in : k.inputs()) {
        if (!EXTERNAL.contains(in.op()) && !done.contains(in)) return false;
      }
      done.addAll(k.nodes());
    }
    return true;
  }

  /** A movement of constants and leaves (a transposed weight, a broadcast bias) is index arithmetic in its readers. */
  private static boolean inline(Node n, Set<Node> inline) {
    if (INLINE.contains(n.op())) return true;
    if (!MOVEMENT.contains(n.op())) return false;
    for (Node in : n.inputs()) if (!EXTERNAL.contains(in.op()) && !inline.contains(in)) return false;
    return true;
  }

  /** The optimizer's rule: what the update results compute from the gradients, parameters and states. */
  private static Set<Node> updatePart(Set<Node> update, Set<Node> gradients) {
    Set<Node> part = new HashSet<>();
    List<Node> stack = new ArrayList<>(update);
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      if (gradients.contains(n) || EXTERNAL.contains(n.op()) || !part.add(n)) continue;
      stack.addAll(n.inputs());
    }
    return part;
  }

  /** The update kernels (one per parameter shape so far) become one kernel. */
  private static void mergeUpdate(List<Group> groups, Map<Node, Group> groupOf, List<Node> order, Set<Node> update,
      Map<Node, Integer> users) {
    Group merged = null;
    for (Group g : new ArrayList<>(groups)) {
      if (g.kind != Kind.UPDATE) continue;
      if (merged == null) {
        merged = g;
        continue;
      }
      for (Node n : g.nodes) groupOf.put(n, merged);
      merged.nodes.addAll(g.nodes);
      groups.remove(g);
    }
    if (merged != null) {
      // The merged kernel runs last among them: after everything its nodes read.
      groups.remove(merged);
      groups.add(merged);
    }
  }

  /** What reading a value costs a kernel: the value, or for an inlined one, the leaves it is computed from. */
  private static void reads(Node n, Map<Node, Group> groupOf, Set<Node> inputs) {
    if (groupOf.containsKey(n) || EXTERNAL.contains(n.op())) {
      inputs.add(n);
    } else {
      for (Node in : n.inputs()) reads(in, groupOf, inputs);
    }
  }

  private static List<Kernel> kernels(List<Group> groups, Map<Node, Group> groupOf, List<Node> order, List<Node> roots) {
    Set<Node> rootSet = new HashSet<>(roots);
    Map<Group, Set<Node>> outputs = new HashMap<>();
    for (Node n : order) {
      for (Node in : n.inputs()) {
        Group from = groupOf.get(in), to = groupOf.get(n);
        if (from != null && from != to) outputs.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(in);
      }
      if (rootSet.contains(n) && groupOf.containsKey(n)) outputs.computeIfAbsent(groupOf.get(n), k -> new LinkedHashSet<>()).add(n);
    }
    Map<Node, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) position.put(order.get(i), i);
    List<Kernel> out = new ArrayList<>();
    for (Group g : groups) {
      g.nodes.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
      Set<Node> inside = new HashSet<>(g.nodes);
      Set<Node> inputs = new LinkedHashSet<>();
      for (Node n : g.nodes) for (Node in : n.inputs()) if (!inside.contains(in)) reads(in, groupOf, inputs);
      out.add(new Kernel(out.size(), g.kind, List.copyOf(g.nodes), List.copyOf(inputs),
          List.copyOf(outputs.getOrDefault(g, Set.of()))));
    }
    return out;
  }
}
