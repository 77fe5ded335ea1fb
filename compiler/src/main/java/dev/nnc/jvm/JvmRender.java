package dev.nnc.jvm;

import static dev.nnc.jvm.KernelWriter.DIMS;
import static dev.nnc.jvm.KernelWriter.FN;
import static dev.nnc.jvm.KernelWriter.HI;
import static dev.nnc.jvm.KernelWriter.LO;
import static org.objectweb.asm.Opcodes.*;

import dev.nnc.ir.Op;
import dev.nnc.kernel.Kernel;
import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Renders a {@link Kernel} as the body of a JVM kernel's {@code run(buffers, dims, lo, hi)}: the
 * work-items of axis 0 are the iterations of a loop over [lo, hi) (a {@link Stmt.Return} goes on
 * to the next), each named value is a local (a float, an int, or a double for an accumulator),
 * and every elementwise op is the {@link KernelWriter}'s bytecode for it, so a value has the
 * bits it has in the writer's own loops. Work-group memory and barriers have no JVM rendering
 * yet: the kernels that use them (a hoisted value, attention) are OpenCL's.
 */
final class JvmRender {
  private final KernelWriter w;
  private final Kernel kernel;
  private final MethodVisitor mv;
  private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
  /** The locals of variables, which a {@link Stmt.Let} of one copies rather than names. */
  private final Set<Integer> variables = new HashSet<>();
  private int gid;
  private Label next;

  private JvmRender(KernelWriter w, Kernel kernel) {
    this.w = w;
    this.kernel = kernel;
    this.mv = w.mv;
  }

  /** for (gid = lo; gid < hi; gid++) { the kernel's body } */
  static void render(KernelWriter w, Kernel kernel) {
    JvmRender r = new JvmRender(w, kernel);
    MethodVisitor mv = w.mv;
    r.gid = w.newLocal();
    Label head = new Label(), done = new Label();
    r.next = new Label();
    mv.visitVarInsn(ILOAD, LO);
    mv.visitVarInsn(ISTORE, r.gid);
    mv.visitLabel(head);
    mv.visitVarInsn(ILOAD, r.gid);
    mv.visitVarInsn(ILOAD, HI);
    mv.visitJumpInsn(IF_ICMPGE, done);
    r.block(kernel.body());
    mv.visitLabel(r.next);
    mv.visitIincInsn(r.gid, 1);
    mv.visitJumpInsn(GOTO, head);
    mv.visitLabel(done);
  }

