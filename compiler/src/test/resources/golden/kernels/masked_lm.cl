// MaskedLm: kernels of one training step: 40 OpenCL kernels for 59 launches
k0.cl: launch 0: elementwise random lt cast gt select cast -> bool[B, T] i32[B, T] f32[B, T]
k1.cl: launch 1: elementwise reshape select -> i32[B*T, 1] bool[B*T, 1]
k2.cl: launch 2: elementwise gather -> i32[B*T, 1]
k3.cl: launch 3: elementwise gather -> f32[B, T, 32]
k4.cl: launch 4: matmul b' -> f32[B, T, 256]
k5.cl: launch 5: elementwise gather -> f32[B, T, 32]
k6.cl: launch 7: elementwise add -> f32[B, T, 256]
k7.cl: launch 8: elementwise gather -> f32[B, T, 32]
k8.cl: launch 11: elementwise gather -> f32[B, T, 32]
k9.cl: launch 14: elementwise gather -> f32[B, T, 32]
k10.cl: launch 16: elementwise add max ge -> f32[B, T, 256] bool[B, T, 256]
k11.cl: launch 17: matmul b' -> f32[B, T, 256]
k12.cl: launch 18: elementwise add max ge -> f32[B, T, 256] bool[B, T, 256]
k13.cl: launch 19: matmul b' -> f32[B, T, 128]
k14.cl: launch 20: elementwise add -> f32[B, T, 128]
k15.cl: launch 21: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B*T, 128] f32[B*T, 128] f32[B*T, 1]
k16.cl: launch 22: reduction of broadcast eq reshape select sum select -> bool[B*T, 1, 128] f32[B*T, 1]
k17.cl: launch 23: reduction of sum -> f32[]
k18.cl: launch 24: reduction of sum div neg div -> f32[] f32[]
k19.cl: launch 25: elementwise broadcast select -> f32[B*T, 1]
k20.cl: launch 26: elementwise broadcast select -> f32[B*T, 1, 128]
k21.cl: launch 27: reduction of reshape neg sum div broadcast mul add -> f32[B*T, 128]
k22.cl: launch 28: elementwise reshape -> f32[B, T, 128]
k23.cl: launch 29: matmul -> f32[B, T, 256]
k24.cl: launch 30: elementwise select -> f32[B, T, 256]
k25.cl: launch 31: matmul -> f32[B, T, 256]
k26.cl: launch 33: matmul -> f32[B, T, 32]
k27.cl: launch 34: elementwise -> f32[128, 32]
k28.cl: launch 35: elementwise slice -> i32[B, T]
k29.cl: launch 36: scatter_add -> f32[128, 32]
k30.cl: launch 38: elementwise slice -> i32[B, T]
k31.cl: launch 41: elementwise slice -> i32[B, T]
k32.cl: launch 44: elementwise slice -> i32[B, T]
k33.cl: launch 47: elementwise slice -> i32[B, T]
k34.cl: launch 49: matmul a' -> f32[256, 32]
k35.cl: launch 54: matmul a' -> f32[256, 256]
k36.cl: launch 55: reduction of sum -> f32[256]
k37.cl: launch 56: matmul a' -> f32[128, 256]
k38.cl: launch 57: reduction of sum -> f32[128]
k39.cl: launch 58: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[128, 32] f32[128, 32] f32[128, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 256] f32[256, 256] f32[256, 256] f32[256] f32[256] f32[256] f32[128, 256] f32[128, 256] f32[128, 256] f32[128] f32[128] f32[128]

// ---- k0.cl

// launch 0: elementwise random lt cast gt select cast -> bool[B, T] i32[B, T] f32[B, T]
__kernel void k0(__global int* restrict b0, __global float* restrict b1, __global int* restrict b2, __global int* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(0, 42u, 0u, (float) v2, i1);
    const float v4 = BOOL(v3 < (0x1.333334p-3f));
    const float v5 = BOOL(v4 > (0x1.0p-1f));
    b1[i1] = v5;
    const int v6 = b2[i1];
    const int v7 = (v5 != 0.0f ? 0 : v6);
    b3[i1] = v7;
    b4[i1] = v5;
  }
}

// ---- k1.cl

