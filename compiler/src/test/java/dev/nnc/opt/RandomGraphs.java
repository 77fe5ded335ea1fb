package dev.nnc.opt;

import dev.nnc.ir.Array;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random gradient graphs: a random expression over inputs a, b: f64[B, N] and c: f64[N],
 * built from the Graph's methods with constants and the shapes gradients produce mixed in,
 * then differentiated with respect to all three (sometimes twice). Values stay finite: every
 * division is by at least 1 and every exponential is of a tanh.
 */
final class RandomGraphs {
  static final Dim B = Dim.symbol("B"), N = Dim.symbol("N");
  private static final double[] CONSTANTS = {0, 1, -1, 2, 0.5};

  final Graph g = new Graph();
  final Random random;
  final Map<String, Long> sizes = new LinkedHashMap<>();
  final Map<String, Array> values = new HashMap<>();
  final TensorType t = type(B, N);
  final Node a, b, c;
  /** What the simplifier gets: the function's output and the gradients. */
  final List<Node> roots = new ArrayList<>();

  RandomGraphs(long seed) {
    random = new Random(seed);
    sizes.put("B", 1L + random.nextInt(3));
    sizes.put("N", 1L + random.nextInt(4));
    a = leaf("a", t);
    b = leaf("b", t);
    c = leaf("c", type(N));
    Node out = expr(4 + random.nextInt(3));
    List<Node> wrt = List.of(a, b, c);
    int mode = random.nextInt(4);
    if (mode == 0) {
      // A cotangent from outside, as for a non-scalar output.
      Map<Node, Node> grads = Differentiate.vjp(g, out, leaf("ct", t), wrt);
      roots.add(out);
      roots.addAll(grads.values());
      return;
    }
    // A scalar loss seeded with a fill of 1.
    Node loss = g.sum(out, List.of(0, 1), false);
    Map<Node, Node> grads = Differentiate.vjp(g, loss, g.fill(1, loss.type()), wrt);
    if (mode == 1) {
      // Gradients of gradients: differentiate <grad_a loss, u>.
      Node second = g.sum(g.mul(grads.get(a), leaf("u", t)), List.of(0, 1), false);
      grads = Differentiate.vjp(g, second, g.fill(1, second.type()), wrt);
      loss = second;
    }
    roots.add(loss);
    roots.addAll(grads.values());
  }

  static TensorType type(Dim... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Dim d : dims) axes.add(Axis.of(d));
    return new TensorType(DType.F64, axes);
  }

  private Node leaf(String name, TensorType type) {
    Node n = g.input(name, type);
    long[] shape = Array.shapeOf(type, sizes);
    double[] v = new double[(int) Array.size(shape)];
    for (int i = 0; i < v.length; i++) v[i] = random.nextGaussian();
    values.put(name, new Array(shape, v));
    return n;
  }

  private double constant() { return CONSTANTS[random.nextInt(CONSTANTS.length)]; }

  /** A random expression of type f64[B, N]. */
  private Node expr(int depth) {
    if (depth == 0 || random.nextInt(6) == 0) {
      return switch (random.nextInt(4)) {
        case 0 -> a;
        case 1 -> b;
        case 2 -> g.broadcast(c, List.of(B, N));
        default -> g.fill(constant(), t);
      };
    }
    int d = depth - 1;
    return switch (random.nextInt(26)) {
      case 0 -> g.neg(expr(d));
      case 1 -> g.tanh(expr(d));
      case 2 -> g.sigmoid(expr(d));
      case 3 -> g.sin(expr(d));
      case 4 -> g.exp(g.tanh(expr(d)));
      case 5 -> g.abs(expr(d));
      case 6 -> g.add(expr(d), expr(d));
      case 7 -> g.sub(expr(d), expr(d));
      case 8 -> g.mul(expr(d), expr(d));
      case 9 -> g.div(expr(d), g.add(g.abs(expr(d)), g.fill(1, t)));
      case 10 -> g.max(expr(d), expr(d));
      case 11 -> g.min(expr(d), expr(d));
      case 12 -> g.select(g.gt(expr(d), expr(d)), expr(d), expr(d));
      case 13 -> g.scale(expr(d), constant());
      case 14 -> g.transpose(g.neg(g.transpose(expr(d), List.of(1, 0))), List.of(1, 0));
      case 15 -> g.reshape(g.sin(g.reshape(expr(d), List.of(B.times(N)))), List.of(B, N));
      case 16 -> g.broadcast(g.sum(expr(d), List.of(0), true), List.of(B, N));
      case 17 -> g.broadcast(g.reshape(g.sum(expr(d), List.of(1), false), List.of(B, Dim.of(1))), List.of(B, N));
      case 18 -> g.cast(g.cast(expr(d), DType.F32), DType.F64);
      case 19 -> random.nextBoolean() ? g.add(expr(d), g.zeros(t)) : g.mul(g.fill(1, t), expr(d));
      case 20 -> g.broadcast(g.reduceMax(expr(d), List.of(1), true), List.of(B, N));
      case 21 -> g.slice(g.pad(expr(d), 1, Dim.of(1), Dim.of(2), 0), 1, Dim.of(1), N);
      case 22 -> g.slice(g.concat(List.of(expr(d), expr(d)), 0), 0, B, B);
      case 23 -> g.reshape(g.reshape(expr(d), List.of(N.times(B))), List.of(B, N));
      case 24 -> g.mul(g.broadcast(g.broadcast(c, List.of(Dim.of(1), N)), List.of(B, N)), expr(d));
      default -> g.matmul(g.matmul(g.tanh(expr(d)), g.swapLast(g.tanh(expr(d)))), expr(d));
    };
  }
}
