package dev.nnc.opencl;

import dev.nnc.kernel.Kernel;
import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import java.util.List;

/**
 * Renders a {@link Kernel} as OpenCL C: every elementwise op through its {@link Templates}
 * line, an accumulator as {@code acc_t} (double where the device has fp64), int arithmetic
 * wrapping as Java's. A parameter is {@code b<ordinal>}, the size table {@code d}, and where the
 * kernel checks indices read from the data, the program's fault cells {@code fault}.
 */
final class ClRender {
  /** A rendered kernel, the buffer slots of its parameters in order, and whether it takes the fault cells. */
  record Written(String source, int[] slots, boolean checks) {}

  private final StringBuilder out = new StringBuilder();
  private final Kernel kernel;

  private ClRender(Kernel kernel) {
    this.kernel = kernel;
  }

  static Written render(Kernel k) {
    ClRender r = new ClRender(k);
    StringBuilder out = r.out;
    out.append("// ").append(k.comment().replace("\n", "\n// ")).append('\n');
    out.append("__kernel ");
    if (k.group() > 0) out.append("__attribute__((reqd_work_group_size(").append(k.group()).append(", 1, 1))) ");
    out.append("void ").append(k.name()).append('(');
    int[] slots = new int[k.params().size()];
    for (int i = 0; i < slots.length; i++) {
      Kernel.Param p = k.params().get(i);
      slots[i] = p.slot();
      out.append(p.kind() == Kind.INT ? "__global int* restrict b" : "__global float* restrict b").append(i).append(", ");
    }
    out.append("__global const int* restrict d").append(k.checks() ? ", __global int* restrict fault" : "").append(") {\n");
    r.block(k.body(), "  ");
    out.append("}\n");
    return new Written(out.toString(), slots, k.checks());
  }

  private void block(List<Stmt> body, String indent) {
    for (Stmt s : body) stmt(s, indent);
  }

  private void line(String indent, String text) {
    out.append(indent).append(text).append('\n');
  }

  private void stmt(Stmt s, String indent) {
    if (s instanceof Stmt.Let l) {
      line(indent, "const " + type(l.var().kind()) + " " + l.var().name() + " = " + expr(l.value()) + ";");
    } else if (s instanceof Stmt.Declare d) {
      line(indent, type(d.var().kind()) + " " + d.var().name() + (d.init() == null ? "" : " = " + expr(d.init())) + ";");
    } else if (s instanceof Stmt.Assign a) {
      line(indent, a.var().name() + " = " + expr(a.value()) + ";");
    } else if (s instanceof Stmt.Accumulate a) {
      line(indent, Templates.accumulate(a.combine(), a.acc().name(), expr(a.value())));
    } else if (s instanceof Stmt.Store st) {
      line(indent, "b" + st.param() + "[" + expr(st.index()) + "] = " + expr(st.value()) + ";");
    } else if (s instanceof Stmt.Array a) {
      StringBuilder dims = new StringBuilder();
      for (int d : a.dims()) dims.append('[').append(d).append(']');
      line(indent, (a.local() ? "__local float " : "float ") + a.name() + dims + ";");
    } else if (s instanceof Stmt.ArrayStore a) {
      line(indent, element(a.array(), a.index()) + " = " + expr(a.value()) + ";");
    } else if (s instanceof Stmt.If i) {
      branch(i, indent);
    } else if (s instanceof Stmt.For f) {
      String c = f.counter().name();
      line(indent, "for (int " + c + " = " + expr(f.from()) + "; " + c + " < " + expr(f.to()) + "; "
          + (f.step() == 1 ? c + "++" : c + " += " + f.step()) + ") {");
      block(f.body(), indent + "  ");
      line(indent, "}");
    } else if (s instanceof Stmt.Barrier) {
      line(indent, "barrier(CLK_LOCAL_MEM_FENCE);");
    } else if (s instanceof Stmt.Return) {
      line(indent, "return;");
    } else {
      throw new IllegalStateException("no OpenCL for " + s);
    }
  }

  /** An if, its else-ifs (an else that is one if) and its else; an if that only returns, on one line. */
  private void branch(Stmt.If i, String indent) {
    if (i.orElse().isEmpty() && i.then().equals(List.of(new Stmt.Return()))) {
      line(indent, "if (" + expr(i.cond()) + ") return;");
      return;
    }
    line(indent, "if (" + expr(i.cond()) + ") {");
    Stmt.If at = i;
    while (true) {
      block(at.then(), indent + "  ");
      List<Stmt> rest = at.orElse();
      if (rest.isEmpty()) break;
      if (rest.size() == 1 && rest.get(0) instanceof Stmt.If next) {
        line(indent, "} else if (" + expr(next.cond()) + ") {");
        at = next;
      } else {
        line(indent, "} else {");
        block(rest, indent + "  ");
        break;
      }
    }
    line(indent, "}");
  }

