// ==== discriminator
// train step discriminator: kernels of one training step: 38 OpenCL kernels for 50 launches
k0.cl: launch 0: conv2d -> f32[B, 32, 14, 14]
k1.cl: launch 1: elementwise add max min mul add le ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] bool[B, 32, 14, 14]
k2.cl: launch 2: conv2d -> f32[B, 64, 7, 7]
k3.cl: launch 3: elementwise add max min mul add le ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7] bool[B, 64, 7, 7]
k4.cl: launch 4: elementwise reshape -> f32[B, 3136]
k5.cl: launch 5: matmul b' -> f32[B, 1]
k6.cl: launch 6: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
k7.cl: launch 7: reduction of sum div -> f32[]
k8.cl: launch 8: elementwise random -> f32[B, 64]
k9.cl: launch 9: matmul b' -> f32[B, 3136]
k10.cl: launch 10: elementwise add -> f32[B, 3136]
k11.cl: launch 11: reduction of sum div -> f32[64]
k12.cl: launch 12: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 64, 7, 7] f32[64]
k13.cl: launch 13: elementwise broadcast mul add max -> f32[B, 64, 7, 7]
k14.cl: launch 14: conv2d_input_grad -> f32[B, 32, 14, 14]
k15.cl: launch 15: elementwise add -> f32[B, 32, 14, 14]
k16.cl: launch 16: reduction of sum div -> f32[32]
k17.cl: launch 17: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 32, 14, 14] f32[32]
k18.cl: launch 18: elementwise broadcast mul add max -> f32[B, 32, 14, 14]
k19.cl: launch 19: conv2d_input_grad -> f32[B, 1, 28, 28]
k20.cl: launch 20: elementwise add sigmoid stop_gradient -> f32[B, 1, 28, 28]
k21.cl: launch 27: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
k22.cl: launch 28: reduction of sum div add -> f32[]
k23.cl: launch 29: elementwise div -> f32[]
k24.cl: launch 30: reduction of broadcast neg mul div mul neg select add select sub select add ... -> f32[B, 1] f32[B, 1] f32[1]
k25.cl: launch 31: matmul -> f32[B, 3136]
k26.cl: launch 32: elementwise reshape mul select select add -> f32[B, 64, 7, 7]
k27.cl: launch 34: elementwise mul select select add -> f32[B, 32, 14, 14]
k28.cl: launch 35: conv2d_weight_grad -> f32[32, 1, 4, 4]
k29.cl: launch 37: reduction of reshape mul select select add add sum -> f32[B, 64, 7, 7] f32[64]
k30.cl: launch 39: elementwise mul select select add add -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k31.cl: launch 41: elementwise add -> f32[32, 1, 4, 4]
k32.cl: launch 42: reduction of sum -> f32[32]
k33.cl: launch 43: conv2d_weight_grad -> f32[64, 32, 4, 4]
k34.cl: launch 45: elementwise add -> f32[64, 32, 4, 4]
k35.cl: launch 46: matmul a' -> f32[3136, 1]
k36.cl: launch 48: elementwise add -> f32[3136, 1]
k37.cl: launch 49: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32] f32[32] f32[32] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64] f32[64] f32[64] f32[1, 3136] f32[1, 3136] f32[1, 3136] f32[1] f32[1] f32[1]

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

// launch 1: elementwise add max min mul add le ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] bool[B, 32, 14, 14]
__kernel void k1(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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
    const float v8 = nnc_min(0.0f, v6);
    const float v9 = ((0x1.99999ap-3f) * v8);
    const float v10 = (v7 + v9);
    b2[i1] = v10;
    const float v11 = BOOL(0.0f <= v6);
    b3[i1] = v11;
    const float v12 = BOOL(v6 >= 0.0f);
    b4[i1] = v12;
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

// launch 3: elementwise add max min mul add le ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7] bool[B, 64, 7, 7]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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
    const float v8 = nnc_min(0.0f, v6);
    const float v9 = ((0x1.99999ap-3f) * v8);
    const float v10 = (v7 + v9);
    b2[i1] = v10;
    const float v11 = BOOL(0.0f <= v6);
    b3[i1] = v11;
    const float v12 = BOOL(v6 >= 0.0f);
    b4[i1] = v12;
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

// launch 5: matmul b' -> f32[B, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k5(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 1, K = 3136;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 1;
  __local float As[16][64], Bs[16][1];
  float acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 1; nn += 1) {
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
      const float b = Bs[kk][lx];
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[1];
    out[0] = (float) acc[r];
    for (int c = 0; c < 1; c++) {
      const int n = n0 + lx * 1 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k6.cl

// launch 6: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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
    const float v13 = (v12 - v4);
    b2[i1] = v13;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v14 = BOOL(v4 >= v6);
    b5[i1] = v14;
    const float v15 = BOOL(v4 >= 0.0f);
    b6[i1] = v15;
  }
}

// ---- k7.cl

// launch 7: reduction of sum div -> f32[]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  b1[o] = v4;
}

// ---- k8.cl

// launch 8: elementwise random -> f32[B, 64]
__kernel void k8(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(1, 42u, 0u, (float) v2, i1);
    b1[i1] = v3;
  }
}

// ---- k9.cl

// launch 9: matmul b' -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 64;
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

