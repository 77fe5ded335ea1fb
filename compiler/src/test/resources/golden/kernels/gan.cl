// ==== discriminator
// train step discriminator: kernels of one training step: 39 OpenCL kernels for 56 launches
k0.cl: launch 0: matmul b' -> f32[B, 512]
k1.cl: launch 1: elementwise add max min mul add le ge -> f32[B, 512] bool[B, 512] bool[B, 512] (from samples/gan.nn:29:22, samples/gan.nn:29:33)
k2.cl: launch 2: matmul b' -> f32[B, 256]
k3.cl: launch 3: elementwise add max min mul add le ge -> f32[B, 256] bool[B, 256] bool[B, 256] (from samples/gan.nn:29:7, samples/gan.nn:29:18)
k4.cl: launch 4: reduction of sum div -> f32[256] (from samples/gan.nn:30:12)
k5.cl: launch 5: reduction of broadcast sub mul sum div add sqrt -> f32[B, 256] f32[256] (from samples/gan.nn:30:8, samples/gan.nn:31:17, samples/gan.nn:31:27, samples/gan.nn:31:22)
k6.cl: launch 6: reduction of sum div -> f32[] (from samples/gan.nn:31:12)
k7.cl: launch 7: elementwise concat -> f32[B, 257] (from samples/gan.nn:32:22)
k8.cl: launch 8: matmul b' -> f32[B, 1]
k9.cl: launch 9: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1] (from samples/gan.nn:32:18)
k10.cl: launch 10: reduction of sum div -> f32[]
k11.cl: launch 11: elementwise random -> f32[B, 64]
k12.cl: launch 12: matmul b' -> f32[B, 256]
k13.cl: launch 13: elementwise add max min mul add -> f32[B, 256]
k14.cl: launch 14: matmul b' -> f32[B, 512]
k15.cl: launch 15: elementwise add max min mul add -> f32[B, 512]
k16.cl: launch 16: matmul b' -> f32[B, 784]
k17.cl: launch 17: elementwise add sigmoid stop_gradient -> f32[B, 784]
k18.cl: launch 27: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
k19.cl: launch 28: reduction of sum div add -> f32[]
k20.cl: launch 29: elementwise div -> f32[]
k21.cl: launch 30: reduction of broadcast neg mul div mul neg select add select sub select add ... -> f32[B, 1] f32[B, 1] f32[1]
k22.cl: launch 31: matmul -> f32[B, 257]
k23.cl: launch 32: reduction of slice sum div -> f32[]
k24.cl: launch 33: elementwise broadcast mul div div -> f32[256]
k25.cl: launch 34: reduction of slice broadcast mul add add neg sum div -> f32[B, 256] f32[256]
k26.cl: launch 35: elementwise broadcast add mul select select add -> f32[B, 256]
k27.cl: launch 36: matmul -> f32[B, 512]
k28.cl: launch 37: elementwise mul select select add -> f32[B, 512]
k29.cl: launch 38: matmul a' -> f32[784, 512]
k30.cl: launch 43: reduction of broadcast add mul select select add add sum -> f32[B, 256] f32[256]
k31.cl: launch 45: elementwise mul select select add add -> f32[B, 512] f32[B, 512]
k32.cl: launch 47: elementwise add -> f32[784, 512]
k33.cl: launch 48: reduction of sum -> f32[512]
k34.cl: launch 49: matmul a' -> f32[512, 256]
k35.cl: launch 51: elementwise add -> f32[512, 256]
k36.cl: launch 52: matmul a' -> f32[257, 1]
k37.cl: launch 54: elementwise add -> f32[257, 1]
k38.cl: launch 55: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 784] f32[512, 784] f32[512, 784] f32[512] f32[512] f32[512] f32[256, 512] f32[256, 512] f32[256, 512] f32[256] f32[256] f32[256] f32[1, 257] f32[1, 257] f32[1, 257] f32[1] f32[1] f32[1]

// ---- k0.cl

// launch 0: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k0(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 784;
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

// launch 1: elementwise add max min mul add le ge -> f32[B, 512] bool[B, 512] bool[B, 512] (from samples/gan.nn:29:22, samples/gan.nn:29:33)
__kernel void k1(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
    const float v10 = BOOL(0.0f <= v5);
    b3[i1] = v10;
    const float v11 = BOOL(v5 >= 0.0f);
    b4[i1] = v11;
  }
}

