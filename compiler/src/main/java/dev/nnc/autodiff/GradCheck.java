package dev.nnc.autodiff;

import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
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
 * {@code (<c, f(x + e t)> - <c, f(x - e t)>) / 2e}.
 */
public final class GradCheck {
  private static final double EPS = 1e-6;

  private GradCheck() {}

  /** The relative error per leaf name; leaves are the float inputs and params in {@code wrt}. */
  public static Map<String, Double> check(Graph g, Node out, List<Node> wrt, Map<String, Array> values,
      Map<String, Long> sizes, Random random) {
    Node seed = g.input("__cotangent", out.type());
    Map<Node, Node> grads = Differentiate.vjp(g, out, seed, wrt);
    Array c = randomLike(Reference.one(out, values, sizes), random);
    Map<String, Array> withSeed = new HashMap<>(values);
    withSeed.put("__cotangent", c);
    Map<Node, Array> evaluated = Reference.run(List.copyOf(grads.values()), withSeed, sizes);
    Map<String, Double> errors = new LinkedHashMap<>();
    for (Node x : wrt) {
      String name = ((Attr.Leaf) x.attr()).name();
      Array v = values.get(name);
      Array t = randomLike(v, random);
      double analytic = evaluated.get(grads.get(x)).dot(t);
      Map<String, Array> plus = new HashMap<>(values), minus = new HashMap<>(values);
      plus.put(name, v.plusScaled(t, EPS));
      minus.put(name, v.plusScaled(t, -EPS));
      double numeric = (c.dot(Reference.one(out, plus, sizes)) - c.dot(Reference.one(out, minus, sizes))) / (2 * EPS);
      double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-8);
      errors.put(name, Math.abs(analytic - numeric) / scale);
    }
    return errors;
  }

  /** Standard normal values of the shape of a. */
  public static Array randomLike(Array a, Random random) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
    return new Array(a.shape().clone(), d);
  }
}
