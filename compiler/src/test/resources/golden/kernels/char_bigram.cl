// CharBigram: kernels of one training step: 37 OpenCL kernels for 38 launches
k0.cl: launch 0: elementwise gather -> i32[B*T, 1]
k1.cl: launch 1: elementwise broadcast eq -> bool[B*T, 1, 128]
k2.cl: launch 2: elementwise gather -> f32[B, T, 64] (from samples/char_bigram.nn:16:24)
k3.cl: launch 3: matmul b' -> f32[B, T, 128]
k4.cl: launch 4: elementwise add -> f32[B, T, 128] (from samples/char_bigram.nn:16:19)
k5.cl: launch 5: reduction of reduce_max -> f32[B*T, 1]
k6.cl: launch 6: elementwise stop_gradient -> f32[B*T, 1]
k7.cl: launch 7: elementwise broadcast sub exp -> f32[B*T, 128] f32[B*T, 128]
k8.cl: launch 8: reduction of sum log broadcast sub -> f32[B*T, 128] f32[B*T, 1]
k9.cl: launch 9: reduction of reshape select sum -> f32[B*T, 1]
k10.cl: launch 10: reduction of sum div neg -> f32[]
k11.cl: launch 11: elementwise mul -> f32[128, 64]
k12.cl: launch 12: elementwise mul -> f32[128, 64]
k13.cl: launch 13: elementwise div -> f32[]
k14.cl: launch 14: elementwise broadcast select -> f32[B*T, 1, 128]
k15.cl: launch 15: elementwise reshape neg -> f32[B*T, 128] f32[B*T, 128]
k16.cl: launch 16: reduction of sum -> f32[B*T, 1]
k17.cl: launch 17: elementwise div -> f32[B*T, 1]
k18.cl: launch 18: elementwise broadcast mul add -> f32[B*T, 128]
k19.cl: launch 19: elementwise reshape -> f32[B, T, 128]
k20.cl: launch 20: matmul -> f32[B, T, 64]
k21.cl: launch 21: scatter_add -> f32[128, 64]
k22.cl: launch 22: elementwise mul add -> f32[128, 64]
k23.cl: launch 23: elementwise cast pow sub pow sub -> f32[] f32[]
k24.cl: launch 24: elementwise broadcast div mul -> f32[128, 64] f32[128, 64]
k25.cl: launch 25: elementwise mul -> f32[128, 64]
k26.cl: launch 26: elementwise mul mul add -> f32[128, 64]
k27.cl: launch 27: elementwise broadcast div sqrt add div sub -> f32[128, 64] f32[128, 64]
k28.cl: launch 29: matmul a' -> f32[128, 64]
k29.cl: launch 30: elementwise mul add mul add div mul mul mul -> f32[128, 64] f32[128, 64] f32[128, 64]
k30.cl: launch 31: elementwise mul add div sqrt add div sub -> f32[128, 64] f32[128, 64]
k31.cl: launch 32: elementwise mul -> f32[128]
k32.cl: launch 33: reduction of sum -> f32[128]
k33.cl: launch 34: elementwise mul add mul add mul mul -> f32[128] f32[128]
k34.cl: launch 35: elementwise broadcast div mul -> f32[128]
k35.cl: launch 36: elementwise mul add -> f32[128]
k36.cl: launch 37: elementwise broadcast div sqrt add div sub -> f32[128]

// ---- k0.cl

// launch 0: elementwise gather -> i32[B*T, 1]
__kernel void k0(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 128, fault);
    b1[i1] = v3;
  }
}

// ---- k1.cl

// launch 1: elementwise broadcast eq -> bool[B*T, 1, 128]
__kernel void k1(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int v3 = b0[x2];
    const int x4 = i1 % 128;
    const float v5 = BOOL(v3 == x4);
    b1[i1] = v5;
  }
}

// ---- k2.cl

// launch 2: elementwise gather -> f32[B, T, 64] (from samples/char_bigram.nn:16:24)
__kernel void k2(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[3];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[4];
    const int x3 = i1 / x2;
    const int x4 = d[1];
    const int x5 = x3 * x4;
    const int x6 = i1 / 64;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int v9 = b0[x8];
    const int v10 = nnc_index(v9, 128, fault);
    const int x11 = v10 * 64;
    const int x12 = i1 % 64;
    const int x13 = x11 + x12;
    const float v14 = b1[x13];
    b2[i1] = v14;
  }
}

// ---- k3.cl

// launch 3: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 64;
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

// launch 4: elementwise add -> f32[B, T, 128] (from samples/char_bigram.nn:16:19)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k5.cl

