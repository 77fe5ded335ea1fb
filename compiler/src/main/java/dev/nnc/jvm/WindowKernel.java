package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Ix;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.runtime.jvm.Conv;
import dev.nnc.runtime.jvm.Kernel;
import dev.nnc.runtime.jvm.Pool;
import dev.nnc.shape.Dim;
import java.util.List;
import java.util.Map;

/**
 * A convolution or max pooling (and their gradients' companions) on the runtime's float32
 * kernels: the geometry's sizes from the size table, its window from the op's attributes.
 */
final class WindowKernel implements Kernel {
  private final Op op;
  private final int first, second, out;
  /** Slots of n, c, h, w (the input's shape), o, oh, ow (the output's) and kh, kw in the size table. */
  private final int n, c, h, w, o, oh, ow, kh, kw;
  private final int sh, sw, ph, pw, dh, dw, groups;

  WindowKernel(Node node, Map<Node, Integer> slotOf, Dims dims) {
    this.op = node.op();
    this.first = slotOf.get(node.input(0));
    this.second = node.inputs().size() > 1 ? slotOf.get(node.input(1)) : -1;
    this.out = slotOf.get(node);
    // Which tensor has the input's shape [n, c, h, w] and which the output's [n, o, oh, ow].
    List<Dim> x, y;
    Dim kH, kW;
    Attr.Hw stride, padding, dilation;
    long g = 1;
    switch (op) {
      case CONV2D, CONV2D_INPUT_GRAD, CONV2D_WEIGHT_GRAD -> {
        Attr.Conv a = op == Op.CONV2D ? (Attr.Conv) node.attr()
            : op == Op.CONV2D_INPUT_GRAD ? ((Attr.ConvInputGrad) node.attr()).conv() : ((Attr.ConvWeightGrad) node.attr()).conv();
        x = (op == Op.CONV2D_INPUT_GRAD ? node : node.input(0)).type().dims();
        y = (op == Op.CONV2D ? node : op == Op.CONV2D_INPUT_GRAD ? node.input(0) : node.input(1)).type().dims();
        List<Dim> weight = (op == Op.CONV2D_WEIGHT_GRAD ? node : node.input(1)).type().dims();
        kH = weight.get(2);
        kW = weight.get(3);
        stride = a.stride();
        padding = a.padding();
        dilation = a.dilation();
        g = a.groups();
      }
      default -> { // MAX_POOL2D(x), MAX_POOL2D_SCATTER(x, g), MAX_POOL2D_GATHER(x, d)
        Attr.Pool a = (Attr.Pool) node.attr();
        x = node.input(0).type().dims();
        y = (op == Op.MAX_POOL2D ? node : op == Op.MAX_POOL2D_SCATTER ? node.input(1) : node).type().dims();
        kH = Dim.of(a.kernel().h());
        kW = Dim.of(a.kernel().w());
        stride = a.stride();
        padding = a.padding();
        dilation = new Attr.Hw(1, 1);
      }
    }
    this.n = dims.slot(x.get(0));
    this.c = dims.slot(x.get(1));
    this.h = dims.slot(x.get(2));
    this.w = dims.slot(x.get(3));
    this.o = dims.slot(y.get(1));
    this.oh = dims.slot(y.get(2));
    this.ow = dims.slot(y.get(3));
    this.kh = dims.slot(kH);
    this.kw = dims.slot(kW);
    this.sh = (int) stride.h();
    this.sw = (int) stride.w();
    this.ph = (int) padding.h();
    this.pw = (int) padding.w();
    this.dh = (int) dilation.h();
    this.dw = (int) dilation.w();
    this.groups = (int) g;
  }

  static boolean handles(Op op) {
    return switch (op) {
      case CONV2D, CONV2D_INPUT_GRAD, CONV2D_WEIGHT_GRAD, MAX_POOL2D, MAX_POOL2D_SCATTER, MAX_POOL2D_GATHER -> true;
      default -> false;
    };
  }

  @Override public void run(float[][] b, int[] d, int lo, int hi) {
    float[] a = b[first], z = second >= 0 ? b[second] : null, r = b[out];
    switch (op) {
      case CONV2D -> Conv.forward(a, z, r, d[n], d[c], d[h], d[w], d[o], d[kh], d[kw], d[oh], d[ow], sh, sw, ph, pw, dh, dw, groups);
      case CONV2D_INPUT_GRAD -> Conv.inputGrad(a, z, r, d[n], d[c], d[h], d[w], d[o], d[kh], d[kw], d[oh], d[ow], sh, sw, ph, pw, dh, dw, groups);
      case CONV2D_WEIGHT_GRAD -> Conv.weightGrad(a, z, r, d[n], d[c], d[h], d[w], d[o], d[kh], d[kw], d[oh], d[ow], sh, sw, ph, pw, dh, dw, groups);
      case MAX_POOL2D -> Pool.maxForward(a, r, d[n], d[c], d[h], d[w], d[oh], d[ow], d[kh], d[kw], sh, sw, ph, pw);
      case MAX_POOL2D_SCATTER -> Pool.maxScatter(a, z, r, d[n], d[c], d[h], d[w], d[oh], d[ow], d[kh], d[kw], sh, sw, ph, pw);
      case MAX_POOL2D_GATHER -> Pool.maxGather(a, z, r, d[n], d[c], d[h], d[w], d[oh], d[ow], d[kh], d[kw], sh, sw, ph, pw);
      default -> throw new IllegalStateException("no window kernel for " + op.word());
    }
  }
}
