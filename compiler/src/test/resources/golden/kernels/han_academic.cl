// Han: kernels of one training step: 63 OpenCL kernels for 65 launches
k0.cl: launch 0: elementwise select -> i32[N, 1]
k1.cl: launch 1: elementwise gather -> i32[N, 1]
k2.cl: launch 2: elementwise random lt cast mul mul -> f32[N, 16]
k3.cl: launch 3: matmul b' -> f32[N, 64]
k4.cl: launch 4: elementwise add -> f32[N, 64]
k5.cl: launch 5: reduction of broadcast mul sum mul sum -> f32[2, N, 8, 8] f32[2, N, 8] f32[2, N, 8]
k6.cl: launch 6: matmul b' -> f32[N, N]
k7.cl: launch 7: elementwise gt cast -> f32[N, N]
k8.cl: launch 8: elementwise eq cast sub mul -> f32[N, N] f32[N, N] f32[N, N] (from samples/han_academic.nn:28:18)
k9.cl: launch 9: matmul b' -> f32[N, N]
k10.cl: launch 10: elementwise gt cast mul -> f32[N, N] (from samples/han_academic.nn:28:42)
k11.cl: launch 11: elementwise concat broadcast add gt cast -> f32[2, N, N] (from samples/han_academic.nn:28:11)
k12.cl: launch 12: elementwise reshape sub mul -> f32[2, 1, N, N]
k13.cl: launch 13: elementwise broadcast broadcast add max min mul add broadcast add le ge -> f32[2, 8, N, N] bool[2, 8, N, N] bool[2, 8, N, N]
k14.cl: launch 14: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[2, 8, N, N] f32[2, 8, N, N] f32[2, 8, N, N]
k15.cl: launch 15: elementwise random lt cast mul mul -> f32[2, 8, N, N] f32[2, 8, N, N]
k16.cl: launch 16: elementwise broadcast -> f32[2, 8, N, 8]
k17.cl: launch 17: matmul -> f32[2, 8, N, 8]
k18.cl: launch 18: elementwise reshape max min exp sub add le ge -> f32[2, N, 64] f32[2, N, 64] bool[2, N, 64] bool[2, N, 64]
k19.cl: launch 19: matmul b' -> f32[2, N, 64]
k20.cl: launch 20: elementwise add tanh mul mul sub -> f32[2, N, 64] f32[2, N, 64] f32[2, N, 64]
k21.cl: launch 21: reduction of sum -> f32[2, N]
k22.cl: launch 22: reduction of sum div -> f32[2]
k23.cl: launch 23: reduction of reduce_max stop_gradient -> f32[1]
k24.cl: launch 24: elementwise broadcast sub exp -> f32[2]
k25.cl: launch 25: reduction of sum -> f32[1]
k26.cl: launch 26: elementwise broadcast div -> f32[2] f32[2]
k27.cl: launch 27: reduction of broadcast mul sum -> f32[2, N, 64] f32[N, 64]
k28.cl: launch 28: elementwise random lt cast mul mul -> f32[N, 64] f32[N, 64]
k29.cl: launch 29: matmul b' -> f32[N, 4]
k30.cl: launch 30: elementwise add -> f32[N, 4]
k31.cl: launch 31: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
k32.cl: launch 32: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
k33.cl: launch 33: reduction of sum -> f32[]
k34.cl: launch 34: reduction of cast sum div neg div -> f32[] f32[]
k35.cl: launch 35: elementwise broadcast select -> f32[N, 1]
k36.cl: launch 36: elementwise broadcast select -> f32[N, 1, 4]
k37.cl: launch 37: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
k38.cl: launch 38: matmul -> f32[N, 64]
k39.cl: launch 39: elementwise mul mul -> f32[N, 64]
k40.cl: launch 40: reduction of broadcast mul mul sum div mul div neg -> f32[2, N, 64] f32[2] f32[2]
k41.cl: launch 42: elementwise broadcast add mul div -> f32[2]
k42.cl: launch 43: reduction of broadcast mul mul mul sum -> f32[2, N, 64] f32[64]
k43.cl: launch 44: matmul -> f32[2, N, 64]
k44.cl: launch 45: elementwise add mul select select add -> f32[2, N, 64]
k45.cl: launch 46: elementwise transpose -> f32[2, 8, N, 8]
k46.cl: launch 47: matmul a' -> f32[2, 8, N, 8]
k47.cl: launch 48: reduction of sum -> f32[8, N, 8]
k48.cl: launch 49: matmul b' -> f32[2, 8, N, N]
k49.cl: launch 50: elementwise mul mul div mul div neg -> f32[2, 8, N, N] f32[2, 8, N, N]
k50.cl: launch 51: reduction of sum broadcast add mul mul select select add -> f32[2, 8, N, N]
k51.cl: launch 52: reduction of sum -> f32[2, 8, N]
k52.cl: launch 53: reduction of sum -> f32[2, 8, N]
k53.cl: launch 54: reduction of broadcast mul broadcast mul add sum add -> f32[2, N, 8, 8] f32[2, N, 8, 8] f32[N, 8, 8]
k54.cl: launch 55: elementwise reshape -> f32[N, 64]
k55.cl: launch 56: matmul a' -> f32[64, 16]
k56.cl: launch 57: reduction of sum -> f32[64]
k57.cl: launch 58: reduction of mul sum -> f32[2, 8, 8]
k58.cl: launch 60: matmul a' -> f32[64, 64]
k59.cl: launch 61: reduction of sum -> f32[64]
k60.cl: launch 62: matmul a' -> f32[4, 64]
k61.cl: launch 63: reduction of sum -> f32[4]
k62.cl: launch 64: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[64, 16] f32[64, 16] f32[64, 16] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[64, 64] f32[64, 64] f32[64, 64] f32[4, 64] f32[4, 64] f32[4, 64] f32[4] f32[4] f32[4]

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

