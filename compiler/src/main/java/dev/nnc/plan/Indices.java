package dev.nnc.plan;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index arithmetic every kernel writer shares: an element's index on each axis from a
 * loop's flat counter and back, and the index of a layout op's input that holds an element of
 * its output, so reshapes, transposes, broadcasts and slices are read through, never copied.
 * One instance per kernel: the counters it registered are valid only there.
 */
public final class Indices {
  private record Canon(List<Ix> idx, List<Dim> dims) {}

  private final Dims dims;
  /** Per-axis indices whose flat index is a loop counter already, so it is not recomputed. */
  private final Map<Canon, Ix> flats = new HashMap<>();

  public Indices(Dims dims) {
    this.dims = dims;
  }

  /** Forgets the counters of the kernel before. */
  public void clear() {
    flats.clear();
  }

  /**
   * The index of every axis of a loop's shape, from its counter; registers their ravel as the
   * counter. A shape of one element has the same index (all zeros) in every loop, so it is not
   * registered: another loop over such a shape would find this loop's counter.
   */
  public List<Ix> canonical(Ix counter, List<Dim> shape) {
    List<Ix> idx = unravel(counter, shape);
    if (idx.stream().anyMatch(i -> !i.equals(Ix.ZERO))) flats.put(new Canon(idx, shape), counter);
    return idx;
  }

  /** The index on each axis of a shape of the element at a flat (row-major) position. */
  public List<Ix> unravel(Ix flat, List<Dim> shape) {
    List<Ix> reversed = new ArrayList<>();
    Dim stride = Dim.of(1);
    for (int k = shape.size() - 1; k >= 0; k--) {
      Dim d = shape.get(k);
      if (d.isConstant() && d.constant() == 1) {
        reversed.add(Ix.ZERO);
      } else {
        Ix q = Ix.div(flat, dims.ix(stride));
        reversed.add(k == 0 ? q : Ix.rem(q, dims.ix(d)));
      }
      stride = stride.times(d);
    }
    List<Ix> idx = new ArrayList<>();
    for (int k = reversed.size() - 1; k >= 0; k--) idx.add(reversed.get(k));
    return idx;
  }

  /** The flat (row-major) position of an element of a shape. */
  public Ix ravel(List<Ix> idx, List<Dim> shape) {
    Ix canon = flats.get(new Canon(idx, shape));
    if (canon != null) return canon;
    Ix flat = Ix.ZERO;
    for (int k = 0; k < idx.size(); k++) flat = Ix.add(Ix.mul(flat, dims.ix(shape.get(k))), idx.get(k));
    return flat;
  }

  /**
   * The index of a reduction's input: the kept axes from the result's index {@code out}, the
   * reduced axes from {@code reduced} (the inner loop's index over them, in axis order).
   */
  public static List<Ix> reductionInput(Attr.Axes axes, int rank, List<Ix> out, List<Ix> reduced) {
    List<Ix> idx = new ArrayList<>();
    int kept = 0, red = 0;
    for (int k = 0; k < rank; k++) {
      if (axes.axes().contains(k)) {
        idx.add(reduced.get(red++));
        if (axes.keep()) kept++;
      } else {
        idx.add(out.get(kept++));
      }
    }
    return idx;
  }

  /** Whether {@link #ofInput} reads through the op. */
  public static boolean readsThrough(Node n) {
    return switch (n.op()) {
      case STOP_GRADIENT, RESHAPE, TRANSPOSE, BROADCAST, SLICE -> true;
      default -> false;
    };
  }

  /** For an op {@link #readsThrough}: the index of its input holding its element at {@code idx}. */
  public List<Ix> ofInput(Node n, List<Ix> idx) {
    switch (n.op()) {
      case STOP_GRADIENT -> {
        return idx;
      }
      case RESHAPE -> {
        return reshaped(idx, n.type().dims(), n.input(0).type().dims());
      }
      case TRANSPOSE -> {
        List<Integer> perm = ((Attr.Perm) n.attr()).perm();
        Ix[] in = new Ix[perm.size()];
        for (int k = 0; k < perm.size(); k++) in[perm.get(k)] = idx.get(k);
        return List.of(in);
      }
      case BROADCAST -> {
        List<Dim> from = n.input(0).type().dims();
        int extra = idx.size() - from.size();
        List<Ix> in = new ArrayList<>();
        for (int k = 0; k < from.size(); k++) {
          Dim d = from.get(k);
          in.add(d.isConstant() && d.constant() == 1 ? Ix.ZERO : idx.get(k + extra));
        }
        return in;
      }
      case SLICE -> {
        Attr.Slice s = (Attr.Slice) n.attr();
        List<Ix> in = new ArrayList<>(idx);
        in.set(s.axis(), Ix.add(idx.get(s.axis()), dims.ix(s.start())));
        return in;
      }
      default -> throw new IllegalArgumentException(n.op().word() + " is not read through");
    }
  }

  /** The index of a reshape's input: sizes of 1 added or dropped map axis to axis; anything else goes through the flat index. */
  private List<Ix> reshaped(List<Ix> idx, List<Dim> out, List<Dim> in) {
    List<Integer> outAxes = nonUnit(out), inAxes = nonUnit(in);
    boolean same = outAxes.size() == inAxes.size();
    for (int k = 0; same && k < outAxes.size(); k++) same = out.get(outAxes.get(k)).equals(in.get(inAxes.get(k)));
    if (same) {
      List<Ix> result = new ArrayList<>();
      for (int k = 0; k < in.size(); k++) result.add(Ix.ZERO);
      for (int k = 0; k < inAxes.size(); k++) result.set(inAxes.get(k), idx.get(outAxes.get(k)));
      return result;
    }
    // Axes the two shapes share before the first that differs keep their index; the rest of the
    // element's flat position is unravelled over the input's other axes (a [B, T, 128] read as
    // [B, T, 4, 32] at [b, t, h, j] is read at [b, t, h*32 + j], its last index running along j).
    int p = 0;
    while (p < out.size() - 1 && p < in.size() - 1 && out.get(p).equals(in.get(p))) p++;
    if (p == 0) return canonical(ravel(idx, out), in); // registered, so that reading it back ravels to the same flat index
    List<Ix> result = new ArrayList<>(idx.subList(0, p));
    result.addAll(unravel(ravel(idx.subList(p, idx.size()), out.subList(p, out.size())), in.subList(p, in.size())));
    flats.putIfAbsent(new Canon(result, in), ravel(idx, out));
    return result;
  }

  private static List<Integer> nonUnit(List<Dim> shape) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < shape.size(); k++) {
      Dim d = shape.get(k);
      if (!(d.isConstant() && d.constant() == 1)) out.add(k);
    }
    return out;
  }
}
