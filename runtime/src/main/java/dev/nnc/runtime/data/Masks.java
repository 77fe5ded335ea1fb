package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fashion-MNIST as a dense per-pixel task: every pixel of an image is labelled background or, when
 * its value is above {@code threshold}, with the image's item. The item's label is one of
 * {@link Labels}: the item alone ({@code foreground}), a coarse group of its class ({@code coarse}:
 * top, trouser, footwear, bag) or its class ({@code classes}). Foreground alone is a threshold of
 * the pixel itself, which one 1x1 convolution learns; the groups make every pixel depend on the
 * whole item's shape, so a segmentation model has to see the image as a whole, and the groups
 * are the ones a shape tells apart (a shirt and a T-shirt are not).
 */
public final class Masks {
  private Masks() {}

  /** The labellings: their names as the data set's {@code labels} argument takes them, and their classes. */
  public enum Labels {
    FOREGROUND("foreground", List.of("background", "item"), new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}),
    COARSE("coarse", List.of("background", "top", "trouser", "footwear", "bag"), new int[] {1, 2, 1, 1, 1, 3, 1, 3, 4, 3}),
    CLASSES("classes", List.of("background", "t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag",
        "ankle boot"), new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

    private final String word;
    private final List<String> names;
    private final int[] ofClass;

    Labels(String word, List<String> names, int[] ofClass) {
      this.word = word;
      this.names = names;
      this.ofClass = ofClass;
    }

    /** The name the data set's {@code labels} argument gives it. */
    public String word() { return word; }

    /** The mask's classes by label, background (0) first. */
    public List<String> names() { return names; }

    /** The mask label of an item of Fashion-MNIST's class {@code c}. */
    public int of(int c) { return ofClass[c]; }

    /** The labelling named {@code word}, or null. */
    public static Labels named(String word) {
      for (Labels l : values()) if (l.word.equals(word)) return l;
      return null;
    }

    /** The names, quoted and separated for a message: {@code "foreground", "coarse" or "classes"}. */
    public static String choices() {
      StringBuilder s = new StringBuilder();
      Labels[] all = values();
      for (int i = 0; i < all.length; i++) {
        s.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append('"').append(all[i].word).append('"');
      }
      return s.toString();
    }
  }

  /** The default {@code threshold}: 45% of the test set's pixels are above it, 50% above 0. */
  public static final double THRESHOLD = 0.1;

  /** Fashion-MNIST's split from {@link Datasets#fashionMnistDir()} with its masks. */
  public static DataSet fashionMnist(String split, String labels, double threshold) {
    Labels l = labelling(labels);
    checkThreshold(threshold);
    return of(Datasets.fashionMnist(split), l, threshold);
  }

  /**
   * A labelled image set ({@code x} pixels in [0, 1], {@code y} Fashion-MNIST's classes) as masks:
   * fields {@code x} (the images, as they are) and {@code y} (i32, a label per pixel, in
   * {@code x}'s shape).
   */
  public static DataSet of(DataSet images, Labels labels, double threshold) {
    checkThreshold(threshold);
    Tensor x = images.field("x");
    int[] y = images.field("y").ints();
    float[] pixels = x.floats();
    int n = y.length, per = pixels.length / Math.max(1, n);
    int[] mask = new int[pixels.length];
    for (int i = 0; i < n; i++) {
      if (y[i] < 0 || y[i] >= 10) {
        throw new DataException("label " + i + " of `" + images.name() + "` is " + y[i] + ", not a class of Fashion-MNIST (0 to 9)");
      }
      int item = labels.of(y[i]);
      for (int p = i * per; p < (i + 1) * per; p++) mask[p] = pixels[p] > threshold ? item : 0;
    }
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", x);
    fields.put("y", Tensor.i32(mask, x.shape()));
    Map<String, DataSet.Origin> origins = new LinkedHashMap<>();
    if (images.origin("x") != null) origins.put("x", images.origin("x"));
    return DataSet.batched("fashion_mnist_masks", fields, origins);
  }

  private static Labels labelling(String word) {
    Labels l = Labels.named(word);
    if (l == null) {
      throw new DataException("the `labels` of `fashion_mnist_masks` must be " + Labels.choices() + ", found \"" + word + "\"");
    }
    return l;
  }

  private static void checkThreshold(double threshold) {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new DataException("the `threshold` of `fashion_mnist_masks` must be at least 0 and below 1 (pixels are in [0, 1]), found "
          + threshold);
    }
  }
}
