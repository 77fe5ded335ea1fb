package dev.nnc.api;

import dev.nnc.check.Lower;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Renderer;
import dev.nnc.exec.Device;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.jvm.JvmProgram;
import dev.nnc.pipeline.InitialState;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.jvm.Formula;
import dev.nnc.runtime.model.Field;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.runtime.model.ModelSpec;
import dev.nnc.runtime.model.Session;
import dev.nnc.runtime.train.StepOptions;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model lowered from its source for a {@link Session}: its {@link ModelSpec}, the training state
 * {@code nnc train} starts from, and the IR of its programs (prediction, scoring, and the training
 * step when a train block with an optimizer trains it), which a device compiles
 * ({@link DevicePrograms}) or the JVM backend exports as a {@link ModelFile}.
 */
final class Lowered {
  private static final long DEFAULT_SEED = 42;

  final ModelSource origin;
  final ModelSpec spec;
  final Lower.Model eval;
  /** The training step for the train block's seed and learning rate, or null. */
  final TrainingStep step;
  final Map<String, Node> stepInputs;
  final Map<String, Tensor> state = new LinkedHashMap<>();
  /** How the values of {@code state} that depend on the seed are drawn. */
  final List<dev.nnc.runtime.model.Draw> draws;

  /**
   * Checks and lowers the model {@code model} of a source.
   *
   * @throws ModelException when the source does not compile or declares no such model
   */
  Lowered(ModelSource origin, String model) {
    this.origin = origin;
    Opened o = origin.lower(c -> {
      Ast.File file = c.module().file();
      Ast.Block declared = Declarations.model(file, model);
      if (declared == null) {
        throw new ModelException(origin.name() + " declares no model " + model + "; it declares "
            + String.join(", ", Declarations.models(file).stream().map(b -> b.name().text()).toList()));
      }
      Ast.Train block = Declarations.train(file, model);
      Long given = Lower.setting(block, "seed");
      long seedValue = given != null ? given : DEFAULT_SEED;
      Lower.Model lowered = ModelSource.required(c, Pipeline.standard().lower(c.checker(), c.module(), model, false, seedValue));
      return new Opened(lowered, block, Declarations.targets(declared), seedValue, file, declared.name().span());
    });
    this.eval = o.eval();
    Ast.Train train = o.train();
    boolean trainable = Declarations.hasOptimizer(train);
    Lower.Step lowered = trainable ? step(origin, model, o.seed(), StepOptions.NONE) : null;
    this.step = lowered == null ? null : TrainingStep.of(lowered);
    this.stepInputs = lowered == null ? Map.of() : lowered.inputs();
    boolean random = step != null && Schedule.topological(step.roots()).stream().anyMatch(n -> n.op() == Op.RANDOM);

    Map<String, Node> inputs = new LinkedHashMap<>(eval.inputs());
    stepInputs.forEach(inputs::putIfAbsent);
    inputs.remove(Session.STEP);
    List<Field> in = new ArrayList<>(), out = new ArrayList<>();
    inputs.forEach((name, node) -> in.add(field(name, node)));
    eval.outputs().forEach((name, node) -> out.add(field(name, node)));
    Long batch = Lower.setting(train, "batch"), epochs = Lower.setting(train, "epochs");
    Ast.EarlyStop earlyStop = Lower.earlyStop(train);
    Long patience = earlyStop != null && earlyStop.patience() instanceof Ast.IntLit i ? Long.valueOf(i.value()) : null;
    if (patience == null) earlyStop = null;
    spec = new ModelSpec(model, origin.name(), in, o.targets(), out, List.copyOf(eval.params().keySet()), o.seed(),
        (int) Math.max(1, batch != null ? batch : 32), epochs != null ? Math.toIntExact(epochs) : 1,
        Declarations.wantsAccuracy(train), Declarations.graphData(train), trainable, random, eval.loss() != null,
        earlyStop == null ? null : earlyStop.metric().text(), patience == null ? 0 : Math.toIntExact(patience));

    // The initial state is the one nnc train starts from: with a train block, every parameter and
    // optimizer state of the training step, drawn with the block's seed.
    Map<String, Node> inits = lowered != null ? lowered.inits() : eval.inits();
    draws = draws(inits);
    Diagnostic tooLarge = InitialState.check(model, inits, InitialState.FLOAT32, name -> {
      dev.nnc.diag.Span at = Lower.declaration(o.file(), model, name);
      return at != null ? at : o.declared();
    });
    if (tooLarge != null) throw new ModelException(Renderer.render(List.of(tooLarge)).strip());
    InitialState.Values values = InitialState.draw(inits);
    values.values().forEach((name, f) -> state.put(name, Tensor.f32(f, values.shapes().get(name))));
  }

  /** What opening reads from the source: the model in evaluation mode, its train block (or null), its targets, its seed. */
  private record Opened(Lower.Model eval, Ast.Train train, List<String> targets, long seed, Ast.File file, dev.nnc.diag.Span declared) {}

