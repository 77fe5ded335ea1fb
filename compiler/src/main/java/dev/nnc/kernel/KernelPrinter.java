package dev.nnc.kernel;

import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import java.util.List;
import java.util.StringJoiner;

/**
 * A {@link Kernel} as text, one statement a line, nested by indentation, independent of any
 * backend: what the kernel computes, for reading and for the verifier's messages.
 *
 * <pre>
 * kernel KERNEL(b0: f32 @ slot 4, b1: f32 @ slot 7)
 *   let gid: i32 = global_id(0)
 *   if gid &lt; 512
 *     let i0: i32 = gid - 0
 *     let v1: f32 = b0[i0]
 *     store b1[i0] = exp(v1)
 * </pre>
 */
public final class KernelPrinter {
  private KernelPrinter() {}

  public static String print(Kernel k) {
    StringBuilder out = new StringBuilder("kernel ").append(k.name()).append('(');
    StringJoiner params = new StringJoiner(", ");
    for (int i = 0; i < k.params().size(); i++) {
      params.add("b" + i + ": " + kind(k.params().get(i).kind()) + " @ slot " + k.params().get(i).slot());
    }
    out.append(params).append(')');
    if (k.group() > 0) out.append(" group ").append(k.group());
    if (k.checks()) out.append(" checks indices");
    out.append('\n');
    block(out, k.body(), "  ");
    return out.toString();
  }

  /** One statement on one line (a branch or a loop: its head). */
  public static String line(Stmt s) {
    if (s instanceof Stmt.Let l) return "let " + l.var().name() + ": " + kind(l.var().kind()) + " = " + expr(l.value());
    if (s instanceof Stmt.Declare d) {
      return "var " + d.var().name() + ": " + kind(d.var().kind()) + (d.init() == null ? "" : " = " + expr(d.init()));
    }
    if (s instanceof Stmt.Assign a) return a.var().name() + " = " + expr(a.value());
    if (s instanceof Stmt.Accumulate a) return a.acc().name() + " = " + a.combine().word() + "(" + a.acc().name() + ", " + expr(a.value()) + ")";
    if (s instanceof Stmt.Store st) return "store b" + st.param() + "[" + expr(st.index()) + "] = " + expr(st.value());
    if (s instanceof Stmt.Array a) return (a.local() ? "local " : "private ") + a.name() + ": f32" + a.dims();
    if (s instanceof Stmt.ArrayStore a) return a.array() + list(a.index()) + " = " + expr(a.value());
    if (s instanceof Stmt.If i) return "if " + expr(i.cond());
    if (s instanceof Stmt.For f) {
      return "for " + f.counter().name() + " in " + expr(f.from()) + " until " + expr(f.to()) + (f.step() == 1 ? "" : " by " + f.step());
    }
    if (s instanceof Stmt.Barrier) return "barrier";
    return "return";
  }

  private static void block(StringBuilder out, List<Stmt> body, String indent) {
    for (Stmt s : body) {
      out.append(indent).append(line(s)).append('\n');
      if (s instanceof Stmt.If i) {
        block(out, i.then(), indent + "  ");
        if (!i.orElse().isEmpty()) {
          out.append(indent).append("else\n");
          block(out, i.orElse(), indent + "  ");
        }
      } else if (s instanceof Stmt.For f) {
        block(out, f.body(), indent + "  ");
      }
    }
  }

  static String kind(Kind k) {
    return switch (k) {
      case FLOAT -> "f32";
      case INT -> "i32";
      case ACC -> "acc";
      case BOOL -> "bool";
    };
  }

  private static String list(List<Expr> index) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (Expr e : index) j.add(expr(e));
    return j.toString();
  }

  public static String expr(Expr e) {
    if (e instanceof Expr.Var v) return v.name();
    if (e instanceof Expr.Lit l) {
      if (l.kind() == Kind.INT) return Long.toString((long) l.value());
      return (Double.isInfinite(l.value()) ? (l.value() > 0 ? "inf" : "-inf") : Float.toString((float) l.value())) + (l.kind() == Kind.ACC ? "acc" : "");
    }
    if (e instanceof Expr.Size s) return "d[" + s.slot() + "]";
    if (e instanceof Expr.Id id) return (id.local() ? "local_id(" : "global_id(") + id.axis() + ")";
    if (e instanceof Expr.Load l) return "b" + l.param() + "[" + expr(l.index()) + "]";
    if (e instanceof Expr.ArrayLoad a) return a.array() + list(a.index());
    if (e instanceof Expr.Index i) return i.op() == 'm' ? "min(" + expr(i.a()) + ", " + expr(i.b()) + ")" : "(" + expr(i.a()) + " " + i.op() + " " + expr(i.b()) + ")";
    if (e instanceof Expr.Unary u) return u.op().word() + "(" + expr(u.x()) + ")";
    if (e instanceof Expr.Binary b) return b.op().word() + "(" + expr(b.a()) + ", " + expr(b.b()) + ")";
    if (e instanceof Expr.Cmp c) return expr(c.a()) + " " + c.symbol() + " " + expr(c.b());
    if (e instanceof Expr.And a) return "(" + expr(a.a()) + ") and (" + expr(a.b()) + ")";
    if (e instanceof Expr.Select s) return "select(" + expr(s.c()) + ", " + expr(s.a()) + ", " + expr(s.b()) + ")";
    if (e instanceof Expr.Convert c) return kind(c.kind()) + "(" + expr(c.x()) + ")";
    if (e instanceof Expr.Truth t) return "bool(" + expr(t.x()) + ")";
    if (e instanceof Expr.Bits b) return "bits_" + kind(b.kind()) + "(" + expr(b.x()) + ")";
    if (e instanceof Expr.Random r) {
      return (r.normal() ? "normal(" : "uniform(") + r.seed() + (r.runSeed() == null ? "" : " + " + expr(r.runSeed())) + ", " + r.stream()
          + ", " + expr(r.step()) + ", " + expr(r.index()) + ")";
    }
    Expr.Checked c = (Expr.Checked) e;
    return "checked(" + expr(c.index()) + ", " + expr(c.size()) + ")";
  }
}
