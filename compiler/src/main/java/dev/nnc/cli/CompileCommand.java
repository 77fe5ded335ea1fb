package dev.nnc.cli;

import dev.nnc.autodiff.Differentiate;
import dev.nnc.check.Lower;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import dev.nnc.opt.Simplify;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnc compile FILE --emit ir|grad}: what the compiler makes of a model, as text. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compiles a model and prints what it becomes: --emit ir (forward graph) or grad (its gradients).")
final class CompileCommand implements Callable<Integer> {
  enum Emit { ir, grad, memory }

  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--emit", required = true, paramLabel = "ir|grad|memory",
      description = "ir (the forward graph), grad (the training step) or memory (the buffers of the training step, and its peak bytes)")
  Emit emit;

  @Option(names = "--model", paramLabel = "NAME", description = "the model (default: the one the train block trains)")
  String model;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    Models.Loaded loaded = Models.load(file, model, emit == Emit.grad, 42, out, err);
    if (loaded.model() == null) return loaded.exit();
    Lower.Model m = loaded.model();
    String text;
    if (emit == Emit.ir) {
      text = forward(m);
    } else if (emit == Emit.memory) {
      List<Node> roots = new ArrayList<>();
      Map<Node, String> names = new java.util.LinkedHashMap<>();
      String what;
      if (hasOptimizer(m)) {
        Lower.Step step = Lower.step(loaded.checker(), loaded.module(), model, 42);
        if (step == null) {
          out.print(dev.nnc.diag.Renderer.render(loaded.checker().diagnostics().sorted()));
          out.flush();
          return Main.INPUT_ERRORS;
        }
        roots.add(step.loss());
        names.put(step.loss(), "loss");
        for (Map.Entry<String, Node> e : step.next().entrySet()) {
          roots.add(e.getValue());
          names.putIfAbsent(e.getValue(), "next " + e.getKey());
        }
        what = "one training step";
      } else {
        roots.addAll(m.outputs().values());
        if (m.loss() != null) roots.add(m.loss());
        what = "the forward graph";
      }
      Simplify.Result s = Simplify.run(m.graph(), roots);
      Map<Node, String> simpleNames = new java.util.LinkedHashMap<>();
      for (int i = 0; i < roots.size(); i++) simpleNames.putIfAbsent(s.roots().get(i), names.getOrDefault(roots.get(i), "output"));
      dev.nnc.plan.PlanMemory.Plan plan = dev.nnc.plan.PlanMemory.run(s.roots());
      for (Node n : plan.order()) {
        if (n.attr() instanceof dev.nnc.ir.Attr.Leaf leaf) simpleNames.putIfAbsent(n, leaf.name());
      }
      text = "// model " + m.name() + ": memory of " + what + "\n" + dev.nnc.plan.PlanMemory.describe(plan, simpleNames);
    } else if (hasOptimizer(m)) {
      Lower.Step step = Lower.step(loaded.checker(), loaded.module(), model, 42);
      if (step == null) {
        out.print(dev.nnc.diag.Renderer.render(loaded.checker().diagnostics().sorted()));
        out.flush();
        return Main.INPUT_ERRORS;
      }
      text = step(step);
    } else {
      text = gradients(m);
    }
    if (text == null) {
      err.println("nnc: " + file + ": model " + m.name() + " has no loss to differentiate");
      return Main.INPUT_ERRORS;
    }
    if (output != null) {
      try {
        Files.writeString(output, text);
      } catch (IOException e) {
        err.println("nnc: cannot write " + output + ": " + e.getMessage());
        return Main.FAULT;
      }
    } else {
      out.print(text);
      out.flush();
    }
    return Main.OK;
  }

  private static String forward(Lower.Model m) {
    List<Node> roots = new ArrayList<>(m.outputs().values());
    if (m.loss() != null) roots.add(m.loss());
    Simplify.Result s = Simplify.run(m.graph(), roots);
    List<String> names = new ArrayList<>();
    for (String name : m.outputs().keySet()) names.add("output " + name);
    if (m.loss() != null) names.add("loss");
    return "// model " + m.name() + ": forward\n" + Printer.print(s.roots(), names);
  }

  private static boolean hasOptimizer(Lower.Model m) {
    return m.train() != null && m.train().items().stream().anyMatch(i -> i instanceof dev.nnc.syntax.Ast.OptimizerItem);
  }

  /** The whole training step: loss, gradients, and the next value of every parameter and state. */
  private static String step(Lower.Step s) {
    List<Node> roots = new ArrayList<>();
    roots.add(s.loss());
    roots.addAll(s.grads().values());
    roots.addAll(s.next().values());
    Simplify.Result r = Simplify.run(s.graph(), roots);
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : s.grads().keySet()) names.add("grad " + name);
    for (String name : s.next().keySet()) names.add("next " + name);
    return "// model " + s.name() + ": one training step (forward, backward, update)\n" + Printer.print(r.roots(), names);
  }

  private static String gradients(Lower.Model m) {
    if (m.loss() == null) return null;
    Map<String, Node> trained = m.trained();
    Map<Node, Node> grads = Differentiate.vjp(m.graph(), m.loss(), m.graph().fill(1, m.loss().type()), trained.values());
    List<Node> roots = new ArrayList<>();
    roots.add(m.loss());
    roots.addAll(grads.values());
    Simplify.Result s = Simplify.run(m.graph(), roots);
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : trained.keySet()) names.add("grad " + name);
    return "// model " + m.name() + ": loss and its gradients\n" + Printer.print(s.roots(), names);
  }
}
