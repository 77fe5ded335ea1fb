// ChebNet: kernels of one training step: 36 OpenCL kernels for 40 launches
k0.cl: launch 0: elementwise select -> i32[N, 1]
k1.cl: launch 1: elementwise gather -> i32[N, 1]
k2.cl: launch 2: reduction of sum gt cast max sqrt recip mul -> f32[N]
k3.cl: launch 3: elementwise broadcast mul broadcast mul neg transpose -> f32[N, N] f32[N, N]
k4.cl: launch 4: matmul -> f32[N, 8]
k5.cl: launch 5: elementwise mul sub -> f32[N, 8]
k6.cl: launch 7: elementwise mul sub -> f32[N, 8]
k7.cl: launch 8: elementwise concat -> f32[3, N, 8]
k8.cl: launch 9: matmul b' -> f32[3, N, 32]
k9.cl: launch 10: reduction of sum add max ge -> f32[N, 32] bool[N, 32] (from samples/chebnet_sbm.nn:21:15, samples/chebnet_sbm.nn:21:20)
k10.cl: launch 11: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
k11.cl: launch 12: matmul -> f32[N, 32]
k12.cl: launch 13: elementwise mul sub -> f32[N, 32]
k13.cl: launch 15: elementwise mul sub -> f32[N, 32]
k14.cl: launch 16: elementwise concat -> f32[3, N, 32]
k15.cl: launch 17: matmul b' -> f32[3, N, 4]
k16.cl: launch 18: reduction of sum add -> f32[N, 4]
k17.cl: launch 19: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
k18.cl: launch 20: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
k19.cl: launch 21: reduction of sum -> f32[]
k20.cl: launch 22: reduction of cast sum div neg div -> f32[] f32[]
k21.cl: launch 23: elementwise broadcast select -> f32[N, 1]
k22.cl: launch 24: elementwise broadcast select -> f32[N, 1, 4]
k23.cl: launch 25: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
k24.cl: launch 26: elementwise broadcast -> f32[3, N, 4]
k25.cl: launch 27: matmul -> f32[3, N, 32]
k26.cl: launch 28: elementwise reshape mul -> f32[N, 32] f32[N, 32]
k27.cl: launch 30: elementwise reshape add mul sub -> f32[N, 32]
k28.cl: launch 32: elementwise sub -> f32[N, 32]
k29.cl: launch 33: elementwise reshape add mul mul select -> f32[N, 32]
k30.cl: launch 34: elementwise broadcast -> f32[3, N, 32]
k31.cl: launch 35: matmul a' -> f32[3, 32, 8]
k32.cl: launch 36: reduction of sum -> f32[32]
k33.cl: launch 37: matmul a' -> f32[3, 4, 32]
k34.cl: launch 38: reduction of sum -> f32[4]
k35.cl: launch 39: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[3, 32, 8] f32[3, 32, 8] f32[3, 32, 8] f32[32] f32[32] f32[32] f32[3, 4, 32] f32[3, 4, 32] f32[3, 4, 32] f32[4] f32[4] f32[4]

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

// launch 2: reduction of sum gt cast max sqrt recip mul -> f32[N]
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
  const float v5 = BOOL(r4 > 0.0f);
  const float v6 = nnc_max(r4, (0x1.197998p-40f));
  const float v7 = F64(sqrt, v6);
  const float v8 = (1.0f / v7);
  const float v9 = (v5 * v8);
  b1[o] = v9;
}

// ---- k3.cl

// launch 3: elementwise broadcast mul broadcast mul neg transpose -> f32[N, N] f32[N, N]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
    const float v10 = (-v9);
    b2[i1] = v10;
    const int x11 = x7 * x2;
    const int x12 = x11 + x3;
    const float v13 = b1[x12];
    const float v14 = (v8 * v13);
    const float v15 = (v14 * v4);
    const float v16 = (-v15);
    b3[i1] = v16;
  }
}

// ---- k4.cl

