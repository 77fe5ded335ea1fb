// LstmRows: kernels of one training step: 91 OpenCL kernels for 327 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: matmul b' -> f32[B, 28, 512]
k2.cl: launch 2: elementwise add -> f32[512]
k3.cl: launch 3: elementwise broadcast add -> f32[B, 28, 512]
k4.cl: launch 4: elementwise gather -> f32[B, 512]
k5.cl: launch 5: elementwise gather -> f32[B, 512]
k6.cl: launch 6: elementwise gather -> f32[B, 512]
k7.cl: launch 7: elementwise gather -> f32[B, 512]
k8.cl: launch 8: elementwise gather -> f32[B, 512]
k9.cl: launch 9: elementwise gather -> f32[B, 512]
k10.cl: launch 10: elementwise gather -> f32[B, 512]
k11.cl: launch 11: elementwise gather -> f32[B, 512]
k12.cl: launch 12: elementwise gather -> f32[B, 512]
k13.cl: launch 13: elementwise gather -> f32[B, 512]
k14.cl: launch 14: elementwise gather -> f32[B, 512]
k15.cl: launch 15: elementwise gather -> f32[B, 512]
k16.cl: launch 16: elementwise gather -> f32[B, 512]
k17.cl: launch 17: elementwise gather -> f32[B, 512]
k18.cl: launch 18: elementwise gather -> f32[B, 512]
k19.cl: launch 19: elementwise gather -> f32[B, 512]
k20.cl: launch 20: elementwise gather -> f32[B, 512]
k21.cl: launch 21: elementwise gather -> f32[B, 512]
k22.cl: launch 22: elementwise gather -> f32[B, 512]
k23.cl: launch 23: elementwise gather -> f32[B, 512]
k24.cl: launch 24: elementwise gather -> f32[B, 512]
k25.cl: launch 25: elementwise gather -> f32[B, 512]
k26.cl: launch 26: elementwise gather -> f32[B, 512]
k27.cl: launch 27: elementwise gather -> f32[B, 512]
k28.cl: launch 28: elementwise gather -> f32[B, 512]
k29.cl: launch 29: elementwise gather -> f32[B, 512]
k30.cl: launch 30: elementwise gather -> f32[B, 512]
k31.cl: launch 31: elementwise gather -> f32[B, 512]
k32.cl: launch 32: elementwise -> f32[B, 128] (from samples/lstm_rows.nn:18:8)
k33.cl: launch 33: matmul b' -> f32[B, 512]
k34.cl: launch 34: elementwise add -> f32[B, 512]
k35.cl: launch 35: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k36.cl: launch 38: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k37.cl: launch 41: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k38.cl: launch 116: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] (from samples/lstm_rows.nn:20:15)
k39.cl: launch 117: matmul b' -> f32[B, 10]
k40.cl: launch 118: elementwise add -> f32[B, 10] (from samples/lstm_rows.nn:20:12)
k41.cl: launch 119: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k42.cl: launch 120: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k43.cl: launch 121: reduction of sum div neg -> f32[] (from samples/lstm_rows.nn:22:8)
k44.cl: launch 122: elementwise div -> f32[]
k45.cl: launch 123: elementwise broadcast select -> f32[B, 1, 10]
k46.cl: launch 124: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k47.cl: launch 125: matmul -> f32[B, 128]
k48.cl: launch 126: elementwise mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k49.cl: launch 127: elementwise pad pad add pad add pad add -> f32[B, 512]
k50.cl: launch 128: matmul -> f32[B, 128]
k51.cl: launch 129: elementwise mul mul add mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k52.cl: launch 206: elementwise -> f32[B, 28, 512]
k53.cl: launch 207: elementwise -> i32[]
k54.cl: launch 208: scatter_add -> f32[B, 28, 512]
k55.cl: launch 210: elementwise mul mul add mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k56.cl: launch 212: elementwise -> i32[]
k57.cl: launch 214: elementwise -> i32[]
k58.cl: launch 216: elementwise -> i32[]
k59.cl: launch 218: elementwise -> i32[]
k60.cl: launch 220: elementwise -> i32[]
k61.cl: launch 222: elementwise -> i32[]
k62.cl: launch 224: elementwise -> i32[]
k63.cl: launch 226: elementwise -> i32[]
k64.cl: launch 228: elementwise -> i32[]
k65.cl: launch 230: elementwise -> i32[]
k66.cl: launch 232: elementwise -> i32[]
k67.cl: launch 234: elementwise -> i32[]
k68.cl: launch 236: elementwise -> i32[]
k69.cl: launch 238: elementwise -> i32[]
k70.cl: launch 240: elementwise -> i32[]
k71.cl: launch 242: elementwise -> i32[]
k72.cl: launch 244: elementwise -> i32[]
k73.cl: launch 246: elementwise -> i32[]
k74.cl: launch 248: elementwise -> i32[]
k75.cl: launch 250: elementwise -> i32[]
k76.cl: launch 252: elementwise -> i32[]
k77.cl: launch 254: elementwise -> i32[]
k78.cl: launch 256: elementwise -> i32[]
k79.cl: launch 258: elementwise -> i32[]
k80.cl: launch 260: elementwise -> i32[]
k81.cl: launch 262: elementwise -> i32[]
k82.cl: launch 264: elementwise -> i32[]
k83.cl: launch 266: matmul a' -> f32[512, 28]
k84.cl: launch 267: matmul a' -> f32[128, 512]
k85.cl: launch 269: elementwise add -> f32[128, 512]
k86.cl: launch 321: matmul -> f32[128, 512]
k87.cl: launch 323: reduction of sum -> f32[512]
k88.cl: launch 324: matmul a' -> f32[10, 128]
k89.cl: launch 325: reduction of sum -> f32[10]
k90.cl: launch 326: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 28] f32[512, 28] f32[512, 28] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]

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

