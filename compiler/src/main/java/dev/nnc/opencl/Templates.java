package dev.nnc.opencl;

import dev.nnc.ir.Op;

/**
 * The OpenCL C of each elementwise primitive, one line each, as an expression of its
 * operands' float values, or of int values for {@code i32} operands. Transcendentals go through {@code F64}, which computes in double
 * and rounds once where the device has fp64 (as the JVM backend does), else in float.
 * Booleans are 0 and 1, as everywhere else; a comparison with NaN is false (NE: true).
 */
final class Templates {
  private Templates() {}

  /** The code every program starts with: the helpers the templates call. */
  static final String PRELUDE = """
      // nnc OpenCL prelude: helpers of the per-primitive templates
      #pragma OPENCL FP_CONTRACT OFF
      #ifdef NNC_FP64
      #pragma OPENCL EXTENSION cl_khr_fp64 : enable
      typedef double acc_t;
      typedef double2 acc_t2;
      typedef double4 acc_t4;
      typedef double8 acc_t8;
      #define nnc_acc2 convert_double2
      #define nnc_acc4 convert_double4
      #define nnc_acc8 convert_double8
      #define F64(f, x) ((float) f((double) (x)))
      #define F64_2(f, x, y) ((float) f((double) (x), (double) (y)))
      #else
      typedef float acc_t;
      typedef float2 acc_t2;
      typedef float4 acc_t4;
      typedef float8 acc_t8;
      #define nnc_acc2(x) (x)
      #define nnc_acc4(x) (x)
      #define nnc_acc8(x) (x)
      #define F64(f, x) f(x)
      #define F64_2(f, x, y) f(x, y)
      #endif
      #define BOOL(c) ((c) ? 1.0f : 0.0f)
      // Integer division toward zero, as Java's; by zero the int nearest the float quotient (Fn.div).
      inline int nnc_idiv(int a, int b) {
        if (b == 0) return a > 0 ? INT_MAX : a < 0 ? INT_MIN : 0;
        return b == -1 ? (int) (0u - (uint) a) : a / b;
      }
      // An index read from the data, checked against its axis (Fn.index): outside it, the first
      // such index and the axis's size go to the program's fault cells and 0 is read instead; the
      // host reports it after the run.
      inline int nnc_index(int i, int n, __global int* fault) {
        if (i >= 0 && i < n) return i;
        if (atomic_cmpxchg((volatile __global int*) fault, 0, 1) == 0) { fault[1] = i; fault[2] = n; }
        return 0;
      }
      inline float nnc_sigmoid(float x) {
      #ifdef NNC_FP64
        return (float) (1.0 / (1.0 + exp(-(double) x)));
      #else
        return 1.0f / (1.0f + exp(-x));
      #endif
      }
      // Math.max and Math.min of Java: NaN if either is NaN.
      inline float nnc_max(float a, float b) { return isnan(a) || isnan(b) ? NAN : fmax(a, b); }
      inline float nnc_min(float a, float b) { return isnan(a) || isnan(b) ? NAN : fmin(a, b); }
      // Philox-4x32-10 (dev.nnc.runtime.Philox): four words from (counter, key).
      inline uint4 nnc_philox(uint4 c, uint2 k) {
        for (int round = 0; round < 10; round++) {
          if (round > 0) { k.x += 0x9E3779B9u; k.y += 0xBB67AE85u; }
          uint hi0 = mul_hi(0xD2511F53u, c.x), lo0 = 0xD2511F53u * c.x;
          uint hi1 = mul_hi(0xCD9E8D57u, c.z), lo1 = 0xCD9E8D57u * c.z;
          uint n0 = hi1 ^ c.y ^ k.x, n2 = hi0 ^ c.w ^ k.y;
          c = (uint4) (n0, lo1, n2, lo0);
        }
        return c;
      }
      // One float32 element: uniform in [0, 1) or standard normal (Box-Muller), as Philox.sampleF32.
      inline float nnc_random(int normal, uint seed, uint stream, float step, int index) {
        long s = (long) step;
        uint4 o = nnc_philox((uint4) ((uint) index, 0u, (uint) s, (uint) (s >> 32)), (uint2) (seed, stream));
      #ifdef NNC_FP64
        double u1 = (double) (o.x >> 8) * 0x1p-24;
        if (!normal) return (float) u1;
        double u2 = (double) (o.z >> 8) * 0x1p-24;
        return (float) (sqrt(-2.0 * log(1.0 - u1)) * cos(6.283185307179586 * u2));
      #else
        float u1 = (float) (o.x >> 8) * 0x1p-24f;
        if (!normal) return u1;
        float u2 = (float) (o.z >> 8) * 0x1p-24f;
        return sqrt(-2.0f * log(1.0f - u1)) * cos(6.2831855f * u2);
      #endif
      }
      """;

  /** The expression of a one-operand op. */
  static String unary(Op op, String x) {
    return switch (op) {
      case NEG -> "(-" + x + ")";
      case RECIP -> "(1.0f / " + x + ")";
      case EXP, LOG, SQRT, TANH, SIN, COS, FLOOR, CEIL, ERF -> "F64(" + op.word() + ", " + x + ")";
      case SIGMOID -> "nnc_sigmoid(" + x + ")";
      case ABS -> "fabs(" + x + ")";
      case SIGN -> "sign(" + x + ")";
      case NOT -> "BOOL(" + x + " == 0.0f)";
      default -> throw new IllegalStateException("no OpenCL template for " + op.word());
    };
  }

