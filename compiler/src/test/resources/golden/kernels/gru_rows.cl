// GruRows: kernels of one training step: 95 OpenCL kernels for 354 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: matmul b' -> f32[B, 28, 384]
k2.cl: launch 2: elementwise add -> f32[B, 28, 384]
k3.cl: launch 3: elementwise gather -> f32[B, 384]
k4.cl: launch 4: elementwise gather -> f32[B, 384]
k5.cl: launch 5: elementwise gather -> f32[B, 384]
k6.cl: launch 6: elementwise gather -> f32[B, 384]
k7.cl: launch 7: elementwise gather -> f32[B, 384]
k8.cl: launch 8: elementwise gather -> f32[B, 384]
k9.cl: launch 9: elementwise gather -> f32[B, 384]
k10.cl: launch 10: elementwise gather -> f32[B, 384]
k11.cl: launch 11: elementwise gather -> f32[B, 384]
k12.cl: launch 12: elementwise gather -> f32[B, 384]
k13.cl: launch 13: elementwise gather -> f32[B, 384]
k14.cl: launch 14: elementwise gather -> f32[B, 384]
k15.cl: launch 15: elementwise gather -> f32[B, 384]
k16.cl: launch 16: elementwise gather -> f32[B, 384]
k17.cl: launch 17: elementwise gather -> f32[B, 384]
k18.cl: launch 18: elementwise gather -> f32[B, 384]
k19.cl: launch 19: elementwise gather -> f32[B, 384]
k20.cl: launch 20: elementwise gather -> f32[B, 384]
k21.cl: launch 21: elementwise gather -> f32[B, 384]
k22.cl: launch 22: elementwise gather -> f32[B, 384]
k23.cl: launch 23: elementwise gather -> f32[B, 384]
k24.cl: launch 24: elementwise gather -> f32[B, 384]
k25.cl: launch 25: elementwise gather -> f32[B, 384]
k26.cl: launch 26: elementwise gather -> f32[B, 384]
k27.cl: launch 27: elementwise gather -> f32[B, 384]
k28.cl: launch 28: elementwise gather -> f32[B, 384]
k29.cl: launch 29: elementwise gather -> f32[B, 384]
k30.cl: launch 30: elementwise gather -> f32[B, 384]
k31.cl: launch 31: elementwise -> f32[B, 128] (from samples/gru_rows.nn:18:26)
k32.cl: launch 32: matmul b' -> f32[B, 384]
k33.cl: launch 33: elementwise add -> f32[B, 384]
k34.cl: launch 34: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k35.cl: launch 37: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k36.cl: launch 40: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k37.cl: launch 116: matmul b' -> f32[B, 10]
k38.cl: launch 117: elementwise add -> f32[B, 10] (from samples/gru_rows.nn:19:12)
k39.cl: launch 118: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k40.cl: launch 119: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k41.cl: launch 120: reduction of sum div neg -> f32[] (from samples/gru_rows.nn:21:8)
k42.cl: launch 121: elementwise div -> f32[]
k43.cl: launch 122: elementwise broadcast select -> f32[B, 1, 10]
k44.cl: launch 123: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k45.cl: launch 124: matmul -> f32[B, 128]
k46.cl: launch 125: elementwise mul mul mul mul mul mul mul mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k47.cl: launch 126: elementwise pad pad add pad add -> f32[B, 384] f32[B, 384] f32[B, 384]
k48.cl: launch 127: matmul -> f32[B, 128]
k49.cl: launch 128: elementwise add mul mul mul mul mul mul mul mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k50.cl: launch 129: elementwise pad pad add pad add add -> f32[B, 384] f32[B, 384] f32[B, 384] f32[B, 384]
k51.cl: launch 203: elementwise add mul mul mul mul mul mul sub mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k52.cl: launch 204: elementwise pad pad add pad add -> f32[B, 384] f32[B, 384] f32[B, 384]
k53.cl: launch 205: elementwise -> f32[B, 28, 384]
k54.cl: launch 206: elementwise -> i32[]
k55.cl: launch 207: scatter_add -> f32[B, 28, 384]
k56.cl: launch 208: elementwise pad add add add -> f32[B, 384] f32[B, 384]
k57.cl: launch 210: elementwise add mul mul mul mul mul mul sub mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k58.cl: launch 212: elementwise -> i32[]
k59.cl: launch 214: elementwise pad add add -> f32[B, 384]
k60.cl: launch 215: elementwise -> i32[]
k61.cl: launch 218: elementwise -> i32[]
k62.cl: launch 221: elementwise -> i32[]
k63.cl: launch 224: elementwise -> i32[]
k64.cl: launch 227: elementwise -> i32[]
k65.cl: launch 230: elementwise -> i32[]
k66.cl: launch 233: elementwise -> i32[]
k67.cl: launch 236: elementwise -> i32[]
k68.cl: launch 239: elementwise -> i32[]
k69.cl: launch 242: elementwise -> i32[]
k70.cl: launch 245: elementwise -> i32[]
k71.cl: launch 248: elementwise -> i32[]
k72.cl: launch 251: elementwise -> i32[]
k73.cl: launch 254: elementwise -> i32[]
k74.cl: launch 257: elementwise -> i32[]
k75.cl: launch 260: elementwise -> i32[]
k76.cl: launch 263: elementwise -> i32[]
k77.cl: launch 266: elementwise -> i32[]
k78.cl: launch 269: elementwise -> i32[]
k79.cl: launch 272: elementwise -> i32[]
k80.cl: launch 275: elementwise -> i32[]
k81.cl: launch 278: elementwise -> i32[]
k82.cl: launch 281: elementwise -> i32[]
k83.cl: launch 284: elementwise -> i32[]
k84.cl: launch 287: elementwise -> i32[]
k85.cl: launch 290: elementwise -> i32[]
k86.cl: launch 292: matmul a' -> f32[384, 28]
k87.cl: launch 293: matmul a' -> f32[128, 384]
k88.cl: launch 295: elementwise add -> f32[128, 384]
k89.cl: launch 346: reduction of pad add add add sum -> f32[B, 384] f32[384]
k90.cl: launch 348: matmul -> f32[128, 384]
k91.cl: launch 350: reduction of sum -> f32[384]
k92.cl: launch 351: matmul a' -> f32[10, 128]
k93.cl: launch 352: reduction of sum -> f32[10]
k94.cl: launch 353: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[384, 28] f32[384, 28] f32[384, 28] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]

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

