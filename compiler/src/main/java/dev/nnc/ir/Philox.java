package dev.nnc.ir;

import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The RANDOM primitive: counter-based random numbers from the runtime's generator
 * ({@link dev.nnc.runtime.Philox}, where its definition is), so the reference evaluator and
 * every backend draw the same numbers bit for bit.
 */
public final class Philox {
  private Philox() {}

  private static final long MASK = 0xFFFFFFFFL;

  /** One element's value: of the given kind, at float32 or float64 resolution. */
  public static double sample(Attr.Rng.Kind kind, DType dtype, long seed, long stream, long step, long index) {
    return dev.nnc.runtime.Philox.sample(kind == Attr.Rng.Kind.NORMAL, dtype == DType.F32, seed, stream, step, index);
  }

  /** The seed of a draw: the attribute's, plus the run-time seed where the node has one (its second input), modulo 2^32. */
  public static long seed(Attr.Rng r, double runtime) {
    return (r.seed() + (long) runtime) & MASK;
  }

  /**
   * random(step) or random(step, seed): the attribute's type filled by {@link #sample}, with the
   * seed {@link #seed}; no gradient.
   */
  static final Primitive RANDOM = new Primitive() {
    public TensorType type(List<TensorType> in, Attr attr) {
      Attr.Rng r = (Attr.Rng) attr;
      TensorType step = in.get(0);
      if (step.rank() != 0 || (step.dtype() != DType.I32 && step.dtype() != DType.F64)) {
        throw new IrException("random needs a scalar i32 or f64 step counter, not " + step);
      }
      if (in.size() > 2 || (in.size() == 2 && (in.get(1).rank() != 0 || in.get(1).dtype() != DType.I32))) {
        throw new IrException("random takes a step counter and at most a scalar i32 seed, not " + in);
      }
      if (!r.type().dtype().isFloat()) throw new IrException("random of " + r.type());
      if (r.seed() < 0 || r.seed() > MASK || r.stream() < 0 || r.stream() > MASK) {
        throw new IrException("random seed " + r.seed() + " and stream " + r.stream() + " must be unsigned 32-bit numbers");
      }
      return r.type();
    }
    public List<Node> vjp(Graph g, Node y, Node dy) { return Arrays.asList((Node) null); }
    public Array eval(List<Array> in, Attr attr, TensorType type, Map<String, Long> sizes) {
      Attr.Rng r = (Attr.Rng) attr;
      double s = in.get(0).data()[0];
      if (s < 0 || s != Math.rint(s) || s >= 0x1p63) throw new IrException("random step counter " + s);
      long step = (long) s;
      long[] shape = Array.shapeOf(type, sizes);
      double[] out = new double[Math.toIntExact(Array.size(shape))];
      long seed = in.size() > 1 ? seed(r, in.get(1).data()[0]) : r.seed();
      for (int i = 0; i < out.length; i++) out[i] = sample(r.kind(), type.dtype(), seed, r.stream(), step, i);
      return new Array(shape, out);
    }
  };
}
