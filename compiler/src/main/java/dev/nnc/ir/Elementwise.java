package dev.nnc.ir;

import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Elementwise primitives, one line each: evaluation and derivative. Operands of a binary op
 * have one shape; broadcasting is an explicit BROADCAST node made when lowering.
 */
final class Elementwise {
  private Elementwise() {}

  /** Which element types an op takes: floats, any number, bools; the result keeps it or is bool. */
  enum Domain { FLOAT, NUMBER, BOOL, COMPARE }

  interface Vjp1 { Node of(Graph g, Node x, Node y, Node dy); }
  interface Vjp2 { List<Node> of(Graph g, Node a, Node b, Node y, Node dy); }

  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

  static final Primitive NEG = unary(x -> -x, Domain.NUMBER, (g, x, y, dy) -> g.neg(dy));
  static final Primitive RECIP = unary(x -> 1 / x, Domain.FLOAT, (g, x, y, dy) -> g.neg(g.mul(dy, g.mul(y, y))));
  static final Primitive EXP = unary(Math::exp, Domain.FLOAT, (g, x, y, dy) -> g.mul(dy, y));
  static final Primitive LOG = unary(Math::log, Domain.FLOAT, (g, x, y, dy) -> g.div(dy, x));
  static final Primitive SQRT = unary(Math::sqrt, Domain.FLOAT, (g, x, y, dy) -> g.div(g.scale(dy, 0.5), y));
  static final Primitive TANH = unary(Math::tanh, Domain.FLOAT,
      (g, x, y, dy) -> g.mul(dy, g.sub(g.like(y, 1), g.mul(y, y))));
  static final Primitive SIGMOID = unary(x -> 1 / (1 + Math.exp(-x)), Domain.FLOAT,
      (g, x, y, dy) -> g.mul(dy, g.mul(y, g.sub(g.like(y, 1), y))));
  static final Primitive SIN = unary(Math::sin, Domain.FLOAT, (g, x, y, dy) -> g.mul(dy, g.cos(x)));
  static final Primitive COS = unary(Math::cos, Domain.FLOAT, (g, x, y, dy) -> g.neg(g.mul(dy, g.sin(x))));
  static final Primitive ERF = unary(Elementwise::erf, Domain.FLOAT,
      (g, x, y, dy) -> g.mul(dy, g.scale(g.exp(g.neg(g.mul(x, x))), TWO_OVER_SQRT_PI)));
  static final Primitive ABS = unary(Math::abs, Domain.NUMBER, (g, x, y, dy) -> g.mul(dy, g.sign(x)));
  static final Primitive SIGN = unary(Math::signum, Domain.NUMBER, null);
  static final Primitive FLOOR = unary(Math::floor, Domain.FLOAT, null);
  static final Primitive CEIL = unary(Math::ceil, Domain.FLOAT, null);
  /** The identity whose derivative is zero: gradients do not flow through it. */
  static final Primitive STOP_GRADIENT = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return in.get(0); }
    public List<Node> vjp(Graph g, Node y, Node dy) { return Arrays.asList((Node) null); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) { return in.get(0); }
  };
  static final Primitive NOT = unary(x -> x != 0 ? 0 : 1, Domain.BOOL, null);

  static final Primitive ADD = binary((a, b) -> a + b, Domain.NUMBER, (g, a, b, y, dy) -> List.of(dy, dy));
  static final Primitive SUB = binary((a, b) -> a - b, Domain.NUMBER, (g, a, b, y, dy) -> List.of(dy, g.neg(dy)));
  static final Primitive MUL = binary((a, b) -> a * b, Domain.NUMBER,
      (g, a, b, y, dy) -> List.of(g.mul(dy, b), g.mul(dy, a)));
  static final Primitive DIV = binary((a, b) -> a / b, Domain.NUMBER,
      (g, a, b, y, dy) -> List.of(g.div(dy, b), g.neg(g.div(g.mul(dy, y), b))));
  static final Primitive POW = binary(Math::pow, Domain.FLOAT, (g, a, b, y, dy) -> List.of(
      g.mul(dy, g.mul(b, g.pow(a, g.sub(b, g.like(b, 1))))),
      g.mul(dy, g.mul(y, g.log(a)))));
  static final Primitive MAX = binary(Math::max, Domain.NUMBER, (g, a, b, y, dy) -> {
    Node first = g.ge(a, b);
    return List.of(g.select(first, dy, g.like(dy, 0)), g.select(first, g.like(dy, 0), dy));
  });
  static final Primitive MIN = binary(Math::min, Domain.NUMBER, (g, a, b, y, dy) -> {
    Node first = g.le(a, b);
    return List.of(g.select(first, dy, g.like(dy, 0)), g.select(first, g.like(dy, 0), dy));
  });
  static final Primitive LT = binary((a, b) -> a < b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive LE = binary((a, b) -> a <= b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive GT = binary((a, b) -> a > b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive GE = binary((a, b) -> a >= b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive EQ = binary((a, b) -> a == b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive NE = binary((a, b) -> a != b ? 1 : 0, Domain.COMPARE, null);
  static final Primitive AND = binary((a, b) -> a != 0 && b != 0 ? 1 : 0, Domain.BOOL, null);
  static final Primitive OR = binary((a, b) -> a != 0 || b != 0 ? 1 : 0, Domain.BOOL, null);

  /** select(c, a, b): a where c, else b. */
  static final Primitive SELECT = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType c = in.get(0), a = in.get(1), b = in.get(2);
      if (c.dtype() != DType.BOOL || !c.dims().equals(a.dims()) || !a.sameAs(b)) {
        throw new IrException("select(" + c + ", " + a + ", " + b + ")");
      }
      return a;
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Node c = y.input(0), zero = g.like(dy, 0);
      return Arrays.asList(null, g.select(c, dy, zero), g.select(c, zero, dy));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      double[] c = in.get(0).data(), a = in.get(1).data(), b = in.get(2).data();
      double[] out = new double[c.length];
      for (int i = 0; i < out.length; i++) out[i] = c[i] != 0 ? a[i] : b[i];
      return new Array(in.get(1).shape(), out);
    }
  };

  static final Primitive CAST = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return in.get(0).withDtype(((Attr.Cast) attr).to()); }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Node x = y.input(0);
      return Arrays.asList(x.type().dtype().isFloat() && y.type().dtype().isFloat() ? g.cast(dy, x.type().dtype()) : null);
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      double[] x = in.get(0).data(), out = new double[x.length];
      DType to = ((Attr.Cast) attr).to();
      for (int i = 0; i < x.length; i++) out[i] = convert(x[i], to);
      return new Array(in.get(0).shape(), out);
    }
  };

  /** The reference computes every float in float64, so a cast between float types changes nothing. */
  static double convert(double v, DType to) {
    return switch (to) {
      case F32, F64 -> v;
      case I32 -> (int) v;
      case BOOL -> v != 0 ? 1 : 0;
    };
  }

  private static void accept(Domain d, TensorType t, String what) {
    boolean ok = switch (d) {
      case FLOAT -> t.dtype().isFloat();
      case NUMBER, COMPARE -> t.dtype().isNumeric();
      case BOOL -> t.dtype() == DType.BOOL;
    };
    if (!ok) throw new IrException(what + " of " + t);
  }

  private static Primitive unary(DoubleUnaryOperator f, Domain domain, Vjp1 vjp) {
    return new Primitive() {
      public TensorType type(List<TensorType> in, Attr attr) {
        accept(domain, in.get(0), "elementwise op");
        return in.get(0);
      }
      public List<Node> vjp(Graph g, Node y, Node dy) {
        return Arrays.asList(vjp == null ? null : vjp.of(g, y.input(0), y, dy));
      }
      public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
        double[] x = in.get(0).data(), out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = f.applyAsDouble(x[i]);
        return new Array(in.get(0).shape(), out);
      }
    };
  }

  private static Primitive binary(DoubleBinaryOperator f, Domain domain, Vjp2 vjp) {
    return new Primitive() {
      public TensorType type(List<TensorType> in, Attr attr) {
        TensorType a = in.get(0), b = in.get(1);
        if (!a.sameAs(b)) throw new IrException("elementwise op of " + a + " and " + b);
        accept(domain, a, "elementwise op");
        return domain == Domain.COMPARE ? a.withDtype(DType.BOOL) : a;
      }
      public List<Node> vjp(Graph g, Node y, Node dy) {
        return vjp == null ? Arrays.asList(null, null) : vjp.of(g, y.input(0), y.input(1), y, dy);
      }
      public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
        double[] a = in.get(0).data(), b = in.get(1).data(), out = new double[a.length];
        boolean integer = type.dtype() == DType.I32;
        for (int i = 0; i < a.length; i++) {
          double v = f.applyAsDouble(a[i], b[i]);
          out[i] = integer ? (long) v : v;
        }
        return new Array(in.get(0).shape(), out);
      }
    };
  }

  /** The error function to about 1e-15, by its Taylor series near 0 and a continued fraction beyond. */
  static double erf(double x) {
    double ax = Math.abs(x);
    if (ax < 2.5) {
      double term = x, sum = x, x2 = x * x;
      for (int n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
        term *= -x2 / n;
        sum += term / (2 * n + 1);
      }
      return TWO_OVER_SQRT_PI * sum;
    }
    // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), evaluated from the tail.
    double f = ax;
    for (int n = 60; n >= 1; n--) f = ax + (n / 2.0) / f;
    double erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
    return Math.signum(x) * (1 - erfc);
  }
}
