package dev.nnc.draw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A layered drawing of a directed acyclic graph, top to bottom, in the manner of Sugiyama et al.
 * and Graphviz's dot: rank the nodes by their longest path from the leaves (a node with no more
 * inputs than uses then moves down to just above its first consumer), split every edge into one
 * segment per row with virtual nodes, give each edge's label a virtual node of its own in the
 * row just above its target (so labels take space like boxes and never overlap them), order
 * every row by barycenter sweeps that keep the smallest crossing count found, place the boxes by
 * repeated weighted isotonic regression towards their neighbours (which keeps boxes apart
 * exactly), then straighten the lanes of long edges where the rows leave room. Boxes of group 0
 * stay left of boxes of group 1 in every row.
 */
public final class Layout {
  /** Horizontal space between two boxes. */
  static final double BOX_GAP = 24;
  /** Horizontal space beside a virtual node (an edge passing through a row). */
  static final double LINE_GAP = 6;
  /** Vertical space between rows, where edges curve from one column to another. */
  static final double ROW_GAP = 18;
  static final double MARGIN = 16;
  private static final int SWEEPS = 24;
  private static final int PLACEMENT_ROUNDS = 12;

  private Layout() {}

  /** A box to place: its size and group. */
  public record Size(double width, double height, int group) {}

  /**
   * An edge from box {@code from} to box {@code to}, entering it at {@code port} (0 = its left
   * side, 1 = its right side), with a label of the given size (0 by 0 for none).
   */
  public record Link(int from, int to, double port, double labelWidth, double labelHeight) {}

  public record Point(double x, double y) {}

  /** A placed box; x and y are its top-left corner. */
  public record Placed(double x, double y, double width, double height) {
    public boolean overlaps(Placed o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  /**
   * The path of an edge: straight where consecutive points share an x, else a curve with
   * vertical ends; and the centre of its label.
   */
  public record Route(List<Point> points, Point label) {
    public Route { points = List.copyOf(points); }
  }

  public record Result(List<Placed> boxes, List<Route> routes, double width, double height, int rows) {
    public Result {
      boxes = List.copyOf(boxes);
      routes = List.copyOf(routes);
    }
  }

  /** One vertex of the layered graph: a box, or a point where an edge crosses a row. */
  private static final class Vertex {
    final int box;            // the box, or -1 for a virtual node
    final int link;           // the edge of a virtual node
    final int row;
    final int group;
    final double width, height;
    final boolean label;
    final List<Vertex> up = new ArrayList<>();
    final List<Vertex> down = new ArrayList<>();
    /** For each vertex in {@code up}, where the segment enters this vertex, relative to its centre. */
    final List<Double> upPort = new ArrayList<>();
    int pos;
    double x;

    Vertex(int box, int link, int row, int group, double width, double height, boolean label) {
      this.box = box;
      this.link = link;
      this.row = row;
      this.group = group;
      this.width = width;
      this.height = height;
      this.label = label;
    }

    boolean virtual() { return box < 0; }
  }

  public static Result of(List<Size> sizes, List<Link> links) {
    int n = sizes.size();
    int[] rank = ranks(n, links);
    int rowCount = 1;
    for (int r : rank) rowCount = Math.max(rowCount, 2 * r + 1);
    List<List<Vertex>> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) rows.add(new ArrayList<>());
    Vertex[] boxes = new Vertex[n];
    for (int i = 0; i < n; i++) {
      Size s = sizes.get(i);
      boxes[i] = new Vertex(i, -1, 2 * rank[i], s.group(), s.width(), s.height(), false);
      rows.get(boxes[i].row).add(boxes[i]);
    }
    // The virtual nodes of each edge, top to bottom; the last carries the label.
    List<List<Vertex>> chains = new ArrayList<>();
    for (int e = 0; e < links.size(); e++) {
      Link l = links.get(e);
      Vertex from = boxes[l.from()], to = boxes[l.to()];
      List<Vertex> chain = new ArrayList<>();
      Vertex prev = from;
      for (int r = from.row + 1; r < to.row; r++) {
        boolean label = r == to.row - 1;
        Vertex v = label
            ? new Vertex(-1, e, r, to.group, Math.max(l.labelWidth(), 2), l.labelHeight(), true)
            : new Vertex(-1, e, r, to.group, 2, 0, false);
        connect(prev, v, 0);
        rows.get(r).add(v);
        chain.add(v);
        prev = v;
      }
      connect(prev, to, (l.port() - 0.5) * to.width);
      chains.add(chain);
    }
    order(rows);
    place(rows);
    straighten(rows, chains, boxes, links);
    return geometry(rows, boxes, chains, links);
  }

