// RowTransformer: kernels of one training step: 87 OpenCL kernels for 214 launches
k0.cl: launch 0: elementwise eq -> bool[B, 1, 10]
k1.cl: launch 1: matmul b' -> f32[B, 28, 64]
k2.cl: launch 2: elementwise add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
k3.cl: launch 3: elementwise cast -> f32[28]
k4.cl: launch 4: elementwise cast mul floor mul mul exp sub mul -> f32[64] f32[64]
k5.cl: launch 5: elementwise broadcast broadcast mul broadcast add sin -> f32[28, 64] (from samples/transformer_encoder.nn:18:23)
k6.cl: launch 6: elementwise broadcast add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
k7.cl: launch 7: reduction of sum div -> f32[B, 28, 1]
k8.cl: launch 8: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 28, 64] f32[B, 28, 1] f32[B, 28, 1] f32[B, 28, 1]
k9.cl: launch 9: elementwise broadcast mul mul add -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k10.cl: launch 10: elementwise transpose -> f32[64, 64]
k11.cl: launch 11: matmul -> f32[B, 28, 64]
k12.cl: launch 13: elementwise transpose -> f32[64, 64]
k13.cl: launch 15: elementwise add -> f32[B, 28, 64]
k14.cl: launch 16: elementwise transpose -> f32[B, 4, 28, 16]
k15.cl: launch 17: elementwise transpose -> f32[B, 4, 16, 28]
k16.cl: launch 18: matmul -> f32[B, 4, 28, 28]
k17.cl: launch 19: elementwise mul -> f32[B, 4, 28, 28]
k18.cl: launch 20: reduction of reduce_max stop_gradient -> f32[B, 4, 28, 1]
k19.cl: launch 21: elementwise broadcast sub exp -> f32[B, 4, 28, 28]
k20.cl: launch 22: reduction of sum -> f32[B, 4, 28, 1]
k21.cl: launch 23: elementwise broadcast div -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k22.cl: launch 24: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k23.cl: launch 25: elementwise transpose -> f32[64, 64]
k24.cl: launch 27: elementwise add -> f32[B, 28, 64]
k25.cl: launch 29: matmul -> f32[B, 4, 28, 16]
k26.cl: launch 30: elementwise reshape -> f32[B, 28, 64]
k27.cl: launch 31: matmul b' -> f32[B, 28, 64]
k28.cl: launch 33: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k29.cl: launch 37: matmul b' -> f32[B, 28, 256]
k30.cl: launch 38: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256]
k31.cl: launch 39: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
k32.cl: launch 40: matmul b' -> f32[B, 28, 64]
k33.cl: launch 42: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k34.cl: launch 60: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k35.cl: launch 69: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k36.cl: launch 75: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
k37.cl: launch 78: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k38.cl: launch 81: reduction of broadcast mul mul add sum div -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 64]
k39.cl: launch 82: matmul b' -> f32[B, 10]
k40.cl: launch 83: elementwise add -> f32[B, 10]
k41.cl: launch 84: reduction of reduce_max stop_gradient -> f32[B, 1]
k42.cl: launch 85: elementwise broadcast sub exp -> f32[B, 10] f32[B, 10]
k43.cl: launch 86: reduction of sum log -> f32[B, 1] f32[B, 1]
k44.cl: launch 87: elementwise broadcast sub -> f32[B, 10]
k45.cl: launch 88: reduction of reshape select sum -> f32[B, 1]
k46.cl: launch 89: reduction of sum div neg -> f32[]
k47.cl: launch 90: elementwise div -> f32[]
k48.cl: launch 91: elementwise broadcast select -> f32[B, 1, 10]
k49.cl: launch 92: reduction of reshape neg sum div -> f32[B, 10] f32[B, 1]
k50.cl: launch 93: elementwise broadcast mul add -> f32[B, 10]
k51.cl: launch 94: matmul -> f32[B, 64]
k52.cl: launch 95: elementwise div -> f32[B, 64]
k53.cl: launch 96: reduction of broadcast mul mul mul sum mul neg mul div div -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 1]
k54.cl: launch 97: reduction of broadcast mul add add neg sum div -> f32[B, 28, 64] f32[B, 28, 1]
k55.cl: launch 98: elementwise broadcast add mul mul -> f32[B, 28, 64] f32[B, 28, 64]
k56.cl: launch 99: elementwise transpose -> f32[B, 64, 256]
k57.cl: launch 100: matmul -> f32[B, 28, 256]
k58.cl: launch 101: elementwise mul mul mul mul mul mul mul add -> f32[B, 28, 256]
k59.cl: launch 102: elementwise transpose -> f32[B, 256, 64]
k60.cl: launch 103: matmul -> f32[B, 28, 64]
k61.cl: launch 104: elementwise mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k62.cl: launch 105: reduction of sum mul neg mul div div -> f32[B, 28, 1]
k63.cl: launch 106: reduction of broadcast mul add add add neg sum div -> f32[B, 28, 64] f32[B, 28, 1]
k64.cl: launch 108: elementwise transpose -> f32[B, 64, 64]
k65.cl: launch 109: matmul -> f32[B, 28, 64]
k66.cl: launch 111: matmul a' -> f32[B, 4, 28, 16]
k67.cl: launch 113: elementwise transpose -> f32[B, 64, 64]
k68.cl: launch 117: elementwise mul mul div mul div neg -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k69.cl: launch 119: elementwise broadcast add mul mul -> f32[B, 4, 28, 28]
k70.cl: launch 121: matmul -> f32[B, 4, 16, 28]
k71.cl: launch 122: elementwise reshape -> f32[B, 28, 64]
k72.cl: launch 125: elementwise add -> f32[B, 28, 64]
k73.cl: launch 131: elementwise add mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k74.cl: launch 170: elementwise broadcast add -> f32[B, 28, 64]
k75.cl: launch 171: matmul a' -> f32[28, 64]
k76.cl: launch 172: reduction of sum -> f32[64]
k77.cl: launch 173: matmul a' -> f32[64, 64]
k78.cl: launch 176: elementwise pad pad add pad add -> f32[192, 64]
k79.cl: launch 180: elementwise pad pad add pad add -> f32[192]
k80.cl: launch 183: matmul a' -> f32[64, 256]
k81.cl: launch 184: reduction of sum -> f32[256]
k82.cl: launch 185: matmul a' -> f32[256, 64]
k83.cl: launch 209: reduction of mul sum -> f32[64]
k84.cl: launch 211: matmul a' -> f32[10, 64]
k85.cl: launch 212: reduction of sum -> f32[10]
k86.cl: launch 213: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[64, 28] f32[64, 28] f32[64, 28] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]

// ---- k0.cl

// launch 0: elementwise eq -> bool[B, 1, 10]
__kernel void k0(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 10;
    const int v3 = b0[x2];
    const int x4 = i1 % 10;
    const int v5 = x4;
    const float v6 = BOOL(v3 == v5);
    b1[i1] = v6;
  }
}

// ---- k1.cl

// launch 1: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 64, K = 28;
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

// launch 2: elementwise add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k3.cl

// launch 3: elementwise cast -> f32[28]
__kernel void k3(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 28) {
    const int i0 = gid - 0;
    const int v1 = i0;
    const float v2 = (float) v1;
    b0[i0] = v2;
  }
}

// ---- k4.cl

