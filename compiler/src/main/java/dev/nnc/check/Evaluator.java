package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks names, types and shapes by evaluating the program over abstract values
 * ({@link Value}): a tensor is its type, a layer call instantiates the layer with its
 * arguments. Diagnostics go to the sink; the value of a failed expression is
 * {@link Value#ERROR}, which silences errors that would only repeat it.
 */
public final class Evaluator {
  final Modules modules;
  /** Where reports go; Programs swaps in a scratch sink while it tries a declaration generic in rank. */
  Diagnostics diagnostics;
  final Builtins builtins;
  final Env prelude;
  private final Map<String, Env> moduleEnvs = new HashMap<>();
  private final Deque<Env.Slot> forcing = new ArrayDeque<>();
  /** Calls being evaluated, innermost first, so errors in library code can be shown at the user's call. */
  final Deque<Frame> frames = new ArrayDeque<>();
  Source current;
  final Programs programs;
  /**
   * Symbols that stand for int parameters left open while a declaration is checked on its
   * own. Where a constant is needed and one of these appears, nothing can be said: the check
   * waits for the declaration's uses, which give the parameter a value.
   */
  final java.util.Set<String> open = new java.util.HashSet<>();
  /** Pairs (a, b) that a `where a % b == 0` declares: a / b is then exact. */
  final java.util.Set<List<Dim>> divisible = new java.util.HashSet<>();

  /** Set while a program is lowered to IR; null while only checking. */
  Lowering lowering;

  /** The instance paths of the bindings being evaluated, innermost first; they name parameters. */
  private final Deque<String> paths = new ArrayDeque<>();

  String currentPath() { return paths.isEmpty() ? "" : paths.peek(); }

  <T> T inPath(String path, java.util.function.Supplier<T> body) {
    paths.push(path);
    try {
      return body.get();
    } finally {
      paths.pop();
    }
  }

  /** The path of a name defined in a scope: {@code enc.fc1} for fc1 in the instance enc. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A tensor of the given type, with the node that computes it when lowering. */
  Value tensor(TensorType t, java.util.function.Supplier<dev.nnc.ir.Node> node) {
    return new Tensor(t, lowering == null ? null : node.get());
  }

  boolean isOpen(Dim d) {
    for (String s : d.symbols()) if (open.contains(s)) return true;
    return false;
  }

  record Frame(Span site, Object callee) {}

  Evaluator(Modules modules, Diagnostics diagnostics) {
    this.modules = modules;
    this.diagnostics = diagnostics;
    this.builtins = new Builtins(this);
    this.prelude = builtins.prelude();
    this.programs = new Programs(this);
  }

  // ------------------------------------------------------------------ reporting

  /**
   * Reports a diagnostic. One found in another file than the one being checked (inside a
   * library fn, say) is shown at the innermost call in the checked file, with a note where
   * it arose.
   */
  void report(Diagnostic d) {
    if (current != null && d.span().source() != current) {
      for (Frame f : frames) {
        if (f.site().source() == current) {
          d = d.at(f.site()).note(d.span(), "inside " + describeCallee(f.callee()) + ", here");
          break;
        }
      }
    }
    diagnostics.report(d);
  }

  private static String describeCallee(Object callee) {
    if (callee instanceof Fn f) return "`" + f.name() + "`";
    if (callee instanceof Ast.Block b) return "`" + b.name().text() + "`";
    if (callee instanceof Builtins.Def d) return "`" + d.name() + "`";
    return "the call";
  }

  // ------------------------------------------------------------------ files and modules

  void checkFile(Modules.Module m) {
    Source before = current;
    current = m.file().source();
    try {
      Env env = moduleEnv(m);
      if (env != null) programs.checkDeclarations(m.file(), env);
    } finally {
      current = before;
    }
  }

  /** The scope of a module's top level: prelude, then its imports, then its declarations. */
  Env moduleEnv(Modules.Module m) {
    Env cached = moduleEnvs.get(m.key());
    if (cached != null) return cached;
    Env imports = new Env(prelude, m.key());
    Env top = new Env(imports, m.key());
    moduleEnvs.put(m.key(), top);
    Ast.File file = m.file();
    modules.enter(m.key());
    try {
      for (Ast.Use u : file.uses()) importUse(u, file.source(), imports);
    } finally {
      modules.leave(m.key());
    }
    for (Ast.Decl d : file.decls()) declare(d, top, imports);
    return top;
  }

  private void importUse(Ast.Use use, Source from, Env into) {
    Modules.Module m = modules.resolve(use, from);
    if (m == null) {
      for (Ast.Import i : use.items()) into.put(i.local().text(), new Env.Slot(i.local(), "import", ERROR));
      return;
    }
    if (!modules.enter(m.key())) {
      diagnostics.report(Diagnostic.of(Code.USE_CYCLE, use.span(), use.module() + " imports itself through " + from.name())
          .hint("move what both modules need into a third module"));
      return;
    }
    modules.leave(m.key());
    if (m.file() == null) {
      for (Ast.Import i : use.items()) into.put(i.local().text(), new Env.Slot(i.local(), "import", ERROR));
      return;
    }
    Env env = moduleEnv(m);
    switch (use.kind()) {
      case MODULE -> {
        Ast.Name last = use.path().get(use.path().size() - 1);
        define(into, last, new Env.Slot(last, "module", new ModuleRef(use.module(), env)), use.module());
      }
      case ALL -> {
        for (Map.Entry<String, Env.Slot> e : env.locals().entrySet()) {
          define(into, new Ast.Name(e.getKey(), use.span()), e.getValue(), use.module());
        }
      }
      case SOME -> {
        for (Ast.Import i : use.items()) {
          Env.Slot s = env.local(i.name().text());
          if (s == null) {
            Diagnostic d = Diagnostic.of(Code.USE_NAME, i.name().span(), use.module(), i.name().text());
            String close = Suggest.closest(i.name().text(), env.locals().keySet());
            if (close != null) d = d.hint("did you mean `" + close + "`?");
            diagnostics.report(d);
            into.put(i.local().text(), new Env.Slot(i.local(), "import", ERROR));
          } else {
            define(into, i.local(), s, use.module());
          }
        }
      }
    }
  }

  private final Map<Env.Slot, String> importedFrom = new HashMap<>();

  private void define(Env into, Ast.Name name, Env.Slot slot, String module) {
    Env.Slot old = into.put(name.text(), slot);
    if (old != null && old != slot) {
      diagnostics.report(Diagnostic.of(Code.USE_CONFLICT, name.span(), name.text(),
          importedFrom.getOrDefault(old, "?"), module).hint("import one of them under another name with `as`"));
    }
    importedFrom.putIfAbsent(slot, module);
  }

  private void declare(Ast.Decl d, Env top, Env imports) {
    if (d instanceof Ast.Train) return; // a train block names the model it trains, it defines nothing
    if (d.name() == null) {
      report(Diagnostic.of(Code.SYNTAX_MEMBER, d.span(), "a fn without a name", "the top level")
          .hint("name it: `fn name(...) = ...`; a fn without a name is the call of the layer that holds it"));
      return;
    }
    Env.Slot slot;
    if (d instanceof Ast.Const c) {
      slot = new Env.Slot(c.name(), "const", () -> evalAnnotated(c.value(), c.type(), top, c.name()));
    } else if (d instanceof Ast.Fn f) {
      slot = new Env.Slot(f.name(), "fn", new Fn(f, top, f.name().text()));
    } else {
      Ast.Block b = (Ast.Block) d;
      slot = new Env.Slot(b.name(), b.kind().word(), new Block(b, top));
    }
    defineLocal(top, d.name(), slot);
    Env.Slot hidden = imports.find(d.name().text());
    if (hidden != null && hidden.def != null && !d.name().span().source().stdlib()) {
      String what = imports.local(d.name().text()) != null ? "import" : "builtin";
      diagnostics.report(Diagnostic.of(Code.NAME_SHADOW, d.name().span(), d.name().text(), what)
          .hint("rename it if the " + what + " is meant"));
    }
  }

  /** Defines a name in a scope, reporting a second definition. */
  void defineLocal(Env env, Ast.Name name, Env.Slot slot) {
    Env.Slot old = env.put(name.text(), slot);
    if (old != null) {
      Diagnostic d = Diagnostic.of(Code.NAME_DUPLICATE, name.span(), name.text());
      if (old.def != null) d = d.note(old.def.span(), "first defined here");
      report(d.hint("give one of them another name"));
    }
  }

  // ------------------------------------------------------------------ forcing names

  Value force(Env.Slot s, Span at) {
    if (s.done()) return s.value();
    if (s.evaluating) {
      List<String> chain = new ArrayList<>();
      boolean in = false;
      List<Env.Slot> order = new ArrayList<>(forcing);
      java.util.Collections.reverse(order);
      for (Env.Slot f : order) {
        if (f == s) in = true;
        if (in && f.def != null) chain.add(f.def.text());
      }
      chain.add(s.def == null ? "?" : s.def.text());
      String name = s.def == null ? "?" : s.def.text();
      report(Diagnostic.of(Code.NAME_CYCLE, at, name, String.join(" -> ", chain))
          .hint("definitions in a block may come in any order but may not depend on themselves; carry state with `scan`"));
      return ERROR;
    }
    s.evaluating = true;
    forcing.push(s);
    Value v;
    try {
      v = s.thunk().get();
    } finally {
      forcing.pop();
      s.evaluating = false;
    }
    if (!s.done()) s.set(v);
    return s.value();
  }

  Value lookup(Ast.Name name, Env env) {
    Env.Slot s = env.find(name.text());
    if (s == null) {
      Diagnostic d = Diagnostic.of(Code.NAME_UNKNOWN, name.span(), name.text());
      String close = diagnostics.full() ? null : Suggest.closest(name.text(), env.visible());
      if (close != null) {
        d = d.hint("did you mean `" + close + "`?");
        env.find(close).used = true; // it was meant to be used: no second warning about it
      }
      else if (Character.isUpperCase(name.text().charAt(0))) {
        d = d.hint("a size such as `" + name.text() + "` is bound by an input's type or a typed fn parameter");
      }
      report(d);
      return ERROR;
    }
    s.used = true;
    if (name.text().equals("training") && prelude.local("training") == s) {
      return new Bool(lowering == null ? null : lowering.training);
    }
    return force(s, name.span());
  }

  // ------------------------------------------------------------------ expressions

  /** Evaluates an expression; a scan's value is its yields. */
  Value eval(Ast.Expr e, Env env) {
    Value v = evalRaw(e, env);
    return v instanceof Scanned s ? s.ys() : v;
  }

  Value evalRaw(Ast.Expr e, Env env) {
    try {
      Value v;
      try {
        v = evalRawUnlocated(e, env);
      } catch (ArithmeticException overflow) {
        // Size arithmetic (Dim) beyond 64 bits, found at the innermost expression.
        report(Diagnostic.of(Code.VALUE_RANGE, e.span(), "a size", "within 64 bits", "an overflow"));
        return ERROR;
      }
      if (v instanceof Tensor t) {
        String many = t.type().tooManyElements();
        if (many != null) {
          report(Diagnostic.of(Code.SHAPE_SIZE, e.span(), t.type().toString(), many)
              .label(t.type().toString())
              .hint("the compiled programs index tensors with 32-bit ints; use smaller sizes"));
          return ERROR;
        }
      }
      if (lowering != null && v instanceof Tensor t && t.node() != null && e.span().source() == current) {
        lowering.g.origin(t.node(), e.span()); // the innermost expression of the file that made it
      }
      return v;
    } catch (Lowering.Unsupported u) {
      if (u.at == null && e.span().source() == current) u.at = e.span();
      throw u;
    }
  }

  private Value evalRawUnlocated(Ast.Expr e, Env env) {
    if (e instanceof Ast.IntLit i) return new Int(Dim.of(i.value()), i.span(), null);
    if (e instanceof Ast.FloatLit f) return new Real(f.value());
    if (e instanceof Ast.BoolLit b) return new Bool(b.value());
    if (e instanceof Ast.StrLit s) return new Str(s.value());
    if (e instanceof Ast.Ref r) return lookup(r.name(), env);
    if (e instanceof Ast.TypeLit t) {
      if (t.type().dims() == null) return new Type(TensorType.scalar(DType.of(t.type().dtype())));
      TensorType tt = types().evalType(t.type(), env);
      return tt == null ? ERROR : new Type(tt);
    }
    if (e instanceof Ast.KindRef k) return new Kind(k.kind());
    if (e instanceof Ast.TupleLit t) return new Tuple(t.items().stream().map(x -> eval(x, env)).toList());
    if (e instanceof Ast.ListLit l) return new Lst(l.items().stream().map(x -> eval(x, env)).toList());
    if (e instanceof Ast.Comprehension c) return comprehension(c, env);
    if (e instanceof Ast.Unary u) return ops().unary(u, eval(u.operand(), env));
    if (e instanceof Ast.Binary b) {
      if (b.op() != Ast.BinOp.POW && b.left() instanceof Ast.Binary l && l.op() != Ast.BinOp.POW) return chain(b, env);
      return ops().binary(b, eval(b.left(), env), eval(b.right(), env));
    }
    if (e instanceof Ast.If i) return ifExpr(i, env);
    if (e instanceof Ast.Call c) return calls().call(c, env);
    if (e instanceof Ast.Index i) return ops().index(i, eval(i.target(), env), env);
    if (e instanceof Ast.Member_ m) return member(m, eval(m.target(), env));
    if (e instanceof Ast.Scan s) return programs.scan(s, env);
    throw new AssertionError(e);
  }

  /**
   * A left-deep chain of binary operators ({@code x + x + ... + x}) evaluated in a loop, each link
   * as {@link #evalRaw} would (its origin, its place for an unsupported lowering), so a long flat
   * sum costs no stack.
   */
  private Value chain(Ast.Binary top, Env env) {
    java.util.ArrayDeque<Ast.Binary> spine = new java.util.ArrayDeque<>();
    Ast.Expr x = top;
    while (x instanceof Ast.Binary b && b.op() != Ast.BinOp.POW) {
      spine.push(b);
      x = b.left();
    }
    Value acc = eval(x, env);
    while (!spine.isEmpty()) {
      Ast.Binary b = spine.pop();
      Value r = eval(b.right(), env);
      try {
        acc = ops().binary(b, acc, r);
      } catch (Lowering.Unsupported u) {
        if (u.at == null && b.span().source() == current) u.at = b.span();
        throw u;
      }
      if (b != top && lowering != null && acc instanceof Tensor t && t.node() != null && b.span().source() == current) {
        lowering.g.origin(t.node(), b.span());
      }
      if (b != top && acc instanceof Scanned sc) acc = sc.ys();
    }
    return acc;
  }

  private Value comprehension(Ast.Comprehension c, Env env) {
    List<Long> range = constantRange(c.range(), env);
    if (range == null) return ERROR;
    unrolled += range.size();
    if (unrolled > MAX_UNROLLED) {
      // Comprehensions inside comprehensions (or inside layers used many times) multiply.
      report(Diagnostic.of(Code.VALUE_RANGE, c.range().span(), "the items of all comprehensions together",
              "at most " + MAX_UNROLLED, "more (" + unrolled + " so far)")
          .hint("comprehensions are unrolled at compile time; use smaller ranges or fewer nested ones"));
      return ERROR;
    }
    List<Value> items = new ArrayList<>();
    for (long i : range) {
      Env inner = new Env(env, "for");
      inner.put(c.var().text(), new Env.Slot(c.var(), "loop variable", new Int(Dim.of(i), c.var().span(), c.var().text())));
      items.add(inPath(child(currentPath(), Long.toString(i)), () -> eval(c.item(), inner)));
    }
    return new Lst(items);
  }

  /** The most comprehension items one check unrolls, all comprehensions together. */
  static final int MAX_UNROLLED = 100_000;

  /** Comprehension items unrolled so far. */
  private long unrolled;

  /** The most items a comprehension (unrolled at compile time) may have. */
  static final int MAX_ITEMS = 10_000;

  /** hi - lo + 1 for lo <= hi, or Long.MAX_VALUE when that overflows. */
  private static long saturatingCount(long lo, long hi) {
    long d = hi - lo;
    return d < 0 || d == Long.MAX_VALUE ? Long.MAX_VALUE : d + 1;
  }

  /** The values of a range whose bounds are compile-time constants. */
  List<Long> constantRange(Ast.Range r, Env env) {
    Value from = eval(r.from(), env), to = eval(r.to(), env);
    Long a = constInt(from, r.from().span(), "a comprehension bound");
    Long b = constInt(to, r.to().span(), "a comprehension bound");
    if (a == null || b == null) return null;
    // Count before listing: a bound such as 99999999999 must not be unrolled to find out.
    long count = switch (r.kind()) {
      case TO -> b >= a ? saturatingCount(a, b) : 0;
      case UNTIL -> b > a ? saturatingCount(a, b - 1) : 0;
      case DOWN_TO -> a >= b ? saturatingCount(b, a) : 0;
    };
    if (count > MAX_ITEMS) {
      report(Diagnostic.of(Code.VALUE_RANGE, r.span(), "a comprehension", "at most " + MAX_ITEMS + " items", count)
          .hint("a comprehension is unrolled at compile time, one item per value; use a smaller range"));
      return null;
    }
    List<Long> out = new ArrayList<>();
    switch (r.kind()) {
      case TO -> { for (long i = a; i <= b; i++) out.add(i); }
      case UNTIL -> { for (long i = a; i < b; i++) out.add(i); }
      case DOWN_TO -> { for (long i = a; i >= b; i--) out.add(i); }
    }
    return out;
  }

  private Value ifExpr(Ast.If i, Env env) {
    Value c = eval(i.cond(), env);
    if (c instanceof Failed) return ERROR;
    if (c instanceof Bool b && b.value() != null) return eval(b.value() ? i.then() : i.otherwise(), env);
    if (c instanceof Poly) {
      eval(i.then(), env);
      eval(i.otherwise(), env);
      return POLY;
    }
    if (!(c instanceof Bool)) {
      Diagnostic d = Diagnostic.of(Code.TYPE_CONDITION, i.cond().span(), c.describe());
      if (c instanceof Tensor) d = d.hint("choose elementwise with `where(cond, a, b)`");
      report(d);
      return ERROR;
    }
    // Known only at run time (`training`): both branches must agree.
    Value a = eval(i.then(), env), b = eval(i.otherwise(), env);
    if (a instanceof Failed || b instanceof Failed) return ERROR;
    if (a instanceof Tensor ta && b instanceof Tensor tb && !ta.type().sameAs(tb.type())) {
      report(Diagnostic.of(Code.TYPE_KIND, i.otherwise().span(), ta.type() + " as in the `then` branch", tb.type())
          .hint("both branches of an `if` on a run-time condition must have the same type"));
      return ERROR;
    }
    return a;
  }

  Value member(Ast.Member_ m, Value target) {
    String name = m.name().text();
    if (target instanceof Failed) return ERROR;
    if (target instanceof Poly) return POLY;
    if (target instanceof Instance inst) {
      Env.Slot s = inst.env().local(name);
      if (s == null) {
        Diagnostic d = Diagnostic.of(Code.NAME_MEMBER, m.name().span(), target.describe(), name);
        String close = Suggest.closest(name, inst.env().locals().keySet());
        if (close != null) d = d.hint("did you mean `" + close + "`?");
        report(d);
        return ERROR;
      }
      s.used = true;
      return force(s, m.name().span());
    }
    if (target instanceof ModuleRef mod) {
      Env.Slot s = mod.env().local(name);
      if (s == null) {
        Diagnostic d = Diagnostic.of(Code.NAME_MEMBER, m.name().span(), target.describe(), name);
        String close = Suggest.closest(name, mod.env().locals().keySet());
        if (close != null) d = d.hint("did you mean `" + close + "`?");
        report(d);
        return ERROR;
      }
      return force(s, m.name().span());
    }
    if (target instanceof Tensor t && name.equals("T")) {
      if (t.type().rank() < 2) {
        report(Diagnostic.of(Code.SHAPE_RANK, m.name().span(), "`.T`", "at least 2 axes", t.type())
            .label(t.type().toString()));
        return ERROR;
      }
      List<Axis> axes = t.type().axesCopy();
      int n = axes.size();
      Axis last = axes.get(n - 1);
      axes.set(n - 1, axes.get(n - 2));
      axes.set(n - 2, last);
      return tensor(t.type().withAxes(axes), () -> lowering.g.swapLast(lowering.of(t)));
    }
    report(Diagnostic.of(Code.NAME_MEMBER, m.name().span(), target.describe(), name)
        .hint(target instanceof Tensor ? "tensors have one member, `.T`" : "only layers, models and modules have members"));
    return ERROR;
  }

  /** Evaluates a definition's value and checks it against its declared type, if any. */
  Value evalAnnotated(Ast.Expr value, Ast.Type type, Env env, Ast.Name name) {
    Value v = eval(value, env);
    if (type == null || v instanceof Failed || v instanceof Poly) return v;
    Types.Match m = types().match(type, v, env, true);
    if (!m.ok()) {
      report(Diagnostic.of(Code.TYPE_ANNOTATION, value.span(), name.text(), m.expected(), v.describe())
          .label(v.describe()));
      return ERROR;
    }
    return v;
  }

  // ------------------------------------------------------------------ small helpers

  /** A compile-time constant int, or null after reporting why not. */
  Long constInt(Value v, Span at, String what) {
    if (v instanceof Failed || v instanceof Poly) return null;
    if (v instanceof Int i && i.value().isConstant()) return i.value().constant();
    if (v instanceof Int i && isOpen(i.value())) return null;
    report(Diagnostic.of(Code.TYPE_CONST, at, what + " (an integer)").label(v.describe()));
    return null;
  }

  /** The tensor type of a value, with compile-time scalars as rank-0 tensors; null if not a tensor. */
  static TensorType tensorOf(Value v) {
    if (v instanceof Tensor t) return t.type();
    if (v instanceof Int) return TensorType.scalar(DType.I32);
    if (v instanceof Real) return TensorType.scalar(DType.F32);
    if (v instanceof Bool) return TensorType.scalar(DType.BOOL);
    if (v instanceof Lst l) return literalType(l);
    return null;
  }

  /** A list of numbers written as a tensor (f32, or i32 when all are ints); null if ragged. */
  static TensorType literalType(Lst l) {
    List<Axis> axes = new ArrayList<>();
    Value cur = l;
    while (cur instanceof Lst x && !x.items().isEmpty()) {
      axes.add(Axis.of(x.items().size()));
      cur = x.items().get(0);
    }
    boolean[] real = new boolean[1];
    if (!(cur instanceof Int || cur instanceof Real) || !rectangular(l, axes, 0, real)) return null;
    return new TensorType(real[0] ? DType.F32 : DType.I32, axes);
  }

  private static boolean rectangular(Value v, List<Axis> axes, int depth, boolean[] real) {
    if (depth == axes.size()) {
      if (v instanceof Real) real[0] = true;
      return v instanceof Int || v instanceof Real;
    }
    if (!(v instanceof Lst l) || l.items().size() != axes.get(depth).size().constant()) return false;
    for (Value x : l.items()) if (!rectangular(x, axes, depth + 1, real)) return false;
    return true;
  }

  static boolean isScalarConst(Value v) {
    return v instanceof Int || v instanceof Real || v instanceof Bool;
  }

  private Types types;
  private Ops ops;
  private Calls calls;

  Types types() {
    if (types == null) types = new Types(this);
    return types;
  }

  Ops ops() {
    if (ops == null) ops = new Ops(this);
    return ops;
  }

  Calls calls() {
    if (calls == null) calls = new Calls(this);
    return calls;
  }

  static final Value ERROR = Value.ERROR;
  static final Value POLY = Value.POLY;

  /** Broadcast helper used by ops and builtins. */
  Shapes.Result broadcast(TensorType a, TensorType b) {
    return Shapes.broadcast(a.axes(), b.axes());
  }
}
