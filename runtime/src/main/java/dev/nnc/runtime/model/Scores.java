package dev.nnc.runtime.model;

/**
 * A model's scores over a data set, in evaluation mode (dropout off, batch norm with its running
 * statistics).
 *
 * @param loss the mean loss over the samples, NaN for a model without a loss
 * @param accuracy the share of samples whose class (the argmax of the first output) is the label
 *     {@code y}, or for labels per position (a segmentation's mask) the share of positions,
 *     NaN when the model's train block does not list {@code metrics accuracy}
 * @param samples how many samples were scored (nodes, for a graph)
 */
public record Scores(double loss, double accuracy, int samples) {}
