package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Each builtin as IR: the primitives that compute a builtin's result from its (already
 * checked) arguments, beside {@link Builtins}, which holds their type and shape rules.
 */
final class BuiltinLowering {
  private BuiltinLowering() {}


  /** The node computing a builtin's tensor result, from its arguments (already checked). */
  static Node lower(Builtins.Args a, TensorType out, Lowering l) {
    Graph g = l.g;
    String name = a.def.name();
    switch (name) {
      case "exp": case "log": case "sqrt": case "tanh": case "sigmoid": case "sin": case "cos": case "erf":
      case "abs": case "sign": case "floor": case "ceil":
        return l.unary(Op.valueOf(name.toUpperCase()), a.get("x"), out);
      case "rsqrt": return g.recip(g.sqrt(l.of(a.get("x"), out)));
      case "log1p": {
        Node x = l.of(a.get("x"), out);
        return g.log(g.add(g.like(x, 1), x));
      }
      case "maximum": return l.binary(Op.MAX, a.get("a"), a.get("b"), out);
      case "minimum": return l.binary(Op.MIN, a.get("a"), a.get("b"), out);
      case "floor_div": {
        // floor(a / b), integers divided in f64 (exact for |a| < 2^31); f32 on the backends, exact for |a| <= 2^24.
        if (out.dtype().isFloat()) return g.floor(l.binary(Op.DIV, a.get("a"), a.get("b"), out));
        Node x = g.cast(l.of(a.get("a"), out), DType.F64), y = g.cast(l.of(a.get("b"), out), DType.F64);
        return g.cast(g.floor(g.div(x, y)), out.dtype());
      }
      case "where":
        return g.select(l.of(a.get("cond"), out.withDtype(DType.BOOL)), l.of(a.get("a"), out), l.of(a.get("b"), out));
      case "stop_gradient": return g.stopGradient(l.of(a.get("x")));
      case "sum": case "mean": case "max": case "min": case "prod": return reduction(a, out, l, name);
      case "reshape": case "flatten": case "squeeze": case "unsqueeze":
        return g.reshape(l.of(a.get("x")), out.dims());
      case "transpose": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        List<Integer> perm = identity(x.rank());
        int p = x.axis(((Int) a.get("a")).value().constant()), q = x.axis(((Int) a.get("b")).value().constant());
        perm.set(p, q);
        perm.set(q, p);
        return g.transpose(l.of(a.get("x")), perm);
      }
      case "permute": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        List<Integer> perm = new ArrayList<>();
        for (Value v : ((Lst) a.get("axes")).items()) perm.add(x.axis(((Int) v).value().constant()));
        return g.transpose(l.of(a.get("x")), perm);
      }
      case "broadcast_to": return l.of(a.get("x"), out);
      case "concat": case "stack": {
        List<Node> parts = new ArrayList<>();
        int axis = -1;
        for (Value v : ((Lst) a.get("xs")).items()) {
          TensorType t = Evaluator.tensorOf(v);
          int rank = t.rank() + (name.equals("stack") ? 1 : 0);
          long k = ((Int) a.get("axis")).value().constant();
          axis = (int) (k < 0 ? k + rank : k);
          Node n = l.of(v, t.withDtype(out.dtype()));
          parts.add(name.equals("stack") ? g.reshape(n, Lowering.with(n.type().dims(), axis, Dim.of(1))) : n);
        }
        return g.concat(parts, axis);
      }
      case "pad": {
        Node x = l.of(a.get("x"));
        List<Value> widths = ((Lst) a.get("widths")).items();
        int first = x.type().rank() - widths.size();
        double value = Ops.real(a.get("value"));
        for (int k = 0; k < widths.size(); k++) {
          List<Value> p = ((Tuple) widths.get(k)).items();
          x = g.pad(x, first + k, ((Int) p.get(0)).value(), ((Int) p.get(1)).value(), value);
        }
        return x;
      }
      case "gather": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        return g.gather(l.of(a.get("x")), l.of(a.get("idx")), x.axis(((Int) a.get("axis")).value().constant()));
      }
      case "take_along": return takeAlong(a, out, l);
      case "scatter_add": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        return g.scatterAdd(l.of(a.get("x")), l.of(a.get("idx")), l.of(a.get("src"), Evaluator.tensorOf(a.get("src")).withDtype(x.dtype())),
            x.axis(((Int) a.get("axis")).value().constant()));
      }
      case "write_row": {
        // select(iota == index, row, x): every element of x once, the row where the index is.
        Node x = l.of(a.get("x"));
        int axis = x.type().axis(((Int) a.get("axis")).value().constant());
        List<Dim> dims = x.type().dims();
        TensorType ints = out.withDtype(DType.I32);
        Node hit = g.eq(g.iota(axis, ints), l.of(a.get("index"), ints));
        List<Dim> rest = new ArrayList<>(dims);
        rest.remove(axis);
        Node row = l.of(a.get("row"), new TensorType(out.dtype(), Lowering.axes(rest)));
        return g.select(hit, g.broadcast(g.reshape(row, Lowering.with(rest, axis, Dim.of(1))), dims), x);
      }
      case "one_hot": return l.oneHot(l.of(a.get("idx")), out.dim(out.rank() - 1), out.dtype());
      case "zeros": case "zeros_like": return g.zeros(out);
      case "ones": case "ones_like": return g.fill(1, out);
      case "full": return l.of(a.get("value"), out);
      case "eye": {
        TensorType i = out.withDtype(DType.I32);
        return g.cast(g.eq(g.iota(0, i), g.iota(1, i)), out.dtype());
      }
      case "arange": return g.iota(0, out);
      case "cumsum": {
        // x @ U along the axis, with U[i, j] = (i <= j): every partial sum in one product of the
        // rows [M, n] (the other axes flattened) with U; its gradient, dy @ U', is the reverse cumsum.
        TensorType x = Evaluator.tensorOf(a.get("x"));
        int axis = x.axis(((Int) a.get("axis")).value().constant()), last = x.rank() - 1;
        List<Integer> perm = identity(x.rank());
        perm.set(axis, last);
        perm.set(last, axis);
        Node moved = g.transpose(l.of(a.get("x")), perm);
        Dim n = x.dim(axis), rows = Dim.of(1);
        for (Dim d : moved.type().dims().subList(0, last)) rows = rows.times(d);
        TensorType square = new TensorType(DType.I32, Lowering.axes(List.of(n, n)));
        Node upper = g.cast(g.le(g.iota(0, square), g.iota(1, square)), x.dtype());
        Node sums = g.matmul(g.reshape(moved, List.of(rows, n)), upper);
        return g.transpose(g.reshape(sums, moved.type().dims()), perm);
      }
      case "conv2d": case "conv_transpose2d": return convolution(a, out, l, name.equals("conv_transpose2d"));
      case "max_pool2d": return g.maxPool2d(l.of(a.get("x")), poolWindow(a));
      case "avg_pool2d": {
        // A mean over each window: every channel convolved on its own with weights 1/(kh*kw).
        Node x = l.of(a.get("x"));
        Attr.Pool p = poolWindow(a);
        List<Dim> d = x.type().dims();
        Node one = g.reshape(x, List.of(d.get(0).times(d.get(1)), Dim.of(1), d.get(2), d.get(3)));
        TensorType wt = new TensorType(out.dtype(), Lowering.axes(List.of(Dim.of(1), Dim.of(1), Dim.of(p.kernel().h()), Dim.of(p.kernel().w()))));
        Node w = g.fill(1.0 / (p.kernel().h() * p.kernel().w()), wt);
        return g.reshape(g.conv2d(one, w, new Attr.Conv(p.stride(), p.padding(), Attr.Hw.of(1), 1)), out.dims());
      }
      case "upsample": {
        Node x = l.of(a.get("x"));
        long k = ((Int) a.get("scale")).value().constant();
        List<Dim> d = x.type().dims();
        List<Dim> split = List.of(d.get(0), d.get(1), d.get(2), Dim.of(1), d.get(3), Dim.of(1));
        List<Dim> wide = List.of(d.get(0), d.get(1), d.get(2), Dim.of(k), d.get(3), Dim.of(k));
        return g.reshape(g.broadcast(g.reshape(x, split), wide), out.dims());
      }
      case "argsort": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        int axis = x.axis(((Int) a.get("axis")).value().constant());
        return sort(l, l.of(a.get("x")), axis, ((Bool) a.get("descending")).value(), x.dim(axis))[1];
      }
      case "argmax": case "argmin": {
        TensorType x = Evaluator.tensorOf(a.get("x"));
        int axis = x.axis(((Int) a.get("axis")).value().constant());
        Node v = l.of(a.get("x"));
        return argmax(l, name.equals("argmin") ? g.neg(v) : v, axis, ((Bool) a.get("keep")).value(), out);
      }
      case "categorical": {
        // The Gumbel-max trick: argmax(logits - log(-log(u))) draws from softmax(logits).
        TensorType x = Evaluator.tensorOf(a.get("logits"));
        Node logits = l.of(a.get("logits"));
        Node u = l.random("uniform", x, 1e-12, 1);
        Node gumbel = g.neg(g.log(g.neg(g.log(u))));
        return argmax(l, g.add(logits, gumbel), x.rank() - 1, false, out);
      }
      case "randint": {
        TensorType f = out.withDtype(DType.F32);
        double lo = Ops.real(a.get("low")), hi = Ops.real(a.get("high"));
        return g.cast(g.floor(l.random("uniform", f, lo, hi)), DType.I32);
      }
      case "bernoulli": case "bernoulli_like": {
        TensorType f = out.dtype().isFloat() ? out : out.withDtype(DType.F32);
        Node u = l.random("uniform", f, 0, 1);
        return g.cast(g.lt(u, l.of(a.get("p"), f)), out.dtype());
      }
      case "uniform": return l.random("uniform", out, Ops.real(a.get("low")), Ops.real(a.get("high")));
      case "normal": return l.random("normal", out, Ops.real(a.get("mean")), Ops.real(a.get("std")));
      case "uniform_like": return l.random("uniform", out, Ops.real(a.get("low")), Ops.real(a.get("high")));
      case "normal_like": return l.random("normal", out, Ops.real(a.get("mean")), Ops.real(a.get("std")));
      default: throw new Lowering.Unsupported("`" + name + "`");
    }
  }

  private static Node convolution(Builtins.Args a, TensorType out, Lowering l, boolean transposed) {
    TensorType w = Evaluator.tensorOf(a.get("w"));
    long[] stride = a.pair("stride"), dilation = a.pair("dilation");
    long[] kernel = {w.dim(2).constant(), w.dim(3).constant()};
    long[] padding = Builtins.padding(a, kernel, dilation);
    Attr.Conv c = new Attr.Conv(new Attr.Hw(stride[0], stride[1]), new Attr.Hw(padding[0], padding[1]),
        new Attr.Hw(dilation[0], dilation[1]), ((Int) a.get("groups")).value().constant());
    Node x = l.of(a.get("x")), wn = l.of(a.get("w"));
    return transposed ? l.g.conv2dInputGrad(x, wn, c, out.dim(2), out.dim(3)) : l.g.conv2d(x, wn, c);
  }

  private static Attr.Pool poolWindow(Builtins.Args a) {
    long[] kernel = a.pair("kernel");
    long[] stride = a.given("stride") ? a.pair("stride") : kernel;
    long[] padding = a.pair("padding");
    return new Attr.Pool(new Attr.Hw(kernel[0], kernel[1]), new Attr.Hw(stride[0], stride[1]), new Attr.Hw(padding[0], padding[1]));
  }

  /** The first index of the maximum along an axis: the smallest index where x equals its maximum. */
  private static Node argmax(Lowering l, Node x, int axis, boolean keep, TensorType out) {
    Graph g = l.g;
    List<Integer> axes = List.of(axis);
    Node max = g.broadcast(g.reduceMax(x, axes, true), x.type().dims());
    Node index = g.cast(g.iota(axis, x.type().withDtype(DType.I32)), x.type().dtype());
    Node far = g.fill(Double.POSITIVE_INFINITY, x.type());
    Node first = g.neg(g.reduceMax(g.neg(g.select(g.eq(x, max), index, far)), axes, keep));
    return g.reshape(g.cast(first, DType.I32), out.dims());
  }

  private static List<Integer> identity(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(i);
    return out;
  }

  private static Node reduction(Builtins.Args a, TensorType out, Lowering l, String name) {
    TensorType x = Evaluator.tensorOf(a.get("x"));
    List<Integer> axes = new ArrayList<>();
    if (!a.given("axis")) {
      axes = identity(x.rank());
    } else if (a.get("axis") instanceof Lst list) {
      for (Value v : list.items()) axes.add(x.axis(((Int) v).value().constant()));
    } else {
      axes.add(x.axis(((Int) a.get("axis")).value().constant()));
    }
    axes.sort(null);
    boolean keep = ((Bool) a.get("keep")).value();
    Graph g = l.g;
    Node n = l.of(a.get("x"));
    return switch (name) {
      case "sum" -> l.sum(n, axes, keep);
      case "mean" -> g.div(l.sum(n, axes, keep), l.count(x, axes, out));
      case "max" -> g.reduceMax(n, axes, keep);
      case "min" -> g.reduce(Op.REDUCE_MIN, n, axes, keep);
      case "prod" -> axes.isEmpty() ? n : g.reduceProd(n, axes, keep);
      default -> throw new AssertionError(name);
    };
  }

  /** take_along(x, idx, axis): out[..i..] = x[..idx[..i..]..] as a masked sum over the axis. */
  private static Node takeAlong(Builtins.Args a, TensorType out, Lowering l) {
    Graph g = l.g;
    TensorType x = Evaluator.tensorOf(a.get("x"));
    int axis = x.axis(((Int) a.get("axis")).value().constant());
    Node xs = l.of(a.get("x")), idx = l.of(a.get("idx"));
    // The indices read through the table 0, 1, .., n - 1 of the axis: the same values, and a
    // gather, which the backends that check indices check (a label past the classes of a
    // cross-entropy is the data's fault, not a loss of 0).
    Dim n = x.dim(axis);
    idx = g.gather(g.iota(0, new TensorType(DType.I32, Lowering.axes(List.of(n)))), idx, 0);
    // Put the taken positions in a new axis after `axis`: [.., k, n, ..].
    List<Dim> wide = Lowering.with(out.dims(), axis + 1, x.dim(axis));
    Node xw = g.broadcast(g.reshape(xs, Lowering.with(x.dims(), axis, Dim.of(1))), wide);
    Node iw = g.broadcast(g.reshape(idx, Lowering.with(out.dims(), axis + 1, Dim.of(1))), wide);
    Node hit = g.eq(iw, g.iota(axis + 1, new TensorType(DType.I32, Lowering.axes(wide))));
    return g.sum(g.select(hit, xw, g.zeros(xw.type())), List.of(axis + 1), false);
  }

  /** sort(x, axis, descending) and topk(x, k, axis): the tuple (values, i32 indices). */
  static Value sorted(Builtins.Args a, Tuple parts, Lowering l) {
    TensorType x = Evaluator.tensorOf(a.get("x"));
    int axis = x.axis(((Int) a.get("axis")).value().constant());
    boolean top = a.def.name().equals("topk");
    if (!top && !a.def.name().equals("sort")) throw new AssertionError(a.def.name());
    Dim k = top ? ((Tensor) parts.items().get(0)).type().dim(axis) : x.dim(axis);
    Node[] out = sort(l, l.of(a.get("x")), axis, top || ((Bool) a.get("descending")).value(), k);
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < 2; i++) values.add(new Tensor(((Tensor) parts.items().get(i)).type(), out[i]));
    return new Tuple(values);
  }

  /**
   * The first k elements of x sorted along an axis, and their indices: a stable sort (equal
   * elements keep their order) written as counting. Element i's place is the number of elements
   * before it in the order, {@code rank[i] = #{j : x[j] < x[i] or (x[j] == x[i] and j < i)}}
   * (with {@code >} when descending); place r takes the element whose rank is r, as a masked
   * sum. Both are reductions over an n-by-n (n-by-k) comparison the fusion planner computes in
   * the reduction's prologue, so time is O(n^2) a row and memory O(n). The values' gradient
   * goes back through the masked sum: each picked element gets its place's cotangent.
   */
  private static Node[] sort(Lowering l, Node x, int axis, boolean descending, Dim k) {
    Graph g = l.g;
    int r = x.type().rank(), last = r - 1;
    List<Integer> perm = identity(r);
    perm.set(axis, last);
    perm.set(last, axis);
    Node moved = axis == last ? x : g.transpose(x, perm);
    List<Dim> dims = moved.type().dims();
    Dim n = dims.get(last);
    DType keyType = x.type().dtype().isFloat() ? x.type().dtype() : DType.F32;
    Node key = g.cast(moved, keyType);
    // [.., n (i), n (j)]: element i against element j.
    List<Dim> square = Lowering.concat(dims.subList(0, last), List.of(n, n));
    Node xi = g.broadcast(g.reshape(key, Lowering.concat(dims, List.of(Dim.of(1)))), square);
    Node xj = g.broadcast(g.reshape(key, Lowering.with(dims, last, Dim.of(1))), square);
    TensorType ints = new TensorType(DType.I32, Lowering.axes(square));
    Node before = descending ? g.gt(xj, xi) : g.lt(xj, xi);
    Node tie = g.and(g.eq(xj, xi), g.lt(g.iota(last + 1, ints), g.iota(last, ints)));
    Node rank = g.sum(g.cast(g.or(before, tie), DType.F32), List.of(last + 1), false);
    // [.., k (place), n (i)]: whether element i goes to place p.
    List<Dim> pick = Lowering.concat(dims.subList(0, last), List.of(k, n));
    Node ranks = g.broadcast(g.reshape(rank, Lowering.with(dims, last, Dim.of(1))), pick);
    TensorType pickInts = new TensorType(DType.I32, Lowering.axes(pick));
    Node xs = g.broadcast(g.reshape(moved, Lowering.with(dims, last, Dim.of(1))), pick);
    Node values = g.sum(g.select(g.eq(ranks, g.cast(g.iota(last, pickInts), DType.F32)), xs, g.zeros(xs.type())), List.of(last + 1), false);
    // The same mask from the ranks in i32, so each sum computes its own in its prologue rather
    // than one of them storing an n-by-k value for the other.
    Node hit = g.eq(g.broadcast(g.reshape(g.cast(rank, DType.I32), Lowering.with(dims, last, Dim.of(1))), pick), g.iota(last, pickInts));
    Node indices = g.sum(g.select(hit, g.iota(last + 1, pickInts), g.zeros(pickInts)), List.of(last + 1), false);
    if (axis != last) {
      values = g.transpose(values, perm);
      indices = g.transpose(indices, perm);
    }
    return new Node[] {values, indices};
  }

  static Value split(Builtins.Args a, Tuple parts, Lowering l) {
    TensorType x = Evaluator.tensorOf(a.get("x"));
    int axis = x.axis(((Int) a.get("axis")).value().constant());
    Node n = l.of(a.get("x"));
    Dim offset = Dim.of(0);
    List<Value> out = new ArrayList<>();
    for (Value p : parts.items()) {
      TensorType t = ((Tensor) p).type();
      out.add(new Tensor(t, l.g.slice(n, axis, offset, t.dim(axis))));
      offset = offset.plus(t.dim(axis));
    }
    return new Tuple(out);
  }
}
