package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Calls: binding arguments to parameters, fns, layer instantiation, model calls, conversions. */
final class Calls {
  private final Evaluator ev;

  Calls(Evaluator ev) {
    this.ev = ev;
  }

  /** One argument of a call: its name when given as {@code name: value}, its value and place. */
  record Arg(String name, Value value, Span span) {}

  /**
   * An argument the context supplies: the declared type to an initializer ({@code type}),
   * the step count to a schedule ({@code step}). The outermost call whose first parameter
   * has this name, and which leaves it out, receives it.
   */
  record Implicit(String name, Value value) {}

  Implicit implicit;

  /** Evaluates an expression with an implicit first argument for its outermost call. */
  Value withImplicit(Implicit given, Ast.Expr e, Env env) {
    Implicit before = implicit;
    implicit = given;
    try {
      return ev.eval(e, env);
    } finally {
      implicit = before;
    }
  }

  Value call(Ast.Call c, Env env) {
    Implicit given = implicit;
    implicit = null; // only the outermost call receives it
    Value callee = ev.eval(c.callee(), env);
    List<Arg> args = new ArrayList<>();
    for (Ast.Arg a : c.args()) {
      args.add(new Arg(a.name() == null ? null : a.name().text(), ev.eval(a.value(), env), a.value().span()));
    }
    if (given != null && wants(callee, given.name()) && !gives(args, given)) {
      args.add(0, new Arg(null, given.value(), c.span()));
    }
    return apply(callee, args, c.span(), calleeName(c.callee()));
  }

  private static String calleeName(Ast.Expr e) {
    if (e instanceof Ast.Ref r) return r.name().text();
    if (e instanceof Ast.Member_ m) return calleeName(m.target()) + "." + m.name().text();
    return e.span().text();
  }

  private static boolean wants(Value callee, String name) {
    List<String> params = paramNames(callee);
    return params != null && !params.isEmpty() && params.get(0).equals(name);
  }

  /** Whether the call already gives the implicit argument, by name or as a first positional of its kind. */
  private static boolean gives(List<Arg> args, Implicit given) {
    for (Arg a : args) if (given.name().equals(a.name())) return true;
    if (args.isEmpty() || args.get(0).name() != null) return false;
    Value first = args.get(0).value();
    return given.value() instanceof Type ? first instanceof Type : first instanceof Tensor t && t.type().rank() == 0;
  }

  private static List<String> paramNames(Value callee) {
    if (callee instanceof Builtin b) return b.def().params().stream().map(Builtins.P::name).toList();
    if (callee instanceof Fn f) return f.decl().params().stream().map(p -> p.name().text()).toList();
    return null;
  }

  Value apply(Value callee, List<Arg> args, Span site, String name) {
    if (callee instanceof Failed || args.stream().anyMatch(a -> a.value() instanceof Failed)) return Evaluator.ERROR;
    if (callee instanceof Poly) return Evaluator.POLY;
    if (callee instanceof Builtin b) return ev.builtins.apply(b.def(), args, site);
    if (callee instanceof Fn f) return callFn(f, args, site, f.name());
    if (callee instanceof Block b) return instantiate(b, args, site);
    if (callee instanceof Instance inst) return callInstance(inst, args, site, name);
    if (callee instanceof Type t && t.type().rank() == 0) return cast(t.type().dtype(), args, site);
    if (callee instanceof Kind k) return convert(k, args, site);
    Diagnostic d = Diagnostic.of(Code.NAME_NOT_CALLABLE, site, "`" + name + "` (" + callee.describe() + ")");
    if (callee instanceof Type) d = d.hint("to convert, write the element type alone: `f32(x)`");
    ev.report(d);
    return Evaluator.ERROR;
  }

  // ------------------------------------------------------------------ binding

