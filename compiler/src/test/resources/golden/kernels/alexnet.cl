// AlexNet: kernels of one training step: 57 OpenCL kernels for 64 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: conv2d -> f32[B, 32, 14, 14]
k2.cl: launch 2: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
k3.cl: launch 3: max_pool2d -> f32[B, 32, 7, 7]
k4.cl: launch 4: conv2d -> f32[B, 64, 7, 7]
k5.cl: launch 5: elementwise add max ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7]
k6.cl: launch 6: max_pool2d -> f32[B, 64, 4, 4]
k7.cl: launch 7: conv2d -> f32[B, 96, 4, 4]
k8.cl: launch 8: elementwise add max ge -> f32[B, 96, 4, 4] bool[B, 96, 4, 4]
k9.cl: launch 9: conv2d -> f32[B, 96, 4, 4]
k10.cl: launch 11: conv2d -> f32[B, 64, 4, 4]
k11.cl: launch 12: elementwise add max ge -> f32[B, 64, 4, 4] bool[B, 64, 4, 4]
k12.cl: launch 13: max_pool2d -> f32[B, 64, 2, 2]
k13.cl: launch 14: elementwise reshape -> f32[B, 256]
k14.cl: launch 15: matmul b' -> f32[B, 512]
k15.cl: launch 16: elementwise add max ge -> f32[B, 512] bool[B, 512]
k16.cl: launch 17: elementwise random lt cast mul mul -> f32[B, 512] f32[B, 512]
k17.cl: launch 18: matmul b' -> f32[B, 512]
k18.cl: launch 20: elementwise random lt cast mul mul -> f32[B, 512] f32[B, 512]
k19.cl: launch 21: matmul b' -> f32[B, 10]
k20.cl: launch 22: elementwise add -> f32[B, 10]
k21.cl: launch 23: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k22.cl: launch 24: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k23.cl: launch 25: reduction of sum div neg -> f32[]
k24.cl: launch 26: elementwise div -> f32[]
k25.cl: launch 27: elementwise broadcast select -> f32[B, 1, 10]
k26.cl: launch 28: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k27.cl: launch 29: matmul -> f32[B, 512]
k28.cl: launch 30: elementwise mul mul select -> f32[B, 512]
k29.cl: launch 31: matmul -> f32[B, 512]
k30.cl: launch 33: matmul -> f32[B, 256]
k31.cl: launch 35: max_pool2d_scatter -> f32[B, 64, 4, 4]
k32.cl: launch 36: elementwise select -> f32[B, 64, 4, 4]
k33.cl: launch 37: conv2d_input_grad -> f32[B, 96, 4, 4]
k34.cl: launch 38: elementwise select -> f32[B, 96, 4, 4]
k35.cl: launch 39: conv2d_input_grad -> f32[B, 96, 4, 4]
k36.cl: launch 41: conv2d_input_grad -> f32[B, 64, 4, 4]
k37.cl: launch 42: max_pool2d_scatter -> f32[B, 64, 7, 7]
k38.cl: launch 43: elementwise select -> f32[B, 64, 7, 7]
k39.cl: launch 44: conv2d_input_grad -> f32[B, 32, 7, 7]
k40.cl: launch 45: max_pool2d_scatter -> f32[B, 32, 14, 14]
k41.cl: launch 46: elementwise select -> f32[B, 32, 14, 14]
k42.cl: launch 47: conv2d_weight_grad -> f32[32, 1, 7, 7]
k43.cl: launch 48: reduction of sum -> f32[32]
k44.cl: launch 49: conv2d_weight_grad -> f32[64, 32, 5, 5]
k45.cl: launch 50: reduction of sum -> f32[64]
k46.cl: launch 51: conv2d_weight_grad -> f32[96, 64, 3, 3]
k47.cl: launch 52: reduction of sum -> f32[96]
k48.cl: launch 53: conv2d_weight_grad -> f32[96, 96, 3, 3]
k49.cl: launch 55: conv2d_weight_grad -> f32[64, 96, 3, 3]
k50.cl: launch 56: reduction of sum -> f32[64]
k51.cl: launch 57: matmul a' -> f32[512, 256]
k52.cl: launch 58: reduction of sum -> f32[512]
k53.cl: launch 59: matmul a' -> f32[512, 512]
k54.cl: launch 61: matmul a' -> f32[10, 512]
k55.cl: launch 62: reduction of sum -> f32[10]
k56.cl: launch 63: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 7, 7] f32[32, 1, 7, 7] f32[32, 1, 7, 7] f32[32] f32[32] f32[32] f32[64, 32, 5, 5] f32[64, 32, 5, 5] f32[64, 32, 5, 5] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[96, 64, 3, 3] f32[96, 64, 3, 3] f32[96, 64, 3, 3] f32[96] f32[96] f32[96] f32[96] f32[96] f32[96] f32[96, 96, 3, 3] f32[96, 96, 3, 3] f32[96, 96, 3, 3] f32[64, 96, 3, 3] f32[64, 96, 3, 3] f32[64, 96, 3, 3] f32[512, 256] f32[512, 256] f32[512, 256] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512, 512] f32[512, 512] f32[512, 512] f32[10, 512] f32[10, 512] f32[10, 512] f32[10] f32[10] f32[10]

