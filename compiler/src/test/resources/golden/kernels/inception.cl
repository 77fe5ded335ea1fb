// MiniGoogLeNet: kernels of one training step: 94 OpenCL kernels for 125 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: conv2d -> f32[B, 32, 28, 28]
k2.cl: launch 2: elementwise add max ge -> f32[B, 32, 28, 28] bool[B, 32, 28, 28]
k3.cl: launch 3: max_pool2d -> f32[B, 32, 14, 14]
k4.cl: launch 4: conv2d -> f32[B, 16, 14, 14]
k5.cl: launch 5: elementwise add max ge -> f32[B, 16, 14, 14] bool[B, 16, 14, 14]
k6.cl: launch 8: conv2d -> f32[B, 32, 14, 14]
k7.cl: launch 9: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
k8.cl: launch 10: conv2d -> f32[B, 8, 14, 14]
k9.cl: launch 11: elementwise add max ge -> f32[B, 8, 14, 14] bool[B, 8, 14, 14]
k10.cl: launch 12: conv2d -> f32[B, 8, 14, 14]
k11.cl: launch 14: max_pool2d -> f32[B, 32, 14, 14]
k12.cl: launch 17: elementwise reshape -> f32[64*B, 1, 14, 14]
k13.cl: launch 18: elementwise -> f32[1, 1, 2, 2]
k14.cl: launch 19: conv2d -> f32[64*B, 1, 7, 7]
k15.cl: launch 20: elementwise reshape -> f32[B, 3136]
k16.cl: launch 21: matmul b' -> f32[B, 10]
k17.cl: launch 22: elementwise add -> f32[B, 10]
k18.cl: launch 23: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k19.cl: launch 24: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k20.cl: launch 25: reduction of sum div neg mul -> f32[]
k21.cl: launch 27: max_pool2d -> f32[B, 64, 7, 7]
k22.cl: launch 28: conv2d -> f32[B, 32, 7, 7]
k23.cl: launch 29: elementwise add max ge -> f32[B, 32, 7, 7] bool[B, 32, 7, 7]
k24.cl: launch 32: conv2d -> f32[B, 48, 7, 7]
k25.cl: launch 33: elementwise add max ge -> f32[B, 48, 7, 7] bool[B, 48, 7, 7]
k26.cl: launch 34: conv2d -> f32[B, 8, 7, 7]
k27.cl: launch 35: elementwise add max ge -> f32[B, 8, 7, 7] bool[B, 8, 7, 7]
k28.cl: launch 36: conv2d -> f32[B, 16, 7, 7]
k29.cl: launch 37: elementwise add max ge -> f32[B, 16, 7, 7] bool[B, 16, 7, 7]
k30.cl: launch 38: max_pool2d -> f32[B, 64, 7, 7]
k31.cl: launch 39: conv2d -> f32[B, 16, 7, 7]
k32.cl: launch 41: reduction of concat sum div -> f32[B, 112]
k33.cl: launch 42: matmul b' -> f32[B, 10]
k34.cl: launch 45: reduction of reshape select sum -> f32[B, 1]
k35.cl: launch 46: reduction of sum div sub -> f32[]
k36.cl: launch 47: elementwise div -> f32[]
k37.cl: launch 48: elementwise broadcast select -> f32[B, 1, 10]
k38.cl: launch 49: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k39.cl: launch 50: matmul -> f32[B, 3136]
k40.cl: launch 52: conv2d_input_grad -> f32[64*B, 1, 14, 14]
k41.cl: launch 53: elementwise div -> f32[]
k42.cl: launch 56: matmul -> f32[B, 112]
k43.cl: launch 57: elementwise div -> f32[B, 112]
k44.cl: launch 58: elementwise slice select -> f32[B, 16, 7, 7]
k45.cl: launch 59: conv2d_input_grad -> f32[B, 64, 7, 7]
k46.cl: launch 60: max_pool2d_scatter -> f32[B, 64, 7, 7]
k47.cl: launch 61: elementwise slice select -> f32[B, 16, 7, 7]
k48.cl: launch 62: conv2d_input_grad -> f32[B, 8, 7, 7]
k49.cl: launch 63: elementwise select -> f32[B, 8, 7, 7]
k50.cl: launch 64: conv2d_input_grad -> f32[B, 64, 7, 7]
k51.cl: launch 65: elementwise add -> f32[B, 64, 7, 7]
k52.cl: launch 66: elementwise slice select -> f32[B, 48, 7, 7]
k53.cl: launch 67: conv2d_input_grad -> f32[B, 32, 7, 7]
k54.cl: launch 68: elementwise select -> f32[B, 32, 7, 7]
k55.cl: launch 69: conv2d_input_grad -> f32[B, 64, 7, 7]
k56.cl: launch 71: elementwise slice select -> f32[B, 32, 7, 7]
k57.cl: launch 74: max_pool2d_scatter -> f32[B, 64, 14, 14]
k58.cl: launch 75: elementwise add -> f32[B, 64, 14, 14]
k59.cl: launch 76: elementwise slice select -> f32[B, 8, 14, 14]
k60.cl: launch 77: conv2d_input_grad -> f32[B, 32, 14, 14]
k61.cl: launch 78: max_pool2d_scatter -> f32[B, 32, 14, 14]
k62.cl: launch 79: elementwise slice select -> f32[B, 8, 14, 14]
k63.cl: launch 80: conv2d_input_grad -> f32[B, 8, 14, 14]
k64.cl: launch 83: elementwise add -> f32[B, 32, 14, 14]
k65.cl: launch 84: elementwise slice select -> f32[B, 32, 14, 14]
k66.cl: launch 85: conv2d_input_grad -> f32[B, 16, 14, 14]
k67.cl: launch 86: elementwise select -> f32[B, 16, 14, 14]
k68.cl: launch 87: conv2d_input_grad -> f32[B, 32, 14, 14]
k69.cl: launch 89: elementwise slice select -> f32[B, 16, 14, 14]
k70.cl: launch 92: max_pool2d_scatter -> f32[B, 32, 28, 28]
k71.cl: launch 93: elementwise select -> f32[B, 32, 28, 28]
k72.cl: launch 94: conv2d_weight_grad -> f32[32, 1, 3, 3]
k73.cl: launch 95: reduction of sum -> f32[32]
k74.cl: launch 96: conv2d_weight_grad -> f32[16, 32, 1, 1]
k75.cl: launch 97: reduction of sum -> f32[16]
k76.cl: launch 100: conv2d_weight_grad -> f32[32, 16, 3, 3]
k77.cl: launch 101: reduction of sum -> f32[32]
k78.cl: launch 102: conv2d_weight_grad -> f32[8, 32, 1, 1]
k79.cl: launch 103: reduction of sum -> f32[8]
k80.cl: launch 104: conv2d_weight_grad -> f32[8, 8, 5, 5]
k81.cl: launch 108: conv2d_weight_grad -> f32[32, 64, 1, 1]
k82.cl: launch 109: reduction of sum -> f32[32]
k83.cl: launch 112: conv2d_weight_grad -> f32[48, 32, 3, 3]
k84.cl: launch 113: reduction of sum -> f32[48]
k85.cl: launch 114: conv2d_weight_grad -> f32[8, 64, 1, 1]
k86.cl: launch 115: reduction of sum -> f32[8]
k87.cl: launch 116: conv2d_weight_grad -> f32[16, 8, 5, 5]
k88.cl: launch 117: reduction of sum -> f32[16]
k89.cl: launch 118: conv2d_weight_grad -> f32[16, 64, 1, 1]
k90.cl: launch 120: matmul a' -> f32[10, 3136]
k91.cl: launch 121: reduction of sum -> f32[10]
k92.cl: launch 122: matmul a' -> f32[10, 112]
k93.cl: launch 124: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[32, 16, 3, 3] f32[32, 16, 3, 3] f32[32, 16, 3, 3] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8, 8, 5, 5] f32[8, 8, 5, 5] f32[8, 8, 5, 5] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[48, 32, 3, 3] f32[48, 32, 3, 3] f32[48, 32, 3, 3] f32[48] f32[48] f32[48] f32[8, 64, 1, 1] f32[8, 64, 1, 1] f32[8, 64, 1, 1] f32[16, 8, 5, 5] f32[16, 8, 5, 5] f32[16, 8, 5, 5] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[10, 3136] f32[10, 3136] f32[10, 3136] f32[10] f32[10] f32[10] f32[10] f32[10] f32[10] f32[10, 112] f32[10, 112] f32[10, 112]

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

