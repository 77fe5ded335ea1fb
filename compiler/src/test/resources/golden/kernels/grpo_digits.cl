// ==== grpo
// train step grpo: kernels of one training step: 74 OpenCL kernels for 251 launches
k0.cl: launch 0: elementwise cast div floor cast mul sub cast -> i32[16*B] i32[16*B]
k1.cl: launch 1: elementwise gather -> i32[16*B]
k2.cl: launch 2: elementwise gather -> f32[16*B, 32]
k3.cl: launch 3: matmul b' -> f32[16*B, 384]
k4.cl: launch 4: elementwise add -> f32[16*B, 384]
k5.cl: launch 5: elementwise -> f32[16*B, 128] (from samples/grpo_digits.nn:66:26)
k6.cl: launch 6: matmul b' -> f32[16*B, 384]
k7.cl: launch 8: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k8.cl: launch 9: elementwise gather -> i32[16*B]
k9.cl: launch 15: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128]
k10.cl: launch 16: elementwise gather -> i32[16*B]
k11.cl: launch 23: elementwise gather -> i32[16*B]
k12.cl: launch 30: elementwise gather -> i32[16*B]
k13.cl: launch 37: elementwise reshape -> f32[16*B, 128]
k14.cl: launch 38: matmul b' -> f32[16*B, 10]
k15.cl: launch 39: elementwise add -> f32[16*B, 10]
k16.cl: launch 40: elementwise random mul add log neg log sub -> f32[16*B, 10]
k17.cl: launch 41: reduction of reduce_max broadcast eq -> bool[16*B, 10]
k18.cl: launch 42: reduction of cast select neg reduce_max neg cast -> f32[16*B, 10] i32[16*B]
k19.cl: launch 51: elementwise random mul add log neg log sub -> f32[16*B, 10]
k20.cl: launch 52: reduction of reduce_max broadcast eq select neg -> f32[16*B, 10]
k21.cl: launch 53: reduction of reduce_max neg cast -> i32[16*B]
k22.cl: launch 62: elementwise random mul add log neg log sub -> f32[16*B, 10]
k23.cl: launch 65: elementwise gather -> i32[16*B, 3, 1]
k24.cl: launch 66: elementwise gather -> i32[16*B]
k25.cl: launch 70: elementwise slice add sigmoid sub slice slice add sigmoid mul add tanh mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k26.cl: launch 71: elementwise gather -> i32[16*B]
k27.cl: launch 77: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k28.cl: launch 78: elementwise gather -> i32[16*B]
k29.cl: launch 85: elementwise gather -> i32[16*B]
k30.cl: launch 92: elementwise gather -> i32[16*B]
k31.cl: launch 99: elementwise gather -> i32[16*B]
k32.cl: launch 106: elementwise gather -> i32[16*B]
k33.cl: launch 112: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k34.cl: launch 113: elementwise slice -> f32[16*B, 3, 128]
k35.cl: launch 114: matmul b' -> f32[16*B, 3, 10]
k36.cl: launch 115: elementwise add -> f32[16*B, 3, 10]
k37.cl: launch 116: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[16*B, 3, 10] f32[16*B, 3, 10] f32[16*B, 3, 1]
k38.cl: launch 117: reduction of broadcast eq reshape select sum -> bool[16*B, 3, 1, 10] f32[16*B, 3, 1]
k39.cl: launch 118: reduction of sum eq cast sub abs cast div sub -> f32[16*B]
k40.cl: launch 119: reduction of sum div broadcast sub mul sum div sqrt add broadcast div -> f32[B, 16]
k41.cl: launch 165: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[16*B, 3, 10]
k42.cl: launch 166: reduction of reshape select sum -> f32[16*B, 3, 1]
k43.cl: launch 167: reduction of reshape stop_gradient sub exp broadcast mul max min mul min reshape stop_gradient ... -> f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[]
k44.cl: launch 168: elementwise div -> f32[]
k45.cl: launch 169: elementwise ge le le broadcast select mul select select select mul add mul ... -> f32[16*B, 3]
k46.cl: launch 170: elementwise broadcast select -> f32[16*B, 3, 1, 10]
k47.cl: launch 171: reduction of reshape neg sum div broadcast mul add -> f32[16*B, 3, 10]
k48.cl: launch 172: matmul -> f32[16*B, 3, 128]
k49.cl: launch 173: elementwise reshape mul mul mul mul mul mul mul mul sub mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k50.cl: launch 174: elementwise pad pad add pad add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
k51.cl: launch 175: matmul -> f32[16*B, 128]
k52.cl: launch 176: elementwise add -> f32[16*B, 128]
k53.cl: launch 177: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k54.cl: launch 178: elementwise pad pad add pad add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
k55.cl: launch 179: matmul -> f32[16*B, 32]
k56.cl: launch 180: elementwise -> f32[13, 32]
k57.cl: launch 181: scatter_add -> f32[13, 32]
k58.cl: launch 182: elementwise pad add add add -> f32[16*B, 384] f32[16*B, 384]
k59.cl: launch 185: elementwise pad add add add -> f32[16*B, 384] f32[16*B, 384]
k60.cl: launch 188: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k61.cl: launch 189: elementwise pad pad add pad add add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
k62.cl: launch 195: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k63.cl: launch 216: elementwise reshape add mul mul mul mul mul mul sub mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
k64.cl: launch 217: reduction of pad pad add pad add add sum -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384] f32[384]
k65.cl: launch 220: matmul a' -> f32[32, 384]
k66.cl: launch 222: elementwise add -> f32[32, 384]
k67.cl: launch 233: matmul a' -> f32[128, 384]
k68.cl: launch 235: elementwise add -> f32[128, 384]
k69.cl: launch 244: reduction of pad add add add sum -> f32[16*B, 384] f32[384]
k70.cl: launch 246: matmul -> f32[128, 384]
k71.cl: launch 248: matmul a' -> f32[10, 128]
k72.cl: launch 249: reduction of sum -> f32[10]
k73.cl: launch 250: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[13, 32] f32[13, 32] f32[13, 32] f32[384, 32] f32[384, 32] f32[384, 32] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]