// launch 1: matmul b' -> f32[B, 28, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 384, K = 28;
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

// launch 2: elementwise add -> f32[B, 28, 384]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 384;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k3.cl

// launch 3: elementwise gather -> f32[B, 384]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(27, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k4.cl

// launch 4: elementwise gather -> f32[B, 384]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(26, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k5.cl

// launch 5: elementwise gather -> f32[B, 384]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(25, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[B, 384]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(24, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k7.cl

// launch 7: elementwise gather -> f32[B, 384]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(23, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k8.cl

// launch 8: elementwise gather -> f32[B, 384]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(22, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k9.cl

// launch 9: elementwise gather -> f32[B, 384]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(21, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k10.cl

// launch 10: elementwise gather -> f32[B, 384]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(20, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k11.cl

// launch 11: elementwise gather -> f32[B, 384]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(19, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k12.cl

// launch 12: elementwise gather -> f32[B, 384]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(18, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k13.cl

// launch 13: elementwise gather -> f32[B, 384]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(17, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k14.cl

// launch 14: elementwise gather -> f32[B, 384]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(16, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k15.cl

// launch 15: elementwise gather -> f32[B, 384]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(15, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k16.cl

// launch 16: elementwise gather -> f32[B, 384]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(14, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k17.cl

// launch 17: elementwise gather -> f32[B, 384]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(13, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k18.cl

