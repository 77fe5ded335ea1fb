// NextRow: kernels of one training step: 110 OpenCL kernels for 314 launches
k0.cl: launch 0: elementwise slice -> f32[B, 27, 28] (from samples/next_row.nn:21:20)
k1.cl: launch 1: matmul b' -> f32[B, 27, 512]
k2.cl: launch 2: elementwise add -> f32[512]
k3.cl: launch 3: elementwise broadcast add -> f32[B, 27, 512]
k4.cl: launch 4: elementwise gather -> f32[B, 512]
k5.cl: launch 5: elementwise -> f32[B, 128]
k6.cl: launch 6: matmul b' -> f32[B, 512]
k7.cl: launch 7: elementwise add -> f32[B, 512]
k8.cl: launch 8: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k9.cl: launch 9: elementwise gather -> f32[B, 512]
k10.cl: launch 12: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k11.cl: launch 13: elementwise gather -> f32[B, 512]
k12.cl: launch 17: elementwise gather -> f32[B, 512]
k13.cl: launch 21: elementwise gather -> f32[B, 512]
k14.cl: launch 25: elementwise gather -> f32[B, 512]
k15.cl: launch 29: elementwise gather -> f32[B, 512]
k16.cl: launch 33: elementwise gather -> f32[B, 512]
k17.cl: launch 37: elementwise gather -> f32[B, 512]
k18.cl: launch 41: elementwise gather -> f32[B, 512]
k19.cl: launch 45: elementwise gather -> f32[B, 512]
k20.cl: launch 49: elementwise gather -> f32[B, 512]
k21.cl: launch 53: elementwise gather -> f32[B, 512]
k22.cl: launch 57: elementwise gather -> f32[B, 512]
k23.cl: launch 61: elementwise gather -> f32[B, 512]
k24.cl: launch 65: elementwise gather -> f32[B, 512]
k25.cl: launch 69: elementwise gather -> f32[B, 512]
k26.cl: launch 73: elementwise gather -> f32[B, 512]
k27.cl: launch 77: elementwise gather -> f32[B, 512]
k28.cl: launch 81: elementwise gather -> f32[B, 512]
k29.cl: launch 85: elementwise gather -> f32[B, 512]
k30.cl: launch 89: elementwise gather -> f32[B, 512]
k31.cl: launch 93: elementwise gather -> f32[B, 512]
k32.cl: launch 97: elementwise gather -> f32[B, 512]
k33.cl: launch 101: elementwise gather -> f32[B, 512]
k34.cl: launch 105: elementwise gather -> f32[B, 512]
k35.cl: launch 109: elementwise gather -> f32[B, 512]
k36.cl: launch 112: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k37.cl: launch 113: elementwise concat -> f32[B, 27, 128] (from samples/next_row.nn:21:15)
k38.cl: launch 114: matmul b' -> f32[B, 27, 28]
k39.cl: launch 115: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 27, 28] f32[B, 27, 28] f32[B, 27, 28] bool[B, 27, 28] bool[B, 27, 28] (from samples/next_row.nn:21:12)
k40.cl: launch 116: reduction of sum div -> f32[] (from samples/next_row.nn:23:8)
k41.cl: launch 117: elementwise div -> f32[]
k42.cl: launch 118: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 27, 28]
k43.cl: launch 119: matmul -> f32[B, 27, 128]
k44.cl: launch 120: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k45.cl: launch 121: elementwise pad pad add pad add pad add -> f32[B, 512]
k46.cl: launch 122: matmul -> f32[B, 128]
k47.cl: launch 123: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k48.cl: launch 125: elementwise -> f32[B, 27, 512]
k49.cl: launch 126: elementwise -> i32[]
k50.cl: launch 127: scatter_add -> f32[B, 27, 512]
k51.cl: launch 128: elementwise -> i32[]
k52.cl: launch 131: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k53.cl: launch 133: elementwise -> i32[]
k54.cl: launch 136: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k55.cl: launch 138: elementwise -> i32[]
k56.cl: launch 141: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k57.cl: launch 143: elementwise -> i32[]
k58.cl: launch 146: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k59.cl: launch 148: elementwise -> i32[]
k60.cl: launch 151: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k61.cl: launch 153: elementwise -> i32[]
k62.cl: launch 156: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k63.cl: launch 158: elementwise -> i32[]
k64.cl: launch 161: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k65.cl: launch 163: elementwise -> i32[]
k66.cl: launch 166: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k67.cl: launch 168: elementwise -> i32[]
k68.cl: launch 171: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k69.cl: launch 173: elementwise -> i32[]
k70.cl: launch 176: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k71.cl: launch 178: elementwise -> i32[]
k72.cl: launch 181: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k73.cl: launch 183: elementwise -> i32[]
k74.cl: launch 186: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k75.cl: launch 188: elementwise -> i32[]
k76.cl: launch 191: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k77.cl: launch 193: elementwise -> i32[]
k78.cl: launch 196: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k79.cl: launch 198: elementwise -> i32[]
k80.cl: launch 201: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k81.cl: launch 203: elementwise -> i32[]
k82.cl: launch 206: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k83.cl: launch 208: elementwise -> i32[]
k84.cl: launch 211: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k85.cl: launch 213: elementwise -> i32[]
k86.cl: launch 216: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k87.cl: launch 218: elementwise -> i32[]
k88.cl: launch 221: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k89.cl: launch 223: elementwise -> i32[]
k90.cl: launch 226: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k91.cl: launch 228: elementwise -> i32[]
k92.cl: launch 231: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k93.cl: launch 233: elementwise -> i32[]
k94.cl: launch 236: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k95.cl: launch 238: elementwise -> i32[]
k96.cl: launch 241: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k97.cl: launch 243: elementwise -> i32[]
k98.cl: launch 246: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k99.cl: launch 248: elementwise -> i32[]
k100.cl: launch 251: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
k101.cl: launch 253: elementwise -> i32[]
k102.cl: launch 255: matmul a' -> f32[512, 28]
k103.cl: launch 256: matmul a' -> f32[128, 512]
k104.cl: launch 258: elementwise add -> f32[128, 512]
k105.cl: launch 308: matmul -> f32[128, 512]
k106.cl: launch 310: reduction of sum -> f32[512]
k107.cl: launch 311: matmul a' -> f32[28, 128]
k108.cl: launch 312: reduction of sum -> f32[28]
k109.cl: launch 313: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 28] f32[512, 28] f32[512, 28] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[28, 128] f32[28, 128] f32[28, 128] f32[28] f32[28] f32[28]