// launch 2: elementwise random lt cast mul mul -> f32[N, 16]
__kernel void k2(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 0u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
  }
}

// ---- k3.cl

// launch 3: matmul b' -> f32[N, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 16;
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

// ---- k4.cl

// launch 4: elementwise add -> f32[N, 64]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k5.cl

// launch 5: reduction of broadcast mul sum mul sum -> f32[2, N, 8, 8] f32[2, N, 8] f32[2, N, 8]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 8;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 8;
    const int x2 = d[0];
    const int x3 = x1 % x2;
    const int x4 = x3 * 8;
    const int x5 = o % 8;
    const int x6 = x4 + x5;
    const int x7 = x6 * 8;
    const int x8 = x7 + j;
    const float v9 = b0[x8];
    const int x10 = d[6];
    const int x11 = o / x10;
    const int x12 = x11 * 8;
    const int x13 = x12 + x5;
    const int x14 = x13 * 8;
    const int x15 = x14 + j;
    const float v16 = b1[x15];
    const float v17 = (v9 * v16);
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x19 = o / 8;
    const int x20 = d[0];
    const int x21 = x19 % x20;
    const int x22 = x21 * 8;
    const int x23 = o % 8;
    const int x24 = x22 + x23;
    const int x25 = x24 * 8;
    const int x26 = x25 + j;
    const float v27 = b0[x26];
    const int x28 = d[6];
    const int x29 = o / x28;
    const int x30 = x29 * 8;
    const int x31 = x30 + x23;
    const int x32 = x31 * 8;
    const int x33 = x32 + j;
    const float v34 = b2[x33];
    const float v35 = (v27 * v34);
    const int x36 = x29 * x20;
    const int x37 = x36 + x21;
    const int x38 = x37 * 8;
    const int x39 = x38 + x23;
    const int x40 = x39 * 8;
    const int x41 = x40 + j;
    b3[x41] = v27;
    acc1 += (acc_t) v35;
  }
  const float r42 = (float) acc1;
  b4[o] = r18;
  b5[o] = r42;
}

// ---- k6.cl

// launch 6: matmul b' -> f32[N, N]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = d[0], K = d[7];
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

// launch 7: elementwise gt cast -> f32[N, N]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 > 0.0f);
    b1[i1] = v3;
  }
}

// ---- k8.cl

// launch 8: elementwise eq cast sub mul -> f32[N, N] f32[N, N] f32[N, N] (from samples/han_academic.nn:28:18)
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[0];
    const int x4 = i1 / x3;
    const int x5 = i1 % x3;
    const float v6 = BOOL(x4 == x5);
    const float v7 = (1.0f - v6);
    const float v8 = (v2 * v7);
    b1[i1] = v8;
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k9.cl