// launch 1: matmul b' -> f32[B, 28, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 512, K = 28;
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

// launch 2: elementwise add -> f32[512]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 512) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k3.cl

// launch 3: elementwise broadcast add -> f32[B, 28, 512]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 512;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k4.cl

// launch 4: elementwise gather -> f32[B, 512]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(27, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k5.cl

// launch 5: elementwise gather -> f32[B, 512]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(26, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[B, 512]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(25, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k7.cl

// launch 7: elementwise gather -> f32[B, 512]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(24, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k8.cl

// launch 8: elementwise gather -> f32[B, 512]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(23, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k9.cl

// launch 9: elementwise gather -> f32[B, 512]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(22, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k10.cl

// launch 10: elementwise gather -> f32[B, 512]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(21, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k11.cl

// launch 11: elementwise gather -> f32[B, 512]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(20, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k12.cl

// launch 12: elementwise gather -> f32[B, 512]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(19, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k13.cl

// launch 13: elementwise gather -> f32[B, 512]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(18, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k14.cl

// launch 14: elementwise gather -> f32[B, 512]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(17, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k15.cl

// launch 15: elementwise gather -> f32[B, 512]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(16, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k16.cl

// launch 16: elementwise gather -> f32[B, 512]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(15, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k17.cl

// launch 17: elementwise gather -> f32[B, 512]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(14, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k18.cl

// launch 18: elementwise gather -> f32[B, 512]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(13, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k19.cl

// launch 19: elementwise gather -> f32[B, 512]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(12, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k20.cl

// launch 20: elementwise gather -> f32[B, 512]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(11, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k21.cl

// launch 21: elementwise gather -> f32[B, 512]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(10, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k22.cl

// launch 22: elementwise gather -> f32[B, 512]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(9, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k23.cl

// launch 23: elementwise gather -> f32[B, 512]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(8, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k24.cl

// launch 24: elementwise gather -> f32[B, 512]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(7, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k25.cl

// launch 25: elementwise gather -> f32[B, 512]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(6, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k26.cl

// launch 26: elementwise gather -> f32[B, 512]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(5, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k27.cl

// launch 27: elementwise gather -> f32[B, 512]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k28.cl

// launch 28: elementwise gather -> f32[B, 512]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k29.cl

// launch 29: elementwise gather -> f32[B, 512]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k30.cl

// launch 30: elementwise gather -> f32[B, 512]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k31.cl

// launch 31: elementwise gather -> f32[B, 512]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 28, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k32.cl