// ---- k0.cl

// launch 0: elementwise cast div floor cast mul sub cast -> i32[16*B] i32[16*B]
__kernel void k0(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 16;
    const int v3 = b0[x2];
    const float v4 = (float) v3;
    const float v5 = (v4 / 10.0f);
    const float v6 = F64(floor, v5);
    const int v7 = convert_int_sat(v6);
    b1[i1] = v7;
    const float v8 = (v6 * 10.0f);
    const float v9 = (v4 - v8);
    const int v10 = convert_int_sat(v9);
    b2[i1] = v10;
  }
}

// ---- k1.cl

// launch 1: elementwise gather -> i32[16*B]
__kernel void k1(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 5, fault);
    int v3;
    if (v2 < 1) {
      v3 = 10;
    } else if (v2 < 2) {
      v3 = 11;
    } else if (v2 < 3) {
      const int v4 = b0[i1];
      v3 = v4;
    } else if (v2 < 4) {
      const int v5 = b1[i1];
      v3 = v5;
    } else {
      v3 = 12;
    }
    b2[i1] = v3;
  }
}

// ---- k2.cl

// launch 2: elementwise gather -> f32[16*B, 32]
__kernel void k2(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int v3 = b0[x2];
    const int v4 = nnc_index(v3, 13, fault);
    const int x5 = v4 * 32;
    const int x6 = i1 % 32;
    const int x7 = x5 + x6;
    const float v8 = b1[x7];
    b2[i1] = v8;
  }
}

// ---- k3.cl

// launch 3: matmul b' -> f32[16*B, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 384, K = 32;
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

// launch 4: elementwise add -> f32[16*B, 384]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k5.cl

// launch 5: elementwise -> f32[16*B, 128] (from samples/grpo_digits.nn:66:26)
__kernel void k5(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k6.cl

// launch 6: matmul b' -> f32[16*B, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k7.cl

// launch 8: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    b4[i1] = v8;
    b5[i1] = v17;
    b6[i1] = v20;
  }
}

// ---- k8.cl

// launch 9: elementwise gather -> i32[16*B]
__kernel void k8(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 5, fault);
    int v3;
    if (v2 < 1) {
      v3 = 10;
    } else if (v2 < 2) {
      v3 = 11;
    } else if (v2 < 3) {
      const int v4 = b0[i1];
      v3 = v4;
    } else if (v2 < 4) {
      const int v5 = b1[i1];
      v3 = v5;
    } else {
      v3 = 12;
    }
    b2[i1] = v3;
  }
}

// ---- k9.cl

// launch 15: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
  }
}

// ---- k10.cl

// launch 16: elementwise gather -> i32[16*B]
__kernel void k10(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 5, fault);
    int v3;
    if (v2 < 1) {
      v3 = 10;
    } else if (v2 < 2) {
      v3 = 11;
    } else if (v2 < 3) {
      const int v4 = b0[i1];
      v3 = v4;
    } else if (v2 < 4) {
      const int v5 = b1[i1];
      v3 = v5;
    } else {
      v3 = 12;
    }
    b2[i1] = v3;
  }
}

// ---- k11.cl

// launch 23: elementwise gather -> i32[16*B]
__kernel void k11(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 5, fault);
    int v3;
    if (v2 < 1) {
      v3 = 10;
    } else if (v2 < 2) {
      v3 = 11;
    } else if (v2 < 3) {
      const int v4 = b0[i1];
      v3 = v4;
    } else if (v2 < 4) {
      const int v5 = b1[i1];
      v3 = v5;
    } else {
      v3 = 12;
    }
    b2[i1] = v3;
  }
}

// ---- k12.cl

// launch 30: elementwise gather -> i32[16*B]
__kernel void k12(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 5, fault);
    int v3;
    if (v2 < 1) {
      v3 = 10;
    } else if (v2 < 2) {
      v3 = 11;
    } else if (v2 < 3) {
      const int v4 = b0[i1];
      v3 = v4;
    } else if (v2 < 4) {
      const int v5 = b1[i1];
      v3 = v5;
    } else {
      v3 = 12;
    }
    b2[i1] = v3;
  }
}

// ---- k13.cl

// launch 37: elementwise reshape -> f32[16*B, 128]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k14.cl

// launch 38: matmul b' -> f32[16*B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k15.cl

// launch 39: elementwise add -> f32[16*B, 10]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k16.cl

// launch 40: elementwise random mul add log neg log sub -> f32[16*B, 10]
__kernel void k16(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 2u, (float) v3, i1);
    const float v5 = (v4 * 1.0f);
    const float v6 = ((0x1.197998p-40f) + v5);
    const float v7 = F64(log, v6);
    const float v8 = (-v7);
    const float v9 = F64(log, v8);
    const float v10 = (v2 - v9);
    b2[i1] = v10;
  }
}

// ---- k17.cl

