package dev.nnc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.kernel.Kernel.Expr;
import dev.nnc.kernel.Kernel.Kind;
import dev.nnc.kernel.Kernel.Stmt;
import dev.nnc.plan.Dims;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel IR: what a launch lowers to, as the printer lists it, and the faults the verifier finds. */
class KernelTest {
  private static TensorType f32(Dim... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Dim d : dims) axes.add(Axis.of(d));
    return new TensorType(DType.F32, axes);
  }

  private static Lowering.Storage storage(Map<Node, Integer> slots) {
    return n -> slots.getOrDefault(n, -1);
  }

  @Test
  void aBiasedExponentialIsOneLoadEachAnAddAnExpAndAStore() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N");
    Node x = g.input("x", f32(n, Dim.of(4))), b = g.param("b", f32(Dim.of(4)));
    Node bb = g.broadcast(b, List.of(n, Dim.of(4))), s = g.add(x, bb), y = g.exp(s);
    Kernel k = Lowering.segments("K", "exp(x + b)", new Dims(), storage(Map.of(x, 0, b, 1, y, 2)),
        new LinkedHashSet<>(List.of(bb, s, y)), List.of(List.of(y)), List.of());
    assertEquals("""
        kernel K(b0: f32 @ slot 0, b1: f32 @ slot 1, b2: f32 @ slot 2)
          let gid: i32 = global_id(0)
          let x0: i32 = d[0]
          if gid < x0
            let i1: i32 = (gid - 0)
            let v2: f32 = b0[i1]
            let x3: i32 = (i1 % 4)
            let v4: f32 = b1[x3]
            let v5: f32 = add(v2, v4)
            let v6: f32 = exp(v5)
            store b2[i1] = v6
        """, KernelPrinter.print(k));
  }

  @Test
  void aSumOfSquaresAccumulatesFromTheIdentityAndStoresTheRow() {
    Graph g = new Graph();
    Node x = g.input("x", f32(Dim.of(3), Dim.of(5)));
    Node sq = g.mul(x, x), sum = g.sum(sq, List.of(1), false);
    Kernel k = Lowering.reduction("K", "sum(x * x)", new Dims(), storage(Map.of(x, 0, sum, 1)),
        new LinkedHashSet<>(List.of(sq, sum)), List.of(sum), List.of(), List.of(sum));
    assertEquals("""
        kernel K(b0: f32 @ slot 0, b1: f32 @ slot 1)
          let o: i32 = global_id(0)
          if o >= 3
            return
          var acc: acc = 0.0acc
          let count: i32 = 5
          for j in 0 until count
            let x0: i32 = (o * 5)
            let x1: i32 = (x0 + j)
            let v2: f32 = b0[x1]
            let v3: f32 = mul(v2, v2)
            acc = add(acc, acc(v3))
          let r4: f32 = f32(acc)
          store b1[o] = r4
        """, KernelPrinter.print(k));
  }

  /** A pad or concat read at a position known when the kernel is written: no branch, the part's value. */
  @Test
  void aPadReadAtAKnownPositionNeedsNoBranch() {
    Graph g = new Graph();
    Dim n = Dim.symbol("N");
    Node x = g.input("x", f32(n, Dim.of(1)));
    Node padded = g.pad(x, 1, Dim.of(1), Dim.of(1), 7);
    Node before = g.slice(padded, 1, Dim.of(0), Dim.of(1)), inside = g.slice(padded, 1, Dim.of(1), Dim.of(1));
    Node both = g.add(before, inside);
    Kernel k = Lowering.segments("K", "", new Dims(), storage(Map.of(x, 0, both, 1)),
        new LinkedHashSet<>(List.of(padded, before, inside, both)), List.of(List.of(both)), List.of());
    assertEquals("""
        kernel K(b0: f32 @ slot 0, b1: f32 @ slot 1)
          let gid: i32 = global_id(0)
          let x0: i32 = d[0]
          if gid < x0
            let i1: i32 = (gid - 0)
            let v2: f32 = b0[i1]
            let v3: f32 = add(7.0, v2)
            store b1[i1] = v3
        """, KernelPrinter.print(k));
  }

  private static Kernel kernel(Kind param, Stmt... body) {
    return new Kernel("K", "", List.of(new Kernel.Param(7, param)), false, 0, List.of(body));
  }

  private static String fault(Kernel k) {
    return assertThrows(IllegalStateException.class, () -> KernelVerifier.verify(k)).getMessage();
  }

  @Test
  void theVerifierNamesTheStatementOfEachFault() {
    Expr.Var v = new Expr.Var("v", Kind.FLOAT), i = new Expr.Var("i", Kind.INT);
    Expr zero = new Expr.Lit(0, Kind.INT);
    Stmt store = new Stmt.Store(0, zero, v);
    assertEquals("kernel K: v is read where it is not defined, at: store b0[0] = v", fault(kernel(Kind.FLOAT, store)));
    Stmt let = new Stmt.Let(v, new Expr.Lit(1, Kind.FLOAT));
    assertEquals("kernel K: the stored value is f32, not i32: v, at: store b0[0] = v", fault(kernel(Kind.INT, let, store)));
    assertEquals("kernel K: v is not a variable, at: v = 2.0", fault(kernel(Kind.FLOAT, let, new Stmt.Assign(v, new Expr.Lit(2, Kind.FLOAT)))));
    Stmt inIf = new Stmt.If(new Expr.Cmp(Op.LT, new Expr.Id(false, 0), zero), List.of(new Stmt.Barrier()), List.of());
    assertEquals("kernel K: a barrier inside a branch: the work-group's items could disagree on reaching it, at: barrier",
        fault(kernel(Kind.FLOAT, inIf)));
    Stmt loop = new Stmt.For(i, zero, new Expr.Lit(4, Kind.INT), 1, List.of());
    assertEquals("kernel K: i is read where it is not defined, at: store b0[i] = 1.0",
        fault(kernel(Kind.FLOAT, loop, new Stmt.Store(0, i, new Expr.Lit(1, Kind.FLOAT)))));
    Stmt load = new Stmt.Let(i, new Expr.Checked(zero, new Expr.Lit(4, Kind.INT)));
    assertEquals("kernel K: the kernel reads a checked index but does not say it checks indices, at: let i: i32 = checked(0, 4)",
        fault(kernel(Kind.FLOAT, load)));
    // Well formed: a loop's counter read inside it, a variable assigned.
    Expr.Var w = new Expr.Var("w", Kind.FLOAT);
    KernelVerifier.verify(kernel(Kind.FLOAT, new Stmt.Declare(w, null),
        new Stmt.For(i, zero, new Expr.Lit(4, Kind.INT), 1, List.of(new Stmt.Assign(w, new Expr.Convert(i, Kind.FLOAT)),
            new Stmt.Store(0, i, w)))));
  }
}
