// CharGpt: kernels of one training step: 61 OpenCL kernels for 302 launches
k0.cl: launch 0: elementwise gather -> i32[B*T, 1]
k1.cl: launch 1: elementwise gather -> f32[B, T, 128] (from samples/char_gpt.nn:57:21)
k2.cl: launch 2: elementwise gather -> f32[T, 128] (from samples/char_gpt.nn:57:34)
k3.cl: launch 3: elementwise broadcast add -> f32[B, T, 128] (from samples/char_gpt.nn:57:21)
k4.cl: launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 1] f32[B, T, 1]
k5.cl: launch 5: elementwise transpose -> f32[128, 128]
k6.cl: launch 6: matmul -> f32[B, T, 128]
k7.cl: launch 7: elementwise add -> f32[B, T, 128]
k8.cl: launch 8: elementwise transpose -> f32[128, 128]
k9.cl: launch 10: elementwise add -> f32[B, T, 128]
k10.cl: launch 11: elementwise transpose -> f32[B, 4, T, 32]
k11.cl: launch 12: elementwise transpose -> f32[B, 4, 32, T]
k12.cl: launch 13: matmul -> f32[B, 4, T, T]
k13.cl: launch 14: elementwise mul -> f32[B, 4, T, T]
k14.cl: launch 15: elementwise ge cast sub mul -> f32[T, T]
k15.cl: launch 16: elementwise broadcast add -> f32[B, 4, T, T] f32[B, 4, T, T]
k16.cl: launch 17: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, T, T] f32[B, 4, T, T] f32[B, 4, T, T]
k17.cl: launch 18: elementwise transpose -> f32[128, 128]
k18.cl: launch 20: elementwise add -> f32[B, T, 128]
k19.cl: launch 22: matmul -> f32[B, 4, T, 32]
k20.cl: launch 23: elementwise reshape -> f32[B, T, 128]
k21.cl: launch 24: matmul b' -> f32[B, T, 128]
k22.cl: launch 25: elementwise add add -> f32[B, T, 128]
k23.cl: launch 27: matmul b' -> f32[B, T, 512]
k24.cl: launch 28: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, T, 512] f32[B, T, 512] f32[B, T, 512] f32[B, T, 512]
k25.cl: launch 29: matmul b' -> f32[B, T, 128]
k26.cl: launch 41: elementwise mul add -> f32[B, 4, T, T]
k27.cl: launch 109: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B*T, 128] f32[B*T, 128] f32[B*T, 1]
k28.cl: launch 110: reduction of broadcast eq reshape select sum -> bool[B*T, 1, 128] f32[B*T, 1]
k29.cl: launch 111: reduction of sum div neg -> f32[]
k30.cl: launch 112: elementwise div -> f32[]
k31.cl: launch 113: elementwise broadcast select -> f32[B*T, 1, 128]
k32.cl: launch 114: reduction of reshape neg sum div broadcast mul add -> f32[B*T, 128]
k33.cl: launch 115: elementwise reshape -> f32[B, T, 128]
k34.cl: launch 117: elementwise mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
k35.cl: launch 118: reduction of sum mul neg mul div div broadcast mul add add neg sum ... -> f32[B, T, 128]
k36.cl: launch 119: matmul -> f32[B, T, 512]
k37.cl: launch 120: elementwise mul mul mul mul mul add -> f32[B, T, 512]
k38.cl: launch 121: matmul -> f32[B, T, 128]
k39.cl: launch 123: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, T, 128]
k40.cl: launch 126: matmul a' -> f32[B, 4, T, 32]
k41.cl: launch 131: elementwise div mul div neg -> f32[B, 4, T, T] f32[B, 4, T, T]
k42.cl: launch 132: reduction of sum broadcast add mul mul -> f32[B, 4, T, T]
k43.cl: launch 134: matmul -> f32[B, 4, 32, T]
k44.cl: launch 135: elementwise reshape -> f32[B, T, 128]
k45.cl: launch 137: elementwise add -> f32[B, T, 128]
k46.cl: launch 142: elementwise add mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
k47.cl: launch 219: elementwise -> f32[128, 128]
k48.cl: launch 220: scatter_add -> f32[128, 128]
k49.cl: launch 221: reduction of sum -> f32[T, 128]
k50.cl: launch 222: elementwise -> f32[64, 128]
k51.cl: launch 223: elementwise iota -> i32[T] (from samples/char_gpt.nn:57:42)
k52.cl: launch 224: scatter_add -> f32[64, 128]
k53.cl: launch 225: matmul a' -> f32[128, 128]
k54.cl: launch 228: elementwise pad pad add pad add -> f32[384, 128]
k55.cl: launch 229: reduction of sum -> f32[128]
k56.cl: launch 232: elementwise pad pad add pad add -> f32[384]
k57.cl: launch 235: matmul a' -> f32[512, 128]
k58.cl: launch 236: reduction of sum -> f32[512]
k59.cl: launch 237: matmul a' -> f32[128, 512]
k60.cl: launch 301: elementwise cast div min sub div max min mul cos add mul add ... -> f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] (from samples/char_gpt.nn:78:13)

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

// launch 1: elementwise gather -> f32[B, T, 128] (from samples/char_gpt.nn:57:21)
__kernel void k1(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[1];
    const int x5 = x3 * x4;
    const int x6 = i1 / 128;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int v9 = b0[x8];
    const int v10 = nnc_index(v9, 128, fault);
    const int x11 = v10 * 128;
    const int x12 = i1 % 128;
    const int x13 = x11 + x12;
    const float v14 = b1[x13];
    b2[i1] = v14;
  }
}

// ---- k2.cl

// launch 2: elementwise gather -> f32[T, 128] (from samples/char_gpt.nn:57:34)
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[3];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int v3 = nnc_index(x2, 64, fault);
    const int x4 = v3 * 128;
    const int x5 = i1 % 128;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k3.cl

// launch 3: elementwise broadcast add -> f32[B, T, 128] (from samples/char_gpt.nn:57:21)
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const int x4 = d[1];
    const int x5 = x3 % x4;
    const int x6 = x5 * 128;
    const int x7 = i1 % 128;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 + v9);
    b2[i1] = v10;
  }
}

// ---- k4.cl

// launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 1] f32[B, T, 1]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x10 = d[1];
    const int x11 = o / x10;
    const int x12 = x11 * x10;
    const int x13 = o % x10;
    const int x14 = x12 + x13;
    const int x15 = x14 * 128;
    const int x16 = x15 + j;
    const float v17 = b0[x16];
    const float v18 = (r9 / 128.0f);
    const float v19 = (v17 - v18);
    const float v20 = (v19 * v19);
    acc1 += (acc_t) v20;
  }
  const float r21 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x22 = d[1];
    const int x23 = o / x22;
    const int x24 = x23 * x22;
    const int x25 = o % x22;
    const int x26 = x24 + x25;
    const int x27 = x26 * 128;
    const int x28 = x27 + j;
    const float v29 = b0[x28];
    const float v30 = (r9 / 128.0f);
    const float v31 = (v29 - v30);
    const float v32 = (r21 / 128.0f);
    const float v33 = (v32 + (0x1.4f8b58p-17f));
    const float v34 = F64(sqrt, v33);
    const float v35 = (1.0f / v34);
    const float v36 = (v31 * v35);
    const float v37 = b1[j];
    const float v38 = (v36 * v37);
    const float v39 = b2[j];
    const float v40 = (v38 + v39);
    b3[x28] = v40;
    b4[x28] = v35;
    b5[x28] = v31;
    b6[x28] = v36;
  }
  const float v41 = (r21 / 128.0f);
  const float v42 = (v41 + (0x1.4f8b58p-17f));
  const float v43 = F64(sqrt, v42);
  const float v44 = (1.0f / v43);
  const float v45 = (v44 * v44);
  b7[o] = v45;
  b8[o] = v43;
}

// ---- k5.cl

// launch 5: elementwise transpose -> f32[128, 128]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const int x1 = i0 % 128;
    const int x2 = x1 * 128;
    const int x3 = i0 / 128;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    b1[i0] = v5;
  }
}

// ---- k6.cl

// launch 6: matmul -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 128;
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

// ---- k7.cl

// launch 7: elementwise add -> f32[B, T, 128]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k8.cl

// launch 8: elementwise transpose -> f32[128, 128]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const int x1 = i0 % 128;
    const int x2 = x1 + 128;
    const int x3 = x2 * 128;
    const int x4 = i0 / 128;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k9.cl

// launch 10: elementwise add -> f32[B, T, 128]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const int x4 = x3 + 128;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k10.cl

// launch 11: elementwise transpose -> f32[B, 4, T, 32]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[1];
    const int x5 = x3 * x4;
    const int x6 = i1 / 32;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int x9 = x8 * 4;
    const int x10 = d[9];
    const int x11 = i1 / x10;
    const int x12 = x11 % 4;
    const int x13 = x9 + x12;
    const int x14 = x13 * 32;
    const int x15 = i1 % 32;
    const int x16 = x14 + x15;
    const float v17 = b0[x16];
    b1[i1] = v17;
  }
}

// ---- k11.cl

// launch 12: elementwise transpose -> f32[B, 4, 32, T]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[1];
    const int x5 = x3 * x4;
    const int x6 = i1 % x4;
    const int x7 = x5 + x6;
    const int x8 = x7 * 4;
    const int x9 = d[9];
    const int x10 = i1 / x9;
    const int x11 = x10 % 4;
    const int x12 = x8 + x11;
    const int x13 = x12 * 32;
    const int x14 = i1 / x4;
    const int x15 = x14 % 32;
    const int x16 = x13 + x15;
    const float v17 = b0[x16];
    b1[i1] = v17;
  }
}

// ---- k12.cl

// launch 13: matmul -> f32[B, 4, T, T]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k12(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = d[1], K = 32;
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

// ---- k13.cl

// launch 14: elementwise mul -> f32[B, 4, T, T]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.6a09e6p-3f));
    b1[i1] = v3;
  }
}

// ---- k14.cl

// launch 15: elementwise ge cast sub mul -> f32[T, T]
__kernel void k14(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[1];
    const int x3 = i1 / x2;
    const int x4 = i1 % x2;
    const float v5 = BOOL(x3 >= x4);
    const float v6 = (v5 - 1.0f);
    const float v7 = (v6 * (0x1.dcd65p29f));
    b0[i1] = v7;
  }
}

// ---- k15.cl

// launch 16: elementwise broadcast add -> f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[1];
    const int x4 = i1 / x3;
    const int x5 = x4 % x3;
    const int x6 = x5 * x3;
    const int x7 = i1 % x3;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 + v9);
    b2[i1] = v10;
    b3[i1] = v9;
  }
}

// ---- k16.cl

// launch 17: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, T, T] f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[15];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int x1 = d[1];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[16];
    const int x3 = o / x2;
    const int x4 = x3 * 4;
    const int x5 = o / x1;
    const int x6 = x5 % 4;
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
    const int x15 = d[16];
    const int x16 = o / x15;
    const int x17 = x16 * 4;
    const int x18 = o / x1;
    const int x19 = x18 % 4;
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
    const int x30 = d[16];
    const int x31 = o / x30;
    const int x32 = x31 * 4;
    const int x33 = o / x1;
    const int x34 = x33 % 4;
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

// ---- k17.cl

// launch 18: elementwise transpose -> f32[128, 128]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const int x1 = i0 % 128;
    const int x2 = x1 + 256;
    const int x3 = x2 * 128;
    const int x4 = i0 / 128;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k18.cl

// launch 20: elementwise add -> f32[B, T, 128]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const int x4 = x3 + 256;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k19.cl

