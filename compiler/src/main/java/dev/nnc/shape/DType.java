package dev.nnc.shape;

/** Element types of tensors. */
public enum DType {
  F32, F64, I32, BOOL;

  public boolean isFloat() { return this == F32 || this == F64; }
  public boolean isNumeric() { return this != BOOL; }

  public String word() { return name().toLowerCase(); }

  public static DType of(String word) {
    return switch (word) {
      case "f32" -> F32;
      case "f64" -> F64;
      case "i32" -> I32;
      case "bool" -> BOOL;
      default -> throw new IllegalArgumentException(word);
    };
  }
}