// ---- k0.cl

// launch 0: elementwise slice -> f32[B, 27, 28] (from samples/next_row.nn:21:20)
__kernel void k0(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 756;
    const int x3 = x2 * 28;
    const int x4 = i1 / 28;
    const int x5 = x4 % 27;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 % 28;
    const int x9 = x7 + x8;
    const float v10 = b0[x9];
    b1[i1] = v10;
  }
}

// ---- k1.cl

// launch 1: matmul b' -> f32[B, 27, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 512, K = 28;
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

// launch 3: elementwise broadcast add -> f32[B, 27, 512]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
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
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k5.cl

// launch 5: elementwise -> f32[B, 128]
__kernel void k5(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k6.cl

// launch 6: matmul b' -> f32[B, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k7.cl

// launch 7: elementwise add -> f32[B, 512]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k8.cl

// launch 8: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
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

// ---- k9.cl

// launch 9: elementwise gather -> f32[B, 512]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k10.cl

// launch 12: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
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

// ---- k11.cl

// launch 13: elementwise gather -> f32[B, 512]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k12.cl

// launch 17: elementwise gather -> f32[B, 512]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k13.cl

// launch 21: elementwise gather -> f32[B, 512]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k14.cl

// launch 25: elementwise gather -> f32[B, 512]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(5, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k15.cl

// launch 29: elementwise gather -> f32[B, 512]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(6, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k16.cl

// launch 33: elementwise gather -> f32[B, 512]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(7, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k17.cl

// launch 37: elementwise gather -> f32[B, 512]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(8, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k18.cl

// launch 41: elementwise gather -> f32[B, 512]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(9, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k19.cl

// launch 45: elementwise gather -> f32[B, 512]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(10, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k20.cl

// launch 49: elementwise gather -> f32[B, 512]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(11, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k21.cl

// launch 53: elementwise gather -> f32[B, 512]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(12, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k22.cl

// launch 57: elementwise gather -> f32[B, 512]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(13, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k23.cl

// launch 61: elementwise gather -> f32[B, 512]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(14, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k24.cl

// launch 65: elementwise gather -> f32[B, 512]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(15, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k25.cl

// launch 69: elementwise gather -> f32[B, 512]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(16, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k26.cl

// launch 73: elementwise gather -> f32[B, 512]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(17, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k27.cl

// launch 77: elementwise gather -> f32[B, 512]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(18, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k28.cl

// launch 81: elementwise gather -> f32[B, 512]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(19, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k29.cl

// launch 85: elementwise gather -> f32[B, 512]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(20, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k30.cl

// launch 89: elementwise gather -> f32[B, 512]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(21, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k31.cl

// launch 93: elementwise gather -> f32[B, 512]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(22, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k32.cl

// launch 97: elementwise gather -> f32[B, 512]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(23, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k33.cl

// launch 101: elementwise gather -> f32[B, 512]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(24, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k34.cl

// launch 105: elementwise gather -> f32[B, 512]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(25, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k35.cl

// launch 109: elementwise gather -> f32[B, 512]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(26, 27, fault);
    const int x3 = i1 / 512;
    const int x4 = x3 * 27;
    const int x5 = x4 + v2;
    const int x6 = x5 * 512;
    const int x7 = i1 % 512;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k36.cl

// launch 112: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
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

// ---- k37.cl

// launch 113: elementwise concat -> f32[B, 27, 128] (from samples/next_row.nn:21:15)
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 % 27;
    float v4;
    if (x3 < 1) {
      const int x5 = i1 / 3456;
      const int x6 = x5 * 128;
      const int x7 = i1 % 128;
      const int x8 = x6 + x7;
      const float v9 = b0[x8];
      v4 = v9;
    } else if (x3 < 2) {
      const int x10 = i1 / 3456;
      const int x11 = x10 * 128;
      const int x12 = i1 % 128;
      const int x13 = x11 + x12;
      const float v14 = b1[x13];
      v4 = v14;
    } else if (x3 < 3) {
      const int x15 = i1 / 3456;
      const int x16 = x15 * 128;
      const int x17 = i1 % 128;
      const int x18 = x16 + x17;
      const float v19 = b2[x18];
      v4 = v19;
    } else if (x3 < 4) {
      const int x20 = i1 / 3456;
      const int x21 = x20 * 128;
      const int x22 = i1 % 128;
      const int x23 = x21 + x22;
      const float v24 = b3[x23];
      v4 = v24;
    } else if (x3 < 5) {
      const int x25 = i1 / 3456;
      const int x26 = x25 * 128;
      const int x27 = i1 % 128;
      const int x28 = x26 + x27;
      const float v29 = b4[x28];
      v4 = v29;
    } else if (x3 < 6) {
      const int x30 = i1 / 3456;
      const int x31 = x30 * 128;
      const int x32 = i1 % 128;
      const int x33 = x31 + x32;
      const float v34 = b5[x33];
      v4 = v34;
    } else if (x3 < 7) {
      const int x35 = i1 / 3456;
      const int x36 = x35 * 128;
      const int x37 = i1 % 128;
      const int x38 = x36 + x37;
      const float v39 = b6[x38];
      v4 = v39;
    } else if (x3 < 8) {
      const int x40 = i1 / 3456;
      const int x41 = x40 * 128;
      const int x42 = i1 % 128;
      const int x43 = x41 + x42;
      const float v44 = b7[x43];
      v4 = v44;
    } else if (x3 < 9) {
      const int x45 = i1 / 3456;
      const int x46 = x45 * 128;
      const int x47 = i1 % 128;
      const int x48 = x46 + x47;
      const float v49 = b8[x48];
      v4 = v49;
    } else if (x3 < 10) {
      const int x50 = i1 / 3456;
      const int x51 = x50 * 128;
      const int x52 = i1 % 128;
      const int x53 = x51 + x52;
      const float v54 = b9[x53];
      v4 = v54;
    } else if (x3 < 11) {
      const int x55 = i1 / 3456;
      const int x56 = x55 * 128;
      const int x57 = i1 % 128;
      const int x58 = x56 + x57;
      const float v59 = b10[x58];
      v4 = v59;
    } else if (x3 < 12) {
      const int x60 = i1 / 3456;
      const int x61 = x60 * 128;
      const int x62 = i1 % 128;
      const int x63 = x61 + x62;
      const float v64 = b11[x63];
      v4 = v64;
    } else if (x3 < 13) {
      const int x65 = i1 / 3456;
      const int x66 = x65 * 128;
      const int x67 = i1 % 128;
      const int x68 = x66 + x67;
      const float v69 = b12[x68];
      v4 = v69;
    } else if (x3 < 14) {
      const int x70 = i1 / 3456;
      const int x71 = x70 * 128;
      const int x72 = i1 % 128;
      const int x73 = x71 + x72;
      const float v74 = b13[x73];
      v4 = v74;
    } else if (x3 < 15) {
      const int x75 = i1 / 3456;
      const int x76 = x75 * 128;
      const int x77 = i1 % 128;
      const int x78 = x76 + x77;
      const float v79 = b14[x78];
      v4 = v79;
    } else if (x3 < 16) {
      const int x80 = i1 / 3456;
      const int x81 = x80 * 128;
      const int x82 = i1 % 128;
      const int x83 = x81 + x82;
      const float v84 = b15[x83];
      v4 = v84;
    } else if (x3 < 17) {
      const int x85 = i1 / 3456;
      const int x86 = x85 * 128;
      const int x87 = i1 % 128;
      const int x88 = x86 + x87;
      const float v89 = b16[x88];
      v4 = v89;
    } else if (x3 < 18) {
      const int x90 = i1 / 3456;
      const int x91 = x90 * 128;
      const int x92 = i1 % 128;
      const int x93 = x91 + x92;
      const float v94 = b17[x93];
      v4 = v94;
    } else if (x3 < 19) {
      const int x95 = i1 / 3456;
      const int x96 = x95 * 128;
      const int x97 = i1 % 128;
      const int x98 = x96 + x97;
      const float v99 = b18[x98];
      v4 = v99;
    } else if (x3 < 20) {
      const int x100 = i1 / 3456;
      const int x101 = x100 * 128;
      const int x102 = i1 % 128;
      const int x103 = x101 + x102;
      const float v104 = b19[x103];
      v4 = v104;
    } else if (x3 < 21) {
      const int x105 = i1 / 3456;
      const int x106 = x105 * 128;
      const int x107 = i1 % 128;
      const int x108 = x106 + x107;
      const float v109 = b20[x108];
      v4 = v109;
    } else if (x3 < 22) {
      const int x110 = i1 / 3456;
      const int x111 = x110 * 128;
      const int x112 = i1 % 128;
      const int x113 = x111 + x112;
      const float v114 = b21[x113];
      v4 = v114;
    } else if (x3 < 23) {
      const int x115 = i1 / 3456;
      const int x116 = x115 * 128;
      const int x117 = i1 % 128;
      const int x118 = x116 + x117;
      const float v119 = b22[x118];
      v4 = v119;
    } else if (x3 < 24) {
      const int x120 = i1 / 3456;
      const int x121 = x120 * 128;
      const int x122 = i1 % 128;
      const int x123 = x121 + x122;
      const float v124 = b23[x123];
      v4 = v124;
    } else if (x3 < 25) {
      const int x125 = i1 / 3456;
      const int x126 = x125 * 128;
      const int x127 = i1 % 128;
      const int x128 = x126 + x127;
      const float v129 = b24[x128];
      v4 = v129;
    } else if (x3 < 26) {
      const int x130 = i1 / 3456;
      const int x131 = x130 * 128;
      const int x132 = i1 % 128;
      const int x133 = x131 + x132;
      const float v134 = b25[x133];
      v4 = v134;
    } else {
      const int x135 = i1 / 3456;
      const int x136 = x135 * 128;
      const int x137 = i1 % 128;
      const int x138 = x136 + x137;
      const float v139 = b26[x138];
      v4 = v139;
    }
    b27[i1] = v4;
  }
}

