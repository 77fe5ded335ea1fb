// Vae: kernels of one training step: 31 OpenCL kernels for 37 launches
k0.cl: launch 0: matmul b' -> f32[B, 400]
k1.cl: launch 1: elementwise add max ge -> f32[B, 400] bool[B, 400] (from samples/vae.nn:21:9, samples/vae.nn:21:14)
k2.cl: launch 2: matmul b' -> f32[B, 20]
k3.cl: launch 3: elementwise add mul -> f32[B, 20] f32[B, 20] (from samples/vae.nn:22:13)
k4.cl: launch 5: elementwise add mul exp add sub exp sub -> f32[B, 20] f32[B, 20] f32[B, 20] (from samples/vae.nn:29:12, samples/vae.nn:22:24, samples/vae.nn:29:16)
k5.cl: launch 6: elementwise random mul add -> f32[B, 20] f32[B, 20]
k6.cl: launch 7: matmul b' -> f32[B, 400]
k7.cl: launch 9: matmul b' -> f32[B, 784]
k8.cl: launch 10: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 784] f32[B, 784] f32[B, 784] bool[B, 784] bool[B, 784]
k9.cl: launch 11: reduction of sum div mul -> f32[]
k10.cl: launch 12: reduction of sum mul -> f32[B]
k11.cl: launch 13: reduction of sum div add -> f32[] (from samples/vae.nn:34:13)
k12.cl: launch 14: elementwise div -> f32[]
k13.cl: launch 15: elementwise broadcast mul -> f32[B]
k14.cl: launch 16: elementwise broadcast neg mul add mul add -> f32[B, 20] f32[B, 20]
k15.cl: launch 17: elementwise div -> f32[]
k16.cl: launch 18: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 784]
k17.cl: launch 19: matmul -> f32[B, 400]
k18.cl: launch 20: elementwise select -> f32[B, 400]
k19.cl: launch 21: matmul -> f32[B, 20]
k20.cl: launch 22: elementwise mul mul mul add add -> f32[B, 20] f32[B, 20]
k21.cl: launch 23: matmul -> f32[B, 400]
k22.cl: launch 25: elementwise add select -> f32[B, 400]
k23.cl: launch 26: matmul a' -> f32[400, 784]
k24.cl: launch 27: reduction of sum -> f32[400]
k25.cl: launch 28: matmul a' -> f32[20, 400]
k26.cl: launch 29: reduction of sum -> f32[20]
k27.cl: launch 32: matmul a' -> f32[400, 20]
k28.cl: launch 34: matmul a' -> f32[784, 400]
k29.cl: launch 35: reduction of sum -> f32[784]
k30.cl: launch 36: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[400, 784] f32[400, 784] f32[400, 784] f32[400] f32[400] f32[400] f32[400] f32[400] f32[400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20] f32[20] f32[20] f32[20] f32[20] f32[20] f32[400, 20] f32[400, 20] f32[400, 20] f32[784, 400] f32[784, 400] f32[784, 400] f32[784] f32[784] f32[784]

// ---- k0.cl

// launch 0: matmul b' -> f32[B, 400]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k0(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 400, K = 784;
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

// ---- k1.cl

// launch 1: elementwise add max ge -> f32[B, 400] bool[B, 400] (from samples/vae.nn:21:9, samples/vae.nn:21:14)
__kernel void k1(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 400;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k2.cl

// launch 2: matmul b' -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k2(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 20, K = 400;
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

// ---- k3.cl

// launch 3: elementwise add mul -> f32[B, 20] f32[B, 20] (from samples/vae.nn:22:13)
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 20;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
    const float v6 = (v5 * v5);
    b3[i1] = v6;
  }
}

// ---- k4.cl

// launch 5: elementwise add mul exp add sub exp sub -> f32[B, 20] f32[B, 20] f32[B, 20] (from samples/vae.nn:29:12, samples/vae.nn:22:24, samples/vae.nn:29:16)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 20;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = F64(exp, v6);
    b2[i1] = v7;
    const float v8 = (1.0f + v5);
    const float v9 = b3[i1];
    const float v10 = (v8 - v9);
    const float v11 = F64(exp, v5);
    const float v12 = (v10 - v11);
    b4[i1] = v12;
    b5[i1] = v11;
  }
}

// ---- k5.cl