// launch 41: reduction of reduce_max broadcast eq -> bool[16*B, 10]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  for (int j = 0; j < count; j++) {
    const int x5 = o * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = BOOL(v7 == r4);
    b1[x6] = v8;
  }
}

// ---- k18.cl

// launch 42: reduction of cast select neg reduce_max neg cast -> f32[16*B, 10] i32[16*B]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 10;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (float) j;
    const float v5 = (v3 != 0.0f ? v4 : INFINITY);
    const float v6 = (-v5);
    b1[x2] = v4;
    acc = isnan(acc) || isnan((acc_t) v6) ? NAN : fmax(acc, (acc_t) v6);
  }
  const float r7 = (float) acc;
  const float v8 = (-r7);
  const int v9 = convert_int_sat(v8);
  b2[o] = v9;
}

// ---- k19.cl

// launch 51: elementwise random mul add log neg log sub -> f32[16*B, 10]
__kernel void k19(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 3u, (float) v3, i1);
    const float v5 = (v4 * 1.0f);
    const float v6 = ((0x1.197998p-40f) + v5);
    const float v7 = F64(log, v6);
    const float v8 = (-v7);
    const float v9 = F64(log, v8);
    const float v10 = (v2 - v9);
    b2[i1] = v10;
  }
}

// ---- k20.cl

// launch 52: reduction of reduce_max broadcast eq select neg -> f32[16*B, 10]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  for (int j = 0; j < count; j++) {
    const int x5 = o * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = BOOL(v7 == r4);
    const float v9 = b1[x6];
    const float v10 = (v8 != 0.0f ? v9 : INFINITY);
    const float v11 = (-v10);
    b2[x6] = v11;
  }
}

// ---- k21.cl

// launch 53: reduction of reduce_max neg cast -> i32[16*B]
__kernel void k21(__global float* restrict b0, __global int* restrict b1, __global const int* restrict d) {
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
  const float v5 = (-r4);
  const int v6 = convert_int_sat(v5);
  b1[o] = v6;
}

// ---- k22.cl

// launch 62: elementwise random mul add log neg log sub -> f32[16*B, 10]
__kernel void k22(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[9];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 4u, (float) v3, i1);
    const float v5 = (v4 * 1.0f);
    const float v6 = ((0x1.197998p-40f) + v5);
    const float v7 = F64(log, v6);
    const float v8 = (-v7);
    const float v9 = F64(log, v8);
    const float v10 = (v2 - v9);
    b2[i1] = v10;
  }
}

// ---- k23.cl

// launch 65: elementwise gather -> i32[16*B, 3, 1]
__kernel void k23(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 3;
    int v3;
    if (x2 < 1) {
      const int x4 = i1 / 3;
      const int v5 = b0[x4];
      v3 = v5;
    } else if (x2 < 2) {
      const int x6 = i1 / 3;
      const int v7 = b1[x6];
      v3 = v7;
    } else {
      const int x8 = i1 / 3;
      const int v9 = b2[x8];
      v3 = v9;
    }
    const int v10 = nnc_index(v3, 10, fault);
    b3[i1] = v10;
  }
}

// ---- k24.cl

// launch 66: elementwise gather -> i32[16*B]
__kernel void k24(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k25.cl

// launch 70: elementwise slice add sigmoid sub slice slice add sigmoid mul add tanh mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
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
    const float v8 = b1[i1];
    const float v9 = (v7 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (1.0f - v10);
    const int x12 = x4 + 256;
    const int x13 = x3 + x12;
    const float v14 = b0[x13];
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = b2[i1];
    const float v18 = (v16 + v17);
    const float v19 = nnc_sigmoid(v18);
    const float v20 = b3[i1];
    const float v21 = (v19 * v20);
    const float v22 = (v14 + v21);
    const float v23 = F64(tanh, v22);
    const float v24 = (v11 * v23);
    const float v25 = b4[i1];
    const float v26 = (v10 * v25);
    const float v27 = (v24 + v26);
    b5[i1] = v27;
    b6[i1] = v11;
    const float v28 = (v23 * v23);
    const float v29 = (1.0f - v28);
    b7[i1] = v29;
    const float v30 = (1.0f - v19);
    const float v31 = (v19 * v30);
    b8[i1] = v31;
    b9[i1] = v23;
    const float v32 = (v10 * v11);
    b10[i1] = v32;
    b11[i1] = v19;
  }
}

// ---- k26.cl

