package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import dev.nnc.syntax.Ast.BinOp;
import java.util.ArrayList;
import java.util.List;

/** Operators and indexing: their type and shape rules. */
final class Ops {
  private final Evaluator ev;

  Ops(Evaluator ev) {
    this.ev = ev;
  }

  // ------------------------------------------------------------------ unary

  Value unary(Ast.Unary u, Value v) {
    if (v instanceof Failed || v instanceof Poly) return v;
    if (u.op() == Ast.UnOp.NOT) {
      if (v instanceof Bool b) return new Bool(b.value() == null ? null : !b.value());
      if (v instanceof Tensor t && t.type().dtype() == DType.BOOL) return ev.tensor(t.type(), () -> ev.lowering.unary(Op.NOT, v, t.type()));
      ev.report(Diagnostic.of(Code.TYPE_BOOL, u.operand().span(), "`not`", v.describe()).label(v.describe()));
      return Evaluator.ERROR;
    }
    boolean neg = u.op() == Ast.UnOp.NEG;
    if (v instanceof Int i) {
      try {
        return neg ? new Int(i.value().negate(), u.span(), null) : i;
      } catch (ArithmeticException e) {
        return overflow(u.span());
      }
    }
    if (v instanceof Real r) return neg && r.value() != null ? new Real(-r.value()) : r;
    if (v instanceof Tensor t && t.type().dtype().isNumeric()) {
      return neg ? ev.tensor(t.type(), () -> ev.lowering.unary(Op.NEG, v, t.type())) : v;
    }
    ev.report(Diagnostic.of(Code.TYPE_KIND, u.operand().span(), "a number or a numeric tensor", v.describe())
        .label(v.describe()));
    return Evaluator.ERROR;
  }

  private Value overflow(Span at) {
    ev.report(Diagnostic.of(Code.VALUE_RANGE, at, "an integer", "within 64 bits", "an overflow"));
    return Evaluator.ERROR;
  }

  // ------------------------------------------------------------------ binary

  Value binary(Ast.Binary b, Value l, Value r) {
    if (l instanceof Failed || r instanceof Failed) return Evaluator.ERROR;
    if (l instanceof Poly || r instanceof Poly) return Evaluator.POLY;
    BinOp op = b.op();
    if (isNumber(l) && isNumber(r)) return constant(b, l, r);
    if (l instanceof Bool x && r instanceof Bool y) return constantBool(b, x, y);
    if (l instanceof Str x && r instanceof Str y && (op == BinOp.EQ || op == BinOp.NE)) {
      if (x.value() == null || y.value() == null) return new Bool(null);
      return new Bool(x.value().equals(y.value()) == (op == BinOp.EQ));
    }
    TensorType a = Evaluator.tensorOf(l), c = Evaluator.tensorOf(r);
    if (a == null || c == null) {
      Ast.Expr bad = a == null ? b.left() : b.right();
      Value v = a == null ? l : r;
      ev.report(Diagnostic.of(Code.TYPE_KIND, bad.span(), "a tensor or a number for `" + op.symbol + "`", v.describe())
          .label(v.describe()));
      return Evaluator.ERROR;
    }
    if (op == BinOp.MATMUL) return matmul(b, a, c, l, r);
    DType dtype = resultDtype(b, l, r, a, c);
    if (dtype == null) return Evaluator.ERROR;
    boolean logical = op == BinOp.AND || op == BinOp.OR;
    if (logical && dtype != DType.BOOL) {
      ev.report(Diagnostic.of(Code.TYPE_BOOL, b.span(), "`" + op.symbol + "`", dtype.word() + " tensors")
          .hint("compare first, for example `x > 0`"));
      return Evaluator.ERROR;
    }
    if (!logical && !isComparison(op) && dtype == DType.BOOL) {
      ev.report(Diagnostic.of(Code.TYPE_DTYPE, b.span(), "`" + op.symbol + "`", "bool", "arithmetic")
          .hint("convert the mask to numbers first: `f32(mask)`"));
      return Evaluator.ERROR;
    }
    List<Axis> axes = broadcast(b.span(), "`" + op.symbol + "`", a, c, b.left().span(), b.right().span());
    if (axes == null) return Evaluator.ERROR;
    DType out = isComparison(op) ? DType.BOOL : dtype;
    TensorType operand = new TensorType(dtype, axes);
    return ev.tensor(new TensorType(out, axes), () -> ev.lowering.binary(irOp(op), l, r, operand));
  }

