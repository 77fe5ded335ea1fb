package dev.nnc.pipeline;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.fuse.Fuse;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.IrException;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import dev.nnc.ir.Schedule;
import dev.nnc.ir.Verify;
import dev.nnc.opencl.ClProgram;
import dev.nnc.opt.Simplify;
import dev.nnc.opt.Unmask;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.runtime.train.SplitLayout;
import dev.nnc.runtime.train.StepOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The compiler's passes in run order, as Futhark lists its pipelines ({@code src/Futhark/Passes.hs}),
 * and the runner every command goes through: check, lower, unmask, differentiate, optimizer, simplify,
 * fuse, plan, render. Running a pass through {@link #run} verifies the IR after it when asked
 * ({@code -Dnnc.verify=true}, on in the tests), so a broken invariant names the pass, and tells
 * an {@link Observer} its result ({@code nnc compile --dump-after}).
 *
 * <p>A training step runs lower, unmask, differentiate and optimizer ({@link #step}); a program for a
 * device is then simplified ({@link #trainingStep}, {@link #simplify}); the backends fuse, plan and
 * render it when they compile it (the plan pass is {@link LaunchPlan#of}, which asks the fusion
 * planner for the kernels it launches).
 */
public final class Pipeline {
  /** Parses and checks a file: names, types and shapes. */
  public static final Pass<Path, Checked> CHECK = new Pass<>("check",
      "parses and checks a file: names, types and shapes", Pipeline::checkFile, null, Checked::show);

  /** Lowers a checked model to graph IR. */
  public static final Pass<Target, Lower.Model> LOWER = new Pass<>("lower",
      "lowers a checked model to graph IR: inputs, parameters, outputs, loss",
      t -> Lower.model(t.checked().checker(), t.checked().module(), t.model(), t.training(), t.seed(), t.args(), t.fns()),
      Pipeline::forwardRoots, m -> Printer.print(forwardRoots(m), forwardNames(m)));

  /**
   * Mask selects whose rows reach a reduction over them become masked reductions over all the
   * rows ({@link Unmask}), before differentiation, so every backend runs the same program and the
   * compiled ones get static sizes.
   */
  public static final Pass<Lower.Model, Lower.Model> UNMASK = new Pass<>(Unmask.NAME,
      "replaces a mask select reduced over its rows by a masked reduction over all the rows (static sizes)",
      Pipeline::unmasked, Pipeline::forwardRoots, m -> Printer.print(forwardRoots(m), forwardNames(m)));

  /** Reverse-mode differentiation of a scalar loss. */
  public static final Pass<Objective, Gradients> DIFFERENTIATE = new Pass<>("differentiate",
      "adds the backward pass: the gradient of the loss for every trained parameter",
      Pipeline::differentiate, Gradients::roots, Gradients::show);

  /**
   * The optimizer's update rule for every trained parameter, on the gradients as the train block
   * treats them first: accumulated over batches ({@code accumulate}), clipped ({@code clip_norm},
   * {@code clip_value}).
   */
  public static final Pass<Update, Lower.Step> OPTIMIZER = new Pass<>("optimizer",
      "adds the optimizer's update: the next value of every parameter and state, after accumulating and clipping the gradients",
      u -> Lower.update(u.checked().checker(), u.checked().module(), u.model(),
          u.gradients() == null ? null : u.gradients().grads(), u.options(), u.runtimeLr()),
      Pipeline::stepRoots, s -> Printer.print(stepRoots(s), stepNames(s)));

  /** The simplifier. */
  public static final Pass<Ir, Ir> SIMPLIFY = new Pass<>("simplify",
      "folds constants, applies the algebraic rules and removes dead code",
      ir -> new Ir(ir.graph(), Simplify.run(ir.graph(), ir.roots()).roots(), ir.names()), Ir::roots, Ir::show);

  /** The fusion planner. */
  public static final Pass<Program, List<Fuse.Kernel>> FUSE = new Pass<>("fuse",
      "groups the nodes into kernels: elementwise chains, prologues, epilogues, the update",
      p -> Fuse.run(p.roots(), p.update(), p.gradients()), null, Kernels::listing);

  /** The launch plan both backends run. */
  public static final Pass<Program, LaunchPlan> PLAN = new Pass<>("plan",
      "plans the launches of the kernels and a buffer slot for each value stored",
      p -> LaunchPlan.of("the JVM backend", p.roots(), p.update(), p.gradients()), null, LaunchPlan::describe);

  /** The backend's code, as the OpenCL backend writes it. */
  public static final Pass<Program, ClProgram> RENDER = new Pass<>("render",
      "writes the backend's code: the OpenCL source of every kernel",
      p -> ClProgram.sources(p.roots(), p.update(), p.gradients()), null, ClProgram::source);

  /** Every pass, in run order. */
  public static final List<Pass<?, ?>> PASSES = List.of(CHECK, LOWER, UNMASK, DIFFERENTIATE, OPTIMIZER, SIMPLIFY, FUSE, PLAN, RENDER);

  /** Told the result of every pass run; a pass that reported a problem gives null. */
  @FunctionalInterface
  public interface Observer {
    void after(Pass<?, ?> pass, Object result);
  }

  private final boolean verify;
  private final Observer observer;

  /** A runner that verifies the IR after every IR pass when {@code verify}, and tells {@code observer} each result. */
  public Pipeline(boolean verify, Observer observer) {
    this.verify = verify;
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /** The runner the commands use: it verifies when the system property {@code nnc.verify} is true. */
  public static Pipeline standard() {
    return new Pipeline(Boolean.getBoolean("nnc.verify"), (pass, result) -> {});
  }

  /** The pass of a name, or null. */
  public static Pass<?, ?> named(String name) {
    for (Pass<?, ?> p : PASSES) if (p.name().equals(name)) return p;
    return null;
  }

  /** The names of the passes, in run order. */
  public static List<String> names() {
    return PASSES.stream().map(Pass::name).toList();
  }

  /**
   * Runs one pass; with verification on, checks the IR it gives and throws {@link IrException}
   * naming the pass ({@code after pass `simplify`: ...}) when an invariant is broken.
   */
  public <I, O> O run(Pass<I, O> pass, I input) {
    O result = pass.function().apply(input);
    if (result != null && verify && pass.producesIr()) Verify.graph("pass `" + pass.name() + "`", pass.ir().apply(result));
    observer.after(pass, result);
    return result;
  }

  // ------------------------------------------------------------------ what the commands run

  /** Checks a file. */
  public Checked check(Path file) {
    return run(CHECK, file);
  }

  /**
   * Lowers a model of a checked file and unmasks it ({@link #UNMASK}); null after reporting a
   * problem to the checker's diagnostics.
   */
  public Lower.Model lower(Checker checker, Modules.Module m, String name, boolean training, long seed) {
    return unmask(run(LOWER, new Target(new Checked(checker, m), name, training, seed)));
  }

  /** Lowers a sample or generate program with some of its int parameters given ({@link Target#args}). */
  public Lower.Model lower(Checker checker, Modules.Module m, String name, long seed, Map<String, Long> args) {
    return unmask(run(LOWER, new Target(new Checked(checker, m), name, false, seed, args)));
  }

  private Lower.Model unmask(Lower.Model lowered) {
    return lowered == null ? null : run(UNMASK, lowered);
  }

  /**
   * Lowers a model in evaluation mode with some of its fns applied to its inputs ({@link Target#fns},
   * {@link Lower.Model#fns}).
   */
  public Lower.Model lowerWithFns(Checker checker, Modules.Module m, String name, long seed, List<String> fns) {
    return run(LOWER, new Target(new Checked(checker, m), name, false, seed, Map.of(), fns));
  }

  /** The gradients of a model's loss for every trained parameter; the model must have a loss. */
  public Gradients differentiate(Lower.Model m) {
    return run(DIFFERENTIATE, new Objective(m.graph(), m.loss(), m.trained()));
  }

  /** The training step of a file's single-model train block; null after reporting a problem. */
  public Lower.Step step(Checker checker, Modules.Module m, String name, long seed) {
    return step(checker, m, name, seed, (Double) null);
  }

  /**
   * The training step (lower, unmask, differentiate, optimizer) with the learning rate {@code lr} in place
   * of the optimizer's when not null; null after reporting a problem. Throws IllegalArgumentException
   * when the optimizer's learning rate cannot be set (see {@link Lower#update}).
   */
  public Lower.Step step(Checker checker, Modules.Module m, String name, long seed, Double lr) {
    return step(checker, m, name, seed, StepOptions.NONE.lr(lr));
  }

  /**
   * The training step with {@code options} in place of the train block's clauses where they are
   * not null ({@code nnc train --lr --clip-norm --clip-value --accumulate}); null after reporting
   * a problem. Throws IllegalArgumentException as {@link #step(Checker, Modules.Module, String, long, Double)} does.
   */
  public Lower.Step step(Checker checker, Modules.Module m, String name, long seed, StepOptions options) {
    return step(checker, m, name, seed, options, false);
  }

  /**
   * The training step, with the optimizer's learning rate the step's f32 scalar input
   * {@link StepOptions#LEARNING_RATE} when {@code runtimeLr} (the step a packaged model trains
   * with when it is given a learning rate at run time), else as {@link #step(Checker, Modules.Module,
   * String, long, StepOptions)}. Throws IllegalArgumentException as that does.
   */
  public Lower.Step step(Checker checker, Modules.Module m, String name, long seed, StepOptions options, boolean runtimeLr) {
    Lower.Model model = lower(checker, m, name, true, seed);
    if (model == null) return null;
    Gradients grads = model.loss() == null ? null : differentiate(model);
    return run(OPTIMIZER, new Update(new Checked(checker, m), model, grads, options, runtimeLr));
  }

  /** The named steps of a train block with several models, each differentiated by the differentiate pass; null after an error. */
  public List<Lower.Step> steps(Checker checker, Modules.Module m, long seed) {
    return steps(checker, m, seed, StepOptions.NONE);
  }

  /** {@link #steps(Checker, Modules.Module, long)} with {@code options} in place of the block's clipping and accumulation. */
  public List<Lower.Step> steps(Checker checker, Modules.Module m, long seed, StepOptions options) {
    return Lower.steps(checker, m, seed, (g, loss, wrt) -> run(DIFFERENTIATE, new Objective(g, loss, wrt)).grads(), options);
  }

  /** Simplifies named roots of a graph. */
  public Ir simplify(Graph g, List<Node> roots, List<String> names) {
    return run(SIMPLIFY, new Ir(g, roots, names));
  }

  /**
   * A training step as a device compiles it: the loss, the next value of every parameter and
   * state, and the gradients, simplified together (see {@link TrainingStep}).
   */
  public TrainingStep trainingStep(Lower.Step step) {
    List<Node> simple = simplifiedStep(step);
    int end = 1 + step.next().size();
    List<String> names = new ArrayList<>();
    names.add("loss");
    names.addAll(step.next().keySet());
    return new TrainingStep(List.copyOf(simple.subList(0, end)), List.copyOf(names),
        new HashSet<>(simple.subList(1, end)), new HashSet<>(simple.subList(end, simple.size())));
  }

  /** The loss, the next values, then the gradients of a step, simplified together (in each map's order). */
  private List<Node> simplifiedStep(Lower.Step step) {
    List<Node> all = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    all.add(step.loss());
    shown.add("loss");
    all.addAll(step.next().values());
    for (String name : step.next().keySet()) shown.add("next " + name);
    all.addAll(step.grads().values());
    for (String name : step.grads().keySet()) shown.add("grad " + name);
    return simplify(step.graph(), all, shown).roots();
  }

  /**
   * A training step split at its gradients into two programs (see {@link SplitStep}): simplified
   * as {@link #trainingStep} simplifies the fused step, then each next value that depends on a
   * gradient goes to the apply program, made again with every gradient replaced by an input leaf
   * ({@link SplitLayout#leaf}), and the others stay with the loss and the gradients. Both programs
   * go through the simplify pass.
   */
  public SplitStep splitStep(Lower.Step step) {
    Graph g = step.graph();
    List<Node> simple = simplifiedStep(step);
    List<String> next = new ArrayList<>(step.next().keySet()), params = new ArrayList<>(step.grads().keySet());
    List<Node> nextNodes = simple.subList(1, 1 + next.size()), gradNodes = simple.subList(1 + next.size(), simple.size());
    // A gradient that is a leaf or a fill (a parameter the loss does not read) does not make a value depend on it.
    Set<Node> computed = new HashSet<>();
    for (Node n : gradNodes) if (!n.inputs().isEmpty()) computed.add(n);
    Set<Node> dependent = new HashSet<>();
    for (Node n : Schedule.topological(nextNodes)) {
      boolean d = computed.contains(n);
      for (Node in : n.inputs()) d |= dependent.contains(in);
      if (d) dependent.add(n);
    }
    List<String> stateNext = new ArrayList<>(), applyNext = new ArrayList<>();
    List<Node> gradientRoots = new ArrayList<>(), applyRoots = new ArrayList<>();
    List<String> gradientShown = new ArrayList<>(), applyShown = new ArrayList<>();
    gradientRoots.add(simple.get(0));
    gradientShown.add("loss");
    gradientRoots.addAll(gradNodes);
    for (String p : params) gradientShown.add("grad " + p);
    for (int i = 0; i < next.size(); i++) {
      boolean apply = dependent.contains(nextNodes.get(i));
      (apply ? applyNext : stateNext).add(next.get(i));
      (apply ? applyRoots : gradientRoots).add(nextNodes.get(i));
      (apply ? applyShown : gradientShown).add("next " + next.get(i));
    }
    Map<Node, Node> leaves = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      leaves.putIfAbsent(gradNodes.get(i), g.input(SplitLayout.leaf(params.get(i)), gradNodes.get(i).type()));
    }
    Map<Node, Node> copy = g.copy(applyRoots, leaves);
    for (Map.Entry<Node, Node> e : copy.entrySet()) if (e.getKey().origin() != null) g.origin(e.getValue(), e.getKey().origin());
    List<Node> rebuilt = new ArrayList<>();
    for (Node r : applyRoots) rebuilt.add(copy.get(r));
    List<Node> first = simplify(g, gradientRoots, gradientShown).roots();
    List<Node> second = simplify(g, rebuilt, applyShown).roots();
    int stateStart = 1 + params.size();
    Program gradients = new Program(first, new HashSet<>(first.subList(stateStart, first.size())),
        new HashSet<>(first.subList(1, stateStart)));
    Program apply = new Program(second, new HashSet<>(second), new HashSet<>(leaves.values()));
    return new SplitStep(gradients, apply, new SplitLayout(params, stateNext, applyNext));
  }

  /** The kernels of a program, as the fusion planner groups them. */
  public List<Fuse.Kernel> fuse(Program p) {
    return run(FUSE, p);
  }

  // ------------------------------------------------------------------ the passes' functions

  private static Checked checkFile(Path file) {
    Checker checker = new Checker();
    try {
      return new Checked(checker, checker.checkFile(file, file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Lower.Model unmasked(Lower.Model m) {
    List<Node> roots = forwardRoots(m);
    int parts = roots.size();
    roots.addAll(m.losses().values());
    List<Node> rewritten = Unmask.run(m.graph(), roots);
    if (rewritten.equals(roots)) return m;
    Map<String, Node> outputs = new LinkedHashMap<>();
    int i = 0;
    for (String name : m.outputs().keySet()) outputs.put(name, rewritten.get(i++));
    Node loss = m.loss() == null ? null : rewritten.get(i);
    Map<String, Node> losses = new LinkedHashMap<>();
    i = parts;
    for (String name : m.losses().keySet()) losses.put(name, rewritten.get(i++));
    return new Lower.Model(m.name(), m.graph(), m.inputs(), m.params(), m.inits(), m.states(), outputs, loss, m.train(),
        m.lowering(), m.fns(), losses);
  }

  private static Gradients differentiate(Objective o) {
    Map<Node, Node> byNode = Differentiate.vjp(o.graph(), o.loss(), o.graph().fill(1, o.loss().type()), o.wrt().values());
    Map<String, Node> grads = new LinkedHashMap<>();
    for (Map.Entry<String, Node> w : o.wrt().entrySet()) grads.put(w.getKey(), byNode.get(w.getValue()));
    return new Gradients(o.graph(), o.loss(), grads);
  }

  private static List<Node> forwardRoots(Lower.Model m) {
    List<Node> roots = new ArrayList<>(m.outputs().values());
    if (m.loss() != null) roots.add(m.loss());
    roots.addAll(m.fns().values());
    return roots;
  }

  private static List<String> forwardNames(Lower.Model m) {
    List<String> names = new ArrayList<>();
    for (String name : m.outputs().keySet()) names.add("output " + name);
    if (m.loss() != null) names.add("loss");
    for (String name : m.fns().keySet()) names.add("fn " + name);
    return names;
  }

  private static List<Node> stepRoots(Lower.Step s) {
    List<Node> roots = new ArrayList<>();
    roots.add(s.loss());
    roots.addAll(s.grads().values());
    roots.addAll(s.next().values());
    return roots;
  }

  private static List<String> stepNames(Lower.Step s) {
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : s.grads().keySet()) names.add("grad " + name);
    for (String name : s.next().keySet()) names.add("next " + name);
    return names;
  }
}