// launch 71: elementwise gather -> i32[16*B]
__kernel void k26(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k27.cl

// launch 77: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
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

// ---- k28.cl

// launch 78: elementwise gather -> i32[16*B]
__kernel void k28(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k29.cl

// launch 85: elementwise gather -> i32[16*B]
__kernel void k29(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k30.cl

// launch 92: elementwise gather -> i32[16*B]
__kernel void k30(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k31.cl

// launch 99: elementwise gather -> i32[16*B]
__kernel void k31(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(5, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k32.cl

// launch 106: elementwise gather -> i32[16*B]
__kernel void k32(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global int* restrict b4, __global int* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(6, 7, fault);
    int v3;
    if (v2 < 5) {
      int v4;
      if (v2 < 1) {
        v4 = 10;
      } else if (v2 < 2) {
        v4 = 11;
      } else if (v2 < 3) {
        const int v5 = b0[i1];
        v4 = v5;
      } else if (v2 < 4) {
        const int v6 = b1[i1];
        v4 = v6;
      } else {
        v4 = 12;
      }
      v3 = v4;
    } else {
      const int x7 = v2 - 5;
      int v8;
      if (x7 < 1) {
        const int v9 = b2[i1];
        v8 = v9;
      } else if (x7 < 2) {
        const int v10 = b3[i1];
        v8 = v10;
      } else {
        const int v11 = b4[i1];
        v8 = v11;
      }
      v3 = v8;
    }
    b5[i1] = v3;
  }
}

// ---- k33.cl

// launch 112: elementwise slice slice add sigmoid sub slice slice slice add sigmoid slice mul ... -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
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

// ---- k34.cl

// launch 113: elementwise slice -> f32[16*B, 3, 128]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 % 3;
    const int x4 = x3 + 4;
    float v5;
    if (x4 < 1) {
      const int x6 = i1 / 384;
      const int x7 = x6 * 128;
      const int x8 = i1 % 128;
      const int x9 = x7 + x8;
      const float v10 = b0[x9];
      v5 = v10;
    } else if (x4 < 2) {
      const int x11 = i1 / 384;
      const int x12 = x11 * 128;
      const int x13 = i1 % 128;
      const int x14 = x12 + x13;
      const float v15 = b1[x14];
      v5 = v15;
    } else if (x4 < 3) {
      const int x16 = i1 / 384;
      const int x17 = x16 * 128;
      const int x18 = i1 % 128;
      const int x19 = x17 + x18;
      const float v20 = b2[x19];
      v5 = v20;
    } else if (x4 < 4) {
      const int x21 = i1 / 384;
      const int x22 = x21 * 128;
      const int x23 = i1 % 128;
      const int x24 = x22 + x23;
      const float v25 = b3[x24];
      v5 = v25;
    } else if (x4 < 5) {
      const int x26 = i1 / 384;
      const int x27 = x26 * 128;
      const int x28 = i1 % 128;
      const int x29 = x27 + x28;
      const float v30 = b4[x29];
      v5 = v30;
    } else if (x4 < 6) {
      const int x31 = i1 / 384;
      const int x32 = x31 * 128;
      const int x33 = i1 % 128;
      const int x34 = x32 + x33;
      const float v35 = b5[x34];
      v5 = v35;
    } else {
      const int x36 = i1 / 384;
      const int x37 = x36 * 128;
      const int x38 = i1 % 128;
      const int x39 = x37 + x38;
      const float v40 = b6[x39];
      v5 = v40;
    }
    b7[i1] = v5;
  }
}

// ---- k35.cl

// launch 114: matmul b' -> f32[16*B, 3, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 10, K = 128;
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

// ---- k36.cl

// launch 115: elementwise add -> f32[16*B, 3, 10]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k37.cl

// launch 116: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[16*B, 3, 10] f32[16*B, 3, 10] f32[16*B, 3, 1]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 3;
    const int x2 = x1 * 3;
    const int x3 = o % 3;
    const int x4 = x2 + x3;
    const int x5 = x4 * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc = isnan(acc) || isnan((acc_t) v7) ? NAN : fmax(acc, (acc_t) v7);
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 3;
    const int x10 = x9 * 3;
    const int x11 = o % 3;
    const int x12 = x10 + x11;
    const int x13 = x12 * 10;
    const int x14 = x13 + j;
    const float v15 = b0[x14];
    const float v16 = (v15 - r8);
    const float v17 = F64(exp, v16);
    acc1 += (acc_t) v17;
  }
  const float r18 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x19 = o / 3;
    const int x20 = x19 * 3;
    const int x21 = o % 3;
    const int x22 = x20 + x21;
    const int x23 = x22 * 10;
    const int x24 = x23 + j;
    const float v25 = b0[x24];
    const float v26 = (v25 - r8);
    const float v27 = F64(log, r18);
    const float v28 = (v26 - v27);
    b1[x24] = v28;
    const float v29 = F64(exp, v26);
    b2[x24] = v29;
  }
  b3[o] = r18;
}

// ---- k38.cl

// launch 117: reduction of broadcast eq reshape select sum -> bool[16*B, 3, 1, 10] f32[16*B, 3, 1]
__kernel void k38(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o / 3;
    const int x4 = x3 * 3;
    const int x5 = o % 3;
    const int x6 = x4 + x5;
    const int x7 = x6 * 10;
    const int x8 = x7 + j;
    const float v9 = b1[x8];
    const float v10 = (v2 != 0.0f ? v9 : 0.0f);
    b2[x8] = v2;
    acc += (acc_t) v10;
  }
  const float r11 = (float) acc;
  b3[o] = r11;
}

// ---- k39.cl

// launch 118: reduction of sum eq cast sub abs cast div sub -> f32[16*B]
__kernel void k39(__global int* restrict b0, __global int* restrict b1, __global int* restrict b2, __global int* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 3;
  for (int j = 0; j < count; j++) {
    int v1;
    if (j < 1) {
      const int v2 = b0[o];
      v1 = v2;
    } else if (j < 2) {
      const int v3 = b1[o];
      v1 = v3;
    } else {
      const int v4 = b2[o];
      v1 = v4;
    }
    acc += (acc_t) v1;
  }
  const int r5 = convert_int_sat(acc);
  const int x6 = o / 16;
  const int v7 = b3[x6];
  const float v8 = BOOL(r5 == v7);
  const int v9 = ((int) ((uint) r5 - (uint) v7));
  const int v10 = ((int) abs(v9));
  const float v11 = (float) v10;
  const float v12 = (v11 / 27.0f);
  const float v13 = (v8 - v12);
  b4[o] = v13;
}

// ---- k40.cl

