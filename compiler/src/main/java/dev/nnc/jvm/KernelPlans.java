package dev.nnc.jvm;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Loops;
import dev.nnc.ir.Node;
import dev.nnc.plan.Dims;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Window;
import dev.nnc.runtime.jvm.LoopKernel;
import dev.nnc.runtime.jvm.ScatterAddKernel;
import dev.nnc.runtime.jvm.WindowKernel;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runtime's ready-made kernels (window ops, scatter-add, loops) as numbers read off the
 * IR: buffer slots, entries of the size table and the ops' constants. The kernels themselves
 * are the runtime's, so a program compiled here and one loaded from its image run the same code.
 */
final class KernelPlans {
  private KernelPlans() {}

  /**
   * Per launch, the launches right after it that run with it image by image ({@link
   * WindowKernel#then}, {@link dev.nnc.runtime.jvm.ImageChain}), or null. A chain starts at a
   * window op that runs image by image (a convolution, its input gradient, a max pooling or its
   * scatter) and takes the launches after it while each is another such op over the same batch,
   * or an elementwise kernel of one loop over [n, ...] whose every read of a stored value is
   * either at its own index, of a value of that shape, or of a value no stage of the chain
   * writes (a bias). Every stage then reads and writes the batch's values image by image only,
   * so running the stages image after image computes what running them launch after launch
   * does; which slots liveness shares between the stages' values does not matter.
   */
  static int[][] chains(LaunchPlan plan, Dims dims) {
    List<LaunchPlan.Launch> launches = plan.launches();
    Map<Node, Integer> slotOf = plan.slotOf();
    int[][] then = new int[launches.size()][];
    for (int i = 0; i < launches.size(); i++) {
      Dim n = imageWiseBatch(launches.get(i));
      if (n == null) continue;
      // The slots the stages so far write, and those they read other than image by image.
      Set<Integer> written = new HashSet<>(), shared = new HashSet<>();
      stage(plan, i, n, written, shared);
      List<Integer> entries = new ArrayList<>();
      for (int j = i + 1; j < launches.size(); j++) {
        Set<Integer> w = new HashSet<>(), r = new HashSet<>();
        Dim perImage = stage(plan, j, n, w, r);
        if (perImage == null) break;
        Set<Integer> allWritten = new HashSet<>(written);
        allWritten.addAll(w);
        if (r.stream().anyMatch(allWritten::contains) || w.stream().anyMatch(shared::contains)) break;
        written = allWritten;
        shared.addAll(r);
        entries.add(perImage.equals(Dim.of(0)) ? -1 : dims.slot(perImage));
      }
      if (!entries.isEmpty()) {
        then[i] = entries.stream().mapToInt(Integer::intValue).toArray();
        i += entries.size();
      }
    }
    return then;
  }

  /** The batch n of a window op that can run image by image, or null for any other launch. */
  private static Dim imageWiseBatch(LaunchPlan.Launch l) {
    if (!(l instanceof LaunchPlan.Library lib) || !Window.handles(lib.anchor().op())) return null;
    WindowKernel.Op op = WindowKernel.Op.valueOf(lib.anchor().op().name());
    return WindowKernel.imageWise(op) ? Window.of(lib.anchor()).n() : null;
  }

  /**
   * Whether launch j can be a stage of a chain over batch n: adds the slots it writes to
   * {@code written} and those it reads other than image by image to {@code shared}, and gives
   * its items per image (0 for a window op); null when it cannot.
   */
  private static Dim stage(LaunchPlan plan, int j, Dim n, Set<Integer> written, Set<Integer> shared) {
    LaunchPlan.Launch l = plan.launches().get(j);
    Map<Node, Integer> slotOf = plan.slotOf();
    if (n.equals(imageWiseBatch(l))) {
      Node anchor = ((LaunchPlan.Library) l).anchor();
      written.add(slotOf.get(anchor));
      // A convolution's weight is read whole by every image; its other inputs are per image.
      if (anchor.op() == dev.nnc.ir.Op.CONV2D || anchor.op() == dev.nnc.ir.Op.CONV2D_INPUT_GRAD) shared.add(slotOf.get(anchor.input(1)));
      return Dim.of(0);
    }
    if (!(l instanceof LaunchPlan.Segments s) || s.segments().size() != 1) return null;
    List<Node> outputs = s.segments().get(0);
    List<Dim> shape = outputs.get(0).type().dims();
    if (shape.isEmpty() || !shape.get(0).equals(n)) return null;
    for (Node out : outputs) {
      if (!out.type().dims().equals(shape)) return null;
      written.add(slotOf.get(out));
    }
    Set<Node> nodes = new HashSet<>(s.computed());
    nodes.addAll(s.hoisted());
    for (Node m : nodes) {
      for (Node in : m.inputs()) {
        if (s.computed().contains(in) || plan.slot(j, in) < 0) continue; // computed here, or generated where it is read
        boolean own = in.type().dims().equals(shape) && m.type().dims().equals(shape)
            && m.op().kind() == dev.nnc.ir.Op.Kind.ELEMENTWISE;
        if (own) continue;
        if (in.type().dims().contains(n)) return null; // some other element of the batch
        shared.add(slotOf.get(in));
      }
    }
    return Dims.product(shape.subList(1, shape.size()));
  }

  /** A convolution or max pooling, or a gradient companion of one, running with the launches {@code then} names. */
  static WindowKernel window(Node node, Map<Node, Integer> slotOf, Dims dims, int[] then) {
    WindowKernel k = window(node, slotOf, dims);
    return then == null ? k : new WindowKernel(k.op(), k.first(), k.second(), k.out(), k.sizes(), k.window(), then);
  }

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