// ---- k38.cl

// launch 114: matmul b' -> f32[B, 27, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k38(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 28, K = 128;
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
    for (int nn = lid / 16; nn < 32; nn += 8) {
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

// ---- k39.cl

// launch 115: elementwise add max neg max neg exp add log add mul sub ge ... -> f32[B, 27, 28] f32[B, 27, 28] f32[B, 27, 28] bool[B, 27, 28] bool[B, 27, 28] (from samples/next_row.nn:21:12)
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 28;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = (-v5);
    const float v8 = nnc_max(v5, v7);
    const float v9 = (-v8);
    const float v10 = F64(exp, v9);
    const float v11 = (1.0f + v10);
    const float v12 = F64(log, v11);
    const float v13 = (v6 + v12);
    const int x14 = i1 / 756;
    const int x15 = x14 * 28;
    const int x16 = i1 / 28;
    const int x17 = x16 % 27;
    const int x18 = x17 + 1;
    const int x19 = x15 + x18;
    const int x20 = x19 * 28;
    const int x21 = x20 + x3;
    const float v22 = b2[x21];
    const float v23 = (v5 * v22);
    const float v24 = (v13 - v23);
    b3[i1] = v24;
    b4[i1] = v11;
    b5[i1] = v10;
    const float v25 = BOOL(v5 >= v7);
    b6[i1] = v25;
    const float v26 = BOOL(v5 >= 0.0f);
    b7[i1] = v26;
  }
}