// ---- k10.cl

// launch 10: elementwise add -> f32[B, 3136]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 3136;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k11.cl

// launch 11: reduction of sum div -> f32[64]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[11];
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
  const float v13 = (float) x0;
  const float v14 = (r12 / v13);
  b1[o] = v14;
}

// ---- k12.cl

// launch 12: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 64, 7, 7] f32[64]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[11];
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
    const float v12 = b1[o];
    const float v13 = (v11 - v12);
    const float v14 = (v13 * v13);
    b2[x10] = v13;
    acc += (acc_t) v14;
  }
  const float r15 = (float) acc;
  const float v16 = (float) x0;
  const float v17 = (r15 / v16);
  const float v18 = (v17 + (0x1.4f8b58p-17f));
  const float v19 = F64(sqrt, v18);
  const float v20 = (1.0f / v19);
  const float v21 = b3[o];
  const float v22 = (v20 * v21);
  b4[o] = v22;
}

// ---- k13.cl

// launch 13: elementwise broadcast mul add max -> f32[B, 64, 7, 7]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
  }
}

// ---- k14.cl

// launch 14: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k14(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
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

// ---- k15.cl

// launch 15: elementwise add -> f32[B, 32, 14, 14]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k16.cl

// launch 16: reduction of sum div -> f32[32]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[13];
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
  const float v13 = (float) x0;
  const float v14 = (r12 / v13);
  b1[o] = v14;
}

// ---- k17.cl

// launch 17: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 32, 14, 14] f32[32]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[13];
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
    const float v12 = b1[o];
    const float v13 = (v11 - v12);
    const float v14 = (v13 * v13);
    b2[x10] = v13;
    acc += (acc_t) v14;
  }
  const float r15 = (float) acc;
  const float v16 = (float) x0;
  const float v17 = (r15 / v16);
  const float v18 = (v17 + (0x1.4f8b58p-17f));
  const float v19 = F64(sqrt, v18);
  const float v20 = (1.0f / v19);
  const float v21 = b3[o];
  const float v22 = (v20 * v21);
  b4[o] = v22;
}

// ---- k18.cl

// launch 18: elementwise broadcast mul add max -> f32[B, 32, 14, 14]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
  }
}

// ---- k19.cl

// launch 19: conv2d_input_grad -> f32[B, 1, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k19(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
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

// ---- k20.cl

// launch 20: elementwise add sigmoid stop_gradient -> f32[B, 1, 28, 28]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    const float v5 = nnc_sigmoid(v4);
    b2[i1] = v5;
  }
}

// ---- k21.cl

// launch 27: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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
    const float v13 = (v4 * 0.0f);
    const float v14 = (v12 - v13);
    b2[i1] = v14;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v15 = BOOL(v4 >= v6);
    b5[i1] = v15;
    const float v16 = BOOL(v4 >= 0.0f);
    b6[i1] = v16;
  }
}

// ---- k22.cl

// launch 28: reduction of sum div add -> f32[]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  const float v3 = b1[0];
  const float v4 = (float) x0;
  const float v5 = (r2 / v4);
  const float v6 = (v3 + v5);
  b2[o] = v6;
}

// ---- k23.cl

// launch 29: elementwise div -> f32[]
__kernel void k23(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = (1.0f / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k24.cl

// launch 30: reduction of broadcast neg mul div mul neg select add select sub select add ... -> f32[B, 1] f32[B, 1] f32[1]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[0];
    const float v2 = (-v1);
    const float v3 = (v2 * 0.0f);
    const float v4 = b1[j];
    const float v5 = b2[j];
    const float v6 = (v1 / v5);
    const float v7 = b3[j];
    const float v8 = (v6 * v7);
    const float v9 = (-v8);
    const float v10 = (v4 != 0.0f ? v9 : 0.0f);
    const float v11 = (v3 + v10);
    const float v12 = (v4 != 0.0f ? 0.0f : v9);
    const float v13 = (v11 - v12);
    const float v14 = b4[j];
    const float v15 = (v14 != 0.0f ? v1 : 0.0f);
    const float v16 = (v13 + v15);
    const float v17 = b5[j];
    const float v18 = b6[j];
    const float v19 = (v1 / v18);
    const float v20 = b7[j];
    const float v21 = (v19 * v20);
    const float v22 = (-v21);
    const float v23 = (v17 != 0.0f ? v22 : 0.0f);
    const float v24 = (v23 - v1);
    const float v25 = (v17 != 0.0f ? 0.0f : v22);
    const float v26 = (v24 - v25);
    const float v27 = b8[j];
    const float v28 = (v27 != 0.0f ? v1 : 0.0f);
    const float v29 = (v26 + v28);
    const float v30 = (v16 + v29);
    b9[j] = v16;
    b10[j] = v29;
    acc += (acc_t) v30;
  }
  const float r31 = (float) acc;
  b11[o] = r31;
}

// ---- k25.cl

// launch 31: matmul -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 1;
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

// ---- k26.cl

// launch 32: elementwise reshape mul select select add -> f32[B, 64, 7, 7]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * (0x1.99999ap-3f));
    const float v5 = (v2 != 0.0f ? 0.0f : v4);
    const float v6 = b2[i1];
    const float v7 = (v6 != 0.0f ? v3 : 0.0f);
    const float v8 = (v5 + v7);
    b3[i1] = v8;
  }
}