// launch 1: conv2d -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
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
      for (int kk = lid / 64; kk < 16; kk += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k2.cl

// launch 2: elementwise add max ge -> f32[B, 32, 28, 28] bool[B, 32, 28, 28]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k3.cl

// launch 3: max_pool2d -> f32[B, 32, 14, 14]
__kernel void k3(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k4.cl

// launch 4: conv2d -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k4(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
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
      for (int kk = lid / 64; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k5.cl

// launch 5: elementwise add max ge -> f32[B, 16, 14, 14] bool[B, 16, 14, 14]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k6.cl

// launch 8: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k6(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
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
      for (int kk = lid / 64; kk < 16; kk += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k7.cl

// launch 9: elementwise add max ge -> f32[B, 32, 14, 14] bool[B, 32, 14, 14]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k8.cl

// launch 10: conv2d -> f32[B, 8, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k8(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 32; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k9.cl

// launch 11: elementwise add max ge -> f32[B, 8, 14, 14] bool[B, 8, 14, 14]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 8;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k10.cl

// launch 12: conv2d -> f32[B, 8, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k10(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 32; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k11.cl

// launch 14: max_pool2d -> f32[B, 32, 14, 14]
__kernel void k11(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k12.cl

// launch 17: elementwise reshape -> f32[64*B, 1, 14, 14]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 196;
    const int x3 = x2 % 64;
    float v4;
    if (x3 < 16) {
      const int x5 = i1 / 12544;
      const int x6 = x5 * 16;
      const int x7 = x6 + x3;
      const int x8 = x7 * 14;
      const int x9 = i1 / 14;
      const int x10 = x9 % 14;
      const int x11 = x8 + x10;
      const int x12 = x11 * 14;
      const int x13 = i1 % 14;
      const int x14 = x12 + x13;
      const float v15 = b0[x14];
      v4 = v15;
    } else if (x3 < 48) {
      const int x16 = i1 / 12544;
      const int x17 = x16 * 32;
      const int x18 = x3 - 16;
      const int x19 = x17 + x18;
      const int x20 = x19 * 14;
      const int x21 = i1 / 14;
      const int x22 = x21 % 14;
      const int x23 = x20 + x22;
      const int x24 = x23 * 14;
      const int x25 = i1 % 14;
      const int x26 = x24 + x25;
      const float v27 = b1[x26];
      v4 = v27;
    } else if (x3 < 56) {
      const int x28 = i1 / 12544;
      const int x29 = x28 * 8;
      const int x30 = x3 - 48;
      const int x31 = x29 + x30;
      const int x32 = x31 * 14;
      const int x33 = i1 / 14;
      const int x34 = x33 % 14;
      const int x35 = x32 + x34;
      const int x36 = x35 * 14;
      const int x37 = i1 % 14;
      const int x38 = x36 + x37;
      const float v39 = b2[x38];
      v4 = v39;
    } else {
      const int x40 = i1 / 12544;
      const int x41 = x40 * 8;
      const int x42 = x3 - 56;
      const int x43 = x41 + x42;
      const int x44 = x43 * 14;
      const int x45 = i1 / 14;
      const int x46 = x45 % 14;
      const int x47 = x44 + x46;
      const int x48 = x47 * 14;
      const int x49 = i1 % 14;
      const int x50 = x48 + x49;
      const float v51 = b3[x50];
      v4 = v51;
    }
    b4[i1] = v4;
  }
}

// ---- k13.cl

// launch 18: elementwise -> f32[1, 1, 2, 2]
__kernel void k13(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4) {
    const int i0 = gid - 0;
    b0[i0] = (0x1.0p-2f);
  }
}

// ---- k14.cl

// launch 19: conv2d -> f32[64*B, 1, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k14(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[12], C = 1, H = 14, W = 14, O = 1, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  acc_t4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 16; kk < 16; kk += 1) {
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
      for (int r = 0; r < 1; r++) acc[r] += nnc_acc4(As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k15.cl

// launch 20: elementwise reshape -> f32[B, 3136]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k16.cl

// launch 21: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k16(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 3136;
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

// ---- k17.cl

// launch 22: elementwise add -> f32[B, 10]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 10;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k18.cl

// launch 23: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k19.cl

// launch 24: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k19(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k20.cl

// launch 25: reduction of sum div neg mul -> f32[]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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
  const float v6 = ((0x1.333334p-2f) * v5);
  b1[o] = v6;
}

// ---- k21.cl

// launch 27: max_pool2d -> f32[B, 64, 7, 7]
__kernel void k21(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k22.cl

// launch 28: conv2d -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k22(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
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
      for (int kk = lid / 64; kk < 16; kk += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k23.cl

// launch 29: elementwise add max ge -> f32[B, 32, 7, 7] bool[B, 32, 7, 7]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k24.cl

// launch 32: conv2d -> f32[B, 48, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k24(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 48, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k25.cl

// launch 33: elementwise add max ge -> f32[B, 48, 7, 7] bool[B, 48, 7, 7]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 48;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k26.cl

// launch 34: conv2d -> f32[B, 8, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k26(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 8, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[(grp * og + m) * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
      const int n = n0 + nn;
      const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); const int iy0 = oy * SH - PH, ix0 = ox * SW - PW, base = (img * C + grp * cg) * H * W;
      for (int kk = lid / 32; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k27.cl

// launch 35: elementwise add max ge -> f32[B, 8, 7, 7] bool[B, 8, 7, 7]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 8;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k28.cl

// launch 36: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k28(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
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
      for (int kk = lid / 64; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k29.cl

// launch 37: elementwise add max ge -> f32[B, 16, 7, 7] bool[B, 16, 7, 7]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k30.cl

// launch 38: max_pool2d -> f32[B, 64, 7, 7]
__kernel void k30(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k31.cl

// launch 39: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k31(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = NB * OH * OW, K = cg * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
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
      for (int kk = lid / 64; kk < 16; kk += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ox = n % OW, oy = n / OW % OH, img = n / (OW * OH); y[((img * O + grp * og + m) * OH + oy) * OW + ox] = v; }
    }
  }
}

// ---- k32.cl

// launch 41: reduction of concat sum div -> f32[B, 112]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[20];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 49;
  for (int j = 0; j < count; j++) {
    const int x1 = o % 112;
    float v2;
    if (x1 < 32) {
      const int x3 = o / 112;
      const int x4 = x3 * 32;
      const int x5 = x4 + x1;
      const int x6 = x5 * 7;
      const int x7 = j / 7;
      const int x8 = x6 + x7;
      const int x9 = x8 * 7;
      const int x10 = j % 7;
      const int x11 = x9 + x10;
      const float v12 = b0[x11];
      v2 = v12;
    } else if (x1 < 80) {
      const int x13 = o / 112;
      const int x14 = x13 * 48;
      const int x15 = x1 - 32;
      const int x16 = x14 + x15;
      const int x17 = x16 * 7;
      const int x18 = j / 7;
      const int x19 = x17 + x18;
      const int x20 = x19 * 7;
      const int x21 = j % 7;
      const int x22 = x20 + x21;
      const float v23 = b1[x22];
      v2 = v23;
    } else if (x1 < 96) {
      const int x24 = o / 112;
      const int x25 = x24 * 16;
      const int x26 = x1 - 80;
      const int x27 = x25 + x26;
      const int x28 = x27 * 7;
      const int x29 = j / 7;
      const int x30 = x28 + x29;
      const int x31 = x30 * 7;
      const int x32 = j % 7;
      const int x33 = x31 + x32;
      const float v34 = b2[x33];
      v2 = v34;
    } else {
      const int x35 = o / 112;
      const int x36 = x35 * 16;
      const int x37 = x1 - 96;
      const int x38 = x36 + x37;
      const int x39 = x38 * 7;
      const int x40 = j / 7;
      const int x41 = x39 + x40;
      const int x42 = x41 * 7;
      const int x43 = j % 7;
      const int x44 = x42 + x43;
      const float v45 = b3[x44];
      v2 = v45;
    }
    acc += (acc_t) v2;
  }
  const float r46 = (float) acc;
  const float v47 = (r46 / 49.0f);
  b4[o] = v47;
}

// ---- k33.cl

// launch 42: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k33(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 10, K = 112;
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

// ---- k34.cl

// launch 45: reduction of reshape select sum -> f32[B, 1]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
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

// ---- k35.cl

// launch 46: reduction of sum div sub -> f32[]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  const float v4 = (float) x0;
  const float v5 = (r2 / v4);
  const float v6 = (v3 - v5);
  b2[o] = v6;
}

// ---- k36.cl

// launch 47: elementwise div -> f32[]
__kernel void k36(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = ((-0x1.333334p-2f) / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k37.cl

// launch 48: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k38.cl

// launch 49: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k39.cl

// launch 50: matmul -> f32[B, 3136]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k39(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 3136, K = 10;
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

// ---- k40.cl

// launch 52: conv2d_input_grad -> f32[64*B, 1, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k40(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[12], C = 1, H = 14, W = 14, O = 1, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  acc_t4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 16; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 1; r++) acc[r] += nnc_acc4(As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k41.cl

// launch 53: elementwise div -> f32[]
__kernel void k41(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k42.cl

// launch 56: matmul -> f32[B, 112]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k42(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 112, K = 10;
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

// launch 57: elementwise div -> f32[B, 112]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 49.0f);
    b1[i1] = v3;
  }
}

// ---- k44.cl

// launch 58: elementwise slice select -> f32[B, 16, 7, 7]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 * 112;
    const int x5 = i1 / 49;
    const int x6 = x5 % 16;
    const int x7 = x6 + 96;
    const int x8 = x4 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 != 0.0f ? v9 : 0.0f);
    b2[i1] = v10;
  }
}

