package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Device;
import dev.nnc.ir.Node;
import dev.nnc.ir.Printer;
import dev.nnc.pipeline.Checked;
import dev.nnc.pipeline.Ir;
import dev.nnc.pipeline.Pass;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.Program;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code nnc compile FILE --dump-after=PASS}: runs the {@link Pipeline} on a file up to a pass and
 * prints what that pass gave, as {@link Pass#show} writes it. The program is the training step
 * when the model's train block has an optimizer (each step of a train block of several models),
 * otherwise the forward program (outputs and loss), which has no optimizer pass.
 */
final class Dump {
  private static final long SEED = 42;

  private final Path file;
  private final String model;
  private final Pass<?, ?> wanted;
  private final StringBuilder text = new StringBuilder();
  private final Pipeline pipeline;

  Dump(Path file, String model, Pass<?, ?> wanted) {
    this.file = file;
    this.model = model;
    this.wanted = wanted;
    this.pipeline = new Pipeline(Boolean.getBoolean("nnc.verify"), this::after);
  }

  /** Prints the program after the pass to {@code output}, or standard output; the exit code. */
  int run(PrintWriter out, PrintWriter err, Path output) {
    if (!Files.exists(file)) {
      err.println("nnc: no such file: " + file);
      return Main.USAGE;
    }
    Checked checked;
    try {
      checked = pipeline.check(file);
    } catch (UncheckedIOException e) {
      err.println("nnc: cannot read " + file + ": " + e.getCause().getMessage());
      return Main.FAULT;
    }
    Checker checker = checked.checker();
    if (wanted == Pipeline.CHECK) {
      int emitted = Models.emit(text.toString(), output, out, err);
      return checked.failed() ? Main.INPUT_ERRORS : emitted;
    }
    if (checked.failed()) return Models.diagnostics(checker, out);
    Modules.Module module = checked.module();
    List<Lower.Step> steps = new ArrayList<>();
    Lower.Model forward = null;
    if (model == null && CompileCommand.severalModels(module)) {
      List<Lower.Step> lowered = pipeline.steps(checker, module, SEED);
      if (lowered == null) return Models.diagnostics(checker, out);
      steps.addAll(lowered);
      for (Lower.Step s : steps) { // lowering and the optimizer interleave with the steps: shown per step
        if (wanted == Pipeline.LOWER) show(Pipeline.LOWER.name(), "the loss of train step " + s.name(), Printer.print(List.of(s.loss()), List.of("loss")));
        if (wanted == Pipeline.OPTIMIZER) after(Pipeline.OPTIMIZER, s);
      }
    } else {
      Lower.Model probe = Pipeline.standard().lower(checker, module, model, false, SEED);
      if (probe == null) return Models.diagnostics(checker, out);
      if (CompileCommand.hasOptimizer(probe)) {
        Lower.Step step = pipeline.step(checker, module, model, SEED, (Double) null);
        if (step == null) return Models.diagnostics(checker, out);
        steps.add(step);
      } else {
        forward = pipeline.lower(checker, module, model, false, SEED);
        if (forward == null) return Models.diagnostics(checker, out);
        if (wanted == Pipeline.DIFFERENTIATE && forward.loss() != null) pipeline.differentiate(forward);
        if (wanted == Pipeline.DIFFERENTIATE && forward.loss() == null) show(wanted.name(), "model " + forward.name() + " has no loss to differentiate", "");
        if (wanted == Pipeline.OPTIMIZER) show(wanted.name(), "model " + forward.name() + " has no optimizer", "");
      }
    }
    if (before(Pipeline.SIMPLIFY)) return Models.emit(text.toString(), output, out, err);
    List<Program> programs = new ArrayList<>();
    for (Lower.Step s : steps) programs.add(Program.of(pipeline.trainingStep(s)));
    if (forward != null) {
      List<Node> roots = new ArrayList<>(forward.outputs().values());
      List<String> names = new ArrayList<>();
      for (String name : forward.outputs().keySet()) names.add("output " + name);
      if (forward.loss() != null) {
        roots.add(forward.loss());
        names.add("loss");
      }
      Ir simple = pipeline.simplify(forward.graph(), roots, names);
      programs.add(new Program(simple.roots(), Set.of(), Set.of()));
    }
    try {
      for (Program p : programs) {
        if (wanted == Pipeline.FUSE) pipeline.run(Pipeline.FUSE, p);
        if (wanted == Pipeline.PLAN) pipeline.run(Pipeline.PLAN, p);
        if (wanted == Pipeline.RENDER) pipeline.run(Pipeline.RENDER, p);
      }
    } catch (Device.UnsupportedProgram e) {
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
    return Models.emit(text.toString(), output, out, err);
  }

  /** Whether the wanted pass runs before {@code pass}. */
  private boolean before(Pass<?, ?> pass) {
    return Pipeline.PASSES.indexOf(wanted) < Pipeline.PASSES.indexOf(pass);
  }

  /** The observer: keeps what the wanted pass gives, each time it runs. */
  private void after(Pass<?, ?> pass, Object result) {
    if (pass == wanted && result != null) show(pass.name(), pass.description(), shown(pass, result));
  }

  private void show(String pass, String what, String body) {
    text.append("// after ").append(pass).append(": ").append(what).append('\n').append(body);
  }

  @SuppressWarnings("unchecked")
  private static <O> String shown(Pass<?, O> pass, Object result) {
    return pass.show().apply((O) result);
  }
}
