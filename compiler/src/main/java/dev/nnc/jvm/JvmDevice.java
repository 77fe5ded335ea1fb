package dev.nnc.jvm;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Node;
import java.util.List;

/** The JVM backend: kernels and the host step emitted as bytecode. Being written. */
public final class JvmDevice implements Device {
  @Override public String name() { return "jvm"; }

  @Override public String describe() { return "the JVM backend"; }

  @Override public Executable compile(List<Node> roots) {
    throw new UnsupportedProgram("the JVM backend is not written yet; use --device reference");
  }
}
