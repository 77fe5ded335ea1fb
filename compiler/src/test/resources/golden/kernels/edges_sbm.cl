// EdgeGnn: kernels of one training step: 49 OpenCL kernels for 56 launches
k0.cl: launch 0: elementwise select -> i32[N, 1]
k1.cl: launch 1: elementwise gather -> i32[N, 1]
k2.cl: launch 2: elementwise gt -> bool[N, N]
k3.cl: launch 3: elementwise concat select select select -> bool[N**2 + N] i32[N**2 + N] i32[N**2 + N] f32[N**2 + N]
k4.cl: launch 4: matmul b' -> f32[N, 32]
k5.cl: launch 5: reduction of reshape mul sum mul sum -> f32[N, 4, 8] f32[N, 4] f32[N, 4]
k6.cl: launch 6: elementwise gather -> f32[N**2 + N, 4, 8]
k7.cl: launch 7: elementwise gather -> f32[N**2 + N, 4]
k8.cl: launch 8: elementwise gather add max min mul add select le ge -> f32[N**2 + N, 4] f32[N**2 + N, 4] bool[N**2 + N, 4] bool[N**2 + N, 4]
k9.cl: launch 9: reduction of reduce_max stop_gradient -> f32[4]
k10.cl: launch 10: elementwise broadcast sub exp select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
k11.cl: launch 11: elementwise -> f32[N, 4]
k12.cl: launch 12: scatter_add -> f32[N, 4]
k13.cl: launch 13: elementwise gather max div ge -> f32[N**2 + N, 4] f32[N**2 + N, 4] bool[N**2 + N, 4]
k14.cl: launch 14: elementwise random lt cast mul mul -> f32[N**2 + N, 4] f32[N**2 + N, 4]
k15.cl: launch 15: elementwise broadcast broadcast mul select -> f32[N**2 + N, 4, 8] bool[N**2 + N, 4, 8] f32[N**2 + N, 4, 8]
k16.cl: launch 16: elementwise -> f32[N, 4, 8]
k17.cl: launch 17: scatter_add -> f32[N, 4, 8]
k18.cl: launch 18: elementwise reshape add max min exp sub add le ge -> f32[N, 32] f32[N, 32] bool[N, 32] bool[N, 32]
k19.cl: launch 19: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
k20.cl: launch 20: matmul b' -> f32[N, 4]
k21.cl: launch 22: elementwise -> f32[N]
k22.cl: launch 23: scatter_add -> f32[N]
k23.cl: launch 24: elementwise max sqrt recip -> f32[N]
k24.cl: launch 25: elementwise gather -> f32[N**2 + N]
k25.cl: launch 26: elementwise gather mul -> f32[N**2 + N]
k26.cl: launch 27: elementwise broadcast mul select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
k27.cl: launch 28: elementwise broadcast -> f32[N, 4]
k28.cl: launch 30: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
k29.cl: launch 31: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
k30.cl: launch 32: reduction of sum -> f32[]
k31.cl: launch 33: reduction of cast sum div neg div -> f32[] f32[]
k32.cl: launch 34: elementwise broadcast select -> f32[N, 1]
k33.cl: launch 35: elementwise broadcast select -> f32[N, 1, 4]
k34.cl: launch 36: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
k35.cl: launch 37: elementwise gather select mul -> f32[N**2 + N, 4]
k36.cl: launch 39: matmul -> f32[N, 32]
k37.cl: launch 40: elementwise mul mul mul select select add -> f32[N, 32]
k38.cl: launch 41: elementwise gather select mul mul -> f32[N**2 + N, 4, 8] f32[N**2 + N, 4, 8]
k39.cl: launch 42: reduction of sum mul mul div mul div neg select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
k40.cl: launch 44: elementwise gather select add mul mul select select add -> f32[N**2 + N, 4]
k41.cl: launch 47: reduction of broadcast mul broadcast mul add mul sum -> f32[N, 4, 8] f32[N, 4, 8] f32[1, 4, 8]
k42.cl: launch 49: elementwise reshape -> f32[N, 32]
k43.cl: launch 50: matmul a' -> f32[32, 8]
k44.cl: launch 51: reduction of mul sum -> f32[1, 4, 8]
k45.cl: launch 52: reduction of sum -> f32[32]
k46.cl: launch 53: matmul a' -> f32[4, 32]
k47.cl: launch 54: reduction of sum -> f32[4]
k48.cl: launch 55: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 8] f32[32, 8] f32[32, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[32] f32[32] f32[32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4] f32[4] f32[4]

// ---- k0.cl

// launch 0: elementwise select -> i32[N, 1]
__kernel void k0(__global float* restrict b0, __global int* restrict b1, __global int* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[i1];
    const int v4 = (v2 != 0.0f ? v3 : 0);
    b2[i1] = v4;
  }
}

