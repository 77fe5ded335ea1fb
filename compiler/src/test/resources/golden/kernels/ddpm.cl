// Ddpm: kernels of one training step: 69 OpenCL kernels for 76 launches
k0.cl: launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/ddpm.nn:45:21)
k1.cl: launch 1: elementwise le cast -> f32[1000, 1000]
k2.cl: launch 2: elementwise reshape -> f32[1, 1000]
k3.cl: launch 3: matmul -> f32[1, 1000]
k4.cl: launch 4: elementwise reshape exp -> f32[1000]
k5.cl: launch 5: elementwise random mul floor cast cast -> i32[B] f32[B]
k6.cl: launch 6: elementwise gather -> f32[B]
k7.cl: launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1, 1, 1] f32[B, 1, 1, 1]
k8.cl: launch 8: elementwise broadcast mul sub mul -> f32[B, 1, 28, 28] (from samples/ddpm.nn:46:8)
k9.cl: launch 9: elementwise random mul add -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
k10.cl: launch 10: conv2d -> f32[B, 32, 28, 28]
k11.cl: launch 11: elementwise add -> f32[B, 32, 28, 28]
k12.cl: launch 12: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
k13.cl: launch 13: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
k14.cl: launch 14: matmul b' -> f32[B, 128]
k15.cl: launch 15: elementwise add sigmoid mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k16.cl: launch 16: matmul b' -> f32[B, 128]
k17.cl: launch 18: matmul b' -> f32[B, 32]
k18.cl: launch 19: elementwise add -> f32[B, 32]
k19.cl: launch 20: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
k20.cl: launch 21: conv2d -> f32[B, 32, 28, 28]
k21.cl: launch 22: elementwise add sigmoid mul sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
k22.cl: launch 23: conv2d -> f32[B, 64, 14, 14]
k23.cl: launch 24: elementwise add -> f32[B, 64, 14, 14]
k24.cl: launch 25: matmul b' -> f32[B, 64]
k25.cl: launch 26: elementwise add -> f32[B, 64]
k26.cl: launch 27: elementwise broadcast add sigmoid mul sub mul -> f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14]
k27.cl: launch 28: conv2d -> f32[B, 64, 14, 14]
k28.cl: launch 29: elementwise add sigmoid mul add sub mul -> f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14]
k29.cl: launch 30: elementwise concat -> f32[B, 96, 28, 28]
k30.cl: launch 31: conv2d -> f32[B, 32, 28, 28]
k31.cl: launch 33: conv2d -> f32[B, 1, 28, 28]
k32.cl: launch 34: elementwise add sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
k33.cl: launch 35: reduction of sum div -> f32[]
k34.cl: launch 36: elementwise div -> f32[]
k35.cl: launch 37: elementwise broadcast mul add -> f32[B, 1, 28, 28]
k36.cl: launch 38: conv2d_input_grad -> f32[B, 32, 28, 28]
k37.cl: launch 39: elementwise mul mul mul add -> f32[B, 32, 28, 28]
k38.cl: launch 40: conv2d_input_grad -> f32[B, 96, 28, 28]
k39.cl: launch 41: reduction of reshape sum mul mul mul add -> f32[B, 64, 14, 14] f32[B, 64, 14, 14]
k40.cl: launch 42: conv2d_input_grad -> f32[B, 64, 14, 14]
k41.cl: launch 43: elementwise add mul mul mul add -> f32[B, 64, 14, 14]
k42.cl: launch 44: reduction of sum -> f32[B, 64]
k43.cl: launch 45: matmul -> f32[B, 128]
k44.cl: launch 46: conv2d_input_grad -> f32[B, 32, 28, 28]
k45.cl: launch 47: elementwise add mul mul mul add -> f32[B, 32, 28, 28]
k46.cl: launch 48: conv2d_input_grad -> f32[B, 32, 28, 28]
k47.cl: launch 50: reduction of sum -> f32[B, 32]
k48.cl: launch 51: matmul -> f32[B, 128]
k49.cl: launch 52: elementwise add mul mul mul add -> f32[B, 128]
k50.cl: launch 53: matmul -> f32[B, 128]
k51.cl: launch 54: elementwise mul mul mul add -> f32[B, 128]
k52.cl: launch 55: matmul a' -> f32[128, 64]
k53.cl: launch 56: reduction of sum -> f32[128]
k54.cl: launch 57: matmul a' -> f32[128, 128]
k55.cl: launch 59: matmul a' -> f32[32, 128]
k56.cl: launch 60: reduction of sum -> f32[32]
k57.cl: launch 61: matmul a' -> f32[64, 128]
k58.cl: launch 62: reduction of sum -> f32[64]
k59.cl: launch 63: conv2d_weight_grad -> f32[32, 1, 3, 3]
k60.cl: launch 64: reduction of sum -> f32[32]
k61.cl: launch 65: conv2d_weight_grad -> f32[32, 32, 3, 3]
k62.cl: launch 67: conv2d_weight_grad -> f32[64, 32, 3, 3]
k63.cl: launch 68: reduction of sum -> f32[64]
k64.cl: launch 69: conv2d_weight_grad -> f32[64, 64, 3, 3]
k65.cl: launch 71: conv2d_weight_grad -> f32[32, 96, 3, 3]
k66.cl: launch 73: conv2d_weight_grad -> f32[1, 32, 3, 3]
k67.cl: launch 74: reduction of sum -> f32[1]
k68.cl: launch 75: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128, 128] f32[128, 128] f32[128, 128] f32[32, 128] f32[32, 128] f32[32, 128] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[64, 128] f32[64, 128] f32[64, 128] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 64, 3, 3] f32[64, 64, 3, 3] f32[64, 64, 3, 3] f32[32, 96, 3, 3] f32[32, 96, 3, 3] f32[32, 96, 3, 3] f32[1, 32, 3, 3] f32[1, 32, 3, 3] f32[1, 32, 3, 3] f32[1] f32[1] f32[1]

