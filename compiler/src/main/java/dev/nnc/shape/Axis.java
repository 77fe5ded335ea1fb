package dev.nnc.shape;

import dev.nnc.diag.Span;

/**
 * One axis of a tensor type: its size, and where the size came from so that a diagnostic can
 * point at the declaration ({@code origin}, may be null) and name it ({@code why}, may be null,
 * such as "`hidden` = 256" or "in_features").
 */
public record Axis(Dim size, Span origin, String why) {
  public static Axis of(Dim size) { return new Axis(size, null, null); }
  public static Axis of(long size) { return new Axis(Dim.of(size), null, null); }

  public boolean isOne() { return size.isConstant() && size.constant() == 1; }

  @Override public String toString() { return size.toString(); }
}