  /** Broadcasts two operand types, reporting shape.broadcast or shape.implicit; null on error. */
  List<Axis> broadcast(Span at, String what, TensorType a, TensorType c, Span left, Span right) {
    Shapes.Result res = Shapes.broadcast(a.axes(), c.axes());
    if (res.ok()) return res.axes();
    if (res.mismatch().implicit()) {
      TensorType would = new TensorType(a.dtype(), res.mismatch().would());
      ev.report(Diagnostic.of(Code.SHAPE_IMPLICIT, at, what, a, c, would)
          .note(left, a.toString()).note(right, c.toString())
          .hint(c.rank() > a.rank() && c.axes().get(c.rank() - 1).isOne() || a.rank() > c.rank() && a.axes().get(a.rank() - 1).isOne()
              ? "drop the trailing 1 of the larger operand (`squeeze(p, -1)` or `p[:, 0]`), or give the other one the axis (`y[:, new]`)"
              : "broadcasting never adds a leading axis to meet a 1; write the axis: `x[new, :]` or `unsqueeze(x, 0)`"));
      return null;
    }
    int axis = res.mismatch().axis();
    int rank = Math.max(a.rank(), c.rank());
    Axis x = a.axes().get(axis - (rank - a.rank()));
    Axis y = c.axes().get(axis - (rank - c.rank()));
    Diagnostic d = Diagnostic.of(Code.SHAPE_BROADCAST, at, what, a, c)
        .note(left, a + (x.why() != null ? "; " + x.why() : ""))
        .note(right, c + (y.why() != null ? "; " + y.why() : ""));
    ev.report(d.hint("sizes " + x.size() + " and " + y.size() + " (axis " + axis + " of the result) must be equal, or one of them 1"));
    return null;
  }

  private DType resultDtype(Ast.Binary b, Value l, Value r, TensorType a, TensorType c) {
    boolean weakL = Evaluator.isScalarConst(l), weakR = Evaluator.isScalarConst(r);
    if (weakL) return adopt(b, l, c.dtype());
    if (weakR) return adopt(b, r, a.dtype());
    if (a.dtype() != c.dtype()) {
      ev.report(Diagnostic.of(Code.TYPE_DTYPE, b.span(), "`" + b.op().symbol + "`", a.dtype().word(), c.dtype().word())
          .note(b.left().span(), a.toString()).note(b.right().span(), c.toString())
          .hint("convert one operand, for example `" + a.dtype().word() + "(...)`"));
      return null;
    }
    return a.dtype();
  }

  /** The dtype a compile-time scalar takes next to a tensor of the given dtype. */
  private DType adopt(Ast.Binary b, Value scalar, DType tensor) {
    boolean ok = scalar instanceof Real ? tensor.isFloat() : scalar instanceof Bool ? tensor == DType.BOOL : tensor.isNumeric();
    if (!ok && scalar instanceof Int && tensor == DType.BOOL && isComparison(b.op())) ok = false;
    if (ok) return tensor;
    String kind = scalar instanceof Real ? "float" : scalar instanceof Bool ? "bool" : "int";
    ev.report(Diagnostic.of(Code.TYPE_DTYPE, b.span(), "`" + b.op().symbol + "`", tensor.word(), kind)
        .hint(tensor == DType.I32 ? "convert the tensor: `f32(...)`" : "convert the mask to numbers: `f32(...)`"));
    return null;
  }

  /** The primitive of an elementwise operator; null for `%`, which lowers to a composite. */
  static Op irOp(BinOp op) {
    return switch (op) {
      case ADD -> Op.ADD;
      case SUB -> Op.SUB;
      case MUL -> Op.MUL;
      case DIV -> Op.DIV;
      case POW -> Op.POW;
      case LT -> Op.LT;
      case LE -> Op.LE;
      case GT -> Op.GT;
      case GE -> Op.GE;
      case EQ -> Op.EQ;
      case NE -> Op.NE;
      case AND -> Op.AND;
      case OR -> Op.OR;
      case MOD -> null;
      case MATMUL -> throw new AssertionError(op);
    };
  }

  static boolean isComparison(BinOp op) {
    return switch (op) {
      case LT, LE, GT, GE, EQ, NE -> true;
      default -> false;
    };
  }

