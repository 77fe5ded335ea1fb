// CharGpt: kernels of one training step: 76 OpenCL kernels for 383 launches
k0.cl: launch 0: elementwise eq -> bool[B*T, 1, 128]
k1.cl: launch 1: elementwise gather -> f32[B, T, 128] (from samples/char_gpt.nn:56:21)
k2.cl: launch 2: elementwise gather -> f32[T, 128] (from samples/char_gpt.nn:56:34)
k3.cl: launch 3: elementwise broadcast add -> f32[B, T, 128] (from samples/char_gpt.nn:56:21)
k4.cl: launch 4: reduction of sum div -> f32[B, T, 1]
k5.cl: launch 5: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, T, 128] f32[B, T, 1] f32[B, T, 1] f32[B, T, 1]
k6.cl: launch 6: elementwise broadcast mul mul add -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
k7.cl: launch 7: elementwise transpose -> f32[128, 128]
k8.cl: launch 8: matmul -> f32[B, T, 128]
k9.cl: launch 9: elementwise add -> f32[B, T, 128]
k10.cl: launch 10: elementwise transpose -> f32[128, 128]
k11.cl: launch 12: elementwise add -> f32[B, T, 128]
k12.cl: launch 13: elementwise transpose -> f32[B, 4, T, 32]
k13.cl: launch 14: elementwise transpose -> f32[B, 4, 32, T]
k14.cl: launch 15: matmul -> f32[B, 4, T, T]
k15.cl: launch 16: elementwise mul -> f32[B, 4, T, T]
k16.cl: launch 17: elementwise ge cast sub mul -> f32[T, T]
k17.cl: launch 18: elementwise broadcast add -> f32[B, 4, T, T] f32[B, 4, T, T]
k18.cl: launch 19: reduction of reduce_max stop_gradient -> f32[B, 4, T, 1]
k19.cl: launch 20: elementwise broadcast sub exp -> f32[B, 4, T, T]
k20.cl: launch 21: reduction of sum -> f32[B, 4, T, 1]
k21.cl: launch 22: elementwise broadcast div transpose -> f32[B, 4, T, T] f32[B, 4, T, T] f32[B, 4, T, T]
k22.cl: launch 23: elementwise transpose -> f32[128, 128]
k23.cl: launch 25: elementwise add -> f32[B, T, 128]
k24.cl: launch 27: matmul -> f32[B, 4, T, 32]
k25.cl: launch 28: elementwise reshape -> f32[B, T, 128]
k26.cl: launch 29: matmul b' -> f32[B, T, 128]
k27.cl: launch 30: elementwise add add -> f32[B, T, 128]
k28.cl: launch 34: matmul b' -> f32[B, T, 512]
k29.cl: launch 35: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, T, 512] f32[B, T, 512] f32[B, T, 512] f32[B, T, 512]
k30.cl: launch 36: matmul b' -> f32[B, T, 128]
k31.cl: launch 50: elementwise mul add -> f32[B, 4, T, T]
k32.cl: launch 139: reduction of reduce_max stop_gradient -> f32[B*T, 1]
k33.cl: launch 140: elementwise broadcast sub exp -> f32[B*T, 128] f32[B*T, 128]
k34.cl: launch 141: reduction of sum log -> f32[B*T, 1] f32[B*T, 1]
k35.cl: launch 142: elementwise broadcast sub -> f32[B*T, 128]
k36.cl: launch 143: reduction of reshape select sum -> f32[B*T, 1]
k37.cl: launch 144: reduction of sum div neg -> f32[]
k38.cl: launch 145: elementwise div -> f32[]
k39.cl: launch 146: elementwise broadcast select -> f32[B*T, 1, 128]
k40.cl: launch 147: reduction of reshape neg sum div -> f32[B*T, 128] f32[B*T, 1]
k41.cl: launch 148: elementwise broadcast mul add -> f32[B*T, 128]
k42.cl: launch 149: elementwise reshape -> f32[B, T, 128]
k43.cl: launch 150: elementwise transpose -> f32[B, 128, 128]
k44.cl: launch 151: matmul -> f32[B, T, 128]
k45.cl: launch 152: elementwise mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
k46.cl: launch 153: reduction of sum mul neg mul div div -> f32[B, T, 1]
k47.cl: launch 154: reduction of broadcast mul add add neg sum div -> f32[B, T, 128] f32[B, T, 1]
k48.cl: launch 155: elementwise broadcast add -> f32[B, T, 128]
k49.cl: launch 156: elementwise transpose -> f32[B, 128, 512]
k50.cl: launch 157: matmul -> f32[B, T, 512]
k51.cl: launch 158: elementwise mul mul mul mul mul add -> f32[B, T, 512]
k52.cl: launch 159: elementwise transpose -> f32[B, 512, 128]
k53.cl: launch 160: matmul -> f32[B, T, 128]
k54.cl: launch 163: reduction of broadcast mul add add add neg sum div -> f32[B, T, 128] f32[B, T, 1]
k55.cl: launch 170: elementwise transpose -> f32[B, 128, 128]
k56.cl: launch 174: elementwise div mul div neg -> f32[B, 4, T, T] f32[B, 4, T, T]
k57.cl: launch 176: elementwise broadcast add mul mul -> f32[B, 4, T, T]
k58.cl: launch 178: matmul -> f32[B, 4, 32, T]
k59.cl: launch 179: elementwise reshape -> f32[B, T, 128]
k60.cl: launch 182: elementwise add -> f32[B, T, 128]
k61.cl: launch 188: elementwise add mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
k62.cl: launch 300: elementwise -> f32[128, 128]
k63.cl: launch 301: scatter_add -> f32[128, 128]
k64.cl: launch 302: reduction of sum -> f32[T, 128]
k65.cl: launch 303: elementwise -> f32[64, 128]
k66.cl: launch 304: elementwise iota -> i32[T] (from samples/char_gpt.nn:56:42)
k67.cl: launch 305: scatter_add -> f32[64, 128]
k68.cl: launch 306: matmul a' -> f32[128, 128]
k69.cl: launch 309: elementwise pad pad add pad add -> f32[384, 128]
k70.cl: launch 310: reduction of sum -> f32[128]
k71.cl: launch 313: elementwise pad pad add pad add -> f32[384]
k72.cl: launch 316: matmul a' -> f32[128, 512]
k73.cl: launch 317: reduction of sum -> f32[512]
k74.cl: launch 318: matmul a' -> f32[512, 128]
k75.cl: launch 382: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512]

// ---- k0.cl

// launch 0: elementwise eq -> bool[B*T, 1, 128]
__kernel void k0(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int v3 = b0[x2];
    const int x4 = i1 % 128;
    const int v5 = x4;
    const float v6 = BOOL(v3 == v5);
    b1[i1] = v6;
  }
}

// ---- k1.cl

// launch 1: elementwise gather -> f32[B, T, 128] (from samples/char_gpt.nn:56:21)
__kernel void k1(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[2];
    const int x5 = x3 * x4;
    const int x6 = i1 / 128;
    const int x7 = x6 % x4;
    const int x8 = x5 + x7;
    const int v9 = b0[x8];
    const int x10 = ((int) v9) * 128;
    const int x11 = i1 % 128;
    const int x12 = x10 + x11;
    const float v13 = b1[x12];
    b2[i1] = v13;
  }
}

// ---- k2.cl

// launch 2: elementwise gather -> f32[T, 128] (from samples/char_gpt.nn:56:34)
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[3];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int v3 = x2;
    const int x4 = ((int) v3) * 128;
    const int x5 = i1 % 128;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k3.cl

// launch 3: elementwise broadcast add -> f32[B, T, 128] (from samples/char_gpt.nn:56:21)
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const int x4 = d[2];
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

// launch 4: reduction of sum div -> f32[B, T, 1]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
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
  const float v10 = (r9 / 128.0f);
  b1[o] = v10;
}

// ---- k5.cl

// launch 5: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, T, 128] f32[B, T, 1] f32[B, T, 1] f32[B, T, 1]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    const float v9 = b1[o];
    const float v10 = (v8 - v9);
    const float v11 = (v10 * v10);
    b2[x7] = v10;
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  const float v13 = (r12 / 128.0f);
  const float v14 = (v13 + (0x1.4f8b58p-17f));
  const float v15 = F64(sqrt, v14);
  const float v16 = (1.0f / v15);
  b3[o] = v16;
  const float v17 = (v16 * v16);
  b4[o] = v17;
  b5[o] = v15;
}

// ---- k6.cl

// launch 6: elementwise broadcast mul mul add -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[3];
    const int x4 = i1 / x3;
    const int x5 = d[2];
    const int x6 = x4 * x5;
    const int x7 = i1 / 128;
    const int x8 = x7 % x5;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = (v2 * v10);
    const int x12 = i1 % 128;
    const float v13 = b2[x12];
    const float v14 = (v11 * v13);
    const float v15 = b3[x12];
    const float v16 = (v14 + v15);
    b4[i1] = v16;
    b5[i1] = v10;
    b6[i1] = v11;
  }
}

// ---- k7.cl

// launch 7: elementwise transpose -> f32[128, 128]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k8.cl

// launch 8: matmul -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k8(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 128, K = 128;
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

// ---- k9.cl

// launch 9: elementwise add -> f32[B, T, 128]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k10.cl

// launch 10: elementwise transpose -> f32[128, 128]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k11.cl

// launch 12: elementwise add -> f32[B, T, 128]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k12.cl

// launch 13: elementwise transpose -> f32[B, 4, T, 32]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[2];
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

// ---- k13.cl

// launch 14: elementwise transpose -> f32[B, 4, 32, T]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = d[2];
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

// ---- k14.cl

// launch 15: matmul -> f32[B, 4, T, T]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = d[2], K = 32;
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

// ---- k15.cl

// launch 16: elementwise mul -> f32[B, 4, T, T]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.6a09e6p-3f));
    b1[i1] = v3;
  }
}

// ---- k16.cl

// launch 17: elementwise ge cast sub mul -> f32[T, T]
__kernel void k16(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[2];
    const int x3 = i1 / x2;
    const int v4 = x3;
    const int x5 = i1 % x2;
    const int v6 = x5;
    const float v7 = BOOL(v4 >= v6);
    const float v8 = (v7 - 1.0f);
    const float v9 = (v8 * (0x1.dcd65p29f));
    b0[i1] = v9;
  }
}

