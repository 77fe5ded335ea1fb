// ==== denoise
// train step denoise: kernels of one training step: 43 OpenCL kernels for 54 launches
k0.cl: launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/latent_diffusion.nn:63:23)
k1.cl: launch 1: elementwise le cast -> f32[1000, 1000]
k2.cl: launch 2: elementwise reshape -> f32[1, 1000]
k3.cl: launch 3: matmul -> f32[1, 1000]
k4.cl: launch 4: elementwise reshape exp -> f32[1000]
k5.cl: launch 5: elementwise random mul floor cast cast mul -> i32[B] f32[B]
k6.cl: launch 6: elementwise gather -> f32[B]
k7.cl: launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1] f32[B, 1]
k8.cl: launch 8: elementwise reshape -> f32[B, 1, 28, 28] (from samples/latent_diffusion.nn:62:39)
k9.cl: launch 9: conv2d -> f32[B, 32, 14, 14]
k10.cl: launch 10: elementwise add max -> f32[B, 32, 14, 14]
k11.cl: launch 11: conv2d -> f32[B, 64, 7, 7]
k12.cl: launch 12: elementwise add max -> f32[B, 64, 7, 7]
k13.cl: launch 13: elementwise reshape -> f32[B, 3136]
k14.cl: launch 14: matmul b' -> f32[B, 20]
k15.cl: launch 15: elementwise add stop_gradient mul mul -> f32[B, 20]
k16.cl: launch 16: elementwise random mul add -> f32[B, 20] f32[B, 20]
k17.cl: launch 17: matmul b' -> f32[B, 256]
k18.cl: launch 18: elementwise add -> f32[B, 256]
k19.cl: launch 19: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
k20.cl: launch 20: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
k21.cl: launch 21: matmul b' -> f32[B, 256]
k22.cl: launch 22: elementwise add sigmoid mul sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
k23.cl: launch 23: matmul b' -> f32[B, 256]
k24.cl: launch 24: elementwise add add sigmoid mul sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
k25.cl: launch 26: elementwise add sigmoid mul add sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
k26.cl: launch 29: matmul b' -> f32[B, 20]
k27.cl: launch 30: elementwise add sub mul -> f32[B, 20] f32[B, 20]
k28.cl: launch 31: reduction of sum div -> f32[]
k29.cl: launch 32: elementwise div -> f32[]
k30.cl: launch 33: elementwise broadcast mul add -> f32[B, 20]
k31.cl: launch 34: matmul -> f32[B, 256]
k32.cl: launch 35: elementwise mul mul mul add -> f32[B, 256]
k33.cl: launch 36: matmul -> f32[B, 256]
k34.cl: launch 37: elementwise add mul mul mul add -> f32[B, 256] f32[B, 256]
k35.cl: launch 39: elementwise add mul mul mul add -> f32[B, 256]
k36.cl: launch 42: matmul a' -> f32[256, 64]
k37.cl: launch 43: reduction of sum -> f32[256]
k38.cl: launch 44: matmul a' -> f32[256, 256]
k39.cl: launch 46: matmul a' -> f32[256, 20]
k40.cl: launch 51: matmul a' -> f32[20, 256]
k41.cl: launch 52: reduction of sum -> f32[20]
k42.cl: launch 53: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 20] f32[256, 20] f32[256, 20] f32[20, 256] f32[20, 256] f32[20, 256] f32[20] f32[20] f32[20]

// ---- k0.cl

// launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/latent_diffusion.nn:63:23)
__kernel void k0(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    const float v2 = ((0x1.4e3368p-16f) * v1);
    const float v3 = ((0x1.a36e2ep-14f) + v2);
    const float v4 = (1.0f - v3);
    const float v5 = F64(log, v4);
    b0[i0] = v5;
  }
}

// ---- k1.cl

// launch 1: elementwise le cast -> f32[1000, 1000]
__kernel void k1(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000000) {
    const int i0 = gid - 0;
    const int x1 = i0 / 1000;
    const int x2 = i0 % 1000;
    const float v3 = BOOL(x1 <= x2);
    b0[i0] = v3;
  }
}

// ---- k2.cl

// launch 2: elementwise reshape -> f32[1, 1000]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const int x1 = i0 % 1000;
    const float v2 = b0[x1];
    b1[i0] = v2;
  }
}

// ---- k3.cl