// ---- k2.cl

// launch 2: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k2(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 512;
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

// ---- k3.cl

// launch 3: elementwise add max min mul add le ge -> f32[B, 256] bool[B, 256] bool[B, 256] (from samples/gan.nn:29:7, samples/gan.nn:29:18)
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
    const float v10 = BOOL(0.0f <= v5);
    b3[i1] = v10;
    const float v11 = BOOL(v5 >= 0.0f);
    b4[i1] = v11;
  }
}

// ---- k4.cl

// launch 4: reduction of sum div -> f32[256] (from samples/gan.nn:30:12)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = (float) x0;
  const float v6 = (r4 / v5);
  b1[o] = v6;
}

// ---- k5.cl

// launch 5: reduction of broadcast sub mul sum div add sqrt -> f32[B, 256] f32[256] (from samples/gan.nn:30:8, samples/gan.nn:31:17, samples/gan.nn:31:27, samples/gan.nn:31:22)
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    const float v4 = b1[o];
    const float v5 = (v3 - v4);
    const float v6 = (v5 * v5);
    b2[x2] = v5;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  const float v8 = (float) x0;
  const float v9 = (r7 / v8);
  const float v10 = (v9 + (0x1.5798eep-27f));
  const float v11 = F64(sqrt, v10);
  b3[o] = v11;
}

// ---- k6.cl

// launch 6: reduction of sum div -> f32[] (from samples/gan.nn:31:12)
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 256;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  const float v2 = (r1 / 256.0f);
  b1[o] = v2;
}

// ---- k7.cl

// launch 7: elementwise concat -> f32[B, 257] (from samples/gan.nn:32:22)
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 257;
    float v3;
    if (x2 < 256) {
      const int x4 = i1 / 257;
      const int x5 = x4 * 256;
      const int x6 = x5 + x2;
      const float v7 = b0[x6];
      v3 = v7;
    } else {
      const float v8 = b1[0];
      v3 = v8;
    }
    b2[i1] = v3;
  }
}

// ---- k8.cl

// launch 8: matmul b' -> f32[B, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 1, K = 257;
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

// ---- k9.cl

// launch 9: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1] (from samples/gan.nn:32:18)
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k10.cl

// launch 10: reduction of sum div -> f32[]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k11.cl

// launch 11: elementwise random -> f32[B, 64]
__kernel void k11(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(1, 42u, 0u, (float) v2, i1);
    b1[i1] = v3;
  }
}

// ---- k12.cl

// launch 12: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k12(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 64;
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

// ---- k13.cl

// launch 13: elementwise add max min mul add -> f32[B, 256]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
  }
}

// ---- k14.cl

// launch 14: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 256;
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

// launch 15: elementwise add max min mul add -> f32[B, 512]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
  }
}

// ---- k16.cl

// launch 16: matmul b' -> f32[B, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k16(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 784, K = 512;
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

// launch 17: elementwise add sigmoid stop_gradient -> f32[B, 784]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 784;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_sigmoid(v5);
    b2[i1] = v6;
  }
}

// ---- k18.cl

// launch 27: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k19.cl

// launch 28: reduction of sum div add -> f32[]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k20.cl

// launch 29: elementwise div -> f32[]
__kernel void k20(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k21.cl

// launch 30: reduction of broadcast neg mul div mul neg select add select sub select add ... -> f32[B, 1] f32[B, 1] f32[1]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
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

// ---- k22.cl

// launch 31: matmul -> f32[B, 257]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k22(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 257, K = 1;
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

// ---- k23.cl

// launch 32: reduction of slice sum div -> f32[]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 257;
    const int x2 = x1 + 256;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = (r4 / 256.0f);
  b1[o] = v5;
}

// ---- k24.cl

// launch 33: elementwise broadcast mul div div -> f32[256]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = (v1 * (0x1.0p-1f));
    const float v3 = b1[i0];
    const float v4 = (v2 / v3);
    const int x5 = d[0];
    const float v6 = (float) x5;
    const float v7 = (v4 / v6);
    b2[i0] = v7;
  }
}

// ---- k25.cl

