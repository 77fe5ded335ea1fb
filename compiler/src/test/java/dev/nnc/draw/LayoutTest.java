package dev.nnc.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The layered layout on random graphs: boxes apart, edges from bottom to top, labels clear of boxes. */
class LayoutTest {
  @Test
  void isotonicKeepsOrderAndGaps() {
    double[] y = Layout.isotonic(new double[] {10, 0, 5}, new double[] {1, 1, 1}, new double[] {0, 4, 8});
    double[] x = {y[0], y[1] + 4, y[2] + 8};
    assertTrue(x[1] - x[0] >= 4 - 1e-9 && x[2] - x[1] >= 4 - 1e-9, () -> java.util.Arrays.toString(x));
    // Unconstrained targets stay where they are.
    assertArrayEquals(new double[] {0, 10, 20}, Layout.isotonic(new double[] {0, 10, 20}, new double[] {1, 1, 1}, new double[] {0, 0, 0}));
  }

  @Test
  void ranksPutEveryEdgeDownwardAndLeavesNextToTheirUse() {
    // 0 -> 1 -> 2 -> 3 and the leaf 4 -> 3: the leaf sits just above 3, not at the top.
    List<Layout.Link> links = List.of(link(0, 1), link(1, 2), link(2, 3), link(4, 3));
    int[] rank = Layout.ranks(5, links);
    for (Layout.Link l : links) assertTrue(rank[l.from()] < rank[l.to()]);
    assertEquals(rank[3] - 1, rank[4]);
  }

  private static Layout.Link link(int from, int to) { return new Layout.Link(from, to, 0.5, 40, 12); }

  @Test
  void randomGraphsHaveNoOverlapsAndDownwardRoutes() {
    Random random = new Random(7);
    for (int trial = 0; trial < 40; trial++) {
      int n = 2 + random.nextInt(60);
      List<Layout.Size> sizes = new ArrayList<>();
      for (int i = 0; i < n; i++) sizes.add(new Layout.Size(40 + random.nextInt(120), 20 + random.nextInt(30), i < n / 2 ? 0 : 1));
      List<Layout.Link> links = new ArrayList<>();
      for (int v = 1; v < n; v++) {
        int k = random.nextInt(4);
        for (int j = 0; j < k; j++) {
          int u = random.nextInt(v);
          // A backward box may read a forward one, never the reverse, as in a figure.
          if (sizes.get(u).group() <= sizes.get(v).group()) links.add(new Layout.Link(u, v, random.nextDouble(), 30 + random.nextInt(60), 12));
        }
      }
      Layout.Result r = Layout.of(sizes, links);
      assertEquals(n, r.boxes().size());
      for (int i = 0; i < n; i++) {
        Layout.Placed a = r.boxes().get(i);
        assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= r.width() + 1e-6 && a.y() + a.height() <= r.height() + 1e-6);
        for (int j = i + 1; j < n; j++) assertFalse(a.overlaps(r.boxes().get(j)), "trial " + trial + ": boxes " + i + ", " + j);
      }
      for (int e = 0; e < links.size(); e++) {
        Layout.Link l = links.get(e);
        Layout.Route route = r.routes().get(e);
        Layout.Placed from = r.boxes().get(l.from()), to = r.boxes().get(l.to());
        List<Layout.Point> p = route.points();
        assertEquals(from.x() + from.width() / 2, p.get(0).x(), 1e-6);
        assertEquals(from.y() + from.height(), p.get(0).y(), 1e-6);
        assertEquals(to.x() + l.port() * to.width(), p.get(p.size() - 1).x(), 1e-6);
        assertEquals(to.y(), p.get(p.size() - 1).y(), 1e-6);
        for (int k = 1; k < p.size(); k++) assertTrue(p.get(k).y() >= p.get(k - 1).y(), "a route goes up");
        assertNotNull(route.label());
        Layout.Placed label = new Layout.Placed(route.label().x() - l.labelWidth() / 2, route.label().y() - l.labelHeight() / 2,
            l.labelWidth(), l.labelHeight());
        for (Layout.Placed b : r.boxes()) assertFalse(label.overlaps(b), "trial " + trial + ": a label covers a box");
      }
    }
  }
}