  private static void connect(Vertex upper, Vertex lower, double port) {
    upper.down.add(lower);
    lower.up.add(upper);
    lower.upPort.add(port);
  }

  /** Longest path from the leaves; then nodes with few inputs move down towards their consumers. */
  static int[] ranks(int n, List<Link> links) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new ArrayList<>());
    int[] indegree = new int[n];
    for (Link l : links) {
      out.get(l.from()).add(l.to());
      indegree[l.to()]++;
    }
    int[] rank = new int[n];
    int[] left = indegree.clone();
    Deque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) if (left[i] == 0) ready.add(i);
    int seen = 0;
    List<Integer> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      int u = ready.poll();
      order.add(u);
      seen++;
      for (int v : out.get(u)) {
        rank[v] = Math.max(rank[v], rank[u] + 1);
        if (--left[v] == 0) ready.add(v);
      }
    }
    if (seen != n) throw new IllegalArgumentException("the graph has a cycle");
    // Consumers before producers: a node with at least as many uses as inputs moves down to just
    // above its first consumer, which shortens its edges in all (or keeps their total and puts it
    // beside its use: a weight's transpose beside the matmul that reads it).
    for (int k = order.size() - 1; k >= 0; k--) {
      int i = order.get(k);
      if (out.get(i).isEmpty() || out.get(i).size() < indegree[i]) continue;
      int first = Integer.MAX_VALUE;
      for (int v : out.get(i)) first = Math.min(first, rank[v]);
      rank[i] = first - 1;
    }
    return rank;
  }

  // ------------------------------------------------------------------ ordering

  private static void order(List<List<Vertex>> rows) {
    // Start from a breadth-first order: each row sorted by its parents' positions.
    for (int r = 0; r < rows.size(); r++) {
      number(rows.get(r));
      if (r > 0) sortRow(rows.get(r), true);
    }
    List<List<Vertex>> best = snapshot(rows);
    long bestCrossings = crossings(rows);
    int stale = 0;
    for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0 && stale < 6; sweep++) {
      boolean downward = sweep % 2 == 0;
      if (downward) {
        for (int r = 1; r < rows.size(); r++) sortRow(rows.get(r), true);
      } else {
        for (int r = rows.size() - 2; r >= 0; r--) sortRow(rows.get(r), false);
      }
      long c = crossings(rows);
      if (c < bestCrossings) {
        bestCrossings = c;
        best = snapshot(rows);
        stale = 0;
      } else {
        stale++;
      }
    }
    restore(rows, best);
  }

  private static void sortRow(List<Vertex> row, boolean byUpper) {
    double[] key = new double[row.size()];
    for (Vertex v : row) {
      List<Vertex> ns = byUpper ? v.up : v.down;
      if (ns.isEmpty()) {
        key[v.pos] = v.pos;
        continue;
      }
      double sum = 0;
      for (int i = 0; i < ns.size(); i++) {
        Vertex w = ns.get(i);
        double port = 0;
        if (byUpper) {
          port = v.virtual() || v.width == 0 ? 0 : v.upPort.get(i) / v.width * -0.8;
        } else {
          int k = w.up.indexOf(v);
          port = w.virtual() || w.width == 0 ? 0 : w.upPort.get(k) / w.width * 0.8;
        }
        sum += w.pos + port;
      }
      key[v.pos] = sum / ns.size();
    }
    List<Vertex> sorted = new ArrayList<>(row);
    sorted.sort(Comparator.<Vertex>comparingInt(v -> v.group).thenComparingDouble(v -> key[v.pos]).thenComparingInt(v -> v.pos));
    row.clear();
    row.addAll(sorted);
    number(row);
  }

  private static void number(List<Vertex> row) {
    for (int i = 0; i < row.size(); i++) row.get(i).pos = i;
  }

  private static List<List<Vertex>> snapshot(List<List<Vertex>> rows) {
    List<List<Vertex>> out = new ArrayList<>();
    for (List<Vertex> row : rows) out.add(new ArrayList<>(row));
    return out;
  }

  private static void restore(List<List<Vertex>> rows, List<List<Vertex>> order) {
    for (int r = 0; r < rows.size(); r++) {
      rows.get(r).clear();
      rows.get(r).addAll(order.get(r));
      number(rows.get(r));
    }
  }

  /** The number of pairs of segments that cross, over all pairs of adjacent rows. */
  static long crossings(List<List<Vertex>> rows) {
    long total = 0;
    for (int r = 0; r + 1 < rows.size(); r++) {
      List<int[]> segs = new ArrayList<>();
      for (Vertex u : rows.get(r)) for (Vertex v : u.down) segs.add(new int[] {u.pos, v.pos});
      segs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      int size = rows.get(r + 1).size();
      int[] tree = new int[size + 1];
      int count = 0;
      for (int[] s : segs) {
        // Earlier segments (smaller upper end) whose lower end lies right of this one cross it.
        int le = 0;
        for (int i = s[1] + 1; i > 0; i -= i & -i) le += tree[i];
        total += count - le;
        for (int i = s[1] + 1; i <= size; i += i & -i) tree[i]++;
        count++;
      }
    }
    return total;
  }

  // ------------------------------------------------------------------ placement

  private static double gap(Vertex a, Vertex b) {
    double g = a.virtual() && b.virtual() ? LINE_GAP : a.virtual() || b.virtual() ? (LINE_GAP + BOX_GAP) / 2 : BOX_GAP;
    if (a.label || b.label) g = Math.max(g, 10);
    return (a.width + b.width) / 2 + g;
  }

  private static void place(List<List<Vertex>> rows) {
    for (List<Vertex> row : rows) {
      double x = 0;
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) x += gap(row.get(i - 1), row.get(i));
        row.get(i).x = x;
      }
    }
    for (int round = 0; round < PLACEMENT_ROUNDS; round++) {
      boolean both = round >= PLACEMENT_ROUNDS - 2;
      for (int r = 1; r < rows.size(); r++) align(rows.get(r), true, both);
      for (int r = rows.size() - 2; r >= 0; r--) align(rows.get(r), false, both);
    }
  }

  /** Moves a row's vertices towards their neighbours above or below, keeping order and gaps. */
  private static void align(List<Vertex> row, boolean upper, boolean both) {
    int k = row.size();
    if (k == 0) return;
    double[] target = new double[k], weight = new double[k];
    for (int i = 0; i < k; i++) {
      Vertex v = row.get(i);
      double sum = 0;
      int count = 0;
      if (upper || both) {
        for (int j = 0; j < v.up.size(); j++) {
          sum += v.up.get(j).x - v.upPort.get(j);
          count++;
        }
      }
      if (!upper || both) {
        for (Vertex w : v.down) {
          sum += w.x + w.upPort.get(w.up.indexOf(v));
          count++;
        }
      }
      target[i] = count == 0 ? v.x : sum / count;
      weight[i] = count == 0 ? 0.05 : v.virtual() ? 4 : 1;
    }
    double[] offset = new double[k];
    for (int i = 1; i < k; i++) offset[i] = offset[i - 1] + gap(row.get(i - 1), row.get(i));
    double[] y = isotonic(target, weight, offset);
    for (int i = 0; i < k; i++) row.get(i).x = y[i] + offset[i];
  }

  /**
   * Minimizes the weighted squared distance of y_i + offset_i to target_i over nondecreasing y
   * (pool adjacent violators); then x_i = y_i + offset_i keeps every gap at least its minimum.
   */
  static double[] isotonic(double[] target, double[] weight, double[] offset) {
    int k = target.length;
    double[] mean = new double[k], w = new double[k];
    int[] len = new int[k];
    int blocks = 0;
    for (int i = 0; i < k; i++) {
      mean[blocks] = target[i] - offset[i];
      w[blocks] = weight[i];
      len[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        double ww = w[blocks - 2] + w[blocks - 1];
        mean[blocks - 2] = (mean[blocks - 2] * w[blocks - 2] + mean[blocks - 1] * w[blocks - 1]) / ww;
        w[blocks - 2] = ww;
        len[blocks - 2] += len[blocks - 1];
        blocks--;
      }
    }
    double[] y = new double[k];
    int at = 0;
    for (int b = 0; b < blocks; b++) for (int j = 0; j < len[b]; j++) y[at++] = mean[b];
    return y;
  }

  /**
   * Makes the lane of each long edge one vertical line where the rows leave room: its virtual
   * nodes move together to the feasible x (its source, its target's port, or the median of its
   * lane) that moves them least and bends its ends least; the longest edges go first.
   */
  private static void straighten(List<List<Vertex>> rows, List<List<Vertex>> chains, Vertex[] boxes, List<Link> links) {
    List<Integer> byLength = new ArrayList<>();
    for (int e = 0; e < chains.size(); e++) if (chains.get(e).size() > 1) byLength.add(e);
    byLength.sort(Comparator.comparingInt(e -> -chains.get(e).size()));
    for (int e : byLength) {
      List<Vertex> chain = chains.get(e);
      Link l = links.get(e);
      double source = boxes[l.from()].x, target = boxes[l.to()].x + (l.port() - 0.5) * boxes[l.to()].width;
      double[] xs = chain.stream().mapToDouble(v -> v.x).sorted().toArray();
      double best = Double.NaN, bestCost = Double.MAX_VALUE;
      for (double c : new double[] {source, target, xs[xs.length / 2]}) {
        boolean fits = true;
        double cost = Math.abs(c - source) + Math.abs(c - target);
        for (Vertex v : chain) {
          if (!fits(rows.get(v.row), v, c)) {
            fits = false;
            break;
          }
          cost += Math.abs(v.x - c);
        }
        if (fits && cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
      if (!Double.isNaN(best)) for (Vertex v : chain) v.x = best;
    }
    // Where no one x fits a whole lane, keep each piece of it straight as far as the rows allow.
    for (int e : byLength) {
      double x = boxes[links.get(e).from()].x;
      for (Vertex v : chains.get(e)) {
        if (fits(rows.get(v.row), v, x)) v.x = x;
        else x = v.x;
      }
    }
  }

  private static boolean fits(List<Vertex> row, Vertex v, double x) {
    return (v.pos == 0 || x - row.get(v.pos - 1).x >= gap(row.get(v.pos - 1), v) - 1e-9)
        && (v.pos + 1 == row.size() || row.get(v.pos + 1).x - x >= gap(v, row.get(v.pos + 1)) - 1e-9);
  }

  // ------------------------------------------------------------------ geometry

  private static Result geometry(List<List<Vertex>> rows, Vertex[] boxes, List<List<Vertex>> chains, List<Link> links) {
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
    for (List<Vertex> row : rows) {
      for (Vertex v : row) {
        minX = Math.min(minX, v.x - v.width / 2);
        maxX = Math.max(maxX, v.x + v.width / 2);
      }
    }
    if (minX > maxX) minX = maxX = 0;
    double shift = MARGIN - minX;
    double[] top = new double[rows.size()], height = new double[rows.size()];
    double y = MARGIN;
    for (int r = 0; r < rows.size(); r++) {
      for (Vertex v : rows.get(r)) height[r] = Math.max(height[r], v.height);
      top[r] = y;
      y += height[r] + ROW_GAP;
    }
    List<Placed> placed = new ArrayList<>();
    for (Vertex v : boxes) {
      placed.add(new Placed(v.x + shift - v.width / 2, top[v.row] + (height[v.row] - v.height) / 2, v.width, v.height));
    }
    List<Route> routes = new ArrayList<>();
    for (int e = 0; e < links.size(); e++) {
      Link l = links.get(e);
      Placed from = placed.get(l.from()), to = placed.get(l.to());
      List<Point> pts = new ArrayList<>();
      double fx = from.x() + from.width() / 2;
      pts.add(new Point(fx, from.y() + from.height()));
      pts.add(new Point(fx, top[boxes[l.from()].row] + height[boxes[l.from()].row]));
      Point label = null;
      for (Vertex v : chains.get(e)) {
        double x = v.x + shift;
        pts.add(new Point(x, top[v.row]));
        pts.add(new Point(x, top[v.row] + height[v.row]));
        if (v.label) label = new Point(x, top[v.row] + height[v.row] / 2);
      }
      double tx = to.x() + l.port() * to.width();
      pts.add(new Point(tx, top[boxes[l.to()].row]));
      pts.add(new Point(tx, to.y()));
      routes.add(new Route(dedupe(pts), label));
    }
    return new Result(placed, routes, maxX - minX + 2 * MARGIN, y - ROW_GAP + MARGIN, rows.size());
  }

  /** Drops repeated points and the middle of three on one vertical line. */
  private static List<Point> dedupe(List<Point> pts) {
    List<Point> out = new ArrayList<>();
    for (Point p : pts) {
      int n = out.size();
      if (n > 0 && out.get(n - 1).equals(p)) continue;
      if (n > 1 && Math.abs(out.get(n - 2).x() - p.x()) < 0.05 && Math.abs(out.get(n - 1).x() - p.x()) < 0.05) out.remove(n - 1);
      out.add(p);
    }
    return out;
  }
}