// launch 9: matmul b' -> f32[N, N]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = d[0], K = d[9];
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

// launch 10: elementwise gt cast mul -> f32[N, N] (from samples/han_academic.nn:28:42)
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 > 0.0f);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    b2[i1] = v5;
  }
}

// ---- k11.cl

// launch 11: elementwise concat broadcast add gt cast -> f32[2, N, N] (from samples/han_academic.nn:28:11)
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[8];
    const int x3 = i1 / x2;
    float v4;
    if (x3 < 1) {
      const int x5 = d[0];
      const int x6 = i1 / x5;
      const int x7 = x6 % x5;
      const int x8 = x7 * x5;
      const int x9 = i1 % x5;
      const int x10 = x8 + x9;
      const float v11 = b0[x10];
      v4 = v11;
    } else {
      const int x12 = d[0];
      const int x13 = i1 / x12;
      const int x14 = x13 % x12;
      const int x15 = x14 * x12;
      const int x16 = i1 % x12;
      const int x17 = x15 + x16;
      const float v18 = b1[x17];
      v4 = v18;
    }
    const int x19 = d[0];
    const int x20 = i1 / x19;
    const int x21 = x20 % x19;
    const int x22 = x21 * x19;
    const int x23 = i1 % x19;
    const int x24 = x22 + x23;
    const float v25 = b2[x24];
    const float v26 = (v4 + v25);
    const float v27 = BOOL(v26 > 0.0f);
    b3[i1] = v27;
  }
}

// ---- k12.cl

// launch 12: elementwise reshape sub mul -> f32[2, 1, N, N]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[8];
    const int x3 = i1 / x2;
    const int x4 = d[0];
    const int x5 = x3 * x4;
    const int x6 = i1 / x4;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int x9 = x8 * x4;
    const int x10 = i1 % x4;
    const int x11 = x9 + x10;
    const float v12 = b0[x11];
    const float v13 = (v12 - 1.0f);
    const float v14 = (v13 * (0x1.dcd65p29f));
    b1[i1] = v14;
  }
}

// ---- k13.cl

// launch 13: elementwise broadcast broadcast add max min mul add broadcast add le ge -> f32[2, 8, N, N] bool[2, 8, N, N] bool[2, 8, N, N]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[12];
    const int x3 = i1 / x2;
    const int x4 = d[0];
    const int x5 = x3 * x4;
    const int x6 = i1 / x4;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int x9 = x8 * 8;
    const int x10 = d[8];
    const int x11 = i1 / x10;
    const int x12 = x11 % 8;
    const int x13 = x9 + x12;
    const float v14 = b0[x13];
    const int x15 = i1 % x4;
    const int x16 = x5 + x15;
    const int x17 = x16 * 8;
    const int x18 = x17 + x12;
    const float v19 = b1[x18];
    const float v20 = (v14 + v19);
    const float v21 = nnc_max(v20, 0.0f);
    const float v22 = nnc_min(0.0f, v20);
    const float v23 = ((0x1.99999ap-3f) * v22);
    const float v24 = (v21 + v23);
    const int x25 = x8 * x4;
    const int x26 = x25 + x15;
    const float v27 = b2[x26];
    const float v28 = (v24 + v27);
    b3[i1] = v28;
    const float v29 = BOOL(0.0f <= v20);
    b4[i1] = v29;
    const float v30 = BOOL(v20 >= 0.0f);
    b5[i1] = v30;
  }
}

// ---- k14.cl