// launch 22: matmul -> f32[B, 4, T, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 32, K = d[1];
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

// launch 23: elementwise reshape -> f32[B, T, 128]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = x3 * 4;
    const int x5 = i1 % 128;
    const int x6 = x5 / 32;
    const int x7 = x4 + x6;
    const int x8 = d[1];
    const int x9 = x7 * x8;
    const int x10 = i1 / 128;
    const int x11 = x10 % x8;
    const int x12 = x9 + x11;
    const int x13 = x12 * 32;
    const int x14 = x5 % 32;
    const int x15 = x13 + x14;
    const float v16 = b0[x15];
    b1[i1] = v16;
  }
}

// ---- k21.cl

// launch 24: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 128;
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

// ---- k22.cl

// launch 25: elementwise add add -> f32[B, T, 128]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 128;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
  }
}

// ---- k23.cl

// launch 27: matmul b' -> f32[B, T, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 128;
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

// ---- k24.cl

// launch 28: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, T, 512] f32[B, T, 512] f32[B, T, 512] f32[B, T, 512]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.0p-1f) * v5);
    const float v7 = (v5 * (0x1.6a09e6p-1f));
    const float v8 = F64(erf, v7);
    const float v9 = (1.0f + v8);
    const float v10 = (v6 * v9);
    b2[i1] = v10;
    b3[i1] = v6;
    const float v11 = (v7 * v7);
    const float v12 = (-v11);
    const float v13 = F64(exp, v12);
    const float v14 = (v13 * (0x1.20dd76p0f));
    b4[i1] = v14;
    b5[i1] = v9;
  }
}

// ---- k25.cl

// launch 29: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 512;
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

// ---- k26.cl

// launch 41: elementwise mul add -> f32[B, 4, T, T]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.6a09e6p-3f));
    const float v4 = b1[i1];
    const float v5 = (v3 + v4);
    b2[i1] = v5;
  }
}

// ---- k27.cl

// launch 109: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B*T, 128] f32[B*T, 128] f32[B*T, 1]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k28.cl

// launch 110: reduction of broadcast eq reshape select sum -> bool[B*T, 1, 128] f32[B*T, 1]
__kernel void k28(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
  b3[o] = r7;
}

// ---- k29.cl

// launch 111: reduction of sum div neg -> f32[]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k30.cl

// launch 112: elementwise div -> f32[]
__kernel void k30(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k31.cl

// launch 113: elementwise broadcast select -> f32[B*T, 1, 128]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k32.cl

// launch 114: reduction of reshape neg sum div broadcast mul add -> f32[B*T, 128]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k33.cl

// launch 115: elementwise reshape -> f32[B, T, 128]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k34.cl

// launch 117: elementwise mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const float v4 = b1[x3];
    const float v5 = (v2 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    b3[i1] = v7;
    const float v8 = b4[i1];
    const float v9 = (v5 * v8);
    b5[i1] = v9;
    const float v10 = b6[i1];
    const float v11 = (v2 * v10);
    b7[i1] = v11;
  }
}

// ---- k35.cl

// launch 118: reduction of sum mul neg mul div div broadcast mul add add neg sum ... -> f32[B, T, 128]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x10 = d[1];
    const int x11 = o / x10;
    const int x12 = x11 * x10;
    const int x13 = o % x10;
    const int x14 = x12 + x13;
    const int x15 = x14 * 128;
    const int x16 = x15 + j;
    const float v17 = b1[x16];
    const float v18 = b2[o];
    const float v19 = (r9 * v18);
    const float v20 = (-v19);
    const float v21 = (v20 * (0x1.0p-1f));
    const float v22 = b3[o];
    const float v23 = (v21 / v22);
    const float v24 = (v23 / 128.0f);
    const float v25 = b4[x16];
    const float v26 = (v24 * v25);
    const float v27 = (v17 + v26);
    const float v28 = (v27 + v26);
    const float v29 = (-v28);
    acc1 += (acc_t) v29;
  }
  const float r30 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x31 = d[1];
    const int x32 = o / x31;
    const int x33 = x32 * x31;
    const int x34 = o % x31;
    const int x35 = x33 + x34;
    const int x36 = x35 * 128;
    const int x37 = x36 + j;
    const float v38 = b1[x37];
    const float v39 = b2[o];
    const float v40 = (r9 * v39);
    const float v41 = (-v40);
    const float v42 = (v41 * (0x1.0p-1f));
    const float v43 = b3[o];
    const float v44 = (v42 / v43);
    const float v45 = (v44 / 128.0f);
    const float v46 = b4[x37];
    const float v47 = (v45 * v46);
    const float v48 = (v38 + v47);
    const float v49 = (v48 + v47);
    const float v50 = (r30 / 128.0f);
    const float v51 = (v49 + v50);
    b5[x37] = v51;
  }
}

// ---- k36.cl

// launch 119: matmul -> f32[B, T, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k36(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 512, K = 128;
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

// ---- k37.cl

// launch 120: elementwise mul mul mul mul mul add -> f32[B, T, 512]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v6 * (0x1.6a09e6p-1f));
    const float v8 = b3[i1];
    const float v9 = (v2 * v8);
    const float v10 = (v9 * (0x1.0p-1f));
    const float v11 = (v7 + v10);
    b4[i1] = v11;
  }
}

// ---- k38.cl

// launch 121: matmul -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k38(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 512;
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

// launch 123: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, T, 128]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x10 = d[1];
    const int x11 = o / x10;
    const int x12 = x11 * x10;
    const int x13 = o % x10;
    const int x14 = x12 + x13;
    const int x15 = x14 * 128;
    const int x16 = x15 + j;
    const float v17 = b1[x16];
    const float v18 = b2[o];
    const float v19 = (r9 * v18);
    const float v20 = (-v19);
    const float v21 = (v20 * (0x1.0p-1f));
    const float v22 = b3[o];
    const float v23 = (v21 / v22);
    const float v24 = (v23 / 128.0f);
    const float v25 = b4[x16];
    const float v26 = (v24 * v25);
    const float v27 = (v17 + v26);
    const float v28 = (v27 + v26);
    const float v29 = (-v28);
    acc1 += (acc_t) v29;
  }
  const float r30 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x31 = d[1];
    const int x32 = o / x31;
    const int x33 = x32 * x31;
    const int x34 = o % x31;
    const int x35 = x33 + x34;
    const int x36 = x35 * 128;
    const int x37 = x36 + j;
    const float v38 = b5[x37];
    const float v39 = b1[x37];
    const float v40 = b2[o];
    const float v41 = (r9 * v40);
    const float v42 = (-v41);
    const float v43 = (v42 * (0x1.0p-1f));
    const float v44 = b3[o];
    const float v45 = (v43 / v44);
    const float v46 = (v45 / 128.0f);
    const float v47 = b4[x37];
    const float v48 = (v46 * v47);
    const float v49 = (v39 + v48);
    const float v50 = (v49 + v48);
    const float v51 = (v38 + v50);
    const float v52 = (r30 / 128.0f);
    const float v53 = (v51 + v52);
    b6[x37] = v53;
  }
}

// ---- k40.cl

// launch 126: matmul a' -> f32[B, 4, T, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k40(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 32, K = d[1];
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

// ---- k41.cl

// launch 131: elementwise div mul div neg -> f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 / v5);
    const float v7 = (-v6);
    b3[i1] = v7;
    const float v8 = (v2 / v5);
    b4[i1] = v8;
  }
}

// ---- k42.cl

// launch 132: reduction of sum broadcast add mul mul -> f32[B, 4, T, T]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[15];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[1];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[16];
    const int x3 = o / x2;
    const int x4 = x3 * 4;
    const int x5 = o / x1;
    const int x6 = x5 % 4;
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
    const int x15 = d[16];
    const int x16 = o / x15;
    const int x17 = x16 * 4;
    const int x18 = o / x1;
    const int x19 = x18 % 4;
    const int x20 = x17 + x19;
    const int x21 = x20 * x1;
    const int x22 = o % x1;
    const int x23 = x21 + x22;
    const int x24 = x23 * x1;
    const int x25 = x24 + j;
    const float v26 = b1[x25];
    const float v27 = (v26 + r14);
    const float v28 = b2[x25];
    const float v29 = (v27 * v28);
    const float v30 = (v29 * (0x1.6a09e6p-3f));
    b3[x25] = v30;
  }
}

// ---- k43.cl

// launch 134: matmul -> f32[B, 4, 32, T]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = d[1], K = d[1];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
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

// ---- k44.cl

// launch 135: elementwise reshape -> f32[B, T, 128]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = x3 * 4;
    const int x5 = i1 % 128;
    const int x6 = x5 / 32;
    const int x7 = x4 + x6;
    const int x8 = x7 * 32;
    const int x9 = x5 % 32;
    const int x10 = x8 + x9;
    const int x11 = d[1];
    const int x12 = x10 * x11;
    const int x13 = i1 / 128;
    const int x14 = x13 % x11;
    const int x15 = x12 + x14;
    const float v16 = b0[x15];
    b1[i1] = v16;
  }
}

// ---- k45.cl

// launch 137: elementwise add -> f32[B, T, 128]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k46.cl

// launch 142: elementwise add mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const int x5 = i1 % 128;
    const float v6 = b2[x5];
    const float v7 = (v4 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 * v8);
    b4[i1] = v9;
    const float v10 = b5[i1];
    const float v11 = (v7 * v10);
    b6[i1] = v11;
    const float v12 = b7[i1];
    const float v13 = (v4 * v12);
    b8[i1] = v13;
    b9[i1] = v4;
  }
}

// ---- k47.cl

// launch 219: elementwise -> f32[128, 128]
__kernel void k47(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k48.cl

// launch 220: scatter_add -> f32[128, 128]
__kernel void k48(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 128, I = 128, P = d[0];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k49.cl

// launch 221: reduction of sum -> f32[T, 128]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[3];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[4];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[1];
    const int x3 = j * x2;
    const int x4 = o / 128;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = o % 128;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b1[o] = r10;
}

// ---- k50.cl

// launch 222: elementwise -> f32[64, 128]
__kernel void k50(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k51.cl

// launch 223: elementwise iota -> i32[T] (from samples/char_gpt.nn:57:42)
__kernel void k51(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = i1;
  }
}

// ---- k52.cl

// launch 224: scatter_add -> f32[64, 128]
__kernel void k52(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 64, I = 128, P = d[1];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k53.cl

// launch 225: matmul a' -> f32[128, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 128, K = d[0];
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

// ---- k54.cl

// launch 228: elementwise pad pad add pad add -> f32[384, 128]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 49152) {
    const int i0 = gid - 0;
    const int x1 = i0 / 128;
    const int x2 = x1 - 256;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x4 = x2 * 128;
      const int x5 = i0 % 128;
      const int x6 = x4 + x5;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x1 - 128;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 128) {
      const int x10 = x8 * 128;
      const int x11 = i0 % 128;
      const int x12 = x10 + x11;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    float v15 = 0.0f;
    if (x1 >= 0 && x1 < 128) {
      const int x16 = x1 * 128;
      const int x17 = i0 % 128;
      const int x18 = x16 + x17;
      const float v19 = b2[x18];
      v15 = v19;
    }
    const float v20 = (v14 + v15);
    b3[i0] = v20;
  }
}

// ---- k55.cl

// launch 229: reduction of sum -> f32[128]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k56.cl