// ---- k27.cl

// launch 34: elementwise mul select select add -> f32[B, 32, 14, 14]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * (0x1.99999ap-3f));
    const float v5 = (v2 != 0.0f ? 0.0f : v4);
    const float v6 = b2[i1];
    const float v7 = (v6 != 0.0f ? v3 : 0.0f);
    const float v8 = (v5 + v7);
    b3[i1] = v8;
  }
}

// ---- k28.cl

// launch 35: conv2d_weight_grad -> f32[32, 1, 4, 4]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k28(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
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

// ---- k29.cl

// launch 37: reduction of reshape mul select select add add sum -> f32[B, 64, 7, 7] f32[64]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[11];
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
    const float v12 = b1[x10];
    const float v13 = b2[x10];
    const float v14 = (v13 * (0x1.99999ap-3f));
    const float v15 = (v12 != 0.0f ? 0.0f : v14);
    const float v16 = b3[x10];
    const float v17 = (v16 != 0.0f ? v13 : 0.0f);
    const float v18 = (v15 + v17);
    const float v19 = (v11 + v18);
    b4[x10] = v18;
    acc += (acc_t) v19;
  }
  const float r20 = (float) acc;
  b5[o] = r20;
}

// ---- k30.cl

// launch 39: elementwise mul select select add add -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * (0x1.99999ap-3f));
    const float v5 = (v2 != 0.0f ? 0.0f : v4);
    const float v6 = b2[i1];
    const float v7 = (v6 != 0.0f ? v3 : 0.0f);
    const float v8 = (v5 + v7);
    b3[i1] = v8;
    const float v9 = b4[i1];
    const float v10 = (v9 + v8);
    b5[i1] = v10;
  }
}

// ---- k31.cl

// launch 41: elementwise add -> f32[32, 1, 4, 4]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k32.cl

// launch 42: reduction of sum -> f32[32]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[13];
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

// ---- k33.cl

// launch 43: conv2d_weight_grad -> f32[64, 32, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
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

// ---- k34.cl

// launch 45: elementwise add -> f32[64, 32, 4, 4]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k35.cl

