package dev.nnc.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The confusion matrix of a classifier over a data set: {@code counts[t][p]} is how many samples
 * of true class {@code t} it predicted as class {@code p}. The diagonal holds the right answers,
 * so a row gives its class's accuracy (its recall). Printed as a table, written as JSON and drawn
 * as a heat map.
 */
final class Confusion {
  static {
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
  }

  /** Tables wider than this many classes are left to the JSON and the heat map. */
  static final int MAX_TEXT_CLASSES = 20;

  private final int[][] counts;
  /** Samples whose label is no class of the output (below 0 or from {@code classes} on): wrong, and in no row. */
  private int outside;

  Confusion(int classes) {
    if (classes < 1) throw new IllegalArgumentException("classes must be at least 1, found " + classes);
    counts = new int[classes][classes];
  }

  int classes() { return counts.length; }

  void add(int truth, int predicted) {
    if (truth < 0 || truth >= counts.length) outside++;
    else counts[truth][predicted]++;
  }

  int count(int truth, int predicted) { return counts[truth][predicted]; }

  /** The samples of a true class. */
  int samples(int truth) {
    int n = 0;
    for (int c : counts[truth]) n += c;
    return n;
  }

  /** Every sample counted, those with a label outside the classes included. */
  int total() {
    int n = outside;
    for (int t = 0; t < counts.length; t++) n += samples(t);
    return n;
  }

  int correct() {
    int n = 0;
    for (int t = 0; t < counts.length; t++) n += counts[t][t];
    return n;
  }

  int outside() { return outside; }

  /** The accuracy on one true class; NaN when the data has none of it. */
  double accuracy(int truth) {
    int n = samples(truth);
    return n == 0 ? Double.NaN : (double) counts[truth][truth] / n;
  }

  /** The samples predicted as a class (its column). */
  int predicted(int p) {
    int n = 0;
    for (int[] row : counts) n += row[p];
    return n;
  }

  /**
   * The intersection over union of a class (Jaccard index): the samples both of it and predicted as
   * it, over those of it or predicted as it; NaN when there are neither.
   */
  double iou(int c) {
    int union = samples(c) + predicted(c) - counts[c][c];
    return union == 0 ? Double.NaN : (double) counts[c][c] / union;
  }

  /** The mean of {@link #iou} over the classes that occur (in the data or in the predictions); NaN when none does. */
  double meanIou() {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < counts.length; c++) {
      double v = iou(c);
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Each class's {@link #iou} for JSON, null where NaN. */
  List<Double> ious() {
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) out.add(Double.isNaN(iou(c)) ? null : iou(c));
    return out;
  }