// launch 18: elementwise gather -> f32[B, 384]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(12, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k19.cl

// launch 19: elementwise gather -> f32[B, 384]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(11, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k20.cl

// launch 20: elementwise gather -> f32[B, 384]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(10, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k21.cl

// launch 21: elementwise gather -> f32[B, 384]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(9, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k22.cl

// launch 22: elementwise gather -> f32[B, 384]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(8, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k23.cl

// launch 23: elementwise gather -> f32[B, 384]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(7, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k24.cl

// launch 24: elementwise gather -> f32[B, 384]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(6, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k25.cl

// launch 25: elementwise gather -> f32[B, 384]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(5, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k26.cl

// launch 26: elementwise gather -> f32[B, 384]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k27.cl

// launch 27: elementwise gather -> f32[B, 384]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k28.cl

// launch 28: elementwise gather -> f32[B, 384]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k29.cl

// launch 29: elementwise gather -> f32[B, 384]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k30.cl

// launch 30: elementwise gather -> f32[B, 384]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 28, fault);
    const int x3 = i1 / 384;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 384;
    const int x7 = i1 % 384;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k31.cl

// launch 31: elementwise -> f32[B, 128] (from samples/gru_rows.nn:18:26)
__kernel void k31(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k32.cl

// launch 32: matmul b' -> f32[B, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k32(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 384, K = 128;
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

// launch 33: elementwise add -> f32[B, 384]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 384;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k34.cl

// launch 34: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 384;
    const int x4 = i1 % 128;
    const int x5 = x4 + 128;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (1.0f - v10);
    const int x12 = x4 + 256;
    const int x13 = x3 + x12;
    const float v14 = b0[x13];
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = b1[x15];
    const float v18 = (v16 + v17);
    const float v19 = nnc_sigmoid(v18);
    const float v20 = b1[x13];
    const float v21 = (v19 * v20);
    const float v22 = (v14 + v21);
    const float v23 = F64(tanh, v22);
    const float v24 = (v11 * v23);
    const float v25 = b2[i1];
    const float v26 = (v10 * v25);
    const float v27 = (v24 + v26);
    b3[i1] = v27;
    b4[i1] = v11;
    const float v28 = (v23 * v23);
    const float v29 = (1.0f - v28);
    b5[i1] = v29;
    b6[i1] = v20;
    const float v30 = (1.0f - v19);
    const float v31 = (v19 * v30);
    b7[i1] = v31;
    b8[i1] = v23;
    const float v32 = (v10 * v11);
    b9[i1] = v32;
    b10[i1] = v19;
  }
}

// ---- k35.cl

// launch 37: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 384;
    const int x4 = i1 % 128;
    const int x5 = x4 + 128;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (1.0f - v10);
    const int x12 = x4 + 256;
    const int x13 = x3 + x12;
    const float v14 = b0[x13];
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = b1[x15];
    const float v18 = (v16 + v17);
    const float v19 = nnc_sigmoid(v18);
    const float v20 = b1[x13];
    const float v21 = (v19 * v20);
    const float v22 = (v14 + v21);
    const float v23 = F64(tanh, v22);
    const float v24 = (v11 * v23);
    const float v25 = b2[i1];
    const float v26 = (v10 * v25);
    const float v27 = (v24 + v26);
    b3[i1] = v27;
    b4[i1] = v11;
    const float v28 = (v23 * v23);
    const float v29 = (1.0f - v28);
    b5[i1] = v29;
    b6[i1] = v20;
    const float v30 = (1.0f - v19);
    const float v31 = (v19 * v30);
    b7[i1] = v31;
    b8[i1] = v23;
    const float v32 = (v10 * v11);
    b9[i1] = v32;
    b10[i1] = v10;
    b11[i1] = v19;
  }
}

