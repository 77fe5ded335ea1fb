package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The builtin functions: the primitives' type and shape rules as the checker sees them
 * ({@link BuiltinLowering} turns them into IR),
 * and the data sets. Everything else (activations, losses, layers) is .nn in the stdlib.
 */
final class Builtins {
  /** A parameter: its name, and its default (null when the argument is required). */
  record P(String name, Value dflt) {}

  interface Rule {
    Value apply(Args a);
  }

  record Def(String name, List<P> params, Rule rule) {}

  static final List<String> DATA_SETS =
      List.of("fashion_mnist", "mnist", "karate_club", "sbm", "academic", "linear", "points", "xor", "spirals", "fortunes",
          "fashion_mnist_captions", "fashion_mnist_masks");

  private static final Value NONE = new Str(null);
  private final Evaluator ev;
  private final Map<String, Def> defs = new LinkedHashMap<>();

  Builtins(Evaluator ev) {
    this.ev = ev;
    elementwise();
    reductions();
    shapes();
    gathers();
    networks();
    creation();
    dataSets();
  }

  Env prelude() {
    Env env = new Env(null, "builtins");
    Span none = new Span(new dev.nnc.diag.Source("<builtin>", "", true), 0, 0);
    for (Def d : defs.values()) {
      env.put(d.name(), new Env.Slot(new Ast.Name(d.name(), none), "builtin", new Builtin(d)));
    }
    env.put("training", new Env.Slot(new Ast.Name("training", none), "builtin", new Bool(null)));
    return env;
  }

  Set<String> names() { return defs.keySet(); }

  // ------------------------------------------------------------------ calling

  /** The arguments of one builtin call, by parameter, with helpers that report what is wrong. */
  final class Args {
    final Def def;
    final Value[] values;
    final Span[] spans;
    final Span site;

    Args(Def def, Value[] values, Span[] spans, Span site) {
      this.def = def;
      this.values = values;
      this.spans = spans;
      this.site = site;
    }

    private int index(String name) {
      for (int i = 0; i < def.params().size(); i++) if (def.params().get(i).name().equals(name)) return i;
      throw new AssertionError(def.name() + " has no " + name);
    }

    Value get(String name) { return values[index(name)]; }
    Span span(String name) { return spans[index(name)]; }
    boolean given(String name) { return values[index(name)] != NONE; }
    String what() { return "`" + def.name() + "`"; }

    void report(Diagnostic d) { ev.report(d); }

