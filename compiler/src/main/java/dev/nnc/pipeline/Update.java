package dev.nnc.pipeline;

import dev.nnc.check.Lower;

/**
 * What the optimizer pass builds on: a model lowered for training, its loss's gradients (null
 * for a model without a loss), and a learning rate in place of the optimizer's when not null.
 */
public record Update(Checked checked, Lower.Model model, Gradients gradients, Double lr) {}