// ---- k0.cl

// launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/ddpm.nn:45:21)
__kernel void k0(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const int v1 = i0;
    const float v2 = (float) v1;
    const float v3 = ((0x1.4e3368p-16f) * v2);
    const float v4 = ((0x1.a36e2ep-14f) + v3);
    const float v5 = (1.0f - v4);
    const float v6 = F64(log, v5);
    b0[i0] = v6;
  }
}

// ---- k1.cl

// launch 1: elementwise le cast -> f32[1000, 1000]
__kernel void k1(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000000) {
    const int i0 = gid - 0;
    const int x1 = i0 / 1000;
    const int v2 = x1;
    const int x3 = i0 % 1000;
    const int v4 = x3;
    const float v5 = BOOL(v2 <= v4);
    b0[i0] = v5;
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

// launch 5: elementwise random mul floor cast cast -> i32[B] f32[B]
__kernel void k5(__global int* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(0, 42u, 0u, (float) v2, i1);
    const float v4 = (v3 * 1000.0f);
    const float v5 = F64(floor, v4);
    const int v6 = convert_int_sat(v5);
    b1[i1] = v6;
    const float v7 = (float) v6;
    b2[i1] = v7;
  }
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[B]
__kernel void k6(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const float v3 = b1[((int) v2)];
    b2[i1] = v3;
  }
}

// ---- k7.cl

// launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1, 1, 1] f32[B, 1, 1, 1]
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

// launch 8: elementwise broadcast mul sub mul -> f32[B, 1, 28, 28] (from samples/ddpm.nn:46:8)
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 784;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const float v5 = (2.0f * v4);
    const float v6 = (v5 - 1.0f);
    const float v7 = (v3 * v6);
    b2[i1] = v7;
  }
}

// ---- k9.cl

// launch 9: elementwise random mul add -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const float v4 = b1[x3];
    const int v5 = b2[0];
    const float v6 = nnc_random(1, 42u, 1u, (float) v5, i1);
    const float v7 = (v4 * v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
    b4[i1] = v6;
  }
}

// ---- k10.cl

// launch 10: conv2d -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k10(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k11.cl

// launch 11: elementwise add -> f32[B, 32, 28, 28]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k12.cl

// launch 12: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const int v1 = i0;
    const float v2 = (float) v1;
    const float v3 = BOOL(v2 >= 32.0f);
    const float v4 = (v3 * 32.0f);
    const float v5 = (v2 - v4);
    const float v6 = (v5 * (-0x1.26bb1cp-2f));
    const float v7 = F64(exp, v6);
    b0[i0] = v7;
    const float v8 = (1.0f - v3);
    const float v9 = (v8 * (0x1.921fb6p0f));
    b1[i0] = v9;
  }
}

// ---- k13.cl

// launch 13: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
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

// ---- k14.cl

// launch 14: matmul b' -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 128, K = 64;
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

// launch 15: elementwise add sigmoid mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
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

// ---- k16.cl

// launch 16: matmul b' -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k16(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 128, K = 128;
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

// ---- k17.cl

// launch 18: matmul b' -> f32[B, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 32, K = 128;
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

// ---- k18.cl

// launch 19: elementwise add -> f32[B, 32]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k19.cl

// launch 20: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 25088;
    const int x4 = x3 * 32;
    const int x5 = i1 / 784;
    const int x6 = x5 % 32;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (v9 * v10);
    b2[i1] = v11;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v12 = (1.0f - v10);
    const float v13 = (v10 * v12);
    b5[i1] = v13;
  }
}

// ---- k20.cl

// launch 21: conv2d -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k20(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k21.cl