// launch 34: reduction of slice broadcast mul add add neg sum div -> f32[B, 256] f32[256]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[o];
    const int x2 = j * 256;
    const int x3 = x2 + o;
    const float v4 = b1[x3];
    const float v5 = (v1 * v4);
    const float v6 = (v5 + v5);
    const float v7 = (-v6);
    const int x8 = j * 257;
    const int x9 = x8 + o;
    const float v10 = b2[x9];
    const float v11 = (v10 + v6);
    b3[x3] = v11;
    acc += (acc_t) v7;
  }
  const float r12 = (float) acc;
  const float v13 = (float) x0;
  const float v14 = (r12 / v13);
  b4[o] = v14;
}

// ---- k26.cl

// launch 35: elementwise broadcast add mul select select add -> f32[B, 256]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 256;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v6 * (0x1.99999ap-3f));
    const float v8 = (v2 != 0.0f ? 0.0f : v7);
    const float v9 = b3[i1];
    const float v10 = (v9 != 0.0f ? v6 : 0.0f);
    const float v11 = (v8 + v10);
    b4[i1] = v11;
  }
}

// ---- k27.cl

// launch 36: matmul -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 256;
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

// ---- k28.cl

// launch 37: elementwise mul select select add -> f32[B, 512]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k29.cl

// launch 38: matmul a' -> f32[784, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k29(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 784, N = 512, K = d[0];
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

// ---- k30.cl

// launch 43: reduction of broadcast add mul select select add add sum -> f32[B, 256] f32[256]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    const float v4 = b1[x2];
    const float v5 = b2[x2];
    const float v6 = b3[o];
    const float v7 = (v5 + v6);
    const float v8 = (v7 * (0x1.99999ap-3f));
    const float v9 = (v4 != 0.0f ? 0.0f : v8);
    const float v10 = b4[x2];
    const float v11 = (v10 != 0.0f ? v7 : 0.0f);
    const float v12 = (v9 + v11);
    const float v13 = (v3 + v12);
    b5[x2] = v12;
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b6[o] = r14;
}

// ---- k31.cl

// launch 45: elementwise mul select select add add -> f32[B, 512] f32[B, 512]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k32.cl

// launch 47: elementwise add -> f32[784, 512]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 401408) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k33.cl

// launch 48: reduction of sum -> f32[512]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 512;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k34.cl

// launch 49: matmul a' -> f32[512, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k34(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 256, K = d[0];
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

// ---- k35.cl

// launch 51: elementwise add -> f32[512, 256]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 131072) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k36.cl

// launch 52: matmul a' -> f32[257, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k36(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 257, N = 1, K = d[0];
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

// ---- k37.cl

// launch 54: elementwise add -> f32[257, 1]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 257) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k38.cl

