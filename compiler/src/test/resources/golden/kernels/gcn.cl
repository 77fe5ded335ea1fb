// Gcn: kernels of one training step: 26 OpenCL kernels for 28 launches
k0.cl: launch 0: elementwise select -> i32[N, 1]
k1.cl: launch 1: elementwise gather -> i32[N, 1]
k2.cl: launch 2: elementwise eq cast add -> f32[N, N]
k3.cl: launch 3: reduction of sum gt cast max sqrt recip mul -> f32[N]
k4.cl: launch 4: elementwise broadcast mul broadcast mul transpose -> f32[N, N] f32[N, N] (from samples/gcn.nn:18:11)
k5.cl: launch 5: matmul b' -> f32[N, 16]
k6.cl: launch 6: matmul -> f32[N, 16]
k7.cl: launch 7: elementwise add max ge -> f32[N, 16] bool[N, 16] (from samples/gcn.nn:21:15, samples/gcn.nn:21:20)
k8.cl: launch 8: elementwise random lt cast mul mul -> f32[N, 16] f32[N, 16]
k9.cl: launch 9: matmul b' -> f32[N, 2]
k10.cl: launch 10: matmul -> f32[N, 2]
k11.cl: launch 11: elementwise add -> f32[N, 2]
k12.cl: launch 12: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 2] f32[N, 2] f32[N, 1]
k13.cl: launch 13: reduction of broadcast eq reshape select sum select -> bool[N, 1, 2] f32[N, 1]
k14.cl: launch 14: reduction of sum -> f32[]
k15.cl: launch 15: reduction of cast sum div neg div -> f32[] f32[]
k16.cl: launch 16: elementwise broadcast select -> f32[N, 1]
k17.cl: launch 17: elementwise broadcast select -> f32[N, 1, 2]
k18.cl: launch 18: reduction of reshape neg sum div broadcast mul add -> f32[N, 2]
k19.cl: launch 20: matmul -> f32[N, 16]
k20.cl: launch 21: elementwise mul mul select -> f32[N, 16]
k21.cl: launch 23: matmul a' -> f32[16, 34]
k22.cl: launch 24: reduction of sum -> f32[16]
k23.cl: launch 25: matmul a' -> f32[2, 16]
k24.cl: launch 26: reduction of sum -> f32[2]
k25.cl: launch 27: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[16, 34] f32[16, 34] f32[16, 34] f32[16] f32[16] f32[16] f32[2, 16] f32[2, 16] f32[2, 16] f32[2] f32[2] f32[2]

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
    const int v3 = nnc_index(v2, 2, fault);
    b1[i1] = v3;
  }
}

// ---- k2.cl

// launch 2: elementwise eq cast add -> f32[N, N]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[0];
    const int x4 = i1 / x3;
    const int x5 = i1 % x3;
    const float v6 = BOOL(x4 == x5);
    const float v7 = (v2 + v6);
    b1[i1] = v7;
  }
}

// ---- k3.cl

// launch 3: reduction of sum gt cast max sqrt recip mul -> f32[N]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  const float v5 = BOOL(r4 > 0.0f);
  const float v6 = nnc_max(r4, (0x1.197998p-40f));
  const float v7 = F64(sqrt, v6);
  const float v8 = (1.0f / v7);
  const float v9 = (v5 * v8);
  b1[o] = v9;
}

// ---- k4.cl

// launch 4: elementwise broadcast mul broadcast mul transpose -> f32[N, N] f32[N, N] (from samples/gcn.nn:18:11)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[0];
    const int x3 = i1 / x2;
    const float v4 = b0[x3];
    const float v5 = b1[i1];
    const float v6 = (v4 * v5);
    const int x7 = i1 % x2;
    const float v8 = b0[x7];
    const float v9 = (v6 * v8);
    b2[i1] = v9;
    const int x10 = x7 * x2;
    const int x11 = x10 + x3;
    const float v12 = b1[x11];
    const float v13 = (v8 * v12);
    const float v14 = (v13 * v4);
    b3[i1] = v14;
  }
}

// ---- k5.cl

// launch 5: matmul b' -> f32[N, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k5(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 16, K = 34;
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

// ---- k6.cl

