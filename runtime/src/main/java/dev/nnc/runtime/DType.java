package dev.nnc.runtime;

/** The element types a host tensor holds, with their size and their names in NumPy and safetensors. */
public enum DType {
  F32(4, "f4", "F32"),
  F64(8, "f8", "F64"),
  I32(4, "i4", "I32"),
  I64(8, "i8", "I64"),
  BOOL(1, "b1", "BOOL");

  private final int bytes;
  private final String npy;
  private final String safetensors;

  DType(int bytes, String npy, String safetensors) {
    this.bytes = bytes;
    this.npy = npy;
    this.safetensors = safetensors;
  }

  /** Bytes per element. */
  public int bytes() { return bytes; }

  /** The NumPy type code without its byte-order character: {@code f4}. */
  public String npyCode() { return npy; }

  /** The safetensors dtype name: {@code F32}. */
  public String safetensorsName() { return safetensors; }

  /** The spelling nnc uses in types: {@code f32}, {@code bool}. */
  public String nncName() { return name().toLowerCase(java.util.Locale.ROOT); }

  /** The dtype with this safetensors name, or null. */
  public static DType ofSafetensors(String name) {
    for (DType d : values()) if (d.safetensors.equals(name)) return d;
    return null;
  }

  /** The dtype with this NumPy code (without byte order), or null. */
  public static DType ofNpy(String code) {
    for (DType d : values()) if (d.npy.equals(code)) return d;
    return null;
  }
}
