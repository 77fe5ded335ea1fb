package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** Written types: evaluating them to {@link TensorType}s, and matching values against them. */
final class Types {
  private final Evaluator ev;

  Types(Evaluator ev) {
    this.ev = ev;
  }

  /** A size name may be bound by matching: it starts with a capital letter. */
  static boolean isSizeName(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** Evaluates a type in a body: every size must already be bound. Null after an error. */
  TensorType evalType(Ast.TensorType t, Env env) {
    return eval(t, env, env.sizeScope());
  }

  /**
   * Evaluates the type of an input: a capitalized size that is not bound yet becomes a new
   * symbol, defined in {@code declare} (the model's scope).
   */
  TensorType declareType(Ast.TensorType t, Env env, Env declare) {
    return eval(t, env, declare);
  }

  private TensorType eval(Ast.TensorType t, Env env, Env declare) {
    DType dtype = DType.of(t.dtype());
    if (t.dims() == null) return TensorType.scalar(dtype);
    List<Axis> axes = new ArrayList<>();
    for (Ast.Dim d : t.dims()) {
      if (d instanceof Ast.RestDim r && r.name() != null) {
        Env.Slot s = env.find(r.name().text());
        if (s != null && ev.force(s, r.span()) instanceof Axes a) {
          axes.addAll(a.axes());
          continue;
        }
      }
      if (!(d instanceof Ast.ExprDim e)) {
        ev.report(Diagnostic.of(Code.DIM_EXPR, d.span(), "`" + d.span().text() + "`")
            .hint("`...` and `_` match sizes in fn parameter types only"));
        return null;
      }
      Axis a = axis(e.expr(), env, declare);
      if (a == null) return null;
      axes.add(a);
    }
    TensorType type = new TensorType(dtype, axes);
    String many = type.tooManyElements();
    if (many != null) {
      ev.report(Diagnostic.of(Code.SHAPE_SIZE, t.span(), type.toString(), many)
          .hint("the compiled programs index tensors with 32-bit ints; use smaller sizes"));
      return null;
    }
    return type;
  }

  /** One size of a written type, with where it came from; null after an error or for an unknown size. */
  Axis axis(Ast.Expr e, Env env, Env declare) {
    if (declare != null && e instanceof Ast.Ref r && env.find(r.name().text()) == null && isSizeName(r.name().text())) {
      Int size = new Int(Dim.symbol(r.name().text()), r.span(), r.name().text());
      declare.put(r.name().text(), new Env.Slot(r.name(), "size", size));
      return size.axis();
    }
    String unbound = e instanceof Ast.Ref ? null : unboundSize(e, env);
    if (unbound != null) {
      ev.report(Diagnostic.of(Code.DIM_UNBOUND, e.span(), unbound, "`" + e.span().text() + "`")
          .hint("write `" + unbound + "` alone as one of the sizes, so that it is bound"));
      return null;
    }
    if (e instanceof Ast.Ref r && env.find(r.name().text()) == null && isSizeName(r.name().text())) {
      ev.report(Diagnostic.of(Code.NAME_SIZE, r.span(), r.name().text())
          .hint("sizes are bound by a model's inputs, a typed fn parameter, or `dim " + r.name().text() + "`"));
      return null;
    }
    Value v = ev.eval(e, env);
    if (v instanceof Failed || v instanceof Poly) return null;
    if (!(v instanceof Int i)) {
      String found = v instanceof Real ? "a float" : v.describe();
      Diagnostic d = Diagnostic.of(Code.DIM_EXPR, e.span(), found);
      if (v instanceof Real && e instanceof Ast.Binary b && b.op() == Ast.BinOp.DIV) {
        boolean known = ((Real) v).value() != null;
        d = Diagnostic.of(Code.DIM_DIV, e.span(), b.left().span().text(), b.right().span().text(),
                known ? "is " + ((Real) v).value() + ", not a whole number" : "is not known to be exact")
            .hint("add a constraint such as `where " + b.left().span().text() + " % " + b.right().span().text() + " == 0`");
      }
      ev.report(d);
      return null;
    }
    if (i.value().isConstant() && i.value().constant() < 1) {
      ev.report(Diagnostic.of(Code.DIM_NONPOSITIVE, e.span(), "`" + e.span().text() + "`", i.value()));
      return null;
    }
    if (e instanceof Ast.IntLit) return new Axis(i.value(), e.span(), null);
    if (e instanceof Ast.Ref r) {
      Axis a = i.axis();
      return a.origin() == null ? new Axis(i.value(), r.span(), "`" + r.name().text() + "` = " + i.value()) : a;
    }
    return new Axis(i.value(), e.span(), "`" + e.span().text() + "` = " + i.value());
  }

  // ------------------------------------------------------------------ matching

  /**
   * The outcome of matching a value against a written type. On failure, {@code axis} is the
   * first axis that differs (-1 for a rank, dtype or kind problem), with the axis expected
   * and the one found.
   */
  record Match(boolean ok, String expected, int axis, Axis want, Axis got) {
    static Match yes() { return new Match(true, null, -1, null, null); }
  }

  /**
   * Matches a value against a written type. With {@code bind}, sizes of the type that are
   * not bound yet (capitalized names, named rests) are bound in {@code env} to what the value has.
   */
  Match match(Ast.Type type, Value v, Env env, boolean bind) {
    if (v instanceof Failed) return Match.yes();
    if (v instanceof Poly) {
      if (bind) bindAll(type, env);
      return Match.yes();
    }
    if (type instanceof Ast.KindType k) {
      boolean ok = switch (k.kind()) {
        case INT -> v instanceof Int;
        case FLOAT -> v instanceof Int || v instanceof Real
            || (v instanceof Tensor t && ev.lowering != null && t.node() != null && t.node() == ev.lowering.runtimeLr);
        case STR -> v instanceof Str;
      };
      return ok ? Match.yes() : new Match(false, "an " + k.kind().name().toLowerCase(), -1, null, null);
    }
    if (type instanceof Ast.TupleType tt) {
      if (!(v instanceof Tuple t) || t.items().size() != tt.items().size()) {
        return new Match(false, "a tuple of " + tt.items().size(), -1, null, null);
      }
      for (int i = 0; i < tt.items().size(); i++) {
        Match m = match(tt.items().get(i), t.items().get(i), env, bind);
        if (!m.ok()) return m;
      }
      return Match.yes();
    }
    Ast.TensorType t = (Ast.TensorType) type;
    if (t.dtype().equals("bool") && t.dims() == null) {
      return v instanceof Bool ? Match.yes() : new Match(false, "a bool", -1, null, null);
    }
    DType dtype = DType.of(t.dtype());
    TensorType actual = Evaluator.tensorOf(v);
    if (actual == null) return new Match(false, "a tensor " + render(t, env), -1, null, null);
    boolean weak = Evaluator.isScalarConst(v);
    if (weak) {
      boolean fits = (t.dims() == null || t.dims().isEmpty() || isAllRest(t))
          && (v instanceof Real ? dtype.isFloat() : v instanceof Bool ? dtype == DType.BOOL : dtype.isNumeric());
      if (fits && bind) bindAll(type, env);
      return fits ? Match.yes() : new Match(false, render(t, env), -1, null, null);
    }
    if (actual.dtype() != dtype) return new Match(false, render(t, env), -1, null, null);
    if (t.dims() == null) {
      return actual.rank() == 0 ? Match.yes() : new Match(false, render(t, env), -1, null, null);
    }
    List<Ast.Dim> dims = t.dims();
    int rest = -1;
    for (int i = 0; i < dims.size(); i++) {
      if (!(dims.get(i) instanceof Ast.RestDim)) continue;
      if (rest >= 0) {
        ev.report(Diagnostic.of(Code.DIM_EXPR, dims.get(i).span(), "a second `...`")
            .hint("a type may leave one run of axes open"));
        return Match.yes();
      }
      rest = i;
    }
    int fixed = rest < 0 ? dims.size() : dims.size() - 1;
    if (rest < 0 ? actual.rank() != fixed : actual.rank() < fixed) {
      return new Match(false, render(t, env), -1, null, null);
    }
    // Pair each written size with an actual axis.
    List<Ast.Dim> written = new ArrayList<>();
    List<Axis> got = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    int extra = actual.rank() - fixed;
    for (int i = 0, k = 0; i < dims.size(); i++) {
      if (i == rest) {
        Ast.RestDim r = (Ast.RestDim) dims.get(i);
        if (r.name() != null && !bindRest(r, actual.axes().subList(k, k + extra), env)) {
          return new Match(false, render(t, env), -1, null, null);
        }
        k += extra;
        continue;
      }
      written.add(dims.get(i));
      got.add(actual.axes().get(k));
      where.add(k);
      k++;
    }
    // Bind plain size names first, then compare every size that is bound.
    if (bind) {
      for (int i = 0; i < written.size(); i++) {
        if (written.get(i) instanceof Ast.ExprDim e && e.expr() instanceof Ast.Ref r
            && env.find(r.name().text()) == null && isSizeName(r.name().text())) {
          Axis a = got.get(i);
          env.put(r.name().text(), new Env.Slot(r.name(), "size", new Int(a.size(), a.origin(), r.name().text())));
        }
      }
    }
    for (int i = 0; i < written.size(); i++) {
      Ast.Dim d = written.get(i);
      if (d instanceof Ast.AnyDim) continue;
      Ast.Expr e = ((Ast.ExprDim) d).expr();
      if (!bind && e instanceof Ast.Ref r && env.find(r.name().text()) == null && isSizeName(r.name().text())) continue;
      String unbound = unboundSize(e, env);
      if (unbound != null) {
        ev.report(Diagnostic.of(Code.DIM_UNBOUND, e.span(), unbound, "`" + t.span().text() + "`")
            .hint("write `" + unbound + "` alone as one of the sizes, so that a call can bind it"));
        return Match.yes();
      }
      Axis want = axis(e, env, null);
      if (want == null) return Match.yes(); // already reported, or not known
      if (!want.size().equals(got.get(i).size())) {
        return new Match(false, render(t, env), where.get(i), want, got.get(i));
      }
    }
    return Match.yes();
  }

  /** A size name in an expression that nothing binds, or null. */
  private static String unboundSize(Ast.Expr e, Env env) {
    if (e instanceof Ast.Ref r) {
      return env.find(r.name().text()) == null && isSizeName(r.name().text()) ? r.name().text() : null;
    }
    if (e instanceof Ast.Binary b) {
      String l = unboundSize(b.left(), env);
      return l != null ? l : unboundSize(b.right(), env);
    }
    if (e instanceof Ast.Unary u) return unboundSize(u.operand(), env);
    return null;
  }

  private static boolean isAllRest(Ast.TensorType t) {
    return t.dims().stream().allMatch(d -> d instanceof Ast.RestDim);
  }

  /** Binds a named rest to the axes it matches; false when it is already bound to other sizes. */
  private boolean bindRest(Ast.RestDim r, List<Axis> axes, Env env) {
    Env.Slot s = env.find(r.name().text());
    if (s == null) {
      env.put(r.name().text(), new Env.Slot(r.name(), "sizes", new Axes(List.copyOf(axes))));
      return true;
    }
    if (!(ev.force(s, r.span()) instanceof Axes bound)) return true;
    List<Dim> want = bound.axes().stream().map(Axis::size).toList();
    return want.equals(axes.stream().map(Axis::size).toList());
  }

  /** Binds every size name of a type to "any", for a value whose type is not known. */
  private void bindAll(Ast.Type type, Env env) {
    if (type instanceof Ast.TupleType tt) {
      for (Ast.Type x : tt.items()) bindAll(x, env);
      return;
    }
    if (!(type instanceof Ast.TensorType t) || t.dims() == null) return;
    for (Ast.Dim d : t.dims()) {
      Ast.Name n = d instanceof Ast.RestDim r ? r.name()
          : d instanceof Ast.ExprDim e && e.expr() instanceof Ast.Ref ref ? ref.name() : null;
      if (n != null && env.find(n.text()) == null && (d instanceof Ast.RestDim || isSizeName(n.text()))) {
        env.put(n.text(), new Env.Slot(n, "size", Value.POLY));
      }
    }
  }

  /** A written type with the sizes that are bound shown by value: {@code f32[B, 128]}. */
  String render(Ast.Type type, Env env) {
    if (!(type instanceof Ast.TensorType t)) return type.span().text();
    if (t.dims() == null) return t.dtype();
    List<String> parts = new ArrayList<>();
    for (Ast.Dim d : t.dims()) {
      if (d instanceof Ast.ExprDim e) {
        parts.add(sizeText(e.expr(), env));
      } else if (d instanceof Ast.RestDim r && r.name() != null && env.find(r.name().text()) != null
          && env.find(r.name().text()).value() instanceof Axes a) {
        for (Axis x : a.axes()) parts.add(x.size().toString());
      } else {
        parts.add(d.span().text());
      }
    }
    return t.dtype() + "[" + String.join(", ", parts) + "]";
  }

  private String sizeText(Ast.Expr e, Env env) {
    if (e instanceof Ast.IntLit i) return Long.toString(i.value());
    if (e instanceof Ast.Ref r) {
      Env.Slot s = env.find(r.name().text());
      if (s != null && s.done() && s.value() instanceof Int i) return i.value().toString();
      if (s != null && !s.done() && !s.evaluating) {
        Value v = ev.force(s, r.span());
        if (v instanceof Int i) return i.value().toString();
      }
    }
    if (e instanceof Ast.Binary) {
      Env quiet = env;
      // Only show a computed size when all its names are bound to ints.
      if (allBound(e, quiet)) {
        Value v = ev.eval(e, env);
        if (v instanceof Int i) return i.value().toString();
      }
    }
    return e.span().text();
  }

  private boolean allBound(Ast.Expr e, Env env) {
    if (e instanceof Ast.IntLit) return true;
    if (e instanceof Ast.Ref r) {
      Env.Slot s = env.find(r.name().text());
      return s != null && s.done() && s.value() instanceof Int;
    }
    if (e instanceof Ast.Binary b) return allBound(b.left(), env) && allBound(b.right(), env);
    return false;
  }

  /** A size as a hint names it: "`hidden` = 128" when it has a name, else "128". */
  private static String named(Axis a) {
    return a.why() != null && a.why().startsWith("`") ? a.why() : a.size().toString();
  }

  /** A shape.arg diagnostic for a failed match of an argument. */
  Diagnostic argMismatch(String callee, Match m, Value actual, Span at) {
    Diagnostic d = Diagnostic.of(Code.SHAPE_ARG, at, callee, m.expected(), actual.describe());
    String label = actual.describe();
    if (m.axis() >= 0 && m.got() != null && m.got().why() != null) {
      label += "; dimension " + m.axis() + " is " + m.got().why();
    }
    d = d.label(label);
    if (m.want() != null && m.want().origin() != null) {
      String why = m.want().why() != null ? m.want().why() : m.want().size().toString();
      d = d.note(m.want().origin(), why + " is declared here");
    }
    if (m.got() != null && m.got().origin() != null && m.got().origin() != at
        && (m.want() == null || m.want().origin() == null || !m.got().origin().equals(m.want().origin()))) {
      d = d.note(m.got().origin(), "dimension " + m.axis() + " of the argument comes from here");
    }
    String gotWhy = m.got() == null ? null : m.got().why();
    if (m.want() != null && m.want().origin() != null && gotWhy != null && gotWhy.startsWith(Builtins.FLATTENED)
        && gotWhy.contains(" = ")) {
      String product = gotWhy.substring(gotWhy.indexOf(" = ") + 3);
      d = d.hint("the argument is flattened from " + product + " values: use `" + product + "` (= "
          + m.got().size() + ") in place of `" + m.want().origin().text() + "`");
    } else if (m.want() != null && m.got() != null && m.want().origin() != null
        && m.want().origin().text().matches("[0-9_]+") && m.got().why() != null && m.got().why().startsWith("`")) {
      String name = m.got().why().substring(1, m.got().why().indexOf('`', 1));
      d = d.hint("use `" + name + "` (= " + m.got().size() + ") in place of `" + m.want().origin().text() + "`");
    } else if (m.want() != null && m.got() != null) {
      d = d.hint("dimension " + m.axis() + " must be " + named(m.want()) + ", not " + named(m.got()));
    }
    return d;
  }
}
