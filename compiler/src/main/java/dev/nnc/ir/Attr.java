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

  /** A constant tensor written in the source, row-major. Compared by identity: constants are not merged. */
  record Data(double[] values, TensorType type) implements Attr {}

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

  None NONE = new None();
}
