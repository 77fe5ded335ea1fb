// SmallCnn: kernels of one training step: 36 OpenCL kernels for 37 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: conv2d -> f32[B, 32, 28, 28]
k2.cl: launch 2: elementwise add max ge -> f32[B, 32, 28, 28] bool[B, 32, 28, 28]
k3.cl: launch 3: max_pool2d -> f32[B, 32, 14, 14]
k4.cl: launch 4: conv2d -> f32[B, 64, 14, 14]
k5.cl: launch 5: elementwise add max ge -> f32[B, 64, 14, 14] bool[B, 64, 14, 14]
k6.cl: launch 6: max_pool2d -> f32[B, 64, 7, 7]
k7.cl: launch 7: elementwise reshape -> f32[B, 3136]
k8.cl: launch 8: matmul b' -> f32[B, 128]
k9.cl: launch 9: elementwise add max ge -> f32[B, 128] bool[B, 128]
k10.cl: launch 10: elementwise random lt cast mul mul -> f32[B, 128] f32[B, 128]
k11.cl: launch 11: matmul b' -> f32[B, 10]
k12.cl: launch 12: elementwise add -> f32[B, 10]
k13.cl: launch 13: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k14.cl: launch 14: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k15.cl: launch 15: reduction of sum div neg -> f32[]
k16.cl: launch 16: elementwise div -> f32[]
k17.cl: launch 17: elementwise broadcast select -> f32[B, 1, 10]
k18.cl: launch 18: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k19.cl: launch 19: matmul -> f32[B, 128]
k20.cl: launch 20: elementwise mul mul select -> f32[B, 128]
k21.cl: launch 21: matmul -> f32[B, 3136]
k22.cl: launch 23: max_pool2d_scatter -> f32[B, 64, 14, 14]
k23.cl: launch 24: elementwise select -> f32[B, 64, 14, 14]
k24.cl: launch 25: conv2d_input_grad -> f32[B, 32, 14, 14]
k25.cl: launch 26: max_pool2d_scatter -> f32[B, 32, 28, 28]
k26.cl: launch 27: elementwise select -> f32[B, 32, 28, 28]
k27.cl: launch 28: conv2d_weight_grad -> f32[32, 1, 3, 3]
k28.cl: launch 29: reduction of sum -> f32[32]
k29.cl: launch 30: conv2d_weight_grad -> f32[64, 32, 3, 3]
k30.cl: launch 31: reduction of sum -> f32[64]
k31.cl: launch 32: matmul a' -> f32[128, 3136]
k32.cl: launch 33: reduction of sum -> f32[128]
k33.cl: launch 34: matmul a' -> f32[10, 128]
k34.cl: launch 35: reduction of sum -> f32[10]
k35.cl: launch 36: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32] f32[32] f32[32] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64] f32[64] f32[64] f32[128, 3136] f32[128, 3136] f32[128, 3136] f32[128] f32[128] f32[128] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]

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

// launch 1: conv2d -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// launch 2: elementwise add max ge -> f32[B, 32, 28, 28] bool[B, 32, 28, 28]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
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