// launch 32: elementwise -> f32[B, 128] (from samples/lstm_rows.nn:18:8)
__kernel void k32(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k33.cl

// launch 33: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k34.cl

// launch 34: elementwise add -> f32[B, 512]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k35.cl

// launch 35: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 512;
    const int x4 = i1 % 128;
    const int x5 = x4 + 384;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 128;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 256;
    const int x19 = x3 + x18;
    const float v20 = b0[x19];
    const float v21 = F64(tanh, v20);
    const float v22 = (v17 * v21);
    const float v23 = (v14 + v22);
    const float v24 = F64(tanh, v23);
    const float v25 = (v8 * v24);
    b2[i1] = v25;
    b3[i1] = v23;
    b4[i1] = v8;
    const float v26 = (v24 * v24);
    const float v27 = (1.0f - v26);
    b5[i1] = v27;
    b6[i1] = v17;
    const float v28 = (v21 * v21);
    const float v29 = (1.0f - v28);
    b7[i1] = v29;
    b8[i1] = v21;
    const float v30 = (1.0f - v17);
    const float v31 = (v17 * v30);
    b9[i1] = v31;
    const float v32 = (1.0f - v12);
    const float v33 = (v12 * v32);
    b10[i1] = v33;
    b11[i1] = v24;
    const float v34 = (1.0f - v8);
    const float v35 = (v8 * v34);
    b12[i1] = v35;
  }
}

// ---- k36.cl

// launch 38: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 512;
    const int x4 = i1 % 128;
    const int x5 = x4 + 384;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 128;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 256;
    const int x19 = x3 + x18;
    const float v20 = b0[x19];
    const float v21 = F64(tanh, v20);
    const float v22 = (v17 * v21);
    const float v23 = (v14 + v22);
    const float v24 = F64(tanh, v23);
    const float v25 = (v8 * v24);
    b2[i1] = v25;
    b3[i1] = v23;
    b4[i1] = v8;
    const float v26 = (v24 * v24);
    const float v27 = (1.0f - v26);
    b5[i1] = v27;
    b6[i1] = v17;
    const float v28 = (v21 * v21);
    const float v29 = (1.0f - v28);
    b7[i1] = v29;
    b8[i1] = v21;
    const float v30 = (1.0f - v17);
    const float v31 = (v17 * v30);
    b9[i1] = v31;
    const float v32 = (1.0f - v12);
    const float v33 = (v12 * v32);
    b10[i1] = v33;
    b11[i1] = v24;
    const float v34 = (1.0f - v8);
    const float v35 = (v8 * v34);
    b12[i1] = v35;
    b13[i1] = v12;
  }
}

// ---- k37.cl

// launch 41: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 512;
    const int x4 = i1 % 128;
    const int x5 = x4 + 384;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 128;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 256;
    const int x19 = x3 + x18;
    const float v20 = b0[x19];
    const float v21 = F64(tanh, v20);
    const float v22 = (v17 * v21);
    const float v23 = (v14 + v22);
    const float v24 = F64(tanh, v23);
    const float v25 = (v8 * v24);
    b2[i1] = v25;
    b3[i1] = v23;
    b4[i1] = v8;
    const float v26 = (v24 * v24);
    const float v27 = (1.0f - v26);
    b5[i1] = v27;
    b6[i1] = v12;
    b7[i1] = v17;
    const float v28 = (v21 * v21);
    const float v29 = (1.0f - v28);
    b8[i1] = v29;
    b9[i1] = v21;
    const float v30 = (1.0f - v17);
    const float v31 = (v17 * v30);
    b10[i1] = v31;
    const float v32 = (1.0f - v12);
    const float v33 = (v12 * v32);
    b11[i1] = v33;
    b12[i1] = v24;
    const float v34 = (1.0f - v8);
    const float v35 = (v8 * v34);
    b13[i1] = v35;
  }
}

// ---- k38.cl