// launch 3: matmul -> f32[1, 1000]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 1, N = 1000, K = 1000;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  float4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 1) {
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
      for (int r = 0; r < 1; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k4.cl

// launch 4: elementwise reshape exp -> f32[1000]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = F64(exp, v1);
    b1[i0] = v2;
  }
}

// ---- k5.cl

// launch 5: elementwise random mul floor cast cast mul -> i32[B] f32[B]
__kernel void k5(__global int* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(0, 42u, 1u, (float) v2, i1);
    const float v4 = (v3 * 1000.0f);
    const float v5 = F64(floor, v4);
    const int v6 = convert_int_sat(v5);
    b1[i1] = v6;
    const float v7 = (float) v6;
    const float v8 = ((0x1.99999ap-4f) * v7);
    b2[i1] = v8;
  }
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[B]
__kernel void k6(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 1000, fault);
    const float v4 = b1[v3];
    b2[i1] = v4;
  }
}

// ---- k7.cl

// launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1] f32[B, 1]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = F64(sqrt, v2);
    b1[i1] = v3;
    const float v4 = (1.0f - v2);
    const float v5 = F64(sqrt, v4);
    b2[i1] = v5;
  }
}

// ---- k8.cl

// launch 8: elementwise reshape -> f32[B, 1, 28, 28] (from samples/latent_diffusion.nn:62:39)
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k9.cl

// launch 9: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k9(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 1, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 4, KW = 4;
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

// ---- k10.cl

// launch 10: elementwise add max -> f32[B, 32, 14, 14]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
  }
}

// ---- k11.cl

// launch 11: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k11(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
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

// ---- k12.cl

// launch 12: elementwise add max -> f32[B, 64, 7, 7]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
  }
}

// ---- k13.cl

// launch 13: elementwise reshape -> f32[B, 3136]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k14.cl

// launch 14: matmul b' -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 20, K = 3136;
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

// ---- k15.cl

// launch 15: elementwise add stop_gradient mul mul -> f32[B, 20]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 20;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const int x5 = i1 % 20;
    const float v6 = b2[x5];
    const float v7 = (v4 + v6);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v3 * v8);
    b3[i1] = v9;
  }
}

// ---- k16.cl

// launch 16: elementwise random mul add -> f32[B, 20] f32[B, 20]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 20;
    const float v4 = b1[x3];
    const int v5 = b2[0];
    const float v6 = nnc_random(1, 42u, 0u, (float) v5, i1);
    const float v7 = (v4 * v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
    b4[i1] = v6;
  }
}

// ---- k17.cl

// launch 17: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 256, K = 20;
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

// launch 18: elementwise add -> f32[B, 256]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k19.cl

// launch 19: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    const float v2 = BOOL(v1 >= 32.0f);
    const float v3 = (v2 * 32.0f);
    const float v4 = (v1 - v3);
    const float v5 = (v4 * (-0x1.26bb1cp-2f));
    const float v6 = F64(exp, v5);
    b0[i0] = v6;
    const float v7 = (1.0f - v2);
    const float v8 = (v7 * (0x1.921fb6p0f));
    b1[i0] = v8;
  }
}

// ---- k20.cl

// launch 20: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const float v3 = b0[x2];
    const int x4 = i1 % 64;
    const float v5 = b1[x4];
    const float v6 = (v3 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = F64(sin, v8);
    b3[i1] = v9;
  }
}

// ---- k21.cl

// launch 21: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 256, K = 64;
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

// ---- k22.cl

// launch 22: elementwise add sigmoid mul sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_sigmoid(v5);
    const float v7 = (v5 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
    b4[i1] = v5;
    const float v8 = (1.0f - v6);
    const float v9 = (v6 * v8);
    b5[i1] = v9;
  }
}

// ---- k23.cl

// launch 23: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 256, K = 256;
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

// ---- k24.cl

// launch 24: elementwise add add sigmoid mul sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 256;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v2 + v6);
    const float v8 = nnc_sigmoid(v7);
    const float v9 = (v7 * v8);
    b3[i1] = v9;
    b4[i1] = v8;
    b5[i1] = v7;
    const float v10 = (1.0f - v8);
    const float v11 = (v8 * v10);
    b6[i1] = v11;
  }
}

// ---- k25.cl

// launch 26: elementwise add sigmoid mul add sub mul -> f32[B, 256] f32[B, 256] f32[B, 256] f32[B, 256]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_sigmoid(v5);
    const float v7 = (v5 * v6);
    const float v8 = b2[i1];
    const float v9 = (v7 + v8);
    b3[i1] = v9;
    b4[i1] = v6;
    b5[i1] = v5;
    const float v10 = (1.0f - v6);
    const float v11 = (v6 * v10);
    b6[i1] = v11;
  }
}