// launch 1: elementwise reshape select -> i32[B*T, 1] bool[B*T, 1]
__kernel void k1(__global float* restrict b0, __global int* restrict b1, __global int* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[i1];
    const int v4 = (v2 != 0.0f ? v3 : 0);
    b2[i1] = v4;
    b3[i1] = v2;
  }
}

// ---- k2.cl

// launch 2: elementwise gather -> i32[B*T, 1]
__kernel void k2(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 128, fault);
    b1[i1] = v3;
  }
}

// ---- k3.cl

// launch 3: elementwise gather -> f32[B, T, 32]
__kernel void k3(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[1];
    const int x4 = x2 % x3;
    const int x5 = x4 - 2;
    int v6 = 0;
    if (x5 >= 0 && x5 < x3) {
      const int x7 = d[3];
      const int x8 = i1 / x7;
      const int x9 = x8 * x3;
      const int x10 = x9 + x5;
      const int v11 = b0[x10];
      v6 = v11;
    }
    const int v12 = nnc_index(v6, 128, fault);
    const int x13 = v12 * 32;
    const int x14 = i1 % 32;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    b2[i1] = v16;
  }
}

// ---- k4.cl

// launch 4: matmul b' -> f32[B, T, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k4(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 32;
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

// ---- k5.cl

// launch 5: elementwise gather -> f32[B, T, 32]
__kernel void k5(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[1];
    const int x4 = x2 % x3;
    const int x5 = x4 + 1;
    const int x6 = x5 - 2;
    int v7 = 0;
    if (x6 >= 0 && x6 < x3) {
      const int x8 = d[3];
      const int x9 = i1 / x8;
      const int x10 = x9 * x3;
      const int x11 = x10 + x6;
      const int v12 = b0[x11];
      v7 = v12;
    }
    const int v13 = nnc_index(v7, 128, fault);
    const int x14 = v13 * 32;
    const int x15 = i1 % 32;
    const int x16 = x14 + x15;
    const float v17 = b1[x16];
    b2[i1] = v17;
  }
}

// ---- k6.cl

// launch 7: elementwise add -> f32[B, T, 256]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k7.cl

// launch 8: elementwise gather -> f32[B, T, 32]
__kernel void k7(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[1];
    const int x4 = x2 % x3;
    const int x5 = x4 + 2;
    const int x6 = x5 - 2;
    int v7 = 0;
    if (x6 >= 0 && x6 < x3) {
      const int x8 = d[3];
      const int x9 = i1 / x8;
      const int x10 = x9 * x3;
      const int x11 = x10 + x6;
      const int v12 = b0[x11];
      v7 = v12;
    }
    const int v13 = nnc_index(v7, 128, fault);
    const int x14 = v13 * 32;
    const int x15 = i1 % 32;
    const int x16 = x14 + x15;
    const float v17 = b1[x16];
    b2[i1] = v17;
  }
}

// ---- k8.cl

// launch 11: elementwise gather -> f32[B, T, 32]
__kernel void k8(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[1];
    const int x4 = x2 % x3;
    const int x5 = x4 + 3;
    const int x6 = x5 - 2;
    int v7 = 0;
    if (x6 >= 0 && x6 < x3) {
      const int x8 = d[3];
      const int x9 = i1 / x8;
      const int x10 = x9 * x3;
      const int x11 = x10 + x6;
      const int v12 = b0[x11];
      v7 = v12;
    }
    const int v13 = nnc_index(v7, 128, fault);
    const int x14 = v13 * 32;
    const int x15 = i1 % 32;
    const int x16 = x14 + x15;
    const float v17 = b1[x16];
    b2[i1] = v17;
  }
}

// ---- k9.cl

// launch 14: elementwise gather -> f32[B, T, 32]
__kernel void k9(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[1];
    const int x4 = x2 % x3;
    const int x5 = x4 + 4;
    const int x6 = x5 - 2;
    int v7 = 0;
    if (x6 >= 0 && x6 < x3) {
      const int x8 = d[3];
      const int x9 = i1 / x8;
      const int x10 = x9 * x3;
      const int x11 = x10 + x6;
      const int v12 = b0[x11];
      v7 = v12;
    }
    const int v13 = nnc_index(v7, 128, fault);
    const int x14 = v13 * 32;
    const int x15 = i1 % 32;
    const int x16 = x14 + x15;
    const float v17 = b1[x16];
    b2[i1] = v17;
  }
}