// launch 116: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] (from samples/lstm_rows.nn:20:15)
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 512;
    const int x4 = i1 % 128;
    const int x5 = x4 + 384;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 128;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 256;
    const int x19 = x3 + x18;
    const float v20 = b0[x19];
    const float v21 = F64(tanh, v20);
    const float v22 = (v17 * v21);
    const float v23 = (v14 + v22);
    const float v24 = F64(tanh, v23);
    const float v25 = (v8 * v24);
    b2[i1] = v25;
    b3[i1] = v8;
    const float v26 = (v24 * v24);
    const float v27 = (1.0f - v26);
    b4[i1] = v27;
    b5[i1] = v12;
    b6[i1] = v17;
    const float v28 = (v21 * v21);
    const float v29 = (1.0f - v28);
    b7[i1] = v29;
    b8[i1] = v21;
    const float v30 = (1.0f - v17);
    const float v31 = (v17 * v30);
    b9[i1] = v31;
    const float v32 = (1.0f - v12);
    const float v33 = (v12 * v32);
    b10[i1] = v33;
    b11[i1] = v24;
    const float v34 = (1.0f - v8);
    const float v35 = (v8 * v34);
    b12[i1] = v35;
  }
}

// ---- k39.cl

// launch 117: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k39(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k40.cl

// launch 118: elementwise add -> f32[B, 10] (from samples/lstm_rows.nn:20:12)
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
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

// launch 119: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k42.cl

// launch 120: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k42(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k43.cl

// launch 121: reduction of sum div neg -> f32[] (from samples/lstm_rows.nn:22:8)
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k44.cl

// launch 122: elementwise div -> f32[]
__kernel void k44(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k45.cl

// launch 123: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k46.cl

// launch 124: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k47.cl

// launch 125: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k47(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k48.cl

// launch 126: elementwise mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    b5[i1] = v10;
    const float v11 = b6[i1];
    const float v12 = (v6 * v11);
    const float v13 = b7[i1];
    const float v14 = (v12 * v13);
    b8[i1] = v14;
    const float v15 = b9[i1];
    const float v16 = (v6 * v15);
    const float v17 = b10[i1];
    const float v18 = (v16 * v17);
    b11[i1] = v18;
    const float v19 = b12[i1];
    const float v20 = (v2 * v19);
    const float v21 = b13[i1];
    const float v22 = (v20 * v21);
    b14[i1] = v22;
    const float v23 = b15[i1];
    const float v24 = (v6 * v23);
    b16[i1] = v24;
  }
}

// ---- k49.cl

// launch 127: elementwise pad pad add pad add pad add -> f32[B, 512]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 512;
    const int x3 = x2 - 256;
    float v4 = 0.0f;
    if (x3 >= 0 && x3 < 128) {
      const int x5 = i1 / 512;
      const int x6 = x5 * 128;
      const int x7 = x6 + x3;
      const float v8 = b0[x7];
      v4 = v8;
    }
    float v9 = 0.0f;
    if (x2 >= 0 && x2 < 128) {
      const int x10 = i1 / 512;
      const int x11 = x10 * 128;
      const int x12 = x11 + x2;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v4 + v9);
    const int x15 = x2 - 128;
    float v16 = 0.0f;
    if (x15 >= 0 && x15 < 128) {
      const int x17 = i1 / 512;
      const int x18 = x17 * 128;
      const int x19 = x18 + x15;
      const float v20 = b2[x19];
      v16 = v20;
    }
    const float v21 = (v14 + v16);
    const int x22 = x2 - 384;
    float v23 = 0.0f;
    if (x22 >= 0 && x22 < 128) {
      const int x24 = i1 / 512;
      const int x25 = x24 * 128;
      const int x26 = x25 + x22;
      const float v27 = b3[x26];
      v23 = v27;
    }
    const float v28 = (v21 + v23);
    b4[i1] = v28;
  }
}

// ---- k50.cl

// launch 128: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k50(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k51.cl

// launch 129: elementwise mul mul add mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 * v4);
    const float v6 = b3[i1];
    const float v7 = (v5 * v6);
    const float v8 = (v2 + v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = b5[i1];
    const float v12 = (v10 * v11);
    b6[i1] = v12;
    const float v13 = b7[i1];
    const float v14 = (v8 * v13);
    const float v15 = b8[i1];
    const float v16 = (v14 * v15);
    b9[i1] = v16;
    const float v17 = b10[i1];
    const float v18 = (v8 * v17);
    const float v19 = b11[i1];
    const float v20 = (v18 * v19);
    b12[i1] = v20;
    const float v21 = b13[i1];
    const float v22 = (v3 * v21);
    const float v23 = b14[i1];
    const float v24 = (v22 * v23);
    b15[i1] = v24;
    const float v25 = b16[i1];
    const float v26 = (v8 * v25);
    b17[i1] = v26;
  }
}

