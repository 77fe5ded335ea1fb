package dev.nnc.pipeline;

import dev.nnc.check.Lower;
import dev.nnc.runtime.train.StepOptions;

/**
 * What the optimizer pass builds on: a model lowered for training, its loss's gradients (null
 * for a model without a loss), what is set in place of the train block's clauses (the
 * learning rate, gradient clipping, accumulation; see {@link StepOptions}), and whether the
 * learning rate is an input of the step ({@link StepOptions#LEARNING_RATE}) rather than a constant.
 */
public record Update(Checked checked, Lower.Model model, Gradients gradients, StepOptions options, boolean runtimeLr) {
  public Update(Checked checked, Lower.Model model, Gradients gradients, StepOptions options) {
    this(checked, model, gradients, options, false);
  }
}