  /** The line of {@code metrics iou}: {@code mean IoU: 71.20% (per class: 0 96.10%, 1 70.33%, ...)}. */
  String iouLine() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "mean IoU: %.2f%% (per class:", 100 * meanIou()));
    for (int c = 0; c < counts.length; c++) {
      double v = iou(c);
      s.append(c == 0 ? " " : ", ").append(c).append(' ').append(Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v));
    }
    return s.append(")\n").toString();
  }

  /** The rows, for JSON: a list per true class of the counts per predicted class. */
  List<List<Integer>> rows() {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] row : counts) {
      List<Integer> r = new ArrayList<>();
      for (int c : row) r.add(c);
      out.add(r);
    }
    return out;
  }

  /** Per class, for JSON: {@code class}, {@code samples}, {@code correct}, {@code accuracy} (null without samples). */
  List<Map<String, Object>> perClass() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int t = 0; t < counts.length; t++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("class", t);
      m.put("samples", samples(t));
      m.put("correct", counts[t][t]);
      m.put("accuracy", Double.isNaN(accuracy(t)) ? null : accuracy(t));
      out.add(m);
    }
    return out;
  }

  /**
   * The table {@code nnc eval} prints: a row per true class with its counts per predicted class,
   * its samples and its accuracy; above {@link #MAX_TEXT_CLASSES} classes, only the samples and
   * accuracy of each class.
   */
  String table() {
    int n = counts.length;
    boolean matrix = n <= MAX_TEXT_CLASSES;
    int width = Math.max(Integer.toString(Math.max(n - 1, 0)).length(), Integer.toString(total()).length()) + 1;
    width = Math.max(width, 3);
    StringBuilder s = new StringBuilder();
    s.append(matrix ? "per class (rows: true class; columns: predicted class):\n" : "per class:\n");
    s.append(String.format(Locale.ROOT, "  %5s", "class"));
    if (matrix) for (int p = 0; p < n; p++) s.append(String.format(Locale.ROOT, "%" + width + "d", p));
    s.append(String.format(Locale.ROOT, "  %8s  %8s%n", "samples", "accuracy"));
    for (int t = 0; t < n; t++) {
      s.append(String.format(Locale.ROOT, "  %5d", t));
      if (matrix) for (int p = 0; p < n; p++) s.append(String.format(Locale.ROOT, "%" + width + "d", counts[t][p]));
      double a = accuracy(t);
      s.append(String.format(Locale.ROOT, "  %8d  %8s%n", samples(t), Double.isNaN(a) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * a)));
    }
    if (outside > 0) s.append(String.format(Locale.ROOT, "  %d samples have a label that is no class of the output (0 to %d)%n", outside, n - 1));
    return s.toString();
  }

  // ------------------------------------------------------------------ the heat map

  /** The side of one cell of the heat map, in pixels. */
  static final int CELL = 36;
  /** The margins: the title and the predicted-class axis above, the true-class axis left, a border right and below. */
  static final int TOP = 80, LEFT = 64, RIGHT = 24, BOTTOM = 24;
  /** The narrowest heat map, so that a matrix of two classes still has room for its title. */
  static final int MIN_WIDTH = 360;

  /** The size of the heat map of {@code classes} classes: {width, height}. */
  static int[] imageSize(int classes) {
    return new int[] {Math.max(MIN_WIDTH, LEFT + classes * CELL + RIGHT), TOP + classes * CELL + BOTTOM};
  }

  /**
   * Draws the matrix as a heat map: a cell per (true, predicted) pair shaded by the share of its
   * true class's samples (white for none, dark blue for all), with its count written in it; true
   * classes down the left, predicted classes along the top. Written atomically.
   */
  void draw(String title, String subtitle, Path png) throws IOException {
    int n = counts.length;
    int[] size = imageSize(n);
    BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size[0], size[1]);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, n > 30 ? 8 : 11);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(fit(title, g.getFontMetrics(), size[0] - 16), 8, 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(fit(subtitle, g.getFontMetrics(), size[0] - 16), 8, 34);
    g.setFont(small);
    g.drawString("predicted class \u2192", LEFT, 54);
    g.drawString("true \u2193", 8, TOP - 6);
    FontMetrics fm = g.getFontMetrics();
    for (int t = 0; t < n; t++) {
      int rowTotal = samples(t);
      for (int p = 0; p < n; p++) {
        double share = rowTotal == 0 ? 0 : (double) counts[t][p] / rowTotal;
        Color c = shade(share);
        int x = LEFT + p * CELL, y = TOP + t * CELL;
        g.setColor(c);
        g.fillRect(x, y, CELL, CELL);
        if (counts[t][p] > 0 && n <= 40) {
          String text = Integer.toString(counts[t][p]);
          g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
          g.drawString(text, x + (CELL - fm.stringWidth(text)) / 2, y + (CELL + fm.getAscent()) / 2 - 2);
        }
      }
    }
    g.setColor(Color.BLACK);
    for (int i = 0; i < n; i++) {
      if (n > 40 && i % 10 != 0) continue;
      String label = Integer.toString(i);
      g.drawString(label, LEFT + i * CELL + (CELL - fm.stringWidth(label)) / 2, TOP - 6);
      g.drawString(label, LEFT - 6 - fm.stringWidth(label), TOP + i * CELL + (CELL + fm.getAscent()) / 2 - 2);
    }
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1));
    g.drawRect(LEFT, TOP, n * CELL - 1, n * CELL - 1);
    g.dispose();
    Png.write(image, png);
  }

  /** The text, cut with an ellipsis to fit {@code width} pixels. */
  private static String fit(String text, FontMetrics fm, int width) {
    if (fm.stringWidth(text) <= width) return text;
    String cut = text;
    while (!cut.isEmpty() && fm.stringWidth(cut + "\u2026") > width) cut = cut.substring(0, cut.length() - 1);
    return cut + "\u2026";
  }

  /** White for 0, through light blue, to dark blue for 1. */
  static Color shade(double share) {
    double s = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(255 + s * (8 - 255)), gr = (int) Math.round(255 + s * (48 - 255)), b = (int) Math.round(255 + s * (107 - 255));
    return new Color(r, gr, b);
  }
}