// launch 22: elementwise add sigmoid mul sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_sigmoid(v6);
    const float v8 = (v6 * v7);
    b2[i1] = v8;
    b3[i1] = v7;
    b4[i1] = v6;
    const float v9 = (1.0f - v7);
    const float v10 = (v7 * v9);
    b5[i1] = v10;
  }
}

// ---- k22.cl

// launch 23: conv2d -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k22(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k23.cl

// launch 24: elementwise add -> f32[B, 64, 14, 14]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k24.cl

// launch 25: matmul b' -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k24(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 64, K = 128;
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

// ---- k25.cl

// launch 26: elementwise add -> f32[B, 64]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k26.cl

// launch 27: elementwise broadcast add sigmoid mul sub mul -> f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 12544;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 64;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (v9 * v10);
    b2[i1] = v11;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v12 = (1.0f - v10);
    const float v13 = (v10 * v12);
    b5[i1] = v13;
  }
}

// ---- k27.cl

// launch 28: conv2d -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k28.cl

// launch 29: elementwise add sigmoid mul add sub mul -> f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14] f32[B, 64, 14, 14]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_sigmoid(v6);
    const float v8 = (v6 * v7);
    const float v9 = b2[i1];
    const float v10 = (v8 + v9);
    b3[i1] = v10;
    b4[i1] = v7;
    b5[i1] = v6;
    const float v11 = (1.0f - v7);
    const float v12 = (v7 * v11);
    b6[i1] = v12;
  }
}

// ---- k29.cl

// launch 30: elementwise concat -> f32[B, 96, 28, 28]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    float v2;
    const int x3 = i1 / 784;
    const int x4 = x3 % 96;
    if (x4 < 64) {
      const int x5 = i1 / 75264;
      const int x6 = x5 * 64;
      const int x7 = x6 + x4;
      const int x8 = x7 * 28;
      const int x9 = i1 / 28;
      const int x10 = x9 % 28;
      const int x11 = x8 + x10;
      const int x12 = x11 * 28;
      const int x13 = i1 % 28;
      const int x14 = x12 + x13;
      const int x15 = x14 / 50176;
      const int x16 = x15 * 64;
      const int x17 = x14 / 784;
      const int x18 = x17 % 64;
      const int x19 = x16 + x18;
      const int x20 = x19 * 14;
      const int x21 = x14 / 56;
      const int x22 = x21 % 14;
      const int x23 = x20 + x22;
      const int x24 = x23 * 14;
      const int x25 = x14 / 2;
      const int x26 = x25 % 14;
      const int x27 = x24 + x26;
      const float v28 = b0[x27];
      v2 = v28;
    } else {
      const int x29 = i1 / 75264;
      const int x30 = x29 * 32;
      const int x31 = x4 - 64;
      const int x32 = x30 + x31;
      const int x33 = x32 * 28;
      const int x34 = i1 / 28;
      const int x35 = x34 % 28;
      const int x36 = x33 + x35;
      const int x37 = x36 * 28;
      const int x38 = i1 % 28;
      const int x39 = x37 + x38;
      const float v40 = b1[x39];
      v2 = v40;
    }
    b2[i1] = v2;
  }
}

// ---- k30.cl

// launch 31: conv2d -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k30(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 96, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k31.cl

// launch 33: conv2d -> f32[B, 1, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k31(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
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
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 16; kk < 16; kk += 1) {
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
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k32.cl

// launch 34: elementwise add sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 - v5);
    const float v7 = (v6 * v6);
    b3[i1] = v7;
    b4[i1] = v6;
  }
}

// ---- k33.cl

// launch 35: reduction of sum div -> f32[]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[5];
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
  b1[o] = v12;
}

// ---- k34.cl

// launch 36: elementwise div -> f32[]
__kernel void k34(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[5];
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

// ---- k35.cl

// launch 37: elementwise broadcast mul add -> f32[B, 1, 28, 28]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (v4 + v4);
    b2[i1] = v5;
  }
}

// ---- k36.cl

// launch 38: conv2d_input_grad -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k36(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k37.cl

// launch 39: elementwise mul mul mul add -> f32[B, 32, 28, 28]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
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

// ---- k38.cl

// launch 40: conv2d_input_grad -> f32[B, 96, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k38(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 96, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k39.cl