// ---- k17.cl

// launch 18: elementwise broadcast add -> f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[2];
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

// ---- k18.cl

// launch 19: reduction of reduce_max stop_gradient -> f32[B, 4, T, 1]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[15];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int x1 = d[2];
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
  b1[o] = r14;
}

// ---- k19.cl

// launch 20: elementwise broadcast sub exp -> f32[B, 4, T, T]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[14];
    const int x4 = i1 / x3;
    const int x5 = x4 * 4;
    const int x6 = d[13];
    const int x7 = i1 / x6;
    const int x8 = x7 % 4;
    const int x9 = x5 + x8;
    const int x10 = d[2];
    const int x11 = x9 * x10;
    const int x12 = i1 / x10;
    const int x13 = x12 % x10;
    const int x14 = x11 + x13;
    const float v15 = b1[x14];
    const float v16 = (v2 - v15);
    const float v17 = F64(exp, v16);
    b2[i1] = v17;
  }
}

// ---- k20.cl

// launch 21: reduction of sum -> f32[B, 4, T, 1]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[15];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[2];
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
  b1[o] = r14;
}

// ---- k21.cl

// launch 22: elementwise broadcast div transpose -> f32[B, 4, T, T] f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[14];
    const int x4 = i1 / x3;
    const int x5 = x4 * 4;
    const int x6 = d[13];
    const int x7 = i1 / x6;
    const int x8 = x7 % 4;
    const int x9 = x5 + x8;
    const int x10 = d[2];
    const int x11 = x9 * x10;
    const int x12 = i1 / x10;
    const int x13 = x12 % x10;
    const int x14 = x11 + x13;
    const float v15 = b1[x14];
    const float v16 = (v2 / v15);
    b2[i1] = v16;
    const int x17 = i1 % x10;
    const int x18 = x11 + x17;
    const int x19 = x18 * x10;
    const int x20 = x19 + x13;
    const float v21 = b0[x20];
    const float v22 = b1[x18];
    const float v23 = (v21 / v22);
    b3[i1] = v23;
    b4[i1] = v15;
  }
}

// ---- k22.cl

// launch 23: elementwise transpose -> f32[128, 128]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k23.cl

// launch 25: elementwise add -> f32[B, T, 128]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k24.cl

// launch 27: matmul -> f32[B, 4, T, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k24(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 32, K = d[2];
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

// ---- k25.cl

// launch 28: elementwise reshape -> f32[B, T, 128]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = x3 * 4;
    const int x5 = i1 / 32;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = d[2];
    const int x9 = x7 * x8;
    const int x10 = i1 / 128;
    const int x11 = x10 % x8;
    const int x12 = x9 + x11;
    const int x13 = x12 * 32;
    const int x14 = i1 % 32;
    const int x15 = x13 + x14;
    const float v16 = b0[x15];
    b1[i1] = v16;
  }
}

// ---- k26.cl

// launch 29: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k26(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 128, K = 128;
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

// ---- k27.cl

// launch 30: elementwise add add -> f32[B, T, 128]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k28.cl

// launch 34: matmul b' -> f32[B, T, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k28(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 128;
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

// ---- k29.cl

// launch 35: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, T, 512] f32[B, T, 512] f32[B, T, 512] f32[B, T, 512]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k30.cl

// launch 36: matmul b' -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k30(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 128, K = 512;
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

// ---- k31.cl

// launch 50: elementwise mul add -> f32[B, 4, T, T]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k32.cl

// launch 139: reduction of reduce_max stop_gradient -> f32[B*T, 1]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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

// ---- k33.cl

// launch 140: elementwise broadcast sub exp -> f32[B*T, 128] f32[B*T, 128]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k34.cl

// launch 141: reduction of sum log -> f32[B*T, 1] f32[B*T, 1]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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
  const float v5 = F64(log, r4);
  b1[o] = v5;
  b2[o] = r4;
}

// ---- k35.cl

// launch 142: elementwise broadcast sub -> f32[B*T, 128]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const float v4 = b1[x3];
    const float v5 = (v2 - v4);
    b2[i1] = v5;
  }
}

// ---- k36.cl

// launch 143: reduction of reshape select sum -> f32[B*T, 1]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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

// ---- k37.cl

// launch 144: reduction of sum div neg -> f32[]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  const float v5 = (-v4);
  b1[o] = v5;
}

// ---- k38.cl

// launch 145: elementwise div -> f32[]
__kernel void k38(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[1];
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

// ---- k39.cl

// launch 146: elementwise broadcast select -> f32[B*T, 1, 128]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k40.cl

// launch 147: reduction of reshape neg sum div -> f32[B*T, 128] f32[B*T, 1]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 128;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    b1[x2] = v3;
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  const float v6 = b2[o];
  const float v7 = (r5 / v6);
  b3[o] = v7;
}

// ---- k41.cl

// launch 148: elementwise broadcast mul add -> f32[B*T, 128]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k42.cl

// launch 149: elementwise reshape -> f32[B, T, 128]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k43.cl

// launch 150: elementwise transpose -> f32[B, 128, 128]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[21];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 % 128;
    const int x4 = x3 * 128;
    const int x5 = i1 % 128;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k44.cl

// launch 151: matmul -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k44(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 128, K = 128;
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

// ---- k45.cl

// launch 152: elementwise mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k46.cl

// launch 153: reduction of sum mul neg mul div div -> f32[B, T, 1]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
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
  const float v10 = b1[o];
  const float v11 = (r9 * v10);
  const float v12 = (-v11);
  const float v13 = (v12 * (0x1.0p-1f));
  const float v14 = b2[o];
  const float v15 = (v13 / v14);
  const float v16 = (v15 / 128.0f);
  b3[o] = v16;
}

// ---- k47.cl

// launch 154: reduction of broadcast mul add add neg sum div -> f32[B, T, 128] f32[B, T, 1]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    const float v9 = b1[o];
    const float v10 = b2[x7];
    const float v11 = (v9 * v10);
    const float v12 = (v8 + v11);
    const float v13 = (v12 + v11);
    const float v14 = (-v13);
    b3[x7] = v13;
    acc += (acc_t) v14;
  }
  const float r15 = (float) acc;
  const float v16 = (r15 / 128.0f);
  b4[o] = v16;
}

// ---- k48.cl

// launch 155: elementwise broadcast add -> f32[B, T, 128]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[3];
    const int x4 = i1 / x3;
    const int x5 = d[2];
    const int x6 = x4 * x5;
    const int x7 = i1 / 128;
    const int x8 = x7 % x5;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = (v2 + v10);
    b2[i1] = v11;
  }
}

// ---- k49.cl

// launch 156: elementwise transpose -> f32[B, 128, 512]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[22];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 512;
    const int x3 = x2 % 128;
    const int x4 = x3 * 512;
    const int x5 = i1 % 512;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k50.cl

// launch 157: matmul -> f32[B, T, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k50(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 512, K = 128;
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

// ---- k51.cl

// launch 158: elementwise mul mul mul mul mul add -> f32[B, T, 512]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k52.cl

// launch 159: elementwise transpose -> f32[B, 512, 128]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[22];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 % 512;
    const int x4 = x3 * 128;
    const int x5 = i1 % 128;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k53.cl

// launch 160: matmul -> f32[B, T, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 128, K = 512;
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

// ---- k54.cl

// launch 163: reduction of broadcast mul add add add neg sum div -> f32[B, T, 128] f32[B, T, 1]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 128;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
    const int x2 = o / x1;
    const int x3 = x2 * x1;
    const int x4 = o % x1;
    const int x5 = x3 + x4;
    const int x6 = x5 * 128;
    const int x7 = x6 + j;
    const float v8 = b0[x7];
    const float v9 = b1[o];
    const float v10 = b2[x7];
    const float v11 = (v9 * v10);
    const float v12 = (v8 + v11);
    const float v13 = (v12 + v11);
    const float v14 = (-v13);
    const float v15 = b3[x7];
    const float v16 = (v15 + v13);
    b4[x7] = v16;
    acc += (acc_t) v14;
  }
  const float r17 = (float) acc;
  const float v18 = (r17 / 128.0f);
  b5[o] = v18;
}

// ---- k55.cl

// launch 170: elementwise transpose -> f32[B, 128, 128]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[21];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 128;
    const int x3 = x2 * 128;
    const int x4 = i1 / 128;
    const int x5 = x4 % 128;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k56.cl

// launch 174: elementwise div mul div neg -> f32[B, 4, T, T] f32[B, 4, T, T]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k57.cl

// launch 176: elementwise broadcast add mul mul -> f32[B, 4, T, T]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[14];
    const int x4 = i1 / x3;
    const int x5 = x4 * 4;
    const int x6 = d[13];
    const int x7 = i1 / x6;
    const int x8 = x7 % 4;
    const int x9 = x5 + x8;
    const int x10 = d[2];
    const int x11 = x9 * x10;
    const int x12 = i1 / x10;
    const int x13 = x12 % x10;
    const int x14 = x11 + x13;
    const float v15 = b1[x14];
    const float v16 = (v2 + v15);
    const float v17 = b2[i1];
    const float v18 = (v16 * v17);
    const float v19 = (v18 * (0x1.6a09e6p-3f));
    b3[i1] = v19;
  }
}

// ---- k58.cl

// launch 178: matmul -> f32[B, 4, 32, T]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k58(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = d[2], K = d[2];
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

// ---- k59.cl

// launch 179: elementwise reshape -> f32[B, T, 128]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[3];
    const int x3 = i1 / x2;
    const int x4 = x3 * 4;
    const int x5 = i1 / 32;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 32;
    const int x9 = i1 % 32;
    const int x10 = x8 + x9;
    const int x11 = d[2];
    const int x12 = x10 * x11;
    const int x13 = i1 / 128;
    const int x14 = x13 % x11;
    const int x15 = x12 + x14;
    const float v16 = b0[x15];
    b1[i1] = v16;
  }
}

// ---- k60.cl

// launch 182: elementwise add -> f32[B, T, 128]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k61.cl

// launch 188: elementwise add mul mul mul mul -> f32[B, T, 128] f32[B, T, 128] f32[B, T, 128] f32[B, T, 128]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k62.cl

