// RowTransformer: kernels of one training step: 69 OpenCL kernels for 171 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: matmul b' -> f32[B, 28, 64]
k2.cl: launch 2: elementwise add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
k3.cl: launch 3: elementwise cast -> f32[28]
k4.cl: launch 4: elementwise cast mul floor mul mul exp sub mul -> f32[64] f32[64]
k5.cl: launch 5: elementwise broadcast broadcast mul broadcast add sin -> f32[28, 64] (from samples/transformer_encoder.nn:18:23)
k6.cl: launch 6: elementwise broadcast add -> f32[B, 28, 64] (from samples/transformer_encoder.nn:18:12)
k7.cl: launch 7: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 1] f32[B, 28, 1]
k8.cl: launch 8: elementwise transpose -> f32[64, 64]
k9.cl: launch 9: matmul -> f32[B, 28, 64]
k10.cl: launch 11: elementwise transpose -> f32[64, 64]
k11.cl: launch 13: elementwise add -> f32[B, 28, 64]
k12.cl: launch 14: elementwise transpose -> f32[B, 4, 28, 16]
k13.cl: launch 15: elementwise transpose -> f32[B, 4, 16, 28]
k14.cl: launch 16: matmul -> f32[B, 4, 28, 28]
k15.cl: launch 17: elementwise mul -> f32[B, 4, 28, 28]
k16.cl: launch 18: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 28, 28] f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k17.cl: launch 19: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k18.cl: launch 20: elementwise transpose -> f32[64, 64]
k19.cl: launch 22: elementwise add -> f32[B, 28, 64]
k20.cl: launch 24: matmul -> f32[B, 4, 28, 16]
k21.cl: launch 25: elementwise reshape -> f32[B, 28, 64]
k22.cl: launch 26: matmul b' -> f32[B, 28, 64]
k23.cl: launch 28: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k24.cl: launch 30: matmul b' -> f32[B, 28, 256]
k25.cl: launch 31: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256]
k26.cl: launch 32: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
k27.cl: launch 33: matmul b' -> f32[B, 28, 64]
k28.cl: launch 35: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k29.cl: launch 48: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k30.cl: launch 57: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k31.cl: launch 61: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
k32.cl: launch 64: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
k33.cl: launch 66: reduction of sum div -> f32[B, 64]
k34.cl: launch 67: matmul b' -> f32[B, 10]
k35.cl: launch 68: elementwise add -> f32[B, 10]
k36.cl: launch 69: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k37.cl: launch 70: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k38.cl: launch 71: reduction of sum div neg -> f32[]
k39.cl: launch 72: elementwise div -> f32[]
k40.cl: launch 73: elementwise broadcast select -> f32[B, 1, 10]
k41.cl: launch 74: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k42.cl: launch 75: matmul -> f32[B, 64]
k43.cl: launch 76: elementwise div -> f32[B, 64]
k44.cl: launch 77: reduction of broadcast mul mul mul sum mul neg mul div div broadcast mul ... -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k45.cl: launch 78: matmul -> f32[B, 28, 256]
k46.cl: launch 79: elementwise mul mul mul mul mul mul mul add -> f32[B, 28, 256]
k47.cl: launch 80: matmul -> f32[B, 28, 64]
k48.cl: launch 81: elementwise mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k49.cl: launch 82: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 28, 64] f32[B, 28, 64]
k50.cl: launch 85: matmul a' -> f32[B, 4, 28, 16]
k51.cl: launch 90: elementwise mul mul div mul div neg -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
k52.cl: launch 91: reduction of sum broadcast add mul mul -> f32[B, 4, 28, 28]
k53.cl: launch 93: matmul -> f32[B, 4, 16, 28]
k54.cl: launch 94: elementwise reshape -> f32[B, 28, 64]
k55.cl: launch 96: elementwise add -> f32[B, 28, 64]
k56.cl: launch 101: elementwise add mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
k57.cl: launch 127: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 28, 64]
k58.cl: launch 128: matmul a' -> f32[64, 28]
k59.cl: launch 129: reduction of sum -> f32[64]
k60.cl: launch 130: matmul a' -> f32[64, 64]
k61.cl: launch 133: elementwise pad pad add pad add -> f32[192, 64]
k62.cl: launch 137: elementwise pad pad add pad add -> f32[192]
k63.cl: launch 140: matmul a' -> f32[256, 64]
k64.cl: launch 141: reduction of sum -> f32[256]
k65.cl: launch 142: matmul a' -> f32[64, 256]
k66.cl: launch 168: matmul a' -> f32[10, 64]
k67.cl: launch 169: reduction of sum -> f32[10]
k68.cl: launch 170: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[64, 28] f32[64, 28] f32[64, 28] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]

// ---- k0.cl

// launch 0: elementwise gather -> i32[B, 1]
__kernel void k0(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 10, fault);
    b1[i1] = v3;
  }
}

// ---- k1.cl

// launch 1: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 28;
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

// ---- k3.cl

// launch 3: elementwise cast -> f32[28]
__kernel void k3(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 28) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    b0[i0] = v1;
  }
}

// ---- k4.cl

// launch 4: elementwise cast mul floor mul mul exp sub mul -> f32[64] f32[64]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    const float v2 = ((0x1.0p-1f) * v1);
    const float v3 = F64(floor, v2);
    const float v4 = (2.0f * v3);
    const float v5 = (v4 * (-0x1.26bb1cp-3f));
    const float v6 = F64(exp, v5);
    b0[i0] = v6;
    const float v7 = (v1 - v4);
    const float v8 = (v7 * (0x1.921fb6p0f));
    b1[i0] = v8;
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
  const int x0 = d[5];
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

// launch 7: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 1] f32[B, 28, 1]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 28;
    const int x10 = x9 * 28;
    const int x11 = o % 28;
    const int x12 = x10 + x11;
    const int x13 = x12 * 64;
    const int x14 = x13 + j;
    const float v15 = b0[x14];
    const float v16 = (r8 / 64.0f);
    const float v17 = (v15 - v16);
    const float v18 = (v17 * v17);
    acc1 += (acc_t) v18;
  }
  const float r19 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x20 = o / 28;
    const int x21 = x20 * 28;
    const int x22 = o % 28;
    const int x23 = x21 + x22;
    const int x24 = x23 * 64;
    const int x25 = x24 + j;
    const float v26 = b0[x25];
    const float v27 = (r8 / 64.0f);
    const float v28 = (v26 - v27);
    const float v29 = (r19 / 64.0f);
    const float v30 = (v29 + (0x1.4f8b58p-17f));
    const float v31 = F64(sqrt, v30);
    const float v32 = (1.0f / v31);
    const float v33 = (v28 * v32);
    const float v34 = b1[j];
    const float v35 = (v33 * v34);
    const float v36 = b2[j];
    const float v37 = (v35 + v36);
    b3[x25] = v37;
    b4[x25] = v32;
    b5[x25] = v28;
    b6[x25] = v33;
  }
  const float v38 = (r19 / 64.0f);
  const float v39 = (v38 + (0x1.4f8b58p-17f));
  const float v40 = F64(sqrt, v39);
  const float v41 = (1.0f / v40);
  const float v42 = (v41 * v41);
  b7[o] = v42;
  b8[o] = v40;
}

