package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loop primitive: a body run {@code length} times, carrying values from one step to the
 * next, for a `scan` whose length is known only when the program runs. Its gradient is a
 * reverse loop over the body's gradient: backpropagation through time.
 */
public final class Loops {
  private Loops() {}

  /**
   * The body of a loop and which of its results a node gives. The placeholders are INPUT
   * nodes only the body reads: the carries, the step index (an i32 scalar), and a per-step
   * slice of each sequence input. {@code captured} are the outer nodes the body reads.
   */
  public record Body(List<Node> carries, Node index, List<Node> seqs, List<Node> next, List<Node> ys,
      List<Node> captured, Dim length, boolean reverse) {
    /**
     * The body in a graph of its own, for a backend to compile as a program: its placeholders
     * and captured values become inputs named by role ({@code carry0}, {@code index},
     * {@code seq0}, {@code captured0}, ...); the roots are every carry's next value, then the
     * per-step outputs {@code wantedYs} picks, in that order.
     */
    public List<Node> standalone(List<Integer> wantedYs) {
      Graph g = new Graph();
      Map<Node, Node> copy = new HashMap<>();
      for (int i = 0; i < carries.size(); i++) copy.put(carries.get(i), g.input("carry" + i, carries.get(i).type()));
      copy.put(index, g.input("index", TensorType.scalar(DType.I32)));
      for (int i = 0; i < seqs.size(); i++) copy.put(seqs.get(i), g.input("seq" + i, seqs.get(i).type()));
      for (int i = 0; i < captured.size(); i++) copy.putIfAbsent(captured.get(i), g.input("captured" + i, captured.get(i).type()));
      List<Node> roots = new ArrayList<>(next);
      for (int k : wantedYs) roots.add(ys.get(k));
      copy = g.copy(roots, copy);
      List<Node> copied = new ArrayList<>();
      for (Node r : roots) copied.add(copy.get(r));
      return copied;
    }
  }

  /** The per-step outputs ({@code ys} positions) that some of a loop's results stack, in first-wanted order. */
  public static List<Integer> stackedYs(List<Node> results) {
    List<Integer> wanted = new ArrayList<>();
    for (Node r : results) {
      Attr.Loop a = (Attr.Loop) r.attr();
      if (a.kind() == Attr.Loop.Kind.STACKED && !wanted.contains(a.k())) wanted.add(a.k());
    }
    return wanted;
  }

