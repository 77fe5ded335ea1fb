package dev.nnc.kernel;

import dev.nnc.ir.Op;
import java.util.List;

/**
 * One kernel at loop level, below the launch plan and above the backends: its buffer
 * parameters, then statements over named values, index arithmetic, loads and stores, loops,
 * branches, accumulators and work-group memory. {@link Lowering} writes it from a launch;
 * a backend renders it ({@code dev.nnc.opencl.ClRender} writes OpenCL C); {@link KernelPrinter}
 * lists it and {@link KernelVerifier} checks it.
 *
 * <p>The kernel runs once per work-item of an n-dimensional range ({@link Expr.Id}); a
 * work-group of items shares {@link Stmt.Array local} arrays and meets at {@link Stmt.Barrier
 * barriers}. A value has one of four {@link Kind kinds}: 32-bit float (a bool is 0 and 1),
 * 32-bit int, the accumulator (double where the device has it) and the truth of a condition.
 *
 * @param params the buffers in the order of the kernel's parameters; a load or store names one by its ordinal
 * @param checks whether it checks indices read from the data ({@link Expr.Checked}), so takes the program's fault cells
 * @param group the work-group size it requires along axis 0, or 0 where any fits
 */
public record Kernel(String name, String comment, List<Param> params, boolean checks, int group, List<Stmt> body) {
  /** A value's kind. */
  public enum Kind {
    FLOAT,
    INT,
    /** A reduction's accumulator: double where the device has fp64, as the JVM backend's. */
    ACC,
    /** A condition of a branch, a loop or a selection; never stored. */
    BOOL
  }

  /** A buffer parameter: the program's buffer slot it is bound to, and the kind of its elements. */
  public record Param(int slot, Kind kind) {}

  /** An expression; every one has a kind. */
  public sealed interface Expr {
    Kind kind();

    /** A named value: a {@link Stmt.Let}, a {@link Stmt.Declare}, or a loop's counter. */
    record Var(String name, Kind kind) implements Expr {}

    /** A constant of a kind (an {@link Kind#ACC ACC} constant is a reduction's identity, which may be infinite). */
    record Lit(double value, Kind kind) implements Expr {}

    /** The value of the program's size formula in slot {@code slot} of the size table. */
    record Size(int slot) implements Expr {
      public Kind kind() { return Kind.INT; }
    }

    /** The work-item's index along an axis of the range: global, or within its work-group. */
    record Id(boolean local, int axis) implements Expr {
      public Kind kind() { return Kind.INT; }
    }

    /** Element {@code index} of buffer parameter {@code param}. */
    record Load(int param, Expr index, Kind kind) implements Expr {}

    /** An element of an {@link Stmt.Array} of floats. */
    record ArrayLoad(String array, List<Expr> index) implements Expr {
      public Kind kind() { return Kind.FLOAT; }
    }

    /** Index arithmetic of non-negative ints: {@code + - * / %} as C and Java have them, and {@code m} for the minimum. */
    record Index(char op, Expr a, Expr b) implements Expr {
      public Kind kind() { return Kind.INT; }
    }

    /** An elementwise op of one operand: of ints where its kind is int, else of floats. */
    record Unary(Op op, Expr x, Kind kind) implements Expr {}

    /**
     * An elementwise op of two operands of one kind (float or int); its kind is the result's, a
     * comparison of ints giving a float 0 or 1 as every bool.
     */
    record Binary(Op op, Expr a, Expr b, Kind kind) implements Expr {}

    /** A comparison (LT, LE, GT, GE, EQ, NE) as a condition. */
    record Cmp(Op op, Expr a, Expr b) implements Expr {
      public Cmp {
        symbol(op);
      }

      public Kind kind() { return Kind.BOOL; }

      /** The comparison as C and Java write it. */
      public String symbol() { return symbol(op); }

      private static String symbol(Op op) {
        return switch (op) {
          case LT -> "<";
          case LE -> "<=";
          case GT -> ">";
          case GE -> ">=";
          case EQ -> "==";
          case NE -> "!=";
          default -> throw new IllegalArgumentException(op.word() + " is not a comparison");
        };
      }
    }

    /** Both conditions. */
    record And(Expr a, Expr b) implements Expr {
      public Kind kind() { return Kind.BOOL; }
    }

    /** a where c holds, else b: c a condition, or a float that holds where it is not 0. */
    record Select(Expr c, Expr a, Expr b) implements Expr {
      public Kind kind() { return a.kind(); }
    }

    /**
     * A value as another kind: an int or an accumulator as a float, to nearest; a float or an
     * accumulator as an int, toward zero, saturating, NaN as 0 (Java's {@code (int)}); a float
     * as an accumulator, exactly.
     */
    record Convert(Expr x, Kind kind) implements Expr {}

    /** 1 where x is not 0, else 0: a cast to bool. */
    record Truth(Expr x) implements Expr {
      public Kind kind() { return Kind.FLOAT; }
    }

    /** The bits of an int as a float, or of a float as an int. */
    record Bits(Expr x, Kind kind) implements Expr {}

    /**
     * One float32 element of Philox-4x32-10, uniform in [0, 1) or standard normal, from the
     * stream's key (the low 32 bits of {@code seed}, plus {@code runSeed} where a run chose it,
     * and of {@code stream}), the step and the element's index.
     */
    record Random(boolean normal, long seed, Expr runSeed, long stream, Expr step, Expr index) implements Expr {
      public Kind kind() { return Kind.FLOAT; }
    }

    /** An index read from the data, checked to lie in [0, size): outside it the fault is kept and 0 read. */
    record Checked(Expr index, Expr size) implements Expr {
      public Kind kind() { return Kind.INT; }
    }
  }

  /** A statement. */
  public sealed interface Stmt {
    /** A value that does not change. */
    record Let(Expr.Var var, Expr value) implements Stmt {}

    /** A variable, with its first value or none. */
    record Declare(Expr.Var var, Expr init) implements Stmt {}

    record Assign(Expr.Var var, Expr value) implements Stmt {}

    /** Folds a value into an {@link Kind#ACC accumulator} with a reduction's combining op. */
    record Accumulate(Expr.Var acc, Op combine, Expr value) implements Stmt {}

    /** Element {@code index} of buffer parameter {@code param} set to value. */
    record Store(int param, Expr index, Expr value) implements Stmt {}

    /** An array of floats, private to the work-item or shared by its work-group ({@code local}). */
    record Array(String name, List<Integer> dims, boolean local) implements Stmt {}

    record ArrayStore(String array, List<Expr> index, Expr value) implements Stmt {}

    /** {@code orElse} empty where there is none. */
    record If(Expr cond, List<Stmt> then, List<Stmt> orElse) implements Stmt {}

    /** for (counter = from; counter < to; counter += step). */
    record For(Expr.Var counter, Expr from, Expr to, int step, List<Stmt> body) implements Stmt {}

    /** The work-group's items wait for each other; local memory written before is visible after. */
    record Barrier() implements Stmt {}

    /** The work-item stops. */
    record Return() implements Stmt {}
  }
}