// launch 46: matmul a' -> f32[3136, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 3136, N = 1, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 1;
  __local float As[16][64], Bs[16][1];
  float acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid / 16; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 1; nn < 1; nn += 1) {
      const int n = n0 + nn;
      for (int kk = lid / 1; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float b = Bs[kk][lx];
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[1];
    out[0] = (float) acc[r];
    for (int c = 0; c < 1; c++) {
      const int n = n0 + lx * 1 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k36.cl

// launch 48: elementwise add -> f32[3136, 1]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k37.cl

// launch 49: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32, 1, 4, 4] f32[32] f32[32] f32[32] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64, 32, 4, 4] f32[64] f32[64] f32[64] f32[1, 3136] f32[1, 3136] f32[1, 3136] f32[1] f32[1] f32[1]
__kernel void k37(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[5];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = F64_2(pow, (0x1.0p-1f), v1);
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
    const float v13 = ((0x1.0p-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = (0.0f * v15);
    const float v17 = (v14 + v16);
    const float v18 = ((0x1.0p-1f) * v17);
    const float v19 = (v13 + v18);
    b4[i11] = v19;
    const float v20 = b5[i11];
    const float v21 = ((0x1.ff7ceep-1f) * v20);
    const float v22 = ((0x1.0624dep-10f) * v17);
    const float v23 = (v22 * v17);
    const float v24 = (v21 + v23);
    b6[i11] = v24;
    const float v25 = (v19 / v8);
    const float v26 = ((0x1.a36e2ep-13f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 544) {
    const int i32 = gid - 512;
    const float v33 = b8[i32];
    const float v34 = ((0x1.0p-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = (0.0f * v36);
    const float v38 = (v35 + v37);
    const float v39 = ((0x1.0p-1f) * v38);
    const float v40 = (v34 + v39);
    b11[i32] = v40;
    const float v41 = b12[i32];
    const float v42 = ((0x1.ff7ceep-1f) * v41);
    const float v43 = ((0x1.0624dep-10f) * v38);
    const float v44 = (v43 * v38);
    const float v45 = (v42 + v44);
    b13[i32] = v45;
    const float v46 = (v40 / v8);
    const float v47 = ((0x1.a36e2ep-13f) * v46);
    const float v48 = (v45 / v10);
    const float v49 = F64(sqrt, v48);
    const float v50 = (v49 + (0x1.5798eep-27f));
    const float v51 = (v47 / v50);
    const float v52 = (v36 - v51);
    b14[i32] = v52;
  } else if (gid < 33312) {
    const int i53 = gid - 544;
    const float v54 = b15[i53];
    const float v55 = ((0x1.0p-1f) * v54);
    const float v56 = b16[i53];
    const float v57 = b17[i53];
    const float v58 = (0.0f * v57);
    const float v59 = (v56 + v58);
    const float v60 = ((0x1.0p-1f) * v59);
    const float v61 = (v55 + v60);
    b18[i53] = v61;
    const float v62 = b19[i53];
    const float v63 = ((0x1.ff7ceep-1f) * v62);
    const float v64 = ((0x1.0624dep-10f) * v59);
    const float v65 = (v64 * v59);
    const float v66 = (v63 + v65);
    b20[i53] = v66;
    const float v67 = (v61 / v8);
    const float v68 = ((0x1.a36e2ep-13f) * v67);
    const float v69 = (v66 / v10);
    const float v70 = F64(sqrt, v69);
    const float v71 = (v70 + (0x1.5798eep-27f));
    const float v72 = (v68 / v71);
    const float v73 = (v57 - v72);
    b21[i53] = v73;
  } else if (gid < 33376) {
    const int i74 = gid - 33312;
    const float v75 = b22[i74];
    const float v76 = ((0x1.0p-1f) * v75);
    const float v77 = b23[i74];
    const float v78 = b24[i74];
    const float v79 = (0.0f * v78);
    const float v80 = (v77 + v79);
    const float v81 = ((0x1.0p-1f) * v80);
    const float v82 = (v76 + v81);
    b25[i74] = v82;
    const float v83 = b26[i74];
    const float v84 = ((0x1.ff7ceep-1f) * v83);
    const float v85 = ((0x1.0624dep-10f) * v80);
    const float v86 = (v85 * v80);
    const float v87 = (v84 + v86);
    b27[i74] = v87;
    const float v88 = (v82 / v8);
    const float v89 = ((0x1.a36e2ep-13f) * v88);
    const float v90 = (v87 / v10);
    const float v91 = F64(sqrt, v90);
    const float v92 = (v91 + (0x1.5798eep-27f));
    const float v93 = (v89 / v92);
    const float v94 = (v78 - v93);
    b28[i74] = v94;
  } else if (gid < 36512) {
    const int i95 = gid - 33376;
    const float v96 = b29[i95];
    const float v97 = ((0x1.0p-1f) * v96);
    const int x98 = i95 % 3136;
    const float v99 = b30[x98];
    const float v100 = b31[i95];
    const float v101 = (0.0f * v100);
    const float v102 = (v99 + v101);
    const float v103 = ((0x1.0p-1f) * v102);
    const float v104 = (v97 + v103);
    b32[i95] = v104;
    const float v105 = b33[i95];
    const float v106 = ((0x1.ff7ceep-1f) * v105);
    const float v107 = ((0x1.0624dep-10f) * v102);
    const float v108 = (v107 * v102);
    const float v109 = (v106 + v108);
    b34[i95] = v109;
    const float v110 = (v104 / v8);
    const float v111 = ((0x1.a36e2ep-13f) * v110);
    const float v112 = (v109 / v10);
    const float v113 = F64(sqrt, v112);
    const float v114 = (v113 + (0x1.5798eep-27f));
    const float v115 = (v111 / v114);
    const float v116 = (v100 - v115);
    b35[i95] = v116;
  } else if (gid < 36513) {
    const int i117 = gid - 36512;
    const float v118 = b36[0];
    const float v119 = ((0x1.0p-1f) * v118);
    const float v120 = b37[0];
    const float v121 = b38[0];
    const float v122 = (0.0f * v121);
    const float v123 = (v120 + v122);
    const float v124 = ((0x1.0p-1f) * v123);
    const float v125 = (v119 + v124);
    b39[i117] = v125;
    const float v126 = b40[0];
    const float v127 = ((0x1.ff7ceep-1f) * v126);
    const float v128 = ((0x1.0624dep-10f) * v123);
    const float v129 = (v128 * v123);
    const float v130 = (v127 + v129);
    b41[i117] = v130;
    const float v131 = (v125 / v8);
    const float v132 = ((0x1.a36e2ep-13f) * v131);
    const float v133 = (v130 / v10);
    const float v134 = F64(sqrt, v133);
    const float v135 = (v134 + (0x1.5798eep-27f));
    const float v136 = (v132 / v135);
    const float v137 = (v121 - v136);
    b42[i117] = v137;
  }
}
// ==== generator
// train step generator: kernels of one training step: 93 OpenCL kernels for 110 launches
k0.cl: launch 0: elementwise random -> f32[B, 64]
k1.cl: launch 1: matmul b' -> f32[B, 3136]
k2.cl: launch 2: elementwise add -> f32[B, 3136]
k3.cl: launch 3: reduction of sum -> f32[64]
k4.cl: launch 4: elementwise div stop_gradient mul -> f32[64] f32[64]
k5.cl: launch 5: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k6.cl: launch 7: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
k7.cl: launch 8: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k8.cl: launch 9: conv2d_input_grad -> f32[B, 32, 14, 14]
k9.cl: launch 10: elementwise add -> f32[B, 32, 14, 14]
k10.cl: launch 11: reduction of sum -> f32[32]
k11.cl: launch 12: elementwise div stop_gradient mul -> f32[32] f32[32]
k12.cl: launch 13: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k13.cl: launch 16: elementwise add sqrt recip mul mul -> f32[32] f32[32] f32[32] f32[32]
k14.cl: launch 17: elementwise broadcast mul add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] f32[B, 32, 14, 14]
k15.cl: launch 18: conv2d_input_grad -> f32[B, 1, 28, 28]
k16.cl: launch 19: elementwise add sigmoid sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
k17.cl: launch 20: conv2d -> f32[B, 32, 14, 14]
k18.cl: launch 21: elementwise add max min mul add le ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] bool[B, 32, 14, 14]
k19.cl: launch 22: conv2d -> f32[B, 64, 7, 7]
k20.cl: launch 23: elementwise add max min mul add le ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7] bool[B, 64, 7, 7]
k21.cl: launch 24: elementwise reshape -> f32[B, 3136]
k22.cl: launch 25: matmul b' -> f32[B, 1]
k23.cl: launch 26: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
k24.cl: launch 27: reduction of sum div -> f32[]
k25.cl: launch 28: elementwise mul -> f32[3136, 64]
k26.cl: launch 29: elementwise ge -> bool[B, 64, 7, 7]
k27.cl: launch 30: elementwise div -> f32[]
k28.cl: launch 31: elementwise broadcast div mul neg select sub select sub select add -> f32[B, 1]
k29.cl: launch 32: matmul -> f32[B, 3136]
k30.cl: launch 33: elementwise reshape mul select select add -> f32[B, 64, 7, 7]
k31.cl: launch 35: elementwise mul select select add -> f32[B, 32, 14, 14]
k32.cl: launch 37: elementwise mul -> f32[B, 1, 28, 28]
k33.cl: launch 39: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k34.cl: launch 40: reduction of sum mul mul neg mul div div mul -> f32[32] f32[32]
k35.cl: launch 41: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
k36.cl: launch 44: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k37.cl: launch 45: reduction of sum mul mul -> f32[64] f32[64]
k38.cl: launch 46: elementwise mul mul neg mul div div -> f32[64]
k39.cl: launch 47: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
k40.cl: launch 48: elementwise broadcast add -> f32[B, 64, 7, 7]
k41.cl: launch 50: matmul a' -> f32[3136, 64]
k42.cl: launch 51: elementwise mul add mul add mul mul -> f32[3136, 64] f32[3136, 64]
k43.cl: launch 52: elementwise cast pow sub pow sub -> f32[] f32[]
k44.cl: launch 53: elementwise broadcast div mul -> f32[3136, 64]
k45.cl: launch 54: elementwise mul add -> f32[3136, 64]
k46.cl: launch 55: elementwise broadcast div sqrt add div sub -> f32[3136, 64]
k47.cl: launch 56: elementwise mul -> f32[3136]
k48.cl: launch 57: reduction of sum -> f32[3136]
k49.cl: launch 58: elementwise mul add mul add mul mul -> f32[3136] f32[3136]
k50.cl: launch 59: elementwise broadcast div mul -> f32[3136]
k51.cl: launch 60: elementwise mul add -> f32[3136]
k52.cl: launch 61: elementwise broadcast div sqrt add div sub -> f32[3136]
k53.cl: launch 62: elementwise mul -> f32[64]
k54.cl: launch 63: elementwise mul add mul add mul mul -> f32[64] f32[64]
k55.cl: launch 64: elementwise broadcast div mul -> f32[64] f32[64]
k56.cl: launch 65: elementwise mul add -> f32[64]
k57.cl: launch 66: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
k58.cl: launch 69: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
k59.cl: launch 70: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
k60.cl: launch 71: elementwise mul -> f32[64, 32, 4, 4]
k61.cl: launch 72: conv2d_weight_grad -> f32[64, 32, 4, 4]
k62.cl: launch 73: elementwise mul add mul add mul mul -> f32[64, 32, 4, 4] f32[64, 32, 4, 4]
k63.cl: launch 74: elementwise broadcast div mul -> f32[64, 32, 4, 4]
k64.cl: launch 75: elementwise mul add -> f32[64, 32, 4, 4]
k65.cl: launch 76: elementwise broadcast div sqrt add div sub -> f32[64, 32, 4, 4]
k66.cl: launch 77: elementwise mul -> f32[32]
k67.cl: launch 79: elementwise mul add mul add mul mul -> f32[32] f32[32]
k68.cl: launch 80: elementwise broadcast div mul -> f32[32] f32[32]
k69.cl: launch 81: elementwise mul add -> f32[32]
k70.cl: launch 82: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
k71.cl: launch 84: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
k72.cl: launch 85: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
k73.cl: launch 90: elementwise mul -> f32[32, 1, 4, 4]
k74.cl: launch 91: conv2d_weight_grad -> f32[32, 1, 4, 4]
k75.cl: launch 92: elementwise mul add mul add mul mul -> f32[32, 1, 4, 4] f32[32, 1, 4, 4]
k76.cl: launch 93: elementwise broadcast div mul -> f32[32, 1, 4, 4]
k77.cl: launch 94: elementwise mul add -> f32[32, 1, 4, 4]
k78.cl: launch 95: elementwise broadcast div sqrt add div sub -> f32[32, 1, 4, 4]
k79.cl: launch 96: elementwise mul -> f32[1]
k80.cl: launch 97: reduction of sum -> f32[1]
k81.cl: launch 98: elementwise mul add mul add mul mul -> f32[1] f32[1]
k82.cl: launch 99: elementwise reshape div mul -> f32[1]
k83.cl: launch 100: elementwise mul add -> f32[1]
k84.cl: launch 101: elementwise reshape div sqrt add div sub -> f32[1]
k85.cl: launch 102: elementwise mul add -> f32[64]
k86.cl: launch 103: elementwise mul -> f32[64]
k87.cl: launch 104: elementwise sub div -> f32[]
k88.cl: launch 105: elementwise broadcast mul add -> f32[64]
k89.cl: launch 106: elementwise mul add -> f32[32]
k90.cl: launch 107: elementwise mul -> f32[32]
k91.cl: launch 108: elementwise sub div -> f32[]
k92.cl: launch 109: elementwise broadcast mul add -> f32[32]

// ---- k0.cl

// launch 0: elementwise random -> f32[B, 64]
__kernel void k0(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(1, 42u, 1u, (float) v2, i1);
    b1[i1] = v3;
  }
}

// ---- k1.cl

// launch 1: matmul b' -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 3136, K = 64;
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

// ---- k2.cl

// launch 2: elementwise add -> f32[B, 3136]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 3136;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k3.cl

// launch 3: reduction of sum -> f32[64]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[6];
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

// ---- k4.cl

// launch 4: elementwise div stop_gradient mul -> f32[64] f32[64]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[6];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k5.cl

// launch 5: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k6.cl

// launch 7: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[6];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    const float v5 = (v4 + (0x1.4f8b58p-17f));
    const float v6 = F64(sqrt, v5);
    const float v7 = (1.0f / v6);
    const float v8 = b1[i0];
    const float v9 = (v7 * v8);
    b2[i0] = v9;
    b3[i0] = v7;
    b4[i0] = v6;
    const float v10 = ((0x1.99999ap-4f) * v4);
    b5[i0] = v10;
  }
}

// ---- k7.cl

// launch 8: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
    b5[i1] = v5;
  }
}