// launch 4: elementwise cast mul floor mul mul exp sub mul -> f32[64] f32[64]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const int v1 = i0;
    const float v2 = (float) v1;
    const float v3 = ((0x1.0p-1f) * v2);
    const float v4 = F64(floor, v3);
    const float v5 = (2.0f * v4);
    const float v6 = (v5 * (-0x1.26bb1cp-3f));
    const float v7 = F64(exp, v6);
    b0[i0] = v7;
    const float v8 = (v2 - v5);
    const float v9 = (v8 * (0x1.921fb6p0f));
    b1[i0] = v9;
  }
}

// ---- k5.cl

// launch 5: elementwise broadcast broadcast mul broadcast add sin -> f32[28, 64] (from samples/transformer_encoder.nn:18:23)
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1792) {
    const int i0 = gid - 0;
    const int x1 = i0 / 64;
    const float v2 = b0[x1];
    const int x3 = i0 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 * v4);
    const float v6 = b2[x3];
    const float v7 = (v5 + v6);
    const float v8 = F64(sin, v7);
    b3[i0] = v8;
  }
}

// ---- k6.cl

// launch 6: elementwise broadcast add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 % 28;
    const int x5 = x4 * 64;
    const int x6 = i1 % 64;
    const int x7 = x5 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    b2[i1] = v9;
  }
}

// ---- k7.cl

// launch 7: reduction of sum div -> f32[B, 28, 1]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 28;
    const int x3 = o % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  const float v9 = (r8 / 64.0f);
  b1[o] = v9;
}

// ---- k8.cl

// launch 8: reduction of broadcast sub mul sum div add sqrt recip mul -> f32[B, 28, 64] f32[B, 28, 1] f32[B, 28, 1] f32[B, 28, 1]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 28;
    const int x3 = o % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = b1[o];
    const float v9 = (v7 - v8);
    const float v10 = (v9 * v9);
    b2[x6] = v9;
    acc += (acc_t) v10;
  }
  const float r11 = (float) acc;
  const float v12 = (r11 / 64.0f);
  const float v13 = (v12 + (0x1.4f8b58p-17f));
  const float v14 = F64(sqrt, v13);
  const float v15 = (1.0f / v14);
  b3[o] = v15;
  const float v16 = (v15 * v15);
  b4[o] = v16;
  b5[o] = v14;
}

// ---- k9.cl

// launch 9: elementwise broadcast mul mul add -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1792;
    const int x4 = x3 * 28;
    const int x5 = i1 / 64;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 * v8);
    const int x10 = i1 % 64;
    const float v11 = b2[x10];
    const float v12 = (v9 * v11);
    const float v13 = b3[x10];
    const float v14 = (v12 + v13);
    b4[i1] = v14;
    b5[i1] = v8;
    b6[i1] = v9;
  }
}

// ---- k10.cl

// launch 10: elementwise transpose -> f32[64, 64]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const int x1 = i0 % 64;
    const int x2 = x1 * 64;
    const int x3 = i0 / 64;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    b1[i0] = v5;
  }
}

// ---- k11.cl

// launch 11: matmul -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k11(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 64, K = 64;
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

// ---- k12.cl

// launch 13: elementwise transpose -> f32[64, 64]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const int x1 = i0 % 64;
    const int x2 = x1 + 64;
    const int x3 = x2 * 64;
    const int x4 = i0 / 64;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k13.cl

// launch 15: elementwise add -> f32[B, 28, 64]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const int x4 = x3 + 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k14.cl

// launch 16: elementwise transpose -> f32[B, 4, 28, 16]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 28;
    const int x4 = i1 / 16;
    const int x5 = x4 % 28;
    const int x6 = x3 + x5;
    const int x7 = x6 * 4;
    const int x8 = i1 / 448;
    const int x9 = x8 % 4;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = i1 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k15.cl

// launch 17: elementwise transpose -> f32[B, 4, 16, 28]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 28;
    const int x4 = i1 % 28;
    const int x5 = x3 + x4;
    const int x6 = x5 * 4;
    const int x7 = i1 / 448;
    const int x8 = x7 % 4;
    const int x9 = x6 + x8;
    const int x10 = x9 * 16;
    const int x11 = i1 / 28;
    const int x12 = x11 % 16;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k16.cl

// launch 18: matmul -> f32[B, 4, 28, 28]
__kernel __attribute__((reqd_work_group_size(8, 8, 1)))
void k16(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 28, K = 16;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 32;
  __local float As[16][32], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 4) {
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
      for (int kk = lid / 32; kk < 16; kk += 2) {
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

// ---- k17.cl

// launch 19: elementwise mul -> f32[B, 4, 28, 28]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.0p-2f));
    b1[i1] = v3;
  }
}

// ---- k18.cl

// launch 20: reduction of reduce_max stop_gradient -> f32[B, 4, 28, 1]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[14];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 28;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 112;
    const int x2 = x1 * 4;
    const int x3 = o / 28;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = o % 28;
    const int x8 = x6 + x7;
    const int x9 = x8 * 28;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc = isnan(acc) || isnan((acc_t) v11) ? NAN : fmax(acc, (acc_t) v11);
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k19.cl

// launch 21: elementwise broadcast sub exp -> f32[B, 4, 28, 28]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 3136;
    const int x4 = x3 * 4;
    const int x5 = i1 / 784;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = i1 / 28;
    const int x10 = x9 % 28;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 - v12);
    const float v14 = F64(exp, v13);
    b2[i1] = v14;
  }
}

// ---- k20.cl

// launch 22: reduction of sum -> f32[B, 4, 28, 1]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[14];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 28;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 112;
    const int x2 = x1 * 4;
    const int x3 = o / 28;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = o % 28;
    const int x8 = x6 + x7;
    const int x9 = x8 * 28;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k21.cl

// launch 23: elementwise broadcast div -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 3136;
    const int x4 = x3 * 4;
    const int x5 = i1 / 784;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = i1 / 28;
    const int x10 = x9 % 28;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 / v12);
    b2[i1] = v13;
    b3[i1] = v12;
  }
}

// ---- k22.cl

// launch 24: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k22(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 0u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.ccccccp-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * (0x1.1c71c8p0f));
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k23.cl

// launch 25: elementwise transpose -> f32[64, 64]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const int x1 = i0 % 64;
    const int x2 = x1 + 128;
    const int x3 = x2 * 64;
    const int x4 = i0 / 64;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k24.cl

// launch 27: elementwise add -> f32[B, 28, 64]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const int x4 = x3 + 128;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k25.cl

// launch 29: matmul -> f32[B, 4, 28, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 16, K = 28;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 16;
  __local float As[16][32], Bs[16][16];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 2) {
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
      for (int kk = lid / 16; kk < 16; kk += 2) {
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

// launch 30: elementwise reshape -> f32[B, 28, 64]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 4;
    const int x4 = i1 / 16;
    const int x5 = x4 % 4;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 / 64;
    const int x9 = x8 % 28;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = i1 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k27.cl

// launch 31: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 64, K = 64;
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

// ---- k28.cl

// launch 33: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int v4 = b2[0];
    const float v5 = nnc_random(0, 42u, 1u, (float) v4, i1);
    const float v6 = BOOL(v5 < (0x1.ccccccp-1f));
    const float v7 = (v3 * v6);
    const float v8 = (v7 * (0x1.1c71c8p0f));
    const float v9 = (v2 + v8);
    b3[i1] = v9;
    b4[i1] = v6;
  }
}

// ---- k29.cl

// launch 37: matmul b' -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k29(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 256, K = 64;
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

// ---- k30.cl

// launch 38: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
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

// ---- k31.cl