// ---- k1.cl

// launch 1: elementwise gather -> i32[N, 1]
__kernel void k1(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 4, fault);
    b1[i1] = v3;
  }
}

// ---- k2.cl

// launch 2: elementwise gt -> bool[N, N]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 > 0.0f);
    b1[i1] = v3;
  }
}

// ---- k3.cl

// launch 3: elementwise concat select select select -> bool[N**2 + N] i32[N**2 + N] i32[N**2 + N] f32[N**2 + N]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global int* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    float v2;
    const int x3 = d[1];
    if (i1 < x3) {
      const float v4 = b0[i1];
      v2 = v4;
    } else {
      v2 = 1.0f;
    }
    b1[i1] = v2;
    int v5;
    if (i1 < x3) {
      const int x6 = d[0];
      const int x7 = i1 % x6;
      v5 = x7;
    } else {
      const int x8 = i1 - x3;
      v5 = x8;
    }
    const int v9 = (v2 != 0.0f ? v5 : 0);
    b2[i1] = v9;
    int v10;
    if (i1 < x3) {
      const int x11 = d[0];
      const int x12 = i1 / x11;
      v10 = x12;
    } else {
      const int x13 = i1 - x3;
      v10 = x13;
    }
    const int v14 = (v2 != 0.0f ? v10 : 0);
    b3[i1] = v14;
    const float v15 = (v2 != 0.0f ? 1.0f : 0.0f);
    b4[i1] = v15;
  }
}

// ---- k4.cl

// launch 4: matmul b' -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k4(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 8;
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

// ---- k5.cl

// launch 5: reduction of reshape mul sum mul sum -> f32[N, 4, 8] f32[N, 4] f32[N, 4]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[6];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 8;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 4;
    const int x2 = x1 * 4;
    const int x3 = o % 4;
    const int x4 = x2 + x3;
    const int x5 = x4 * 8;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const int x8 = x3 * 8;
    const int x9 = x8 + j;
    const float v10 = b1[x9];
    const float v11 = (v7 * v10);
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 4;
    const int x14 = x13 * 4;
    const int x15 = o % 4;
    const int x16 = x14 + x15;
    const int x17 = x16 * 8;
    const int x18 = x17 + j;
    const float v19 = b0[x18];
    const int x20 = x15 * 8;
    const int x21 = x20 + j;
    const float v22 = b2[x21];
    const float v23 = (v19 * v22);
    b3[x18] = v19;
    acc1 += (acc_t) v23;
  }
  const float r24 = (float) acc1;
  b4[o] = r12;
  b5[o] = r24;
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[N**2 + N, 4, 8]
__kernel void k6(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const int v3 = b0[x2];
    const int x4 = d[0];
    const int v5 = nnc_index(v3, x4, fault);
    const int x6 = v5 * 4;
    const int x7 = i1 / 8;
    const int x8 = x7 % 4;
    const int x9 = x6 + x8;
    const int x10 = x9 * 8;
    const int x11 = i1 % 8;
    const int x12 = x10 + x11;
    const float v13 = b1[x12];
    b2[i1] = v13;
  }
}

// ---- k7.cl

// launch 7: elementwise gather -> f32[N**2 + N, 4]
__kernel void k7(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const int v3 = b0[x2];
    const int x4 = d[0];
    const int v5 = nnc_index(v3, x4, fault);
    const int x6 = v5 * 4;
    const int x7 = i1 % 4;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    b2[i1] = v9;
  }
}