// launch 41: reduction of reshape sum mul mul mul add -> f32[B, 64, 14, 14] f32[B, 64, 14, 14]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[17];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 12544;
    const int x2 = x1 * 64;
    const int x3 = o / 196;
    const int x4 = x3 % 64;
    const int x5 = x2 + x4;
    const int x6 = x5 * 14;
    const int x7 = o / 14;
    const int x8 = x7 % 14;
    const int x9 = x6 + x8;
    const int x10 = x9 * 2;
    const int x11 = j / 2;
    const int x12 = x10 + x11;
    const int x13 = x12 * 14;
    const int x14 = o % 14;
    const int x15 = x13 + x14;
    const int x16 = x15 * 2;
    const int x17 = j % 2;
    const int x18 = x16 + x17;
    const int x19 = x18 / 50176;
    const int x20 = x19 * 96;
    const int x21 = x18 / 784;
    const int x22 = x21 % 64;
    const int x23 = x20 + x22;
    const int x24 = x23 * 28;
    const int x25 = x18 / 28;
    const int x26 = x25 % 28;
    const int x27 = x24 + x26;
    const int x28 = x27 * 28;
    const int x29 = x18 % 28;
    const int x30 = x28 + x29;
    const float v31 = b0[x30];
    acc += (acc_t) v31;
  }
  const float r32 = (float) acc;
  const float v33 = b1[o];
  const float v34 = (r32 * v33);
  const float v35 = b2[o];
  const float v36 = (r32 * v35);
  const float v37 = b3[o];
  const float v38 = (v36 * v37);
  const float v39 = (v34 + v38);
  b4[o] = v39;
  b5[o] = r32;
}

// ---- k40.cl

// launch 42: conv2d_input_grad -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k40(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k41.cl

// launch 43: elementwise add mul mul mul add -> f32[B, 64, 14, 14]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
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

// ---- k42.cl

// launch 44: reduction of sum -> f32[B, 64]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 196;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 64;
    const int x2 = x1 * 64;
    const int x3 = o % 64;
    const int x4 = x2 + x3;
    const int x5 = x4 * 14;
    const int x6 = j / 14;
    const int x7 = x5 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k43.cl

// launch 45: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 128, K = 64;
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

// ---- k44.cl

// launch 46: conv2d_input_grad -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k44(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k45.cl

// launch 47: elementwise add mul mul mul add -> f32[B, 32, 28, 28]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 25088;
    const int x3 = x2 * 96;
    const int x4 = i1 / 784;
    const int x5 = x4 % 32;
    const int x6 = x5 + 64;
    const int x7 = x3 + x6;
    const int x8 = x7 * 28;
    const int x9 = i1 / 28;
    const int x10 = x9 % 28;
    const int x11 = x8 + x10;
    const int x12 = x11 * 28;
    const int x13 = i1 % 28;
    const int x14 = x12 + x13;
    const float v15 = b0[x14];
    const float v16 = b1[i1];
    const float v17 = (v15 + v16);
    const float v18 = b2[i1];
    const float v19 = (v17 * v18);
    const float v20 = b3[i1];
    const float v21 = (v17 * v20);
    const float v22 = b4[i1];
    const float v23 = (v21 * v22);
    const float v24 = (v19 + v23);
    b5[i1] = v24;
  }
}

// ---- k46.cl

// launch 48: conv2d_input_grad -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k46(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k47.cl

// launch 50: reduction of sum -> f32[B, 32]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[14];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 784;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 32;
    const int x2 = x1 * 32;
    const int x3 = o % 32;
    const int x4 = x2 + x3;
    const int x5 = x4 * 28;
    const int x6 = j / 28;
    const int x7 = x5 + x6;
    const int x8 = x7 * 28;
    const int x9 = j % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k48.cl

// launch 51: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 128, K = 32;
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

// ---- k49.cl

// launch 52: elementwise add mul mul mul add -> f32[B, 128]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
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

// ---- k50.cl

// launch 53: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k50(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 128, K = 128;
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

// ---- k51.cl

// launch 54: elementwise mul mul mul add -> f32[B, 128]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
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

// ---- k52.cl

// launch 55: matmul a' -> f32[128, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k52(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 64, K = d[4];
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

// ---- k53.cl

// launch 56: reduction of sum -> f32[128]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[4];
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

// ---- k54.cl

// launch 57: matmul a' -> f32[128, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k54(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 128, K = d[4];
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

// ---- k55.cl

// launch 59: matmul a' -> f32[32, 128]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k55(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 128, K = d[4];
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

// ---- k56.cl

// launch 60: reduction of sum -> f32[32]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[4];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 32;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k57.cl

// launch 61: matmul a' -> f32[64, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k57(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 128, K = d[4];
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

// ---- k58.cl

// launch 62: reduction of sum -> f32[64]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[4];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 64;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k59.cl

// launch 63: conv2d_weight_grad -> f32[32, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k59(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k60.cl

// launch 64: reduction of sum -> f32[32]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[5];
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

// ---- k61.cl

// launch 65: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k61(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k62.cl

// launch 67: conv2d_weight_grad -> f32[64, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k62(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k63.cl

// launch 68: reduction of sum -> f32[64]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[22];
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

// ---- k64.cl

// launch 69: conv2d_weight_grad -> f32[64, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k64(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 64, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k65.cl

