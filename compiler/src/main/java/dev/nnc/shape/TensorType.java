package dev.nnc.shape;

import java.util.ArrayList;
import java.util.List;

/** The type of a tensor: element type and axes, such as {@code f32[B, 784]}. */
public record TensorType(DType dtype, List<Axis> axes) {
  public TensorType {
    axes = List.copyOf(axes);
  }

  public static TensorType scalar(DType dtype) { return new TensorType(dtype, List.of()); }

  public int rank() { return axes.size(); }

  public Dim dim(int i) { return axes.get(i).size(); }

  public List<Dim> dims() { return axes.stream().map(Axis::size).toList(); }

  public TensorType withDtype(DType d) { return new TensorType(d, axes); }

  public TensorType withAxes(List<Axis> a) { return new TensorType(dtype, a); }

  /** The most elements a tensor may have: the backends index buffers with int. */
  public static final long MAX_ELEMENTS = Integer.MAX_VALUE;

  /**
   * A lower bound on the number of elements, as a decimal string, when it exceeds
   * {@link #MAX_ELEMENTS}; null otherwise. The bound is the product of the constant sizes (each
   * symbolic size is at least 1), so a type is rejected only when no choice of its symbols fits.
   */
  public String tooManyElements() {
    java.math.BigInteger n = java.math.BigInteger.ONE;
    boolean symbolic = false;
    for (Axis a : axes) {
      Dim d = a.size();
      if (d.isConstant()) n = n.multiply(java.math.BigInteger.valueOf(Math.max(0, d.constant())));
      else symbolic = true;
    }
    if (n.compareTo(java.math.BigInteger.valueOf(MAX_ELEMENTS)) <= 0) return null;
    return (symbolic ? "at least " : "") + n;
  }

  /** The number of elements. */
  public Dim elements() {
    Dim n = Dim.of(1);
    for (Axis a : axes) n = n.times(a.size());
    return n;
  }

  /** Equal element type and sizes (origins are ignored). */
  public boolean sameAs(TensorType o) {
    return dtype == o.dtype && dims().equals(o.dims());
  }

  /** Normalizes a possibly negative axis; -1 when out of range. */
  public int axis(long a) {
    long n = a < 0 ? a + rank() : a;
    return n < 0 || n >= rank() ? -1 : (int) n;
  }

  public List<Axis> axesCopy() { return new ArrayList<>(axes); }

  /** The same type without where its sizes came from: what the IR keeps, so equal types are equal. */
  public TensorType plain() {
    List<Axis> out = new ArrayList<>();
    for (Axis a : axes) out.add(a.origin() == null && a.why() == null ? a : Axis.of(a.size()));
    return new TensorType(dtype, out);
  }

  @Override public String toString() {
    StringBuilder out = new StringBuilder(dtype.word()).append('[');
    for (int i = 0; i < axes.size(); i++) {
      if (i > 0) out.append(", ");
      out.append(axes.get(i).size());
    }
    return out.append(']').toString();
  }
}