  private void block(List<Stmt> body) {
    scopes.push(new HashMap<>());
    for (Stmt s : body) stmt(s);
    scopes.pop();
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Let l) {
      int v = local(l.value());
      if (variables.contains(v)) v = copy(v, l.var().kind());
      scopes.peek().put(l.var().name(), v);
    } else if (s instanceof Stmt.Declare d) {
      int v = d.var().kind() == Kind.ACC ? w.newLocal2() : w.newLocal();
      if (d.init() != null) {
        push(d.init());
        mv.visitVarInsn(storeOp(d.var().kind()), v);
      }
      variables.add(v);
      scopes.peek().put(d.var().name(), v);
    } else if (s instanceof Stmt.Assign a) {
      int v = local(a.value());
      mv.visitVarInsn(loadOp(a.var().kind()), v);
      mv.visitVarInsn(storeOp(a.var().kind()), slot(a.var()));
    } else if (s instanceof Stmt.Accumulate a) {
      int acc = slot(a.acc());
      mv.visitVarInsn(DLOAD, acc);
      push(a.value());
      ReductionLoops.combineDoubles(mv, a.combine());
      mv.visitVarInsn(DSTORE, acc);
    } else if (s instanceof Stmt.Store st) {
      int v = local(st.value());
      w.pushBuffer(kernel.params().get(st.param()).slot());
      push(st.index());
      mv.visitVarInsn(loadOp(st.value().kind()), v);
      if (st.value().kind() == Kind.INT) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
      mv.visitInsn(FASTORE);
    } else if (s instanceof Stmt.If i) {
      Label orElse = new Label(), join = new Label();
      jumpUnless(i.cond(), orElse);
      block(i.then());
      boolean returns = !i.then().isEmpty() && i.then().get(i.then().size() - 1) instanceof Stmt.Return;
      if (!i.orElse().isEmpty() && !returns) mv.visitJumpInsn(GOTO, join);
      mv.visitLabel(orElse);
      block(i.orElse());
      mv.visitLabel(join);
    } else if (s instanceof Stmt.For f) {
      int c = w.newLocal();
      Label head = new Label(), done = new Label();
      push(f.from());
      mv.visitVarInsn(ISTORE, c);
      mv.visitLabel(head);
      mv.visitVarInsn(ILOAD, c);
      push(f.to());
      mv.visitJumpInsn(IF_ICMPGE, done);
      scopes.push(new HashMap<>(Map.of(f.counter().name(), c)));
      block(f.body());
      scopes.pop();
      mv.visitIincInsn(c, f.step());
      mv.visitJumpInsn(GOTO, head);
      mv.visitLabel(done);
    } else if (s instanceof Stmt.Return) {
      mv.visitJumpInsn(GOTO, next);
    } else {
      throw new IllegalStateException("the JVM backend renders no work-group memory or barriers (" + kernel.name() + ")");
    }
  }

  private int slot(Expr.Var v) {
    for (Map<String, Integer> s : scopes) {
      Integer l = s.get(v.name());
      if (l != null) return l;
    }
    throw new IllegalStateException("kernel " + kernel.name() + ": " + v.name() + " is not defined");
  }

  private int copy(int from, Kind kind) {
    int to = kind == Kind.ACC ? w.newLocal2() : w.newLocal();
    mv.visitVarInsn(loadOp(kind), from);
    mv.visitVarInsn(storeOp(kind), to);
    return to;
  }

  private static int loadOp(Kind k) {
    return k == Kind.INT ? ILOAD : k == Kind.ACC ? DLOAD : FLOAD;
  }

  private static int storeOp(Kind k) {
    return k == Kind.INT ? ISTORE : k == Kind.ACC ? DSTORE : FSTORE;
  }

  /** A local holding the value of e: a named value's own, or a new one. */
  private int local(Expr e) {
    if (e instanceof Expr.Var v) return slot(v);
    if (e instanceof Expr.Unary u) {
      int x = local(u.x());
      if (u.kind() == Kind.INT) return w.intUnary(u.op(), x);
      return u.op() == Op.NOT ? w.truth(x, IFEQ) : w.unary(u.op(), x);
    }
    if (e instanceof Expr.Binary b) {
      int x = local(b.a()), y = local(b.b());
      return b.a().kind() == Kind.INT ? w.intBinary(b.op(), x, y) : w.binary(b.op(), x, y);
    }
    if (e instanceof Expr.Truth t) {
      int x = local(t.x());
      if (t.x().kind() == Kind.INT) {
        mv.visitVarInsn(ILOAD, x);
        return w.choose(IFNE);
      }
      return w.truth(x, IFNE);
    }
    if (e instanceof Expr.Select s) {
      int a = local(s.a()), b = local(s.b());
      int out = s.kind() == Kind.ACC ? w.newLocal2() : w.newLocal();
      Label other = new Label(), join = new Label();
      if (s.c().kind() == Kind.BOOL) {
        jumpUnless(s.c(), other);
      } else {
        mv.visitVarInsn(FLOAD, local(s.c()));
        mv.visitInsn(FCONST_0);
        mv.visitInsn(FCMPL);
        mv.visitJumpInsn(IFEQ, other);
      }
      mv.visitVarInsn(loadOp(s.kind()), a);
      mv.visitJumpInsn(GOTO, join);
      mv.visitLabel(other);
      mv.visitVarInsn(loadOp(s.kind()), b);
      mv.visitLabel(join);
      mv.visitVarInsn(storeOp(s.kind()), out);
      return out;
    }
    push(e);
    int out = e.kind() == Kind.ACC ? w.newLocal2() : w.newLocal();
    mv.visitVarInsn(storeOp(e.kind()), out);
    return out;
  }

  /** Pushes the value of e. */
  private void push(Expr e) {
    if (e instanceof Expr.Lit l) {
      switch (l.kind()) {
        case INT -> w.pushInt((int) l.value());
        case FLOAT -> mv.visitLdcInsn((float) l.value());
        case ACC -> mv.visitLdcInsn(l.value());
        default -> throw new IllegalStateException("a condition is not a value");
      }
    } else if (e instanceof Expr.Size s) {
      mv.visitVarInsn(ALOAD, DIMS);
      w.pushInt(s.slot());
      mv.visitInsn(IALOAD);
    } else if (e instanceof Expr.Id id) {
      if (id.local() || id.axis() != 0) throw new IllegalStateException("the JVM backend runs the work-items of one axis, in no groups");
      mv.visitVarInsn(ILOAD, gid);
    } else if (e instanceof Expr.Load l) {
      w.pushBuffer(kernel.params().get(l.param()).slot());
      push(l.index());
      mv.visitInsn(FALOAD);
      if (l.kind() == Kind.INT) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
    } else if (e instanceof Expr.Index i) {
      push(i.a());
      push(i.b());
      switch (i.op()) {
        case '+' -> mv.visitInsn(IADD);
        case '-' -> mv.visitInsn(ISUB);
        case '*' -> mv.visitInsn(IMUL);
        case '/' -> mv.visitInsn(IDIV);
        case '%' -> mv.visitInsn(IREM);
        default -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
      }
    } else if (e instanceof Expr.Convert c) {
      push(c.x());
      Kind from = c.x().kind(), to = c.kind();
      if (from == to) return;
      // F2I and D2I: toward zero, NaN to 0, saturating (Java's (int))
      mv.visitInsn(switch (from) {
        case INT -> to == Kind.FLOAT ? I2F : I2D;
        case FLOAT -> to == Kind.INT ? F2I : F2D;
        default -> to == Kind.INT ? D2I : D2F;
      });
    } else if (e instanceof Expr.Bits b) {
      push(b.x());
      if (b.kind() == Kind.INT) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
      else mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
    } else if (e instanceof Expr.Random r) {
      // Counter-based: a pure function of the step and the element's row-major index.
      mv.visitInsn(r.normal() ? ICONST_1 : ICONST_0);
      mv.visitLdcInsn(r.seed());
      if (r.runSeed() != null) {
        // A run-time seed, added to the attribute's (Philox keeps the low 32 bits).
        push(r.runSeed());
        if (r.runSeed().kind() == Kind.FLOAT) mv.visitInsn(F2I);
        mv.visitInsn(I2L);
        mv.visitInsn(LADD);
      }
      mv.visitLdcInsn(r.stream());
      push(r.step());
      push(r.index());
      mv.visitMethodInsn(INVOKESTATIC, "dev/nnc/runtime/Philox", "sampleF32", "(ZJJFI)F", false);
    } else if (e instanceof Expr.Checked c) {
      push(c.index());
      push(c.size());
      mv.visitMethodInsn(INVOKESTATIC, FN, "index", "(II)I", false);
    } else if (e instanceof Expr.Var || e instanceof Expr.Unary || e instanceof Expr.Binary || e instanceof Expr.Truth
        || e instanceof Expr.Select) {
      mv.visitVarInsn(loadOp(e.kind()), local(e));
    } else {
      throw new IllegalStateException("the JVM backend renders no " + e + " as a value (" + kernel.name() + ")");
    }
  }

  /** Jumps to target unless the condition holds; a comparison with NaN does not hold (NE: holds). */
  private void jumpUnless(Expr cond, Label target) {
    if (cond instanceof Expr.And a) {
      jumpUnless(a.a(), target);
      jumpUnless(a.b(), target);
      return;
    }
    Expr.Cmp c = (Expr.Cmp) cond;
    push(c.a());
    push(c.b());
    if (c.a().kind() == Kind.INT) {
      mv.visitJumpInsn(switch (c.op()) {
        case LT -> IF_ICMPGE;
        case LE -> IF_ICMPGT;
        case GT -> IF_ICMPLE;
        case GE -> IF_ICMPLT;
        case EQ -> IF_ICMPNE;
        default -> IF_ICMPEQ;
      }, target);
      return;
    }
    // fcmpg makes NaN look greater, fcmpl smaller: either way the jump away is taken.
    switch (c.op()) {
      case LT -> { mv.visitInsn(FCMPG); mv.visitJumpInsn(IFGE, target); }
      case LE -> { mv.visitInsn(FCMPG); mv.visitJumpInsn(IFGT, target); }
      case GT -> { mv.visitInsn(FCMPL); mv.visitJumpInsn(IFLE, target); }
      case GE -> { mv.visitInsn(FCMPL); mv.visitJumpInsn(IFLT, target); }
      case EQ -> { mv.visitInsn(FCMPL); mv.visitJumpInsn(IFNE, target); }
      default -> { mv.visitInsn(FCMPL); mv.visitJumpInsn(IFEQ, target); }
    }
  }
}