// launch 39: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
__kernel void k31(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 2u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.ccccccp-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * (0x1.1c71c8p0f));
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k32.cl

// launch 40: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k32(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 64, K = 256;
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

// ---- k33.cl

// launch 42: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int v4 = b2[0];
    const float v5 = nnc_random(0, 42u, 3u, (float) v4, i1);
    const float v6 = BOOL(v5 < (0x1.ccccccp-1f));
    const float v7 = (v3 * v6);
    const float v8 = (v7 * (0x1.1c71c8p0f));
    const float v9 = (v2 + v8);
    b3[i1] = v9;
    b4[i1] = v6;
  }
}

// ---- k34.cl

// launch 60: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k34(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 6u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.ccccccp-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * (0x1.1c71c8p0f));
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k35.cl

// launch 69: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int v4 = b2[0];
    const float v5 = nnc_random(0, 42u, 7u, (float) v4, i1);
    const float v6 = BOOL(v5 < (0x1.ccccccp-1f));
    const float v7 = (v3 * v6);
    const float v8 = (v7 * (0x1.1c71c8p0f));
    const float v9 = (v2 + v8);
    b3[i1] = v9;
    b4[i1] = v6;
  }
}

// ---- k36.cl

// launch 75: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
__kernel void k36(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 8u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.ccccccp-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * (0x1.1c71c8p0f));
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k37.cl

// launch 78: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int v4 = b2[0];
    const float v5 = nnc_random(0, 42u, 9u, (float) v4, i1);
    const float v6 = BOOL(v5 < (0x1.ccccccp-1f));
    const float v7 = (v3 * v6);
    const float v8 = (v7 * (0x1.1c71c8p0f));
    const float v9 = (v2 + v8);
    b3[i1] = v9;
    b4[i1] = v6;
  }
}

// ---- k38.cl

// launch 81: reduction of broadcast mul mul add sum div -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 64]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[17];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 28;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 64;
    const int x2 = x1 * 28;
    const int x3 = x2 + j;
    const int x4 = x3 * 64;
    const int x5 = o % 64;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    const float v8 = b1[x3];
    const float v9 = (v7 * v8);
    const float v10 = b2[x5];
    const float v11 = (v9 * v10);
    const float v12 = b3[x5];
    const float v13 = (v11 + v12);
    b4[x6] = v8;
    b5[x6] = v9;
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  const float v15 = (r14 / 28.0f);
  b6[o] = v15;
}

// ---- k39.cl

// launch 82: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k39(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 10, K = 64;
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

// ---- k40.cl

// launch 83: elementwise add -> f32[B, 10]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k41.cl

// launch 84: reduction of reduce_max stop_gradient -> f32[B, 1]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k42.cl

// launch 85: elementwise broadcast sub exp -> f32[B, 10] f32[B, 10]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 10;
    const float v4 = b1[x3];
    const float v5 = (v2 - v4);
    const float v6 = F64(exp, v5);
    b2[i1] = v6;
    b3[i1] = v5;
  }
}

// ---- k43.cl

// launch 86: reduction of sum log -> f32[B, 1] f32[B, 1]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  const float v5 = F64(log, r4);
  b1[o] = v5;
  b2[o] = r4;
}

// ---- k44.cl

// launch 87: elementwise broadcast sub -> f32[B, 10]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 10;
    const float v4 = b1[x3];
    const float v5 = (v2 - v4);
    b2[i1] = v5;
  }
}

// ---- k45.cl

// launch 88: reduction of reshape select sum -> f32[B, 1]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = b1[x2];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  b2[o] = r6;
}

// ---- k46.cl

// launch 89: reduction of sum div neg -> f32[]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k47.cl

// launch 90: elementwise div -> f32[]
__kernel void k47(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k48.cl

// launch 91: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k49.cl

// launch 92: reduction of reshape neg sum div -> f32[B, 10] f32[B, 1]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
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

// ---- k50.cl

// launch 93: elementwise broadcast mul add -> f32[B, 10]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 10;
    const float v4 = b1[x3];
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
  }
}

// ---- k51.cl

// launch 94: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k51(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 10;
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

// ---- k52.cl

// launch 95: elementwise div -> f32[B, 64]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 28.0f);
    b1[i1] = v3;
  }
}

// ---- k53.cl

// launch 96: reduction of broadcast mul mul mul sum mul neg mul div div -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 1]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 64;
    const int x3 = x2 + j;
    const float v4 = b0[x3];
    const float v5 = b1[j];
    const float v6 = (v4 * v5);
    const int x7 = x1 * 28;
    const int x8 = o % 28;
    const int x9 = x7 + x8;
    const int x10 = x9 * 64;
    const int x11 = x10 + j;
    const float v12 = b2[x11];
    const float v13 = (v6 * v12);
    const float v14 = b3[x11];
    const float v15 = (v6 * v14);
    b4[x11] = v15;
    b5[x11] = v4;
    acc += (acc_t) v13;
  }
  const float r16 = (float) acc;
  const float v17 = b6[o];
  const float v18 = (r16 * v17);
  const float v19 = (-v18);
  const float v20 = (v19 * (0x1.0p-1f));
  const float v21 = b7[o];
  const float v22 = (v20 / v21);
  const float v23 = (v22 / 64.0f);
  b8[o] = v23;
}

// ---- k54.cl

// launch 97: reduction of broadcast mul add add neg sum div -> f32[B, 28, 64] f32[B, 28, 1]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 28;
    const int x3 = o % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = b1[o];
    const float v9 = b2[x6];
    const float v10 = (v8 * v9);
    const float v11 = (v7 + v10);
    const float v12 = (v11 + v10);
    const float v13 = (-v12);
    b3[x6] = v12;
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  const float v15 = (r14 / 64.0f);
  b4[o] = v15;
}

// ---- k55.cl

// launch 98: elementwise broadcast add mul mul -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1792;
    const int x4 = x3 * 28;
    const int x5 = i1 / 64;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = (v9 * (0x1.1c71c8p0f));
    const float v11 = b2[i1];
    const float v12 = (v10 * v11);
    b3[i1] = v12;
    b4[i1] = v9;
  }
}

// ---- k56.cl

// launch 99: elementwise transpose -> f32[B, 64, 256]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 256;
    const int x3 = x2 % 64;
    const int x4 = x3 * 256;
    const int x5 = i1 % 256;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k57.cl

// launch 100: matmul -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k57(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 256, K = 64;
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

// ---- k58.cl

// launch 101: elementwise mul mul mul mul mul mul mul add -> f32[B, 28, 256]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.1c71c8p0f));
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 * v8);
    const float v10 = (v9 * (0x1.6a09e6p-1f));
    const float v11 = b4[i1];
    const float v12 = (v5 * v11);
    const float v13 = (v12 * (0x1.0p-1f));
    const float v14 = (v10 + v13);
    b5[i1] = v14;
  }
}

// ---- k59.cl

// launch 102: elementwise transpose -> f32[B, 256, 64]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 % 256;
    const int x4 = x3 * 64;
    const int x5 = i1 % 64;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k60.cl

// launch 103: matmul -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k60(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 64, K = 256;
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

// ---- k61.cl

// launch 104: elementwise mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
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

// ---- k62.cl

// launch 105: reduction of sum mul neg mul div div -> f32[B, 28, 1]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 28;
    const int x3 = o % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  const float v9 = b1[o];
  const float v10 = (r8 * v9);
  const float v11 = (-v10);
  const float v12 = (v11 * (0x1.0p-1f));
  const float v13 = b2[o];
  const float v14 = (v12 / v13);
  const float v15 = (v14 / 64.0f);
  b3[o] = v15;
}

