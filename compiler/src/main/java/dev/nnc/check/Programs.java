package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Span;
import dev.nnc.ir.Node;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Blocks and their members: layers, models, optimizers, scans, train blocks and sample programs. */
final class Programs {
  private final Evaluator ev;
  private final Trains trains;

  /** Where a list of members appears; each place allows some kinds of member. */
  enum Where {
    FN("a fn body"), LAYER("a layer"), MODEL("a model"), OPTIMIZER("an optimizer"),
    SCAN("a scan"), STEP("a train step"), SAMPLE("a sample program");
    final String words;
    Where(String words) { this.words = words; }
  }

  /** Values given to a model's inputs when it is called. */
  record Inputs(Map<String, Value> values, Map<String, Span> spans, String callee) {}

  Programs(Evaluator ev) {
    this.ev = ev;
    this.trains = new Trains(ev, this);
  }

  // ------------------------------------------------------------------ top level

  /** Checks every declaration of a file, with its parameters left open (symbolic sizes). */
  void checkDeclarations(Ast.File file, Env top) {
    for (Env.Slot s : top.locals().values()) ev.force(s, s.def.span());
    for (Ast.Decl d : file.decls()) {
      if (d instanceof Ast.Fn f && f.name() == null) continue;
      if (d instanceof Ast.Fn f) checkFn(new Fn(f, top, f.name().text()), f.name().span());
      else if (d instanceof Ast.Block b) checkBlock(b, top);
      else if (d instanceof Ast.Train t) trains.check(t, top);
    }
  }

  /** How many axes an unbound `...` of a parameter type stands for while a declaration is checked on its own. */
  private int restAxes = 1;

  /** The most axes tried for a `...` when a declaration generic in rank is checked on its own. */
  private static final int MAX_REST_AXES = 4;

  /**
   * Checks a fn on its own. A fn generic in rank (a parameter type with `...`) may need some
   * number of axes there (`flatten(x, from: 1)` needs two): it is checked with `...` as one axis,
   * then as two, up to four; the first try without errors stands, and when every try fails, the
   * first one's diagnostics are reported (each use is checked at its call in any case).
   */
  private void checkFn(Fn f, Span site) {
    boolean rankGeneric = f.decl().params().stream().anyMatch(p -> p.type() != null && hasRest(p.type()));
    if (!rankGeneric) {
      checkFnOnce(f, site);
      return;
    }
    Diagnostics real = ev.diagnostics;
    Diagnostics first = null;
    try {
      for (int k = 1; k <= MAX_REST_AXES; k++) {
        Diagnostics scratch = new Diagnostics();
        ev.diagnostics = scratch;
        restAxes = k;
        checkFnOnce(f, site);
        if (!scratch.hasErrors()) {
          first = scratch;
          break;
        }
        if (first == null) first = scratch;
      }
    } finally {
      ev.diagnostics = real;
      restAxes = 1;
    }
    for (var d : first.sorted()) real.report(d);
  }

  private static boolean hasRest(Ast.Type t) {
    if (t instanceof Ast.TensorType tt) return tt.dims() != null && tt.dims().stream().anyMatch(d -> d instanceof Ast.RestDim);
    if (t instanceof Ast.TupleType tt) return tt.items().stream().anyMatch(Programs::hasRest);
    return false;
  }

  private void checkFnOnce(Fn f, Span site) {
    ev.frames.push(new Evaluator.Frame(site, f));
    try {
      Env env = new Env(f.env(), f.name());
      for (Ast.Param p : f.decl().params()) {
        env.put(p.name().text(), new Env.Slot(p.name(), "parameter", generic(p, env)));
      }
      ev.calls().body(f.decl(), env);
    } finally {
      ev.frames.pop();
    }
  }

  private void checkBlock(Ast.Block b, Env top) {
    Env params = new Env(top, b.name().text());
    ev.frames.push(new Evaluator.Frame(b.name().span(), b));
    try {
      for (Ast.Param p : b.params()) {
        params.put(p.name().text(), new Env.Slot(p.name(), "parameter", generic(p, params)));
      }
      if (b.kind() == Ast.BlockKind.SAMPLE || b.kind() == Ast.BlockKind.GENERATE) {
        sample(b, params);
        return;
      }
      Value v = instance(b, params, null, b.name().span());
      if (v instanceof Instance inst) {
        for (Ast.Member m : b.members()) {
          if (m instanceof Ast.FnMember fm) {
            String name = fm.fn().name() == null ? b.name().text() : b.name().text() + "." + fm.fn().name().text();
            checkFn(new Fn(fm.fn(), inst.env(), name), fm.fn().span());
          }
        }
        if (!b.span().source().stdlib()) unused(inst.env());
      }
    } finally {
      ev.frames.pop();
    }
  }

  /** Warns about bindings and params of a block that nothing refers to. */
  private void unused(Env env) {
    for (Env.Slot s : env.locals().values()) {
      boolean kind = "binding".equals(s.what) || "param".equals(s.what);
      String name = s.def == null ? "" : s.def.text();
      if (kind && !s.used && !name.startsWith("_") && !name.endsWith("'")) {
        ev.report(Diagnostic.of(Code.NAME_UNUSED, s.def.span(), name)
            .hint("use it, remove it, or start its name with `_`"));
      }
    }
  }

  /** The value a parameter has while its declaration is checked on its own. */
  Value generic(Ast.Param p, Env env) {
    if (p.dflt() != null) {
      Value v = ev.eval(p.dflt(), env);
      if (p.type() != null && !(v instanceof Failed)) {
        Types.Match m = ev.types().match(p.type(), v, env, true);
        if (!m.ok()) {
          ev.report(Diagnostic.of(Code.TYPE_ANNOTATION, p.dflt().span(), p.name().text(), m.expected(), v.describe())
              .label(v.describe()));
          return Evaluator.ERROR;
        }
      }
      return Calls.named(v, p.name().text(), p.dflt().span());
    }
    if (p.type() == null) return Evaluator.POLY;
    return genericOf(p.type(), env, p.name());
  }