// launch 6: matmul -> f32[N, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 16, K = d[0];
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
    for (int nn = lid % 16; nn < 16; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 4) {
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

// ---- k7.cl

// launch 7: elementwise add max ge -> f32[N, 16] bool[N, 16] (from samples/gcn.nn:21:15, samples/gcn.nn:21:20)
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 16;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k8.cl

// launch 8: elementwise random lt cast mul mul -> f32[N, 16] f32[N, 16]
__kernel void k8(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k9.cl

// launch 9: matmul b' -> f32[N, 2]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 2, K = 16;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 2;
  __local float As[16][64], Bs[16][2];
  float2 acc[4];
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
    for (int nn = lid / 16; nn < 2; nn += 1) {
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
      const float2 b = vload2(0, &Bs[kk][lx * 2]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[2];
    vstore2(convert_float2(acc[r]), 0, out);
    for (int c = 0; c < 2; c++) {
      const int n = n0 + lx * 2 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k10.cl

// launch 10: matmul -> f32[N, 2]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k10(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 2, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 2;
  __local float As[16][64], Bs[16][2];
  float2 acc[4];
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
    for (int nn = lid % 2; nn < 2; nn += 2) {
      const int n = n0 + nn;
      for (int kk = lid / 2; kk < 16; kk += 8) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { v = B[k * N + n]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float2 b = vload2(0, &Bs[kk][lx * 2]);
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[2];
    vstore2(convert_float2(acc[r]), 0, out);
    for (int c = 0; c < 2; c++) {
      const int n = n0 + lx * 2 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k11.cl

// launch 11: elementwise add -> f32[N, 2]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 2;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k12.cl

// launch 12: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 2] f32[N, 2] f32[N, 1]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 2;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 2;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 2;
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

// launch 13: reduction of broadcast eq reshape select sum select -> bool[N, 1, 2] f32[N, 1]
__kernel void k13(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 2;
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

// launch 14: reduction of sum -> f32[]
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

// launch 15: reduction of cast sum div neg div -> f32[] f32[]
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

// launch 16: elementwise broadcast select -> f32[N, 1]
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

// launch 17: elementwise broadcast select -> f32[N, 1, 2]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 2;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k18.cl

// launch 18: reduction of reshape neg sum div broadcast mul add -> f32[N, 2]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 2;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 2;
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

// launch 20: matmul -> f32[N, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 16, K = 2;
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
    for (int nn = lid % 16; nn < 16; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 4) {
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

// launch 21: elementwise mul mul select -> f32[N, 16]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// launch 23: matmul a' -> f32[16, 34]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 16, N = 34, K = d[0];
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

// ---- k22.cl

// launch 24: reduction of sum -> f32[16]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 16;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k23.cl

// launch 25: matmul a' -> f32[2, 16]
__kernel __attribute__((reqd_work_group_size(4, 1, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 2, N = 16, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 2, n0 = get_group_id(0) * 16;
  __local float As[16][2], Bs[16][16];
  float4 acc[2];
  for (int r = 0; r < 2; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 2; mm < 2; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid / 2; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 4; nn < 16; nn += 4) {
      const int n = n0 + nn;
      for (int kk = lid / 4; kk < 16; kk += 1) {
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
      for (int r = 0; r < 2; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 2; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k24.cl

// launch 26: reduction of sum -> f32[2]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 2) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 2;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k25.cl

// launch 27: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[16, 34] f32[16, 34] f32[16, 34] f32[16] f32[16] f32[16] f32[2, 16] f32[2, 16] f32[2, 16] f32[2] f32[2] f32[2]
__kernel void k25(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global const int* restrict d) {
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
  if (gid < 544) {
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
  } else if (gid < 560) {
    const int i32 = gid - 544;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = ((0x1.0624dep-11f) * v36);
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
    const float v47 = ((0x1.47ae14p-7f) * v46);
    const float v48 = (v45 / v10);
    const float v49 = F64(sqrt, v48);
    const float v50 = (v49 + (0x1.5798eep-27f));
    const float v51 = (v47 / v50);
    const float v52 = (v36 - v51);
    b14[i32] = v52;
  } else if (gid < 592) {
    const int i53 = gid - 560;
    const float v54 = b15[i53];
    const float v55 = ((0x1.ccccccp-1f) * v54);
    const float v56 = b16[i53];
    const float v57 = b17[i53];
    const float v58 = ((0x1.0624dep-11f) * v57);
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
    const float v68 = ((0x1.47ae14p-7f) * v67);
    const float v69 = (v66 / v10);
    const float v70 = F64(sqrt, v69);
    const float v71 = (v70 + (0x1.5798eep-27f));
    const float v72 = (v68 / v71);
    const float v73 = (v57 - v72);
    b21[i53] = v73;
  } else if (gid < 594) {
    const int i74 = gid - 592;
    const float v75 = b22[i74];
    const float v76 = ((0x1.ccccccp-1f) * v75);
    const float v77 = b23[i74];
    const float v78 = b24[i74];
    const float v79 = ((0x1.0624dep-11f) * v78);
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
    const float v89 = ((0x1.47ae14p-7f) * v88);
    const float v90 = (v87 / v10);
    const float v91 = F64(sqrt, v90);
    const float v92 = (v91 + (0x1.5798eep-27f));
    const float v93 = (v89 / v92);
    const float v94 = (v78 - v93);
    b28[i74] = v94;
  }
}