// launch 6: elementwise random mul add -> f32[B, 20] f32[B, 20]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int v4 = b2[0];
    const float v5 = nnc_random(1, 42u, 0u, (float) v4, i1);
    const float v6 = (v3 * v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
    b4[i1] = v5;
  }
}

// ---- k6.cl

// launch 7: matmul b' -> f32[B, 400]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 400, K = 20;
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

// ---- k7.cl

// launch 9: matmul b' -> f32[B, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k7(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 784, K = 400;
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

// launch 10: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 784] f32[B, 784] f32[B, 784] bool[B, 784] bool[B, 784]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 784;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = (-v5);
    const float v8 = nnc_max(v5, v7);
    const float v9 = (-v8);
    const float v10 = F64(exp, v9);
    const float v11 = (1.0f + v10);
    const float v12 = F64(log, v11);
    const float v13 = (v6 + v12);
    const float v14 = b2[i1];
    const float v15 = (v5 * v14);
    const float v16 = (v13 - v15);
    b3[i1] = v16;
    b4[i1] = v11;
    b5[i1] = v10;
    const float v17 = BOOL(v5 >= v7);
    b6[i1] = v17;
    const float v18 = BOOL(v5 >= 0.0f);
    b7[i1] = v18;
  }
}

// ---- k9.cl

// launch 11: reduction of sum div mul -> f32[]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[8];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 784;
    const int x3 = j % 784;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  const float v7 = (float) x0;
  const float v8 = (r6 / v7);
  const float v9 = (784.0f * v8);
  b1[o] = v9;
}

// ---- k10.cl

// launch 12: reduction of sum mul -> f32[B]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 20;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 20;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = ((-0x1.0p-1f) * r4);
  b1[o] = v5;
}

// ---- k11.cl

// launch 13: reduction of sum div add -> f32[] (from samples/vae.nn:34:13)
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k12.cl

// launch 14: elementwise div -> f32[]
__kernel void k12(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k13.cl

// launch 15: elementwise broadcast mul -> f32[B]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = (v2 * (-0x1.0p-1f));
    b1[i1] = v3;
  }
}

// ---- k14.cl

// launch 16: elementwise broadcast neg mul add mul add -> f32[B, 20] f32[B, 20]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 20;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    const float v5 = b1[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v6 + v3);
    b2[i1] = v7;
    const float v8 = b3[i1];
    const float v9 = (v4 * v8);
    const float v10 = (v9 + v9);
    b4[i1] = v10;
  }
}

// ---- k15.cl

// launch 17: elementwise div -> f32[]
__kernel void k15(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[8];
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

// ---- k16.cl

// launch 18: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 784]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
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

// ---- k17.cl

// launch 19: matmul -> f32[B, 400]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 400, K = 784;
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

// ---- k18.cl

// launch 20: elementwise select -> f32[B, 400]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k19.cl

// launch 21: matmul -> f32[B, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 20, K = 400;
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

// ---- k20.cl

// launch 22: elementwise mul mul mul add add -> f32[B, 20] f32[B, 20]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 * v4);
    const float v6 = b3[i1];
    const float v7 = (v5 * v6);
    const float v8 = (v7 * (0x1.0p-1f));
    const float v9 = (v2 + v8);
    b4[i1] = v9;
    const float v10 = b5[i1];
    const float v11 = (v10 + v3);
    b6[i1] = v11;
  }
}

// ---- k21.cl

// launch 23: matmul -> f32[B, 400]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 400, K = 20;
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

// launch 25: elementwise add select -> f32[B, 400]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 + v4);
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    b3[i1] = v6;
  }
}

// ---- k23.cl

// launch 26: matmul a' -> f32[400, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 400, N = 784, K = d[0];
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

// ---- k24.cl

// launch 27: reduction of sum -> f32[400]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 400) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 400;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k25.cl

// launch 28: matmul a' -> f32[20, 400]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 20, N = 400, K = d[0];
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

// ---- k26.cl

// launch 29: reduction of sum -> f32[20]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k27.cl

// launch 32: matmul a' -> f32[400, 20]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 400, N = 20, K = d[0];
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

// ---- k28.cl

// launch 34: matmul a' -> f32[784, 400]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k28(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 784, N = 400, K = d[0];
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

// ---- k29.cl

// launch 35: reduction of sum -> f32[784]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 784) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 784;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k30.cl