  /** The training step lowered again for a seed, with the options that are not null in place of the train block's. */
  static Lower.Step step(ModelSource origin, String model, long seed, StepOptions options) {
    return origin.lower(c -> {
      try {
        return ModelSource.required(c, Pipeline.standard().step(c.checker(), c.module(), model, seed, options));
      } catch (IllegalArgumentException e) {
        throw new ModelException(origin.name() + ": cannot set the learning rate: " + e.getMessage());
      }
    });
  }

  /**
   * A sample or generate program that uses the model, lowered with its parameters' defaults and
   * simplified: its kind ({@code sample} or {@code generate}), its outputs by name with their
   * roots, and the sizes of its outputs, which the sample count gives (as {@code nnc sample}).
   */
  record SampleProgram(String name, String kind, Map<String, Node> outputs, List<String> sizes) {
    List<Node> roots() {
      return List.copyOf(outputs.values());
    }
  }

  private List<SampleProgram> samples;

  /** The sample and generate programs that use this model ({@link #samples(ModelSource, String, Map)}), lowered once. */
  List<SampleProgram> samples() {
    if (samples == null) {
      Map<String, TensorType> params = new LinkedHashMap<>();
      eval.params().forEach((name, node) -> params.put(name, node.type()));
      samples = samples(origin, spec.model(), params);
    }
    return samples;
  }

  /**
   * The sample and generate programs of the source whose only {@code uses} makes an instance of
   * {@code model} and that read exactly parameters of it ({@code params}, by name and type): a
   * program that uses several models, or this one with other sizes, has no place in its API.
   */
  static List<SampleProgram> samples(ModelSource origin, String model, Map<String, TensorType> params) {
    List<String> names = origin.lower(c -> {
      List<String> out = new ArrayList<>();
      for (Ast.Decl d : c.module().file().decls()) {
        if (d instanceof Ast.Block b && (b.kind() == Ast.BlockKind.SAMPLE || b.kind() == Ast.BlockKind.GENERATE)
            && usesOnly(b, model)) {
          out.add(b.name().text());
        }
      }
      return out;
    });
    List<SampleProgram> out = new ArrayList<>();
    for (String name : names) {
      SampleProgram p = origin.lower(c -> {
        Ast.Block b = c.module().file().decls().stream().filter(d -> d instanceof Ast.Block k && k.name().text().equals(name))
            .map(d -> (Ast.Block) d).findFirst().orElseThrow();
        Lower.Model m = Pipeline.standard().lower(c.checker(), c.module(), name, DEFAULT_SEED, Map.of());
        if (m == null || m.outputs().isEmpty()) return null;
        List<String> outputNames = List.copyOf(m.outputs().keySet());
        List<Node> roots = Pipeline.standard().simplify(m.graph(), List.copyOf(m.outputs().values()),
            outputNames.stream().map(n -> "output " + n).toList()).roots();
        Map<String, Node> outputs = new LinkedHashMap<>();
        Set<String> sizes = new LinkedHashSet<>();
        for (int i = 0; i < roots.size(); i++) {
          outputs.put(outputNames.get(i), roots.get(i));
          for (Dim d : roots.get(i).type().dims()) sizes.addAll(d.symbols());
        }
        for (Node n : Schedule.topological(roots)) {
          if (n.op() == Op.PARAM) {
            TensorType want = params.get(((Attr.Leaf) n.attr()).name());
            if (want == null || !want.sameAs(n.type())) return null;
          }
          if (n.op() == Op.INPUT) {
            String leaf = ((Attr.Leaf) n.attr()).name();
            if (!leaf.equals(Session.STEP) && !leaf.equals(Session.SEED)) return null;
          }
        }
        sizes.add("B"); // as nnc sample: B is the count even where no output has it
        return new SampleProgram(name, b.kind() == Ast.BlockKind.SAMPLE ? "sample" : "generate", outputs, List.copyOf(sizes));
      });
      if (p != null) out.add(p);
    }
    return out;
  }

  /** Whether a program's {@code uses} make one instance, of {@code model}. */
  private static boolean usesOnly(Ast.Block program, String model) {
    List<Ast.Binding> bindings = new ArrayList<>();
    for (Ast.Member m : program.members()) if (m instanceof Ast.Uses u) bindings.addAll(u.bindings());
    return bindings.size() == 1 && bindings.get(0).value() instanceof Ast.Call call
        && call.callee() instanceof Ast.Ref r && r.name().text().equals(model);
  }

  /** The roots of every output, in declaration order. */
  List<Node> outputRoots() {
    return List.copyOf(eval.outputs().values());
  }

  /** The roots of the first output (when there is one), then the loss (when there is one). */
  List<Node> scoringRoots() {
    List<Node> roots = new ArrayList<>();
    if (!eval.outputs().isEmpty()) roots.add(eval.outputs().values().iterator().next());
    if (eval.loss() != null) roots.add(eval.loss());
    return roots;
  }

