// Autoencoder: kernels of one training step: 29 OpenCL kernels for 39 launches
k0.cl: launch 0: conv2d -> f32[B, 32, 14, 14]
k1.cl: launch 1: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
k2.cl: launch 2: conv2d -> f32[B, 64, 7, 7]
k3.cl: launch 3: elementwise add max ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7]
k4.cl: launch 4: elementwise reshape -> f32[B, 3136]
k5.cl: launch 5: matmul b' -> f32[B, 20]
k6.cl: launch 6: elementwise add -> f32[B, 20]
k7.cl: launch 7: matmul b' -> f32[B, 3136]
k8.cl: launch 8: elementwise add max ge -> f32[B, 3136] bool[B, 3136]
k9.cl: launch 10: conv2d_input_grad -> f32[B, 32, 14, 14]
k10.cl: launch 12: conv2d_input_grad -> f32[B, 1, 28, 28]
k11.cl: launch 13: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1, 28, 28] f32[B, 1, 28, 28] f32[B, 1, 28, 28] bool[B, 1, 28, 28] bool[B, 1, 28, 28]
k12.cl: launch 14: reduction of sum div mul -> f32[]
k13.cl: launch 15: elementwise div -> f32[]
k14.cl: launch 16: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 1, 28, 28]
k15.cl: launch 18: elementwise select -> f32[B, 32, 14, 14]
k16.cl: launch 20: elementwise reshape select -> f32[B, 3136]
k17.cl: launch 21: matmul -> f32[B, 20]
k18.cl: launch 22: matmul -> f32[B, 3136]
k19.cl: launch 26: conv2d_weight_grad -> f32[32, 1, 4, 4]
k20.cl: launch 27: reduction of sum -> f32[32]
k21.cl: launch 28: conv2d_weight_grad -> f32[64, 32, 4, 4]
k22.cl: launch 29: reduction of sum -> f32[64]
k23.cl: launch 30: matmul a' -> f32[20, 3136]
k24.cl: launch 31: reduction of sum -> f32[20]
k25.cl: launch 32: matmul a' -> f32[3136, 20]
k26.cl: launch 33: reduction of sum -> f32[3136]
k27.cl: launch 37: reduction of sum -> f32[1]
k28.cl: launch 38: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64] f32[64] f32[64] f32[20, 3136] f32[20, 3136] f32[20, 3136] f32[20] f32[20] f32[20] f32[3136, 20] f32[3136, 20] f32[3136, 20] f32[3136] f32[3136] f32[3136] f32[1] f32[1] f32[1]

// ---- k0.cl

// launch 0: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k0(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k1.cl

// launch 1: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
__kernel void k1(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k2.cl

// launch 2: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k2(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k3.cl

// launch 3: elementwise add max ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
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

// ---- k4.cl

// launch 4: elementwise reshape -> f32[B, 3136]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k5.cl

// launch 5: matmul b' -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k5(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 20, K = 3136;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 32;
  __local float As[16][64], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 32; nn += 8) {
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

// ---- k6.cl

// launch 6: elementwise add -> f32[B, 20]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 20;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k7.cl

// launch 7: matmul b' -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k7(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 20;
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

// ---- k8.cl

// launch 8: elementwise add max ge -> f32[B, 3136] bool[B, 3136]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 3136;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k9.cl

// launch 10: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k9(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k10.cl

// launch 12: conv2d_input_grad -> f32[B, 1, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k10(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  acc_t4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 16; kk < 16; kk += 1) {
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
      for (int r = 0; r < 1; r++) acc[r] += nnc_acc4(As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k11.cl

// launch 13: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1, 28, 28] f32[B, 1, 28, 28] f32[B, 1, 28, 28] bool[B, 1, 28, 28] bool[B, 1, 28, 28]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    const float v5 = nnc_max(v4, 0.0f);
    const float v6 = (-v4);
    const float v7 = nnc_max(v4, v6);
    const float v8 = (-v7);
    const float v9 = F64(exp, v8);
    const float v10 = (1.0f + v9);
    const float v11 = F64(log, v10);
    const float v12 = (v5 + v11);
    const float v13 = b2[i1];
    const float v14 = (v4 * v13);
    const float v15 = (v12 - v14);
    b3[i1] = v15;
    b4[i1] = v10;
    b5[i1] = v9;
    const float v16 = BOOL(v4 >= v6);
    b6[i1] = v16;
    const float v17 = BOOL(v4 >= 0.0f);
    b7[i1] = v17;
  }
}