// launch 36: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[400, 784] f32[400, 784] f32[400, 784] f32[400] f32[400] f32[400] f32[400] f32[400] f32[400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20, 400] f32[20] f32[20] f32[20] f32[20] f32[20] f32[20] f32[400, 20] f32[400, 20] f32[400, 20] f32[784, 400] f32[784, 400] f32[784, 400] f32[784] f32[784] f32[784]
__kernel void k30(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global const int* restrict d) {
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
  if (gid < 313600) {
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
  } else if (gid < 314000) {
    const int i32 = gid - 313600;
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
  } else if (gid < 322000) {
    const int i73 = gid - 314000;
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
    const float v88 = ((0x1.0624dep-10f) * v87);
    const float v89 = (v86 / v10);
    const float v90 = F64(sqrt, v89);
    const float v91 = (v90 + (0x1.5798eep-27f));
    const float v92 = (v88 / v91);
    const float v93 = (v77 - v92);
    b28[i73] = v93;
    const float v94 = b29[i73];
    const float v95 = ((0x1.ccccccp-1f) * v94);
    const float v96 = b30[i73];
    const float v97 = b31[i73];
    const float v98 = (0.0f * v97);
    const float v99 = (v96 + v98);
    const float v100 = ((0x1.99999ap-4f) * v99);
    const float v101 = (v95 + v100);
    b32[i73] = v101;
    const float v102 = b33[i73];
    const float v103 = ((0x1.ff7ceep-1f) * v102);
    const float v104 = ((0x1.0624dep-10f) * v99);
    const float v105 = (v104 * v99);
    const float v106 = (v103 + v105);
    b34[i73] = v106;
    const float v107 = (v101 / v8);
    const float v108 = ((0x1.0624dep-10f) * v107);
    const float v109 = (v106 / v10);
    const float v110 = F64(sqrt, v109);
    const float v111 = (v110 + (0x1.5798eep-27f));
    const float v112 = (v108 / v111);
    const float v113 = (v97 - v112);
    b35[i73] = v113;
  } else if (gid < 322020) {
    const int i114 = gid - 322000;
    const float v115 = b36[i114];
    const float v116 = ((0x1.ccccccp-1f) * v115);
    const float v117 = b37[i114];
    const float v118 = b38[i114];
    const float v119 = (0.0f * v118);
    const float v120 = (v117 + v119);
    const float v121 = ((0x1.99999ap-4f) * v120);
    const float v122 = (v116 + v121);
    b39[i114] = v122;
    const float v123 = b40[i114];
    const float v124 = ((0x1.ff7ceep-1f) * v123);
    const float v125 = ((0x1.0624dep-10f) * v120);
    const float v126 = (v125 * v120);
    const float v127 = (v124 + v126);
    b41[i114] = v127;
    const float v128 = (v122 / v8);
    const float v129 = ((0x1.0624dep-10f) * v128);
    const float v130 = (v127 / v10);
    const float v131 = F64(sqrt, v130);
    const float v132 = (v131 + (0x1.5798eep-27f));
    const float v133 = (v129 / v132);
    const float v134 = (v118 - v133);
    b42[i114] = v134;
    const float v135 = b43[i114];
    const float v136 = ((0x1.ccccccp-1f) * v135);
    const float v137 = b44[i114];
    const float v138 = b45[i114];
    const float v139 = (0.0f * v138);
    const float v140 = (v137 + v139);
    const float v141 = ((0x1.99999ap-4f) * v140);
    const float v142 = (v136 + v141);
    b46[i114] = v142;
    const float v143 = b47[i114];
    const float v144 = ((0x1.ff7ceep-1f) * v143);
    const float v145 = ((0x1.0624dep-10f) * v140);
    const float v146 = (v145 * v140);
    const float v147 = (v144 + v146);
    b48[i114] = v147;
    const float v148 = (v142 / v8);
    const float v149 = ((0x1.0624dep-10f) * v148);
    const float v150 = (v147 / v10);
    const float v151 = F64(sqrt, v150);
    const float v152 = (v151 + (0x1.5798eep-27f));
    const float v153 = (v149 / v152);
    const float v154 = (v138 - v153);
    b49[i114] = v154;
  } else if (gid < 330020) {
    const int i155 = gid - 322020;
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
  } else if (gid < 643620) {
    const int i176 = gid - 330020;
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
  } else if (gid < 644404) {
    const int i197 = gid - 643620;
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
  }
}
