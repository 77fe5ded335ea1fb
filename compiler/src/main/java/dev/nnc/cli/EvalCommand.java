package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nnc eval FILE --checkpoint CKPT}: the loss and accuracy of a trained model, in evaluation
 * mode, over the train block's validation data (or its training data).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluates a trained model from its checkpoint: loss and accuracy on the validation data.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--batch", paramLabel = "N", description = "samples per run (default: the train block's batch)")
  Integer batch;

  @CommandLine.Mixin TrainedOptions trained;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    Trained.Loaded t = trained.load(batch, out, err);
    if (!t.ok()) return t.exit();
    Evaluation eval = t.eval();
    Integer tooBig = eval.sizeLimit(t.data(), t.batch(), "--batch", out);
    if (tooBig != null) return tooBig;
    boolean batched = t.data().data().isBatched();
    out.printf(Locale.ROOT, "evaluating %s from %s on %s, %d %s, with %s%n", eval.model().name(), trained.checkpoint, t.dataName(),
        batched ? t.data().size() : 1, batched ? "samples" : "graph", t.backend().describe());
    try {
      boolean accuracy = TrainCommand.wantsAccuracy(t.train());
      if (batched) {
        Evaluation.Scores s = eval.batched(t.params(), t.data(), t.batch(), accuracy, () -> false);
        if (!Double.isNaN(s.loss())) out.printf(Locale.ROOT, "loss: %.6g%n", s.loss());
        if (!Double.isNaN(s.accuracy())) {
          out.printf(Locale.ROOT, "accuracy: %.2f%% (%d of %d)%n", 100 * s.accuracy(), Math.round(s.accuracy() * s.samples()), s.samples());
        }
      } else {
        Evaluation.Scores s = eval.unlabelled(t.params(), t.data());
        if (s != null && !Double.isNaN(s.loss())) out.printf(Locale.ROOT, "loss: %.6g%n", s.loss());
        if (s != null && !Double.isNaN(s.accuracy())) {
          out.printf(Locale.ROOT, "accuracy on the %d unlabelled nodes: %.1f%% (%d right)%n", s.samples(), 100 * s.accuracy(),
              Math.round(s.accuracy() * s.samples()));
        }
      }
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }
}