// ---- k36.cl

// launch 40: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 384;
    const int x4 = i1 % 128;
    const int x5 = x4 + 128;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (1.0f - v10);
    const int x12 = x4 + 256;
    const int x13 = x3 + x12;
    const float v14 = b0[x13];
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = b1[x15];
    const float v18 = (v16 + v17);
    const float v19 = nnc_sigmoid(v18);
    const float v20 = b1[x13];
    const float v21 = (v19 * v20);
    const float v22 = (v14 + v21);
    const float v23 = F64(tanh, v22);
    const float v24 = (v11 * v23);
    const float v25 = b2[i1];
    const float v26 = (v10 * v25);
    const float v27 = (v24 + v26);
    b3[i1] = v27;
    b4[i1] = v10;
    b5[i1] = v11;
    const float v28 = (v23 * v23);
    const float v29 = (1.0f - v28);
    b6[i1] = v29;
    b7[i1] = v19;
    b8[i1] = v20;
    const float v30 = (1.0f - v19);
    const float v31 = (v19 * v30);
    b9[i1] = v31;
    b10[i1] = v23;
    const float v32 = (v10 * v11);
    b11[i1] = v32;
  }
}

// ---- k37.cl

// launch 116: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k37(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 128;
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

// ---- k38.cl

// launch 117: elementwise add -> f32[B, 10] (from samples/gru_rows.nn:19:12)
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k39.cl

// launch 118: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k40.cl

// launch 119: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k40(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k41.cl

// launch 120: reduction of sum div neg -> f32[] (from samples/gru_rows.nn:21:8)
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k42.cl

// launch 121: elementwise div -> f32[]
__kernel void k42(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k43.cl

// launch 122: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k44.cl

// launch 123: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k45.cl

// launch 124: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k45(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 10;
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

// launch 125: elementwise mul mul mul mul mul mul mul mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    b4[i1] = v8;
    const float v9 = b5[i1];
    const float v10 = (v6 * v9);
    const float v11 = b6[i1];
    const float v12 = (v10 * v11);
    b7[i1] = v12;
    const float v13 = b8[i1];
    const float v14 = (v2 * v13);
    const float v15 = b9[i1];
    const float v16 = (v2 * v15);
    const float v17 = (v14 - v16);
    const float v18 = b10[i1];
    const float v19 = (v17 * v18);
    b11[i1] = v19;
    const float v20 = b12[i1];
    const float v21 = (v2 * v20);
    b13[i1] = v21;
    b14[i1] = v6;
  }
}

// ---- k47.cl

// launch 126: elementwise pad pad add pad add -> f32[B, 384] f32[B, 384] f32[B, 384]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 384;
    const int x3 = x2 - 256;
    float v4 = 0.0f;
    if (x3 >= 0 && x3 < 128) {
      const int x5 = i1 / 384;
      const int x6 = x5 * 128;
      const int x7 = x6 + x3;
      const float v8 = b0[x7];
      v4 = v8;
    }
    float v9 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x10 = i1 / 384;
      const int x11 = x10 * 128;
      const int x12 = x11 + x2;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v4 + v9);
    const int x15 = x2 - 128;
    float v16 = 0.0f;
    if (x15 >= 0 && x15 < 128) {
      const int x17 = i1 / 384;
      const int x18 = x17 * 128;
      const int x19 = x18 + x15;
      const float v20 = b2[x19];
      v16 = v20;
    }
    const float v21 = (v14 + v16);
    b3[i1] = v21;
    b4[i1] = v9;
    b5[i1] = v16;
  }
}

// ---- k48.cl

// launch 127: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 128, K = 384;
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

// ---- k49.cl

