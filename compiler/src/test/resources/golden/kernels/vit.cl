// ViT: kernels of one training step: 62 OpenCL kernels for 230 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: conv2d -> f32[B, 64, 4, 4]
k2.cl: launch 2: elementwise add -> f32[B, 64, 4, 4]
k3.cl: launch 3: elementwise concat add -> f32[B, 17, 64]
k4.cl: launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 1] f32[B, 17, 1]
k5.cl: launch 5: elementwise transpose -> f32[64, 64]
k6.cl: launch 6: matmul -> f32[B, 17, 64]
k7.cl: launch 7: elementwise add -> f32[B, 17, 64]
k8.cl: launch 8: elementwise transpose -> f32[64, 64]
k9.cl: launch 10: elementwise add -> f32[B, 17, 64]
k10.cl: launch 11: elementwise transpose -> f32[B, 4, 17, 16]
k11.cl: launch 12: elementwise transpose -> f32[B, 4, 16, 17]
k12.cl: launch 13: matmul -> f32[B, 4, 17, 17]
k13.cl: launch 14: elementwise mul -> f32[B, 4, 17, 17]
k14.cl: launch 15: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 17, 17] f32[B, 4, 17, 17] f32[B, 4, 17, 17]
k15.cl: launch 16: elementwise transpose -> f32[64, 64]
k16.cl: launch 18: elementwise add -> f32[B, 17, 64]
k17.cl: launch 20: matmul -> f32[B, 4, 17, 16]
k18.cl: launch 21: elementwise reshape -> f32[B, 17, 64]
k19.cl: launch 22: matmul b' -> f32[B, 17, 64]
k20.cl: launch 23: elementwise add add -> f32[B, 17, 64]
k21.cl: launch 25: matmul b' -> f32[B, 17, 128]
k22.cl: launch 26: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 17, 128] f32[B, 17, 128] f32[B, 17, 128] f32[B, 17, 128]
k23.cl: launch 27: matmul b' -> f32[B, 17, 64]
k24.cl: launch 80: elementwise reshape -> f32[B, 64]
k25.cl: launch 81: matmul b' -> f32[B, 10]
k26.cl: launch 82: elementwise add -> f32[B, 10]
k27.cl: launch 83: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k28.cl: launch 84: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k29.cl: launch 85: reduction of sum div neg -> f32[]
k30.cl: launch 86: elementwise div -> f32[]
k31.cl: launch 87: elementwise broadcast select -> f32[B, 1, 10]
k32.cl: launch 88: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k33.cl: launch 89: matmul -> f32[B, 64]
k34.cl: launch 90: reduction of pad mul mul mul sum mul neg mul div div broadcast mul ... -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
k35.cl: launch 91: matmul -> f32[B, 17, 128]
k36.cl: launch 92: elementwise mul mul mul mul mul add -> f32[B, 17, 128]
k37.cl: launch 93: matmul -> f32[B, 17, 64]
k38.cl: launch 94: elementwise mul mul mul mul -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
k39.cl: launch 95: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 17, 64]
k40.cl: launch 98: matmul a' -> f32[B, 4, 17, 16]
k41.cl: launch 103: elementwise div mul div neg -> f32[B, 4, 17, 17] f32[B, 4, 17, 17]
k42.cl: launch 104: reduction of sum broadcast add mul mul -> f32[B, 4, 17, 17]
k43.cl: launch 106: matmul -> f32[B, 4, 16, 17]
k44.cl: launch 107: elementwise reshape -> f32[B, 17, 64]
k45.cl: launch 109: elementwise add -> f32[B, 17, 64]
k46.cl: launch 114: elementwise add mul mul mul mul -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
k47.cl: launch 166: elementwise reshape -> f32[B, 64, 4, 4]
k48.cl: launch 167: conv2d_weight_grad -> f32[64, 1, 7, 7]
k49.cl: launch 168: reduction of sum -> f32[64]
k50.cl: launch 169: reduction of slice sum -> f32[1, 64]
k51.cl: launch 170: reduction of sum -> f32[17, 64]
k52.cl: launch 171: matmul a' -> f32[64, 64]
k53.cl: launch 174: elementwise pad pad add pad add -> f32[192, 64]
k54.cl: launch 175: reduction of sum -> f32[64]
k55.cl: launch 178: elementwise pad pad add pad add -> f32[192]
k56.cl: launch 181: matmul a' -> f32[128, 64]
k57.cl: launch 182: reduction of sum -> f32[128]
k58.cl: launch 183: matmul a' -> f32[64, 128]
k59.cl: launch 227: matmul a' -> f32[10, 64]
k60.cl: launch 228: reduction of sum -> f32[10]
k61.cl: launch 229: elementwise cast div min sub div max min mul cos add mul mul ... -> f32[64, 1, 7, 7] f32[64, 1, 7, 7] f32[64, 1, 7, 7] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[17, 64] f32[17, 64] f32[17, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]

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

// launch 1: conv2d -> f32[B, 64, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 64, OH = 4, OW = 4, KH = 7, KW = 7;
  const int SH = 7, SW = 7, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, c = k / (KW * KH); const int iy = iy0 + ky * DH, ix = ix0 + kx * DW; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[base + (c * H + iy) * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k2.cl

// launch 2: elementwise add -> f32[B, 64, 4, 4]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k3.cl

// launch 3: elementwise concat add -> f32[B, 17, 64]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 % 17;
    float v4;
    if (x3 < 1) {
      const int x5 = i1 % 64;
      const float v6 = b0[x5];
      v4 = v6;
    } else {
      const int x7 = i1 / 1088;
      const int x8 = x7 * 64;
      const int x9 = i1 % 64;
      const int x10 = x8 + x9;
      const int x11 = x10 * 16;
      const int x12 = x3 - 1;
      const int x13 = x11 + x12;
      const float v14 = b1[x13];
      v4 = v14;
    }
    const int x15 = x3 * 64;
    const int x16 = i1 % 64;
    const int x17 = x15 + x16;
    const float v18 = b2[x17];
    const float v19 = (v4 + v18);
    b3[i1] = v19;
  }
}

// ---- k4.cl

// launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 1] f32[B, 17, 1]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[6];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 17;
    const int x2 = x1 * 17;
    const int x3 = o % 17;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 17;
    const int x10 = x9 * 17;
    const int x11 = o % 17;
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
    const int x20 = o / 17;
    const int x21 = x20 * 17;
    const int x22 = o % 17;
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

// ---- k5.cl

// launch 5: elementwise transpose -> f32[64, 64]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k6.cl

// launch 6: matmul -> f32[B, 17, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 64, K = 64;
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

// launch 7: elementwise add -> f32[B, 17, 64]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k8.cl

// launch 8: elementwise transpose -> f32[64, 64]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k9.cl

// launch 10: elementwise add -> f32[B, 17, 64]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k10.cl

// launch 11: elementwise transpose -> f32[B, 4, 17, 16]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1088;
    const int x3 = x2 * 17;
    const int x4 = i1 / 16;
    const int x5 = x4 % 17;
    const int x6 = x3 + x5;
    const int x7 = x6 * 4;
    const int x8 = i1 / 272;
    const int x9 = x8 % 4;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = i1 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k11.cl

// launch 12: elementwise transpose -> f32[B, 4, 16, 17]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1088;
    const int x3 = x2 * 17;
    const int x4 = i1 % 17;
    const int x5 = x3 + x4;
    const int x6 = x5 * 4;
    const int x7 = i1 / 272;
    const int x8 = x7 % 4;
    const int x9 = x6 + x8;
    const int x10 = x9 * 16;
    const int x11 = i1 / 17;
    const int x12 = x11 % 16;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k12.cl

// launch 13: matmul -> f32[B, 4, 17, 17]
__kernel __attribute__((reqd_work_group_size(8, 8, 1)))
void k12(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 17, N = 17, K = 16;
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

// ---- k13.cl

// launch 14: elementwise mul -> f32[B, 4, 17, 17]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.0p-2f));
    b1[i1] = v3;
  }
}

// ---- k14.cl

// launch 15: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 17, 17] f32[B, 4, 17, 17] f32[B, 4, 17, 17]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[12];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 17;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 68;
    const int x2 = x1 * 4;
    const int x3 = o / 17;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 17;
    const int x7 = o % 17;
    const int x8 = x6 + x7;
    const int x9 = x8 * 17;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc = isnan(acc) || isnan((acc_t) v11) ? NAN : fmax(acc, (acc_t) v11);
  }
  const float r12 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 68;
    const int x14 = x13 * 4;
    const int x15 = o / 17;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 17;
    const int x19 = o % 17;
    const int x20 = x18 + x19;
    const int x21 = x20 * 17;
    const int x22 = x21 + j;
    const float v23 = b0[x22];
    const float v24 = (v23 - r12);
    const float v25 = F64(exp, v24);
    acc1 += (acc_t) v25;
  }
  const float r26 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x27 = o / 68;
    const int x28 = x27 * 4;
    const int x29 = o / 17;
    const int x30 = x29 % 4;
    const int x31 = x28 + x30;
    const int x32 = x31 * 17;
    const int x33 = o % 17;
    const int x34 = x32 + x33;
    const int x35 = x34 * 17;
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

// ---- k15.cl

// launch 16: elementwise transpose -> f32[64, 64]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k16.cl