// ---- k8.cl

// launch 8: elementwise gather add max min mul add select le ge -> f32[N**2 + N, 4] f32[N**2 + N, 4] bool[N**2 + N, 4] bool[N**2 + N, 4]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const int v5 = b2[x2];
    const int x6 = d[0];
    const int v7 = nnc_index(v5, x6, fault);
    const int x8 = v7 * 4;
    const int x9 = i1 % 4;
    const int x10 = x8 + x9;
    const float v11 = b3[x10];
    const float v12 = (v4 + v11);
    const float v13 = nnc_max(v12, 0.0f);
    const float v14 = nnc_min(0.0f, v12);
    const float v15 = ((0x1.99999ap-3f) * v14);
    const float v16 = (v13 + v15);
    const float v17 = (v3 != 0.0f ? v16 : (-INFINITY));
    b4[i1] = v17;
    b5[i1] = v16;
    const float v18 = BOOL(0.0f <= v12);
    b6[i1] = v18;
    const float v19 = BOOL(v12 >= 0.0f);
    b7[i1] = v19;
  }
}

// ---- k9.cl

// launch 9: reduction of reduce_max stop_gradient -> f32[4]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 4) return;
  acc_t acc = -INFINITY;
  const int x0 = d[2];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 4;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k10.cl

// launch 10: elementwise broadcast sub exp select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const int x5 = i1 % 4;
    const float v6 = b2[x5];
    const float v7 = (v4 - v6);
    const float v8 = F64(exp, v7);
    const float v9 = (v3 != 0.0f ? v8 : 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
  }
}

// ---- k11.cl

// launch 11: elementwise -> f32[N, 4]
__kernel void k11(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k12.cl

// launch 12: scatter_add -> f32[N, 4]
__kernel void k12(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = d[0], I = 4, P = d[2];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k13.cl

// launch 13: elementwise gather max div ge -> f32[N**2 + N, 4] f32[N**2 + N, 4] bool[N**2 + N, 4]
__kernel void k13(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 4;
    const int v4 = b1[x3];
    const int x5 = d[0];
    const int v6 = nnc_index(v4, x5, fault);
    const int x7 = v6 * 4;
    const int x8 = i1 % 4;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = nnc_max(v10, (0x1.4484cp-100f));
    const float v12 = (v2 / v11);
    b3[i1] = v12;
    b4[i1] = v11;
    const float v13 = BOOL(v10 >= (0x1.4484cp-100f));
    b5[i1] = v13;
  }
}

// ---- k14.cl

// launch 14: elementwise random lt cast mul mul -> f32[N**2 + N, 4] f32[N**2 + N, 4]
__kernel void k14(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 0u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.666666p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * (0x1.6db6dcp0f));
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k15.cl

// launch 15: elementwise broadcast broadcast mul select -> f32[N**2 + N, 4, 8] bool[N**2 + N, 4, 8] f32[N**2 + N, 4, 8]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 32;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const int x5 = x2 * 4;
    const int x6 = i1 / 8;
    const int x7 = x6 % 4;
    const int x8 = x5 + x7;
    const float v9 = b2[x8];
    const float v10 = (v4 * v9);
    const float v11 = (v3 != 0.0f ? v10 : 0.0f);
    b3[i1] = v11;
    b4[i1] = v3;
    b5[i1] = v9;
  }
}

// ---- k16.cl

// launch 16: elementwise -> f32[N, 4, 8]
__kernel void k16(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k17.cl

// launch 17: scatter_add -> f32[N, 4, 8]
__kernel void k17(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = d[0], I = 32, P = d[2];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k18.cl

// launch 18: elementwise reshape add max min exp sub add le ge -> f32[N, 32] f32[N, 32] bool[N, 32] bool[N, 32]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    const float v7 = nnc_min(0.0f, v5);
    const float v8 = F64(exp, v7);
    const float v9 = (v8 - 1.0f);
    const float v10 = (v6 + v9);
    b2[i1] = v10;
    b3[i1] = v8;
    const float v11 = BOOL(0.0f <= v5);
    b4[i1] = v11;
    const float v12 = BOOL(v5 >= 0.0f);
    b5[i1] = v12;
  }
}