// ---- k8.cl

// launch 8: elementwise transpose -> f32[64, 64]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k9.cl

// launch 9: matmul -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k9(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 64;
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

// ---- k10.cl

// launch 11: elementwise transpose -> f32[64, 64]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k11.cl

// launch 13: elementwise add -> f32[B, 28, 64]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k12.cl

// launch 14: elementwise transpose -> f32[B, 4, 28, 16]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k13.cl

// launch 15: elementwise transpose -> f32[B, 4, 16, 28]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k14.cl

// launch 16: matmul -> f32[B, 4, 28, 28]
__kernel __attribute__((reqd_work_group_size(8, 8, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k15.cl

// launch 17: elementwise mul -> f32[B, 4, 28, 28]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.0p-2f));
    b1[i1] = v3;
  }
}

// ---- k16.cl

// launch 18: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 28, 28] f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[13];
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
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 112;
    const int x14 = x13 * 4;
    const int x15 = o / 28;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 28;
    const int x19 = o % 28;
    const int x20 = x18 + x19;
    const int x21 = x20 * 28;
    const int x22 = x21 + j;
    const float v23 = b0[x22];
    const float v24 = (v23 - r12);
    const float v25 = F64(exp, v24);
    acc1 += (acc_t) v25;
  }
  const float r26 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x27 = o / 112;
    const int x28 = x27 * 4;
    const int x29 = o / 28;
    const int x30 = x29 % 4;
    const int x31 = x28 + x30;
    const int x32 = x31 * 28;
    const int x33 = o % 28;
    const int x34 = x32 + x33;
    const int x35 = x34 * 28;
    const int x36 = x35 + j;
    const float v37 = b0[x36];
    const float v38 = (v37 - r12);
    const float v39 = F64(exp, v38);
    const float v40 = (v39 / r26);
    b1[x36] = v40;
    b2[x36] = r26;
    b3[x36] = v39;
  }
}

// ---- k17.cl

// launch 19: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k17(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
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

// ---- k18.cl

// launch 20: elementwise transpose -> f32[64, 64]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k19.cl

// launch 22: elementwise add -> f32[B, 28, 64]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k20.cl

// launch 24: matmul -> f32[B, 4, 28, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k20(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k21.cl

// launch 25: elementwise reshape -> f32[B, 28, 64]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 / 64;
    const int x9 = x8 % 28;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = x4 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k22.cl

// launch 26: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k22(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 64;
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

// ---- k23.cl

// launch 28: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k24.cl

// launch 30: matmul b' -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k24(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k25.cl

// launch 31: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256] f32[B, 28, 256]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
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

// ---- k26.cl

// launch 32: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
__kernel void k26(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
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

// ---- k27.cl

// launch 33: matmul b' -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k27(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 256;
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

// launch 35: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k29.cl

// launch 48: elementwise random lt cast mul mul -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k29(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
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

// ---- k30.cl

// launch 57: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k31.cl

// launch 61: elementwise random lt cast mul mul -> f32[B, 28, 256] f32[B, 28, 256]
__kernel void k31(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
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

// ---- k32.cl

// launch 64: elementwise random lt cast mul mul add -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k33.cl

// launch 66: reduction of sum div -> f32[B, 64]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[16];
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
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  const float v9 = (r8 / 28.0f);
  b1[o] = v9;
}

// ---- k34.cl

// launch 67: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k34(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 64;
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

// ---- k35.cl

// launch 68: elementwise add -> f32[B, 10]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k36.cl

// launch 69: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
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
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 10;
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

// ---- k37.cl

// launch 70: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k37(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 10;
    const int x4 = x3 + j;
    const float v5 = b1[x4];
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    b2[x4] = v2;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  b3[o] = r7;
}

// ---- k38.cl

// launch 71: reduction of sum div neg -> f32[]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k39.cl

// launch 72: elementwise div -> f32[]
__kernel void k39(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k40.cl

// launch 73: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k41.cl

// launch 74: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 10;
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

// ---- k42.cl

// launch 75: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k42(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 10;
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

// ---- k43.cl

// launch 76: elementwise div -> f32[B, 64]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 28.0f);
    b1[i1] = v3;
  }
}

// ---- k44.cl

// launch 77: reduction of broadcast mul mul mul sum mul neg mul div div broadcast mul ... -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x15 = o / 28;
    const int x16 = x15 * 64;
    const int x17 = x16 + j;
    const float v18 = b0[x17];
    const float v19 = b1[j];
    const float v20 = (v18 * v19);
    const int x21 = x15 * 28;
    const int x22 = o % 28;
    const int x23 = x21 + x22;
    const int x24 = x23 * 64;
    const int x25 = x24 + j;
    const float v26 = b3[x25];
    const float v27 = (v20 * v26);
    const float v28 = b4[o];
    const float v29 = (r14 * v28);
    const float v30 = (-v29);
    const float v31 = (v30 * (0x1.0p-1f));
    const float v32 = b5[o];
    const float v33 = (v31 / v32);
    const float v34 = (v33 / 64.0f);
    const float v35 = b2[x25];
    const float v36 = (v34 * v35);
    const float v37 = (v27 + v36);
    const float v38 = (v37 + v36);
    const float v39 = (-v38);
    acc1 += (acc_t) v39;
  }
  const float r40 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x41 = o / 28;
    const int x42 = x41 * 64;
    const int x43 = x42 + j;
    const float v44 = b0[x43];
    const float v45 = b1[j];
    const float v46 = (v44 * v45);
    const int x47 = x41 * 28;
    const int x48 = o % 28;
    const int x49 = x47 + x48;
    const int x50 = x49 * 64;
    const int x51 = x50 + j;
    const float v52 = b3[x51];
    const float v53 = (v46 * v52);
    const float v54 = b4[o];
    const float v55 = (r14 * v54);
    const float v56 = (-v55);
    const float v57 = (v56 * (0x1.0p-1f));
    const float v58 = b5[o];
    const float v59 = (v57 / v58);
    const float v60 = (v59 / 64.0f);
    const float v61 = b2[x51];
    const float v62 = (v60 * v61);
    const float v63 = (v53 + v62);
    const float v64 = (v63 + v62);
    const float v65 = (r40 / 64.0f);
    const float v66 = (v64 + v65);
    const float v67 = (v66 * (0x1.1c71c8p0f));
    const float v68 = b6[x51];
    const float v69 = (v67 * v68);
    b7[x51] = v69;
    b8[x51] = v66;
    const float v70 = b9[x51];
    const float v71 = (v44 * v70);
    b10[x51] = v71;
    b11[x51] = v44;
  }
}