// ---- k40.cl

// launch 116: reduction of sum div -> f32[] (from samples/next_row.nn:23:8)
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 756;
    const int x2 = x1 * 27;
    const int x3 = j / 28;
    const int x4 = x3 % 27;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = j % 28;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  const float v11 = (float) x0;
  const float v12 = (r10 / v11);
  b1[o] = v12;
}

// ---- k41.cl

// launch 117: elementwise div -> f32[]
__kernel void k41(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k42.cl

// launch 118: elementwise broadcast neg mul div mul neg select add select sub select add -> f32[B, 27, 28]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = (-v2);
    const int x4 = i1 / 756;
    const int x5 = x4 * 28;
    const int x6 = i1 / 28;
    const int x7 = x6 % 27;
    const int x8 = x7 + 1;
    const int x9 = x5 + x8;
    const int x10 = x9 * 28;
    const int x11 = i1 % 28;
    const int x12 = x10 + x11;
    const float v13 = b1[x12];
    const float v14 = (v3 * v13);
    const float v15 = b2[i1];
    const float v16 = b3[i1];
    const float v17 = (v2 / v16);
    const float v18 = b4[i1];
    const float v19 = (v17 * v18);
    const float v20 = (-v19);
    const float v21 = (v15 != 0.0f ? v20 : 0.0f);
    const float v22 = (v14 + v21);
    const float v23 = (v15 != 0.0f ? 0.0f : v20);
    const float v24 = (v22 - v23);
    const float v25 = b5[i1];
    const float v26 = (v25 != 0.0f ? v2 : 0.0f);
    const float v27 = (v24 + v26);
    b6[i1] = v27;
  }
}