// launch 14: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[2, 8, N, N] f32[2, 8, N, N] f32[2, 8, N, N]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int x1 = d[0];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[6];
    const int x3 = o / x2;
    const int x4 = x3 * 8;
    const int x5 = o / x1;
    const int x6 = x5 % 8;
    const int x7 = x4 + x6;
    const int x8 = x7 * x1;
    const int x9 = o % x1;
    const int x10 = x8 + x9;
    const int x11 = x10 * x1;
    const int x12 = x11 + j;
    const float v13 = b0[x12];
    acc = isnan(acc) || isnan((acc_t) v13) ? NAN : fmax(acc, (acc_t) v13);
  }
  const float r14 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x15 = d[6];
    const int x16 = o / x15;
    const int x17 = x16 * 8;
    const int x18 = o / x1;
    const int x19 = x18 % 8;
    const int x20 = x17 + x19;
    const int x21 = x20 * x1;
    const int x22 = o % x1;
    const int x23 = x21 + x22;
    const int x24 = x23 * x1;
    const int x25 = x24 + j;
    const float v26 = b0[x25];
    const float v27 = (v26 - r14);
    const float v28 = F64(exp, v27);
    acc1 += (acc_t) v28;
  }
  const float r29 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x30 = d[6];
    const int x31 = o / x30;
    const int x32 = x31 * 8;
    const int x33 = o / x1;
    const int x34 = x33 % 8;
    const int x35 = x32 + x34;
    const int x36 = x35 * x1;
    const int x37 = o % x1;
    const int x38 = x36 + x37;
    const int x39 = x38 * x1;
    const int x40 = x39 + j;
    const float v41 = b0[x40];
    const float v42 = (v41 - r14);
    const float v43 = F64(exp, v42);
    const float v44 = (v43 / r29);
    b1[x40] = v44;
    b2[x40] = r29;
    b3[x40] = v43;
  }
}

// ---- k15.cl

// launch 15: elementwise random lt cast mul mul -> f32[2, 8, N, N] f32[2, 8, N, N]
__kernel void k15(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 1u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k16.cl

// launch 16: elementwise broadcast -> f32[2, 8, N, 8]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 8;
    const int x3 = d[0];
    const int x4 = x2 % x3;
    const int x5 = x4 * 8;
    const int x6 = d[6];
    const int x7 = i1 / x6;
    const int x8 = x7 % 8;
    const int x9 = x5 + x8;
    const int x10 = x9 * 8;
    const int x11 = i1 % 8;
    const int x12 = x10 + x11;
    const float v13 = b0[x12];
    b1[i1] = v13;
  }
}

// ---- k17.cl

// launch 17: matmul -> f32[2, 8, N, 8]
__kernel __attribute__((reqd_work_group_size(2, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k18.cl

// launch 18: elementwise reshape max min exp sub add le ge -> f32[2, N, 64] f32[2, N, 64] bool[2, N, 64] bool[2, N, 64]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[5];
    const int x3 = i1 / x2;
    const int x4 = x3 * 8;
    const int x5 = i1 % 64;
    const int x6 = x5 / 8;
    const int x7 = x4 + x6;
    const int x8 = d[0];
    const int x9 = x7 * x8;
    const int x10 = i1 / 64;
    const int x11 = x10 % x8;
    const int x12 = x9 + x11;
    const int x13 = x12 * 8;
    const int x14 = x5 % 8;
    const int x15 = x13 + x14;
    const float v16 = b0[x15];
    const float v17 = nnc_max(v16, 0.0f);
    const float v18 = nnc_min(0.0f, v16);
    const float v19 = F64(exp, v18);
    const float v20 = (v19 - 1.0f);
    const float v21 = (v17 + v20);
    b1[i1] = v21;
    b2[i1] = v19;
    const float v22 = BOOL(0.0f <= v16);
    b3[i1] = v22;
    const float v23 = BOOL(v16 >= 0.0f);
    b4[i1] = v23;
  }
}

// ---- k19.cl

// launch 19: matmul b' -> f32[2, N, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[15], N = 64, K = 64;
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

// ---- k20.cl

// launch 20: elementwise add tanh mul mul sub -> f32[2, N, 64] f32[2, N, 64] f32[2, N, 64]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = F64(tanh, v5);
    const float v7 = b2[x3];
    const float v8 = (v6 * v7);
    b3[i1] = v8;
    const float v9 = (v6 * v6);
    const float v10 = (1.0f - v9);
    b4[i1] = v10;
    b5[i1] = v6;
  }
}

// ---- k21.cl

// launch 21: reduction of sum -> f32[2, N]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[15];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 64;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k22.cl

// launch 22: reduction of sum div -> f32[2]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 2) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = (float) x0;
  const float v6 = (r4 / v5);
  b1[o] = v6;
}

// ---- k23.cl

