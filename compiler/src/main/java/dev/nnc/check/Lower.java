package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import dev.nnc.ir.Array;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.runtime.train.StepOptions;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a checked model to graph IR: its inputs, its parameters with their initial values,
 * its outputs and its loss. The same evaluation that checks the model builds the graph.
 */
public final class Lower {
  private Lower() {}

  /**
   * A model as IR. {@code loss} is null for a model without a loss. {@code lowering} is what built
   * the graph, so the optimizer's update ({@link #update}) can go on building in it. {@code fns}
   * holds the model's fns that lowering was asked for, applied to its inputs (none unless asked).
   * {@code losses} holds each named loss ({@code loss kl = ...}) by its name, in declaration
   * order, so a model whose loss is a sum of parts can report each part; {@code loss} is their
   * sum with the unnamed ones.
   */
  public record Model(String name, Graph graph, Map<String, Node> inputs, Map<String, Node> params,
      Map<String, Node> inits, List<String> states, Map<String, Node> outputs, Node loss, Ast.Train train,
      Lowering lowering, Map<String, Node> fns, Map<String, Node> losses) {

    /** The parameters trained by gradients (not running statistics). */
    public Map<String, Node> trained() {
      Map<String, Node> out = new LinkedHashMap<>(params);
      for (String s : states) out.remove(s);
      return out;
    }

    /**
     * The initial parameter values, computed by the reference evaluator now (lowering draws
     * none); the commands draw through {@code pipeline.InitialState}, which checks the heap first.
     */
    public Map<String, Array> initialValues() {
      Map<String, Array> out = new LinkedHashMap<>();
      Map<Node, Array> v = Reference.run(List.copyOf(inits.values()), Map.of(), Map.of());
      for (Map.Entry<String, Node> e : inits.entrySet()) out.put(e.getKey(), v.get(e.getValue()));
      return out;
    }

  }

  /**
   * Lowers the model a file trains (its single-model train block), or its only model, or
   * the model named. Problems are reported to the checker's diagnostics; null then.
   */
  public static Model model(Checker checker, Modules.Module m, String name, boolean training, long seed) {
    return model(checker, m, name, training, seed, Map.of());
  }

  /**
   * As {@link #model(Checker, Modules.Module, String, boolean, long)}; {@code given} gives int
   * parameters of a sample or generate program in place of their defaults.
   */
  public static Model model(Checker checker, Modules.Module m, String name, boolean training, long seed, Map<String, Long> given) {
    return model(checker, m, name, training, seed, given, List.of());
  }

