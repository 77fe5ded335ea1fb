package dev.nnc.ir;

/** The closed set of primitive ops of the graph IR, each with its rules in one {@link Primitive}. */
public enum Op {
  // leaves
  INPUT(Leaves.INPUT), PARAM(Leaves.PARAM), FILL(Leaves.FILL), CONST(Leaves.CONST), SIZE(Leaves.SIZE),
  IOTA(Leaves.IOTA),
  // elementwise, one input
  NEG(Elementwise.NEG), RECIP(Elementwise.RECIP), EXP(Elementwise.EXP), LOG(Elementwise.LOG),
  SQRT(Elementwise.SQRT), TANH(Elementwise.TANH), SIGMOID(Elementwise.SIGMOID), SIN(Elementwise.SIN),
  COS(Elementwise.COS), ERF(Elementwise.ERF), ABS(Elementwise.ABS), SIGN(Elementwise.SIGN),
  FLOOR(Elementwise.FLOOR), CEIL(Elementwise.CEIL), NOT(Elementwise.NOT),
  // elementwise, two inputs of one shape
  ADD(Elementwise.ADD), SUB(Elementwise.SUB), MUL(Elementwise.MUL), DIV(Elementwise.DIV),
  POW(Elementwise.POW), MAX(Elementwise.MAX), MIN(Elementwise.MIN),
  LT(Elementwise.LT), LE(Elementwise.LE), GT(Elementwise.GT), GE(Elementwise.GE),
  EQ(Elementwise.EQ), NE(Elementwise.NE), AND(Elementwise.AND), OR(Elementwise.OR),
  SELECT(Elementwise.SELECT), CAST(Elementwise.CAST), STOP_GRADIENT(Elementwise.STOP_GRADIENT),
  // reductions
  SUM(Reductions.SUM), REDUCE_MAX(Reductions.MAX), REDUCE_PROD(Reductions.PROD),
  // structure
  RESHAPE(Structure.RESHAPE), TRANSPOSE(Structure.TRANSPOSE), BROADCAST(Structure.BROADCAST),
  SLICE(Structure.SLICE), PAD(Structure.PAD), CONCAT(Structure.CONCAT),
  GATHER(Structure.GATHER), SCATTER_ADD(Structure.SCATTER_ADD),
  MASK_SELECT(Masking.SELECT), MASK_SCATTER(Masking.SCATTER), LOOP(Loops.LOOP),
  // contraction
  MATMUL(Contraction.MATMUL),
  // convolution (NCHW) and its two transposes
  CONV2D(Convolution.CONV2D), CONV2D_INPUT_GRAD(Convolution.INPUT_GRAD), CONV2D_WEIGHT_GRAD(Convolution.WEIGHT_GRAD),
  // max pooling (NCHW) and the two companions that close its vjp
  MAX_POOL2D(Pooling.MAX_POOL2D), MAX_POOL2D_SCATTER(Pooling.SCATTER), MAX_POOL2D_GATHER(Pooling.GATHER),
  // counter-based random numbers
  RANDOM(Philox.RANDOM);

  private final Primitive primitive;

  Op(Primitive primitive) {
    this.primitive = primitive;
  }

  public Primitive primitive() { return primitive; }

  public String word() { return name().toLowerCase(); }
}
