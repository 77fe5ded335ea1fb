package dev.nnc.ir;

import dev.nnc.shape.Axis;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 2-d max pooling in NCHW with PyTorch's meaning, and the two companions that close its vjp.
 * Each window's argmax is the position of its largest element, padding counting as -infinity;
 * a tie goes to the first in row-major window order and a NaN beats every number. The choice
 * is piecewise constant, so no gradient flows to x through it:
 *
 * <pre>
 *   y = max_pool(x)      dx = scatter(x, dy)
 *   z = scatter(x, g)    dg = gather(x, dz)   (routes each window's g to its argmax, summing overlaps)
 *   v = gather(x, d)     dd = scatter(x, dv)  (picks d at each window's argmax)
 * </pre>
 */
final class Pooling {
  private Pooling() {}

  /** max_pool2d(x [N, C, H, W]) -> [N, C, H', W'], H' = floor((H + 2p - k) / s) + 1. */
  static final Primitive MAX_POOL2D = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) { return pooled(in.get(0), (Attr.Pool) attr); }
    public List<Node> vjp(Graph g, Node y, Node dy) {
      return List.of(g.maxPool2dScatter(y.input(0), dy, (Attr.Pool) y.attr()));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0);
      Array y = Array.zeros(pooledShape(x.shape(), (Attr.Pool) attr));
      forEachWindow(x, (Attr.Pool) attr, (yi, xi) -> y.data()[yi] = x.data()[xi]);
      return y;
    }
  };

  /** scatter(x [N, C, H, W], g [N, C, H', W']) -> [N, C, H, W]: each g added at its window's argmax. */
  static final Primitive SCATTER = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), g = in.get(1);
      if (!pooled(x, (Attr.Pool) attr).sameAs(g)) throw new IrException("max_pool2d_scatter of " + g + " into " + x);
      return x;
    }
    public List<Node> vjp(Graph g, Node z, Node dz) {
      return Arrays.asList(null, g.maxPool2dGather(z.input(0), dz, (Attr.Pool) z.attr()));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), g = in.get(1);
      Array z = Array.zeros(x.shape().clone());
      forEachWindow(x, (Attr.Pool) attr, (yi, xi) -> z.data()[xi] += g.data()[yi]);
      return z;
    }
  };

  /** gather(x [N, C, H, W], d [N, C, H, W]) -> [N, C, H', W']: d at each window's argmax. */
  static final Primitive GATHER = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      TensorType x = in.get(0), d = in.get(1);
      if (!x.sameAs(d)) throw new IrException("max_pool2d_gather of " + d + " by " + x);
      return pooled(x, (Attr.Pool) attr);
    }
    public List<Node> vjp(Graph g, Node v, Node dv) {
      return Arrays.asList(null, g.maxPool2dScatter(v.input(0), dv, (Attr.Pool) v.attr()));
    }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Array x = in.get(0), d = in.get(1);
      Array v = Array.zeros(pooledShape(x.shape(), (Attr.Pool) attr));
      forEachWindow(x, (Attr.Pool) attr, (yi, xi) -> v.data()[yi] = d.data()[xi]);
      return v;
    }
  };

  /** The pooled type; the padding at most half the kernel (as PyTorch), so no window is all padding. */
  private static TensorType pooled(TensorType x, Attr.Pool p) {
    Attr.Hw k = p.kernel(), s = p.stride(), pad = p.padding();
    if (k.h() < 1 || k.w() < 1 || s.h() < 1 || s.w() < 1 || pad.h() < 0 || pad.w() < 0 || 2 * pad.h() > k.h() || 2 * pad.w() > k.w()) {
      throw new IrException("max_pool2d kernel " + k + " stride " + s + " padding " + pad);
    }
    if (x.rank() != 4 || !x.dtype().isFloat()) throw new IrException("max_pool2d of " + x);
    Dim h = Convolution.window(x.dim(2), k.h(), s.h(), pad.h(), 1);
    Dim w = Convolution.window(x.dim(3), k.w(), s.w(), pad.w(), 1);
    return x.withAxes(List.of(x.axes().get(0), x.axes().get(1), Axis.of(h), Axis.of(w)));
  }

  private static long[] pooledShape(long[] x, Attr.Pool p) {
    return new long[] {x[0], x[1],
        Convolution.windowOf(x[2], p.kernel().h(), p.stride().h(), p.padding().h(), 1),
        Convolution.windowOf(x[3], p.kernel().w(), p.stride().w(), p.padding().w(), 1)};
  }

  interface Visit { void window(int yi, int xi); }

  /** For each window, as a flat index into the pooled result, the flat index into x of its argmax. */
  private static void forEachWindow(Array x, Attr.Pool p, Visit visit) {
    long[] xs = x.shape(), ys = pooledShape(xs, p);
    int n = (int) xs[0], c = (int) xs[1], h = (int) xs[2], w = (int) xs[3], oh = (int) ys[2], ow = (int) ys[3];
    int kh = (int) p.kernel().h(), kw = (int) p.kernel().w(), sh = (int) p.stride().h(), sw = (int) p.stride().w();
    int ph = (int) p.padding().h(), pw = (int) p.padding().w();
    double[] d = x.data();
    for (int plane = 0; plane < n * c; plane++) {
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          int arg = -1;
          for (int a = 0; a < kh; a++) {
            int r = i * sh - ph + a;
            if (r < 0 || r >= h) continue; // padding: -infinity, never the maximum
            for (int b = 0; b < kw; b++) {
              int col = j * sw - pw + b;
              if (col < 0 || col >= w) continue;
              int at = (plane * h + r) * w + col;
              if (arg < 0 || beats(d[at], d[arg])) arg = at;
            }
          }
          visit.window((plane * oh + i) * ow + j, arg);
        }
      }
    }
  }

  /** Whether v replaces the maximum so far: strictly greater (ties keep the first), or the first NaN. */
  private static boolean beats(double v, double best) {
    return !Double.isNaN(best) && (v > best || Double.isNaN(v));
  }
}