// ---- k19.cl

// launch 19: elementwise random lt cast mul mul -> f32[N, 32] f32[N, 32]
__kernel void k19(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[0];
    const float v4 = nnc_random(0, 42u, 1u, (float) v3, i1);
    const float v5 = BOOL(v4 < (0x1.0p-1f));
    const float v6 = (v2 * v5);
    const float v7 = (v6 * 2.0f);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k20.cl

// launch 20: matmul b' -> f32[N, 4]
__kernel __attribute__((reqd_work_group_size(1, 16, 1)))
void k20(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 4, K = 32;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 1 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 4;
  __local float As[16][64], Bs[16][4];
  float4 acc[4];
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
    for (int nn = lid / 16; nn < 4; nn += 1) {
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

// ---- k21.cl

// launch 22: elementwise -> f32[N]
__kernel void k21(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k22.cl

// launch 23: scatter_add -> f32[N]
__kernel void k22(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = d[0], I = 1, P = d[2];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k23.cl

// launch 24: elementwise max sqrt recip -> f32[N]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = nnc_max(v2, 1.0f);
    const float v4 = F64(sqrt, v3);
    const float v5 = (1.0f / v4);
    b1[i1] = v5;
  }
}

// ---- k24.cl

// launch 25: elementwise gather -> f32[N**2 + N]
__kernel void k24(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int x3 = d[0];
    const int v4 = nnc_index(v2, x3, fault);
    const float v5 = b1[v4];
    b2[i1] = v5;
  }
}

// ---- k25.cl

// launch 26: elementwise gather mul -> f32[N**2 + N]
__kernel void k25(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[2];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int v3 = b1[i1];
    const int x4 = d[0];
    const int v5 = nnc_index(v3, x4, fault);
    const float v6 = b2[v5];
    const float v7 = (v2 * v6);
    b3[i1] = v7;
  }
}

// ---- k26.cl

// launch 27: elementwise broadcast mul select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const float v5 = b2[x2];
    const float v6 = (v4 * v5);
    const float v7 = (v3 != 0.0f ? v6 : 0.0f);
    b3[i1] = v7;
    b4[i1] = v5;
  }
}

// ---- k27.cl

// launch 28: elementwise broadcast -> f32[N, 4]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 4;
    const float v3 = b0[x2];
    b1[i1] = v3;
  }
}

// ---- k28.cl

// launch 30: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[N, 4] f32[N, 4] f32[N, 1]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 4;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x5 = o * 4;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    const float v8 = (v7 - r4);
    const float v9 = F64(exp, v8);
    acc1 += (acc_t) v9;
  }
  const float r10 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x11 = o * 4;
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

// ---- k29.cl

// launch 31: reduction of broadcast eq reshape select sum select -> bool[N, 1, 4] f32[N, 1]
__kernel void k29(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o * 4;
    const int x4 = x3 + j;
    const float v5 = b1[x4];
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    b2[x4] = v2;
    acc += (acc_t) v6;
  }
  const float r7 = (float) acc;
  const float v8 = b3[o];
  const float v9 = (v8 != 0.0f ? r7 : 0.0f);
  b4[o] = v9;
}

// ---- k30.cl

// launch 32: reduction of sum -> f32[]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  b1[o] = r2;
}

// ---- k31.cl

// launch 33: reduction of cast sum div neg div -> f32[] f32[]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
  const float v4 = (v3 / r2);
  const float v5 = (-v4);
  b2[o] = v5;
  const float v6 = (-1.0f / r2);
  b3[o] = v6;
}

// ---- k32.cl

// launch 34: elementwise broadcast select -> f32[N, 1]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k33.cl

// launch 35: elementwise broadcast select -> f32[N, 1, 4]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 4;
    const float v4 = b1[x3];
    const float v5 = (v2 != 0.0f ? v4 : 0.0f);
    b2[i1] = v5;
  }
}

