package dev.nnc.opencl;

import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.plan.Dims;
import dev.nnc.plan.LaunchPlan;
import dev.nnc.plan.Window;
import dev.nnc.shape.Dim;
import java.util.List;

/**
 * The OpenCL C of the anchors that are not elementwise: a tiled matrix product, direct
 * convolutions and max pooling (one work-item per output element, summing in a fixed
 * order), and scatter-add (one work-item per output element looping over the sources in
 * order, so repeated indices add up the same every run, without atomics). Sizes are read
 * from the size table {@code d}; every kernel's parameters are its buffers, then {@code d}.
 */
final class LibraryKernels {
  private LibraryKernels() {}

  /** A kernel's text and the axes of work it launches over, as size formulas and a work-group shape. */
  record Source(String text, int[] slots, List<Dim> global, int[] local) {}

  /**
   * A batched product C = op(A) op(B) in square tiles of {@code tile} x {@code tile} work-items,
   * each work-item one element of C, the tiles of A and B staged in local memory. Each
   * element sums its k products in order, so the result does not depend on the tile.
   */
  static Source matmul(String name, String comment, LaunchPlan.Matmul m, java.util.Map<Node, Integer> slotOf, Dims dims, int tile) {
    String a = m.transA() ? "A[(k) * M + (r)]" : "A[(r) * K + (k)]";
    String b = m.transB() ? "B[(c) * K + (k)]" : "B[(k) * N + (c)]";
    String t = Integer.toString(tile);
    String text = "// " + comment + "\n"
        + "__kernel __attribute__((reqd_work_group_size(" + t + ", " + t + ", 1)))\n"
        + "void " + name + "(__global const float* restrict A, __global const float* restrict B, __global float* restrict C,"
        + " __global const int* restrict d) {\n"
        + "  const int M = d[" + dims.slot(m.m()) + "], N = d[" + dims.slot(m.n()) + "], K = d[" + dims.slot(m.k()) + "];\n"
        + "  const int batch = get_global_id(2);\n"
        + "  A += batch * M * K;\n  B += batch * K * N;\n  C += batch * M * N;\n"
        + "  const int lr = get_local_id(1), lc = get_local_id(0);\n"
        + "  const int row = get_group_id(1) * " + t + " + lr, col = get_group_id(0) * " + t + " + lc;\n"
        + "  __local float As[" + t + "][" + (tile + 1) + "], Bs[" + t + "][" + (tile + 1) + "];\n"
        + "  float acc = 0.0f;\n"
        + "  for (int t = 0; t < K; t += " + t + ") {\n"
        + "    { const int r = row, k = t + lc; As[lr][lc] = r < M && k < K ? " + a + " : 0.0f; }\n"
        + "    { const int k = t + lr, c = col; Bs[lr][lc] = k < K && c < N ? " + b + " : 0.0f; }\n"
        + "    barrier(CLK_LOCAL_MEM_FENCE);\n"
        + "    const int kn = min(" + t + ", K - t);\n"
        + "    for (int k = 0; k < kn; k++) acc += As[lr][k] * Bs[k][lc];\n"
        + "    barrier(CLK_LOCAL_MEM_FENCE);\n"
        + "  }\n"
        + "  if (row < M && col < N) C[row * N + col] = acc;\n"
        + "}\n";
    Dim tiles = Dim.of(tile);
    return new Source(text, new int[] {slotOf.get(m.a()), slotOf.get(m.b()), slotOf.get(m.out())},
        List.of(roundUp(m.n(), tile), roundUp(m.m(), tile), m.batches()), new int[] {tile, tile, 1});
  }

  /** A size rounded up to a multiple of the tile: (x + t - 1) / t * t, as a formula. */
  private static Dim roundUp(Dim x, int tile) {
    return x.plus(Dim.of(tile - 1)).floorDiv(Dim.of(tile)).times(Dim.of(tile));
  }