// launch 119: reduction of sum div broadcast sub mul sum div sqrt add broadcast div -> f32[B, 16]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[1];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 16;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 16;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 16;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (r4 / 16.0f);
    const float v9 = (v7 - v8);
    const float v10 = (v9 * v9);
    acc1 += (acc_t) v10;
  }
  const float r11 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x12 = o * 16;
    const int x13 = x12 + j;
    const float v14 = b0[x13];
    const float v15 = (r4 / 16.0f);
    const float v16 = (v14 - v15);
    const float v17 = (r11 / 16.0f);
    const float v18 = F64(sqrt, v17);
    const float v19 = (v18 + (0x1.a36e2ep-14f));
    const float v20 = (v16 / v19);
    b1[x13] = v20;
  }
}

// ---- k41.cl

// launch 165: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[16*B, 3, 10]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 3;
    const int x2 = x1 * 3;
    const int x3 = o % 3;
    const int x4 = x2 + x3;
    const int x5 = x4 * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc = isnan(acc) || isnan((acc_t) v7) ? NAN : fmax(acc, (acc_t) v7);
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 3;
    const int x10 = x9 * 3;
    const int x11 = o % 3;
    const int x12 = x10 + x11;
    const int x13 = x12 * 10;
    const int x14 = x13 + j;
    const float v15 = b0[x14];
    const float v16 = (v15 - r8);
    const float v17 = F64(exp, v16);
    acc1 += (acc_t) v17;
  }
  const float r18 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x19 = o / 3;
    const int x20 = x19 * 3;
    const int x21 = o % 3;
    const int x22 = x20 + x21;
    const int x23 = x22 * 10;
    const int x24 = x23 + j;
    const float v25 = b0[x24];
    const float v26 = (v25 - r8);
    const float v27 = F64(log, r18);
    const float v28 = (v26 - v27);
    b1[x24] = v28;
  }
}

// ---- k42.cl

// launch 166: reduction of reshape select sum -> f32[16*B, 3, 1]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 3;
    const int x2 = x1 * 3;
    const int x3 = o % 3;
    const int x4 = x2 + x3;
    const int x5 = x4 * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 != 0.0f ? v8 : 0.0f);
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b2[o] = r10;
}

// ---- k43.cl

// launch 167: reduction of reshape stop_gradient sub exp broadcast mul max min mul min reshape stop_gradient ... -> f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[16*B, 3] f32[]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[10];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 3;
    const int x2 = x1 * 3;
    const int x3 = j % 3;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    const float v6 = (v5 - v5);
    const float v7 = F64(exp, v6);
    const float v8 = b1[x1];
    const float v9 = (v7 * v8);
    const float v10 = nnc_max(v7, (0x1.99999ap-1f));
    const float v11 = nnc_min(v10, (0x1.333334p0f));
    const float v12 = (v11 * v8);
    const float v13 = nnc_min(v9, v12);
    const float v14 = b2[x4];
    const float v15 = (v14 - v5);
    const float v16 = F64(exp, v15);
    const float v17 = (v16 - v15);
    const float v18 = (v17 - 1.0f);
    const float v19 = ((0x1.47ae14p-5f) * v18);
    const float v20 = (v13 - v19);
    b3[x4] = v7;
    b4[x4] = v10;
    b5[x4] = v9;
    b6[x4] = v12;
    b7[x4] = v8;
    b8[x4] = v16;
    acc += (acc_t) v20;
  }
  const float r21 = (float) acc;
  const float v22 = (float) x0;
  const float v23 = (r21 / v22);
  const float v24 = (-v23);
  b9[o] = v24;
}

// ---- k44.cl

// launch 168: elementwise div -> f32[]
__kernel void k44(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[10];
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

// launch 169: elementwise ge le le broadcast select mul select select select mul add mul ... -> f32[16*B, 3]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= (0x1.99999ap-1f));
    const float v4 = b1[i1];
    const float v5 = BOOL(v4 <= (0x1.333334p0f));
    const float v6 = b2[i1];
    const float v7 = b3[i1];
    const float v8 = BOOL(v6 <= v7);
    const float v9 = b4[0];
    const float v10 = (v8 != 0.0f ? 0.0f : v9);
    const float v11 = b5[i1];
    const float v12 = (v10 * v11);
    const float v13 = (v5 != 0.0f ? v12 : 0.0f);
    const float v14 = (v3 != 0.0f ? v13 : 0.0f);
    const float v15 = (v8 != 0.0f ? v9 : 0.0f);
    const float v16 = (v15 * v11);
    const float v17 = (v14 + v16);
    const float v18 = (v17 * v2);
    const float v19 = (-v9);
    const float v20 = (v19 * (0x1.47ae14p-5f));
    const float v21 = b6[i1];
    const float v22 = (v20 * v21);
    const float v23 = (v22 - v20);
    const float v24 = (v18 - v23);
    b7[i1] = v24;
  }
}

// ---- k46.cl

// launch 170: elementwise broadcast select -> f32[16*B, 3, 1, 10]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 30;
    const int x4 = x3 * 3;
    const int x5 = i1 / 10;
    const int x6 = x5 % 3;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 != 0.0f ? v8 : 0.0f);
    b2[i1] = v9;
  }
}

// ---- k47.cl

