package dev.nnc.autodiff;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Reference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Symbolic gradients against central differences, in float64. For each leaf x, along a
 * random direction t and for a random output cotangent c, the derivative of {@code <c, f(x)>}
 * along t computed from the vjp, {@code <vjp(c), t>}, must equal
 * central differences {@code (<c, f(x + h t)> - <c, f(x - h t)>) / 2h} at several steps h.
 *
 * <p>The differences are of the function the gradient differentiates: the values that have no
 * gradient, {@code stop_gradient}'s and every integer or boolean value (a comparison, an argmax,
 * a categorical draw), are held at what they are at x. So a surrogate loss such as GRPO's
 * {@code exp(lp - stop_gradient(lp)) * advantage}, whose value does not move with lp but whose
 * gradient does, is checked against the derivative it means, and a draw or a branch that a step
 * of h would flip does not put a jump into the difference.
 */
public final class GradCheck {

  private GradCheck() {}

  /**
   * One leaf's check: the directional derivative from the vjp ({@code analytic}) and the best of
   * the central differences ({@code numeric}), and their disagreement ({@code error}). The error
   * is relative to the larger of the two, or, when both are below {@code floor}, to the floor: a
   * gradient that is exactly zero (a bias before a batch norm) has a numeric derivative of
   * round-off alone, and a relative error of that would be noise. The floor is
   * {@link #FLOOR} times the size of the output's terms, {@code sum |c_i f_i|}, the scale of the
   * round-off in the differences; {@link #absolute} says it applied.
   */
  public record Leaf(double error, double analytic, double numeric, double floor) {
    /** True when both derivatives were below the floor, so the error is measured against it. */
    public boolean absolute() { return Math.max(Math.abs(analytic), Math.abs(numeric)) < floor; }

    /** True when the gradient is zero to within the floor: the check saw no gradient here. */
    public boolean zero() { return absolute() && Math.abs(analytic) < floor * 1e-6; }
  }

  /** The floor's factor: derivatives below 1e-4 of the output's terms are compared absolutely. */
  public static final double FLOOR = 1e-4;

  /** The error per leaf name; leaves are the float inputs and params in {@code wrt}. */
  public static Map<String, Double> check(Graph g, Node out, List<Node> wrt, Map<String, Array> values,
      Map<String, Long> sizes, Random random) {
    Map<String, Double> errors = new LinkedHashMap<>();
    leaves(g, out, wrt, values, sizes, random).forEach((name, leaf) -> errors.put(name, leaf.error()));
    return errors;
  }

  /** Each leaf's check by name; leaves are the float inputs and params in {@code wrt}. */
  public static Map<String, Leaf> leaves(Graph g, Node out, List<Node> wrt, Map<String, Array> values,
      Map<String, Long> sizes, Random random) {
    Node seed = g.input("__cotangent", out.type());
    Map<Node, Node> grads = Differentiate.vjp(g, out, seed, wrt);
    Array f = Reference.one(out, values, sizes);
    Array c = randomLike(f, random);
    double terms = 0;
    for (int i = 0; i < f.size(); i++) terms += Math.abs(c.data()[i] * f.data()[i]);
    double floor = FLOOR * Math.max(terms, Double.MIN_NORMAL);
    Map<String, Array> withSeed = new HashMap<>(values);
    withSeed.put("__cotangent", c);
    // The output runs with the gradients: a mask select in it binds sizes they may need.
    List<Node> roots = new java.util.ArrayList<>(grads.values());
    roots.add(out);
    // The sizes its mask selects bind too: a held mask is not selected again in the differences.
    Map<String, Long> bound = new HashMap<>(sizes);
    Map<Node, Array> evaluated = Reference.run(roots, withSeed, bound, Map.of());
    Map<Node, Array> held = new HashMap<>();
    for (Node n : dev.nnc.ir.Schedule.topological(List.of(out))) {
      if (n.op() == Op.INPUT || n.op() == Op.PARAM) continue;
      if (n.op() == Op.STOP_GRADIENT || !n.type().dtype().isFloat()) held.put(n, evaluated.get(n));
    }
    Map<String, Leaf> leaves = new LinkedHashMap<>();
    for (Node x : wrt) {
      String name = ((Attr.Leaf) x.attr()).name();
      Array v = values.get(name);
      Array t = randomLike(v, random);
      double analytic = evaluated.get(grads.get(x)).dot(t);
      // No single step suits every function: a large one (with Richardson's extrapolation,
      // (4 D(h/2) - D(h)) / 3, accurate to O(h^4)) keeps rounding small against a small
      // derivative; a small one keeps ReLU-like kinks out of the difference. A wrong gradient
      // disagrees at every step, so the best agreement is the measure.
      double best = Double.POSITIVE_INFINITY, bestNumeric = Double.NaN;
      double richardson = (4 * central(out, values, bound, held, c, name, t, 5e-4) - central(out, values, bound, held, c, name, t, 1e-3)) / 3;
      for (double numeric : new double[] {richardson, central(out, values, bound, held, c, name, t, 1e-5),
          central(out, values, bound, held, c, name, t, 1e-7)}) {
        double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), floor);
        double error = Math.abs(analytic - numeric) / scale;
        if (Double.isNaN(best)) break; // a NaN is kept: it fails
        if (Double.isNaN(error) || error < best) {
          best = error;
          bestNumeric = numeric;
        }
      }
      leaves.put(name, new Leaf(best, analytic, bestNumeric, floor));
    }
    return leaves;
  }

  private static double central(Node out, Map<String, Array> values, Map<String, Long> sizes, Map<Node, Array> held, Array c,
      String name, Array t, double h) {
    Map<String, Array> plus = new HashMap<>(values), minus = new HashMap<>(values);
    plus.put(name, values.get(name).plusScaled(t, h));
    minus.put(name, values.get(name).plusScaled(t, -h));
    Array up = Reference.run(List.of(out), plus, new HashMap<>(sizes), held).get(out);
    Array down = Reference.run(List.of(out), minus, new HashMap<>(sizes), held).get(out);
    return (c.dot(up) - c.dot(down)) / (2 * h);
  }

  /** Standard normal values of the shape of a. */
  public static Array randomLike(Array a, Random random) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
    return new Array(a.shape().clone(), d);
  }
}