// ---- k0.cl

// launch 0: elementwise gather -> i32[B, 1]
__kernel void k0(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 10, fault);
    b1[i1] = v3;
  }
}

// ---- k1.cl

// launch 1: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 7, KW = 7;
  const int SH = 2, SW = 2, PH = 3, PW = 3, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k2.cl

// launch 2: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k3.cl

// launch 3: max_pool2d -> f32[B, 32, 7, 7]
__kernel void k3(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k4.cl

// launch 4: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k4(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k5.cl

// launch 5: elementwise add max ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k6.cl

// launch 6: max_pool2d -> f32[B, 64, 4, 4]
__kernel void k6(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 7, W = 7, O = 64, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k7.cl

// launch 7: conv2d -> f32[B, 96, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k7(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k8.cl

// launch 8: elementwise add max ge -> f32[B, 96, 4, 4] bool[B, 96, 4, 4]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 96;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k9.cl

// launch 9: conv2d -> f32[B, 96, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k9(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k10.cl

// launch 11: conv2d -> f32[B, 64, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k10(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 64, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k11.cl

// launch 12: elementwise add max ge -> f32[B, 64, 4, 4] bool[B, 64, 4, 4]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k12.cl

// launch 13: max_pool2d -> f32[B, 64, 2, 2]
__kernel void k12(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 4, W = 4, O = 64, OH = 2, OW = 2, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k13.cl

// launch 14: elementwise reshape -> f32[B, 256]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k14.cl

// launch 15: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 256;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[n * K + k]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k15.cl

// launch 16: elementwise add max ge -> f32[B, 512] bool[B, 512]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k16.cl

// launch 17: elementwise random lt cast mul mul -> f32[B, 512] f32[B, 512]
__kernel void k16(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 0u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k17.cl

// launch 18: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 512;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[n * K + k]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k18.cl

// launch 20: elementwise random lt cast mul mul -> f32[B, 512] f32[B, 512]
__kernel void k18(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 1u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k19.cl

// launch 21: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 512;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 16;
  __local float As[16][64], Bs[16][16];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 4) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 16; nn += 4) {
      const int n = n0 + nn;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[n * K + k]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k20.cl

// launch 22: elementwise add -> f32[B, 10]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k21.cl

// launch 23: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 10;
    const int x12 = x11 + j;
    const float v13 = b0[x12];
    const float v14 = (v13 - r4);
    const float v15 = F64(log, r10);
    const float v16 = (v14 - v15);
    b1[x12] = v16;
    const float v17 = F64(exp, v14);
    b2[x12] = v17;
  }
  b3[o] = r10;
}

// ---- k22.cl

// launch 24: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k22(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 10;
    const int x4 = x3 + j;
    const float v5 = b1[x4];
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    b2[x4] = v2;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  b3[o] = r7;
}

// ---- k23.cl

// launch 25: reduction of sum div neg -> f32[]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[j];
    acc += (acc_t) v1;
  }
  const float r2 = (float) acc;
  const float v3 = (float) x0;
  const float v4 = (r2 / v3);
  const float v5 = (-v4);
  b1[o] = v5;
}

// ---- k24.cl

// launch 26: elementwise div -> f32[]
__kernel void k24(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = (-1.0f / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k25.cl

// launch 27: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k26.cl

// launch 28: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 10;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    const float v9 = b1[o];
    const float v10 = (r5 / v9);
    const float v11 = b2[x7];
    const float v12 = (v10 * v11);
    const float v13 = (v8 + v12);
    b3[x7] = v13;
  }
}

