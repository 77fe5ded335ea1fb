package dev.nnc.plan;

/**
 * Integer index arithmetic inside a kernel, built with light simplification so that the
 * common cases (an operand of the loop's own shape, a broadcast bias) cost an add or a
 * remainder, not a full unravel and ravel. Records, so equal expressions share one local.
 */
public sealed interface Ix {
  /** A constant. */
  record Lit(int value) implements Ix {}

  /** The value of the program's size formula in slot {@code slot} of the dims table. */
  record Size(int slot) implements Ix {}

  /** The counter of loop {@code loop} (the flat index of its iteration space). */
  record Counter(int loop) implements Ix {}

  /** An index read from data: the float in a local, as an int (a gather's index). */
  record Read(int local) implements Ix {}

  /** a + b, a * b, a / b, a % b (non-negative operands). */
  record Bin(char op, Ix a, Ix b) implements Ix {}

  Lit ZERO = new Lit(0);
  Lit ONE = new Lit(1);

  static Ix add(Ix a, Ix b) {
    if (a instanceof Lit x && b instanceof Lit y) return new Lit(x.value + y.value);
    if (a.equals(ZERO)) return b;
    if (b.equals(ZERO)) return a;
    return new Bin('+', a, b);
  }

  static Ix sub(Ix a, Ix b) {
    if (a instanceof Lit x && b instanceof Lit y) return new Lit(x.value - y.value);
    if (b.equals(ZERO)) return a;
    return new Bin('-', a, b);
  }

  static Ix mul(Ix a, Ix b) {
    if (a instanceof Lit x && b instanceof Lit y) return new Lit(x.value * y.value);
    if (a.equals(ZERO) || b.equals(ZERO)) return ZERO;
    if (a.equals(ONE)) return b;
    if (b.equals(ONE)) return a;
    return new Bin('*', a, b);
  }

  static Ix div(Ix a, Ix b) {
    if (a instanceof Lit x && b instanceof Lit y) return new Lit(x.value / y.value);
    if (b.equals(ONE) || a.equals(ZERO)) return a;
    // (x * k) / k, the ravel of an index that is unravelled again
    if (a instanceof Bin m && m.op == '*' && m.b.equals(b)) return m.a;
    return new Bin('/', a, b);
  }

  static Ix rem(Ix a, Ix b) {
    if (a instanceof Lit x && b instanceof Lit y) return new Lit(x.value % y.value);
    if (b.equals(ONE) || a.equals(ZERO)) return ZERO;
    return new Bin('%', a, b);
  }
}