// launch 3: max_pool2d -> f32[B, 32, 14, 14]
__kernel void k3(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k4.cl

// launch 4: conv2d -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k4(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k5.cl

// launch 5: elementwise add max ge -> f32[B, 64, 14, 14] bool[B, 64, 14, 14]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
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

// launch 6: max_pool2d -> f32[B, 64, 7, 7]
__kernel void k6(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k7.cl

// launch 7: elementwise reshape -> f32[B, 3136]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k8.cl

// launch 8: matmul b' -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 3136;
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

// ---- k9.cl

// launch 9: elementwise add max ge -> f32[B, 128] bool[B, 128]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k10.cl

// launch 10: elementwise random lt cast mul mul -> f32[B, 128] f32[B, 128]
__kernel void k10(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
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

// ---- k11.cl

// launch 11: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k11(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 128;
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

// ---- k12.cl

// launch 12: elementwise add -> f32[B, 10]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k13.cl

// launch 13: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k14.cl

// launch 14: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k14(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k15.cl

// launch 15: reduction of sum div neg -> f32[]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k16.cl

// launch 16: elementwise div -> f32[]
__kernel void k16(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k17.cl

// launch 17: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k18.cl

// launch 18: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k19.cl

// launch 19: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 10;
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

// ---- k20.cl

// launch 20: elementwise mul mul select -> f32[B, 128]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
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

// ---- k21.cl

// launch 21: matmul -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 128;
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

// ---- k22.cl

// launch 23: max_pool2d_scatter -> f32[B, 64, 14, 14]
__kernel void k22(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k23.cl

// launch 24: elementwise select -> f32[B, 64, 14, 14]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k24.cl

// launch 25: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k24(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k25.cl

// launch 26: max_pool2d_scatter -> f32[B, 32, 28, 28]
__kernel void k25(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k26.cl

// launch 27: elementwise select -> f32[B, 32, 28, 28]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k27.cl

// launch 28: conv2d_weight_grad -> f32[32, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k27(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 16;
  __local float As[16][32], Bs[16][16];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 2) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 16; nn += 2) {
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

// ---- k28.cl

// launch 29: reduction of sum -> f32[32]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 32;
    const int x3 = x2 + o;
    const int x4 = x3 * 28;
    const int x5 = j / 28;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = j % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k29.cl

// launch 30: conv2d_weight_grad -> f32[64, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k29(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k30.cl

// launch 31: reduction of sum -> f32[64]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[18];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 196;
    const int x2 = x1 * 64;
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

// ---- k31.cl

// launch 32: matmul a' -> f32[128, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k31(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 3136, K = d[0];
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

// ---- k32.cl

// launch 33: reduction of sum -> f32[128]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 128;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k33.cl

// launch 34: matmul a' -> f32[10, 128]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 128, K = d[0];
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

// ---- k34.cl

// launch 35: reduction of sum -> f32[10]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k35.cl

// launch 36: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32] f32[32] f32[32] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64] f32[64] f32[64] f32[128, 3136] f32[128, 3136] f32[128, 3136] f32[128] f32[128] f32[128] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]
__kernel void k35(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global const int* restrict d) {
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
  if (gid < 288) {
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
  } else if (gid < 320) {
    const int i32 = gid - 288;
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
  } else if (gid < 18752) {
    const int i53 = gid - 320;
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
  } else if (gid < 18816) {
    const int i74 = gid - 18752;
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
  } else if (gid < 420224) {
    const int i95 = gid - 18816;
    const float v96 = b29[i95];
    const float v97 = ((0x1.ccccccp-1f) * v96);
    const float v98 = b30[i95];
    const float v99 = b31[i95];
    const float v100 = (0.0f * v99);
    const float v101 = (v98 + v100);
    const float v102 = ((0x1.99999ap-4f) * v101);
    const float v103 = (v97 + v102);
    b32[i95] = v103;
    const float v104 = b33[i95];
    const float v105 = ((0x1.ff7ceep-1f) * v104);
    const float v106 = ((0x1.0624dep-10f) * v101);
    const float v107 = (v106 * v101);
    const float v108 = (v105 + v107);
    b34[i95] = v108;
    const float v109 = (v103 / v8);
    const float v110 = ((0x1.0624dep-10f) * v109);
    const float v111 = (v108 / v10);
    const float v112 = F64(sqrt, v111);
    const float v113 = (v112 + (0x1.5798eep-27f));
    const float v114 = (v110 / v113);
    const float v115 = (v99 - v114);
    b35[i95] = v115;
  } else if (gid < 420352) {
    const int i116 = gid - 420224;
    const float v117 = b36[i116];
    const float v118 = ((0x1.ccccccp-1f) * v117);
    const float v119 = b37[i116];
    const float v120 = b38[i116];
    const float v121 = (0.0f * v120);
    const float v122 = (v119 + v121);
    const float v123 = ((0x1.99999ap-4f) * v122);
    const float v124 = (v118 + v123);
    b39[i116] = v124;
    const float v125 = b40[i116];
    const float v126 = ((0x1.ff7ceep-1f) * v125);
    const float v127 = ((0x1.0624dep-10f) * v122);
    const float v128 = (v127 * v122);
    const float v129 = (v126 + v128);
    b41[i116] = v129;
    const float v130 = (v124 / v8);
    const float v131 = ((0x1.0624dep-10f) * v130);
    const float v132 = (v129 / v10);
    const float v133 = F64(sqrt, v132);
    const float v134 = (v133 + (0x1.5798eep-27f));
    const float v135 = (v131 / v134);
    const float v136 = (v120 - v135);
    b42[i116] = v136;
  } else if (gid < 421632) {
    const int i137 = gid - 420352;
    const float v138 = b43[i137];
    const float v139 = ((0x1.ccccccp-1f) * v138);
    const float v140 = b44[i137];
    const float v141 = b45[i137];
    const float v142 = (0.0f * v141);
    const float v143 = (v140 + v142);
    const float v144 = ((0x1.99999ap-4f) * v143);
    const float v145 = (v139 + v144);
    b46[i137] = v145;
    const float v146 = b47[i137];
    const float v147 = ((0x1.ff7ceep-1f) * v146);
    const float v148 = ((0x1.0624dep-10f) * v143);
    const float v149 = (v148 * v143);
    const float v150 = (v147 + v149);
    b48[i137] = v150;
    const float v151 = (v145 / v8);
    const float v152 = ((0x1.0624dep-10f) * v151);
    const float v153 = (v150 / v10);
    const float v154 = F64(sqrt, v153);
    const float v155 = (v154 + (0x1.5798eep-27f));
    const float v156 = (v152 / v155);
    const float v157 = (v141 - v156);
    b49[i137] = v157;
  } else if (gid < 421642) {
    const int i158 = gid - 421632;
    const float v159 = b50[i158];
    const float v160 = ((0x1.ccccccp-1f) * v159);
    const float v161 = b51[i158];
    const float v162 = b52[i158];
    const float v163 = (0.0f * v162);
    const float v164 = (v161 + v163);
    const float v165 = ((0x1.99999ap-4f) * v164);
    const float v166 = (v160 + v165);
    b53[i158] = v166;
    const float v167 = b54[i158];
    const float v168 = ((0x1.ff7ceep-1f) * v167);
    const float v169 = ((0x1.0624dep-10f) * v164);
    const float v170 = (v169 * v164);
    const float v171 = (v168 + v170);
    b55[i158] = v171;
    const float v172 = (v166 / v8);
    const float v173 = ((0x1.0624dep-10f) * v172);
    const float v174 = (v171 / v10);
    const float v175 = F64(sqrt, v174);
    const float v176 = (v175 + (0x1.5798eep-27f));
    const float v177 = (v173 / v176);
    const float v178 = (v162 - v177);
    b56[i158] = v178;
  }
}