// ---- k45.cl

// launch 59: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k45(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
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
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
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
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k46.cl

// launch 60: max_pool2d_scatter -> f32[B, 64, 7, 7]
__kernel void k46(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k47.cl

// launch 61: elementwise slice select -> f32[B, 16, 7, 7]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 * 112;
    const int x5 = i1 / 49;
    const int x6 = x5 % 16;
    const int x7 = x6 + 80;
    const int x8 = x4 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 != 0.0f ? v9 : 0.0f);
    b2[i1] = v10;
  }
}

// ---- k48.cl

// launch 62: conv2d_input_grad -> f32[B, 8, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k48(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 32; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k49.cl

// launch 63: elementwise select -> f32[B, 8, 7, 7]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k50.cl

// launch 64: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k50(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 8, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
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
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
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
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k51.cl

// launch 65: elementwise add -> f32[B, 64, 7, 7]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k52.cl

// launch 66: elementwise slice select -> f32[B, 48, 7, 7]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 2352;
    const int x4 = x3 * 112;
    const int x5 = i1 / 49;
    const int x6 = x5 % 48;
    const int x7 = x6 + 32;
    const int x8 = x4 + x7;
    const float v9 = b1[x8];
    const float v10 = (v2 != 0.0f ? v9 : 0.0f);
    b2[i1] = v10;
  }
}

// ---- k53.cl

// launch 67: conv2d_input_grad -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k53(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 48, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k54.cl

// launch 68: elementwise select -> f32[B, 32, 7, 7]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k55.cl

// launch 69: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k55(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
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
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 4) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
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
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k56.cl

// launch 71: elementwise slice select -> f32[B, 32, 7, 7]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1568;
    const int x4 = x3 * 112;
    const int x5 = i1 / 49;
    const int x6 = x5 % 32;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 != 0.0f ? v8 : 0.0f);
    b2[i1] = v9;
  }
}

// ---- k57.cl

// launch 74: max_pool2d_scatter -> f32[B, 64, 14, 14]
__kernel void k57(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 64, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k58.cl

// launch 75: elementwise add -> f32[B, 64, 14, 14]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[11];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k59.cl

// launch 76: elementwise slice select -> f32[B, 8, 14, 14]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1568;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 8;
    const int x7 = x6 + 56;
    const int x8 = x4 + x7;
    const int x9 = x8 * 14;
    const int x10 = i1 / 14;
    const int x11 = x10 % 14;
    const int x12 = x9 + x11;
    const int x13 = x12 * 14;
    const int x14 = i1 % 14;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    const float v17 = (v2 != 0.0f ? v16 : 0.0f);
    b2[i1] = v17;
  }
}

// ---- k60.cl

// launch 77: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k60(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k61.cl

// launch 78: max_pool2d_scatter -> f32[B, 32, 14, 14]
__kernel void k61(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k62.cl

// launch 79: elementwise slice select -> f32[B, 8, 14, 14]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1568;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 8;
    const int x7 = x6 + 48;
    const int x8 = x4 + x7;
    const int x9 = x8 * 14;
    const int x10 = i1 / 14;
    const int x11 = x10 % 14;
    const int x12 = x9 + x11;
    const int x13 = x12 * 14;
    const int x14 = i1 % 14;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    const float v17 = (v2 != 0.0f ? v16 : 0.0f);
    b2[i1] = v17;
  }
}

// ---- k63.cl

// launch 80: conv2d_input_grad -> f32[B, 8, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k63(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 32; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k64.cl

// launch 83: elementwise add -> f32[B, 32, 14, 14]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k65.cl

// launch 84: elementwise slice select -> f32[B, 32, 14, 14]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6272;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 32;
    const int x7 = x6 + 16;
    const int x8 = x4 + x7;
    const int x9 = x8 * 14;
    const int x10 = i1 / 14;
    const int x11 = x10 % 14;
    const int x12 = x9 + x11;
    const int x13 = x12 * 14;
    const int x14 = i1 % 14;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    const float v17 = (v2 != 0.0f ? v16 : 0.0f);
    b2[i1] = v17;
  }
}

// ---- k66.cl

// launch 85: conv2d_input_grad -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k66(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k67.cl

// launch 86: elementwise select -> f32[B, 16, 14, 14]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k68.cl

