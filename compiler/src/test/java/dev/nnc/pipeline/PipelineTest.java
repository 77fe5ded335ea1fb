package dev.nnc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Graph;
import dev.nnc.ir.IrException;
import dev.nnc.ir.Mistyped;
import dev.nnc.ir.Node;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner: passes in order by name, the verifier after an IR pass naming the pass, the observer. */
class PipelineTest {
  private static final TensorType F32 = TensorType.scalar(DType.F32);
  private static final TensorType I32 = TensorType.scalar(DType.I32);

  /** A pass that breaks the IR: it replaces the program's first root by an exp typed i32. */
  private static final Pass<Ir, Ir> BROKEN = new Pass<>("broken", "gives a node of the wrong type",
      ir -> new Ir(ir.graph(), List.of(Mistyped.exp(ir.roots().get(0), I32)), List.of()), Ir::roots, Ir::show);

  @Test
  void thePassesRunInFutharksOrder() {
    assertEquals(List.of("check", "lower", "unmask", "differentiate", "optimizer", "simplify", "fuse", "plan", "render"), Pipeline.names());
    assertSame(Pipeline.SIMPLIFY, Pipeline.named("simplify"));
    assertEquals(null, Pipeline.named("lowering"));
  }

  @Test
  void aBrokenGraphIsReportedWithThePassThatMadeIt() {
    Graph g = new Graph();
    Ir program = new Ir(g, List.of(g.exp(g.input("x", F32))), List.of("y"));
    IrException e = assertThrows(IrException.class, () -> new Pipeline(true, (p, r) -> {}).run(BROKEN, program));
    assertTrue(e.getMessage().startsWith("after pass `broken`: "), e.getMessage());
    assertTrue(e.getMessage().contains("is typed i32"), e.getMessage());
    // Without verification the broken graph passes unnoticed.
    new Pipeline(false, (p, r) -> {}).run(BROKEN, program);
  }

  @Test
  void theTestsRunWithTheVerifierOn() {
    assertTrue(Boolean.getBoolean("nnc.verify"), "compiler/pom.xml sets nnc.verify for surefire");
  }

  @Test
  void theObserverSeesEveryPassRun() {
    Graph g = new Graph();
    Node x = g.input("x", F32);
    List<String> seen = new ArrayList<>();
    Pipeline p = new Pipeline(true, (pass, result) -> seen.add(pass.name() + ": " + ((Ir) result).roots().size()));
    Ir simple = p.simplify(g, List.of(g.add(x, g.fill(0, F32))), List.of("y"));
    assertEquals(List.of("simplify: 1"), seen);
    assertEquals("%0 = input {x} : f32[]\ny = %0\n", Pipeline.SIMPLIFY.show().apply(simple)); // x + 0 is x
  }
}