// ---- k34.cl

// launch 36: reduction of reshape neg sum div broadcast mul add -> f32[N, 4]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 4;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = (-v3);
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x6 = o * 4;
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

// ---- k35.cl

// launch 37: elementwise gather select mul -> f32[N**2 + N, 4]
__kernel void k35(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 4;
    const float v3 = b0[x2];
    const int v4 = b1[x2];
    const int x5 = d[0];
    const int v6 = nnc_index(v4, x5, fault);
    const int x7 = v6 * 4;
    const int x8 = i1 % 4;
    const int x9 = x7 + x8;
    const float v10 = b2[x9];
    const float v11 = (v3 != 0.0f ? v10 : 0.0f);
    const float v12 = b3[i1];
    const float v13 = (v11 * v12);
    b4[i1] = v13;
  }
}

// ---- k36.cl

// launch 39: matmul -> f32[N, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k36(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 4;
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

// ---- k37.cl

// launch 40: elementwise mul mul mul select select add -> f32[N, 32]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * 2.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v2 != 0.0f ? 0.0f : v8);
    const float v10 = b4[i1];
    const float v11 = (v10 != 0.0f ? v6 : 0.0f);
    const float v12 = (v9 + v11);
    b5[i1] = v12;
  }
}

// ---- k38.cl

// launch 41: elementwise gather select mul mul -> f32[N**2 + N, 4, 8] f32[N**2 + N, 4, 8]
__kernel void k38(__global float* restrict b0, __global int* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 32;
    const int v4 = b1[x3];
    const int x5 = d[0];
    const int v6 = nnc_index(v4, x5, fault);
    const int x7 = v6 * 4;
    const int x8 = i1 / 8;
    const int x9 = x8 % 4;
    const int x10 = x7 + x9;
    const int x11 = x10 * 8;
    const int x12 = i1 % 8;
    const int x13 = x11 + x12;
    const float v14 = b2[x13];
    const float v15 = (v2 != 0.0f ? v14 : 0.0f);
    const float v16 = b3[i1];
    const float v17 = (v15 * v16);
    b4[i1] = v17;
    const float v18 = b5[i1];
    const float v19 = (v15 * v18);
    b6[i1] = v19;
  }
}

// ---- k39.cl

// launch 42: reduction of sum mul mul div mul div neg select -> f32[N**2 + N, 4] f32[N**2 + N, 4]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[8];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 8;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 4;
    const int x2 = x1 * 4;
    const int x3 = o % 4;
    const int x4 = x2 + x3;
    const int x5 = x4 * 8;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  const float v9 = b1[o];
  const float v10 = (r8 * (0x1.6db6dcp0f));
  const float v11 = b2[o];
  const float v12 = (v10 * v11);
  const float v13 = b3[o];
  const float v14 = (v12 * v13);
  const float v15 = b4[o];
  const float v16 = (v14 / v15);
  const float v17 = (-v16);
  const float v18 = (v9 != 0.0f ? v17 : 0.0f);
  b5[o] = v18;
  const float v19 = (v12 / v15);
  b6[o] = v19;
}

// ---- k40.cl

// launch 44: elementwise gather select add mul mul select select add -> f32[N**2 + N, 4]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global int* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 4;
    const float v5 = b2[x4];
    const int v6 = b3[x4];
    const int x7 = d[0];
    const int v8 = nnc_index(v6, x7, fault);
    const int x9 = v8 * 4;
    const int x10 = i1 % 4;
    const int x11 = x9 + x10;
    const float v12 = b4[x11];
    const float v13 = (v5 != 0.0f ? v12 : 0.0f);
    const float v14 = (v3 + v13);
    const float v15 = b5[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v16 * (0x1.99999ap-3f));
    const float v18 = (v2 != 0.0f ? 0.0f : v17);
    const float v19 = b6[i1];
    const float v20 = (v19 != 0.0f ? v16 : 0.0f);
    const float v21 = (v18 + v20);
    b7[i1] = v21;
  }
}