// ---- k8.cl

// launch 9: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k8(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
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

// ---- k9.cl

// launch 10: elementwise add -> f32[B, 32, 14, 14]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k10.cl

// launch 11: reduction of sum -> f32[32]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[11];
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

// ---- k11.cl

// launch 12: elementwise div stop_gradient mul -> f32[32] f32[32]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[11];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k12.cl

// launch 13: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k13.cl

// launch 16: elementwise add sqrt recip mul mul -> f32[32] f32[32] f32[32] f32[32]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 + (0x1.4f8b58p-17f));
    const float v3 = F64(sqrt, v2);
    const float v4 = (1.0f / v3);
    const float v5 = b1[i0];
    const float v6 = (v4 * v5);
    b2[i0] = v6;
    const float v7 = (v4 * v4);
    b3[i0] = v7;
    b4[i0] = v3;
    b5[i0] = v4;
  }
}

// ---- k14.cl

// launch 17: elementwise broadcast mul add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    const float v10 = BOOL(v8 >= 0.0f);
    b4[i1] = v10;
    b5[i1] = v5;
  }
}

// ---- k15.cl

// launch 18: conv2d_input_grad -> f32[B, 1, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k15(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
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

// ---- k16.cl

// launch 19: elementwise add sigmoid sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    const float v5 = nnc_sigmoid(v4);
    b2[i1] = v5;
    const float v6 = (1.0f - v5);
    const float v7 = (v5 * v6);
    b3[i1] = v7;
  }
}