// launch 23: reduction of reduce_max stop_gradient -> f32[1]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = -INFINITY;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc = isnan(acc) || isnan((acc_t) v0) ? NAN : fmax(acc, (acc_t) v0);
  }
  const float r1 = (float) acc;
  b1[o] = r1;
}

// ---- k24.cl

// launch 24: elementwise broadcast sub exp -> f32[2]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 - v2);
    const float v4 = F64(exp, v3);
    b2[i0] = v4;
  }
}

// ---- k25.cl

// launch 25: reduction of sum -> f32[1]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  b1[o] = r1;
}

// ---- k26.cl

// launch 26: elementwise broadcast div -> f32[2] f32[2]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    b2[i0] = v3;
    b3[i0] = v2;
  }
}

// ---- k27.cl

// launch 27: reduction of broadcast mul sum -> f32[2, N, 64] f32[N, 64]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[5];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[j];
    const int x2 = d[0];
    const int x3 = j * x2;
    const int x4 = o / 64;
    const int x5 = x3 + x4;
    const int x6 = x5 * 64;
    const int x7 = o % 64;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v1 * v9);
    b2[x8] = v1;
    acc += (acc_t) v10;
  }
  const float r11 = (float) acc;
  b3[o] = r11;
}

// ---- k28.cl

// launch 28: elementwise random lt cast mul mul -> f32[N, 64] f32[N, 64]
__kernel void k28(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 2u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k29.cl

// launch 29: matmul b' -> f32[N, 4]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k29(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 4, K = 64;
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

// ---- k30.cl

// launch 30: elementwise add -> f32[N, 4]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 4;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k31.cl

// launch 31: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k32.cl

// launch 32: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
__kernel void k32(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k33.cl

// launch 33: reduction of sum -> f32[]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k34.cl

// launch 34: reduction of cast sum div neg div -> f32[] f32[]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k35.cl

// launch 35: elementwise broadcast select -> f32[N, 1]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k36.cl

// launch 36: elementwise broadcast select -> f32[N, 1, 4]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 4;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k37.cl

// launch 37: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k38.cl

// launch 38: matmul -> f32[N, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k38(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 4;
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

// ---- k39.cl

// launch 39: elementwise mul mul -> f32[N, 64]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * 2.0f);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    b2[i1] = v5;
  }
}

// ---- k40.cl

// launch 40: reduction of broadcast mul mul sum div mul div neg -> f32[2, N, 64] f32[2] f32[2]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 2) return;
  acc_t acc = 0;
  const int x0 = d[5];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 64;
    const int x2 = x1 * 64;
    const int x3 = j % 64;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    const int x6 = d[0];
    const int x7 = o * x6;
    const int x8 = x7 + x1;
    const int x9 = x8 * 64;
    const int x10 = x9 + x3;
    const float v11 = b1[x10];
    const float v12 = (v5 * v11);
    const float v13 = b2[x10];
    const float v14 = (v5 * v13);
    b3[x10] = v14;
    acc += (acc_t) v12;
  }
  const float r15 = (float) acc;
  const float v16 = b4[o];
  const float v17 = (r15 * v16);
  const float v18 = b5[o];
  const float v19 = (v17 / v18);
  const float v20 = (-v19);
  b6[o] = v20;
  const float v21 = (r15 / v18);
  b7[o] = v21;
}

// ---- k41.cl

// launch 42: elementwise broadcast add mul div -> f32[2]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 + v2);
    const float v4 = b2[i0];
    const float v5 = (v3 * v4);
    const int x6 = d[0];
    const float v7 = (float) x6;
    const float v8 = (v5 / v7);
    b3[i0] = v8;
  }
}

// ---- k42.cl

// launch 43: reduction of broadcast mul mul mul sum -> f32[2, N, 64] f32[64]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[15];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = j / x1;
    const float v3 = b0[x2];
    const int x4 = x2 * x1;
    const int x5 = j % x1;
    const int x6 = x4 + x5;
    const int x7 = x6 * 64;
    const int x8 = x7 + o;
    const float v9 = b1[x8];
    const float v10 = (v3 * v9);
    const float v11 = b2[o];
    const float v12 = (v3 * v11);
    const float v13 = b3[x8];
    const float v14 = (v12 * v13);
    b4[x8] = v14;
    acc += (acc_t) v10;
  }
  const float r15 = (float) acc;
  b5[o] = r15;
}