// launch 171: reduction of reshape neg sum div broadcast mul add -> f32[16*B, 3, 10]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 10;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 3;
    const int x2 = x1 * 3;
    const int x3 = o % 3;
    const int x4 = x2 + x3;
    const int x5 = x4 * 10;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (-v7);
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x10 = o / 3;
    const int x11 = x10 * 3;
    const int x12 = o % 3;
    const int x13 = x11 + x12;
    const int x14 = x13 * 10;
    const int x15 = x14 + j;
    const float v16 = b0[x15];
    const float v17 = b1[o];
    const float v18 = (r9 / v17);
    const float v19 = b2[x15];
    const float v20 = (v18 * v19);
    const float v21 = (v16 + v20);
    b3[x15] = v21;
  }
}

// ---- k48.cl

// launch 172: matmul -> f32[16*B, 3, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 128, K = 10;
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

// launch 173: elementwise reshape mul mul mul mul mul mul mul mul sub mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 128;
    const int x3 = x2 * 3;
    const int x4 = x3 + 2;
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
    b4[i1] = v14;
    const float v15 = b5[i1];
    const float v16 = (v12 * v15);
    const float v17 = b6[i1];
    const float v18 = (v16 * v17);
    b7[i1] = v18;
    const float v19 = b8[i1];
    const float v20 = (v8 * v19);
    const float v21 = b9[i1];
    const float v22 = (v8 * v21);
    const float v23 = (v20 - v22);
    const float v24 = b10[i1];
    const float v25 = (v23 * v24);
    b11[i1] = v25;
    const float v26 = b12[i1];
    const float v27 = (v8 * v26);
    b13[i1] = v27;
    b14[i1] = v12;
  }
}

// ---- k50.cl

// launch 174: elementwise pad pad add pad add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k51.cl

// launch 175: matmul -> f32[16*B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k51(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k52.cl

// launch 176: elementwise add -> f32[16*B, 128]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k53.cl

// launch 177: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const int x4 = x3 * 3;
    const int x5 = x4 + 1;
    const int x6 = x5 * 128;
    const int x7 = i1 % 128;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 + v9);
    const float v11 = b2[i1];
    const float v12 = (v10 * v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = b5[i1];
    const float v18 = (v16 * v17);
    b6[i1] = v18;
    b7[i1] = v14;
    const float v19 = b8[i1];
    const float v20 = (v10 * v19);
    const float v21 = b9[i1];
    const float v22 = (v10 * v21);
    const float v23 = (v20 - v22);
    const float v24 = b10[i1];
    const float v25 = (v23 * v24);
    b11[i1] = v25;
    const float v26 = b12[i1];
    const float v27 = (v14 * v26);
    b13[i1] = v27;
    const float v28 = b14[i1];
    const float v29 = (v10 * v28);
    b15[i1] = v29;
  }
}

// ---- k54.cl

// launch 178: elementwise pad pad add pad add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k55.cl

// launch 179: matmul -> f32[16*B, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k55(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 384;
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

// ---- k56.cl

// launch 180: elementwise -> f32[13, 32]
__kernel void k56(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 416) {
    const int i0 = gid - 0;
    b0[i0] = 0.0f;
  }
}

// ---- k57.cl

// launch 181: scatter_add -> f32[13, 32]
__kernel void k57(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 13, I = 32, P = d[0];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k58.cl

// launch 182: elementwise pad add add add -> f32[16*B, 384] f32[16*B, 384]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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
    const float v13 = b4[i1];
    const float v14 = (v12 + v13);
    b5[i1] = v14;
  }
}

// ---- k59.cl

// launch 185: elementwise pad add add add -> f32[16*B, 384] f32[16*B, 384]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k60.cl

// launch 188: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 128;
    const int x4 = x3 * 3;
    const int x5 = x4 * 128;
    const int x6 = i1 % 128;
    const int x7 = x5 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = b2[i1];
    const float v11 = (v9 * v10);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    const float v14 = b4[i1];
    const float v15 = (v13 * v14);
    const float v16 = b5[i1];
    const float v17 = (v15 * v16);
    b6[i1] = v17;
    b7[i1] = v13;
    const float v18 = b8[i1];
    const float v19 = (v9 * v18);
    const float v20 = b9[i1];
    const float v21 = (v9 * v20);
    const float v22 = (v19 - v21);
    const float v23 = b10[i1];
    const float v24 = (v22 * v23);
    b11[i1] = v24;
    const float v25 = b12[i1];
    const float v26 = (v13 * v25);
    b13[i1] = v26;
    const float v27 = b14[i1];
    const float v28 = (v9 * v27);
    b15[i1] = v28;
  }
}

// ---- k61.cl

// launch 189: elementwise pad pad add pad add add -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384] f32[16*B, 384]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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
    const float v22 = b6[i1];
    const float v23 = (v22 + v21);
    b7[i1] = v23;
  }
}

// ---- k62.cl

// launch 195: elementwise reshape add mul mul mul mul mul mul sub mul mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 + 0.0f);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 * v8);
    const float v10 = b4[i1];
    const float v11 = (v9 * v10);
    b5[i1] = v11;
    b6[i1] = v7;
    const float v12 = b7[i1];
    const float v13 = (v3 * v12);
    const float v14 = b8[i1];
    const float v15 = (v3 * v14);
    const float v16 = (v13 - v15);
    const float v17 = b9[i1];
    const float v18 = (v16 * v17);
    b10[i1] = v18;
    const float v19 = b11[i1];
    const float v20 = (v7 * v19);
    b12[i1] = v20;
    const float v21 = b13[i1];
    const float v22 = (v3 * v21);
    b14[i1] = v22;
  }
}

// ---- k63.cl

