package dev.nnc.jvm;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Node;
import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.Parallel;
import java.util.List;
import java.util.Set;

/** The JVM backend: kernels and the host launch sequence emitted as bytecode, float32 throughout. */
public final class JvmDevice implements Device {
  @Override public String name() { return "jvm"; }

  @Override public String describe() {
    return "the JVM backend (" + Parallel.threads() + " threads, " + (Gemm.vectorized() ? "Vector API" : "plain loops") + ")";
  }

  @Override public Executable compile(List<Node> roots) {
    return JvmProgram.compile(roots, Set.of(), Set.of());
  }

  @Override public Executable compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    return JvmProgram.compile(roots, update, gradients);
  }
}