// ---- k63.cl

// launch 106: reduction of broadcast mul add add add neg sum div -> f32[B, 28, 64] f32[B, 28, 1]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[2];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 28;
    const int x2 = x1 * 28;
    const int x3 = o % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = b1[o];
    const float v9 = b2[x6];
    const float v10 = (v8 * v9);
    const float v11 = (v7 + v10);
    const float v12 = (v11 + v10);
    const float v13 = (-v12);
    const float v14 = b3[x6];
    const float v15 = (v14 + v12);
    b4[x6] = v15;
    acc += (acc_t) v13;
  }
  const float r16 = (float) acc;
  const float v17 = (r16 / 64.0f);
  b5[o] = v17;
}

// ---- k64.cl

// launch 108: elementwise transpose -> f32[B, 64, 64]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 % 64;
    const int x4 = x3 * 64;
    const int x5 = i1 % 64;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k65.cl

// launch 109: matmul -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k65(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 64, K = 64;
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

// ---- k66.cl

// launch 111: matmul a' -> f32[B, 4, 28, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k66(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 16, K = 28;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 16;
  __local float As[16][32], Bs[16][16];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 32; mm < 32; mm += 32) {
      const int m = m0 + mm;
      for (int kk = lid / 32; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 16; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 2) {
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

// ---- k67.cl

// launch 113: elementwise transpose -> f32[B, 64, 64]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 64;
    const int x3 = x2 * 64;
    const int x4 = i1 / 64;
    const int x5 = x4 % 64;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k68.cl

// launch 117: elementwise mul mul div mul div neg -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.1c71c8p0f));
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

// ---- k69.cl

// launch 119: elementwise broadcast add mul mul -> f32[B, 4, 28, 28]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 3136;
    const int x4 = x3 * 4;
    const int x5 = i1 / 784;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = i1 / 28;
    const int x10 = x9 % 28;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 + v12);
    const float v14 = b2[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v15 * (0x1.0p-2f));
    b3[i1] = v16;
  }
}

// ---- k70.cl

// launch 121: matmul -> f32[B, 4, 16, 28]
__kernel __attribute__((reqd_work_group_size(8, 4, 1)))
void k70(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 16, N = 28, K = 28;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 32;
  __local float As[16][16], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 2) {
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
      for (int kk = lid / 32; kk < 16; kk += 1) {
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

// ---- k71.cl

// launch 122: elementwise reshape -> f32[B, 28, 64]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 4;
    const int x4 = i1 / 16;
    const int x5 = x4 % 4;
    const int x6 = x3 + x5;
    const int x7 = x6 * 16;
    const int x8 = i1 % 16;
    const int x9 = x7 + x8;
    const int x10 = x9 * 28;
    const int x11 = i1 / 64;
    const int x12 = x11 % 28;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k72.cl

// launch 125: elementwise add -> f32[B, 28, 64]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k73.cl

// launch 131: elementwise add mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const int x5 = i1 % 64;
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

// ---- k74.cl

// launch 170: elementwise broadcast add -> f32[B, 28, 64]
__kernel void k74(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1792;
    const int x4 = x3 * 28;
    const int x5 = i1 / 64;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    b2[i1] = v9;
  }
}

// ---- k75.cl

// launch 171: matmul a' -> f32[28, 64]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k75(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 64, K = d[2];
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

// ---- k76.cl

// launch 172: reduction of sum -> f32[64]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k77.cl

// launch 173: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k77(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[2];
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

// ---- k78.cl

// launch 176: elementwise pad pad add pad add -> f32[192, 64]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 12288) {
    const int i0 = gid - 0;
    const int x1 = i0 / 64;
    const int x2 = x1 - 128;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 64) {
      const int x4 = i0 % 64;
      const int x5 = x4 * 64;
      const int x6 = x5 + x2;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x1 - 64;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 64) {
      const int x10 = i0 % 64;
      const int x11 = x10 * 64;
      const int x12 = x11 + x8;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    float v15 = 0.0f;
    if (x1 >= 0 && x1 < 64) {
      const int x16 = i0 % 64;
      const int x17 = x16 * 64;
      const int x18 = x17 + x1;
      const float v19 = b2[x18];
      v15 = v19;
    }
    const float v20 = (v14 + v15);
    b3[i0] = v20;
  }
}

// ---- k79.cl

// launch 180: elementwise pad pad add pad add -> f32[192]
__kernel void k79(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 192) {
    const int i0 = gid - 0;
    const int x1 = i0 - 128;
    float v2 = 0.0f;
    if (x1 >= 0 && x1 < 64) {
      const float v3 = b0[x1];
      v2 = v3;
    }
    const int x4 = i0 - 64;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 64) {
      const float v6 = b1[x4];
      v5 = v6;
    }
    const float v7 = (v2 + v5);
    float v8 = 0.0f;
    if (i0 >= 0 && i0 < 64) {
      const float v9 = b2[i0];
      v8 = v9;
    }
    const float v10 = (v7 + v8);
    b3[i0] = v10;
  }
}

// ---- k80.cl

// launch 183: matmul a' -> f32[64, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k80(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 256, K = d[2];
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

// ---- k81.cl

// launch 184: reduction of sum -> f32[256]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 256;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k82.cl

// launch 185: matmul a' -> f32[256, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k82(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 64, K = d[2];
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

// ---- k83.cl

// launch 209: reduction of mul sum -> f32[64]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 * v8);
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b2[o] = r10;
}

// ---- k84.cl

// launch 211: matmul a' -> f32[10, 64]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k84(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 64, K = d[1];
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

// ---- k85.cl

// launch 212: reduction of sum -> f32[10]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 10) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 10;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k86.cl