// ---- k43.cl

// launch 44: matmul -> f32[2, N, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[15], N = 64, K = 64;
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

// launch 45: elementwise add mul select select add -> f32[2, N, 64]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 + v4);
    const float v6 = b3[i1];
    const float v7 = (v5 * v6);
    const float v8 = (v2 != 0.0f ? 0.0f : v7);
    const float v9 = b4[i1];
    const float v10 = (v9 != 0.0f ? v5 : 0.0f);
    const float v11 = (v8 + v10);
    b5[i1] = v11;
  }
}

// ---- k45.cl

// launch 46: elementwise transpose -> f32[2, 8, N, 8]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[5];
    const int x3 = i1 / x2;
    const int x4 = d[0];
    const int x5 = x3 * x4;
    const int x6 = i1 / 8;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int x9 = x8 * 8;
    const int x10 = d[6];
    const int x11 = i1 / x10;
    const int x12 = x11 % 8;
    const int x13 = x9 + x12;
    const int x14 = x13 * 8;
    const int x15 = i1 % 8;
    const int x16 = x14 + x15;
    const float v17 = b0[x16];
    b1[i1] = v17;
  }
}

// ---- k46.cl

// launch 47: matmul a' -> f32[2, 8, N, 8]
__kernel __attribute__((reqd_work_group_size(2, 16, 1)))
void k46(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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
    for (int mm = lid % 32; mm < 64; mm += 32) {
      const int m = m0 + mm;
      for (int kk = lid / 32; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
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

// ---- k47.cl

// launch 48: reduction of sum -> f32[8, N, 8]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[5];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 8;
    const int x2 = d[6];
    const int x3 = o / x2;
    const int x4 = x1 + x3;
    const int x5 = d[0];
    const int x6 = x4 * x5;
    const int x7 = o / 8;
    const int x8 = x7 % x5;
    const int x9 = x6 + x8;
    const int x10 = x9 * 8;
    const int x11 = o % 8;
    const int x12 = x10 + x11;
    const float v13 = b0[x12];
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b1[o] = r14;
}

// ---- k48.cl

// launch 49: matmul b' -> f32[2, 8, N, N]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = d[0], K = 8;
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

// ---- k49.cl

// launch 50: elementwise mul mul div mul div neg -> f32[2, 8, N, N] f32[2, 8, N, N]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * 2.0f);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 / v8);
    const float v10 = (-v9);
    b4[i1] = v10;
    const float v11 = (v5 / v8);
    b5[i1] = v11;
  }
}

// ---- k50.cl

// launch 51: reduction of sum broadcast add mul mul select select add -> f32[2, 8, N, N]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[0];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[6];
    const int x3 = o / x2;
    const int x4 = x3 * 8;
    const int x5 = o / x1;
    const int x6 = x5 % 8;
    const int x7 = x4 + x6;
    const int x8 = x7 * x1;
    const int x9 = o % x1;
    const int x10 = x8 + x9;
    const int x11 = x10 * x1;
    const int x12 = x11 + j;
    const float v13 = b0[x12];
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x15 = d[6];
    const int x16 = o / x15;
    const int x17 = x16 * 8;
    const int x18 = o / x1;
    const int x19 = x18 % 8;
    const int x20 = x17 + x19;
    const int x21 = x20 * x1;
    const int x22 = o % x1;
    const int x23 = x21 + x22;
    const int x24 = x23 * x1;
    const int x25 = x24 + j;
    const float v26 = b1[x25];
    const float v27 = b2[x25];
    const float v28 = (v27 + r14);
    const float v29 = b3[x25];
    const float v30 = (v28 * v29);
    const float v31 = (v30 * (0x1.99999ap-3f));
    const float v32 = (v26 != 0.0f ? 0.0f : v31);
    const float v33 = b4[x25];
    const float v34 = (v33 != 0.0f ? v30 : 0.0f);
    const float v35 = (v32 + v34);
    b5[x25] = v35;
  }
}

// ---- k51.cl

