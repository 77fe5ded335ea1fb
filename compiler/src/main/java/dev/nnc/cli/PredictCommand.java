package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nnc predict FILE --checkpoint CKPT}: a trained model's predictions for the first samples
 * of the validation data: the class (with its probability when the output is a softmax) and the
 * true label, or the output's values for a model that does not classify.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = "Prints a trained model's predictions for the first samples of the validation data.")
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--count", defaultValue = "10", paramLabel = "N", description = "how many samples (default ${DEFAULT-VALUE})")
  int count;

  @CommandLine.Mixin TrainedOptions trained;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (count < 1) {
      err.println("nnc: --count must be at least 1, found " + count);
      return Main.USAGE;
    }
    Trained.Loaded t = trained.load(null, out, err);
    if (!t.ok()) return t.exit();
    Evaluation eval = t.eval();
    if (!eval.hasOutput()) {
      err.println("nnc: " + trained.file + ": model " + eval.model().name() + " has no output to predict");
      return Main.INPUT_ERRORS;
    }
    Integer tooBig = eval.sizeLimit(t.data(), count, "--count", out);
    if (tooBig != null) return tooBig;
    boolean classes = TrainCommand.wantsAccuracy(t.train());
    try {
      List<Evaluation.Prediction> ps = eval.predict(t.params(), t.data(), count, classes);
      String output = eval.model().outputs().keySet().iterator().next();
      if (trained.json()) {
        out.println(Json.write(json(eval, t, output, ps)));
        out.flush();
        return Main.OK;
      }
      out.printf(Locale.ROOT, "predicting with %s from %s: output `%s` for the first %d %s of %s%n", eval.model().name(), trained.checkpoint,
          output, ps.size(), t.data().data().isBatched() ? "samples" : "nodes", t.dataName());
      for (Evaluation.Prediction p : ps) {
        List<String> parts = new ArrayList<>();
        if (p.predicted() >= 0) {
          parts.add("class " + p.predicted() + (Double.isNaN(p.probability()) ? "" : String.format(Locale.ROOT, " (p %.3f)", p.probability())));
        } else {
          parts.add(values(p.values()));
        }
        if (!Double.isNaN(p.truth())) {
          parts.add("true " + (p.predicted() >= 0 ? Integer.toString((int) p.truth()) : Models.number(p.truth()))
              + (p.predicted() >= 0 ? (p.predicted() == (int) p.truth() ? "" : "  (wrong)") : ""));
        }
        out.printf(Locale.ROOT, "  %d: %s%n", p.row(), String.join(", ", parts));
      }
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }

  /**
   * The object of {@code --format json}: the model, checkpoint, output and data, and a prediction
   * per sample with {@code row}, {@code class} and {@code probability} (null for a model that does
   * not classify, or an output that is not a softmax), {@code values} (the output's row),
   * {@code truth} and {@code correct} (null without a label). docs/cli.md lists the fields.
   */
  private Map<String, Object> json(Evaluation eval, Trained.Loaded t, String output, List<Evaluation.Prediction> ps) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", eval.model().name());
    m.put("checkpoint", trained.checkpoint.toString());
    m.put("output", output);
    m.put("data", t.dataName());
    m.put("device", t.backend().describe());
    List<Object> list = new ArrayList<>();
    for (Evaluation.Prediction p : ps) {
      Map<String, Object> e = new LinkedHashMap<>();
      boolean classifies = p.predicted() >= 0, known = !Double.isNaN(p.truth());
      e.put("row", p.row());
      e.put("class", classifies ? p.predicted() : null);
      e.put("probability", Double.isNaN(p.probability()) ? null : (float) p.probability());
      List<Object> values = new ArrayList<>();
      for (float v : p.values()) values.add(Float.isFinite(v) ? v : null);
      e.put("values", values);
      e.put("truth", !known ? null : classifies ? (Object) (int) p.truth() : (Object) p.truth());
      e.put("correct", classifies && known ? p.predicted() == (int) p.truth() : null);
      list.add(e);
    }
    m.put("predictions", list);
    return m;
  }

  private static String values(float[] v) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) s.append(i > 0 ? ", " : "").append(Models.number(v[i]));
    return s.append(']').toString();
  }
}