  private static boolean isNumber(Value v) {
    return v instanceof Int || v instanceof Real;
  }

  private Value constant(Ast.Binary b, Value l, Value r) {
    try {
      if (l instanceof Int x && r instanceof Int y) return constantInt(b, x.value(), y.value());
    } catch (ArithmeticException e) {
      return overflow(b.span());
    }
    Double x = real(l), y = real(r);
    BinOp op = b.op();
    if (isComparison(op)) {
      if (x == null || y == null) return new Bool(null);
      return new Bool(compare(op, Double.compare(x, y)));
    }
    if (op == BinOp.AND || op == BinOp.OR) {
      ev.report(Diagnostic.of(Code.TYPE_BOOL, b.span(), "`" + op.symbol + "`", "numbers"));
      return Evaluator.ERROR;
    }
    if (op == BinOp.MATMUL) {
      ev.report(Diagnostic.of(Code.SHAPE_RANK, b.span(), "`@`", "tensors with at least 1 axis", "numbers"));
      return Evaluator.ERROR;
    }
    if (x == null || y == null) return new Real(null);
    return new Real(switch (op) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case DIV -> x / y;
      case MOD -> x % y;
      case POW -> Math.pow(x, y);
      default -> throw new AssertionError(op);
    });
  }

  private Value constantInt(Ast.Binary b, Dim x, Dim y) {
    BinOp op = b.op();
    switch (op) {
      case ADD: return new Int(x.plus(y), b.span(), null);
      case SUB: return new Int(x.minus(y), b.span(), null);
      case MUL: return new Int(x.times(y), b.span(), null);
      case DIV: {
        if (y.isConstant() && y.constant() == 0) {
          ev.report(Diagnostic.of(Code.VALUE_RANGE, b.right().span(), "a divisor", "non-zero", 0));
          return Evaluator.ERROR;
        }
        Dim q = x.exactDiv(y);
        if (q != null) return new Int(q, b.span(), null);
        // A parameter left open is assumed to divide as written; its uses will say.
        Dim assumed = ev.isOpen(x) || ev.isOpen(y) || ev.divisible.contains(List.of(x, y)) ? x.over(y) : null;
        if (assumed != null) return new Int(assumed, b.span(), null);
        return new Real(x.isConstant() && y.isConstant() ? (double) x.constant() / y.constant() : null);
      }
      case MOD: {
        if (y.isConstant() && y.constant() == 0) {
          ev.report(Diagnostic.of(Code.VALUE_RANGE, b.right().span(), "a divisor", "non-zero", 0));
          return Evaluator.ERROR;
        }
        Long m = x.mod(y);
        return new Int(m != null ? Dim.of(m) : Dim.symbol("(" + x + ") % (" + y + ")"), b.span(), null);
      }
      case POW: {
        if (y.isConstant() && y.constant() >= 0 && y.constant() <= 64) {
          Dim p = Dim.of(1);
          for (long i = 0; i < y.constant(); i++) p = p.times(x);
          return new Int(p, b.span(), null);
        }
        return new Real(x.isConstant() && y.isConstant() ? Math.pow(x.constant(), y.constant()) : null);
      }
      case MATMUL:
        ev.report(Diagnostic.of(Code.SHAPE_RANK, b.span(), "`@`", "tensors with at least 1 axis", "integers"));
        return Evaluator.ERROR;
      case AND: case OR:
        ev.report(Diagnostic.of(Code.TYPE_BOOL, b.span(), "`" + op.symbol + "`", "integers"));
        return Evaluator.ERROR;
      default: {
        if (x.isConstant() && y.isConstant()) return new Bool(compare(op, Long.compare(x.constant(), y.constant())));
        if (x.equals(y)) return new Bool(compare(op, 0));
        return new Bool(null);
      }
    }
  }

  private Value constantBool(Ast.Binary b, Bool x, Bool y) {
    Boolean p = x.value(), q = y.value();
    switch (b.op()) {
      case AND:
        if (Boolean.FALSE.equals(p) || Boolean.FALSE.equals(q)) return new Bool(false);
        return new Bool(p == null || q == null ? null : true);
      case OR:
        if (Boolean.TRUE.equals(p) || Boolean.TRUE.equals(q)) return new Bool(true);
        return new Bool(p == null || q == null ? null : false);
      case EQ: return new Bool(p == null || q == null ? null : p.equals(q));
      case NE: return new Bool(p == null || q == null ? null : !p.equals(q));
      default:
        ev.report(Diagnostic.of(Code.TYPE_KIND, b.span(), "numbers for `" + b.op().symbol + "`", "bools"));
        return Evaluator.ERROR;
    }
  }

  private static boolean compare(BinOp op, int c) {
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      default -> throw new AssertionError(op);
    };
  }

  static Double real(Value v) {
    if (v instanceof Real r) return r.value();
    if (v instanceof Int i && i.value().isConstant()) return (double) i.value().constant();
    return null;
  }

  // ------------------------------------------------------------------ matmul

  Value matmul(Ast.Binary b, TensorType a, TensorType c, Value l, Value r) {
    return matmul(b.span(), a, c, b.left().span(), b.right().span(), l, r);
  }

  Value matmul(Span at, TensorType a, TensorType c, Span left, Span right, Value l, Value r) {
    if (a.rank() == 0 || c.rank() == 0) {
      TensorType bad = a.rank() == 0 ? a : c;
      ev.report(Diagnostic.of(Code.SHAPE_RANK, a.rank() == 0 ? left : right, "`@`", "at least 1 axis", bad)
          .hint("multiply by a scalar with `*`"));
      return Evaluator.ERROR;
    }
    if (a.dtype() != c.dtype() || a.dtype() == DType.BOOL) {
      ev.report(Diagnostic.of(Code.TYPE_DTYPE, at, "`@`", a.dtype().word(), c.dtype().word()));
      return Evaluator.ERROR;
    }
    List<Axis> x = a.axesCopy(), y = c.axesCopy();
    boolean vecL = x.size() == 1, vecR = y.size() == 1;
    if (vecL) x.add(0, Axis.of(1));
    if (vecR) y.add(Axis.of(1));
    Axis k1 = x.get(x.size() - 1), k2 = y.get(y.size() - 2);
    if (!k1.size().equals(k2.size())) {
      Diagnostic d = Diagnostic.of(Code.SHAPE_MATMUL, at, a, c, k1.size(), k2.size())
          .note(left, a + (k1.why() != null ? "; its last axis is " + k1.why() : ""))
          .note(right, c + (k2.why() != null ? "; the contracted axis is " + k2.why() : ""));
      if (c.rank() >= 2 && c.dim(c.rank() - 1).equals(k1.size())) {
        d = d.hint("`a @ b` contracts the last axis of `a` with the second-to-last of `b`; did you mean `@ " + right.text() + ".T`?");
      } else {
        d = d.hint("`a @ b` contracts the last axis of `a` with the second-to-last of `b`");
      }
      ev.report(d);
      return Evaluator.ERROR;
    }
    List<Axis> batchA = x.subList(0, x.size() - 2), batchB = y.subList(0, y.size() - 2);
    List<Axis> batch = broadcast(at, "the batch axes of `@`", new TensorType(a.dtype(), batchA),
        new TensorType(c.dtype(), batchB), left, right);
    if (batch == null) return Evaluator.ERROR;
    List<Axis> out = new ArrayList<>(batch);
    if (!vecL) out.add(x.get(x.size() - 2));
    if (!vecR) out.add(y.get(y.size() - 1));
    TensorType result = new TensorType(a.dtype(), out);
    return ev.tensor(result, () -> ev.lowering.matmul(l, r, a, c, result));
  }

  // ------------------------------------------------------------------ indexing

  Value index(Ast.Index ix, Value target, Env env) {
    if (target instanceof Failed) return target;
    List<Value> items = new ArrayList<>();
    for (Ast.IndexItem it : ix.items()) {
      if (it instanceof Ast.At at) items.add(ev.eval(at.expr(), env));
      else if (it instanceof Ast.Slice s) {
        items.add(null);
        if (s.from() != null) ev.eval(s.from(), env);
        if (s.to() != null) ev.eval(s.to(), env);
        if (s.step() != null) ev.eval(s.step(), env);
      } else items.add(null);
    }
    if (target instanceof Poly || items.stream().anyMatch(v -> v instanceof Poly)) return Evaluator.POLY;
    if (items.stream().anyMatch(v -> v instanceof Failed)) return Evaluator.ERROR;
    if (target instanceof Tuple || target instanceof Lst) {
      List<Value> elems = target instanceof Tuple t ? t.items() : ((Lst) target).items();
      if (ix.items().size() != 1 || !(ix.items().get(0) instanceof Ast.At)) {
        ev.report(Diagnostic.of(Code.SHAPE_INDEX, ix.span(), ix.items().size(), target.describe())
            .hint("index a tuple or list with one constant int"));
        return Evaluator.ERROR;
      }
      Long k = ev.constInt(items.get(0), ix.items().get(0).span(), "a tuple or list index");
      if (k == null) return Evaluator.ERROR;
      long n = k < 0 ? k + elems.size() : k;
      if (n < 0 || n >= elems.size()) {
        ev.report(Diagnostic.of(Code.SHAPE_SLICE, ix.items().get(0).span(), "index " + k, elems.size()));
        return Evaluator.ERROR;
      }
      return elems.get((int) n);
    }
    if (!(target instanceof Tensor t)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, ix.target().span(), "a tensor, tuple or list to index", target.describe())
          .label(target.describe()));
      return Evaluator.ERROR;
    }
    TensorType type = t.type();
    // A bool mask over the leading axes selects elements: the result's first size is data-dependent.
    if (items.size() == 1 && items.get(0) instanceof Tensor m && m.type().dtype() == DType.BOOL) {
      return mask(ix, t, m);
    }
    int consuming = 0;
    boolean ellipsis = false;
    for (Ast.IndexItem it : ix.items()) {
      if (it instanceof Ast.Ellipsis) {
        if (ellipsis) {
          ev.report(Diagnostic.of(Code.SHAPE_INDEX, it.span(), "two `...`", type).hint("one `...` stands for all the axes not indexed"));
          return Evaluator.ERROR;
        }
        ellipsis = true;
      } else if (!(it instanceof Ast.NewAxis)) {
        consuming++;
      }
    }
    if (consuming > type.rank()) {
      ev.report(Diagnostic.of(Code.SHAPE_INDEX, ix.span(), consuming, type + " (" + type.rank() + " axes)")
          .note(ix.target().span(), type.toString()));
      return Evaluator.ERROR;
    }
    List<Axis> out = new ArrayList<>();
    int axis = 0;
    boolean gathered = false;
    // While lowering, `cur` is the node so far and out.size() its axis that the next item addresses.
    Lowering low = ev.lowering;
    Node cur = low == null ? null : low.of(target);
    for (int i = 0; i < ix.items().size(); i++) {
      Ast.IndexItem it = ix.items().get(i);
      if (it instanceof Ast.Ellipsis) {
        int skip = type.rank() - consuming;
        for (int k = 0; k < skip; k++) out.add(type.axes().get(axis++));
        continue;
      }
      if (it instanceof Ast.NewAxis) {
        if (low != null) cur = low.g.reshape(cur, Lowering.with(cur.type().dims(), out.size(), Dim.of(1)));
        out.add(new Axis(Dim.of(1), it.span(), null));
        continue;
      }
      Axis size = type.axes().get(axis++);
      if (it instanceof Ast.Slice s) {
        Axis a = slice(s, size, env);
        if (a == null) return Evaluator.ERROR;
        if (low != null) {
          Dim from = s.from() == null ? Dim.of(0) : sliceBound(s.from(), size.size(), env);
          if (s.step() == null) {
            cur = low.g.slice(cur, out.size(), from, a.size());
          } else {
            // Every step-th element: a gather at from + step * i.
            long step = ((Int) ev.eval(s.step(), env)).value().constant();
            TensorType idx = new TensorType(DType.I32, List.of(Axis.of(a.size())));
            Node at = low.g.add(low.g.scale(low.g.iota(0, idx), step), low.size(from, idx));
            cur = low.g.gather(cur, at, out.size());
          }
        }
        out.add(a);
        continue;
      }
      Value v = items.get(i);
      if (v instanceof Int k) {
        if (!inBounds(k.value(), size.size(), it.span())) return Evaluator.ERROR;
        if (low != null) {
          Dim at = k.value().isConstant() && k.value().constant() < 0 ? size.size().plus(k.value()) : k.value();
          Node one = low.g.slice(cur, out.size(), at, Dim.of(1));
          cur = low.g.reshape(one, Lowering.without(one.type().dims(), out.size()));
        }
        continue;
      }
      if (v instanceof Tensor idx && idx.type().dtype() == DType.I32) {
        if (gathered && idx.type().rank() > 0) {
          ev.report(Diagnostic.of(Code.SHAPE_GATHER, it.span(), "indexing", "only one index may be a tensor with axes")
              .hint("gather in two steps"));
          return Evaluator.ERROR;
        }
        gathered |= idx.type().rank() > 0;
        if (low != null) cur = low.g.gather(cur, low.of(idx), out.size());
        out.addAll(idx.type().axes());
        continue;
      }
      if (v instanceof Tensor m && m.type().dtype() == DType.BOOL) {
        ev.report(Diagnostic.of(Code.SHAPE_MASK, it.span(), m.type(), type)
            .hint("a mask must be the only index: `x[mask]`"));
        return Evaluator.ERROR;
      }
      ev.report(Diagnostic.of(Code.TYPE_INT, it.span(), "an index", v.describe()).label(v.describe()));
      return Evaluator.ERROR;
    }
    while (axis < type.rank()) out.add(type.axes().get(axis++));
    Node result = cur;
    return ev.tensor(type.withAxes(out), () -> result);
  }

  private boolean inBounds(Dim k, Dim size, Span at) {
    if (k.isConstant() && size.isConstant()) {
      long n = k.constant() < 0 ? k.constant() + size.constant() : k.constant();
      if (n < 0 || n >= size.constant()) {
        ev.report(Diagnostic.of(Code.SHAPE_SLICE, at, "index " + k.constant(), size.constant()));
        return false;
      }
    }
    return true;
  }

  private Axis slice(Ast.Slice s, Axis size, Env env) {
    Dim n = size.size();
    Dim from = s.from() == null ? Dim.of(0) : sliceBound(s.from(), n, env);
    Dim to = s.to() == null ? n : sliceBound(s.to(), n, env);
    if (from == null || to == null) return null;
    long step = 1;
    if (s.step() != null) {
      Long k = ev.constInt(ev.eval(s.step(), env), s.step().span(), "a slice step");
      if (k == null) return null;
      if (k < 1) {
        ev.report(Diagnostic.of(Code.VALUE_RANGE, s.step().span(), "a slice step", "at least 1", k));
        return null;
      }
      step = k;
    }
    if (n.isConstant() && from.isConstant() && to.isConstant()) {
      long f = from.constant(), t = to.constant(), m = n.constant();
      if (f < 0 || t > m || f > t) {
        ev.report(Diagnostic.of(Code.SHAPE_SLICE, s.span(), "slice `" + s.span().text() + "`", m));
        return null;
      }
    }
    Dim len = to.minus(from);
    if (len.isConstant() && len.constant() < 1) {
      ev.report(Diagnostic.of(Code.SHAPE_SLICE, s.span(), "slice `" + s.span().text() + "`", n));
      return null;
    }
    Dim out = step == 1 ? len : len.plus(Dim.of(step - 1)).floorDiv(Dim.of(step));
    return new Axis(out, s.span(), null);
  }

  private Dim sliceBound(Ast.Expr e, Dim size, Env env) {
    Value v = ev.eval(e, env);
    if (v instanceof Failed) return null;
    if (!(v instanceof Int i)) {
      ev.report(Diagnostic.of(Code.TYPE_CONST, e.span(), "a slice bound (an integer)").label(v.describe()));
      return null;
    }
    Dim d = i.value();
    if (d.isConstant() && d.constant() < 0) return size.plus(d);
    return d;
  }

  private Value mask(Ast.Index ix, Tensor target, Tensor maskValue) {
    TensorType type = target.type(), mask = maskValue.type();
    boolean ok = mask.rank() <= type.rank();
    for (int i = 0; ok && i < mask.rank(); i++) ok = mask.dim(i).equals(type.dim(i));
    if (!ok) {
      ev.report(Diagnostic.of(Code.SHAPE_MASK, ix.items().get(0).span(), mask, type)
          .note(ix.target().span(), type.toString()));
      return Evaluator.ERROR;
    }
    List<Axis> out = new ArrayList<>();
    String name = "count(" + ix.items().get(0).span().text() + ")";
    out.add(new Axis(Dim.symbol(name), ix.span(), "the number of true elements of the mask"));
    out.addAll(type.axes().subList(mask.rank(), type.rank()));
    Lowering low = ev.lowering;
    return ev.tensor(type.withAxes(out), () -> low.maskSelect(low.of(target), low.of(maskValue), name));
  }
}