// ---- k10.cl

// launch 16: elementwise add max ge -> f32[B, T, 256] bool[B, T, 256]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = nnc_max(v4, 0.0f);
    b2[i1] = v5;
    const float v6 = BOOL(v4 >= 0.0f);
    b3[i1] = v6;
  }
}

// ---- k11.cl

// launch 17: matmul b' -> f32[B, T, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k11(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 256;
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

// ---- k12.cl

// launch 18: elementwise add max ge -> f32[B, T, 256] bool[B, T, 256]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k13.cl

// launch 19: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k13(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 256;
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

// ---- k14.cl

// launch 20: elementwise add -> f32[B, T, 128]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k15.cl

// launch 21: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B*T, 128] f32[B*T, 128] f32[B*T, 1]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 128;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 128;
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

// ---- k16.cl

// launch 22: reduction of broadcast eq reshape select sum select -> bool[B*T, 1, 128] f32[B*T, 1]
__kernel void k16(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 128;
    const int x4 = x3 + j;
    const float v5 = b1[x4];
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    b2[x4] = v2;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  const float v8 = b3[o];
  const float v9 = (v8 != 0.0f ? r7 : 0.0f);
  b4[o] = v9;
}

// ---- k17.cl

// launch 23: reduction of sum -> f32[]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  b1[o] = r2;
}

// ---- k18.cl

// launch 24: reduction of sum div neg div -> f32[] f32[]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  const float v8 = b1[0];
  const float v9 = (v8 / r7);
  const float v10 = (-v9);
  b2[o] = v10;
  const float v11 = (-1.0f / r7);
  b3[o] = v11;
}

// ---- k19.cl

// launch 25: elementwise broadcast select -> f32[B*T, 1]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k20.cl

// launch 26: elementwise broadcast select -> f32[B*T, 1, 128]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k21.cl

// launch 27: reduction of reshape neg sum div broadcast mul add -> f32[B*T, 128]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 128;
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

// ---- k22.cl

// launch 28: elementwise reshape -> f32[B, T, 128]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k23.cl

// launch 29: matmul -> f32[B, T, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 128;
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

// ---- k24.cl

// launch 30: elementwise select -> f32[B, T, 256]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k25.cl

// launch 31: matmul -> f32[B, T, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 256;
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

// launch 33: matmul -> f32[B, T, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k26(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 256;
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

// ---- k27.cl

// launch 34: elementwise -> f32[128, 32]
__kernel void k27(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k28.cl

// launch 35: elementwise slice -> i32[B, T]
__kernel void k28(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 % x2;
    const int x4 = x3 + 3;
    const int x5 = x4 - 2;
    int v6 = 0;
    if (x5 >= 0 && x5 < x2) {
      const int x7 = i1 / x2;
      const int x8 = x7 * x2;
      const int x9 = x8 + x5;
      const int v10 = b0[x9];
      v6 = v10;
    }
    b1[i1] = v6;
  }
}

// ---- k29.cl

// launch 36: scatter_add -> f32[128, 32]
__kernel void k29(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 128, I = 32, P = d[0];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k30.cl

// launch 38: elementwise slice -> i32[B, T]
__kernel void k30(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 % x2;
    const int x4 = x3 + 4;
    const int x5 = x4 - 2;
    int v6 = 0;
    if (x5 >= 0 && x5 < x2) {
      const int x7 = i1 / x2;
      const int x8 = x7 * x2;
      const int x9 = x8 + x5;
      const int v10 = b0[x9];
      v6 = v10;
    }
    b1[i1] = v6;
  }
}

// ---- k31.cl

// launch 41: elementwise slice -> i32[B, T]
__kernel void k31(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 % x2;
    const int x4 = x3 + 2;
    const int x5 = x4 - 2;
    int v6 = 0;
    if (x5 >= 0 && x5 < x2) {
      const int x7 = i1 / x2;
      const int x8 = x7 * x2;
      const int x9 = x8 + x5;
      const int v10 = b0[x9];
      v6 = v10;
    }
    b1[i1] = v6;
  }
}

