package dev.nnc.autodiff;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
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
 */
public final class GradCheck {

  private GradCheck() {}

  /** The relative error per leaf name; leaves are the float inputs and params in {@code wrt}. */
  public static Map<String, Double> check(Graph g, Node out, List<Node> wrt, Map<String, Array> values,
      Map<String, Long> sizes, Random random) {
    Node seed = g.input("__cotangent", out.type());
    Map<Node, Node> grads = Differentiate.vjp(g, out, seed, wrt);
    Array c = randomLike(Reference.one(out, values, sizes), random);
    Map<String, Array> withSeed = new HashMap<>(values);
    withSeed.put("__cotangent", c);
    // The output runs with the gradients: a mask select in it binds sizes they may need.
    List<Node> roots = new java.util.ArrayList<>(grads.values());
    roots.add(out);
    Map<Node, Array> evaluated = Reference.run(roots, withSeed, sizes);
    Map<String, Double> errors = new LinkedHashMap<>();
    for (Node x : wrt) {
      String name = ((Attr.Leaf) x.attr()).name();
      Array v = values.get(name);
      Array t = randomLike(v, random);
      double analytic = evaluated.get(grads.get(x)).dot(t);
      // No single step suits every function: a large one (with Richardson's extrapolation,
      // (4 D(h/2) - D(h)) / 3, accurate to O(h^4)) keeps rounding small against a small
      // derivative; a small one keeps ReLU-like kinks out of the difference. A wrong gradient
      // disagrees at every step, so the best agreement is the measure.
      double best = Double.POSITIVE_INFINITY;
      double richardson = (4 * central(out, values, sizes, c, name, t, 5e-4) - central(out, values, sizes, c, name, t, 1e-3)) / 3;
      for (double numeric : new double[] {richardson, central(out, values, sizes, c, name, t, 1e-5),
          central(out, values, sizes, c, name, t, 1e-7)}) {
        double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-12);
        best = Math.min(best, Math.abs(analytic - numeric) / scale);
      }
      errors.put(name, best);
    }
    return errors;
  }

  private static double central(Node out, Map<String, Array> values, Map<String, Long> sizes, Array c,
      String name, Array t, double h) {
    Map<String, Array> plus = new HashMap<>(values), minus = new HashMap<>(values);
    plus.put(name, values.get(name).plusScaled(t, h));
    minus.put(name, values.get(name).plusScaled(t, -h));
    return (c.dot(Reference.one(out, plus, sizes)) - c.dot(Reference.one(out, minus, sizes))) / (2 * h);
  }

  /** Standard normal values of the shape of a. */
  public static Array randomLike(Array a, Random random) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
    return new Array(a.shape().clone(), d);
  }
}
