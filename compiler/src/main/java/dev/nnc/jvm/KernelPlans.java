package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Loops;
import dev.nnc.ir.Node;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Window;
import dev.nnc.runtime.jvm.LoopKernel;
import dev.nnc.runtime.jvm.ScatterAddKernel;
import dev.nnc.runtime.jvm.WindowKernel;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runtime's ready-made kernels (window ops, scatter-add, loops) as numbers read off the
 * IR: buffer slots, entries of the size table and the ops' constants. The kernels themselves
 * are the runtime's, so a program compiled here and one loaded from its image run the same code.
 */
final class KernelPlans {
  private KernelPlans() {}

  /** A convolution or max pooling, or a gradient companion of one. */
  static WindowKernel window(Node node, Map<Node, Integer> slotOf, Dims dims) {
    Window g = Window.of(node);
    int[] sizes = {dims.slot(g.n()), dims.slot(g.c()), dims.slot(g.h()), dims.slot(g.w()), dims.slot(g.o()),
        dims.slot(g.oh()), dims.slot(g.ow()), dims.slot(g.kh()), dims.slot(g.kw())};
    int[] window = {g.sh(), g.sw(), g.ph(), g.pw(), g.dh(), g.dw(), g.groups()};
    return new WindowKernel(WindowKernel.Op.valueOf(node.op().name()), slotOf.get(node.input(0)),
        node.inputs().size() > 1 ? slotOf.get(node.input(1)) : -1, slotOf.get(node), sizes, window);
  }

  /** scatter_add(x, idx, src, axis). */
  static ScatterAddKernel scatterAdd(Node n, Map<Node, Integer> slotOf, Dims dims) {
    int axis = ((Attr.Axis) n.attr()).axis();
    List<Dim> shape = n.input(0).type().dims();
    return new ScatterAddKernel(slotOf.get(n.input(0)), slotOf.get(n.input(1)), slotOf.get(n.input(2)), slotOf.get(n),
        dims.slot(Dims.product(shape.subList(0, axis))), dims.slot(shape.get(axis)),
        dims.slot(Dims.product(shape.subList(axis + 1, shape.size()))), dims.slot(n.input(1).type().elements()));
  }

  /**
   * The results wanted of one loop (LOOP nodes with one body and one list of inputs), for a
   * body compiled to give its carries, then the stacked outputs {@code wantedYs} in order.
   */
  static LoopKernel.Plan loop(List<Node> results, List<Integer> wantedYs, Map<Node, Integer> slotOf, Dims dims) {
    Node first = results.get(0);
    Loops.Body body = ((Attr.Loop) first.attr()).body();
    int carries = body.carries().size();
    List<LoopKernel.Result> wanted = new ArrayList<>();
    for (Node r : results) {
      Attr.Loop a = (Attr.Loop) r.attr();
      LoopKernel.Kind kind = LoopKernel.Kind.valueOf(a.kind().name());
      int output = kind == LoopKernel.Kind.STACKED ? carries + wantedYs.indexOf(a.k()) : -1;
      wanted.add(new LoopKernel.Result(kind, a.k(), slotOf.get(r), output));
    }
    return new LoopKernel.Plan(dims.slot(body.length()), body.reverse(),
        body.carries().stream().mapToInt(c -> dims.slot(c.type().elements())).toArray(),
        body.seqs().stream().mapToInt(s -> dims.slot(s.type().elements())).toArray(),
        body.captured().size(), first.inputs().stream().mapToInt(slotOf::get).toArray(), wanted);
  }
}
