package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heterogeneous academic graph (`academic`: papers, authors, venues, typed paper-author and
 * paper-venue adjacencies): HAN (samples/han_academic.nn, attention within and over the
 * meta-paths P-A-P and P-V-P) and the plain GCN on the meta-paths merged
 * (samples/gcn_academic.nn) train through `nnc train` on the JVM backend with no fallback, and
 * HAN classifies the unlabelled papers better. A bad argument of the data set is a located
 * value.range.
 */
class AcademicGraphTest {
  @TempDir Path out;

  private static final Pattern ACCURACY = Pattern.compile("(?m)^accuracy on the (\\d+) unlabelled nodes: ([0-9.]+)% \\((\\d+) right\\)$");

  /** The accuracy on the unlabelled papers after {@code epochs} epochs of the sample's train block on the JVM backend. */
  private double accuracy(String sample, int epochs) {
    Samples.Result r = Samples.run("train", Samples.file(sample).toString(), "--device", "jvm", "--epochs", String.valueOf(epochs), "-q",
        "--out", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("", r.err(), () -> "no note, no fallback\n" + r.all());
    assertTrue(r.out().contains(" with the JVM backend "), r::all);
    Matcher m = ACCURACY.matcher(r.out());
    assertTrue(m.find(), r::all);
    assertEquals("360", m.group(1), () -> "400 papers, 40 labelled\n" + r.all());
    return Double.parseDouble(m.group(2));
  }

  /**
   * 30 epochs of each (the train blocks run 100: 88.3% and 76.9%, docs/samples.md); after 30 the
   * JVM backend gave HAN 82.8% and the GCN 76.9%. Floors about 3 points under, and HAN at least 3
   * points over the GCN.
   */
  @Test
  void hanBeatsTheGcnOnTheMergedMetaPaths() {
    double han = accuracy("han_academic", 30), gcn = accuracy("gcn_academic", 30);
    System.out.printf("academic graph after 30 epochs on the JVM: HAN %.1f%%, GCN on the merged meta-paths %.1f%% of the unlabelled papers%n",
        han, gcn);
    assertTrue(han >= 80, "HAN: " + han + "% < 80%");
    assertTrue(gcn >= 74, "GCN: " + gcn + "% < 74%");
    assertTrue(han >= gcn + 3, "HAN " + han + "% is not 3 points over the GCN's " + gcn + "%");
  }

  @Test
  void tooFewPapersIsValueRangeAtTheArgument() throws IOException {
    String text = Files.readString(Samples.file("han_academic"));
    String from = "papers: 400";
    String[] lines = text.split("\n", -1);
    String place = null;
    for (int i = 0; i < lines.length && place == null; i++) {
      int at = lines[i].indexOf(from);
      if (at >= 0) place = (i + 1) + ":" + (at + "papers: ".length() + 1);
    }
    assertTrue(place != null, "han_academic names its papers");
    Path f = out.resolve("han_academic.nn");
    Files.writeString(f, text.replace(from, "papers: 2"));
    Samples.Result r = Samples.run("check", "--format", "raw", f.toString());
    assertEquals(1, r.exit(), r::all);
    assertFalse(r.all().contains("internal error") || r.all().contains("Exception"), r::all);
    String line = f + ":" + place + ": value.range: `papers` of `academic` must be between 4 and 46340, found 2";
    assertTrue(r.out().contains(line), () -> "expected `" + line + "`\n" + r.all());
    Samples.Result t = Samples.run("train", f.toString(), "--out", out.toString());
    assertEquals(1, t.exit(), t::all);
    assertTrue(t.all().contains("value.range"), t::all);
  }

  @Test
  void aProbabilityOverOneIsValueRangeAtTheArgument() throws IOException {
    String text = Files.readString(Samples.file("gcn_academic"));
    String from = "seed: 1)";
    assertTrue(text.contains("academic(papers: 400") && text.contains(from), "gcn_academic's data set");
    Path f = out.resolve("gcn_academic.nn");
    Files.writeString(f, text.replace(from, "seed: 1, p_venue: 1.5)"));
    String line = text.lines().filter(l -> l.contains(from)).findFirst().orElseThrow();
    int lineNo = text.lines().toList().indexOf(line) + 1, col = line.indexOf(from) + "seed: 1, p_venue: ".length() + 1;
    Samples.Result r = Samples.run("check", "--format", "raw", f.toString());
    assertEquals(1, r.exit(), r::all);
    String expected = f + ":" + lineNo + ":" + col + ": value.range: `p_venue` of `academic` must be between 0 and 1, found 1.5";
    assertTrue(r.out().contains(expected), () -> "expected `" + expected + "`\n" + r.all());
  }
}