// ---- k41.cl

// launch 47: reduction of broadcast mul broadcast mul add mul sum -> f32[N, 4, 8] f32[N, 4, 8] f32[1, 4, 8]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 4;
    const int x2 = o / 8;
    const int x3 = x2 % 4;
    const int x4 = x1 + x3;
    const float v5 = b0[x4];
    const int x6 = x4 * 8;
    const int x7 = o % 8;
    const int x8 = x6 + x7;
    const float v9 = b1[x8];
    const float v10 = (v5 * v9);
    const float v11 = b2[o];
    const float v12 = (v5 * v11);
    const float v13 = b3[x4];
    const float v14 = b4[o];
    const float v15 = (v13 * v14);
    const float v16 = (v12 + v15);
    b5[x8] = v16;
    b6[x8] = v13;
    acc += (acc_t) v10;
  }
  const float r17 = (float) acc;
  b7[o] = r17;
}

// ---- k42.cl

// launch 49: elementwise reshape -> f32[N, 32]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k43.cl

// launch 50: matmul a' -> f32[32, 8]
__kernel __attribute__((reqd_work_group_size(2, 8, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 8, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 2 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 8;
  __local float As[16][32], Bs[16][8];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 16; mm < 32; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid / 16; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 8; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 2) {
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

// launch 51: reduction of mul sum -> f32[1, 4, 8]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 4;
    const int x2 = o / 8;
    const int x3 = x2 % 4;
    const int x4 = x1 + x3;
    const int x5 = x4 * 8;
    const int x6 = o % 8;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    const float v9 = b1[x7];
    const float v10 = (v8 * v9);
    acc += (acc_t) v10;
  }
  const float r11 = (float) acc;
  b2[o] = r11;
}

// ---- k45.cl

// launch 52: reduction of sum -> f32[32]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 32;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k46.cl

// launch 53: matmul a' -> f32[4, 32]
__kernel __attribute__((reqd_work_group_size(8, 1, 1)))
void k46(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 4, N = 32, K = d[0];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 4, n0 = get_group_id(0) * 32;
  __local float As[16][4], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 4; mm < 4; mm += 4) {
      const int m = m0 + mm;
      for (int kk = lid / 4; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 32; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k47.cl

// launch 54: reduction of sum -> f32[4]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 4) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 4;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k48.cl

// launch 55: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 8] f32[32, 8] f32[32, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[1, 4, 8] f32[32] f32[32] f32[32] f32[4, 32] f32[4, 32] f32[4, 32] f32[4] f32[4] f32[4]
__kernel void k48(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global const int* restrict d) {
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
  if (gid < 256) {
    const int i11 = gid - 0;
    const float v12 = b1[i11];
    const float v13 = ((0x1.ccccccp-1f) * v12);
    const float v14 = b2[i11];
    const float v15 = b3[i11];
    const float v16 = ((0x1.0624dep-11f) * v15);
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
    const float v26 = ((0x1.47ae14p-7f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 288) {
    const int i32 = gid - 256;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = ((0x1.0624dep-11f) * v36);
    const float v38 = (v35 + v37);
    const float v39 = ((0x1.99999ap-4f) * v38);
    const float v40 = (v34 + v39);
    b11[i32] = v40;
    const float v41 = b12[i32];
    const float v42 = ((0x1.ff7ceep-1f) * v41);
    const float v43 = ((0x1.0624dep-10f) * v38);
    const float v44 = (v43 * v38);
    const float v45 = (v42 + v44);
    b13[i32] = v45;
    const float v46 = (v40 / v8);
    const float v47 = ((0x1.47ae14p-7f) * v46);
    const float v48 = (v45 / v10);
    const float v49 = F64(sqrt, v48);
    const float v50 = (v49 + (0x1.5798eep-27f));
    const float v51 = (v47 / v50);
    const float v52 = (v36 - v51);
    b14[i32] = v52;
    const float v53 = b15[i32];
    const float v54 = ((0x1.ccccccp-1f) * v53);
    const float v55 = b16[i32];
    const float v56 = b17[i32];
    const float v57 = ((0x1.0624dep-11f) * v56);
    const float v58 = (v55 + v57);
    const float v59 = ((0x1.99999ap-4f) * v58);
    const float v60 = (v54 + v59);
    b18[i32] = v60;
    const float v61 = b19[i32];
    const float v62 = ((0x1.ff7ceep-1f) * v61);
    const float v63 = ((0x1.0624dep-10f) * v58);
    const float v64 = (v63 * v58);
    const float v65 = (v62 + v64);
    b20[i32] = v65;
    const float v66 = (v60 / v8);
    const float v67 = ((0x1.47ae14p-7f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i32] = v72;
  } else if (gid < 320) {
    const int i73 = gid - 288;
    const float v74 = b22[i73];
    const float v75 = ((0x1.ccccccp-1f) * v74);
    const float v76 = b23[i73];
    const float v77 = b24[i73];
    const float v78 = ((0x1.0624dep-11f) * v77);
    const float v79 = (v76 + v78);
    const float v80 = ((0x1.99999ap-4f) * v79);
    const float v81 = (v75 + v80);
    b25[i73] = v81;
    const float v82 = b26[i73];
    const float v83 = ((0x1.ff7ceep-1f) * v82);
    const float v84 = ((0x1.0624dep-10f) * v79);
    const float v85 = (v84 * v79);
    const float v86 = (v83 + v85);
    b27[i73] = v86;
    const float v87 = (v81 / v8);
    const float v88 = ((0x1.47ae14p-7f) * v87);
    const float v89 = (v86 / v10);
    const float v90 = F64(sqrt, v89);
    const float v91 = (v90 + (0x1.5798eep-27f));
    const float v92 = (v88 / v91);
    const float v93 = (v77 - v92);
    b28[i73] = v93;
  } else if (gid < 448) {
    const int i94 = gid - 320;
    const float v95 = b29[i94];
    const float v96 = ((0x1.ccccccp-1f) * v95);
    const float v97 = b30[i94];
    const float v98 = b31[i94];
    const float v99 = ((0x1.0624dep-11f) * v98);
    const float v100 = (v97 + v99);
    const float v101 = ((0x1.99999ap-4f) * v100);
    const float v102 = (v96 + v101);
    b32[i94] = v102;
    const float v103 = b33[i94];
    const float v104 = ((0x1.ff7ceep-1f) * v103);
    const float v105 = ((0x1.0624dep-10f) * v100);
    const float v106 = (v105 * v100);
    const float v107 = (v104 + v106);
    b34[i94] = v107;
    const float v108 = (v102 / v8);
    const float v109 = ((0x1.47ae14p-7f) * v108);
    const float v110 = (v107 / v10);
    const float v111 = F64(sqrt, v110);
    const float v112 = (v111 + (0x1.5798eep-27f));
    const float v113 = (v109 / v112);
    const float v114 = (v98 - v113);
    b35[i94] = v114;
  } else if (gid < 452) {
    const int i115 = gid - 448;
    const float v116 = b36[i115];
    const float v117 = ((0x1.ccccccp-1f) * v116);
    const float v118 = b37[i115];
    const float v119 = b38[i115];
    const float v120 = ((0x1.0624dep-11f) * v119);
    const float v121 = (v118 + v120);
    const float v122 = ((0x1.99999ap-4f) * v121);
    const float v123 = (v117 + v122);
    b39[i115] = v123;
    const float v124 = b40[i115];
    const float v125 = ((0x1.ff7ceep-1f) * v124);
    const float v126 = ((0x1.0624dep-10f) * v121);
    const float v127 = (v126 * v121);
    const float v128 = (v125 + v127);
    b41[i115] = v128;
    const float v129 = (v123 / v8);
    const float v130 = ((0x1.47ae14p-7f) * v129);
    const float v131 = (v128 / v10);
    const float v132 = F64(sqrt, v131);
    const float v133 = (v132 + (0x1.5798eep-27f));
    const float v134 = (v130 / v133);
    const float v135 = (v119 - v134);
    b42[i115] = v135;
  }
}