// launch 18: elementwise add -> f32[B, 17, 64]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k17.cl

// launch 20: matmul -> f32[B, 4, 17, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 17, N = 16, K = 17;
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

// ---- k18.cl

// launch 21: elementwise reshape -> f32[B, 17, 64]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1088;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 17;
    const int x8 = i1 / 64;
    const int x9 = x8 % 17;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = x4 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k19.cl

// launch 22: matmul b' -> f32[B, 17, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 64, K = 64;
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

// ---- k20.cl

// launch 23: elementwise add add -> f32[B, 17, 64]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 64;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
  }
}

// ---- k21.cl

// launch 25: matmul b' -> f32[B, 17, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 128, K = 64;
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

// launch 26: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 17, 128] f32[B, 17, 128] f32[B, 17, 128] f32[B, 17, 128]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 128;
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

// ---- k23.cl

// launch 27: matmul b' -> f32[B, 17, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 64, K = 128;
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

// launch 80: elementwise reshape -> f32[B, 64]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 17;
    const int x4 = x3 * 64;
    const int x5 = i1 % 64;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    b1[i1] = v7;
  }
}

// ---- k25.cl

// launch 81: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k25(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k26.cl

// launch 82: elementwise add -> f32[B, 10]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k27.cl

// launch 83: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k28.cl

// launch 84: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k28(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k29.cl

// launch 85: reduction of sum div neg -> f32[]
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

// launch 86: elementwise div -> f32[]
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

// launch 87: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k32.cl

// launch 88: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k33.cl

// launch 89: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k34.cl

// launch 90: reduction of pad mul mul mul sum mul neg mul div div broadcast mul ... -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[6];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o % 17;
    float v2 = 0.0f;
    if (x1 >= 0 && x1 < 1) {
      const int x3 = o / 17;
      const int x4 = x3 * 64;
      const int x5 = x4 + j;
      const float v6 = b0[x5];
      v2 = v6;
    }
    const float v7 = b1[j];
    const float v8 = (v2 * v7);
    const int x9 = o / 17;
    const int x10 = x9 * 17;
    const int x11 = x10 + x1;
    const int x12 = x11 * 64;
    const int x13 = x12 + j;
    const float v14 = b2[x13];
    const float v15 = (v8 * v14);
    acc += (acc_t) v15;
  }
  const float r16 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x17 = o % 17;
    float v18 = 0.0f;
    if (x17 >= 0 && x17 < 1) {
      const int x19 = o / 17;
      const int x20 = x19 * 64;
      const int x21 = x20 + j;
      const float v22 = b0[x21];
      v18 = v22;
    }
    const float v23 = b1[j];
    const float v24 = (v18 * v23);
    const int x25 = o / 17;
    const int x26 = x25 * 17;
    const int x27 = x26 + x17;
    const int x28 = x27 * 64;
    const int x29 = x28 + j;
    const float v30 = b3[x29];
    const float v31 = (v24 * v30);
    const float v32 = b4[o];
    const float v33 = (r16 * v32);
    const float v34 = (-v33);
    const float v35 = (v34 * (0x1.0p-1f));
    const float v36 = b5[o];
    const float v37 = (v35 / v36);
    const float v38 = (v37 / 64.0f);
    const float v39 = b2[x29];
    const float v40 = (v38 * v39);
    const float v41 = (v31 + v40);
    const float v42 = (v41 + v40);
    const float v43 = (-v42);
    acc1 += (acc_t) v43;
  }
  const float r44 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x45 = o % 17;
    float v46 = 0.0f;
    if (x45 >= 0 && x45 < 1) {
      const int x47 = o / 17;
      const int x48 = x47 * 64;
      const int x49 = x48 + j;
      const float v50 = b0[x49];
      v46 = v50;
    }
    const float v51 = b1[j];
    const float v52 = (v46 * v51);
    const int x53 = o / 17;
    const int x54 = x53 * 17;
    const int x55 = x54 + x45;
    const int x56 = x55 * 64;
    const int x57 = x56 + j;
    const float v58 = b3[x57];
    const float v59 = (v52 * v58);
    const float v60 = b4[o];
    const float v61 = (r16 * v60);
    const float v62 = (-v61);
    const float v63 = (v62 * (0x1.0p-1f));
    const float v64 = b5[o];
    const float v65 = (v63 / v64);
    const float v66 = (v65 / 64.0f);
    const float v67 = b2[x57];
    const float v68 = (v66 * v67);
    const float v69 = (v59 + v68);
    const float v70 = (v69 + v68);
    const float v71 = (r44 / 64.0f);
    const float v72 = (v70 + v71);
    b6[x57] = v72;
    const float v73 = b7[x57];
    const float v74 = (v46 * v73);
    b8[x57] = v74;
    b9[x57] = v46;
  }
}

// ---- k35.cl

// launch 91: matmul -> f32[B, 17, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 128, K = 64;
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

// ---- k36.cl

// launch 92: elementwise mul mul mul mul mul add -> f32[B, 17, 128]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
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

// ---- k37.cl

// launch 93: matmul -> f32[B, 17, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k37(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[6], N = 64, K = 128;
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

// ---- k38.cl

// launch 94: elementwise mul mul mul mul -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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

// ---- k39.cl

// launch 95: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 17, 64]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[6];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 17;
    const int x2 = x1 * 17;
    const int x3 = o % 17;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 17;
    const int x10 = x9 * 17;
    const int x11 = o % 17;
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
    const int x29 = o / 17;
    const int x30 = x29 * 17;
    const int x31 = o % 17;
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

// ---- k40.cl

// launch 98: matmul a' -> f32[B, 4, 17, 16]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k40(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 17, N = 16, K = 17;
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

// ---- k41.cl

// launch 103: elementwise div mul div neg -> f32[B, 4, 17, 17] f32[B, 4, 17, 17]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
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

// launch 104: reduction of sum broadcast add mul mul -> f32[B, 4, 17, 17]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[12];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 17;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 68;
    const int x2 = x1 * 4;
    const int x3 = o / 17;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 17;
    const int x7 = o % 17;
    const int x8 = x6 + x7;
    const int x9 = x8 * 17;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 68;
    const int x14 = x13 * 4;
    const int x15 = o / 17;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 17;
    const int x19 = o % 17;
    const int x20 = x18 + x19;
    const int x21 = x20 * 17;
    const int x22 = x21 + j;
    const float v23 = b1[x22];
    const float v24 = (v23 + r12);
    const float v25 = b2[x22];
    const float v26 = (v24 * v25);
    const float v27 = (v26 * (0x1.0p-2f));
    b3[x22] = v27;
  }
}

// ---- k43.cl

// launch 106: matmul -> f32[B, 4, 16, 17]
__kernel __attribute__((reqd_work_group_size(8, 4, 1)))
void k43(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 16, N = 17, K = 17;
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

// ---- k44.cl

// launch 107: elementwise reshape -> f32[B, 17, 64]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1088;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 16;
    const int x8 = x4 % 16;
    const int x9 = x7 + x8;
    const int x10 = x9 * 17;
    const int x11 = i1 / 64;
    const int x12 = x11 % 17;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k45.cl

// launch 109: elementwise add -> f32[B, 17, 64]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k46.cl

// launch 114: elementwise add mul mul mul mul -> f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64] f32[B, 17, 64]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
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

// ---- k47.cl

// launch 166: elementwise reshape -> f32[B, 64, 4, 4]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1024;
    const int x3 = x2 * 17;
    const int x4 = i1 / 4;
    const int x5 = x4 % 4;
    const int x6 = x5 * 4;
    const int x7 = i1 % 4;
    const int x8 = x6 + x7;
    const int x9 = x8 + 1;
    const int x10 = x3 + x9;
    const int x11 = x10 * 64;
    const int x12 = i1 / 16;
    const int x13 = x12 % 64;
    const int x14 = x11 + x13;
    const float v15 = b0[x14];
    b1[i1] = v15;
  }
}

// ---- k48.cl

// launch 167: conv2d_weight_grad -> f32[64, 1, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 64, OH = 4, OW = 4, KH = 7, KW = 7;
  const int SH = 7, SW = 7, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 64;
  __local float As[16][64], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 16) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int ox = k % OW, oy = k / OW % OH, img = k / (OW * OH); const int iy = oy * SH + dy0, ix = ox * SW + dx0; if (iy >= 0 && iy < H && ix >= 0 && ix < W) v = x[img * C * H * W + at + iy * W + ix]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 16] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 16;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k49.cl

// launch 168: reduction of sum -> f32[64]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[19];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 64;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k50.cl

// launch 169: reduction of slice sum -> f32[1, 64]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 17;
    const int x2 = x1 * 64;
    const int x3 = o % 64;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  b1[o] = r6;
}

// ---- k51.cl

// launch 170: reduction of sum -> f32[17, 64]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1088) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 17;
    const int x2 = o / 64;
    const int x3 = x1 + x2;
    const int x4 = x3 * 64;
    const int x5 = o % 64;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k52.cl

// launch 171: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k52(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[6];
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

// ---- k53.cl

// launch 174: elementwise pad pad add pad add -> f32[192, 64]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k54.cl

// launch 175: reduction of sum -> f32[64]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[6];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 17;
    const int x2 = x1 * 17;
    const int x3 = j % 17;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k55.cl