// ---- k43.cl

// launch 119: matmul -> f32[B, 27, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[2], N = 128, K = 28;
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

// launch 120: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 27;
    const int x4 = x3 + 26;
    const int x5 = x4 * 128;
    const int x6 = i1 % 128;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    const float v9 = b1[i1];
    const float v10 = (v8 * v9);
    const float v11 = b2[i1];
    const float v12 = (v10 * v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    b5[i1] = v16;
    const float v17 = b6[i1];
    const float v18 = (v12 * v17);
    const float v19 = b7[i1];
    const float v20 = (v18 * v19);
    b8[i1] = v20;
    const float v21 = b9[i1];
    const float v22 = (v12 * v21);
    const float v23 = b10[i1];
    const float v24 = (v22 * v23);
    b11[i1] = v24;
    const float v25 = b12[i1];
    const float v26 = (v8 * v25);
    const float v27 = b13[i1];
    const float v28 = (v26 * v27);
    b14[i1] = v28;
    const float v29 = b15[i1];
    const float v30 = (v12 * v29);
    b16[i1] = v30;
  }
}

// ---- k45.cl

// launch 121: elementwise pad pad add pad add pad add -> f32[B, 512]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
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

// ---- k46.cl

// launch 122: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k46(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k47.cl

// launch 123: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 25;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k48.cl

