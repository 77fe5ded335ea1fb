package dev.nnc.api;

import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.exec.ReferenceDevice;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.Programs;
import dev.nnc.runtime.train.StepOptions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lowered model's programs compiled on a device when first asked for. A program the device
 * cannot run falls back to the float64 reference evaluator, as {@code nnc train} does, and
 * {@link #describe()} says why. A training step for another seed or learning rate than the train
 * block's is lowered again from the source.
 */
final class DevicePrograms implements Programs {
  private final Lowered model;
  private final Device device;
  private String fallback;
  private Program outputs, scoring;
  private final java.util.Map<String, Sampler> samplers = new java.util.LinkedHashMap<>();
  private Step step;
  private long stepSeed;
  private StepOptions stepOptions;

  DevicePrograms(Lowered model, Device device) {
    this.model = model;
    this.device = Objects.requireNonNull(device, "device");
  }

  @Override public Program outputs() {
    if (outputs == null) outputs = program(model.outputRoots(), Set.of(), Set.of());
    return outputs;
  }

  @Override public Program scoring() {
    if (scoring == null) scoring = program(model.scoringRoots(), Set.of(), Set.of());
    return scoring;
  }

  @Override public Step step(long seed, StepOptions options) {
    if (step != null && stepSeed == seed && Objects.equals(stepOptions, options)) return step;
    TrainingStep t = seed == model.spec.seed() && options.none() ? model.step
        : TrainingStep.of(Lowered.step(model.origin, model.spec.model(), seed, options));
    Executable e = executable(t.roots(), t.update(), t.gradients());
    Lowered.Reads reads = Lowered.reads(t.roots());
    step = new Step(new Program(e::run, reads.inputs(), reads.params()), t.names().subList(1, t.names().size()), e::bind);
    stepSeed = seed;
    stepOptions = options;
    return step;
  }

  @Override public Sampler sample(String name) {
    Sampler s = samplers.get(name);
    if (s != null) return s;
    Lowered.SampleProgram p = model.samples().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
        new ModelException(model.origin.name() + ": no sample or generate program `" + name + "` uses model " + model.spec.model()
            + " alone; " + (model.samples().isEmpty() ? "none does" : "those that do are "
            + String.join(", ", model.samples().stream().map(Lowered.SampleProgram::name).toList()))));
    List<dev.nnc.runtime.model.Field> outputs = new java.util.ArrayList<>();
    p.outputs().forEach((n, node) -> outputs.add(Lowered.field(n, node.type())));
    s = new Sampler(program(p.roots(), Set.of(), Set.of()), outputs, p.sizes());
    samplers.put(name, s);
    return s;
  }

  @Override public String describe() {
    return device.describe() + (fallback != null ? " (falling back to the float64 reference evaluator: " + fallback + ")" : "");
  }

  @Override public void release() {
    outputs = null;
    scoring = null;
    step = null;
    samplers.clear();
  }

  /** Compiles roots; {@code update} and {@code gradients} mark a training step's update (see {@link Device}). */
  private Program program(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    Lowered.Reads reads = Lowered.reads(roots);
    return new Program(executable(roots, update, gradients)::run, reads.inputs(), reads.params());
  }

  /** The roots compiled on the device, or on the reference evaluator where the device cannot run them (said by {@link #describe}). */
  private Executable executable(List<Node> roots, Set<Node> update, Set<Node> gradients) {
    try {
      return device.compile(roots, update, gradients);
    } catch (Device.UnsupportedProgram u) {
      if (device instanceof ReferenceDevice) throw new ModelException(model.spec.model() + ": " + u.getMessage());
      fallback = u.getMessage();
      return new ReferenceDevice().compile(roots);
    }
  }
}