// launch 52: reduction of sum -> f32[2, 8, N]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[0];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[6];
    const int x3 = o / x2;
    const int x4 = x3 * 8;
    const int x5 = o / x1;
    const int x6 = x5 % 8;
    const int x7 = x4 + x6;
    const int x8 = x7 * x1;
    const int x9 = x8 + j;
    const int x10 = x9 * x1;
    const int x11 = o % x1;
    const int x12 = x10 + x11;
    const float v13 = b0[x12];
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b1[o] = r14;
}

// ---- k52.cl

// launch 53: reduction of sum -> f32[2, 8, N]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[0];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[6];
    const int x3 = o / x2;
    const int x4 = x3 * 8;
    const int x5 = o / x1;
    const int x6 = x5 % 8;
    const int x7 = x4 + x6;
    const int x8 = x7 * x1;
    const int x9 = o % x1;
    const int x10 = x8 + x9;
    const int x11 = x10 * x1;
    const int x12 = x11 + j;
    const float v13 = b0[x12];
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b1[o] = r14;
}

// ---- k53.cl

// launch 54: reduction of broadcast mul broadcast mul add sum add -> f32[2, N, 8, 8] f32[2, N, 8, 8] f32[N, 8, 8]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[5];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 2;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 8;
    const int x2 = o / 8;
    const int x3 = x2 % 8;
    const int x4 = x1 + x3;
    const int x5 = d[0];
    const int x6 = x4 * x5;
    const int x7 = o / 64;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    const int x10 = x4 * 8;
    const int x11 = o % 8;
    const int x12 = x10 + x11;
    const float v13 = b1[x12];
    const float v14 = (v9 * v13);
    const float v15 = b2[x8];
    const float v16 = b3[x12];
    const float v17 = (v15 * v16);
    const float v18 = (v14 + v17);
    const int x19 = j * x5;
    const int x20 = x19 + x7;
    const int x21 = x20 * 8;
    const int x22 = x21 + x3;
    const int x23 = x22 * 8;
    const int x24 = x23 + x11;
    b4[x24] = v9;
    b5[x24] = v15;
    acc += (acc_t) v18;
  }
  const float r25 = (float) acc;
  const int x26 = o / 8;
  const int x27 = x26 % 8;
  const int x28 = d[0];
  const int x29 = x27 * x28;
  const int x30 = o / 64;
  const int x31 = x29 + x30;
  const int x32 = x31 * 8;
  const int x33 = o % 8;
  const int x34 = x32 + x33;
  const float v35 = b6[x34];
  const float v36 = (v35 + r25);
  b7[o] = v36;
}

// ---- k54.cl

// launch 55: elementwise reshape -> f32[N, 64]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k55.cl

