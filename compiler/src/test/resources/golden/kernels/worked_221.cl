// Worked221: kernels of one training step: 14 OpenCL kernels for 14 launches
k0.cl: launch 0: matmul b' -> f32[B, 2] (from samples/worked_221.nn:20:12)
k1.cl: launch 1: elementwise add max ge -> f32[B, 2] bool[B, 2] (from samples/worked_221.nn:20:7, samples/worked_221.nn:20:12)
k2.cl: launch 2: matmul b' -> f32[B, 1] (from samples/worked_221.nn:21:14)
k3.cl: launch 3: elementwise add sub mul -> f32[B, 1] f32[B, 1] (from samples/worked_221.nn:21:14)
k4.cl: launch 4: reduction of sum div -> f32[] (from samples/worked_221.nn:22:8)
k5.cl: launch 5: elementwise div -> f32[]
k6.cl: launch 6: elementwise broadcast mul add -> f32[B, 1]
k7.cl: launch 7: matmul -> f32[B, 2]
k8.cl: launch 8: elementwise select -> f32[B, 2]
k9.cl: launch 9: matmul a' -> f32[2, 2]
k10.cl: launch 10: reduction of sum -> f32[2]
k11.cl: launch 11: matmul a' -> f32[1, 2]
k12.cl: launch 12: reduction of sum -> f32[1]
k13.cl: launch 13: elementwise mul add mul sub mul add mul sub mul add mul sub ... -> f32[2, 2] f32[2] f32[1, 2] f32[1]

// ---- k0.cl

// launch 0: matmul b' -> f32[B, 2] (from samples/worked_221.nn:20:12)
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k0(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 2, K = 2;
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

// ---- k1.cl

// launch 1: elementwise add max ge -> f32[B, 2] bool[B, 2] (from samples/worked_221.nn:20:7, samples/worked_221.nn:20:12)
__kernel void k1(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[3];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 2;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k2.cl

// launch 2: matmul b' -> f32[B, 1] (from samples/worked_221.nn:21:14)
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k2(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 1, K = 2;
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

// ---- k3.cl

// launch 3: elementwise add sub mul -> f32[B, 1] f32[B, 1] (from samples/worked_221.nn:21:14)
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k4.cl

// launch 4: reduction of sum div -> f32[] (from samples/worked_221.nn:22:8)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k5.cl

// launch 5: elementwise div -> f32[]
__kernel void k5(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k6.cl

// launch 6: elementwise broadcast mul add -> f32[B, 1]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (v4 + v4);
    b2[i1] = v5;
  }
}

// ---- k7.cl

// launch 7: matmul -> f32[B, 2]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k7(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 2, K = 1;
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

// ---- k8.cl

// launch 8: elementwise select -> f32[B, 2]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[3];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k9.cl

// launch 9: matmul a' -> f32[2, 2]
__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 2, N = 2, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 2, n0 = get_group_id(0) * 2;
  __local float As[16][2], Bs[16][2];
  float2 acc[2];
  for (int r = 0; r < 2; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 1; mm < 2; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid / 1; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 1; nn < 2; nn += 1) {
      const int n = n0 + nn;
      for (int kk = lid / 1; kk < 16; kk += 1) {
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
      for (int r = 0; r < 2; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 2; r++) {
    const int m = m0 + ly + r * 1;
    float out[2];
    vstore2(convert_float2(acc[r]), 0, out);
    for (int c = 0; c < 2; c++) {
      const int n = n0 + lx * 2 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k10.cl

// launch 10: reduction of sum -> f32[2]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k11.cl

// launch 11: matmul a' -> f32[1, 2]
__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void k11(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 1, N = 2, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 2;
  __local float As[16][1], Bs[16][2];
  float2 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 1; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid / 1; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 1; nn < 2; nn += 1) {
      const int n = n0 + nn;
      for (int kk = lid / 1; kk < 16; kk += 1) {
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
      for (int r = 0; r < 1; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[2];
    vstore2(convert_float2(acc[r]), 0, out);
    for (int c = 0; c < 2; c++) {
      const int n = n0 + lx * 2 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k12.cl

// launch 12: reduction of sum -> f32[1]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k13.cl

// launch 13: elementwise mul add mul sub mul add mul sub mul add mul sub ... -> f32[2, 2] f32[2] f32[1, 2] f32[1]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (0.0f * v1);
    const float v4 = (v2 + v3);
    const float v5 = ((0x1.99999ap-4f) * v4);
    const float v6 = (v1 - v5);
    b2[i0] = v6;
  } else if (gid < 6) {
    const int i7 = gid - 4;
    const float v8 = b3[i7];
    const float v9 = b4[i7];
    const float v10 = (0.0f * v8);
    const float v11 = (v9 + v10);
    const float v12 = ((0x1.99999ap-4f) * v11);
    const float v13 = (v8 - v12);
    b5[i7] = v13;
  } else if (gid < 8) {
    const int i14 = gid - 6;
    const float v15 = b6[i14];
    const float v16 = b7[i14];
    const float v17 = (0.0f * v15);
    const float v18 = (v16 + v17);
    const float v19 = ((0x1.99999ap-4f) * v18);
    const float v20 = (v15 - v19);
    b8[i14] = v20;
  } else if (gid < 9) {
    const int i21 = gid - 8;
    const float v22 = b9[0];
    const float v23 = b10[0];
    const float v24 = (0.0f * v22);
    const float v25 = (v23 + v24);
    const float v26 = ((0x1.99999ap-4f) * v25);
    const float v27 = (v22 - v26);
    b11[i21] = v27;
  }
}
