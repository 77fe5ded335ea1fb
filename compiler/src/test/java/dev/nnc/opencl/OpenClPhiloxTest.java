package dev.nnc.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.runtime.Philox;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OpenCL port of the counter-based generator draws what the runtime's Philox draws, bit for bit. */
class OpenClPhiloxTest {
  @ParameterizedTest
  @EnumSource(Attr.Rng.Kind.class)
  void randomNumbersAreTheJvms(Attr.Rng.Kind kind) {
    OpenClDevice device = OpenClAvailable.device();
    int n = 1 << 16;
    long seed = 0xDEADBEEFL, stream = 7;
    float step = 12345;
    Graph g = new Graph();
    Node y = g.random(g.input("step", TensorType.scalar(DType.I32)), kind, seed, stream,
        new TensorType(DType.F32, List.of(dev.nnc.shape.Axis.of(n))));
    float[] got = device.compile(List.of(y)).run(Map.of("step", new float[] {step}), Map.of()).get(0);
    int differ = 0;
    for (int i = 0; i < n; i++) {
      float want = Philox.sampleF32(kind == Attr.Rng.Kind.NORMAL, seed, stream, step, i);
      if (Float.floatToIntBits(want) != Float.floatToIntBits(got[i])) differ++;
    }
    assertEquals(0, differ, kind + ": elements that differ from Philox.sampleF32 of " + n);
  }
}
