package dev.nnc.autodiff;

import dev.nnc.ir.Differentiate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import dev.nnc.ir.Verify;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The gradient-check table: one row per primitive with its input domain and tolerance,
 * on random shapes with symbolic sizes, symbolic vjp against central differences in float64.
 */
class GradCheckTest {
  /** Where a row draws a float leaf's values from. */
  enum Domain {
    ANY, POSITIVE, NONZERO, DISTINCT;

    double draw(Random r, int i) {
      return switch (this) {
        case ANY -> r.nextGaussian();
        case POSITIVE -> 0.5 + r.nextDouble() * 2;
        case NONZERO -> (r.nextBoolean() ? 1 : -1) * (0.5 + r.nextDouble());
        case DISTINCT -> i * 0.37 + r.nextDouble() * 0.1 - 5; // far apart: no ties, no kinks hit by e
      };
    }
  }

  /** A case: builds the graph over leaves made by the context, given random sizes. */
  interface Build {
    Node build(Ctx c);
  }

  /** Makes the leaves of a case and remembers their values. */
  static final class Ctx {
    final Graph g = new Graph();
    final Random random;
    final Map<String, Long> sizes = new LinkedHashMap<>();
    final Map<String, Array> values = new HashMap<>();
    final List<Node> wrt = new ArrayList<>();

    Ctx(Random random) {
      this.random = random;
    }

    /** A size symbol with a random value in 1..max. */
    Dim size(String name, int max) {
      sizes.computeIfAbsent(name, k -> 1L + random.nextInt(max));
      return Dim.symbol(name);
    }

    Node leaf(String name, Domain d, Dim... dims) {
      TensorType t = type(DType.F64, dims);
      Node n = g.input(name, t);
      long[] shape = Array.shapeOf(t, sizes);
      double[] v = new double[(int) Array.size(shape)];
      for (int i = 0; i < v.length; i++) v[i] = d.draw(random, i);
      values.put(name, new Array(shape, v));
      wrt.add(n);
      return n;
    }

    /** An i32 index leaf with values in 0..bound-1; not differentiated. */
    Node index(String name, long bound, Dim... dims) {
      TensorType t = type(DType.I32, dims);
      Node n = g.input(name, t);
      long[] shape = Array.shapeOf(t, sizes);
      double[] v = new double[(int) Array.size(shape)];
      for (int i = 0; i < v.length; i++) v[i] = random.nextInt((int) bound);
      values.put(name, new Array(shape, v));
      return n;
    }

    long value(Dim d) { return d.evaluate(sizes); }

    static TensorType type(DType dtype, Dim... dims) {
      List<Axis> axes = new ArrayList<>();
      for (Dim d : dims) axes.add(Axis.of(d));
      return new TensorType(dtype, axes);
    }
  }

  record Row(Op op, String name, double tolerance, Build build) {}