// launch 128: elementwise add mul mul mul mul mul mul mul mul sub mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    b5[i1] = v10;
    const float v11 = b6[i1];
    const float v12 = (v8 * v11);
    const float v13 = b7[i1];
    const float v14 = (v12 * v13);
    b8[i1] = v14;
    const float v15 = b9[i1];
    const float v16 = (v4 * v15);
    const float v17 = b10[i1];
    const float v18 = (v4 * v17);
    const float v19 = (v16 - v18);
    const float v20 = b11[i1];
    const float v21 = (v19 * v20);
    b12[i1] = v21;
    const float v22 = b13[i1];
    const float v23 = (v4 * v22);
    b14[i1] = v23;
    b15[i1] = v8;
  }
}

// ---- k50.cl

// launch 129: elementwise pad pad add pad add add -> f32[B, 384] f32[B, 384] f32[B, 384] f32[B, 384]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 384;
    const int x3 = x2 - 256;
    float v4 = 0.0f;
    if (x3 >= 0 && x3 < 128) {
      const int x5 = i1 / 384;
      const int x6 = x5 * 128;
      const int x7 = x6 + x3;
      const float v8 = b0[x7];
      v4 = v8;
    }
    float v9 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x10 = i1 / 384;
      const int x11 = x10 * 128;
      const int x12 = x11 + x2;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v4 + v9);
    const int x15 = x2 - 128;
    float v16 = 0.0f;
    if (x15 >= 0 && x15 < 128) {
      const int x17 = i1 / 384;
      const int x18 = x17 * 128;
      const int x19 = x18 + x15;
      const float v20 = b2[x19];
      v16 = v20;
    }
    const float v21 = (v14 + v16);
    b3[i1] = v21;
    b4[i1] = v9;
    b5[i1] = v16;
    const float v22 = b6[i1];
    const float v23 = (v22 + v21);
    b7[i1] = v23;
  }
}

// ---- k51.cl

// launch 203: elementwise add mul mul mul mul mul mul sub mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = b5[i1];
    const float v12 = (v10 * v11);
    b6[i1] = v12;
    b7[i1] = v8;
    const float v13 = b8[i1];
    const float v14 = (v4 * v13);
    const float v15 = b9[i1];
    const float v16 = (v4 * v15);
    const float v17 = (v14 - v16);
    const float v18 = b10[i1];
    const float v19 = (v17 * v18);
    b11[i1] = v19;
    const float v20 = b12[i1];
    const float v21 = (v8 * v20);
    b13[i1] = v21;
    const float v22 = b14[i1];
    const float v23 = (v4 * v22);
    b15[i1] = v23;
  }
}

// ---- k52.cl

// launch 204: elementwise pad pad add pad add -> f32[B, 384] f32[B, 384] f32[B, 384]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 384;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x4 = i1 / 384;
      const int x5 = x4 * 128;
      const int x6 = x5 + x2;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x2 - 256;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 128) {
      const int x10 = i1 / 384;
      const int x11 = x10 * 128;
      const int x12 = x11 + x8;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    const int x15 = x2 - 128;
    float v16 = 0.0f;
    if (x15 >= 0 && x15 < 128) {
      const int x17 = i1 / 384;
      const int x18 = x17 * 128;
      const int x19 = x18 + x15;
      const float v20 = b2[x19];
      v16 = v20;
    }
    const float v21 = (v14 + v16);
    b3[i1] = v21;
    b4[i1] = v3;
    b5[i1] = v16;
  }
}

// ---- k53.cl

// launch 205: elementwise -> f32[B, 28, 384]
__kernel void k53(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k54.cl

// launch 206: elementwise -> i32[]
__kernel void k54(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 1;
  }
}

// ---- k55.cl

