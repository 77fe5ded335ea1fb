package dev.nnc.jvm;

import static dev.nnc.jvm.KernelWriter.HI;
import static dev.nnc.jvm.KernelWriter.LO;
import static dev.nnc.jvm.KernelWriter.SUMS;
import static dev.nnc.jvm.KernelWriter.VECTOR;
import static dev.nnc.jvm.KernelWriter.VSUMS;
import static dev.nnc.jvm.KernelWriter.ints;
import static org.objectweb.asm.Opcodes.*;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Primitive;
import dev.nnc.kernel.Lowering;
import dev.nnc.plan.Dims;
import dev.nnc.plan.Indices;
import dev.nnc.plan.Ix;
import dev.nnc.shape.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The JVM's own loops for two kinds of reduction, written into a {@link KernelWriter}'s method;
 * items are the elements of the reduction's result, and every other reduction is the kernel
 * IR's ({@link dev.nnc.kernel.Lowering#reduction}). {@link #reduceRows}, for a reduction over
 * the input's leading axes, walks the input's rows in memory order and combines a block of
 * results at once; {@link #reduce}, for a sum of contiguous runs of a stored value, adds each
 * run's sum in SIMD lanes. Both combine in float64 from the primitive's identity
 * ({@link Primitive#reduction}); the writer's values, indices and locals are the writer's.
 */
final class ReductionLoops {
  private final KernelWriter w;

  ReductionLoops(KernelWriter w) {
    this.w = w;
  }

  /**
   * Whether these loops take the reduction: over its input's leading axes ({@link #reduceRows}),
   * or a sum of a stored float value over axes that end with its last ones (a bias gradient:
   * [B, C, H, W] over B, H and W), whose contiguous runs {@link #reduce} sums whole. Every other
   * reduction is the kernel IR's.
   */
  static boolean handles(Node reduce, List<Node> inner, Set<Node> computed, Lowering.Storage storage) {
    Node x = reduce.input(0);
    Attr.Axes axes = (Attr.Axes) reduce.attr();
    int rank = x.type().rank();
    return leading(axes, rank) || inner.isEmpty() && tail(axes, rank) < rank && Primitive.reduction(reduce.op()).combine() == Op.ADD
        && !ints(x) && !computed.contains(x) && storage.slot(x) >= 0;
  }

  /** The first of the input's trailing axes that the reduction reduces, all of them after it. */
  private static int tail(Attr.Axes axes, int rank) {
    int tail = rank;
    while (tail > 0 && axes.axes().contains(tail - 1)) tail--;
    return tail;
  }

  /**
   * A reduction that {@link #handles} says these loops take. Other than over leading axes: the
   * inner loop runs over the reduced axes before the trailing run, and each of its elements adds
   * a run's sum (Sums, VectorSums).
   */
  void reduce(Node reduce, List<Node> inner, List<Node> outer) {
    Node x = reduce.input(0);
    List<Dim> xDims = x.type().dims(), oDims = reduce.type().dims();
    Attr.Axes axes = (Attr.Axes) reduce.attr();
    if (leading(axes, xDims.size())) {
      reduceRows(reduce, inner, outer);
      return;
    }
    int tail = tail(axes, xDims.size());
    List<Dim> reduced = new ArrayList<>();
    for (int ax : axes.axes()) if (ax < tail) reduced.add(xDims.get(ax));
    int outerLoop = w.loops++, innerLoop = w.loops++;
    int o = w.newLocal(), j = w.newLocal(), count = w.newLocal(), acc = w.newLocal2();
    w.counters.put(outerLoop, o);
    w.counters.put(innerLoop, j);
    w.push(w.dims.ix(Dims.product(reduced)));
    w.mv.visitVarInsn(ISTORE, count);
    List<Ix> oIdx = w.indices.canonical(new Ix.Counter(outerLoop), oDims);
    List<Ix> rIdx = new ArrayList<>(w.indices.unravel(new Ix.Counter(innerLoop), reduced));
    for (int k = tail; k < xDims.size(); k++) rIdx.add(Ix.ZERO);
    List<Ix> xIdx = Indices.reductionInput(axes, xDims.size(), oIdx, rIdx);
    Label head = new Label(), done = new Label(), ihead = new Label(), idone = new Label();
    w.mv.visitVarInsn(ILOAD, LO);
    w.mv.visitVarInsn(ISTORE, o);
    w.mv.visitLabel(head);
    w.mv.visitVarInsn(ILOAD, o);
    w.mv.visitVarInsn(ILOAD, HI);
    w.mv.visitJumpInsn(IF_ICMPGE, done);
    w.scopes.push(new HashMap<>());
    w.mv.visitLdcInsn(Primitive.reduction(reduce.op()).identity());
    w.mv.visitVarInsn(DSTORE, acc);
    w.mv.visitInsn(ICONST_0);
    w.mv.visitVarInsn(ISTORE, j);
    w.mv.visitLabel(ihead);
    w.mv.visitVarInsn(ILOAD, j);
    w.mv.visitVarInsn(ILOAD, count);
    w.mv.visitJumpInsn(IF_ICMPGE, idone);
    w.scopes.push(new HashMap<>());
    w.mv.visitVarInsn(DLOAD, acc);
    w.pushBuffer(w.storage.slot(x));
    w.push(w.indices.ravel(xIdx, xDims));
    w.push(w.dims.ix(Dims.product(xDims.subList(tail, xDims.size()))));
    w.mv.visitMethodInsn(INVOKESTATIC, VECTOR ? VSUMS : SUMS, "sum", "([FII)D", false);
    w.mv.visitInsn(DADD);
    w.mv.visitVarInsn(DSTORE, acc);
    w.scopes.pop();
    w.mv.visitIincInsn(j, 1);
    w.mv.visitJumpInsn(GOTO, ihead);
    w.mv.visitLabel(idone);
    int result = w.newLocal();
    w.mv.visitVarInsn(DLOAD, acc);
    w.mv.visitInsn(ints(reduce) ? D2I : D2F);
    w.mv.visitVarInsn(ints(reduce) ? ISTORE : FSTORE, result);
    w.scopes.peek().put(new KernelWriter.Key(reduce, oIdx), result);
    for (Node e : outer) w.store(e, oIdx, new Ix.Counter(outerLoop));
    w.scopes.pop();
    w.mv.visitIincInsn(o, 1);
    w.mv.visitJumpInsn(GOTO, head);
    w.mv.visitLabel(done);
  }

  /** How many results a row-major reduction accumulates at once: 8 KiB of doubles, which stay in L1. */
  private static final int ROW_BLOCK = 1024;

  /** Whether a reduction's axes are its input's leading axes and not all of them (a bias gradient: [B, T, N] to [N]). */
  static boolean leading(Attr.Axes axes, int rank) {
    List<Integer> a = axes.axes();
    if (a.isEmpty() || a.size() >= rank) return false;
    for (int k = 0; k < a.size(); k++) if (a.get(k) != k) return false;
    return true;
  }

  /**
   * A reduction over leading axes, row-major: the reduced elements of one result are a column
   * of the input, so rather than walking each column (a cache line a step, and the reduced
   * index unravelled for every element) it walks the input's rows in order and combines a row
   * of results at once, a block of up to {@link #ROW_BLOCK} of this launch's results kept in a
   * double array. Each result still combines its elements in the order {@link #reduce}'s loop
   * takes them, from the same identity, in float64: the same bits.
   *
   * <pre>
   * acc = Sums.rows(min(BLOCK, hi - lo))   (the thread's own array, reused: no allocation a step)
   * for (b = lo; b &lt; hi; b += BLOCK) {
   *   e = min(b + BLOCK, hi); acc[0, e - b) = identity
   *   for (r = 0; r &lt; count; r++) for (o = b; o &lt; e; o++) acc[o - b] = combine(acc[o - b], x[r, o])
   *   for (o = b; o &lt; e; o++) { reduce[o] = (float) acc[o - b]; the epilogue at o }
   * }
   * </pre>
   */
  private void reduceRows(Node reduce, List<Node> inner, List<Node> outer) {
    Node x = reduce.input(0);
    List<Dim> xDims = x.type().dims(), oDims = reduce.type().dims();
    Attr.Axes axes = (Attr.Axes) reduce.attr();
    List<Dim> reduced = xDims.subList(0, axes.axes().size());
    int outerLoop = w.loops++, innerLoop = w.loops++;
    int o = w.newLocal(), r = w.newLocal(), count = w.newLocal(), acc = w.newLocal(), b = w.newLocal(), e = w.newLocal();
    w.counters.put(outerLoop, o);
    w.counters.put(innerLoop, r);
    w.push(w.dims.ix(Dims.product(reduced)));
    w.mv.visitVarInsn(ISTORE, count);
    List<Ix> oIdx = w.indices.canonical(new Ix.Counter(outerLoop), oDims);
    List<Ix> rIdx = w.indices.unravel(new Ix.Counter(innerLoop), reduced);
    List<Ix> xIdx = Indices.reductionInput(axes, xDims.size(), oIdx, rIdx);
    // The part of the input's flat index that depends on the row alone, as ravel builds it.
    Ix row = Ix.ZERO;
    for (int k = 0; k < reduced.size(); k++) row = Ix.add(Ix.mul(row, w.dims.ix(xDims.get(k))), rIdx.get(k));
    row = Ix.mul(row, w.dims.ix(xDims.get(reduced.size())));
    Primitive.Reduction arithmetic = Primitive.reduction(reduce.op());
    // acc = Sums.rows(max(1, min(BLOCK, hi - lo)))
    w.mv.visitVarInsn(ILOAD, HI);
    w.mv.visitVarInsn(ILOAD, LO);
    w.mv.visitInsn(ISUB);
    w.pushInt(ROW_BLOCK);
    w.mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
    w.mv.visitInsn(ICONST_1);
    w.mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(II)I", false);
    w.mv.visitMethodInsn(INVOKESTATIC, SUMS, "rows", "(I)[D", false);
    w.mv.visitVarInsn(ASTORE, acc);
    w.mv.visitVarInsn(ILOAD, LO);
    w.mv.visitVarInsn(ISTORE, b);
    Label blocks = new Label(), blocksDone = new Label();
    w.mv.visitLabel(blocks);
    w.mv.visitVarInsn(ILOAD, b);
    w.mv.visitVarInsn(ILOAD, HI);
    w.mv.visitJumpInsn(IF_ICMPGE, blocksDone);
    w.mv.visitVarInsn(ILOAD, b);
    w.pushInt(ROW_BLOCK);
    w.mv.visitInsn(IADD);
    w.mv.visitVarInsn(ILOAD, HI);
    w.mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
    w.mv.visitVarInsn(ISTORE, e);
    // acc[0, e - b) = identity
    w.mv.visitVarInsn(ALOAD, acc);
    w.mv.visitInsn(ICONST_0);
    w.mv.visitVarInsn(ILOAD, e);
    w.mv.visitVarInsn(ILOAD, b);
    w.mv.visitInsn(ISUB);
    w.mv.visitLdcInsn(arithmetic.identity());
    w.mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "fill", "([DIID)V", false);
    // the rows
    w.mv.visitInsn(ICONST_0);
    w.mv.visitVarInsn(ISTORE, r);
    Label rows = new Label(), rowsDone = new Label();
    w.mv.visitLabel(rows);
    w.mv.visitVarInsn(ILOAD, r);
    w.mv.visitVarInsn(ILOAD, count);
    w.mv.visitJumpInsn(IF_ICMPGE, rowsDone);
    w.scopes.push(new HashMap<>());
    w.push(row); // w.computed once a row, in this scope; the column loop's w.indices find it here
    w.mv.visitInsn(POP);
    columns(o, b, e, () -> {
      int v = w.val(x, xIdx);
      for (Node p : inner) w.store(p, xIdx, w.indices.ravel(xIdx, xDims));
      w.mv.visitVarInsn(ALOAD, acc);
      w.mv.visitVarInsn(ILOAD, o);
      w.mv.visitVarInsn(ILOAD, b);
      w.mv.visitInsn(ISUB);
      w.mv.visitInsn(DUP2);
      w.mv.visitInsn(DALOAD);
      w.mv.visitVarInsn(ints(x) ? ILOAD : FLOAD, v);
      w.mv.visitInsn(ints(x) ? I2D : F2D);
      combineDoubles(w.mv, arithmetic.combine());
      w.mv.visitInsn(DASTORE);
    });
    w.scopes.pop();
    w.mv.visitIincInsn(r, 1);
    w.mv.visitJumpInsn(GOTO, rows);
    w.mv.visitLabel(rowsDone);
    // the results and the epilogue
    columns(o, b, e, () -> {
      w.mv.visitVarInsn(ALOAD, acc);
      w.mv.visitVarInsn(ILOAD, o);
      w.mv.visitVarInsn(ILOAD, b);
      w.mv.visitInsn(ISUB);
      w.mv.visitInsn(DALOAD);
      w.mv.visitInsn(ints(reduce) ? D2I : D2F);
      int result = w.newLocal();
      w.mv.visitVarInsn(ints(reduce) ? ISTORE : FSTORE, result);
      w.scopes.peek().put(new KernelWriter.Key(reduce, oIdx), result);
      for (Node n : outer) w.store(n, oIdx, new Ix.Counter(outerLoop));
    });
    w.mv.visitVarInsn(ILOAD, b);
    w.pushInt(ROW_BLOCK);
    w.mv.visitInsn(IADD);
    w.mv.visitVarInsn(ISTORE, b);
    w.mv.visitJumpInsn(GOTO, blocks);
    w.mv.visitLabel(blocksDone);
  }

  /** for (o = b; o &lt; e; o++) { body, in a scope of its own } */
  private void columns(int o, int b, int e, Runnable body) {
    Label head = new Label(), done = new Label();
    w.mv.visitVarInsn(ILOAD, b);
    w.mv.visitVarInsn(ISTORE, o);
    w.mv.visitLabel(head);
    w.mv.visitVarInsn(ILOAD, o);
    w.mv.visitVarInsn(ILOAD, e);
    w.mv.visitJumpInsn(IF_ICMPGE, done);
    w.scopes.push(new HashMap<>());
    body.run();
    w.scopes.pop();
    w.mv.visitIincInsn(o, 1);
    w.mv.visitJumpInsn(GOTO, head);
    w.mv.visitLabel(done);
  }

  /** A reduction's combining op on the two doubles on the stack (Math.max and min: NaN wins). */
  static void combineDoubles(MethodVisitor mv, Op op) {
    switch (op) {
      case ADD -> mv.visitInsn(DADD);
      case MUL -> mv.visitInsn(DMUL);
      case MAX -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(DD)D", false);
      case MIN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(DD)D", false);
      default -> throw new IllegalArgumentException("no double arithmetic for combining with " + op);
    }
  }
}