// launch 71: conv2d_weight_grad -> f32[32, 96, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k65(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 96, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k66.cl

// launch 73: conv2d_weight_grad -> f32[1, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k66(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  acc_t4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 1) {
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
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k67.cl

// launch 74: reduction of sum -> f32[1]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[5];
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

// ---- k68.cl

// launch 75: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128, 128] f32[128, 128] f32[128, 128] f32[32, 128] f32[32, 128] f32[32, 128] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[64, 128] f32[64, 128] f32[64, 128] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 32, 3, 3] f32[64, 64, 3, 3] f32[64, 64, 3, 3] f32[64, 64, 3, 3] f32[32, 96, 3, 3] f32[32, 96, 3, 3] f32[32, 96, 3, 3] f32[1, 32, 3, 3] f32[1, 32, 3, 3] f32[1, 32, 3, 3] f32[1] f32[1] f32[1]
__kernel void k68(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global const int* restrict d) {
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
  if (gid < 8192) {
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
    const float v26 = ((0x1.a36e2ep-13f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 8320) {
    const int i32 = gid - 8192;
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
    const float v47 = ((0x1.a36e2ep-13f) * v46);
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
    const float v67 = ((0x1.a36e2ep-13f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i32] = v72;
  } else if (gid < 24704) {
    const int i73 = gid - 8320;
    const float v74 = b22[i73];
    const float v75 = ((0x1.ccccccp-1f) * v74);
    const float v76 = b23[i73];
    const float v77 = b24[i73];
    const float v78 = (0.0f * v77);
    const float v79 = (v76 + v78);
    const float v80 = ((0x1.99999ap-4f) * v79);
    const float v81 = (v75 + v80);
    b25[i73] = v81;
    const float v82 = b26[i73];
    const float v83 = ((0x1.ff7ceep-1f) * v82);
    const float v84 = ((0x1.0624dep-10f) * v79);
    const float v85 = (v84 * v79);
    const float v86 = (v83 + v85);
    b27[i73] = v86;
    const float v87 = (v81 / v8);
    const float v88 = ((0x1.a36e2ep-13f) * v87);
    const float v89 = (v86 / v10);
    const float v90 = F64(sqrt, v89);
    const float v91 = (v90 + (0x1.5798eep-27f));
    const float v92 = (v88 / v91);
    const float v93 = (v77 - v92);
    b28[i73] = v93;
  } else if (gid < 28800) {
    const int i94 = gid - 24704;
    const float v95 = b29[i94];
    const float v96 = ((0x1.ccccccp-1f) * v95);
    const float v97 = b30[i94];
    const float v98 = b31[i94];
    const float v99 = (0.0f * v98);
    const float v100 = (v97 + v99);
    const float v101 = ((0x1.99999ap-4f) * v100);
    const float v102 = (v96 + v101);
    b32[i94] = v102;
    const float v103 = b33[i94];
    const float v104 = ((0x1.ff7ceep-1f) * v103);
    const float v105 = ((0x1.0624dep-10f) * v100);
    const float v106 = (v105 * v100);
    const float v107 = (v104 + v106);
    b34[i94] = v107;
    const float v108 = (v102 / v8);
    const float v109 = ((0x1.a36e2ep-13f) * v108);
    const float v110 = (v107 / v10);
    const float v111 = F64(sqrt, v110);
    const float v112 = (v111 + (0x1.5798eep-27f));
    const float v113 = (v109 / v112);
    const float v114 = (v98 - v113);
    b35[i94] = v114;
  } else if (gid < 28832) {
    const int i115 = gid - 28800;
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
    const float v130 = ((0x1.a36e2ep-13f) * v129);
    const float v131 = (v128 / v10);
    const float v132 = F64(sqrt, v131);
    const float v133 = (v132 + (0x1.5798eep-27f));
    const float v134 = (v130 / v133);
    const float v135 = (v119 - v134);
    b42[i115] = v135;
    const float v136 = b43[i115];
    const float v137 = ((0x1.ccccccp-1f) * v136);
    const float v138 = b44[i115];
    const float v139 = b45[i115];
    const float v140 = (0.0f * v139);
    const float v141 = (v138 + v140);
    const float v142 = ((0x1.99999ap-4f) * v141);
    const float v143 = (v137 + v142);
    b46[i115] = v143;
    const float v144 = b47[i115];
    const float v145 = ((0x1.ff7ceep-1f) * v144);
    const float v146 = ((0x1.0624dep-10f) * v141);
    const float v147 = (v146 * v141);
    const float v148 = (v145 + v147);
    b48[i115] = v148;
    const float v149 = (v143 / v8);
    const float v150 = ((0x1.a36e2ep-13f) * v149);
    const float v151 = (v148 / v10);
    const float v152 = F64(sqrt, v151);
    const float v153 = (v152 + (0x1.5798eep-27f));
    const float v154 = (v150 / v153);
    const float v155 = (v139 - v154);
    b49[i115] = v155;
    const float v156 = b50[i115];
    const float v157 = ((0x1.ccccccp-1f) * v156);
    const float v158 = b51[i115];
    const float v159 = b52[i115];
    const float v160 = (0.0f * v159);
    const float v161 = (v158 + v160);
    const float v162 = ((0x1.99999ap-4f) * v161);
    const float v163 = (v157 + v162);
    b53[i115] = v163;
    const float v164 = b54[i115];
    const float v165 = ((0x1.ff7ceep-1f) * v164);
    const float v166 = ((0x1.0624dep-10f) * v161);
    const float v167 = (v166 * v161);
    const float v168 = (v165 + v167);
    b55[i115] = v168;
    const float v169 = (v163 / v8);
    const float v170 = ((0x1.a36e2ep-13f) * v169);
    const float v171 = (v168 / v10);
    const float v172 = F64(sqrt, v171);
    const float v173 = (v172 + (0x1.5798eep-27f));
    const float v174 = (v170 / v173);
    const float v175 = (v159 - v174);
    b56[i115] = v175;
    const float v176 = b57[i115];
    const float v177 = ((0x1.ccccccp-1f) * v176);
    const float v178 = b58[i115];
    const float v179 = b59[i115];
    const float v180 = (0.0f * v179);
    const float v181 = (v178 + v180);
    const float v182 = ((0x1.99999ap-4f) * v181);
    const float v183 = (v177 + v182);
    b60[i115] = v183;
    const float v184 = b61[i115];
    const float v185 = ((0x1.ff7ceep-1f) * v184);
    const float v186 = ((0x1.0624dep-10f) * v181);
    const float v187 = (v186 * v181);
    const float v188 = (v185 + v187);
    b62[i115] = v188;
    const float v189 = (v183 / v8);
    const float v190 = ((0x1.a36e2ep-13f) * v189);
    const float v191 = (v188 / v10);
    const float v192 = F64(sqrt, v191);
    const float v193 = (v192 + (0x1.5798eep-27f));
    const float v194 = (v190 / v193);
    const float v195 = (v179 - v194);
    b63[i115] = v195;
  } else if (gid < 37024) {
    const int i196 = gid - 28832;
    const float v197 = b64[i196];
    const float v198 = ((0x1.ccccccp-1f) * v197);
    const float v199 = b65[i196];
    const float v200 = b66[i196];
    const float v201 = (0.0f * v200);
    const float v202 = (v199 + v201);
    const float v203 = ((0x1.99999ap-4f) * v202);
    const float v204 = (v198 + v203);
    b67[i196] = v204;
    const float v205 = b68[i196];
    const float v206 = ((0x1.ff7ceep-1f) * v205);
    const float v207 = ((0x1.0624dep-10f) * v202);
    const float v208 = (v207 * v202);
    const float v209 = (v206 + v208);
    b69[i196] = v209;
    const float v210 = (v204 / v8);
    const float v211 = ((0x1.a36e2ep-13f) * v210);
    const float v212 = (v209 / v10);
    const float v213 = F64(sqrt, v212);
    const float v214 = (v213 + (0x1.5798eep-27f));
    const float v215 = (v211 / v214);
    const float v216 = (v200 - v215);
    b70[i196] = v216;
  } else if (gid < 37088) {
    const int i217 = gid - 37024;
    const float v218 = b71[i217];
    const float v219 = ((0x1.ccccccp-1f) * v218);
    const float v220 = b72[i217];
    const float v221 = b73[i217];
    const float v222 = (0.0f * v221);
    const float v223 = (v220 + v222);
    const float v224 = ((0x1.99999ap-4f) * v223);
    const float v225 = (v219 + v224);
    b74[i217] = v225;
    const float v226 = b75[i217];
    const float v227 = ((0x1.ff7ceep-1f) * v226);
    const float v228 = ((0x1.0624dep-10f) * v223);
    const float v229 = (v228 * v223);
    const float v230 = (v227 + v229);
    b76[i217] = v230;
    const float v231 = (v225 / v8);
    const float v232 = ((0x1.a36e2ep-13f) * v231);
    const float v233 = (v230 / v10);
    const float v234 = F64(sqrt, v233);
    const float v235 = (v234 + (0x1.5798eep-27f));
    const float v236 = (v232 / v235);
    const float v237 = (v221 - v236);
    b77[i217] = v237;
    const float v238 = b78[i217];
    const float v239 = ((0x1.ccccccp-1f) * v238);
    const float v240 = b79[i217];
    const float v241 = b80[i217];
    const float v242 = (0.0f * v241);
    const float v243 = (v240 + v242);
    const float v244 = ((0x1.99999ap-4f) * v243);
    const float v245 = (v239 + v244);
    b81[i217] = v245;
    const float v246 = b82[i217];
    const float v247 = ((0x1.ff7ceep-1f) * v246);
    const float v248 = ((0x1.0624dep-10f) * v243);
    const float v249 = (v248 * v243);
    const float v250 = (v247 + v249);
    b83[i217] = v250;
    const float v251 = (v245 / v8);
    const float v252 = ((0x1.a36e2ep-13f) * v251);
    const float v253 = (v250 / v10);
    const float v254 = F64(sqrt, v253);
    const float v255 = (v254 + (0x1.5798eep-27f));
    const float v256 = (v252 / v255);
    const float v257 = (v241 - v256);
    b84[i217] = v257;
    const float v258 = b85[i217];
    const float v259 = ((0x1.ccccccp-1f) * v258);
    const float v260 = b86[i217];
    const float v261 = b87[i217];
    const float v262 = (0.0f * v261);
    const float v263 = (v260 + v262);
    const float v264 = ((0x1.99999ap-4f) * v263);
    const float v265 = (v259 + v264);
    b88[i217] = v265;
    const float v266 = b89[i217];
    const float v267 = ((0x1.ff7ceep-1f) * v266);
    const float v268 = ((0x1.0624dep-10f) * v263);
    const float v269 = (v268 * v263);
    const float v270 = (v267 + v269);
    b90[i217] = v270;
    const float v271 = (v265 / v8);
    const float v272 = ((0x1.a36e2ep-13f) * v271);
    const float v273 = (v270 / v10);
    const float v274 = F64(sqrt, v273);
    const float v275 = (v274 + (0x1.5798eep-27f));
    const float v276 = (v272 / v275);
    const float v277 = (v261 - v276);
    b91[i217] = v277;
  } else if (gid < 37376) {
    const int i278 = gid - 37088;
    const float v279 = b92[i278];
    const float v280 = ((0x1.ccccccp-1f) * v279);
    const float v281 = b93[i278];
    const float v282 = b94[i278];
    const float v283 = (0.0f * v282);
    const float v284 = (v281 + v283);
    const float v285 = ((0x1.99999ap-4f) * v284);
    const float v286 = (v280 + v285);
    b95[i278] = v286;
    const float v287 = b96[i278];
    const float v288 = ((0x1.ff7ceep-1f) * v287);
    const float v289 = ((0x1.0624dep-10f) * v284);
    const float v290 = (v289 * v284);
    const float v291 = (v288 + v290);
    b97[i278] = v291;
    const float v292 = (v286 / v8);
    const float v293 = ((0x1.a36e2ep-13f) * v292);
    const float v294 = (v291 / v10);
    const float v295 = F64(sqrt, v294);
    const float v296 = (v295 + (0x1.5798eep-27f));
    const float v297 = (v293 / v296);
    const float v298 = (v282 - v297);
    b98[i278] = v298;
  } else if (gid < 46592) {
    const int i299 = gid - 37376;
    const float v300 = b99[i299];
    const float v301 = ((0x1.ccccccp-1f) * v300);
    const float v302 = b100[i299];
    const float v303 = b101[i299];
    const float v304 = (0.0f * v303);
    const float v305 = (v302 + v304);
    const float v306 = ((0x1.99999ap-4f) * v305);
    const float v307 = (v301 + v306);
    b102[i299] = v307;
    const float v308 = b103[i299];
    const float v309 = ((0x1.ff7ceep-1f) * v308);
    const float v310 = ((0x1.0624dep-10f) * v305);
    const float v311 = (v310 * v305);
    const float v312 = (v309 + v311);
    b104[i299] = v312;
    const float v313 = (v307 / v8);
    const float v314 = ((0x1.a36e2ep-13f) * v313);
    const float v315 = (v312 / v10);
    const float v316 = F64(sqrt, v315);
    const float v317 = (v316 + (0x1.5798eep-27f));
    const float v318 = (v314 / v317);
    const float v319 = (v303 - v318);
    b105[i299] = v319;
  } else if (gid < 65024) {
    const int i320 = gid - 46592;
    const float v321 = b106[i320];
    const float v322 = ((0x1.ccccccp-1f) * v321);
    const float v323 = b107[i320];
    const float v324 = b108[i320];
    const float v325 = (0.0f * v324);
    const float v326 = (v323 + v325);
    const float v327 = ((0x1.99999ap-4f) * v326);
    const float v328 = (v322 + v327);
    b109[i320] = v328;
    const float v329 = b110[i320];
    const float v330 = ((0x1.ff7ceep-1f) * v329);
    const float v331 = ((0x1.0624dep-10f) * v326);
    const float v332 = (v331 * v326);
    const float v333 = (v330 + v332);
    b111[i320] = v333;
    const float v334 = (v328 / v8);
    const float v335 = ((0x1.a36e2ep-13f) * v334);
    const float v336 = (v333 / v10);
    const float v337 = F64(sqrt, v336);
    const float v338 = (v337 + (0x1.5798eep-27f));
    const float v339 = (v335 / v338);
    const float v340 = (v324 - v339);
    b112[i320] = v340;
  } else if (gid < 101888) {
    const int i341 = gid - 65024;
    const float v342 = b113[i341];
    const float v343 = ((0x1.ccccccp-1f) * v342);
    const float v344 = b114[i341];
    const float v345 = b115[i341];
    const float v346 = (0.0f * v345);
    const float v347 = (v344 + v346);
    const float v348 = ((0x1.99999ap-4f) * v347);
    const float v349 = (v343 + v348);
    b116[i341] = v349;
    const float v350 = b117[i341];
    const float v351 = ((0x1.ff7ceep-1f) * v350);
    const float v352 = ((0x1.0624dep-10f) * v347);
    const float v353 = (v352 * v347);
    const float v354 = (v351 + v353);
    b118[i341] = v354;
    const float v355 = (v349 / v8);
    const float v356 = ((0x1.a36e2ep-13f) * v355);
    const float v357 = (v354 / v10);
    const float v358 = F64(sqrt, v357);
    const float v359 = (v358 + (0x1.5798eep-27f));
    const float v360 = (v356 / v359);
    const float v361 = (v345 - v360);
    b119[i341] = v361;
  } else if (gid < 129536) {
    const int i362 = gid - 101888;
    const float v363 = b120[i362];
    const float v364 = ((0x1.ccccccp-1f) * v363);
    const float v365 = b121[i362];
    const float v366 = b122[i362];
    const float v367 = (0.0f * v366);
    const float v368 = (v365 + v367);
    const float v369 = ((0x1.99999ap-4f) * v368);
    const float v370 = (v364 + v369);
    b123[i362] = v370;
    const float v371 = b124[i362];
    const float v372 = ((0x1.ff7ceep-1f) * v371);
    const float v373 = ((0x1.0624dep-10f) * v368);
    const float v374 = (v373 * v368);
    const float v375 = (v372 + v374);
    b125[i362] = v375;
    const float v376 = (v370 / v8);
    const float v377 = ((0x1.a36e2ep-13f) * v376);
    const float v378 = (v375 / v10);
    const float v379 = F64(sqrt, v378);
    const float v380 = (v379 + (0x1.5798eep-27f));
    const float v381 = (v377 / v380);
    const float v382 = (v366 - v381);
    b126[i362] = v382;
  } else if (gid < 129824) {
    const int i383 = gid - 129536;
    const float v384 = b127[i383];
    const float v385 = ((0x1.ccccccp-1f) * v384);
    const float v386 = b128[i383];
    const float v387 = b129[i383];
    const float v388 = (0.0f * v387);
    const float v389 = (v386 + v388);
    const float v390 = ((0x1.99999ap-4f) * v389);
    const float v391 = (v385 + v390);
    b130[i383] = v391;
    const float v392 = b131[i383];
    const float v393 = ((0x1.ff7ceep-1f) * v392);
    const float v394 = ((0x1.0624dep-10f) * v389);
    const float v395 = (v394 * v389);
    const float v396 = (v393 + v395);
    b132[i383] = v396;
    const float v397 = (v391 / v8);
    const float v398 = ((0x1.a36e2ep-13f) * v397);
    const float v399 = (v396 / v10);
    const float v400 = F64(sqrt, v399);
    const float v401 = (v400 + (0x1.5798eep-27f));
    const float v402 = (v398 / v401);
    const float v403 = (v387 - v402);
    b133[i383] = v403;
  } else if (gid < 129825) {
    const int i404 = gid - 129824;
    const float v405 = b134[0];
    const float v406 = ((0x1.ccccccp-1f) * v405);
    const float v407 = b135[0];
    const float v408 = b136[0];
    const float v409 = (0.0f * v408);
    const float v410 = (v407 + v409);
    const float v411 = ((0x1.99999ap-4f) * v410);
    const float v412 = (v406 + v411);
    b137[i404] = v412;
    const float v413 = b138[0];
    const float v414 = ((0x1.ff7ceep-1f) * v413);
    const float v415 = ((0x1.0624dep-10f) * v410);
    const float v416 = (v415 * v410);
    const float v417 = (v414 + v416);
    b139[i404] = v417;
    const float v418 = (v412 / v8);
    const float v419 = ((0x1.a36e2ep-13f) * v418);
    const float v420 = (v417 / v10);
    const float v421 = F64(sqrt, v420);
    const float v422 = (v421 + (0x1.5798eep-27f));
    const float v423 = (v419 / v422);
    const float v424 = (v408 - v423);
    b140[i404] = v424;
  }
}