// ---- k52.cl

// launch 206: elementwise -> f32[B, 28, 512]
__kernel void k52(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k53.cl

// launch 207: elementwise -> i32[]
__kernel void k53(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 1;
  }
}

// ---- k54.cl

// launch 208: scatter_add -> f32[B, 28, 512]
__kernel void k54(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 28, I = 512, P = 1;
  const int gid = get_global_id(0);
  if (gid >= d[0] * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k55.cl

// launch 210: elementwise mul mul add mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 * v4);
    const float v6 = b3[i1];
    const float v7 = (v5 * v6);
    const float v8 = (v2 + v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = b5[i1];
    const float v12 = (v10 * v11);
    b6[i1] = v12;
    const float v13 = b7[i1];
    const float v14 = (v8 * v13);
    const float v15 = b8[i1];
    const float v16 = (v14 * v15);
    b9[i1] = v16;
    const float v17 = b10[i1];
    const float v18 = (v8 * v17);
    const float v19 = b11[i1];
    const float v20 = (v18 * v19);
    b12[i1] = v20;
    const float v21 = b13[i1];
    const float v22 = (v3 * v21);
    const float v23 = b14[i1];
    const float v24 = (v22 * v23);
    b15[i1] = v24;
  }
}

// ---- k56.cl

// launch 212: elementwise -> i32[]
__kernel void k56(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 0;
  }
}

// ---- k57.cl

// launch 214: elementwise -> i32[]
__kernel void k57(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 2;
  }
}

// ---- k58.cl

// launch 216: elementwise -> i32[]
__kernel void k58(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 3;
  }
}

// ---- k59.cl

// launch 218: elementwise -> i32[]
__kernel void k59(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 4;
  }
}

// ---- k60.cl

// launch 220: elementwise -> i32[]
__kernel void k60(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 5;
  }
}

// ---- k61.cl

// launch 222: elementwise -> i32[]
__kernel void k61(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 6;
  }
}

// ---- k62.cl

// launch 224: elementwise -> i32[]
__kernel void k62(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 7;
  }
}

// ---- k63.cl

// launch 226: elementwise -> i32[]
__kernel void k63(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 8;
  }
}

// ---- k64.cl

// launch 228: elementwise -> i32[]
__kernel void k64(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 9;
  }
}

// ---- k65.cl

// launch 230: elementwise -> i32[]
__kernel void k65(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 10;
  }
}

// ---- k66.cl

// launch 232: elementwise -> i32[]
__kernel void k66(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 11;
  }
}

// ---- k67.cl

// launch 234: elementwise -> i32[]
__kernel void k67(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 12;
  }
}

// ---- k68.cl

// launch 236: elementwise -> i32[]
__kernel void k68(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 13;
  }
}

// ---- k69.cl

// launch 238: elementwise -> i32[]
__kernel void k69(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 14;
  }
}

// ---- k70.cl

// launch 240: elementwise -> i32[]
__kernel void k70(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 15;
  }
}

// ---- k71.cl

// launch 242: elementwise -> i32[]
__kernel void k71(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 16;
  }
}

// ---- k72.cl

// launch 244: elementwise -> i32[]
__kernel void k72(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 17;
  }
}

// ---- k73.cl

// launch 246: elementwise -> i32[]
__kernel void k73(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 18;
  }
}

// ---- k74.cl

// launch 248: elementwise -> i32[]
__kernel void k74(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 19;
  }
}

// ---- k75.cl

// launch 250: elementwise -> i32[]
__kernel void k75(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 20;
  }
}

// ---- k76.cl

// launch 252: elementwise -> i32[]
__kernel void k76(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 21;
  }
}

// ---- k77.cl

// launch 254: elementwise -> i32[]
__kernel void k77(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 22;
  }
}

// ---- k78.cl

// launch 256: elementwise -> i32[]
__kernel void k78(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 23;
  }
}

// ---- k79.cl

// launch 258: elementwise -> i32[]
__kernel void k79(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 24;
  }
}

// ---- k80.cl

// launch 260: elementwise -> i32[]
__kernel void k80(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 25;
  }
}

// ---- k81.cl