  private Value genericOf(Ast.Type type, Env env, Ast.Name name) {
    if (type instanceof Ast.KindType k) {
      return switch (k.kind()) {
        case INT -> {
          ev.open.add(name.text());
          yield new Int(Dim.symbol(name.text()), name.span(), name.text());
        }
        case FLOAT -> new Real(null);
        case STR -> new Str(null);
      };
    }
    if (type instanceof Ast.TupleType tt) {
      List<Value> items = new ArrayList<>();
      for (Ast.Type x : tt.items()) items.add(genericOf(x, env, name));
      return new Tuple(items);
    }
    Ast.TensorType t = (Ast.TensorType) type;
    if (t.dims() == null) return t.dtype().equals("bool") ? new Bool(null) : new Tensor(TensorType.scalar(DType.of(t.dtype())));
    // Plain size names first, so that `f32[2 * H, H]` binds H before computing 2 * H.
    for (Ast.Dim d : t.dims()) {
      if (d instanceof Ast.ExprDim e && e.expr() instanceof Ast.Ref r && env.find(r.name().text()) == null
          && Types.isSizeName(r.name().text())) {
        ev.types().axis(r, env, env);
      }
    }
    List<Axis> axes = new ArrayList<>();
    for (Ast.Dim d : t.dims()) {
      if (d instanceof Ast.RestDim r) {
        String sym = r.name() == null ? "..." : r.name().text();
        List<Axis> rest = new ArrayList<>();
        for (int i = 0; i < restAxes; i++) {
          rest.add(new Axis(Dim.symbol(restAxes == 1 ? sym : sym + "#" + (i + 1)), r.span(), null));
        }
        if (r.name() != null && env.find(sym) == null) env.put(sym, new Env.Slot(r.name(), "sizes", new Axes(rest)));
        axes.addAll(rest);
      } else if (d instanceof Ast.AnyDim) {
        axes.add(new Axis(Dim.symbol("_"), d.span(), null));
      } else {
        Axis a = ev.types().axis(((Ast.ExprDim) d).expr(), env, env);
        if (a == null) return Evaluator.ERROR;
        axes.add(a);
      }
    }
    return new Tensor(new TensorType(DType.of(t.dtype()), axes));
  }

  // ------------------------------------------------------------------ instances

  /**
   * Makes an instance of a layer, model or optimizer whose parameters are bound in
   * {@code params}. A model's inputs take the given values, or their declared types.
   */
  Value instance(Ast.Block decl, Env params, Inputs inputs, Span site) {
    Where where = switch (decl.kind()) {
      case LAYER -> Where.LAYER;
      case MODEL -> Where.MODEL;
      case OPTIMIZER -> Where.OPTIMIZER;
      default -> throw new AssertionError(decl.kind());
    };
    Env env = new Env(params, decl.name().text());
    env.path = ev.currentPath();
    blocks.put(env, decl);
    if (where == Where.OPTIMIZER) optimizerNames(env, decl);
    defineMembers(env, decl.members(), where);
    Env.Slot call = env.local("()");
    Instance inst = new Instance(decl, env, call == null ? null : (Fn) call.value());
    if (where == Where.MODEL && !bindInputs(decl, env, inputs)) return Evaluator.ERROR;
    if (where == Where.MODEL) learnFacts(env);
    forceAll(env);
    if (where == Where.OPTIMIZER && env.local("param'") == null) {
      ev.report(Diagnostic.of(Code.OPT_UPDATE, decl.name().span(), decl.name().text())
          .hint("an optimizer's body computes the next value of each parameter: `param' = param - lr * grad`"));
    } else if (where == Where.OPTIMIZER) {
      Env.Slot next = env.local("param'");
      Value now = env.local("param").value(), then = ev.force(next, next.def.span());
      if (now instanceof Tensor a && then instanceof Tensor b && !a.type().sameAs(b.type())) {
        ev.report(Diagnostic.of(Code.SHAPE_CARRY, next.def.span(), "param", b.type(), a.type())
            .hint("the update is elementwise: `param'` has the parameter's type"));
      }
    }
    return inst;
  }

  /** The names an optimizer's update rule sees for each parameter. */
  private void optimizerNames(Env env, Ast.Block decl) {
    Ast.Name at = decl.name();
    TensorType p = new TensorType(DType.F32, List.of(new Axis(Dim.symbol("P"), null, null)));
    Lowering low = ev.lowering;
    boolean lowering = low != null && low.optimizerParam != null;
    TensorType i32 = TensorType.scalar(DType.I32);
    env.put("param", new Env.Slot(new Ast.Name("param", at.span()), "parameter", lowering ? low.optimizerParam : new Tensor(p)));
    env.put("grad", new Env.Slot(new Ast.Name("grad", at.span()), "gradient", lowering ? low.optimizerGrad : new Tensor(p)));
    env.put("step", new Env.Slot(new Ast.Name("step", at.span()), "step",
        lowering ? (low.optimizerStep != null ? low.optimizerStep : new Tensor(i32, low.input("step", i32))) : new Tensor(i32)));
    for (String n : List.of("param", "grad", "step")) env.local(n).used = true;
  }