// ---- k45.cl

// launch 78: matmul -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k45(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k46.cl

// launch 79: elementwise mul mul mul mul mul mul mul add -> f32[B, 28, 256]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
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

// ---- k47.cl

// launch 80: matmul -> f32[B, 28, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k47(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 64, K = 256;
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

// ---- k48.cl

// launch 81: elementwise mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k49.cl

// launch 82: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 28, 64] f32[B, 28, 64]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 28;
    const int x10 = x9 * 28;
    const int x11 = o % 28;
    const int x12 = x10 + x11;
    const int x13 = x12 * 64;
    const int x14 = x13 + j;
    const float v15 = b1[x14];
    const float v16 = b2[o];
    const float v17 = (r8 * v16);
    const float v18 = (-v17);
    const float v19 = (v18 * (0x1.0p-1f));
    const float v20 = b3[o];
    const float v21 = (v19 / v20);
    const float v22 = (v21 / 64.0f);
    const float v23 = b4[x14];
    const float v24 = (v22 * v23);
    const float v25 = (v15 + v24);
    const float v26 = (v25 + v24);
    const float v27 = (-v26);
    acc1 += (acc_t) v27;
  }
  const float r28 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x29 = o / 28;
    const int x30 = x29 * 28;
    const int x31 = o % 28;
    const int x32 = x30 + x31;
    const int x33 = x32 * 64;
    const int x34 = x33 + j;
    const float v35 = b5[x34];
    const float v36 = b1[x34];
    const float v37 = b2[o];
    const float v38 = (r8 * v37);
    const float v39 = (-v38);
    const float v40 = (v39 * (0x1.0p-1f));
    const float v41 = b3[o];
    const float v42 = (v40 / v41);
    const float v43 = (v42 / 64.0f);
    const float v44 = b4[x34];
    const float v45 = (v43 * v44);
    const float v46 = (v36 + v45);
    const float v47 = (v46 + v45);
    const float v48 = (v35 + v47);
    const float v49 = (r28 / 64.0f);
    const float v50 = (v48 + v49);
    const float v51 = (v50 * (0x1.1c71c8p0f));
    const float v52 = b6[x34];
    const float v53 = (v51 * v52);
    b7[x34] = v53;
    b8[x34] = v50;
  }
}

// ---- k50.cl

// launch 85: matmul a' -> f32[B, 4, 28, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k50(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k51.cl

// launch 90: elementwise mul mul div mul div neg -> f32[B, 4, 28, 28] f32[B, 4, 28, 28]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
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

// ---- k52.cl

// launch 91: reduction of sum broadcast add mul mul -> f32[B, 4, 28, 28]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[13];
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
  for (int j = 0; j < count; j++) {
    const int x13 = o / 112;
    const int x14 = x13 * 4;
    const int x15 = o / 28;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 28;
    const int x19 = o % 28;
    const int x20 = x18 + x19;
    const int x21 = x20 * 28;
    const int x22 = x21 + j;
    const float v23 = b1[x22];
    const float v24 = (v23 + r12);
    const float v25 = b2[x22];
    const float v26 = (v24 * v25);
    const float v27 = (v26 * (0x1.0p-2f));
    b3[x22] = v27;
  }
}

// ---- k53.cl

// launch 93: matmul -> f32[B, 4, 16, 28]
__kernel __attribute__((reqd_work_group_size(8, 4, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k54.cl

// launch 94: elementwise reshape -> f32[B, 28, 64]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1792;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 16;
    const int x8 = x4 % 16;
    const int x9 = x7 + x8;
    const int x10 = x9 * 28;
    const int x11 = i1 / 64;
    const int x12 = x11 % 28;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k55.cl

// launch 96: elementwise add -> f32[B, 28, 64]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k56.cl

// launch 101: elementwise add mul mul mul mul -> f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64] f32[B, 28, 64]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k57.cl

// launch 127: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 28, 64]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
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
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 28;
    const int x10 = x9 * 28;
    const int x11 = o % 28;
    const int x12 = x10 + x11;
    const int x13 = x12 * 64;
    const int x14 = x13 + j;
    const float v15 = b1[x14];
    const float v16 = b2[o];
    const float v17 = (r8 * v16);
    const float v18 = (-v17);
    const float v19 = (v18 * (0x1.0p-1f));
    const float v20 = b3[o];
    const float v21 = (v19 / v20);
    const float v22 = (v21 / 64.0f);
    const float v23 = b4[x14];
    const float v24 = (v22 * v23);
    const float v25 = (v15 + v24);
    const float v26 = (v25 + v24);
    const float v27 = (-v26);
    acc1 += (acc_t) v27;
  }
  const float r28 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x29 = o / 28;
    const int x30 = x29 * 28;
    const int x31 = o % 28;
    const int x32 = x30 + x31;
    const int x33 = x32 * 64;
    const int x34 = x33 + j;
    const float v35 = b5[x34];
    const float v36 = b1[x34];
    const float v37 = b2[o];
    const float v38 = (r8 * v37);
    const float v39 = (-v38);
    const float v40 = (v39 * (0x1.0p-1f));
    const float v41 = b3[o];
    const float v42 = (v40 / v41);
    const float v43 = (v42 / 64.0f);
    const float v44 = b4[x34];
    const float v45 = (v43 * v44);
    const float v46 = (v36 + v45);
    const float v47 = (v46 + v45);
    const float v48 = (v35 + v47);
    const float v49 = (r28 / 64.0f);
    const float v50 = (v48 + v49);
    b6[x34] = v50;
  }
}

// ---- k58.cl

// launch 128: matmul a' -> f32[64, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k58(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 28, K = d[1];
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

// ---- k59.cl