  /** The expression of a one-operand op of ints, giving an int. */
  static String intUnary(Op op, String x) {
    return switch (op) {
      case NEG -> "((int) (0u - (uint) " + x + "))";
      case ABS -> "((int) abs(" + x + "))";
      case SIGN -> "((" + x + " > 0) - (" + x + " < 0))";
      default -> throw new IllegalStateException("no OpenCL template for " + op.word() + " of integers");
    };
  }

  /**
   * The expression of a two-operand op of ints: wrapping arithmetic (in uint, where C leaves
   * signed overflow undefined), division toward zero, powers as the float power truncated; a
   * comparison gives a bool.
   */
  static String intBinary(Op op, String a, String b) {
    return switch (op) {
      case ADD -> "((int) ((uint) " + a + " + (uint) " + b + "))";
      case SUB -> "((int) ((uint) " + a + " - (uint) " + b + "))";
      case MUL -> "((int) ((uint) " + a + " * (uint) " + b + "))";
      case DIV -> "nnc_idiv(" + a + ", " + b + ")";
      case POW -> "convert_int_sat(F64_2(pow, (float) " + a + ", (float) " + b + "))";
      case MAX -> "max(" + a + ", " + b + ")";
      case MIN -> "min(" + a + ", " + b + ")";
      case LT -> "BOOL(" + a + " < " + b + ")";
      case LE -> "BOOL(" + a + " <= " + b + ")";
      case GT -> "BOOL(" + a + " > " + b + ")";
      case GE -> "BOOL(" + a + " >= " + b + ")";
      case EQ -> "BOOL(" + a + " == " + b + ")";
      case NE -> "BOOL(" + a + " != " + b + ")";
      default -> throw new IllegalStateException("no OpenCL template for " + op.word() + " of integers");
    };
  }

  /** The expression of a two-operand op of floats. */
  static String binary(Op op, String a, String b) {
    return switch (op) {
      case ADD -> "(" + a + " + " + b + ")";
      case SUB -> "(" + a + " - " + b + ")";
      case MUL -> "(" + a + " * " + b + ")";
      case DIV -> "(" + a + " / " + b + ")";
      case POW -> "F64_2(pow, " + a + ", " + b + ")";
      case MAX -> "nnc_max(" + a + ", " + b + ")";
      case MIN -> "nnc_min(" + a + ", " + b + ")";
      case LT -> "BOOL(" + a + " < " + b + ")";
      case LE -> "BOOL(" + a + " <= " + b + ")";
      case GT -> "BOOL(" + a + " > " + b + ")";
      case GE -> "BOOL(" + a + " >= " + b + ")";
      case EQ -> "BOOL(" + a + " == " + b + ")";
      case NE -> "BOOL(" + a + " != " + b + ")";
      case AND -> "BOOL(" + a + " != 0.0f && " + b + " != 0.0f)";
      case OR -> "BOOL(" + a + " != 0.0f || " + b + " != 0.0f)";
      default -> throw new IllegalStateException("no OpenCL template for " + op.word());
    };
  }

  /**
   * The statement that combines a reduction's accumulator {@code acc} (of type acc_t) with the
   * next value v by the reduction's combining op, as the JVM backend does in double: Math.max
   * and Math.min, where NaN wins.
   */
  static String accumulate(Op op, String acc, String v) {
    return switch (op) {
      case ADD -> acc + " += " + v + ";";
      case MUL -> acc + " *= " + v + ";";
      case MAX, MIN -> acc + " = isnan(" + acc + ") || isnan(" + v + ") ? NAN : " + (op == Op.MAX ? "fmax" : "fmin")
          + "(" + acc + ", " + v + ");";
      default -> throw new IllegalStateException("no OpenCL accumulation for combining with " + op.word());
    };
  }

  /** A reduction's identity as an acc_t literal: 0, 1, -INFINITY. */
  static String identity(double identity) {
    if (Double.isInfinite(identity)) return identity > 0 ? "INFINITY" : "-INFINITY";
    return identity == Math.rint(identity) && Math.abs(identity) < 1e15 ? Long.toString((long) identity) : Double.toString(identity);
  }

  /** An int literal (INT_MIN as an expression, which C cannot write as one literal). */
  static String intLiteral(double value) {
    int v = (int) value;
    if (v == Integer.MIN_VALUE) return "(-2147483647 - 1)";
    return v < 0 ? "(" + v + ")" : Integer.toString(v);
  }

  /** A float literal that reads back as exactly this float. */
  static String literal(double value) {
    float f = (float) value;
    if (Float.isNaN(f)) return "NAN";
    if (Float.isInfinite(f)) return f > 0 ? "INFINITY" : "(-INFINITY)";
    if (f == (int) f && Math.abs(f) < 1e7 && !(f == 0 && 1 / f < 0)) return (int) f + ".0f";
    return "(" + Float.toHexString(f) + "f)";
  }
}
