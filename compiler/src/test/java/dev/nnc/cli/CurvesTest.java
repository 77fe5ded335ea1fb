package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The plot of the learning curves: each y axis follows its data, with short tick labels. */
class CurvesTest {
  @TempDir Path out;

  /** Accuracy from 84.5% to 85.9%: the axis spans 84 to 86 in steps of 0.5, not 0 to 100. */
  @Test
  void theAccuracyAxisFollowsTheData() {
    Curves.Axis a = Curves.axis(List.of(84.5, 85.2, 85.9), 0, 100);
    assertEquals(new Curves.Axis(84.0, 86.0, 0.5, "0.0"), a);
  }

  @Test
  void theAxisStaysWithinItsBounds() {
    assertEquals(new Curves.Axis(90.0, 100.0, 2.0, "0"), Curves.axis(List.of(91.0, 99.5, 100.0), 0, 100));
    assertEquals(new Curves.Axis(0.0, 25.0, 5.0, "0"), Curves.axis(List.of(0.0, 10.0, 20.0), 0, 100)); // 0 is the floor
  }

  /** Tick labels get the decimals the step needs: a loss near 0.0123 is not labelled 0.012300000000000001. */
  @Test
  void tickLabelsHaveTheDecimalsTheStepNeeds() {
    Curves.Axis a = Curves.axis(List.of(0.01234, 0.01301, 0.01277), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    assertEquals("0.0000", a.pattern());
    assertEquals(0.0002, a.step(), 1e-15);
    assertTrue(a.min() <= 0.01234 && a.min() > 0.0120, a::toString);
    assertTrue(a.max() >= 0.01301 && a.max() < 0.0134, a::toString);
    assertEquals(new Curves.Axis(0.0, 2.5, 0.5, "0.0"), Curves.axis(List.of(2.3, 0.4, 0.2), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
  }

  /** A flat curve gets a span around its value; no values, a unit span. */
  @Test
  void flatAndEmptyCurves() {
    Curves.Axis flat = Curves.axis(List.of(85.0, 85.0), 0, 100);
    assertTrue(flat.min() < 85 && flat.max() > 85 && flat.max() - flat.min() <= 5, flat::toString);
    assertEquals(new Curves.Axis(0.0, 1.0, 0.2, "0.0"), Curves.axis(List.of(Double.NaN), 0, 100));
  }

  @Test
  void theChartsUseTheAxesAndThePngHasTheirSize() throws Exception {
    Curves c = new Curves();
    c.add(new Curves.Point(1, 0.52, 0.45, 0.845));
    c.add(new Curves.Point(2, 0.41, 0.43, 0.852));
    c.add(new Curves.Point(3, 0.38, 0.42, 0.859));
    List<XYChart> charts = c.charts("M");
    assertEquals(2, charts.size());
    assertEquals(84.0, charts.get(1).getStyler().getYAxisMin());
    assertEquals(86.0, charts.get(1).getStyler().getYAxisMax());
    assertEquals(c.lossAxis().min(), charts.get(0).getStyler().getYAxisMin());
    Path png = out.resolve("m.png");
    c.draw("M", png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(2 * Curves.WIDTH, image.getWidth());
    assertEquals(Curves.HEIGHT, image.getHeight());
  }
}