// ---- k26.cl

// launch 29: matmul b' -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k26(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 20, K = 256;
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

// ---- k27.cl

// launch 30: elementwise add sub mul -> f32[B, 20] f32[B, 20]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 20;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = b2[i1];
    const float v7 = (v5 - v6);
    const float v8 = (v7 * v7);
    b3[i1] = v8;
    b4[i1] = v7;
  }
}

// ---- k28.cl

// launch 31: reduction of sum div -> f32[]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[13];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 20;
    const int x2 = x1 * 20;
    const int x3 = j % 20;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  const float v7 = (float) x0;
  const float v8 = (r6 / v7);
  b1[o] = v8;
}

// ---- k29.cl

// launch 32: elementwise div -> f32[]
__kernel void k29(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[13];
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

// ---- k30.cl

// launch 33: elementwise broadcast mul add -> f32[B, 20]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (v4 + v4);
    b2[i1] = v5;
  }
}

// ---- k31.cl

// launch 34: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k31(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 256, K = 20;
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

// ---- k32.cl

// launch 35: elementwise mul mul mul add -> f32[B, 256]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v2 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v4 + v8);
    b4[i1] = v9;
  }
}

// ---- k33.cl

// launch 36: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 256, K = 256;
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

// ---- k34.cl

// launch 37: elementwise add mul mul mul add -> f32[B, 256] f32[B, 256]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v4 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v6 + v10);
    b5[i1] = v11;
    b6[i1] = v4;
  }
}

// ---- k35.cl

// launch 39: elementwise add mul mul mul add -> f32[B, 256]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v4 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v6 + v10);
    b5[i1] = v11;
  }
}

// ---- k36.cl

// launch 42: matmul a' -> f32[256, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k36(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 64, K = d[4];
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

// ---- k37.cl

// launch 43: reduction of sum -> f32[256]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[4];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k38.cl

// launch 44: matmul a' -> f32[256, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k38(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 256, K = d[4];
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

// ---- k39.cl

// launch 46: matmul a' -> f32[256, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k39(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 20, K = d[4];
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

// ---- k40.cl

// launch 51: matmul a' -> f32[20, 256]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k40(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 20, N = 256, K = d[4];
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

// ---- k41.cl

// launch 52: reduction of sum -> f32[20]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 20) return;
  acc_t acc = 0;
  const int x0 = d[4];
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

// ---- k42.cl