// launch 55: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 784] f32[512, 784] f32[512, 784] f32[512] f32[512] f32[512] f32[256, 512] f32[256, 512] f32[256, 512] f32[256] f32[256] f32[256] f32[1, 257] f32[1, 257] f32[1, 257] f32[1] f32[1] f32[1]
__kernel void k38(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
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
  if (gid < 401408) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.0p-1f) * v12);
    const int x14 = i11 % 784;
    const int x15 = x14 * 512;
    const int x16 = i11 / 784;
    const int x17 = x15 + x16;
    const float v18 = b2[x17];
    const float v19 = b3[i11];
    const float v20 = (0.0f * v19);
    const float v21 = (v18 + v20);
    const float v22 = ((0x1.0p-1f) * v21);
    const float v23 = (v13 + v22);
    b4[i11] = v23;
    const float v24 = b5[i11];
    const float v25 = ((0x1.ff7ceep-1f) * v24);
    const float v26 = ((0x1.0624dep-10f) * v21);
    const float v27 = (v26 * v21);
    const float v28 = (v25 + v27);
    b6[i11] = v28;
    const float v29 = (v23 / v8);
    const float v30 = ((0x1.a36e2ep-13f) * v29);
    const float v31 = (v28 / v10);
    const float v32 = F64(sqrt, v31);
    const float v33 = (v32 + (0x1.5798eep-27f));
    const float v34 = (v30 / v33);
    const float v35 = (v19 - v34);
    b7[i11] = v35;
  } else if (gid < 401920) {
    const int i36 = gid - 401408;
    const float v37 = b8[i36];
    const float v38 = ((0x1.0p-1f) * v37);
    const float v39 = b9[i36];
    const float v40 = b10[i36];
    const float v41 = (0.0f * v40);
    const float v42 = (v39 + v41);
    const float v43 = ((0x1.0p-1f) * v42);
    const float v44 = (v38 + v43);
    b11[i36] = v44;
    const float v45 = b12[i36];
    const float v46 = ((0x1.ff7ceep-1f) * v45);
    const float v47 = ((0x1.0624dep-10f) * v42);
    const float v48 = (v47 * v42);
    const float v49 = (v46 + v48);
    b13[i36] = v49;
    const float v50 = (v44 / v8);
    const float v51 = ((0x1.a36e2ep-13f) * v50);
    const float v52 = (v49 / v10);
    const float v53 = F64(sqrt, v52);
    const float v54 = (v53 + (0x1.5798eep-27f));
    const float v55 = (v51 / v54);
    const float v56 = (v40 - v55);
    b14[i36] = v56;
  } else if (gid < 532992) {
    const int i57 = gid - 401920;
    const float v58 = b15[i57];
    const float v59 = ((0x1.0p-1f) * v58);
    const int x60 = i57 % 512;
    const int x61 = x60 * 256;
    const int x62 = i57 / 512;
    const int x63 = x61 + x62;
    const float v64 = b16[x63];
    const float v65 = b17[i57];
    const float v66 = (0.0f * v65);
    const float v67 = (v64 + v66);
    const float v68 = ((0x1.0p-1f) * v67);
    const float v69 = (v59 + v68);
    b18[i57] = v69;
    const float v70 = b19[i57];
    const float v71 = ((0x1.ff7ceep-1f) * v70);
    const float v72 = ((0x1.0624dep-10f) * v67);
    const float v73 = (v72 * v67);
    const float v74 = (v71 + v73);
    b20[i57] = v74;
    const float v75 = (v69 / v8);
    const float v76 = ((0x1.a36e2ep-13f) * v75);
    const float v77 = (v74 / v10);
    const float v78 = F64(sqrt, v77);
    const float v79 = (v78 + (0x1.5798eep-27f));
    const float v80 = (v76 / v79);
    const float v81 = (v65 - v80);
    b21[i57] = v81;
  } else if (gid < 533248) {
    const int i82 = gid - 532992;
    const float v83 = b22[i82];
    const float v84 = ((0x1.0p-1f) * v83);
    const float v85 = b23[i82];
    const float v86 = b24[i82];
    const float v87 = (0.0f * v86);
    const float v88 = (v85 + v87);
    const float v89 = ((0x1.0p-1f) * v88);
    const float v90 = (v84 + v89);
    b25[i82] = v90;
    const float v91 = b26[i82];
    const float v92 = ((0x1.ff7ceep-1f) * v91);
    const float v93 = ((0x1.0624dep-10f) * v88);
    const float v94 = (v93 * v88);
    const float v95 = (v92 + v94);
    b27[i82] = v95;
    const float v96 = (v90 / v8);
    const float v97 = ((0x1.a36e2ep-13f) * v96);
    const float v98 = (v95 / v10);
    const float v99 = F64(sqrt, v98);
    const float v100 = (v99 + (0x1.5798eep-27f));
    const float v101 = (v97 / v100);
    const float v102 = (v86 - v101);
    b28[i82] = v102;
  } else if (gid < 533505) {
    const int i103 = gid - 533248;
    const float v104 = b29[i103];
    const float v105 = ((0x1.0p-1f) * v104);
    const int x106 = i103 % 257;
    const float v107 = b30[x106];
    const float v108 = b31[i103];
    const float v109 = (0.0f * v108);
    const float v110 = (v107 + v109);
    const float v111 = ((0x1.0p-1f) * v110);
    const float v112 = (v105 + v111);
    b32[i103] = v112;
    const float v113 = b33[i103];
    const float v114 = ((0x1.ff7ceep-1f) * v113);
    const float v115 = ((0x1.0624dep-10f) * v110);
    const float v116 = (v115 * v110);
    const float v117 = (v114 + v116);
    b34[i103] = v117;
    const float v118 = (v112 / v8);
    const float v119 = ((0x1.a36e2ep-13f) * v118);
    const float v120 = (v117 / v10);
    const float v121 = F64(sqrt, v120);
    const float v122 = (v121 + (0x1.5798eep-27f));
    const float v123 = (v119 / v122);
    const float v124 = (v108 - v123);
    b35[i103] = v124;
  } else if (gid < 533506) {
    const int i125 = gid - 533505;
    const float v126 = b36[0];
    const float v127 = ((0x1.0p-1f) * v126);
    const float v128 = b37[0];
    const float v129 = b38[0];
    const float v130 = (0.0f * v129);
    const float v131 = (v128 + v130);
    const float v132 = ((0x1.0p-1f) * v131);
    const float v133 = (v127 + v132);
    b39[i125] = v133;
    const float v134 = b40[0];
    const float v135 = ((0x1.ff7ceep-1f) * v134);
    const float v136 = ((0x1.0624dep-10f) * v131);
    const float v137 = (v136 * v131);
    const float v138 = (v135 + v137);
    b41[i125] = v138;
    const float v139 = (v133 / v8);
    const float v140 = ((0x1.a36e2ep-13f) * v139);
    const float v141 = (v138 / v10);
    const float v142 = F64(sqrt, v141);
    const float v143 = (v142 + (0x1.5798eep-27f));
    const float v144 = (v140 / v143);
    const float v145 = (v129 - v144);
    b42[i125] = v145;
  }
}
// ==== generator
// train step generator: kernels of one training step: 37 OpenCL kernels for 40 launches
k0.cl: launch 0: elementwise random -> f32[B, 64]
k1.cl: launch 1: matmul b' -> f32[B, 256]
k2.cl: launch 2: elementwise add max min mul add le ge -> f32[B, 256] bool[B, 256] bool[B, 256]
k3.cl: launch 3: matmul b' -> f32[B, 512]
k4.cl: launch 4: elementwise add max min mul add le ge -> f32[B, 512] bool[B, 512] bool[B, 512]
k5.cl: launch 5: matmul b' -> f32[B, 784]
k6.cl: launch 6: elementwise add sigmoid sub mul -> f32[B, 784] f32[B, 784]
k7.cl: launch 7: matmul b' -> f32[B, 512]
k8.cl: launch 9: matmul b' -> f32[B, 256]
k9.cl: launch 11: reduction of sum div -> f32[256]
k10.cl: launch 12: reduction of broadcast sub mul sum div add sqrt -> f32[B, 256] f32[256]
k11.cl: launch 13: reduction of sum div -> f32[]
k12.cl: launch 14: elementwise concat -> f32[B, 257]
k13.cl: launch 15: matmul b' -> f32[B, 1]
k14.cl: launch 16: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
k15.cl: launch 17: reduction of sum div -> f32[]
k16.cl: launch 18: elementwise div -> f32[]
k17.cl: launch 19: elementwise broadcast div mul neg select sub select sub select add -> f32[B, 1]
k18.cl: launch 20: matmul -> f32[B, 257]
k19.cl: launch 21: reduction of slice sum div -> f32[]
k20.cl: launch 22: elementwise broadcast mul div div -> f32[256]
k21.cl: launch 23: reduction of slice broadcast mul add add neg sum div -> f32[B, 256] f32[256]
k22.cl: launch 24: elementwise broadcast add mul select select add -> f32[B, 256]
k23.cl: launch 25: matmul -> f32[B, 512]
k24.cl: launch 26: elementwise mul select select add -> f32[B, 512]
k25.cl: launch 27: matmul -> f32[B, 784]
k26.cl: launch 28: elementwise mul -> f32[B, 784]
k27.cl: launch 29: matmul -> f32[B, 512]
k28.cl: launch 31: matmul -> f32[B, 256]
k29.cl: launch 32: elementwise mul select select add -> f32[B, 256]
k30.cl: launch 33: matmul a' -> f32[256, 64]
k31.cl: launch 34: reduction of sum -> f32[256]
k32.cl: launch 35: matmul a' -> f32[512, 256]
k33.cl: launch 36: reduction of sum -> f32[512]
k34.cl: launch 37: matmul a' -> f32[784, 512]
k35.cl: launch 38: reduction of sum -> f32[784]
k36.cl: launch 39: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[512, 256] f32[512, 256] f32[512, 256] f32[512] f32[512] f32[512] f32[784, 512] f32[784, 512] f32[784, 512] f32[784] f32[784] f32[784]

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