// launch 56: matmul a' -> f32[64, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k55(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 16, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 16;
  __local float As[16][64], Bs[16][16];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 64; mm < 64; mm += 64) {
      const int m = m0 + mm;
      for (int kk = lid / 64; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
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

// ---- k56.cl

// launch 57: reduction of sum -> f32[64]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[0];
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

// ---- k57.cl

// launch 58: reduction of mul sum -> f32[2, 8, 8]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 64;
    const int x2 = x1 * x0;
    const int x3 = x2 + j;
    const int x4 = x3 * 8;
    const int x5 = o / 8;
    const int x6 = x5 % 8;
    const int x7 = x4 + x6;
    const int x8 = x7 * 8;
    const int x9 = o % 8;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[x10];
    const float v13 = (v11 * v12);
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b2[o] = r14;
}

// ---- k58.cl

// launch 60: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k58(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[15];
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

// ---- k59.cl

// launch 61: reduction of sum -> f32[64]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[15];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 64;
    const int x7 = x6 + o;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k60.cl

// launch 62: matmul a' -> f32[4, 64]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k60(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 4, N = 64, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 4, n0 = get_group_id(0) * 64;
  __local float As[16][4], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 4; mm < 4; mm += 4) {
      const int m = m0 + mm;
      for (int kk = lid / 4; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
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

// ---- k61.cl

// launch 63: reduction of sum -> f32[4]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k62.cl

// launch 64: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[64, 16] f32[64, 16] f32[64, 16] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[2, 8, 8] f32[64, 64] f32[64, 64] f32[64, 64] f32[4, 64] f32[4, 64] f32[4, 64] f32[4] f32[4] f32[4]
__kernel void k62(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global const int* restrict d) {
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
  if (gid < 1024) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = ((0x1.0624dep-10f) * v15);
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
    const float v26 = ((0x1.47ae14p-8f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 1088) {
    const int i32 = gid - 1024;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = ((0x1.0624dep-10f) * v36);
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
    const float v47 = ((0x1.47ae14p-8f) * v46);
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
    const float v57 = ((0x1.0624dep-10f) * v56);
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
    const float v67 = ((0x1.47ae14p-8f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i32] = v72;
    const float v73 = b22[i32];
    const float v74 = ((0x1.ccccccp-1f) * v73);
    const float v75 = b23[i32];
    const float v76 = b24[i32];
    const float v77 = ((0x1.0624dep-10f) * v76);
    const float v78 = (v75 + v77);
    const float v79 = ((0x1.99999ap-4f) * v78);
    const float v80 = (v74 + v79);
    b25[i32] = v80;
    const float v81 = b26[i32];
    const float v82 = ((0x1.ff7ceep-1f) * v81);
    const float v83 = ((0x1.0624dep-10f) * v78);
    const float v84 = (v83 * v78);
    const float v85 = (v82 + v84);
    b27[i32] = v85;
    const float v86 = (v80 / v8);
    const float v87 = ((0x1.47ae14p-8f) * v86);
    const float v88 = (v85 / v10);
    const float v89 = F64(sqrt, v88);
    const float v90 = (v89 + (0x1.5798eep-27f));
    const float v91 = (v87 / v90);
    const float v92 = (v76 - v91);
    b28[i32] = v92;
  } else if (gid < 1216) {
    const int i93 = gid - 1088;
    const float v94 = b29[i93];
    const float v95 = ((0x1.ccccccp-1f) * v94);
    const float v96 = b30[i93];
    const float v97 = b31[i93];
    const float v98 = ((0x1.0624dep-10f) * v97);
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
    const float v108 = ((0x1.47ae14p-8f) * v107);
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
    const float v118 = ((0x1.0624dep-10f) * v117);
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
    const float v128 = ((0x1.47ae14p-8f) * v127);
    const float v129 = (v126 / v10);
    const float v130 = F64(sqrt, v129);
    const float v131 = (v130 + (0x1.5798eep-27f));
    const float v132 = (v128 / v131);
    const float v133 = (v117 - v132);
    b42[i93] = v133;
  } else if (gid < 5312) {
    const int i134 = gid - 1216;
    const float v135 = b43[i134];
    const float v136 = ((0x1.ccccccp-1f) * v135);
    const float v137 = b44[i134];
    const float v138 = b45[i134];
    const float v139 = ((0x1.0624dep-10f) * v138);
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
    const float v149 = ((0x1.47ae14p-8f) * v148);
    const float v150 = (v147 / v10);
    const float v151 = F64(sqrt, v150);
    const float v152 = (v151 + (0x1.5798eep-27f));
    const float v153 = (v149 / v152);
    const float v154 = (v138 - v153);
    b49[i134] = v154;
  } else if (gid < 5568) {
    const int i155 = gid - 5312;
    const float v156 = b50[i155];
    const float v157 = ((0x1.ccccccp-1f) * v156);
    const float v158 = b51[i155];
    const float v159 = b52[i155];
    const float v160 = ((0x1.0624dep-10f) * v159);
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
    const float v170 = ((0x1.47ae14p-8f) * v169);
    const float v171 = (v168 / v10);
    const float v172 = F64(sqrt, v171);
    const float v173 = (v172 + (0x1.5798eep-27f));
    const float v174 = (v170 / v173);
    const float v175 = (v159 - v174);
    b56[i155] = v175;
  } else if (gid < 5572) {
    const int i176 = gid - 5568;
    const float v177 = b57[i176];
    const float v178 = ((0x1.ccccccp-1f) * v177);
    const float v179 = b58[i176];
    const float v180 = b59[i176];
    const float v181 = ((0x1.0624dep-10f) * v180);
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
    const float v191 = ((0x1.47ae14p-8f) * v190);
    const float v192 = (v189 / v10);
    const float v193 = F64(sqrt, v192);
    const float v194 = (v193 + (0x1.5798eep-27f));
    const float v195 = (v191 / v194);
    const float v196 = (v180 - v195);
    b63[i176] = v196;
  }
}