// launch 129: reduction of sum -> f32[64]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[1];
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

// ---- k60.cl

// launch 130: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k60(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[1];
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

// ---- k61.cl

// launch 133: elementwise pad pad add pad add -> f32[192, 64]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 12288) {
    const int i0 = gid - 0;
    const int x1 = i0 / 64;
    const int x2 = x1 - 128;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 64) {
      const int x4 = x2 * 64;
      const int x5 = i0 % 64;
      const int x6 = x4 + x5;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x1 - 64;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 64) {
      const int x10 = x8 * 64;
      const int x11 = i0 % 64;
      const int x12 = x10 + x11;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    float v15 = 0.0f;
    if (x1 >= 0 && x1 < 64) {
      const int x16 = x1 * 64;
      const int x17 = i0 % 64;
      const int x18 = x16 + x17;
      const float v19 = b2[x18];
      v15 = v19;
    }
    const float v20 = (v14 + v15);
    b3[i0] = v20;
  }
}

// ---- k62.cl

// launch 137: elementwise pad pad add pad add -> f32[192]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k63.cl

// launch 140: matmul a' -> f32[256, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k63(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k64.cl

// launch 141: reduction of sum -> f32[256]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
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

// ---- k65.cl

// launch 142: matmul a' -> f32[64, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k65(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 256, K = d[1];
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

// ---- k66.cl

// launch 168: matmul a' -> f32[10, 64]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k66(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 64, K = d[0];
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

// ---- k67.cl

// launch 169: reduction of sum -> f32[10]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 10) return;
  acc_t acc = 0;
  const int x0 = d[0];
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

// ---- k68.cl

