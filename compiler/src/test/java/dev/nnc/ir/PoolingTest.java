package dev.nnc.ir;

import static dev.nnc.ir.ConvolutionTest.array;
import static dev.nnc.ir.ConvolutionTest.f64;
import static dev.nnc.ir.ConvolutionTest.iota;
import static dev.nnc.ir.ConvolutionTest.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MAX_POOL2D and its companions on known cases (ties, padding, overlaps), and average pooling lowered to CONV2D. */
class PoolingTest {
  @Test
  void maxOfEachWindow() {
    Graph g = new Graph();
    Node y = g.maxPool2d(g.input("x", f64(1, 1, 4, 4)), Attr.Pool.of(2, 2, 0));
    assertEquals(array(new long[] {1, 1, 2, 2}, 5, 7, 13, 15), Reference.one(y, Map.of("x", iota(1, 1, 4, 4)), Map.of()));
  }

  /** Ties go to the first maximum in row-major window order. */
  @Test
  void tiesGoToTheFirstMaximum() {
    Graph g = new Graph();
    Attr.Pool p = Attr.Pool.of(2, 2, 0);
    Node x = g.input("x", f64(1, 2, 2, 2));
    Node scatter = g.maxPool2dScatter(x, g.input("g", f64(1, 2, 1, 1)), p);
    Node gather = g.maxPool2dGather(x, g.input("d", f64(1, 2, 2, 2)), p);
    // plane 0 all equal: the first; plane 1 [[1, 3], [3, 0]]: the 3 in row 0
    Map<Node, Array> out = Reference.run(List.of(scatter, gather), Map.of(
        "x", array(new long[] {1, 2, 2, 2}, 0, 0, 0, 0, 1, 3, 3, 0),
        "g", array(new long[] {1, 2, 1, 1}, 5, 7),
        "d", array(new long[] {1, 2, 2, 2}, 10, 11, 12, 13, 14, 15, 16, 17)), Map.of());
    assertEquals(array(new long[] {1, 2, 2, 2}, 5, 0, 0, 0, 0, 7, 0, 0), out.get(scatter));
    assertEquals(array(new long[] {1, 2, 1, 1}, 10, 15), out.get(gather));
  }

  /** Padding is -infinity: it never wins, even over negative numbers. */
  @Test
  void paddingIsMinusInfinity() {
    Graph g = new Graph();
    Node y = g.maxPool2d(g.input("x", f64(1, 1, 2, 2)), Attr.Pool.of(2, 1, 1));
    Array out = Reference.one(y, Map.of("x", array(new long[] {1, 1, 2, 2}, -4, -3, -2, -1)), Map.of());
    assertEquals(array(new long[] {1, 1, 3, 3}, -4, -3, -3, -2, -1, -1, -2, -1, -1), out);
  }

  /** Where windows overlap, a position that is the argmax of several receives the sum of their g. */
  @Test
  void overlappingWindowsSum() {
    Graph g = new Graph();
    Attr.Pool p = new Attr.Pool(new Attr.Hw(1, 2), Attr.Hw.of(1), Attr.Hw.of(0));
    Node x = g.input("x", f64(1, 1, 1, 3));
    Node y = g.maxPool2d(x, p);
    Node z = g.maxPool2dScatter(x, g.input("g", f64(1, 1, 1, 2)), p);
    Map<Node, Array> out = Reference.run(List.of(y, z), Map.of("x", array(new long[] {1, 1, 1, 3}, 0, 5, 1),
        "g", array(new long[] {1, 1, 1, 2}, 1, 2)), Map.of());
    assertEquals(array(new long[] {1, 1, 1, 2}, 5, 5), out.get(y));
    assertEquals(array(new long[] {1, 1, 1, 3}, 0, 3, 0), out.get(z));
  }

  /** avg_pool2d(x, k, s, p) (PyTorch's default: padding counts in the divisor) computed directly. */
  static Array averagePool(Array x, int k, int s, int p) {
    long[] xs = x.shape();
    int n = (int) xs[0], c = (int) xs[1], h = (int) xs[2], w = (int) xs[3];
    int oh = (h + 2 * p - k) / s + 1, ow = (w + 2 * p - k) / s + 1;
    double[] out = new double[n * c * oh * ow];
    for (int plane = 0; plane < n * c; plane++) {
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          double sum = 0;
          for (int r = i * s - p; r < i * s - p + k; r++) {
            for (int q = j * s - p; q < j * s - p + k; q++) {
              if (r >= 0 && r < h && q >= 0 && q < w) sum += x.data()[(plane * h + r) * w + q];
            }
          }
          out[(plane * oh + i) * ow + j] = sum / (k * k);
        }
      }
    }
    return new Array(new long[] {n, c, oh, ow}, out);
  }

  /**
   * Average pooling needs no primitive: a depthwise CONV2D (groups = C) with weights 1/k^2,
   * or, for a symbolic C, a CONV2D of one channel over [N*C, 1, H, W].
   */
  @Test
  void averagePoolingIsADepthwiseConvolution() {
    Random r = new Random(23);
    int k = 3, s = 2, p = 1;
    Dim n = Dim.symbol("N"), c = Dim.symbol("C"), h = Dim.of(7), w = Dim.of(6);
    Map<String, Long> sizes = Map.of("N", 2L, "C", 3L);
    Array xv = random(r, 2, 3, 7, 6);
    Array want = averagePool(xv, k, s, p);

    Graph g = new Graph();
    Attr.Conv a3 = Attr.Conv.of(s, p, 1, 3);
    Node x3 = g.input("x3", f64(Dim.of(2), Dim.of(3), h, w));
    Node depthwise = g.conv2d(x3, g.fill(1.0 / (k * k), f64(3, 1, k, k)), a3);

    Node x = g.input("x", f64(n, c, h, w));
    Node planes = g.reshape(x, List.of(n.times(c), Dim.of(1), h, w));
    Node pooled = g.conv2d(planes, g.fill(1.0 / (k * k), f64(1, 1, k, k)), Attr.Conv.of(s, p, 1, 1));
    Dim oh = Shapes.window(h, k, s, p, 1), ow = Shapes.window(w, k, s, p, 1);
    Node back = g.reshape(pooled, List.of(n, c, oh, ow));

    Map<Node, Array> out = Reference.run(List.of(depthwise, back), Map.of("x3", xv, "x", xv), sizes);
    assertArrayEquals(want.shape(), out.get(depthwise).shape());
    assertArrayEquals(want.data(), out.get(depthwise).data(), 1e-12);
    assertArrayEquals(want.shape(), out.get(back).shape());
    assertArrayEquals(want.data(), out.get(back).data(), 1e-12);
  }

  @Test
  void illFormedPoolingIsRejected() {
    Graph g = new Graph();
    Node x = g.input("x", f64(Dim.symbol("N"), Dim.of(3), Dim.of(6), Dim.of(6)));
    assertThrows(IrException.class, () -> g.maxPool2d(x, Attr.Pool.of(2, 2, 2)), "padding over half the kernel");
    assertThrows(IrException.class, () -> g.maxPool2d(x, Attr.Pool.of(7, 1, 0)), "kernel larger than the input");
    assertThrows(IrException.class, () -> g.maxPool2dScatter(x, g.input("g", f64(Dim.symbol("N"), Dim.of(3), Dim.of(2), Dim.of(2))),
        Attr.Pool.of(2, 2, 0)), "g not of the pooled size");
    assertThrows(IrException.class, () -> g.maxPool2dGather(x, g.input("d", f64(1, 3, 6, 6)), Attr.Pool.of(2, 2, 0)),
        "d not of x's type");
  }
}