// launch 1: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 256, K = 64;
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

// launch 2: elementwise add max min mul add le ge -> f32[B, 256] bool[B, 256] bool[B, 256]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
    const float v10 = BOOL(0.0f <= v5);
    b3[i1] = v10;
    const float v11 = BOOL(v5 >= 0.0f);
    b4[i1] = v11;
  }
}

// ---- k3.cl

// launch 3: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 256;
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

// launch 4: elementwise add max min mul add le ge -> f32[B, 512] bool[B, 512] bool[B, 512]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = ((0x1.99999ap-3f) * v7);
    const float v9 = (v6 + v8);
    b2[i1] = v9;
    const float v10 = BOOL(0.0f <= v5);
    b3[i1] = v10;
    const float v11 = BOOL(v5 >= 0.0f);
    b4[i1] = v11;
  }
}

// ---- k5.cl

// launch 5: matmul b' -> f32[B, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k5(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 784, K = 512;
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

// ---- k6.cl

// launch 6: elementwise add sigmoid sub mul -> f32[B, 784] f32[B, 784]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 784;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_sigmoid(v5);
    b2[i1] = v6;
    const float v7 = (1.0f - v6);
    const float v8 = (v6 * v7);
    b3[i1] = v8;
  }
}

// ---- k7.cl

