package dev.nnc.pipeline;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import java.util.Map;

/** What the differentiate pass differentiates: a scalar {@code loss} of a graph, for each value of {@code wrt} by name. */
public record Objective(Graph graph, Node loss, Map<String, Node> wrt) {}