// launch 125: elementwise -> f32[B, 27, 512]
__kernel void k48(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k49.cl

// launch 126: elementwise -> i32[]
__kernel void k49(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 25;
  }
}

// ---- k50.cl

// launch 127: scatter_add -> f32[B, 27, 512]
__kernel void k50(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 27, I = 512, P = 1;
  const int gid = get_global_id(0);
  if (gid >= d[1] * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k51.cl

// launch 128: elementwise -> i32[]
__kernel void k51(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 26;
  }
}

// ---- k52.cl

// launch 131: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 24;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k53.cl

// launch 133: elementwise -> i32[]
__kernel void k53(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 24;
  }
}

// ---- k54.cl

// launch 136: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 23;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k55.cl

// launch 138: elementwise -> i32[]
__kernel void k55(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 23;
  }
}

// ---- k56.cl

// launch 141: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 22;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k57.cl

// launch 143: elementwise -> i32[]
__kernel void k57(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 22;
  }
}

// ---- k58.cl

// launch 146: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 21;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k59.cl

// launch 148: elementwise -> i32[]
__kernel void k59(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 21;
  }
}

// ---- k60.cl

// launch 151: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 20;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k61.cl

// launch 153: elementwise -> i32[]
__kernel void k61(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 20;
  }
}

// ---- k62.cl

// launch 156: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 19;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k63.cl

// launch 158: elementwise -> i32[]
__kernel void k63(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 19;
  }
}

// ---- k64.cl

// launch 161: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 18;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k65.cl

// launch 163: elementwise -> i32[]
__kernel void k65(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 18;
  }
}

// ---- k66.cl

// launch 166: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 17;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k67.cl

// launch 168: elementwise -> i32[]
__kernel void k67(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 17;
  }
}

// ---- k68.cl

// launch 171: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 16;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k69.cl

// launch 173: elementwise -> i32[]
__kernel void k69(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 16;
  }
}

// ---- k70.cl

// launch 176: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k70(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 15;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k71.cl

// launch 178: elementwise -> i32[]
__kernel void k71(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 15;
  }
}

// ---- k72.cl

// launch 181: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 14;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k73.cl

// launch 183: elementwise -> i32[]
__kernel void k73(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 14;
  }
}

// ---- k74.cl

// launch 186: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k74(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 13;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k75.cl

// launch 188: elementwise -> i32[]
__kernel void k75(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 13;
  }
}

// ---- k76.cl

// launch 191: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 12;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k77.cl

// launch 193: elementwise -> i32[]
__kernel void k77(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 12;
  }
}

// ---- k78.cl

// launch 196: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 11;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k79.cl

// launch 198: elementwise -> i32[]
__kernel void k79(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 11;
  }
}

// ---- k80.cl

// launch 201: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 10;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k81.cl

// launch 203: elementwise -> i32[]
__kernel void k81(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 10;
  }
}

// ---- k82.cl

// launch 206: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 9;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k83.cl

// launch 208: elementwise -> i32[]
__kernel void k83(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 9;
  }
}

// ---- k84.cl

// launch 211: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 8;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k85.cl

// launch 213: elementwise -> i32[]
__kernel void k85(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 8;
  }
}

// ---- k86.cl

// launch 216: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 7;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k87.cl

// launch 218: elementwise -> i32[]
__kernel void k87(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 7;
  }
}

// ---- k88.cl

// launch 221: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 6;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k89.cl

// launch 223: elementwise -> i32[]
__kernel void k89(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 6;
  }
}

// ---- k90.cl

// launch 226: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 5;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k91.cl

// launch 228: elementwise -> i32[]
__kernel void k91(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 5;
  }
}

// ---- k92.cl

// launch 231: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 4;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k93.cl

// launch 233: elementwise -> i32[]
__kernel void k93(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 4;
  }
}

// ---- k94.cl

// launch 236: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k94(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 3;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k95.cl

// launch 238: elementwise -> i32[]
__kernel void k95(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 3;
  }
}