// launch 232: elementwise pad pad add pad add -> f32[384]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 384) {
    const int i0 = gid - 0;
    const int x1 = i0 - 256;
    float v2 = 0.0f;
    if (x1 >= 0 && x1 < 128) {
      const float v3 = b0[x1];
      v2 = v3;
    }
    const int x4 = i0 - 128;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 128) {
      const float v6 = b1[x4];
      v5 = v6;
    }
    const float v7 = (v2 + v5);
    float v8 = 0.0f;
    if (i0 >= 0 && i0 < 128) {
      const float v9 = b2[i0];
      v8 = v9;
    }
    const float v10 = (v7 + v8);
    b3[i0] = v10;
  }
}

// ---- k57.cl

// launch 235: matmul a' -> f32[512, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k57(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 128, K = d[0];
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

// launch 236: reduction of sum -> f32[512]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[1];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 512;
    const int x7 = x6 + o;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k59.cl

// launch 237: matmul a' -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k59(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 512, K = d[0];
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

// ---- k60.cl

// launch 301: elementwise cast div min sub div max min mul cos add mul add ... -> f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] (from samples/char_gpt.nn:78:13)
__kernel void k60(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global float* restrict b211, __global float* restrict b212, __global float* restrict b213, __global float* restrict b214, __global float* restrict b215, __global float* restrict b216, __global float* restrict b217, __global float* restrict b218, __global float* restrict b219, __global float* restrict b220, __global float* restrict b221, __global float* restrict b222, __global float* restrict b223, __global float* restrict b224, __global float* restrict b225, __global float* restrict b226, __global float* restrict b227, __global float* restrict b228, __global float* restrict b229, __global float* restrict b230, __global float* restrict b231, __global float* restrict b232, __global float* restrict b233, __global float* restrict b234, __global float* restrict b235, __global float* restrict b236, __global float* restrict b237, __global float* restrict b238, __global float* restrict b239, __global float* restrict b240, __global float* restrict b241, __global float* restrict b242, __global float* restrict b243, __global float* restrict b244, __global float* restrict b245, __global float* restrict b246, __global float* restrict b247, __global float* restrict b248, __global float* restrict b249, __global float* restrict b250, __global float* restrict b251, __global float* restrict b252, __global float* restrict b253, __global float* restrict b254, __global float* restrict b255, __global float* restrict b256, __global float* restrict b257, __global float* restrict b258, __global float* restrict b259, __global float* restrict b260, __global float* restrict b261, __global float* restrict b262, __global float* restrict b263, __global float* restrict b264, __global float* restrict b265, __global float* restrict b266, __global float* restrict b267, __global float* restrict b268, __global float* restrict b269, __global float* restrict b270, __global float* restrict b271, __global float* restrict b272, __global float* restrict b273, __global float* restrict b274, __global float* restrict b275, __global float* restrict b276, __global float* restrict b277, __global float* restrict b278, __global float* restrict b279, __global float* restrict b280, __global float* restrict b281, __global float* restrict b282, __global float* restrict b283, __global float* restrict b284, __global float* restrict b285, __global float* restrict b286, __global float* restrict b287, __global float* restrict b288, __global float* restrict b289, __global float* restrict b290, __global float* restrict b291, __global float* restrict b292, __global float* restrict b293, __global float* restrict b294, __global float* restrict b295, __global float* restrict b296, __global float* restrict b297, __global float* restrict b298, __global float* restrict b299, __global float* restrict b300, __global float* restrict b301, __global float* restrict b302, __global float* restrict b303, __global float* restrict b304, __global float* restrict b305, __global float* restrict b306, __global float* restrict b307, __global float* restrict b308, __global float* restrict b309, __global float* restrict b310, __global float* restrict b311, __global float* restrict b312, __global float* restrict b313, __global float* restrict b314, __global float* restrict b315, __global float* restrict b316, __global float* restrict b317, __global float* restrict b318, __global float* restrict b319, __global float* restrict b320, __global float* restrict b321, __global float* restrict b322, __global float* restrict b323, __global float* restrict b324, __global float* restrict b325, __global float* restrict b326, __global float* restrict b327, __global float* restrict b328, __global float* restrict b329, __global float* restrict b330, __global float* restrict b331, __global float* restrict b332, __global float* restrict b333, __global float* restrict b334, __global float* restrict b335, __global float* restrict b336, __global float* restrict b337, __global float* restrict b338, __global float* restrict b339, __global float* restrict b340, __global float* restrict b341, __global float* restrict b342, __global float* restrict b343, __global float* restrict b344, __global float* restrict b345, __global float* restrict b346, __global float* restrict b347, __global float* restrict b348, __global float* restrict b349, __global float* restrict b350, __global float* restrict b351, __global float* restrict b352, __global float* restrict b353, __global float* restrict b354, __global float* restrict b355, __global float* restrict b356, __global float* restrict b357, __global float* restrict b358, __global float* restrict b359, __global float* restrict b360, __global float* restrict b361, __global float* restrict b362, __global float* restrict b363, __global float* restrict b364, __global float* restrict b365, __global float* restrict b366, __global float* restrict b367, __global float* restrict b368, __global float* restrict b369, __global float* restrict b370, __global float* restrict b371, __global float* restrict b372, __global float* restrict b373, __global float* restrict b374, __global float* restrict b375, __global float* restrict b376, __global float* restrict b377, __global float* restrict b378, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[17];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = (v1 / 30.0f);
    hoisted[1] = v2;
    const float v3 = nnc_min(v2, 1.0f);
    hoisted[2] = v3;
    const float v4 = (v1 - 30.0f);
    hoisted[3] = v4;
    const float v5 = (v4 / 4500.0f);
    hoisted[4] = v5;
    const float v6 = nnc_max(v5, 0.0f);
    hoisted[5] = v6;
    const float v7 = nnc_min(v6, 1.0f);
    hoisted[6] = v7;
    const float v8 = ((0x1.921fb6p1f) * v7);
    hoisted[7] = v8;
    const float v9 = F64(cos, v8);
    hoisted[8] = v9;
    const float v10 = (1.0f + v9);
    hoisted[9] = v10;
    const float v11 = ((0x1.ccccccp-2f) * v10);
    hoisted[10] = v11;
    const float v12 = ((0x1.99999ap-4f) + v11);
    hoisted[11] = v12;
    const float v13 = (v3 * v12);
    hoisted[12] = v13;
    const float v14 = F64_2(pow, (0x1.ccccccp-1f), v1);
    hoisted[13] = v14;
    const float v15 = (1.0f - v14);
    hoisted[14] = v15;
    const float v16 = F64_2(pow, (0x1.fae148p-1f), v1);
    hoisted[15] = v16;
    const float v17 = (1.0f - v16);
    hoisted[16] = v17;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v18 = hoisted[0];
  const float v19 = hoisted[1];
  const float v20 = hoisted[2];
  const float v21 = hoisted[3];
  const float v22 = hoisted[4];
  const float v23 = hoisted[5];
  const float v24 = hoisted[6];
  const float v25 = hoisted[7];
  const float v26 = hoisted[8];
  const float v27 = hoisted[9];
  const float v28 = hoisted[10];
  const float v29 = hoisted[11];
  const float v30 = hoisted[12];
  const float v31 = hoisted[13];
  const float v32 = hoisted[14];
  const float v33 = hoisted[15];
  const float v34 = hoisted[16];
  if (gid < 16384) {
    const int i35 = gid - 0;
    const float v36 = b1[i35];
    const float v37 = ((0x1.ccccccp-1f) * v36);
    const float v38 = b2[i35];
    const float v39 = ((0x1.99999ap-4f) * v38);
    const float v40 = (v37 + v39);
    b3[i35] = v40;
    const float v41 = b4[i35];
    const float v42 = ((0x1.fae148p-1f) * v41);
    const float v43 = ((0x1.47ae14p-7f) * v38);
    const float v44 = (v43 * v38);
    const float v45 = (v42 + v44);
    b5[i35] = v45;
    const float v46 = b6[i35];
    const float v47 = (v46 * (0x1.fff822p-1f));
    const float v48 = (v40 / v32);
    const float v49 = ((0x1.89374cp-8f) * v48);
    const float v50 = (v45 / v34);
    const float v51 = F64(sqrt, v50);
    const float v52 = (v51 + (0x1.5798eep-27f));
    const float v53 = (v49 / v52);
    const float v54 = (v47 - v53);
    const float v55 = (v54 - v46);
    const float v56 = (v30 * v55);
    const float v57 = (v46 + v56);
    b7[i35] = v57;
    const float v58 = b8[i35];
    const float v59 = ((0x1.ccccccp-1f) * v58);
    const float v60 = b9[i35];
    const float v61 = ((0x1.99999ap-4f) * v60);
    const float v62 = (v59 + v61);
    b10[i35] = v62;
    const float v63 = b11[i35];
    const float v64 = ((0x1.fae148p-1f) * v63);
    const float v65 = ((0x1.47ae14p-7f) * v60);
    const float v66 = (v65 * v60);
    const float v67 = (v64 + v66);
    b12[i35] = v67;
    const float v68 = b13[i35];
    const float v69 = (v68 * (0x1.fff822p-1f));
    const float v70 = (v62 / v32);
    const float v71 = ((0x1.89374cp-8f) * v70);
    const float v72 = (v67 / v34);
    const float v73 = F64(sqrt, v72);
    const float v74 = (v73 + (0x1.5798eep-27f));
    const float v75 = (v71 / v74);
    const float v76 = (v69 - v75);
    const float v77 = (v76 - v68);
    const float v78 = (v30 * v77);
    const float v79 = (v68 + v78);
    b14[i35] = v79;
    const float v80 = b15[i35];
    const float v81 = ((0x1.ccccccp-1f) * v80);
    const float v82 = b16[i35];
    const float v83 = ((0x1.99999ap-4f) * v82);
    const float v84 = (v81 + v83);
    b17[i35] = v84;
    const float v85 = b18[i35];
    const float v86 = ((0x1.fae148p-1f) * v85);
    const float v87 = ((0x1.47ae14p-7f) * v82);
    const float v88 = (v87 * v82);
    const float v89 = (v86 + v88);
    b19[i35] = v89;
    const float v90 = b20[i35];
    const float v91 = (v90 * (0x1.fff822p-1f));
    const float v92 = (v84 / v32);
    const float v93 = ((0x1.89374cp-8f) * v92);
    const float v94 = (v89 / v34);
    const float v95 = F64(sqrt, v94);
    const float v96 = (v95 + (0x1.5798eep-27f));
    const float v97 = (v93 / v96);
    const float v98 = (v91 - v97);
    const float v99 = (v98 - v90);
    const float v100 = (v30 * v99);
    const float v101 = (v90 + v100);
    b21[i35] = v101;
    const float v102 = b22[i35];
    const float v103 = ((0x1.ccccccp-1f) * v102);
    const float v104 = b23[i35];
    const float v105 = ((0x1.99999ap-4f) * v104);
    const float v106 = (v103 + v105);
    b24[i35] = v106;
    const float v107 = b25[i35];
    const float v108 = ((0x1.fae148p-1f) * v107);
    const float v109 = ((0x1.47ae14p-7f) * v104);
    const float v110 = (v109 * v104);
    const float v111 = (v108 + v110);
    b26[i35] = v111;
    const float v112 = b27[i35];
    const float v113 = (v112 * (0x1.fff822p-1f));
    const float v114 = (v106 / v32);
    const float v115 = ((0x1.89374cp-8f) * v114);
    const float v116 = (v111 / v34);
    const float v117 = F64(sqrt, v116);
    const float v118 = (v117 + (0x1.5798eep-27f));
    const float v119 = (v115 / v118);
    const float v120 = (v113 - v119);
    const float v121 = (v120 - v112);
    const float v122 = (v30 * v121);
    const float v123 = (v112 + v122);
    b28[i35] = v123;
    const float v124 = b29[i35];
    const float v125 = ((0x1.ccccccp-1f) * v124);
    const float v126 = b30[i35];
    const float v127 = ((0x1.99999ap-4f) * v126);
    const float v128 = (v125 + v127);
    b31[i35] = v128;
    const float v129 = b32[i35];
    const float v130 = ((0x1.fae148p-1f) * v129);
    const float v131 = ((0x1.47ae14p-7f) * v126);
    const float v132 = (v131 * v126);
    const float v133 = (v130 + v132);
    b33[i35] = v133;
    const float v134 = b34[i35];
    const float v135 = (v134 * (0x1.fff822p-1f));
    const float v136 = (v128 / v32);
    const float v137 = ((0x1.89374cp-8f) * v136);
    const float v138 = (v133 / v34);
    const float v139 = F64(sqrt, v138);
    const float v140 = (v139 + (0x1.5798eep-27f));
    const float v141 = (v137 / v140);
    const float v142 = (v135 - v141);
    const float v143 = (v142 - v134);
    const float v144 = (v30 * v143);
    const float v145 = (v134 + v144);
    b35[i35] = v145;
    const float v146 = b36[i35];
    const float v147 = ((0x1.ccccccp-1f) * v146);
    const float v148 = b37[i35];
    const float v149 = ((0x1.99999ap-4f) * v148);
    const float v150 = (v147 + v149);
    b38[i35] = v150;
    const float v151 = b39[i35];
    const float v152 = ((0x1.fae148p-1f) * v151);
    const float v153 = ((0x1.47ae14p-7f) * v148);
    const float v154 = (v153 * v148);
    const float v155 = (v152 + v154);
    b40[i35] = v155;
    const float v156 = b41[i35];
    const float v157 = (v156 * (0x1.fff822p-1f));
    const float v158 = (v150 / v32);
    const float v159 = ((0x1.89374cp-8f) * v158);
    const float v160 = (v155 / v34);
    const float v161 = F64(sqrt, v160);
    const float v162 = (v161 + (0x1.5798eep-27f));
    const float v163 = (v159 / v162);
    const float v164 = (v157 - v163);
    const float v165 = (v164 - v156);
    const float v166 = (v30 * v165);
    const float v167 = (v156 + v166);
    b42[i35] = v167;
  } else if (gid < 24576) {
    const int i168 = gid - 16384;
    const float v169 = b43[i168];
    const float v170 = ((0x1.ccccccp-1f) * v169);
    const float v171 = b44[i168];
    const float v172 = ((0x1.99999ap-4f) * v171);
    const float v173 = (v170 + v172);
    b45[i168] = v173;
    const float v174 = b46[i168];
    const float v175 = ((0x1.fae148p-1f) * v174);
    const float v176 = ((0x1.47ae14p-7f) * v171);
    const float v177 = (v176 * v171);
    const float v178 = (v175 + v177);
    b47[i168] = v178;
    const float v179 = b48[i168];
    const float v180 = (v179 * (0x1.fff822p-1f));
    const float v181 = (v173 / v32);
    const float v182 = ((0x1.89374cp-8f) * v181);
    const float v183 = (v178 / v34);
    const float v184 = F64(sqrt, v183);
    const float v185 = (v184 + (0x1.5798eep-27f));
    const float v186 = (v182 / v185);
    const float v187 = (v180 - v186);
    const float v188 = (v187 - v179);
    const float v189 = (v30 * v188);
    const float v190 = (v179 + v189);
    b49[i168] = v190;
  } else if (gid < 73728) {
    const int i191 = gid - 24576;
    const float v192 = b50[i191];
    const float v193 = ((0x1.ccccccp-1f) * v192);
    const float v194 = b51[i191];
    const float v195 = ((0x1.99999ap-4f) * v194);
    const float v196 = (v193 + v195);
    b52[i191] = v196;
    const float v197 = b53[i191];
    const float v198 = ((0x1.fae148p-1f) * v197);
    const float v199 = ((0x1.47ae14p-7f) * v194);
    const float v200 = (v199 * v194);
    const float v201 = (v198 + v200);
    b54[i191] = v201;
    const float v202 = b55[i191];
    const float v203 = (v202 * (0x1.fff822p-1f));
    const float v204 = (v196 / v32);
    const float v205 = ((0x1.89374cp-8f) * v204);
    const float v206 = (v201 / v34);
    const float v207 = F64(sqrt, v206);
    const float v208 = (v207 + (0x1.5798eep-27f));
    const float v209 = (v205 / v208);
    const float v210 = (v203 - v209);
    const float v211 = (v210 - v202);
    const float v212 = (v30 * v211);
    const float v213 = (v202 + v212);
    b56[i191] = v213;
    const float v214 = b57[i191];
    const float v215 = ((0x1.ccccccp-1f) * v214);
    const float v216 = b58[i191];
    const float v217 = ((0x1.99999ap-4f) * v216);
    const float v218 = (v215 + v217);
    b59[i191] = v218;
    const float v219 = b60[i191];
    const float v220 = ((0x1.fae148p-1f) * v219);
    const float v221 = ((0x1.47ae14p-7f) * v216);
    const float v222 = (v221 * v216);
    const float v223 = (v220 + v222);
    b61[i191] = v223;
    const float v224 = b62[i191];
    const float v225 = (v224 * (0x1.fff822p-1f));
    const float v226 = (v218 / v32);
    const float v227 = ((0x1.89374cp-8f) * v226);
    const float v228 = (v223 / v34);
    const float v229 = F64(sqrt, v228);
    const float v230 = (v229 + (0x1.5798eep-27f));
    const float v231 = (v227 / v230);
    const float v232 = (v225 - v231);
    const float v233 = (v232 - v224);
    const float v234 = (v30 * v233);
    const float v235 = (v224 + v234);
    b63[i191] = v235;
    const float v236 = b64[i191];
    const float v237 = ((0x1.ccccccp-1f) * v236);
    const float v238 = b65[i191];
    const float v239 = ((0x1.99999ap-4f) * v238);
    const float v240 = (v237 + v239);
    b66[i191] = v240;
    const float v241 = b67[i191];
    const float v242 = ((0x1.fae148p-1f) * v241);
    const float v243 = ((0x1.47ae14p-7f) * v238);
    const float v244 = (v243 * v238);
    const float v245 = (v242 + v244);
    b68[i191] = v245;
    const float v246 = b69[i191];
    const float v247 = (v246 * (0x1.fff822p-1f));
    const float v248 = (v240 / v32);
    const float v249 = ((0x1.89374cp-8f) * v248);
    const float v250 = (v245 / v34);
    const float v251 = F64(sqrt, v250);
    const float v252 = (v251 + (0x1.5798eep-27f));
    const float v253 = (v249 / v252);
    const float v254 = (v247 - v253);
    const float v255 = (v254 - v246);
    const float v256 = (v30 * v255);
    const float v257 = (v246 + v256);
    b70[i191] = v257;
    const float v258 = b71[i191];
    const float v259 = ((0x1.ccccccp-1f) * v258);
    const float v260 = b72[i191];
    const float v261 = ((0x1.99999ap-4f) * v260);
    const float v262 = (v259 + v261);
    b73[i191] = v262;
    const float v263 = b74[i191];
    const float v264 = ((0x1.fae148p-1f) * v263);
    const float v265 = ((0x1.47ae14p-7f) * v260);
    const float v266 = (v265 * v260);
    const float v267 = (v264 + v266);
    b75[i191] = v267;
    const float v268 = b76[i191];
    const float v269 = (v268 * (0x1.fff822p-1f));
    const float v270 = (v262 / v32);
    const float v271 = ((0x1.89374cp-8f) * v270);
    const float v272 = (v267 / v34);
    const float v273 = F64(sqrt, v272);
    const float v274 = (v273 + (0x1.5798eep-27f));
    const float v275 = (v271 / v274);
    const float v276 = (v269 - v275);
    const float v277 = (v276 - v268);
    const float v278 = (v30 * v277);
    const float v279 = (v268 + v278);
    b77[i191] = v279;
  } else if (gid < 74112) {
    const int i280 = gid - 73728;
    const float v281 = b78[i280];
    const float v282 = ((0x1.ccccccp-1f) * v281);
    const float v283 = b79[i280];
    const float v284 = ((0x1.99999ap-4f) * v283);
    const float v285 = (v282 + v284);
    b80[i280] = v285;
    const float v286 = b81[i280];
    const float v287 = ((0x1.fae148p-1f) * v286);
    const float v288 = ((0x1.47ae14p-7f) * v283);
    const float v289 = (v288 * v283);
    const float v290 = (v287 + v289);
    b82[i280] = v290;
    const float v291 = b83[i280];
    const float v292 = (v291 * (0x1.fff822p-1f));
    const float v293 = (v285 / v32);
    const float v294 = ((0x1.89374cp-8f) * v293);
    const float v295 = (v290 / v34);
    const float v296 = F64(sqrt, v295);
    const float v297 = (v296 + (0x1.5798eep-27f));
    const float v298 = (v294 / v297);
    const float v299 = (v292 - v298);
    const float v300 = (v299 - v291);
    const float v301 = (v30 * v300);
    const float v302 = (v291 + v301);
    b84[i280] = v302;
    const float v303 = b85[i280];
    const float v304 = ((0x1.ccccccp-1f) * v303);
    const float v305 = b86[i280];
    const float v306 = ((0x1.99999ap-4f) * v305);
    const float v307 = (v304 + v306);
    b87[i280] = v307;
    const float v308 = b88[i280];
    const float v309 = ((0x1.fae148p-1f) * v308);
    const float v310 = ((0x1.47ae14p-7f) * v305);
    const float v311 = (v310 * v305);
    const float v312 = (v309 + v311);
    b89[i280] = v312;
    const float v313 = b90[i280];
    const float v314 = (v313 * (0x1.fff822p-1f));
    const float v315 = (v307 / v32);
    const float v316 = ((0x1.89374cp-8f) * v315);
    const float v317 = (v312 / v34);
    const float v318 = F64(sqrt, v317);
    const float v319 = (v318 + (0x1.5798eep-27f));
    const float v320 = (v316 / v319);
    const float v321 = (v314 - v320);
    const float v322 = (v321 - v313);
    const float v323 = (v30 * v322);
    const float v324 = (v313 + v323);
    b91[i280] = v324;
    const float v325 = b92[i280];
    const float v326 = ((0x1.ccccccp-1f) * v325);
    const float v327 = b93[i280];
    const float v328 = ((0x1.99999ap-4f) * v327);
    const float v329 = (v326 + v328);
    b94[i280] = v329;
    const float v330 = b95[i280];
    const float v331 = ((0x1.fae148p-1f) * v330);
    const float v332 = ((0x1.47ae14p-7f) * v327);
    const float v333 = (v332 * v327);
    const float v334 = (v331 + v333);
    b96[i280] = v334;
    const float v335 = b97[i280];
    const float v336 = (v335 * (0x1.fff822p-1f));
    const float v337 = (v329 / v32);
    const float v338 = ((0x1.89374cp-8f) * v337);
    const float v339 = (v334 / v34);
    const float v340 = F64(sqrt, v339);
    const float v341 = (v340 + (0x1.5798eep-27f));
    const float v342 = (v338 / v341);
    const float v343 = (v336 - v342);
    const float v344 = (v343 - v335);
    const float v345 = (v30 * v344);
    const float v346 = (v335 + v345);
    b98[i280] = v346;
    const float v347 = b99[i280];
    const float v348 = ((0x1.ccccccp-1f) * v347);
    const float v349 = b100[i280];
    const float v350 = ((0x1.99999ap-4f) * v349);
    const float v351 = (v348 + v350);
    b101[i280] = v351;
    const float v352 = b102[i280];
    const float v353 = ((0x1.fae148p-1f) * v352);
    const float v354 = ((0x1.47ae14p-7f) * v349);
    const float v355 = (v354 * v349);
    const float v356 = (v353 + v355);
    b103[i280] = v356;
    const float v357 = b104[i280];
    const float v358 = (v357 * (0x1.fff822p-1f));
    const float v359 = (v351 / v32);
    const float v360 = ((0x1.89374cp-8f) * v359);
    const float v361 = (v356 / v34);
    const float v362 = F64(sqrt, v361);
    const float v363 = (v362 + (0x1.5798eep-27f));
    const float v364 = (v360 / v363);
    const float v365 = (v358 - v364);
    const float v366 = (v365 - v357);
    const float v367 = (v30 * v366);
    const float v368 = (v357 + v367);
    b105[i280] = v368;
  } else if (gid < 74240) {
    const int i369 = gid - 74112;
    const float v370 = b106[i369];
    const float v371 = ((0x1.ccccccp-1f) * v370);
    const float v372 = b107[i369];
    const float v373 = ((0x1.99999ap-4f) * v372);
    const float v374 = (v371 + v373);
    b108[i369] = v374;
    const float v375 = b109[i369];
    const float v376 = ((0x1.fae148p-1f) * v375);
    const float v377 = ((0x1.47ae14p-7f) * v372);
    const float v378 = (v377 * v372);
    const float v379 = (v376 + v378);
    b110[i369] = v379;
    const float v380 = b111[i369];
    const float v381 = (v380 * (0x1.fff822p-1f));
    const float v382 = (v374 / v32);
    const float v383 = ((0x1.89374cp-8f) * v382);
    const float v384 = (v379 / v34);
    const float v385 = F64(sqrt, v384);
    const float v386 = (v385 + (0x1.5798eep-27f));
    const float v387 = (v383 / v386);
    const float v388 = (v381 - v387);
    const float v389 = (v388 - v380);
    const float v390 = (v30 * v389);
    const float v391 = (v380 + v390);
    b112[i369] = v391;
    const float v392 = b113[i369];
    const float v393 = ((0x1.ccccccp-1f) * v392);
    const float v394 = b114[i369];
    const float v395 = ((0x1.99999ap-4f) * v394);
    const float v396 = (v393 + v395);
    b115[i369] = v396;
    const float v397 = b116[i369];
    const float v398 = ((0x1.fae148p-1f) * v397);
    const float v399 = ((0x1.47ae14p-7f) * v394);
    const float v400 = (v399 * v394);
    const float v401 = (v398 + v400);
    b117[i369] = v401;
    const float v402 = b118[i369];
    const float v403 = (v402 * (0x1.fff822p-1f));
    const float v404 = (v396 / v32);
    const float v405 = ((0x1.89374cp-8f) * v404);
    const float v406 = (v401 / v34);
    const float v407 = F64(sqrt, v406);
    const float v408 = (v407 + (0x1.5798eep-27f));
    const float v409 = (v405 / v408);
    const float v410 = (v403 - v409);
    const float v411 = (v410 - v402);
    const float v412 = (v30 * v411);
    const float v413 = (v402 + v412);
    b119[i369] = v413;
    const float v414 = b120[i369];
    const float v415 = ((0x1.ccccccp-1f) * v414);
    const float v416 = b121[i369];
    const float v417 = ((0x1.99999ap-4f) * v416);
    const float v418 = (v415 + v417);
    b122[i369] = v418;
    const float v419 = b123[i369];
    const float v420 = ((0x1.fae148p-1f) * v419);
    const float v421 = ((0x1.47ae14p-7f) * v416);
    const float v422 = (v421 * v416);
    const float v423 = (v420 + v422);
    b124[i369] = v423;
    const float v424 = b125[i369];
    const float v425 = (v424 * (0x1.fff822p-1f));
    const float v426 = (v418 / v32);
    const float v427 = ((0x1.89374cp-8f) * v426);
    const float v428 = (v423 / v34);
    const float v429 = F64(sqrt, v428);
    const float v430 = (v429 + (0x1.5798eep-27f));
    const float v431 = (v427 / v430);
    const float v432 = (v425 - v431);
    const float v433 = (v432 - v424);
    const float v434 = (v30 * v433);
    const float v435 = (v424 + v434);
    b126[i369] = v435;
    const float v436 = b127[i369];
    const float v437 = ((0x1.ccccccp-1f) * v436);
    const float v438 = b128[i369];
    const float v439 = ((0x1.99999ap-4f) * v438);
    const float v440 = (v437 + v439);
    b129[i369] = v440;
    const float v441 = b130[i369];
    const float v442 = ((0x1.fae148p-1f) * v441);
    const float v443 = ((0x1.47ae14p-7f) * v438);
    const float v444 = (v443 * v438);
    const float v445 = (v442 + v444);
    b131[i369] = v445;
    const float v446 = b132[i369];
    const float v447 = (v446 * (0x1.fff822p-1f));
    const float v448 = (v440 / v32);
    const float v449 = ((0x1.89374cp-8f) * v448);
    const float v450 = (v445 / v34);
    const float v451 = F64(sqrt, v450);
    const float v452 = (v451 + (0x1.5798eep-27f));
    const float v453 = (v449 / v452);
    const float v454 = (v447 - v453);
    const float v455 = (v454 - v446);
    const float v456 = (v30 * v455);
    const float v457 = (v446 + v456);
    b133[i369] = v457;
    const float v458 = b134[i369];
    const float v459 = ((0x1.ccccccp-1f) * v458);
    const float v460 = b135[i369];
    const float v461 = ((0x1.99999ap-4f) * v460);
    const float v462 = (v459 + v461);
    b136[i369] = v462;
    const float v463 = b137[i369];
    const float v464 = ((0x1.fae148p-1f) * v463);
    const float v465 = ((0x1.47ae14p-7f) * v460);
    const float v466 = (v465 * v460);
    const float v467 = (v464 + v466);
    b138[i369] = v467;
    const float v468 = b139[i369];
    const float v469 = (v468 * (0x1.fff822p-1f));
    const float v470 = (v462 / v32);
    const float v471 = ((0x1.89374cp-8f) * v470);
    const float v472 = (v467 / v34);
    const float v473 = F64(sqrt, v472);
    const float v474 = (v473 + (0x1.5798eep-27f));
    const float v475 = (v471 / v474);
    const float v476 = (v469 - v475);
    const float v477 = (v476 - v468);
    const float v478 = (v30 * v477);
    const float v479 = (v468 + v478);
    b140[i369] = v479;
    const float v480 = b141[i369];
    const float v481 = ((0x1.ccccccp-1f) * v480);
    const float v482 = b142[i369];
    const float v483 = ((0x1.99999ap-4f) * v482);
    const float v484 = (v481 + v483);
    b143[i369] = v484;
    const float v485 = b144[i369];
    const float v486 = ((0x1.fae148p-1f) * v485);
    const float v487 = ((0x1.47ae14p-7f) * v482);
    const float v488 = (v487 * v482);
    const float v489 = (v486 + v488);
    b145[i369] = v489;
    const float v490 = b146[i369];
    const float v491 = (v490 * (0x1.fff822p-1f));
    const float v492 = (v484 / v32);
    const float v493 = ((0x1.89374cp-8f) * v492);
    const float v494 = (v489 / v34);
    const float v495 = F64(sqrt, v494);
    const float v496 = (v495 + (0x1.5798eep-27f));
    const float v497 = (v493 / v496);
    const float v498 = (v491 - v497);
    const float v499 = (v498 - v490);
    const float v500 = (v30 * v499);
    const float v501 = (v490 + v500);
    b147[i369] = v501;
    const float v502 = b148[i369];
    const float v503 = ((0x1.ccccccp-1f) * v502);
    const float v504 = b149[i369];
    const float v505 = ((0x1.99999ap-4f) * v504);
    const float v506 = (v503 + v505);
    b150[i369] = v506;
    const float v507 = b151[i369];
    const float v508 = ((0x1.fae148p-1f) * v507);
    const float v509 = ((0x1.47ae14p-7f) * v504);
    const float v510 = (v509 * v504);
    const float v511 = (v508 + v510);
    b152[i369] = v511;
    const float v512 = b153[i369];
    const float v513 = (v512 * (0x1.fff822p-1f));
    const float v514 = (v506 / v32);
    const float v515 = ((0x1.89374cp-8f) * v514);
    const float v516 = (v511 / v34);
    const float v517 = F64(sqrt, v516);
    const float v518 = (v517 + (0x1.5798eep-27f));
    const float v519 = (v515 / v518);
    const float v520 = (v513 - v519);
    const float v521 = (v520 - v512);
    const float v522 = (v30 * v521);
    const float v523 = (v512 + v522);
    b154[i369] = v523;
    const float v524 = b155[i369];
    const float v525 = ((0x1.ccccccp-1f) * v524);
    const float v526 = b156[i369];
    const float v527 = ((0x1.99999ap-4f) * v526);
    const float v528 = (v525 + v527);
    b157[i369] = v528;
    const float v529 = b158[i369];
    const float v530 = ((0x1.fae148p-1f) * v529);
    const float v531 = ((0x1.47ae14p-7f) * v526);
    const float v532 = (v531 * v526);
    const float v533 = (v530 + v532);
    b159[i369] = v533;
    const float v534 = b160[i369];
    const float v535 = (v534 * (0x1.fff822p-1f));
    const float v536 = (v528 / v32);
    const float v537 = ((0x1.89374cp-8f) * v536);
    const float v538 = (v533 / v34);
    const float v539 = F64(sqrt, v538);
    const float v540 = (v539 + (0x1.5798eep-27f));
    const float v541 = (v537 / v540);
    const float v542 = (v535 - v541);
    const float v543 = (v542 - v534);
    const float v544 = (v30 * v543);
    const float v545 = (v534 + v544);
    b161[i369] = v545;
    const float v546 = b162[i369];
    const float v547 = ((0x1.ccccccp-1f) * v546);
    const float v548 = b163[i369];
    const float v549 = ((0x1.99999ap-4f) * v548);
    const float v550 = (v547 + v549);
    b164[i369] = v550;
    const float v551 = b165[i369];
    const float v552 = ((0x1.fae148p-1f) * v551);
    const float v553 = ((0x1.47ae14p-7f) * v548);
    const float v554 = (v553 * v548);
    const float v555 = (v552 + v554);
    b166[i369] = v555;
    const float v556 = b167[i369];
    const float v557 = (v556 * (0x1.fff822p-1f));
    const float v558 = (v550 / v32);
    const float v559 = ((0x1.89374cp-8f) * v558);
    const float v560 = (v555 / v34);
    const float v561 = F64(sqrt, v560);
    const float v562 = (v561 + (0x1.5798eep-27f));
    const float v563 = (v559 / v562);
    const float v564 = (v557 - v563);
    const float v565 = (v564 - v556);
    const float v566 = (v30 * v565);
    const float v567 = (v556 + v566);
    b168[i369] = v567;
    const float v568 = b169[i369];
    const float v569 = ((0x1.ccccccp-1f) * v568);
    const float v570 = b170[i369];
    const float v571 = ((0x1.99999ap-4f) * v570);
    const float v572 = (v569 + v571);
    b171[i369] = v572;
    const float v573 = b172[i369];
    const float v574 = ((0x1.fae148p-1f) * v573);
    const float v575 = ((0x1.47ae14p-7f) * v570);
    const float v576 = (v575 * v570);
    const float v577 = (v574 + v576);
    b173[i369] = v577;
    const float v578 = b174[i369];
    const float v579 = (v578 * (0x1.fff822p-1f));
    const float v580 = (v572 / v32);
    const float v581 = ((0x1.89374cp-8f) * v580);
    const float v582 = (v577 / v34);
    const float v583 = F64(sqrt, v582);
    const float v584 = (v583 + (0x1.5798eep-27f));
    const float v585 = (v581 / v584);
    const float v586 = (v579 - v585);
    const float v587 = (v586 - v578);
    const float v588 = (v30 * v587);
    const float v589 = (v578 + v588);
    b175[i369] = v589;
    const float v590 = b176[i369];
    const float v591 = ((0x1.ccccccp-1f) * v590);
    const float v592 = b177[i369];
    const float v593 = ((0x1.99999ap-4f) * v592);
    const float v594 = (v591 + v593);
    b178[i369] = v594;
    const float v595 = b179[i369];
    const float v596 = ((0x1.fae148p-1f) * v595);
    const float v597 = ((0x1.47ae14p-7f) * v592);
    const float v598 = (v597 * v592);
    const float v599 = (v596 + v598);
    b180[i369] = v599;
    const float v600 = b181[i369];
    const float v601 = (v600 * (0x1.fff822p-1f));
    const float v602 = (v594 / v32);
    const float v603 = ((0x1.89374cp-8f) * v602);
    const float v604 = (v599 / v34);
    const float v605 = F64(sqrt, v604);
    const float v606 = (v605 + (0x1.5798eep-27f));
    const float v607 = (v603 / v606);
    const float v608 = (v601 - v607);
    const float v609 = (v608 - v600);
    const float v610 = (v30 * v609);
    const float v611 = (v600 + v610);
    b182[i369] = v611;
    const float v612 = b183[i369];
    const float v613 = ((0x1.ccccccp-1f) * v612);
    const float v614 = b184[i369];
    const float v615 = ((0x1.99999ap-4f) * v614);
    const float v616 = (v613 + v615);
    b185[i369] = v616;
    const float v617 = b186[i369];
    const float v618 = ((0x1.fae148p-1f) * v617);
    const float v619 = ((0x1.47ae14p-7f) * v614);
    const float v620 = (v619 * v614);
    const float v621 = (v618 + v620);
    b187[i369] = v621;
    const float v622 = b188[i369];
    const float v623 = (v622 * (0x1.fff822p-1f));
    const float v624 = (v616 / v32);
    const float v625 = ((0x1.89374cp-8f) * v624);
    const float v626 = (v621 / v34);
    const float v627 = F64(sqrt, v626);
    const float v628 = (v627 + (0x1.5798eep-27f));
    const float v629 = (v625 / v628);
    const float v630 = (v623 - v629);
    const float v631 = (v630 - v622);
    const float v632 = (v30 * v631);
    const float v633 = (v622 + v632);
    b189[i369] = v633;
    const float v634 = b190[i369];
    const float v635 = ((0x1.ccccccp-1f) * v634);
    const float v636 = b191[i369];
    const float v637 = ((0x1.99999ap-4f) * v636);
    const float v638 = (v635 + v637);
    b192[i369] = v638;
    const float v639 = b193[i369];
    const float v640 = ((0x1.fae148p-1f) * v639);
    const float v641 = ((0x1.47ae14p-7f) * v636);
    const float v642 = (v641 * v636);
    const float v643 = (v640 + v642);
    b194[i369] = v643;
    const float v644 = b195[i369];
    const float v645 = (v644 * (0x1.fff822p-1f));
    const float v646 = (v638 / v32);
    const float v647 = ((0x1.89374cp-8f) * v646);
    const float v648 = (v643 / v34);
    const float v649 = F64(sqrt, v648);
    const float v650 = (v649 + (0x1.5798eep-27f));
    const float v651 = (v647 / v650);
    const float v652 = (v645 - v651);
    const float v653 = (v652 - v644);
    const float v654 = (v30 * v653);
    const float v655 = (v644 + v654);
    b196[i369] = v655;
    const float v656 = b197[i369];
    const float v657 = ((0x1.ccccccp-1f) * v656);
    const float v658 = b198[i369];
    const float v659 = ((0x1.99999ap-4f) * v658);
    const float v660 = (v657 + v659);
    b199[i369] = v660;
    const float v661 = b200[i369];
    const float v662 = ((0x1.fae148p-1f) * v661);
    const float v663 = ((0x1.47ae14p-7f) * v658);
    const float v664 = (v663 * v658);
    const float v665 = (v662 + v664);
    b201[i369] = v665;
    const float v666 = b202[i369];
    const float v667 = (v666 * (0x1.fff822p-1f));
    const float v668 = (v660 / v32);
    const float v669 = ((0x1.89374cp-8f) * v668);
    const float v670 = (v665 / v34);
    const float v671 = F64(sqrt, v670);
    const float v672 = (v671 + (0x1.5798eep-27f));
    const float v673 = (v669 / v672);
    const float v674 = (v667 - v673);
    const float v675 = (v674 - v666);
    const float v676 = (v30 * v675);
    const float v677 = (v666 + v676);
    b203[i369] = v677;
    const float v678 = b204[i369];
    const float v679 = ((0x1.ccccccp-1f) * v678);
    const float v680 = b205[i369];
    const float v681 = ((0x1.99999ap-4f) * v680);
    const float v682 = (v679 + v681);
    b206[i369] = v682;
    const float v683 = b207[i369];
    const float v684 = ((0x1.fae148p-1f) * v683);
    const float v685 = ((0x1.47ae14p-7f) * v680);
    const float v686 = (v685 * v680);
    const float v687 = (v684 + v686);
    b208[i369] = v687;
    const float v688 = b209[i369];
    const float v689 = (v688 * (0x1.fff822p-1f));
    const float v690 = (v682 / v32);
    const float v691 = ((0x1.89374cp-8f) * v690);
    const float v692 = (v687 / v34);
    const float v693 = F64(sqrt, v692);
    const float v694 = (v693 + (0x1.5798eep-27f));
    const float v695 = (v691 / v694);
    const float v696 = (v689 - v695);
    const float v697 = (v696 - v688);
    const float v698 = (v30 * v697);
    const float v699 = (v688 + v698);
    b210[i369] = v699;
    const float v700 = b211[i369];
    const float v701 = ((0x1.ccccccp-1f) * v700);
    const float v702 = b212[i369];
    const float v703 = ((0x1.99999ap-4f) * v702);
    const float v704 = (v701 + v703);
    b213[i369] = v704;
    const float v705 = b214[i369];
    const float v706 = ((0x1.fae148p-1f) * v705);
    const float v707 = ((0x1.47ae14p-7f) * v702);
    const float v708 = (v707 * v702);
    const float v709 = (v706 + v708);
    b215[i369] = v709;
    const float v710 = b216[i369];
    const float v711 = (v710 * (0x1.fff822p-1f));
    const float v712 = (v704 / v32);
    const float v713 = ((0x1.89374cp-8f) * v712);
    const float v714 = (v709 / v34);
    const float v715 = F64(sqrt, v714);
    const float v716 = (v715 + (0x1.5798eep-27f));
    const float v717 = (v713 / v716);
    const float v718 = (v711 - v717);
    const float v719 = (v718 - v710);
    const float v720 = (v30 * v719);
    const float v721 = (v710 + v720);
    b217[i369] = v721;
    const float v722 = b218[i369];
    const float v723 = ((0x1.ccccccp-1f) * v722);
    const float v724 = b219[i369];
    const float v725 = ((0x1.99999ap-4f) * v724);
    const float v726 = (v723 + v725);
    b220[i369] = v726;
    const float v727 = b221[i369];
    const float v728 = ((0x1.fae148p-1f) * v727);
    const float v729 = ((0x1.47ae14p-7f) * v724);
    const float v730 = (v729 * v724);
    const float v731 = (v728 + v730);
    b222[i369] = v731;
    const float v732 = b223[i369];
    const float v733 = (v732 * (0x1.fff822p-1f));
    const float v734 = (v726 / v32);
    const float v735 = ((0x1.89374cp-8f) * v734);
    const float v736 = (v731 / v34);
    const float v737 = F64(sqrt, v736);
    const float v738 = (v737 + (0x1.5798eep-27f));
    const float v739 = (v735 / v738);
    const float v740 = (v733 - v739);
    const float v741 = (v740 - v732);
    const float v742 = (v30 * v741);
    const float v743 = (v732 + v742);
    b224[i369] = v743;
    const float v744 = b225[i369];
    const float v745 = ((0x1.ccccccp-1f) * v744);
    const float v746 = b226[i369];
    const float v747 = ((0x1.99999ap-4f) * v746);
    const float v748 = (v745 + v747);
    b227[i369] = v748;
    const float v749 = b228[i369];
    const float v750 = ((0x1.fae148p-1f) * v749);
    const float v751 = ((0x1.47ae14p-7f) * v746);
    const float v752 = (v751 * v746);
    const float v753 = (v750 + v752);
    b229[i369] = v753;
    const float v754 = b230[i369];
    const float v755 = (v754 * (0x1.fff822p-1f));
    const float v756 = (v748 / v32);
    const float v757 = ((0x1.89374cp-8f) * v756);
    const float v758 = (v753 / v34);
    const float v759 = F64(sqrt, v758);
    const float v760 = (v759 + (0x1.5798eep-27f));
    const float v761 = (v757 / v760);
    const float v762 = (v755 - v761);
    const float v763 = (v762 - v754);
    const float v764 = (v30 * v763);
    const float v765 = (v754 + v764);
    b231[i369] = v765;
    const float v766 = b232[i369];
    const float v767 = ((0x1.ccccccp-1f) * v766);
    const float v768 = b233[i369];
    const float v769 = ((0x1.99999ap-4f) * v768);
    const float v770 = (v767 + v769);
    b234[i369] = v770;
    const float v771 = b235[i369];
    const float v772 = ((0x1.fae148p-1f) * v771);
    const float v773 = ((0x1.47ae14p-7f) * v768);
    const float v774 = (v773 * v768);
    const float v775 = (v772 + v774);
    b236[i369] = v775;
    const float v776 = b237[i369];
    const float v777 = (v776 * (0x1.fff822p-1f));
    const float v778 = (v770 / v32);
    const float v779 = ((0x1.89374cp-8f) * v778);
    const float v780 = (v775 / v34);
    const float v781 = F64(sqrt, v780);
    const float v782 = (v781 + (0x1.5798eep-27f));
    const float v783 = (v779 / v782);
    const float v784 = (v777 - v783);
    const float v785 = (v784 - v776);
    const float v786 = (v30 * v785);
    const float v787 = (v776 + v786);
    b238[i369] = v787;
    const float v788 = b239[i369];
    const float v789 = ((0x1.ccccccp-1f) * v788);
    const float v790 = b240[i369];
    const float v791 = ((0x1.99999ap-4f) * v790);
    const float v792 = (v789 + v791);
    b241[i369] = v792;
    const float v793 = b242[i369];
    const float v794 = ((0x1.fae148p-1f) * v793);
    const float v795 = ((0x1.47ae14p-7f) * v790);
    const float v796 = (v795 * v790);
    const float v797 = (v794 + v796);
    b243[i369] = v797;
    const float v798 = b244[i369];
    const float v799 = (v798 * (0x1.fff822p-1f));
    const float v800 = (v792 / v32);
    const float v801 = ((0x1.89374cp-8f) * v800);
    const float v802 = (v797 / v34);
    const float v803 = F64(sqrt, v802);
    const float v804 = (v803 + (0x1.5798eep-27f));
    const float v805 = (v801 / v804);
    const float v806 = (v799 - v805);
    const float v807 = (v806 - v798);
    const float v808 = (v30 * v807);
    const float v809 = (v798 + v808);
    b245[i369] = v809;
    const float v810 = b246[i369];
    const float v811 = ((0x1.ccccccp-1f) * v810);
    const float v812 = b247[i369];
    const float v813 = ((0x1.99999ap-4f) * v812);
    const float v814 = (v811 + v813);
    b248[i369] = v814;
    const float v815 = b249[i369];
    const float v816 = ((0x1.fae148p-1f) * v815);
    const float v817 = ((0x1.47ae14p-7f) * v812);
    const float v818 = (v817 * v812);
    const float v819 = (v816 + v818);
    b250[i369] = v819;
    const float v820 = b251[i369];
    const float v821 = (v820 * (0x1.fff822p-1f));
    const float v822 = (v814 / v32);
    const float v823 = ((0x1.89374cp-8f) * v822);
    const float v824 = (v819 / v34);
    const float v825 = F64(sqrt, v824);
    const float v826 = (v825 + (0x1.5798eep-27f));
    const float v827 = (v823 / v826);
    const float v828 = (v821 - v827);
    const float v829 = (v828 - v820);
    const float v830 = (v30 * v829);
    const float v831 = (v820 + v830);
    b252[i369] = v831;
    const float v832 = b253[i369];
    const float v833 = ((0x1.ccccccp-1f) * v832);
    const float v834 = b254[i369];
    const float v835 = ((0x1.99999ap-4f) * v834);
    const float v836 = (v833 + v835);
    b255[i369] = v836;
    const float v837 = b256[i369];
    const float v838 = ((0x1.fae148p-1f) * v837);
    const float v839 = ((0x1.47ae14p-7f) * v834);
    const float v840 = (v839 * v834);
    const float v841 = (v838 + v840);
    b257[i369] = v841;
    const float v842 = b258[i369];
    const float v843 = (v842 * (0x1.fff822p-1f));
    const float v844 = (v836 / v32);
    const float v845 = ((0x1.89374cp-8f) * v844);
    const float v846 = (v841 / v34);
    const float v847 = F64(sqrt, v846);
    const float v848 = (v847 + (0x1.5798eep-27f));
    const float v849 = (v845 / v848);
    const float v850 = (v843 - v849);
    const float v851 = (v850 - v842);
    const float v852 = (v30 * v851);
    const float v853 = (v842 + v852);
    b259[i369] = v853;
    const float v854 = b260[i369];
    const float v855 = ((0x1.ccccccp-1f) * v854);
    const float v856 = b261[i369];
    const float v857 = ((0x1.99999ap-4f) * v856);
    const float v858 = (v855 + v857);
    b262[i369] = v858;
    const float v859 = b263[i369];
    const float v860 = ((0x1.fae148p-1f) * v859);
    const float v861 = ((0x1.47ae14p-7f) * v856);
    const float v862 = (v861 * v856);
    const float v863 = (v860 + v862);
    b264[i369] = v863;
    const float v864 = b265[i369];
    const float v865 = (v864 * (0x1.fff822p-1f));
    const float v866 = (v858 / v32);
    const float v867 = ((0x1.89374cp-8f) * v866);
    const float v868 = (v863 / v34);
    const float v869 = F64(sqrt, v868);
    const float v870 = (v869 + (0x1.5798eep-27f));
    const float v871 = (v867 / v870);
    const float v872 = (v865 - v871);
    const float v873 = (v872 - v864);
    const float v874 = (v30 * v873);
    const float v875 = (v864 + v874);
    b266[i369] = v875;
    const float v876 = b267[i369];
    const float v877 = ((0x1.ccccccp-1f) * v876);
    const float v878 = b268[i369];
    const float v879 = ((0x1.99999ap-4f) * v878);
    const float v880 = (v877 + v879);
    b269[i369] = v880;
    const float v881 = b270[i369];
    const float v882 = ((0x1.fae148p-1f) * v881);
    const float v883 = ((0x1.47ae14p-7f) * v878);
    const float v884 = (v883 * v878);
    const float v885 = (v882 + v884);
    b271[i369] = v885;
    const float v886 = b272[i369];
    const float v887 = (v886 * (0x1.fff822p-1f));
    const float v888 = (v880 / v32);
    const float v889 = ((0x1.89374cp-8f) * v888);
    const float v890 = (v885 / v34);
    const float v891 = F64(sqrt, v890);
    const float v892 = (v891 + (0x1.5798eep-27f));
    const float v893 = (v889 / v892);
    const float v894 = (v887 - v893);
    const float v895 = (v894 - v886);
    const float v896 = (v30 * v895);
    const float v897 = (v886 + v896);
    b273[i369] = v897;
    const float v898 = b274[i369];
    const float v899 = ((0x1.ccccccp-1f) * v898);
    const float v900 = b275[i369];
    const float v901 = ((0x1.99999ap-4f) * v900);
    const float v902 = (v899 + v901);
    b276[i369] = v902;
    const float v903 = b277[i369];
    const float v904 = ((0x1.fae148p-1f) * v903);
    const float v905 = ((0x1.47ae14p-7f) * v900);
    const float v906 = (v905 * v900);
    const float v907 = (v904 + v906);
    b278[i369] = v907;
    const float v908 = b279[i369];
    const float v909 = (v908 * (0x1.fff822p-1f));
    const float v910 = (v902 / v32);
    const float v911 = ((0x1.89374cp-8f) * v910);
    const float v912 = (v907 / v34);
    const float v913 = F64(sqrt, v912);
    const float v914 = (v913 + (0x1.5798eep-27f));
    const float v915 = (v911 / v914);
    const float v916 = (v909 - v915);
    const float v917 = (v916 - v908);
    const float v918 = (v30 * v917);
    const float v919 = (v908 + v918);
    b280[i369] = v919;
    const float v920 = b281[i369];
    const float v921 = ((0x1.ccccccp-1f) * v920);
    const float v922 = b282[i369];
    const float v923 = ((0x1.99999ap-4f) * v922);
    const float v924 = (v921 + v923);
    b283[i369] = v924;
    const float v925 = b284[i369];
    const float v926 = ((0x1.fae148p-1f) * v925);
    const float v927 = ((0x1.47ae14p-7f) * v922);
    const float v928 = (v927 * v922);
    const float v929 = (v926 + v928);
    b285[i369] = v929;
    const float v930 = b286[i369];
    const float v931 = (v930 * (0x1.fff822p-1f));
    const float v932 = (v924 / v32);
    const float v933 = ((0x1.89374cp-8f) * v932);
    const float v934 = (v929 / v34);
    const float v935 = F64(sqrt, v934);
    const float v936 = (v935 + (0x1.5798eep-27f));
    const float v937 = (v933 / v936);
    const float v938 = (v931 - v937);
    const float v939 = (v938 - v930);
    const float v940 = (v30 * v939);
    const float v941 = (v930 + v940);
    b287[i369] = v941;
    const float v942 = b288[i369];
    const float v943 = ((0x1.ccccccp-1f) * v942);
    const float v944 = b289[i369];
    const float v945 = ((0x1.99999ap-4f) * v944);
    const float v946 = (v943 + v945);
    b290[i369] = v946;
    const float v947 = b291[i369];
    const float v948 = ((0x1.fae148p-1f) * v947);
    const float v949 = ((0x1.47ae14p-7f) * v944);
    const float v950 = (v949 * v944);
    const float v951 = (v948 + v950);
    b292[i369] = v951;
    const float v952 = b293[i369];
    const float v953 = (v952 * (0x1.fff822p-1f));
    const float v954 = (v946 / v32);
    const float v955 = ((0x1.89374cp-8f) * v954);
    const float v956 = (v951 / v34);
    const float v957 = F64(sqrt, v956);
    const float v958 = (v957 + (0x1.5798eep-27f));
    const float v959 = (v955 / v958);
    const float v960 = (v953 - v959);
    const float v961 = (v960 - v952);
    const float v962 = (v30 * v961);
    const float v963 = (v952 + v962);
    b294[i369] = v963;
  } else if (gid < 139776) {
    const int i964 = gid - 74240;
    const float v965 = b295[i964];
    const float v966 = ((0x1.ccccccp-1f) * v965);
    const float v967 = b296[i964];
    const float v968 = ((0x1.99999ap-4f) * v967);
    const float v969 = (v966 + v968);
    b297[i964] = v969;
    const float v970 = b298[i964];
    const float v971 = ((0x1.fae148p-1f) * v970);
    const float v972 = ((0x1.47ae14p-7f) * v967);
    const float v973 = (v972 * v967);
    const float v974 = (v971 + v973);
    b299[i964] = v974;
    const float v975 = b300[i964];
    const float v976 = (v975 * (0x1.fff822p-1f));
    const float v977 = (v969 / v32);
    const float v978 = ((0x1.89374cp-8f) * v977);
    const float v979 = (v974 / v34);
    const float v980 = F64(sqrt, v979);
    const float v981 = (v980 + (0x1.5798eep-27f));
    const float v982 = (v978 / v981);
    const float v983 = (v976 - v982);
    const float v984 = (v983 - v975);
    const float v985 = (v30 * v984);
    const float v986 = (v975 + v985);
    b301[i964] = v986;
    const float v987 = b302[i964];
    const float v988 = ((0x1.ccccccp-1f) * v987);
    const float v989 = b303[i964];
    const float v990 = ((0x1.99999ap-4f) * v989);
    const float v991 = (v988 + v990);
    b304[i964] = v991;
    const float v992 = b305[i964];
    const float v993 = ((0x1.fae148p-1f) * v992);
    const float v994 = ((0x1.47ae14p-7f) * v989);
    const float v995 = (v994 * v989);
    const float v996 = (v993 + v995);
    b306[i964] = v996;
    const float v997 = b307[i964];
    const float v998 = (v997 * (0x1.fff822p-1f));
    const float v999 = (v991 / v32);
    const float v1000 = ((0x1.89374cp-8f) * v999);
    const float v1001 = (v996 / v34);
    const float v1002 = F64(sqrt, v1001);
    const float v1003 = (v1002 + (0x1.5798eep-27f));
    const float v1004 = (v1000 / v1003);
    const float v1005 = (v998 - v1004);
    const float v1006 = (v1005 - v997);
    const float v1007 = (v30 * v1006);
    const float v1008 = (v997 + v1007);
    b308[i964] = v1008;
    const float v1009 = b309[i964];
    const float v1010 = ((0x1.ccccccp-1f) * v1009);
    const float v1011 = b310[i964];
    const float v1012 = ((0x1.99999ap-4f) * v1011);
    const float v1013 = (v1010 + v1012);
    b311[i964] = v1013;
    const float v1014 = b312[i964];
    const float v1015 = ((0x1.fae148p-1f) * v1014);
    const float v1016 = ((0x1.47ae14p-7f) * v1011);
    const float v1017 = (v1016 * v1011);
    const float v1018 = (v1015 + v1017);
    b313[i964] = v1018;
    const float v1019 = b314[i964];
    const float v1020 = (v1019 * (0x1.fff822p-1f));
    const float v1021 = (v1013 / v32);
    const float v1022 = ((0x1.89374cp-8f) * v1021);
    const float v1023 = (v1018 / v34);
    const float v1024 = F64(sqrt, v1023);
    const float v1025 = (v1024 + (0x1.5798eep-27f));
    const float v1026 = (v1022 / v1025);
    const float v1027 = (v1020 - v1026);
    const float v1028 = (v1027 - v1019);
    const float v1029 = (v30 * v1028);
    const float v1030 = (v1019 + v1029);
    b315[i964] = v1030;
    const float v1031 = b316[i964];
    const float v1032 = ((0x1.ccccccp-1f) * v1031);
    const float v1033 = b317[i964];
    const float v1034 = ((0x1.99999ap-4f) * v1033);
    const float v1035 = (v1032 + v1034);
    b318[i964] = v1035;
    const float v1036 = b319[i964];
    const float v1037 = ((0x1.fae148p-1f) * v1036);
    const float v1038 = ((0x1.47ae14p-7f) * v1033);
    const float v1039 = (v1038 * v1033);
    const float v1040 = (v1037 + v1039);
    b320[i964] = v1040;
    const float v1041 = b321[i964];
    const float v1042 = (v1041 * (0x1.fff822p-1f));
    const float v1043 = (v1035 / v32);
    const float v1044 = ((0x1.89374cp-8f) * v1043);
    const float v1045 = (v1040 / v34);
    const float v1046 = F64(sqrt, v1045);
    const float v1047 = (v1046 + (0x1.5798eep-27f));
    const float v1048 = (v1044 / v1047);
    const float v1049 = (v1042 - v1048);
    const float v1050 = (v1049 - v1041);
    const float v1051 = (v30 * v1050);
    const float v1052 = (v1041 + v1051);
    b322[i964] = v1052;
  } else if (gid < 140288) {
    const int i1053 = gid - 139776;
    const float v1054 = b323[i1053];
    const float v1055 = ((0x1.ccccccp-1f) * v1054);
    const float v1056 = b324[i1053];
    const float v1057 = ((0x1.99999ap-4f) * v1056);
    const float v1058 = (v1055 + v1057);
    b325[i1053] = v1058;
    const float v1059 = b326[i1053];
    const float v1060 = ((0x1.fae148p-1f) * v1059);
    const float v1061 = ((0x1.47ae14p-7f) * v1056);
    const float v1062 = (v1061 * v1056);
    const float v1063 = (v1060 + v1062);
    b327[i1053] = v1063;
    const float v1064 = b328[i1053];
    const float v1065 = (v1064 * (0x1.fff822p-1f));
    const float v1066 = (v1058 / v32);
    const float v1067 = ((0x1.89374cp-8f) * v1066);
    const float v1068 = (v1063 / v34);
    const float v1069 = F64(sqrt, v1068);
    const float v1070 = (v1069 + (0x1.5798eep-27f));
    const float v1071 = (v1067 / v1070);
    const float v1072 = (v1065 - v1071);
    const float v1073 = (v1072 - v1064);
    const float v1074 = (v30 * v1073);
    const float v1075 = (v1064 + v1074);
    b329[i1053] = v1075;
    const float v1076 = b330[i1053];
    const float v1077 = ((0x1.ccccccp-1f) * v1076);
    const float v1078 = b331[i1053];
    const float v1079 = ((0x1.99999ap-4f) * v1078);
    const float v1080 = (v1077 + v1079);
    b332[i1053] = v1080;
    const float v1081 = b333[i1053];
    const float v1082 = ((0x1.fae148p-1f) * v1081);
    const float v1083 = ((0x1.47ae14p-7f) * v1078);
    const float v1084 = (v1083 * v1078);
    const float v1085 = (v1082 + v1084);
    b334[i1053] = v1085;
    const float v1086 = b335[i1053];
    const float v1087 = (v1086 * (0x1.fff822p-1f));
    const float v1088 = (v1080 / v32);
    const float v1089 = ((0x1.89374cp-8f) * v1088);
    const float v1090 = (v1085 / v34);
    const float v1091 = F64(sqrt, v1090);
    const float v1092 = (v1091 + (0x1.5798eep-27f));
    const float v1093 = (v1089 / v1092);
    const float v1094 = (v1087 - v1093);
    const float v1095 = (v1094 - v1086);
    const float v1096 = (v30 * v1095);
    const float v1097 = (v1086 + v1096);
    b336[i1053] = v1097;
    const float v1098 = b337[i1053];
    const float v1099 = ((0x1.ccccccp-1f) * v1098);
    const float v1100 = b338[i1053];
    const float v1101 = ((0x1.99999ap-4f) * v1100);
    const float v1102 = (v1099 + v1101);
    b339[i1053] = v1102;
    const float v1103 = b340[i1053];
    const float v1104 = ((0x1.fae148p-1f) * v1103);
    const float v1105 = ((0x1.47ae14p-7f) * v1100);
    const float v1106 = (v1105 * v1100);
    const float v1107 = (v1104 + v1106);
    b341[i1053] = v1107;
    const float v1108 = b342[i1053];
    const float v1109 = (v1108 * (0x1.fff822p-1f));
    const float v1110 = (v1102 / v32);
    const float v1111 = ((0x1.89374cp-8f) * v1110);
    const float v1112 = (v1107 / v34);
    const float v1113 = F64(sqrt, v1112);
    const float v1114 = (v1113 + (0x1.5798eep-27f));
    const float v1115 = (v1111 / v1114);
    const float v1116 = (v1109 - v1115);
    const float v1117 = (v1116 - v1108);
    const float v1118 = (v30 * v1117);
    const float v1119 = (v1108 + v1118);
    b343[i1053] = v1119;
    const float v1120 = b344[i1053];
    const float v1121 = ((0x1.ccccccp-1f) * v1120);
    const float v1122 = b345[i1053];
    const float v1123 = ((0x1.99999ap-4f) * v1122);
    const float v1124 = (v1121 + v1123);
    b346[i1053] = v1124;
    const float v1125 = b347[i1053];
    const float v1126 = ((0x1.fae148p-1f) * v1125);
    const float v1127 = ((0x1.47ae14p-7f) * v1122);
    const float v1128 = (v1127 * v1122);
    const float v1129 = (v1126 + v1128);
    b348[i1053] = v1129;
    const float v1130 = b349[i1053];
    const float v1131 = (v1130 * (0x1.fff822p-1f));
    const float v1132 = (v1124 / v32);
    const float v1133 = ((0x1.89374cp-8f) * v1132);
    const float v1134 = (v1129 / v34);
    const float v1135 = F64(sqrt, v1134);
    const float v1136 = (v1135 + (0x1.5798eep-27f));
    const float v1137 = (v1133 / v1136);
    const float v1138 = (v1131 - v1137);
    const float v1139 = (v1138 - v1130);
    const float v1140 = (v30 * v1139);
    const float v1141 = (v1130 + v1140);
    b350[i1053] = v1141;
  } else if (gid < 205824) {
    const int i1142 = gid - 140288;
    const float v1143 = b351[i1142];
    const float v1144 = ((0x1.ccccccp-1f) * v1143);
    const float v1145 = b352[i1142];
    const float v1146 = ((0x1.99999ap-4f) * v1145);
    const float v1147 = (v1144 + v1146);
    b353[i1142] = v1147;
    const float v1148 = b354[i1142];
    const float v1149 = ((0x1.fae148p-1f) * v1148);
    const float v1150 = ((0x1.47ae14p-7f) * v1145);
    const float v1151 = (v1150 * v1145);
    const float v1152 = (v1149 + v1151);
    b355[i1142] = v1152;
    const float v1153 = b356[i1142];
    const float v1154 = (v1153 * (0x1.fff822p-1f));
    const float v1155 = (v1147 / v32);
    const float v1156 = ((0x1.89374cp-8f) * v1155);
    const float v1157 = (v1152 / v34);
    const float v1158 = F64(sqrt, v1157);
    const float v1159 = (v1158 + (0x1.5798eep-27f));
    const float v1160 = (v1156 / v1159);
    const float v1161 = (v1154 - v1160);
    const float v1162 = (v1161 - v1153);
    const float v1163 = (v30 * v1162);
    const float v1164 = (v1153 + v1163);
    b357[i1142] = v1164;
    const float v1165 = b358[i1142];
    const float v1166 = ((0x1.ccccccp-1f) * v1165);
    const float v1167 = b359[i1142];
    const float v1168 = ((0x1.99999ap-4f) * v1167);
    const float v1169 = (v1166 + v1168);
    b360[i1142] = v1169;
    const float v1170 = b361[i1142];
    const float v1171 = ((0x1.fae148p-1f) * v1170);
    const float v1172 = ((0x1.47ae14p-7f) * v1167);
    const float v1173 = (v1172 * v1167);
    const float v1174 = (v1171 + v1173);
    b362[i1142] = v1174;
    const float v1175 = b363[i1142];
    const float v1176 = (v1175 * (0x1.fff822p-1f));
    const float v1177 = (v1169 / v32);
    const float v1178 = ((0x1.89374cp-8f) * v1177);
    const float v1179 = (v1174 / v34);
    const float v1180 = F64(sqrt, v1179);
    const float v1181 = (v1180 + (0x1.5798eep-27f));
    const float v1182 = (v1178 / v1181);
    const float v1183 = (v1176 - v1182);
    const float v1184 = (v1183 - v1175);
    const float v1185 = (v30 * v1184);
    const float v1186 = (v1175 + v1185);
    b364[i1142] = v1186;
    const float v1187 = b365[i1142];
    const float v1188 = ((0x1.ccccccp-1f) * v1187);
    const float v1189 = b366[i1142];
    const float v1190 = ((0x1.99999ap-4f) * v1189);
    const float v1191 = (v1188 + v1190);
    b367[i1142] = v1191;
    const float v1192 = b368[i1142];
    const float v1193 = ((0x1.fae148p-1f) * v1192);
    const float v1194 = ((0x1.47ae14p-7f) * v1189);
    const float v1195 = (v1194 * v1189);
    const float v1196 = (v1193 + v1195);
    b369[i1142] = v1196;
    const float v1197 = b370[i1142];
    const float v1198 = (v1197 * (0x1.fff822p-1f));
    const float v1199 = (v1191 / v32);
    const float v1200 = ((0x1.89374cp-8f) * v1199);
    const float v1201 = (v1196 / v34);
    const float v1202 = F64(sqrt, v1201);
    const float v1203 = (v1202 + (0x1.5798eep-27f));
    const float v1204 = (v1200 / v1203);
    const float v1205 = (v1198 - v1204);
    const float v1206 = (v1205 - v1197);
    const float v1207 = (v30 * v1206);
    const float v1208 = (v1197 + v1207);
    b371[i1142] = v1208;
    const float v1209 = b372[i1142];
    const float v1210 = ((0x1.ccccccp-1f) * v1209);
    const float v1211 = b373[i1142];
    const float v1212 = ((0x1.99999ap-4f) * v1211);
    const float v1213 = (v1210 + v1212);
    b374[i1142] = v1213;
    const float v1214 = b375[i1142];
    const float v1215 = ((0x1.fae148p-1f) * v1214);
    const float v1216 = ((0x1.47ae14p-7f) * v1211);
    const float v1217 = (v1216 * v1211);
    const float v1218 = (v1215 + v1217);
    b376[i1142] = v1218;
    const float v1219 = b377[i1142];
    const float v1220 = (v1219 * (0x1.fff822p-1f));
    const float v1221 = (v1213 / v32);
    const float v1222 = ((0x1.89374cp-8f) * v1221);
    const float v1223 = (v1218 / v34);
    const float v1224 = F64(sqrt, v1223);
    const float v1225 = (v1224 + (0x1.5798eep-27f));
    const float v1226 = (v1222 / v1225);
    const float v1227 = (v1220 - v1226);
    const float v1228 = (v1227 - v1219);
    const float v1229 = (v30 * v1228);
    const float v1230 = (v1219 + v1229);
    b378[i1142] = v1230;
  }
}