// launch 4: matmul -> f32[N, 8]
__kernel __attribute__((reqd_work_group_size(2, 16, 1)))
void k4(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k5.cl

// launch 5: elementwise mul sub -> f32[N, 8]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (2.0f * v2);
    const float v4 = (v3 - v2);
    b1[i1] = v4;
  }
}

// ---- k6.cl

// launch 7: elementwise mul sub -> f32[N, 8]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (2.0f * v2);
    const float v4 = b1[i1];
    const float v5 = (v3 - v4);
    b2[i1] = v5;
  }
}

// ---- k7.cl

// launch 8: elementwise concat -> f32[3, N, 8]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[5];
    const int x3 = i1 / x2;
    float v4;
    if (x3 < 1) {
      const int x5 = i1 / 8;
      const int x6 = d[0];
      const int x7 = x5 % x6;
      const int x8 = x7 * 8;
      const int x9 = i1 % 8;
      const int x10 = x8 + x9;
      const float v11 = b0[x10];
      v4 = v11;
    } else if (x3 < 2) {
      const int x12 = i1 / 8;
      const int x13 = d[0];
      const int x14 = x12 % x13;
      const int x15 = x14 * 8;
      const int x16 = i1 % 8;
      const int x17 = x15 + x16;
      const float v18 = b1[x17];
      v4 = v18;
    } else {
      const int x19 = i1 / 8;
      const int x20 = d[0];
      const int x21 = x19 % x20;
      const int x22 = x21 * 8;
      const int x23 = i1 % 8;
      const int x24 = x22 + x23;
      const float v25 = b2[x24];
      v4 = v25;
    }
    b3[i1] = v4;
  }
}

// ---- k8.cl

// launch 9: matmul b' -> f32[3, N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k9.cl

// launch 10: reduction of sum add max ge -> f32[N, 32] bool[N, 32] (from samples/chebnet_sbm.nn:21:15, samples/chebnet_sbm.nn:21:20)
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[9];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 3;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = j * x1;
    const int x3 = o / 32;
    const int x4 = x2 + x3;
    const int x5 = x4 * 32;
    const int x6 = o % 32;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  const int x10 = o % 32;
  const float v11 = b1[x10];
  const float v12 = (r9 + v11);
  const float v13 = nnc_max(v12, 0.0f);
  b2[o] = v13;
  const float v14 = BOOL(v12 >= 0.0f);
  b3[o] = v14;
}

// ---- k10.cl

// launch 11: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
__kernel void k10(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
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

// launch 12: matmul -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k11(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k12.cl

// launch 13: elementwise mul sub -> f32[N, 32]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (2.0f * v2);
    const float v4 = (v3 - v2);
    b1[i1] = v4;
  }
}

// ---- k13.cl

// launch 15: elementwise mul sub -> f32[N, 32]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (2.0f * v2);
    const float v4 = b1[i1];
    const float v5 = (v3 - v4);
    b2[i1] = v5;
  }
}

// ---- k14.cl

// launch 16: elementwise concat -> f32[3, N, 32]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[9];
    const int x3 = i1 / x2;
    float v4;
    if (x3 < 1) {
      const int x5 = i1 / 32;
      const int x6 = d[0];
      const int x7 = x5 % x6;
      const int x8 = x7 * 32;
      const int x9 = i1 % 32;
      const int x10 = x8 + x9;
      const float v11 = b0[x10];
      v4 = v11;
    } else if (x3 < 2) {
      const int x12 = i1 / 32;
      const int x13 = d[0];
      const int x14 = x12 % x13;
      const int x15 = x14 * 32;
      const int x16 = i1 % 32;
      const int x17 = x15 + x16;
      const float v18 = b1[x17];
      v4 = v18;
    } else {
      const int x19 = i1 / 32;
      const int x20 = d[0];
      const int x21 = x19 % x20;
      const int x22 = x21 * 32;
      const int x23 = i1 % 32;
      const int x24 = x22 + x23;
      const float v25 = b2[x24];
      v4 = v25;
    }
    b3[i1] = v4;
  }
}

// ---- k15.cl

