package dev.nnc.api;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model's programs compiled on a device. A program the device cannot run falls back to the
 * float64 reference evaluator, as {@code nnc train} does, and {@link #describe()} says why.
 */
final class Programs {
  /** A compiled forward program, with the inputs and parameters it reads by name. */
  record Program(Executable executable, Map<String, Node> inputs, Set<String> params) {}

  private final String model;
  private final Device device;
  private String fallback;

  Programs(String model, Device device) {
    this.model = model;
    this.device = device;
  }

  /** Compiles forward roots (outputs, a loss), noting what they read. */
  Program program(List<Node> roots) {
    Map<String, Node> inputs = new LinkedHashMap<>();
    Set<String> params = new HashSet<>();
    for (Node n : Schedule.topological(roots)) {
      if (n.op() == Op.INPUT) inputs.put(((Attr.Leaf) n.attr()).name(), n);
      if (n.op() == Op.PARAM) params.add(((Attr.Leaf) n.attr()).name());
    }
    return new Program(compile(roots, Set.of(), Set.of()), inputs, params);
  }

  /** Compiles roots; {@code update} and {@code gradients} mark a training step's update (see {@link Device}). */
  Executable compile(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    try {
      return device.compile(roots, update, gradients);
    } catch (Device.UnsupportedProgram e) {
      if (device instanceof ReferenceDevice) throw new ModelException(model + ": " + e.getMessage());
      fallback = e.getMessage();
      return new ReferenceDevice().compile(roots);
    }
  }

  /** The device, and the reason a program fell back to the reference evaluator. */
  String describe() {
    return device.describe() + (fallback != null ? " (falling back to the float64 reference evaluator: " + fallback + ")" : "");
  }
}
