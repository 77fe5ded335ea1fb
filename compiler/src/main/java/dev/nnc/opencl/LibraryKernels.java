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
 * The OpenCL C of the anchors that are not elementwise: matrix products and convolutions as
 * one register-blocked tiled product kernel ({@link #product}; a convolution reads its image
 * patches in place), direct max pooling (one work-item per output element), and scatter-add (one work-item per output element looping over the sources in
 * order, so repeated indices add up the same every run, without atomics). Sizes are read
 * from the size table {@code d}; every kernel's parameters are its buffers, then {@code d}.
 */
final class LibraryKernels {
  private LibraryKernels() {}

  /** A kernel's text and the axes of work it launches over, as size formulas and a work-group shape. */
  record Source(String text, int[] slots, List<Dim> global, int[] local) {}

  /**
   * A batched matrix product C = op(A) op(B): one {@link #product} whose operands are read
   * straight from the buffers (a transposed operand is read along its other axis).
   */
  static Source matmul(String name, String comment, LaunchPlan.Matmul m, java.util.Map<Node, Integer> slotOf, Dims dims, ClTiles.Limits limits) {
    String sizes = "  const int M = " + size(dims, m.m()) + ", N = " + size(dims, m.n()) + ", K = " + size(dims, m.k()) + ";\n"
        + "  A += batch * M * K;\n  B += batch * K * N;\n  C += batch * M * N;\n";
    Operand a = m.transA() ? new Operand("", "v = A[k * M + m];", false) : new Operand("", "v = A[m * K + k];", true);
    Operand b = m.transB() ? new Operand("", "v = B[n * K + k];", true) : new Operand("", "v = B[k * N + n];", false);
    String params = "__global const float* restrict A, __global const float* restrict B, __global float* restrict C";
    ClTiles.Tile tile = ClTiles.product(limits, m.m(), m.n());
    return product(name, comment, params, sizes, a, b, "C[m * N + n] = v;", false, tile,
        new int[] {slotOf.get(m.a()), slotOf.get(m.b()), slotOf.get(m.out())}, m.m(), m.n(), m.batches());
  }

  /**
   * How a product reads one operand element into {@code v}: C statements over the operand's
   * other index ({@code m} for A, {@code n} for B), run once per row or column of a slice and
   * reading no memory ({@code outer}), then statements over {@code k} and what {@code outer}
   * defined, run only inside the bounds ({@code inner}). {@code alongK} when consecutive
   * elements in memory are consecutive in k, so that neighbouring items load neighbours.
   */
  record Operand(String outer, String inner, boolean alongK) {}

  /**
   * The loads of one operand's slice into {@code tile[kk][oo]}: each item takes rows or
   * columns {@code oo} (of {@code extent}) and, within each, every {@code step}-th kk, the
   * items' numbers split between the two so that neighbouring items load along k when the
   * operand lies along k. {@code other} names the index ({@code m} or {@code n}), {@code
   * bound} its size.
   */
  private static String stage(String tile, String other, String bound, int extent, int tk, int items, Operand op) {
    int kStep = op.alongK() ? Math.min(items, tk) : items / Math.min(items, extent), oStep = items / kStep;
    String oFirst = op.alongK() ? "lid / " + kStep : "lid % " + oStep, kFirst = op.alongK() ? "lid % " + kStep : "lid / " + oStep;
    String oo = other + other;
    return "    for (int " + oo + " = " + oFirst + "; " + oo + " < " + extent + "; " + oo + " += " + oStep + ") {\n"
        + "      const int " + other + " = " + other + "0 + " + oo + ";\n"
        + (op.outer().isEmpty() ? "" : "      " + op.outer() + "\n")
        + "      for (int kk = " + kFirst + "; kk < " + tk + "; kk += " + kStep + ") {\n"
        + "        const int k = k0 + kk;\n"
        + "        float v = 0.0f;\n"
        + "        if (" + other + " < " + bound + " && k < K) { " + op.inner() + " }\n"
        + "        " + tile + "[kk][" + oo + "] = v;\n"
        + "      }\n"
        + "    }\n";
  }

  /**
   * C[batch][m][n] = sum over k of A(m, k) B(k, n), for m < M, n < N, k < K (C code in {@code
   * sizes} defines M, N, K from the size table {@code d} and {@code batch}, the third grid
   * axis). A work-group of {@code gx x gy} items computes a {@code tm x tn} tile of C, each item
   * an {@code rm x rn} block of it held in registers (rows {@code ly + r*gy}, and {@code rn}
   * adjacent columns from {@code lx*rn}, one vector of the device's width); the items stage
   * {@code tk}-deep slices of A and B in local memory together. Every element sums its k
   * products in ascending order, so the result does not depend on the tile: in float, or,
   * {@code wide}, in {@code acc_t} (double where the device has fp64, as the reductions: each
   * float product rounded once, the sum in double). {@code store} writes {@code v} to C at (m, n).
   */
  static Source product(String name, String comment, String params, String sizes, Operand a, Operand b, String store,
      boolean wide, ClTiles.Tile t, int[] slots, Dim m, Dim n, Dim batches) {
    int items = t.gx() * t.gy(), tm = t.tm(), tn = t.tn(), tk = t.tk(), rm = t.rm(), rn = t.rn();
    String floats = rn == 1 ? "float" : "float" + rn, scalar = wide ? "acc_t" : "float", vector = rn == 1 ? scalar : scalar + rn;
    String widen = !wide ? "" : rn == 1 ? "(acc_t) " : "nnc_acc" + rn;
    String row = rn == 1 ? "Bs[kk][lx]" : "vload" + rn + "(0, &Bs[kk][lx * " + rn + "])";
    String text = "// " + comment + "\n"
        + "__kernel __attribute__((reqd_work_group_size(" + t.gx() + ", " + t.gy() + ", 1)))\n"
        + "void " + name + "(" + params + ", __global const int* restrict d) {\n"
        + "  const int batch = get_global_id(2);\n"
        + sizes
        + "  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * " + t.gx() + " + lx;\n"
        + "  const int m0 = get_group_id(1) * " + tm + ", n0 = get_group_id(0) * " + tn + ";\n"
        + "  __local float As[" + tk + "][" + tm + "], Bs[" + tk + "][" + tn + "];\n"
        + "  " + vector + " acc[" + rm + "];\n"
        + "  for (int r = 0; r < " + rm + "; r++) acc[r] = 0.0f;\n"
        + "  for (int k0 = 0; k0 < K; k0 += " + tk + ") {\n"
        + stage("As", "m", "M", tm, tk, items, a)
        + stage("Bs", "n", "N", tn, tk, items, b)
        + "    barrier(CLK_LOCAL_MEM_FENCE);\n"
        + "    const int kn = min(" + tk + ", K - k0);\n"
        + "    for (int kk = 0; kk < kn; kk++) {\n"
        + "      const " + floats + " b = " + row + ";\n"
        + "      for (int r = 0; r < " + rm + "; r++) acc[r] += " + widen + "(As[kk][ly + r * " + t.gy() + "] * b);\n"
        + "    }\n"
        + "    barrier(CLK_LOCAL_MEM_FENCE);\n"
        + "  }\n"
        + "  for (int r = 0; r < " + rm + "; r++) {\n"
        + "    const int m = m0 + ly + r * " + t.gy() + ";\n"
        + "    float out[" + rn + "];\n"
        + (rn == 1 ? "    out[0] = (float) acc[r];\n" : "    vstore" + rn + "(convert_" + floats + "(acc[r]), 0, out);\n")
        + "    for (int c = 0; c < " + rn + "; c++) {\n"
        + "      const int n = n0 + lx * " + rn + " + c;\n"
        + "      if (m < M && n < N) { const float v = out[c]; " + store + " }\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    List<Dim> global = List.of(groups(n, tn).times(Dim.of(t.gx())), groups(m, tm).times(Dim.of(t.gy())), batches);
    return new Source(text, slots, global, new int[] {t.gx(), t.gy(), 1});
  }

  /** A size in a kernel: a constant as a literal (so the compiler can divide by it cheaply), else its entry in the size table {@code d}. */
  private static String size(Dims dims, Dim d) {
    return d.isConstant() ? Long.toString(d.constant()) : "d[" + dims.slot(d) + "]";
  }

  /** How many tiles of {@code tile} cover {@code x}: (x + tile - 1) / tile, as a formula. */
  private static Dim groups(Dim x, int tile) {
    return x.plus(Dim.of(tile - 1)).floorDiv(Dim.of(tile));
  }

  /** The C lines every window kernel starts with: its sizes from the size table and its constants. */
  private static String windowSizes(Window g, Dims dims, String batch) {
    return "  const int " + batch + " = " + size(dims, g.n()) + ", C = " + size(dims, g.c()) + ", H = " + size(dims, g.h())
        + ", W = " + size(dims, g.w()) + ", O = " + size(dims, g.o()) + ", OH = " + size(dims, g.oh())
        + ", OW = " + size(dims, g.ow()) + ", KH = " + size(dims, g.kh()) + ", KW = " + size(dims, g.kw()) + ";\n"
        + "  const int SH = " + g.sh() + ", SW = " + g.sw() + ", PH = " + g.ph() + ", PW = " + g.pw() + ", DH = " + g.dh()
        + ", DW = " + g.dw() + ", G = " + g.groups() + ";\n";
  }

  /**
   * A convolution or one of its adjoints as a {@link #product} per group (the third grid axis),
   * the image patches read in place (implicit im2col, padding reading as zero):
   * <ul>
   *   <li>conv2d(x, w) = y: M = O/G output channels, N = N·OH·OW positions, K = C/G·KH·KW taps;
   *   <li>conv2d_input_grad(dy, w) = dx: M = C/G input channels, N = N·H·W positions, K = O/G·KH·KW,
   *       dy read where a tap of the stride lands;
   *   <li>conv2d_weight_grad(x, dy) = dw: M = O/G, N = C/G·KH·KW taps, K = N·OH·OW positions.
   * </ul>
   * Each sums in the order the direct definition does (channel, then kernel row, then column;
   * images then rows then columns for the weight gradient), wide: with float sums LeNet-5's first
   * 100 steps on PoCL drift 1.6e-2 from the JVM backend's, past the curve test's tolerance (1.3e-2).
   */
  private static Source conv(String name, String comment, Node node, Window g, int[] slots, Dims dims, ClTiles.Limits limits) {
    String sizes = windowSizes(g, dims, "NB") + "  const int cg = C / G, og = O / G, grp = batch;\n";
    String params, store;
    Operand a, b;
    Dim m, n, groups = Dim.of(g.groups());
    Dim cg = g.c().floorDiv(groups), og = g.o().floorDiv(groups);
    switch (node.op()) {
      case CONV2D -> { // (x, w) -> y
        params = "__global const float* restrict x, __global const float* restrict w, __global float* restrict y";
        sizes += "  const int M = og, N = NB * OH * OW, K = cg * KH * KW;\n";
        a = new Operand("", "v = w[(grp * og + m) * K + k];", true);
        b = new Operand("const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH);"
            + " const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;",
            "const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH);"
            + " const int iy = iy0 + ky * DH, ix = ix0 + kx * DW;"
            + " if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix];", false);
        store = "const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v;";
        m = og;
        n = g.n().times(g.oh()).times(g.ow());
      }
      case CONV2D_INPUT_GRAD -> { // (dy, w) -> dx
        params = "__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx";
        sizes += "  const int M = cg, N = NB * H * W, K = og * KH * KW;\n";
        a = new Operand("", "v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)];", true);
        b = new Operand("const int ix = n % W, iy = n / W % H, img = n / (W * H);"
            + " const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;",
            "const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH);"
            + " const int ty = ty0 - ky * DH, tx = tx0 - kx * DW;"
            + " if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW)"
            + " v = dy[base + (o * OH + ty / SH) * OW + tx / SW];", false);
        store = "const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v;";
        m = cg;
        n = g.n().times(g.h()).times(g.w());
      }
      case CONV2D_WEIGHT_GRAD -> { // (x, dy) -> dw
        params = "__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw";
        sizes += "  const int M = og, N = cg * KH * KW, K = NB * OH * OW;\n";
        a = new Operand("const int at = (grp * og + m) * OH * OW;", "v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)];", true);
        b = new Operand("const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH);"
            + " const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;",
            "const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH);"
            + " const int iy = oy * SH + dy0, ix = ox * SW + dx0;"
            + " if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix];", true);
        store = "dw[(grp * og + m) * N + n] = v;";
        m = og;
        n = cg.times(g.kh()).times(g.kw());
      }
      default -> throw new IllegalStateException("not a convolution: " + node.op().word());
    }
    return product(name, comment, params, sizes, a, b, store, true, ClTiles.product(limits, m, n), slots, m, n, groups);
  }

  /** A convolution (a {@link #conv} product), a max pooling, or one of their gradients' companions. */
  static Source window(String name, String comment, Node node, java.util.Map<Node, Integer> slotOf, Dims dims, ClTiles.Limits limits) {
    Window g = Window.of(node);
    int[] slots = node.inputs().size() > 1
        ? new int[] {slotOf.get(node.input(0)), slotOf.get(node.input(1)), slotOf.get(node)}
        : new int[] {slotOf.get(node.input(0)), slotOf.get(node)};
    if (node.op() == Op.CONV2D || node.op() == Op.CONV2D_INPUT_GRAD || node.op() == Op.CONV2D_WEIGHT_GRAD) {
      return conv(name, comment, node, g, slots, dims, limits);
    }
    StringBuilder s = new StringBuilder("// ").append(comment).append('\n');
    String in0 = "p0", in1 = "p1", out = node.inputs().size() > 1 ? "p2" : "p1";
    s.append("__kernel void ").append(name).append("(__global const float* restrict p0, ");
    if (node.inputs().size() > 1) s.append("__global const float* restrict p1, ");
    s.append("__global float* restrict ").append(out).append(", __global const int* restrict d) {\n");
    s.append(windowSizes(g, dims, "N"));
    s.append("  const int gid = get_global_id(0);\n");
    Dim items;
    switch (node.op()) {
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
    return new Source(text, slots, List.of(items), null);
  }

  /** scatter_add(x, idx, src, axis): each output element is x's plus, in order, every src slice picked to it. */
  static Source scatterAdd(String name, String comment, Node n, java.util.Map<Node, Integer> slotOf, Dims dims) {
    int axis = ((Attr.Axis) n.attr()).axis();
    List<Dim> shape = n.input(0).type().dims();
    Dim outer = Dims.product(shape.subList(0, axis)), length = shape.get(axis);
    Dim inner = Dims.product(shape.subList(axis + 1, shape.size())), picks = n.input(1).type().elements();
    String text = "// " + comment + "\n"
        + "__kernel void " + name + "(__global const float* restrict x, __global const int* restrict idx,"
        + " __global const float* restrict src, __global float* out, __global const int* restrict d) {\n"
        + "  const int L = " + size(dims, length) + ", I = " + size(dims, inner) + ", P = " + size(dims, picks) + ";\n"
        + "  const int gid = get_global_id(0);\n"
        + "  if (gid >= " + size(dims, outer) + " * L * I) return;\n"
        + "  const int r = gid % I, at = gid / I % L, o = gid / (I * L);\n"
        + "  float v = x[gid];\n"
        + "  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];\n"
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
