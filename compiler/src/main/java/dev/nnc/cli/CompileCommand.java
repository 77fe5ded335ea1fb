package dev.nnc.cli;

import dev.nnc.check.Lower;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import dev.nnc.pipeline.Gradients;
import dev.nnc.pipeline.Kernels;
import dev.nnc.pipeline.Pass;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.Program;
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

/**
 * {@code nnc compile FILE --emit ir|grad|memory|kernels}: what the compiler makes of a model, as
 * text; {@code --dump-after=PASS}: the program after one pass of the {@link Pipeline}.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compiles a model and prints what it becomes: --emit ir (forward graph) or grad (its gradients),"
        + " or --dump-after=PASS (the program after that pass).")
final class CompileCommand implements Callable<Integer> {
  enum Emit { ir, grad, memory, kernels, bytecode }

  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--emit", paramLabel = "ir|grad|memory|kernels|bytecode",
      description = "ir (the forward graph), grad (the training step), memory (its buffers and peak bytes), kernels (its fused"
          + " kernels) or bytecode (the JVM backend's launches and classes)")
  Emit emit;

  @Option(names = "--dump-after", paramLabel = "PASS",
      description = "print the program after a pass instead: check, lower, unmask, differentiate, optimizer, simplify, fuse, plan or render")
  String dumpAfter;

  @Option(names = "--model", paramLabel = "NAME", description = "the model (default: the one the train block trains)")
  String model;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output;"
      + " with --emit kernels, a directory: one OpenCL .cl file per kernel")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (dumpAfter != null || emit == null) {
      if (emit != null || dumpAfter == null) {
        err.println("nnc: compile needs one of --emit and --dump-after");
        return Main.USAGE;
      }
      Pass<?, ?> pass = Pipeline.named(dumpAfter);
      if (pass == null) {
        err.println("nnc: no pass `" + dumpAfter + "`; the passes are " + String.join(", ", Pipeline.names()));
        return Main.USAGE;
      }
      return new Dump(file, model, pass).run(out, err, output);
    }
    if (model == null && java.nio.file.Files.exists(file)) {
      Integer steps = steps(out, err);
      if (steps != null) return steps;
    }
    Models.Loaded loaded = Models.load(file, model, emit == Emit.grad, 42, out, err);
    if (loaded.model() == null) return loaded.exit();
    Lower.Model m = loaded.model();
    Lower.Step step = null; // one training step, where the train block names an optimizer
    if (emit != Emit.ir && hasOptimizer(m)) {
      step = Pipeline.standard().step(loaded.checker(), loaded.module(), model, 42);
      if (step == null) return Models.diagnostics(loaded.checker(), out);
    }
    String text;
    if (emit == Emit.ir) {
      text = forward(m);
    } else if (emit == Emit.memory || emit == Emit.kernels || emit == Emit.bytecode) {
      Compiled c = step != null ? Compiled.of(step) : Compiled.forward(m);
      if (emit == Emit.kernels && output != null && isDirectory(output)) {
        return openCl(c, m.name() + ": kernels of " + c.what(), output, out, err);
      }
      try {
        text = c.text(emit, "// model " + m.name());
      } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
        err.println("nnc: " + e.getMessage());
        return Main.FAULT;
      }
    } else if (step != null) {
      text = step(step);
    } else {
      text = gradients(m);
    }
    if (text == null) {
      err.println("nnc: " + file + ": model " + m.name() + " has no loss to differentiate");
      return Main.INPUT_ERRORS;
    }
    return Models.emit(text, output, out, err);
  }

  /** Whether -o names a directory: one that exists, or a new path ending in / or without an extension. */
  private static boolean isDirectory(Path p) {
    if (Files.isDirectory(p)) return true;
    if (Files.exists(p)) return false;
    return p.toString().endsWith("/") || !p.getFileName().toString().contains(".");
  }

  /**
   * The OpenCL source of the program's kernels, one file per kernel (kNN.cl, loop bodies'
   * loopN_kM.cl) beside prelude.cl, the helpers each includes; and kernels.txt listing them.
   */
  private static int openCl(Compiled c, String what, Path dir, PrintWriter out, PrintWriter err) {
    dev.nnc.opencl.ClProgram p;
    try {
      p = dev.nnc.opencl.ClProgram.sources(c.program(), c.update(), c.grads());
    } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
    Map<String, String> all = new java.util.LinkedHashMap<>(p.kernelSources());
    all.putAll(p.loopSources());
    StringBuilder index = new StringBuilder("// " + what + ": " + all.size() + " OpenCL kernels for " + p.launchCount()
        + " launches\n");
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("prelude.cl"), dev.nnc.opencl.ClProgram.prelude());
      for (Map.Entry<String, String> k : all.entrySet()) {
        Files.writeString(dir.resolve(k.getKey() + ".cl"), "#include \"prelude.cl\"\n\n" + k.getValue());
        String first = k.getValue().substring(3, k.getValue().indexOf('\n'));
        index.append(k.getKey()).append(".cl: ").append(first).append('\n');
      }
      Files.writeString(dir.resolve("kernels.txt"), index.toString());
    } catch (java.io.IOException e) {
      err.println("nnc: cannot write " + dir + ": " + e.getMessage());
      return Main.FAULT;
    }
    out.println("wrote " + all.size() + " kernels to " + dir);
    return Main.OK;
  }

  /**
   * What a training step (or a forward graph) compiles: its roots after simplification (the
   * loss, the next values, then the gradients the update reads), the roots the backends
   * compute ({@link #program}), the update's results and the gradients, and the roots' names.
   */
  private record Compiled(dev.nnc.pipeline.Ir ir, List<Node> program, java.util.Set<Node> update, java.util.Set<Node> grads,
      Map<Node, String> names, String what) {
    static Compiled of(Lower.Step step) {
      List<Node> roots = new ArrayList<>();
      Map<Node, String> names = new java.util.LinkedHashMap<>();
      roots.add(step.loss());
      names.put(step.loss(), "loss");
      for (Map.Entry<String, Node> e : step.next().entrySet()) {
        roots.add(e.getValue());
        names.putIfAbsent(e.getValue(), "next " + e.getKey());
      }
      int gradients = step.grads().size(); // the gradients, last among the roots, mark where the update begins
      roots.addAll(step.grads().values());
      return make(step.graph(), roots, names, gradients, true, "one training step");
    }

    static Compiled forward(Lower.Model m) {
      List<Node> roots = new ArrayList<>(m.outputs().values());
      if (m.loss() != null) roots.add(m.loss());
      return make(m.graph(), roots, new java.util.LinkedHashMap<>(), 0, false, "the forward graph");
    }

    private static Compiled make(dev.nnc.ir.Graph graph, List<Node> roots, Map<Node, String> names, int gradients,
        boolean training, String what) {
      dev.nnc.pipeline.Ir s = Pipeline.standard().simplify(graph, roots, List.of());
      Map<Node, String> simpleNames = new java.util.LinkedHashMap<>();
      for (int i = 0; i < roots.size(); i++) simpleNames.putIfAbsent(s.roots().get(i), names.getOrDefault(roots.get(i), "output"));
      int end = s.roots().size() - gradients;
      java.util.Set<Node> update = new java.util.LinkedHashSet<>(s.roots().subList(training ? 1 : 0, training ? end : 0));
      java.util.Set<Node> grads = new java.util.LinkedHashSet<>(s.roots().subList(end, s.roots().size()));
      return new Compiled(s, s.roots().subList(0, end), update, grads, simpleNames, what);
    }

    /** The text of --emit memory, kernels (the listing) or bytecode, under a first line that starts with {@code title}. */
    String text(Emit emit, String title) {
      if (emit == Emit.bytecode) {
        return title + ": JVM code of " + what + "\n"
            + dev.nnc.jvm.Listing.of(dev.nnc.jvm.JvmProgram.compile(program, update, grads).export());
      }
      if (emit == Emit.kernels) {
        List<dev.nnc.fuse.Fuse.Kernel> kernels = Pipeline.standard().fuse(new Program(program, update, grads));
        return title + ": kernels of " + what + "\n" + Kernels.listing(kernels);
      }
      dev.nnc.plan.PlanMemory.Plan plan = dev.nnc.plan.PlanMemory.run(ir.roots());
      for (Node n : plan.order()) {
        if (n.attr() instanceof dev.nnc.ir.Attr.Leaf leaf) names.putIfAbsent(n, leaf.name());
      }
      return title + ": memory of " + what + "\n" + dev.nnc.plan.PlanMemory.describe(plan, names)
          + jvmMemory(program, update, grads) + openClMemory(program, update, grads);
    }
  }

  /**
   * What the JVM backend allocates for the program: the buffers of its launches (values that
   * fused kernels keep in registers need none), as a formula of the sizes.
   */
  private static String jvmMemory(List<Node> roots, java.util.Set<Node> update, java.util.Set<Node> grads) {
    try {
      dev.nnc.jvm.JvmProgram p = dev.nnc.jvm.JvmProgram.compile(roots, update, grads);
      return "on the jvm backend: " + p.bufferCount() + " buffers for " + p.launchCount() + " launches, peak bytes: "
          + p.plannedBytes() + "\n";
    } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
      return "on the jvm backend: " + e.getMessage() + "\n";
    }
  }

  /**
   * What the OpenCL backend allocates for the program, written for no device in particular: it
   * differs from the JVM backend's where attention is one kernel and its scores are not stored.
   */
  private static String openClMemory(List<Node> roots, java.util.Set<Node> update, java.util.Set<Node> grads) {
    try {
      dev.nnc.opencl.ClProgram p = dev.nnc.opencl.ClProgram.sources(roots, update, grads);
      dev.nnc.plan.LaunchPlan plan = p.plan();
      int fused = plan.attentions().size();
      return "on the opencl backend: " + plan.bufferCount() + " buffers for " + p.launchCount() + " launches, peak bytes: "
          + plan.plannedBytes() + (fused == 0 ? "" : "; " + fused + (fused == 1 ? " attention" : " attentions")
          + " in one kernel, scores not stored") + "\n";
    } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
      return "on the opencl backend: " + e.getMessage() + "\n";
    }
  }

  private static String forward(Lower.Model m) {
    List<Node> roots = new ArrayList<>(m.outputs().values());
    if (m.loss() != null) roots.add(m.loss());
    List<String> names = new ArrayList<>();
    for (String name : m.outputs().keySet()) names.add("output " + name);
    if (m.loss() != null) names.add("loss");
    return "// model " + m.name() + ": forward\n" + Printer.print(Pipeline.standard().simplify(m.graph(), roots, names).roots(), names);
  }

  /**
   * A train block of several models compiles step by step: each step's loss (ir), or its whole
   * step (grad). Null when the file has no such block.
   */
  private Integer steps(PrintWriter out, PrintWriter err) {
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    dev.nnc.check.Checker checker = c.checker();
    dev.nnc.check.Modules.Module m = c.module();
    if (checker.diagnostics().hasErrors() || !severalModels(m)) return null;
    List<Lower.Step> steps = Pipeline.standard().steps(checker, m, 42);
    if (steps == null) return Models.diagnostics(checker, out);
    StringBuilder text = new StringBuilder();
    for (Lower.Step s : steps) {
      if (emit == Emit.memory || emit == Emit.kernels || emit == Emit.bytecode) {
        Compiled compiled = Compiled.of(s);
        if (emit == Emit.kernels && output != null && isDirectory(output)) {
          int exit = openCl(compiled, "train step " + s.name() + ": kernels of " + compiled.what(), output.resolve(s.name()), out, err);
          if (exit != Main.OK) return exit;
          continue;
        }
        try {
          text.append(compiled.text(emit, "// train step " + s.name()));
        } catch (dev.nnc.exec.Device.UnsupportedProgram e) {
          err.println("nnc: train step " + s.name() + ": " + e.getMessage());
          return Main.FAULT;
        }
      } else if (emit == Emit.grad) {
        text.append(step(s).replaceFirst("^// model ", "// train step "));
      } else {
        dev.nnc.pipeline.Ir r = Pipeline.standard().simplify(s.graph(), List.of(s.loss()), List.of("loss"));
        text.append("// train step ").append(s.name()).append(": forward\n").append(Printer.print(r.roots(), List.of("loss")));
      }
    }
    if (emit == Emit.kernels && output != null && isDirectory(output)) return Main.OK;
    return Models.emit(text.toString(), output, out, err);
  }

  /** Whether a file has a train block of several models (a GAN), which compiles step by step. */
  static boolean severalModels(dev.nnc.check.Modules.Module m) {
    return m.file() != null && m.file().decls().stream()
        .anyMatch(d -> d instanceof dev.nnc.syntax.Ast.Train t && t.items().stream().anyMatch(i -> i instanceof dev.nnc.syntax.Ast.Models));
  }

  static boolean hasOptimizer(Lower.Model m) {
    return m.train() != null && m.train().items().stream().anyMatch(i -> i instanceof dev.nnc.syntax.Ast.OptimizerItem);
  }

  /** The whole training step: loss, gradients, and the next value of every parameter and state. */
  private static String step(Lower.Step s) {
    List<Node> roots = new ArrayList<>();
    roots.add(s.loss());
    roots.addAll(s.grads().values());
    roots.addAll(s.next().values());
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : s.grads().keySet()) names.add("grad " + name);
    for (String name : s.next().keySet()) names.add("next " + name);
    dev.nnc.pipeline.Ir r = Pipeline.standard().simplify(s.graph(), roots, names);
    return "// model " + s.name() + ": one training step (forward, backward, update)\n" + Printer.print(r.roots(), names);
  }

  private static String gradients(Lower.Model m) {
    if (m.loss() == null) return null;
    Gradients grads = Pipeline.standard().differentiate(m);
    List<Node> roots = new ArrayList<>();
    roots.add(m.loss());
    roots.addAll(grads.grads().values());
    List<String> names = new ArrayList<>();
    names.add("loss");
    for (String name : grads.grads().keySet()) names.add("grad " + name);
    return "// model " + m.name() + ": loss and its gradients\n" + Printer.print(Pipeline.standard().simplify(m.graph(), roots, names).roots(), names);
  }
}
