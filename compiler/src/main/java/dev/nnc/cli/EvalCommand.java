package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nnc eval FILE --checkpoint CKPT}: the loss and accuracy of a trained model, in evaluation
 * mode, over the train block's validation data (or its training data); for a classifier, the
 * accuracy of each class and the confusion matrix, as a table, JSON or a PNG heat map.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluates a trained model from its checkpoint: loss and accuracy on the validation data, "
        + "per class with a confusion matrix for a classifier.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--batch", paramLabel = "N", description = "samples per run (default: the train block's batch)")
  Integer batch;

  @Option(names = "--confusion", paramLabel = "PNG", description = "also draw the confusion matrix of a classifier as a heat map into PNG")
  Path confusion;

  @CommandLine.Mixin TrainedOptions trained;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    Trained.Loaded t = trained.load(batch, out, err);
    if (!t.ok()) return t.exit();
    Evaluation eval = t.eval();
    Integer tooBig = eval.sizeLimit(t.data(), t.batch(), "--batch", out);
    if (tooBig != null) return tooBig;
    boolean batched = t.data().data().isBatched(), json = trained.json();
    if (!json) {
      out.printf(Locale.ROOT, "evaluating %s from %s on %s, %d %s, with %s%n", eval.model().name(), trained.checkpoint, t.dataName(),
          batched ? t.data().size() : 1, batched ? "samples" : "graph", t.backend().describe());
    }
    try {
      boolean iou = TrainCommand.wantsMetric(t.train(), "iou");
      boolean accuracy = iou || TrainCommand.wantsAccuracy(t.train());
      Evaluation.Scores s = batched ? eval.batched(t.params(), t.data(), t.batch(), accuracy, () -> false) : eval.unlabelled(t.params(), t.data());
      if (json) {
        out.println(Json.write(json(eval, t, batched, s, iou)));
      } else if (batched) {
        if (!Double.isNaN(s.loss())) out.printf(Locale.ROOT, "loss: %.6g%n", s.loss());
        parts(out, s);
        if (!Double.isNaN(s.accuracy())) {
          Confusion c = s.confusion();
          if (c != null && c.total() != s.samples()) {
            // A label per position (a segmentation's mask): the accuracy is over the positions.
            out.printf(Locale.ROOT, "accuracy: %.2f%% (%d of %d positions, %d per sample)%n", 100 * s.accuracy(), c.correct(), c.total(),
                c.total() / s.samples());
          } else {
            out.printf(Locale.ROOT, "accuracy: %.2f%% (%d of %d)%n", 100 * s.accuracy(), Math.round(s.accuracy() * s.samples()), s.samples());
          }
        }
        if (iou && s.confusion() != null) out.print(s.confusion().iouLine());
        if (s.confusion() != null) out.print(s.confusion().table());
      } else {
        if (s != null && !Double.isNaN(s.loss())) out.printf(Locale.ROOT, "loss: %.6g%n", s.loss());
        if (s != null) parts(out, s);
        if (s != null && !Double.isNaN(s.accuracy())) {
          out.printf(Locale.ROOT, "accuracy on the %d unlabelled nodes: %.1f%% (%d right)%n", s.samples(), 100 * s.accuracy(),
              Math.round(s.accuracy() * s.samples()));
        }
        if (iou && s != null && s.confusion() != null) out.print(s.confusion().iouLine());
        if (s != null && s.confusion() != null) out.print(s.confusion().table());
      }
      out.flush();
      if (confusion != null) {
        if (s == null || s.confusion() == null) {
          err.println("nnc: --confusion: model " + eval.model().name() + " is not scored as a classifier (its train block lists no "
              + "`metrics accuracy`, or its data has no labels `y`), so there is no confusion matrix to draw");
          return Main.INPUT_ERRORS;
        }
        try {
          s.confusion().draw(eval.model().name() + ": confusion matrix", t.dataName() + ", " + s.samples() + (batched ? " samples" : " unlabelled nodes"), confusion);
        } catch (IOException e) {
          err.println("nnc: cannot write " + confusion + ": " + e.getMessage());
          return Main.FAULT;
        }
        if (!json) out.println("confusion matrix: " + confusion);
      }
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }

  /** A line for each named loss of the model ({@code loss kl = ...}), the parts of the loss above. */
  private static void parts(PrintWriter out, Evaluation.Scores s) {
    s.losses().forEach((name, value) -> out.printf(Locale.ROOT, "loss %s: %.6g%n", name, value));
  }

  /** The object of {@code --format json}; docs/cli.md lists its fields. */
  private Map<String, Object> json(Evaluation eval, Trained.Loaded t, boolean batched, Evaluation.Scores s, boolean iou) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", eval.model().name());
    m.put("checkpoint", trained.checkpoint.toString());
    m.put("data", t.dataName());
    m.put("device", t.backend().describe());
    m.put("graph", !batched);
    m.put("samples", s == null ? (batched ? t.data().size() : 0) : s.samples());
    m.put("loss", s == null || Double.isNaN(s.loss()) ? null : s.loss());
    m.put("losses", s == null || s.losses().isEmpty() ? null : new LinkedHashMap<String, Object>(s.losses()));
    m.put("accuracy", s == null || Double.isNaN(s.accuracy()) ? null : s.accuracy());
    Confusion c = s == null ? null : s.confusion();
    m.put("correct", c == null ? null : c.correct());
    m.put("classes", c == null ? null : c.perClass());
    m.put("confusion", c == null ? null : c.rows());
    m.put("positions", c == null ? null : c.total());
    m.put("mean_iou", c == null || !iou || Double.isNaN(c.meanIou()) ? null : c.meanIou());
    m.put("iou", c == null || !iou ? null : c.ious());
    return m;
  }
}
