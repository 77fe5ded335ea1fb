package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fashion-MNIST with a caption per image, for contrastive image-text models (CLIP): the caption
 * is an English sentence naming the image's class ("a photo of a sneaker"), written with one of
 * {@link #TEMPLATES}, as ASCII codes ({@link Text}'s vocabulary) padded with 0 (NUL) to
 * {@code length}. Which template an image gets is a pure function of its index (SplitMix), so
 * every class is written with every template, and a model has to read the words to match an
 * image to its caption. The label stays in the data set as {@code y}, for scoring a zero-shot
 * classifier against it; a model that trains on the captions need not read it.
 */
public final class Captions {
  private Captions() {}

  /** Fashion-MNIST's classes as the captions name them, by label. */
  public static final List<String> CLASSES =
      List.of("t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot");

  /** The caption templates; {@code {}} is the class with its article ("a sneaker", "an ankle boot"). */
  public static final List<String> TEMPLATES = List.of(
      "a photo of {}", "a picture of {}", "an image of {}", "a small photo of {}", "a black and white photo of {}",
      "a low resolution photo of {}", "this is {}", "{}");

  /** The longest caption, in characters: the least {@code length} the data set takes. */
  public static final int LONGEST = longest();

  /** Stream purpose of the template choice. */
  private static final long TEMPLATE = 16;

  /** The caption of a class with a template: {@code caption(7, 0)} is "a photo of a sneaker". */
  public static String caption(int label, int template) {
    String name = CLASSES.get(label);
    String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    return TEMPLATES.get(template).replace("{}", article + name);
  }

  /** The template of the image at {@code index}. */
  public static int template(int index) {
    return SplitMix.of(TEMPLATE, index).nextInt(TEMPLATES.size());
  }

  /** Fashion-MNIST's split from {@link Datasets#fashionMnistDir()} with captions of {@code length} characters. */
  public static DataSet fashionMnist(String split, int length) {
    return of(Datasets.fashionMnist(split), length);
  }

  /**
   * A labelled image set ({@code x}, {@code y} with Fashion-MNIST's classes) with its captions:
   * fields {@code x}, {@code caption} (i32[n, length]) and {@code y}.
   */
  public static DataSet of(DataSet images, int length) {
    if (length < LONGEST) {
      throw new DataException("the `length` of `fashion_mnist_captions` must be at least " + LONGEST
          + " (its longest caption), found " + length);
    }
    int[] y = images.field("y").ints();
    int[] caption = new int[Math.multiplyExact(y.length, length)];
    for (int i = 0; i < y.length; i++) {
      if (y[i] < 0 || y[i] >= CLASSES.size()) {
        throw new DataException("label " + i + " of `" + images.name() + "` is " + y[i] + ", not a class of Fashion-MNIST (0 to 9)");
      }
      String c = caption(y[i], template(i));
      for (int t = 0; t < c.length(); t++) caption[i * length + t] = Text.token(c.charAt(t));
    }
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", images.field("x"));
    fields.put("caption", Tensor.i32(caption, y.length, length));
    fields.put("y", images.field("y"));
    Map<String, DataSet.Origin> origins = new LinkedHashMap<>();
    for (String f : List.of("x", "y")) if (images.origin(f) != null) origins.put(f, images.origin(f));
    return DataSet.batched("fashion_mnist_captions", fields, origins);
  }

  private static int longest() {
    return longestCaption().length();
  }

  /** The longest caption (the first of them, by class then template). */
  public static String longestCaption() {
    String best = "";
    for (int c = 0; c < CLASSES.size(); c++) {
      for (int t = 0; t < TEMPLATES.size(); t++) if (caption(c, t).length() > best.length()) best = caption(c, t);
    }
    return best;
  }
}