// ---- k17.cl

// launch 20: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k17(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
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

// ---- k18.cl

// launch 21: elementwise add max min mul add le ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14] bool[B, 32, 14, 14]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    const float v8 = nnc_min(0.0f, v6);
    const float v9 = ((0x1.99999ap-3f) * v8);
    const float v10 = (v7 + v9);
    b2[i1] = v10;
    const float v11 = BOOL(0.0f <= v6);
    b3[i1] = v11;
    const float v12 = BOOL(v6 >= 0.0f);
    b4[i1] = v12;
  }
}

// ---- k19.cl

// launch 22: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k19(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
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

// ---- k20.cl

// launch 23: elementwise add max min mul add le ge -> f32[B, 64, 7, 7] bool[B, 64, 7, 7] bool[B, 64, 7, 7]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    const float v8 = nnc_min(0.0f, v6);
    const float v9 = ((0x1.99999ap-3f) * v8);
    const float v10 = (v7 + v9);
    b2[i1] = v10;
    const float v11 = BOOL(0.0f <= v6);
    b3[i1] = v11;
    const float v12 = BOOL(v6 >= 0.0f);
    b4[i1] = v12;
  }
}

// ---- k21.cl

// launch 24: elementwise reshape -> f32[B, 3136]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k22.cl

// launch 25: matmul b' -> f32[B, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k22(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 1, K = 3136;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 1;
  __local float As[16][64], Bs[16][1];
  float acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 1; nn += 1) {
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
      const float b = Bs[kk][lx];
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[1];
    out[0] = (float) acc[r];
    for (int c = 0; c < 1; c++) {
      const int n = n0 + lx * 1 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k23.cl

// launch 26: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
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
    const float v13 = (v12 - v4);
    b2[i1] = v13;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v14 = BOOL(v4 >= v6);
    b5[i1] = v14;
    const float v15 = BOOL(v4 >= 0.0f);
    b6[i1] = v15;
  }
}

// ---- k24.cl