// launch 87: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k68(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = cg, N = NB * H * W, K = og * KH * KW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = w[((grp * og + k / (KH * KW)) * cg + m) * KH * KW + k % (KH * KW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 64; nn < 64; nn += 64) {
      const int n = n0 + nn;
      const int ix = n % W, iy = n / W % H, img = n / (W * H); const int ty0 = iy + PH, tx0 = ix + PW, base = img * O * OH * OW;
      for (int kk = lid / 64; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (n < N && k < K) { const int kx = k % KW, ky = k / KW % KH, o = grp * og + k / (KW * KH); const int ty = ty0 - ky * DH, tx = tx0 - kx * DW; if (ty >= 0 && ty % SH == 0 && ty / SH < OH && tx >= 0 && tx % SW == 0 && tx / SW < OW) v = dy[base + (o * OH + ty / SH) * OW + tx / SW]; }
        Bs[kk][nn] = v;
      }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    const int kn = min(16, K - k0);
    for (int kk = 0; kk < kn; kk++) {
      const float4 b = vload4(0, &Bs[kk][lx * 4]);
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; const int ix = n % W, iy = n / W % H, img = n / (W * H); dx[((img * C + grp * cg + m) * H + iy) * W + ix] = v; }
    }
  }
}

// ---- k69.cl

// launch 89: elementwise slice select -> f32[B, 16, 14, 14]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 3136;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 16;
    const int x7 = x4 + x6;
    const int x8 = x7 * 14;
    const int x9 = i1 / 14;
    const int x10 = x9 % 14;
    const int x11 = x8 + x10;
    const int x12 = x11 * 14;
    const int x13 = i1 % 14;
    const int x14 = x12 + x13;
    const float v15 = b1[x14];
    const float v16 = (v2 != 0.0f ? v15 : 0.0f);
    b2[i1] = v16;
  }
}

// ---- k70.cl

// launch 92: max_pool2d_scatter -> f32[B, 32, 28, 28]
__kernel void k70(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * H * W) return;
  const int col = gid % W, r = gid / W % H, plane = gid / (W * H);
  const int ilo = max(0, (r + PH - KH + SH) / SH), ihi = min(OH - 1, (r + PH) / SH);
  const int jlo = max(0, (col + PW - KW + SW) / SW), jhi = min(OW - 1, (col + PW) / SW);
  float sum = 0.0f;
  for (int i = ilo; i <= ihi; i++)
    for (int j = jlo; j <= jhi; j++)
      if (nnc_argmax(p0, plane, i, j, H, W, KH, KW, SH, SW, PH, PW) == gid) sum += p1[(plane * OH + i) * OW + j];
  p2[gid] = sum;
}

// ---- k71.cl

// launch 93: elementwise select -> f32[B, 32, 28, 28]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k72.cl

// launch 94: conv2d_weight_grad -> f32[32, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k72(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 1, H = 28, W = 28, O = 32, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 16;
  __local float As[16][32], Bs[16][16];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 2) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 16; nn += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k73.cl

// launch 95: reduction of sum -> f32[32]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[13];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 32;
    const int x3 = x2 + o;
    const int x4 = x3 * 28;
    const int x5 = j / 28;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = j % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k74.cl

// launch 96: conv2d_weight_grad -> f32[16, 32, 1, 1]
__kernel __attribute__((reqd_work_group_size(8, 4, 1)))
void k74(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 32;
  __local float As[16][16], Bs[16][32];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 2) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 32; nn += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k75.cl

// launch 97: reduction of sum -> f32[16]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[23];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 196;
    const int x2 = x1 * 16;
    const int x3 = x2 + o;
    const int x4 = x3 * 14;
    const int x5 = j / 14;
    const int x6 = x5 % 14;
    const int x7 = x4 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k76.cl

// launch 100: conv2d_weight_grad -> f32[32, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k76(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 8) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k77.cl

// launch 101: reduction of sum -> f32[32]
__kernel void k77(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[23];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 196;
    const int x2 = x1 * 32;
    const int x3 = x2 + o;
    const int x4 = x3 * 14;
    const int x5 = j / 14;
    const int x6 = x5 % 14;
    const int x7 = x4 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k78.cl

// launch 102: conv2d_weight_grad -> f32[8, 32, 1, 1]
__kernel __attribute__((reqd_work_group_size(8, 2, 1)))
void k78(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 32;
  __local float As[16][8], Bs[16][32];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 1) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 32; nn += 1) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k79.cl

// launch 103: reduction of sum -> f32[8]
__kernel void k79(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 8) return;
  acc_t acc = 0;
  const int x0 = d[23];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 196;
    const int x2 = x1 * 8;
    const int x3 = x2 + o;
    const int x4 = x3 * 14;
    const int x5 = j / 14;
    const int x6 = x5 % 14;
    const int x7 = x4 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k80.cl

// launch 104: conv2d_weight_grad -> f32[8, 8, 5, 5]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k80(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 14, W = 14, O = 8, OH = 14, OW = 14, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k81.cl

// launch 108: conv2d_weight_grad -> f32[32, 64, 1, 1]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k81(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 64;
  __local float As[16][32], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 32; mm += 8) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 8) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 8] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 8;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k82.cl

// launch 109: reduction of sum -> f32[32]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[26];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 32;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k83.cl

// launch 112: conv2d_weight_grad -> f32[48, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k83(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 7, W = 7, O = 48, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k84.cl

// launch 113: reduction of sum -> f32[48]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 48) return;
  acc_t acc = 0;
  const int x0 = d[26];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 48;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k85.cl

// launch 114: conv2d_weight_grad -> f32[8, 64, 1, 1]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k85(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 8, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 2) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k86.cl

// launch 115: reduction of sum -> f32[8]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 8) return;
  acc_t acc = 0;
  const int x0 = d[26];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 8;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k87.cl

// launch 116: conv2d_weight_grad -> f32[16, 8, 5, 5]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k87(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 8, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 5, KW = 5;
  const int SH = 1, SW = 1, PH = 2, PW = 2, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 4) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k88.cl

// launch 117: reduction of sum -> f32[16]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[26];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 16;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k89.cl