// launch 207: scatter_add -> f32[B, 28, 384]
__kernel void k55(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 28, I = 384, P = 1;
  const int gid = get_global_id(0);
  if (gid >= d[0] * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k56.cl

// launch 208: elementwise pad add add add -> f32[B, 384] f32[B, 384]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 384;
    const int x3 = x2 - 256;
    float v4 = 0.0f;
    if (x3 >= 0 && x3 < 128) {
      const int x5 = i1 / 384;
      const int x6 = x5 * 128;
      const int x7 = x6 + x3;
      const float v8 = b0[x7];
      v4 = v8;
    }
    const float v9 = b1[i1];
    const float v10 = (v4 + v9);
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    b3[i1] = v12;
    const float v13 = b4[i1];
    const float v14 = (v13 + v12);
    b5[i1] = v14;
  }
}

// ---- k57.cl

// launch 210: elementwise add mul mul mul mul mul mul sub mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = b5[i1];
    const float v12 = (v10 * v11);
    b6[i1] = v12;
    b7[i1] = v8;
    const float v13 = b8[i1];
    const float v14 = (v4 * v13);
    const float v15 = b9[i1];
    const float v16 = (v4 * v15);
    const float v17 = (v14 - v16);
    const float v18 = b10[i1];
    const float v19 = (v17 * v18);
    b11[i1] = v19;
    const float v20 = b12[i1];
    const float v21 = (v8 * v20);
    b13[i1] = v21;
  }
}

// ---- k58.cl

// launch 212: elementwise -> i32[]
__kernel void k58(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 0;
  }
}

// ---- k59.cl

// launch 214: elementwise pad add add -> f32[B, 384]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 384;
    const int x4 = x3 - 256;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 128) {
      const int x6 = i1 / 384;
      const int x7 = x6 * 128;
      const int x8 = x7 + x4;
      const float v9 = b1[x8];
      v5 = v9;
    }
    const float v10 = (v2 + v5);
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    b3[i1] = v12;
  }
}

// ---- k60.cl

// launch 215: elementwise -> i32[]
__kernel void k60(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 2;
  }
}

// ---- k61.cl

// launch 218: elementwise -> i32[]
__kernel void k61(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 3;
  }
}

// ---- k62.cl

// launch 221: elementwise -> i32[]
__kernel void k62(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 4;
  }
}

// ---- k63.cl

// launch 224: elementwise -> i32[]
__kernel void k63(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 5;
  }
}

// ---- k64.cl

// launch 227: elementwise -> i32[]
__kernel void k64(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 6;
  }
}

// ---- k65.cl

// launch 230: elementwise -> i32[]
__kernel void k65(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 7;
  }
}

// ---- k66.cl

// launch 233: elementwise -> i32[]
__kernel void k66(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 8;
  }
}

// ---- k67.cl

// launch 236: elementwise -> i32[]
__kernel void k67(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 9;
  }
}

// ---- k68.cl

// launch 239: elementwise -> i32[]
__kernel void k68(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 10;
  }
}

// ---- k69.cl

// launch 242: elementwise -> i32[]
__kernel void k69(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 11;
  }
}

// ---- k70.cl

// launch 245: elementwise -> i32[]
__kernel void k70(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 12;
  }
}

// ---- k71.cl

// launch 248: elementwise -> i32[]
__kernel void k71(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 13;
  }
}

// ---- k72.cl

// launch 251: elementwise -> i32[]
__kernel void k72(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 14;
  }
}

// ---- k73.cl

// launch 254: elementwise -> i32[]
__kernel void k73(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 15;
  }
}

// ---- k74.cl

// launch 257: elementwise -> i32[]
__kernel void k74(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 16;
  }
}

// ---- k75.cl

// launch 260: elementwise -> i32[]
__kernel void k75(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 17;
  }
}

// ---- k76.cl

// launch 263: elementwise -> i32[]
__kernel void k76(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 18;
  }
}

// ---- k77.cl

// launch 266: elementwise -> i32[]
__kernel void k77(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 19;
  }
}

// ---- k78.cl

// launch 269: elementwise -> i32[]
__kernel void k78(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 20;
  }
}

// ---- k79.cl

// launch 272: elementwise -> i32[]
__kernel void k79(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 21;
  }
}

