package dev.nnc.pipeline;

import dev.nnc.check.Lower;
import dev.nnc.runtime.train.StepOptions;

/**
 * What the optimizer pass builds on: a model lowered for training, its loss's gradients (null
 * for a model without a loss), and what is set in place of the train block's clauses (the
 * learning rate, gradient clipping, accumulation; see {@link StepOptions}).
 */
public record Update(Checked checked, Lower.Model model, Gradients gradients, StepOptions options) {}
