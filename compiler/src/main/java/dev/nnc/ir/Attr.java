package dev.nnc.ir;

import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.List;

/** The attributes of a node: what an op needs besides its inputs. Records, so nodes intern by value. */
public sealed interface Attr {
  /** No attributes. */
  record None() implements Attr {}

  /** An input or parameter of the program, by name. */
  record Leaf(String name, TensorType type) implements Attr {}

  /** A tensor of the given type with every element equal to value. */
  record Fill(double value, TensorType type) implements Attr {}

  /** A tensor of the given type whose every element is a size (such as B), known when the program runs. */
  record Size(Dim size, TensorType type) implements Attr {}

  /** A tensor of the given type whose elements count 0, 1, 2, ... along one axis. */
  record Iota(int axis, TensorType type) implements Attr {}

  /**
   * A constant tensor, row-major: written in the source, or a parameter's random initial values,
   * which {@code source} draws each time they are read (lowering draws nothing, so that checking,
   * compiling or drawing a model of billions of parameters allocates none of them). Compared by
   * identity: constants are not merged.
   */
  record Data(java.util.function.Supplier<double[]> source, TensorType type) implements Attr {
    /** Values given now; each read gets a copy. */
    public Data(double[] values, TensorType type) {
      this(() -> values.clone(), type);
    }

    /** The values, a new array at each call (drawn again, to the same values, for drawn ones). */
    public double[] values() {
      return source.get();
    }

    /** How many values there are (the constant type's elements), without reading them. */
    public long count() {
      return type.elements().constant();
    }
  }

  /**
   * A loop (see {@code Loops}): its body, and which result this node is: the final value of
   * carry k, the stacked per-step values of output k, or the stacked values carry k entered
   * each step with (what the gradient reads).
   */
  record Loop(Loops.Body body, Kind kind, int k) implements Attr {
    public enum Kind { FINAL, STACKED, CARRIES }
  }

  /** The size symbol a mask select binds to its number of true elements. */
  record Count(String symbol) implements Attr {}

  /** Reduced axes, in increasing order; keep leaves them with size 1. */
  record Axes(List<Integer> axes, boolean keep) implements Attr {
    public Axes { axes = List.copyOf(axes); }
  }

  /** Output axis i is input axis perm[i]. */
  record Perm(List<Integer> perm) implements Attr {
    public Perm { perm = List.copyOf(perm); }
  }

  /** A target shape (reshape, broadcast). */
  record Shape(List<Dim> dims) implements Attr {
    public Shape { dims = List.copyOf(dims); }
  }

  /** Elements [start, start + length) of one axis. */
  record Slice(int axis, Dim start, Dim length) implements Attr {}

  /** before and after elements of value added around one axis. */
  record Pad(int axis, Dim before, Dim after, double value) implements Attr {}

  /** One axis (concat, gather, scatter-add). */
  record Axis(int axis) implements Attr {}

  /** The element type converted to. */
  record Cast(DType to) implements Attr {}

  /** A pair of numbers along the two spatial axes of NCHW: height, then width. */
  record Hw(long h, long w) {
    public static Hw of(long both) { return new Hw(both, both); }

    @Override public String toString() { return h + "x" + w; }
  }

  /** The window of a 2-d convolution (conv2d and its two transposes), PyTorch's meaning. */
  record Conv(Hw stride, Hw padding, Hw dilation, long groups) implements Attr {
    public static Conv of(long stride, long padding, long dilation, long groups) {
      return new Conv(Hw.of(stride), Hw.of(padding), Hw.of(dilation), groups);
    }
  }

  /** The input gradient (transposed convolution) of a conv, with the input's spatial size it gives. */
  record ConvInputGrad(Conv conv, Dim height, Dim width) implements Attr {}

  /** The weight gradient of a conv, with the kernel size it gives. */
  record ConvWeightGrad(Conv conv, Hw kernel) implements Attr {}

  /** The window of a 2-d pooling; padding counts as -infinity for max pooling. */
  record Pool(Hw kernel, Hw stride, Hw padding) implements Attr {
    public static Pool of(long kernel, long stride, long padding) {
      return new Pool(Hw.of(kernel), Hw.of(stride), Hw.of(padding));
    }
  }

  /**
   * Counter-based random numbers of a type: each element a pure function of (seed, stream,
   * step, element index); seed and stream are unsigned 32-bit numbers.
   */
  record Rng(Kind kind, long seed, long stream, TensorType type) implements Attr {
    public enum Kind {
      /** Uniform in [0, 1). */
      UNIFORM,
      /** Standard normal. */
      NORMAL;

      public String word() { return name().toLowerCase(); }
    }
  }

  None NONE = new None();
}