// launch 53: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 256] f32[256, 20] f32[256, 20] f32[256, 20] f32[20, 256] f32[20, 256] f32[20, 256] f32[20] f32[20] f32[20]
__kernel void k42(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global const int* restrict d) {
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
  if (gid < 16384) {
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
  } else if (gid < 16640) {
    const int i32 = gid - 16384;
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
    const float v53 = b15[i32];
    const float v54 = ((0x1.ccccccp-1f) * v53);
    const float v55 = b16[i32];
    const float v56 = b17[i32];
    const float v57 = (0.0f * v56);
    const float v58 = (v55 + v57);
    const float v59 = ((0x1.99999ap-4f) * v58);
    const float v60 = (v54 + v59);
    b18[i32] = v60;
    const float v61 = b19[i32];
    const float v62 = ((0x1.ff7ceep-1f) * v61);
    const float v63 = ((0x1.0624dep-10f) * v58);
    const float v64 = (v63 * v58);
    const float v65 = (v62 + v64);
    b20[i32] = v65;
    const float v66 = (v60 / v8);
    const float v67 = ((0x1.0624dep-10f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i32] = v72;
    const float v73 = b22[i32];
    const float v74 = ((0x1.ccccccp-1f) * v73);
    const float v75 = b23[i32];
    const float v76 = (0.0f * v75);
    const float v77 = (v55 + v76);
    const float v78 = ((0x1.99999ap-4f) * v77);
    const float v79 = (v74 + v78);
    b24[i32] = v79;
    const float v80 = b25[i32];
    const float v81 = ((0x1.ff7ceep-1f) * v80);
    const float v82 = ((0x1.0624dep-10f) * v77);
    const float v83 = (v82 * v77);
    const float v84 = (v81 + v83);
    b26[i32] = v84;
    const float v85 = (v79 / v8);
    const float v86 = ((0x1.0624dep-10f) * v85);
    const float v87 = (v84 / v10);
    const float v88 = F64(sqrt, v87);
    const float v89 = (v88 + (0x1.5798eep-27f));
    const float v90 = (v86 / v89);
    const float v91 = (v75 - v90);
    b27[i32] = v91;
    const float v92 = b28[i32];
    const float v93 = ((0x1.ccccccp-1f) * v92);
    const float v94 = b29[i32];
    const float v95 = b30[i32];
    const float v96 = (0.0f * v95);
    const float v97 = (v94 + v96);
    const float v98 = ((0x1.99999ap-4f) * v97);
    const float v99 = (v93 + v98);
    b31[i32] = v99;
    const float v100 = b32[i32];
    const float v101 = ((0x1.ff7ceep-1f) * v100);
    const float v102 = ((0x1.0624dep-10f) * v97);
    const float v103 = (v102 * v97);
    const float v104 = (v101 + v103);
    b33[i32] = v104;
    const float v105 = (v99 / v8);
    const float v106 = ((0x1.0624dep-10f) * v105);
    const float v107 = (v104 / v10);
    const float v108 = F64(sqrt, v107);
    const float v109 = (v108 + (0x1.5798eep-27f));
    const float v110 = (v106 / v109);
    const float v111 = (v95 - v110);
    b34[i32] = v111;
    const float v112 = b35[i32];
    const float v113 = ((0x1.ccccccp-1f) * v112);
    const float v114 = b36[i32];
    const float v115 = b37[i32];
    const float v116 = (0.0f * v115);
    const float v117 = (v114 + v116);
    const float v118 = ((0x1.99999ap-4f) * v117);
    const float v119 = (v113 + v118);
    b38[i32] = v119;
    const float v120 = b39[i32];
    const float v121 = ((0x1.ff7ceep-1f) * v120);
    const float v122 = ((0x1.0624dep-10f) * v117);
    const float v123 = (v122 * v117);
    const float v124 = (v121 + v123);
    b40[i32] = v124;
    const float v125 = (v119 / v8);
    const float v126 = ((0x1.0624dep-10f) * v125);
    const float v127 = (v124 / v10);
    const float v128 = F64(sqrt, v127);
    const float v129 = (v128 + (0x1.5798eep-27f));
    const float v130 = (v126 / v129);
    const float v131 = (v115 - v130);
    b41[i32] = v131;
  } else if (gid < 82176) {
    const int i132 = gid - 16640;
    const float v133 = b42[i132];
    const float v134 = ((0x1.ccccccp-1f) * v133);
    const float v135 = b43[i132];
    const float v136 = b44[i132];
    const float v137 = (0.0f * v136);
    const float v138 = (v135 + v137);
    const float v139 = ((0x1.99999ap-4f) * v138);
    const float v140 = (v134 + v139);
    b45[i132] = v140;
    const float v141 = b46[i132];
    const float v142 = ((0x1.ff7ceep-1f) * v141);
    const float v143 = ((0x1.0624dep-10f) * v138);
    const float v144 = (v143 * v138);
    const float v145 = (v142 + v144);
    b47[i132] = v145;
    const float v146 = (v140 / v8);
    const float v147 = ((0x1.0624dep-10f) * v146);
    const float v148 = (v145 / v10);
    const float v149 = F64(sqrt, v148);
    const float v150 = (v149 + (0x1.5798eep-27f));
    const float v151 = (v147 / v150);
    const float v152 = (v136 - v151);
    b48[i132] = v152;
    const float v153 = b49[i132];
    const float v154 = ((0x1.ccccccp-1f) * v153);
    const float v155 = b50[i132];
    const float v156 = b51[i132];
    const float v157 = (0.0f * v156);
    const float v158 = (v155 + v157);
    const float v159 = ((0x1.99999ap-4f) * v158);
    const float v160 = (v154 + v159);
    b52[i132] = v160;
    const float v161 = b53[i132];
    const float v162 = ((0x1.ff7ceep-1f) * v161);
    const float v163 = ((0x1.0624dep-10f) * v158);
    const float v164 = (v163 * v158);
    const float v165 = (v162 + v164);
    b54[i132] = v165;
    const float v166 = (v160 / v8);
    const float v167 = ((0x1.0624dep-10f) * v166);
    const float v168 = (v165 / v10);
    const float v169 = F64(sqrt, v168);
    const float v170 = (v169 + (0x1.5798eep-27f));
    const float v171 = (v167 / v170);
    const float v172 = (v156 - v171);
    b55[i132] = v172;
    const float v173 = b56[i132];
    const float v174 = ((0x1.ccccccp-1f) * v173);
    const float v175 = b57[i132];
    const float v176 = b58[i132];
    const float v177 = (0.0f * v176);
    const float v178 = (v175 + v177);
    const float v179 = ((0x1.99999ap-4f) * v178);
    const float v180 = (v174 + v179);
    b59[i132] = v180;
    const float v181 = b60[i132];
    const float v182 = ((0x1.ff7ceep-1f) * v181);
    const float v183 = ((0x1.0624dep-10f) * v178);
    const float v184 = (v183 * v178);
    const float v185 = (v182 + v184);
    b61[i132] = v185;
    const float v186 = (v180 / v8);
    const float v187 = ((0x1.0624dep-10f) * v186);
    const float v188 = (v185 / v10);
    const float v189 = F64(sqrt, v188);
    const float v190 = (v189 + (0x1.5798eep-27f));
    const float v191 = (v187 / v190);
    const float v192 = (v176 - v191);
    b62[i132] = v192;
  } else if (gid < 87296) {
    const int i193 = gid - 82176;
    const float v194 = b63[i193];
    const float v195 = ((0x1.ccccccp-1f) * v194);
    const float v196 = b64[i193];
    const float v197 = b65[i193];
    const float v198 = (0.0f * v197);
    const float v199 = (v196 + v198);
    const float v200 = ((0x1.99999ap-4f) * v199);
    const float v201 = (v195 + v200);
    b66[i193] = v201;
    const float v202 = b67[i193];
    const float v203 = ((0x1.ff7ceep-1f) * v202);
    const float v204 = ((0x1.0624dep-10f) * v199);
    const float v205 = (v204 * v199);
    const float v206 = (v203 + v205);
    b68[i193] = v206;
    const float v207 = (v201 / v8);
    const float v208 = ((0x1.0624dep-10f) * v207);
    const float v209 = (v206 / v10);
    const float v210 = F64(sqrt, v209);
    const float v211 = (v210 + (0x1.5798eep-27f));
    const float v212 = (v208 / v211);
    const float v213 = (v197 - v212);
    b69[i193] = v213;
  } else if (gid < 92416) {
    const int i214 = gid - 87296;
    const float v215 = b70[i214];
    const float v216 = ((0x1.ccccccp-1f) * v215);
    const float v217 = b71[i214];
    const float v218 = b72[i214];
    const float v219 = (0.0f * v218);
    const float v220 = (v217 + v219);
    const float v221 = ((0x1.99999ap-4f) * v220);
    const float v222 = (v216 + v221);
    b73[i214] = v222;
    const float v223 = b74[i214];
    const float v224 = ((0x1.ff7ceep-1f) * v223);
    const float v225 = ((0x1.0624dep-10f) * v220);
    const float v226 = (v225 * v220);
    const float v227 = (v224 + v226);
    b75[i214] = v227;
    const float v228 = (v222 / v8);
    const float v229 = ((0x1.0624dep-10f) * v228);
    const float v230 = (v227 / v10);
    const float v231 = F64(sqrt, v230);
    const float v232 = (v231 + (0x1.5798eep-27f));
    const float v233 = (v229 / v232);
    const float v234 = (v218 - v233);
    b76[i214] = v234;
  } else if (gid < 92436) {
    const int i235 = gid - 92416;
    const float v236 = b77[i235];
    const float v237 = ((0x1.ccccccp-1f) * v236);
    const float v238 = b78[i235];
    const float v239 = b79[i235];
    const float v240 = (0.0f * v239);
    const float v241 = (v238 + v240);
    const float v242 = ((0x1.99999ap-4f) * v241);
    const float v243 = (v237 + v242);
    b80[i235] = v243;
    const float v244 = b81[i235];
    const float v245 = ((0x1.ff7ceep-1f) * v244);
    const float v246 = ((0x1.0624dep-10f) * v241);
    const float v247 = (v246 * v241);
    const float v248 = (v245 + v247);
    b82[i235] = v248;
    const float v249 = (v243 / v8);
    const float v250 = ((0x1.0624dep-10f) * v249);
    const float v251 = (v248 / v10);
    const float v252 = F64(sqrt, v251);
    const float v253 = (v252 + (0x1.5798eep-27f));
    const float v254 = (v250 / v253);
    const float v255 = (v239 - v254);
    b83[i235] = v255;
  }
}
