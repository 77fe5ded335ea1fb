package dev.nnc.pipeline;

/**
 * What the lower pass lowers: the model {@code model} of a checked file (null: the one its train
 * block trains, or its only one), for training (dropout on, batch statistics) or not, with the
 * seed of its initial values.
 */
public record Target(Checked checked, String model, boolean training, long seed) {}