// launch 27: reduction of sum div -> f32[]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[j];
    acc += (acc_t) v1;
  }
  const float r2 = (float) acc;
  const float v3 = (float) x0;
  const float v4 = (r2 / v3);
  b1[o] = v4;
}

// ---- k25.cl

// launch 28: elementwise mul -> f32[3136, 64]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k26.cl

// launch 29: elementwise ge -> bool[B, 64, 7, 7]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k27.cl

// launch 30: elementwise div -> f32[]
__kernel void k27(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[1];
    const float v1 = (float) x0;
    const float v2 = (1.0f / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k28.cl

// launch 31: elementwise broadcast div mul neg select sub select sub select add -> f32[B, 1]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = b2[i1];
    const float v5 = (v3 / v4);
    const float v6 = b3[i1];
    const float v7 = (v5 * v6);
    const float v8 = (-v7);
    const float v9 = (v2 != 0.0f ? v8 : 0.0f);
    const float v10 = (v9 - v3);
    const float v11 = (v2 != 0.0f ? 0.0f : v8);
    const float v12 = (v10 - v11);
    const float v13 = b4[i1];
    const float v14 = (v13 != 0.0f ? v3 : 0.0f);
    const float v15 = (v12 + v14);
    b5[i1] = v15;
  }
}

// ---- k29.cl

// launch 32: matmul -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k29(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 3136, K = 1;
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

// launch 33: elementwise reshape mul select select add -> f32[B, 64, 7, 7]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * (0x1.99999ap-3f));
    const float v5 = (v2 != 0.0f ? 0.0f : v4);
    const float v6 = b2[i1];
    const float v7 = (v6 != 0.0f ? v3 : 0.0f);
    const float v8 = (v5 + v7);
    b3[i1] = v8;
  }
}

// ---- k31.cl

// launch 35: elementwise mul select select add -> f32[B, 32, 14, 14]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * (0x1.99999ap-3f));
    const float v5 = (v2 != 0.0f ? 0.0f : v4);
    const float v6 = b2[i1];
    const float v7 = (v6 != 0.0f ? v3 : 0.0f);
    const float v8 = (v5 + v7);
    b3[i1] = v8;
  }
}

// ---- k32.cl

// launch 37: elementwise mul -> f32[B, 1, 28, 28]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    b2[i1] = v4;
  }
}

// ---- k33.cl

// launch 39: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    b3[i1] = v6;
    const float v7 = b4[i1];
    const float v8 = (v4 * v7);
    b5[i1] = v8;
    b6[i1] = v4;
  }
}

// ---- k34.cl

// launch 40: reduction of sum mul mul neg mul div div mul -> f32[32] f32[32]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[11];
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  const float v15 = b2[o];
  const float v16 = (v14 * v15);
  const float v17 = (-v16);
  const float v18 = (v17 * (0x1.0p-1f));
  const float v19 = b3[o];
  const float v20 = (v18 / v19);
  const float v21 = (float) x0;
  const float v22 = (v20 / v21);
  b4[o] = v22;
  const float v23 = b5[o];
  const float v24 = (r12 * v23);
  b6[o] = v24;
}

// ---- k35.cl

// launch 41: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[11];
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
    const float v12 = b1[o];
    const float v13 = b2[x10];
    const float v14 = (v12 * v13);
    const float v15 = (v11 + v14);
    const float v16 = (v15 + v14);
    const float v17 = (-v16);
    b3[x10] = v16;
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  const float v19 = (float) x0;
  const float v20 = (r18 / v19);
  b4[o] = v20;
}

// ---- k36.cl

// launch 44: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    b3[i1] = v6;
    const float v7 = b4[i1];
    const float v8 = (v4 * v7);
    b5[i1] = v8;
    b6[i1] = v4;
  }
}

// ---- k37.cl

// launch 45: reduction of sum mul mul -> f32[64] f32[64]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[6];
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k38.cl

// launch 46: elementwise mul mul neg mul div div -> f32[64]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v2 * v2);
    const float v4 = (v1 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i0];
    const float v8 = (v6 / v7);
    const int x9 = d[6];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k39.cl

// launch 47: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[6];
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
    const float v12 = b1[o];
    const float v13 = b2[x10];
    const float v14 = (v12 * v13);
    const float v15 = (v11 + v14);
    const float v16 = (v15 + v14);
    const float v17 = (-v16);
    b3[x10] = v16;
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  const float v19 = (float) x0;
  const float v20 = (r18 / v19);
  b4[o] = v20;
}

// ---- k40.cl

// launch 48: elementwise broadcast add -> f32[B, 64, 7, 7]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k41.cl

// launch 50: matmul a' -> f32[3136, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k41(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 3136, N = 64, K = d[1];
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

// ---- k42.cl

// launch 51: elementwise mul add mul add mul mul -> f32[3136, 64] f32[3136, 64]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k43.cl

// launch 52: elementwise cast pow sub pow sub -> f32[] f32[]
__kernel void k43(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[5];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = F64_2(pow, (0x1.0p-1f), v1);
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
  if (gid < 1) {
    const int i11 = gid - 0;
    b1[i11] = v8;
    b2[i11] = v10;
  }
}

// ---- k44.cl

// launch 53: elementwise broadcast div mul -> f32[3136, 64]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
  }
}

// ---- k45.cl