  /** A convolution, a max pooling, or one of their gradients' companions. */
  static Source window(String name, String comment, Node node, java.util.Map<Node, Integer> slotOf, Dims dims) {
    Window g = Window.of(node);
    StringBuilder s = new StringBuilder("// ").append(comment).append('\n');
    String in0 = "p0", in1 = "p1", out = node.inputs().size() > 1 ? "p2" : "p1";
    s.append("__kernel void ").append(name).append("(__global const float* restrict p0, ");
    if (node.inputs().size() > 1) s.append("__global const float* restrict p1, ");
    s.append("__global float* restrict ").append(out).append(", __global const int* restrict d) {\n");
    s.append("  const int N = d[").append(dims.slot(g.n())).append("], C = d[").append(dims.slot(g.c()))
        .append("], H = d[").append(dims.slot(g.h())).append("], W = d[").append(dims.slot(g.w()))
        .append("], O = d[").append(dims.slot(g.o())).append("], OH = d[").append(dims.slot(g.oh()))
        .append("], OW = d[").append(dims.slot(g.ow())).append("], KH = d[").append(dims.slot(g.kh()))
        .append("], KW = d[").append(dims.slot(g.kw())).append("];\n");
    s.append("  const int SH = ").append(g.sh()).append(", SW = ").append(g.sw()).append(", PH = ").append(g.ph())
        .append(", PW = ").append(g.pw()).append(", DH = ").append(g.dh()).append(", DW = ").append(g.dw())
        .append(", G = ").append(g.groups()).append(";\n");
    s.append("  const int gid = get_global_id(0);\n");
    Dim items;
    switch (node.op()) {
      case CONV2D -> {
        items = g.n().times(g.o()).times(g.oh()).times(g.ow());
        s.append("""
              if (gid >= N * O * OH * OW) return;
              const int ox = gid % OW, oy = gid / OW % OH, o = gid / (OW * OH) % O, n = gid / (OW * OH * O);
              const int cg = C / G, og = O / G, grp = o / og;
              acc_t acc = 0;
              for (int c = 0; c < cg; c++)
                for (int ky = 0; ky < KH; ky++) {
                  const int iy = oy * SH - PH + ky * DH;
                  if (iy < 0 || iy >= H) continue;
                  for (int kx = 0; kx < KW; kx++) {
                    const int ix = ox * SW - PW + kx * DW;
                    if (ix < 0 || ix >= W) continue;
                    acc += (acc_t) (IN0[((n * C + grp * cg + c) * H + iy) * W + ix] * IN1[((o * cg + c) * KH + ky) * KW + kx]);
                  }
                }
              OUT[gid] = (float) acc;
            """);
      }
      case CONV2D_INPUT_GRAD -> { // (dy, w) -> dx of x's shape
        items = g.n().times(g.c()).times(g.h()).times(g.w());
        s.append("""
              if (gid >= N * C * H * W) return;
              const int ix = gid % W, iy = gid / W % H, c = gid / (W * H) % C, n = gid / (W * H * C);
              const int cg = C / G, og = O / G, grp = c / cg, cl = c % cg;
              acc_t acc = 0;
              for (int ol = 0; ol < og; ol++) {
                const int o = grp * og + ol;
                for (int ky = 0; ky < KH; ky++) {
                  const int ty = iy + PH - ky * DH;
                  if (ty < 0 || ty % SH != 0 || ty / SH >= OH) continue;
                  for (int kx = 0; kx < KW; kx++) {
                    const int tx = ix + PW - kx * DW;
                    if (tx < 0 || tx % SW != 0 || tx / SW >= OW) continue;
                    acc += (acc_t) (IN0[((n * O + o) * OH + ty / SH) * OW + tx / SW] * IN1[((o * cg + cl) * KH + ky) * KW + kx]);
                  }
                }
              }
              OUT[gid] = (float) acc;
            """);
      }
      case CONV2D_WEIGHT_GRAD -> { // (x, dy) -> dw of the weight's shape [o, c/groups, kh, kw]
        items = g.o().times(g.c().floorDiv(Dim.of(g.groups()))).times(g.kh()).times(g.kw());
        s.append("""
              const int cg = C / G, og = O / G;
              if (gid >= O * cg * KH * KW) return;
              const int kx = gid % KW, ky = gid / KW % KH, cl = gid / (KW * KH) % cg, o = gid / (KW * KH * cg);
              const int c = o / og * cg + cl;
              acc_t acc = 0;
              for (int n = 0; n < N; n++)
                for (int oy = 0; oy < OH; oy++) {
                  const int iy = oy * SH - PH + ky * DH;
                  if (iy < 0 || iy >= H) continue;
                  for (int ox = 0; ox < OW; ox++) {
                    const int ix = ox * SW - PW + kx * DW;
                    if (ix < 0 || ix >= W) continue;
                    acc += (acc_t) (IN0[((n * C + c) * H + iy) * W + ix] * IN1[((n * O + o) * OH + oy) * OW + ox]);
                  }
                }
              OUT[gid] = (float) acc;
            """);
      }
      case MAX_POOL2D -> {
        items = g.n().times(g.c()).times(g.oh()).times(g.ow());
        s.append("""
              if (gid >= N * C * OH * OW) return;
              OUT[gid] = IN0[nnc_argmax(IN0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
            """);
      }
      case MAX_POOL2D_GATHER -> { // (x, d) -> d at each window's argmax
        items = g.n().times(g.c()).times(g.oh()).times(g.ow());
        s.append("""
              if (gid >= N * C * OH * OW) return;
              OUT[gid] = IN1[nnc_argmax(IN0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
            """);
      }
      case MAX_POOL2D_SCATTER -> { // (x, g) -> each g added at its window's argmax, in window order
        items = g.n().times(g.c()).times(g.h()).times(g.w());
        s.append("""
              if (gid >= N * C * H * W) return;
              const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
              const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
              const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
              float sum = 0.0f;
              for (int i = ilo; i <= ihi; i++)
                for (int j = jlo; j <= jhi; j++)
                  if (nnc_argmax(IN0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += IN1[(plane * OH + i) * OW + j];
              OUT[gid] = sum;
            """);
      }
      default -> throw new IllegalStateException("no OpenCL window kernel for " + node.op().word());
    }
    s.append("}\n");
    String text = s.toString().replace("IN0", in0).replace("IN1", in1).replace("OUT", out);
    int[] slots = node.inputs().size() > 1
        ? new int[] {slotOf.get(node.input(0)), slotOf.get(node.input(1)), slotOf.get(node)}
        : new int[] {slotOf.get(node.input(0)), slotOf.get(node)};
    return new Source(text, slots, List.of(items), null);
  }