// launch 300: elementwise -> f32[128, 128]
__kernel void k62(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k63.cl

// launch 301: scatter_add -> f32[128, 128]
__kernel void k63(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 128, I = 128, P = d[1];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k64.cl

// launch 302: reduction of sum -> f32[T, 128]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[3];
  if (o >= x0) return;
  acc_t acc = 0;
  const int x1 = d[4];
  const int count = x1;
  for (int j = 0; j < count; j++) {
    const int x2 = d[2];
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

// ---- k65.cl

// launch 303: elementwise -> f32[64, 128]
__kernel void k65(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k66.cl

// launch 304: elementwise iota -> i32[T] (from samples/char_gpt.nn:56:42)
__kernel void k66(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = i1;
    b0[i1] = v2;
  }
}

// ---- k67.cl

// launch 305: scatter_add -> f32[64, 128]
__kernel void k67(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 64, I = 128, P = d[2];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k68.cl

// launch 306: matmul a' -> f32[128, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k68(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 128, K = d[1];
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

// ---- k69.cl

// launch 309: elementwise pad pad add pad add -> f32[384, 128]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 49152) {
    const int i0 = gid - 0;
    const int x1 = i0 / 128;
    const int x2 = x1 - 256;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x4 = i0 % 128;
      const int x5 = x4 * 128;
      const int x6 = x5 + x2;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x1 - 128;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 128) {
      const int x10 = i0 % 128;
      const int x11 = x10 * 128;
      const int x12 = x11 + x8;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    float v15 = 0.0f;
    if (x1 >= 0 && x1 < 128) {
      const int x16 = i0 % 128;
      const int x17 = x16 * 128;
      const int x18 = x17 + x1;
      const float v19 = b2[x18];
      v15 = v19;
    }
    const float v20 = (v14 + v15);
    b3[i0] = v20;
  }
}

// ---- k70.cl

// launch 310: reduction of sum -> f32[128]
__kernel void k70(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
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

// ---- k71.cl

// launch 313: elementwise pad pad add pad add -> f32[384]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k72.cl

// launch 316: matmul a' -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k72(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 512, K = d[1];
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

// ---- k73.cl

// launch 317: reduction of sum -> f32[512]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[2];
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

// ---- k74.cl

// launch 318: matmul a' -> f32[512, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k74(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 128, K = d[1];
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

// ---- k75.cl

// launch 382: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[128, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512] f32[128, 512]
__kernel void k75(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global float* restrict b211, __global float* restrict b212, __global float* restrict b213, __global float* restrict b214, __global float* restrict b215, __global float* restrict b216, __global float* restrict b217, __global float* restrict b218, __global float* restrict b219, __global float* restrict b220, __global float* restrict b221, __global float* restrict b222, __global float* restrict b223, __global float* restrict b224, __global float* restrict b225, __global float* restrict b226, __global float* restrict b227, __global float* restrict b228, __global float* restrict b229, __global float* restrict b230, __global float* restrict b231, __global float* restrict b232, __global float* restrict b233, __global float* restrict b234, __global float* restrict b235, __global float* restrict b236, __global float* restrict b237, __global float* restrict b238, __global float* restrict b239, __global float* restrict b240, __global float* restrict b241, __global float* restrict b242, __global float* restrict b243, __global float* restrict b244, __global float* restrict b245, __global float* restrict b246, __global float* restrict b247, __global float* restrict b248, __global float* restrict b249, __global float* restrict b250, __global float* restrict b251, __global float* restrict b252, __global float* restrict b253, __global float* restrict b254, __global float* restrict b255, __global float* restrict b256, __global float* restrict b257, __global float* restrict b258, __global float* restrict b259, __global float* restrict b260, __global float* restrict b261, __global float* restrict b262, __global float* restrict b263, __global float* restrict b264, __global float* restrict b265, __global float* restrict b266, __global float* restrict b267, __global float* restrict b268, __global float* restrict b269, __global float* restrict b270, __global float* restrict b271, __global float* restrict b272, __global float* restrict b273, __global float* restrict b274, __global float* restrict b275, __global float* restrict b276, __global float* restrict b277, __global float* restrict b278, __global float* restrict b279, __global float* restrict b280, __global float* restrict b281, __global float* restrict b282, __global float* restrict b283, __global float* restrict b284, __global float* restrict b285, __global float* restrict b286, __global float* restrict b287, __global float* restrict b288, __global float* restrict b289, __global float* restrict b290, __global float* restrict b291, __global float* restrict b292, __global float* restrict b293, __global float* restrict b294, __global float* restrict b295, __global float* restrict b296, __global float* restrict b297, __global float* restrict b298, __global float* restrict b299, __global float* restrict b300, __global float* restrict b301, __global float* restrict b302, __global float* restrict b303, __global float* restrict b304, __global float* restrict b305, __global float* restrict b306, __global float* restrict b307, __global float* restrict b308, __global float* restrict b309, __global float* restrict b310, __global float* restrict b311, __global float* restrict b312, __global float* restrict b313, __global float* restrict b314, __global float* restrict b315, __global float* restrict b316, __global float* restrict b317, __global float* restrict b318, __global float* restrict b319, __global float* restrict b320, __global float* restrict b321, __global float* restrict b322, __global float* restrict b323, __global float* restrict b324, __global float* restrict b325, __global float* restrict b326, __global float* restrict b327, __global float* restrict b328, __global float* restrict b329, __global float* restrict b330, __global float* restrict b331, __global float* restrict b332, __global float* restrict b333, __global float* restrict b334, __global float* restrict b335, __global float* restrict b336, __global float* restrict b337, __global float* restrict b338, __global float* restrict b339, __global float* restrict b340, __global float* restrict b341, __global float* restrict b342, __global float* restrict b343, __global float* restrict b344, __global float* restrict b345, __global float* restrict b346, __global float* restrict b347, __global float* restrict b348, __global float* restrict b349, __global float* restrict b350, __global float* restrict b351, __global float* restrict b352, __global float* restrict b353, __global float* restrict b354, __global float* restrict b355, __global float* restrict b356, __global float* restrict b357, __global float* restrict b358, __global float* restrict b359, __global float* restrict b360, __global float* restrict b361, __global float* restrict b362, __global float* restrict b363, __global float* restrict b364, __global float* restrict b365, __global float* restrict b366, __global float* restrict b367, __global float* restrict b368, __global float* restrict b369, __global float* restrict b370, __global float* restrict b371, __global float* restrict b372, __global float* restrict b373, __global float* restrict b374, __global float* restrict b375, __global float* restrict b376, __global float* restrict b377, __global float* restrict b378, __global const int* restrict d) {
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
  if (gid < 16384) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = ((0x1.99999ap-4f) * v14);
    const float v16 = (v13 + v15);
    b3[i11] = v16;
    const float v17 = b4[i11];
    const float v18 = ((0x1.ff7ceep-1f) * v17);
    const float v19 = ((0x1.0624dep-10f) * v14);
    const float v20 = (v19 * v14);
    const float v21 = (v18 + v20);
    b5[i11] = v21;
    const float v22 = b6[i11];
    const float v23 = (v22 * (0x1.fffc12p-1f));
    const float v24 = (v16 / v8);
    const float v25 = ((0x1.89374cp-9f) * v24);
    const float v26 = (v21 / v10);
    const float v27 = F64(sqrt, v26);
    const float v28 = (v27 + (0x1.5798eep-27f));
    const float v29 = (v25 / v28);
    const float v30 = (v23 - v29);
    b7[i11] = v30;
    const float v31 = b8[i11];
    const float v32 = ((0x1.ccccccp-1f) * v31);
    const int x33 = i11 % 128;
    const int x34 = x33 * 128;
    const int x35 = i11 / 128;
    const int x36 = x34 + x35;
    const float v37 = b9[x36];
    const float v38 = ((0x1.99999ap-4f) * v37);
    const float v39 = (v32 + v38);
    b10[i11] = v39;
    const float v40 = b11[i11];
    const float v41 = ((0x1.ff7ceep-1f) * v40);
    const float v42 = ((0x1.0624dep-10f) * v37);
    const float v43 = (v42 * v37);
    const float v44 = (v41 + v43);
    b12[i11] = v44;
    const float v45 = b13[i11];
    const float v46 = (v45 * (0x1.fffc12p-1f));
    const float v47 = (v39 / v8);
    const float v48 = ((0x1.89374cp-9f) * v47);
    const float v49 = (v44 / v10);
    const float v50 = F64(sqrt, v49);
    const float v51 = (v50 + (0x1.5798eep-27f));
    const float v52 = (v48 / v51);
    const float v53 = (v46 - v52);
    b14[i11] = v53;
    const float v54 = b15[i11];
    const float v55 = ((0x1.ccccccp-1f) * v54);
    const float v56 = b16[x36];
    const float v57 = ((0x1.99999ap-4f) * v56);
    const float v58 = (v55 + v57);
    b17[i11] = v58;
    const float v59 = b18[i11];
    const float v60 = ((0x1.ff7ceep-1f) * v59);
    const float v61 = ((0x1.0624dep-10f) * v56);
    const float v62 = (v61 * v56);
    const float v63 = (v60 + v62);
    b19[i11] = v63;
    const float v64 = b20[i11];
    const float v65 = (v64 * (0x1.fffc12p-1f));
    const float v66 = (v58 / v8);
    const float v67 = ((0x1.89374cp-9f) * v66);
    const float v68 = (v63 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v65 - v71);
    b21[i11] = v72;
    const float v73 = b22[i11];
    const float v74 = ((0x1.ccccccp-1f) * v73);
    const float v75 = b23[x36];
    const float v76 = ((0x1.99999ap-4f) * v75);
    const float v77 = (v74 + v76);
    b24[i11] = v77;
    const float v78 = b25[i11];
    const float v79 = ((0x1.ff7ceep-1f) * v78);
    const float v80 = ((0x1.0624dep-10f) * v75);
    const float v81 = (v80 * v75);
    const float v82 = (v79 + v81);
    b26[i11] = v82;
    const float v83 = b27[i11];
    const float v84 = (v83 * (0x1.fffc12p-1f));
    const float v85 = (v77 / v8);
    const float v86 = ((0x1.89374cp-9f) * v85);
    const float v87 = (v82 / v10);
    const float v88 = F64(sqrt, v87);
    const float v89 = (v88 + (0x1.5798eep-27f));
    const float v90 = (v86 / v89);
    const float v91 = (v84 - v90);
    b28[i11] = v91;
    const float v92 = b29[i11];
    const float v93 = ((0x1.ccccccp-1f) * v92);
    const float v94 = b30[x36];
    const float v95 = ((0x1.99999ap-4f) * v94);
    const float v96 = (v93 + v95);
    b31[i11] = v96;
    const float v97 = b32[i11];
    const float v98 = ((0x1.ff7ceep-1f) * v97);
    const float v99 = ((0x1.0624dep-10f) * v94);
    const float v100 = (v99 * v94);
    const float v101 = (v98 + v100);
    b33[i11] = v101;
    const float v102 = b34[i11];
    const float v103 = (v102 * (0x1.fffc12p-1f));
    const float v104 = (v96 / v8);
    const float v105 = ((0x1.89374cp-9f) * v104);
    const float v106 = (v101 / v10);
    const float v107 = F64(sqrt, v106);
    const float v108 = (v107 + (0x1.5798eep-27f));
    const float v109 = (v105 / v108);
    const float v110 = (v103 - v109);
    b35[i11] = v110;
    const float v111 = b36[i11];
    const float v112 = ((0x1.ccccccp-1f) * v111);
    const float v113 = b37[x36];
    const float v114 = ((0x1.99999ap-4f) * v113);
    const float v115 = (v112 + v114);
    b38[i11] = v115;
    const float v116 = b39[i11];
    const float v117 = ((0x1.ff7ceep-1f) * v116);
    const float v118 = ((0x1.0624dep-10f) * v113);
    const float v119 = (v118 * v113);
    const float v120 = (v117 + v119);
    b40[i11] = v120;
    const float v121 = b41[i11];
    const float v122 = (v121 * (0x1.fffc12p-1f));
    const float v123 = (v115 / v8);
    const float v124 = ((0x1.89374cp-9f) * v123);
    const float v125 = (v120 / v10);
    const float v126 = F64(sqrt, v125);
    const float v127 = (v126 + (0x1.5798eep-27f));
    const float v128 = (v124 / v127);
    const float v129 = (v122 - v128);
    b42[i11] = v129;
  } else if (gid < 24576) {
    const int i130 = gid - 16384;
    const float v131 = b43[i130];
    const float v132 = ((0x1.ccccccp-1f) * v131);
    const float v133 = b44[i130];
    const float v134 = ((0x1.99999ap-4f) * v133);
    const float v135 = (v132 + v134);
    b45[i130] = v135;
    const float v136 = b46[i130];
    const float v137 = ((0x1.ff7ceep-1f) * v136);
    const float v138 = ((0x1.0624dep-10f) * v133);
    const float v139 = (v138 * v133);
    const float v140 = (v137 + v139);
    b47[i130] = v140;
    const float v141 = b48[i130];
    const float v142 = (v141 * (0x1.fffc12p-1f));
    const float v143 = (v135 / v8);
    const float v144 = ((0x1.89374cp-9f) * v143);
    const float v145 = (v140 / v10);
    const float v146 = F64(sqrt, v145);
    const float v147 = (v146 + (0x1.5798eep-27f));
    const float v148 = (v144 / v147);
    const float v149 = (v142 - v148);
    b49[i130] = v149;
  } else if (gid < 73728) {
    const int i150 = gid - 24576;
    const float v151 = b50[i150];
    const float v152 = ((0x1.ccccccp-1f) * v151);
    const float v153 = b51[i150];
    const float v154 = ((0x1.99999ap-4f) * v153);
    const float v155 = (v152 + v154);
    b52[i150] = v155;
    const float v156 = b53[i150];
    const float v157 = ((0x1.ff7ceep-1f) * v156);
    const float v158 = ((0x1.0624dep-10f) * v153);
    const float v159 = (v158 * v153);
    const float v160 = (v157 + v159);
    b54[i150] = v160;
    const float v161 = b55[i150];
    const float v162 = (v161 * (0x1.fffc12p-1f));
    const float v163 = (v155 / v8);
    const float v164 = ((0x1.89374cp-9f) * v163);
    const float v165 = (v160 / v10);
    const float v166 = F64(sqrt, v165);
    const float v167 = (v166 + (0x1.5798eep-27f));
    const float v168 = (v164 / v167);
    const float v169 = (v162 - v168);
    b56[i150] = v169;
    const float v170 = b57[i150];
    const float v171 = ((0x1.ccccccp-1f) * v170);
    const float v172 = b58[i150];
    const float v173 = ((0x1.99999ap-4f) * v172);
    const float v174 = (v171 + v173);
    b59[i150] = v174;
    const float v175 = b60[i150];
    const float v176 = ((0x1.ff7ceep-1f) * v175);
    const float v177 = ((0x1.0624dep-10f) * v172);
    const float v178 = (v177 * v172);
    const float v179 = (v176 + v178);
    b61[i150] = v179;
    const float v180 = b62[i150];
    const float v181 = (v180 * (0x1.fffc12p-1f));
    const float v182 = (v174 / v8);
    const float v183 = ((0x1.89374cp-9f) * v182);
    const float v184 = (v179 / v10);
    const float v185 = F64(sqrt, v184);
    const float v186 = (v185 + (0x1.5798eep-27f));
    const float v187 = (v183 / v186);
    const float v188 = (v181 - v187);
    b63[i150] = v188;
    const float v189 = b64[i150];
    const float v190 = ((0x1.ccccccp-1f) * v189);
    const float v191 = b65[i150];
    const float v192 = ((0x1.99999ap-4f) * v191);
    const float v193 = (v190 + v192);
    b66[i150] = v193;
    const float v194 = b67[i150];
    const float v195 = ((0x1.ff7ceep-1f) * v194);
    const float v196 = ((0x1.0624dep-10f) * v191);
    const float v197 = (v196 * v191);
    const float v198 = (v195 + v197);
    b68[i150] = v198;
    const float v199 = b69[i150];
    const float v200 = (v199 * (0x1.fffc12p-1f));
    const float v201 = (v193 / v8);
    const float v202 = ((0x1.89374cp-9f) * v201);
    const float v203 = (v198 / v10);
    const float v204 = F64(sqrt, v203);
    const float v205 = (v204 + (0x1.5798eep-27f));
    const float v206 = (v202 / v205);
    const float v207 = (v200 - v206);
    b70[i150] = v207;
    const float v208 = b71[i150];
    const float v209 = ((0x1.ccccccp-1f) * v208);
    const float v210 = b72[i150];
    const float v211 = ((0x1.99999ap-4f) * v210);
    const float v212 = (v209 + v211);
    b73[i150] = v212;
    const float v213 = b74[i150];
    const float v214 = ((0x1.ff7ceep-1f) * v213);
    const float v215 = ((0x1.0624dep-10f) * v210);
    const float v216 = (v215 * v210);
    const float v217 = (v214 + v216);
    b75[i150] = v217;
    const float v218 = b76[i150];
    const float v219 = (v218 * (0x1.fffc12p-1f));
    const float v220 = (v212 / v8);
    const float v221 = ((0x1.89374cp-9f) * v220);
    const float v222 = (v217 / v10);
    const float v223 = F64(sqrt, v222);
    const float v224 = (v223 + (0x1.5798eep-27f));
    const float v225 = (v221 / v224);
    const float v226 = (v219 - v225);
    b77[i150] = v226;
  } else if (gid < 74112) {
    const int i227 = gid - 73728;
    const float v228 = b78[i227];
    const float v229 = ((0x1.ccccccp-1f) * v228);
    const float v230 = b79[i227];
    const float v231 = ((0x1.99999ap-4f) * v230);
    const float v232 = (v229 + v231);
    b80[i227] = v232;
    const float v233 = b81[i227];
    const float v234 = ((0x1.ff7ceep-1f) * v233);
    const float v235 = ((0x1.0624dep-10f) * v230);
    const float v236 = (v235 * v230);
    const float v237 = (v234 + v236);
    b82[i227] = v237;
    const float v238 = b83[i227];
    const float v239 = (v238 * (0x1.fffc12p-1f));
    const float v240 = (v232 / v8);
    const float v241 = ((0x1.89374cp-9f) * v240);
    const float v242 = (v237 / v10);
    const float v243 = F64(sqrt, v242);
    const float v244 = (v243 + (0x1.5798eep-27f));
    const float v245 = (v241 / v244);
    const float v246 = (v239 - v245);
    b84[i227] = v246;
    const float v247 = b85[i227];
    const float v248 = ((0x1.ccccccp-1f) * v247);
    const float v249 = b86[i227];
    const float v250 = ((0x1.99999ap-4f) * v249);
    const float v251 = (v248 + v250);
    b87[i227] = v251;
    const float v252 = b88[i227];
    const float v253 = ((0x1.ff7ceep-1f) * v252);
    const float v254 = ((0x1.0624dep-10f) * v249);
    const float v255 = (v254 * v249);
    const float v256 = (v253 + v255);
    b89[i227] = v256;
    const float v257 = b90[i227];
    const float v258 = (v257 * (0x1.fffc12p-1f));
    const float v259 = (v251 / v8);
    const float v260 = ((0x1.89374cp-9f) * v259);
    const float v261 = (v256 / v10);
    const float v262 = F64(sqrt, v261);
    const float v263 = (v262 + (0x1.5798eep-27f));
    const float v264 = (v260 / v263);
    const float v265 = (v258 - v264);
    b91[i227] = v265;
    const float v266 = b92[i227];
    const float v267 = ((0x1.ccccccp-1f) * v266);
    const float v268 = b93[i227];
    const float v269 = ((0x1.99999ap-4f) * v268);
    const float v270 = (v267 + v269);
    b94[i227] = v270;
    const float v271 = b95[i227];
    const float v272 = ((0x1.ff7ceep-1f) * v271);
    const float v273 = ((0x1.0624dep-10f) * v268);
    const float v274 = (v273 * v268);
    const float v275 = (v272 + v274);
    b96[i227] = v275;
    const float v276 = b97[i227];
    const float v277 = (v276 * (0x1.fffc12p-1f));
    const float v278 = (v270 / v8);
    const float v279 = ((0x1.89374cp-9f) * v278);
    const float v280 = (v275 / v10);
    const float v281 = F64(sqrt, v280);
    const float v282 = (v281 + (0x1.5798eep-27f));
    const float v283 = (v279 / v282);
    const float v284 = (v277 - v283);
    b98[i227] = v284;
    const float v285 = b99[i227];
    const float v286 = ((0x1.ccccccp-1f) * v285);
    const float v287 = b100[i227];
    const float v288 = ((0x1.99999ap-4f) * v287);
    const float v289 = (v286 + v288);
    b101[i227] = v289;
    const float v290 = b102[i227];
    const float v291 = ((0x1.ff7ceep-1f) * v290);
    const float v292 = ((0x1.0624dep-10f) * v287);
    const float v293 = (v292 * v287);
    const float v294 = (v291 + v293);
    b103[i227] = v294;
    const float v295 = b104[i227];
    const float v296 = (v295 * (0x1.fffc12p-1f));
    const float v297 = (v289 / v8);
    const float v298 = ((0x1.89374cp-9f) * v297);
    const float v299 = (v294 / v10);
    const float v300 = F64(sqrt, v299);
    const float v301 = (v300 + (0x1.5798eep-27f));
    const float v302 = (v298 / v301);
    const float v303 = (v296 - v302);
    b105[i227] = v303;
  } else if (gid < 74240) {
    const int i304 = gid - 74112;
    const float v305 = b106[i304];
    const float v306 = ((0x1.ccccccp-1f) * v305);
    const float v307 = b107[i304];
    const float v308 = ((0x1.99999ap-4f) * v307);
    const float v309 = (v306 + v308);
    b108[i304] = v309;
    const float v310 = b109[i304];
    const float v311 = ((0x1.ff7ceep-1f) * v310);
    const float v312 = ((0x1.0624dep-10f) * v307);
    const float v313 = (v312 * v307);
    const float v314 = (v311 + v313);
    b110[i304] = v314;
    const float v315 = b111[i304];
    const float v316 = (v315 * (0x1.fffc12p-1f));
    const float v317 = (v309 / v8);
    const float v318 = ((0x1.89374cp-9f) * v317);
    const float v319 = (v314 / v10);
    const float v320 = F64(sqrt, v319);
    const float v321 = (v320 + (0x1.5798eep-27f));
    const float v322 = (v318 / v321);
    const float v323 = (v316 - v322);
    b112[i304] = v323;
    const float v324 = b113[i304];
    const float v325 = ((0x1.ccccccp-1f) * v324);
    const float v326 = b114[i304];
    const float v327 = ((0x1.99999ap-4f) * v326);
    const float v328 = (v325 + v327);
    b115[i304] = v328;
    const float v329 = b116[i304];
    const float v330 = ((0x1.ff7ceep-1f) * v329);
    const float v331 = ((0x1.0624dep-10f) * v326);
    const float v332 = (v331 * v326);
    const float v333 = (v330 + v332);
    b117[i304] = v333;
    const float v334 = b118[i304];
    const float v335 = (v334 * (0x1.fffc12p-1f));
    const float v336 = (v328 / v8);
    const float v337 = ((0x1.89374cp-9f) * v336);
    const float v338 = (v333 / v10);
    const float v339 = F64(sqrt, v338);
    const float v340 = (v339 + (0x1.5798eep-27f));
    const float v341 = (v337 / v340);
    const float v342 = (v335 - v341);
    b119[i304] = v342;
    const float v343 = b120[i304];
    const float v344 = ((0x1.ccccccp-1f) * v343);
    const float v345 = b121[i304];
    const float v346 = ((0x1.99999ap-4f) * v345);
    const float v347 = (v344 + v346);
    b122[i304] = v347;
    const float v348 = b123[i304];
    const float v349 = ((0x1.ff7ceep-1f) * v348);
    const float v350 = ((0x1.0624dep-10f) * v345);
    const float v351 = (v350 * v345);
    const float v352 = (v349 + v351);
    b124[i304] = v352;
    const float v353 = b125[i304];
    const float v354 = (v353 * (0x1.fffc12p-1f));
    const float v355 = (v347 / v8);
    const float v356 = ((0x1.89374cp-9f) * v355);
    const float v357 = (v352 / v10);
    const float v358 = F64(sqrt, v357);
    const float v359 = (v358 + (0x1.5798eep-27f));
    const float v360 = (v356 / v359);
    const float v361 = (v354 - v360);
    b126[i304] = v361;
    const float v362 = b127[i304];
    const float v363 = ((0x1.ccccccp-1f) * v362);
    const float v364 = b128[i304];
    const float v365 = ((0x1.99999ap-4f) * v364);
    const float v366 = (v363 + v365);
    b129[i304] = v366;
    const float v367 = b130[i304];
    const float v368 = ((0x1.ff7ceep-1f) * v367);
    const float v369 = ((0x1.0624dep-10f) * v364);
    const float v370 = (v369 * v364);
    const float v371 = (v368 + v370);
    b131[i304] = v371;
    const float v372 = b132[i304];
    const float v373 = (v372 * (0x1.fffc12p-1f));
    const float v374 = (v366 / v8);
    const float v375 = ((0x1.89374cp-9f) * v374);
    const float v376 = (v371 / v10);
    const float v377 = F64(sqrt, v376);
    const float v378 = (v377 + (0x1.5798eep-27f));
    const float v379 = (v375 / v378);
    const float v380 = (v373 - v379);
    b133[i304] = v380;
    const float v381 = b134[i304];
    const float v382 = ((0x1.ccccccp-1f) * v381);
    const float v383 = b135[i304];
    const float v384 = ((0x1.99999ap-4f) * v383);
    const float v385 = (v382 + v384);
    b136[i304] = v385;
    const float v386 = b137[i304];
    const float v387 = ((0x1.ff7ceep-1f) * v386);
    const float v388 = ((0x1.0624dep-10f) * v383);
    const float v389 = (v388 * v383);
    const float v390 = (v387 + v389);
    b138[i304] = v390;
    const float v391 = b139[i304];
    const float v392 = (v391 * (0x1.fffc12p-1f));
    const float v393 = (v385 / v8);
    const float v394 = ((0x1.89374cp-9f) * v393);
    const float v395 = (v390 / v10);
    const float v396 = F64(sqrt, v395);
    const float v397 = (v396 + (0x1.5798eep-27f));
    const float v398 = (v394 / v397);
    const float v399 = (v392 - v398);
    b140[i304] = v399;
    const float v400 = b141[i304];
    const float v401 = ((0x1.ccccccp-1f) * v400);
    const float v402 = b142[i304];
    const float v403 = ((0x1.99999ap-4f) * v402);
    const float v404 = (v401 + v403);
    b143[i304] = v404;
    const float v405 = b144[i304];
    const float v406 = ((0x1.ff7ceep-1f) * v405);
    const float v407 = ((0x1.0624dep-10f) * v402);
    const float v408 = (v407 * v402);
    const float v409 = (v406 + v408);
    b145[i304] = v409;
    const float v410 = b146[i304];
    const float v411 = (v410 * (0x1.fffc12p-1f));
    const float v412 = (v404 / v8);
    const float v413 = ((0x1.89374cp-9f) * v412);
    const float v414 = (v409 / v10);
    const float v415 = F64(sqrt, v414);
    const float v416 = (v415 + (0x1.5798eep-27f));
    const float v417 = (v413 / v416);
    const float v418 = (v411 - v417);
    b147[i304] = v418;
    const float v419 = b148[i304];
    const float v420 = ((0x1.ccccccp-1f) * v419);
    const float v421 = b149[i304];
    const float v422 = ((0x1.99999ap-4f) * v421);
    const float v423 = (v420 + v422);
    b150[i304] = v423;
    const float v424 = b151[i304];
    const float v425 = ((0x1.ff7ceep-1f) * v424);
    const float v426 = ((0x1.0624dep-10f) * v421);
    const float v427 = (v426 * v421);
    const float v428 = (v425 + v427);
    b152[i304] = v428;
    const float v429 = b153[i304];
    const float v430 = (v429 * (0x1.fffc12p-1f));
    const float v431 = (v423 / v8);
    const float v432 = ((0x1.89374cp-9f) * v431);
    const float v433 = (v428 / v10);
    const float v434 = F64(sqrt, v433);
    const float v435 = (v434 + (0x1.5798eep-27f));
    const float v436 = (v432 / v435);
    const float v437 = (v430 - v436);
    b154[i304] = v437;
    const float v438 = b155[i304];
    const float v439 = ((0x1.ccccccp-1f) * v438);
    const float v440 = b156[i304];
    const float v441 = ((0x1.99999ap-4f) * v440);
    const float v442 = (v439 + v441);
    b157[i304] = v442;
    const float v443 = b158[i304];
    const float v444 = ((0x1.ff7ceep-1f) * v443);
    const float v445 = ((0x1.0624dep-10f) * v440);
    const float v446 = (v445 * v440);
    const float v447 = (v444 + v446);
    b159[i304] = v447;
    const float v448 = b160[i304];
    const float v449 = (v448 * (0x1.fffc12p-1f));
    const float v450 = (v442 / v8);
    const float v451 = ((0x1.89374cp-9f) * v450);
    const float v452 = (v447 / v10);
    const float v453 = F64(sqrt, v452);
    const float v454 = (v453 + (0x1.5798eep-27f));
    const float v455 = (v451 / v454);
    const float v456 = (v449 - v455);
    b161[i304] = v456;
    const float v457 = b162[i304];
    const float v458 = ((0x1.ccccccp-1f) * v457);
    const float v459 = b163[i304];
    const float v460 = ((0x1.99999ap-4f) * v459);
    const float v461 = (v458 + v460);
    b164[i304] = v461;
    const float v462 = b165[i304];
    const float v463 = ((0x1.ff7ceep-1f) * v462);
    const float v464 = ((0x1.0624dep-10f) * v459);
    const float v465 = (v464 * v459);
    const float v466 = (v463 + v465);
    b166[i304] = v466;
    const float v467 = b167[i304];
    const float v468 = (v467 * (0x1.fffc12p-1f));
    const float v469 = (v461 / v8);
    const float v470 = ((0x1.89374cp-9f) * v469);
    const float v471 = (v466 / v10);
    const float v472 = F64(sqrt, v471);
    const float v473 = (v472 + (0x1.5798eep-27f));
    const float v474 = (v470 / v473);
    const float v475 = (v468 - v474);
    b168[i304] = v475;
    const float v476 = b169[i304];
    const float v477 = ((0x1.ccccccp-1f) * v476);
    const float v478 = b170[i304];
    const float v479 = ((0x1.99999ap-4f) * v478);
    const float v480 = (v477 + v479);
    b171[i304] = v480;
    const float v481 = b172[i304];
    const float v482 = ((0x1.ff7ceep-1f) * v481);
    const float v483 = ((0x1.0624dep-10f) * v478);
    const float v484 = (v483 * v478);
    const float v485 = (v482 + v484);
    b173[i304] = v485;
    const float v486 = b174[i304];
    const float v487 = (v486 * (0x1.fffc12p-1f));
    const float v488 = (v480 / v8);
    const float v489 = ((0x1.89374cp-9f) * v488);
    const float v490 = (v485 / v10);
    const float v491 = F64(sqrt, v490);
    const float v492 = (v491 + (0x1.5798eep-27f));
    const float v493 = (v489 / v492);
    const float v494 = (v487 - v493);
    b175[i304] = v494;
    const float v495 = b176[i304];
    const float v496 = ((0x1.ccccccp-1f) * v495);
    const float v497 = b177[i304];
    const float v498 = ((0x1.99999ap-4f) * v497);
    const float v499 = (v496 + v498);
    b178[i304] = v499;
    const float v500 = b179[i304];
    const float v501 = ((0x1.ff7ceep-1f) * v500);
    const float v502 = ((0x1.0624dep-10f) * v497);
    const float v503 = (v502 * v497);
    const float v504 = (v501 + v503);
    b180[i304] = v504;
    const float v505 = b181[i304];
    const float v506 = (v505 * (0x1.fffc12p-1f));
    const float v507 = (v499 / v8);
    const float v508 = ((0x1.89374cp-9f) * v507);
    const float v509 = (v504 / v10);
    const float v510 = F64(sqrt, v509);
    const float v511 = (v510 + (0x1.5798eep-27f));
    const float v512 = (v508 / v511);
    const float v513 = (v506 - v512);
    b182[i304] = v513;
    const float v514 = b183[i304];
    const float v515 = ((0x1.ccccccp-1f) * v514);
    const float v516 = b184[i304];
    const float v517 = ((0x1.99999ap-4f) * v516);
    const float v518 = (v515 + v517);
    b185[i304] = v518;
    const float v519 = b186[i304];
    const float v520 = ((0x1.ff7ceep-1f) * v519);
    const float v521 = ((0x1.0624dep-10f) * v516);
    const float v522 = (v521 * v516);
    const float v523 = (v520 + v522);
    b187[i304] = v523;
    const float v524 = b188[i304];
    const float v525 = (v524 * (0x1.fffc12p-1f));
    const float v526 = (v518 / v8);
    const float v527 = ((0x1.89374cp-9f) * v526);
    const float v528 = (v523 / v10);
    const float v529 = F64(sqrt, v528);
    const float v530 = (v529 + (0x1.5798eep-27f));
    const float v531 = (v527 / v530);
    const float v532 = (v525 - v531);
    b189[i304] = v532;
    const float v533 = b190[i304];
    const float v534 = ((0x1.ccccccp-1f) * v533);
    const float v535 = b191[i304];
    const float v536 = ((0x1.99999ap-4f) * v535);
    const float v537 = (v534 + v536);
    b192[i304] = v537;
    const float v538 = b193[i304];
    const float v539 = ((0x1.ff7ceep-1f) * v538);
    const float v540 = ((0x1.0624dep-10f) * v535);
    const float v541 = (v540 * v535);
    const float v542 = (v539 + v541);
    b194[i304] = v542;
    const float v543 = b195[i304];
    const float v544 = (v543 * (0x1.fffc12p-1f));
    const float v545 = (v537 / v8);
    const float v546 = ((0x1.89374cp-9f) * v545);
    const float v547 = (v542 / v10);
    const float v548 = F64(sqrt, v547);
    const float v549 = (v548 + (0x1.5798eep-27f));
    const float v550 = (v546 / v549);
    const float v551 = (v544 - v550);
    b196[i304] = v551;
    const float v552 = b197[i304];
    const float v553 = ((0x1.ccccccp-1f) * v552);
    const float v554 = b198[i304];
    const float v555 = ((0x1.99999ap-4f) * v554);
    const float v556 = (v553 + v555);
    b199[i304] = v556;
    const float v557 = b200[i304];
    const float v558 = ((0x1.ff7ceep-1f) * v557);
    const float v559 = ((0x1.0624dep-10f) * v554);
    const float v560 = (v559 * v554);
    const float v561 = (v558 + v560);
    b201[i304] = v561;
    const float v562 = b202[i304];
    const float v563 = (v562 * (0x1.fffc12p-1f));
    const float v564 = (v556 / v8);
    const float v565 = ((0x1.89374cp-9f) * v564);
    const float v566 = (v561 / v10);
    const float v567 = F64(sqrt, v566);
    const float v568 = (v567 + (0x1.5798eep-27f));
    const float v569 = (v565 / v568);
    const float v570 = (v563 - v569);
    b203[i304] = v570;
    const float v571 = b204[i304];
    const float v572 = ((0x1.ccccccp-1f) * v571);
    const float v573 = b205[i304];
    const float v574 = ((0x1.99999ap-4f) * v573);
    const float v575 = (v572 + v574);
    b206[i304] = v575;
    const float v576 = b207[i304];
    const float v577 = ((0x1.ff7ceep-1f) * v576);
    const float v578 = ((0x1.0624dep-10f) * v573);
    const float v579 = (v578 * v573);
    const float v580 = (v577 + v579);
    b208[i304] = v580;
    const float v581 = b209[i304];
    const float v582 = (v581 * (0x1.fffc12p-1f));
    const float v583 = (v575 / v8);
    const float v584 = ((0x1.89374cp-9f) * v583);
    const float v585 = (v580 / v10);
    const float v586 = F64(sqrt, v585);
    const float v587 = (v586 + (0x1.5798eep-27f));
    const float v588 = (v584 / v587);
    const float v589 = (v582 - v588);
    b210[i304] = v589;
    const float v590 = b211[i304];
    const float v591 = ((0x1.ccccccp-1f) * v590);
    const float v592 = b212[i304];
    const float v593 = ((0x1.99999ap-4f) * v592);
    const float v594 = (v591 + v593);
    b213[i304] = v594;
    const float v595 = b214[i304];
    const float v596 = ((0x1.ff7ceep-1f) * v595);
    const float v597 = ((0x1.0624dep-10f) * v592);
    const float v598 = (v597 * v592);
    const float v599 = (v596 + v598);
    b215[i304] = v599;
    const float v600 = b216[i304];
    const float v601 = (v600 * (0x1.fffc12p-1f));
    const float v602 = (v594 / v8);
    const float v603 = ((0x1.89374cp-9f) * v602);
    const float v604 = (v599 / v10);
    const float v605 = F64(sqrt, v604);
    const float v606 = (v605 + (0x1.5798eep-27f));
    const float v607 = (v603 / v606);
    const float v608 = (v601 - v607);
    b217[i304] = v608;
    const float v609 = b218[i304];
    const float v610 = ((0x1.ccccccp-1f) * v609);
    const float v611 = b219[i304];
    const float v612 = ((0x1.99999ap-4f) * v611);
    const float v613 = (v610 + v612);
    b220[i304] = v613;
    const float v614 = b221[i304];
    const float v615 = ((0x1.ff7ceep-1f) * v614);
    const float v616 = ((0x1.0624dep-10f) * v611);
    const float v617 = (v616 * v611);
    const float v618 = (v615 + v617);
    b222[i304] = v618;
    const float v619 = b223[i304];
    const float v620 = (v619 * (0x1.fffc12p-1f));
    const float v621 = (v613 / v8);
    const float v622 = ((0x1.89374cp-9f) * v621);
    const float v623 = (v618 / v10);
    const float v624 = F64(sqrt, v623);
    const float v625 = (v624 + (0x1.5798eep-27f));
    const float v626 = (v622 / v625);
    const float v627 = (v620 - v626);
    b224[i304] = v627;
    const float v628 = b225[i304];
    const float v629 = ((0x1.ccccccp-1f) * v628);
    const float v630 = b226[i304];
    const float v631 = ((0x1.99999ap-4f) * v630);
    const float v632 = (v629 + v631);
    b227[i304] = v632;
    const float v633 = b228[i304];
    const float v634 = ((0x1.ff7ceep-1f) * v633);
    const float v635 = ((0x1.0624dep-10f) * v630);
    const float v636 = (v635 * v630);
    const float v637 = (v634 + v636);
    b229[i304] = v637;
    const float v638 = b230[i304];
    const float v639 = (v638 * (0x1.fffc12p-1f));
    const float v640 = (v632 / v8);
    const float v641 = ((0x1.89374cp-9f) * v640);
    const float v642 = (v637 / v10);
    const float v643 = F64(sqrt, v642);
    const float v644 = (v643 + (0x1.5798eep-27f));
    const float v645 = (v641 / v644);
    const float v646 = (v639 - v645);
    b231[i304] = v646;
    const float v647 = b232[i304];
    const float v648 = ((0x1.ccccccp-1f) * v647);
    const float v649 = b233[i304];
    const float v650 = ((0x1.99999ap-4f) * v649);
    const float v651 = (v648 + v650);
    b234[i304] = v651;
    const float v652 = b235[i304];
    const float v653 = ((0x1.ff7ceep-1f) * v652);
    const float v654 = ((0x1.0624dep-10f) * v649);
    const float v655 = (v654 * v649);
    const float v656 = (v653 + v655);
    b236[i304] = v656;
    const float v657 = b237[i304];
    const float v658 = (v657 * (0x1.fffc12p-1f));
    const float v659 = (v651 / v8);
    const float v660 = ((0x1.89374cp-9f) * v659);
    const float v661 = (v656 / v10);
    const float v662 = F64(sqrt, v661);
    const float v663 = (v662 + (0x1.5798eep-27f));
    const float v664 = (v660 / v663);
    const float v665 = (v658 - v664);
    b238[i304] = v665;
    const float v666 = b239[i304];
    const float v667 = ((0x1.ccccccp-1f) * v666);
    const float v668 = b240[i304];
    const float v669 = ((0x1.99999ap-4f) * v668);
    const float v670 = (v667 + v669);
    b241[i304] = v670;
    const float v671 = b242[i304];
    const float v672 = ((0x1.ff7ceep-1f) * v671);
    const float v673 = ((0x1.0624dep-10f) * v668);
    const float v674 = (v673 * v668);
    const float v675 = (v672 + v674);
    b243[i304] = v675;
    const float v676 = b244[i304];
    const float v677 = (v676 * (0x1.fffc12p-1f));
    const float v678 = (v670 / v8);
    const float v679 = ((0x1.89374cp-9f) * v678);
    const float v680 = (v675 / v10);
    const float v681 = F64(sqrt, v680);
    const float v682 = (v681 + (0x1.5798eep-27f));
    const float v683 = (v679 / v682);
    const float v684 = (v677 - v683);
    b245[i304] = v684;
    const float v685 = b246[i304];
    const float v686 = ((0x1.ccccccp-1f) * v685);
    const float v687 = b247[i304];
    const float v688 = ((0x1.99999ap-4f) * v687);
    const float v689 = (v686 + v688);
    b248[i304] = v689;
    const float v690 = b249[i304];
    const float v691 = ((0x1.ff7ceep-1f) * v690);
    const float v692 = ((0x1.0624dep-10f) * v687);
    const float v693 = (v692 * v687);
    const float v694 = (v691 + v693);
    b250[i304] = v694;
    const float v695 = b251[i304];
    const float v696 = (v695 * (0x1.fffc12p-1f));
    const float v697 = (v689 / v8);
    const float v698 = ((0x1.89374cp-9f) * v697);
    const float v699 = (v694 / v10);
    const float v700 = F64(sqrt, v699);
    const float v701 = (v700 + (0x1.5798eep-27f));
    const float v702 = (v698 / v701);
    const float v703 = (v696 - v702);
    b252[i304] = v703;
    const float v704 = b253[i304];
    const float v705 = ((0x1.ccccccp-1f) * v704);
    const float v706 = b254[i304];
    const float v707 = ((0x1.99999ap-4f) * v706);
    const float v708 = (v705 + v707);
    b255[i304] = v708;
    const float v709 = b256[i304];
    const float v710 = ((0x1.ff7ceep-1f) * v709);
    const float v711 = ((0x1.0624dep-10f) * v706);
    const float v712 = (v711 * v706);
    const float v713 = (v710 + v712);
    b257[i304] = v713;
    const float v714 = b258[i304];
    const float v715 = (v714 * (0x1.fffc12p-1f));
    const float v716 = (v708 / v8);
    const float v717 = ((0x1.89374cp-9f) * v716);
    const float v718 = (v713 / v10);
    const float v719 = F64(sqrt, v718);
    const float v720 = (v719 + (0x1.5798eep-27f));
    const float v721 = (v717 / v720);
    const float v722 = (v715 - v721);
    b259[i304] = v722;
    const float v723 = b260[i304];
    const float v724 = ((0x1.ccccccp-1f) * v723);
    const float v725 = b261[i304];
    const float v726 = ((0x1.99999ap-4f) * v725);
    const float v727 = (v724 + v726);
    b262[i304] = v727;
    const float v728 = b263[i304];
    const float v729 = ((0x1.ff7ceep-1f) * v728);
    const float v730 = ((0x1.0624dep-10f) * v725);
    const float v731 = (v730 * v725);
    const float v732 = (v729 + v731);
    b264[i304] = v732;
    const float v733 = b265[i304];
    const float v734 = (v733 * (0x1.fffc12p-1f));
    const float v735 = (v727 / v8);
    const float v736 = ((0x1.89374cp-9f) * v735);
    const float v737 = (v732 / v10);
    const float v738 = F64(sqrt, v737);
    const float v739 = (v738 + (0x1.5798eep-27f));
    const float v740 = (v736 / v739);
    const float v741 = (v734 - v740);
    b266[i304] = v741;
    const float v742 = b267[i304];
    const float v743 = ((0x1.ccccccp-1f) * v742);
    const float v744 = b268[i304];
    const float v745 = ((0x1.99999ap-4f) * v744);
    const float v746 = (v743 + v745);
    b269[i304] = v746;
    const float v747 = b270[i304];
    const float v748 = ((0x1.ff7ceep-1f) * v747);
    const float v749 = ((0x1.0624dep-10f) * v744);
    const float v750 = (v749 * v744);
    const float v751 = (v748 + v750);
    b271[i304] = v751;
    const float v752 = b272[i304];
    const float v753 = (v752 * (0x1.fffc12p-1f));
    const float v754 = (v746 / v8);
    const float v755 = ((0x1.89374cp-9f) * v754);
    const float v756 = (v751 / v10);
    const float v757 = F64(sqrt, v756);
    const float v758 = (v757 + (0x1.5798eep-27f));
    const float v759 = (v755 / v758);
    const float v760 = (v753 - v759);
    b273[i304] = v760;
    const float v761 = b274[i304];
    const float v762 = ((0x1.ccccccp-1f) * v761);
    const float v763 = b275[i304];
    const float v764 = ((0x1.99999ap-4f) * v763);
    const float v765 = (v762 + v764);
    b276[i304] = v765;
    const float v766 = b277[i304];
    const float v767 = ((0x1.ff7ceep-1f) * v766);
    const float v768 = ((0x1.0624dep-10f) * v763);
    const float v769 = (v768 * v763);
    const float v770 = (v767 + v769);
    b278[i304] = v770;
    const float v771 = b279[i304];
    const float v772 = (v771 * (0x1.fffc12p-1f));
    const float v773 = (v765 / v8);
    const float v774 = ((0x1.89374cp-9f) * v773);
    const float v775 = (v770 / v10);
    const float v776 = F64(sqrt, v775);
    const float v777 = (v776 + (0x1.5798eep-27f));
    const float v778 = (v774 / v777);
    const float v779 = (v772 - v778);
    b280[i304] = v779;
    const float v780 = b281[i304];
    const float v781 = ((0x1.ccccccp-1f) * v780);
    const float v782 = b282[i304];
    const float v783 = ((0x1.99999ap-4f) * v782);
    const float v784 = (v781 + v783);
    b283[i304] = v784;
    const float v785 = b284[i304];
    const float v786 = ((0x1.ff7ceep-1f) * v785);
    const float v787 = ((0x1.0624dep-10f) * v782);
    const float v788 = (v787 * v782);
    const float v789 = (v786 + v788);
    b285[i304] = v789;
    const float v790 = b286[i304];
    const float v791 = (v790 * (0x1.fffc12p-1f));
    const float v792 = (v784 / v8);
    const float v793 = ((0x1.89374cp-9f) * v792);
    const float v794 = (v789 / v10);
    const float v795 = F64(sqrt, v794);
    const float v796 = (v795 + (0x1.5798eep-27f));
    const float v797 = (v793 / v796);
    const float v798 = (v791 - v797);
    b287[i304] = v798;
    const float v799 = b288[i304];
    const float v800 = ((0x1.ccccccp-1f) * v799);
    const float v801 = b289[i304];
    const float v802 = ((0x1.99999ap-4f) * v801);
    const float v803 = (v800 + v802);
    b290[i304] = v803;
    const float v804 = b291[i304];
    const float v805 = ((0x1.ff7ceep-1f) * v804);
    const float v806 = ((0x1.0624dep-10f) * v801);
    const float v807 = (v806 * v801);
    const float v808 = (v805 + v807);
    b292[i304] = v808;
    const float v809 = b293[i304];
    const float v810 = (v809 * (0x1.fffc12p-1f));
    const float v811 = (v803 / v8);
    const float v812 = ((0x1.89374cp-9f) * v811);
    const float v813 = (v808 / v10);
    const float v814 = F64(sqrt, v813);
    const float v815 = (v814 + (0x1.5798eep-27f));
    const float v816 = (v812 / v815);
    const float v817 = (v810 - v816);
    b294[i304] = v817;
  } else if (gid < 139776) {
    const int i818 = gid - 74240;
    const float v819 = b295[i818];
    const float v820 = ((0x1.ccccccp-1f) * v819);
    const int x821 = i818 % 128;
    const int x822 = x821 * 512;
    const int x823 = i818 / 128;
    const int x824 = x822 + x823;
    const float v825 = b296[x824];
    const float v826 = ((0x1.99999ap-4f) * v825);
    const float v827 = (v820 + v826);
    b297[i818] = v827;
    const float v828 = b298[i818];
    const float v829 = ((0x1.ff7ceep-1f) * v828);
    const float v830 = ((0x1.0624dep-10f) * v825);
    const float v831 = (v830 * v825);
    const float v832 = (v829 + v831);
    b299[i818] = v832;
    const float v833 = b300[i818];
    const float v834 = (v833 * (0x1.fffc12p-1f));
    const float v835 = (v827 / v8);
    const float v836 = ((0x1.89374cp-9f) * v835);
    const float v837 = (v832 / v10);
    const float v838 = F64(sqrt, v837);
    const float v839 = (v838 + (0x1.5798eep-27f));
    const float v840 = (v836 / v839);
    const float v841 = (v834 - v840);
    b301[i818] = v841;
    const float v842 = b302[i818];
    const float v843 = ((0x1.ccccccp-1f) * v842);
    const float v844 = b303[x824];
    const float v845 = ((0x1.99999ap-4f) * v844);
    const float v846 = (v843 + v845);
    b304[i818] = v846;
    const float v847 = b305[i818];
    const float v848 = ((0x1.ff7ceep-1f) * v847);
    const float v849 = ((0x1.0624dep-10f) * v844);
    const float v850 = (v849 * v844);
    const float v851 = (v848 + v850);
    b306[i818] = v851;
    const float v852 = b307[i818];
    const float v853 = (v852 * (0x1.fffc12p-1f));
    const float v854 = (v846 / v8);
    const float v855 = ((0x1.89374cp-9f) * v854);
    const float v856 = (v851 / v10);
    const float v857 = F64(sqrt, v856);
    const float v858 = (v857 + (0x1.5798eep-27f));
    const float v859 = (v855 / v858);
    const float v860 = (v853 - v859);
    b308[i818] = v860;
    const float v861 = b309[i818];
    const float v862 = ((0x1.ccccccp-1f) * v861);
    const float v863 = b310[x824];
    const float v864 = ((0x1.99999ap-4f) * v863);
    const float v865 = (v862 + v864);
    b311[i818] = v865;
    const float v866 = b312[i818];
    const float v867 = ((0x1.ff7ceep-1f) * v866);
    const float v868 = ((0x1.0624dep-10f) * v863);
    const float v869 = (v868 * v863);
    const float v870 = (v867 + v869);
    b313[i818] = v870;
    const float v871 = b314[i818];
    const float v872 = (v871 * (0x1.fffc12p-1f));
    const float v873 = (v865 / v8);
    const float v874 = ((0x1.89374cp-9f) * v873);
    const float v875 = (v870 / v10);
    const float v876 = F64(sqrt, v875);
    const float v877 = (v876 + (0x1.5798eep-27f));
    const float v878 = (v874 / v877);
    const float v879 = (v872 - v878);
    b315[i818] = v879;
    const float v880 = b316[i818];
    const float v881 = ((0x1.ccccccp-1f) * v880);
    const float v882 = b317[x824];
    const float v883 = ((0x1.99999ap-4f) * v882);
    const float v884 = (v881 + v883);
    b318[i818] = v884;
    const float v885 = b319[i818];
    const float v886 = ((0x1.ff7ceep-1f) * v885);
    const float v887 = ((0x1.0624dep-10f) * v882);
    const float v888 = (v887 * v882);
    const float v889 = (v886 + v888);
    b320[i818] = v889;
    const float v890 = b321[i818];
    const float v891 = (v890 * (0x1.fffc12p-1f));
    const float v892 = (v884 / v8);
    const float v893 = ((0x1.89374cp-9f) * v892);
    const float v894 = (v889 / v10);
    const float v895 = F64(sqrt, v894);
    const float v896 = (v895 + (0x1.5798eep-27f));
    const float v897 = (v893 / v896);
    const float v898 = (v891 - v897);
    b322[i818] = v898;
  } else if (gid < 140288) {
    const int i899 = gid - 139776;
    const float v900 = b323[i899];
    const float v901 = ((0x1.ccccccp-1f) * v900);
    const float v902 = b324[i899];
    const float v903 = ((0x1.99999ap-4f) * v902);
    const float v904 = (v901 + v903);
    b325[i899] = v904;
    const float v905 = b326[i899];
    const float v906 = ((0x1.ff7ceep-1f) * v905);
    const float v907 = ((0x1.0624dep-10f) * v902);
    const float v908 = (v907 * v902);
    const float v909 = (v906 + v908);
    b327[i899] = v909;
    const float v910 = b328[i899];
    const float v911 = (v910 * (0x1.fffc12p-1f));
    const float v912 = (v904 / v8);
    const float v913 = ((0x1.89374cp-9f) * v912);
    const float v914 = (v909 / v10);
    const float v915 = F64(sqrt, v914);
    const float v916 = (v915 + (0x1.5798eep-27f));
    const float v917 = (v913 / v916);
    const float v918 = (v911 - v917);
    b329[i899] = v918;
    const float v919 = b330[i899];
    const float v920 = ((0x1.ccccccp-1f) * v919);
    const float v921 = b331[i899];
    const float v922 = ((0x1.99999ap-4f) * v921);
    const float v923 = (v920 + v922);
    b332[i899] = v923;
    const float v924 = b333[i899];
    const float v925 = ((0x1.ff7ceep-1f) * v924);
    const float v926 = ((0x1.0624dep-10f) * v921);
    const float v927 = (v926 * v921);
    const float v928 = (v925 + v927);
    b334[i899] = v928;
    const float v929 = b335[i899];
    const float v930 = (v929 * (0x1.fffc12p-1f));
    const float v931 = (v923 / v8);
    const float v932 = ((0x1.89374cp-9f) * v931);
    const float v933 = (v928 / v10);
    const float v934 = F64(sqrt, v933);
    const float v935 = (v934 + (0x1.5798eep-27f));
    const float v936 = (v932 / v935);
    const float v937 = (v930 - v936);
    b336[i899] = v937;
    const float v938 = b337[i899];
    const float v939 = ((0x1.ccccccp-1f) * v938);
    const float v940 = b338[i899];
    const float v941 = ((0x1.99999ap-4f) * v940);
    const float v942 = (v939 + v941);
    b339[i899] = v942;
    const float v943 = b340[i899];
    const float v944 = ((0x1.ff7ceep-1f) * v943);
    const float v945 = ((0x1.0624dep-10f) * v940);
    const float v946 = (v945 * v940);
    const float v947 = (v944 + v946);
    b341[i899] = v947;
    const float v948 = b342[i899];
    const float v949 = (v948 * (0x1.fffc12p-1f));
    const float v950 = (v942 / v8);
    const float v951 = ((0x1.89374cp-9f) * v950);
    const float v952 = (v947 / v10);
    const float v953 = F64(sqrt, v952);
    const float v954 = (v953 + (0x1.5798eep-27f));
    const float v955 = (v951 / v954);
    const float v956 = (v949 - v955);
    b343[i899] = v956;
    const float v957 = b344[i899];
    const float v958 = ((0x1.ccccccp-1f) * v957);
    const float v959 = b345[i899];
    const float v960 = ((0x1.99999ap-4f) * v959);
    const float v961 = (v958 + v960);
    b346[i899] = v961;
    const float v962 = b347[i899];
    const float v963 = ((0x1.ff7ceep-1f) * v962);
    const float v964 = ((0x1.0624dep-10f) * v959);
    const float v965 = (v964 * v959);
    const float v966 = (v963 + v965);
    b348[i899] = v966;
    const float v967 = b349[i899];
    const float v968 = (v967 * (0x1.fffc12p-1f));
    const float v969 = (v961 / v8);
    const float v970 = ((0x1.89374cp-9f) * v969);
    const float v971 = (v966 / v10);
    const float v972 = F64(sqrt, v971);
    const float v973 = (v972 + (0x1.5798eep-27f));
    const float v974 = (v970 / v973);
    const float v975 = (v968 - v974);
    b350[i899] = v975;
  } else if (gid < 205824) {
    const int i976 = gid - 140288;
    const float v977 = b351[i976];
    const float v978 = ((0x1.ccccccp-1f) * v977);
    const int x979 = i976 % 512;
    const int x980 = x979 * 128;
    const int x981 = i976 / 512;
    const int x982 = x980 + x981;
    const float v983 = b352[x982];
    const float v984 = ((0x1.99999ap-4f) * v983);
    const float v985 = (v978 + v984);
    b353[i976] = v985;
    const float v986 = b354[i976];
    const float v987 = ((0x1.ff7ceep-1f) * v986);
    const float v988 = ((0x1.0624dep-10f) * v983);
    const float v989 = (v988 * v983);
    const float v990 = (v987 + v989);
    b355[i976] = v990;
    const float v991 = b356[i976];
    const float v992 = (v991 * (0x1.fffc12p-1f));
    const float v993 = (v985 / v8);
    const float v994 = ((0x1.89374cp-9f) * v993);
    const float v995 = (v990 / v10);
    const float v996 = F64(sqrt, v995);
    const float v997 = (v996 + (0x1.5798eep-27f));
    const float v998 = (v994 / v997);
    const float v999 = (v992 - v998);
    b357[i976] = v999;
    const float v1000 = b358[i976];
    const float v1001 = ((0x1.ccccccp-1f) * v1000);
    const float v1002 = b359[x982];
    const float v1003 = ((0x1.99999ap-4f) * v1002);
    const float v1004 = (v1001 + v1003);
    b360[i976] = v1004;
    const float v1005 = b361[i976];
    const float v1006 = ((0x1.ff7ceep-1f) * v1005);
    const float v1007 = ((0x1.0624dep-10f) * v1002);
    const float v1008 = (v1007 * v1002);
    const float v1009 = (v1006 + v1008);
    b362[i976] = v1009;
    const float v1010 = b363[i976];
    const float v1011 = (v1010 * (0x1.fffc12p-1f));
    const float v1012 = (v1004 / v8);
    const float v1013 = ((0x1.89374cp-9f) * v1012);
    const float v1014 = (v1009 / v10);
    const float v1015 = F64(sqrt, v1014);
    const float v1016 = (v1015 + (0x1.5798eep-27f));
    const float v1017 = (v1013 / v1016);
    const float v1018 = (v1011 - v1017);
    b364[i976] = v1018;
    const float v1019 = b365[i976];
    const float v1020 = ((0x1.ccccccp-1f) * v1019);
    const float v1021 = b366[x982];
    const float v1022 = ((0x1.99999ap-4f) * v1021);
    const float v1023 = (v1020 + v1022);
    b367[i976] = v1023;
    const float v1024 = b368[i976];
    const float v1025 = ((0x1.ff7ceep-1f) * v1024);
    const float v1026 = ((0x1.0624dep-10f) * v1021);
    const float v1027 = (v1026 * v1021);
    const float v1028 = (v1025 + v1027);
    b369[i976] = v1028;
    const float v1029 = b370[i976];
    const float v1030 = (v1029 * (0x1.fffc12p-1f));
    const float v1031 = (v1023 / v8);
    const float v1032 = ((0x1.89374cp-9f) * v1031);
    const float v1033 = (v1028 / v10);
    const float v1034 = F64(sqrt, v1033);
    const float v1035 = (v1034 + (0x1.5798eep-27f));
    const float v1036 = (v1032 / v1035);
    const float v1037 = (v1030 - v1036);
    b371[i976] = v1037;
    const float v1038 = b372[i976];
    const float v1039 = ((0x1.ccccccp-1f) * v1038);
    const float v1040 = b373[x982];
    const float v1041 = ((0x1.99999ap-4f) * v1040);
    const float v1042 = (v1039 + v1041);
    b374[i976] = v1042;
    const float v1043 = b375[i976];
    const float v1044 = ((0x1.ff7ceep-1f) * v1043);
    const float v1045 = ((0x1.0624dep-10f) * v1040);
    const float v1046 = (v1045 * v1040);
    const float v1047 = (v1044 + v1046);
    b376[i976] = v1047;
    const float v1048 = b377[i976];
    const float v1049 = (v1048 * (0x1.fffc12p-1f));
    const float v1050 = (v1042 / v8);
    const float v1051 = ((0x1.89374cp-9f) * v1050);
    const float v1052 = (v1047 / v10);
    const float v1053 = F64(sqrt, v1052);
    const float v1054 = (v1053 + (0x1.5798eep-27f));
    const float v1055 = (v1051 / v1054);
    const float v1056 = (v1049 - v1055);
    b378[i976] = v1056;
  }
}