// launch 54: elementwise mul add -> f32[3136, 64]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k46.cl

// launch 55: elementwise broadcast div sqrt add div sub -> f32[3136, 64]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k47.cl

// launch 56: elementwise mul -> f32[3136]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k48.cl

// launch 57: reduction of sum -> f32[3136]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 3136) return;
  acc_t acc = 0;
  const int x0 = d[1];
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

// ---- k49.cl

// launch 58: elementwise mul add mul add mul mul -> f32[3136] f32[3136]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k50.cl

// launch 59: elementwise broadcast div mul -> f32[3136]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
  }
}

// ---- k51.cl

// launch 60: elementwise mul add -> f32[3136]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k52.cl

// launch 61: elementwise broadcast div sqrt add div sub -> f32[3136]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3136) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k53.cl

// launch 62: elementwise mul -> f32[64]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k54.cl

// launch 63: elementwise mul add mul add mul mul -> f32[64] f32[64]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k55.cl

// launch 64: elementwise broadcast div mul -> f32[64] f32[64]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k56.cl

// launch 65: elementwise mul add -> f32[64]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k57.cl

// launch 66: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k58.cl

// launch 69: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.a36e2ep-13f) * v11);
    b6[i0] = v12;
  }
}

// ---- k59.cl

// launch 70: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k60.cl

// launch 71: elementwise mul -> f32[64, 32, 4, 4]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k61.cl

// launch 72: conv2d_weight_grad -> f32[64, 32, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k61(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
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

// ---- k62.cl

// launch 73: elementwise mul add mul add mul mul -> f32[64, 32, 4, 4] f32[64, 32, 4, 4]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k63.cl

// launch 74: elementwise broadcast div mul -> f32[64, 32, 4, 4]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
  }
}

// ---- k64.cl

// launch 75: elementwise mul add -> f32[64, 32, 4, 4]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k65.cl

// launch 76: elementwise broadcast div sqrt add div sub -> f32[64, 32, 4, 4]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32768) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k66.cl

// launch 77: elementwise mul -> f32[32]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k67.cl

// launch 79: elementwise mul add mul add mul mul -> f32[32] f32[32]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k68.cl

// launch 80: elementwise broadcast div mul -> f32[32] f32[32]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k69.cl

// launch 81: elementwise mul add -> f32[32]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k70.cl

// launch 82: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
__kernel void k70(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k71.cl

// launch 84: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.a36e2ep-13f) * v11);
    b6[i0] = v12;
  }
}

// ---- k72.cl

// launch 85: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k73.cl

// launch 90: elementwise mul -> f32[32, 1, 4, 4]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k74.cl

// launch 91: conv2d_weight_grad -> f32[32, 1, 4, 4]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k74(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
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

// ---- k75.cl

// launch 92: elementwise mul add mul add mul mul -> f32[32, 1, 4, 4] f32[32, 1, 4, 4]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k76.cl

// launch 93: elementwise broadcast div mul -> f32[32, 1, 4, 4]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
  }
}

// ---- k77.cl

// launch 94: elementwise mul add -> f32[32, 1, 4, 4]
__kernel void k77(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k78.cl

// launch 95: elementwise broadcast div sqrt add div sub -> f32[32, 1, 4, 4]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k79.cl

// launch 96: elementwise mul -> f32[1]
__kernel void k79(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = ((0x1.0p-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k80.cl

// launch 97: reduction of sum -> f32[1]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[14];
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

// ---- k81.cl

// launch 98: elementwise mul add mul add mul mul -> f32[1] f32[1]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = b2[0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k82.cl

// launch 99: elementwise reshape div mul -> f32[1]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.a36e2ep-13f) * v3);
    b2[i0] = v4;
  }
}

// ---- k83.cl

// launch 100: elementwise mul add -> f32[1]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k84.cl

// launch 101: elementwise reshape div sqrt add div sub -> f32[1]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = b2[0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k85.cl

// launch 102: elementwise mul add -> f32[64]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k86.cl

// launch 103: elementwise mul -> f32[64]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k87.cl

// launch 104: elementwise sub div -> f32[]
__kernel void k87(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[6];
    const float v1 = (float) x0;
    const float v2 = (v1 - 1.0f);
    hoisted[0] = v2;
    const float v3 = (v1 / v2);
    hoisted[1] = v3;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v4 = hoisted[0];
  const float v5 = hoisted[1];
  if (gid < 1) {
    const int i6 = gid - 0;
    b0[i6] = v5;
  }
}

// ---- k88.cl

// launch 105: elementwise broadcast mul add -> f32[64]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
  }
}

// ---- k89.cl

// launch 106: elementwise mul add -> f32[32]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k90.cl

// launch 107: elementwise mul -> f32[32]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k91.cl

// launch 108: elementwise sub div -> f32[]
__kernel void k91(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[11];
    const float v1 = (float) x0;
    const float v2 = (v1 - 1.0f);
    hoisted[0] = v2;
    const float v3 = (v1 / v2);
    hoisted[1] = v3;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v4 = hoisted[0];
  const float v5 = hoisted[1];
  if (gid < 1) {
    const int i6 = gid - 0;
    b0[i6] = v5;
  }
}

// ---- k92.cl

// launch 109: elementwise broadcast mul add -> f32[32]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
  }
}
