package dev.nnc.autodiff;

import dev.nnc.opencl.OpenClAvailable;
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
}