// launch 17: matmul b' -> f32[3, N, 4]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k15(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k16.cl

// launch 18: reduction of sum add -> f32[N, 4]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[11];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 3;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = j * x1;
    const int x3 = o / 4;
    const int x4 = x2 + x3;
    const int x5 = x4 * 4;
    const int x6 = o % 4;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  const int x10 = o % 4;
  const float v11 = b1[x10];
  const float v12 = (r9 + v11);
  b2[o] = v12;
}

// ---- k17.cl

// launch 19: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k18.cl

// launch 20: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
__kernel void k18(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k19.cl

// launch 21: reduction of sum -> f32[]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k20.cl

// launch 22: reduction of cast sum div neg div -> f32[] f32[]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k21.cl

// launch 23: elementwise broadcast select -> f32[N, 1]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k22.cl

// launch 24: elementwise broadcast select -> f32[N, 1, 4]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 4;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k23.cl

// launch 25: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k24.cl

// launch 26: elementwise broadcast -> f32[3, N, 4]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const int x3 = d[0];
    const int x4 = x2 % x3;
    const int x5 = x4 * 4;
    const int x6 = i1 % 4;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    b1[i1] = v8;
  }
}

// ---- k25.cl

// launch 27: matmul -> f32[3, N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k26.cl

// launch 28: elementwise reshape mul -> f32[N, 32] f32[N, 32]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[0];
    const int x3 = 2 * x2;
    const int x4 = i1 / 32;
    const int x5 = x3 + x4;
    const int x6 = x5 * 32;
    const int x7 = i1 % 32;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    const float v10 = (v9 * 2.0f);
    b1[i1] = v10;
    b2[i1] = v9;
  }
}

// ---- k27.cl

// launch 30: elementwise reshape add mul sub -> f32[N, 32]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[0];
    const int x4 = i1 / 32;
    const int x5 = x3 + x4;
    const int x6 = x5 * 32;
    const int x7 = i1 % 32;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 + v9);
    const float v11 = (v10 * 2.0f);
    const float v12 = (v11 - v10);
    b2[i1] = v12;
  }
}

// ---- k28.cl

// launch 32: elementwise sub -> f32[N, 32]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 - v3);
    b2[i1] = v4;
  }
}

// ---- k29.cl

// launch 33: elementwise reshape add mul mul select -> f32[N, 32]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 32;
    const int x5 = x4 * 32;
    const int x6 = i1 % 32;
    const int x7 = x5 + x6;
    const float v8 = b2[x7];
    const float v9 = (v3 + v8);
    const float v10 = (v9 * 2.0f);
    const float v11 = b3[i1];
    const float v12 = (v10 * v11);
    const float v13 = (v2 != 0.0f ? v12 : 0.0f);
    b4[i1] = v13;
  }
}

// ---- k30.cl

// launch 34: elementwise broadcast -> f32[3, N, 32]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int x3 = d[0];
    const int x4 = x2 % x3;
    const int x5 = x4 * 32;
    const int x6 = i1 % 32;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    b1[i1] = v8;
  }
}

// ---- k31.cl

// launch 35: matmul a' -> f32[3, 32, 8]
__kernel __attribute__((reqd_work_group_size(2, 8, 1)))
void k31(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k32.cl

// launch 36: reduction of sum -> f32[32]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k33.cl

// launch 37: matmul a' -> f32[3, 4, 32]
__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k34.cl

// launch 38: reduction of sum -> f32[4]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k35.cl

// launch 39: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[3, 32, 8] f32[3, 32, 8] f32[3, 32, 8] f32[32] f32[32] f32[32] f32[3, 4, 32] f32[3, 4, 32] f32[3, 4, 32] f32[4] f32[4] f32[4]
__kernel void k35(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global const int* restrict d) {
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
  if (gid < 768) {
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
  } else if (gid < 800) {
    const int i32 = gid - 768;
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
  } else if (gid < 1184) {
    const int i53 = gid - 800;
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
  } else if (gid < 1188) {
    const int i74 = gid - 1184;
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
