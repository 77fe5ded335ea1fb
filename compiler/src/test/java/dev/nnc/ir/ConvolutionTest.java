package dev.nnc.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.Shapes;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CONV2D and its transposes: known values (PyTorch's meaning), the adjoint identities, and the type rules. */
class ConvolutionTest {
  static TensorType f64(Dim... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Dim d : dims) axes.add(Axis.of(d));
    return new TensorType(DType.F64, axes);
  }

  static TensorType f64(long... dims) {
    Dim[] d = new Dim[dims.length];
    for (int i = 0; i < dims.length; i++) d[i] = Dim.of(dims[i]);
    return f64(d);
  }

  static Array array(long[] shape, double... data) { return new Array(shape, data); }

  static Array iota(long... shape) {
    double[] d = new double[(int) Array.size(shape)];
    for (int i = 0; i < d.length; i++) d[i] = i;
    return new Array(shape, d);
  }

  static Array ones(long... shape) { return filled(1, shape); }

  static Array filled(double v, long... shape) {
    double[] d = new double[(int) Array.size(shape)];
    java.util.Arrays.fill(d, v);
    return new Array(shape, d);
  }

  static Array random(Random r, long... shape) {
    double[] d = new double[(int) Array.size(shape)];
    for (int i = 0; i < d.length; i++) d[i] = r.nextGaussian();
    return new Array(shape, d);
  }

  @Test
  void strideTwoSumsBlocks() {
    Graph g = new Graph();
    Node y = g.conv2d(g.input("x", f64(1, 1, 4, 4)), g.input("w", f64(1, 1, 2, 2)), Attr.Conv.of(2, 0, 1, 1));
    Array out = Reference.one(y, Map.of("x", iota(1, 1, 4, 4), "w", ones(1, 1, 2, 2)), Map.of());
    // blocks of 0..15 in 4x4: 0+1+4+5, 2+3+6+7, 8+9+12+13, 10+11+14+15
    assertEquals(array(new long[] {1, 1, 2, 2}, 10, 18, 42, 50), out);
  }

  @Test
  void paddingAddsZerosAndGroupsSeparateChannels() {
    Graph g = new Graph();
    Node y = g.conv2d(g.input("x", f64(1, 2, 3, 3)), g.input("w", f64(2, 1, 3, 3)), Attr.Conv.of(1, 1, 1, 2));
    double[] x = new double[18];
    for (int i = 0; i < 18; i++) x[i] = i < 9 ? 1 : 2; // channel 0 all 1, channel 1 all 2
    Array out = Reference.one(y, Map.of("x", array(new long[] {1, 2, 3, 3}, x), "w", ones(2, 1, 3, 3)), Map.of());
    // each output counts the in-bounds 3x3 neighbours of its own channel only
    assertEquals(array(new long[] {1, 2, 3, 3}, 4, 6, 4, 6, 9, 6, 4, 6, 4, 8, 12, 8, 12, 18, 12, 8, 12, 8), out);
  }

  @Test
  void dilationSpreadsTheKernel() {
    Graph g = new Graph();
    Node y = g.conv2d(g.input("x", f64(1, 1, 5, 5)), g.input("w", f64(1, 1, 2, 2)), Attr.Conv.of(1, 0, 2, 1));
    Array out = Reference.one(y, Map.of("x", iota(1, 1, 5, 5), "w", array(new long[] {1, 1, 2, 2}, 0, 0, 0, 1)), Map.of());
    // the kernel's last tap reads x[i + 2][j + 2]
    assertEquals(array(new long[] {1, 1, 3, 3}, 12, 13, 14, 17, 18, 19, 22, 23, 24), out);
  }

  /** conv_transpose2d of [[1, 2], [3, 4]] with ones, as PyTorch computes it. */
  @Test
  void inputGradIsConvTranspose2d() {
    Graph g = new Graph();
    Node x = g.input("x", f64(1, 1, 2, 2));
    Node w2 = g.input("w2", f64(1, 1, 2, 2)), w3 = g.input("w3", f64(1, 1, 3, 3));
    // stride 2, kernel 2: each input spread over its own 2x2 block
    Node a = g.conv2dInputGrad(x, w2, Attr.Conv.of(2, 0, 1, 1), Dim.of(4), Dim.of(4));
    // stride 2, kernel 3, padding 1, output_padding 1: H' = (2-1)*2 - 2 + 2 + 1 + 1 = 4
    Dim h = Shapes.transposedWindow(Dim.of(2), 3, 2, 1, 1, 1);
    assertEquals(Dim.of(4), h);
    Node b = g.conv2dInputGrad(x, w3, Attr.Conv.of(2, 1, 1, 1), h, h);
    Map<Node, Array> out = Reference.run(List.of(a, b),
        Map.of("x", array(new long[] {1, 1, 2, 2}, 1, 2, 3, 4), "w2", ones(1, 1, 2, 2), "w3", ones(1, 1, 3, 3)), Map.of());
    assertEquals(array(new long[] {1, 1, 4, 4}, 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4), out.get(a));
    assertEquals(array(new long[] {1, 1, 4, 4}, 1, 3, 2, 2, 4, 10, 6, 6, 3, 7, 4, 4, 3, 7, 4, 4), out.get(b));
  }

  /**
   * {@code <conv(x, w), y> = <x, input_grad(y, w)> = <w, weight_grad(x, y)>} on sizes where the
   * floor drops rows, with padding, dilation and groups.
   */
  @Test
  void theThreeAreOneBilinearForm() {
    Random r = new Random(17);
    List<Attr.Conv> convs = List.of(Attr.Conv.of(1, 0, 1, 1), Attr.Conv.of(2, 1, 1, 1), Attr.Conv.of(3, 2, 2, 2),
        new Attr.Conv(new Attr.Hw(2, 1), new Attr.Hw(0, 1), new Attr.Hw(1, 2), 3));
    for (Attr.Conv a : convs) {
      for (int trial = 0; trial < 4; trial++) {
        long groups = a.groups(), n = 1 + r.nextInt(2), cg = 1 + r.nextInt(2), og = 1 + r.nextInt(2);
        long kh = 1 + r.nextInt(3), kw = 1 + r.nextInt(3);
        long h = a.dilation().h() * (kh - 1) + 1 + r.nextInt(6), w = a.dilation().w() * (kw - 1) + 1 + r.nextInt(6);
        long oh = Convolution.windowOf(h, kh, a.stride().h(), a.padding().h(), a.dilation().h());
        long ow = Convolution.windowOf(w, kw, a.stride().w(), a.padding().w(), a.dilation().w());
        Graph g = new Graph();
        Node x = g.input("x", f64(n, cg * groups, h, w)), k = g.input("w", f64(og * groups, cg, kh, kw));
        Node y = g.input("y", f64(n, og * groups, oh, ow));
        Node conv = g.conv2d(x, k, a);
        Node in = g.conv2dInputGrad(y, k, a, Dim.of(h), Dim.of(w));
        Node wg = g.conv2dWeightGrad(x, y, a, new Attr.Hw(kh, kw));
        Array xv = random(r, n, cg * groups, h, w), kv = random(r, og * groups, cg, kh, kw), yv = random(r, n, og * groups, oh, ow);
        Map<Node, Array> out = Reference.run(List.of(conv, in, wg), Map.of("x", xv, "w", kv, "y", yv), Map.of());
        double first = out.get(conv).dot(yv), second = xv.dot(out.get(in)), third = kv.dot(out.get(wg));
        String where = a + " at x " + java.util.Arrays.toString(xv.shape()) + ", w " + java.util.Arrays.toString(kv.shape());
        assertEquals(first, second, 1e-10 * (1 + Math.abs(first)), where);
        assertEquals(first, third, 1e-10 * (1 + Math.abs(first)), where);
      }
    }
  }

  @Test
  void typesAreSymbolic() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N"), c = Dim.symbol("C"), h = Dim.symbol("H"), w = Dim.symbol("W");
    Node x = g.input("x", f64(n, c.times(Dim.of(2)), h, w));
    Node k = g.input("k", f64(Dim.of(6), c, Dim.of(3), Dim.of(3)));
    Node same = g.conv2d(x, k, Attr.Conv.of(1, 1, 1, 2));
    assertEquals(List.of(n, Dim.of(6), h, w), same.type().dims());
    Node valid = g.conv2d(x, k, Attr.Conv.of(1, 0, 2, 2));
    assertEquals(List.of(n, Dim.of(6), h.minus(Dim.of(4)), w.minus(Dim.of(4))), valid.type().dims());
    // the transposes give back the input's type
    assertTrue(g.conv2dInputGrad(same, k, Attr.Conv.of(1, 1, 1, 2), h, w).type().sameAs(x.type()));
    assertTrue(g.conv2dWeightGrad(x, valid, Attr.Conv.of(1, 0, 2, 2), Attr.Hw.of(3)).type().sameAs(k.type()));
    // stride 2 of a symbolic size: an opaque floor, and the transposes accept the conv's own result
    Node strided = g.conv2d(x, k, Attr.Conv.of(2, 1, 1, 2));
    assertTrue(g.conv2dInputGrad(strided, k, Attr.Conv.of(2, 1, 1, 2), h, w).type().sameAs(x.type()));
  }

  /** conv_transpose2d(x [N, C, H, W]) with output_padding lowers to input_grad with a size the floor maps back to H. */
  @Test
  void convTransposeWithOutputPaddingTypes() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N"), h = Dim.symbol("H");
    Node x = g.input("x", f64(n, Dim.of(4), h, h));
    Node k = g.input("k", f64(Dim.of(4), Dim.of(2), Dim.of(3), Dim.of(3)));
    Attr.Conv a = Attr.Conv.of(2, 1, 1, 1);
    Dim out = Shapes.transposedWindow(h, 3, 2, 1, 1, 1);
    assertEquals(h.times(Dim.of(2)), out);
    assertEquals(List.of(n, Dim.of(2), out, out), g.conv2dInputGrad(x, k, a, out, out).type().dims());
    Dim tooFar = Shapes.transposedWindow(h, 3, 2, 1, 2, 1); // output_padding 2 is not below the stride
    assertThrows(IrException.class, () -> g.conv2dInputGrad(x, k, a, tooFar, tooFar));
    Array xv = random(new Random(1), 2, 4, 3, 3);
    Array y = Reference.one(g.conv2dInputGrad(x, k, a, out, out), Map.of("x", xv, "k", random(new Random(2), 4, 2, 3, 3)),
        Map.of("N", 2L, "H", 3L));
    assertArrayEquals(new long[] {2, 2, 6, 6}, y.shape());
  }

  @Test
  void illFormedConvolutionsAreRejected() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N");
    Node x = g.input("x", f64(n, Dim.of(4), Dim.of(5), Dim.of(5)));
    Node k = g.input("k", f64(3, 2, 3, 3));
    assertThrows(IrException.class, () -> g.conv2d(x, k, Attr.Conv.of(1, 0, 1, 1)), "channels 4 against 2");
    assertThrows(IrException.class, () -> g.conv2d(x, k, Attr.Conv.of(1, 0, 1, 2)), "3 outputs in 2 groups");
    Node k2 = g.input("k2", f64(4, 2, 3, 3));
    assertThrows(IrException.class, () -> g.conv2d(x, k2, Attr.Conv.of(1, 0, 3, 2)), "dilated kernel 7 on 5");
    assertThrows(IrException.class, () -> g.conv2d(x, k2, Attr.Conv.of(0, 0, 1, 2)), "stride 0");
    Node ks = g.input("ks", f64(Dim.of(4), Dim.of(2), Dim.symbol("K"), Dim.of(3)));
    assertThrows(IrException.class, () -> g.conv2d(x, ks, Attr.Conv.of(1, 0, 1, 2)), "symbolic kernel");
    Node y = g.conv2d(x, k2, Attr.Conv.of(2, 0, 1, 2)); // 5 -> 2
    assertThrows(IrException.class, () -> g.conv2dInputGrad(y, k2, Attr.Conv.of(2, 0, 1, 2), Dim.of(7), Dim.of(5)),
        "7 gives window 3, not 2");
    g.conv2dInputGrad(y, k2, Attr.Conv.of(2, 0, 1, 2), Dim.of(6), Dim.of(6)); // 6 also gives 2
    assertThrows(IrException.class, () -> g.conv2dWeightGrad(x, y, Attr.Conv.of(1, 0, 1, 2), Attr.Hw.of(3)), "stride 1 gives 3");
  }

  @Test
  void printsItsAttributes() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N");
    Node x = g.input("x", f64(n, Dim.of(2), Dim.of(8), Dim.of(8)));
    Node k = g.input("k", f64(4, 2, 3, 3));
    Node y = g.conv2d(x, k, Attr.Conv.of(2, 1, 1, 1));
    Node dx = g.conv2dInputGrad(y, k, Attr.Conv.of(2, 1, 1, 1), Dim.of(8), Dim.of(8));
    Node dw = g.conv2dWeightGrad(x, y, Attr.Conv.of(2, 1, 1, 1), Attr.Hw.of(3));
    String text = Printer.print(List.of(y, dx, dw));
    assertTrue(text.contains("%2 = conv2d %0, %1 {stride 2x2 padding 1x1 dilation 1x1 groups 1} : f64[N, 4, 4, 4]"), text);
    assertTrue(text.contains("%3 = conv2d_input_grad %2, %1 {stride 2x2 padding 1x1 dilation 1x1 groups 1 size [8, 8]} : f64[N, 2, 8, 8]"), text);
    assertTrue(text.contains("%4 = conv2d_weight_grad %0, %2 {stride 2x2 padding 1x1 dilation 1x1 groups 1 kernel 3x3} : f64[4, 2, 3, 3]"), text);
  }
}
