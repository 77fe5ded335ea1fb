package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.checkpoint.Json;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The confusion matrix: counts from known predictions, its table, its JSON and its heat map. */
class ConfusionTest {
  @TempDir Path out;

  /** Truths and predictions of 8 samples of 3 classes. */
  private static Confusion known() {
    int[] truth = {0, 0, 0, 1, 1, 2, 2, 2};
    int[] predicted = {0, 0, 1, 1, 2, 2, 2, 0};
    Confusion c = new Confusion(3);
    for (int i = 0; i < truth.length; i++) c.add(truth[i], predicted[i]);
    return c;
  }

  @Test
  void countsPerTrueAndPredictedClass() {
    Confusion c = known();
    assertEquals(List.of(List.of(2, 1, 0), List.of(0, 1, 1), List.of(1, 0, 2)), c.rows());
    assertEquals(8, c.total());
    assertEquals(5, c.correct());
    assertEquals(2.0 / 3, c.accuracy(0), 1e-15);
    assertEquals(0.5, c.accuracy(1), 1e-15);
    assertEquals("[{\"class\":0,\"samples\":3,\"correct\":2,\"accuracy\":0.6666666666666666},"
        + "{\"class\":1,\"samples\":2,\"correct\":1,\"accuracy\":0.5},{\"class\":2,\"samples\":3,\"correct\":2,\"accuracy\":0.6666666666666666}]",
        Json.write(c.perClass()));
  }

  /** Intersection over union per class (the diagonal over its row and column together), and their mean over the classes that occur. */
  @Test
  void intersectionOverUnion() {
    Confusion c = known();
    assertEquals(0.5, c.iou(0), 1e-15);   // 2 / (3 + 3 - 2)
    assertEquals(1.0 / 3, c.iou(1), 1e-15); // 1 / (2 + 2 - 1)
    assertEquals(0.5, c.iou(2), 1e-15);   // 2 / (3 + 3 - 2)
    assertEquals(4.0 / 9, c.meanIou(), 1e-15);
    assertEquals("mean IoU: 44.44% (per class: 0 50.00%, 1 33.33%, 2 50.00%)\n", c.iouLine());
    Confusion absent = new Confusion(3);
    absent.add(0, 0);
    absent.add(0, 1);
    assertEquals(Double.NaN, absent.iou(2), "neither in the data nor predicted");
    assertEquals(0.25, absent.meanIou(), 1e-15); // (1/2 + 0) / 2: class 2 does not count
    assertEquals(java.util.Arrays.asList(0.5, 0.0, null), absent.ious());
  }

  @Test
  void table() {
    assertEquals("""
        per class (rows: true class; columns: predicted class):
          class  0  1  2   samples  accuracy
              0  2  1  0         3    66.67%
              1  0  1  1         2    50.00%
              2  1  0  2         3    66.67%
        """, known().table());
  }

  /** A class the data has no sample of has no accuracy; a label outside the output's classes is counted wrong and said. */
  @Test
  void emptyClassesAndLabelsOutsideTheClasses() {
    Confusion c = new Confusion(2);
    c.add(0, 0);
    c.add(5, 1);
    assertEquals(Double.NaN, c.accuracy(1));
    assertEquals(2, c.total());
    assertEquals(1, c.correct());
    assertEquals("""
        per class (rows: true class; columns: predicted class):
          class  0  1   samples  accuracy
              0  1  0         1   100.00%
              1  0  0         0         -
          1 samples have a label that is no class of the output (0 to 1)
        """, c.table());
    assertEquals("[{\"class\":0,\"samples\":1,\"correct\":1,\"accuracy\":1.0},{\"class\":1,\"samples\":0,\"correct\":0,\"accuracy\":null}]",
        Json.write(c.perClass()));
  }

  /** Beyond 20 classes the table keeps the samples and accuracy of each class and leaves the matrix to JSON and the PNG. */
  @Test
  void manyClassesTableWithoutTheMatrix() {
    Confusion c = new Confusion(25);
    c.add(24, 24);
    String[] lines = c.table().split("\n");
    assertEquals("per class:", lines[0]);
    assertEquals("  class   samples  accuracy", lines[1]);
    assertEquals("     24         1   100.00%", lines[26]);
  }

  @Test
  void heatMapHasItsSizeAndShadesByShareOfTheRow() throws Exception {
    Path png = out.resolve("c.png");
    known().draw("test", "three classes", png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(Confusion.imageSize(3)[0], image.getWidth());
    assertEquals(Confusion.imageSize(3)[1], image.getHeight());
    assertEquals(Confusion.MIN_WIDTH, image.getWidth()); // room for the title
    assertEquals(Confusion.LEFT + 10 * Confusion.CELL + Confusion.RIGHT, Confusion.imageSize(10)[0]);
    assertEquals(Confusion.TOP + 3 * Confusion.CELL + Confusion.BOTTOM, image.getHeight());
    int[][] share = {{2, 1, 0}, {0, 1, 1}, {1, 0, 2}};
    int[] rows = {3, 2, 3};
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        int rgb = image.getRGB(Confusion.LEFT + p * Confusion.CELL + 1, Confusion.TOP + t * Confusion.CELL + 1) & 0xffffff;
        assertEquals(Confusion.shade((double) share[t][p] / rows[t]).getRGB() & 0xffffff, rgb, "cell " + t + ", " + p);
      }
    }
    assertTrue((Confusion.shade(1).getRGB() & 0xff) < (Confusion.shade(0.5).getRGB() & 0xff)); // darker with more
  }
}
