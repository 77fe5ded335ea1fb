package dev.nnc.spark;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.SplitStep;
import dev.nnc.shape.Dim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's training step compiled from its source, as every task and the driver compile it: the
 * step split at its gradients ({@link SplitStep}), the initial training state with its shapes,
 * and the inputs a batch feeds (the model's inputs and targets, without the step counter), each
 * with the values one sample holds.
 */
final class Compiled {
  final Lower.Step step;
  final SplitStep split;
  final Map<String, float[]> state = new LinkedHashMap<>();
  final Map<String, int[]> shapes = new LinkedHashMap<>();
  /** The inputs a batch feeds, in the step's order, with the float32 values of one sample. */
  final Map<String, Integer> perSample = new LinkedHashMap<>();
  final Settings settings;
  /** The train block's data set, which {@code nnc train --spark} trains on. */
  final Lower.DataCall data;

  /** The train block's settings the trainer takes as defaults (null where the block has none). */
  record Settings(Long seed, Long batch, Long epochs) {}

  private Compiled(Lower.Step step, Settings settings, Lower.DataCall data) {
    this.step = step;
    this.settings = settings;
    this.data = data;
    this.split = SplitStep.of(step);
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    step.inits().forEach((name, node) -> {
      Array a = initial.get(node);
      float[] f = new float[a.size()];
      for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
      state.put(name, f);
      int[] shape = new int[a.shape().length];
      for (int i = 0; i < shape.length; i++) shape[i] = (int) a.shape()[i];
      shapes.put(name, shape);
    });
    step.inputs().forEach((name, node) -> {
      if (name.equals("step")) return;
      int per = 1;
      for (int i = 1; i < node.type().rank(); i++) {
        Dim d = node.type().dim(i);
        if (!d.isConstant()) {
          throw new IllegalArgumentException("the Spark trainer feeds inputs whose axes after the first are constants; `" + name + "` is "
              + node.type() + " in model " + step.name());
        }
        per = Math.multiplyExact(per, (int) d.constant());
      }
      if (node.type().rank() == 0) {
        throw new IllegalArgumentException("the Spark trainer feeds samples on the first axis; `" + name + "` is a scalar in model " + step.name());
      }
      perSample.put(name, per);
    });
  }

  /** The name of the model the step trains. */
  String name() {
    return step.name();
  }

  /**
   * Compiles {@code source}'s training step with the batch order's {@code seed} (null: the train
   * block's, else 42). A source with errors is an IllegalArgumentException whose message is the
   * diagnostics as {@code nnc check} prints them.
   */
  static Compiled of(ModelSource source, Long seed) {
    Checker checker = new Checker();
    Modules.Module m = checker.checkText(source.name(), source.text());
    if (checker.diagnostics().hasErrors()) throw new IllegalArgumentException(rendered(checker));
    Settings settings = settings(m, source.model());
    long s = seed != null ? seed : settings.seed() != null ? settings.seed() : 42;
    Lower.Step step = Pipeline.standard().step(checker, m, source.model(), s);
    if (step == null || checker.diagnostics().hasErrors()) throw new IllegalArgumentException(rendered(checker));
    if (step.train() == null) throw new IllegalArgumentException(source.name() + ": no train block trains " + step.name());
    Lower.DataCall data = Lower.data(checker, step.train());
    if (data == null || checker.diagnostics().hasErrors()) throw new IllegalArgumentException(rendered(checker));
    return new Compiled(step, new Settings(s, setting(step, "batch"), setting(step, "epochs")), data);
  }

  private static Long setting(Lower.Step step, String key) {
    return Lower.setting(step.train(), key);
  }

  /** The seed of the single-model train block that trains {@code model} (null: the first), before lowering needs it. */
  private static Settings settings(Modules.Module m, String model) {
    if (Checker.parsed(m) == null) return new Settings(null, null, null);
    for (dev.nnc.syntax.Ast.Decl d : Checker.parsed(m).decls()) {
      if (d instanceof dev.nnc.syntax.Ast.Train t && t.items().stream().noneMatch(i -> i instanceof dev.nnc.syntax.Ast.Models)
          && (model == null || t.name().text().equals(model))) {
        return new Settings(Lower.setting(t, "seed"), null, null);
      }
    }
    return new Settings(null, null, null);
  }

  private static String rendered(Checker checker) {
    StringBuilder b = new StringBuilder();
    for (var d : checker.diagnostics().sorted()) b.append(Renderer.render(d));
    return b.toString();
  }
}
