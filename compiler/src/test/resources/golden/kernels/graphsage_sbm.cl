// GraphSage: kernels of one training step: 27 OpenCL kernels for 32 launches
k0.cl: launch 0: elementwise select -> i32[N, 1]
k1.cl: launch 1: elementwise gather -> i32[N, 1]
k2.cl: launch 2: reduction of sum eq select broadcast div -> f32[N, N]
k3.cl: launch 3: matmul -> f32[N, 8]
k4.cl: launch 4: matmul b' -> f32[N, 32]
k5.cl: launch 5: elementwise add -> f32[N, 32]
k6.cl: launch 7: elementwise add max ge -> f32[N, 32] bool[N, 32] (from samples/graphsage_sbm.nn:21:15, samples/graphsage_sbm.nn:21:20)
k7.cl: launch 8: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
k8.cl: launch 9: matmul -> f32[N, 32]
k9.cl: launch 10: matmul b' -> f32[N, 4]
k10.cl: launch 11: elementwise add -> f32[N, 4]
k11.cl: launch 13: elementwise add -> f32[N, 4]
k12.cl: launch 14: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
k13.cl: launch 15: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
k14.cl: launch 16: reduction of sum -> f32[]
k15.cl: launch 17: reduction of cast sum div neg div -> f32[] f32[]
k16.cl: launch 18: elementwise broadcast select -> f32[N, 1]
k17.cl: launch 19: elementwise broadcast select -> f32[N, 1, 4]
k18.cl: launch 20: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
k19.cl: launch 21: matmul -> f32[N, 32]
k20.cl: launch 23: matmul a' -> f32[N, 32]
k21.cl: launch 24: elementwise add mul mul select -> f32[N, 32]
k22.cl: launch 25: matmul a' -> f32[32, 8]
k23.cl: launch 26: reduction of sum -> f32[32]
k24.cl: launch 28: matmul a' -> f32[4, 32]
k25.cl: launch 29: reduction of sum -> f32[4]
k26.cl: launch 31: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32] f32[32] f32[32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4] f32[4] f32[4]

// ---- k0.cl

// launch 0: elementwise select -> i32[N, 1]
__kernel void k0(__global float* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[i1];
    const int v4 = (v2 != 0.0f ? v3 : 0);
    b2[i1] = v4;
  }
}

// ---- k1.cl

// launch 1: elementwise gather -> i32[N, 1]
__kernel void k1(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 4, fault);
    b1[i1] = v3;
  }
}

// ---- k2.cl

// launch 2: reduction of sum eq select broadcast div -> f32[N, N]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x5 = o * x0;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = BOOL(r4 == 0.0f);
    const float v9 = (v8 != 0.0f ? 1.0f : r4);
    const float v10 = (v7 / v9);
    b1[x6] = v10;
  }
}

// ---- k3.cl

