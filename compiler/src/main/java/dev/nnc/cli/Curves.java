package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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

  /**
   * Draws the curves: the train and validation loss per epoch, and beside them the validation
   * accuracy when there is one; written atomically (a viewer never sees half a file).
   */
  void draw(String model, Path png) throws IOException {
    List<BufferedImage> charts = new ArrayList<>();
    XYChart loss = chart(model + ": loss", "loss");
    series(loss, "train", Point::trainLoss);
    if (has(Point::valLoss)) series(loss, "validation", Point::valLoss);
    charts.add(BitmapEncoder.getBufferedImage(loss));
    if (has(Point::valAccuracy)) {
      XYChart acc = chart(model + ": validation accuracy", "accuracy (%)");
      acc.getStyler().setYAxisMin(0.0);
      acc.getStyler().setYAxisMax(100.0);
      series(acc, "validation", p -> 100 * p.valAccuracy());
      charts.add(BitmapEncoder.getBufferedImage(acc));
    }
    BufferedImage image = new BufferedImage(WIDTH * charts.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < charts.size(); i++) g.drawImage(charts.get(i), WIDTH * i, 0, null);
    g.dispose();
    Path dir = png.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + png.getFileName(), ".tmp");
    try {
      if (!ImageIO.write(image, "png", tmp.toFile())) throw new IOException("no PNG writer");
      Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static XYChart chart(String title, String yTitle) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("epoch").yAxisTitle(yTitle).build();
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    c.getStyler().setXAxisTickMarkSpacingHint(60);
    c.getStyler().setXAxisDecimalPattern("0");
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
