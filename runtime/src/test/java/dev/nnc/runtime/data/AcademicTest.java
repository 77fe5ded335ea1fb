package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxTest.fault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.DType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The synthetic academic graph (Datasets.academic): a heterogeneous graph of papers, authors and
 * venues, its fields and sizes, its determinism, the rates it draws its typed edges with, and
 * its faults.
 */
class AcademicTest {
  static DataSet graph(long seed) {
    return Datasets.academic(400, 100, 8, 4, 16, 0.8, 0.7, seed);
  }

  @Test
  void theFieldsAreThePapersAndOneAdjacencyPerEdgeType() {
    DataSet d = graph(1);
    assertFalse(d.isBatched(), "one whole graph");
    assertEquals(List.of("x", "paper_author", "paper_venue", "y", "mask"), List.copyOf(d.fields().keySet()));
    d.expect("x", DType.F32, 400, 16);
    d.expect("paper_author", DType.F32, 400, 100);
    d.expect("paper_venue", DType.F32, 400, 8);
    assertArrayEquals(new int[] {400, 100}, d.field("paper_author").shape());
    assertArrayEquals(new int[] {400}, d.field("y").shape());
    assertEquals(DType.I32, d.field("y").dtype());
    assertEquals(DType.BOOL, d.field("mask").dtype());
    // the language's defaults are the sample's graph but for the seed
    DataSet byName = Datasets.load("academic", Map.of("seed", 1));
    assertEquals(d.fields(), byName.fields());
  }

  @Test
  void itIsAPureFunctionOfItsArguments() {
    DataSet a = graph(1);
    assertEquals(a.fields(), graph(1).fields(), "bit-identical for the same seed");
    DataSet b = graph(2);
    assertNotEquals(a.field("paper_author"), b.field("paper_author"));
    assertNotEquals(a.field("paper_venue"), b.field("paper_venue"));
    assertNotEquals(a.field("x"), b.field("x"));
    assertEquals(a.field("y"), b.field("y"), "topics are contiguous blocks, not drawn");
    assertEquals(a.field("mask"), b.field("mask"));
  }

  @Test
  void topicsAuthorsVenuesAndTheLabelledPapers() {
    DataSet d = graph(1);
    int[] y = d.field("y").ints();
    for (int i = 0; i < 400; i++) assertEquals(i / 100, y[i], "paper " + i);
    boolean[] mask = d.field("mask").bools();
    int labelled = 0;
    for (int i = 0; i < 400; i++) {
      assertEquals(i % 100 < 10, mask[i], "the first tenth of each topic is labelled: paper " + i);
      if (mask[i]) labelled++;
    }
    assertEquals(40, labelled);
    float[] pa = d.field("paper_author").floats(), pv = d.field("paper_venue").floats();
    int ownAuthors = 0, authorships = 0, ownVenues = 0;
    for (int i = 0; i < 400; i++) {
      int authors = 0;
      for (int a = 0; a < 100; a++) {
        float e = pa[i * 100 + a];
        assertTrue(e == 0 || e == 1, "0 or 1");
        if (e == 1) {
          authors++;
          if (a / 25 == y[i]) ownAuthors++;
        }
      }
      assertTrue(authors >= 1 && authors <= 3, "paper " + i + " has " + authors + " authors");
      authorships += authors;
      int venues = 0;
      for (int v = 0; v < 8; v++) {
        float e = pv[i * 8 + v];
        assertTrue(e == 0 || e == 1, "0 or 1");
        if (e == 1) {
          venues++;
          if (v / 2 == y[i]) ownVenues++;
        }
      }
      assertEquals(1, venues, "paper " + i + " appears at one venue");
    }
    // an author draw is of the paper's topic with p_author + (1 - p_author) / topics = 0.85,
    // a venue with p_venue + (1 - p_venue) / topics = 0.775
    assertEquals(0.85, (double) ownAuthors / authorships, 0.04);
    assertEquals(0.775, ownVenues / 400.0, 0.05);
    assertEquals(2.0, authorships / 400.0, 0.15, "1 to 3 author draws, a few repeated");
  }

  @Test
  void theFeaturesCarryATopicMeanUnderUnitNoise() {
    DataSet d = graph(1);
    float[] x = d.field("x").floats();
    double[][] mean = new double[4][16];
    for (int i = 0; i < 400; i++) for (int k = 0; k < 16; k++) mean[i / 100][k] += x[i * 16 + k] / 100.0;
    double noise = 0;
    for (int i = 0; i < 400; i++) for (int k = 0; k < 16; k++) noise += Math.pow(x[i * 16 + k] - mean[i / 100][k], 2);
    assertEquals(1.0, noise / (400 * 16), 0.1, "unit noise around each topic's mean");
    double spread = 0;
    for (double[] m : mean) for (double v : m) spread += v * v;
    assertEquals(Datasets.ACADEMIC_SIGNAL * Datasets.ACADEMIC_SIGNAL, spread / (4 * 16), 0.1, "means of scale 0.4");
  }

  @Test
  void badArgumentsAreFaults() {
    fault(null, () -> Datasets.academic(3, 100, 8, 4, 16, 0.8, 0.7, 0), "academic: `papers` must be at least `topics` (4), found 3");
    fault(null, () -> Datasets.academic(400, 3, 8, 4, 16, 0.8, 0.7, 0), "`authors` must be at least `topics` (4), found 3");
    fault(null, () -> Datasets.academic(400, 100, 2, 4, 16, 0.8, 0.7, 0), "`venues` must be at least `topics` (4), found 2");
    fault(null, () -> Datasets.academic(400, 100, 8, 0, 16, 0.8, 0.7, 0), "`topics` must be at least 1, found 0");
    fault(null, () -> Datasets.academic(400, 100, 8, 4, 0, 0.8, 0.7, 0), "`features` must be at least 1, found 0");
    fault(null, () -> Datasets.academic(400, 100, 8, 4, 16, 1.2, 0.7, 0), "academic: `p_author` must be in [0, 1], found 1.2");
    fault(null, () -> Datasets.academic(400, 100, 8, 4, 16, 0.8, -0.1, 0), "`p_venue` must be in [0, 1], found -0.1");
    fault(null, () -> Datasets.load("academic", Map.of("edges", 3)), "`academic` has no argument `edges`");
  }
}
