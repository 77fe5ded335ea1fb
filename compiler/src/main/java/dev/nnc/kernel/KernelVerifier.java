package dev.nnc.kernel;

import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link Kernel} before a backend renders it: every value is defined before it is
 * read, in a block around the reader, and read at the kind it was defined with; only
 * variables are assigned and only accumulators accumulate; loads and stores name a parameter
 * and move values of its kind at an int index; conditions are conditions; arrays are declared
 * and indexed with as many ints as they have axes; a barrier is not inside a branch (where the
 * work-group's items could disagree on reaching it); a kernel that reads checked indices says
 * so. A fault here is the compiler's, so it throws {@link IllegalStateException} naming the
 * statement.
 */
public final class KernelVerifier {
  private enum Role { VALUE, VARIABLE, COUNTER }

  private record Def(Kind kind, Role role) {}

  private final Kernel kernel;
  private final Deque<Map<String, Def>> scopes = new ArrayDeque<>();
  private final Deque<Map<String, Integer>> arrays = new ArrayDeque<>();
  private Stmt at;
  private int branches;

  private KernelVerifier(Kernel kernel) {
    this.kernel = kernel;
  }

  /** Returns the kernel when it is well formed; otherwise throws. */
  public static Kernel verify(Kernel k) {
    KernelVerifier v = new KernelVerifier(k);
    v.block(k.body(), Map.of());
    return k;
  }

  private void block(List<Stmt> body, Map<String, Def> bound) {
    scopes.push(new HashMap<>(bound));
    arrays.push(new HashMap<>());
    for (Stmt s : body) {
      at = s;
      stmt(s);
    }
    scopes.pop();
    arrays.pop();
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Let l) {
      same(l.var().kind(), l.value(), "the value");
      define(l.var(), Role.VALUE);
    } else if (s instanceof Stmt.Declare d) {
      if (d.init() != null) same(d.var().kind(), d.init(), "the first value");
      define(d.var(), Role.VARIABLE);
    } else if (s instanceof Stmt.Assign a) {
      Def def = use(a.var());
      if (def.role != Role.VARIABLE) fail(a.var().name() + " is not a variable");
      same(a.var().kind(), a.value(), "the value");
    } else if (s instanceof Stmt.Accumulate a) {
      Def def = use(a.acc());
      if (def.role != Role.VARIABLE || a.acc().kind() != Kind.ACC) fail(a.acc().name() + " is not an accumulator");
      same(Kind.ACC, a.value(), "the value");
      if (a.combine().kind() != dev.nnc.ir.Op.Kind.ELEMENTWISE) fail(a.combine().word() + " does not combine");
    } else if (s instanceof Stmt.Store st) {
      Kind k = param(st.param());
      same(Kind.INT, st.index(), "the index");
      same(k, st.value(), "the stored value");
    } else if (s instanceof Stmt.Array a) {
      if (a.dims().isEmpty() || a.dims().stream().anyMatch(d -> d <= 0)) fail("an array needs axes of at least one element");
      if (arrays.peek().putIfAbsent(a.name(), a.dims().size()) != null) fail(a.name() + " is declared twice");
    } else if (s instanceof Stmt.ArrayStore a) {
      array(a.array(), a.index());
      same(Kind.FLOAT, a.value(), "the stored value");
    } else if (s instanceof Stmt.If i) {
      same(Kind.BOOL, i.cond(), "the condition");
      branches++;
      block(i.then(), Map.of());
      block(i.orElse(), Map.of());
      branches--;
      at = s;
    } else if (s instanceof Stmt.For f) {
      if (f.counter().kind() != Kind.INT) fail("a counter is an int");
      same(Kind.INT, f.from(), "the start");
      same(Kind.INT, f.to(), "the end");
      if (f.step() <= 0) fail("a loop steps forward");
      block(f.body(), Map.of(f.counter().name(), new Def(Kind.INT, Role.COUNTER)));
      at = s;
    } else if (s instanceof Stmt.Barrier) {
      if (branches > 0) fail("a barrier inside a branch: the work-group's items could disagree on reaching it");
    }
  }

  private void define(Expr.Var v, Role role) {
    if (scopes.peek().containsKey(v.name()) && scopes.peek().get(v.name()).role == Role.COUNTER) fail(v.name() + " redefines the counter");
    scopes.peek().put(v.name(), new Def(v.kind(), role));
  }

  private Def use(Expr.Var v) {
    for (Map<String, Def> s : scopes) {
      Def d = s.get(v.name());
      if (d != null) {
        if (d.kind != v.kind()) fail(v.name() + " is read as " + KernelPrinter.kind(v.kind()) + " but is " + KernelPrinter.kind(d.kind));
        return d;
      }
    }
    throw fail(v.name() + " is read where it is not defined");
  }

  private Kind param(int ordinal) {
    if (ordinal < 0 || ordinal >= kernel.params().size()) throw fail("b" + ordinal + " is not a parameter");
    return kernel.params().get(ordinal).kind();
  }

  private void array(String name, List<Expr> index) {
    Integer rank = null;
    for (Map<String, Integer> s : arrays) if (rank == null) rank = s.get(name);
    if (rank == null) throw fail(name + " is not a declared array");
    if (rank != index.size()) fail(name + " has " + rank + " axes, indexed with " + index.size());
    for (Expr e : index) same(Kind.INT, e, "an index of " + name);
  }

  /** Checks e, and that it has kind {@code want}. */
  private void same(Kind want, Expr e, String what) {
    Kind got = check(e);
    if (got != want) fail(what + " is " + KernelPrinter.kind(got) + ", not " + KernelPrinter.kind(want) + ": " + KernelPrinter.expr(e));
  }

  /** Checks an expression and returns its kind. */
  private Kind check(Expr e) {
    if (e instanceof Expr.Var v) {
      use(v);
    } else if (e instanceof Expr.Lit l) {
      if (l.kind() == Kind.BOOL) fail("a condition is not a constant");
    } else if (e instanceof Expr.Load l) {
      if (param(l.param()) != l.kind()) fail("b" + l.param() + " holds " + KernelPrinter.kind(param(l.param())) + ", loaded as " + KernelPrinter.kind(l.kind()));
      same(Kind.INT, l.index(), "the index");
    } else if (e instanceof Expr.ArrayLoad a) {
      array(a.array(), a.index());
    } else if (e instanceof Expr.Index i) {
      same(Kind.INT, i.a(), "an operand of index arithmetic");
      same(Kind.INT, i.b(), "an operand of index arithmetic");
      if ("+-*/%m".indexOf(i.op()) < 0) fail("index arithmetic has no " + i.op());
    } else if (e instanceof Expr.Unary u) {
      same(u.kind(), u.x(), "the operand of " + u.op().word());
    } else if (e instanceof Expr.Binary b) {
      Kind a = check(b.a());
      same(a, b.b(), "the second operand of " + b.op().word());
      if (a != Kind.INT && a != Kind.FLOAT) fail(b.op().word() + " takes ints or floats");
      if (a == Kind.FLOAT && b.kind() != Kind.FLOAT) fail(b.op().word() + " of floats is a float");
    } else if (e instanceof Expr.Cmp c) {
      Kind a = check(c.a());
      same(a, c.b(), "the second operand of a comparison");
    } else if (e instanceof Expr.And a) {
      same(Kind.BOOL, a.a(), "an operand of and");
      same(Kind.BOOL, a.b(), "an operand of and");
    } else if (e instanceof Expr.Select s) {
      Kind c = check(s.c());
      if (c != Kind.BOOL && c != Kind.FLOAT) fail("a selection's condition is a condition or a float");
      same(check(s.a()), s.b(), "the second choice");
    } else if (e instanceof Expr.Convert c) {
      if (check(c.x()) == Kind.BOOL || c.kind() == Kind.BOOL) fail("a conversion neither takes nor gives a condition");
    } else if (e instanceof Expr.Truth t) {
      check(t.x());
    } else if (e instanceof Expr.Bits b) {
      Kind from = check(b.x());
      if (!(from == Kind.INT && b.kind() == Kind.FLOAT || from == Kind.FLOAT && b.kind() == Kind.INT)) fail("bits move between an int and a float");
    } else if (e instanceof Expr.Random r) {
      same(Kind.FLOAT, r.step(), "the step");
      same(Kind.INT, r.index(), "the element's index");
      if (r.runSeed() != null && check(r.runSeed()) == Kind.BOOL) fail("a seed is a number");
    } else if (e instanceof Expr.Checked c) {
      if (!kernel.checks()) fail("the kernel reads a checked index but does not say it checks indices");
      same(Kind.INT, c.index(), "the index");
      same(Kind.INT, c.size(), "the size");
    }
    return e.kind();
  }

  private IllegalStateException fail(String problem) {
    throw new IllegalStateException("kernel " + kernel.name() + ": " + problem + ", at: " + KernelPrinter.line(at));
  }
}
