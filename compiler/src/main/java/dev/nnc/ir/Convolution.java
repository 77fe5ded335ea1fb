package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;

/**
 * 2-d convolution in NCHW with PyTorch's meaning, and its two transposes. The three are one
 * bilinear form {@code <conv(x, w), y>} read three ways, so each one's vjp is the other two:
 *
 * <pre>
 *   y = conv(x, w)          dx = input_grad(dy, w)   dw = weight_grad(x, dy)
 *   z = input_grad(g, w)    dg = conv(dz, w)         dw = weight_grad(dz, g)
 *   v = weight_grad(x, g)   dx = input_grad(g, dv)   dg = conv(x, dv)
 * </pre>
 *
 * and the reference evaluates all three with one loop over the taps of that form.
 */
final class Convolution {
  private Convolution() {}

  /** conv2d(x [N, C, H, W], w [O, C/groups, kh, kw]) -> [N, O, H', W'], H' by {@link Shapes#window}. */
  static final Primitive CONV2D = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), w = in.get(1);
      Attr.Conv a = (Attr.Conv) attr;
      check(a);
      Attr.Hw k = kernel(w, "conv2d weight");
      floats(x, w, "conv2d");
      if (x.rank() != 4 || !x.dim(1).equals(w.dim(1).times(Dim.of(a.groups())))) {
        throw new IrException("conv2d of " + x + " and " + w + " with groups " + a.groups());
      }
      divisible(w.dim(0), a.groups(), "conv2d output channels");
      Dim h = window(x.dim(2), k.h(), a.stride().h(), a.padding().h(), a.dilation().h());
      Dim wd = window(x.dim(3), k.w(), a.stride().w(), a.padding().w(), a.dilation().w());
      return x.withAxes(List.of(x.axes().get(0), w.axes().get(0), Axis.of(h), Axis.of(wd)));
    }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      Node x = y.input(0), w = y.input(1);
      Attr.Conv a = (Attr.Conv) y.attr();
      return List.of(g.conv2dInputGrad(dy, w, a, x.type().dim(2), x.type().dim(3)),
          g.conv2dWeightGrad(x, dy, a, kernel(w.type(), "conv2d weight")));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), w = in.get(1);
      Attr.Conv a = (Attr.Conv) attr;
      long[] xs = x.shape(), ws = w.shape();
      long[] shape = {xs[0], ws[0],
          windowOf(xs[2], ws[2], a.stride().h(), a.padding().h(), a.dilation().h()),
          windowOf(xs[3], ws[3], a.stride().w(), a.padding().w(), a.dilation().w())};
      Array y = Array.zeros(shape);
      Taps.of(xs, ws, shape, a).forEach((xi, wi, yi) -> y.data()[yi] += x.data()[xi] * w.data()[wi]);
      return y;
    }
  };

  /**
   * input_grad(dy [N, O, H', W'], w [O, C/groups, kh, kw]) -> [N, C, H, W], with H and W in the
   * attribute: the transposed convolution, {@code dx[x] = sum over taps (x, w, y) of dy[y] * w[w]}.
   */
  static final Primitive INPUT_GRAD = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType dy = in.get(0), w = in.get(1);
      Attr.ConvInputGrad ag = (Attr.ConvInputGrad) attr;
      Attr.Conv a = ag.conv();
      check(a);
      Attr.Hw k = kernel(w, "conv2d_input_grad weight");
      floats(dy, w, "conv2d_input_grad");
      if (dy.rank() != 4 || !dy.dim(1).equals(w.dim(0))) throw new IrException("conv2d_input_grad of " + dy + " and " + w);
      divisible(w.dim(0), a.groups(), "conv2d_input_grad output channels");
      fits(ag.height(), dy.dim(2), k.h(), a.stride().h(), a.padding().h(), a.dilation().h());
      fits(ag.width(), dy.dim(3), k.w(), a.stride().w(), a.padding().w(), a.dilation().w());
      Dim c = w.dim(1).times(Dim.of(a.groups()));
      return dy.withAxes(List.of(dy.axes().get(0), Axis.of(c), Axis.of(ag.height()), Axis.of(ag.width())));
    }
    public List<Node> vjp(Graph g, Node z, Node dz) {
      Node dy = z.input(0), w = z.input(1);
      Attr.Conv a = ((Attr.ConvInputGrad) z.attr()).conv();
      return List.of(sameType(g.conv2d(dz, w, a), dy), g.conv2dWeightGrad(dz, dy, a, kernel(w.type(), "weight")));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array dy = in.get(0), w = in.get(1);
      Attr.ConvInputGrad ag = (Attr.ConvInputGrad) attr;
      long[] ys = dy.shape(), ws = w.shape();
      long[] shape = {ys[0], ws[1] * ag.conv().groups(), ag.height().evaluate(sizes), ag.width().evaluate(sizes)};
      Array dx = Array.zeros(shape);
      Taps.of(shape, ws, ys, ag.conv()).forEach((xi, wi, yi) -> dx.data()[xi] += dy.data()[yi] * w.data()[wi]);
      return dx;
    }
  };

  /**
   * weight_grad(x [N, C, H, W], dy [N, O, H', W']) -> [O, C/groups, kh, kw], with the kernel size
   * in the attribute: {@code dw[w] = sum over taps (x, w, y) of x[x] * dy[y]}.
   */
  static final Primitive WEIGHT_GRAD = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), dy = in.get(1);
      Attr.ConvWeightGrad ag = (Attr.ConvWeightGrad) attr;
      Attr.Conv a = ag.conv();
      Attr.Hw k = ag.kernel();
      check(a);
      if (k.h() < 1 || k.w() < 1) throw new IrException("conv2d_weight_grad kernel " + k);
      floats(x, dy, "conv2d_weight_grad");
      if (x.rank() != 4 || dy.rank() != 4 || !x.dim(0).equals(dy.dim(0))) {
        throw new IrException("conv2d_weight_grad of " + x + " and " + dy);
      }
      Dim perGroup = divisible(x.dim(1), a.groups(), "conv2d_weight_grad input channels");
      divisible(dy.dim(1), a.groups(), "conv2d_weight_grad output channels");
      fits(x.dim(2), dy.dim(2), k.h(), a.stride().h(), a.padding().h(), a.dilation().h());
      fits(x.dim(3), dy.dim(3), k.w(), a.stride().w(), a.padding().w(), a.dilation().w());
      return x.withAxes(List.of(dy.axes().get(1), Axis.of(perGroup), Axis.of(k.h()), Axis.of(k.w())));
    }
    public List<Node> vjp(Graph g, Node v, Node dv) {
      Node x = v.input(0), dy = v.input(1);
      Attr.Conv a = ((Attr.ConvWeightGrad) v.attr()).conv();
      return List.of(g.conv2dInputGrad(dy, dv, a, x.type().dim(2), x.type().dim(3)), sameType(g.conv2d(x, dv, a), dy));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), dy = in.get(1);
      Attr.ConvWeightGrad ag = (Attr.ConvWeightGrad) attr;
      long[] xs = x.shape(), ys = dy.shape();
      long[] shape = {ys[1], xs[1] / ag.conv().groups(), ag.kernel().h(), ag.kernel().w()};
      Array dw = Array.zeros(shape);
      Taps.of(xs, shape, ys, ag.conv()).forEach((xi, wi, yi) -> dw.data()[wi] += x.data()[xi] * dy.data()[yi]);
      return dw;
    }
  };

  /**
   * The terms of {@code <conv(x, w), y>}: every (n, o, i, j, c, a, b) whose input position
   * (i*s - p + a*d, j*s - p + b*d) lies inside x (padding contributes zero), as flat
   * indices into x [N, C, H, W], w [O, C/groups, kh, kw] and y [N, O, H', W'].
   */
  private record Taps(long[] x, long[] w, long[] y, Attr.Conv a) {
    interface Visit { void tap(int xi, int wi, int yi); }

    static Taps of(long[] x, long[] w, long[] y, Attr.Conv a) {
      long h = windowOf(x[2], w[2], a.stride().h(), a.padding().h(), a.dilation().h());
      long wd = windowOf(x[3], w[3], a.stride().w(), a.padding().w(), a.dilation().w());
      if (h != y[2] || wd != y[3]) {
        throw new IrException("a convolution of size " + x[2] + "x" + x[3] + " gives " + h + "x" + wd + ", not " + y[2] + "x" + y[3]);
      }
      return new Taps(x, w, y, a);
    }

    void forEach(Visit visit) {
      int n = (int) x[0], c = (int) x[1], h = (int) x[2], wd = (int) x[3];
      int o = (int) w[0], cg = (int) w[1], kh = (int) w[2], kw = (int) w[3];
      int oh = (int) y[2], ow = (int) y[3];
      int og = o / (int) a.groups();
      int sh = (int) a.stride().h(), sw = (int) a.stride().w(), ph = (int) a.padding().h(), pw = (int) a.padding().w();
      int dh = (int) a.dilation().h(), dw = (int) a.dilation().w();
      for (int b = 0; b < n; b++) {
        for (int oc = 0; oc < o; oc++) {
          int group = oc / og;
          for (int i = 0; i < oh; i++) {
            for (int j = 0; j < ow; j++) {
              int yi = ((b * o + oc) * oh + i) * ow + j;
              for (int ic = 0; ic < cg; ic++) {
                int xc = group * cg + ic;
                for (int ki = 0; ki < kh; ki++) {
                  int r = i * sh - ph + ki * dh;
                  if (r < 0 || r >= h) continue;
                  for (int kj = 0; kj < kw; kj++) {
                    int col = j * sw - pw + kj * dw;
                    if (col < 0 || col >= wd) continue;
                    visit.tap(((b * c + xc) * h + r) * wd + col, ((oc * cg + ic) * kh + ki) * kw + kj, yi);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** floor((n + 2p - d(k-1) - 1) / s) + 1 for concrete sizes. */
  static long windowOf(long n, long k, long s, long p, long d) {
    long out = Math.floorDiv(n + 2 * p - d * (k - 1) - 1, s) + 1;
    if (out < 1) throw new IrException("a window of " + k + " (dilation " + d + ", padding " + p + ") does not fit size " + n);
    return out;
  }

  static void check(Attr.Conv a) {
    Attr.Hw s = a.stride(), p = a.padding(), d = a.dilation();
    if (s.h() < 1 || s.w() < 1 || p.h() < 0 || p.w() < 0 || d.h() < 1 || d.w() < 1 || a.groups() < 1) {
      throw new IrException("convolution stride " + s + " padding " + p + " dilation " + d + " groups " + a.groups());
    }
  }

  /** The constant kernel size of a weight [O, C/groups, kh, kw]. */
  private static Attr.Hw kernel(TensorType w, String what) {
    if (w.rank() != 4 || !w.dim(2).isConstant() || !w.dim(3).isConstant() || w.dim(2).constant() < 1 || w.dim(3).constant() < 1) {
      throw new IrException(what + " " + w + " needs 4 axes and a constant kernel size");
    }
    return new Attr.Hw(w.dim(2).constant(), w.dim(3).constant());
  }

  private static void floats(TensorType a, TensorType b, String what) {
    if (!a.dtype().isFloat() || a.dtype() != b.dtype()) throw new IrException(what + " of " + a + " and " + b);
  }

  /** n / k when it is a whole size. */
  private static Dim divisible(Dim n, long k, String what) {
    Dim q = n.exactDiv(Dim.of(k));
    if (q == null) throw new IrException(what + " " + n + " not divisible by groups " + k);
    return q;
  }

  /** The output size along one axis; at least 1 when it is known. */
  static Dim window(Dim n, long k, long s, long p, long d) {
    Dim out = Shapes.window(n, k, s, p, d);
    if (out.isConstant() && out.constant() < 1) throw new IrException("a window of " + k + " (dilation " + d + ", padding " + p + ") does not fit size " + n);
    return out;
  }

  /**
   * Whether an input size n has the window size out: out = floor(r / s) + 1 for
   * r = n + 2p - d(k-1) - 1, that is, 0 <= r - (out - 1)s < s. The floor makes several n fit
   * one out, so the transposes take n in their attribute. With symbols the remainder must be
   * a constant, or out must be the very expression {@link Shapes#window} gives for n.
   */
  static void fits(Dim n, Dim out, long k, long s, long p, long d) {
    if (out.equals(Shapes.window(n, k, s, p, d))) return;
    Dim rest = n.plus(Dim.of(2 * p - d * (k - 1) - 1)).minus(out.minus(Dim.of(1)).times(Dim.of(s)));
    if (!rest.isConstant() || rest.constant() < 0 || rest.constant() >= s) {
      throw new IrException("size " + n + " does not give window size " + out + " (kernel " + k + ", stride " + s
          + ", padding " + p + ", dilation " + d + ")");
    }
  }

  /**
   * A transpose's cotangent must have its input's type. With a symbolic size the window of the
   * attribute's size may be an expression Dim cannot prove equal to the input's (after a
   * conv_transpose2d with output_padding); that is reported rather than mistyped.
   */
  private static Node sameType(Node d, Node like) {
    if (!d.type().sameAs(like.type())) {
      throw new IrException("the convolution vjp gives " + d.type() + " for an input of " + like.type()
          + " (a symbolic spatial size whose window Dim cannot simplify)");
    }
    return d;
  }
}