  /**
   * Matches arguments to parameters by position, then by name. Returns, for each parameter,
   * the index of its argument or -1; null after reporting a problem.
   */
  int[] bind(String callee, List<String> params, Set<String> optional, List<Arg> args, Span site) {
    int[] index = new int[params.size()];
    java.util.Arrays.fill(index, -1);
    boolean named = false;
    int position = 0;
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      if (a.name() == null) {
        if (named) {
          ev.report(Diagnostic.of(Code.CALL_ORDER, a.span(), callee).hint("name this argument too, or move it before the named ones"));
          return null;
        }
        if (position >= params.size()) {
          ev.report(Diagnostic.of(Code.CALL_ARITY, a.span(), callee, count(params.size()), count(positional(args)))
              .hint(params.isEmpty() ? "`" + callee + "` takes no arguments" : "its parameters are " + String.join(", ", params)));
          return null;
        }
        index[position++] = i;
        continue;
      }
      named = true;
      int p = params.indexOf(a.name());
      if (p < 0) {
        Diagnostic d = Diagnostic.of(Code.CALL_NAMED, a.span(), callee, a.name());
        String close = Suggest.closest(a.name(), params);
        d = close != null ? d.hint("did you mean `" + close + "`?") : d.hint("its parameters are " + String.join(", ", params));
        ev.report(d);
        return null;
      }
      if (index[p] >= 0) {
        ev.report(Diagnostic.of(Code.CALL_DUPLICATE, a.span(), callee, a.name()));
        return null;
      }
      index[p] = i;
    }
    for (int p = 0; p < params.size(); p++) {
      if (index[p] < 0 && !optional.contains(params.get(p))) {
        ev.report(Diagnostic.of(Code.CALL_MISSING, site, callee, params.get(p))
            .hint("pass it as `" + params.get(p) + ": ...`"));
        return null;
      }
    }
    return index;
  }

  private static int positional(List<Arg> args) {
    int n = 0;
    for (Arg a : args) if (a.name() == null) n++;
    return n;
  }

  private static String count(int n) {
    return n == 1 ? "1 argument" : n + " arguments";
  }

  /** Binds arguments to declared parameters in a new scope, checking their types. Null on error. */
  private Env bindParams(String callee, List<Ast.Param> params, Env parent, String owner, List<Arg> args, Span site) {
    List<String> names = params.stream().map(p -> p.name().text()).toList();
    Set<String> optional = new HashSet<>();
    for (Ast.Param p : params) if (p.dflt() != null) optional.add(p.name().text());
    int[] index = bind(callee, names, optional, args, site);
    if (index == null) return null;
    Env env = new Env(parent, owner);
    boolean ok = true;
    for (int i = 0; i < params.size(); i++) {
      Ast.Param p = params.get(i);
      Span at = index[i] >= 0 ? args.get(index[i]).span() : p.dflt().span();
      Value v = index[i] >= 0 ? args.get(index[i]).value() : ev.eval(p.dflt(), env);
      if (p.type() != null && !(v instanceof Failed)) {
        Types.Match m = ev.types().match(p.type(), v, env, true);
        if (!m.ok()) {
          ev.report(mismatch(callee, p, m, v, at));
          ok = false;
        }
      }
      env.put(p.name().text(), new Env.Slot(p.name(), "parameter", named(v, p.name().text(), at)));
    }
    return ok ? env : null;
  }

  private Diagnostic mismatch(String callee, Ast.Param p, Types.Match m, Value v, Span at) {
    if (v instanceof Tensor && m.expected().contains("[")) return ev.types().argMismatch(callee, m, v, at);
    return Diagnostic.of(Code.TYPE_KIND, at, m.expected() + " for `" + p.name().text() + "` of `" + callee + "`", v.describe())
        .label(v.describe()).note(p.name().span(), "`" + p.name().text() + "` is declared here");
  }

  /** An int passed to a parameter keeps its own name, or takes the parameter's. */
  static Value named(Value v, String param, Span at) {
    if (v instanceof Int i && i.name() == null) return new Int(i.value(), i.origin() != null ? i.origin() : at, param);
    return v;
  }

  // ------------------------------------------------------------------ fns

  Value callFn(Fn f, List<Arg> args, Span site, String shownName) {
    for (Evaluator.Frame fr : ev.frames) {
      if (fr.callee() instanceof Fn g && g.decl() == f.decl()) {
        ev.report(Diagnostic.of(Code.CALL_RECURSION, site, f.name()));
        return Evaluator.ERROR;
      }
    }
    ev.frames.push(new Evaluator.Frame(site, f));
    try {
      Env env = bindParams(shownName, f.decl().params(), f.env(), f.name(), args, site);
      if (env == null) return Evaluator.ERROR;
      return body(f.decl(), env);
    } finally {
      ev.frames.pop();
    }
  }

  /** Evaluates a fn's body in its scope of parameters and checks the declared result. */
  Value body(Ast.Fn d, Env env) {
    Env local = new Env(env, env.owner);
    ev.programs.defineMembers(local, d.members(), Programs.Where.FN);
    Value result = ev.evalRaw(d.value(), local);
    ev.programs.forceAll(local);
    ev.programs.checkStateUpdates(local);
    if (d.result() != null && !(result instanceof Failed)) {
      Value shown = result instanceof Scanned s ? s.ys() : result;
      Types.Match m = ev.types().match(d.result(), shown, local, true);
      if (!m.ok()) {
        String name = d.name() == null ? "fn" : d.name().text();
        Diagnostic diag = Diagnostic.of(Code.TYPE_RETURN, d.value().span(), name, m.expected(), shown.describe())
            .label(shown.describe()).note(d.result().span(), "the result type is declared here");
        ev.report(diag);
        return Evaluator.ERROR;
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ layers and models

  Value instantiate(Block b, List<Arg> args, Span site) {
    Ast.Block decl = b.decl();
    if (decl.kind() == Ast.BlockKind.SAMPLE || decl.kind() == Ast.BlockKind.GENERATE) {
      ev.report(Diagnostic.of(Code.NAME_NOT_CALLABLE, site, b.describe()).hint("run it with `nnc sample`"));
      return Evaluator.ERROR;
    }
    ev.frames.push(new Evaluator.Frame(site, decl));
    try {
      Env params = bindParams(decl.name().text(), decl.params(), b.env(), decl.name().text(), args, site);
      if (params == null) return Evaluator.ERROR;
      return ev.programs.instance(decl, params, null, site);
    } finally {
      ev.frames.pop();
    }
  }

  private Value callInstance(Instance inst, List<Arg> args, Span site, String shownName) {
    if (inst.decl().kind() == Ast.BlockKind.MODEL) return callModel(inst, args, site);
    if (inst.call() == null) {
      ev.report(Diagnostic.of(Code.MODEL_NOT_CALLABLE, site, inst.decl().name().text())
          .note(inst.decl().name().span(), "declared here"));
      return Evaluator.ERROR;
    }
    return callFn(inst.call(), args, site, shownName);
  }

  /** Calling a model binds its inputs in order and gives its output, or a tuple of its outputs. */
  private Value callModel(Instance inst, List<Arg> args, Span site) {
    List<Ast.Input> inputs = new ArrayList<>();
    for (Ast.Member m : inst.decl().members()) if (m instanceof Ast.Input in && !in.target()) inputs.add(in);
    List<String> names = inputs.stream().map(i -> i.name().text()).toList();
    String callee = inst.decl().name().text();
    int[] index = bind(callee, names, Set.of(), args, site);
    if (index == null) return Evaluator.ERROR;
    java.util.Map<String, Value> given = new java.util.HashMap<>();
    java.util.Map<String, Span> spans = new java.util.HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      given.put(names.get(i), args.get(index[i]).value());
      spans.put(names.get(i), args.get(index[i]).span());
    }
    ev.frames.push(new Evaluator.Frame(site, inst.decl()));
    try {
      // A call of a model instance is the same model: its parameters keep the instance's path.
      Value v = ev.inPath(inst.env().path(),
          () -> ev.programs.instance(inst.decl(), inst.env().parent, new Programs.Inputs(given, spans, callee), site));
      if (!(v instanceof Instance called)) return v;
      return ev.programs.outputs(called, site);
    } finally {
      ev.frames.pop();
    }
  }

  // ------------------------------------------------------------------ conversions

  private Value cast(DType to, List<Arg> args, Span site) {
    int[] index = bind(to.word(), List.of("x"), Set.of(), args, site);
    if (index == null) return Evaluator.ERROR;
    Value v = args.get(index[0]).value();
    if (v instanceof Poly) return v;
    TensorType t = Evaluator.tensorOf(v);
    if (t == null) {
      ev.report(Diagnostic.of(Code.TYPE_CAST, args.get(index[0]).span(), v.describe(), to.word()));
      return Evaluator.ERROR;
    }
    TensorType out = t.withDtype(to);
    return ev.tensor(out, () -> ev.lowering.g.cast(ev.lowering.of(v), to));
  }

  private Value convert(Kind k, List<Arg> args, Span site) {
    String name = k.kind().name().toLowerCase();
    int[] index = bind(name, List.of("x"), Set.of(), args, site);
    if (index == null) return Evaluator.ERROR;
    Value v = args.get(index[0]).value();
    Span at = args.get(index[0]).span();
    if (v instanceof Poly) return v;
    if (k.kind() == Ast.Kind.FLOAT) {
      if (v instanceof Int i && !i.value().isConstant() && ev.lowering != null) {
        // A size known only when the program runs (such as B) becomes a scalar the program reads.
        TensorType scalar = TensorType.scalar(DType.F32);
        return new Tensor(scalar, ev.lowering.g.size(i.value(), scalar));
      }
      if (v instanceof Int i) return new Real(i.value().isConstant() ? (double) i.value().constant() : null);
      if (v instanceof Real) return v;
    } else if (k.kind() == Ast.Kind.INT) {
      if (v instanceof Int) return v;
      if (v instanceof Real r) {
        if (r.value() == null) {
          ev.report(Diagnostic.of(Code.TYPE_CONST, at, "the value converted by `int`").label(v.describe()));
          return Evaluator.ERROR;
        }
        return new Int(dev.nnc.shape.Dim.of((long) Math.floor(r.value())), at, null);
      }
    }
    Diagnostic d = Diagnostic.of(Code.TYPE_CAST, at, v.describe(), name);
    if (v instanceof Tensor) d = d.hint("`" + name + "` converts compile-time numbers; convert tensors with `f32(x)` or `i32(x)`");
    ev.report(d);
    return Evaluator.ERROR;
  }
}