  static Row unary(Op op, Domain d) {
    return new Row(op, op.word(), 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      Node x = c.leaf("x", d, b, n);
      return switch (op) {
        case NEG -> c.g.neg(x);
        case RECIP -> c.g.recip(x);
        case EXP -> c.g.exp(x);
        case LOG -> c.g.log(x);
        case SQRT -> c.g.sqrt(x);
        case TANH -> c.g.tanh(x);
        case SIGMOID -> c.g.sigmoid(x);
        case SIN -> c.g.sin(x);
        case COS -> c.g.cos(x);
        case ERF -> c.g.erf(x);
        case ABS -> c.g.abs(x);
        default -> throw new AssertionError(op);
      };
    });
  }

  static Row binary(Op op, Domain da, Domain db) {
    return new Row(op, op.word(), 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      Node x = c.leaf("a", da, b, n), y = c.leaf("b", db, b, n);
      return switch (op) {
        case ADD -> c.g.add(x, y);
        case SUB -> c.g.sub(x, y);
        case MUL -> c.g.mul(x, y);
        case DIV -> c.g.div(x, y);
        case POW -> c.g.pow(x, y);
        case MAX -> c.g.max(x, y);
        case MIN -> c.g.min(x, y);
        default -> throw new AssertionError(op);
      };
    });
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(unary(Op.NEG, Domain.ANY));
    rows.add(unary(Op.RECIP, Domain.NONZERO));
    rows.add(unary(Op.EXP, Domain.ANY));
    rows.add(unary(Op.LOG, Domain.POSITIVE));
    rows.add(unary(Op.SQRT, Domain.POSITIVE));
    rows.add(unary(Op.TANH, Domain.ANY));
    rows.add(unary(Op.SIGMOID, Domain.ANY));
    rows.add(unary(Op.SIN, Domain.ANY));
    rows.add(unary(Op.COS, Domain.ANY));
    rows.add(unary(Op.ERF, Domain.ANY));
    rows.add(unary(Op.ABS, Domain.NONZERO));
    rows.add(binary(Op.ADD, Domain.ANY, Domain.ANY));
    rows.add(binary(Op.SUB, Domain.ANY, Domain.ANY));
    rows.add(binary(Op.MUL, Domain.ANY, Domain.ANY));
    rows.add(binary(Op.DIV, Domain.ANY, Domain.NONZERO));
    rows.add(binary(Op.POW, Domain.POSITIVE, Domain.ANY));
    rows.add(binary(Op.MAX, Domain.DISTINCT, Domain.ANY));
    rows.add(binary(Op.MIN, Domain.DISTINCT, Domain.ANY));
    rows.add(new Row(Op.SELECT, "select", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      Node p = c.leaf("p", Domain.DISTINCT, b, n), x = c.leaf("x", Domain.ANY, b, n), y = c.leaf("y", Domain.ANY, b, n);
      return c.g.select(c.g.gt(p, c.g.like(p, -4.2)), x, y);
    }));
    rows.add(new Row(Op.CAST, "cast", 1e-6, c -> {
      Dim n = c.size("N", 5);
      return c.g.cast(c.g.cast(c.leaf("x", Domain.ANY, n), DType.F32), DType.F64);
    }));
    rows.add(new Row(Op.SUM, "sum", 1e-6, c -> {
      Dim a = c.size("A", 3), b = c.size("B", 3), n = c.size("N", 4);
      return c.g.sum(c.leaf("x", Domain.ANY, a, b, n), List.of(0, 2), false);
    }));
    rows.add(new Row(Op.SUM, "sum keep", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.sum(c.leaf("x", Domain.ANY, b, n), List.of(1), true);
    }));
    // Leading axes (a bias gradient): the JVM backend's row-major reduction.
    rows.add(new Row(Op.SUM, "sum leading", 1e-6, c -> {
      Dim a = c.size("A", 3), b = c.size("B", 3), n = c.size("N", 4);
      return c.g.sum(c.leaf("x", Domain.ANY, a, b, n), List.of(0, 1), false);
    }));
    rows.add(new Row(Op.REDUCE_MAX, "reduce_max leading keep", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.reduceMax(c.leaf("x", Domain.DISTINCT, b, n), List.of(0), true);
    }));
    rows.add(new Row(Op.REDUCE_MAX, "reduce_max", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.reduceMax(c.leaf("x", Domain.DISTINCT, b, n), List.of(1), false);
    }));
    rows.add(new Row(Op.REDUCE_MIN, "reduce_min", 1e-6, c -> {
      Dim a = c.size("A", 3), n = c.size("N", 4);
      return c.g.reduce(Op.REDUCE_MIN, c.leaf("x", Domain.DISTINCT, a, Dim.of(2), n), List.of(0, 2), true);
    }));
    rows.add(new Row(Op.REDUCE_PROD, "reduce_prod", 1e-6, c -> {
      Dim a = c.size("A", 3), b = c.size("B", 3), n = c.size("N", 4);
      return c.g.reduceProd(c.leaf("x", Domain.NONZERO, a, b, n), List.of(0, 2), false);
    }));
    // Rows with no zero, one zero and two zeros: the product of the others, never a division by 0.
    rows.add(new Row(Op.REDUCE_PROD, "reduce_prod with zeros", 1e-6, c -> {
      Dim b = c.size("B", 3);
      Node x = c.leaf("x", Domain.NONZERO, b, Dim.of(3), Dim.of(4));
      double[] v = c.values.get("x").data();
      for (int i = 0; i < v.length; i += 12) {
        v[i + 5] = 0; // the second row of each batch has one zero
        v[i + 8] = v[i + 10] = 0; // the third has two
      }
      return c.g.reduceProd(x, List.of(2), true);
    }));
    rows.add(new Row(Op.RESHAPE, "reshape", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.reshape(c.leaf("x", Domain.ANY, b, n, Dim.of(2)), List.of(b, n.times(Dim.of(2))));
    }));
    rows.add(new Row(Op.TRANSPOSE, "transpose", 1e-6, c -> {
      Dim a = c.size("A", 3), b = c.size("B", 3), n = c.size("N", 4);
      return c.g.transpose(c.leaf("x", Domain.ANY, a, b, n), List.of(2, 0, 1));
    }));
    rows.add(new Row(Op.BROADCAST, "broadcast", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.broadcast(c.leaf("x", Domain.ANY, Dim.of(1), n), List.of(b, b, n));
    }));
    // A bias over the channels of [B, C, H, W]: the JVM's vector loop reads one bias element for
    // all the lanes of a vector where H * W is a multiple of the lanes (4 x 8), the scalar loop
    // where it is not (3 x 5); its gradient sums runs of H * W.
    for (int[] hw : new int[][] {{4, 8}, {3, 5}}) {
      rows.add(new Row(Op.ADD, "add of a bias broadcast over " + hw[0] + "x" + hw[1] + " planes", 1e-6, c -> {
        Dim b = c.size("B", 3), ch = c.size("C", 3), h = Dim.of(hw[0]), w = Dim.of(hw[1]);
        Node x = c.leaf("x", Domain.ANY, b, ch, h, w);
        return c.g.add(x, c.g.broadcast(c.leaf("bias", Domain.ANY, ch, Dim.of(1), Dim.of(1)), List.of(b, ch, h, w)));
      }));
    }
    rows.add(new Row(Op.SLICE, "slice", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.slice(c.leaf("x", Domain.ANY, b, n.plus(Dim.of(3))), 1, Dim.of(1), n);
    }));
    rows.add(new Row(Op.PAD, "pad", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4);
      return c.g.pad(c.leaf("x", Domain.ANY, b, n), 0, Dim.of(2), Dim.of(1), 0.5);
    }));
    rows.add(new Row(Op.CONCAT, "concat", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4), m = c.size("M", 3);
      return c.g.concat(List.of(c.leaf("x", Domain.ANY, b, n), c.leaf("y", Domain.ANY, b, m)), 1);
    }));
    rows.add(new Row(Op.GATHER, "gather", 1e-6, c -> {
      Dim v = c.size("V", 5), d = c.size("D", 3), b = c.size("B", 3), t = c.size("T", 4);
      return c.g.gather(c.leaf("w", Domain.ANY, v, d), c.index("idx", c.value(v), b, t), 0);
    }));
    rows.add(new Row(Op.SCATTER_ADD, "scatter_add", 1e-6, c -> {
      Dim n = c.size("N", 4), f = c.size("F", 3), e = c.size("E", 6);
      return c.g.scatterAdd(c.leaf("x", Domain.ANY, n, f), c.index("idx", c.value(n), e), c.leaf("src", Domain.ANY, e, f), 0);
    }));
    rows.add(new Row(Op.MASK_SELECT, "mask_select", 1e-6, c -> {
      Dim n = c.size("N", 6), f = c.size("F", 3);
      Node keep = c.g.gt(c.leaf("p", Domain.DISTINCT, n), c.g.fill(-3.5, Ctx.type(DType.F64, n)));
      return c.g.maskSelect(c.leaf("x", Domain.ANY, n, f), keep, "count(keep)");
    }));
    rows.add(new Row(Op.MASK_SCATTER, "mask_scatter", 1e-6, c -> {
      Dim n = c.size("N", 6), f = c.size("F", 3);
      Node keep = c.g.gt(c.leaf("p", Domain.DISTINCT, n), c.g.fill(-3.5, Ctx.type(DType.F64, n)));
      Node picked = c.g.tanh(c.g.maskSelect(c.leaf("x", Domain.ANY, n, f), keep, "count(keep)"));
      return c.g.maskScatter(picked, keep);
    }));
    rows.add(new Row(Op.LOOP, "loop stacked (an RNN over a symbolic T)", 1e-6, c -> loop(c, false).get(1)));
    rows.add(new Row(Op.LOOP, "loop final carry (reversed)", 1e-6, c -> loop(c, true).get(0)));
    rows.add(new Row(Op.MATMUL, "matmul", 1e-6, c -> {
      Dim b = c.size("B", 3), n = c.size("N", 4), k = c.size("K", 4), m = c.size("M", 3);
      return c.g.matmul(c.leaf("a", Domain.ANY, b, n, k), c.leaf("b", Domain.ANY, b, k, m));
    }));
    for (Op op : List.of(Op.CONV2D, Op.CONV2D_INPUT_GRAD, Op.CONV2D_WEIGHT_GRAD)) {
      rows.add(conv(op, "3x3", Attr.Conv.of(1, 0, 1, 1), Attr.Hw.of(3), true));
      rows.add(conv(op, "3x2 stride 2 padding 1x0", new Attr.Conv(Attr.Hw.of(2), new Attr.Hw(1, 0), Attr.Hw.of(1), 1), new Attr.Hw(3, 2), false));
      rows.add(conv(op, "stride 2x1 padding 1 symbolic", new Attr.Conv(new Attr.Hw(2, 1), Attr.Hw.of(1), Attr.Hw.of(1), 1), Attr.Hw.of(3), true));
      rows.add(conv(op, "3x2 dilation 2 padding 2x0", new Attr.Conv(Attr.Hw.of(1), new Attr.Hw(2, 0), Attr.Hw.of(2), 1), new Attr.Hw(3, 2), true));
      rows.add(conv(op, "groups 2 stride 1x2 padding 1", new Attr.Conv(new Attr.Hw(1, 2), Attr.Hw.of(1), Attr.Hw.of(1), 2), Attr.Hw.of(3), false));
      rows.add(conv(op, "stride 2 padding 1 dilation 2 groups 2", Attr.Conv.of(2, 1, 2, 2), Attr.Hw.of(3), true));
    }
    for (Op op : List.of(Op.MAX_POOL2D, Op.MAX_POOL2D_SCATTER, Op.MAX_POOL2D_GATHER)) {
      rows.add(pool(op, "2x2", Attr.Pool.of(2, 2, 0), true));
      rows.add(pool(op, "3x3 stride 2 padding 1", Attr.Pool.of(3, 2, 1), false));
      rows.add(pool(op, "3x2 stride 1 padding 1x0 overlapping", new Attr.Pool(new Attr.Hw(3, 2), Attr.Hw.of(1), new Attr.Hw(1, 0)), true));
    }
    return rows;
  }

  /**
   * A convolution row: x [N, C*groups, H, W], w [O*groups, C, kh, kw] and dy of conv2d's result
   * type, with symbolic channels and batch; H and W symbolic (made so the floor is exact) or
   * random constants.
   */
  static Row conv(Op op, String name, Attr.Conv a, Attr.Hw k, boolean symbolic) {
    return new Row(op, op.word() + " " + name, 1e-6, c -> {
      Dim groups = Dim.of(a.groups());
      Dim n = c.size("N", 2), cg = c.size("C", 2), ci = cg.times(groups), co = c.size("O", 2).times(groups);
      Dim h = spatial(c, "H", k.h(), a.stride().h(), a.padding().h(), a.dilation().h(), symbolic);
      Dim w = spatial(c, "W", k.w(), a.stride().w(), a.padding().w(), a.dilation().w(), symbolic);
      Dim oh = Shapes.window(h, k.h(), a.stride().h(), a.padding().h(), a.dilation().h());
      Dim ow = Shapes.window(w, k.w(), a.stride().w(), a.padding().w(), a.dilation().w());
      Dim kh = Dim.of(k.h()), kw = Dim.of(k.w());
      return switch (op) {
        case CONV2D -> c.g.conv2d(c.leaf("x", Domain.ANY, n, ci, h, w), c.leaf("w", Domain.ANY, co, cg, kh, kw), a);
        case CONV2D_INPUT_GRAD -> c.g.conv2dInputGrad(c.leaf("dy", Domain.ANY, n, co, oh, ow),
            c.leaf("w", Domain.ANY, co, cg, kh, kw), a, h, w);
        case CONV2D_WEIGHT_GRAD -> c.g.conv2dWeightGrad(c.leaf("x", Domain.ANY, n, ci, h, w),
            c.leaf("dy", Domain.ANY, n, co, oh, ow), a, k);
        default -> throw new AssertionError(op);
      };
    });
  }

  /** A max-pooling row: x of distinct values in random order [N, C, H, W], g and d of the types the op takes. */
  static Row pool(Op op, String name, Attr.Pool p, boolean symbolic) {
    return new Row(op, op.word() + " " + name, 1e-6, c -> {
      Dim n = c.size("N", 2), ch = c.size("C", 3);
      Dim h = spatial(c, "H", p.kernel().h(), p.stride().h(), p.padding().h(), 1, symbolic);
      Dim w = spatial(c, "W", p.kernel().w(), p.stride().w(), p.padding().w(), 1, symbolic);
      Dim oh = Shapes.window(h, p.kernel().h(), p.stride().h(), p.padding().h(), 1);
      Dim ow = Shapes.window(w, p.kernel().w(), p.stride().w(), p.padding().w(), 1);
      Node x = distinct(c, "x", n, ch, h, w);
      return switch (op) {
        case MAX_POOL2D -> c.g.maxPool2d(x, p);
        case MAX_POOL2D_SCATTER -> c.g.maxPool2dScatter(x, c.leaf("g", Domain.ANY, n, ch, oh, ow), p);
        case MAX_POOL2D_GATHER -> c.g.maxPool2dGather(x, c.leaf("d", Domain.ANY, n, ch, h, w), p);
        default -> throw new AssertionError(op);
      };
    });
  }

  /**
   * A spatial size whose window (kernel k, stride s, padding p, dilation d) is at least 1:
   * symbolic, s*m + d(k-1) + 1 - 2p for a size symbol m, where the floor is exact; or a constant.
   */
  static Dim spatial(Ctx c, String name, long k, long s, long p, long d, boolean symbolic) {
    long rest = d * (k - 1) + 1 - 2 * p; // s*m + rest has the window m + 1
    if (!symbolic) return Dim.of(Math.max(1, rest) + c.random.nextInt(6));
    long shift = Math.max(0, Math.floorDiv(-rest + s, s) - 1); // so that s*(1 + shift) + rest >= 1
    return c.size(name, 3).plus(Dim.of(shift)).times(Dim.of(s)).plus(Dim.of(rest));
  }

  /** A leaf of distinct values at least 0.27 apart in random order: no ties, and no argmax moved by e. */
  static Node distinct(Ctx c, String name, Dim... dims) {
    Node x = c.leaf(name, Domain.DISTINCT, dims);
    double[] v = c.values.get(name).data();
    for (int i = v.length - 1; i > 0; i--) {
      int j = c.random.nextInt(i + 1);
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    return x;
  }

  /** h' = tanh(h @ w + xs[t]) over T steps: gives [final h, stacked h' * h']. */
  static List<Node> loop(Ctx c, boolean reverse) {
    Dim b = c.size("B", 3), h = c.size("H", 3), t = c.size("T", 4);
    Node w = c.leaf("w", Domain.ANY, h, h), xs = c.leaf("xs", Domain.ANY, t, b, h), h0 = c.leaf("h0", Domain.ANY, b, h);
    Node carry = c.g.input("loop.h", Ctx.type(DType.F64, b, h));
    Node index = c.g.input("loop.t", Ctx.type(DType.I32));
    Node next = c.g.tanh(c.g.add(c.g.matmul(carry, w), c.g.gather(xs, index, 0)));
    return c.g.loop(List.of(h0), List.of(carry), index, List.of(next), List.of(c.g.mul(next, next)), t, reverse);
  }

  /** Each row on several random shapes; every float leaf's gradient within the row's tolerance. */
  @TestFactory
  Stream<DynamicTest> gradients() {
    return rows().stream().flatMap(row -> Stream.of(1, 2, 3).map(seed -> DynamicTest.dynamicTest(row.name() + " #" + seed, () -> {
      Ctx c = new Ctx(new Random(1000L * row.name().hashCode() + seed));
      Node out = row.build().build(c);
      assertEquals(row.op(), out.op(), "the row builds the primitive it names");
      Verify.graph(row.name(), List.of(out));
      Map<String, Double> errors = GradCheck.check(c.g, out, c.wrt, c.values, c.sizes, c.random);
      for (Map.Entry<String, Double> e : errors.entrySet()) {
        assertTrue(e.getValue() <= row.tolerance(),
            row.name() + ": gradient of " + e.getKey() + " has relative error " + e.getValue() + " at sizes " + c.sizes);
      }
    })));
  }

  /** Every differentiable primitive has a row (leaves, comparisons and rounding have no gradient). */
  @Test
  void everyDifferentiablePrimitiveHasARow() {
    Set<Op> covered = EnumSet.noneOf(Op.class);
    for (Row r : rows()) covered.add(r.op());
    Set<Op> none = EnumSet.of(Op.INPUT, Op.PARAM, Op.FILL, Op.CONST, Op.SIZE, Op.IOTA, Op.STOP_GRADIENT, Op.SIGN, Op.FLOOR, Op.CEIL, Op.NOT,
        Op.LT, Op.LE, Op.GT, Op.GE, Op.EQ, Op.NE, Op.AND, Op.OR, Op.RANDOM);
    Set<Op> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
    missing.removeAll(none);
    assertTrue(missing.isEmpty(), "primitives without a gradient-check row: " + missing);
  }

  /** Gradients of gradients: the derivative of <grad f(x), u> is checked like any function of x. */
  @Test
  void gradientOfGradient() {
    Ctx c = new Ctx(new Random(7));
    Dim b = c.size("B", 3), n = c.size("N", 4);
    Node x = c.leaf("x", Domain.ANY, b, n);
    Node w = c.leaf("w", Domain.ANY, n, n);
    Node f = c.g.sum(c.g.mul(c.g.tanh(c.g.matmul(x, w)), c.g.sigmoid(x)), List.of(0, 1), false);
    Node one = c.g.fill(1, f.type());
    Map<Node, Node> grad = Differentiate.vjp(c.g, f, one, List.of(x, w));
    Node u = c.g.input("u", x.type());
    Map<String, Array> values = new HashMap<>(c.values);
    values.put("u", GradCheck.randomLike(c.values.get("x"), new Random(3)));
    Node second = c.g.sum(c.g.mul(grad.get(x), u), List.of(0, 1), false);
    Verify.graph("grad of grad", List.of(second));
    Map<String, Double> errors = GradCheck.check(c.g, second, List.of(x, w), values, c.sizes, new Random(5));
    for (Map.Entry<String, Double> e : errors.entrySet()) {
      assertTrue(e.getValue() <= 1e-5, "second derivative wrt " + e.getKey() + ": relative error " + e.getValue());
    }
  }

  /** Gradients of gradients through a product: its vjp (the product of the others) is differentiable again. */
  @Test
  void gradientOfGradientThroughAProduct() {
    Ctx c = new Ctx(new Random(13));
    Dim b = c.size("B", 3), n = c.size("N", 4);
    Node x = c.leaf("x", Domain.NONZERO, b, n);
    Node f = c.g.sum(c.g.tanh(c.g.reduceProd(x, List.of(1), false)), List.of(0), false);
    Map<Node, Node> grad = Differentiate.vjp(c.g, f, c.g.fill(1, f.type()), List.of(x));
    Node u = c.g.input("u", x.type());
    Map<String, Array> values = new HashMap<>(c.values);
    values.put("u", GradCheck.randomLike(c.values.get("x"), new Random(3)));
    Node second = c.g.sum(c.g.mul(grad.get(x), u), List.of(0, 1), false);
    Verify.graph("grad of grad", List.of(second));
    Map<String, Double> errors = GradCheck.check(c.g, second, List.of(x), values, c.sizes, new Random(5));
    for (Map.Entry<String, Double> e : errors.entrySet()) {
      assertTrue(e.getValue() <= 1e-5, "second derivative wrt " + e.getKey() + ": relative error " + e.getValue() + " at sizes " + c.sizes);
    }
  }

  /**
   * Gradients of gradients through a small conv net, conv2d (groups 2, padding 1) -> tanh ->
   * max_pool2d -> sum: the second-order graph uses all three convolutions and all three
   * pooling primitives. The derivative of {@code <grad_x f, u> + <grad_w f, v>} is checked.
   */
  @Test
  void gradientOfGradientThroughAConvNet() {
    Ctx c = new Ctx(new Random(11));
    Dim b = c.size("B", 2), ch = c.size("C", 2), h = c.size("S", 3).times(Dim.of(2)), w = c.size("T", 3).times(Dim.of(2));
    Node x = c.leaf("x", Domain.ANY, b, ch.times(Dim.of(2)), h, w);
    Node k = c.leaf("w", Domain.ANY, Dim.of(4), ch, Dim.of(3), Dim.of(3));
    Node y = c.g.maxPool2d(c.g.tanh(c.g.conv2d(x, k, Attr.Conv.of(1, 1, 1, 2))), Attr.Pool.of(2, 2, 0));
    Node f = c.g.sum(y, List.of(0, 1, 2, 3), false);
    Map<Node, Node> grad = Differentiate.vjp(c.g, f, c.g.fill(1, f.type()), List.of(x, k));
    Node u = c.g.input("u", x.type()), v = c.g.input("v", k.type());
    Map<String, Array> values = new HashMap<>(c.values);
    values.put("u", GradCheck.randomLike(c.values.get("x"), new Random(3)));
    values.put("v", GradCheck.randomLike(c.values.get("w"), new Random(4)));
    Node second = c.g.add(c.g.sum(c.g.mul(grad.get(x), u), List.of(0, 1, 2, 3), false),
        c.g.sum(c.g.mul(grad.get(k), v), List.of(0, 1, 2, 3), false));
    Verify.graph("grad of grad", List.of(second));
    Map<String, Double> errors = GradCheck.check(c.g, second, List.of(x, k), values, c.sizes, new Random(5));
    for (Map.Entry<String, Double> e : errors.entrySet()) {
      assertTrue(e.getValue() <= 1e-5, "second derivative wrt " + e.getKey() + ": relative error " + e.getValue() + " at sizes " + c.sizes);
    }
  }

  /**
   * The differences hold what has no gradient at its unperturbed value: a surrogate
   * {@code sum(exp(x - stop_gradient(x)) * a)}, whose value is sum(a) wherever x is, has the
   * gradient a, and its check passes; a branch on {@code x > 0} is held too, so a step of the
   * differences across the kink does not count. Without holding them the numeric derivative of
   * the surrogate is 0 and the relative error 1.
   */
  @Test
  void valuesWithoutAGradientAreHeldInTheDifferences() {
    Ctx c = new Ctx(new Random(17));
    Dim n = c.size("N", 5);
    Node x = c.leaf("x", Domain.ANY, n);
    Node a = c.leaf("a", Domain.NONZERO, n);
    Node ratio = c.g.exp(c.g.sub(x, c.g.stopGradient(x)));
    Node branch = c.g.select(c.g.gt(x, c.g.like(x, 0)), c.g.mul(x, x), c.g.neg(x));
    Node out = c.g.sum(c.g.add(c.g.mul(ratio, a), branch), List.of(0), false);
    Verify.graph("surrogate", List.of(out));
    Map<String, GradCheck.Leaf> leaves = GradCheck.leaves(c.g, out, List.of(x, a), c.values, c.sizes, new Random(5));
    GradCheck.Leaf dx = leaves.get("x");
    assertTrue(dx.error() <= 1e-8 && Math.abs(dx.numeric()) > 1e-3, "x: " + dx);
    assertTrue(leaves.get("a").error() <= 1e-8, "a: " + leaves.get("a"));
  }

  /** The reference evaluator computes a known case exactly. */
  @Test
  void referenceEvaluatesAKnownCase() {
    Graph g = new Graph();
    TensorType t = Ctx.type(DType.F64, Dim.of(2), Dim.of(2));
    Node a = g.input("a", t), b = g.input("b", t);
    Node y = g.sum(g.matmul(a, b), List.of(1), false);
    Array out = Reference.one(y, Map.of("a", new Array(new long[] {2, 2}, new double[] {1, 2, 3, 4}),
        "b", new Array(new long[] {2, 2}, new double[] {5, 6, 7, 8})), Map.of());
    // [[1,2],[3,4]] @ [[5,6],[7,8]] = [[19,22],[43,50]]; row sums 41, 93
    assertEquals(new Array(new long[] {2}, new double[] {41, 93}), out);
  }
}
