package dev.nnc.runtime.model;

import dev.nnc.runtime.data.DataSet;

/**
 * How {@link Session#fit} trains. A component left null takes the value of the model's train
 * block ({@code epochs}, {@code batch}, {@code seed}, the optimizer's {@code lr}), or its default
 * there (1 epoch, batch 32, seed 42). Change one with its wither:
 * {@code FitOptions.defaults().epochs(20).batch(64)}.
 *
 * <p>A session opened from a packaged model runs the training step compiled at build time, with
 * the train block's learning rate and, when the step draws random numbers (dropout), its seed:
 * such a session refuses a {@code learningRate}, or a {@code seed} its step would need compiled
 * again, with a {@link ModelException}.
 *
 * @param epochs how many epochs the model is trained to, counted from the start of its training as
 *     {@code nnc train --epochs} counts them: a session that has trained 2 (in earlier fits, or in
 *     the checkpoint it loaded) trains 2 more for {@code epochs(4)}, and none for {@code epochs(2)}
 * @param batch samples per step (a smaller last batch ends every epoch)
 * @param learningRate replaces the optimizer's {@code lr} argument, as {@code nnc train --lr} does
 * @param seed the order of the batches and the random numbers of dropout
 * @param validation data to score after every epoch, or null
 */
public record FitOptions(Integer epochs, Integer batch, Double learningRate, Long seed, DataSet validation) {
  public FitOptions {
    if (epochs != null && epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, found " + epochs);
    if (batch != null && batch < 1) throw new IllegalArgumentException("batch must be at least 1, found " + batch);
    if (learningRate != null && !(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("learningRate must be a positive number, found " + learningRate);
    }
  }

  /** Everything as the train block says. */
  public static FitOptions defaults() {
    return new FitOptions(null, null, null, null, null);
  }

  public FitOptions epochs(int epochs) {
    return new FitOptions(epochs, batch, learningRate, seed, validation);
  }

  public FitOptions batch(int batch) {
    return new FitOptions(epochs, batch, learningRate, seed, validation);
  }

  public FitOptions learningRate(double learningRate) {
    return new FitOptions(epochs, batch, learningRate, seed, validation);
  }

  public FitOptions seed(long seed) {
    return new FitOptions(epochs, batch, learningRate, seed, validation);
  }

  public FitOptions validation(DataSet validation) {
    return new FitOptions(epochs, batch, learningRate, seed, validation);
  }
}