// launch 7: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k7(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 784;
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

// launch 9: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 256, K = 512;
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

// ---- k9.cl

// launch 11: reduction of sum div -> f32[256]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = (float) x0;
  const float v6 = (r4 / v5);
  b1[o] = v6;
}

// ---- k10.cl

// launch 12: reduction of broadcast sub mul sum div add sqrt -> f32[B, 256] f32[256]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    const float v4 = b1[o];
    const float v5 = (v3 - v4);
    const float v6 = (v5 * v5);
    b2[x2] = v5;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  const float v8 = (float) x0;
  const float v9 = (r7 / v8);
  const float v10 = (v9 + (0x1.5798eep-27f));
  const float v11 = F64(sqrt, v10);
  b3[o] = v11;
}

// ---- k11.cl

// launch 13: reduction of sum div -> f32[]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 256;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  const float v2 = (r1 / 256.0f);
  b1[o] = v2;
}

// ---- k12.cl

// launch 14: elementwise concat -> f32[B, 257]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 257;
    float v3;
    if (x2 < 256) {
      const int x4 = i1 / 257;
      const int x5 = x4 * 256;
      const int x6 = x5 + x2;
      const float v7 = b0[x6];
      v3 = v7;
    } else {
      const float v8 = b1[0];
      v3 = v8;
    }
    b2[i1] = v3;
  }
}

// ---- k13.cl

// launch 15: matmul b' -> f32[B, 1]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k13(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 1, K = 257;
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

// ---- k14.cl

// launch 16: elementwise add max neg max neg exp add log add sub ge ge -> f32[B, 1] f32[B, 1] f32[B, 1] bool[B, 1] bool[B, 1]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k15.cl

// launch 17: reduction of sum div -> f32[]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k16.cl

// launch 18: elementwise div -> f32[]
__kernel void k16(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k17.cl

// launch 19: elementwise broadcast div mul neg select sub select sub select add -> f32[B, 1]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k18.cl

// launch 20: matmul -> f32[B, 257]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k18(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 257, K = 1;
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

// ---- k19.cl

// launch 21: reduction of slice sum div -> f32[]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 257;
    const int x2 = x1 + 256;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = (r4 / 256.0f);
  b1[o] = v5;
}

// ---- k20.cl

// launch 22: elementwise broadcast mul div div -> f32[256]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = (v1 * (0x1.0p-1f));
    const float v3 = b1[i0];
    const float v4 = (v2 / v3);
    const int x5 = d[1];
    const float v6 = (float) x5;
    const float v7 = (v4 / v6);
    b2[i0] = v7;
  }
}

// ---- k21.cl

// launch 23: reduction of slice broadcast mul add add neg sum div -> f32[B, 256] f32[256]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const float v1 = b0[o];
    const int x2 = j * 256;
    const int x3 = x2 + o;
    const float v4 = b1[x3];
    const float v5 = (v1 * v4);
    const float v6 = (v5 + v5);
    const float v7 = (-v6);
    const int x8 = j * 257;
    const int x9 = x8 + o;
    const float v10 = b2[x9];
    const float v11 = (v10 + v6);
    b3[x3] = v11;
    acc += (acc_t) v7;
  }
  const float r12 = (float) acc;
  const float v13 = (float) x0;
  const float v14 = (r12 / v13);
  b4[o] = v14;
}

// ---- k22.cl