  /** scatter_add(x, idx, src, axis): each output element is x's plus, in order, every src slice picked to it. */
  static Source scatterAdd(String name, String comment, Node n, java.util.Map<Node, Integer> slotOf, Dims dims) {
    int axis = ((Attr.Axis) n.attr()).axis();
    List<Dim> shape = n.input(0).type().dims();
    Dim outer = Dims.product(shape.subList(0, axis)), length = shape.get(axis);
    Dim inner = Dims.product(shape.subList(axis + 1, shape.size())), picks = n.input(1).type().elements();
    String text = "// " + comment + "\n"
        + "__kernel void " + name + "(__global const float* restrict x, __global const float* restrict idx,"
        + " __global const float* restrict src, __global float* out, __global const int* restrict d) {\n"
        + "  const int L = d[" + dims.slot(length) + "], I = d[" + dims.slot(inner) + "], P = d[" + dims.slot(picks) + "];\n"
        + "  const int gid = get_global_id(0);\n"
        + "  if (gid >= d[" + dims.slot(outer) + "] * L * I) return;\n"
        + "  const int r = gid % I, at = gid / I % L, o = gid / (I * L);\n"
        + "  float v = x[gid];\n"
        + "  for (int j = 0; j < P; j++) if ((int) idx[j] == at) v += src[(o * P + j) * I + r];\n"
        + "  out[gid] = v;\n"
        + "}\n";
    return new Source(text, new int[] {slotOf.get(n.input(0)), slotOf.get(n.input(1)), slotOf.get(n.input(2)), slotOf.get(n)},
        List.of(outer.times(length).times(inner)), null);
  }

  /** The argmax helper of the pooling kernels: Pool's window rules (padding skipped, first maximum, NaN wins). */
  static final String ARGMAX = """
      inline int nnc_argmax(__global const float* x, int plane, int i, int j, int H, int W, int KH, int KW,
          int SH, int SW, int PH, int PW) {
        const int r0 = i * SH - PH, c0 = j * SW - PW;
        const int rlo = max(0, r0), rhi = min(H, r0 + KH), clo = max(0, c0), chi = min(W, c0 + KW);
        const int base = plane * H * W;
        int arg = base + rlo * W + clo;
        float best = x[arg];
        for (int r = rlo; r < rhi; r++)
          for (int c = r == rlo ? clo + 1 : clo; c < chi; c++) {
            if (isnan(best)) return arg;
            const float v = x[base + r * W + c];
            if (v > best || isnan(v)) { arg = base + r * W + c; best = v; }
          }
        return arg;
      }
      """;
}