// launch 3: matmul -> f32[N, 8]
__kernel __attribute__((reqd_work_group_size(2, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 8, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 2 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 8;
  __local float As[16][64], Bs[16][8];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 8; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 4) {
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

// ---- k4.cl

// launch 4: matmul b' -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k4(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 8;
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

// ---- k5.cl

// launch 5: elementwise add -> f32[N, 32]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k6.cl

// launch 7: elementwise add max ge -> f32[N, 32] bool[N, 32] (from samples/graphsage_sbm.nn:21:15, samples/graphsage_sbm.nn:21:20)
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k7.cl

// launch 8: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
__kernel void k7(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k8.cl

// launch 9: matmul -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = d[0];
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

// ---- k9.cl

// launch 10: matmul b' -> f32[N, 4]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 4, K = 32;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 4;
  __local float As[16][64], Bs[16][4];
  float4 acc[4];
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
    for (int nn = lid / 16; nn < 4; nn += 1) {
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

// launch 11: elementwise add -> f32[N, 4]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 4;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k11.cl

// launch 13: elementwise add -> f32[N, 4]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k12.cl

// launch 14: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 4;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 4;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 4;
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

// ---- k13.cl

// launch 15: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
__kernel void k13(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 4;
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

// ---- k14.cl

// launch 16: reduction of sum -> f32[]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k15.cl

// launch 17: reduction of cast sum div neg div -> f32[] f32[]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
  const float v4 = (v3 / r2);
  const float v5 = (-v4);
  b2[o] = v5;
  const float v6 = (-1.0f / r2);
  b3[o] = v6;
}

// ---- k16.cl

// launch 18: elementwise broadcast select -> f32[N, 1]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k17.cl

// launch 19: elementwise broadcast select -> f32[N, 1, 4]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 4;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k18.cl

// launch 20: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 4;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 4;
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

// launch 21: matmul -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 4;
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

// launch 23: matmul a' -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k20(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = d[0];
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

// ---- k21.cl

// launch 24: elementwise add mul mul select -> f32[N, 32]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 + v4);
    const float v6 = (v5 * 2.0f);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v2 != 0.0f ? v8 : 0.0f);
    b4[i1] = v9;
  }
}

// ---- k22.cl

// launch 25: matmul a' -> f32[32, 8]
__kernel __attribute__((reqd_work_group_size(2, 8, 1)))
void k22(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 8, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 2 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 8;
  __local float As[16][32], Bs[16][8];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 16; mm < 32; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid / 16; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 8; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 2) {
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

// ---- k23.cl

// launch 26: reduction of sum -> f32[32]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[0];
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

// ---- k24.cl

// launch 28: matmul a' -> f32[4, 32]
__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k24(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 4, N = 32, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 4, n0 = get_group_id(0) * 32;
  __local float As[16][4], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 4; mm < 4; mm += 4) {
      const int m = m0 + mm;
      for (int kk = lid / 4; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 32; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k25.cl

// launch 29: reduction of sum -> f32[4]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 4) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 4;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k26.cl

// launch 31: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32, 8] f32[32] f32[32] f32[32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4] f32[4] f32[4]
__kernel void k26(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
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
  if (gid < 256) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = ((0x1.0624dep-11f) * v15);
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
    const float v26 = ((0x1.47ae14p-7f) * v25);
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
    const float v36 = ((0x1.0624dep-11f) * v35);
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
    const float v46 = ((0x1.47ae14p-7f) * v45);
    const float v47 = (v44 / v10);
    const float v48 = F64(sqrt, v47);
    const float v49 = (v48 + (0x1.5798eep-27f));
    const float v50 = (v46 / v49);
    const float v51 = (v35 - v50);
    b14[i11] = v51;
  } else if (gid < 288) {
    const int i52 = gid - 256;
    const float v53 = b15[i52];
    const float v54 = ((0x1.ccccccp-1f) * v53);
    const float v55 = b16[i52];
    const float v56 = b17[i52];
    const float v57 = ((0x1.0624dep-11f) * v56);
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
    const float v67 = ((0x1.47ae14p-7f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i52] = v72;
  } else if (gid < 416) {
    const int i73 = gid - 288;
    const float v74 = b22[i73];
    const float v75 = ((0x1.ccccccp-1f) * v74);
    const float v76 = b23[i73];
    const float v77 = b24[i73];
    const float v78 = ((0x1.0624dep-11f) * v77);
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
    const float v88 = ((0x1.47ae14p-7f) * v87);
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
    const float v98 = ((0x1.0624dep-11f) * v97);
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
    const float v108 = ((0x1.47ae14p-7f) * v107);
    const float v109 = (v106 / v10);
    const float v110 = F64(sqrt, v109);
    const float v111 = (v110 + (0x1.5798eep-27f));
    const float v112 = (v108 / v111);
    const float v113 = (v97 - v112);
    b35[i73] = v113;
  } else if (gid < 420) {
    const int i114 = gid - 416;
    const float v115 = b36[i114];
    const float v116 = ((0x1.ccccccp-1f) * v115);
    const float v117 = b37[i114];
    const float v118 = b38[i114];
    const float v119 = ((0x1.0624dep-11f) * v118);
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
    const float v129 = ((0x1.47ae14p-7f) * v128);
    const float v130 = (v127 / v10);
    const float v131 = F64(sqrt, v130);
    const float v132 = (v131 + (0x1.5798eep-27f));
    const float v133 = (v129 / v132);
    const float v134 = (v118 - v133);
    b42[i114] = v134;
  }
}