// ---- k32.cl

// launch 44: elementwise slice -> i32[B, T]
__kernel void k32(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 % x2;
    const int x4 = x3 + 1;
    const int x5 = x4 - 2;
    int v6 = 0;
    if (x5 >= 0 && x5 < x2) {
      const int x7 = i1 / x2;
      const int x8 = x7 * x2;
      const int x9 = x8 + x5;
      const int v10 = b0[x9];
      v6 = v10;
    }
    b1[i1] = v6;
  }
}

// ---- k33.cl

// launch 47: elementwise slice -> i32[B, T]
__kernel void k33(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 % x2;
    const int x4 = x3 - 2;
    int v5 = 0;
    if (x4 >= 0 && x4 < x2) {
      const int x6 = i1 / x2;
      const int x7 = x6 * x2;
      const int x8 = x7 + x4;
      const int v9 = b0[x8];
      v5 = v9;
    }
    b1[i1] = v5;
  }
}

// ---- k34.cl

// launch 49: matmul a' -> f32[256, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k34(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 32, K = d[0];
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

// ---- k35.cl

// launch 54: matmul a' -> f32[256, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 256, K = d[0];
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

// ---- k36.cl

// launch 55: reduction of sum -> f32[256]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 256;
    const int x7 = x6 + o;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k37.cl

// launch 56: matmul a' -> f32[128, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k37(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 256, K = d[0];
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

// ---- k38.cl

// launch 57: reduction of sum -> f32[128]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + o;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k39.cl