// launch 118: conv2d_weight_grad -> f32[16, 64, 1, 1]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k89(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 4) {
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
      for (int r = 0; r < 4; r++) acc[r] += nnc_acc4(As[kk][ly + r * 4] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 4;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k90.cl

// launch 120: matmul a' -> f32[10, 3136]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k90(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 3136, K = d[0];
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

// ---- k91.cl

// launch 121: reduction of sum -> f32[10]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k92.cl

// launch 122: matmul a' -> f32[10, 112]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k92(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 10, N = 112, K = d[0];
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

// launch 124: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32, 1, 3, 3] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16, 32, 1, 1] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[32, 16, 3, 3] f32[32, 16, 3, 3] f32[32, 16, 3, 3] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8, 32, 1, 1] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8] f32[8, 8, 5, 5] f32[8, 8, 5, 5] f32[8, 8, 5, 5] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[32, 64, 1, 1] f32[48, 32, 3, 3] f32[48, 32, 3, 3] f32[48, 32, 3, 3] f32[48] f32[48] f32[48] f32[8, 64, 1, 1] f32[8, 64, 1, 1] f32[8, 64, 1, 1] f32[16, 8, 5, 5] f32[16, 8, 5, 5] f32[16, 8, 5, 5] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[10, 3136] f32[10, 3136] f32[10, 3136] f32[10] f32[10] f32[10] f32[10] f32[10] f32[10] f32[10, 112] f32[10, 112] f32[10, 112]
__kernel void k93(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global const int* restrict d) {
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
  if (gid < 288) {
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
    const float v26 = ((0x1.0624dep-10f) * v25);
    const float v27 = (v24 / v10);
    const float v28 = F64(sqrt, v27);
    const float v29 = (v28 + (0x1.5798eep-27f));
    const float v30 = (v26 / v29);
    const float v31 = (v15 - v30);
    b7[i11] = v31;
  } else if (gid < 320) {
    const int i32 = gid - 288;
    const float v33 = b8[i32];
    const float v34 = ((0x1.ccccccp-1f) * v33);
    const float v35 = b9[i32];
    const float v36 = b10[i32];
    const float v37 = (0.0f * v36);
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
    const float v47 = ((0x1.0624dep-10f) * v46);
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
    const float v57 = (0.0f * v56);
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
    const float v67 = ((0x1.0624dep-10f) * v66);
    const float v68 = (v65 / v10);
    const float v69 = F64(sqrt, v68);
    const float v70 = (v69 + (0x1.5798eep-27f));
    const float v71 = (v67 / v70);
    const float v72 = (v56 - v71);
    b21[i32] = v72;
    const float v73 = b22[i32];
    const float v74 = ((0x1.ccccccp-1f) * v73);
    const float v75 = b23[i32];
    const float v76 = b24[i32];
    const float v77 = (0.0f * v76);
    const float v78 = (v75 + v77);
    const float v79 = ((0x1.99999ap-4f) * v78);
    const float v80 = (v74 + v79);
    b25[i32] = v80;
    const float v81 = b26[i32];
    const float v82 = ((0x1.ff7ceep-1f) * v81);
    const float v83 = ((0x1.0624dep-10f) * v78);
    const float v84 = (v83 * v78);
    const float v85 = (v82 + v84);
    b27[i32] = v85;
    const float v86 = (v80 / v8);
    const float v87 = ((0x1.0624dep-10f) * v86);
    const float v88 = (v85 / v10);
    const float v89 = F64(sqrt, v88);
    const float v90 = (v89 + (0x1.5798eep-27f));
    const float v91 = (v87 / v90);
    const float v92 = (v76 - v91);
    b28[i32] = v92;
    const float v93 = b29[i32];
    const float v94 = ((0x1.ccccccp-1f) * v93);
    const float v95 = b30[i32];
    const float v96 = b31[i32];
    const float v97 = (0.0f * v96);
    const float v98 = (v95 + v97);
    const float v99 = ((0x1.99999ap-4f) * v98);
    const float v100 = (v94 + v99);
    b32[i32] = v100;
    const float v101 = b33[i32];
    const float v102 = ((0x1.ff7ceep-1f) * v101);
    const float v103 = ((0x1.0624dep-10f) * v98);
    const float v104 = (v103 * v98);
    const float v105 = (v102 + v104);
    b34[i32] = v105;
    const float v106 = (v100 / v8);
    const float v107 = ((0x1.0624dep-10f) * v106);
    const float v108 = (v105 / v10);
    const float v109 = F64(sqrt, v108);
    const float v110 = (v109 + (0x1.5798eep-27f));
    const float v111 = (v107 / v110);
    const float v112 = (v96 - v111);
    b35[i32] = v112;
  } else if (gid < 832) {
    const int i113 = gid - 320;
    const float v114 = b36[i113];
    const float v115 = ((0x1.ccccccp-1f) * v114);
    const float v116 = b37[i113];
    const float v117 = b38[i113];
    const float v118 = (0.0f * v117);
    const float v119 = (v116 + v118);
    const float v120 = ((0x1.99999ap-4f) * v119);
    const float v121 = (v115 + v120);
    b39[i113] = v121;
    const float v122 = b40[i113];
    const float v123 = ((0x1.ff7ceep-1f) * v122);
    const float v124 = ((0x1.0624dep-10f) * v119);
    const float v125 = (v124 * v119);
    const float v126 = (v123 + v125);
    b41[i113] = v126;
    const float v127 = (v121 / v8);
    const float v128 = ((0x1.0624dep-10f) * v127);
    const float v129 = (v126 / v10);
    const float v130 = F64(sqrt, v129);
    const float v131 = (v130 + (0x1.5798eep-27f));
    const float v132 = (v128 / v131);
    const float v133 = (v117 - v132);
    b42[i113] = v133;
    const float v134 = b43[i113];
    const float v135 = ((0x1.ccccccp-1f) * v134);
    const float v136 = b44[i113];
    const float v137 = b45[i113];
    const float v138 = (0.0f * v137);
    const float v139 = (v136 + v138);
    const float v140 = ((0x1.99999ap-4f) * v139);
    const float v141 = (v135 + v140);
    b46[i113] = v141;
    const float v142 = b47[i113];
    const float v143 = ((0x1.ff7ceep-1f) * v142);
    const float v144 = ((0x1.0624dep-10f) * v139);
    const float v145 = (v144 * v139);
    const float v146 = (v143 + v145);
    b48[i113] = v146;
    const float v147 = (v141 / v8);
    const float v148 = ((0x1.0624dep-10f) * v147);
    const float v149 = (v146 / v10);
    const float v150 = F64(sqrt, v149);
    const float v151 = (v150 + (0x1.5798eep-27f));
    const float v152 = (v148 / v151);
    const float v153 = (v137 - v152);
    b49[i113] = v153;
  } else if (gid < 848) {
    const int i154 = gid - 832;
    const float v155 = b50[i154];
    const float v156 = ((0x1.ccccccp-1f) * v155);
    const float v157 = b51[i154];
    const float v158 = b52[i154];
    const float v159 = (0.0f * v158);
    const float v160 = (v157 + v159);
    const float v161 = ((0x1.99999ap-4f) * v160);
    const float v162 = (v156 + v161);
    b53[i154] = v162;
    const float v163 = b54[i154];
    const float v164 = ((0x1.ff7ceep-1f) * v163);
    const float v165 = ((0x1.0624dep-10f) * v160);
    const float v166 = (v165 * v160);
    const float v167 = (v164 + v166);
    b55[i154] = v167;
    const float v168 = (v162 / v8);
    const float v169 = ((0x1.0624dep-10f) * v168);
    const float v170 = (v167 / v10);
    const float v171 = F64(sqrt, v170);
    const float v172 = (v171 + (0x1.5798eep-27f));
    const float v173 = (v169 / v172);
    const float v174 = (v158 - v173);
    b56[i154] = v174;
    const float v175 = b57[i154];
    const float v176 = ((0x1.ccccccp-1f) * v175);
    const float v177 = b58[i154];
    const float v178 = b59[i154];
    const float v179 = (0.0f * v178);
    const float v180 = (v177 + v179);
    const float v181 = ((0x1.99999ap-4f) * v180);
    const float v182 = (v176 + v181);
    b60[i154] = v182;
    const float v183 = b61[i154];
    const float v184 = ((0x1.ff7ceep-1f) * v183);
    const float v185 = ((0x1.0624dep-10f) * v180);
    const float v186 = (v185 * v180);
    const float v187 = (v184 + v186);
    b62[i154] = v187;
    const float v188 = (v182 / v8);
    const float v189 = ((0x1.0624dep-10f) * v188);
    const float v190 = (v187 / v10);
    const float v191 = F64(sqrt, v190);
    const float v192 = (v191 + (0x1.5798eep-27f));
    const float v193 = (v189 / v192);
    const float v194 = (v178 - v193);
    b63[i154] = v194;
    const float v195 = b64[i154];
    const float v196 = ((0x1.ccccccp-1f) * v195);
    const float v197 = b65[i154];
    const float v198 = b66[i154];
    const float v199 = (0.0f * v198);
    const float v200 = (v197 + v199);
    const float v201 = ((0x1.99999ap-4f) * v200);
    const float v202 = (v196 + v201);
    b67[i154] = v202;
    const float v203 = b68[i154];
    const float v204 = ((0x1.ff7ceep-1f) * v203);
    const float v205 = ((0x1.0624dep-10f) * v200);
    const float v206 = (v205 * v200);
    const float v207 = (v204 + v206);
    b69[i154] = v207;
    const float v208 = (v202 / v8);
    const float v209 = ((0x1.0624dep-10f) * v208);
    const float v210 = (v207 / v10);
    const float v211 = F64(sqrt, v210);
    const float v212 = (v211 + (0x1.5798eep-27f));
    const float v213 = (v209 / v212);
    const float v214 = (v198 - v213);
    b70[i154] = v214;
    const float v215 = b71[i154];
    const float v216 = ((0x1.ccccccp-1f) * v215);
    const float v217 = b72[i154];
    const float v218 = b73[i154];
    const float v219 = (0.0f * v218);
    const float v220 = (v217 + v219);
    const float v221 = ((0x1.99999ap-4f) * v220);
    const float v222 = (v216 + v221);
    b74[i154] = v222;
    const float v223 = b75[i154];
    const float v224 = ((0x1.ff7ceep-1f) * v223);
    const float v225 = ((0x1.0624dep-10f) * v220);
    const float v226 = (v225 * v220);
    const float v227 = (v224 + v226);
    b76[i154] = v227;
    const float v228 = (v222 / v8);
    const float v229 = ((0x1.0624dep-10f) * v228);
    const float v230 = (v227 / v10);
    const float v231 = F64(sqrt, v230);
    const float v232 = (v231 + (0x1.5798eep-27f));
    const float v233 = (v229 / v232);
    const float v234 = (v218 - v233);
    b77[i154] = v234;
  } else if (gid < 5456) {
    const int i235 = gid - 848;
    const float v236 = b78[i235];
    const float v237 = ((0x1.ccccccp-1f) * v236);
    const float v238 = b79[i235];
    const float v239 = b80[i235];
    const float v240 = (0.0f * v239);
    const float v241 = (v238 + v240);
    const float v242 = ((0x1.99999ap-4f) * v241);
    const float v243 = (v237 + v242);
    b81[i235] = v243;
    const float v244 = b82[i235];
    const float v245 = ((0x1.ff7ceep-1f) * v244);
    const float v246 = ((0x1.0624dep-10f) * v241);
    const float v247 = (v246 * v241);
    const float v248 = (v245 + v247);
    b83[i235] = v248;
    const float v249 = (v243 / v8);
    const float v250 = ((0x1.0624dep-10f) * v249);
    const float v251 = (v248 / v10);
    const float v252 = F64(sqrt, v251);
    const float v253 = (v252 + (0x1.5798eep-27f));
    const float v254 = (v250 / v253);
    const float v255 = (v239 - v254);
    b84[i235] = v255;
  } else if (gid < 5712) {
    const int i256 = gid - 5456;
    const float v257 = b85[i256];
    const float v258 = ((0x1.ccccccp-1f) * v257);
    const float v259 = b86[i256];
    const float v260 = b87[i256];
    const float v261 = (0.0f * v260);
    const float v262 = (v259 + v261);
    const float v263 = ((0x1.99999ap-4f) * v262);
    const float v264 = (v258 + v263);
    b88[i256] = v264;
    const float v265 = b89[i256];
    const float v266 = ((0x1.ff7ceep-1f) * v265);
    const float v267 = ((0x1.0624dep-10f) * v262);
    const float v268 = (v267 * v262);
    const float v269 = (v266 + v268);
    b90[i256] = v269;
    const float v270 = (v264 / v8);
    const float v271 = ((0x1.0624dep-10f) * v270);
    const float v272 = (v269 / v10);
    const float v273 = F64(sqrt, v272);
    const float v274 = (v273 + (0x1.5798eep-27f));
    const float v275 = (v271 / v274);
    const float v276 = (v260 - v275);
    b91[i256] = v276;
    const float v277 = b92[i256];
    const float v278 = ((0x1.ccccccp-1f) * v277);
    const float v279 = b93[i256];
    const float v280 = b94[i256];
    const float v281 = (0.0f * v280);
    const float v282 = (v279 + v281);
    const float v283 = ((0x1.99999ap-4f) * v282);
    const float v284 = (v278 + v283);
    b95[i256] = v284;
    const float v285 = b96[i256];
    const float v286 = ((0x1.ff7ceep-1f) * v285);
    const float v287 = ((0x1.0624dep-10f) * v282);
    const float v288 = (v287 * v282);
    const float v289 = (v286 + v288);
    b97[i256] = v289;
    const float v290 = (v284 / v8);
    const float v291 = ((0x1.0624dep-10f) * v290);
    const float v292 = (v289 / v10);
    const float v293 = F64(sqrt, v292);
    const float v294 = (v293 + (0x1.5798eep-27f));
    const float v295 = (v291 / v294);
    const float v296 = (v280 - v295);
    b98[i256] = v296;
  } else if (gid < 5720) {
    const int i297 = gid - 5712;
    const float v298 = b99[i297];
    const float v299 = ((0x1.ccccccp-1f) * v298);
    const float v300 = b100[i297];
    const float v301 = b101[i297];
    const float v302 = (0.0f * v301);
    const float v303 = (v300 + v302);
    const float v304 = ((0x1.99999ap-4f) * v303);
    const float v305 = (v299 + v304);
    b102[i297] = v305;
    const float v306 = b103[i297];
    const float v307 = ((0x1.ff7ceep-1f) * v306);
    const float v308 = ((0x1.0624dep-10f) * v303);
    const float v309 = (v308 * v303);
    const float v310 = (v307 + v309);
    b104[i297] = v310;
    const float v311 = (v305 / v8);
    const float v312 = ((0x1.0624dep-10f) * v311);
    const float v313 = (v310 / v10);
    const float v314 = F64(sqrt, v313);
    const float v315 = (v314 + (0x1.5798eep-27f));
    const float v316 = (v312 / v315);
    const float v317 = (v301 - v316);
    b105[i297] = v317;
    const float v318 = b106[i297];
    const float v319 = ((0x1.ccccccp-1f) * v318);
    const float v320 = b107[i297];
    const float v321 = b108[i297];
    const float v322 = (0.0f * v321);
    const float v323 = (v320 + v322);
    const float v324 = ((0x1.99999ap-4f) * v323);
    const float v325 = (v319 + v324);
    b109[i297] = v325;
    const float v326 = b110[i297];
    const float v327 = ((0x1.ff7ceep-1f) * v326);
    const float v328 = ((0x1.0624dep-10f) * v323);
    const float v329 = (v328 * v323);
    const float v330 = (v327 + v329);
    b111[i297] = v330;
    const float v331 = (v325 / v8);
    const float v332 = ((0x1.0624dep-10f) * v331);
    const float v333 = (v330 / v10);
    const float v334 = F64(sqrt, v333);
    const float v335 = (v334 + (0x1.5798eep-27f));
    const float v336 = (v332 / v335);
    const float v337 = (v321 - v336);
    b112[i297] = v337;
    const float v338 = b113[i297];
    const float v339 = ((0x1.ccccccp-1f) * v338);
    const float v340 = b114[i297];
    const float v341 = b115[i297];
    const float v342 = (0.0f * v341);
    const float v343 = (v340 + v342);
    const float v344 = ((0x1.99999ap-4f) * v343);
    const float v345 = (v339 + v344);
    b116[i297] = v345;
    const float v346 = b117[i297];
    const float v347 = ((0x1.ff7ceep-1f) * v346);
    const float v348 = ((0x1.0624dep-10f) * v343);
    const float v349 = (v348 * v343);
    const float v350 = (v347 + v349);
    b118[i297] = v350;
    const float v351 = (v345 / v8);
    const float v352 = ((0x1.0624dep-10f) * v351);
    const float v353 = (v350 / v10);
    const float v354 = F64(sqrt, v353);
    const float v355 = (v354 + (0x1.5798eep-27f));
    const float v356 = (v352 / v355);
    const float v357 = (v341 - v356);
    b119[i297] = v357;
    const float v358 = b120[i297];
    const float v359 = ((0x1.ccccccp-1f) * v358);
    const float v360 = b121[i297];
    const float v361 = b122[i297];
    const float v362 = (0.0f * v361);
    const float v363 = (v360 + v362);
    const float v364 = ((0x1.99999ap-4f) * v363);
    const float v365 = (v359 + v364);
    b123[i297] = v365;
    const float v366 = b124[i297];
    const float v367 = ((0x1.ff7ceep-1f) * v366);
    const float v368 = ((0x1.0624dep-10f) * v363);
    const float v369 = (v368 * v363);
    const float v370 = (v367 + v369);
    b125[i297] = v370;
    const float v371 = (v365 / v8);
    const float v372 = ((0x1.0624dep-10f) * v371);
    const float v373 = (v370 / v10);
    const float v374 = F64(sqrt, v373);
    const float v375 = (v374 + (0x1.5798eep-27f));
    const float v376 = (v372 / v375);
    const float v377 = (v361 - v376);
    b126[i297] = v377;
  } else if (gid < 7320) {
    const int i378 = gid - 5720;
    const float v379 = b127[i378];
    const float v380 = ((0x1.ccccccp-1f) * v379);
    const float v381 = b128[i378];
    const float v382 = b129[i378];
    const float v383 = (0.0f * v382);
    const float v384 = (v381 + v383);
    const float v385 = ((0x1.99999ap-4f) * v384);
    const float v386 = (v380 + v385);
    b130[i378] = v386;
    const float v387 = b131[i378];
    const float v388 = ((0x1.ff7ceep-1f) * v387);
    const float v389 = ((0x1.0624dep-10f) * v384);
    const float v390 = (v389 * v384);
    const float v391 = (v388 + v390);
    b132[i378] = v391;
    const float v392 = (v386 / v8);
    const float v393 = ((0x1.0624dep-10f) * v392);
    const float v394 = (v391 / v10);
    const float v395 = F64(sqrt, v394);
    const float v396 = (v395 + (0x1.5798eep-27f));
    const float v397 = (v393 / v396);
    const float v398 = (v382 - v397);
    b133[i378] = v398;
  } else if (gid < 9368) {
    const int i399 = gid - 7320;
    const float v400 = b134[i399];
    const float v401 = ((0x1.ccccccp-1f) * v400);
    const float v402 = b135[i399];
    const float v403 = b136[i399];
    const float v404 = (0.0f * v403);
    const float v405 = (v402 + v404);
    const float v406 = ((0x1.99999ap-4f) * v405);
    const float v407 = (v401 + v406);
    b137[i399] = v407;
    const float v408 = b138[i399];
    const float v409 = ((0x1.ff7ceep-1f) * v408);
    const float v410 = ((0x1.0624dep-10f) * v405);
    const float v411 = (v410 * v405);
    const float v412 = (v409 + v411);
    b139[i399] = v412;
    const float v413 = (v407 / v8);
    const float v414 = ((0x1.0624dep-10f) * v413);
    const float v415 = (v412 / v10);
    const float v416 = F64(sqrt, v415);
    const float v417 = (v416 + (0x1.5798eep-27f));
    const float v418 = (v414 / v417);
    const float v419 = (v403 - v418);
    b140[i399] = v419;
    const float v420 = b141[i399];
    const float v421 = ((0x1.ccccccp-1f) * v420);
    const float v422 = b142[i399];
    const float v423 = b143[i399];
    const float v424 = (0.0f * v423);
    const float v425 = (v422 + v424);
    const float v426 = ((0x1.99999ap-4f) * v425);
    const float v427 = (v421 + v426);
    b144[i399] = v427;
    const float v428 = b145[i399];
    const float v429 = ((0x1.ff7ceep-1f) * v428);
    const float v430 = ((0x1.0624dep-10f) * v425);
    const float v431 = (v430 * v425);
    const float v432 = (v429 + v431);
    b146[i399] = v432;
    const float v433 = (v427 / v8);
    const float v434 = ((0x1.0624dep-10f) * v433);
    const float v435 = (v432 / v10);
    const float v436 = F64(sqrt, v435);
    const float v437 = (v436 + (0x1.5798eep-27f));
    const float v438 = (v434 / v437);
    const float v439 = (v423 - v438);
    b147[i399] = v439;
  } else if (gid < 23192) {
    const int i440 = gid - 9368;
    const float v441 = b148[i440];
    const float v442 = ((0x1.ccccccp-1f) * v441);
    const float v443 = b149[i440];
    const float v444 = b150[i440];
    const float v445 = (0.0f * v444);
    const float v446 = (v443 + v445);
    const float v447 = ((0x1.99999ap-4f) * v446);
    const float v448 = (v442 + v447);
    b151[i440] = v448;
    const float v449 = b152[i440];
    const float v450 = ((0x1.ff7ceep-1f) * v449);
    const float v451 = ((0x1.0624dep-10f) * v446);
    const float v452 = (v451 * v446);
    const float v453 = (v450 + v452);
    b153[i440] = v453;
    const float v454 = (v448 / v8);
    const float v455 = ((0x1.0624dep-10f) * v454);
    const float v456 = (v453 / v10);
    const float v457 = F64(sqrt, v456);
    const float v458 = (v457 + (0x1.5798eep-27f));
    const float v459 = (v455 / v458);
    const float v460 = (v444 - v459);
    b154[i440] = v460;
  } else if (gid < 23240) {
    const int i461 = gid - 23192;
    const float v462 = b155[i461];
    const float v463 = ((0x1.ccccccp-1f) * v462);
    const float v464 = b156[i461];
    const float v465 = b157[i461];
    const float v466 = (0.0f * v465);
    const float v467 = (v464 + v466);
    const float v468 = ((0x1.99999ap-4f) * v467);
    const float v469 = (v463 + v468);
    b158[i461] = v469;
    const float v470 = b159[i461];
    const float v471 = ((0x1.ff7ceep-1f) * v470);
    const float v472 = ((0x1.0624dep-10f) * v467);
    const float v473 = (v472 * v467);
    const float v474 = (v471 + v473);
    b160[i461] = v474;
    const float v475 = (v469 / v8);
    const float v476 = ((0x1.0624dep-10f) * v475);
    const float v477 = (v474 / v10);
    const float v478 = F64(sqrt, v477);
    const float v479 = (v478 + (0x1.5798eep-27f));
    const float v480 = (v476 / v479);
    const float v481 = (v465 - v480);
    b161[i461] = v481;
  } else if (gid < 23752) {
    const int i482 = gid - 23240;
    const float v483 = b162[i482];
    const float v484 = ((0x1.ccccccp-1f) * v483);
    const float v485 = b163[i482];
    const float v486 = b164[i482];
    const float v487 = (0.0f * v486);
    const float v488 = (v485 + v487);
    const float v489 = ((0x1.99999ap-4f) * v488);
    const float v490 = (v484 + v489);
    b165[i482] = v490;
    const float v491 = b166[i482];
    const float v492 = ((0x1.ff7ceep-1f) * v491);
    const float v493 = ((0x1.0624dep-10f) * v488);
    const float v494 = (v493 * v488);
    const float v495 = (v492 + v494);
    b167[i482] = v495;
    const float v496 = (v490 / v8);
    const float v497 = ((0x1.0624dep-10f) * v496);
    const float v498 = (v495 / v10);
    const float v499 = F64(sqrt, v498);
    const float v500 = (v499 + (0x1.5798eep-27f));
    const float v501 = (v497 / v500);
    const float v502 = (v486 - v501);
    b168[i482] = v502;
  } else if (gid < 26952) {
    const int i503 = gid - 23752;
    const float v504 = b169[i503];
    const float v505 = ((0x1.ccccccp-1f) * v504);
    const float v506 = b170[i503];
    const float v507 = b171[i503];
    const float v508 = (0.0f * v507);
    const float v509 = (v506 + v508);
    const float v510 = ((0x1.99999ap-4f) * v509);
    const float v511 = (v505 + v510);
    b172[i503] = v511;
    const float v512 = b173[i503];
    const float v513 = ((0x1.ff7ceep-1f) * v512);
    const float v514 = ((0x1.0624dep-10f) * v509);
    const float v515 = (v514 * v509);
    const float v516 = (v513 + v515);
    b174[i503] = v516;
    const float v517 = (v511 / v8);
    const float v518 = ((0x1.0624dep-10f) * v517);
    const float v519 = (v516 / v10);
    const float v520 = F64(sqrt, v519);
    const float v521 = (v520 + (0x1.5798eep-27f));
    const float v522 = (v518 / v521);
    const float v523 = (v507 - v522);
    b175[i503] = v523;
  } else if (gid < 27976) {
    const int i524 = gid - 26952;
    const float v525 = b176[i524];
    const float v526 = ((0x1.ccccccp-1f) * v525);
    const float v527 = b177[i524];
    const float v528 = b178[i524];
    const float v529 = (0.0f * v528);
    const float v530 = (v527 + v529);
    const float v531 = ((0x1.99999ap-4f) * v530);
    const float v532 = (v526 + v531);
    b179[i524] = v532;
    const float v533 = b180[i524];
    const float v534 = ((0x1.ff7ceep-1f) * v533);
    const float v535 = ((0x1.0624dep-10f) * v530);
    const float v536 = (v535 * v530);
    const float v537 = (v534 + v536);
    b181[i524] = v537;
    const float v538 = (v532 / v8);
    const float v539 = ((0x1.0624dep-10f) * v538);
    const float v540 = (v537 / v10);
    const float v541 = F64(sqrt, v540);
    const float v542 = (v541 + (0x1.5798eep-27f));
    const float v543 = (v539 / v542);
    const float v544 = (v528 - v543);
    b182[i524] = v544;
  } else if (gid < 59336) {
    const int i545 = gid - 27976;
    const float v546 = b183[i545];
    const float v547 = ((0x1.ccccccp-1f) * v546);
    const float v548 = b184[i545];
    const float v549 = b185[i545];
    const float v550 = (0.0f * v549);
    const float v551 = (v548 + v550);
    const float v552 = ((0x1.99999ap-4f) * v551);
    const float v553 = (v547 + v552);
    b186[i545] = v553;
    const float v554 = b187[i545];
    const float v555 = ((0x1.ff7ceep-1f) * v554);
    const float v556 = ((0x1.0624dep-10f) * v551);
    const float v557 = (v556 * v551);
    const float v558 = (v555 + v557);
    b188[i545] = v558;
    const float v559 = (v553 / v8);
    const float v560 = ((0x1.0624dep-10f) * v559);
    const float v561 = (v558 / v10);
    const float v562 = F64(sqrt, v561);
    const float v563 = (v562 + (0x1.5798eep-27f));
    const float v564 = (v560 / v563);
    const float v565 = (v549 - v564);
    b189[i545] = v565;
  } else if (gid < 59346) {
    const int i566 = gid - 59336;
    const float v567 = b190[i566];
    const float v568 = ((0x1.ccccccp-1f) * v567);
    const float v569 = b191[i566];
    const float v570 = b192[i566];
    const float v571 = (0.0f * v570);
    const float v572 = (v569 + v571);
    const float v573 = ((0x1.99999ap-4f) * v572);
    const float v574 = (v568 + v573);
    b193[i566] = v574;
    const float v575 = b194[i566];
    const float v576 = ((0x1.ff7ceep-1f) * v575);
    const float v577 = ((0x1.0624dep-10f) * v572);
    const float v578 = (v577 * v572);
    const float v579 = (v576 + v578);
    b195[i566] = v579;
    const float v580 = (v574 / v8);
    const float v581 = ((0x1.0624dep-10f) * v580);
    const float v582 = (v579 / v10);
    const float v583 = F64(sqrt, v582);
    const float v584 = (v583 + (0x1.5798eep-27f));
    const float v585 = (v581 / v584);
    const float v586 = (v570 - v585);
    b196[i566] = v586;
    const float v587 = b197[i566];
    const float v588 = ((0x1.ccccccp-1f) * v587);
    const float v589 = b198[i566];
    const float v590 = b199[i566];
    const float v591 = (0.0f * v590);
    const float v592 = (v589 + v591);
    const float v593 = ((0x1.99999ap-4f) * v592);
    const float v594 = (v588 + v593);
    b200[i566] = v594;
    const float v595 = b201[i566];
    const float v596 = ((0x1.ff7ceep-1f) * v595);
    const float v597 = ((0x1.0624dep-10f) * v592);
    const float v598 = (v597 * v592);
    const float v599 = (v596 + v598);
    b202[i566] = v599;
    const float v600 = (v594 / v8);
    const float v601 = ((0x1.0624dep-10f) * v600);
    const float v602 = (v599 / v10);
    const float v603 = F64(sqrt, v602);
    const float v604 = (v603 + (0x1.5798eep-27f));
    const float v605 = (v601 / v604);
    const float v606 = (v590 - v605);
    b203[i566] = v606;
  } else if (gid < 60466) {
    const int i607 = gid - 59346;
    const float v608 = b204[i607];
    const float v609 = ((0x1.ccccccp-1f) * v608);
    const float v610 = b205[i607];
    const float v611 = b206[i607];
    const float v612 = (0.0f * v611);
    const float v613 = (v610 + v612);
    const float v614 = ((0x1.99999ap-4f) * v613);
    const float v615 = (v609 + v614);
    b207[i607] = v615;
    const float v616 = b208[i607];
    const float v617 = ((0x1.ff7ceep-1f) * v616);
    const float v618 = ((0x1.0624dep-10f) * v613);
    const float v619 = (v618 * v613);
    const float v620 = (v617 + v619);
    b209[i607] = v620;
    const float v621 = (v615 / v8);
    const float v622 = ((0x1.0624dep-10f) * v621);
    const float v623 = (v620 / v10);
    const float v624 = F64(sqrt, v623);
    const float v625 = (v624 + (0x1.5798eep-27f));
    const float v626 = (v622 / v625);
    const float v627 = (v611 - v626);
    b210[i607] = v627;
  }
}
