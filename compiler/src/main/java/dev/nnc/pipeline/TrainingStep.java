package dev.nnc.pipeline;

import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Node;
import dev.nnc.opt.Simplify;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A training step as a device compiles it: simplified, with the loss first and then the new
 * value of every parameter and state in {@code next}'s order, and the sets the fusion planner
 * needs to make the optimizer's update one kernel.
 */
public record TrainingStep(List<Node> roots, List<String> names, Set<Node> update, Set<Node> gradients) {
  public static TrainingStep of(Lower.Step step) {
    List<Node> all = new ArrayList<>();
    all.add(step.loss());
    all.addAll(step.next().values());
    int end = all.size();
    all.addAll(step.grads().values());
    List<Node> simple = Simplify.run(step.graph(), all).roots();
    List<String> names = new ArrayList<>();
    names.add("loss");
    names.addAll(step.next().keySet());
    return new TrainingStep(List.copyOf(simple.subList(0, end)), List.copyOf(names),
        new HashSet<>(simple.subList(1, end)), new HashSet<>(simple.subList(end, simple.size())));
  }

  public Executable compile(Device device) {
    return device.compile(roots, update, gradients);
  }
}