// launch 58: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[128, 32] f32[128, 32] f32[128, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 32] f32[256, 256] f32[256, 256] f32[256, 256] f32[256] f32[256] f32[256] f32[128, 256] f32[128, 256] f32[128, 256] f32[128] f32[128] f32[128]
__kernel void k39(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global const int* restrict d) {
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
  if (gid < 4096) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = b4[i11];
    const float v17 = (v15 * v16);
    const float v18 = (v14 + v17);
    const float v19 = ((0x1.99999ap-4f) * v18);
    const float v20 = (v13 + v19);
    b5[i11] = v20;
    const float v21 = b6[i11];
    const float v22 = ((0x1.ff7ceep-1f) * v21);
    const float v23 = ((0x1.0624dep-10f) * v18);
    const float v24 = (v23 * v18);
    const float v25 = (v22 + v24);
    b7[i11] = v25;
    const float v26 = (v20 / v8);
    const float v27 = ((0x1.89374cp-9f) * v26);
    const float v28 = (v25 / v10);
    const float v29 = F64(sqrt, v28);
    const float v30 = (v29 + (0x1.5798eep-27f));
    const float v31 = (v27 / v30);
    const float v32 = (v16 - v31);
    b8[i11] = v32;
  } else if (gid < 12288) {
    const int i33 = gid - 4096;
    const float v34 = b9[i33];
    const float v35 = ((0x1.ccccccp-1f) * v34);
    const float v36 = b10[i33];
    const float v37 = b11[i33];
    const float v38 = (0.0f * v37);
    const float v39 = (v36 + v38);
    const float v40 = ((0x1.99999ap-4f) * v39);
    const float v41 = (v35 + v40);
    b12[i33] = v41;
    const float v42 = b13[i33];
    const float v43 = ((0x1.ff7ceep-1f) * v42);
    const float v44 = ((0x1.0624dep-10f) * v39);
    const float v45 = (v44 * v39);
    const float v46 = (v43 + v45);
    b14[i33] = v46;
    const float v47 = (v41 / v8);
    const float v48 = ((0x1.89374cp-9f) * v47);
    const float v49 = (v46 / v10);
    const float v50 = F64(sqrt, v49);
    const float v51 = (v50 + (0x1.5798eep-27f));
    const float v52 = (v48 / v51);
    const float v53 = (v37 - v52);
    b15[i33] = v53;
    const float v54 = b16[i33];
    const float v55 = ((0x1.ccccccp-1f) * v54);
    const float v56 = b17[i33];
    const float v57 = b18[i33];
    const float v58 = (0.0f * v57);
    const float v59 = (v56 + v58);
    const float v60 = ((0x1.99999ap-4f) * v59);
    const float v61 = (v55 + v60);
    b19[i33] = v61;
    const float v62 = b20[i33];
    const float v63 = ((0x1.ff7ceep-1f) * v62);
    const float v64 = ((0x1.0624dep-10f) * v59);
    const float v65 = (v64 * v59);
    const float v66 = (v63 + v65);
    b21[i33] = v66;
    const float v67 = (v61 / v8);
    const float v68 = ((0x1.89374cp-9f) * v67);
    const float v69 = (v66 / v10);
    const float v70 = F64(sqrt, v69);
    const float v71 = (v70 + (0x1.5798eep-27f));
    const float v72 = (v68 / v71);
    const float v73 = (v57 - v72);
    b22[i33] = v73;
    const float v74 = b23[i33];
    const float v75 = ((0x1.ccccccp-1f) * v74);
    const float v76 = b24[i33];
    const float v77 = b25[i33];
    const float v78 = (0.0f * v77);
    const float v79 = (v76 + v78);
    const float v80 = ((0x1.99999ap-4f) * v79);
    const float v81 = (v75 + v80);
    b26[i33] = v81;
    const float v82 = b27[i33];
    const float v83 = ((0x1.ff7ceep-1f) * v82);
    const float v84 = ((0x1.0624dep-10f) * v79);
    const float v85 = (v84 * v79);
    const float v86 = (v83 + v85);
    b28[i33] = v86;
    const float v87 = (v81 / v8);
    const float v88 = ((0x1.89374cp-9f) * v87);
    const float v89 = (v86 / v10);
    const float v90 = F64(sqrt, v89);
    const float v91 = (v90 + (0x1.5798eep-27f));
    const float v92 = (v88 / v91);
    const float v93 = (v77 - v92);
    b29[i33] = v93;
    const float v94 = b30[i33];
    const float v95 = ((0x1.ccccccp-1f) * v94);
    const float v96 = b31[i33];
    const float v97 = b32[i33];
    const float v98 = (0.0f * v97);
    const float v99 = (v96 + v98);
    const float v100 = ((0x1.99999ap-4f) * v99);
    const float v101 = (v95 + v100);
    b33[i33] = v101;
    const float v102 = b34[i33];
    const float v103 = ((0x1.ff7ceep-1f) * v102);
    const float v104 = ((0x1.0624dep-10f) * v99);
    const float v105 = (v104 * v99);
    const float v106 = (v103 + v105);
    b35[i33] = v106;
    const float v107 = (v101 / v8);
    const float v108 = ((0x1.89374cp-9f) * v107);
    const float v109 = (v106 / v10);
    const float v110 = F64(sqrt, v109);
    const float v111 = (v110 + (0x1.5798eep-27f));
    const float v112 = (v108 / v111);
    const float v113 = (v97 - v112);
    b36[i33] = v113;
    const float v114 = b37[i33];
    const float v115 = ((0x1.ccccccp-1f) * v114);
    const float v116 = b38[i33];
    const float v117 = b39[i33];
    const float v118 = (0.0f * v117);
    const float v119 = (v116 + v118);
    const float v120 = ((0x1.99999ap-4f) * v119);
    const float v121 = (v115 + v120);
    b40[i33] = v121;
    const float v122 = b41[i33];
    const float v123 = ((0x1.ff7ceep-1f) * v122);
    const float v124 = ((0x1.0624dep-10f) * v119);
    const float v125 = (v124 * v119);
    const float v126 = (v123 + v125);
    b42[i33] = v126;
    const float v127 = (v121 / v8);
    const float v128 = ((0x1.89374cp-9f) * v127);
    const float v129 = (v126 / v10);
    const float v130 = F64(sqrt, v129);
    const float v131 = (v130 + (0x1.5798eep-27f));
    const float v132 = (v128 / v131);
    const float v133 = (v117 - v132);
    b43[i33] = v133;
  } else if (gid < 77824) {
    const int i134 = gid - 12288;
    const float v135 = b44[i134];
    const float v136 = ((0x1.ccccccp-1f) * v135);
    const float v137 = b45[i134];
    const float v138 = b46[i134];
    const float v139 = (0.0f * v138);
    const float v140 = (v137 + v139);
    const float v141 = ((0x1.99999ap-4f) * v140);
    const float v142 = (v136 + v141);
    b47[i134] = v142;
    const float v143 = b48[i134];
    const float v144 = ((0x1.ff7ceep-1f) * v143);
    const float v145 = ((0x1.0624dep-10f) * v140);
    const float v146 = (v145 * v140);
    const float v147 = (v144 + v146);
    b49[i134] = v147;
    const float v148 = (v142 / v8);
    const float v149 = ((0x1.89374cp-9f) * v148);
    const float v150 = (v147 / v10);
    const float v151 = F64(sqrt, v150);
    const float v152 = (v151 + (0x1.5798eep-27f));
    const float v153 = (v149 / v152);
    const float v154 = (v138 - v153);
    b50[i134] = v154;
  } else if (gid < 78080) {
    const int i155 = gid - 77824;
    const float v156 = b51[i155];
    const float v157 = ((0x1.ccccccp-1f) * v156);
    const float v158 = b52[i155];
    const float v159 = b53[i155];
    const float v160 = (0.0f * v159);
    const float v161 = (v158 + v160);
    const float v162 = ((0x1.99999ap-4f) * v161);
    const float v163 = (v157 + v162);
    b54[i155] = v163;
    const float v164 = b55[i155];
    const float v165 = ((0x1.ff7ceep-1f) * v164);
    const float v166 = ((0x1.0624dep-10f) * v161);
    const float v167 = (v166 * v161);
    const float v168 = (v165 + v167);
    b56[i155] = v168;
    const float v169 = (v163 / v8);
    const float v170 = ((0x1.89374cp-9f) * v169);
    const float v171 = (v168 / v10);
    const float v172 = F64(sqrt, v171);
    const float v173 = (v172 + (0x1.5798eep-27f));
    const float v174 = (v170 / v173);
    const float v175 = (v159 - v174);
    b57[i155] = v175;
  } else if (gid < 110848) {
    const int i176 = gid - 78080;
    const float v177 = b58[i176];
    const float v178 = ((0x1.ccccccp-1f) * v177);
    const float v179 = b59[i176];
    const float v180 = b60[i176];
    const float v181 = (0.0f * v180);
    const float v182 = (v179 + v181);
    const float v183 = ((0x1.99999ap-4f) * v182);
    const float v184 = (v178 + v183);
    b61[i176] = v184;
    const float v185 = b62[i176];
    const float v186 = ((0x1.ff7ceep-1f) * v185);
    const float v187 = ((0x1.0624dep-10f) * v182);
    const float v188 = (v187 * v182);
    const float v189 = (v186 + v188);
    b63[i176] = v189;
    const float v190 = (v184 / v8);
    const float v191 = ((0x1.89374cp-9f) * v190);
    const float v192 = (v189 / v10);
    const float v193 = F64(sqrt, v192);
    const float v194 = (v193 + (0x1.5798eep-27f));
    const float v195 = (v191 / v194);
    const float v196 = (v180 - v195);
    b64[i176] = v196;
  } else if (gid < 110976) {
    const int i197 = gid - 110848;
    const float v198 = b65[i197];
    const float v199 = ((0x1.ccccccp-1f) * v198);
    const float v200 = b66[i197];
    const float v201 = b67[i197];
    const float v202 = (0.0f * v201);
    const float v203 = (v200 + v202);
    const float v204 = ((0x1.99999ap-4f) * v203);
    const float v205 = (v199 + v204);
    b68[i197] = v205;
    const float v206 = b69[i197];
    const float v207 = ((0x1.ff7ceep-1f) * v206);
    const float v208 = ((0x1.0624dep-10f) * v203);
    const float v209 = (v208 * v203);
    const float v210 = (v207 + v209);
    b70[i197] = v210;
    const float v211 = (v205 / v8);
    const float v212 = ((0x1.89374cp-9f) * v211);
    const float v213 = (v210 / v10);
    const float v214 = F64(sqrt, v213);
    const float v215 = (v214 + (0x1.5798eep-27f));
    const float v216 = (v212 / v215);
    const float v217 = (v201 - v216);
    b71[i197] = v217;
  }
}
