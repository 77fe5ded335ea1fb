package dev.nnc.plan;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.shape.Dim;
import java.util.List;

/**
 * The geometry of a convolution or max pooling node (or one of their gradients' companions),
 * as every backend's window kernel needs it: the input's shape {@code [n, c, h, w]}, the
 * output's {@code [n, o, oh, ow]}, the kernel's size, stride, padding, dilation and groups.
 */
public record Window(Op op, Dim n, Dim c, Dim h, Dim w, Dim o, Dim oh, Dim ow, Dim kh, Dim kw,
    int sh, int sw, int ph, int pw, int dh, int dw, int groups) {

  public static boolean handles(Op op) {
    return switch (op) {
      case CONV2D, CONV2D_INPUT_GRAD, CONV2D_WEIGHT_GRAD, MAX_POOL2D, MAX_POOL2D_SCATTER, MAX_POOL2D_GATHER -> true;
      default -> false;
    };
  }

  public static Window of(Node node) {
    Op op = node.op();
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
      case MAX_POOL2D, MAX_POOL2D_SCATTER, MAX_POOL2D_GATHER -> { // MAX_POOL2D(x), MAX_POOL2D_SCATTER(x, g), MAX_POOL2D_GATHER(x, d)
        Attr.Pool a = (Attr.Pool) node.attr();
        x = node.input(0).type().dims();
        y = (op == Op.MAX_POOL2D ? node : op == Op.MAX_POOL2D_SCATTER ? node.input(1) : node).type().dims();
        kH = Dim.of(a.kernel().h());
        kW = Dim.of(a.kernel().w());
        stride = a.stride();
        padding = a.padding();
        dilation = new Attr.Hw(1, 1);
      }
      default -> throw new IllegalArgumentException("not a window op: " + op.word());
    }
    return new Window(op, x.get(0), x.get(1), x.get(2), x.get(3), y.get(1), y.get(2), y.get(3), kH, kW,
        (int) stride.h(), (int) stride.w(), (int) padding.h(), (int) padding.w(), (int) dilation.h(), (int) dilation.w(), (int) g);
  }
}