// launch 262: elementwise -> i32[]
__kernel void k81(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 26;
  }
}

// ---- k82.cl

// launch 264: elementwise -> i32[]
__kernel void k82(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 27;
  }
}

// ---- k83.cl

// launch 266: matmul a' -> f32[512, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k83(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 28, K = d[1];
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

// ---- k84.cl

// launch 267: matmul a' -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k84(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k85.cl

// launch 269: elementwise add -> f32[128, 512]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k86.cl

// launch 321: matmul -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k86(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k87.cl

// launch 323: reduction of sum -> f32[512]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 512;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k88.cl

// launch 324: matmul a' -> f32[10, 128]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k88(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k89.cl

// launch 325: reduction of sum -> f32[10]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k90.cl

// launch 326: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 28] f32[512, 28] f32[512, 28] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]
__kernel void k90(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global const int* restrict d) {
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
  if (gid < 14336) {
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
  } else if (gid < 79872) {
    const int i32 = gid - 14336;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const int x35 = i32 % 128;
    const int x36 = x35 * 512;
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
  } else if (gid < 80384) {
    const int i57 = gid - 79872;
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
    const float v81 = (0.0f * v80);
    const float v82 = (v60 + v81);
    const float v83 = ((0x1.99999ap-4f) * v82);
    const float v84 = (v79 + v83);
    b24[i57] = v84;
    const float v85 = b25[i57];
    const float v86 = ((0x1.ff7ceep-1f) * v85);
    const float v87 = ((0x1.0624dep-10f) * v82);
    const float v88 = (v87 * v82);
    const float v89 = (v86 + v88);
    b26[i57] = v89;
    const float v90 = (v84 / v8);
    const float v91 = ((0x1.0624dep-9f) * v90);
    const float v92 = (v89 / v10);
    const float v93 = F64(sqrt, v92);
    const float v94 = (v93 + (0x1.5798eep-27f));
    const float v95 = (v91 / v94);
    const float v96 = (v80 - v95);
    b27[i57] = v96;
  } else if (gid < 81664) {
    const int i97 = gid - 80384;
    const float v98 = b28[i97];
    const float v99 = ((0x1.ccccccp-1f) * v98);
    const float v100 = b29[i97];
    const float v101 = b30[i97];
    const float v102 = (0.0f * v101);
    const float v103 = (v100 + v102);
    const float v104 = ((0x1.99999ap-4f) * v103);
    const float v105 = (v99 + v104);
    b31[i97] = v105;
    const float v106 = b32[i97];
    const float v107 = ((0x1.ff7ceep-1f) * v106);
    const float v108 = ((0x1.0624dep-10f) * v103);
    const float v109 = (v108 * v103);
    const float v110 = (v107 + v109);
    b33[i97] = v110;
    const float v111 = (v105 / v8);
    const float v112 = ((0x1.0624dep-9f) * v111);
    const float v113 = (v110 / v10);
    const float v114 = F64(sqrt, v113);
    const float v115 = (v114 + (0x1.5798eep-27f));
    const float v116 = (v112 / v115);
    const float v117 = (v101 - v116);
    b34[i97] = v117;
  } else if (gid < 81674) {
    const int i118 = gid - 81664;
    const float v119 = b35[i118];
    const float v120 = ((0x1.ccccccp-1f) * v119);
    const float v121 = b36[i118];
    const float v122 = b37[i118];
    const float v123 = (0.0f * v122);
    const float v124 = (v121 + v123);
    const float v125 = ((0x1.99999ap-4f) * v124);
    const float v126 = (v120 + v125);
    b38[i118] = v126;
    const float v127 = b39[i118];
    const float v128 = ((0x1.ff7ceep-1f) * v127);
    const float v129 = ((0x1.0624dep-10f) * v124);
    const float v130 = (v129 * v124);
    const float v131 = (v128 + v130);
    b40[i118] = v131;
    const float v132 = (v126 / v8);
    const float v133 = ((0x1.0624dep-9f) * v132);
    const float v134 = (v131 / v10);
    const float v135 = F64(sqrt, v134);
    const float v136 = (v135 + (0x1.5798eep-27f));
    const float v137 = (v133 / v136);
    const float v138 = (v122 - v137);
    b41[i118] = v138;
  }
}
