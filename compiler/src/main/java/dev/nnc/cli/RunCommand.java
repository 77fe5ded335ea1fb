package dev.nnc.cli;

import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc run FILE}: evaluates a model with the float64 reference evaluator on the data
 * its train block writes inline, printing its outputs, its loss and, with --grad, the
 * gradients of the loss.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Evaluates a model in float64 on its train block's inline data: outputs, loss, gradients.")
final class RunCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model to run (default: the one the train block trains)")
  String model;

  @Option(names = "--grad", description = "also print the gradient of the loss for every parameter")
  boolean grad;

  @Option(names = "--step", description = "also run one training step (the train block's optimizer) and print the updated parameters")
  boolean step;

  @Option(names = "--seed", defaultValue = "42", description = "seed of random initial values (default ${DEFAULT-VALUE})")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (dev.nnc.ir.IrException e) {
      // The data does not fit the program at run time (a class index out of range, say).
      out.flush();
      err.println("nnc: " + file + ": evaluation failed: " + e.getMessage());
      return Main.FAULT;
    }
  }

  private int run(PrintWriter out, PrintWriter err) {
    // Gradients and steps are those of training (dropout on, batch statistics); outputs alone are evaluation's.
    Models.Loaded loaded = Models.load(file, model, grad || step, seed, out, err);
    if (loaded.model() == null) return loaded.exit();
    Lower.Model m = loaded.model();
    Map<String, Array> data = Lower.inlineData(loaded.checker(), m.train());
    if (data == null) {
      err.println("nnc: " + file + ": `run` needs data written in the file, such as `data points(x: [[1.0]], y: [[3.0]])`");
      return Main.USAGE;
    }
    // A model that draws random numbers (dropout, noise) reads the step counter, which keys them:
    // the run is the first training step's.
    Integer noState = Models.stateLimit(m.name(), m.inits(), dev.nnc.pipeline.InitialState.FLOAT64, loaded.module().file(), m.train(), out);
    if (noState != null) return noState;
    Map<String, Array> initial = dev.nnc.pipeline.InitialState.arrays(m.inits());
    Map<String, Array> values = new HashMap<>(initial);
    values.put("step", Array.scalar(1));
    for (String input : m.inputs().keySet()) {
      if (!input.equals("step") && !data.containsKey(input)) {
        err.println("nnc: " + file + ": the data gives " + String.join(", ", data.keySet()) + " but the model reads `" + input + "`");
        return Main.USAGE;
      }
    }
    values.putAll(data);
    Map<String, Long> sizes = Models.sizes(m, data);
    List<Node> roots = new ArrayList<>(m.outputs().values());
    if (m.loss() != null) roots.add(m.loss());
    Integer tooBig = Models.sizeLimit(roots, sizes, null, out);
    if (tooBig != null) return tooBig;
    Map<Node, Array> result = Reference.run(roots, values, sizes);
    out.println("model " + m.name() + (sizes.isEmpty() ? "" : " with " + sizes) + (grad || step ? ", as in training" : ""));
    for (Map.Entry<String, Array> p : initial.entrySet()) {
      out.println("  param  " + p.getKey() + " = " + Models.format(p.getValue()));
    }
    for (Map.Entry<String, Array> d : data.entrySet()) out.println("  input  " + d.getKey() + " = " + Models.format(d.getValue()));
    for (Map.Entry<String, Node> o : m.outputs().entrySet()) {
      out.println("  output " + o.getKey() + " = " + Models.format(result.get(o.getValue())));
    }
    if (m.loss() != null) out.println("  loss = " + Models.format(result.get(m.loss())));
    if (grad) {
      if (m.loss() == null) {
        err.println("nnc: " + file + ": model " + m.name() + " has no loss to differentiate");
        return Main.INPUT_ERRORS;
      }
      Map<String, Node> grads = Pipeline.standard().differentiate(m).grads();
      tooBig = Models.sizeLimit(grads.values(), sizes, null, out);
      if (tooBig != null) return tooBig;
      Map<Node, Array> g = Reference.run(List.copyOf(grads.values()), values, sizes);
      out.println("gradients of the loss:");
      Map<String, Array> shown = new LinkedHashMap<>();
      for (Map.Entry<String, Node> p : grads.entrySet()) shown.put(p.getKey(), g.get(p.getValue()));
      for (Map.Entry<String, Array> e : shown.entrySet()) out.println("  d loss / d " + e.getKey() + " = " + Models.format(e.getValue()));
    }
    if (step) {
      Lower.Step s = Pipeline.standard().step(loaded.checker(), loaded.module(), model, seed);
      if (s == null) {
        return Models.diagnostics(loaded.checker(), out);
      }
      tooBig = Models.sizeLimit(s.next().values(), sizes, null, out);
      if (tooBig != null) return tooBig;
      Map<Node, Array> next = Reference.run(List.copyOf(s.next().values()), values, sizes);
      out.println("after one training step:");
      for (Map.Entry<String, Node> e : s.next().entrySet()) out.println("  " + e.getKey() + " = " + Models.format(next.get(e.getValue())));
    }
    out.flush();
    return Main.OK;
  }
}