// ---- k80.cl

// launch 275: elementwise -> i32[]
__kernel void k80(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 22;
  }
}

// ---- k81.cl

// launch 278: elementwise -> i32[]
__kernel void k81(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 23;
  }
}

// ---- k82.cl

// launch 281: elementwise -> i32[]
__kernel void k82(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 24;
  }
}

// ---- k83.cl

// launch 284: elementwise -> i32[]
__kernel void k83(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 25;
  }
}

// ---- k84.cl

// launch 287: elementwise -> i32[]
__kernel void k84(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 26;
  }
}

// ---- k85.cl

// launch 290: elementwise -> i32[]
__kernel void k85(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 27;
  }
}

// ---- k86.cl

// launch 292: matmul a' -> f32[384, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k86(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 384, N = 28, K = d[1];
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

// ---- k87.cl

// launch 293: matmul a' -> f32[128, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k87(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 384, K = d[0];
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

// ---- k88.cl

// launch 295: elementwise add -> f32[128, 384]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 49152) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k89.cl

// launch 346: reduction of pad add add add sum -> f32[B, 384] f32[384]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 384) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 384;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    const int x4 = o - 256;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 128) {
      const int x6 = j * 128;
      const int x7 = x6 + x4;
      const float v8 = b1[x7];
      v5 = v8;
    }
    const float v9 = b2[x2];
    const float v10 = (v5 + v9);
    const float v11 = b3[x2];
    const float v12 = (v10 + v11);
    const float v13 = (v3 + v12);
    b4[x2] = v12;
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  b5[o] = r14;
}

// ---- k90.cl

// launch 348: matmul -> f32[128, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k90(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 384, K = d[0];
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

// ---- k91.cl

// launch 350: reduction of sum -> f32[384]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 384) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 384;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k92.cl

// launch 351: matmul a' -> f32[10, 128]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k92(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 128, K = d[0];
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

// ---- k93.cl

// launch 352: reduction of sum -> f32[10]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k94.cl