  private boolean bindInputs(Ast.Block decl, Env env, Inputs inputs) {
    boolean ok = true;
    for (Ast.Member m : decl.members()) {
      if (!(m instanceof Ast.Input in)) continue;
      if (!(in.type() instanceof Ast.TensorType tt)) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, in.type().span(), "a tensor type", in.type().span().text()));
        continue;
      }
      Value given = inputs == null ? null : inputs.values().get(in.name().text());
      Value v;
      if (given != null) {
        Types.Match match = ev.types().match(tt, given, env, true);
        if (!match.ok()) {
          ev.report(ev.types().argMismatch(inputs.callee() + "`'s input `" + in.name().text(), match, given,
              inputs.spans().get(in.name().text())));
          ok = false;
        }
        v = given;
      } else {
        TensorType t = ev.types().declareType(tt, env, env);
        Lowering low = ev.lowering;
        v = t == null ? Evaluator.ERROR : new Tensor(t, low == null ? null : low.input(in.name().text(), t));
      }
      env.local(in.name().text()).set(v);
    }
    return ok;
  }

  /** A model's outputs: the only one, or a tuple in order. */
  Value outputs(Instance inst, Span site) {
    List<Value> out = new ArrayList<>();
    for (Ast.Member m : inst.decl().members()) {
      if (m instanceof Ast.Output o) {
        Env.Slot s = inst.env().find(o.name().text());
        out.add(s == null ? Evaluator.ERROR : ev.force(s, o.name().span()));
      }
    }
    if (out.isEmpty()) {
      ev.report(Diagnostic.of(Code.SAMPLE_OUTPUT, site, inst.decl().name().text())
          .hint("declare what calling it gives: `output y = ...`"));
      return Evaluator.ERROR;
    }
    return out.size() == 1 ? out.get(0) : new Tuple(out);
  }

  // ------------------------------------------------------------------ members

  /** Defines the members of a declarative body: each name once, evaluated on first use. */
  void defineMembers(Env env, List<Ast.Member> members, Where where) {
    for (Ast.Member m : members) {
      if (!allowed(m, where)) continue;
      if (m instanceof Ast.Bind b) bind(env, b.pattern(), b.type(), b.value(), b.span());
      else if (m instanceof Ast.FnMember fm) {
        Ast.Fn f = fm.fn();
        if (f.name() == null) {
          Ast.Name call = new Ast.Name("()", f.span());
          String owner = env.owner;
          if (env.put("()", new Env.Slot(call, "fn", new Fn(f, env, owner))) != null) {
            ev.report(Diagnostic.of(Code.NAME_DUPLICATE, f.span(), "fn (...)").hint("a layer has one call; name the others"));
          }
        } else {
          ev.defineLocal(env, f.name(), new Env.Slot(f.name(), "fn", new Fn(f, env, env.owner + "." + f.name().text())));
        }
      } else if (m instanceof Ast.ParamDef p) {
        ev.defineLocal(env, p.name(), new Env.Slot(p.name(), "param", () -> paramValue(p, env)));
      } else if (m instanceof Ast.State s) {
        ev.defineLocal(env, s.name(), new Env.Slot(s.name(), "state", () -> stateValue(s, env)));
        env.checks.add(() -> checkNext(env, s.name(), Code.STATE_UPDATE, s.type()));
      } else if (m instanceof Ast.Input in) {
        ev.defineLocal(env, in.name(), new Env.Slot(in.name(), in.target() ? "target" : "input", Evaluator.ERROR));
        Env.Slot s = env.local(in.name().text());
        if (s != null && s.def == in.name()) s.used = true;
      } else if (m instanceof Ast.Output o) {
        if (o.value() != null) {
          ev.defineLocal(env, o.name(), new Env.Slot(o.name(), "output",
              () -> ev.evalAnnotated(o.value(), o.type(), env, o.name())));
        } else {
          env.checks.add(() -> {
            Env.Slot s = env.find(o.name().text());
            if (s == null) ev.lookup(o.name(), env);
            else s.used = true;
          });
        }
      } else if (m instanceof Ast.Loss l) {
        Supplier<Value> loss = () -> checkLoss(l, env);
        if (l.name() != null) {
          ev.defineLocal(env, l.name(), new Env.Slot(l.name(), "loss", loss));
          env.checks.add(() -> ev.force(env.local(l.name().text()), l.name().span()));
        } else {
          env.checks.add(loss::get);
        }
      } else if (m instanceof Ast.Dims d) {
        for (Ast.Name n : d.names()) {
          ev.defineLocal(env, n, new Env.Slot(n, "size", new Int(Dim.symbol(n.text()), n.span(), n.text())));
        }
      } else if (m instanceof Ast.Where w) {
        for (Ast.Expr c : w.constraints()) {
          facts.computeIfAbsent(env, k -> new ArrayList<>()).add(c);
          env.checks.add(() -> constraint(c, env));
        }
      } else if (m instanceof Ast.Uses u) {
        for (Ast.Binding b : u.bindings()) {
          ev.defineLocal(env, b.name(), new Env.Slot(b.name(), "model", () -> ev.eval(b.value(), env)));
        }
      }
      // Update, Freeze and For are handled by the train step and sample program that allow them.
    }
    if (where != Where.MODEL) learnFacts(env); // a model learns them once its inputs bind its sizes
  }

  /** Constraints waiting for their scope's sizes to be bound before they become facts. */
  private final Map<Env, List<Ast.Expr>> facts = new java.util.WeakHashMap<>();

  private void learnFacts(Env env) {
    List<Ast.Expr> pending = facts.remove(env);
    if (pending != null) for (Ast.Expr c : pending) divisibility(c, env);
  }

  private boolean allowed(Ast.Member m, Where where) {
    String word = null;
    String hint = null;
    if (m instanceof Ast.Input in && where != Where.MODEL && (where != Where.SAMPLE || in.target())) {
      word = in.target() ? "`target`" : "`input`";
      hint = where == Where.LAYER ? "a layer receives tensors as parameters of its `fn (...)`; inputs belong to a model" : null;
    } else if (m instanceof Ast.ParamDef && where != Where.LAYER && where != Where.MODEL) {
      word = "`param`";
      hint = "parameters belong to layers and models";
    } else if (m instanceof Ast.State && where != Where.LAYER && where != Where.MODEL && where != Where.OPTIMIZER) {
      word = "`state`";
    } else if (m instanceof Ast.Output && where != Where.MODEL && where != Where.SAMPLE && where != Where.STEP) {
      word = "`output`";
      hint = where == Where.LAYER ? "a layer gives its result from its `fn (...)`" : null;
    } else if (m instanceof Ast.Loss && where != Where.MODEL && where != Where.STEP) {
      word = "`loss`";
    } else if (m instanceof Ast.Uses && where != Where.SAMPLE) {
      word = "`uses`";
    } else if ((m instanceof Ast.Update || m instanceof Ast.Freeze) && where != Where.STEP) {
      word = m instanceof Ast.Update ? "`update`" : "`freeze`";
      hint = "`update` and `freeze` belong in a `step` of a train block";
    } else if (m instanceof Ast.For && where != Where.SAMPLE) {
      word = "`for`";
      hint = "a model is declarative; loop over an axis with `scan`";
    } else if (m instanceof Ast.FnMember && where == Where.SCAN) {
      word = "`fn`";
    } else if ((m instanceof Ast.Dims || m instanceof Ast.Where) && where == Where.SCAN) {
      word = m instanceof Ast.Dims ? "`dim`" : "`where`";
    }
    if (word == null) return true;
    Span at = new Span(m.span().source(), m.span().start(), Math.min(m.span().end(), m.span().start() + word.length() - 2));
    Diagnostic d = Diagnostic.of(Code.SYNTAX_MEMBER, at, word, where.words);
    ev.report(hint == null ? d : d.hint(hint));
    return false;
  }

  /** Defines the names of a binding; a tuple pattern evaluates its value once. */
  void bind(Env env, Ast.Pattern pattern, Ast.Type type, Ast.Expr value, Span span) {
    if (pattern instanceof Ast.PName n) {
      ev.defineLocal(env, n.name(), new Env.Slot(n.name(), "binding",
          () -> ev.inPath(Evaluator.child(env.path(), n.name().text()), () -> ev.evalAnnotated(value, type, env, n.name()))));
      return;
    }
    Value[] memo = new Value[1];
    Supplier<Value> whole = () -> {
      if (memo[0] == null) memo[0] = ev.evalRaw(value, env);
      return memo[0];
    };
    if (pattern instanceof Ast.PWild) {
      env.checks.add(whole::get);
      return;
    }
    destructure(env, (Ast.PTuple) pattern, whole, value.span());
  }

  private void destructure(Env env, Ast.PTuple p, Supplier<Value> whole, Span at) {
    boolean[] reported = new boolean[1];
    for (int i = 0; i < p.items().size(); i++) {
      int k = i;
      Ast.Pattern item = p.items().get(i);
      Supplier<Value> part = () -> {
        Value v = whole.get();
        if (v instanceof Failed || v instanceof Poly) return v;
        List<Value> parts = v instanceof Tuple t ? t.items()
            : v instanceof Scanned s && s.ys() != null ? concat(s.ys(), s.carries()) : null;
        if (parts == null || parts.size() != p.items().size()) {
          if (!reported[0]) {
            reported[0] = true;
            ev.report(Diagnostic.of(Code.TYPE_TUPLE, p.span(), p.items().size(), parts == null ? 1 : parts.size())
                .note(at, v.describe()));
          }
          return Evaluator.ERROR;
        }
        return parts.get(k);
      };
      if (item instanceof Ast.PName n) {
        ev.defineLocal(env, n.name(), new Env.Slot(n.name(), "binding", part));
      } else if (item instanceof Ast.PTuple inner) {
        destructure(env, inner, part, at);
      } else {
        env.checks.add(part::get);
      }
    }
  }

  private static List<Value> concat(Value first, List<Value> rest) {
    List<Value> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** Forces every member of a scope and runs its checks, so unused definitions are checked too. */
  void forceAll(Env env) {
    for (Env.Slot s : new ArrayList<>(env.locals().values())) {
      if (!s.done() && !s.evaluating && s.thunk() != null) ev.force(s, s.def.span());
    }
    for (Runnable r : new ArrayList<>(env.checks)) r.run();
    env.checks.clear();
  }

  private Value paramValue(Ast.ParamDef p, Env env) {
    if (!(p.type() instanceof Ast.TensorType tt)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, p.type().span(), "a tensor type for a param", p.type().span().text()));
      return Evaluator.ERROR;
    }
    TensorType type = ev.types().evalType(tt, env);
    if (type == null) return Evaluator.ERROR;
    if (p.init() == null) {
      ev.report(Diagnostic.of(Code.PARAM_INIT, p.name().span(), p.name().text())
          .hint("give it a value: `= 0`, `= uniform(-k, k)`, `= normal(0.0, 0.02)` or a literal"));
      return new Tensor(type);
    }
    return leaf(Evaluator.child(env.path(), p.name().text()), p.name(), p.init(), type, env, false);
  }

  /** A param or state: checks its initializer, and when lowering makes its leaf with its initial value. */
  private Value leaf(String path, Ast.Name name, Ast.Expr init, TensorType type, Env env, boolean state) {
    Lowering low = ev.lowering;
    if (low != null) low.initializing = path;
    Value v;
    try {
      v = checkInit(name, init, type, env);
    } finally {
      if (low != null) low.initializing = null;
    }
    if (low == null || v == null) return new Tensor(type);
    if (state) low.states.add(path);
    return new Tensor(type, low.param(path, type, low.of(v, type)));
  }

  private Value stateValue(Ast.State s, Env env) {
    TensorType type = null;
    if (s.type() != null) {
      if (!(s.type() instanceof Ast.TensorType tt)) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, s.type().span(), "a tensor type for a state", s.type().span().text()));
        return Evaluator.ERROR;
      }
      type = ev.types().evalType(tt, env);
      if (type == null) return Evaluator.ERROR;
      return leaf(Evaluator.child(env.path(), s.name().text()), s.name(), s.init(), type, env, true);
    }
    Value v = ev.eval(s.init(), env);
    if (v instanceof Tensor t && ev.lowering != null) {
      String path = Evaluator.child(env.path(), s.name().text());
      ev.lowering.states.add(path);
      return new Tensor(t.type(), ev.lowering.param(path, t.type(), t.node()));
    }
    if (v instanceof Tensor || v instanceof Failed || v instanceof Poly) return v;
    ev.report(Diagnostic.of(Code.TYPE_KIND, s.init().span(), "a tensor (or a declared type: `state "
        + s.name().text() + ": f32[...] = 0`)", v.describe()));
    return Evaluator.ERROR;
  }

  /** Checks a param or state initializer against the declared type; its value, or null when it is wrong. */
  private Value checkInit(Ast.Name name, Ast.Expr init, TensorType type, Env env) {
    Value v = ev.calls().withImplicit(new Calls.Implicit("type", new Type(type)), init, env);
    if (v instanceof Failed || v instanceof Poly) return null;
    if (Evaluator.isScalarConst(v)) return v;
    TensorType got = v instanceof Lst l ? literal(l, init.span(), type.dtype()) : Evaluator.tensorOf(v);
    if (got == null) {
      if (!(v instanceof Lst)) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, init.span(), "a tensor " + type + " or a number", v.describe()));
      }
      return null;
    }
    if (!got.sameAs(type)) {
      ev.report(Diagnostic.of(Code.SHAPE_INIT, init.span(), name.text(), type, got).label(got.toString())
          .note(name.span(), name.text() + " is declared " + type));
      return null;
    }
    return v;
  }

  /** The type of a tensor literal written as nested lists; null after reporting it ragged. */
  TensorType literal(Lst l, Span at, DType dtype) {
    List<Axis> axes = new ArrayList<>();
    Value cur = l;
    while (cur instanceof Lst x) {
      if (x.items().isEmpty()) {
        ev.report(Diagnostic.of(Code.TYPE_LITERAL, at, "an empty list"));
        return null;
      }
      axes.add(new Axis(Dim.of(x.items().size()), at, null));
      cur = x.items().get(0);
    }
    if (!uniform(l, axes, 0)) {
      ev.report(Diagnostic.of(Code.TYPE_LITERAL, at, "rows of different lengths, or numbers mixed with lists"));
      return null;
    }
    return new TensorType(dtype, axes);
  }

  private boolean uniform(Value v, List<Axis> axes, int depth) {
    if (depth == axes.size()) return v instanceof Int || v instanceof Real || v instanceof Bool;
    if (!(v instanceof Lst l) || l.items().size() != axes.get(depth).size().constant()) return false;
    for (Value x : l.items()) if (!uniform(x, axes, depth + 1)) return false;
    return true;
  }

  /** A state or carry {@code s} needs {@code s'} of the same type. */
  private void checkNext(Env env, Ast.Name name, Code missing, Ast.Type declared) {
    Env.Slot next = env.local(name.text() + "'");
    if (next == null && missing == Code.STATE_UPDATE && definedInFn(env, name.text() + "'")) return;
    if (next == null) {
      ev.report(Diagnostic.of(missing, name.span(), name.text())
          .hint("define `" + name.text() + "' = ...`" + (missing == Code.STATE_UPDATE ? ", or `" + name.text() + "' = " + name.text() + "` to keep it" : "")));
      return;
    }
    next.used = true;
    Value now = ev.force(env.local(name.text()), name.span());
    Value then = ev.force(next, next.def.span());
    if (ev.lowering != null && missing == Code.STATE_UPDATE) ev.lowering.nextState(now, then);
    if (now instanceof Tensor a && then instanceof Tensor b && !a.type().sameAs(b.type())) {
      ev.report(carryMismatch(name.text(), a.type(), b.type(), next.def.span(),
          declared != null ? declared.span() : name.span()));
    }
  }

  /**
   * shape.carry for a state or carry {@code name} of type {@code now} whose next value has type
   * {@code next}: the first axis where they differ, where the next value's size of it comes
   * from, and the size it must have.
   */
  private static Diagnostic carryMismatch(String name, TensorType now, TensorType next, Span at, Span declared) {
    Diagnostic d = Diagnostic.of(Code.SHAPE_CARRY, at, name, next, now).label(next.toString())
        .note(declared, name + " is " + now);
    if (now.rank() != next.rank()) {
      return d.hint("each step gives back the shape it carries: `" + name + "'` has " + next.rank()
          + " axes, `" + name + "` " + now.rank());
    }
    for (int k = 0; k < now.rank(); k++) {
      if (now.dim(k).equals(next.dim(k))) continue;
      Axis got = next.axes().get(k);
      if (got.origin() != null && !got.origin().equals(declared)) {
        d = d.note(got.origin(), "dimension " + k + " of `" + name + "'`"
            + (got.why() != null ? ", " + got.why() + "," : "") + " comes from here");
      }
      return d.hint("each step gives back the shape it carries: dimension " + k + " of `" + name + "'` must be "
          + now.dim(k) + ", not " + next.dim(k));
    }
    return d.hint("each step gives back the type it carries: `" + name + "'` is " + next.dtype().word()
        + " but `" + name + "` is " + now.dtype().word() + "; convert it with a cast");
  }

  /** Whether a fn of the block that owns this scope binds the name (a state updated by the call). */
  private boolean definedInFn(Env env, String name) {
    Ast.Block block = blocks.get(env);
    if (block == null) return false;
    for (Ast.Member m : block.members()) {
      if (m instanceof Ast.FnMember fm && binds(fm.fn().members(), name)) return true;
    }
    return false;
  }

  private static boolean binds(List<Ast.Member> members, String name) {
    for (Ast.Member m : members) {
      if (m instanceof Ast.Bind b && patternBinds(b.pattern(), name)) return true;
    }
    return false;
  }

  private static boolean patternBinds(Ast.Pattern p, String name) {
    if (p instanceof Ast.PName n) return n.name().text().equals(name);
    if (p instanceof Ast.PTuple t) return t.items().stream().anyMatch(x -> patternBinds(x, name));
    return false;
  }

  /** In a fn body, {@code s' = ...} for a state {@code s} of the enclosing block must keep its type. */
  void checkStateUpdates(Env local) {
    for (Map.Entry<String, Env.Slot> e : local.locals().entrySet()) {
      String name = e.getKey();
      if (!name.endsWith("'") || local.parent == null) continue;
      Env.Slot state = local.parent.find(name.substring(0, name.length() - 1));
      if (state == null || !"state".equals(state.what)) continue;
      e.getValue().used = true;
      Value now = ev.force(state, e.getValue().def.span());
      Value then = ev.force(e.getValue(), e.getValue().def.span());
      if (ev.lowering != null) ev.lowering.nextState(now, then);
      if (now instanceof Tensor a && then instanceof Tensor b && !a.type().sameAs(b.type())) {
        ev.report(carryMismatch(state.def.text(), a.type(), b.type(), e.getValue().def.span(), state.def.span()));
      }
    }
  }

  private final Map<Env, Ast.Block> blocks = new java.util.WeakHashMap<>();

  private Value checkLoss(Ast.Loss l, Env env) {
    Value v = ev.eval(l.value(), env);
    if (v instanceof Tensor t && t.type().rank() != 0) {
      ev.report(Diagnostic.of(Code.MODEL_LOSS, l.value().span(), t.type()).label(t.type().toString())
          .hint("reduce it, for example with `mean(...)`"));
      return Evaluator.ERROR;
    }
    if (!(v instanceof Tensor) && !(v instanceof Failed) && !(v instanceof Poly) && !(v instanceof Real) && !(v instanceof Int)) {
      ev.report(Diagnostic.of(Code.MODEL_LOSS, l.value().span(), v.describe()));
      return Evaluator.ERROR;
    }
    return v;
  }

  /** Records `a % b == 0` as a fact, so that a / b is exact where a and b are these sizes. */
  private void divisibility(Ast.Expr c, Env env) {
    if (c instanceof Ast.Binary eq && eq.op() == Ast.BinOp.EQ && eq.right() instanceof Ast.IntLit zero && zero.value() == 0
        && eq.left() instanceof Ast.Binary mod && mod.op() == Ast.BinOp.MOD && simple(mod.left()) && simple(mod.right())) {
      Value a = ev.eval(mod.left(), env), b = ev.eval(mod.right(), env);
      if (a instanceof Int x && b instanceof Int y) ev.divisible.add(List.of(x.value(), y.value()));
    }
  }

  private static boolean simple(Ast.Expr e) {
    return e instanceof Ast.Ref || e instanceof Ast.IntLit;
  }

  private void constraint(Ast.Expr c, Env env) {
    Value v = ev.eval(c, env);
    if (v instanceof Failed || v instanceof Poly) return;
    if (!(v instanceof Bool b)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, c.span(), "a condition on sizes", v.describe()));
      return;
    }
    if (Boolean.FALSE.equals(b.value())) {
      Diagnostic d = Diagnostic.of(Code.DIM_CONSTRAINT, c.span(), c.span().text(), describeSizes(c, env));
      for (Evaluator.Frame f : ev.frames) {
        if (f.callee() instanceof Ast.Block && f.site().source() == c.span().source() && f.site().start() != c.span().start()) {
          d = d.note(f.site(), "given these values here");
          break;
        }
      }
      ev.report(d);
    }
  }

  private String describeSizes(Ast.Expr c, Env env) {
    List<String> parts = new ArrayList<>();
    collectRefs(c, env, parts);
    return parts.isEmpty() ? "it is false" : String.join(", ", parts);
  }

  private void collectRefs(Ast.Expr e, Env env, List<String> out) {
    if (e instanceof Ast.Ref r) {
      Env.Slot s = env.find(r.name().text());
      if (s != null && s.done() && s.value() instanceof Int i) {
        String part = r.name().text() + " = " + i.value();
        if (!out.contains(part)) out.add(part);
      }
    } else if (e instanceof Ast.Binary b) {
      collectRefs(b.left(), env, out);
      collectRefs(b.right(), env, out);
    } else if (e instanceof Ast.Unary u) {
      collectRefs(u.operand(), env, out);
    }
  }

  // ------------------------------------------------------------------ scan

  Value scan(Ast.Scan s, Env env) {
    Value over = ev.eval(s.over(), env);
    if (over instanceof Failed) return Evaluator.ERROR;
    if (!(over instanceof Int || over instanceof Poly)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, s.over().span(), "a size to scan over", over.describe()));
      return Evaluator.ERROR;
    }
    if (ev.lowering != null) return unroll(s, env, (Int) over);
    Env body = new Env(env, env.owner);
    body.put(s.var().text(), new Env.Slot(s.var(), "loop variable", new Tensor(TensorType.scalar(DType.I32))));
    body.local(s.var().text()).used = true;
    List<Value> carried = new ArrayList<>();
    for (Ast.Carry c : s.carries()) {
      if (!(c.type() instanceof Ast.TensorType tt)) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, c.type().span(), "a tensor type for a carry", c.type().span().text()));
        return Evaluator.ERROR;
      }
      TensorType type = ev.types().evalType(tt, env);
      if (type == null) return Evaluator.ERROR;
      checkInit(c.name(), c.init(), type, env);
      carried.add(new Tensor(type));
      ev.defineLocal(body, c.name(), new Env.Slot(c.name(), "carry", new Tensor(type)));
      body.checks.add(() -> checkNext(body, c.name(), Code.SCAN_CARRY, c.type()));
    }
    defineMembers(body, s.members(), Where.SCAN);
    Value ys = null;
    if (s.yield() != null) {
      Value y = ev.eval(s.yield(), body);
      if (y instanceof Failed || y instanceof Poly || over instanceof Poly) {
        forceAll(body);
        return y instanceof Failed ? y : Evaluator.POLY;
      }
      TensorType t = Evaluator.tensorOf(y);
      if (t == null) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, s.yield().span(), "a tensor to yield", y.describe()));
        return Evaluator.ERROR;
      }
      long along = 0;
      if (s.along() != null) {
        Long k = ev.constInt(ev.eval(s.along(), env), s.along().span(), "the axis of `along`");
        if (k == null) return Evaluator.ERROR;
        along = k < 0 ? k + t.rank() + 1 : k;
        if (along < 0 || along > t.rank()) {
          ev.report(Diagnostic.of(Code.SHAPE_AXIS, s.along().span(), k, "stacking " + t));
          return Evaluator.ERROR;
        }
      }
      List<Axis> axes = t.axesCopy();
      Int n = (Int) over;
      axes.add((int) along, new Axis(n.value(), s.over().span(), n.name() == null ? null : n.axis().why()));
      ys = new Tensor(t.withAxes(axes));
    }
    forceAll(body);
    if (ys == null && carried.isEmpty()) {
      ev.report(Diagnostic.of(Code.SCAN_YIELD, s.span()).hint("add `yield expr`, or carry state with `with (h: ... = 0)`"));
      return Evaluator.ERROR;
    }
    if (ys == null) return carried.size() == 1 ? carried.get(0) : new Tuple(carried);
    return new Scanned(ys, carried);
  }

  /**
   * Lowers a scan of compile-time length by unrolling it: the body once per step, each with
   * the carries the step before it gave. Differentiating the unrolled program is
   * backpropagation through time. (A scan over a size known only at run time needs a loop
   * primitive in the IR, which it does not have yet.)
   */
  private Value unroll(Ast.Scan s, Env env, Int over) {
    Lowering low = ev.lowering;
    if (!over.value().isConstant()) return loop(s, env, over);
    int n = Math.toIntExact(over.value().constant());
    List<Value> carries = new ArrayList<>();
    List<TensorType> types = new ArrayList<>();
    for (Ast.Carry c : s.carries()) {
      TensorType type = ev.types().evalType((Ast.TensorType) c.type(), env);
      types.add(type);
      carries.add(new Tensor(type, low.of(ev.eval(c.init(), env), type)));
    }
    Node[] ys = new Node[n];
    TensorType yType = null;
    TensorType index = TensorType.scalar(DType.I32);
    for (int step = 0; step < n; step++) {
      int t = s.reverse() ? n - 1 - step : step;
      Env body = new Env(env, env.owner);
      body.put(s.var().text(), new Env.Slot(s.var(), "loop variable", new Tensor(index, low.g.fill(t, index))));
      for (int i = 0; i < s.carries().size(); i++) {
        Ast.Carry c = s.carries().get(i);
        body.put(c.name().text(), new Env.Slot(c.name(), "carry", carries.get(i)));
      }
      defineMembers(body, s.members(), Where.SCAN);
      List<Value> next = new ArrayList<>();
      for (int i = 0; i < s.carries().size(); i++) {
        Ast.Carry c = s.carries().get(i);
        Env.Slot slot = body.local(c.name().text() + "'");
        next.add(new Tensor(types.get(i), low.of(ev.force(slot, slot.def.span()), types.get(i))));
      }
      if (s.yield() != null) {
        Value y = ev.eval(s.yield(), body);
        yType = Evaluator.tensorOf(y);
        ys[t] = low.of(y, yType);
      }
      carries = next;
    }
    if (s.yield() == null) return carries.size() == 1 ? carries.get(0) : new Tuple(carries);
    int along = 0;
    if (s.along() != null) {
      long k = ((Int) ev.eval(s.along(), env)).value().constant();
      along = (int) (k < 0 ? k + yType.rank() + 1 : k);
    }
    List<Node> parts = new ArrayList<>();
    for (Node y : ys) parts.add(low.g.reshape(y, Lowering.with(y.type().dims(), along, Dim.of(1))));
    Node stacked = low.g.concat(parts, along);
    List<Axis> axes = yType.axesCopy();
    axes.add(along, new Axis(over.value(), s.over().span(), null));
    return new Scanned(new Tensor(yType.withAxes(axes), stacked), carries);
  }

  /**
   * Lowers a scan whose length is known only when the program runs to the IR's loop: the
   * body once, over placeholders for the carries and the step index.
   */
  private Value loop(Ast.Scan s, Env env, Int over) {
    Lowering low = ev.lowering;
    int id = low.g.size();
    List<TensorType> types = new ArrayList<>();
    List<Node> inits = new ArrayList<>(), carries = new ArrayList<>();
    TensorType index = TensorType.scalar(DType.I32);
    Node t = low.g.input("loop" + id + "." + s.var().text(), index);
    Env body = new Env(env, env.owner);
    body.put(s.var().text(), new Env.Slot(s.var(), "loop variable", new Tensor(index, t)));
    for (Ast.Carry c : s.carries()) {
      TensorType type = ev.types().evalType((Ast.TensorType) c.type(), env);
      types.add(type);
      inits.add(low.of(ev.eval(c.init(), env), type));
      Node carry = low.g.input("loop" + id + "." + c.name().text(), type);
      carries.add(carry);
      body.put(c.name().text(), new Env.Slot(c.name(), "carry", new Tensor(type, carry)));
    }
    defineMembers(body, s.members(), Where.SCAN);
    List<Node> next = new ArrayList<>();
    TensorType yType = null;
    List<Node> ys = new ArrayList<>();
    Node outer = low.loopIndex;
    low.loopIndex = outer == null ? t : low.g.add(low.g.scale(outer, 1 << 16), t);
    try {
      for (int i = 0; i < s.carries().size(); i++) {
        Env.Slot slot = body.local(s.carries().get(i).name().text() + "'");
        next.add(low.of(ev.force(slot, slot.def.span()), types.get(i)));
      }
      if (s.yield() != null) {
        Value y = ev.eval(s.yield(), body);
        yType = Evaluator.tensorOf(y);
        ys.add(low.of(y, yType));
      }
    } finally {
      low.loopIndex = outer;
    }
    List<Node> out = low.g.loop(inits, carries, t, next, ys, over.value(), s.reverse());
    List<Value> finals = new ArrayList<>();
    for (int i = 0; i < carries.size(); i++) finals.add(new Tensor(types.get(i), out.get(i)));
    if (s.yield() == null) return finals.size() == 1 ? finals.get(0) : new Tuple(finals);
    int along = 0;
    if (s.along() != null) {
      long k = ((Int) ev.eval(s.along(), env)).value().constant();
      along = (int) (k < 0 ? k + yType.rank() + 1 : k);
    }
    // The loop stacks on a new first axis; move it to `along`.
    Node stacked = out.get(carries.size());
    List<Integer> perm = new ArrayList<>();
    for (int i = 1; i <= yType.rank(); i++) perm.add(i);
    perm.add(along, 0);
    if (along != 0) stacked = low.g.transpose(stacked, perm);
    List<Axis> axes = yType.axesCopy();
    axes.add(along, new Axis(over.value(), s.over().span(), null));
    return new Scanned(new Tensor(yType.withAxes(axes), stacked), finals);
  }

  // ------------------------------------------------------------------ sample programs

  /** Checks a sample or generate program: its body runs in order and may rebind names. */
  void sample(Ast.Block b, Env params) {
    sampleScope(b, params);
  }

  /** Runs a sample program's body; the scope it leaves holds its outputs. */
  Env sampleScope(Ast.Block b, Env params) {
    Env env = new Env(params, b.name().text());
    env.declaresSizes = true;
    boolean[] output = new boolean[1];
    sequence(env, b.members(), output, null);
    forceAll(env);
    if (!output[0]) {
      ev.report(Diagnostic.of(Code.SAMPLE_OUTPUT, b.name().span(), b.name().text()).hint("add `output x`"));
    }
    return env;
  }

  private void sequence(Env env, List<Ast.Member> members, boolean[] output, Env loopOuter) {
    for (Ast.Member m : members) {
      if (!allowed(m, Where.SAMPLE)) continue;
      if (m instanceof Ast.Bind bind) {
        Value v = ev.evalRaw(bind.value(), env);
        assign(env, bind.pattern(), v, bind, loopOuter);
      } else if (m instanceof Ast.For f) {
        loop(env, f, output);
      } else if (m instanceof Ast.Input in) {
        programInput(env, in);
      } else if (m instanceof Ast.Output o) {
        output[0] = true;
        if (o.value() != null) {
          Value v = ev.evalAnnotated(o.value(), o.type(), env, o.name());
          env.rebind(o.name().text(), new Env.Slot(o.name(), "output", v));
        } else {
          ev.lookup(o.name(), env);
        }
      } else {
        defineMembers(env, List.of(m), Where.SAMPLE);
      }
    }
  }

  /**
   * A program's input (a decoder's prompt): a tensor of its declared type, whose new size names
   * are declared there and bound when the program runs; an input leaf of the lowered program.
   */
  private void programInput(Env env, Ast.Input in) {
    Env.Slot before = env.find(in.name().text());
    if (before != null && "input".equals(before.what)) { // one leaf per name
      Diagnostic d = Diagnostic.of(Code.NAME_DUPLICATE, in.name().span(), in.name().text());
      if (before.def != null) d = d.note(before.def.span(), "first defined here");
      ev.report(d.hint("give one of them another name"));
      return;
    }
    Value v = Evaluator.ERROR;
    if (!(in.type() instanceof Ast.TensorType tt)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, in.type().span(), "a tensor type", in.type().span().text()));
    } else {
      TensorType t = ev.types().declareType(tt, env, env);
      Lowering low = ev.lowering;
      if (t != null) v = new Tensor(t, low == null ? null : low.input(in.name().text(), t));
    }
    env.rebind(in.name().text(), new Env.Slot(in.name(), "input", v));
  }

  private void assign(Env env, Ast.Pattern p, Value v, Ast.Bind bind, Env loopOuter) {
    if (p instanceof Ast.PWild) return;
    if (p instanceof Ast.PTuple t) {
      List<Value> parts = v instanceof Tuple tu ? tu.items() : v instanceof Scanned s ? concat(s.ys(), s.carries()) : null;
      if (v instanceof Failed || v instanceof Poly) parts = null;
      for (int i = 0; i < t.items().size(); i++) {
        Value part = parts == null ? (v instanceof Poly ? v : Evaluator.ERROR) : i < parts.size() ? parts.get(i) : Evaluator.ERROR;
        assign(env, t.items().get(i), part, bind, loopOuter);
      }
      if (parts != null && parts.size() != t.items().size()) {
        ev.report(Diagnostic.of(Code.TYPE_TUPLE, t.span(), t.items().size(), parts.size()));
      }
      return;
    }
    Ast.Name name = ((Ast.PName) p).name();
    if (v instanceof Scanned s) v = s.ys();
    if (bind.type() != null && !(v instanceof Failed)) {
      Types.Match m = ev.types().match(bind.type(), v, env, true);
      if (!m.ok()) {
        ev.report(Diagnostic.of(Code.TYPE_ANNOTATION, bind.value().span(), name.text(), m.expected(), v.describe()));
        v = Evaluator.ERROR;
      }
    }
    // In a loop, assigning a name from outside the loop updates it: its type must not change.
    Env.Slot outer = loopOuter == null ? null : loopOuter.find(name.text());
    if (outer != null && env.local(name.text()) == null) {
      Value before = outer.value();
      if (before instanceof Tensor a && v instanceof Tensor c && !a.type().sameAs(c.type())) {
        ev.report(Diagnostic.of(Code.SHAPE_LOOP, bind.value().span(), name.text(), a.type(), c.type())
            .hint("a loop runs a fixed program: keep the shape, for example by writing into a buffer"));
      }
      outer.used = true;
      return;
    }
    Env.Slot slot = new Env.Slot(name, "binding", v);
    env.rebind(name.text(), slot);
  }

  private void loop(Env env, Ast.For f, boolean[] output) {
    for (Ast.Expr bound : List.of(f.range().from(), f.range().to())) {
      Value v = ev.eval(bound, env);
      if (!(v instanceof Int || v instanceof Failed || v instanceof Poly)) {
        ev.report(Diagnostic.of(Code.LOOP_RANGE, bound.span(), "bound " + bound.span().text()).label(v.describe()));
      }
    }
    if (ev.lowering != null) {
      lowerFor(env, f, output);
      return;
    }
    Env body = new Env(env, env.owner);
    body.put(f.var().text(), new Env.Slot(f.var(), "loop variable", new Tensor(TensorType.scalar(DType.I32))));
    body.local(f.var().text()).used = true;
    sequence(body, f.body(), output, env);
    forceAll(body);
  }

  /**
   * Lowers a sample program's `for` to the IR's loop: the names the body assigns that exist
   * before it are the carries; the loop variable counts from the range's start.
   */
  private void lowerFor(Env env, Ast.For f, boolean[] output) {
    Lowering low = ev.lowering;
    Dim from = ((Int) ev.eval(f.range().from(), env)).value(), to = ((Int) ev.eval(f.range().to(), env)).value();
    Dim n = switch (f.range().kind()) {
      case TO -> to.minus(from).plus(Dim.of(1));
      case UNTIL -> to.minus(from);
      case DOWN_TO -> from.minus(to).plus(Dim.of(1));
    };
    int id = low.g.size();
    TensorType i32 = TensorType.scalar(DType.I32);
    Node index = low.g.input("loop" + id + ".step", i32);
    Node start = low.size(from, i32);
    Node var = f.range().kind() == Ast.RangeKind.DOWN_TO ? low.g.sub(start, index) : low.g.add(start, index);
    Env body = new Env(env, env.owner);
    body.put(f.var().text(), new Env.Slot(f.var(), "loop variable", new Tensor(i32, var)));
    List<String> carried = new ArrayList<>();
    for (Ast.Member m : f.body()) {
      if (m instanceof Ast.Bind b) outerNames(b.pattern(), env, carried);
    }
    List<Node> inits = new ArrayList<>(), carries = new ArrayList<>();
    for (String name : carried) {
      Value before = ev.force(env.find(name), f.span());
      TensorType type = Evaluator.tensorOf(before);
      if (type == null) throw new Lowering.Unsupported("a loop that rebinds `" + name + "`, which is not a tensor");
      inits.add(low.of(before, type));
      Node carry = low.g.input("loop" + id + "." + name, type);
      carries.add(carry);
      body.put(name, new Env.Slot(new Ast.Name(name, f.span()), "carry", new Tensor(type, carry)));
    }
    Node outer = low.loopIndex;
    low.loopIndex = outer == null ? index : low.g.add(low.g.scale(outer, 1 << 16), index);
    try {
      sequence(body, f.body(), output, null);
    } finally {
      low.loopIndex = outer;
    }
    List<Node> next = new ArrayList<>();
    for (int i = 0; i < carried.size(); i++) next.add(low.of(body.local(carried.get(i)).value(), carries.get(i).type()));
    List<Node> finals = low.g.loop(inits, carries, index, next, List.of(), n, false);
    for (int i = 0; i < carried.size(); i++) {
      String name = carried.get(i);
      env.rebind(name, new Env.Slot(new Ast.Name(name, f.span()), "binding", new Tensor(carries.get(i).type(), finals.get(i))));
    }
  }

  /** The names a pattern binds that exist before the loop (its carries), each once, in order: (a, (b, _)) gives a, b. */
  private static void outerNames(Ast.Pattern p, Env env, List<String> carried) {
    if (p instanceof Ast.PTuple t) {
      for (Ast.Pattern item : t.items()) outerNames(item, env, carried);
    } else if (p instanceof Ast.PName n && env.find(n.name().text()) != null && !carried.contains(n.name().text())) {
      carried.add(n.name().text());
    }
  }

  Trains trains() { return trains; }

  static Map<String, Value> none() { return new HashMap<>(); }
}