  /**
   * As {@link #model(Checker, Modules.Module, String, boolean, long, Map)}, with the named fns of
   * the model applied to its inputs as well ({@link Model#fns}): each parameter of such a fn takes
   * the model's input of its name, so {@code fn features(x: f32[B, 784]) -> f32[B, 256]} of a model
   * with {@code input x: f32[B, 784]} gives the features of every batch the model is run on. A
   * model without the fn, or a fn whose parameter is no input, is a {@code lower.fn} diagnostic.
   */
  public static Model model(Checker checker, Modules.Module m, String name, boolean training, long seed, Map<String, Long> given,
      List<String> fns) {
    Evaluator ev = checker.evaluator();
    if (m == null || m.file() == null || checker.diagnostics().hasErrors()) return null;
    Env top = ev.moduleEnv(m);
    Ast.Train train = null;
    Ast.Block model = null;
    for (Ast.Decl d : m.file().decls()) {
      if (d instanceof Ast.Train t && t.items().stream().noneMatch(i -> i instanceof Ast.Models)
          && (name == null || t.name().text().equals(name)) && train == null) {
        train = t;
      }
    }
    String wanted = name != null ? name : train != null ? train.name().text() : null;
    List<Ast.Block> models = new ArrayList<>();
    for (Ast.Decl d : m.file().decls()) {
      if (d instanceof Ast.Block b && b.kind() == Ast.BlockKind.MODEL) models.add(b);
    }
    for (Ast.Block b : models) if (b.name().text().equals(wanted)) model = b;
    for (Ast.Decl d : m.file().decls()) {
      if (model == null && name != null && d instanceof Ast.Block b && b.name().text().equals(name)
          && (b.kind() == Ast.BlockKind.SAMPLE || b.kind() == Ast.BlockKind.GENERATE)) {
        return sample(checker, m, top, b, seed, given);
      }
    }
    if (model == null && wanted == null && models.size() == 1) model = models.get(0);
    Span at = new Span(m.file().source(), 0, 0);
    if (model == null) {
      ev.diagnostics.report(Diagnostic.of(Code.LOWER_MODEL, at, wanted == null ? "named by a train block" : "`" + wanted + "`")
          .hint(models.isEmpty() ? "the file declares no model" : "the models are "
              + String.join(", ", models.stream().map(b -> b.name().text()).toList()) + "; choose one with --model"));
      return null;
    }
    Lowering low = new Lowering(seed);
    low.training = training;
    ev.lowering = low;
    Source before = ev.current;
    ev.current = m.file().source();
    try {
      List<Calls.Arg> args = new ArrayList<>();
      if (train != null && train.name().text().equals(model.name().text())) {
        for (Ast.Arg a : train.args()) {
          args.add(new Calls.Arg(a.name() == null ? null : a.name().text(), ev.eval(a.value(), top), a.value().span()));
        }
      }
      Ast.Block decl = model;
      Value v = ev.inPath("", () -> ev.calls().apply(new Block(decl, top), args, decl.name().span(), decl.name().text()));
      if (!(v instanceof Instance inst) || checker.diagnostics().hasErrors()) return null;
      Map<String, Node> outputs = new LinkedHashMap<>();
      Map<String, Node> losses = new LinkedHashMap<>();
      Node loss = null;
      for (Ast.Member mem : model.members()) {
        if (mem instanceof Ast.Output o) {
          Value out = ev.force(inst.env().find(o.name().text()), o.name().span());
          if (out instanceof Tensor t) outputs.put(o.name().text(), t.node());
        } else if (mem instanceof Ast.Loss l) {
          Value lv = ev.eval(l.value(), inst.env());
          Node n = low.of(lv, dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.F32));
          loss = loss == null ? n : low.g.add(loss, n);
          if (l.name() != null) losses.put(l.name().text(), n);
        }
      }
      Map<String, Node> applied = new LinkedHashMap<>();
      for (String fn : fns) {
        Node n = applyFn(ev, low, model, inst, fn);
        if (n == null) return null;
        applied.put(fn, n);
      }
      Model result = new Model(model.name().text(), low.g, low.inputs, low.params, low.inits, List.copyOf(low.states),
          outputs, loss, train != null && train.name().text().equals(model.name().text()) ? train : null, low,
          java.util.Collections.unmodifiableMap(applied), java.util.Collections.unmodifiableMap(losses));
      return result;
    } catch (Lowering.Unsupported e) {
      unsupported(ev, model.name().span(), e);
      return null;
    } finally {
      ev.lowering = null;
      ev.current = before;
    }
  }

  /**
   * The fn {@code name} of a model instance called on the model's inputs, by the names of its
   * parameters; null after reporting {@code lower.fn} (or what the call reports).
   */
  private static Node applyFn(Evaluator ev, Lowering low, Ast.Block model, Instance inst, String name) {
    Ast.Fn fn = null;
    List<String> named = new ArrayList<>();
    for (Ast.Member mem : model.members()) {
      if (mem instanceof Ast.FnMember fm && fm.fn().name() != null) {
        named.add(fm.fn().name().text());
        if (fm.fn().name().text().equals(name)) fn = fm.fn();
      }
    }
    Map<String, Ast.Input> inputs = new LinkedHashMap<>();
    for (Ast.Member mem : model.members()) if (mem instanceof Ast.Input in && !in.target()) inputs.put(in.name().text(), in);
    String modelName = model.name().text();
    if (fn == null) {
      String example = "fn " + name + "(" + String.join(", ", inputs.values().stream()
          .map(in -> in.name().text() + ": " + in.type().span().text()).toList()) + ") -> f32[B, D] = ...";
      ev.report(Diagnostic.of(Code.LOWER_FN, model.name().span(), modelName, name)
          .hint("declare `" + example + "` in model " + modelName + (named.isEmpty() ? ", which has no named fn"
              : ", or name one of its fns (" + String.join(", ", named) + ") with --features")));
      return null;
    }
    List<Calls.Arg> args = new ArrayList<>();
    for (Ast.Param p : fn.params()) {
      String pn = p.name().text();
      Env.Slot slot = inputs.containsKey(pn) ? inst.env().find(pn) : null;
      if (slot == null) {
        ev.report(Diagnostic.of(Code.LOWER_FN, p.name().span(), modelName, name)
            .hint("each parameter of `" + name + "` takes the model's input of its name, and `" + pn + "` is no input; "
                + (inputs.isEmpty() ? "the model has no inputs" : "its inputs are " + String.join(", ", inputs.keySet()))));
        return null;
      }
      args.add(new Calls.Arg(pn, ev.force(slot, p.name().span()), p.name().span()));
    }
    Value fv = ev.force(inst.env().find(name), fn.name().span());
    Value out = ev.calls().apply(fv, args, fn.name().span(), name);
    if (ev.diagnostics.hasErrors()) return null;
    return low.of(out);
  }

  /** Lowers a sample or generate program, with its parameters' defaults: its outputs, no loss. */
  private static Model sample(Checker checker, Modules.Module m, Env top, Ast.Block b, long seed, Map<String, Long> args) {
    Evaluator ev = checker.evaluator();
    Lowering low = new Lowering(seed);
    low.runtimeSeed = true;
    ev.lowering = low;
    Source before = ev.current;
    ev.current = m.file().source();
    try {
      Env params = new Env(top, b.name().text());
      for (Ast.Param p : b.params()) {
        Long given = args.get(p.name().text());
        Value v = given == null ? ev.programs.generic(p, params)
            : Calls.named(new Int(dev.nnc.shape.Dim.of(given), p.name().span(), p.name().text()), p.name().text(), p.name().span());
        params.put(p.name().text(), new Env.Slot(p.name(), "parameter", v));
      }
      Env env = ev.inPath("", () -> ev.programs.sampleScope(b, params));
      if (checker.diagnostics().hasErrors()) return null;
      Map<String, Node> outputs = new LinkedHashMap<>();
      for (Ast.Member mem : b.members()) {
        if (mem instanceof Ast.Output o && env.find(o.name().text()) != null
            && env.find(o.name().text()).value() instanceof Tensor t) {
          outputs.put(o.name().text(), t.node());
        }
      }
      Model result = new Model(b.name().text(), low.g, low.inputs, low.params, low.inits, List.copyOf(low.states),
          outputs, null, null, low, Map.of(), Map.of());
      return result;
    } catch (Lowering.Unsupported e) {
      unsupported(ev, b.name().span(), e);
      return null;
    } finally {
      ev.lowering = null;
      ev.current = before;
    }
  }

  /**
   * One training step as IR: the loss, its gradient for every trained parameter, and the
   * next value of every parameter and state (model states such as running statistics, and
   * the optimizer's states). The step counter is the input {@code step}. {@code outputs} are the
   * float32 scalars a named step of a train block reports ({@code output kl = ...}), by name.
   */
  public record Step(String name, Graph graph, Map<String, Node> inputs, Map<String, Node> params,
      Map<String, Node> inits, Node loss, Map<String, Node> grads, Map<String, Node> next, Ast.Train train,
      Map<String, Node> outputs) {
    public Step {
      outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /**
     * The program that computes output {@code output} of this step as its loss, with no gradient
     * and no next value: run before the step with the same batch, step counter and parameters, it
     * draws the same random numbers (they are keyed by the op, the counter and the element), so
     * its value is the step's own. Named {@code STEP.OUTPUT}.
     */
    public Step report(String output) {
      Node value = outputs.get(output);
      if (value == null) throw new IllegalArgumentException("step " + name + " has no output " + output);
      Map<String, Node> reads = new LinkedHashMap<>();
      Map<String, Node> ps = new LinkedHashMap<>();
      Map<String, Node> is = new LinkedHashMap<>();
      for (Node n : dev.nnc.ir.Schedule.topological(List.of(value))) {
        if (!(n.attr() instanceof dev.nnc.ir.Attr.Leaf leaf)) continue;
        if (n.op() == dev.nnc.ir.Op.INPUT) reads.putIfAbsent(leaf.name(), n);
        if (n.op() == dev.nnc.ir.Op.PARAM && params.containsKey(leaf.name())) {
          ps.put(leaf.name(), params.get(leaf.name()));
          if (inits.containsKey(leaf.name())) is.put(leaf.name(), inits.get(leaf.name()));
        }
      }
      for (Map.Entry<String, Node> in : inputs.entrySet()) if (!reads.containsKey(in.getKey()) && !"step".equals(in.getKey())) reads.put(in.getKey(), in.getValue());
      return new Step(name + "." + output, graph, reads, ps, is, value, Map.of(), Map.of(), train, Map.of());
    }
  }

  /**
   * Reverse-mode differentiation as lowering asks for it: the gradient of a scalar {@code loss}
   * for each value of {@code wrt}, by the same names. The pipeline gives its differentiate pass,
   * so lowering does not differentiate by itself.
   */
  public interface Differentiator {
    Map<String, Node> gradients(Graph g, Node loss, Map<String, Node> wrt);
  }

  /**
   * The rest of a training step after the gradients: the optimizer's update of every trained
   * parameter of a model lowered for training ({@code model(..., training: true, ...)}), with the
   * optimizer's learning rate {@code lr} in place of the one the train block gives when not null
   * ({@code nnc train --lr}): the optimizer call's {@code lr} argument is replaced, or added,
   * before the update is lowered. {@code grads} are the loss's gradients by parameter name (null
   * for a model without a loss). Null after reporting a problem. Throws IllegalArgumentException
   * when {@code lr} is given and the optimizer is not a call of one with an {@code lr} parameter.
   */
  public static Step update(Checker checker, Modules.Module m, Model model, Map<String, Node> grads, Double lr) {
    return update(checker, m, model, grads, StepOptions.NONE.lr(lr));
  }

  /** {@code options}, each left null taken from the train block (null for a block that does not give it). */
  static StepOptions over(StepOptions options, Ast.Train train) {
    Long k = setting(train, "accumulate");
    return new StepOptions(options.lr(), options.clipNorm() != null ? options.clipNorm() : number(train, "clip_norm"),
        options.clipValue() != null ? options.clipValue() : number(train, "clip_value"),
        options.accumulate() != null ? options.accumulate() : k == null ? null : Math.toIntExact(k));
  }

  /**
   * The training step's update with {@code options} in place of the train block's clauses where
   * they are not null (see {@link StepOptions}). Throws IllegalArgumentException when a learning
   * rate is given and the optimizer is not a call of one with an {@code lr} parameter.
   */
  public static Step update(Checker checker, Modules.Module m, Model model, Map<String, Node> grads, StepOptions options) {
    return update(checker, m, model, grads, options, false);
  }

  /** The name a step lowered with a run-time learning rate binds it to, in the optimizer call: no name of the language. */
  private static final String RUNTIME_LR = "nnc$lr";

  /**
   * {@link #update(Checker, Modules.Module, Model, Map, StepOptions)}; with {@code runtimeLr} the
   * optimizer's {@code lr} argument is the step's f32 scalar input {@link StepOptions#LEARNING_RATE}
   * instead of a number, so one compiled step trains with any learning rate (a schedule still
   * scales its updates). Throws IllegalArgumentException as that does.
   */
  public static Step update(Checker checker, Modules.Module m, Model model, Map<String, Node> grads, StepOptions options,
      boolean runtimeLr) {
    Evaluator ev = checker.evaluator();
    Double lr = options.lr();
    Ast.Train train = model.train();
    Ast.Expr optimizer = null;
    if (train != null) {
      for (Ast.TrainItem item : train.items()) if (item instanceof Ast.OptimizerItem o) optimizer = o.optimizer();
    }
    Env top = ev.moduleEnv(m);
    if (optimizer != null && runtimeLr) {
      Span at = optimizer.span();
      top = new Env(top, "optimizer");
      var scalar = dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.F32);
      Node input = model.lowering().input(StepOptions.LEARNING_RATE, scalar);
      model.lowering().runtimeLr = input;
      top.put(RUNTIME_LR, new Env.Slot(new Ast.Name(RUNTIME_LR, at), "learning rate", new Tensor(scalar, input)));
      optimizer = withArgument(ev, optimizer, "lr", new Ast.Ref(new Ast.Name(RUNTIME_LR, at)), top);
    } else if (optimizer != null && lr != null) {
      optimizer = withArgument(ev, optimizer, "lr", new Ast.FloatLit(optimizer.span(), lr), top);
    }
    Span at = train != null ? train.name().span() : new Span(m.file().source(), 0, 0);
    if (optimizer == null) {
      ev.diagnostics.report(Diagnostic.of(Code.LOWER_UNSUPPORTED, at, "a train block without an optimizer")
          .hint("add `optimizer SGD(lr: 0.01)` (use std.optim)"));
      return null;
    }
    Graph g = model.graph();
    if (model.loss() == null || grads == null) return null;
    Map<String, Node> trained = model.trained();
    Lowering low = model.lowering();
    ev.lowering = low;
    Source before = ev.current;
    ev.current = m.file().source();
    try {
      Map<String, Node> gradByName = new LinkedHashMap<>();
      for (String p : trained.keySet()) gradByName.put(p, grads.get(p));
      Map<String, Node> next = update(ev, low, gradByName, trained, optimizer, schedule(train), top, "optimizer.", over(options, train));
      if (next == null || checker.diagnostics().hasErrors()) return null;
      for (Map.Entry<String, Node> s : low.next.entrySet()) next.putIfAbsent(s.getKey(), s.getValue());
      return new Step(model.name(), g, low.inputs, low.params, low.inits, model.loss(), gradByName, next, train, Map.of());
    } catch (Lowering.Unsupported e) {
      unsupported(ev, at, e);
      return null;
    } finally {
      ev.lowering = null;
      ev.current = before;
    }
  }

  /**
   * An optimizer call with one float argument set: {@code Adam(lr: 1e-3)} becomes
   * {@code Adam(lr: 0.01)}, a positional argument of that parameter is replaced, a missing one
   * added by name; a bare optimizer name becomes a call.
   */
  private static Ast.Expr withArgument(Evaluator ev, Ast.Expr optimizer, String param, Ast.Expr value, Env env) {
    Ast.Expr callee = optimizer instanceof Ast.Call c ? c.callee() : optimizer;
    List<Ast.Arg> args = optimizer instanceof Ast.Call c ? c.args() : List.of();
    Value v = callee instanceof Ast.Ref ? ev.eval(callee, env) : null;
    if (!(v instanceof Block b) || b.decl().kind() != Ast.BlockKind.OPTIMIZER) {
      throw new IllegalArgumentException("the optimizer is not a call of an optimizer, so its `" + param + "` cannot be set");
    }
    int index = -1;
    for (int i = 0; i < b.decl().params().size(); i++) if (b.decl().params().get(i).name().text().equals(param)) index = i;
    if (index < 0) {
      throw new IllegalArgumentException("optimizer `" + b.decl().name().text() + "` has no parameter `" + param + "`");
    }
    Span at = optimizer.span();
    Ast.Arg given = new Ast.Arg(new Ast.Name(param, at), value);
    List<Ast.Arg> out = new ArrayList<>();
    boolean replaced = false;
    int position = 0;
    for (Ast.Arg a : args) {
      boolean it = a.name() == null ? position++ == index : a.name().text().equals(param);
      out.add(it ? (a.name() == null ? new Ast.Arg(null, given.value()) : given) : a);
      replaced |= it;
    }
    if (!replaced) out.add(given);
    return new Ast.Call(at, callee, out);
  }

  private static void unsupported(Evaluator ev, Span at, Lowering.Unsupported e) {
    ev.diagnostics.report(Diagnostic.of(Code.LOWER_UNSUPPORTED, e.at != null ? e.at : at, e.getMessage())
        .hint("this construct checks, but the compiler cannot lower it to IR yet"));
  }

  /** The train block's schedule expression, or null. */
  private static Ast.Expr schedule(Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) if (item instanceof Ast.Schedule s) return s.schedule();
    return null;
  }

  /**
   * The next value of each trained parameter: the optimizer's rule evaluated once per
   * parameter, with `param`, `grad` and `step` bound to its nodes. The optimizer's states
   * are named by {@code prefix} and the parameter's path; their next values land in
   * {@code Lowering.next}. Null when the optimizer expression is not an optimizer.
   *
   * <p>A schedule (a fn of the step, evaluated with the step input as its implicit first
   * argument) scales each parameter's change: {@code param + factor * (param' - param)}. For an
   * optimizer whose change is the learning rate times a term its states do not scale with the
   * learning rate (every one of std.optim), that is the learning rate multiplied by the factor.
   */
  private static Map<String, Node> update(Evaluator ev, Lowering low, Map<String, Node> grads,
      Map<String, Node> trained, Ast.Expr optimizer, Ast.Expr schedule, Env env, String prefix, StepOptions options) {
    Map<String, Node> next = new LinkedHashMap<>();
    Graph g = low.g;
    var i32 = dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.I32);
    Node step = low.input("step", i32);
    int k = options.accumulate() == null ? 1 : options.accumulate();
    Node apply = null; // with accumulation: whether this batch ends a window of k, when the update is applied
    Map<String, Node> sums = new LinkedHashMap<>();
    Map<String, Node> used = new LinkedHashMap<>(grads);
    if (k > 1) {
      // The batch counter counts from 1: batches k, 2k, ... apply the mean of the window's gradients,
      // as update number step / k. In f32, exact while the step is below 2^24.
      var f32 = dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.F32);
      Node s = g.cast(step, dev.nnc.shape.DType.F32), count = g.floor(g.div(s, g.fill(k, f32)));
      apply = g.eq(s, g.mul(count, g.fill(k, f32)));
      low.optimizerStep = new Tensor(i32, g.cast(count, dev.nnc.shape.DType.I32));
      String accumulated = ACCUMULATED + prefix.substring("optimizer.".length());
      for (Map.Entry<String, Node> p : trained.entrySet()) {
        Node grad = grads.get(p.getKey());
        Node sum = g.add(low.param(accumulated + p.getKey(), grad.type(), g.zeros(grad.type())), grad);
        low.states.add(accumulated + p.getKey());
        sums.put(accumulated + p.getKey(), sum);
        used.put(p.getKey(), g.scale(sum, 1.0 / k));
      }
    }
    used = clip(g, used, trained.keySet(), options.clipNorm(), options.clipValue());
    Value factor = null;
    if (schedule != null) {
      Value counted = low.optimizerStep != null ? low.optimizerStep : new Tensor(i32, step);
      factor = ev.calls().withImplicit(new Calls.Implicit("step", counted), schedule, env);
    }
    Set<String> before = new HashSet<>(low.next.keySet());
    try {
      for (Map.Entry<String, Node> p : trained.entrySet()) {
        Node grad = used.get(p.getKey());
        low.optimizerParam = new Tensor(p.getValue().type(), p.getValue());
        low.optimizerGrad = new Tensor(grad.type(), grad);
        Value inst = ev.inPath(prefix + p.getKey(), () -> ev.eval(optimizer, env));
        if (!(inst instanceof Instance i)) return null;
        Env.Slot rule = i.env().local("param'");
        Node param = p.getValue(), updated = low.of(ev.force(rule, rule.def.span()), param.type());
        if (factor != null) updated = low.g.add(param, low.g.mul(low.of(factor, param.type()), low.g.sub(updated, param)));
        next.put(p.getKey(), apply == null ? updated : g.select(g.broadcast(apply, param.type().dims()), updated, param));
      }
      if (apply != null) {
        // Between updates the optimizer's states keep their values and the accumulators sum on; an update empties them.
        for (Map.Entry<String, Node> st : new ArrayList<>(low.next.entrySet())) {
          if (before.contains(st.getKey())) continue;
          Node now = low.params.get(st.getKey());
          low.next.put(st.getKey(), g.select(g.broadcast(apply, now.type().dims()), st.getValue(), now));
        }
        for (Map.Entry<String, Node> sum : sums.entrySet()) {
          Node cond = g.broadcast(apply, sum.getValue().type().dims());
          low.next.put(sum.getKey(), g.select(cond, g.zeros(sum.getValue().type()), sum.getValue()));
        }
      }
      return next;
    } finally {
      low.optimizerParam = null;
      low.optimizerGrad = null;
      low.optimizerStep = null;
    }
  }

  /** The prefix of the states that hold the gradients summed so far with {@code accumulate}: {@code accumulated.fc1.weight}. */
  public static final String ACCUMULATED = "accumulated.";

  /**
   * The gradients the optimizer sees: scaled together so their global norm (the square root of
   * the sum of every element's square) is at most {@code norm}, by {@code norm / max(norm of the
   * gradients, norm)}, exactly 1 when it is within; then each element clamped to
   * [-{@code value}, {@code value}]. Either null leaves that clipping out.
   */
  private static Map<String, Node> clip(Graph g, Map<String, Node> grads, Set<String> names, Double norm, Double value) {
    Map<String, Node> out = new LinkedHashMap<>(grads);
    if (norm != null && !names.isEmpty()) {
      Node total = null;
      for (String n : names) {
        Node x = out.get(n);
        Node squares = g.mul(x, x);
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < x.type().rank(); i++) axes.add(i);
        Node s = axes.isEmpty() ? squares : g.sum(squares, axes, false);
        s = g.cast(s, dev.nnc.shape.DType.F32);
        total = total == null ? s : g.add(total, s);
      }
      Node limit = g.fill(norm, total.type());
      Node scale = g.div(limit, g.max(g.sqrt(total), limit));
      for (String n : names) {
        Node x = out.get(n);
        out.put(n, g.mul(x, g.broadcast(g.cast(scale, x.type().dtype()), x.type().dims())));
      }
    }
    if (value != null) {
      for (String n : names) {
        Node x = out.get(n);
        out.put(n, g.min(g.max(x, g.fill(-value, x.type())), g.fill(value, x.type())));
      }
    }
    return out;
  }

  /**
   * Lowers the named steps of a train block with several models (a GAN's discriminator and
   * generator steps): each step's loss, the gradients for the models it updates (from
   * {@code differentiate}), and their updates; frozen models pass gradients but keep their
   * parameters. Null after an error.
   */
  public static List<Step> steps(Checker checker, Modules.Module m, long seed, Differentiator differentiate) {
    return steps(checker, m, seed, differentiate, StepOptions.NONE);
  }

  /** {@link #steps(Checker, Modules.Module, long, Differentiator)} with {@code options} (its learning rate is not used) in place of the block's clauses. */
  public static List<Step> steps(Checker checker, Modules.Module m, long seed, Differentiator differentiate, StepOptions options) {
    Evaluator ev = checker.evaluator();
    if (m == null || m.file() == null || checker.diagnostics().hasErrors()) return null;
    Env top = ev.moduleEnv(m);
    Ast.Train train = null;
    for (Ast.Decl d : m.file().decls()) {
      if (d instanceof Ast.Train t && t.items().stream().anyMatch(i -> i instanceof Ast.Models)) train = t;
    }
    if (train == null) return null;
    Lowering low = new Lowering(seed);
    low.training = true;
    ev.lowering = low;
    Source before = ev.current;
    ev.current = m.file().source();
    Ast.Train t = train;
    try {
      Env scope = new Env(top, t.name().text());
      scope.declaresSizes = true;
      Map<String, Instance> models = new LinkedHashMap<>();
      for (Ast.TrainItem item : t.items()) {
        if (!(item instanceof Ast.Models ms)) continue;
        for (Ast.Binding b : ms.bindings()) {
          Value v = ev.inPath(b.name().text(), () -> ev.eval(b.value(), scope));
          if (v instanceof Instance inst) models.put(b.name().text(), inst);
        }
      }
      Env given = new Env(scope, t.name().text());
      for (Map.Entry<String, Instance> e : models.entrySet()) {
        given.put(e.getKey(), new Env.Slot(new Ast.Name(e.getKey(), t.name().span()), "model", e.getValue()));
      }
      Map<String, Node> fields = new LinkedHashMap<>();
      for (Ast.TrainItem item : t.items()) {
        if (!(item instanceof Ast.Data d) || !(ev.eval(d.source(), scope) instanceof Data data)) continue;
        Int batch = new Int(dev.nnc.shape.Dim.symbol("B"), d.span(), "B");
        if (!data.graph()) scope.put("B", new Env.Slot(new Ast.Name("B", d.span()), "size", batch));
        int i = 0;
        for (Map.Entry<String, dev.nnc.shape.TensorType> f : data.fields().entrySet()) {
          List<dev.nnc.shape.Axis> axes = new ArrayList<>();
          if (!data.graph()) axes.add(batch.axis());
          axes.addAll(f.getValue().axes());
          dev.nnc.shape.TensorType type = f.getValue().withAxes(axes);
          String name = f.getKey();
          // `as (x: f32[B, 1, 28, 28], ...)` names and shapes the fields in order (the checker
          // has matched their sizes); the input keeps the data set's name, which the feed reads.
          if (i < d.fields().size()) {
            Ast.TypedName declared = d.fields().get(i);
            name = declared.name().text();
            if (declared.type() instanceof Ast.TensorType tt) {
              dev.nnc.shape.TensorType t2 = ev.types().declareType(tt, scope, scope);
              if (t2 != null) type = t2;
            }
          }
          i++;
          Node field = low.input(f.getKey(), type);
          fields.put(f.getKey(), field);
          given.put(name, new Env.Slot(new Ast.Name(name, d.span()), "data field", new Tensor(type, field)));
        }
      }
      List<Step> out = new ArrayList<>();
      for (Ast.TrainItem item : t.items()) {
        if (!(item instanceof Ast.Step s)) continue;
        Env env = new Env(given, s.name().text());
        env.declaresSizes = true;
        ev.programs.defineMembers(env, s.members(), Programs.Where.STEP);
        Node loss = null;
        List<String> updated = new ArrayList<>();
        Ast.Expr optimizer = null;
        Map<String, Node> outputs = new LinkedHashMap<>();
        for (Ast.Member mem : s.members()) {
          if (mem instanceof Ast.Loss l) {
            Node n = low.of(ev.eval(l.value(), env), dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.F32));
            loss = loss == null ? n : low.g.add(loss, n);
          } else if (mem instanceof Ast.Output o) {
            Value v = o.value() != null ? ev.eval(o.value(), env) : ev.lookup(o.name(), env);
            Node n = low.of(v, dev.nnc.shape.TensorType.scalar(dev.nnc.shape.DType.F32));
            outputs.put(o.name().text(), n);
          } else if (mem instanceof Ast.Update u) {
            for (Ast.Name n : u.models()) updated.add(n.text() + ".");
            optimizer = u.optimizer();
          }
        }
        if (loss == null || optimizer == null || checker.diagnostics().hasErrors()) return null;
        Map<String, Node> trained = new LinkedHashMap<>();
        for (Map.Entry<String, Node> p : low.params.entrySet()) {
          if (!low.states.contains(p.getKey()) && updated.stream().anyMatch(p.getKey()::startsWith)) trained.put(p.getKey(), p.getValue());
        }
        Map<String, Node> gradByName = new LinkedHashMap<>(differentiate.gradients(low.g, loss, trained));
        Map<String, Node> next = update(ev, low, gradByName, trained, optimizer, schedule(t), env,
            "optimizer." + s.name().text() + ".", over(options.lr(null), t));
        if (next == null) return null;
        // The step's optimizer states, and the states of the models it updates (a generator's
        // running statistics in the generator's step): a step changes only the models it updates.
        for (Map.Entry<String, Node> st : low.next.entrySet()) {
          String k = st.getKey();
          if (k.startsWith("optimizer." + s.name().text() + ".") || k.startsWith(ACCUMULATED + s.name().text() + ".")
              || (low.states.contains(k) && updated.stream().anyMatch(k::startsWith))) {
            next.putIfAbsent(k, st.getValue());
          }
        }
        out.add(new Step(s.name().text(), low.g, read(fields, loss, next), new LinkedHashMap<>(low.params),
            new LinkedHashMap<>(low.inits), loss, gradByName, next, t, outputs));
      }
      return out;
    } catch (Lowering.Unsupported e) {
      unsupported(ev, t.name().span(), e);
      return null;
    } finally {
      ev.lowering = null;
      ev.current = before;
    }
  }

  /** The data set a train block names: the builtin's name and its arguments as plain values. */
  public record DataCall(String name, Map<String, Object> args) {}

  /**
   * The train block's `data` as a call the runtime can make: numbers as Double or Long,
   * strings, the list literals of inline data ({@code points}) as runtime tensors of their
   * dtypes. Null when it has none.
   */
  public static DataCall data(Checker checker, Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) {
      if (item instanceof Ast.Data d && d.source() instanceof Ast.Call c && c.callee() instanceof Ast.Ref) return call(checker, c);
    }
    return null;
  }

  /** The train block's {@code validate} data set as a call, as {@link #data} gives its data; null when it has none. */
  public static DataCall validation(Checker checker, Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) {
      if (item instanceof Ast.Validate v && v.source() instanceof Ast.Call c && c.callee() instanceof Ast.Ref) return call(checker, c);
    }
    return null;
  }

  private static DataCall call(Checker checker, Ast.Call c) {
    Evaluator ev = checker.evaluator();
    Ast.Ref r = (Ast.Ref) c.callee();
    Value callee = ev.prelude.local(r.name().text()) == null ? null : ev.prelude.local(r.name().text()).value();
    if (!(callee instanceof Builtin b)) return null;
    Map<String, Object> args = new LinkedHashMap<>();
    // The arguments may name the file's constants (`points(s: TARGETS)`), as the checker saw them.
    Modules.Module module = ev.modules.of(c.span().source());
    Env scope = module != null ? ev.moduleEnv(module) : ev.prelude;
    int position = 0;
    for (Ast.Arg a : c.args()) {
      String name = a.name() != null ? a.name().text() : b.def().params().get(position++).name();
      args.put(name, plain(ev.eval(a.value(), scope)));
    }
    return new DataCall(r.name().text(), args);
  }

  private static Object plain(Value v) {
    if (v instanceof Int i && i.value().isConstant()) return i.value().constant();
    if (v instanceof Real r) return r.value();
    if (v instanceof Str s) return s.value();
    if (v instanceof Lst l) return tensor(l);
    return null;
  }

  /** A train block's number setting ({@code clip_norm}, {@code clip_value}) when it gives one as a literal. */
  public static Double number(Ast.Train train, String key) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) {
      if (!(item instanceof Ast.Setting s) || !s.key().text().equals(key)) continue;
      if (s.value() instanceof Ast.IntLit i) return (double) i.value();
      if (s.value() instanceof Ast.FloatLit f) return f.value();
    }
    return null;
  }

  /**
   * Where a value of the state of model {@code model} is declared in {@code file}: the member its
   * path starts with ({@code hidden0 = Linear(...)} for {@code hidden0.weight}, {@code param w} for
   * {@code w}); null when none is found.
   */
  public static Span declaration(Ast.File file, String model, String path) {
    if (file == null) return null;
    String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    for (Ast.Decl d : file.decls()) {
      if (!(d instanceof Ast.Block b) || b.kind() != Ast.BlockKind.MODEL || !b.name().text().equals(model)) continue;
      for (Ast.Member m : b.members()) {
        if (m instanceof Ast.Bind bind && bind.pattern() instanceof Ast.PName p && p.name().text().equals(first)) return bind.value().span();
        if (m instanceof Ast.ParamDef p && p.name().text().equals(first)) return p.span();
        if (m instanceof Ast.State st && st.name().text().equals(first)) return st.span();
      }
    }
    return null;
  }

  /** A train block's {@code early_stop} clause, or null. */
  public static Ast.EarlyStop earlyStop(Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) if (item instanceof Ast.EarlyStop e) return e;
    return null;
  }

  /** The metric of a train block's {@code keep_best} clause, or null. */
  public static String keepBest(Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) if (item instanceof Ast.KeepBest k) return k.metric().text();
    return null;
  }

  /** A list literal of inline data as a runtime tensor of its dtype (Builtins.literalDType); the checker made sure it is rectangular. */
  private static dev.nnc.runtime.Tensor tensor(Lst l) {
    int[] dims = dims(l);
    List<Value> leaves = new ArrayList<>();
    leaves(l, leaves);
    dev.nnc.shape.DType dtype = Builtins.literalDType(l);
    if (dtype == dev.nnc.shape.DType.BOOL) {
      boolean[] b = new boolean[leaves.size()];
      for (int i = 0; i < b.length; i++) b[i] = ((Bool) leaves.get(i)).value();
      return dev.nnc.runtime.Tensor.bool(b, dims);
    }
    if (dtype == dev.nnc.shape.DType.I32) {
      int[] n = new int[leaves.size()];
      for (int i = 0; i < n.length; i++) n[i] = Math.toIntExact(((Int) leaves.get(i)).value().constant());
      return dev.nnc.runtime.Tensor.i32(n, dims);
    }
    float[] f = new float[leaves.size()];
    for (int i = 0; i < f.length; i++) f[i] = (float) (double) Ops.real(leaves.get(i));
    return dev.nnc.runtime.Tensor.f32(f, dims);
  }

  /** The shape of a rectangular list literal: the length of each level of nesting. */
  private static int[] dims(Lst l) {
    List<Integer> shape = new ArrayList<>();
    for (Value cur = l; cur instanceof Lst x; cur = x.items().get(0)) shape.add(x.items().size());
    return shape.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void leaves(Value v, List<Value> out) {
    if (v instanceof Lst l) for (Value x : l.items()) leaves(x, out);
    else out.add(v);
  }

  /**
   * A train block's {@code init TARGET from "PATH"}: the state's names under {@code prefix}
   * ({@code ae.enc.}) take the file's tensors under {@code filePrefix} ({@code enc.}; empty for a
   * whole model bound in a block of several, whose file is that model's own checkpoint).
   */
  public record Init(String target, String prefix, String filePrefix, String path, Span at) {}

  /** The train block's init clauses, in order, with their paths evaluated (a checked file's are strings). */
  public static List<Init> inits(Checker checker, Modules.Module m, Ast.Train train) {
    List<Init> out = new ArrayList<>();
    if (train == null || m == null) return out;
    boolean several = train.items().stream().anyMatch(i -> i instanceof Ast.Models);
    Evaluator ev = checker.evaluator();
    for (Ast.TrainItem item : train.items()) {
      if (!(item instanceof Ast.InitFrom i)) continue;
      List<String> names = i.target().stream().map(Ast.Name::text).toList();
      String target = String.join(".", names);
      List<String> inFile = several ? names.subList(1, names.size()) : names;
      String filePrefix = inFile.isEmpty() ? "" : String.join(".", inFile) + ".";
      if (!(ev.eval(i.path(), ev.moduleEnv(m)) instanceof Str path)) continue;
      out.add(new Init(target, target + ".", filePrefix, path.value(), i.span()));
    }
    return out;
  }

  /** A train block's setting (batch, epochs, seed, steps, accumulate) when it gives one. */
  public static Long setting(Ast.Train train, String key) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) {
      if (item instanceof Ast.Setting s && s.key().text().equals(key) && s.value() instanceof Ast.IntLit i) return i.value();
    }
    return null;
  }

  /**
   * A step's inputs: the data fields, given every step whether it reads them or not, and the
   * other inputs its loss and updates reach (the step counter). A model bound in the train block
   * declares inputs of its own (a generator's {@code x: f32[B, 64]}), which its calls replace
   * with their arguments; such an input can share a data field's name, so it is not one of the
   * step's inputs.
   */
  private static Map<String, Node> read(Map<String, Node> fields, Node loss, Map<String, Node> next) {
    List<Node> roots = new ArrayList<>(next.values());
    roots.add(loss);
    Map<String, Node> out = new LinkedHashMap<>(fields);
    for (Node n : dev.nnc.ir.Schedule.topological(roots)) {
      if (n.op() == dev.nnc.ir.Op.INPUT && n.attr() instanceof dev.nnc.ir.Attr.Leaf leaf) out.putIfAbsent(leaf.name(), n);
    }
    return out;
  }

  /**
   * The values a train block's inline data set gives ({@code points(x: ..., y: ...)}), by
   * field name; null when its data is not written in the source.
   */
  public static Map<String, Array> inlineData(Checker checker, Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem item : train.items()) {
      if (!(item instanceof Ast.Data d) || !(d.source() instanceof Ast.Call c)) continue;
      if (!(c.callee() instanceof Ast.Ref r) || !r.name().text().equals("points")) continue;
      Map<String, Array> out = new LinkedHashMap<>();
      List<String> renamed = d.fields().stream().map(f -> f.name().text()).toList();
      int field = 0;
      for (Ast.Arg a : c.args()) {
        Value v = checker.evaluator().eval(a.value(), checker.evaluator().prelude);
        if (!(v instanceof Lst l)) return null;
        List<Value> leaves = new ArrayList<>();
        leaves(l, leaves);
        double[] values = new double[leaves.size()]; // exact, as the reference evaluator of `run` computes
        for (int i = 0; i < values.length; i++) values[i] = leaves.get(i) instanceof Bool b ? (b.value() ? 1 : 0) : Ops.real(leaves.get(i));
        int[] dims = dims(l);
        long[] shape = new long[dims.length];
        for (int i = 0; i < shape.length; i++) shape[i] = dims[i];
        String given = a.name() == null ? (field == 0 ? "x" : "y") : a.name().text();
        out.put(field < renamed.size() ? renamed.get(field) : given, new Array(shape, values));
        field++;
      }
      return out;
    }
    return null;
  }
}
