package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Window;
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
    Window g = Window.of(node);
    this.n = dims.slot(g.n());
    this.c = dims.slot(g.c());
    this.h = dims.slot(g.h());
    this.w = dims.slot(g.w());
    this.o = dims.slot(g.o());
    this.oh = dims.slot(g.oh());
    this.ow = dims.slot(g.ow());
    this.kh = dims.slot(g.kh());
    this.kw = dims.slot(g.kw());
    this.sh = g.sh();
    this.sw = g.sw();
    this.ph = g.ph();
    this.pw = g.pw();
    this.dh = g.dh();
    this.dw = g.dw();
    this.groups = g.groups();
  }

  static boolean handles(Op op) {
    return Window.handles(op);
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
