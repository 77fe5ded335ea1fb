package dev.nnc.jvm;

import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.runtime.jvm.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An anchor the JVM backend has no kernel of its own for yet (convolution, pooling, gather
 * and scatter, loops, random numbers): the op's float64 definition, run on the float32
 * buffers of its inputs and rounded into its own. Correct, and as slow as the reference.
 */
final class LibraryKernel implements Kernel {
  private final Node anchor;
  private final int[] inputs;
  private final int output;
  private final Supplier<Map<String, Long>> sizes;

  LibraryKernel(Node anchor, Map<Node, Integer> slotOf, Supplier<Map<String, Long>> sizes) {
    this.anchor = anchor;
    this.inputs = anchor.inputs().stream().mapToInt(slotOf::get).toArray();
    this.output = slotOf.get(anchor);
    this.sizes = sizes;
  }

  @Override public void run(float[][] buffers, int[] dims, int lo, int hi) {
    Map<String, Long> bound = sizes.get();
    List<Array> in = new ArrayList<>(inputs.length);
    for (int i = 0; i < inputs.length; i++) {
      long[] shape = Array.shapeOf(anchor.input(i).type(), bound);
      float[] f = buffers[inputs[i]];
      double[] d = new double[Math.toIntExact(Array.size(shape))];
      for (int j = 0; j < d.length; j++) d[j] = f[j];
      in.add(new Array(shape, d));
    }
    double[] result = anchor.op().primitive().eval(in, anchor.attr(), anchor.type(), bound).data();
    float[] out = buffers[output];
    for (int j = 0; j < result.length; j++) out[j] = (float) result[j];
  }
}