// launch 170: elementwise mul mul mul add cast pow sub broadcast div mul mul mul ... -> f32[64, 28] f32[64, 28] f32[64, 28] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[64, 256] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]
__kernel void k68(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global const int* restrict d) {
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
    const float v23 = (v22 * (0x1.fffebp-1f));
    const float v24 = (v16 / v8);
    const float v25 = ((0x1.0624dep-10f) * v24);
    const float v26 = (v21 / v10);
    const float v27 = F64(sqrt, v26);
    const float v28 = (v27 + (0x1.5798eep-27f));
    const float v29 = (v25 / v28);
    const float v30 = (v23 - v29);
    b7[i11] = v30;
  } else if (gid < 1856) {
    const int i31 = gid - 1792;
    const float v32 = b8[i31];
    const float v33 = ((0x1.ccccccp-1f) * v32);
    const float v34 = b9[i31];
    const float v35 = ((0x1.99999ap-4f) * v34);
    const float v36 = (v33 + v35);
    b10[i31] = v36;
    const float v37 = b11[i31];
    const float v38 = ((0x1.ff7ceep-1f) * v37);
    const float v39 = ((0x1.0624dep-10f) * v34);
    const float v40 = (v39 * v34);
    const float v41 = (v38 + v40);
    b12[i31] = v41;
    const float v42 = b13[i31];
    const float v43 = (v42 * (0x1.fffebp-1f));
    const float v44 = (v36 / v8);
    const float v45 = ((0x1.0624dep-10f) * v44);
    const float v46 = (v41 / v10);
    const float v47 = F64(sqrt, v46);
    const float v48 = (v47 + (0x1.5798eep-27f));
    const float v49 = (v45 / v48);
    const float v50 = (v43 - v49);
    b14[i31] = v50;
    const float v51 = b15[i31];
    const float v52 = ((0x1.ccccccp-1f) * v51);
    const float v53 = b16[i31];
    const float v54 = ((0x1.99999ap-4f) * v53);
    const float v55 = (v52 + v54);
    b17[i31] = v55;
    const float v56 = b18[i31];
    const float v57 = ((0x1.ff7ceep-1f) * v56);
    const float v58 = ((0x1.0624dep-10f) * v53);
    const float v59 = (v58 * v53);
    const float v60 = (v57 + v59);
    b19[i31] = v60;
    const float v61 = b20[i31];
    const float v62 = (v61 * (0x1.fffebp-1f));
    const float v63 = (v55 / v8);
    const float v64 = ((0x1.0624dep-10f) * v63);
    const float v65 = (v60 / v10);
    const float v66 = F64(sqrt, v65);
    const float v67 = (v66 + (0x1.5798eep-27f));
    const float v68 = (v64 / v67);
    const float v69 = (v62 - v68);
    b21[i31] = v69;
    const float v70 = b22[i31];
    const float v71 = ((0x1.ccccccp-1f) * v70);
    const float v72 = b23[i31];
    const float v73 = ((0x1.99999ap-4f) * v72);
    const float v74 = (v71 + v73);
    b24[i31] = v74;
    const float v75 = b25[i31];
    const float v76 = ((0x1.ff7ceep-1f) * v75);
    const float v77 = ((0x1.0624dep-10f) * v72);
    const float v78 = (v77 * v72);
    const float v79 = (v76 + v78);
    b26[i31] = v79;
    const float v80 = b27[i31];
    const float v81 = (v80 * (0x1.fffebp-1f));
    const float v82 = (v74 / v8);
    const float v83 = ((0x1.0624dep-10f) * v82);
    const float v84 = (v79 / v10);
    const float v85 = F64(sqrt, v84);
    const float v86 = (v85 + (0x1.5798eep-27f));
    const float v87 = (v83 / v86);
    const float v88 = (v81 - v87);
    b28[i31] = v88;
    const float v89 = b29[i31];
    const float v90 = ((0x1.ccccccp-1f) * v89);
    const float v91 = b30[i31];
    const float v92 = ((0x1.99999ap-4f) * v91);
    const float v93 = (v90 + v92);
    b31[i31] = v93;
    const float v94 = b32[i31];
    const float v95 = ((0x1.ff7ceep-1f) * v94);
    const float v96 = ((0x1.0624dep-10f) * v91);
    const float v97 = (v96 * v91);
    const float v98 = (v95 + v97);
    b33[i31] = v98;
    const float v99 = b34[i31];
    const float v100 = (v99 * (0x1.fffebp-1f));
    const float v101 = (v93 / v8);
    const float v102 = ((0x1.0624dep-10f) * v101);
    const float v103 = (v98 / v10);
    const float v104 = F64(sqrt, v103);
    const float v105 = (v104 + (0x1.5798eep-27f));
    const float v106 = (v102 / v105);
    const float v107 = (v100 - v106);
    b35[i31] = v107;
    const float v108 = b36[i31];
    const float v109 = ((0x1.ccccccp-1f) * v108);
    const float v110 = b37[i31];
    const float v111 = ((0x1.99999ap-4f) * v110);
    const float v112 = (v109 + v111);
    b38[i31] = v112;
    const float v113 = b39[i31];
    const float v114 = ((0x1.ff7ceep-1f) * v113);
    const float v115 = ((0x1.0624dep-10f) * v110);
    const float v116 = (v115 * v110);
    const float v117 = (v114 + v116);
    b40[i31] = v117;
    const float v118 = b41[i31];
    const float v119 = (v118 * (0x1.fffebp-1f));
    const float v120 = (v112 / v8);
    const float v121 = ((0x1.0624dep-10f) * v120);
    const float v122 = (v117 / v10);
    const float v123 = F64(sqrt, v122);
    const float v124 = (v123 + (0x1.5798eep-27f));
    const float v125 = (v121 / v124);
    const float v126 = (v119 - v125);
    b42[i31] = v126;
    const float v127 = b43[i31];
    const float v128 = ((0x1.ccccccp-1f) * v127);
    const float v129 = b44[i31];
    const float v130 = ((0x1.99999ap-4f) * v129);
    const float v131 = (v128 + v130);
    b45[i31] = v131;
    const float v132 = b46[i31];
    const float v133 = ((0x1.ff7ceep-1f) * v132);
    const float v134 = ((0x1.0624dep-10f) * v129);
    const float v135 = (v134 * v129);
    const float v136 = (v133 + v135);
    b47[i31] = v136;
    const float v137 = b48[i31];
    const float v138 = (v137 * (0x1.fffebp-1f));
    const float v139 = (v131 / v8);
    const float v140 = ((0x1.0624dep-10f) * v139);
    const float v141 = (v136 / v10);
    const float v142 = F64(sqrt, v141);
    const float v143 = (v142 + (0x1.5798eep-27f));
    const float v144 = (v140 / v143);
    const float v145 = (v138 - v144);
    b49[i31] = v145;
    const float v146 = b50[i31];
    const float v147 = ((0x1.ccccccp-1f) * v146);
    const float v148 = b51[i31];
    const float v149 = ((0x1.99999ap-4f) * v148);
    const float v150 = (v147 + v149);
    b52[i31] = v150;
    const float v151 = b53[i31];
    const float v152 = ((0x1.ff7ceep-1f) * v151);
    const float v153 = ((0x1.0624dep-10f) * v148);
    const float v154 = (v153 * v148);
    const float v155 = (v152 + v154);
    b54[i31] = v155;
    const float v156 = b55[i31];
    const float v157 = (v156 * (0x1.fffebp-1f));
    const float v158 = (v150 / v8);
    const float v159 = ((0x1.0624dep-10f) * v158);
    const float v160 = (v155 / v10);
    const float v161 = F64(sqrt, v160);
    const float v162 = (v161 + (0x1.5798eep-27f));
    const float v163 = (v159 / v162);
    const float v164 = (v157 - v163);
    b56[i31] = v164;
    const float v165 = b57[i31];
    const float v166 = ((0x1.ccccccp-1f) * v165);
    const float v167 = b58[i31];
    const float v168 = ((0x1.99999ap-4f) * v167);
    const float v169 = (v166 + v168);
    b59[i31] = v169;
    const float v170 = b60[i31];
    const float v171 = ((0x1.ff7ceep-1f) * v170);
    const float v172 = ((0x1.0624dep-10f) * v167);
    const float v173 = (v172 * v167);
    const float v174 = (v171 + v173);
    b61[i31] = v174;
    const float v175 = b62[i31];
    const float v176 = (v175 * (0x1.fffebp-1f));
    const float v177 = (v169 / v8);
    const float v178 = ((0x1.0624dep-10f) * v177);
    const float v179 = (v174 / v10);
    const float v180 = F64(sqrt, v179);
    const float v181 = (v180 + (0x1.5798eep-27f));
    const float v182 = (v178 / v181);
    const float v183 = (v176 - v182);
    b63[i31] = v183;
    const float v184 = b64[i31];
    const float v185 = ((0x1.ccccccp-1f) * v184);
    const float v186 = b65[i31];
    const float v187 = ((0x1.99999ap-4f) * v186);
    const float v188 = (v185 + v187);
    b66[i31] = v188;
    const float v189 = b67[i31];
    const float v190 = ((0x1.ff7ceep-1f) * v189);
    const float v191 = ((0x1.0624dep-10f) * v186);
    const float v192 = (v191 * v186);
    const float v193 = (v190 + v192);
    b68[i31] = v193;
    const float v194 = b69[i31];
    const float v195 = (v194 * (0x1.fffebp-1f));
    const float v196 = (v188 / v8);
    const float v197 = ((0x1.0624dep-10f) * v196);
    const float v198 = (v193 / v10);
    const float v199 = F64(sqrt, v198);
    const float v200 = (v199 + (0x1.5798eep-27f));
    const float v201 = (v197 / v200);
    const float v202 = (v195 - v201);
    b70[i31] = v202;
    const float v203 = b71[i31];
    const float v204 = ((0x1.ccccccp-1f) * v203);
    const float v205 = b72[i31];
    const float v206 = ((0x1.99999ap-4f) * v205);
    const float v207 = (v204 + v206);
    b73[i31] = v207;
    const float v208 = b74[i31];
    const float v209 = ((0x1.ff7ceep-1f) * v208);
    const float v210 = ((0x1.0624dep-10f) * v205);
    const float v211 = (v210 * v205);
    const float v212 = (v209 + v211);
    b75[i31] = v212;
    const float v213 = b76[i31];
    const float v214 = (v213 * (0x1.fffebp-1f));
    const float v215 = (v207 / v8);
    const float v216 = ((0x1.0624dep-10f) * v215);
    const float v217 = (v212 / v10);
    const float v218 = F64(sqrt, v217);
    const float v219 = (v218 + (0x1.5798eep-27f));
    const float v220 = (v216 / v219);
    const float v221 = (v214 - v220);
    b77[i31] = v221;
    const float v222 = b78[i31];
    const float v223 = ((0x1.ccccccp-1f) * v222);
    const float v224 = b79[i31];
    const float v225 = ((0x1.99999ap-4f) * v224);
    const float v226 = (v223 + v225);
    b80[i31] = v226;
    const float v227 = b81[i31];
    const float v228 = ((0x1.ff7ceep-1f) * v227);
    const float v229 = ((0x1.0624dep-10f) * v224);
    const float v230 = (v229 * v224);
    const float v231 = (v228 + v230);
    b82[i31] = v231;
    const float v232 = b83[i31];
    const float v233 = (v232 * (0x1.fffebp-1f));
    const float v234 = (v226 / v8);
    const float v235 = ((0x1.0624dep-10f) * v234);
    const float v236 = (v231 / v10);
    const float v237 = F64(sqrt, v236);
    const float v238 = (v237 + (0x1.5798eep-27f));
    const float v239 = (v235 / v238);
    const float v240 = (v233 - v239);
    b84[i31] = v240;
    const float v241 = b85[i31];
    const float v242 = ((0x1.ccccccp-1f) * v241);
    const float v243 = b86[i31];
    const float v244 = ((0x1.99999ap-4f) * v243);
    const float v245 = (v242 + v244);
    b87[i31] = v245;
    const float v246 = b88[i31];
    const float v247 = ((0x1.ff7ceep-1f) * v246);
    const float v248 = ((0x1.0624dep-10f) * v243);
    const float v249 = (v248 * v243);
    const float v250 = (v247 + v249);
    b89[i31] = v250;
    const float v251 = b90[i31];
    const float v252 = (v251 * (0x1.fffebp-1f));
    const float v253 = (v245 / v8);
    const float v254 = ((0x1.0624dep-10f) * v253);
    const float v255 = (v250 / v10);
    const float v256 = F64(sqrt, v255);
    const float v257 = (v256 + (0x1.5798eep-27f));
    const float v258 = (v254 / v257);
    const float v259 = (v252 - v258);
    b91[i31] = v259;
    const float v260 = b92[i31];
    const float v261 = ((0x1.ccccccp-1f) * v260);
    const float v262 = b93[i31];
    const float v263 = ((0x1.99999ap-4f) * v262);
    const float v264 = (v261 + v263);
    b94[i31] = v264;
    const float v265 = b95[i31];
    const float v266 = ((0x1.ff7ceep-1f) * v265);
    const float v267 = ((0x1.0624dep-10f) * v262);
    const float v268 = (v267 * v262);
    const float v269 = (v266 + v268);
    b96[i31] = v269;
    const float v270 = b97[i31];
    const float v271 = (v270 * (0x1.fffebp-1f));
    const float v272 = (v264 / v8);
    const float v273 = ((0x1.0624dep-10f) * v272);
    const float v274 = (v269 / v10);
    const float v275 = F64(sqrt, v274);
    const float v276 = (v275 + (0x1.5798eep-27f));
    const float v277 = (v273 / v276);
    const float v278 = (v271 - v277);
    b98[i31] = v278;
    const float v279 = b99[i31];
    const float v280 = ((0x1.ccccccp-1f) * v279);
    const float v281 = b100[i31];
    const float v282 = ((0x1.99999ap-4f) * v281);
    const float v283 = (v280 + v282);
    b101[i31] = v283;
    const float v284 = b102[i31];
    const float v285 = ((0x1.ff7ceep-1f) * v284);
    const float v286 = ((0x1.0624dep-10f) * v281);
    const float v287 = (v286 * v281);
    const float v288 = (v285 + v287);
    b103[i31] = v288;
    const float v289 = b104[i31];
    const float v290 = (v289 * (0x1.fffebp-1f));
    const float v291 = (v283 / v8);
    const float v292 = ((0x1.0624dep-10f) * v291);
    const float v293 = (v288 / v10);
    const float v294 = F64(sqrt, v293);
    const float v295 = (v294 + (0x1.5798eep-27f));
    const float v296 = (v292 / v295);
    const float v297 = (v290 - v296);
    b105[i31] = v297;
    const float v298 = b106[i31];
    const float v299 = ((0x1.ccccccp-1f) * v298);
    const float v300 = b107[i31];
    const float v301 = ((0x1.99999ap-4f) * v300);
    const float v302 = (v299 + v301);
    b108[i31] = v302;
    const float v303 = b109[i31];
    const float v304 = ((0x1.ff7ceep-1f) * v303);
    const float v305 = ((0x1.0624dep-10f) * v300);
    const float v306 = (v305 * v300);
    const float v307 = (v304 + v306);
    b110[i31] = v307;
    const float v308 = b111[i31];
    const float v309 = (v308 * (0x1.fffebp-1f));
    const float v310 = (v302 / v8);
    const float v311 = ((0x1.0624dep-10f) * v310);
    const float v312 = (v307 / v10);
    const float v313 = F64(sqrt, v312);
    const float v314 = (v313 + (0x1.5798eep-27f));
    const float v315 = (v311 / v314);
    const float v316 = (v309 - v315);
    b112[i31] = v316;
  } else if (gid < 14144) {
    const int i317 = gid - 1856;
    const float v318 = b113[i317];
    const float v319 = ((0x1.ccccccp-1f) * v318);
    const float v320 = b114[i317];
    const float v321 = ((0x1.99999ap-4f) * v320);
    const float v322 = (v319 + v321);
    b115[i317] = v322;
    const float v323 = b116[i317];
    const float v324 = ((0x1.ff7ceep-1f) * v323);
    const float v325 = ((0x1.0624dep-10f) * v320);
    const float v326 = (v325 * v320);
    const float v327 = (v324 + v326);
    b117[i317] = v327;
    const float v328 = b118[i317];
    const float v329 = (v328 * (0x1.fffebp-1f));
    const float v330 = (v322 / v8);
    const float v331 = ((0x1.0624dep-10f) * v330);
    const float v332 = (v327 / v10);
    const float v333 = F64(sqrt, v332);
    const float v334 = (v333 + (0x1.5798eep-27f));
    const float v335 = (v331 / v334);
    const float v336 = (v329 - v335);
    b119[i317] = v336;
    const float v337 = b120[i317];
    const float v338 = ((0x1.ccccccp-1f) * v337);
    const float v339 = b121[i317];
    const float v340 = ((0x1.99999ap-4f) * v339);
    const float v341 = (v338 + v340);
    b122[i317] = v341;
    const float v342 = b123[i317];
    const float v343 = ((0x1.ff7ceep-1f) * v342);
    const float v344 = ((0x1.0624dep-10f) * v339);
    const float v345 = (v344 * v339);
    const float v346 = (v343 + v345);
    b124[i317] = v346;
    const float v347 = b125[i317];
    const float v348 = (v347 * (0x1.fffebp-1f));
    const float v349 = (v341 / v8);
    const float v350 = ((0x1.0624dep-10f) * v349);
    const float v351 = (v346 / v10);
    const float v352 = F64(sqrt, v351);
    const float v353 = (v352 + (0x1.5798eep-27f));
    const float v354 = (v350 / v353);
    const float v355 = (v348 - v354);
    b126[i317] = v355;
  } else if (gid < 14336) {
    const int i356 = gid - 14144;
    const float v357 = b127[i356];
    const float v358 = ((0x1.ccccccp-1f) * v357);
    const float v359 = b128[i356];
    const float v360 = ((0x1.99999ap-4f) * v359);
    const float v361 = (v358 + v360);
    b129[i356] = v361;
    const float v362 = b130[i356];
    const float v363 = ((0x1.ff7ceep-1f) * v362);
    const float v364 = ((0x1.0624dep-10f) * v359);
    const float v365 = (v364 * v359);
    const float v366 = (v363 + v365);
    b131[i356] = v366;
    const float v367 = b132[i356];
    const float v368 = (v367 * (0x1.fffebp-1f));
    const float v369 = (v361 / v8);
    const float v370 = ((0x1.0624dep-10f) * v369);
    const float v371 = (v366 / v10);
    const float v372 = F64(sqrt, v371);
    const float v373 = (v372 + (0x1.5798eep-27f));
    const float v374 = (v370 / v373);
    const float v375 = (v368 - v374);
    b133[i356] = v375;
    const float v376 = b134[i356];
    const float v377 = ((0x1.ccccccp-1f) * v376);
    const float v378 = b135[i356];
    const float v379 = ((0x1.99999ap-4f) * v378);
    const float v380 = (v377 + v379);
    b136[i356] = v380;
    const float v381 = b137[i356];
    const float v382 = ((0x1.ff7ceep-1f) * v381);
    const float v383 = ((0x1.0624dep-10f) * v378);
    const float v384 = (v383 * v378);
    const float v385 = (v382 + v384);
    b138[i356] = v385;
    const float v386 = b139[i356];
    const float v387 = (v386 * (0x1.fffebp-1f));
    const float v388 = (v380 / v8);
    const float v389 = ((0x1.0624dep-10f) * v388);
    const float v390 = (v385 / v10);
    const float v391 = F64(sqrt, v390);
    const float v392 = (v391 + (0x1.5798eep-27f));
    const float v393 = (v389 / v392);
    const float v394 = (v387 - v393);
    b140[i356] = v394;
  } else if (gid < 18432) {
    const int i395 = gid - 14336;
    const float v396 = b141[i395];
    const float v397 = ((0x1.ccccccp-1f) * v396);
    const float v398 = b142[i395];
    const float v399 = ((0x1.99999ap-4f) * v398);
    const float v400 = (v397 + v399);
    b143[i395] = v400;
    const float v401 = b144[i395];
    const float v402 = ((0x1.ff7ceep-1f) * v401);
    const float v403 = ((0x1.0624dep-10f) * v398);
    const float v404 = (v403 * v398);
    const float v405 = (v402 + v404);
    b145[i395] = v405;
    const float v406 = b146[i395];
    const float v407 = (v406 * (0x1.fffebp-1f));
    const float v408 = (v400 / v8);
    const float v409 = ((0x1.0624dep-10f) * v408);
    const float v410 = (v405 / v10);
    const float v411 = F64(sqrt, v410);
    const float v412 = (v411 + (0x1.5798eep-27f));
    const float v413 = (v409 / v412);
    const float v414 = (v407 - v413);
    b147[i395] = v414;
    const float v415 = b148[i395];
    const float v416 = ((0x1.ccccccp-1f) * v415);
    const float v417 = b149[i395];
    const float v418 = ((0x1.99999ap-4f) * v417);
    const float v419 = (v416 + v418);
    b150[i395] = v419;
    const float v420 = b151[i395];
    const float v421 = ((0x1.ff7ceep-1f) * v420);
    const float v422 = ((0x1.0624dep-10f) * v417);
    const float v423 = (v422 * v417);
    const float v424 = (v421 + v423);
    b152[i395] = v424;
    const float v425 = b153[i395];
    const float v426 = (v425 * (0x1.fffebp-1f));
    const float v427 = (v419 / v8);
    const float v428 = ((0x1.0624dep-10f) * v427);
    const float v429 = (v424 / v10);
    const float v430 = F64(sqrt, v429);
    const float v431 = (v430 + (0x1.5798eep-27f));
    const float v432 = (v428 / v431);
    const float v433 = (v426 - v432);
    b154[i395] = v433;
  } else if (gid < 34816) {
    const int i434 = gid - 18432;
    const float v435 = b155[i434];
    const float v436 = ((0x1.ccccccp-1f) * v435);
    const float v437 = b156[i434];
    const float v438 = ((0x1.99999ap-4f) * v437);
    const float v439 = (v436 + v438);
    b157[i434] = v439;
    const float v440 = b158[i434];
    const float v441 = ((0x1.ff7ceep-1f) * v440);
    const float v442 = ((0x1.0624dep-10f) * v437);
    const float v443 = (v442 * v437);
    const float v444 = (v441 + v443);
    b159[i434] = v444;
    const float v445 = b160[i434];
    const float v446 = (v445 * (0x1.fffebp-1f));
    const float v447 = (v439 / v8);
    const float v448 = ((0x1.0624dep-10f) * v447);
    const float v449 = (v444 / v10);
    const float v450 = F64(sqrt, v449);
    const float v451 = (v450 + (0x1.5798eep-27f));
    const float v452 = (v448 / v451);
    const float v453 = (v446 - v452);
    b161[i434] = v453;
    const float v454 = b162[i434];
    const float v455 = ((0x1.ccccccp-1f) * v454);
    const float v456 = b163[i434];
    const float v457 = ((0x1.99999ap-4f) * v456);
    const float v458 = (v455 + v457);
    b164[i434] = v458;
    const float v459 = b165[i434];
    const float v460 = ((0x1.ff7ceep-1f) * v459);
    const float v461 = ((0x1.0624dep-10f) * v456);
    const float v462 = (v461 * v456);
    const float v463 = (v460 + v462);
    b166[i434] = v463;
    const float v464 = b167[i434];
    const float v465 = (v464 * (0x1.fffebp-1f));
    const float v466 = (v458 / v8);
    const float v467 = ((0x1.0624dep-10f) * v466);
    const float v468 = (v463 / v10);
    const float v469 = F64(sqrt, v468);
    const float v470 = (v469 + (0x1.5798eep-27f));
    const float v471 = (v467 / v470);
    const float v472 = (v465 - v471);
    b168[i434] = v472;
  } else if (gid < 35072) {
    const int i473 = gid - 34816;
    const float v474 = b169[i473];
    const float v475 = ((0x1.ccccccp-1f) * v474);
    const float v476 = b170[i473];
    const float v477 = ((0x1.99999ap-4f) * v476);
    const float v478 = (v475 + v477);
    b171[i473] = v478;
    const float v479 = b172[i473];
    const float v480 = ((0x1.ff7ceep-1f) * v479);
    const float v481 = ((0x1.0624dep-10f) * v476);
    const float v482 = (v481 * v476);
    const float v483 = (v480 + v482);
    b173[i473] = v483;
    const float v484 = b174[i473];
    const float v485 = (v484 * (0x1.fffebp-1f));
    const float v486 = (v478 / v8);
    const float v487 = ((0x1.0624dep-10f) * v486);
    const float v488 = (v483 / v10);
    const float v489 = F64(sqrt, v488);
    const float v490 = (v489 + (0x1.5798eep-27f));
    const float v491 = (v487 / v490);
    const float v492 = (v485 - v491);
    b175[i473] = v492;
    const float v493 = b176[i473];
    const float v494 = ((0x1.ccccccp-1f) * v493);
    const float v495 = b177[i473];
    const float v496 = ((0x1.99999ap-4f) * v495);
    const float v497 = (v494 + v496);
    b178[i473] = v497;
    const float v498 = b179[i473];
    const float v499 = ((0x1.ff7ceep-1f) * v498);
    const float v500 = ((0x1.0624dep-10f) * v495);
    const float v501 = (v500 * v495);
    const float v502 = (v499 + v501);
    b180[i473] = v502;
    const float v503 = b181[i473];
    const float v504 = (v503 * (0x1.fffebp-1f));
    const float v505 = (v497 / v8);
    const float v506 = ((0x1.0624dep-10f) * v505);
    const float v507 = (v502 / v10);
    const float v508 = F64(sqrt, v507);
    const float v509 = (v508 + (0x1.5798eep-27f));
    const float v510 = (v506 / v509);
    const float v511 = (v504 - v510);
    b182[i473] = v511;
  } else if (gid < 51456) {
    const int i512 = gid - 35072;
    const float v513 = b183[i512];
    const float v514 = ((0x1.ccccccp-1f) * v513);
    const float v515 = b184[i512];
    const float v516 = ((0x1.99999ap-4f) * v515);
    const float v517 = (v514 + v516);
    b185[i512] = v517;
    const float v518 = b186[i512];
    const float v519 = ((0x1.ff7ceep-1f) * v518);
    const float v520 = ((0x1.0624dep-10f) * v515);
    const float v521 = (v520 * v515);
    const float v522 = (v519 + v521);
    b187[i512] = v522;
    const float v523 = b188[i512];
    const float v524 = (v523 * (0x1.fffebp-1f));
    const float v525 = (v517 / v8);
    const float v526 = ((0x1.0624dep-10f) * v525);
    const float v527 = (v522 / v10);
    const float v528 = F64(sqrt, v527);
    const float v529 = (v528 + (0x1.5798eep-27f));
    const float v530 = (v526 / v529);
    const float v531 = (v524 - v530);
    b189[i512] = v531;
    const float v532 = b190[i512];
    const float v533 = ((0x1.ccccccp-1f) * v532);
    const float v534 = b191[i512];
    const float v535 = ((0x1.99999ap-4f) * v534);
    const float v536 = (v533 + v535);
    b192[i512] = v536;
    const float v537 = b193[i512];
    const float v538 = ((0x1.ff7ceep-1f) * v537);
    const float v539 = ((0x1.0624dep-10f) * v534);
    const float v540 = (v539 * v534);
    const float v541 = (v538 + v540);
    b194[i512] = v541;
    const float v542 = b195[i512];
    const float v543 = (v542 * (0x1.fffebp-1f));
    const float v544 = (v536 / v8);
    const float v545 = ((0x1.0624dep-10f) * v544);
    const float v546 = (v541 / v10);
    const float v547 = F64(sqrt, v546);
    const float v548 = (v547 + (0x1.5798eep-27f));
    const float v549 = (v545 / v548);
    const float v550 = (v543 - v549);
    b196[i512] = v550;
  } else if (gid < 52096) {
    const int i551 = gid - 51456;
    const float v552 = b197[i551];
    const float v553 = ((0x1.ccccccp-1f) * v552);
    const float v554 = b198[i551];
    const float v555 = ((0x1.99999ap-4f) * v554);
    const float v556 = (v553 + v555);
    b199[i551] = v556;
    const float v557 = b200[i551];
    const float v558 = ((0x1.ff7ceep-1f) * v557);
    const float v559 = ((0x1.0624dep-10f) * v554);
    const float v560 = (v559 * v554);
    const float v561 = (v558 + v560);
    b201[i551] = v561;
    const float v562 = b202[i551];
    const float v563 = (v562 * (0x1.fffebp-1f));
    const float v564 = (v556 / v8);
    const float v565 = ((0x1.0624dep-10f) * v564);
    const float v566 = (v561 / v10);
    const float v567 = F64(sqrt, v566);
    const float v568 = (v567 + (0x1.5798eep-27f));
    const float v569 = (v565 / v568);
    const float v570 = (v563 - v569);
    b203[i551] = v570;
  } else if (gid < 52106) {
    const int i571 = gid - 52096;
    const float v572 = b204[i571];
    const float v573 = ((0x1.ccccccp-1f) * v572);
    const float v574 = b205[i571];
    const float v575 = ((0x1.99999ap-4f) * v574);
    const float v576 = (v573 + v575);
    b206[i571] = v576;
    const float v577 = b207[i571];
    const float v578 = ((0x1.ff7ceep-1f) * v577);
    const float v579 = ((0x1.0624dep-10f) * v574);
    const float v580 = (v579 * v574);
    const float v581 = (v578 + v580);
    b208[i571] = v581;
    const float v582 = b209[i571];
    const float v583 = (v582 * (0x1.fffebp-1f));
    const float v584 = (v576 / v8);
    const float v585 = ((0x1.0624dep-10f) * v584);
    const float v586 = (v581 / v10);
    const float v587 = F64(sqrt, v586);
    const float v588 = (v587 + (0x1.5798eep-27f));
    const float v589 = (v585 / v588);
    const float v590 = (v583 - v589);
    b210[i571] = v590;
  }
}