  private static String type(Kind kind) {
    return switch (kind) {
      case FLOAT -> "float";
      case INT -> "int";
      case ACC -> "acc_t";
      case BOOL -> "bool";
    };
  }

  private String element(String array, List<Expr> index) {
    StringBuilder s = new StringBuilder(array);
    for (Expr e : index) s.append('[').append(expr(e)).append(']');
    return s.toString();
  }

  /** An operand inside a larger expression: index arithmetic in parentheses (every template brackets its own). */
  private String operand(Expr e) {
    return e instanceof Expr.Index || e instanceof Expr.Cmp || e instanceof Expr.And ? "(" + expr(e) + ")" : expr(e);
  }

  private String expr(Expr e) {
    if (e instanceof Expr.Var v) return v.name();
    if (e instanceof Expr.Lit l) {
      return switch (l.kind()) {
        case FLOAT -> Templates.literal(l.value());
        case INT -> Templates.intLiteral(l.value());
        case ACC -> Templates.identity(l.value());
        case BOOL -> l.value() != 0 ? "true" : "false";
      };
    }
    if (e instanceof Expr.Size s) return "d[" + s.slot() + "]";
    if (e instanceof Expr.Id id) return (id.local() ? "get_local_id(" : "get_global_id(") + id.axis() + ")";
    if (e instanceof Expr.Load l) return "b" + l.param() + "[" + expr(l.index()) + "]";
    if (e instanceof Expr.ArrayLoad a) return element(a.array(), a.index());
    if (e instanceof Expr.Index i) {
      return i.op() == 'm' ? "min(" + expr(i.a()) + ", " + expr(i.b()) + ")" : operand(i.a()) + " " + i.op() + " " + operand(i.b());
    }
    if (e instanceof Expr.Unary u) {
      return u.kind() == Kind.INT ? Templates.intUnary(u.op(), expr(u.x())) : Templates.unary(u.op(), expr(u.x()));
    }
    if (e instanceof Expr.Binary b) {
      return b.a().kind() == Kind.INT ? Templates.intBinary(b.op(), expr(b.a()), expr(b.b()))
          : Templates.binary(b.op(), expr(b.a()), expr(b.b()));
    }
    if (e instanceof Expr.Cmp c) return operand(c.a()) + " " + c.symbol() + " " + operand(c.b());
    if (e instanceof Expr.And a) return expr(a.a()) + " && " + expr(a.b()); // a comparison binds tighter than &&
    if (e instanceof Expr.Select s) {
      String c = s.c().kind() == Kind.BOOL ? expr(s.c()) : expr(s.c()) + " != 0.0f";
      return "(" + c + " ? " + expr(s.a()) + " : " + expr(s.b()) + ")";
    }
    if (e instanceof Expr.Convert c) return convert(c);
    if (e instanceof Expr.Truth t) return "BOOL(" + expr(t.x()) + " != 0)";
    if (e instanceof Expr.Bits b) return (b.kind() == Kind.INT ? "as_int(" : "as_float(") + expr(b.x()) + ")";
    if (e instanceof Expr.Random r) {
      String seed = (r.seed() & 0xFFFFFFFFL) + "u";
      if (r.runSeed() != null) seed = "(" + seed + " + (uint) (int) " + expr(r.runSeed()) + ")";
      return "nnc_random(" + (r.normal() ? 1 : 0) + ", " + seed + ", " + (r.stream() & 0xFFFFFFFFL) + "u, " + expr(r.step()) + ", "
          + expr(r.index()) + ")";
    }
    if (e instanceof Expr.Checked c) return "nnc_index(" + expr(c.index()) + ", " + expr(c.size()) + ", fault)";
    throw new IllegalStateException("no OpenCL for " + e);
  }

  /** A conversion: to float by C's cast (to nearest), to int as Java's (int) (toward zero, saturating, NaN to 0). */
  private String convert(Expr.Convert c) {
    String x = expr(c.x());
    return switch (c.kind()) {
      case FLOAT -> "(float) " + x;
      case INT -> "convert_int_sat(" + x + ")";
      case ACC -> "(acc_t) " + x;
      case BOOL -> throw new IllegalStateException("a value converts to a condition by a comparison, not a conversion");
    };
  }
}