// launch 216: elementwise reshape add mul mul mul mul mul mul sub mul mul -> f32[16*B, 128] f32[16*B, 128] f32[16*B, 128] f32[16*B, 128]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 + 0.0f);
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 * v8);
    const float v10 = b4[i1];
    const float v11 = (v9 * v10);
    b5[i1] = v11;
    b6[i1] = v7;
    const float v12 = b7[i1];
    const float v13 = (v3 * v12);
    const float v14 = b8[i1];
    const float v15 = (v3 * v14);
    const float v16 = (v13 - v15);
    const float v17 = b9[i1];
    const float v18 = (v16 * v17);
    b10[i1] = v18;
    const float v19 = b11[i1];
    const float v20 = (v7 * v19);
    b12[i1] = v20;
  }
}

// ---- k64.cl

// launch 217: reduction of pad pad add pad add add sum -> f32[16*B, 384] f32[16*B, 384] f32[16*B, 384] f32[384]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 384) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 384;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    float v4 = 0.0f;
    if (o >= 0 && o < 128) {
      const int x5 = j * 128;
      const int x6 = x5 + o;
      const float v7 = b1[x6];
      v4 = v7;
    }
    const int x8 = o - 256;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 128) {
      const int x10 = j * 128;
      const int x11 = x10 + x8;
      const float v12 = b2[x11];
      v9 = v12;
    }
    const float v13 = (v4 + v9);
    const int x14 = o - 128;
    float v15 = 0.0f;
    if (x14 >= 0 && x14 < 128) {
      const int x16 = j * 128;
      const int x17 = x16 + x14;
      const float v18 = b3[x17];
      v15 = v18;
    }
    const float v19 = (v13 + v15);
    const float v20 = (v3 + v19);
    b4[x2] = v19;
    b5[x2] = v4;
    b6[x2] = v15;
    acc += (acc_t) v20;
  }
  const float r21 = (float) acc;
  b7[o] = r21;
}

// ---- k65.cl

// launch 220: matmul a' -> f32[32, 384]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k65(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 384, K = d[0];
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

// ---- k66.cl

// launch 222: elementwise add -> f32[32, 384]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 12288) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k67.cl

// launch 233: matmul a' -> f32[128, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k67(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k68.cl

// launch 235: elementwise add -> f32[128, 384]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 49152) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k69.cl

// launch 244: reduction of pad add add add sum -> f32[16*B, 384] f32[384]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k70.cl

// launch 246: matmul -> f32[128, 384]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k70(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k71.cl

// launch 248: matmul a' -> f32[10, 128]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k71(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 128, K = d[10];
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

// ---- k72.cl

// launch 249: reduction of sum -> f32[10]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 10) return;
  acc_t acc = 0;
  const int x0 = d[10];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 3;
    const int x2 = x1 * 3;
    const int x3 = j % 3;
    const int x4 = x2 + x3;
    const int x5 = x4 * 10;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k73.cl

