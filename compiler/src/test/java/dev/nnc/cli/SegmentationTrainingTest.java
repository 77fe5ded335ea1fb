package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnc.runtime.data.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/unet_segmentation.nn labels every pixel of Fashion-MNIST's test images (background, top,
 * trouser, footwear, bag: fashion_mnist_masks). Trained 60 steps on the JVM backend, its pixel
 * accuracy and mean IoU (from `nnc eval`) are far above those of calling every pixel background:
 * 54.56% of the test set's pixels, and a mean IoU of 10.91% (the background's 54.56% over five
 * classes, the others 0). The floors are about 6 and 8 points under the 90.99% and 57.93% this
 * test reached when they were set. The longer run, and the ViT with a DPT head beside it, are in
 * docs/samples.md.
 */
class SegmentationTrainingTest {
  @TempDir Path out;

  static final int STEPS = 60;
  /** Every pixel background: the share of background pixels, and its IoU over the five classes. */
  static final double TRIVIAL_ACCURACY = 54.56, TRIVIAL_IOU = 10.91;
  /** The floors, in percent: 30 and 39 points above the trivial scores. */
  static final double ACCURACY_FLOOR = 85, IOU_FLOOR = 50;

  static final Pattern ACCURACY =
      Pattern.compile("(?m)^accuracy on fashion_mnist_masks\\(\"test\"\\) \\(10000 samples\\): ([0-9.]+)%$");
  static final Pattern EVAL = Pattern.compile("\"accuracy\":([0-9.]+),\"correct\":([0-9]+),");
  static final Pattern IOU = Pattern.compile("\"positions\":7840000,\"mean_iou\":([0-9.]+),");

  @Test
  void theUNetBeatsAllBackgroundAfterAFewDozenSteps() {
    assumeTrue(Files.isDirectory(Datasets.fashionMnistDir()), "no Fashion-MNIST here");
    Samples.Result r = Samples.run("train", Samples.file("unet_segmentation").toString(), "--device", "jvm", "--steps",
        String.valueOf(STEPS), "-q", "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    Matcher m = ACCURACY.matcher(r.out());
    assertTrue(m.find(), r::all);
    double trained = Double.parseDouble(m.group(1));

    Samples.Result e = Samples.run("eval", Samples.file("unet_segmentation").toString(), "--checkpoint",
        out.resolve("UNetSegmentation.safetensors").toString(), "--device", "jvm", "--format", "json");
    assertEquals(Main.OK, e.exit(), e::all);
    Matcher j = EVAL.matcher(e.out());
    assertTrue(j.find(), e::all);
    // Training prints the pixel accuracy to two decimals; eval counts the right pixels of 7,840,000.
    assertEquals(String.format(Locale.ROOT, "%.2f", trained), String.format(Locale.ROOT, "%.2f", Long.parseLong(j.group(2)) / 78400.0),
        "eval's pixel accuracy is training's\n" + e.all());
    Matcher iou = IOU.matcher(e.out());
    assertTrue(iou.find(), e::all);
    double meanIou = 100 * Double.parseDouble(iou.group(1));
    System.out.printf("unet_segmentation after %d steps: %.2f%% pixel accuracy, %.2f%% mean IoU%n", STEPS, trained, meanIou);
    assertTrue(trained >= ACCURACY_FLOOR, "pixel accuracy " + trained + "% < " + ACCURACY_FLOOR + "%\n" + r.all());
    assertTrue(meanIou >= IOU_FLOOR, "mean IoU " + meanIou + "% < " + IOU_FLOOR + "%\n" + e.all());
  }
}
