package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The learning curves of a run, one point per epoch: train loss, and validation loss and accuracy
 * when there is validation. They travel in the checkpoint's metadata, so a resumed run plots its
 * whole history, and are drawn as a PNG with XChart.
 */
final class Curves {
  static {
    // Charts are drawn off screen; no display is needed or wanted.
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
  }

  /** The metadata key of the curves: {@code epoch,train,val_loss,val_accuracy} rows joined by ';', empty for none. */
  static final String KEY = "nnc.curves";

  static final int WIDTH = 640, HEIGHT = 420;

  /** One epoch's point; validation values are NaN when the epoch has none. */
  record Point(int epoch, double trainLoss, double valLoss, double valAccuracy) {}

  private final List<Point> points = new ArrayList<>();

  List<Point> points() { return List.copyOf(points); }

  void add(Point p) {
    points.add(p);
  }

  String encode() {
    StringBuilder s = new StringBuilder();
    for (Point p : points) {
      if (s.length() > 0) s.append(';');
      s.append(p.epoch()).append(',').append(text(p.trainLoss())).append(',').append(text(p.valLoss()))
          .append(',').append(text(p.valAccuracy()));
    }
    return s.toString();
  }

  /** The curves a checkpoint carries (none for one without them). */
  static Curves decode(Path file, Map<String, String> metadata) {
    Curves c = new Curves();
    String s = metadata.get(KEY);
    if (s == null || s.isEmpty()) return c;
    try {
      for (String row : s.split(";")) {
        String[] f = row.split(",", -1);
        if (f.length != 4) throw new NumberFormatException(row);
        c.add(new Point(Integer.parseInt(f[0]), number(f[1]), number(f[2]), number(f[3])));
      }
    } catch (NumberFormatException e) {
      throw new DataException(file, "corrupt metadata: `" + KEY + "` is not rows of numbers");
    }
    return c;
  }

  private static String text(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static double number(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  private boolean has(java.util.function.ToDoubleFunction<Point> f) {
    return points.stream().anyMatch(p -> !Double.isNaN(f.applyAsDouble(p)));
  }

  /** A y axis: its bounds, the distance between ticks it is rounded to, and the pattern of its tick labels. */
  record Axis(double min, double max, double step, String pattern) {}

  /**
   * The y axis for values: from a little below the smallest to a little above the largest, rounded
   * out to a tick step of 1, 2 or 5 times a power of ten and kept within [floor, ceiling], so that
   * a curve from 84.5% to 85.9% fills the chart instead of lying flat on a 0 to 100% axis. Tick
   * labels show as many decimals as the step needs, and no more.
   */
  static Axis axis(List<Double> values, double floor, double ceiling) {
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    boolean none = lo > hi;
    if (none) {
      lo = Math.max(floor, 0);
      hi = Math.min(ceiling, lo + 1);
    }
    double margin = none ? 0 : hi - lo > 1e-12 * Math.max(1, Math.abs(hi)) ? 0.05 * (hi - lo) : Math.max(0.02 * Math.abs(hi), 1e-3);
    lo -= margin;
    hi += margin;
    double step = niceStep((hi - lo) / 5);
    lo = Math.max(floor, Math.floor(lo / step) * step);
    hi = Math.min(ceiling, Math.ceil(hi / step) * step);
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return new Axis(lo, hi, step, decimals == 0 ? "0" : "0." + "0".repeat(decimals));
  }

  /** The smallest of 1, 2, 5 or 10 times a power of ten that is at least x. */
  private static double niceStep(double x) {
    double power = Math.pow(10, Math.floor(Math.log10(x)));
    double f = x / power;
    return (f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10) * power;
  }

  /** The axis the loss chart gets: from the train and validation losses, unbounded. */
  Axis lossAxis() {
    List<Double> v = new ArrayList<>();
    for (Point p : points) {
      v.add(p.trainLoss());
      v.add(p.valLoss());
    }
    return axis(v, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** The axis the accuracy chart gets, in percent: from the validation accuracies, within 0 to 100. */
  Axis accuracyAxis() {
    List<Double> v = new ArrayList<>();
    for (Point p : points) v.add(100 * p.valAccuracy());
    return axis(v, 0, 100);
  }

  /**
   * Draws the curves: the train and validation loss per epoch, and beside them the validation
   * accuracy when there is one; each y axis scaled to its data ({@link #axis}). Written atomically
   * (a viewer never sees half a file).
   */
  void draw(String model, Path png) throws IOException {
    List<BufferedImage> charts = new ArrayList<>();
    for (XYChart c : charts(model)) charts.add(BitmapEncoder.getBufferedImage(c));
    BufferedImage image = new BufferedImage(WIDTH * charts.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < charts.size(); i++) g.drawImage(charts.get(i), WIDTH * i, 0, null);
    g.dispose();
    Png.write(image, png);
  }

  /** The charts {@link #draw} draws side by side: the loss, and the validation accuracy when there is one. */
  List<XYChart> charts(String model) {
    List<XYChart> charts = new ArrayList<>();
    XYChart loss = chart(model + ": loss", "loss", lossAxis());
    series(loss, "train", Point::trainLoss);
    if (has(Point::valLoss)) series(loss, "validation", Point::valLoss);
    charts.add(loss);
    if (has(Point::valAccuracy)) {
      XYChart acc = chart(model + ": validation accuracy", "accuracy (%)", accuracyAxis());
      series(acc, "validation", p -> 100 * p.valAccuracy());
      charts.add(acc);
    }
    return charts;
  }

  private static XYChart chart(String title, String yTitle, Axis y) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("epoch").yAxisTitle(yTitle).build();
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    c.getStyler().setXAxisTickMarkSpacingHint(60);
    c.getStyler().setXAxisDecimalPattern("0");
    c.getStyler().setYAxisMin(y.min());
    c.getStyler().setYAxisMax(y.max());
    c.getStyler().setYAxisDecimalPattern(y.pattern());
    c.getStyler().setLocale(java.util.Locale.ROOT); // "84.5", whatever the machine's language
    return c;
  }

  private void series(XYChart chart, String name, java.util.function.ToDoubleFunction<Point> f) {
    List<Double> x = new ArrayList<>(), y = new ArrayList<>();
    for (Point p : points) {
      double v = f.applyAsDouble(p);
      if (Double.isFinite(v)) {
        x.add((double) p.epoch());
        y.add(v);
      }
    }
    if (x.isEmpty()) {
      x.add(0.0);
      y.add(0.0);
    }
    chart.addSeries(name, x, y).setMarker(points.size() > 50 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
  }
}