// launch 178: elementwise pad pad add pad add -> f32[192]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k56.cl

// launch 181: matmul a' -> f32[128, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k56(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 64, K = d[6];
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

// ---- k57.cl

// launch 182: reduction of sum -> f32[128]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[6];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 17;
    const int x2 = x1 * 17;
    const int x3 = j % 17;
    const int x4 = x2 + x3;
    const int x5 = x4 * 128;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k58.cl

// launch 183: matmul a' -> f32[64, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k58(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 128, K = d[6];
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

// ---- k59.cl

// launch 227: matmul a' -> f32[10, 64]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k59(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k60.cl

// launch 228: reduction of sum -> f32[10]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k61.cl

// launch 229: elementwise cast div min sub div max min mul cos add mul mul ... -> f32[64, 1, 7, 7] f32[64, 1, 7, 7] f32[64, 1, 7, 7] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[17, 64] f32[17, 64] f32[17, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]
__kernel void k61(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global float* restrict b211, __global float* restrict b212, __global float* restrict b213, __global float* restrict b214, __global float* restrict b215, __global float* restrict b216, __global float* restrict b217, __global float* restrict b218, __global float* restrict b219, __global float* restrict b220, __global float* restrict b221, __global float* restrict b222, __global float* restrict b223, __global float* restrict b224, __global float* restrict b225, __global float* restrict b226, __global float* restrict b227, __global float* restrict b228, __global float* restrict b229, __global float* restrict b230, __global float* restrict b231, __global float* restrict b232, __global float* restrict b233, __global float* restrict b234, __global float* restrict b235, __global float* restrict b236, __global float* restrict b237, __global float* restrict b238, __global float* restrict b239, __global float* restrict b240, __global float* restrict b241, __global float* restrict b242, __global float* restrict b243, __global float* restrict b244, __global float* restrict b245, __global float* restrict b246, __global float* restrict b247, __global float* restrict b248, __global float* restrict b249, __global float* restrict b250, __global float* restrict b251, __global float* restrict b252, __global float* restrict b253, __global float* restrict b254, __global float* restrict b255, __global float* restrict b256, __global float* restrict b257, __global float* restrict b258, __global float* restrict b259, __global float* restrict b260, __global float* restrict b261, __global float* restrict b262, __global float* restrict b263, __global float* restrict b264, __global float* restrict b265, __global float* restrict b266, __global float* restrict b267, __global float* restrict b268, __global float* restrict b269, __global float* restrict b270, __global float* restrict b271, __global float* restrict b272, __global float* restrict b273, __global float* restrict b274, __global float* restrict b275, __global float* restrict b276, __global float* restrict b277, __global float* restrict b278, __global float* restrict b279, __global float* restrict b280, __global float* restrict b281, __global float* restrict b282, __global float* restrict b283, __global float* restrict b284, __global float* restrict b285, __global float* restrict b286, __global float* restrict b287, __global float* restrict b288, __global float* restrict b289, __global float* restrict b290, __global float* restrict b291, __global float* restrict b292, __global float* restrict b293, __global float* restrict b294, __global float* restrict b295, __global float* restrict b296, __global float* restrict b297, __global float* restrict b298, __global float* restrict b299, __global float* restrict b300, __global float* restrict b301, __global float* restrict b302, __global float* restrict b303, __global float* restrict b304, __global float* restrict b305, __global float* restrict b306, __global float* restrict b307, __global float* restrict b308, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[16];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = (v1 / 100.0f);
    hoisted[1] = v2;
    const float v3 = nnc_min(v2, 1.0f);
    hoisted[2] = v3;
    const float v4 = (v1 - 100.0f);
    hoisted[3] = v4;
    const float v5 = (v4 / 3652.0f);
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
    const float v11 = ((0x1.0p-1f) * v10);
    hoisted[10] = v11;
    const float v12 = (v3 * v11);
    hoisted[11] = v12;
    const float v13 = F64_2(pow, (0x1.ccccccp-1f), v1);
    hoisted[12] = v13;
    const float v14 = (1.0f - v13);
    hoisted[13] = v14;
    const float v15 = F64_2(pow, (0x1.ff7ceep-1f), v1);
    hoisted[14] = v15;
    const float v16 = (1.0f - v15);
    hoisted[15] = v16;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v17 = hoisted[0];
  const float v18 = hoisted[1];
  const float v19 = hoisted[2];
  const float v20 = hoisted[3];
  const float v21 = hoisted[4];
  const float v22 = hoisted[5];
  const float v23 = hoisted[6];
  const float v24 = hoisted[7];
  const float v25 = hoisted[8];
  const float v26 = hoisted[9];
  const float v27 = hoisted[10];
  const float v28 = hoisted[11];
  const float v29 = hoisted[12];
  const float v30 = hoisted[13];
  const float v31 = hoisted[14];
  const float v32 = hoisted[15];
  if (gid < 3136) {
    const int i33 = gid - 0;
    const float v34 = b1[i33];
    const float v35 = ((0x1.ccccccp-1f) * v34);
    const float v36 = b2[i33];
    const float v37 = ((0x1.99999ap-4f) * v36);
    const float v38 = (v35 + v37);
    b3[i33] = v38;
    const float v39 = b4[i33];
    const float v40 = ((0x1.ff7ceep-1f) * v39);
    const float v41 = ((0x1.0624dep-10f) * v36);
    const float v42 = (v41 * v36);
    const float v43 = (v40 + v42);
    b5[i33] = v43;
    const float v44 = b6[i33];
    const float v45 = (v44 * (0x1.fff2e4p-1f));
    const float v46 = (v38 / v30);
    const float v47 = ((0x1.0624dep-9f) * v46);
    const float v48 = (v43 / v32);
    const float v49 = F64(sqrt, v48);
    const float v50 = (v49 + (0x1.5798eep-27f));
    const float v51 = (v47 / v50);
    const float v52 = (v45 - v51);
    const float v53 = (v52 - v44);
    const float v54 = (v28 * v53);
    const float v55 = (v44 + v54);
    b7[i33] = v55;
  } else if (gid < 3200) {
    const int i56 = gid - 3136;
    const float v57 = b8[i56];
    const float v58 = ((0x1.ccccccp-1f) * v57);
    const float v59 = b9[i56];
    const float v60 = ((0x1.99999ap-4f) * v59);
    const float v61 = (v58 + v60);
    b10[i56] = v61;
    const float v62 = b11[i56];
    const float v63 = ((0x1.ff7ceep-1f) * v62);
    const float v64 = ((0x1.0624dep-10f) * v59);
    const float v65 = (v64 * v59);
    const float v66 = (v63 + v65);
    b12[i56] = v66;
    const float v67 = b13[i56];
    const float v68 = (v67 * (0x1.fff2e4p-1f));
    const float v69 = (v61 / v30);
    const float v70 = ((0x1.0624dep-9f) * v69);
    const float v71 = (v66 / v32);
    const float v72 = F64(sqrt, v71);
    const float v73 = (v72 + (0x1.5798eep-27f));
    const float v74 = (v70 / v73);
    const float v75 = (v68 - v74);
    const float v76 = (v75 - v67);
    const float v77 = (v28 * v76);
    const float v78 = (v67 + v77);
    b14[i56] = v78;
    const float v79 = b15[i56];
    const float v80 = ((0x1.ccccccp-1f) * v79);
    const float v81 = b16[i56];
    const float v82 = ((0x1.99999ap-4f) * v81);
    const float v83 = (v80 + v82);
    b17[i56] = v83;
    const float v84 = b18[i56];
    const float v85 = ((0x1.ff7ceep-1f) * v84);
    const float v86 = ((0x1.0624dep-10f) * v81);
    const float v87 = (v86 * v81);
    const float v88 = (v85 + v87);
    b19[i56] = v88;
    const float v89 = b20[i56];
    const float v90 = (v89 * (0x1.fff2e4p-1f));
    const float v91 = (v83 / v30);
    const float v92 = ((0x1.0624dep-9f) * v91);
    const float v93 = (v88 / v32);
    const float v94 = F64(sqrt, v93);
    const float v95 = (v94 + (0x1.5798eep-27f));
    const float v96 = (v92 / v95);
    const float v97 = (v90 - v96);
    const float v98 = (v97 - v89);
    const float v99 = (v28 * v98);
    const float v100 = (v89 + v99);
    b21[i56] = v100;
    const float v101 = b22[i56];
    const float v102 = ((0x1.ccccccp-1f) * v101);
    const float v103 = b23[i56];
    const float v104 = ((0x1.99999ap-4f) * v103);
    const float v105 = (v102 + v104);
    b24[i56] = v105;
    const float v106 = b25[i56];
    const float v107 = ((0x1.ff7ceep-1f) * v106);
    const float v108 = ((0x1.0624dep-10f) * v103);
    const float v109 = (v108 * v103);
    const float v110 = (v107 + v109);
    b26[i56] = v110;
    const float v111 = b27[i56];
    const float v112 = (v111 * (0x1.fff2e4p-1f));
    const float v113 = (v105 / v30);
    const float v114 = ((0x1.0624dep-9f) * v113);
    const float v115 = (v110 / v32);
    const float v116 = F64(sqrt, v115);
    const float v117 = (v116 + (0x1.5798eep-27f));
    const float v118 = (v114 / v117);
    const float v119 = (v112 - v118);
    const float v120 = (v119 - v111);
    const float v121 = (v28 * v120);
    const float v122 = (v111 + v121);
    b28[i56] = v122;
    const float v123 = b29[i56];
    const float v124 = ((0x1.ccccccp-1f) * v123);
    const float v125 = b30[i56];
    const float v126 = ((0x1.99999ap-4f) * v125);
    const float v127 = (v124 + v126);
    b31[i56] = v127;
    const float v128 = b32[i56];
    const float v129 = ((0x1.ff7ceep-1f) * v128);
    const float v130 = ((0x1.0624dep-10f) * v125);
    const float v131 = (v130 * v125);
    const float v132 = (v129 + v131);
    b33[i56] = v132;
    const float v133 = b34[i56];
    const float v134 = (v133 * (0x1.fff2e4p-1f));
    const float v135 = (v127 / v30);
    const float v136 = ((0x1.0624dep-9f) * v135);
    const float v137 = (v132 / v32);
    const float v138 = F64(sqrt, v137);
    const float v139 = (v138 + (0x1.5798eep-27f));
    const float v140 = (v136 / v139);
    const float v141 = (v134 - v140);
    const float v142 = (v141 - v133);
    const float v143 = (v28 * v142);
    const float v144 = (v133 + v143);
    b35[i56] = v144;
    const float v145 = b36[i56];
    const float v146 = ((0x1.ccccccp-1f) * v145);
    const float v147 = b37[i56];
    const float v148 = ((0x1.99999ap-4f) * v147);
    const float v149 = (v146 + v148);
    b38[i56] = v149;
    const float v150 = b39[i56];
    const float v151 = ((0x1.ff7ceep-1f) * v150);
    const float v152 = ((0x1.0624dep-10f) * v147);
    const float v153 = (v152 * v147);
    const float v154 = (v151 + v153);
    b40[i56] = v154;
    const float v155 = b41[i56];
    const float v156 = (v155 * (0x1.fff2e4p-1f));
    const float v157 = (v149 / v30);
    const float v158 = ((0x1.0624dep-9f) * v157);
    const float v159 = (v154 / v32);
    const float v160 = F64(sqrt, v159);
    const float v161 = (v160 + (0x1.5798eep-27f));
    const float v162 = (v158 / v161);
    const float v163 = (v156 - v162);
    const float v164 = (v163 - v155);
    const float v165 = (v28 * v164);
    const float v166 = (v155 + v165);
    b42[i56] = v166;
    const float v167 = b43[i56];
    const float v168 = ((0x1.ccccccp-1f) * v167);
    const float v169 = b44[i56];
    const float v170 = ((0x1.99999ap-4f) * v169);
    const float v171 = (v168 + v170);
    b45[i56] = v171;
    const float v172 = b46[i56];
    const float v173 = ((0x1.ff7ceep-1f) * v172);
    const float v174 = ((0x1.0624dep-10f) * v169);
    const float v175 = (v174 * v169);
    const float v176 = (v173 + v175);
    b47[i56] = v176;
    const float v177 = b48[i56];
    const float v178 = (v177 * (0x1.fff2e4p-1f));
    const float v179 = (v171 / v30);
    const float v180 = ((0x1.0624dep-9f) * v179);
    const float v181 = (v176 / v32);
    const float v182 = F64(sqrt, v181);
    const float v183 = (v182 + (0x1.5798eep-27f));
    const float v184 = (v180 / v183);
    const float v185 = (v178 - v184);
    const float v186 = (v185 - v177);
    const float v187 = (v28 * v186);
    const float v188 = (v177 + v187);
    b49[i56] = v188;
    const float v189 = b50[i56];
    const float v190 = ((0x1.ccccccp-1f) * v189);
    const float v191 = b51[i56];
    const float v192 = ((0x1.99999ap-4f) * v191);
    const float v193 = (v190 + v192);
    b52[i56] = v193;
    const float v194 = b53[i56];
    const float v195 = ((0x1.ff7ceep-1f) * v194);
    const float v196 = ((0x1.0624dep-10f) * v191);
    const float v197 = (v196 * v191);
    const float v198 = (v195 + v197);
    b54[i56] = v198;
    const float v199 = b55[i56];
    const float v200 = (v199 * (0x1.fff2e4p-1f));
    const float v201 = (v193 / v30);
    const float v202 = ((0x1.0624dep-9f) * v201);
    const float v203 = (v198 / v32);
    const float v204 = F64(sqrt, v203);
    const float v205 = (v204 + (0x1.5798eep-27f));
    const float v206 = (v202 / v205);
    const float v207 = (v200 - v206);
    const float v208 = (v207 - v199);
    const float v209 = (v28 * v208);
    const float v210 = (v199 + v209);
    b56[i56] = v210;
    const float v211 = b57[i56];
    const float v212 = ((0x1.ccccccp-1f) * v211);
    const float v213 = b58[i56];
    const float v214 = ((0x1.99999ap-4f) * v213);
    const float v215 = (v212 + v214);
    b59[i56] = v215;
    const float v216 = b60[i56];
    const float v217 = ((0x1.ff7ceep-1f) * v216);
    const float v218 = ((0x1.0624dep-10f) * v213);
    const float v219 = (v218 * v213);
    const float v220 = (v217 + v219);
    b61[i56] = v220;
    const float v221 = b62[i56];
    const float v222 = (v221 * (0x1.fff2e4p-1f));
    const float v223 = (v215 / v30);
    const float v224 = ((0x1.0624dep-9f) * v223);
    const float v225 = (v220 / v32);
    const float v226 = F64(sqrt, v225);
    const float v227 = (v226 + (0x1.5798eep-27f));
    const float v228 = (v224 / v227);
    const float v229 = (v222 - v228);
    const float v230 = (v229 - v221);
    const float v231 = (v28 * v230);
    const float v232 = (v221 + v231);
    b63[i56] = v232;
    const float v233 = b64[i56];
    const float v234 = ((0x1.ccccccp-1f) * v233);
    const float v235 = b65[i56];
    const float v236 = ((0x1.99999ap-4f) * v235);
    const float v237 = (v234 + v236);
    b66[i56] = v237;
    const float v238 = b67[i56];
    const float v239 = ((0x1.ff7ceep-1f) * v238);
    const float v240 = ((0x1.0624dep-10f) * v235);
    const float v241 = (v240 * v235);
    const float v242 = (v239 + v241);
    b68[i56] = v242;
    const float v243 = b69[i56];
    const float v244 = (v243 * (0x1.fff2e4p-1f));
    const float v245 = (v237 / v30);
    const float v246 = ((0x1.0624dep-9f) * v245);
    const float v247 = (v242 / v32);
    const float v248 = F64(sqrt, v247);
    const float v249 = (v248 + (0x1.5798eep-27f));
    const float v250 = (v246 / v249);
    const float v251 = (v244 - v250);
    const float v252 = (v251 - v243);
    const float v253 = (v28 * v252);
    const float v254 = (v243 + v253);
    b70[i56] = v254;
    const float v255 = b71[i56];
    const float v256 = ((0x1.ccccccp-1f) * v255);
    const float v257 = b72[i56];
    const float v258 = ((0x1.99999ap-4f) * v257);
    const float v259 = (v256 + v258);
    b73[i56] = v259;
    const float v260 = b74[i56];
    const float v261 = ((0x1.ff7ceep-1f) * v260);
    const float v262 = ((0x1.0624dep-10f) * v257);
    const float v263 = (v262 * v257);
    const float v264 = (v261 + v263);
    b75[i56] = v264;
    const float v265 = b76[i56];
    const float v266 = (v265 * (0x1.fff2e4p-1f));
    const float v267 = (v259 / v30);
    const float v268 = ((0x1.0624dep-9f) * v267);
    const float v269 = (v264 / v32);
    const float v270 = F64(sqrt, v269);
    const float v271 = (v270 + (0x1.5798eep-27f));
    const float v272 = (v268 / v271);
    const float v273 = (v266 - v272);
    const float v274 = (v273 - v265);
    const float v275 = (v28 * v274);
    const float v276 = (v265 + v275);
    b77[i56] = v276;
    const float v277 = b78[i56];
    const float v278 = ((0x1.ccccccp-1f) * v277);
    const float v279 = b79[i56];
    const float v280 = ((0x1.99999ap-4f) * v279);
    const float v281 = (v278 + v280);
    b80[i56] = v281;
    const float v282 = b81[i56];
    const float v283 = ((0x1.ff7ceep-1f) * v282);
    const float v284 = ((0x1.0624dep-10f) * v279);
    const float v285 = (v284 * v279);
    const float v286 = (v283 + v285);
    b82[i56] = v286;
    const float v287 = b83[i56];
    const float v288 = (v287 * (0x1.fff2e4p-1f));
    const float v289 = (v281 / v30);
    const float v290 = ((0x1.0624dep-9f) * v289);
    const float v291 = (v286 / v32);
    const float v292 = F64(sqrt, v291);
    const float v293 = (v292 + (0x1.5798eep-27f));
    const float v294 = (v290 / v293);
    const float v295 = (v288 - v294);
    const float v296 = (v295 - v287);
    const float v297 = (v28 * v296);
    const float v298 = (v287 + v297);
    b84[i56] = v298;
    const float v299 = b85[i56];
    const float v300 = ((0x1.ccccccp-1f) * v299);
    const float v301 = b86[i56];
    const float v302 = ((0x1.99999ap-4f) * v301);
    const float v303 = (v300 + v302);
    b87[i56] = v303;
    const float v304 = b88[i56];
    const float v305 = ((0x1.ff7ceep-1f) * v304);
    const float v306 = ((0x1.0624dep-10f) * v301);
    const float v307 = (v306 * v301);
    const float v308 = (v305 + v307);
    b89[i56] = v308;
    const float v309 = b90[i56];
    const float v310 = (v309 * (0x1.fff2e4p-1f));
    const float v311 = (v303 / v30);
    const float v312 = ((0x1.0624dep-9f) * v311);
    const float v313 = (v308 / v32);
    const float v314 = F64(sqrt, v313);
    const float v315 = (v314 + (0x1.5798eep-27f));
    const float v316 = (v312 / v315);
    const float v317 = (v310 - v316);
    const float v318 = (v317 - v309);
    const float v319 = (v28 * v318);
    const float v320 = (v309 + v319);
    b91[i56] = v320;
    const float v321 = b92[i56];
    const float v322 = ((0x1.ccccccp-1f) * v321);
    const float v323 = b93[i56];
    const float v324 = ((0x1.99999ap-4f) * v323);
    const float v325 = (v322 + v324);
    b94[i56] = v325;
    const float v326 = b95[i56];
    const float v327 = ((0x1.ff7ceep-1f) * v326);
    const float v328 = ((0x1.0624dep-10f) * v323);
    const float v329 = (v328 * v323);
    const float v330 = (v327 + v329);
    b96[i56] = v330;
    const float v331 = b97[i56];
    const float v332 = (v331 * (0x1.fff2e4p-1f));
    const float v333 = (v325 / v30);
    const float v334 = ((0x1.0624dep-9f) * v333);
    const float v335 = (v330 / v32);
    const float v336 = F64(sqrt, v335);
    const float v337 = (v336 + (0x1.5798eep-27f));
    const float v338 = (v334 / v337);
    const float v339 = (v332 - v338);
    const float v340 = (v339 - v331);
    const float v341 = (v28 * v340);
    const float v342 = (v331 + v341);
    b98[i56] = v342;
    const float v343 = b99[i56];
    const float v344 = ((0x1.ccccccp-1f) * v343);
    const float v345 = b100[i56];
    const float v346 = ((0x1.99999ap-4f) * v345);
    const float v347 = (v344 + v346);
    b101[i56] = v347;
    const float v348 = b102[i56];
    const float v349 = ((0x1.ff7ceep-1f) * v348);
    const float v350 = ((0x1.0624dep-10f) * v345);
    const float v351 = (v350 * v345);
    const float v352 = (v349 + v351);
    b103[i56] = v352;
    const float v353 = b104[i56];
    const float v354 = (v353 * (0x1.fff2e4p-1f));
    const float v355 = (v347 / v30);
    const float v356 = ((0x1.0624dep-9f) * v355);
    const float v357 = (v352 / v32);
    const float v358 = F64(sqrt, v357);
    const float v359 = (v358 + (0x1.5798eep-27f));
    const float v360 = (v356 / v359);
    const float v361 = (v354 - v360);
    const float v362 = (v361 - v353);
    const float v363 = (v28 * v362);
    const float v364 = (v353 + v363);
    b105[i56] = v364;
    const float v365 = b106[i56];
    const float v366 = ((0x1.ccccccp-1f) * v365);
    const float v367 = b107[i56];
    const float v368 = ((0x1.99999ap-4f) * v367);
    const float v369 = (v366 + v368);
    b108[i56] = v369;
    const float v370 = b109[i56];
    const float v371 = ((0x1.ff7ceep-1f) * v370);
    const float v372 = ((0x1.0624dep-10f) * v367);
    const float v373 = (v372 * v367);
    const float v374 = (v371 + v373);
    b110[i56] = v374;
    const float v375 = b111[i56];
    const float v376 = (v375 * (0x1.fff2e4p-1f));
    const float v377 = (v369 / v30);
    const float v378 = ((0x1.0624dep-9f) * v377);
    const float v379 = (v374 / v32);
    const float v380 = F64(sqrt, v379);
    const float v381 = (v380 + (0x1.5798eep-27f));
    const float v382 = (v378 / v381);
    const float v383 = (v376 - v382);
    const float v384 = (v383 - v375);
    const float v385 = (v28 * v384);
    const float v386 = (v375 + v385);
    b112[i56] = v386;
    const float v387 = b113[i56];
    const float v388 = ((0x1.ccccccp-1f) * v387);
    const float v389 = b114[i56];
    const float v390 = ((0x1.99999ap-4f) * v389);
    const float v391 = (v388 + v390);
    b115[i56] = v391;
    const float v392 = b116[i56];
    const float v393 = ((0x1.ff7ceep-1f) * v392);
    const float v394 = ((0x1.0624dep-10f) * v389);
    const float v395 = (v394 * v389);
    const float v396 = (v393 + v395);
    b117[i56] = v396;
    const float v397 = b118[i56];
    const float v398 = (v397 * (0x1.fff2e4p-1f));
    const float v399 = (v391 / v30);
    const float v400 = ((0x1.0624dep-9f) * v399);
    const float v401 = (v396 / v32);
    const float v402 = F64(sqrt, v401);
    const float v403 = (v402 + (0x1.5798eep-27f));
    const float v404 = (v400 / v403);
    const float v405 = (v398 - v404);
    const float v406 = (v405 - v397);
    const float v407 = (v28 * v406);
    const float v408 = (v397 + v407);
    b119[i56] = v408;
    const float v409 = b120[i56];
    const float v410 = ((0x1.ccccccp-1f) * v409);
    const float v411 = b121[i56];
    const float v412 = ((0x1.99999ap-4f) * v411);
    const float v413 = (v410 + v412);
    b122[i56] = v413;
    const float v414 = b123[i56];
    const float v415 = ((0x1.ff7ceep-1f) * v414);
    const float v416 = ((0x1.0624dep-10f) * v411);
    const float v417 = (v416 * v411);
    const float v418 = (v415 + v417);
    b124[i56] = v418;
    const float v419 = b125[i56];
    const float v420 = (v419 * (0x1.fff2e4p-1f));
    const float v421 = (v413 / v30);
    const float v422 = ((0x1.0624dep-9f) * v421);
    const float v423 = (v418 / v32);
    const float v424 = F64(sqrt, v423);
    const float v425 = (v424 + (0x1.5798eep-27f));
    const float v426 = (v422 / v425);
    const float v427 = (v420 - v426);
    const float v428 = (v427 - v419);
    const float v429 = (v28 * v428);
    const float v430 = (v419 + v429);
    b126[i56] = v430;
    const float v431 = b127[i56];
    const float v432 = ((0x1.ccccccp-1f) * v431);
    const float v433 = b128[i56];
    const float v434 = ((0x1.99999ap-4f) * v433);
    const float v435 = (v432 + v434);
    b129[i56] = v435;
    const float v436 = b130[i56];
    const float v437 = ((0x1.ff7ceep-1f) * v436);
    const float v438 = ((0x1.0624dep-10f) * v433);
    const float v439 = (v438 * v433);
    const float v440 = (v437 + v439);
    b131[i56] = v440;
    const float v441 = b132[i56];
    const float v442 = (v441 * (0x1.fff2e4p-1f));
    const float v443 = (v435 / v30);
    const float v444 = ((0x1.0624dep-9f) * v443);
    const float v445 = (v440 / v32);
    const float v446 = F64(sqrt, v445);
    const float v447 = (v446 + (0x1.5798eep-27f));
    const float v448 = (v444 / v447);
    const float v449 = (v442 - v448);
    const float v450 = (v449 - v441);
    const float v451 = (v28 * v450);
    const float v452 = (v441 + v451);
    b133[i56] = v452;
    const float v453 = b134[i56];
    const float v454 = ((0x1.ccccccp-1f) * v453);
    const float v455 = b135[i56];
    const float v456 = ((0x1.99999ap-4f) * v455);
    const float v457 = (v454 + v456);
    b136[i56] = v457;
    const float v458 = b137[i56];
    const float v459 = ((0x1.ff7ceep-1f) * v458);
    const float v460 = ((0x1.0624dep-10f) * v455);
    const float v461 = (v460 * v455);
    const float v462 = (v459 + v461);
    b138[i56] = v462;
    const float v463 = b139[i56];
    const float v464 = (v463 * (0x1.fff2e4p-1f));
    const float v465 = (v457 / v30);
    const float v466 = ((0x1.0624dep-9f) * v465);
    const float v467 = (v462 / v32);
    const float v468 = F64(sqrt, v467);
    const float v469 = (v468 + (0x1.5798eep-27f));
    const float v470 = (v466 / v469);
    const float v471 = (v464 - v470);
    const float v472 = (v471 - v463);
    const float v473 = (v28 * v472);
    const float v474 = (v463 + v473);
    b140[i56] = v474;
    const float v475 = b141[i56];
    const float v476 = ((0x1.ccccccp-1f) * v475);
    const float v477 = b142[i56];
    const float v478 = ((0x1.99999ap-4f) * v477);
    const float v479 = (v476 + v478);
    b143[i56] = v479;
    const float v480 = b144[i56];
    const float v481 = ((0x1.ff7ceep-1f) * v480);
    const float v482 = ((0x1.0624dep-10f) * v477);
    const float v483 = (v482 * v477);
    const float v484 = (v481 + v483);
    b145[i56] = v484;
    const float v485 = b146[i56];
    const float v486 = (v485 * (0x1.fff2e4p-1f));
    const float v487 = (v479 / v30);
    const float v488 = ((0x1.0624dep-9f) * v487);
    const float v489 = (v484 / v32);
    const float v490 = F64(sqrt, v489);
    const float v491 = (v490 + (0x1.5798eep-27f));
    const float v492 = (v488 / v491);
    const float v493 = (v486 - v492);
    const float v494 = (v493 - v485);
    const float v495 = (v28 * v494);
    const float v496 = (v485 + v495);
    b147[i56] = v496;
    const float v497 = b148[i56];
    const float v498 = ((0x1.ccccccp-1f) * v497);
    const float v499 = b149[i56];
    const float v500 = ((0x1.99999ap-4f) * v499);
    const float v501 = (v498 + v500);
    b150[i56] = v501;
    const float v502 = b151[i56];
    const float v503 = ((0x1.ff7ceep-1f) * v502);
    const float v504 = ((0x1.0624dep-10f) * v499);
    const float v505 = (v504 * v499);
    const float v506 = (v503 + v505);
    b152[i56] = v506;
    const float v507 = b153[i56];
    const float v508 = (v507 * (0x1.fff2e4p-1f));
    const float v509 = (v501 / v30);
    const float v510 = ((0x1.0624dep-9f) * v509);
    const float v511 = (v506 / v32);
    const float v512 = F64(sqrt, v511);
    const float v513 = (v512 + (0x1.5798eep-27f));
    const float v514 = (v510 / v513);
    const float v515 = (v508 - v514);
    const float v516 = (v515 - v507);
    const float v517 = (v28 * v516);
    const float v518 = (v507 + v517);
    b154[i56] = v518;
    const float v519 = b155[i56];
    const float v520 = ((0x1.ccccccp-1f) * v519);
    const float v521 = b156[i56];
    const float v522 = ((0x1.99999ap-4f) * v521);
    const float v523 = (v520 + v522);
    b157[i56] = v523;
    const float v524 = b158[i56];
    const float v525 = ((0x1.ff7ceep-1f) * v524);
    const float v526 = ((0x1.0624dep-10f) * v521);
    const float v527 = (v526 * v521);
    const float v528 = (v525 + v527);
    b159[i56] = v528;
    const float v529 = b160[i56];
    const float v530 = (v529 * (0x1.fff2e4p-1f));
    const float v531 = (v523 / v30);
    const float v532 = ((0x1.0624dep-9f) * v531);
    const float v533 = (v528 / v32);
    const float v534 = F64(sqrt, v533);
    const float v535 = (v534 + (0x1.5798eep-27f));
    const float v536 = (v532 / v535);
    const float v537 = (v530 - v536);
    const float v538 = (v537 - v529);
    const float v539 = (v28 * v538);
    const float v540 = (v529 + v539);
    b161[i56] = v540;
  } else if (gid < 4288) {
    const int i541 = gid - 3200;
    const float v542 = b162[i541];
    const float v543 = ((0x1.ccccccp-1f) * v542);
    const float v544 = b163[i541];
    const float v545 = ((0x1.99999ap-4f) * v544);
    const float v546 = (v543 + v545);
    b164[i541] = v546;
    const float v547 = b165[i541];
    const float v548 = ((0x1.ff7ceep-1f) * v547);
    const float v549 = ((0x1.0624dep-10f) * v544);
    const float v550 = (v549 * v544);
    const float v551 = (v548 + v550);
    b166[i541] = v551;
    const float v552 = b167[i541];
    const float v553 = (v552 * (0x1.fff2e4p-1f));
    const float v554 = (v546 / v30);
    const float v555 = ((0x1.0624dep-9f) * v554);
    const float v556 = (v551 / v32);
    const float v557 = F64(sqrt, v556);
    const float v558 = (v557 + (0x1.5798eep-27f));
    const float v559 = (v555 / v558);
    const float v560 = (v553 - v559);
    const float v561 = (v560 - v552);
    const float v562 = (v28 * v561);
    const float v563 = (v552 + v562);
    b168[i541] = v563;
  } else if (gid < 16576) {
    const int i564 = gid - 4288;
    const float v565 = b169[i564];
    const float v566 = ((0x1.ccccccp-1f) * v565);
    const float v567 = b170[i564];
    const float v568 = ((0x1.99999ap-4f) * v567);
    const float v569 = (v566 + v568);
    b171[i564] = v569;
    const float v570 = b172[i564];
    const float v571 = ((0x1.ff7ceep-1f) * v570);
    const float v572 = ((0x1.0624dep-10f) * v567);
    const float v573 = (v572 * v567);
    const float v574 = (v571 + v573);
    b173[i564] = v574;
    const float v575 = b174[i564];
    const float v576 = (v575 * (0x1.fff2e4p-1f));
    const float v577 = (v569 / v30);
    const float v578 = ((0x1.0624dep-9f) * v577);
    const float v579 = (v574 / v32);
    const float v580 = F64(sqrt, v579);
    const float v581 = (v580 + (0x1.5798eep-27f));
    const float v582 = (v578 / v581);
    const float v583 = (v576 - v582);
    const float v584 = (v583 - v575);
    const float v585 = (v28 * v584);
    const float v586 = (v575 + v585);
    b175[i564] = v586;
    const float v587 = b176[i564];
    const float v588 = ((0x1.ccccccp-1f) * v587);
    const float v589 = b177[i564];
    const float v590 = ((0x1.99999ap-4f) * v589);
    const float v591 = (v588 + v590);
    b178[i564] = v591;
    const float v592 = b179[i564];
    const float v593 = ((0x1.ff7ceep-1f) * v592);
    const float v594 = ((0x1.0624dep-10f) * v589);
    const float v595 = (v594 * v589);
    const float v596 = (v593 + v595);
    b180[i564] = v596;
    const float v597 = b181[i564];
    const float v598 = (v597 * (0x1.fff2e4p-1f));
    const float v599 = (v591 / v30);
    const float v600 = ((0x1.0624dep-9f) * v599);
    const float v601 = (v596 / v32);
    const float v602 = F64(sqrt, v601);
    const float v603 = (v602 + (0x1.5798eep-27f));
    const float v604 = (v600 / v603);
    const float v605 = (v598 - v604);
    const float v606 = (v605 - v597);
    const float v607 = (v28 * v606);
    const float v608 = (v597 + v607);
    b182[i564] = v608;
    const float v609 = b183[i564];
    const float v610 = ((0x1.ccccccp-1f) * v609);
    const float v611 = b184[i564];
    const float v612 = ((0x1.99999ap-4f) * v611);
    const float v613 = (v610 + v612);
    b185[i564] = v613;
    const float v614 = b186[i564];
    const float v615 = ((0x1.ff7ceep-1f) * v614);
    const float v616 = ((0x1.0624dep-10f) * v611);
    const float v617 = (v616 * v611);
    const float v618 = (v615 + v617);
    b187[i564] = v618;
    const float v619 = b188[i564];
    const float v620 = (v619 * (0x1.fff2e4p-1f));
    const float v621 = (v613 / v30);
    const float v622 = ((0x1.0624dep-9f) * v621);
    const float v623 = (v618 / v32);
    const float v624 = F64(sqrt, v623);
    const float v625 = (v624 + (0x1.5798eep-27f));
    const float v626 = (v622 / v625);
    const float v627 = (v620 - v626);
    const float v628 = (v627 - v619);
    const float v629 = (v28 * v628);
    const float v630 = (v619 + v629);
    b189[i564] = v630;
  } else if (gid < 16768) {
    const int i631 = gid - 16576;
    const float v632 = b190[i631];
    const float v633 = ((0x1.ccccccp-1f) * v632);
    const float v634 = b191[i631];
    const float v635 = ((0x1.99999ap-4f) * v634);
    const float v636 = (v633 + v635);
    b192[i631] = v636;
    const float v637 = b193[i631];
    const float v638 = ((0x1.ff7ceep-1f) * v637);
    const float v639 = ((0x1.0624dep-10f) * v634);
    const float v640 = (v639 * v634);
    const float v641 = (v638 + v640);
    b194[i631] = v641;
    const float v642 = b195[i631];
    const float v643 = (v642 * (0x1.fff2e4p-1f));
    const float v644 = (v636 / v30);
    const float v645 = ((0x1.0624dep-9f) * v644);
    const float v646 = (v641 / v32);
    const float v647 = F64(sqrt, v646);
    const float v648 = (v647 + (0x1.5798eep-27f));
    const float v649 = (v645 / v648);
    const float v650 = (v643 - v649);
    const float v651 = (v650 - v642);
    const float v652 = (v28 * v651);
    const float v653 = (v642 + v652);
    b196[i631] = v653;
    const float v654 = b197[i631];
    const float v655 = ((0x1.ccccccp-1f) * v654);
    const float v656 = b198[i631];
    const float v657 = ((0x1.99999ap-4f) * v656);
    const float v658 = (v655 + v657);
    b199[i631] = v658;
    const float v659 = b200[i631];
    const float v660 = ((0x1.ff7ceep-1f) * v659);
    const float v661 = ((0x1.0624dep-10f) * v656);
    const float v662 = (v661 * v656);
    const float v663 = (v660 + v662);
    b201[i631] = v663;
    const float v664 = b202[i631];
    const float v665 = (v664 * (0x1.fff2e4p-1f));
    const float v666 = (v658 / v30);
    const float v667 = ((0x1.0624dep-9f) * v666);
    const float v668 = (v663 / v32);
    const float v669 = F64(sqrt, v668);
    const float v670 = (v669 + (0x1.5798eep-27f));
    const float v671 = (v667 / v670);
    const float v672 = (v665 - v671);
    const float v673 = (v672 - v664);
    const float v674 = (v28 * v673);
    const float v675 = (v664 + v674);
    b203[i631] = v675;
    const float v676 = b204[i631];
    const float v677 = ((0x1.ccccccp-1f) * v676);
    const float v678 = b205[i631];
    const float v679 = ((0x1.99999ap-4f) * v678);
    const float v680 = (v677 + v679);
    b206[i631] = v680;
    const float v681 = b207[i631];
    const float v682 = ((0x1.ff7ceep-1f) * v681);
    const float v683 = ((0x1.0624dep-10f) * v678);
    const float v684 = (v683 * v678);
    const float v685 = (v682 + v684);
    b208[i631] = v685;
    const float v686 = b209[i631];
    const float v687 = (v686 * (0x1.fff2e4p-1f));
    const float v688 = (v680 / v30);
    const float v689 = ((0x1.0624dep-9f) * v688);
    const float v690 = (v685 / v32);
    const float v691 = F64(sqrt, v690);
    const float v692 = (v691 + (0x1.5798eep-27f));
    const float v693 = (v689 / v692);
    const float v694 = (v687 - v693);
    const float v695 = (v694 - v686);
    const float v696 = (v28 * v695);
    const float v697 = (v686 + v696);
    b210[i631] = v697;
  } else if (gid < 20864) {
    const int i698 = gid - 16768;
    const float v699 = b211[i698];
    const float v700 = ((0x1.ccccccp-1f) * v699);
    const float v701 = b212[i698];
    const float v702 = ((0x1.99999ap-4f) * v701);
    const float v703 = (v700 + v702);
    b213[i698] = v703;
    const float v704 = b214[i698];
    const float v705 = ((0x1.ff7ceep-1f) * v704);
    const float v706 = ((0x1.0624dep-10f) * v701);
    const float v707 = (v706 * v701);
    const float v708 = (v705 + v707);
    b215[i698] = v708;
    const float v709 = b216[i698];
    const float v710 = (v709 * (0x1.fff2e4p-1f));
    const float v711 = (v703 / v30);
    const float v712 = ((0x1.0624dep-9f) * v711);
    const float v713 = (v708 / v32);
    const float v714 = F64(sqrt, v713);
    const float v715 = (v714 + (0x1.5798eep-27f));
    const float v716 = (v712 / v715);
    const float v717 = (v710 - v716);
    const float v718 = (v717 - v709);
    const float v719 = (v28 * v718);
    const float v720 = (v709 + v719);
    b217[i698] = v720;
    const float v721 = b218[i698];
    const float v722 = ((0x1.ccccccp-1f) * v721);
    const float v723 = b219[i698];
    const float v724 = ((0x1.99999ap-4f) * v723);
    const float v725 = (v722 + v724);
    b220[i698] = v725;
    const float v726 = b221[i698];
    const float v727 = ((0x1.ff7ceep-1f) * v726);
    const float v728 = ((0x1.0624dep-10f) * v723);
    const float v729 = (v728 * v723);
    const float v730 = (v727 + v729);
    b222[i698] = v730;
    const float v731 = b223[i698];
    const float v732 = (v731 * (0x1.fff2e4p-1f));
    const float v733 = (v725 / v30);
    const float v734 = ((0x1.0624dep-9f) * v733);
    const float v735 = (v730 / v32);
    const float v736 = F64(sqrt, v735);
    const float v737 = (v736 + (0x1.5798eep-27f));
    const float v738 = (v734 / v737);
    const float v739 = (v732 - v738);
    const float v740 = (v739 - v731);
    const float v741 = (v28 * v740);
    const float v742 = (v731 + v741);
    b224[i698] = v742;
    const float v743 = b225[i698];
    const float v744 = ((0x1.ccccccp-1f) * v743);
    const float v745 = b226[i698];
    const float v746 = ((0x1.99999ap-4f) * v745);
    const float v747 = (v744 + v746);
    b227[i698] = v747;
    const float v748 = b228[i698];
    const float v749 = ((0x1.ff7ceep-1f) * v748);
    const float v750 = ((0x1.0624dep-10f) * v745);
    const float v751 = (v750 * v745);
    const float v752 = (v749 + v751);
    b229[i698] = v752;
    const float v753 = b230[i698];
    const float v754 = (v753 * (0x1.fff2e4p-1f));
    const float v755 = (v747 / v30);
    const float v756 = ((0x1.0624dep-9f) * v755);
    const float v757 = (v752 / v32);
    const float v758 = F64(sqrt, v757);
    const float v759 = (v758 + (0x1.5798eep-27f));
    const float v760 = (v756 / v759);
    const float v761 = (v754 - v760);
    const float v762 = (v761 - v753);
    const float v763 = (v28 * v762);
    const float v764 = (v753 + v763);
    b231[i698] = v764;
  } else if (gid < 29056) {
    const int i765 = gid - 20864;
    const float v766 = b232[i765];
    const float v767 = ((0x1.ccccccp-1f) * v766);
    const float v768 = b233[i765];
    const float v769 = ((0x1.99999ap-4f) * v768);
    const float v770 = (v767 + v769);
    b234[i765] = v770;
    const float v771 = b235[i765];
    const float v772 = ((0x1.ff7ceep-1f) * v771);
    const float v773 = ((0x1.0624dep-10f) * v768);
    const float v774 = (v773 * v768);
    const float v775 = (v772 + v774);
    b236[i765] = v775;
    const float v776 = b237[i765];
    const float v777 = (v776 * (0x1.fff2e4p-1f));
    const float v778 = (v770 / v30);
    const float v779 = ((0x1.0624dep-9f) * v778);
    const float v780 = (v775 / v32);
    const float v781 = F64(sqrt, v780);
    const float v782 = (v781 + (0x1.5798eep-27f));
    const float v783 = (v779 / v782);
    const float v784 = (v777 - v783);
    const float v785 = (v784 - v776);
    const float v786 = (v28 * v785);
    const float v787 = (v776 + v786);
    b238[i765] = v787;
    const float v788 = b239[i765];
    const float v789 = ((0x1.ccccccp-1f) * v788);
    const float v790 = b240[i765];
    const float v791 = ((0x1.99999ap-4f) * v790);
    const float v792 = (v789 + v791);
    b241[i765] = v792;
    const float v793 = b242[i765];
    const float v794 = ((0x1.ff7ceep-1f) * v793);
    const float v795 = ((0x1.0624dep-10f) * v790);
    const float v796 = (v795 * v790);
    const float v797 = (v794 + v796);
    b243[i765] = v797;
    const float v798 = b244[i765];
    const float v799 = (v798 * (0x1.fff2e4p-1f));
    const float v800 = (v792 / v30);
    const float v801 = ((0x1.0624dep-9f) * v800);
    const float v802 = (v797 / v32);
    const float v803 = F64(sqrt, v802);
    const float v804 = (v803 + (0x1.5798eep-27f));
    const float v805 = (v801 / v804);
    const float v806 = (v799 - v805);
    const float v807 = (v806 - v798);
    const float v808 = (v28 * v807);
    const float v809 = (v798 + v808);
    b245[i765] = v809;
    const float v810 = b246[i765];
    const float v811 = ((0x1.ccccccp-1f) * v810);
    const float v812 = b247[i765];
    const float v813 = ((0x1.99999ap-4f) * v812);
    const float v814 = (v811 + v813);
    b248[i765] = v814;
    const float v815 = b249[i765];
    const float v816 = ((0x1.ff7ceep-1f) * v815);
    const float v817 = ((0x1.0624dep-10f) * v812);
    const float v818 = (v817 * v812);
    const float v819 = (v816 + v818);
    b250[i765] = v819;
    const float v820 = b251[i765];
    const float v821 = (v820 * (0x1.fff2e4p-1f));
    const float v822 = (v814 / v30);
    const float v823 = ((0x1.0624dep-9f) * v822);
    const float v824 = (v819 / v32);
    const float v825 = F64(sqrt, v824);
    const float v826 = (v825 + (0x1.5798eep-27f));
    const float v827 = (v823 / v826);
    const float v828 = (v821 - v827);
    const float v829 = (v828 - v820);
    const float v830 = (v28 * v829);
    const float v831 = (v820 + v830);
    b252[i765] = v831;
  } else if (gid < 29184) {
    const int i832 = gid - 29056;
    const float v833 = b253[i832];
    const float v834 = ((0x1.ccccccp-1f) * v833);
    const float v835 = b254[i832];
    const float v836 = ((0x1.99999ap-4f) * v835);
    const float v837 = (v834 + v836);
    b255[i832] = v837;
    const float v838 = b256[i832];
    const float v839 = ((0x1.ff7ceep-1f) * v838);
    const float v840 = ((0x1.0624dep-10f) * v835);
    const float v841 = (v840 * v835);
    const float v842 = (v839 + v841);
    b257[i832] = v842;
    const float v843 = b258[i832];
    const float v844 = (v843 * (0x1.fff2e4p-1f));
    const float v845 = (v837 / v30);
    const float v846 = ((0x1.0624dep-9f) * v845);
    const float v847 = (v842 / v32);
    const float v848 = F64(sqrt, v847);
    const float v849 = (v848 + (0x1.5798eep-27f));
    const float v850 = (v846 / v849);
    const float v851 = (v844 - v850);
    const float v852 = (v851 - v843);
    const float v853 = (v28 * v852);
    const float v854 = (v843 + v853);
    b259[i832] = v854;
    const float v855 = b260[i832];
    const float v856 = ((0x1.ccccccp-1f) * v855);
    const float v857 = b261[i832];
    const float v858 = ((0x1.99999ap-4f) * v857);
    const float v859 = (v856 + v858);
    b262[i832] = v859;
    const float v860 = b263[i832];
    const float v861 = ((0x1.ff7ceep-1f) * v860);
    const float v862 = ((0x1.0624dep-10f) * v857);
    const float v863 = (v862 * v857);
    const float v864 = (v861 + v863);
    b264[i832] = v864;
    const float v865 = b265[i832];
    const float v866 = (v865 * (0x1.fff2e4p-1f));
    const float v867 = (v859 / v30);
    const float v868 = ((0x1.0624dep-9f) * v867);
    const float v869 = (v864 / v32);
    const float v870 = F64(sqrt, v869);
    const float v871 = (v870 + (0x1.5798eep-27f));
    const float v872 = (v868 / v871);
    const float v873 = (v866 - v872);
    const float v874 = (v873 - v865);
    const float v875 = (v28 * v874);
    const float v876 = (v865 + v875);
    b266[i832] = v876;
    const float v877 = b267[i832];
    const float v878 = ((0x1.ccccccp-1f) * v877);
    const float v879 = b268[i832];
    const float v880 = ((0x1.99999ap-4f) * v879);
    const float v881 = (v878 + v880);
    b269[i832] = v881;
    const float v882 = b270[i832];
    const float v883 = ((0x1.ff7ceep-1f) * v882);
    const float v884 = ((0x1.0624dep-10f) * v879);
    const float v885 = (v884 * v879);
    const float v886 = (v883 + v885);
    b271[i832] = v886;
    const float v887 = b272[i832];
    const float v888 = (v887 * (0x1.fff2e4p-1f));
    const float v889 = (v881 / v30);
    const float v890 = ((0x1.0624dep-9f) * v889);
    const float v891 = (v886 / v32);
    const float v892 = F64(sqrt, v891);
    const float v893 = (v892 + (0x1.5798eep-27f));
    const float v894 = (v890 / v893);
    const float v895 = (v888 - v894);
    const float v896 = (v895 - v887);
    const float v897 = (v28 * v896);
    const float v898 = (v887 + v897);
    b273[i832] = v898;
  } else if (gid < 37376) {
    const int i899 = gid - 29184;
    const float v900 = b274[i899];
    const float v901 = ((0x1.ccccccp-1f) * v900);
    const float v902 = b275[i899];
    const float v903 = ((0x1.99999ap-4f) * v902);
    const float v904 = (v901 + v903);
    b276[i899] = v904;
    const float v905 = b277[i899];
    const float v906 = ((0x1.ff7ceep-1f) * v905);
    const float v907 = ((0x1.0624dep-10f) * v902);
    const float v908 = (v907 * v902);
    const float v909 = (v906 + v908);
    b278[i899] = v909;
    const float v910 = b279[i899];
    const float v911 = (v910 * (0x1.fff2e4p-1f));
    const float v912 = (v904 / v30);
    const float v913 = ((0x1.0624dep-9f) * v912);
    const float v914 = (v909 / v32);
    const float v915 = F64(sqrt, v914);
    const float v916 = (v915 + (0x1.5798eep-27f));
    const float v917 = (v913 / v916);
    const float v918 = (v911 - v917);
    const float v919 = (v918 - v910);
    const float v920 = (v28 * v919);
    const float v921 = (v910 + v920);
    b280[i899] = v921;
    const float v922 = b281[i899];
    const float v923 = ((0x1.ccccccp-1f) * v922);
    const float v924 = b282[i899];
    const float v925 = ((0x1.99999ap-4f) * v924);
    const float v926 = (v923 + v925);
    b283[i899] = v926;
    const float v927 = b284[i899];
    const float v928 = ((0x1.ff7ceep-1f) * v927);
    const float v929 = ((0x1.0624dep-10f) * v924);
    const float v930 = (v929 * v924);
    const float v931 = (v928 + v930);
    b285[i899] = v931;
    const float v932 = b286[i899];
    const float v933 = (v932 * (0x1.fff2e4p-1f));
    const float v934 = (v926 / v30);
    const float v935 = ((0x1.0624dep-9f) * v934);
    const float v936 = (v931 / v32);
    const float v937 = F64(sqrt, v936);
    const float v938 = (v937 + (0x1.5798eep-27f));
    const float v939 = (v935 / v938);
    const float v940 = (v933 - v939);
    const float v941 = (v940 - v932);
    const float v942 = (v28 * v941);
    const float v943 = (v932 + v942);
    b287[i899] = v943;
    const float v944 = b288[i899];
    const float v945 = ((0x1.ccccccp-1f) * v944);
    const float v946 = b289[i899];
    const float v947 = ((0x1.99999ap-4f) * v946);
    const float v948 = (v945 + v947);
    b290[i899] = v948;
    const float v949 = b291[i899];
    const float v950 = ((0x1.ff7ceep-1f) * v949);
    const float v951 = ((0x1.0624dep-10f) * v946);
    const float v952 = (v951 * v946);
    const float v953 = (v950 + v952);
    b292[i899] = v953;
    const float v954 = b293[i899];
    const float v955 = (v954 * (0x1.fff2e4p-1f));
    const float v956 = (v948 / v30);
    const float v957 = ((0x1.0624dep-9f) * v956);
    const float v958 = (v953 / v32);
    const float v959 = F64(sqrt, v958);
    const float v960 = (v959 + (0x1.5798eep-27f));
    const float v961 = (v957 / v960);
    const float v962 = (v955 - v961);
    const float v963 = (v962 - v954);
    const float v964 = (v28 * v963);
    const float v965 = (v954 + v964);
    b294[i899] = v965;
  } else if (gid < 38016) {
    const int i966 = gid - 37376;
    const float v967 = b295[i966];
    const float v968 = ((0x1.ccccccp-1f) * v967);
    const float v969 = b296[i966];
    const float v970 = ((0x1.99999ap-4f) * v969);
    const float v971 = (v968 + v970);
    b297[i966] = v971;
    const float v972 = b298[i966];
    const float v973 = ((0x1.ff7ceep-1f) * v972);
    const float v974 = ((0x1.0624dep-10f) * v969);
    const float v975 = (v974 * v969);
    const float v976 = (v973 + v975);
    b299[i966] = v976;
    const float v977 = b300[i966];
    const float v978 = (v977 * (0x1.fff2e4p-1f));
    const float v979 = (v971 / v30);
    const float v980 = ((0x1.0624dep-9f) * v979);
    const float v981 = (v976 / v32);
    const float v982 = F64(sqrt, v981);
    const float v983 = (v982 + (0x1.5798eep-27f));
    const float v984 = (v980 / v983);
    const float v985 = (v978 - v984);
    const float v986 = (v985 - v977);
    const float v987 = (v28 * v986);
    const float v988 = (v977 + v987);
    b301[i966] = v988;
  } else if (gid < 38026) {
    const int i989 = gid - 38016;
    const float v990 = b302[i989];
    const float v991 = ((0x1.ccccccp-1f) * v990);
    const float v992 = b303[i989];
    const float v993 = ((0x1.99999ap-4f) * v992);
    const float v994 = (v991 + v993);
    b304[i989] = v994;
    const float v995 = b305[i989];
    const float v996 = ((0x1.ff7ceep-1f) * v995);
    const float v997 = ((0x1.0624dep-10f) * v992);
    const float v998 = (v997 * v992);
    const float v999 = (v996 + v998);
    b306[i989] = v999;
    const float v1000 = b307[i989];
    const float v1001 = (v1000 * (0x1.fff2e4p-1f));
    const float v1002 = (v994 / v30);
    const float v1003 = ((0x1.0624dep-9f) * v1002);
    const float v1004 = (v999 / v32);
    const float v1005 = F64(sqrt, v1004);
    const float v1006 = (v1005 + (0x1.5798eep-27f));
    const float v1007 = (v1003 / v1006);
    const float v1008 = (v1001 - v1007);
    const float v1009 = (v1008 - v1000);
    const float v1010 = (v28 * v1009);
    const float v1011 = (v1000 + v1010);
    b308[i989] = v1011;
  }
}
