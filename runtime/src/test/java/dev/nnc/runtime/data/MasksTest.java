package dev.nnc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.model.Classes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fashion-MNIST's per-pixel masks: each labelling, the threshold, the faults. */
class MasksTest {
  /** Images of the given labels, each 2x2 with pixels 0, 0.05, 0.5 and 1. */
  static DataSet images(int... labels) {
    float[] x = new float[labels.length * 4];
    for (int i = 0; i < labels.length; i++) System.arraycopy(new float[] {0f, 0.05f, 0.5f, 1f}, 0, x, 4 * i, 4);
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", Tensor.f32(x, labels.length, 4));
    fields.put("y", Tensor.i32(labels, labels.length));
    return DataSet.batched("fashion_mnist", fields);
  }

  @Test
  void eachPixelAboveTheThresholdGetsTheItemsLabel() {
    DataSet images = images(0, 1, 5, 8, 9, 6);
    DataSet coarse = Masks.of(images, Masks.Labels.COARSE, 0.1);
    assertEquals("fashion_mnist_masks", coarse.name());
    assertEquals(List.of("x", "y"), List.copyOf(coarse.fields().keySet()));
    assertSame(images.field("x"), coarse.field("x"));
    assertArrayEquals(new int[] {6, 4}, coarse.field("y").shape());
    // top, trouser, footwear (sandal), bag, footwear (ankle boot), top (shirt): 0.05 is background at 0.1.
    assertArrayEquals(new int[] {0, 0, 1, 1, 0, 0, 2, 2, 0, 0, 3, 3, 0, 0, 4, 4, 0, 0, 3, 3, 0, 0, 1, 1},
        coarse.field("y").ints());
    assertArrayEquals(new int[] {0, 1, 1, 1, 0, 1, 1, 1}, Masks.of(images(0, 9), Masks.Labels.FOREGROUND, 0.0).field("y").ints());
    assertArrayEquals(new int[] {0, 0, 0, 10, 0, 0, 0, 7}, Masks.of(images(9, 6), Masks.Labels.CLASSES, 0.5).field("y").ints());
    assertEquals(List.of("background", "top", "trouser", "footwear", "bag"), Masks.Labels.COARSE.names());
    assertEquals(11, Masks.Labels.CLASSES.names().size());
  }

  @Test
  void aSegmentationsOutputIsScoredPerPosition() {
    assertEquals(784, Classes.positions(784 * 5, 784));
    assertEquals(1, Classes.positions(10, 1));
    assertEquals(1, Classes.positions(10, 10), "a one-hot label");
    assertEquals(1, Classes.positions(784, 784), "one value per position is not a classifier's output");
  }

  @Test
  void faults() {
    DataException threshold = assertThrows(DataException.class, () -> Masks.of(images(1), Masks.Labels.COARSE, 1.0));
    assertEquals("the `threshold` of `fashion_mnist_masks` must be at least 0 and below 1 (pixels are in [0, 1]), found 1.0",
        threshold.getMessage());
    DataException label = assertThrows(DataException.class, () -> Masks.of(images(3, 10), Masks.Labels.COARSE, 0.1));
    assertEquals("label 1 of `fashion_mnist` is 10, not a class of Fashion-MNIST (0 to 9)", label.getMessage());
    DataException labels = assertThrows(DataException.class, () -> Masks.fashionMnist("train", "fine", 0.1));
    assertEquals("the `labels` of `fashion_mnist_masks` must be \"foreground\", \"coarse\" or \"classes\", found \"fine\"",
        labels.getMessage());
    DataException arg = assertThrows(DataException.class, () -> Datasets.load("fashion_mnist_masks", Map.of("length", 40)));
    assertEquals("`fashion_mnist_masks` has no argument `length`; it takes split, labels, threshold", arg.getMessage());
  }
}
