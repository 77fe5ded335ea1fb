package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.runtime.jvm.Fn;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * An elementwise kernel with several of exp, log, tanh and sigmoid, one of them reading
 * another's value, runs its vector loop in blocks of 64 vectors (KernelWriter.blocks) and its
 * tail in the scalar loop, and gives the bits of the scalar functions applied in order: over
 * one vector, a part of a block, and three blocks and a part with a tail that is not whole
 * vectors.
 */
class VectorBlocksTest {
  @TestFactory
  Stream<DynamicTest> functionsInBlocksGiveTheScalarBits() {
    return IntStream.of(8, 1000, 3 * 64 * 8 + 13).mapToObj(n -> DynamicTest.dynamicTest(n + " elements", () -> {
      Graph g = new Graph();
      Node x = g.input("x", new TensorType(DType.F32, List.of(Axis.of(n))));
      Node a = g.sigmoid(x);
      Node b = g.exp(g.mul(x, g.fill(0.25, x.type())));
      Node y = g.add(g.tanh(g.mul(a, b)), g.log(a));
      float[] xs = new float[n];
      for (int i = 0; i < n; i++) xs[i] = (i % 97 - 48) * 0.37f;
      xs[n / 2] = -100f; // sigmoid's e^-|x| near its smallest, its log large and negative
      xs[n - 1] = -0f;
      float[] got = new JvmDevice().compile(List.of(y)).run(Map.of("x", xs), Map.of()).get(0);
      for (int i = 0; i < n; i++) {
        float s = Fn.sigmoid(xs[i]);
        float want = Fn.tanh(s * Fn.exp(xs[i] * 0.25f)) + Fn.log(s);
        int at = i;
        assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got[i]),
            () -> "element " + at + " of " + n + " (x = " + xs[at] + "): " + got[at] + ", the scalar functions give " + want);
      }
    }));
  }
}
