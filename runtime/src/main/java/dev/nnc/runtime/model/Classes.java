package dev.nnc.runtime.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reading a classifier's output: rows of class scores (probabilities from a softmax, or logits),
 * one row of {@code classes} values per sample, row-major as {@link Session#predict} gives them.
 * The generated typed classes call these for an output of class scores ({@code probsClasses()},
 * {@code probsTop(k, names)}). Stateless, so safe from any thread.
 */
public final class Classes {
  private Classes() {}

  /**
   * A class with its score: its index, its name (from the names given, or the index as text) and
   * its score in the output.
   */
  public record Ranked(int index, String name, float score) {
    public Ranked {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The class of each row: the index of its largest score (the first of equal ones; a NaN is
   * never the largest unless the row is all NaN, which gives 0).
   *
   * @throws IllegalArgumentException when {@code classes} is below 1 or does not divide the length
   */
  public static int[] argmax(float[] scores, int classes) {
    int rows = rows(scores, classes);
    int[] out = new int[rows];
    for (int r = 0; r < rows; r++) {
      int best = 0, at = r * classes;
      for (int c = 1; c < classes; c++) if (greater(scores[at + c], scores[at + best])) best = c;
      out[r] = best;
    }
    return out;
  }

  /**
   * The {@code k} classes of each row with the largest scores, best first (equal scores in class
   * order, NaN last), each named by {@code names.get(index)}; with {@code names} null, by its index
   * ("3"). {@code k} larger than {@code classes} gives every class.
   *
   * @throws IllegalArgumentException when {@code k} is below 1, {@code classes} below 1 or not a
   *     divisor of the length, or {@code names} does not name every class
   */
  public static List<List<Ranked>> top(float[] scores, int classes, int k, List<String> names) {
    int rows = rows(scores, classes);
    if (k < 1) throw new IllegalArgumentException("k must be at least 1, found " + k);
    if (names != null && names.size() != classes) {
      throw new IllegalArgumentException(names.size() + " class names for " + classes + " classes");
    }
    int n = Math.min(k, classes);
    List<List<Ranked>> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      int at = r * classes;
      // A partial selection sort: k passes, each taking the best class not yet taken.
      boolean[] taken = new boolean[classes];
      List<Ranked> row = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int best = -1;
        for (int c = 0; c < classes; c++) {
          if (!taken[c] && (best < 0 || greater(scores[at + c], scores[at + best]))) best = c;
        }
        taken[best] = true;
        row.add(new Ranked(best, names == null ? Integer.toString(best) : names.get(best), scores[at + best]));
      }
      out.add(List.copyOf(row));
    }
    return List.copyOf(out);
  }

  /**
   * How many labelled positions a sample has, for scoring its output of {@code width} values
   * against its {@code labels} label values: 1 for one class label, or a one-hot row as wide as
   * the output; {@code labels} for a label per position (a mask of a segmentation, whose output
   * has a row of {@code width / labels} class scores per position, the classes last).
   */
  public static int positions(int width, int labels) {
    return labels > 1 && labels != width && width % labels == 0 && width / labels > 1 ? labels : 1;
  }

  /** Whether a ranks above b: larger, and any number above NaN. */
  private static boolean greater(float a, float b) {
    return Float.isNaN(b) ? !Float.isNaN(a) : a > b;
  }

  private static int rows(float[] scores, int classes) {
    Objects.requireNonNull(scores, "scores");
    if (classes < 1) throw new IllegalArgumentException("classes must be at least 1, found " + classes);
    if (scores.length % classes != 0) {
      throw new IllegalArgumentException(scores.length + " scores are not rows of " + classes + " classes");
    }
    return scores.length / classes;
  }
}
