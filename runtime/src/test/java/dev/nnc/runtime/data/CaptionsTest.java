package dev.nnc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Captions of Fashion-MNIST images: the text of each class and template, the padding, the spread of templates, the faults. */
class CaptionsTest {
  /** n images of the given labels, each image's pixels its index. */
  static DataSet images(int... labels) {
    float[] x = new float[labels.length * 784];
    for (int i = 0; i < labels.length; i++) Arrays.fill(x, i * 784, (i + 1) * 784, i);
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", Tensor.f32(x, labels.length, 784));
    fields.put("y", Tensor.i32(labels, labels.length));
    return DataSet.batched("fashion_mnist", fields);
  }

  @Test
  void captionsNameTheClassWithItsArticle() {
    assertEquals("a photo of a sneaker", Captions.caption(7, 0));
    assertEquals("a photo of an ankle boot", Captions.caption(9, 0));
    assertEquals("this is a t-shirt", Captions.caption(0, 6));
    assertEquals("bag", Captions.caption(8, 7).substring(2));
    assertEquals("a black and white photo of an ankle boot", Captions.longestCaption());
    assertEquals(40, Captions.LONGEST);
  }

  @Test
  void eachImageGetsItsCaptionAsAsciiPaddedWithZeros() {
    DataSet images = images(9, 0, 7);
    DataSet d = Captions.of(images, 44);
    assertEquals("fashion_mnist_captions", d.name());
    assertEquals(Set.of("x", "caption", "y"), d.fields().keySet());
    assertArrayEquals(new int[] {3, 44}, d.field("caption").shape());
    assertArrayEquals(new int[] {9, 0, 7}, d.field("y").ints());
    assertSame(images.field("x"), d.field("x"));
    int[] ids = d.field("caption").ints();
    for (int i = 0; i < 3; i++) {
      String text = Captions.caption(new int[] {9, 0, 7}[i], Captions.template(i));
      int[] row = Arrays.copyOfRange(ids, i * 44, (i + 1) * 44);
      assertEquals(text, Text.decode(Arrays.copyOf(row, text.length())));
      for (int t = text.length(); t < 44; t++) assertEquals(0, row[t], "padding of caption " + i);
    }
  }

  @Test
  void everyTemplateIsUsedAndTheChoiceIsFixed() {
    Set<Integer> used = new HashSet<>();
    int[] counts = new int[Captions.TEMPLATES.size()];
    for (int i = 0; i < 8000; i++) {
      int t = Captions.template(i);
      assertEquals(t, Captions.template(i));
      used.add(t);
      counts[t]++;
    }
    assertEquals(Captions.TEMPLATES.size(), used.size());
    for (int c : counts) assertTrue(c > 800 && c < 1200, "about 1000 images per template: " + Arrays.toString(counts));
  }

  @Test
  void faults() {
    DataException shortCaptions = assertThrows(DataException.class, () -> Captions.of(images(1), 39));
    assertEquals("the `length` of `fashion_mnist_captions` must be at least 40 (its longest caption), found 39", shortCaptions.getMessage());
    DataException label = assertThrows(DataException.class, () -> Captions.of(images(3, 10), 40));
    assertEquals("label 1 of `fashion_mnist` is 10, not a class of Fashion-MNIST (0 to 9)", label.getMessage());
    DataException arg = assertThrows(DataException.class, () -> Datasets.load("fashion_mnist_captions", Map.of("context", 40)));
    assertEquals("`fashion_mnist_captions` has no argument `context`; it takes split, length", arg.getMessage());
  }
}