// ---- k96.cl

// launch 241: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 2;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k97.cl

// launch 243: elementwise -> i32[]
__kernel void k97(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 2;
  }
}

// ---- k98.cl

// launch 246: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k98(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 + 1;
    const int x7 = x6 * 128;
    const int x8 = i1 % 128;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 + v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v2 + v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    const float v19 = b6[i1];
    const float v20 = (v18 * v19);
    b7[i1] = v20;
    const float v21 = b8[i1];
    const float v22 = (v16 * v21);
    const float v23 = b9[i1];
    const float v24 = (v22 * v23);
    b10[i1] = v24;
    const float v25 = b11[i1];
    const float v26 = (v16 * v25);
    const float v27 = b12[i1];
    const float v28 = (v26 * v27);
    b13[i1] = v28;
    const float v29 = b14[i1];
    const float v30 = (v11 * v29);
    const float v31 = b15[i1];
    const float v32 = (v30 * v31);
    b16[i1] = v32;
    const float v33 = b17[i1];
    const float v34 = (v16 * v33);
    b18[i1] = v34;
  }
}

// ---- k99.cl

// launch 248: elementwise -> i32[]
__kernel void k99(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 1;
  }
}

// ---- k100.cl

// launch 251: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 128] f32[B, 128] f32[B, 128] f32[B, 128]
__kernel void k100(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 128;
    const int x5 = x4 * 27;
    const int x6 = x5 * 128;
    const int x7 = i1 % 128;
    const int x8 = x6 + x7;
    const float v9 = b2[x8];
    const float v10 = (v3 + v9);
    const float v11 = b3[i1];
    const float v12 = (v10 * v11);
    const float v13 = b4[i1];
    const float v14 = (v12 * v13);
    const float v15 = (v2 + v14);
    const float v16 = b5[i1];
    const float v17 = (v15 * v16);
    const float v18 = b6[i1];
    const float v19 = (v17 * v18);
    b7[i1] = v19;
    const float v20 = b8[i1];
    const float v21 = (v15 * v20);
    const float v22 = b9[i1];
    const float v23 = (v21 * v22);
    b10[i1] = v23;
    const float v24 = b11[i1];
    const float v25 = (v15 * v24);
    const float v26 = b12[i1];
    const float v27 = (v25 * v26);
    b13[i1] = v27;
    const float v28 = b14[i1];
    const float v29 = (v10 * v28);
    const float v30 = b15[i1];
    const float v31 = (v29 * v30);
    b16[i1] = v31;
  }
}

// ---- k101.cl

// launch 253: elementwise -> i32[]
__kernel void k101(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 0;
  }
}

// ---- k102.cl

// launch 255: matmul a' -> f32[512, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k102(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 512, N = 28, K = d[2];
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

// ---- k103.cl

// launch 256: matmul a' -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k103(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k104.cl

// launch 258: elementwise add -> f32[128, 512]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k105.cl

// launch 308: matmul -> f32[128, 512]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k105(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k106.cl

// launch 310: reduction of sum -> f32[512]
__kernel void k106(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 512) return;
  acc_t acc = 0;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 27;
    const int x2 = x1 * 27;
    const int x3 = j % 27;
    const int x4 = x2 + x3;
    const int x5 = x4 * 512;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k107.cl

// launch 311: matmul a' -> f32[28, 128]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k107(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 28, N = 128, K = d[2];
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

// ---- k108.cl

// launch 312: reduction of sum -> f32[28]
__kernel void k108(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 28) return;
  acc_t acc = 0;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 27;
    const int x2 = x1 * 27;
    const int x3 = j % 27;
    const int x4 = x2 + x3;
    const int x5 = x4 * 28;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k109.cl

// launch 313: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[512, 28] f32[512, 28] f32[512, 28] f32[512, 128] f32[512, 128] f32[512, 128] f32[512] f32[512] f32[512] f32[512] f32[512] f32[512] f32[28, 128] f32[28, 128] f32[28, 128] f32[28] f32[28] f32[28]
__kernel void k109(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global const int* restrict d) {
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
  } else if (gid < 83968) {
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
  } else if (gid < 83996) {
    const int i118 = gid - 83968;
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