    /** A tensor argument (compile-time numbers count as scalars); null after an error. */
    TensorType tensor(String name) {
      Value v = get(name);
      TensorType t = Evaluator.tensorOf(v);
      if (t == null) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, span(name), "a tensor for `" + name + "` of " + what(), v.describe())
            .label(v.describe()));
      }
      return t;
    }

    TensorType floatTensor(String name) {
      TensorType t = tensor(name);
      if (t != null && !t.dtype().isFloat() && !(get(name) instanceof Int)) {
        ev.report(Diagnostic.of(Code.TYPE_FLOAT, span(name), what(), t).label(t.toString())
            .hint("convert it: `f32(" + span(name).text() + ")`"));
        return null;
      }
      return t != null && get(name) instanceof Int ? TensorType.scalar(DType.F32) : t;
    }

    TensorType intTensor(String name) {
      TensorType t = tensor(name);
      if (t != null && t.dtype() != DType.I32) {
        ev.report(Diagnostic.of(Code.TYPE_INT, span(name), what(), t).label(t.toString())
            .hint("class indices and positions are i32; convert with `i32(...)`"));
        return null;
      }
      return t;
    }

    Long constInt(String name) {
      return ev.constInt(get(name), span(name), "`" + name + "` of " + what());
    }

    /** An int or a pair (h, w) of ints. */
    long[] pair(String name) {
      Value v = get(name);
      if (v instanceof Tuple t && t.items().size() == 2) {
        Long a = ev.constInt(t.items().get(0), span(name), "`" + name + "` of " + what());
        Long b = ev.constInt(t.items().get(1), span(name), "`" + name + "` of " + what());
        return a == null || b == null ? null : new long[] {a, b};
      }
      Long k = constInt(name);
      return k == null ? null : new long[] {k, k};
    }

    /** A normalized axis of a type; -1 after reporting it out of range. */
    int axis(String name, TensorType t, int extra) {
      Long k = constInt(name);
      if (k == null) return -1;
      int rank = t.rank() + extra;
      long n = k < 0 ? k + rank : k;
      if (n < 0 || n >= rank) {
        ev.report(Diagnostic.of(Code.SHAPE_AXIS, span(name), k, t).label(t.rank() + " axes"));
        return -1;
      }
      return (int) n;
    }

    TensorType type(String name) {
      Value v = get(name);
      if (v instanceof Type t) return t.type();
      ev.report(Diagnostic.of(Code.TYPE_KIND, span(name), "a tensor type such as `f32[B, 64]` for `" + name + "` of " + what(),
          v.describe()).label(v.describe()));
      return null;
    }

    Value error() { return Evaluator.ERROR; }
  }

  Value apply(Def d, List<Calls.Arg> args, Span site) {
    if (d.name().equals("points")) return pointsOf(args, site);
    List<String> names = d.params().stream().map(P::name).toList();
    Set<String> optional = new HashSet<>();
    for (P p : d.params()) if (p.dflt() != null) optional.add(p.name());
    int[] index = ev.calls().bind(d.name(), names, optional, args, site);
    if (index == null) return Evaluator.ERROR;
    Value[] values = new Value[names.size()];
    Span[] spans = new Span[names.size()];
    for (int i = 0; i < names.size(); i++) {
      values[i] = index[i] >= 0 ? args.get(index[i]).value() : d.params().get(i).dflt();
      spans[i] = index[i] >= 0 ? args.get(index[i]).span() : site;
      if (values[i] instanceof Poly) return Evaluator.POLY;
      if (values[i] instanceof Lst l && containsPoly(l)) return Evaluator.POLY;
    }
    ev.frames.push(new Evaluator.Frame(site, d));
    try {
      Args given = new Args(d, values, spans, site);
      Value v = d.rule().apply(given);
      if (ev.lowering != null && v instanceof Tensor t && t.node() == null) {
        return new Tensor(t.type(), BuiltinLowering.lower(given, t.type(), ev.lowering));
      }
      if (ev.lowering != null && v instanceof Tuple tu && d.name().equals("split")) return BuiltinLowering.split(given, tu, ev.lowering);
      // chain gives whatever its last layer gives, a tuple of lowered values included
      if (ev.lowering != null && v instanceof Tuple tu && (d.name().equals("sort") || d.name().equals("topk"))) {
        return BuiltinLowering.sorted(given, tu, ev.lowering);
      }
      return v;
    } finally {
      ev.frames.pop();
    }
  }

  private static boolean containsPoly(Lst l) {
    for (Value v : l.items()) if (v instanceof Poly || (v instanceof Lst x && containsPoly(x))) return true;
    return false;
  }

  private void def(String name, Rule rule, Object... params) {
    List<P> ps = new ArrayList<>();
    for (int i = 0; i < params.length; i += 2) ps.add(new P((String) params[i], (Value) params[i + 1]));
    defs.put(name, new Def(name, ps, rule));
  }

  private static Value i(long v) { return Int.of(v); }
  private static Value f(double v) { return new Real(v); }
  private static Value b(boolean v) { return new Bool(v); }
  private static Value s(String v) { return new Str(v); }

  // ------------------------------------------------------------------ elementwise

  private void elementwise() {
    unary("exp", Math::exp, true);
    unary("log", Math::log, true);
    unary("sqrt", Math::sqrt, true);
    unary("rsqrt", x -> 1 / Math.sqrt(x), true);
    unary("tanh", Math::tanh, true);
    unary("sigmoid", x -> 1 / (1 + Math.exp(-x)), true);
    unary("sin", Math::sin, true);
    unary("cos", Math::cos, true);
    unary("erf", Builtins::erf, true);
    unary("log1p", Math::log1p, true);
    unary("abs", Math::abs, false);
    unary("sign", Math::signum, false);
    unary("floor", Math::floor, true);
    unary("ceil", Math::ceil, true);
    def("maximum", a -> pairwise(a, Math::max), "a", null, "b", null);
    def("minimum", a -> pairwise(a, Math::min), "a", null, "b", null);
    def("floor_div", this::floorDiv, "a", null, "b", null);
    def("where", this::where, "cond", null, "a", null, "b", null);
    def("stop_gradient", a -> a.tensor("x") == null ? a.error() : new Tensor(a.tensor("x")), "x", null);
  }

  private void unary(String name, DoubleUnaryOperator f, boolean floatOnly) {
    def(name, a -> {
      Value x = a.get("x");
      if (x instanceof Int || x instanceof Real) {
        Double v = Ops.real(x);
        return new Real(v == null ? null : f.applyAsDouble(v));
      }
      TensorType t = floatOnly ? a.floatTensor("x") : a.tensor("x");
      if (t == null) return a.error();
      if (t.dtype() == DType.BOOL) {
        a.report(Diagnostic.of(Code.TYPE_FLOAT, a.span("x"), a.what(), t).hint("convert it: `f32(...)`"));
        return a.error();
      }
      return new Tensor(t);
    }, "x", null);
  }

  private Value pairwise(Args a, java.util.function.DoubleBinaryOperator f) {
    Value x = a.get("a"), y = a.get("b");
    if ((x instanceof Int || x instanceof Real) && (y instanceof Int || y instanceof Real)) {
      if (x instanceof Int p && y instanceof Int q && p.value().isConstant() && q.value().isConstant()) {
        return Int.of((long) f.applyAsDouble(p.value().constant(), q.value().constant()));
      }
      Double u = Ops.real(x), v = Ops.real(y);
      return new Real(u == null || v == null ? null : f.applyAsDouble(u, v));
    }
    TensorType t = combine(a, List.of("a", "b"));
    return t == null ? a.error() : new Tensor(t);
  }

  /** floor_div(a, b): floor(a / b), Python's {@code //}; the partner of `%`, so a == floor_div(a, b) * b + a % b. */
  private Value floorDiv(Args a) {
    Value x = a.get("a"), y = a.get("b");
    if (y instanceof Int q && q.value().isConstant() && q.value().constant() == 0) {
      a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("b"), "a divisor", "non-zero", 0));
      return a.error();
    }
    if (x instanceof Int p && y instanceof Int q) return new Int(p.value().floorDiv(q.value()), a.site, null); // sizes too: floor_div(H, 2)
    if ((x instanceof Int || x instanceof Real) && (y instanceof Int || y instanceof Real)) {
      Double u = Ops.real(x), v = Ops.real(y);
      return new Real(u == null || v == null ? null : Math.floor(u / v));
    }
    TensorType t = combine(a, List.of("a", "b"));
    if (t == null) return a.error();
    if (t.dtype() == DType.BOOL) {
      a.report(Diagnostic.of(Code.TYPE_DTYPE, a.site, a.what(), "bool", "arithmetic").hint("convert the mask to numbers first: `i32(mask)`"));
      return a.error();
    }
    return new Tensor(t);
  }

  /** The broadcast type of several numeric operands; compile-time scalars take the tensors' dtype. */
  private TensorType combine(Args a, List<String> names) {
    DType dtype = null;
    String first = null;
    for (String n : names) {
      if (Evaluator.isScalarConst(a.get(n))) continue;
      TensorType t = a.tensor(n);
      if (t == null) return null;
      if (dtype == null) {
        dtype = t.dtype();
        first = n;
      } else if (dtype != t.dtype()) {
        a.report(Diagnostic.of(Code.TYPE_DTYPE, a.site, a.what(), dtype.word(), t.dtype().word())
            .note(a.span(first), dtype.word()).note(a.span(n), t.dtype().word()));
        return null;
      }
    }
    if (dtype == null) dtype = a.get(names.get(0)) instanceof Real || a.get(names.get(1)) instanceof Real ? DType.F32 : DType.I32;
    for (String n : names) {
      Value v = a.get(n);
      if (v instanceof Real && !dtype.isFloat()) {
        a.report(Diagnostic.of(Code.TYPE_DTYPE, a.span(n), a.what(), dtype.word(), "float").hint("convert the tensor: `f32(...)`"));
        return null;
      }
    }
    List<Axis> axes = List.of();
    String prev = null;
    for (String n : names) {
      TensorType t = Evaluator.tensorOf(a.get(n));
      if (prev == null) {
        axes = t.axes();
        prev = n;
        continue;
      }
      List<Axis> out = ev.ops().broadcast(a.site, a.what(), new TensorType(dtype, axes), t.withDtype(dtype), a.span(prev), a.span(n));
      if (out == null) return null;
      axes = out;
      prev = n;
    }
    return new TensorType(dtype, axes);
  }

  private Value where(Args a) {
    Value c = a.get("cond");
    TensorType ct = Evaluator.tensorOf(c);
    if (ct == null || ct.dtype() != DType.BOOL) {
      a.report(Diagnostic.of(Code.TYPE_BOOL, a.span("cond"), "the condition of `where`", c.describe())
          .label(c.describe()).hint("compare to get a bool tensor, for example `x > 0`"));
      return a.error();
    }
    TensorType vals = combine(a, List.of("a", "b"));
    if (vals == null) return a.error();
    List<Axis> axes = ev.ops().broadcast(a.site, a.what(), ct, vals.withDtype(DType.BOOL), a.span("cond"), a.span("a"));
    return axes == null ? a.error() : new Tensor(new TensorType(vals.dtype(), axes));
  }

  /** The error function, to float precision (Abramowitz and Stegun 7.1.26 is too coarse; use a series). */
  static double erf(double x) {
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : -y;
  }

  // ------------------------------------------------------------------ reductions

  private void reductions() {
    for (String name : List.of("sum", "mean", "max", "min", "prod")) {
      def(name, a -> reduce(a, name.equals("mean")), "x", null, "axis", NONE, "keep", b(false));
    }
    for (String name : List.of("argmax", "argmin")) {
      def(name, a -> {
        TensorType t = a.tensor("x");
        if (t == null) return a.error();
        int ax = a.axis("axis", t, 0);
        if (ax < 0) return a.error();
        return new Tensor(reduced(t, Set.of(ax), keep(a)).withDtype(DType.I32));
      }, "x", null, "axis", i(-1), "keep", b(false));
    }
    def("cumsum", a -> {
      TensorType t = a.tensor("x");
      if (t == null || a.axis("axis", t, 0) < 0) return a.error();
      return new Tensor(t);
    }, "x", null, "axis", i(-1));
    def("sort", a -> {
      TensorType t = a.tensor("x");
      if (t == null || a.axis("axis", t, 0) < 0) return a.error();
      return new Tuple(List.of(new Tensor(t), new Tensor(t.withDtype(DType.I32))));
    }, "x", null, "axis", i(-1), "descending", b(false));
    def("argsort", a -> {
      TensorType t = a.tensor("x");
      if (t == null || a.axis("axis", t, 0) < 0) return a.error();
      return new Tensor(t.withDtype(DType.I32));
    }, "x", null, "axis", i(-1), "descending", b(false));
    def("topk", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int ax = a.axis("axis", t, 0);
      Long k = a.constInt("k");
      if (ax < 0 || k == null) return a.error();
      Dim n = t.dim(ax);
      if (k < 1 || (n.isConstant() && k > n.constant())) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("k"), "`k` of `topk`", "between 1 and " + n, k));
        return a.error();
      }
      List<Axis> axes = t.axesCopy();
      axes.set(ax, new Axis(Dim.of(k), a.span("k"), null));
      TensorType out = t.withAxes(axes);
      return new Tuple(List.of(new Tensor(out), new Tensor(out.withDtype(DType.I32))));
    }, "x", null, "k", null, "axis", i(-1));
  }

  private boolean keep(Args a) {
    Value k = a.get("keep");
    if (k instanceof Bool b && b.value() != null) return b.value();
    a.report(Diagnostic.of(Code.TYPE_CONST, a.span("keep"), "`keep` (a bool)"));
    return false;
  }

  private Value reduce(Args a, boolean mean) {
    TensorType t = a.tensor("x");
    if (t == null) return a.error();
    if (t.dtype() == DType.BOOL || (mean && !t.dtype().isFloat())) {
      a.report(Diagnostic.of(Code.TYPE_FLOAT, a.span("x"), a.what(), t).hint("convert it: `f32(...)`"));
      return a.error();
    }
    Set<Integer> axes = new HashSet<>();
    if (!a.given("axis")) {
      for (int k = 0; k < t.rank(); k++) axes.add(k);
    } else if (a.get("axis") instanceof Lst l) {
      for (Value v : l.items()) {
        Long k = ev.constInt(v, a.span("axis"), "an axis");
        if (k == null) return a.error();
        long n = k < 0 ? k + t.rank() : k;
        if (n < 0 || n >= t.rank()) {
          a.report(Diagnostic.of(Code.SHAPE_AXIS, a.span("axis"), k, t));
          return a.error();
        }
        axes.add((int) n);
      }
    } else {
      int ax = a.axis("axis", t, 0);
      if (ax < 0) return a.error();
      axes.add(ax);
    }
    return new Tensor(reduced(t, axes, keep(a)));
  }

  private static TensorType reduced(TensorType t, Set<Integer> axes, boolean keep) {
    List<Axis> out = new ArrayList<>();
    for (int k = 0; k < t.rank(); k++) {
      if (!axes.contains(k)) out.add(t.axes().get(k));
      else if (keep) out.add(Axis.of(1));
    }
    return t.withAxes(out);
  }

  // ------------------------------------------------------------------ shapes

  /**
   * How a flattened axis explains its size, "the flattened size 3136 = 64 * 7 * 7"; shape.arg's
   * hint offers the product in place of a wrong declared size.
   */
  static final String FLATTENED = "the flattened size ";

  /** A size as a factor of a product: a sum in parentheses ("(H - 2) * 16"), anything else as it is. */
  static String factor(Dim d) {
    String s = d.toString();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (depth == 0 && (c == '+' || c == '-') && i > 0) return "(" + s + ")";
    }
    return s;
  }

  private void shapes() {
    def("reshape", this::reshape, "x", null, "shape", null);
    def("flatten", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int from = a.axis("from", t, 0), to = a.axis("to", t, 0);
      if (from < 0 || to < 0) return a.error();
      if (from > to) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("from"), "`from` of `flatten`", "at most `to` (" + to + ")", from));
        return a.error();
      }
      List<Axis> out = new ArrayList<>(t.axes().subList(0, from));
      Dim n = Dim.of(1);
      List<String> factors = new ArrayList<>();
      for (int k = from; k <= to; k++) {
        n = n.times(t.dim(k));
        factors.add(factor(t.dim(k)));
      }
      out.add(new Axis(n, a.site, FLATTENED + n + (factors.size() > 1 ? " = " + String.join(" * ", factors) : "")));
      out.addAll(t.axes().subList(to + 1, t.rank()));
      return new Tensor(t.withAxes(out));
    }, "x", null, "from", i(1), "to", i(-1));
    def("transpose", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int x = a.axis("a", t, 0), y = a.axis("b", t, 0);
      if (x < 0 || y < 0) return a.error();
      List<Axis> out = t.axesCopy();
      out.set(x, t.axes().get(y));
      out.set(y, t.axes().get(x));
      return new Tensor(t.withAxes(out));
    }, "x", null, "a", i(-2), "b", i(-1));
    def("permute", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      List<Long> perm = ints(a, "axes");
      if (perm == null) return a.error();
      Set<Long> seen = new HashSet<>();
      for (long p : perm) seen.add(p < 0 ? p + t.rank() : p);
      boolean ok = perm.size() == t.rank();
      for (long k = 0; ok && k < t.rank(); k++) ok = seen.contains(k);
      if (!ok) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("axes"), "the axes of `permute`", "a permutation of 0.." + (t.rank() - 1), a.span("axes").text()));
        return a.error();
      }
      List<Axis> out = new ArrayList<>();
      for (long p : perm) out.add(t.axes().get((int) (p < 0 ? p + t.rank() : p)));
      return new Tensor(t.withAxes(out));
    }, "x", null, "axes", null);
    def("unsqueeze", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int ax = a.axis("axis", t, 1);
      if (ax < 0) return a.error();
      List<Axis> out = t.axesCopy();
      out.add(ax, new Axis(Dim.of(1), a.site, null));
      return new Tensor(t.withAxes(out));
    }, "x", null, "axis", null);
    def("squeeze", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int ax = a.axis("axis", t, 0);
      if (ax < 0) return a.error();
      if (!t.axes().get(ax).isOne()) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("axis"), "the squeezed axis of " + t, "of size 1", t.dim(ax)));
        return a.error();
      }
      List<Axis> out = t.axesCopy();
      out.remove(ax);
      return new Tensor(t.withAxes(out));
    }, "x", null, "axis", null);
    def("broadcast_to", a -> {
      TensorType t = a.tensor("x");
      List<Axis> target = sizes(a, "shape");
      if (t == null || target == null) return a.error();
      Shapes.Result r = Shapes.broadcast(t.axes(), target);
      if (!r.ok() || !r.axes().stream().map(Axis::size).toList().equals(target.stream().map(Axis::size).toList())) {
        a.report(Diagnostic.of(Code.SHAPE_BROADCAST, a.site, a.what(), t, new TensorType(t.dtype(), target)));
        return a.error();
      }
      return new Tensor(t.withAxes(target));
    }, "x", null, "shape", null);
    def("concat", a -> join(a, false), "xs", null, "axis", i(0));
    def("stack", a -> join(a, true), "xs", null, "axis", i(0));
    def("split", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int ax = a.axis("axis", t, 0);
      List<Axis> parts = sizes(a, "sizes");
      if (ax < 0 || parts == null) return a.error();
      Dim total = Dim.of(0);
      for (Axis p : parts) total = total.plus(p.size());
      if (!total.equals(t.dim(ax))) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("sizes"), "the sizes of `split`", "a sum of " + t.dim(ax), total));
        return a.error();
      }
      List<Value> out = new ArrayList<>();
      for (Axis p : parts) {
        List<Axis> axes = t.axesCopy();
        axes.set(ax, p);
        out.add(new Tensor(t.withAxes(axes)));
      }
      return new Tuple(out);
    }, "x", null, "sizes", null, "axis", i(-1));
    def("pad", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      if (!(a.get("widths") instanceof Lst l) || l.items().size() > t.rank()) {
        a.report(Diagnostic.of(Code.TYPE_KIND, a.span("widths"), "a list of (before, after) pairs, one per trailing axis",
            a.get("widths").describe()));
        return a.error();
      }
      List<Axis> out = t.axesCopy();
      int first = t.rank() - l.items().size();
      for (int k = 0; k < l.items().size(); k++) {
        Value w = l.items().get(k);
        if (!(w instanceof Tuple p) || p.items().size() != 2) {
          a.report(Diagnostic.of(Code.TYPE_KIND, a.span("widths"), "a (before, after) pair", w.describe()));
          return a.error();
        }
        Long lo = ev.constInt(p.items().get(0), a.span("widths"), "a padding width");
        Long hi = ev.constInt(p.items().get(1), a.span("widths"), "a padding width");
        if (lo == null || hi == null) return a.error();
        out.set(first + k, new Axis(t.dim(first + k).plus(Dim.of(lo + hi)), a.site, null));
      }
      return new Tensor(t.withAxes(out));
    }, "x", null, "widths", null, "value", f(0));
    def("size", a -> {
      TensorType t = a.tensor("x");
      if (t == null) return a.error();
      int ax = a.axis("axis", t, 0);
      if (ax < 0) return a.error();
      Axis x = t.axes().get(ax);
      return new Int(x.size(), x.origin(), null);
    }, "x", null, "axis", null);
    def("chain", a -> {
      if (!(a.get("layers") instanceof Lst l)) {
        a.report(Diagnostic.of(Code.TYPE_KIND, a.span("layers"), "a list of layers", a.get("layers").describe()));
        return a.error();
      }
      Value x = a.get("x");
      for (Value layer : l.items()) {
        x = ev.calls().apply(layer, List.of(new Calls.Arg(null, x, a.span("x"))), a.site, "chain");
        if (x instanceof Failed) return x;
      }
      return x;
    }, "layers", null, "x", null);
  }

  private List<Long> ints(Args a, String name) {
    if (!(a.get(name) instanceof Lst l)) {
      a.report(Diagnostic.of(Code.TYPE_KIND, a.span(name), "a list of ints", a.get(name).describe()));
      return null;
    }
    List<Long> out = new ArrayList<>();
    for (Value v : l.items()) {
      Long k = ev.constInt(v, a.span(name), "an axis");
      if (k == null) return null;
      out.add(k);
    }
    return out;
  }

  /** A list of sizes (compile-time ints, possibly symbolic). */
  private List<Axis> sizes(Args a, String name) {
    if (!(a.get(name) instanceof Lst l)) {
      a.report(Diagnostic.of(Code.TYPE_KIND, a.span(name), "a list of sizes such as `[B, 64]`", a.get(name).describe()));
      return null;
    }
    List<Axis> out = new ArrayList<>();
    for (Value v : l.items()) {
      if (!(v instanceof Int i)) {
        a.report(Diagnostic.of(Code.DIM_EXPR, a.span(name), v.describe()));
        return null;
      }
      out.add(new Axis(i.value(), i.origin() != null ? i.origin() : a.span(name), i.name() == null ? null : i.axis().why()));
    }
    return out;
  }

  private Value reshape(Args a) {
    TensorType t = a.tensor("x");
    List<Axis> target = sizes(a, "shape");
    if (t == null || target == null) return a.error();
    int infer = -1;
    Dim known = Dim.of(1);
    for (int k = 0; k < target.size(); k++) {
      Dim d = target.get(k).size();
      if (d.isConstant() && d.constant() == -1 && infer < 0) {
        infer = k;
      } else if (d.isConstant() && d.constant() < 1) {
        a.report(Diagnostic.of(Code.DIM_NONPOSITIVE, a.span("shape"), "in `reshape`", d));
        return a.error();
      } else {
        known = known.times(d);
      }
    }
    if (infer >= 0) {
      Dim rest = t.elements().exactDiv(known);
      if (rest == null) {
        a.report(Diagnostic.of(Code.SHAPE_RESHAPE, a.site, t, t.elements(), "[" + a.span("shape").text() + "]", "a multiple of " + known));
        return a.error();
      }
      target = new ArrayList<>(target);
      target.set(infer, new Axis(rest, a.span("shape"), null));
      known = known.times(rest);
    }
    if (!known.equals(t.elements())) {
      a.report(Diagnostic.of(Code.SHAPE_RESHAPE, a.site, t, t.elements(), new TensorType(t.dtype(), target), known)
          .note(a.span("x"), t.toString()));
      return a.error();
    }
    return new Tensor(t.withAxes(target));
  }

  private Value join(Args a, boolean stack) {
    if (!(a.get("xs") instanceof Lst l) || l.items().isEmpty()) {
      a.report(Diagnostic.of(Code.TYPE_KIND, a.span("xs"), "a non-empty list of tensors `[a, b]`", a.get("xs").describe()));
      return a.error();
    }
    List<TensorType> ts = new ArrayList<>();
    for (Value v : l.items()) {
      if (v instanceof Poly) return Evaluator.POLY;
      TensorType t = Evaluator.tensorOf(v);
      if (t == null) {
        a.report(Diagnostic.of(Code.TYPE_KIND, a.span("xs"), "tensors to " + (stack ? "stack" : "concatenate"), v.describe()));
        return a.error();
      }
      ts.add(t);
    }
    TensorType first = ts.get(0);
    int ax = a.axis("axis", first, stack ? 1 : 0);
    if (ax < 0) return a.error();
    Dim total = Dim.of(0);
    for (int k = 0; k < ts.size(); k++) {
      TensorType t = ts.get(k);
      if (t.dtype() != first.dtype()) {
        a.report(Diagnostic.of(Code.TYPE_DTYPE, a.span("xs"), a.what(), first.dtype().word(), t.dtype().word()));
        return a.error();
      }
      if (t.rank() != first.rank()) {
        a.report(Diagnostic.of(Code.SHAPE_CONCAT, a.span("xs"), a.what(), ax, first, t, "count (rank " + first.rank() + " vs " + t.rank() + ")"));
        return a.error();
      }
      for (int d = 0; d < t.rank(); d++) {
        if ((stack || d != ax) && !t.dim(d).equals(first.dim(d))) {
          a.report(Diagnostic.of(Code.SHAPE_CONCAT, a.span("xs"), a.what(), ax, first, t, d)
              .hint(stack ? "stacked tensors must have the same shape" : "all axes but the joined one must match"));
          return a.error();
        }
      }
      if (!stack) total = total.plus(t.dim(ax));
    }
    List<Axis> out = first.axesCopy();
    if (stack) out.add(ax, new Axis(Dim.of(ts.size()), a.span("xs"), null));
    else out.set(ax, new Axis(total, a.span("xs"), null));
    return new Tensor(first.withAxes(out));
  }

  // ------------------------------------------------------------------ gather and scatter

  private void gathers() {
    def("gather", a -> {
      TensorType x = a.tensor("x"), idx = a.intTensor("idx");
      if (x == null || idx == null) return a.error();
      int ax = a.axis("axis", x, 0);
      if (ax < 0) return a.error();
      List<Axis> out = new ArrayList<>(x.axes().subList(0, ax));
      out.addAll(idx.axes());
      out.addAll(x.axes().subList(ax + 1, x.rank()));
      return new Tensor(x.withAxes(out));
    }, "x", null, "idx", null, "axis", i(0));
    def("take_along", a -> {
      TensorType x = a.tensor("x"), idx = a.intTensor("idx");
      if (x == null || idx == null) return a.error();
      int ax = a.axis("axis", x, 0);
      if (ax < 0) return a.error();
      boolean ok = idx.rank() == x.rank();
      for (int d = 0; ok && d < x.rank(); d++) ok = d == ax || idx.dim(d).equals(x.dim(d));
      if (!ok) {
        a.report(Diagnostic.of(Code.SHAPE_GATHER, a.span("idx"), a.what(),
            "the index " + idx + " must have the rank and sizes of " + x + " except on axis " + ax)
            .hint("add the axis with `unsqueeze(idx, " + ax + ")` or `idx[..., new]`"));
        return a.error();
      }
      return new Tensor(x.withAxes(idx.axes()));
    }, "x", null, "idx", null, "axis", i(-1));
    def("scatter_add", a -> {
      TensorType x = a.tensor("x"), idx = a.intTensor("idx"), src = a.tensor("src");
      if (x == null || idx == null || src == null) return a.error();
      int ax = a.axis("axis", x, 0);
      if (ax < 0) return a.error();
      List<Axis> want = x.axesCopy();
      if (idx.rank() != 1) {
        a.report(Diagnostic.of(Code.SHAPE_GATHER, a.span("idx"), a.what(), "the index must have one axis, found " + idx));
        return a.error();
      }
      want.set(ax, idx.axes().get(0));
      TensorType expected = x.withAxes(want);
      if (!expected.sameAs(src)) {
        a.report(Diagnostic.of(Code.SHAPE_GATHER, a.span("src"), a.what(), "the source must be " + expected + ", found " + src));
        return a.error();
      }
      return new Tensor(x);
    }, "x", null, "idx", null, "src", null, "axis", i(0));
    def("write_row", a -> {
      TensorType x = a.tensor("x"), at = a.intTensor("index"), row = a.tensor("row");
      if (x == null || at == null || row == null) return a.error();
      int ax = a.axis("axis", x, 0);
      if (ax < 0) return a.error();
      if (at.rank() != 0) {
        a.report(Diagnostic.of(Code.SHAPE_GATHER, a.span("index"), a.what(), "the index must be a scalar, found " + at));
        return a.error();
      }
      Dim n = x.dim(ax);
      if (a.get("index") instanceof Int i && i.value().isConstant()) {
        long k = i.value().constant();
        if (k < 0 || (n.isConstant() && k >= n.constant())) {
          a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("index"), "`index` of " + a.what(),
              n.isConstant() ? "between 0 and " + (n.constant() - 1) : "at least 0", k));
          return a.error();
        }
      }
      List<Axis> rest = x.axesCopy();
      rest.remove(ax);
      TensorType expected = x.withAxes(rest);
      boolean number = Evaluator.isScalarConst(a.get("row"));
      if (number ? a.get("row") instanceof Real && !x.dtype().isFloat() : !expected.sameAs(row)) {
        a.report(Diagnostic.of(Code.SHAPE_GATHER, a.span("row"), a.what(), "the row must be " + expected + " or a number, found " + row));
        return a.error();
      }
      return new Tensor(x);
    }, "x", null, "index", null, "row", null, "axis", i(0));
    def("one_hot", a -> {
      TensorType idx = a.intTensor("idx");
      Long n = a.constInt("n");
      if (idx == null || n == null) return a.error();
      List<Axis> out = idx.axesCopy();
      out.add(new Axis(Dim.of(n), a.span("n"), null));
      return new Tensor(new TensorType(DType.F32, out));
    }, "idx", null, "n", null);
    def("matmul", a -> {
      TensorType x = a.tensor("a"), y = a.tensor("b");
      if (x == null || y == null) return a.error();
      return ev.ops().matmul(a.site, x, y, a.span("a"), a.span("b"), a.get("a"), a.get("b"));
    }, "a", null, "b", null);
  }

  // ------------------------------------------------------------------ convolutions and pooling

  private void networks() {
    def("conv2d", a -> conv(a, false), "x", null, "w", null, "stride", i(1), "padding", i(0), "dilation", i(1), "groups", i(1));
    def("conv_transpose2d", a -> conv(a, true), "x", null, "w", null, "stride", i(1), "padding", i(0),
        "output_padding", i(0), "dilation", i(1), "groups", i(1));
    def("max_pool2d", this::pool, "x", null, "kernel", null, "stride", NONE, "padding", i(0));
    def("avg_pool2d", this::pool, "x", null, "kernel", null, "stride", NONE, "padding", i(0));
    def("upsample", a -> {
      TensorType x = image(a);
      Long k = a.constInt("scale");
      if (x == null || k == null) return a.error();
      List<Axis> out = x.axesCopy();
      int r = x.rank();
      out.set(r - 2, new Axis(x.dim(r - 2).times(Dim.of(k)), a.site, null));
      out.set(r - 1, new Axis(x.dim(r - 1).times(Dim.of(k)), a.site, null));
      return new Tensor(x.withAxes(out));
    }, "x", null, "scale", null);
  }

  private TensorType image(Args a) {
    TensorType x = a.floatTensor("x");
    if (x == null) return null;
    if (x.rank() != 4) {
      a.report(Diagnostic.of(Code.SHAPE_RANK, a.span("x"), a.what(), "an image batch f32[N, C, H, W]", x).label(x.toString())
          .hint(x.rank() == 2 ? "reshape a flat image first, for example `reshape(x, [B, 1, 28, 28])`" : null));
      return null;
    }
    return x;
  }

  private Value conv(Args a, boolean transposed) {
    TensorType x = image(a);
    TensorType w = a.floatTensor("w");
    if (x == null || w == null) return a.error();
    if (w.rank() != 4) {
      a.report(Diagnostic.of(Code.SHAPE_RANK, a.span("w"), a.what(), "a weight f32[O, C/groups, kh, kw]", w));
      return a.error();
    }
    if (x.dtype() != w.dtype()) {
      a.report(Diagnostic.of(Code.TYPE_DTYPE, a.site, a.what(), x.dtype().word(), w.dtype().word()));
      return a.error();
    }
    Long groups = a.constInt("groups");
    long[] stride = a.pair("stride"), dilation = a.pair("dilation");
    if (groups == null || stride == null || dilation == null) return a.error();
    long[] kernel = kernel(a, w);
    if (kernel == null) return a.error();
    long[] padding = padding(a, kernel, dilation);
    if (padding == null) return a.error();
    for (String n : List.of("stride", "dilation", "groups")) {
      long[] v = n.equals("groups") ? new long[] {groups, groups} : n.equals("stride") ? stride : dilation;
      if (v[0] < 1 || v[1] < 1) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span(n), "`" + n + "` of " + a.what(), "at least 1", v[0] < 1 ? v[0] : v[1]));
        return a.error();
      }
    }
    Dim channels = x.dim(1);
    Dim perGroup = w.dim(transposed ? 0 : 1);
    Dim expected = transposed ? perGroup : perGroup.times(Dim.of(groups));
    if (!channels.equals(expected)) {
      Axis c = x.axes().get(1);
      Diagnostic d = Diagnostic.of(Code.SHAPE_CONV, a.span("x"), a.what(), channels, expected).label(x.toString());
      Axis wc = w.axes().get(transposed ? 0 : 1);
      if (wc.origin() != null) d = d.note(wc.origin(), (wc.why() != null ? wc.why() : wc.size().toString()) + " is declared here");
      if (c.origin() != null && c.origin() != a.span("x")) d = d.note(c.origin(), "the input's channels come from here");
      a.report(d.hint("the weight's in-channels times `groups` must equal the input's channels (axis 1)"));
      return a.error();
    }
    if (groups > 1) {
      Dim out = transposed ? w.dim(1).times(Dim.of(groups)) : w.dim(0);
      Long rc = channels.mod(Dim.of(groups)), ro = out.mod(Dim.of(groups));
      if ((rc != null && rc != 0) || (ro != null && ro != 0)) {
        a.report(Diagnostic.of(Code.SHAPE_GROUPS, a.span("groups"), a.what(), rc != null && rc != 0 ? channels : out, groups));
        return a.error();
      }
    }
    List<Axis> out = new ArrayList<>();
    out.add(x.axes().get(0));
    out.add(transposed ? new Axis(w.dim(1).times(Dim.of(groups)), a.span("w"), null) : w.axes().get(0));
    long[] outputPadding = transposed ? a.pair("output_padding") : new long[] {0, 0};
    if (outputPadding == null) return a.error();
    for (int k = 0; k < 2; k++) {
      Dim n = x.dim(2 + k);
      Dim size = transposed
          ? Shapes.transposedWindow(n, kernel[k], stride[k], padding[k], outputPadding[k], dilation[k])
          : Shapes.window(n, kernel[k], stride[k], padding[k], dilation[k]);
      if (!shrinkOk(a, size, n, kernel[k], padding[k], dilation[k], k)) return a.error();
      out.add(new Axis(size, a.site, null));
    }
    return new Tensor(x.withAxes(out));
  }

  /**
   * shape.shrink when a window gives fewer than 1 output along spatial axis k: the output is at
   * least 1 exactly when the padded input covers the window's span, dilation * (kernel - 1) + 1,
   * whatever the stride, so the hint names the padding that would make it fit.
   */
  private boolean shrinkOk(Args a, Dim size, Dim input, long kernel, long padding, long dilation, int k) {
    if (size.isConstant() && size.constant() < 1) {
      String axis = k == 0 ? "height" : "width";
      long span = dilation * (kernel - 1) + 1;
      String hint = "the " + axis + " is too small for the window: pad the input, or use a smaller kernel or stride";
      if (input.isConstant()) {
        long covered = input.constant() + 2 * padding, need = (span - input.constant() + 1) / 2;
        hint = "the window spans " + span + " but the " + axis + " is " + input.constant()
            + (padding > 0 ? " (" + covered + " padded)" : "") + ": pad by at least " + need
            + " (`padding: " + need + "`), use a smaller kernel, or shrink the image less before this layer";
      }
      a.report(Diagnostic.of(Code.SHAPE_SHRINK, a.span("x"), a.what(), size.constant(), input, kernel).hint(hint));
      return false;
    }
    return true;
  }

  private long[] kernel(Args a, TensorType w) {
    if (!w.dim(2).isConstant() || !w.dim(3).isConstant()) {
      if (ev.isOpen(w.dim(2)) || ev.isOpen(w.dim(3))) return null;
      a.report(Diagnostic.of(Code.TYPE_CONST, a.span("w"), "the kernel size of " + a.what()));
      return null;
    }
    return new long[] {w.dim(2).constant(), w.dim(3).constant()};
  }

  /** An int, a pair, or "same" (keeps the size at stride 1 for odd kernels). */
  static long[] padding(Args a, long[] kernel, long[] dilation) {
    if (a.get("padding") instanceof Str s) {
      if (!"same".equals(s.value())) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("padding"), "`padding`", "an int, a pair or \"same\"", "\"" + s.value() + "\""));
        return null;
      }
      return new long[] {dilation[0] * (kernel[0] - 1) / 2, dilation[1] * (kernel[1] - 1) / 2};
    }
    long[] p = a.pair("padding");
    if (p != null && (p[0] < 0 || p[1] < 0)) {
      a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("padding"), "`padding`", "at least 0", Math.min(p[0], p[1])));
      return null;
    }
    return p;
  }

  private Value pool(Args a) {
    TensorType x = image(a);
    long[] kernel = a.pair("kernel");
    if (x == null || kernel == null) return a.error();
    long[] stride = a.given("stride") ? a.pair("stride") : kernel;
    long[] padding = a.pair("padding");
    if (stride == null || padding == null) return a.error();
    if (kernel[0] < 1 || kernel[1] < 1 || stride[0] < 1 || stride[1] < 1) {
      a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("kernel"), "the window of " + a.what(), "at least 1", Math.min(kernel[0], stride[0])));
      return a.error();
    }
    List<Axis> out = x.axesCopy();
    for (int k = 0; k < 2; k++) {
      Dim n = x.dim(2 + k);
      Dim size = Shapes.window(n, kernel[k], stride[k], padding[k], 1);
      if (!shrinkOk(a, size, n, kernel[k], padding[k], 1, k)) return a.error();
      out.set(2 + k, new Axis(size, a.site, null));
    }
    return new Tensor(x.withAxes(out));
  }

  // ------------------------------------------------------------------ random numbers and creation

  private void creation() {
    def("uniform", a -> random(a, "type", true), "type", null, "low", f(0), "high", f(1));
    def("normal", a -> random(a, "type", true), "type", null, "mean", f(0), "std", f(1));
    def("bernoulli", a -> probability(a) ? random(a, "type", false) : a.error(), "type", null, "p", null);
    def("randint", a -> {
      TensorType t = a.type("type");
      if (t == null) return a.error();
      if (t.dtype() != DType.I32) {
        a.report(Diagnostic.of(Code.TYPE_INT, a.span("type"), a.what(), t));
        return a.error();
      }
      return new Tensor(t);
    }, "type", null, "low", null, "high", null);
    def("uniform_like", a -> like(a, true), "x", null, "low", f(0), "high", f(1));
    def("normal_like", a -> like(a, true), "x", null, "mean", f(0), "std", f(1));
    def("bernoulli_like", a -> probability(a) ? like(a, false) : a.error(), "x", null, "p", null);
    def("categorical", a -> {
      TensorType t = a.floatTensor("logits");
      if (t == null) return a.error();
      if (t.rank() == 0) {
        a.report(Diagnostic.of(Code.SHAPE_RANK, a.span("logits"), a.what(), "at least 1 axis", t));
        return a.error();
      }
      return new Tensor(new TensorType(DType.I32, t.axes().subList(0, t.rank() - 1)));
    }, "logits", null);
    def("zeros", a -> a.type("type") == null ? a.error() : new Tensor(a.type("type")), "type", null);
    def("ones", a -> a.type("type") == null ? a.error() : new Tensor(a.type("type")), "type", null);
    def("full", a -> a.type("type") == null ? a.error() : new Tensor(a.type("type")), "type", null, "value", null);
    def("zeros_like", a -> a.tensor("x") == null ? a.error() : new Tensor(a.tensor("x")), "x", null);
    def("ones_like", a -> a.tensor("x") == null ? a.error() : new Tensor(a.tensor("x")), "x", null);
    def("eye", a -> {
      Value n = a.get("n");
      if (!(n instanceof Int i)) {
        a.report(Diagnostic.of(Code.DIM_EXPR, a.span("n"), n.describe()));
        return a.error();
      }
      Axis ax = new Axis(i.value(), i.origin() != null ? i.origin() : a.span("n"), i.name() == null ? null : i.axis().why());
      return new Tensor(new TensorType(DType.F32, List.of(ax, ax)));
    }, "n", null);
    def("arange", a -> {
      Value n = a.get("n");
      if (!(n instanceof Int i)) {
        a.report(Diagnostic.of(Code.DIM_EXPR, a.span("n"), n.describe()));
        return a.error();
      }
      return new Tensor(new TensorType(DType.I32, List.of(new Axis(i.value(), a.span("n"), null))));
    }, "n", null);
    def("ascii", a -> {
      // A string as token ids (runtime Text's vocabulary): a compile-time list of `length`
      // ints, the characters' codes and then 0 (NUL), the padding of captions.
      if (!(a.get("text") instanceof Str s) || s.value() == null) {
        a.report(Diagnostic.of(Code.TYPE_KIND, a.span("text"), "a string for `text` of " + a.what(), a.get("text").describe()));
        return a.error();
      }
      String text = ((Str) a.get("text")).value();
      Long length = a.constInt("length");
      if (length == null) return a.error();
      if (!intIn(a, "length", "`length` of " + a.what(), length, 1, 1 << 20)) return a.error();
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == 0 || c >= 128) {
          a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("text"), "each character of `text` of " + a.what(),
              "ASCII (codes 1 to 127)", "`" + text.substring(k, text.offsetByCodePoints(k, 1)) + "` at position " + k)
              .hint("captions and prompts are ASCII: write the character without its accent, or leave it out"));
          return a.error();
        }
      }
      if (text.length() > length) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("text"), "the text of " + a.what(),
            "at most `length` (" + length + ") characters", text.length() + " characters")
            .hint("pass a larger `length`: ascii(\"...\", " + text.length() + ")"));
        return a.error();
      }
      List<Value> codes = new ArrayList<>();
      for (int k = 0; k < length; k++) codes.add(Int.of(k < text.length() ? text.charAt(k) : 0));
      return new Lst(codes);
    }, "text", null, "length", null);
  }

  private Value random(Args a, String name, boolean floatOnly) {
    TensorType t = a.type(name);
    if (t == null) return a.error();
    if (floatOnly && !t.dtype().isFloat()) {
      a.report(Diagnostic.of(Code.TYPE_FLOAT, a.span(name), a.what(), t).hint("draw integers with `randint`"));
      return a.error();
    }
    return new Tensor(t);
  }

  private Value like(Args a, boolean floatOnly) {
    TensorType t = floatOnly ? a.floatTensor("x") : a.tensor("x");
    return t == null ? a.error() : new Tensor(t);
  }

  private boolean probability(Args a) {
    Value p = a.get("p");
    Double v = Ops.real(p);
    if (v != null && (v < 0 || v > 1)) {
      a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("p"), "the probability `p`", "between 0 and 1", v));
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ data sets

  private void dataSets() {
    for (String name : List.of("fashion_mnist", "mnist")) {
      def(name, a -> {
        String split = a.get("split") instanceof Str s ? s.value() : null;
        if (!"train".equals(split) && !"test".equals(split)) {
          a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("split"), "the split of `" + name + "`", "\"train\" or \"test\"",
              a.get("split") instanceof Str s ? "\"" + s.value() + "\"" : a.get("split").describe()));
          return a.error();
        }
        return new Data(name, fields("x", f32(784), "y", i32()), false);
      }, "split", s("train"));
    }
    def("karate_club", a -> new Data("karate_club", graph(34, 34), true));
    def("sbm", a -> {
      // The same rules the runtime's generator applies, here with a place; the adjacency
      // matrix is nodes x nodes, so nodes is bounded by the tensor size limit.
      Long n = a.constInt("nodes"), feat = a.constInt("features"), classes = a.constInt("classes");
      if (n == null || feat == null || classes == null) return a.error();
      long maxNodes = (long) Math.sqrt((double) TensorType.MAX_ELEMENTS);
      if (!intIn(a, "nodes", "`nodes` of `sbm`", n, 1, maxNodes)) return a.error();
      if (!intIn(a, "classes", "`classes` of `sbm`", classes, 1, n)) return a.error();
      if (!intIn(a, "features", "`features` of `sbm`", feat, 1, TensorType.MAX_ELEMENTS / n)) return a.error();
      if (!realIn(a, "p_in", "`p_in` of `sbm`") || !realIn(a, "p_out", "`p_out` of `sbm`")) return a.error();
      return new Data("sbm", graph(n, feat), true);
    }, "nodes", i(100), "classes", i(2), "p_in", f(0.3), "p_out", f(0.02), "features", i(16), "seed", i(0));
    def("academic", a -> {
      // A heterogeneous graph (runtime Datasets.academic): the papers' features, labels and mask,
      // and one adjacency per edge type, papers by authors and papers by venues.
      Long topics = a.constInt("topics"), papers = a.constInt("papers"), authors = a.constInt("authors"),
          venues = a.constInt("venues"), feat = a.constInt("features");
      if (topics == null || papers == null || authors == null || venues == null || feat == null) return a.error();
      long maxNodes = (long) Math.sqrt((double) TensorType.MAX_ELEMENTS);
      if (!intIn(a, "topics", "`topics` of `academic`", topics, 1, maxNodes)) return a.error();
      if (!intIn(a, "papers", "`papers` of `academic`", papers, topics, maxNodes)) return a.error();
      long per = TensorType.MAX_ELEMENTS / papers;
      if (!intIn(a, "authors", "`authors` of `academic`", authors, topics, per)
          || !intIn(a, "venues", "`venues` of `academic`", venues, topics, per)
          || !intIn(a, "features", "`features` of `academic`", feat, 1, per)) {
        return a.error();
      }
      if (!realIn(a, "p_author", "`p_author` of `academic`") || !realIn(a, "p_venue", "`p_venue` of `academic`")) return a.error();
      return new Data("academic", fields(
          "x", new TensorType(DType.F32, List.of(Axis.of(papers), Axis.of(feat))),
          "paper_author", new TensorType(DType.F32, List.of(Axis.of(papers), Axis.of(authors))),
          "paper_venue", new TensorType(DType.F32, List.of(Axis.of(papers), Axis.of(venues))),
          "y", new TensorType(DType.I32, List.of(Axis.of(papers))),
          "mask", new TensorType(DType.BOOL, List.of(Axis.of(papers)))), true);
    }, "papers", i(400), "authors", i(100), "venues", i(8), "topics", i(4), "features", i(16), "p_author", f(0.8),
        "p_venue", f(0.7), "seed", i(0));
    def("linear", a -> {
      Long n = a.constInt("n");
      if (n == null || !intIn(a, "n", "`n` of `linear`", n, 1, TensorType.MAX_ELEMENTS)) return a.error();
      Double noise = Ops.real(a.get("noise"));
      if (noise != null && !(noise >= 0)) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("noise"), "`noise` of `linear`", "at least 0", noise));
        return a.error();
      }
      return new Data("linear", fields("x", f32(1), "y", f32(1)), false);
    }, "w", f(2), "b", f(1), "n", i(64), "noise", f(0));
    // points(NAME: [...], ...) takes its fields by any name, binding them itself (pointsOf);
    // x and y are the names of the first two given by position.
    def("points", a -> {
      throw new AssertionError("points binds its own arguments");
    }, "x", null, "y", null);
    def("xor", a -> new Data("xor", fields("x", f32(2), "y", f32(1)), false));
    def("fortunes", a -> {
      // Character windows of the fortunes corpus (runtime Text): ASCII ids, next-character targets.
      String split = a.get("split") instanceof Str s ? s.value() : null;
      if (!"train".equals(split) && !"test".equals(split)) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("split"), "the split of `fortunes`", "\"train\" or \"test\"",
            a.get("split") instanceof Str s ? "\"" + s.value() + "\"" : a.get("split").describe()));
        return a.error();
      }
      Long context = a.constInt("context");
      if (context == null || !intIn(a, "context", "`context` of `fortunes`", context, 1, 1 << 20)) return a.error();
      TensorType window = new TensorType(DType.I32, List.of(Axis.of(context)));
      return new Data("fortunes", fields("x", window, "y", window), false);
    }, "split", s("train"), "context", i(64));
    def("fashion_mnist_captions", a -> {
      // Fashion-MNIST with a caption per image (runtime Captions): ASCII ids padded with 0.
      String split = a.get("split") instanceof Str s ? s.value() : null;
      if (!"train".equals(split) && !"test".equals(split)) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("split"), "the split of `fashion_mnist_captions`", "\"train\" or \"test\"",
            a.get("split") instanceof Str s ? "\"" + s.value() + "\"" : a.get("split").describe()));
        return a.error();
      }
      Long length = a.constInt("length");
      if (length == null) return a.error();
      int longest = dev.nnc.runtime.data.Captions.LONGEST;
      if (length < longest || length > 1 << 20) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("length"), "`length` of `fashion_mnist_captions`",
            "between " + longest + " and " + (1 << 20), length)
            .hint("its longest caption, \"" + dev.nnc.runtime.data.Captions.longestCaption() + "\", has " + longest + " characters"));
        return a.error();
      }
      TensorType caption = new TensorType(DType.I32, List.of(Axis.of(length)));
      return new Data("fashion_mnist_captions", fields("x", f32(784), "caption", caption, "y", i32()), false);
    }, "split", s("train"), "length", i(40));
    def("fashion_mnist_masks", a -> {
      // Fashion-MNIST with a label per pixel (runtime Masks): background, or the item's label.
      String split = a.get("split") instanceof Str s ? s.value() : null;
      if (!"train".equals(split) && !"test".equals(split)) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("split"), "the split of `fashion_mnist_masks`", "\"train\" or \"test\"",
            a.get("split") instanceof Str s ? "\"" + s.value() + "\"" : a.get("split").describe()));
        return a.error();
      }
      String labels = a.get("labels") instanceof Str s ? s.value() : null;
      if (dev.nnc.runtime.data.Masks.Labels.named(labels) == null) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("labels"), "the `labels` of `fashion_mnist_masks`",
            dev.nnc.runtime.data.Masks.Labels.choices(), a.get("labels") instanceof Str s ? "\"" + s.value() + "\"" : a.get("labels").describe())
            .hint("\"foreground\" labels background and item (2 classes), \"coarse\" background, top, trouser, footwear and bag (5), "
                + "\"classes\" background and the 10 classes (11)"));
        return a.error();
      }
      Double threshold = Ops.real(a.get("threshold"));
      if (threshold == null || !(threshold >= 0 && threshold < 1)) {
        a.report(Diagnostic.of(Code.VALUE_RANGE, a.span("threshold"), "`threshold` of `fashion_mnist_masks`", "a number at least 0 and below 1",
            threshold == null ? a.get("threshold").describe() : threshold).hint("pixels are in [0, 1]; a pixel above the threshold is the item's"));
        return a.error();
      }
      return new Data("fashion_mnist_masks", fields("x", f32(784), "y", i32(784)), false);
    }, "split", s("train"), "labels", s("coarse"), "threshold", f(dev.nnc.runtime.data.Masks.THRESHOLD));
    def("spirals", a -> {
      Long n = a.constInt("n");
      if (n == null || !intIn(a, "n", "`n` of `spirals`", n, 2, TensorType.MAX_ELEMENTS / 2)) return a.error();
      return new Data("spirals", fields("x", f32(2), "y", i32()), false);
    }, "n", i(200));
  }

  /** Whether a data set's int argument lies in [lo, hi]; reports value.range at it if not. */
  private static boolean intIn(Args a, String name, String what, long v, long lo, long hi) {
    if (v >= lo && v <= hi) return true;
    a.report(Diagnostic.of(Code.VALUE_RANGE, a.span(name), what, "between " + lo + " and " + hi, v));
    return false;
  }

  /** Whether a data set's probability argument, when known, lies in [0, 1]. */
  private static boolean realIn(Args a, String name, String what) {
    Double v = Ops.real(a.get(name));
    if (v == null || (v >= 0 && v <= 1)) return true;
    a.report(Diagnostic.of(Code.VALUE_RANGE, a.span(name), what, "between 0 and 1", v));
    return false;
  }

  /**
   * Inline data, {@code points(x: [[2.0, 3.0]], y: [2])}: a field per argument, named by it (the
   * first two may be given by position, as x and y). Each is a list literal whose first axis is
   * the sample axis, of any rank; its dtype is the literal's: i32 when every number is an int,
   * bool when every element is a bool, else f32. All fields have as many samples.
   */
  private Value pointsOf(List<Calls.Arg> args, Span site) {
    for (Calls.Arg a : args) {
      if (a.value() instanceof Poly || (a.value() instanceof Lst l && containsPoly(l))) return Evaluator.POLY;
    }
    if (args.isEmpty()) {
      ev.report(Diagnostic.of(Code.CALL_ARITY, site, "points", "one or more fields, such as `points(x: [[1.0]], y: [[2.0]])`", "none"));
      return Evaluator.ERROR;
    }
    Map<String, TensorType> fields = new LinkedHashMap<>();
    Map<String, Calls.Arg> given = new LinkedHashMap<>();
    int position = 0;
    boolean ok = true;
    for (Calls.Arg a : args) {
      String name = a.name();
      if (name == null) {
        if (position >= 2) {
          ev.report(Diagnostic.of(Code.CALL_ARITY, a.span(), "points", "x and y by position", (position + 1) + " positional arguments")
              .hint("name the other fields: `points(x: ..., y: ..., w: ...)`"));
          return Evaluator.ERROR;
        }
        name = position++ == 0 ? "x" : "y";
      }
      if (given.containsKey(name)) {
        ev.report(Diagnostic.of(Code.CALL_DUPLICATE, a.span(), "points", name));
        ok = false;
        continue;
      }
      given.put(name, a);
      TensorType t = sampleList(a, name);
      if (t == null) {
        ok = false;
        continue;
      }
      Map.Entry<String, TensorType> first = fields.isEmpty() ? null : fields.entrySet().iterator().next();
      if (first != null && !t.dim(0).equals(first.getValue().dim(0))) {
        ev.report(Diagnostic.of(Code.VALUE_RANGE, a.span(), "the samples of `" + name + "`",
            "as many as `" + first.getKey() + "`'s (" + first.getValue().dim(0) + ")", t.dim(0))
            .hint("the first axis of each field of `points` counts its samples"));
        ok = false;
        continue;
      }
      fields.put(name, t);
    }
    if (!ok) return Evaluator.ERROR;
    Map<String, TensorType> perSample = new LinkedHashMap<>();
    fields.forEach((name, t) -> perSample.put(name, t.withAxes(t.axes().subList(1, t.rank()))));
    return new Data("points", perSample, false);
  }

  /** A field of {@code points}: a list literal of samples with its dtype; null after reporting why not. */
  private TensorType sampleList(Calls.Arg a, String name) {
    if (!(a.value() instanceof Lst l)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, a.span(), "a list of samples for `" + name + "` of `points`, such as `[[1.0, 2.0], [3.0, 4.0]]`",
          a.value().describe()));
      return null;
    }
    DType dtype = literalDType(l);
    if (dtype == null) {
      ev.report(Diagnostic.of(Code.TYPE_DTYPE, a.span(), "the field `" + name + "` of `points`", "bool", "numbers"));
      return null;
    }
    return ev.programs.literal(l, a.span(), dtype);
  }

  /** The dtype of a list literal of inline data: i32 when all its numbers are ints, f32 when some is not, bool for bools; null for a mix of bools and numbers. */
  static DType literalDType(Lst l) {
    boolean[] kinds = new boolean[3]; // int, float, bool
    leaves(l, kinds);
    if (kinds[2] && (kinds[0] || kinds[1])) return null;
    return kinds[2] ? DType.BOOL : kinds[1] ? DType.F32 : DType.I32;
  }

  private static void leaves(Value v, boolean[] kinds) {
    if (v instanceof Lst l) for (Value x : l.items()) leaves(x, kinds);
    else if (v instanceof Int) kinds[0] = true;
    else if (v instanceof Real) kinds[1] = true;
    else if (v instanceof Bool) kinds[2] = true;
  }

  private static Map<String, TensorType> fields(Object... kv) {
    Map<String, TensorType> out = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) out.put((String) kv[k], (TensorType) kv[k + 1]);
    return out;
  }

  private static Map<String, TensorType> graph(long nodes, long features) {
    return fields("x", new TensorType(DType.F32, List.of(Axis.of(nodes), Axis.of(features))),
        "adj", new TensorType(DType.F32, List.of(Axis.of(nodes), Axis.of(nodes))),
        "y", new TensorType(DType.I32, List.of(Axis.of(nodes))),
        "mask", new TensorType(DType.BOOL, List.of(Axis.of(nodes))));
  }

  private static TensorType f32(long n) {
    return new TensorType(DType.F32, List.of(Axis.of(n)));
  }

  private static TensorType i32() {
    return TensorType.scalar(DType.I32);
  }

  private static TensorType i32(long n) {
    return new TensorType(DType.I32, List.of(Axis.of(n)));
  }
}
