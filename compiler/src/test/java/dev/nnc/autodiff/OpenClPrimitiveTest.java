package dev.nnc.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.nnc.exec.Device;
import dev.nnc.ir.Op;
import dev.nnc.opencl.OpenClAvailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the gradient-check table on the OpenCL backend, as JvmPrimitiveTest does on the
 * JVM: the primitive and its vector-Jacobian product (for the cotangent 2 out) on the same
 * random shapes, in float32 on the device against the float64 reference. Skipped where
 * there is no OpenCL device.
 */
class OpenClPrimitiveTest {
  @TestFactory
  Stream<DynamicTest> forwardAndBackwardAgreeWithTheReference() {
    return JvmPrimitiveTest.agreeWithTheReference(OpenClAvailable::device);
  }

  /** The ops whose kernels are the tiled product, and whose gradients are too. */
  private static final Set<Op> PRODUCTS = Set.of(Op.MATMUL, Op.CONV2D, Op.CONV2D_INPUT_GRAD, Op.CONV2D_WEIGHT_GRAD);

  /**
   * Matrix products and convolutions give the same bits whatever the tile (each element sums
   * its products in order): the device's own tiles and smaller ones, each also agreeing with the
   * reference.
   */
  @TestFactory
  Stream<DynamicTest> productsDoNotDependOnTheTile() {
    return GradCheckTest.rows().stream().filter(r -> PRODUCTS.contains(r.op())).map(row -> DynamicTest.dynamicTest(row.name(), () -> {
      JvmPrimitiveTest.Case c = JvmPrimitiveTest.Case.of(row, 3);
      List<float[]> first = null;
      for (Device device : OpenClAvailable.tilings()) {
        List<float[]> got = new ArrayList<>();
        for (float[] v : device.compile(c.roots()).run(c.leaves(), c.sizes())) got.add(v.clone());
        c.check(got);
        if (first == null) first = got;
        for (int r = 0; r < got.size(); r++) assertArrayEquals(first.get(r), got.get(r), row.name() + " root " + r + " on " + device.describe());
      }
    }));
  }
}