// ---- k27.cl

// launch 29: matmul -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 10;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k28.cl

// launch 30: elementwise mul mul select -> f32[B, 512]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * 2.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v2 != 0.0f ? v6 : 0.0f);
    b3[i1] = v7;
  }
}

// ---- k29.cl

// launch 31: matmul -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k29(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 512;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k30.cl

// launch 33: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k30(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 512;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k31.cl

// launch 35: max_pool2d_scatter -> f32[B, 64, 4, 4]
__kernel void k31(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 4, W = 4, O = 64, OH = 2, OW = 2, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k32.cl

// launch 36: elementwise select -> f32[B, 64, 4, 4]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k33.cl

// launch 37: conv2d_input_grad -> f32[B, 96, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 64, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k34.cl

// launch 38: elementwise select -> f32[B, 96, 4, 4]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k35.cl

// launch 39: conv2d_input_grad -> f32[B, 96, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k35(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k36.cl

// launch 41: conv2d_input_grad -> f32[B, 64, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k36(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k37.cl

// launch 42: max_pool2d_scatter -> f32[B, 64, 7, 7]
__kernel void k37(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 7, W = 7, O = 64, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k38.cl

// launch 43: elementwise select -> f32[B, 64, 7, 7]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k39.cl

// launch 44: conv2d_input_grad -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k39(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k40.cl

// launch 45: max_pool2d_scatter -> f32[B, 32, 14, 14]
__kernel void k40(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k41.cl

// launch 46: elementwise select -> f32[B, 32, 14, 14]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k42.cl

// launch 47: conv2d_weight_grad -> f32[32, 1, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k42(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 7, KW = 7;
  const int SH = 2, SW = 2, PH = 3, PW = 3, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 8) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k43.cl

// launch 48: reduction of sum -> f32[32]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[20];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 196;
    const int x2 = x1 * 32;
    const int x3 = x2 + o;
    const int x4 = x3 * 14;
    const int x5 = j / 14;
    const int x6 = x5 % 14;
    const int x7 = x4 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k44.cl

// launch 49: conv2d_weight_grad -> f32[64, 32, 5, 5]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k44(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k45.cl

// launch 50: reduction of sum -> f32[64]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[22];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 64;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k46.cl

// launch 51: conv2d_weight_grad -> f32[96, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k46(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k47.cl

// launch 52: reduction of sum -> f32[96]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 96) return;
  acc_t acc = 0;
  const int x0 = d[24];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 96;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k48.cl

// launch 53: conv2d_weight_grad -> f32[96, 96, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 96, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k49.cl

// launch 55: conv2d_weight_grad -> f32[64, 96, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k49(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 96, H = 4, W = 4, O = 64, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k50.cl

// launch 56: reduction of sum -> f32[64]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[24];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 64;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k51.cl

// launch 57: matmul a' -> f32[512, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k51(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 256, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 64; mm < 64; mm += 64) {
      const int m = m0 + mm;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k52.cl

// launch 58: reduction of sum -> f32[512]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 512;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k53.cl

// launch 59: matmul a' -> f32[512, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 512, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 64; mm < 64; mm += 64) {
      const int m = m0 + mm;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k54.cl

// launch 61: matmul a' -> f32[10, 512]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k54(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 512, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 16; mm < 16; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid / 16; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k55.cl

// launch 62: reduction of sum -> f32[10]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 10) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 10;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k56.cl

// launch 63: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 7, 7] f32[32, 1, 7, 7] f32[32, 1, 7, 7] f32[32] f32[32] f32[32] f32[64, 32, 5, 5] f32[64, 32, 5, 5] f32[64, 32, 5, 5] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[96, 64, 3, 3] f32[96, 64, 3, 3] f32[96, 64, 3, 3] f32[96] f32[96] f32[96] f32[96] f32[96] f32[96] f32[96, 96, 3, 3] f32[96, 96, 3, 3] f32[96, 96, 3, 3] f32[64, 96, 3, 3] f32[64, 96, 3, 3] f32[64, 96, 3, 3] f32[512, 256] f32[512, 256] f32[512, 256] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512, 512] f32[512, 512] f32[512, 512] f32[10, 512] f32[10, 512] f32[10, 512] f32[10] f32[10] f32[10]
__kernel void k56(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[5];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = F64_2(pow, (0x1.ccccccp-1f), v1);
    hoisted[1] = v2;
    const float v3 = (1.0f - v2);
    hoisted[2] = v3;
    const float v4 = F64_2(pow, (0x1.ff7ceep-1f), v1);
    hoisted[3] = v4;
    const float v5 = (1.0f - v4);
    hoisted[4] = v5;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v6 = hoisted[0];
  const float v7 = hoisted[1];
  const float v8 = hoisted[2];
  const float v9 = hoisted[3];
  const float v10 = hoisted[4];
  if (gid < 1568) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = (0.0f * v15);
    const float v17 = (v14 + v16);
    const float v18 = ((0x1.99999ap-4f) * v17);
    const float v19 = (v13 + v18);
    b4[i11] = v19;
    const float v20 = b5[i11];
    const float v21 = ((0x1.ff7ceep-1f) * v20);
    const float v22 = ((0x1.0624dep-10f) * v17);
    const float v23 = (v22 * v17);
    const float v24 = (v21 + v23);
    b6[i11] = v24;
    const float v25 = (v19 / v8);
    const float v26 = ((0x1.0624dep-10f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 1600) {
    const int i32 = gid - 1568;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = (0.0f * v36);
    const float v38 = (v35 + v37);
    const float v39 = ((0x1.99999ap-4f) * v38);
    const float v40 = (v34 + v39);
    b11[i32] = v40;
    const float v41 = b12[i32];
    const float v42 = ((0x1.ff7ceep-1f) * v41);
    const float v43 = ((0x1.0624dep-10f) * v38);
    const float v44 = (v43 * v38);
    const float v45 = (v42 + v44);
    b13[i32] = v45;
    const float v46 = (v40 / v8);
    const float v47 = ((0x1.0624dep-10f) * v46);
    const float v48 = (v45 / v10);
    const float v49 = F64(sqrt, v48);
    const float v50 = (v49 + (0x1.5798eep-27f));
    const float v51 = (v47 / v50);
    const float v52 = (v36 - v51);
    b14[i32] = v52;
  } else if (gid < 52800) {
    const int i53 = gid - 1600;
    const float v54 = b15[i53];
    const float v55 = ((0x1.ccccccp-1f) * v54);
    const float v56 = b16[i53];
    const float v57 = b17[i53];
    const float v58 = (0.0f * v57);
    const float v59 = (v56 + v58);
    const float v60 = ((0x1.99999ap-4f) * v59);
    const float v61 = (v55 + v60);
    b18[i53] = v61;
    const float v62 = b19[i53];
    const float v63 = ((0x1.ff7ceep-1f) * v62);
    const float v64 = ((0x1.0624dep-10f) * v59);
    const float v65 = (v64 * v59);
    const float v66 = (v63 + v65);
    b20[i53] = v66;
    const float v67 = (v61 / v8);
    const float v68 = ((0x1.0624dep-10f) * v67);
    const float v69 = (v66 / v10);
    const float v70 = F64(sqrt, v69);
    const float v71 = (v70 + (0x1.5798eep-27f));
    const float v72 = (v68 / v71);
    const float v73 = (v57 - v72);
    b21[i53] = v73;
  } else if (gid < 52864) {
    const int i74 = gid - 52800;
    const float v75 = b22[i74];
    const float v76 = ((0x1.ccccccp-1f) * v75);
    const float v77 = b23[i74];
    const float v78 = b24[i74];
    const float v79 = (0.0f * v78);
    const float v80 = (v77 + v79);
    const float v81 = ((0x1.99999ap-4f) * v80);
    const float v82 = (v76 + v81);
    b25[i74] = v82;
    const float v83 = b26[i74];
    const float v84 = ((0x1.ff7ceep-1f) * v83);
    const float v85 = ((0x1.0624dep-10f) * v80);
    const float v86 = (v85 * v80);
    const float v87 = (v84 + v86);
    b27[i74] = v87;
    const float v88 = (v82 / v8);
    const float v89 = ((0x1.0624dep-10f) * v88);
    const float v90 = (v87 / v10);
    const float v91 = F64(sqrt, v90);
    const float v92 = (v91 + (0x1.5798eep-27f));
    const float v93 = (v89 / v92);
    const float v94 = (v78 - v93);
    b28[i74] = v94;
    const float v95 = b29[i74];
    const float v96 = ((0x1.ccccccp-1f) * v95);
    const float v97 = b30[i74];
    const float v98 = b31[i74];
    const float v99 = (0.0f * v98);
    const float v100 = (v97 + v99);
    const float v101 = ((0x1.99999ap-4f) * v100);
    const float v102 = (v96 + v101);
    b32[i74] = v102;
    const float v103 = b33[i74];
    const float v104 = ((0x1.ff7ceep-1f) * v103);
    const float v105 = ((0x1.0624dep-10f) * v100);
    const float v106 = (v105 * v100);
    const float v107 = (v104 + v106);
    b34[i74] = v107;
    const float v108 = (v102 / v8);
    const float v109 = ((0x1.0624dep-10f) * v108);
    const float v110 = (v107 / v10);
    const float v111 = F64(sqrt, v110);
    const float v112 = (v111 + (0x1.5798eep-27f));
    const float v113 = (v109 / v112);
    const float v114 = (v98 - v113);
    b35[i74] = v114;
  } else if (gid < 108160) {
    const int i115 = gid - 52864;
    const float v116 = b36[i115];
    const float v117 = ((0x1.ccccccp-1f) * v116);
    const float v118 = b37[i115];
    const float v119 = b38[i115];
    const float v120 = (0.0f * v119);
    const float v121 = (v118 + v120);
    const float v122 = ((0x1.99999ap-4f) * v121);
    const float v123 = (v117 + v122);
    b39[i115] = v123;
    const float v124 = b40[i115];
    const float v125 = ((0x1.ff7ceep-1f) * v124);
    const float v126 = ((0x1.0624dep-10f) * v121);
    const float v127 = (v126 * v121);
    const float v128 = (v125 + v127);
    b41[i115] = v128;
    const float v129 = (v123 / v8);
    const float v130 = ((0x1.0624dep-10f) * v129);
    const float v131 = (v128 / v10);
    const float v132 = F64(sqrt, v131);
    const float v133 = (v132 + (0x1.5798eep-27f));
    const float v134 = (v130 / v133);
    const float v135 = (v119 - v134);
    b42[i115] = v135;
  } else if (gid < 108256) {
    const int i136 = gid - 108160;
    const float v137 = b43[i136];
    const float v138 = ((0x1.ccccccp-1f) * v137);
    const float v139 = b44[i136];
    const float v140 = b45[i136];
    const float v141 = (0.0f * v140);
    const float v142 = (v139 + v141);
    const float v143 = ((0x1.99999ap-4f) * v142);
    const float v144 = (v138 + v143);
    b46[i136] = v144;
    const float v145 = b47[i136];
    const float v146 = ((0x1.ff7ceep-1f) * v145);
    const float v147 = ((0x1.0624dep-10f) * v142);
    const float v148 = (v147 * v142);
    const float v149 = (v146 + v148);
    b48[i136] = v149;
    const float v150 = (v144 / v8);
    const float v151 = ((0x1.0624dep-10f) * v150);
    const float v152 = (v149 / v10);
    const float v153 = F64(sqrt, v152);
    const float v154 = (v153 + (0x1.5798eep-27f));
    const float v155 = (v151 / v154);
    const float v156 = (v140 - v155);
    b49[i136] = v156;
    const float v157 = b50[i136];
    const float v158 = ((0x1.ccccccp-1f) * v157);
    const float v159 = b51[i136];
    const float v160 = b52[i136];
    const float v161 = (0.0f * v160);
    const float v162 = (v159 + v161);
    const float v163 = ((0x1.99999ap-4f) * v162);
    const float v164 = (v158 + v163);
    b53[i136] = v164;
    const float v165 = b54[i136];
    const float v166 = ((0x1.ff7ceep-1f) * v165);
    const float v167 = ((0x1.0624dep-10f) * v162);
    const float v168 = (v167 * v162);
    const float v169 = (v166 + v168);
    b55[i136] = v169;
    const float v170 = (v164 / v8);
    const float v171 = ((0x1.0624dep-10f) * v170);
    const float v172 = (v169 / v10);
    const float v173 = F64(sqrt, v172);
    const float v174 = (v173 + (0x1.5798eep-27f));
    const float v175 = (v171 / v174);
    const float v176 = (v160 - v175);
    b56[i136] = v176;
  } else if (gid < 191200) {
    const int i177 = gid - 108256;
    const float v178 = b57[i177];
    const float v179 = ((0x1.ccccccp-1f) * v178);
    const float v180 = b58[i177];
    const float v181 = b59[i177];
    const float v182 = (0.0f * v181);
    const float v183 = (v180 + v182);
    const float v184 = ((0x1.99999ap-4f) * v183);
    const float v185 = (v179 + v184);
    b60[i177] = v185;
    const float v186 = b61[i177];
    const float v187 = ((0x1.ff7ceep-1f) * v186);
    const float v188 = ((0x1.0624dep-10f) * v183);
    const float v189 = (v188 * v183);
    const float v190 = (v187 + v189);
    b62[i177] = v190;
    const float v191 = (v185 / v8);
    const float v192 = ((0x1.0624dep-10f) * v191);
    const float v193 = (v190 / v10);
    const float v194 = F64(sqrt, v193);
    const float v195 = (v194 + (0x1.5798eep-27f));
    const float v196 = (v192 / v195);
    const float v197 = (v181 - v196);
    b63[i177] = v197;
  } else if (gid < 246496) {
    const int i198 = gid - 191200;
    const float v199 = b64[i198];
    const float v200 = ((0x1.ccccccp-1f) * v199);
    const float v201 = b65[i198];
    const float v202 = b66[i198];
    const float v203 = (0.0f * v202);
    const float v204 = (v201 + v203);
    const float v205 = ((0x1.99999ap-4f) * v204);
    const float v206 = (v200 + v205);
    b67[i198] = v206;
    const float v207 = b68[i198];
    const float v208 = ((0x1.ff7ceep-1f) * v207);
    const float v209 = ((0x1.0624dep-10f) * v204);
    const float v210 = (v209 * v204);
    const float v211 = (v208 + v210);
    b69[i198] = v211;
    const float v212 = (v206 / v8);
    const float v213 = ((0x1.0624dep-10f) * v212);
    const float v214 = (v211 / v10);
    const float v215 = F64(sqrt, v214);
    const float v216 = (v215 + (0x1.5798eep-27f));
    const float v217 = (v213 / v216);
    const float v218 = (v202 - v217);
    b70[i198] = v218;
  } else if (gid < 377568) {
    const int i219 = gid - 246496;
    const float v220 = b71[i219];
    const float v221 = ((0x1.ccccccp-1f) * v220);
    const float v222 = b72[i219];
    const float v223 = b73[i219];
    const float v224 = (0.0f * v223);
    const float v225 = (v222 + v224);
    const float v226 = ((0x1.99999ap-4f) * v225);
    const float v227 = (v221 + v226);
    b74[i219] = v227;
    const float v228 = b75[i219];
    const float v229 = ((0x1.ff7ceep-1f) * v228);
    const float v230 = ((0x1.0624dep-10f) * v225);
    const float v231 = (v230 * v225);
    const float v232 = (v229 + v231);
    b76[i219] = v232;
    const float v233 = (v227 / v8);
    const float v234 = ((0x1.0624dep-10f) * v233);
    const float v235 = (v232 / v10);
    const float v236 = F64(sqrt, v235);
    const float v237 = (v236 + (0x1.5798eep-27f));
    const float v238 = (v234 / v237);
    const float v239 = (v223 - v238);
    b77[i219] = v239;
  } else if (gid < 378080) {
    const int i240 = gid - 377568;
    const float v241 = b78[i240];
    const float v242 = ((0x1.ccccccp-1f) * v241);
    const float v243 = b79[i240];
    const float v244 = b80[i240];
    const float v245 = (0.0f * v244);
    const float v246 = (v243 + v245);
    const float v247 = ((0x1.99999ap-4f) * v246);
    const float v248 = (v242 + v247);
    b81[i240] = v248;
    const float v249 = b82[i240];
    const float v250 = ((0x1.ff7ceep-1f) * v249);
    const float v251 = ((0x1.0624dep-10f) * v246);
    const float v252 = (v251 * v246);
    const float v253 = (v250 + v252);
    b83[i240] = v253;
    const float v254 = (v248 / v8);
    const float v255 = ((0x1.0624dep-10f) * v254);
    const float v256 = (v253 / v10);
    const float v257 = F64(sqrt, v256);
    const float v258 = (v257 + (0x1.5798eep-27f));
    const float v259 = (v255 / v258);
    const float v260 = (v244 - v259);
    b84[i240] = v260;
    const float v261 = b85[i240];
    const float v262 = ((0x1.ccccccp-1f) * v261);
    const float v263 = b86[i240];
    const float v264 = b87[i240];
    const float v265 = (0.0f * v264);
    const float v266 = (v263 + v265);
    const float v267 = ((0x1.99999ap-4f) * v266);
    const float v268 = (v262 + v267);
    b88[i240] = v268;
    const float v269 = b89[i240];
    const float v270 = ((0x1.ff7ceep-1f) * v269);
    const float v271 = ((0x1.0624dep-10f) * v266);
    const float v272 = (v271 * v266);
    const float v273 = (v270 + v272);
    b90[i240] = v273;
    const float v274 = (v268 / v8);
    const float v275 = ((0x1.0624dep-10f) * v274);
    const float v276 = (v273 / v10);
    const float v277 = F64(sqrt, v276);
    const float v278 = (v277 + (0x1.5798eep-27f));
    const float v279 = (v275 / v278);
    const float v280 = (v264 - v279);
    b91[i240] = v280;
  } else if (gid < 640224) {
    const int i281 = gid - 378080;
    const float v282 = b92[i281];
    const float v283 = ((0x1.ccccccp-1f) * v282);
    const float v284 = b93[i281];
    const float v285 = b94[i281];
    const float v286 = (0.0f * v285);
    const float v287 = (v284 + v286);
    const float v288 = ((0x1.99999ap-4f) * v287);
    const float v289 = (v283 + v288);
    b95[i281] = v289;
    const float v290 = b96[i281];
    const float v291 = ((0x1.ff7ceep-1f) * v290);
    const float v292 = ((0x1.0624dep-10f) * v287);
    const float v293 = (v292 * v287);
    const float v294 = (v291 + v293);
    b97[i281] = v294;
    const float v295 = (v289 / v8);
    const float v296 = ((0x1.0624dep-10f) * v295);
    const float v297 = (v294 / v10);
    const float v298 = F64(sqrt, v297);
    const float v299 = (v298 + (0x1.5798eep-27f));
    const float v300 = (v296 / v299);
    const float v301 = (v285 - v300);
    b98[i281] = v301;
  } else if (gid < 645344) {
    const int i302 = gid - 640224;
    const float v303 = b99[i302];
    const float v304 = ((0x1.ccccccp-1f) * v303);
    const float v305 = b100[i302];
    const float v306 = b101[i302];
    const float v307 = (0.0f * v306);
    const float v308 = (v305 + v307);
    const float v309 = ((0x1.99999ap-4f) * v308);
    const float v310 = (v304 + v309);
    b102[i302] = v310;
    const float v311 = b103[i302];
    const float v312 = ((0x1.ff7ceep-1f) * v311);
    const float v313 = ((0x1.0624dep-10f) * v308);
    const float v314 = (v313 * v308);
    const float v315 = (v312 + v314);
    b104[i302] = v315;
    const float v316 = (v310 / v8);
    const float v317 = ((0x1.0624dep-10f) * v316);
    const float v318 = (v315 / v10);
    const float v319 = F64(sqrt, v318);
    const float v320 = (v319 + (0x1.5798eep-27f));
    const float v321 = (v317 / v320);
    const float v322 = (v306 - v321);
    b105[i302] = v322;
  } else if (gid < 645354) {
    const int i323 = gid - 645344;
    const float v324 = b106[i323];
    const float v325 = ((0x1.ccccccp-1f) * v324);
    const float v326 = b107[i323];
    const float v327 = b108[i323];
    const float v328 = (0.0f * v327);
    const float v329 = (v326 + v328);
    const float v330 = ((0x1.99999ap-4f) * v329);
    const float v331 = (v325 + v330);
    b109[i323] = v331;
    const float v332 = b110[i323];
    const float v333 = ((0x1.ff7ceep-1f) * v332);
    const float v334 = ((0x1.0624dep-10f) * v329);
    const float v335 = (v334 * v329);
    const float v336 = (v333 + v335);
    b111[i323] = v336;
    const float v337 = (v331 / v8);
    const float v338 = ((0x1.0624dep-10f) * v337);
    const float v339 = (v336 / v10);
    const float v340 = F64(sqrt, v339);
    const float v341 = (v340 + (0x1.5798eep-27f));
    const float v342 = (v338 / v341);
    const float v343 = (v327 - v342);
    b112[i323] = v343;
  }
}
