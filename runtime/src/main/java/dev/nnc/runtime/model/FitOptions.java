package dev.nnc.runtime.model;

import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.train.StepOptions;
import dev.nnc.runtime.train.Trainer;
import java.nio.file.Path;

/**
 * How {@link Session#fit} trains. A component left null takes the value of the model's train
 * block ({@code epochs}, {@code batch}, {@code seed}, the optimizer's {@code lr}, {@code clip_norm},
 * {@code clip_value}, {@code accumulate}, {@code early_stop}), or its default there (1 epoch, batch
 * 32, seed 42, no clipping, an update every batch, no early stop); a best checkpoint is kept only
 * when {@link #keepBest} names its file. Change one with its wither: {@code FitOptions.defaults().epochs(20).batch(64)}.
 *
 * <p>A session opened from a packaged model runs the training step compiled at build time, with
 * the train block's learning rate, clipping and accumulation and, when the step draws random
 * numbers (dropout), its seed: such a session refuses a {@code learningRate}, {@code clipNorm},
 * {@code clipValue} or {@code accumulate}, or a {@code seed} its step would need compiled again,
 * with a {@link ModelException}.
 *
 * @param epochs how many epochs the model is trained to, counted from the start of its training as
 *     {@code nnc train --epochs} counts them: a session that has trained 2 (in earlier fits, or in
 *     the checkpoint it loaded) trains 2 more for {@code epochs(4)}, and none for {@code epochs(2)}
 * @param batch samples per step (a smaller last batch ends every epoch)
 * @param learningRate replaces the optimizer's {@code lr} argument, as {@code nnc train --lr} does
 * @param seed the order of the batches and the random numbers of dropout
 * @param validation data to score after every epoch, or null
 * @param clipNorm scales the gradients together so their global norm is at most this, as {@code nnc train --clip-norm}
 * @param clipValue clamps every gradient element to [-clipValue, clipValue], as {@code nnc train --clip-value}
 * @param accumulate the batches whose gradients are summed into one update with their mean, as {@code nnc train --accumulate}
 * @param earlyStop the metric early stopping watches ({@code val_loss}, {@code val_accuracy}, {@code train_loss}), as {@code --early-stop}
 * @param patience the epochs without a better {@code earlyStop} metric before training stops, as {@code --patience}
 * @param keepBest the metric the best checkpoint is kept by, as {@code --keep-best}
 * @param best where the best checkpoint is written (needed with {@code keepBest}, which a session has no folder for)
 */
public record FitOptions(Integer epochs, Integer batch, Double learningRate, Long seed, DataSet validation, Double clipNorm,
    Double clipValue, Integer accumulate, String earlyStop, Integer patience, String keepBest, Path best) {
  public FitOptions {
    if (epochs != null && epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, found " + epochs);
    if (batch != null && batch < 1) throw new IllegalArgumentException("batch must be at least 1, found " + batch);
    if (learningRate != null && !(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("learningRate must be a positive number, found " + learningRate);
    }
    new StepOptions(learningRate, clipNorm, clipValue, accumulate); // checks them
    if (patience != null && patience < 1) throw new IllegalArgumentException("patience must be at least 1, found " + patience);
    for (String m : new String[] {earlyStop, keepBest}) {
      if (m != null && Trainer.Metric.named(m) == null) {
        throw new IllegalArgumentException("unknown metric `" + m + "`; the metrics are " + String.join(", ", Trainer.Metric.labels()));
      }
    }
  }

  /** Everything as the train block says. */
  public static FitOptions defaults() {
    return new FitOptions(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public FitOptions epochs(int epochs) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions batch(int batch) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions learningRate(double learningRate) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions seed(long seed) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions validation(DataSet validation) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions clipNorm(double clipNorm) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions clipValue(double clipValue) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  public FitOptions accumulate(int accumulate) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, keepBest, best);
  }

  /** Stops when {@code metric} has not improved for {@code patience} epochs. */
  public FitOptions earlyStop(String metric, int patience) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, metric, patience, keepBest, best);
  }

  /** Writes the checkpoint of every epoch with the best {@code metric} so far to {@code file}. */
  public FitOptions keepBest(String metric, Path file) {
    return new FitOptions(epochs, batch, learningRate, seed, validation, clipNorm, clipValue, accumulate, earlyStop, patience, metric, file);
  }

  /** The options compiled into the training step. */
  public StepOptions step() {
    return new StepOptions(learningRate, clipNorm, clipValue, accumulate);
  }
}