// launch 213: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[64, 28] f32[64, 28] f32[64, 28] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]
__kernel void k86(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global const int* restrict d) {
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
  if (gid < 1792) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const int x14 = i11 % 28;
    const int x15 = x14 * 64;
    const int x16 = i11 / 28;
    const int x17 = x15 + x16;
    const float v18 = b2[x17];
    const float v19 = ((0x1.99999ap-4f) * v18);
    const float v20 = (v13 + v19);
    b3[i11] = v20;
    const float v21 = b4[i11];
    const float v22 = ((0x1.ff7ceep-1f) * v21);
    const float v23 = ((0x1.0624dep-10f) * v18);
    const float v24 = (v23 * v18);
    const float v25 = (v22 + v24);
    b5[i11] = v25;
    const float v26 = b6[i11];
    const float v27 = (v26 * (0x1.fffebp-1f));
    const float v28 = (v20 / v8);
    const float v29 = ((0x1.0624dep-10f) * v28);
    const float v30 = (v25 / v10);
    const float v31 = F64(sqrt, v30);
    const float v32 = (v31 + (0x1.5798eep-27f));
    const float v33 = (v29 / v32);
    const float v34 = (v27 - v33);
    b7[i11] = v34;
  } else if (gid < 1856) {
    const int i35 = gid - 1792;
    const float v36 = b8[i35];
    const float v37 = ((0x1.ccccccp-1f) * v36);
    const float v38 = b9[i35];
    const float v39 = ((0x1.99999ap-4f) * v38);
    const float v40 = (v37 + v39);
    b10[i35] = v40;
    const float v41 = b11[i35];
    const float v42 = ((0x1.ff7ceep-1f) * v41);
    const float v43 = ((0x1.0624dep-10f) * v38);
    const float v44 = (v43 * v38);
    const float v45 = (v42 + v44);
    b12[i35] = v45;
    const float v46 = b13[i35];
    const float v47 = (v46 * (0x1.fffebp-1f));
    const float v48 = (v40 / v8);
    const float v49 = ((0x1.0624dep-10f) * v48);
    const float v50 = (v45 / v10);
    const float v51 = F64(sqrt, v50);
    const float v52 = (v51 + (0x1.5798eep-27f));
    const float v53 = (v49 / v52);
    const float v54 = (v47 - v53);
    b14[i35] = v54;
    const float v55 = b15[i35];
    const float v56 = ((0x1.ccccccp-1f) * v55);
    const float v57 = b16[i35];
    const float v58 = ((0x1.99999ap-4f) * v57);
    const float v59 = (v56 + v58);
    b17[i35] = v59;
    const float v60 = b18[i35];
    const float v61 = ((0x1.ff7ceep-1f) * v60);
    const float v62 = ((0x1.0624dep-10f) * v57);
    const float v63 = (v62 * v57);
    const float v64 = (v61 + v63);
    b19[i35] = v64;
    const float v65 = b20[i35];
    const float v66 = (v65 * (0x1.fffebp-1f));
    const float v67 = (v59 / v8);
    const float v68 = ((0x1.0624dep-10f) * v67);
    const float v69 = (v64 / v10);
    const float v70 = F64(sqrt, v69);
    const float v71 = (v70 + (0x1.5798eep-27f));
    const float v72 = (v68 / v71);
    const float v73 = (v66 - v72);
    b21[i35] = v73;
    const float v74 = b22[i35];
    const float v75 = ((0x1.ccccccp-1f) * v74);
    const float v76 = b23[i35];
    const float v77 = ((0x1.99999ap-4f) * v76);
    const float v78 = (v75 + v77);
    b24[i35] = v78;
    const float v79 = b25[i35];
    const float v80 = ((0x1.ff7ceep-1f) * v79);
    const float v81 = ((0x1.0624dep-10f) * v76);
    const float v82 = (v81 * v76);
    const float v83 = (v80 + v82);
    b26[i35] = v83;
    const float v84 = b27[i35];
    const float v85 = (v84 * (0x1.fffebp-1f));
    const float v86 = (v78 / v8);
    const float v87 = ((0x1.0624dep-10f) * v86);
    const float v88 = (v83 / v10);
    const float v89 = F64(sqrt, v88);
    const float v90 = (v89 + (0x1.5798eep-27f));
    const float v91 = (v87 / v90);
    const float v92 = (v85 - v91);
    b28[i35] = v92;
    const float v93 = b29[i35];
    const float v94 = ((0x1.ccccccp-1f) * v93);
    const float v95 = b30[i35];
    const float v96 = ((0x1.99999ap-4f) * v95);
    const float v97 = (v94 + v96);
    b31[i35] = v97;
    const float v98 = b32[i35];
    const float v99 = ((0x1.ff7ceep-1f) * v98);
    const float v100 = ((0x1.0624dep-10f) * v95);
    const float v101 = (v100 * v95);
    const float v102 = (v99 + v101);
    b33[i35] = v102;
    const float v103 = b34[i35];
    const float v104 = (v103 * (0x1.fffebp-1f));
    const float v105 = (v97 / v8);
    const float v106 = ((0x1.0624dep-10f) * v105);
    const float v107 = (v102 / v10);
    const float v108 = F64(sqrt, v107);
    const float v109 = (v108 + (0x1.5798eep-27f));
    const float v110 = (v106 / v109);
    const float v111 = (v104 - v110);
    b35[i35] = v111;
    const float v112 = b36[i35];
    const float v113 = ((0x1.ccccccp-1f) * v112);
    const float v114 = b37[i35];
    const float v115 = ((0x1.99999ap-4f) * v114);
    const float v116 = (v113 + v115);
    b38[i35] = v116;
    const float v117 = b39[i35];
    const float v118 = ((0x1.ff7ceep-1f) * v117);
    const float v119 = ((0x1.0624dep-10f) * v114);
    const float v120 = (v119 * v114);
    const float v121 = (v118 + v120);
    b40[i35] = v121;
    const float v122 = b41[i35];
    const float v123 = (v122 * (0x1.fffebp-1f));
    const float v124 = (v116 / v8);
    const float v125 = ((0x1.0624dep-10f) * v124);
    const float v126 = (v121 / v10);
    const float v127 = F64(sqrt, v126);
    const float v128 = (v127 + (0x1.5798eep-27f));
    const float v129 = (v125 / v128);
    const float v130 = (v123 - v129);
    b42[i35] = v130;
    const float v131 = b43[i35];
    const float v132 = ((0x1.ccccccp-1f) * v131);
    const float v133 = b44[i35];
    const float v134 = ((0x1.99999ap-4f) * v133);
    const float v135 = (v132 + v134);
    b45[i35] = v135;
    const float v136 = b46[i35];
    const float v137 = ((0x1.ff7ceep-1f) * v136);
    const float v138 = ((0x1.0624dep-10f) * v133);
    const float v139 = (v138 * v133);
    const float v140 = (v137 + v139);
    b47[i35] = v140;
    const float v141 = b48[i35];
    const float v142 = (v141 * (0x1.fffebp-1f));
    const float v143 = (v135 / v8);
    const float v144 = ((0x1.0624dep-10f) * v143);
    const float v145 = (v140 / v10);
    const float v146 = F64(sqrt, v145);
    const float v147 = (v146 + (0x1.5798eep-27f));
    const float v148 = (v144 / v147);
    const float v149 = (v142 - v148);
    b49[i35] = v149;
    const float v150 = b50[i35];
    const float v151 = ((0x1.ccccccp-1f) * v150);
    const float v152 = b51[i35];
    const float v153 = ((0x1.99999ap-4f) * v152);
    const float v154 = (v151 + v153);
    b52[i35] = v154;
    const float v155 = b53[i35];
    const float v156 = ((0x1.ff7ceep-1f) * v155);
    const float v157 = ((0x1.0624dep-10f) * v152);
    const float v158 = (v157 * v152);
    const float v159 = (v156 + v158);
    b54[i35] = v159;
    const float v160 = b55[i35];
    const float v161 = (v160 * (0x1.fffebp-1f));
    const float v162 = (v154 / v8);
    const float v163 = ((0x1.0624dep-10f) * v162);
    const float v164 = (v159 / v10);
    const float v165 = F64(sqrt, v164);
    const float v166 = (v165 + (0x1.5798eep-27f));
    const float v167 = (v163 / v166);
    const float v168 = (v161 - v167);
    b56[i35] = v168;
    const float v169 = b57[i35];
    const float v170 = ((0x1.ccccccp-1f) * v169);
    const float v171 = b58[i35];
    const float v172 = ((0x1.99999ap-4f) * v171);
    const float v173 = (v170 + v172);
    b59[i35] = v173;
    const float v174 = b60[i35];
    const float v175 = ((0x1.ff7ceep-1f) * v174);
    const float v176 = ((0x1.0624dep-10f) * v171);
    const float v177 = (v176 * v171);
    const float v178 = (v175 + v177);
    b61[i35] = v178;
    const float v179 = b62[i35];
    const float v180 = (v179 * (0x1.fffebp-1f));
    const float v181 = (v173 / v8);
    const float v182 = ((0x1.0624dep-10f) * v181);
    const float v183 = (v178 / v10);
    const float v184 = F64(sqrt, v183);
    const float v185 = (v184 + (0x1.5798eep-27f));
    const float v186 = (v182 / v185);
    const float v187 = (v180 - v186);
    b63[i35] = v187;
    const float v188 = b64[i35];
    const float v189 = ((0x1.ccccccp-1f) * v188);
    const float v190 = b65[i35];
    const float v191 = ((0x1.99999ap-4f) * v190);
    const float v192 = (v189 + v191);
    b66[i35] = v192;
    const float v193 = b67[i35];
    const float v194 = ((0x1.ff7ceep-1f) * v193);
    const float v195 = ((0x1.0624dep-10f) * v190);
    const float v196 = (v195 * v190);
    const float v197 = (v194 + v196);
    b68[i35] = v197;
    const float v198 = b69[i35];
    const float v199 = (v198 * (0x1.fffebp-1f));
    const float v200 = (v192 / v8);
    const float v201 = ((0x1.0624dep-10f) * v200);
    const float v202 = (v197 / v10);
    const float v203 = F64(sqrt, v202);
    const float v204 = (v203 + (0x1.5798eep-27f));
    const float v205 = (v201 / v204);
    const float v206 = (v199 - v205);
    b70[i35] = v206;
    const float v207 = b71[i35];
    const float v208 = ((0x1.ccccccp-1f) * v207);
    const float v209 = b72[i35];
    const float v210 = ((0x1.99999ap-4f) * v209);
    const float v211 = (v208 + v210);
    b73[i35] = v211;
    const float v212 = b74[i35];
    const float v213 = ((0x1.ff7ceep-1f) * v212);
    const float v214 = ((0x1.0624dep-10f) * v209);
    const float v215 = (v214 * v209);
    const float v216 = (v213 + v215);
    b75[i35] = v216;
    const float v217 = b76[i35];
    const float v218 = (v217 * (0x1.fffebp-1f));
    const float v219 = (v211 / v8);
    const float v220 = ((0x1.0624dep-10f) * v219);
    const float v221 = (v216 / v10);
    const float v222 = F64(sqrt, v221);
    const float v223 = (v222 + (0x1.5798eep-27f));
    const float v224 = (v220 / v223);
    const float v225 = (v218 - v224);
    b77[i35] = v225;
    const float v226 = b78[i35];
    const float v227 = ((0x1.ccccccp-1f) * v226);
    const float v228 = b79[i35];
    const float v229 = ((0x1.99999ap-4f) * v228);
    const float v230 = (v227 + v229);
    b80[i35] = v230;
    const float v231 = b81[i35];
    const float v232 = ((0x1.ff7ceep-1f) * v231);
    const float v233 = ((0x1.0624dep-10f) * v228);
    const float v234 = (v233 * v228);
    const float v235 = (v232 + v234);
    b82[i35] = v235;
    const float v236 = b83[i35];
    const float v237 = (v236 * (0x1.fffebp-1f));
    const float v238 = (v230 / v8);
    const float v239 = ((0x1.0624dep-10f) * v238);
    const float v240 = (v235 / v10);
    const float v241 = F64(sqrt, v240);
    const float v242 = (v241 + (0x1.5798eep-27f));
    const float v243 = (v239 / v242);
    const float v244 = (v237 - v243);
    b84[i35] = v244;
    const float v245 = b85[i35];
    const float v246 = ((0x1.ccccccp-1f) * v245);
    const float v247 = b86[i35];
    const float v248 = ((0x1.99999ap-4f) * v247);
    const float v249 = (v246 + v248);
    b87[i35] = v249;
    const float v250 = b88[i35];
    const float v251 = ((0x1.ff7ceep-1f) * v250);
    const float v252 = ((0x1.0624dep-10f) * v247);
    const float v253 = (v252 * v247);
    const float v254 = (v251 + v253);
    b89[i35] = v254;
    const float v255 = b90[i35];
    const float v256 = (v255 * (0x1.fffebp-1f));
    const float v257 = (v249 / v8);
    const float v258 = ((0x1.0624dep-10f) * v257);
    const float v259 = (v254 / v10);
    const float v260 = F64(sqrt, v259);
    const float v261 = (v260 + (0x1.5798eep-27f));
    const float v262 = (v258 / v261);
    const float v263 = (v256 - v262);
    b91[i35] = v263;
    const float v264 = b92[i35];
    const float v265 = ((0x1.ccccccp-1f) * v264);
    const float v266 = b93[i35];
    const float v267 = ((0x1.99999ap-4f) * v266);
    const float v268 = (v265 + v267);
    b94[i35] = v268;
    const float v269 = b95[i35];
    const float v270 = ((0x1.ff7ceep-1f) * v269);
    const float v271 = ((0x1.0624dep-10f) * v266);
    const float v272 = (v271 * v266);
    const float v273 = (v270 + v272);
    b96[i35] = v273;
    const float v274 = b97[i35];
    const float v275 = (v274 * (0x1.fffebp-1f));
    const float v276 = (v268 / v8);
    const float v277 = ((0x1.0624dep-10f) * v276);
    const float v278 = (v273 / v10);
    const float v279 = F64(sqrt, v278);
    const float v280 = (v279 + (0x1.5798eep-27f));
    const float v281 = (v277 / v280);
    const float v282 = (v275 - v281);
    b98[i35] = v282;
    const float v283 = b99[i35];
    const float v284 = ((0x1.ccccccp-1f) * v283);
    const float v285 = b100[i35];
    const float v286 = ((0x1.99999ap-4f) * v285);
    const float v287 = (v284 + v286);
    b101[i35] = v287;
    const float v288 = b102[i35];
    const float v289 = ((0x1.ff7ceep-1f) * v288);
    const float v290 = ((0x1.0624dep-10f) * v285);
    const float v291 = (v290 * v285);
    const float v292 = (v289 + v291);
    b103[i35] = v292;
    const float v293 = b104[i35];
    const float v294 = (v293 * (0x1.fffebp-1f));
    const float v295 = (v287 / v8);
    const float v296 = ((0x1.0624dep-10f) * v295);
    const float v297 = (v292 / v10);
    const float v298 = F64(sqrt, v297);
    const float v299 = (v298 + (0x1.5798eep-27f));
    const float v300 = (v296 / v299);
    const float v301 = (v294 - v300);
    b105[i35] = v301;
    const float v302 = b106[i35];
    const float v303 = ((0x1.ccccccp-1f) * v302);
    const float v304 = b107[i35];
    const float v305 = ((0x1.99999ap-4f) * v304);
    const float v306 = (v303 + v305);
    b108[i35] = v306;
    const float v307 = b109[i35];
    const float v308 = ((0x1.ff7ceep-1f) * v307);
    const float v309 = ((0x1.0624dep-10f) * v304);
    const float v310 = (v309 * v304);
    const float v311 = (v308 + v310);
    b110[i35] = v311;
    const float v312 = b111[i35];
    const float v313 = (v312 * (0x1.fffebp-1f));
    const float v314 = (v306 / v8);
    const float v315 = ((0x1.0624dep-10f) * v314);
    const float v316 = (v311 / v10);
    const float v317 = F64(sqrt, v316);
    const float v318 = (v317 + (0x1.5798eep-27f));
    const float v319 = (v315 / v318);
    const float v320 = (v313 - v319);
    b112[i35] = v320;
  } else if (gid < 14144) {
    const int i321 = gid - 1856;
    const float v322 = b113[i321];
    const float v323 = ((0x1.ccccccp-1f) * v322);
    const float v324 = b114[i321];
    const float v325 = ((0x1.99999ap-4f) * v324);
    const float v326 = (v323 + v325);
    b115[i321] = v326;
    const float v327 = b116[i321];
    const float v328 = ((0x1.ff7ceep-1f) * v327);
    const float v329 = ((0x1.0624dep-10f) * v324);
    const float v330 = (v329 * v324);
    const float v331 = (v328 + v330);
    b117[i321] = v331;
    const float v332 = b118[i321];
    const float v333 = (v332 * (0x1.fffebp-1f));
    const float v334 = (v326 / v8);
    const float v335 = ((0x1.0624dep-10f) * v334);
    const float v336 = (v331 / v10);
    const float v337 = F64(sqrt, v336);
    const float v338 = (v337 + (0x1.5798eep-27f));
    const float v339 = (v335 / v338);
    const float v340 = (v333 - v339);
    b119[i321] = v340;
    const float v341 = b120[i321];
    const float v342 = ((0x1.ccccccp-1f) * v341);
    const float v343 = b121[i321];
    const float v344 = ((0x1.99999ap-4f) * v343);
    const float v345 = (v342 + v344);
    b122[i321] = v345;
    const float v346 = b123[i321];
    const float v347 = ((0x1.ff7ceep-1f) * v346);
    const float v348 = ((0x1.0624dep-10f) * v343);
    const float v349 = (v348 * v343);
    const float v350 = (v347 + v349);
    b124[i321] = v350;
    const float v351 = b125[i321];
    const float v352 = (v351 * (0x1.fffebp-1f));
    const float v353 = (v345 / v8);
    const float v354 = ((0x1.0624dep-10f) * v353);
    const float v355 = (v350 / v10);
    const float v356 = F64(sqrt, v355);
    const float v357 = (v356 + (0x1.5798eep-27f));
    const float v358 = (v354 / v357);
    const float v359 = (v352 - v358);
    b126[i321] = v359;
  } else if (gid < 14336) {
    const int i360 = gid - 14144;
    const float v361 = b127[i360];
    const float v362 = ((0x1.ccccccp-1f) * v361);
    const float v363 = b128[i360];
    const float v364 = ((0x1.99999ap-4f) * v363);
    const float v365 = (v362 + v364);
    b129[i360] = v365;
    const float v366 = b130[i360];
    const float v367 = ((0x1.ff7ceep-1f) * v366);
    const float v368 = ((0x1.0624dep-10f) * v363);
    const float v369 = (v368 * v363);
    const float v370 = (v367 + v369);
    b131[i360] = v370;
    const float v371 = b132[i360];
    const float v372 = (v371 * (0x1.fffebp-1f));
    const float v373 = (v365 / v8);
    const float v374 = ((0x1.0624dep-10f) * v373);
    const float v375 = (v370 / v10);
    const float v376 = F64(sqrt, v375);
    const float v377 = (v376 + (0x1.5798eep-27f));
    const float v378 = (v374 / v377);
    const float v379 = (v372 - v378);
    b133[i360] = v379;
    const float v380 = b134[i360];
    const float v381 = ((0x1.ccccccp-1f) * v380);
    const float v382 = b135[i360];
    const float v383 = ((0x1.99999ap-4f) * v382);
    const float v384 = (v381 + v383);
    b136[i360] = v384;
    const float v385 = b137[i360];
    const float v386 = ((0x1.ff7ceep-1f) * v385);
    const float v387 = ((0x1.0624dep-10f) * v382);
    const float v388 = (v387 * v382);
    const float v389 = (v386 + v388);
    b138[i360] = v389;
    const float v390 = b139[i360];
    const float v391 = (v390 * (0x1.fffebp-1f));
    const float v392 = (v384 / v8);
    const float v393 = ((0x1.0624dep-10f) * v392);
    const float v394 = (v389 / v10);
    const float v395 = F64(sqrt, v394);
    const float v396 = (v395 + (0x1.5798eep-27f));
    const float v397 = (v393 / v396);
    const float v398 = (v391 - v397);
    b140[i360] = v398;
  } else if (gid < 18432) {
    const int i399 = gid - 14336;
    const float v400 = b141[i399];
    const float v401 = ((0x1.ccccccp-1f) * v400);
    const int x402 = i399 % 64;
    const int x403 = x402 * 64;
    const int x404 = i399 / 64;
    const int x405 = x403 + x404;
    const float v406 = b142[x405];
    const float v407 = ((0x1.99999ap-4f) * v406);
    const float v408 = (v401 + v407);
    b143[i399] = v408;
    const float v409 = b144[i399];
    const float v410 = ((0x1.ff7ceep-1f) * v409);
    const float v411 = ((0x1.0624dep-10f) * v406);
    const float v412 = (v411 * v406);
    const float v413 = (v410 + v412);
    b145[i399] = v413;
    const float v414 = b146[i399];
    const float v415 = (v414 * (0x1.fffebp-1f));
    const float v416 = (v408 / v8);
    const float v417 = ((0x1.0624dep-10f) * v416);
    const float v418 = (v413 / v10);
    const float v419 = F64(sqrt, v418);
    const float v420 = (v419 + (0x1.5798eep-27f));
    const float v421 = (v417 / v420);
    const float v422 = (v415 - v421);
    b147[i399] = v422;
    const float v423 = b148[i399];
    const float v424 = ((0x1.ccccccp-1f) * v423);
    const float v425 = b149[x405];
    const float v426 = ((0x1.99999ap-4f) * v425);
    const float v427 = (v424 + v426);
    b150[i399] = v427;
    const float v428 = b151[i399];
    const float v429 = ((0x1.ff7ceep-1f) * v428);
    const float v430 = ((0x1.0624dep-10f) * v425);
    const float v431 = (v430 * v425);
    const float v432 = (v429 + v431);
    b152[i399] = v432;
    const float v433 = b153[i399];
    const float v434 = (v433 * (0x1.fffebp-1f));
    const float v435 = (v427 / v8);
    const float v436 = ((0x1.0624dep-10f) * v435);
    const float v437 = (v432 / v10);
    const float v438 = F64(sqrt, v437);
    const float v439 = (v438 + (0x1.5798eep-27f));
    const float v440 = (v436 / v439);
    const float v441 = (v434 - v440);
    b154[i399] = v441;
  } else if (gid < 34816) {
    const int i442 = gid - 18432;
    const float v443 = b155[i442];
    const float v444 = ((0x1.ccccccp-1f) * v443);
    const int x445 = i442 % 64;
    const int x446 = x445 * 256;
    const int x447 = i442 / 64;
    const int x448 = x446 + x447;
    const float v449 = b156[x448];
    const float v450 = ((0x1.99999ap-4f) * v449);
    const float v451 = (v444 + v450);
    b157[i442] = v451;
    const float v452 = b158[i442];
    const float v453 = ((0x1.ff7ceep-1f) * v452);
    const float v454 = ((0x1.0624dep-10f) * v449);
    const float v455 = (v454 * v449);
    const float v456 = (v453 + v455);
    b159[i442] = v456;
    const float v457 = b160[i442];
    const float v458 = (v457 * (0x1.fffebp-1f));
    const float v459 = (v451 / v8);
    const float v460 = ((0x1.0624dep-10f) * v459);
    const float v461 = (v456 / v10);
    const float v462 = F64(sqrt, v461);
    const float v463 = (v462 + (0x1.5798eep-27f));
    const float v464 = (v460 / v463);
    const float v465 = (v458 - v464);
    b161[i442] = v465;
    const float v466 = b162[i442];
    const float v467 = ((0x1.ccccccp-1f) * v466);
    const float v468 = b163[x448];
    const float v469 = ((0x1.99999ap-4f) * v468);
    const float v470 = (v467 + v469);
    b164[i442] = v470;
    const float v471 = b165[i442];
    const float v472 = ((0x1.ff7ceep-1f) * v471);
    const float v473 = ((0x1.0624dep-10f) * v468);
    const float v474 = (v473 * v468);
    const float v475 = (v472 + v474);
    b166[i442] = v475;
    const float v476 = b167[i442];
    const float v477 = (v476 * (0x1.fffebp-1f));
    const float v478 = (v470 / v8);
    const float v479 = ((0x1.0624dep-10f) * v478);
    const float v480 = (v475 / v10);
    const float v481 = F64(sqrt, v480);
    const float v482 = (v481 + (0x1.5798eep-27f));
    const float v483 = (v479 / v482);
    const float v484 = (v477 - v483);
    b168[i442] = v484;
  } else if (gid < 35072) {
    const int i485 = gid - 34816;
    const float v486 = b169[i485];
    const float v487 = ((0x1.ccccccp-1f) * v486);
    const float v488 = b170[i485];
    const float v489 = ((0x1.99999ap-4f) * v488);
    const float v490 = (v487 + v489);
    b171[i485] = v490;
    const float v491 = b172[i485];
    const float v492 = ((0x1.ff7ceep-1f) * v491);
    const float v493 = ((0x1.0624dep-10f) * v488);
    const float v494 = (v493 * v488);
    const float v495 = (v492 + v494);
    b173[i485] = v495;
    const float v496 = b174[i485];
    const float v497 = (v496 * (0x1.fffebp-1f));
    const float v498 = (v490 / v8);
    const float v499 = ((0x1.0624dep-10f) * v498);
    const float v500 = (v495 / v10);
    const float v501 = F64(sqrt, v500);
    const float v502 = (v501 + (0x1.5798eep-27f));
    const float v503 = (v499 / v502);
    const float v504 = (v497 - v503);
    b175[i485] = v504;
    const float v505 = b176[i485];
    const float v506 = ((0x1.ccccccp-1f) * v505);
    const float v507 = b177[i485];
    const float v508 = ((0x1.99999ap-4f) * v507);
    const float v509 = (v506 + v508);
    b178[i485] = v509;
    const float v510 = b179[i485];
    const float v511 = ((0x1.ff7ceep-1f) * v510);
    const float v512 = ((0x1.0624dep-10f) * v507);
    const float v513 = (v512 * v507);
    const float v514 = (v511 + v513);
    b180[i485] = v514;
    const float v515 = b181[i485];
    const float v516 = (v515 * (0x1.fffebp-1f));
    const float v517 = (v509 / v8);
    const float v518 = ((0x1.0624dep-10f) * v517);
    const float v519 = (v514 / v10);
    const float v520 = F64(sqrt, v519);
    const float v521 = (v520 + (0x1.5798eep-27f));
    const float v522 = (v518 / v521);
    const float v523 = (v516 - v522);
    b182[i485] = v523;
  } else if (gid < 51456) {
    const int i524 = gid - 35072;
    const float v525 = b183[i524];
    const float v526 = ((0x1.ccccccp-1f) * v525);
    const int x527 = i524 % 256;
    const int x528 = x527 * 64;
    const int x529 = i524 / 256;
    const int x530 = x528 + x529;
    const float v531 = b184[x530];
    const float v532 = ((0x1.99999ap-4f) * v531);
    const float v533 = (v526 + v532);
    b185[i524] = v533;
    const float v534 = b186[i524];
    const float v535 = ((0x1.ff7ceep-1f) * v534);
    const float v536 = ((0x1.0624dep-10f) * v531);
    const float v537 = (v536 * v531);
    const float v538 = (v535 + v537);
    b187[i524] = v538;
    const float v539 = b188[i524];
    const float v540 = (v539 * (0x1.fffebp-1f));
    const float v541 = (v533 / v8);
    const float v542 = ((0x1.0624dep-10f) * v541);
    const float v543 = (v538 / v10);
    const float v544 = F64(sqrt, v543);
    const float v545 = (v544 + (0x1.5798eep-27f));
    const float v546 = (v542 / v545);
    const float v547 = (v540 - v546);
    b189[i524] = v547;
    const float v548 = b190[i524];
    const float v549 = ((0x1.ccccccp-1f) * v548);
    const float v550 = b191[x530];
    const float v551 = ((0x1.99999ap-4f) * v550);
    const float v552 = (v549 + v551);
    b192[i524] = v552;
    const float v553 = b193[i524];
    const float v554 = ((0x1.ff7ceep-1f) * v553);
    const float v555 = ((0x1.0624dep-10f) * v550);
    const float v556 = (v555 * v550);
    const float v557 = (v554 + v556);
    b194[i524] = v557;
    const float v558 = b195[i524];
    const float v559 = (v558 * (0x1.fffebp-1f));
    const float v560 = (v552 / v8);
    const float v561 = ((0x1.0624dep-10f) * v560);
    const float v562 = (v557 / v10);
    const float v563 = F64(sqrt, v562);
    const float v564 = (v563 + (0x1.5798eep-27f));
    const float v565 = (v561 / v564);
    const float v566 = (v559 - v565);
    b196[i524] = v566;
  } else if (gid < 52096) {
    const int i567 = gid - 51456;
    const float v568 = b197[i567];
    const float v569 = ((0x1.ccccccp-1f) * v568);
    const float v570 = b198[i567];
    const float v571 = ((0x1.99999ap-4f) * v570);
    const float v572 = (v569 + v571);
    b199[i567] = v572;
    const float v573 = b200[i567];
    const float v574 = ((0x1.ff7ceep-1f) * v573);
    const float v575 = ((0x1.0624dep-10f) * v570);
    const float v576 = (v575 * v570);
    const float v577 = (v574 + v576);
    b201[i567] = v577;
    const float v578 = b202[i567];
    const float v579 = (v578 * (0x1.fffebp-1f));
    const float v580 = (v572 / v8);
    const float v581 = ((0x1.0624dep-10f) * v580);
    const float v582 = (v577 / v10);
    const float v583 = F64(sqrt, v582);
    const float v584 = (v583 + (0x1.5798eep-27f));
    const float v585 = (v581 / v584);
    const float v586 = (v579 - v585);
    b203[i567] = v586;
  } else if (gid < 52106) {
    const int i587 = gid - 52096;
    const float v588 = b204[i587];
    const float v589 = ((0x1.ccccccp-1f) * v588);
    const float v590 = b205[i587];
    const float v591 = ((0x1.99999ap-4f) * v590);
    const float v592 = (v589 + v591);
    b206[i587] = v592;
    const float v593 = b207[i587];
    const float v594 = ((0x1.ff7ceep-1f) * v593);
    const float v595 = ((0x1.0624dep-10f) * v590);
    const float v596 = (v595 * v590);
    const float v597 = (v594 + v596);
    b208[i587] = v597;
    const float v598 = b209[i587];
    const float v599 = (v598 * (0x1.fffebp-1f));
    const float v600 = (v592 / v8);
    const float v601 = ((0x1.0624dep-10f) * v600);
    const float v602 = (v597 / v10);
    const float v603 = F64(sqrt, v602);
    const float v604 = (v603 + (0x1.5798eep-27f));
    const float v605 = (v601 / v604);
    const float v606 = (v599 - v605);
    b210[i587] = v606;
  }
}