// launch 250: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[13, 32] f32[13, 32] f32[13, 32] f32[384, 32] f32[384, 32] f32[384, 32] f32[384, 128] f32[384, 128] f32[384, 128] f32[384] f32[384] f32[384] f32[384] f32[384] f32[384] f32[10, 128] f32[10, 128] f32[10, 128] f32[10] f32[10] f32[10]
__kernel void k73(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global const int* restrict d) {
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
  if (gid < 416) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = b4[i11];
    const float v17 = (v15 * v16);
    const float v18 = (v14 + v17);
    const float v19 = ((0x1.99999ap-4f) * v18);
    const float v20 = (v13 + v19);
    b5[i11] = v20;
    const float v21 = b6[i11];
    const float v22 = ((0x1.ff7ceep-1f) * v21);
    const float v23 = ((0x1.0624dep-10f) * v18);
    const float v24 = (v23 * v18);
    const float v25 = (v22 + v24);
    b7[i11] = v25;
    const float v26 = (v20 / v8);
    const float v27 = ((0x1.89374cp-9f) * v26);
    const float v28 = (v25 / v10);
    const float v29 = F64(sqrt, v28);
    const float v30 = (v29 + (0x1.5798eep-27f));
    const float v31 = (v27 / v30);
    const float v32 = (v16 - v31);
    b8[i11] = v32;
  } else if (gid < 12704) {
    const int i33 = gid - 416;
    const float v34 = b9[i33];
    const float v35 = ((0x1.ccccccp-1f) * v34);
    const int x36 = i33 % 32;
    const int x37 = x36 * 384;
    const int x38 = i33 / 32;
    const int x39 = x37 + x38;
    const float v40 = b10[x39];
    const float v41 = b11[i33];
    const float v42 = (0.0f * v41);
    const float v43 = (v40 + v42);
    const float v44 = ((0x1.99999ap-4f) * v43);
    const float v45 = (v35 + v44);
    b12[i33] = v45;
    const float v46 = b13[i33];
    const float v47 = ((0x1.ff7ceep-1f) * v46);
    const float v48 = ((0x1.0624dep-10f) * v43);
    const float v49 = (v48 * v43);
    const float v50 = (v47 + v49);
    b14[i33] = v50;
    const float v51 = (v45 / v8);
    const float v52 = ((0x1.89374cp-9f) * v51);
    const float v53 = (v50 / v10);
    const float v54 = F64(sqrt, v53);
    const float v55 = (v54 + (0x1.5798eep-27f));
    const float v56 = (v52 / v55);
    const float v57 = (v41 - v56);
    b15[i33] = v57;
  } else if (gid < 61856) {
    const int i58 = gid - 12704;
    const float v59 = b16[i58];
    const float v60 = ((0x1.ccccccp-1f) * v59);
    const int x61 = i58 % 128;
    const int x62 = x61 * 384;
    const int x63 = i58 / 128;
    const int x64 = x62 + x63;
    const float v65 = b17[x64];
    const float v66 = b18[i58];
    const float v67 = (0.0f * v66);
    const float v68 = (v65 + v67);
    const float v69 = ((0x1.99999ap-4f) * v68);
    const float v70 = (v60 + v69);
    b19[i58] = v70;
    const float v71 = b20[i58];
    const float v72 = ((0x1.ff7ceep-1f) * v71);
    const float v73 = ((0x1.0624dep-10f) * v68);
    const float v74 = (v73 * v68);
    const float v75 = (v72 + v74);
    b21[i58] = v75;
    const float v76 = (v70 / v8);
    const float v77 = ((0x1.89374cp-9f) * v76);
    const float v78 = (v75 / v10);
    const float v79 = F64(sqrt, v78);
    const float v80 = (v79 + (0x1.5798eep-27f));
    const float v81 = (v77 / v80);
    const float v82 = (v66 - v81);
    b22[i58] = v82;
  } else if (gid < 62240) {
    const int i83 = gid - 61856;
    const float v84 = b23[i83];
    const float v85 = ((0x1.ccccccp-1f) * v84);
    const float v86 = b24[i83];
    const float v87 = b25[i83];
    const float v88 = (0.0f * v87);
    const float v89 = (v86 + v88);
    const float v90 = ((0x1.99999ap-4f) * v89);
    const float v91 = (v85 + v90);
    b26[i83] = v91;
    const float v92 = b27[i83];
    const float v93 = ((0x1.ff7ceep-1f) * v92);
    const float v94 = ((0x1.0624dep-10f) * v89);
    const float v95 = (v94 * v89);
    const float v96 = (v93 + v95);
    b28[i83] = v96;
    const float v97 = (v91 / v8);
    const float v98 = ((0x1.89374cp-9f) * v97);
    const float v99 = (v96 / v10);
    const float v100 = F64(sqrt, v99);
    const float v101 = (v100 + (0x1.5798eep-27f));
    const float v102 = (v98 / v101);
    const float v103 = (v87 - v102);
    b29[i83] = v103;
    const float v104 = b30[i83];
    const float v105 = ((0x1.ccccccp-1f) * v104);
    const float v106 = b31[i83];
    const float v107 = b32[i83];
    const float v108 = (0.0f * v107);
    const float v109 = (v106 + v108);
    const float v110 = ((0x1.99999ap-4f) * v109);
    const float v111 = (v105 + v110);
    b33[i83] = v111;
    const float v112 = b34[i83];
    const float v113 = ((0x1.ff7ceep-1f) * v112);
    const float v114 = ((0x1.0624dep-10f) * v109);
    const float v115 = (v114 * v109);
    const float v116 = (v113 + v115);
    b35[i83] = v116;
    const float v117 = (v111 / v8);
    const float v118 = ((0x1.89374cp-9f) * v117);
    const float v119 = (v116 / v10);
    const float v120 = F64(sqrt, v119);
    const float v121 = (v120 + (0x1.5798eep-27f));
    const float v122 = (v118 / v121);
    const float v123 = (v107 - v122);
    b36[i83] = v123;
  } else if (gid < 63520) {
    const int i124 = gid - 62240;
    const float v125 = b37[i124];
    const float v126 = ((0x1.ccccccp-1f) * v125);
    const float v127 = b38[i124];
    const float v128 = b39[i124];
    const float v129 = (0.0f * v128);
    const float v130 = (v127 + v129);
    const float v131 = ((0x1.99999ap-4f) * v130);
    const float v132 = (v126 + v131);
    b40[i124] = v132;
    const float v133 = b41[i124];
    const float v134 = ((0x1.ff7ceep-1f) * v133);
    const float v135 = ((0x1.0624dep-10f) * v130);
    const float v136 = (v135 * v130);
    const float v137 = (v134 + v136);
    b42[i124] = v137;
    const float v138 = (v132 / v8);
    const float v139 = ((0x1.89374cp-9f) * v138);
    const float v140 = (v137 / v10);
    const float v141 = F64(sqrt, v140);
    const float v142 = (v141 + (0x1.5798eep-27f));
    const float v143 = (v139 / v142);
    const float v144 = (v128 - v143);
    b43[i124] = v144;
  } else if (gid < 63530) {
    const int i145 = gid - 63520;
    const float v146 = b44[i145];
    const float v147 = ((0x1.ccccccp-1f) * v146);
    const float v148 = b45[i145];
    const float v149 = b46[i145];
    const float v150 = (0.0f * v149);
    const float v151 = (v148 + v150);
    const float v152 = ((0x1.99999ap-4f) * v151);
    const float v153 = (v147 + v152);
    b47[i145] = v153;
    const float v154 = b48[i145];
    const float v155 = ((0x1.ff7ceep-1f) * v154);
    const float v156 = ((0x1.0624dep-10f) * v151);
    const float v157 = (v156 * v151);
    const float v158 = (v155 + v157);
    b49[i145] = v158;
    const float v159 = (v153 / v8);
    const float v160 = ((0x1.89374cp-9f) * v159);
    const float v161 = (v158 / v10);
    const float v162 = F64(sqrt, v161);
    const float v163 = (v162 + (0x1.5798eep-27f));
    const float v164 = (v160 / v163);
    const float v165 = (v149 - v164);
    b50[i145] = v165;
  }
}
