package dev.nnc.cli;

import dev.nnc.autodiff.GradCheck;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.ir.Array;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.shape.DType;
import dev.nnc.syntax.Ast;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc gradcheck FILE}: the symbolic gradient of the loss for every parameter and float
 * input against central differences in float64, on random values of the model's sizes.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
    description = "Checks symbolic gradients against central differences in float64, on random sizes and values.")
final class GradcheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model to check (default: the one the train block trains)")
  String model;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the random sizes and values (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--tolerance", defaultValue = "1e-6", description = "the largest relative error allowed (default ${DEFAULT-VALUE})")
  double tolerance;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (model == null && Files.exists(file)) {
      // A train block with several models: check each of its steps.
      Models.Checked c = Models.check(file, err);
      if (!c.ok()) return c.exit();
      Checker checker = c.checker();
      Modules.Module m = c.module();
      if (!checker.diagnostics().hasErrors() && m.file() != null && m.file().decls().stream()
          .anyMatch(d -> d instanceof Ast.Train t && t.items().stream().anyMatch(i -> i instanceof Ast.Models))) {
        List<Lower.Step> steps = Pipeline.standard().steps(checker, m, seed);
        if (steps == null) return Models.diagnostics(checker, out);
        boolean ok = true;
        for (Lower.Step s : steps) {
          ok &= check(m.file(), "step " + s.name(), s.graph(), s.loss(), s.grads().keySet().stream().map(s.params()::get).toList(),
              s.inputs(), s.inits(), out);
        }
        out.flush();
        return ok ? Main.OK : Main.INPUT_ERRORS;
      }
    }
    Models.Loaded loaded = Models.load(file, model, true, seed, out, err);
    if (loaded.model() == null) return loaded.exit();
    Lower.Model m = loaded.model();
    if (m.loss() == null) {
      err.println("nnc: " + file + ": model " + m.name() + " has no loss to differentiate");
      return Main.INPUT_ERRORS;
    }
    boolean ok = check(loaded.module().file(), m.name(), m.graph(), m.loss(), List.copyOf(m.trained().values()), m.inputs(), m.inits(), out);
    out.flush();
    return ok ? Main.OK : Main.INPUT_ERRORS;
  }

  /** Checks the gradients of one loss and prints the table; false when one is above tolerance. */
  private boolean check(Ast.File source, String title, Graph g, Node loss, List<Node> params, Map<String, Node> inputs,
      Map<String, Node> inits, PrintWriter out) {
    Random random = new Random(seed);
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Node in : inputs.values()) {
      for (int i = 0; i < in.type().rank(); i++) {
        for (String s : in.type().dim(i).symbols()) sizes.computeIfAbsent(s, k -> 2L + random.nextInt(3));
      }
    }
    if (Models.sizeLimit(List.of(loss), sizes, null, out) != null) return false;
    if (Models.stateLimit(title, inits, dev.nnc.pipeline.InitialState.FLOAT64, source, null, out) != null) return false;
    Map<String, Array> values = new HashMap<>(dev.nnc.pipeline.InitialState.arrays(inits));
    List<Node> wrt = new ArrayList<>(params);
    for (Map.Entry<String, Node> in : inputs.entrySet()) {
      Node n = in.getValue();
      long[] shape = Array.shapeOf(n.type(), sizes);
      double[] v = new double[Math.toIntExact(Array.size(shape))];
      DType t = n.type().dtype();
      for (int i = 0; i < v.length; i++) {
        v[i] = t.isFloat() ? random.nextGaussian() : in.getKey().equals("step") ? 1 : random.nextInt(2);
      }
      values.put(in.getKey(), new Array(shape, v));
      if (t.isFloat()) wrt.add(n);
    }
    Map<String, GradCheck.Leaf> leaves = GradCheck.leaves(g, loss, wrt, values, sizes, random);
    out.println("gradcheck " + title + (sizes.isEmpty() ? "" : " with " + sizes) + ": float64 central differences, tolerance "
        + String.format(Locale.ROOT, "%.0e", tolerance));
    int width = leaves.keySet().stream().mapToInt(String::length).max().orElse(6);
    double worst = 0;
    int zero = 0, absolute = 0;
    Map<String, Node> byName = new LinkedHashMap<>();
    for (Node p : wrt) byName.put(((dev.nnc.ir.Attr.Leaf) p.attr()).name(), p);
    for (Map.Entry<String, GradCheck.Leaf> e : leaves.entrySet()) {
      GradCheck.Leaf leaf = e.getValue();
      worst = Double.isNaN(leaf.error()) || Double.isNaN(worst) ? Double.NaN : Math.max(worst, leaf.error());
      if (leaf.zero()) zero++;
      if (leaf.absolute()) absolute++;
      String mark = leaf.error() <= tolerance ? "" : "  FAIL"; // NaN fails too
      String how = leaf.zero() ? "  (zero gradient: absolute, against " + String.format(Locale.ROOT, "%.1e", leaf.floor()) + ")"
          : leaf.absolute() ? "  (absolute, against " + String.format(Locale.ROOT, "%.1e", leaf.floor()) + ")" : "";
      out.printf(Locale.ROOT, "  %-" + width + "s  %-20s %.2e%s%s%n", e.getKey(), byName.get(e.getKey()).type(), leaf.error(), mark, how);
    }
    boolean ok = worst <= tolerance;
    if (ok && zero == leaves.size()) {
      out.printf(Locale.ROOT, "NO GRADIENT: every gradient is zero at these values (%d tensors), so the check saw nothing to compare;"
          + " try another --seed, or look for what cuts the loss off from the parameters%n", leaves.size());
      return false;
    }
    out.printf(Locale.ROOT, "%s: worst relative error %.2e over %d tensors%s%n", ok ? "ok" : "FAILED", worst, leaves.size(),
        absolute == 0 ? "" : " (" + absolute + " against the floor: their derivatives are below "
            + String.format(Locale.ROOT, "%.0e", GradCheck.FLOOR) + " of the loss's terms)");
    return ok;
  }
}