// ---- k12.cl

// launch 14: reduction of sum div mul -> f32[]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[12];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 28;
    const int x3 = j / 28;
    const int x4 = x3 % 28;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = j % 28;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  const float v11 = (float) x0;
  const float v12 = (r10 / v11);
  const float v13 = (784.0f * v12);
  b1[o] = v13;
}

// ---- k13.cl

// launch 15: elementwise div -> f32[]
__kernel void k13(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[12];
    const float v1 = (float) x0;
    const float v2 = (784.0f / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k14.cl

// launch 16: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 1, 28, 28]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = (-v2);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    const float v6 = b2[i1];
    const float v7 = b3[i1];
    const float v8 = (v2 / v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (-v10);
    const float v12 = (v6 != 0.0f ? v11 : 0.0f);
    const float v13 = (v5 + v12);
    const float v14 = (v6 != 0.0f ? 0.0f : v11);
    const float v15 = (v13 - v14);
    const float v16 = b5[i1];
    const float v17 = (v16 != 0.0f ? v2 : 0.0f);
    const float v18 = (v15 + v17);
    b6[i1] = v18;
  }
}

// ---- k15.cl

// launch 18: elementwise select -> f32[B, 32, 14, 14]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k16.cl

// launch 20: elementwise reshape select -> f32[B, 3136]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k17.cl

// launch 21: matmul -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 20, K = 3136;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 32;
  __local float As[16][64], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 32; nn += 32) {
      const int n = n0 + nn;
      for (int kk = lid / 32; kk < 16; kk += 4) {
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

// ---- k18.cl

// launch 22: matmul -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k18(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 20;
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

// ---- k19.cl

// launch 26: conv2d_weight_grad -> f32[32, 1, 4, 4]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k19(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k20.cl

// launch 27: reduction of sum -> f32[32]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[14];
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

// ---- k21.cl

// launch 28: conv2d_weight_grad -> f32[64, 32, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k22.cl

// launch 29: reduction of sum -> f32[64]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[17];
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

// ---- k23.cl

// launch 30: matmul a' -> f32[20, 3136]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 20, N = 3136, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 32; mm < 32; mm += 32) {
      const int m = m0 + mm;
      for (int kk = lid / 32; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      for (int kk = lid / 64; kk < 16; kk += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k24.cl

// launch 31: reduction of sum -> f32[20]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 20) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 20;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k25.cl

// launch 32: matmul a' -> f32[3136, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 3136, N = 20, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 32;
  __local float As[16][64], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 64; mm < 64; mm += 64) {
      const int m = m0 + mm;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 32; nn += 32) {
      const int n = n0 + nn;
      for (int kk = lid / 32; kk < 16; kk += 4) {
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

// ---- k26.cl

// launch 33: reduction of sum -> f32[3136]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 3136) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 3136;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k27.cl

// launch 37: reduction of sum -> f32[1]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[12];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 28;
    const int x3 = j / 28;
    const int x4 = x3 % 28;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = j % 28;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b1[o] = r10;
}

// ---- k28.cl

// launch 38: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64] f32[64] f32[64] f32[20, 3136] f32[20, 3136] f32[20, 3136] f32[20] f32[20] f32[20] f32[3136, 20] f32[3136, 20] f32[3136, 20] f32[3136] f32[3136] f32[3136] f32[1] f32[1] f32[1]
__kernel void k28(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global const int* restrict d) {
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
  if (gid < 512) {
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
    const float v32 = b8[i11];
    const float v33 = ((0x1.ccccccp-1f) * v32);
    const float v34 = b9[i11];
    const float v35 = b10[i11];
    const float v36 = (0.0f * v35);
    const float v37 = (v34 + v36);
    const float v38 = ((0x1.99999ap-4f) * v37);
    const float v39 = (v33 + v38);
    b11[i11] = v39;
    const float v40 = b12[i11];
    const float v41 = ((0x1.ff7ceep-1f) * v40);
    const float v42 = ((0x1.0624dep-10f) * v37);
    const float v43 = (v42 * v37);
    const float v44 = (v41 + v43);
    b13[i11] = v44;
    const float v45 = (v39 / v8);
    const float v46 = ((0x1.0624dep-10f) * v45);
    const float v47 = (v44 / v10);
    const float v48 = F64(sqrt, v47);
    const float v49 = (v48 + (0x1.5798eep-27f));
    const float v50 = (v46 / v49);
    const float v51 = (v35 - v50);
    b14[i11] = v51;
  } else if (gid < 544) {
    const int i52 = gid - 512;
    const float v53 = b15[i52];
    const float v54 = ((0x1.ccccccp-1f) * v53);
    const float v55 = b16[i52];
    const float v56 = b17[i52];
    const float v57 = (0.0f * v56);
    const float v58 = (v55 + v57);
    const float v59 = ((0x1.99999ap-4f) * v58);
    const float v60 = (v54 + v59);
    b18[i52] = v60;
    const float v61 = b19[i52];
    const float v62 = ((0x1.ff7ceep-1f) * v61);
    const float v63 = ((0x1.0624dep-10f) * v58);
    const float v64 = (v63 * v58);
    const float v65 = (v62 + v64);
    b20[i52] = v65;
    const float v66 = (v60 / v8);
    const float v67 = ((0x1.0624dep-10f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i52] = v72;
    const float v73 = b22[i52];
    const float v74 = ((0x1.ccccccp-1f) * v73);
    const float v75 = b23[i52];
    const float v76 = b24[i52];
    const float v77 = (0.0f * v76);
    const float v78 = (v75 + v77);
    const float v79 = ((0x1.99999ap-4f) * v78);
    const float v80 = (v74 + v79);
    b25[i52] = v80;
    const float v81 = b26[i52];
    const float v82 = ((0x1.ff7ceep-1f) * v81);
    const float v83 = ((0x1.0624dep-10f) * v78);
    const float v84 = (v83 * v78);
    const float v85 = (v82 + v84);
    b27[i52] = v85;
    const float v86 = (v80 / v8);
    const float v87 = ((0x1.0624dep-10f) * v86);
    const float v88 = (v85 / v10);
    const float v89 = F64(sqrt, v88);
    const float v90 = (v89 + (0x1.5798eep-27f));
    const float v91 = (v87 / v90);
    const float v92 = (v76 - v91);
    b28[i52] = v92;
  } else if (gid < 33312) {
    const int i93 = gid - 544;
    const float v94 = b29[i93];
    const float v95 = ((0x1.ccccccp-1f) * v94);
    const float v96 = b30[i93];
    const float v97 = b31[i93];
    const float v98 = (0.0f * v97);
    const float v99 = (v96 + v98);
    const float v100 = ((0x1.99999ap-4f) * v99);
    const float v101 = (v95 + v100);
    b32[i93] = v101;
    const float v102 = b33[i93];
    const float v103 = ((0x1.ff7ceep-1f) * v102);
    const float v104 = ((0x1.0624dep-10f) * v99);
    const float v105 = (v104 * v99);
    const float v106 = (v103 + v105);
    b34[i93] = v106;
    const float v107 = (v101 / v8);
    const float v108 = ((0x1.0624dep-10f) * v107);
    const float v109 = (v106 / v10);
    const float v110 = F64(sqrt, v109);
    const float v111 = (v110 + (0x1.5798eep-27f));
    const float v112 = (v108 / v111);
    const float v113 = (v97 - v112);
    b35[i93] = v113;
    const float v114 = b36[i93];
    const float v115 = ((0x1.ccccccp-1f) * v114);
    const float v116 = b37[i93];
    const float v117 = b38[i93];
    const float v118 = (0.0f * v117);
    const float v119 = (v116 + v118);
    const float v120 = ((0x1.99999ap-4f) * v119);
    const float v121 = (v115 + v120);
    b39[i93] = v121;
    const float v122 = b40[i93];
    const float v123 = ((0x1.ff7ceep-1f) * v122);
    const float v124 = ((0x1.0624dep-10f) * v119);
    const float v125 = (v124 * v119);
    const float v126 = (v123 + v125);
    b41[i93] = v126;
    const float v127 = (v121 / v8);
    const float v128 = ((0x1.0624dep-10f) * v127);
    const float v129 = (v126 / v10);
    const float v130 = F64(sqrt, v129);
    const float v131 = (v130 + (0x1.5798eep-27f));
    const float v132 = (v128 / v131);
    const float v133 = (v117 - v132);
    b42[i93] = v133;
  } else if (gid < 33376) {
    const int i134 = gid - 33312;
    const float v135 = b43[i134];
    const float v136 = ((0x1.ccccccp-1f) * v135);
    const float v137 = b44[i134];
    const float v138 = b45[i134];
    const float v139 = (0.0f * v138);
    const float v140 = (v137 + v139);
    const float v141 = ((0x1.99999ap-4f) * v140);
    const float v142 = (v136 + v141);
    b46[i134] = v142;
    const float v143 = b47[i134];
    const float v144 = ((0x1.ff7ceep-1f) * v143);
    const float v145 = ((0x1.0624dep-10f) * v140);
    const float v146 = (v145 * v140);
    const float v147 = (v144 + v146);
    b48[i134] = v147;
    const float v148 = (v142 / v8);
    const float v149 = ((0x1.0624dep-10f) * v148);
    const float v150 = (v147 / v10);
    const float v151 = F64(sqrt, v150);
    const float v152 = (v151 + (0x1.5798eep-27f));
    const float v153 = (v149 / v152);
    const float v154 = (v138 - v153);
    b49[i134] = v154;
  } else if (gid < 96096) {
    const int i155 = gid - 33376;
    const float v156 = b50[i155];
    const float v157 = ((0x1.ccccccp-1f) * v156);
    const float v158 = b51[i155];
    const float v159 = b52[i155];
    const float v160 = (0.0f * v159);
    const float v161 = (v158 + v160);
    const float v162 = ((0x1.99999ap-4f) * v161);
    const float v163 = (v157 + v162);
    b53[i155] = v163;
    const float v164 = b54[i155];
    const float v165 = ((0x1.ff7ceep-1f) * v164);
    const float v166 = ((0x1.0624dep-10f) * v161);
    const float v167 = (v166 * v161);
    const float v168 = (v165 + v167);
    b55[i155] = v168;
    const float v169 = (v163 / v8);
    const float v170 = ((0x1.0624dep-10f) * v169);
    const float v171 = (v168 / v10);
    const float v172 = F64(sqrt, v171);
    const float v173 = (v172 + (0x1.5798eep-27f));
    const float v174 = (v170 / v173);
    const float v175 = (v159 - v174);
    b56[i155] = v175;
  } else if (gid < 96116) {
    const int i176 = gid - 96096;
    const float v177 = b57[i176];
    const float v178 = ((0x1.ccccccp-1f) * v177);
    const float v179 = b58[i176];
    const float v180 = b59[i176];
    const float v181 = (0.0f * v180);
    const float v182 = (v179 + v181);
    const float v183 = ((0x1.99999ap-4f) * v182);
    const float v184 = (v178 + v183);
    b60[i176] = v184;
    const float v185 = b61[i176];
    const float v186 = ((0x1.ff7ceep-1f) * v185);
    const float v187 = ((0x1.0624dep-10f) * v182);
    const float v188 = (v187 * v182);
    const float v189 = (v186 + v188);
    b62[i176] = v189;
    const float v190 = (v184 / v8);
    const float v191 = ((0x1.0624dep-10f) * v190);
    const float v192 = (v189 / v10);
    const float v193 = F64(sqrt, v192);
    const float v194 = (v193 + (0x1.5798eep-27f));
    const float v195 = (v191 / v194);
    const float v196 = (v180 - v195);
    b63[i176] = v196;
  } else if (gid < 158836) {
    const int i197 = gid - 96116;
    const float v198 = b64[i197];
    const float v199 = ((0x1.ccccccp-1f) * v198);
    const float v200 = b65[i197];
    const float v201 = b66[i197];
    const float v202 = (0.0f * v201);
    const float v203 = (v200 + v202);
    const float v204 = ((0x1.99999ap-4f) * v203);
    const float v205 = (v199 + v204);
    b67[i197] = v205;
    const float v206 = b68[i197];
    const float v207 = ((0x1.ff7ceep-1f) * v206);
    const float v208 = ((0x1.0624dep-10f) * v203);
    const float v209 = (v208 * v203);
    const float v210 = (v207 + v209);
    b69[i197] = v210;
    const float v211 = (v205 / v8);
    const float v212 = ((0x1.0624dep-10f) * v211);
    const float v213 = (v210 / v10);
    const float v214 = F64(sqrt, v213);
    const float v215 = (v214 + (0x1.5798eep-27f));
    const float v216 = (v212 / v215);
    const float v217 = (v201 - v216);
    b70[i197] = v217;
  } else if (gid < 161972) {
    const int i218 = gid - 158836;
    const float v219 = b71[i218];
    const float v220 = ((0x1.ccccccp-1f) * v219);
    const float v221 = b72[i218];
    const float v222 = b73[i218];
    const float v223 = (0.0f * v222);
    const float v224 = (v221 + v223);
    const float v225 = ((0x1.99999ap-4f) * v224);
    const float v226 = (v220 + v225);
    b74[i218] = v226;
    const float v227 = b75[i218];
    const float v228 = ((0x1.ff7ceep-1f) * v227);
    const float v229 = ((0x1.0624dep-10f) * v224);
    const float v230 = (v229 * v224);
    const float v231 = (v228 + v230);
    b76[i218] = v231;
    const float v232 = (v226 / v8);
    const float v233 = ((0x1.0624dep-10f) * v232);
    const float v234 = (v231 / v10);
    const float v235 = F64(sqrt, v234);
    const float v236 = (v235 + (0x1.5798eep-27f));
    const float v237 = (v233 / v236);
    const float v238 = (v222 - v237);
    b77[i218] = v238;
  } else if (gid < 161973) {
    const int i239 = gid - 161972;
    const float v240 = b78[0];
    const float v241 = ((0x1.ccccccp-1f) * v240);
    const float v242 = b79[0];
    const float v243 = b80[0];
    const float v244 = (0.0f * v243);
    const float v245 = (v242 + v244);
    const float v246 = ((0x1.99999ap-4f) * v245);
    const float v247 = (v241 + v246);
    b81[i239] = v247;
    const float v248 = b82[0];
    const float v249 = ((0x1.ff7ceep-1f) * v248);
    const float v250 = ((0x1.0624dep-10f) * v245);
    const float v251 = (v250 * v245);
    const float v252 = (v249 + v251);
    b83[i239] = v252;
    const float v253 = (v247 / v8);
    const float v254 = ((0x1.0624dep-10f) * v253);
    const float v255 = (v252 / v10);
    const float v256 = F64(sqrt, v255);
    const float v257 = (v256 + (0x1.5798eep-27f));
    const float v258 = (v254 / v257);
    const float v259 = (v243 - v258);
    b84[i239] = v259;
  }
}