// launch 353: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[384, 28] f32[384, 28] f32[384, 28] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]
__kernel void k94(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
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
  if (gid < 10752) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = (0.0f * v15);
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
    const float v26 = ((0x1.0624dep-9f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 59904) {
    const int i32 = gid - 10752;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const int x35 = i32 % 128;
    const int x36 = x35 * 384;
    const int x37 = i32 / 128;
    const int x38 = x36 + x37;
    const float v39 = b9[x38];
    const float v40 = b10[i32];
    const float v41 = (0.0f * v40);
    const float v42 = (v39 + v41);
    const float v43 = ((0x1.99999ap-4f) * v42);
    const float v44 = (v34 + v43);
    b11[i32] = v44;
    const float v45 = b12[i32];
    const float v46 = ((0x1.ff7ceep-1f) * v45);
    const float v47 = ((0x1.0624dep-10f) * v42);
    const float v48 = (v47 * v42);
    const float v49 = (v46 + v48);
    b13[i32] = v49;
    const float v50 = (v44 / v8);
    const float v51 = ((0x1.0624dep-9f) * v50);
    const float v52 = (v49 / v10);
    const float v53 = F64(sqrt, v52);
    const float v54 = (v53 + (0x1.5798eep-27f));
    const float v55 = (v51 / v54);
    const float v56 = (v40 - v55);
    b14[i32] = v56;
  } else if (gid < 60288) {
    const int i57 = gid - 59904;
    const float v58 = b15[i57];
    const float v59 = ((0x1.ccccccp-1f) * v58);
    const float v60 = b16[i57];
    const float v61 = b17[i57];
    const float v62 = (0.0f * v61);
    const float v63 = (v60 + v62);
    const float v64 = ((0x1.99999ap-4f) * v63);
    const float v65 = (v59 + v64);
    b18[i57] = v65;
    const float v66 = b19[i57];
    const float v67 = ((0x1.ff7ceep-1f) * v66);
    const float v68 = ((0x1.0624dep-10f) * v63);
    const float v69 = (v68 * v63);
    const float v70 = (v67 + v69);
    b20[i57] = v70;
    const float v71 = (v65 / v8);
    const float v72 = ((0x1.0624dep-9f) * v71);
    const float v73 = (v70 / v10);
    const float v74 = F64(sqrt, v73);
    const float v75 = (v74 + (0x1.5798eep-27f));
    const float v76 = (v72 / v75);
    const float v77 = (v61 - v76);
    b21[i57] = v77;
    const float v78 = b22[i57];
    const float v79 = ((0x1.ccccccp-1f) * v78);
    const float v80 = b23[i57];
    const float v81 = b24[i57];
    const float v82 = (0.0f * v81);
    const float v83 = (v80 + v82);
    const float v84 = ((0x1.99999ap-4f) * v83);
    const float v85 = (v79 + v84);
    b25[i57] = v85;
    const float v86 = b26[i57];
    const float v87 = ((0x1.ff7ceep-1f) * v86);
    const float v88 = ((0x1.0624dep-10f) * v83);
    const float v89 = (v88 * v83);
    const float v90 = (v87 + v89);
    b27[i57] = v90;
    const float v91 = (v85 / v8);
    const float v92 = ((0x1.0624dep-9f) * v91);
    const float v93 = (v90 / v10);
    const float v94 = F64(sqrt, v93);
    const float v95 = (v94 + (0x1.5798eep-27f));
    const float v96 = (v92 / v95);
    const float v97 = (v81 - v96);
    b28[i57] = v97;
  } else if (gid < 61568) {
    const int i98 = gid - 60288;
    const float v99 = b29[i98];
    const float v100 = ((0x1.ccccccp-1f) * v99);
    const float v101 = b30[i98];
    const float v102 = b31[i98];
    const float v103 = (0.0f * v102);
    const float v104 = (v101 + v103);
    const float v105 = ((0x1.99999ap-4f) * v104);
    const float v106 = (v100 + v105);
    b32[i98] = v106;
    const float v107 = b33[i98];
    const float v108 = ((0x1.ff7ceep-1f) * v107);
    const float v109 = ((0x1.0624dep-10f) * v104);
    const float v110 = (v109 * v104);
    const float v111 = (v108 + v110);
    b34[i98] = v111;
    const float v112 = (v106 / v8);
    const float v113 = ((0x1.0624dep-9f) * v112);
    const float v114 = (v111 / v10);
    const float v115 = F64(sqrt, v114);
    const float v116 = (v115 + (0x1.5798eep-27f));
    const float v117 = (v113 / v116);
    const float v118 = (v102 - v117);
    b35[i98] = v118;
  } else if (gid < 61578) {
    const int i119 = gid - 61568;
    const float v120 = b36[i119];
    const float v121 = ((0x1.ccccccp-1f) * v120);
    const float v122 = b37[i119];
    const float v123 = b38[i119];
    const float v124 = (0.0f * v123);
    const float v125 = (v122 + v124);
    const float v126 = ((0x1.99999ap-4f) * v125);
    const float v127 = (v121 + v126);
    b39[i119] = v127;
    const float v128 = b40[i119];
    const float v129 = ((0x1.ff7ceep-1f) * v128);
    const float v130 = ((0x1.0624dep-10f) * v125);
    const float v131 = (v130 * v125);
    const float v132 = (v129 + v131);
    b41[i119] = v132;
    const float v133 = (v127 / v8);
    const float v134 = ((0x1.0624dep-9f) * v133);
    const float v135 = (v132 / v10);
    const float v136 = F64(sqrt, v135);
    const float v137 = (v136 + (0x1.5798eep-27f));
    const float v138 = (v134 / v137);
    const float v139 = (v123 - v138);
    b42[i119] = v139;
  }
}
