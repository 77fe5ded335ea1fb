package dev.nnc.cli;

import dev.nnc.check.Lower;
import dev.nnc.runtime.train.Counters;
import dev.nnc.runtime.train.Trainer;
import dev.nnc.syntax.Ast;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Early stopping's metric and patience and the best checkpoint's metric of a run (each null
 * when not asked for), or why they cannot be used.
 */
record Watch(Trainer.Metric stop, int patience, Trainer.Metric best, String bad) {
  /** What a run watches, from the train block's {@code early_stop} and {@code keep_best} and the flags that override them. */
  static Watch of(Ast.Train train, String earlyStop, Integer patience, String keepBest) {
    Ast.EarlyStop block = Lower.earlyStop(train);
    String stopName = earlyStop != null ? earlyStop : block == null ? null : block.metric().text();
    Long blockPatience = block == null || !(block.patience() instanceof Ast.IntLit i) ? null : i.value();
    Integer n = patience != null ? patience : blockPatience == null ? null : Math.toIntExact(blockPatience);
    String bestName = keepBest != null ? keepBest : Lower.keepBest(train);
    String bad = stopName != null && n == null ? "--early-stop " + stopName + " needs --patience N: the epochs without a better "
        + stopName + " before training stops"
        : stopName == null && patience != null ? "--patience needs a metric to watch: --early-stop val_loss, or `early_stop` in the train block"
        : null;
    return new Watch(stopName == null ? null : Trainer.Metric.named(stopName), n == null ? 0 : n,
        bestName == null ? null : Trainer.Metric.named(bestName), bad);
  }

  /** The best checkpoint's file beside the last one: DIR/MODEL.best.safetensors. */
  static Path bestFile(Path outDir, String model) {
    return outDir.resolve(model + ".best.safetensors");
  }

  boolean wantsAccuracy() {
    return stop == Trainer.Metric.VAL_ACCURACY || best == Trainer.Metric.VAL_ACCURACY;
  }

  boolean validated(boolean hasValidation) {
    return hasValidation || unvalidated() == null;
  }

  /** The clause or flag whose metric needs validation, or null. */
  String unvalidated() {
    if (stop != null && stop.validated()) return "early stopping on " + stop.label();
    if (best != null && best.validated()) return "keeping the best checkpoint by " + best.label();
    return null;
  }

  void configure(Trainer trainer, Path outDir, String model) {
    trainer.earlyStop(stop, patience);
    if (best != null) trainer.keepBest(best, bestFile(outDir, model));
  }

  String stoppedEarly(Trainer.Result result, Trainer trainer) {
    Trainer.Epoch last = result.epochs().get(result.epochs().size() - 1);
    Counters.Best b = trainer.best(stop);
    return String.format(Locale.ROOT, "stopping early after epoch %d: %s has not improved for %d epoch%s (best %.6g at epoch %d)",
        last.epoch(), stop.label(), patience, patience == 1 ? "" : "s", b == null ? Double.NaN : b.value(), b == null ? 0 : b.epoch());
  }

  /** The line naming the best checkpoint, or null without one. */
  String best(Trainer trainer, Path outDir, String model) {
    Counters.Best b = best == null ? null : trainer.best(best);
    if (b == null) return null;
    return String.format(Locale.ROOT, "best checkpoint: %s (epoch %d, %s %.6g)", bestFile(outDir, model), b.epoch(), best.label(), b.value());
  }
}