  static final Primitive LOOP = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      Attr.Loop a = (Attr.Loop) attr;
      Body b = a.body();
      int c = b.carries().size(), s = b.seqs().size();
      if (in.size() != c + s + b.captured().size()) throw new IrException("loop with " + in.size() + " inputs");
      for (int i = 0; i < c; i++) {
        if (!in.get(i).sameAs(b.carries().get(i).type())) throw new IrException("loop carry " + i + " starts as " + in.get(i));
      }
      for (int i = 0; i < s; i++) {
        if (!in.get(c + i).sameAs(stacked(b.seqs().get(i).type(), b.length()))) {
          throw new IrException("loop sequence " + i + " is " + in.get(c + i));
        }
      }
      return switch (a.kind()) {
        case FINAL -> b.carries().get(a.k()).type();
        case STACKED -> stacked(b.ys().get(a.k()).type(), b.length());
        case CARRIES -> stacked(b.carries().get(a.k()).type(), b.length());
      };
    }

    public List<Node> vjp(Graph g, Node y, Node dy) {
      return reverse(g, y, dy);
    }

    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Attr.Loop a = (Attr.Loop) attr;
      Body b = a.body();
      int c = b.carries().size(), s = b.seqs().size();
      int n = Math.toIntExact(b.length().evaluate(sizes));
      List<Array> carry = new ArrayList<>(in.subList(0, c));
      Map<Node, Array> outer = new HashMap<>();
      for (int i = 0; i < b.captured().size(); i++) outer.put(b.captured().get(i), in.get(c + s + i));
      Array[] picked = new Array[n];
      List<Node> roots = new ArrayList<>(b.next());
      roots.addAll(b.ys());
      for (int step = 0; step < n; step++) {
        int t = b.reverse() ? n - 1 - step : step;
        if (a.kind() == Attr.Loop.Kind.CARRIES) picked[t] = carry.get(a.k());
        Map<Node, Array> bound = new HashMap<>(outer);
        for (int i = 0; i < c; i++) bound.put(b.carries().get(i), carry.get(i));
        bound.put(b.index(), Array.scalar(t));
        for (int i = 0; i < s; i++) bound.put(b.seqs().get(i), row(in.get(c + i), t));
        Map<Node, Array> v = Reference.run(roots, Map.of(), sizes, bound);
        for (int i = 0; i < c; i++) carry.set(i, v.get(b.next().get(i)));
        if (a.kind() == Attr.Loop.Kind.STACKED) picked[t] = v.get(b.ys().get(a.k()));
      }
      if (a.kind() == Attr.Loop.Kind.FINAL) return carry.get(a.k());
      long[] shape = Array.shapeOf(type, sizes);
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      int row = n == 0 ? 0 : out.length / n;
      for (int t = 0; t < n; t++) System.arraycopy(picked[t].data(), 0, out, t * row, row);
      return new Array(shape, out);
    }
  };

  static TensorType stacked(TensorType t, Dim length) {
    List<Axis> axes = new ArrayList<>();
    axes.add(Axis.of(length));
    axes.addAll(t.axes());
    return t.withAxes(axes);
  }

  private static Array row(Array a, int t) {
    long[] shape = java.util.Arrays.copyOfRange(a.shape(), 1, a.rank());
    int size = Math.toIntExact(Array.size(shape));
    double[] d = new double[size];
    System.arraycopy(a.data(), t * size, d, 0, size);
    return new Array(shape, d);
  }

  /**
   * The outer nodes a body reads: those the outputs reach without going through a
   * placeholder, at the edge where the body begins to depend on its placeholders (or
   * outputs that do not depend on them at all).
   */
  static List<Node> captured(List<Node> outputs, Set<Node> placeholders) {
    Map<Node, Boolean> inner = new HashMap<>();
    for (Node n : Schedule.topological(outputs)) {
      boolean dep = placeholders.contains(n);
      for (Node x : n.inputs()) dep |= inner.get(x);
      inner.put(n, dep);
    }
    Set<Node> out = new LinkedHashSet<>();
    for (Node n : Schedule.topological(outputs)) {
      if (!inner.get(n)) continue;
      for (Node x : n.inputs()) if (!inner.get(x)) out.add(x);
    }
    for (Node o : outputs) if (!inner.get(o)) out.add(o);
    return new ArrayList<>(out);
  }

  /**
   * The gradient of one result of a loop: a reverse loop whose carries are the cotangents of
   * the carries and the running sums of the cotangents of the captured values; each step
   * reads the carries the forward loop entered that step with.
   */
  private static List<Node> reverse(Graph g, Node y, Node dy) {
    Attr.Loop a = (Attr.Loop) y.attr();
    Body b = a.body();
    if (!b.seqs().isEmpty()) throw new IrException("the gradient of a loop's gradient is not supported yet");
    if (a.kind() == Attr.Loop.Kind.CARRIES) throw new IrException("no gradient through a loop's saved carries");
    int c = b.carries().size();
    int id = g.size();
    // Placeholders of the reverse loop: cotangents of the carries and of the captured values.
    List<Node> dCarries = new ArrayList<>();
    for (int i = 0; i < c; i++) dCarries.add(g.input("loop" + id + ".dcarry" + i, b.carries().get(i).type()));
    List<Node> floats = new ArrayList<>();
    for (Node x : b.captured()) if (x.type().dtype().isFloat()) floats.add(x);
    List<Node> dCaptured = new ArrayList<>();
    for (int i = 0; i < floats.size(); i++) dCaptured.add(g.input("loop" + id + ".dcaptured" + i, floats.get(i).type()));
    // The step's objective, linear in the cotangents: sum <dcarry_i, next_i> (+ <dy_t, y_k>).
    List<Node> seqs = new ArrayList<>(b.carries());
    List<Node> sources = new ArrayList<>();
    for (int i = 0; i < c; i++) sources.add(g.make(Op.LOOP, y.inputs(), new Attr.Loop(b, Attr.Loop.Kind.CARRIES, i)));
    Node objective = null;
    for (int i = 0; i < c; i++) objective = plus(g, objective, dot(g, b.next().get(i), dCarries.get(i)));
    if (a.kind() == Attr.Loop.Kind.STACKED) {
      Node dyT = g.input("loop" + id + ".dy", b.ys().get(a.k()).type());
      seqs.add(dyT);
      sources.add(dy);
      objective = plus(g, objective, dot(g, b.ys().get(a.k()), dyT));
    }
    List<Node> wrt = new ArrayList<>(b.carries());
    wrt.addAll(floats);
    Map<Node, Node> grads = Differentiate.vjp(g, objective, g.fill(1, objective.type()), wrt);
    List<Node> next = new ArrayList<>();
    for (int i = 0; i < c; i++) next.add(grads.get(b.carries().get(i)));
    for (int i = 0; i < floats.size(); i++) next.add(g.add(dCaptured.get(i), grads.get(floats.get(i))));
    List<Node> carries = new ArrayList<>(dCarries);
    carries.addAll(dCaptured);
    Set<Node> placeholders = new HashSet<>(carries);
    placeholders.addAll(seqs);
    placeholders.add(b.index());
    List<Node> captured = captured(next, placeholders);
    Body back = new Body(carries, b.index(), seqs, next, List.of(), captured, b.length(), !b.reverse());
    List<Node> inputs = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      boolean seeded = a.kind() == Attr.Loop.Kind.FINAL && a.k() == i;
      inputs.add(seeded ? dy : g.zeros(b.carries().get(i).type()));
    }
    for (Node x : floats) inputs.add(g.zeros(x.type()));
    inputs.addAll(sources);
    inputs.addAll(captured);
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      boolean isFloat = b.carries().get(i).type().dtype().isFloat();
      out.add(isFloat ? g.make(Op.LOOP, inputs, new Attr.Loop(back, Attr.Loop.Kind.FINAL, i)) : null);
    }
    for (Node x : b.captured()) {
      int f = floats.indexOf(x);
      out.add(f < 0 ? null : g.make(Op.LOOP, inputs, new Attr.Loop(back, Attr.Loop.Kind.FINAL, c + f)));
    }
    return out;
  }

  private static Node dot(Graph g, Node a, Node b) {
    List<Integer> axes = new ArrayList<>();
    for (int i = 0; i < a.type().rank(); i++) axes.add(i);
    Node p = g.mul(g.cast(a, DType.F64), g.cast(b, DType.F64));
    return axes.isEmpty() ? p : g.sum(p, axes, false);
  }

  private static Node plus(Graph g, Node a, Node b) {
    return a == null ? b : g.add(a, b);
  }
}