// launch 5: reduction of reduce_max -> f32[B*T, 1]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  b1[o] = r4;
}

// ---- k6.cl

// launch 6: elementwise stop_gradient -> f32[B*T, 1]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k7.cl

// launch 7: elementwise broadcast sub exp -> f32[B*T, 128] f32[B*T, 128]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const float v4 = b1[x3];
    const float v5 = (v2 - v4);
    const float v6 = F64(exp, v5);
    b2[i1] = v6;
    b3[i1] = v5;
  }
}

// ---- k8.cl

// launch 8: reduction of sum log broadcast sub -> f32[B*T, 128] f32[B*T, 1]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 128;
    const int x6 = x5 + j;
    const float v7 = b1[x6];
    const float v8 = F64(log, r4);
    const float v9 = (v7 - v8);
    b2[x6] = v9;
  }
  b3[o] = r4;
}

// ---- k9.cl

// launch 9: reduction of reshape select sum -> f32[B*T, 1]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = b1[x2];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  b2[o] = r6;
}

// ---- k10.cl

// launch 10: reduction of sum div neg -> f32[]
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
  const float v5 = (-v4);
  b1[o] = v5;
}

// ---- k11.cl

// launch 11: elementwise mul -> f32[128, 64]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k12.cl

// launch 12: elementwise mul -> f32[128, 64]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (0.0f * v1);
    b1[i0] = v2;
  }
}

// ---- k13.cl

// launch 13: elementwise div -> f32[]
__kernel void k13(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = (-1.0f / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k14.cl

// launch 14: elementwise broadcast select -> f32[B*T, 1, 128]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k15.cl

// launch 15: elementwise reshape neg -> f32[B*T, 128] f32[B*T, 128]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 128;
    const int x4 = i1 % 128;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    const float v7 = (-v6);
    b1[i1] = v7;
    b2[i1] = v6;
  }
}

// ---- k16.cl

// launch 16: reduction of sum -> f32[B*T, 1]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k17.cl

// launch 17: elementwise div -> f32[B*T, 1]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 / v3);
    b2[i1] = v4;
  }
}

// ---- k18.cl

// launch 18: elementwise broadcast mul add -> f32[B*T, 128]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const float v4 = b1[x3];
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
  }
}

// ---- k19.cl

// launch 19: elementwise reshape -> f32[B, T, 128]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k20.cl

// launch 20: matmul -> f32[B, T, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k20(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 128;
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

// ---- k21.cl

// launch 21: scatter_add -> f32[128, 64]
__kernel void k21(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 128, I = 64, P = d[0];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k22.cl

// launch 22: elementwise mul add -> f32[128, 64]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.99999ap-4f) * v2);
    const float v4 = (v1 + v3);
    b2[i0] = v4;
  }
}

// ---- k23.cl

// launch 23: elementwise cast pow sub pow sub -> f32[] f32[]
__kernel void k23(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  if (gid < 1) {
    const int i11 = gid - 0;
    b1[i11] = v8;
    b2[i11] = v10;
  }
}

// ---- k24.cl

// launch 24: elementwise broadcast div mul -> f32[128, 64] f32[128, 64]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.47ae14p-7f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k25.cl

// launch 25: elementwise mul -> f32[128, 64]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k26.cl

// launch 26: elementwise mul mul add -> f32[128, 64]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.0624dep-10f) * v2);
    const float v4 = (v3 * v2);
    const float v5 = (v1 + v4);
    b2[i0] = v5;
  }
}

// ---- k27.cl

// launch 27: elementwise broadcast div sqrt add div sub -> f32[128, 64] f32[128, 64]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k28.cl

// launch 29: matmul a' -> f32[128, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k28(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 64, K = d[0];
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

// launch 30: elementwise mul add mul add div mul mul mul -> f32[128, 64] f32[128, 64] f32[128, 64]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.47ae14p-7f) * v11);
    b6[i0] = v12;
  }
}

// ---- k30.cl

// launch 31: elementwise mul add div sqrt add div sub -> f32[128, 64] f32[128, 64]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k31.cl

// launch 32: elementwise mul -> f32[128]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k32.cl

// launch 33: reduction of sum -> f32[128]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k33.cl

// launch 34: elementwise mul add mul add mul mul -> f32[128] f32[128]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k34.cl

// launch 35: elementwise broadcast div mul -> f32[128]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.47ae14p-7f) * v3);
    b2[i0] = v4;
  }
}

// ---- k35.cl

// launch 36: elementwise mul add -> f32[128]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k36.cl

// launch 37: elementwise broadcast div sqrt add div sub -> f32[128]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}
