package dev.nnc.ir;

import java.util.EnumSet;
import java.util.Set;

/** The closed set of primitive ops of the graph IR, each with its rules in one {@link Primitive}. */
public enum Op {
  // leaves
  INPUT(Kind.DATA, Leaves.INPUT), PARAM(Kind.DATA, Leaves.PARAM), FILL(Kind.GENERATED, Leaves.FILL),
  CONST(Kind.DATA, Leaves.CONST), SIZE(Kind.GENERATED, Leaves.SIZE),
  IOTA(Kind.GENERATED, Leaves.IOTA),
  // elementwise, one input
  NEG(Kind.ELEMENTWISE, Elementwise.NEG), RECIP(Kind.ELEMENTWISE, Elementwise.RECIP),
  EXP(Kind.ELEMENTWISE, Elementwise.EXP), LOG(Kind.ELEMENTWISE, Elementwise.LOG),
  SQRT(Kind.ELEMENTWISE, Elementwise.SQRT), TANH(Kind.ELEMENTWISE, Elementwise.TANH),
  SIGMOID(Kind.ELEMENTWISE, Elementwise.SIGMOID), SIN(Kind.ELEMENTWISE, Elementwise.SIN),
  COS(Kind.ELEMENTWISE, Elementwise.COS), ERF(Kind.ELEMENTWISE, Elementwise.ERF),
  ABS(Kind.ELEMENTWISE, Elementwise.ABS), SIGN(Kind.ELEMENTWISE, Elementwise.SIGN),
  FLOOR(Kind.ELEMENTWISE, Elementwise.FLOOR), CEIL(Kind.ELEMENTWISE, Elementwise.CEIL),
  NOT(Kind.ELEMENTWISE, Elementwise.NOT),
  // elementwise, two inputs of one shape
  ADD(Kind.ELEMENTWISE, Elementwise.ADD), SUB(Kind.ELEMENTWISE, Elementwise.SUB),
  MUL(Kind.ELEMENTWISE, Elementwise.MUL), DIV(Kind.ELEMENTWISE, Elementwise.DIV),
  POW(Kind.ELEMENTWISE, Elementwise.POW), MAX(Kind.ELEMENTWISE, Elementwise.MAX),
  MIN(Kind.ELEMENTWISE, Elementwise.MIN),
  LT(Kind.ELEMENTWISE, Elementwise.LT), LE(Kind.ELEMENTWISE, Elementwise.LE),
  GT(Kind.ELEMENTWISE, Elementwise.GT), GE(Kind.ELEMENTWISE, Elementwise.GE),
  EQ(Kind.ELEMENTWISE, Elementwise.EQ), NE(Kind.ELEMENTWISE, Elementwise.NE),
  AND(Kind.ELEMENTWISE, Elementwise.AND), OR(Kind.ELEMENTWISE, Elementwise.OR),
  SELECT(Kind.ELEMENTWISE, Elementwise.SELECT), CAST(Kind.ELEMENTWISE, Elementwise.CAST),
  STOP_GRADIENT(Kind.ELEMENTWISE, Elementwise.STOP_GRADIENT),
  // reductions
  SUM(Kind.REDUCTION, Reductions.SUM), REDUCE_MAX(Kind.REDUCTION, Reductions.MAX),
  REDUCE_PROD(Kind.REDUCTION, Reductions.PROD), REDUCE_MIN(Kind.REDUCTION, Reductions.MIN),
  // movement by the attributes, by an index input, and loops
  RESHAPE(Kind.MOVEMENT, Structure.RESHAPE), TRANSPOSE(Kind.MOVEMENT, Structure.TRANSPOSE),
  BROADCAST(Kind.MOVEMENT, Structure.BROADCAST),
  SLICE(Kind.MOVEMENT, Structure.SLICE), PAD(Kind.MOVEMENT, Structure.PAD),
  CONCAT(Kind.MOVEMENT, Structure.CONCAT),
  GATHER(Kind.INDEXING, Structure.GATHER), SCATTER_ADD(Kind.INDEXING, Structure.SCATTER_ADD),
  MASK_SELECT(Kind.INDEXING, Masking.SELECT), MASK_SCATTER(Kind.INDEXING, Masking.SCATTER),
  LOOP(Kind.LOOP, Loops.LOOP),
  // contraction
  MATMUL(Kind.CONTRACTION, Contraction.MATMUL),
  // convolution (NCHW) and its two transposes
  CONV2D(Kind.CONVOLUTION, Convolution.CONV2D), CONV2D_INPUT_GRAD(Kind.CONVOLUTION, Convolution.INPUT_GRAD),
  CONV2D_WEIGHT_GRAD(Kind.CONVOLUTION, Convolution.WEIGHT_GRAD),
  // max pooling (NCHW) and the two companions that close its vjp
  MAX_POOL2D(Kind.POOLING, Pooling.MAX_POOL2D), MAX_POOL2D_SCATTER(Kind.POOLING, Pooling.SCATTER),
  MAX_POOL2D_GATHER(Kind.POOLING, Pooling.GATHER),
  // counter-based random numbers
  RANDOM(Kind.RANDOM, Philox.RANDOM);

  /**
   * What an op does with the elements of its inputs, the one classification the passes share:
   * fusion, the launch plan, the rewrite rules and unmasking take their op groups from it.
   */
  public enum Kind {
    /** Values from outside the program: inputs, parameters, constants. */
    DATA,
    /** Values computed from the type alone wherever they are read: fills, sizes, iotas. */
    GENERATED,
    /** One output element from the inputs' elements at the same index. */
    ELEMENTWISE,
    /** An associative combine over axes, with an identity: sum, max, product. */
    REDUCTION,
    /** Elements moved by an index map the attributes fix: reshape, transpose, broadcast, slice, pad, concat. */
    MOVEMENT,
    /** Elements moved by an index map another input gives: gather, scatter-add, mask select and scatter. */
    INDEXING,
    /** A loop over steps with a body graph. */
    LOOP,
    /** Matrix products. */
    CONTRACTION,
    /** Convolutions and their two transposes. */
    CONVOLUTION,
    /** Max pooling and the two companions of its vector-Jacobian product. */
    POOLING,
    /** Counter-based random numbers. */
    RANDOM
  }

  private final Kind kind;
  private final Primitive primitive;

  Op(Kind kind, Primitive primitive) {
    this.kind = kind;
    this.primitive = primitive;
  }

  public Kind kind() { return kind; }

  public Primitive primitive() { return primitive; }

  /** The ops of the given kinds, a new set the caller may change. */
  public static Set<Op> of(Kind... kinds) {
    Set<Kind> wanted = kinds.length == 0 ? EnumSet.noneOf(Kind.class) : EnumSet.of(kinds[0], kinds);
    Set<Op> ops = EnumSet.noneOf(Op.class);
    for (Op op : values()) if (wanted.contains(op.kind)) ops.add(op);
    return ops;
  }

  public String word() { return name().toLowerCase(); }
}
