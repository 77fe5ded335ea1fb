package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the graph IR while the checker evaluates a program: each rule that gives a tensor
 * asks this class for the node that computes it. The checker has already proved the shapes,
 * so lowering only chooses primitives.
 *
 * <p>A lowered model keeps its lowering ({@link Lower.Model#lowering()}) so that the optimizer's
 * update can go on building in its graph; outside this package it is opaque.
 */
public final class Lowering {
  /** A construct the IR cannot express yet, named for the diagnostic. */
  static final class Unsupported extends RuntimeException {
    /** The innermost expression of the checked file that needed it, once known. */
    dev.nnc.diag.Span at;

    Unsupported(String what) {
      super(what);
    }
  }

  final Graph g = new Graph();
  /** Parameters by their path ({@code fc1.weight}), in order of definition, with their initial values. */
  final Map<String, Node> params = new LinkedHashMap<>();
  final Map<String, Node> inits = new LinkedHashMap<>();
  final Map<String, Node> inputs = new LinkedHashMap<>();
  /** Parameters are initialized on the host from this seed; in a param initializer, random draws are constants drawn when read. */
  private final long seed;
  String initializing;
  /** Inside a loop's body: its step index (i32), so each step draws new numbers. */
  Node loopIndex;

  /**
   * Whether the program's draws take their seed from the run-time input {@code seed} (an i32
   * scalar, {@link dev.nnc.runtime.model.Session#SEED}) rather than from {@link #seed}: a sample or
   * generate program, so that one compiled program samples for any seed.
   */
  boolean runtimeSeed;

  /** The stream id of the next random op: each draw in the program gets its own. */
  private long streams;
  /** Whether the program is a training step (dropout on, batch statistics) or evaluation. */
  boolean training;
  /** The paths of parameters that are states (running statistics): not trained by gradients. */
  final java.util.Set<String> states = new java.util.LinkedHashSet<>();
  /** The next value of each state, by its path, as the program computes it. */
  final Map<String, Node> next = new LinkedHashMap<>();
  /** While an optimizer's rule is lowered for one parameter: that parameter and its gradient. */
  Value optimizerParam, optimizerGrad;
  /**
   * The step's learning-rate input when the optimizer's {@code lr} is given at run time: a float
   * parameter accepts it ({@link Types}), being a scalar the step reads, not a number.
   */
  Node runtimeLr;
  /** While an optimizer's rule is lowered with accumulated gradients: the update count its `step` is (else the step input). */
  Value optimizerStep;

  /** Records the next value of a state (its leaf's path). */
  void nextState(Value state, Value then) {
    if (state instanceof Tensor s && s.node() != null && s.node().attr() instanceof dev.nnc.ir.Attr.Leaf leaf) {
      next.put(leaf.name(), of(then, s.type()));
    }
  }

  Lowering(long seed) {
    this.seed = seed;
  }

  // ------------------------------------------------------------------ values to nodes

  /** The node of a value, converted to the given type (its dtype, broadcast to its shape). */
  Node of(Value v, TensorType as) {
    Node n;
    if (v instanceof Tensor t) {
      if (t.node() == null) throw new Unsupported("a value computed without lowering");
      n = g.cast(t.node(), as.dtype());
      return g.broadcast(n, as.dims());
    }
    if (v instanceof Int i) return size(i.value(), as);
    if (v instanceof Real r) {
      if (r.value() == null) throw new Unsupported("a float whose value is not known at compile time");
      return g.fill(r.value(), as);
    }
    if (v instanceof Bool b) {
      if (b.value() == null) throw new Unsupported("`training` used as a tensor");
      return g.fill(b.value() ? 1 : 0, as);
    }
    if (v instanceof Lst l) {
      TensorType lit = Evaluator.literalType(l);
      if (lit == null) throw new Unsupported("a ragged list");
      double[] data = new double[Math.toIntExact(lit.elements().constant())];
      flatten(l, data, new int[1]);
      return g.broadcast(g.cast(g.constant(data, lit.withDtype(DType.F64)), as.dtype()), as.dims());
    }
    throw new Unsupported(v.describe() + " as a tensor");
  }

  private static void flatten(Value v, double[] out, int[] at) {
    if (v instanceof Lst l) {
      for (Value x : l.items()) flatten(x, out, at);
    } else {
      out[at[0]++] = Ops.real(v);
    }
  }

  /** The node of a tensor value as it is. */
  Node of(Value v) {
    TensorType t = Evaluator.tensorOf(v);
    if (t == null) throw new Unsupported(v.describe() + " as a tensor");
    return of(v, t);
  }

  // ------------------------------------------------------------------ operators

  Node unary(Op op, Value x, TensorType out) {
    return g.make(op, List.of(of(x, out)), dev.nnc.ir.Attr.NONE);
  }

  /** An elementwise binary op; operands are converted to {@code operand} (the result's shape, the operands' dtype). */
  Node binary(Op op, Value a, Value b, TensorType operand) {
    Node x = of(a, operand), y = of(b, operand);
    if (op == null) { // floor-modulo: a - floor(a / b) * b, computed in f64 for integers
      DType t = operand.dtype();
      Node fx = g.cast(x, DType.F64), fy = g.cast(y, DType.F64);
      return g.cast(g.sub(fx, g.mul(g.floor(g.div(fx, fy)), fy)), t);
    }
    return g.make(op, List.of(x, y), dev.nnc.ir.Attr.NONE);
  }

  /** a @ b with the language's rules: vectors promoted, batch axes broadcast. */
  Node matmul(Value l, Value r, TensorType a, TensorType c, TensorType out) {
    Node x = of(l, a), y = of(r, c);
    if (a.rank() == 1) x = g.reshape(x, List.of(Dim.of(1), a.dim(0)));
    if (c.rank() == 1) y = g.reshape(y, List.of(c.dim(0), Dim.of(1)));
    List<Dim> xd = x.type().dims(), yd = y.type().dims();
    int batch = Math.max(xd.size(), yd.size()) - 2;
    List<Dim> bx = xd.subList(0, xd.size() - 2), by = yd.subList(0, yd.size() - 2);
    List<Dim> common = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      Dim p = i - (batch - bx.size()) >= 0 ? bx.get(i - (batch - bx.size())) : Dim.of(1);
      Dim q = i - (batch - by.size()) >= 0 ? by.get(i - (batch - by.size())) : Dim.of(1);
      common.add(p.isConstant() && p.constant() == 1 ? q : p);
    }
    x = g.broadcast(x, concat(common, xd.subList(xd.size() - 2, xd.size())));
    y = g.broadcast(y, concat(common, yd.subList(yd.size() - 2, yd.size())));
    return g.reshape(g.matmul(x, y), out.dims());
  }

  static List<Dim> concat(List<Dim> a, List<Dim> b) {
    List<Dim> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static List<Dim> without(List<Dim> dims, int axis) {
    List<Dim> out = new ArrayList<>(dims);
    out.remove(axis);
    return out;
  }

  static List<Dim> with(List<Dim> dims, int axis, Dim d) {
    List<Dim> out = new ArrayList<>(dims);
    out.add(axis, d);
    return out;
  }

  /** Sum over axes, keeping them when asked. */
  Node sum(Node x, List<Integer> axes, boolean keep) {
    List<Integer> sorted = new ArrayList<>(axes);
    sorted.sort(null);
    return sorted.isEmpty() ? x : g.sum(x, sorted, keep);
  }

  /** The number of elements the axes hold, as a scalar-shaped fill of the given type. */
  Node count(TensorType x, List<Integer> axes, TensorType as) {
    Dim n = Dim.of(1);
    for (int a : axes) n = n.times(x.dim(a));
    return size(n, as);
  }

  /** An i32 one-hot comparison mask: idx [..., 1 new axis at the end] == iota over n. */
  Node oneHot(Node idx, Dim n, DType dtype) {
    List<Dim> dims = new ArrayList<>(idx.type().dims());
    List<Dim> keepDims = new ArrayList<>(dims);
    keepDims.add(Dim.of(1));
    dims.add(n);
    TensorType t = new TensorType(DType.I32, axes(dims));
    Node hit = g.eq(g.broadcast(g.reshape(idx, keepDims), dims), g.iota(dims.size() - 1, t));
    return g.cast(hit, dtype);
  }

  static List<Axis> axes(List<Dim> dims) {
    List<Axis> out = new ArrayList<>();
    for (Dim d : dims) out.add(Axis.of(d));
    return out;
  }

  /** x's rows where mask is true; the count of them is a size the select binds when it runs. */
  Node maskSelect(Node x, Node mask, String symbol) {
    return g.maskSelect(x, mask, symbol);
  }

  /** A size as a tensor of the given type: a constant, or a size known when the program runs. */
  Node size(Dim d, TensorType as) {
    return g.size(d, as);
  }

  // ------------------------------------------------------------------ leaves and randomness

  Node param(String path, TensorType type, Node init) {
    Node p = g.param(path, type);
    if (!params.containsKey(path)) {
      params.put(path, p);
      inits.put(path, init);
    }
    return p;
  }

  Node input(String name, TensorType type) {
    Node n = g.input(name, type);
    inputs.putIfAbsent(name, n);
    return n;
  }

  /**
   * A random tensor. In a parameter's initializer it is a constant drawn on the host from the
   * seed and the parameter's path when it is read ({@link dev.nnc.ir.Draw}), so initial values
   * are reproducible and lowering allocates none; elsewhere it is the counter-based random
   * primitive of the program.
   */
  Node random(String kind, TensorType type, double a, double b) {
    if (initializing == null) {
      // In the program: counter-based, a pure function of (seed, stream, step, element).
      Node step = input("step", TensorType.scalar(DType.I32));
      if (loopIndex != null) {
        // The counter of a draw in a loop also counts the loop's steps: step * 2^20 + index.
        step = g.add(g.scale(g.cast(step, DType.F64), 1 << 20), g.cast(loopIndex, DType.F64));
      }
      dev.nnc.ir.Attr.Rng.Kind k = kind.equals("normal") ? dev.nnc.ir.Attr.Rng.Kind.NORMAL : dev.nnc.ir.Attr.Rng.Kind.UNIFORM;
      Node r = runtimeSeed
          ? g.random(step, input(dev.nnc.runtime.model.Session.SEED, TensorType.scalar(DType.I32)), k, streams++, type)
          : g.random(step, k, seed & 0xffffffffL, streams++, type);
      return kind.equals("normal") ? g.add(g.like(r, a), g.scale(r, b)) : g.add(g.like(r, a), g.scale(r, b - a));
    }
    long n = type.elements().isConstant() ? type.elements().constant() : -1;
    if (n < 0) throw new Unsupported("a random initializer with a symbolic size");
    // Drawn when read (a command that needs the initial state), not now: a model may hold billions.
    return g.constant(new dev.nnc.ir.Draw(kind, a, b, seed, initializing.hashCode(), Math.toIntExact(n)), type);
  }
}