  /**
   * The model compiled for the JVM backend and exported as a model file the runtime alone runs.
   *
   * @throws Device.UnsupportedProgram when the JVM backend cannot run one of the programs
   */
  ModelFile export() {
    ModelFile.Packaged outputs = spec.outputs().isEmpty() ? null : packaged(outputRoots(), Set.of(), Set.of(), List.of());
    List<Node> scoring = scoringRoots();
    ModelFile.Packaged scores = scoring.isEmpty() ? null : packaged(scoring, Set.of(), Set.of(), List.of());
    ModelFile.Packaged train = step == null ? null
        : packaged(step.roots(), step.update(), step.gradients(), step.names().subList(1, step.names().size()));
    Map<String, ModelFile.Sample> sampled = new LinkedHashMap<>();
    for (SampleProgram p : samples()) {
      List<Field> fields = new ArrayList<>();
      p.outputs().forEach((name, node) -> fields.add(field(name, node)));
      try {
        sampled.put(p.name(), new ModelFile.Sample(fields, p.sizes(), packaged(p.roots(), Set.of(), Set.of(), List.of())));
      } catch (Device.UnsupportedProgram e) {
        // A sample program the JVM backend cannot run gets no method; the model's own programs still do.
      }
    }
    ModelFile.Packaged trainLr = null;
    TrainingStep withLr = step == null ? null : stepWithRuntimeLr();
    if (withLr != null) {
      trainLr = packaged(withLr.roots(), withLr.update(), withLr.gradients(), withLr.names().subList(1, withLr.names().size()));
      List<String> inputs = new ArrayList<>(trainLr.inputs());
      inputs.remove(StepOptions.LEARNING_RATE); // the session gives it, not the data
      trainLr = new ModelFile.Packaged(trainLr.image(), inputs, trainLr.params(), trainLr.next());
    }
    return new ModelFile(spec, state, outputs, scores, train, trainLr, draws, sampled);
  }

  /**
   * How each initial value depends on the seed: drawn (a random initializer's constant, perhaps
   * rounded to float32), computed from draws, or not at all (no entry).
   */
  static List<dev.nnc.runtime.model.Draw> draws(Map<String, Node> inits) {
    List<dev.nnc.runtime.model.Draw> out = new ArrayList<>();
    inits.forEach((name, init) -> {
      Node n = init;
      while (n.op() == Op.CAST && ((Attr.Cast) n.attr()).to() == dev.nnc.shape.DType.F32) n = n.inputs().get(0);
      if (n.op() == Op.CONST && ((Attr.Data) n.attr()).source() instanceof dev.nnc.ir.Draw d
          && (d.kind().equals("uniform") || d.kind().equals("normal"))) {
        var kind = d.kind().equals("uniform") ? dev.nnc.runtime.model.Draw.Kind.UNIFORM : dev.nnc.runtime.model.Draw.Kind.NORMAL;
        out.add(new dev.nnc.runtime.model.Draw(name, kind, d.a(), d.b(), d.stream()));
        return;
      }
      for (Node x : Schedule.topological(List.of(init))) {
        if (x.op() == Op.CONST && ((Attr.Data) x.attr()).source() instanceof dev.nnc.ir.Draw) {
          out.add(new dev.nnc.runtime.model.Draw(name, dev.nnc.runtime.model.Draw.Kind.COMPUTED, 0, 0, 0));
          return;
        }
      }
    });
    return out;
  }

  /**
   * The training step of the train block's seed with the optimizer's learning rate a run-time
   * input ({@link StepOptions#LEARNING_RATE}), or null when the optimizer's {@code lr} cannot be
   * one (an optimizer that is not a call of one with an {@code lr}, or that uses it as a number).
   */
  private TrainingStep stepWithRuntimeLr() {
    try {
      return TrainingStep.of(origin.lower(c -> ModelSource.required(c,
          Pipeline.standard().step(c.checker(), c.module(), spec.model(), spec.seed(), StepOptions.NONE, true))));
    } catch (ModelException | IllegalArgumentException e) {
      return null;
    }
  }

  private static ModelFile.Packaged packaged(List<Node> roots, Set<Node> update, Set<Node> gradients, List<String> next) {
    Reads r = reads(roots);
    return new ModelFile.Packaged(JvmProgram.compile(roots, update, gradients).export(), r.inputs(), r.params(), next);
  }

  /** The inputs and parameters a program reads, by name. */
  record Reads(List<String> inputs, List<String> params) {}

  static Reads reads(List<Node> roots) {
    Set<String> inputs = new LinkedHashSet<>(), params = new LinkedHashSet<>();
    for (Node n : Schedule.topological(roots)) {
      if (n.op() == Op.INPUT) inputs.add(((Attr.Leaf) n.attr()).name());
      if (n.op() == Op.PARAM) params.add(((Attr.Leaf) n.attr()).name());
    }
    return new Reads(List.copyOf(inputs), List.copyOf(params));
  }

  private static Field field(String name, Node node) {
    return field(name, node.type());
  }

  /** A tensor of a model's interface as the runtime knows it: each axis's size as a formula. */
  static Field field(String name, TensorType type) {
    List<Formula> dims = new ArrayList<>();
    for (Dim d : type.dims()) dims.add(JvmProgram.formula(d));
    return new Field(name, DType.valueOf(type.dtype().name()), type.toString(), dims);
  }
}
