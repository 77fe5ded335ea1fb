package dev.nnc.check;

import java.util.Collection;

/** "Did you mean" by edit distance, as Elm's Reporting/Suggest ranks names. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate within a distance that depends on the name's length, or null. */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    if (name.length() > MAX_LENGTH) return null; // no name that long is a misspelling worth the work
    for (String c : candidates) {
      if (c.equals(name)) continue;
      // The distance is at least the difference in length: skip those that cannot be within the limit.
      if (Math.abs(c.length() - name.length()) > limit || c.length() > MAX_LENGTH) continue;
      int d = distance(name.toLowerCase(), c.toLowerCase());
      if (d <= limit && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Names longer than this are not compared, so the work per candidate stays small. */
  static final int MAX_LENGTH = 64;

  /** "; did you mean `x`?" or the empty string. */
  public static String didYouMean(String name, Collection<String> candidates) {
    String c = closest(name, candidates);
    return c == null ? "" : "; did you mean `" + c + "`?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
