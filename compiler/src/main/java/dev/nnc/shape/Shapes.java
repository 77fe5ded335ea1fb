package dev.nnc.shape;

import java.util.ArrayList;
import java.util.List;

/** Shape rules shared by several primitives. Each returns the result or a {@link Mismatch}. */
public final class Shapes {
  private Shapes() {}

  /** Why two shapes do not combine: the axis (of the result, counted from 0) and which rule failed. */
  public record Mismatch(int axis, boolean implicit, List<Axis> would) {}

  /** The result of a rule: axes, or a mismatch. */
  public record Result(List<Axis> axes, Mismatch mismatch) {
    static Result ok(List<Axis> axes) { return new Result(axes, null); }
    static Result fail(Mismatch m) { return new Result(null, m); }
    public boolean ok() { return mismatch == null; }
  }

  /**
   * Broadcasting as docs/language.md states it: align at the right; equal sizes match; a
   * literal 1 stretches; missing leading axes are implicit. An operand with implicit axes may
   * not meet a stretching 1 in the other operand ({@code [4] + [4, 1]} is an error).
   */
  public static Result broadcast(List<Axis> a, List<Axis> b) {
    int rank = Math.max(a.size(), b.size());
    int implicitA = rank - a.size(), implicitB = rank - b.size();
    boolean stretchedA = false, stretchedB = false;
    List<Axis> out = new ArrayList<>();
    for (int i = 0; i < rank; i++) {
      Axis x = i < implicitA ? null : a.get(i - implicitA);
      Axis y = i < implicitB ? null : b.get(i - implicitB);
      if (x == null) { out.add(y); continue; }
      if (y == null) { out.add(x); continue; }
      if (x.size().equals(y.size())) {
        out.add(x.origin() != null ? x : y);
      } else if (x.isOne()) {
        out.add(y);
        stretchedA = true;
      } else if (y.isOne()) {
        out.add(x);
        stretchedB = true;
      } else {
        return Result.fail(new Mismatch(i, false, null));
      }
    }
    if ((implicitA > 0 && stretchedB) || (implicitB > 0 && stretchedA)) {
      return Result.fail(new Mismatch(-1, true, out));
    }
    return Result.ok(out);
  }

  /** Output size of a convolution or pooling window along one axis: floor((n + 2p - d(k-1) - 1) / s) + 1. */
  public static Dim window(Dim n, long kernel, long stride, long padding, long dilation) {
    Dim span = n.plus(Dim.of(2 * padding - dilation * (kernel - 1) - 1));
    return span.floorDiv(Dim.of(stride)).plus(Dim.of(1));
  }

  /** Output size of a transposed convolution along one axis. */
  public static Dim transposedWindow(Dim n, long kernel, long stride, long padding, long outputPadding, long dilation) {
    return n.minus(Dim.of(1)).times(Dim.of(stride))
        .plus(Dim.of(-2 * padding + dilation * (kernel - 1) + outputPadding + 1));
  }
}
