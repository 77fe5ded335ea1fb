package dev.nnc.cli;

import dev.nnc.autodiff.GradCheck;
import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.shape.DType;
import java.io.PrintWriter;
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
    Models.Loaded loaded = Models.load(file, model, true, seed, out, err);
    if (loaded.model() == null) return loaded.exit();
    Lower.Model m = loaded.model();
    if (m.loss() == null) {
      err.println("nnc: " + file + ": model " + m.name() + " has no loss to differentiate");
      return Main.INPUT_ERRORS;
    }
    Random random = new Random(seed);
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Node in : m.inputs().values()) {
      for (int i = 0; i < in.type().rank(); i++) {
        for (String s : in.type().dim(i).symbols()) sizes.computeIfAbsent(s, k -> 2L + random.nextInt(3));
      }
    }
    Map<String, Array> values = new HashMap<>(m.initialValues());
    List<Node> wrt = new ArrayList<>(m.trained().values());
    for (Map.Entry<String, Node> in : m.inputs().entrySet()) {
      Node n = in.getValue();
      long[] shape = Array.shapeOf(n.type(), sizes);
      double[] v = new double[Math.toIntExact(Array.size(shape))];
      DType t = n.type().dtype();
      for (int i = 0; i < v.length; i++) {
        v[i] = t.isFloat() ? random.nextGaussian() : t == DType.BOOL ? random.nextInt(2) : in.getKey().equals("step") ? 1 : random.nextInt(2);
      }
      values.put(in.getKey(), new Array(shape, v));
      if (t.isFloat()) wrt.add(n);
    }
    Map<String, Double> errors = GradCheck.check(m.graph(), m.loss(), wrt, values, sizes, random);
    out.println("gradcheck " + m.name() + (sizes.isEmpty() ? "" : " with " + sizes) + ": float64 central differences, tolerance " + tolerance);
    int width = errors.keySet().stream().mapToInt(String::length).max().orElse(6);
    double worst = 0;
    Map<String, Node> byName = new LinkedHashMap<>(m.params());
    byName.putAll(m.inputs());
    for (Map.Entry<String, Double> e : errors.entrySet()) {
      worst = Math.max(worst, e.getValue());
      String mark = e.getValue() <= tolerance ? "" : "  FAIL"; // NaN fails too
      out.printf(Locale.ROOT, "  %-" + width + "s  %-20s %.2e%s%n", e.getKey(), byName.get(e.getKey()).type(), e.getValue(), mark);
    }
    boolean ok = worst <= tolerance;
    out.printf(Locale.ROOT, "%s: worst relative error %.2e over %d tensors%n", ok ? "ok" : "FAILED", worst, errors.size());
    out.flush();
    return ok ? Main.OK : Main.INPUT_ERRORS;
  }
}