// launch 24: elementwise broadcast add mul select select add -> f32[B, 256]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 256;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v6 * (0x1.99999ap-3f));
    const float v8 = (v2 != 0.0f ? 0.0f : v7);
    const float v9 = b3[i1];
    const float v10 = (v9 != 0.0f ? v6 : 0.0f);
    const float v11 = (v8 + v10);
    b4[i1] = v11;
  }
}

// ---- k23.cl

// launch 25: matmul -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 256;
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

// launch 26: elementwise mul select select add -> f32[B, 512]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k25.cl

// launch 27: matmul -> f32[B, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 784, K = 512;
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

// launch 28: elementwise mul -> f32[B, 784]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    b2[i1] = v4;
  }
}

// ---- k27.cl

// launch 29: matmul -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 784;
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

// ---- k28.cl

// launch 31: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k28(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 256, K = 512;
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

// ---- k29.cl

// launch 32: elementwise mul select select add -> f32[B, 256]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k30.cl

// launch 33: matmul a' -> f32[256, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k30(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 64, K = d[1];
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

// ---- k31.cl

// launch 34: reduction of sum -> f32[256]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
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

// ---- k32.cl

// launch 35: matmul a' -> f32[512, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k32(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 256, K = d[1];
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

// ---- k33.cl

// launch 36: reduction of sum -> f32[512]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 512;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k34.cl

// launch 37: matmul a' -> f32[784, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k34(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 784, N = 512, K = d[1];
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

// ---- k35.cl

// launch 38: reduction of sum -> f32[784]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 784) return;
  acc_t acc = 0;
  const int x0 = d[1];
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

// ---- k36.cl

// launch 39: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[512, 256] f32[512, 256] f32[512, 256] f32[512] f32[512] f32[512] f32[784, 512] f32[784, 512] f32[784, 512] f32[784] f32[784] f32[784]
__kernel void k36(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
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
  if (gid < 16384) {
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
  } else if (gid < 16640) {
    const int i32 = gid - 16384;
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
  } else if (gid < 147712) {
    const int i53 = gid - 16640;
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
  } else if (gid < 148224) {
    const int i74 = gid - 147712;
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
  } else if (gid < 549632) {
    const int i95 = gid - 148224;
    const float v96 = b29[i95];
    const float v97 = ((0x1.0p-1f) * v96);
    const float v98 = b30[i95];
    const float v99 = b31[i95];
    const float v100 = (0.0f * v99);
    const float v101 = (v98 + v100);
    const float v102 = ((0x1.0p-1f) * v101);
    const float v103 = (v97 + v102);
    b32[i95] = v103;
    const float v104 = b33[i95];
    const float v105 = ((0x1.ff7ceep-1f) * v104);
    const float v106 = ((0x1.0624dep-10f) * v101);
    const float v107 = (v106 * v101);
    const float v108 = (v105 + v107);
    b34[i95] = v108;
    const float v109 = (v103 / v8);
    const float v110 = ((0x1.a36e2ep-13f) * v109);
    const float v111 = (v108 / v10);
    const float v112 = F64(sqrt, v111);
    const float v113 = (v112 + (0x1.5798eep-27f));
    const float v114 = (v110 / v113);
    const float v115 = (v99 - v114);
    b35[i95] = v115;
  } else if (gid < 550416) {
    const int i116 = gid - 549632;
    const float v117 = b36[i116];
    const float v118 = ((0x1.0p-1f) * v117);
    const float v119 = b37[i116];
    const float v120 = b38[i116];
    const float v121 = (0.0f * v120);
    const float v122 = (v119 + v121);
    const float v123 = ((0x1.0p-1f) * v122);
    const float v124 = (v118 + v123);
    b39[i116] = v124;
    const float v125 = b40[i116];
    const float v126 = ((0x1.ff7ceep-1f) * v125);
    const float v127 = ((0x1.0624dep-10f) * v122);
    const float v128 = (v127 * v122);
    const float v129 = (v126 + v128);
    b41[i116] = v129;
    const float v130 = (v124 / v8);
    const float v131 = ((0x1.a36e2ep-13f) * v130);
    const float v132 = (v129 / v10);
    const float v133 = F64(sqrt, v132);
    const float v134 = (v133 + (0x1.5798eep-27f));
    const float v135 = (v131 / v134);
    const float v136 = (v120 - v135);
    b42[i116] = v136;
  }
}
