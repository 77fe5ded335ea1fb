// UNetSegmentation: kernels of one training step: 173 OpenCL kernels for 354 launches
k0.cl: launch 0: elementwise gather -> i32[B, 28, 28, 1]
k1.cl: launch 1: conv2d -> f32[B, 16, 28, 28]
k2.cl: launch 2: reduction of sum -> f32[16]
k3.cl: launch 3: elementwise div stop_gradient mul -> f32[16] f32[16]
k4.cl: launch 4: elementwise broadcast sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k5.cl: launch 6: elementwise div add sqrt recip mul stop_gradient mul -> f32[16] f32[16] f32[16] f32[16]
k6.cl: launch 7: elementwise broadcast mul add max -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k7.cl: launch 8: conv2d -> f32[B, 16, 28, 28]
k8.cl: launch 15: max_pool2d -> f32[B, 16, 14, 14]
k9.cl: launch 16: conv2d -> f32[B, 32, 14, 14]
k10.cl: launch 17: reduction of sum -> f32[32]
k11.cl: launch 18: elementwise div stop_gradient mul -> f32[32] f32[32]
k12.cl: launch 19: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k13.cl: launch 21: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
k14.cl: launch 22: elementwise broadcast mul add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k15.cl: launch 23: conv2d -> f32[B, 32, 14, 14]
k16.cl: launch 30: max_pool2d -> f32[B, 32, 7, 7]
k17.cl: launch 31: conv2d -> f32[B, 64, 7, 7]
k18.cl: launch 32: reduction of sum -> f32[64]
k19.cl: launch 33: elementwise div stop_gradient mul -> f32[64] f32[64]
k20.cl: launch 34: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k21.cl: launch 36: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
k22.cl: launch 37: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k23.cl: launch 38: conv2d -> f32[B, 64, 7, 7]
k24.cl: launch 45: conv2d_input_grad -> f32[B, 32, 14, 14]
k25.cl: launch 46: elementwise add -> f32[B, 32, 14, 14]
k26.cl: launch 47: elementwise concat -> f32[B, 64, 14, 14]
k27.cl: launch 48: conv2d -> f32[B, 32, 14, 14]
k28.cl: launch 62: conv2d_input_grad -> f32[B, 16, 28, 28]
k29.cl: launch 63: elementwise add -> f32[B, 16, 28, 28]
k30.cl: launch 64: elementwise concat -> f32[B, 32, 28, 28]
k31.cl: launch 65: conv2d -> f32[B, 16, 28, 28]
k32.cl: launch 78: elementwise add sqrt recip mul mul -> f32[16] f32[16] f32[16] f32[16]
k33.cl: launch 79: elementwise broadcast mul add max ge -> f32[B, 16, 28, 28] bool[B, 16, 28, 28] f32[B, 16, 28, 28]
k34.cl: launch 80: conv2d -> f32[B, 5, 28, 28]
k35.cl: launch 81: elementwise add -> f32[B, 5, 28, 28]
k36.cl: launch 82: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 28, 28, 5] f32[B, 28, 28, 5] f32[B, 28, 28, 1]
k37.cl: launch 83: reduction of broadcast eq reshape select sum -> bool[B, 28, 28, 1, 5] f32[B, 28, 28, 1]
k38.cl: launch 84: reduction of sum div neg -> f32[]
k39.cl: launch 85: elementwise mul -> f32[16, 1, 3, 3]
k40.cl: launch 86: elementwise ge -> bool[B, 16, 28, 28]
k41.cl: launch 89: elementwise div -> f32[]
k42.cl: launch 90: elementwise broadcast select -> f32[B, 28, 28, 1, 5]
k43.cl: launch 91: reduction of reshape neg sum div broadcast mul add -> f32[B, 28, 28, 5]
k44.cl: launch 92: elementwise transpose -> f32[B, 5, 28, 28]
k45.cl: launch 93: conv2d_input_grad -> f32[B, 16, 28, 28]
k46.cl: launch 94: elementwise select mul mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k47.cl: launch 95: reduction of sum mul mul neg mul div div mul -> f32[16] f32[16]
k48.cl: launch 96: reduction of broadcast mul add add neg sum div -> f32[B, 16, 28, 28] f32[16]
k49.cl: launch 98: conv2d_input_grad -> f32[B, 16, 28, 28]
k50.cl: launch 100: reduction of sum mul mul -> f32[16] f32[16]
k51.cl: launch 101: elementwise mul mul neg mul div div -> f32[16]
k52.cl: launch 104: conv2d_input_grad -> f32[B, 32, 28, 28]
k53.cl: launch 105: elementwise ge -> bool[B, 32, 14, 14]
k54.cl: launch 109: elementwise slice -> f32[B, 16, 28, 28]
k55.cl: launch 110: conv2d -> f32[B, 32, 14, 14]
k56.cl: launch 111: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k57.cl: launch 112: reduction of sum mul mul -> f32[32] f32[32]
k58.cl: launch 113: elementwise mul mul neg mul div div -> f32[32]
k59.cl: launch 114: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
k60.cl: launch 116: conv2d_input_grad -> f32[B, 32, 14, 14]
k61.cl: launch 122: conv2d_input_grad -> f32[B, 64, 14, 14]
k62.cl: launch 123: elementwise ge -> bool[B, 64, 7, 7]
k63.cl: launch 125: elementwise slice -> f32[B, 32, 14, 14]
k64.cl: launch 126: conv2d -> f32[B, 64, 7, 7]
k65.cl: launch 127: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k66.cl: launch 128: reduction of sum mul mul -> f32[64] f32[64]
k67.cl: launch 129: elementwise mul mul neg mul div div -> f32[64]
k68.cl: launch 130: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
k69.cl: launch 131: elementwise broadcast add -> f32[B, 64, 7, 7]
k70.cl: launch 132: conv2d_input_grad -> f32[B, 64, 7, 7]
k71.cl: launch 138: conv2d_input_grad -> f32[B, 32, 7, 7]
k72.cl: launch 139: max_pool2d_scatter -> f32[B, 32, 14, 14]
k73.cl: launch 140: elementwise add select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k74.cl: launch 151: conv2d_input_grad -> f32[B, 16, 14, 14]
k75.cl: launch 152: max_pool2d_scatter -> f32[B, 16, 28, 28]
k76.cl: launch 153: elementwise add select mul mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k77.cl: launch 164: conv2d_weight_grad -> f32[16, 1, 3, 3]
k78.cl: launch 165: elementwise mul add mul add mul mul -> f32[16, 1, 3, 3] f32[16, 1, 3, 3]
k79.cl: launch 166: elementwise cast pow sub pow sub -> f32[] f32[]
k80.cl: launch 167: elementwise broadcast div mul -> f32[16, 1, 3, 3]
k81.cl: launch 168: elementwise mul add -> f32[16, 1, 3, 3]
k82.cl: launch 169: elementwise broadcast div sqrt add div sub -> f32[16, 1, 3, 3]
k83.cl: launch 170: elementwise mul -> f32[16]
k84.cl: launch 171: elementwise mul add mul add mul mul -> f32[16] f32[16]
k85.cl: launch 172: elementwise broadcast div mul -> f32[16] f32[16]
k86.cl: launch 173: elementwise mul add -> f32[16]
k87.cl: launch 174: elementwise broadcast div sqrt add div sub -> f32[16] f32[16]
k88.cl: launch 177: elementwise mul add mul add div mul mul mul -> f32[16] f32[16] f32[16]
k89.cl: launch 178: elementwise mul add div sqrt add div sub -> f32[16] f32[16]
k90.cl: launch 179: elementwise mul -> f32[16, 16, 3, 3]
k91.cl: launch 180: conv2d_weight_grad -> f32[16, 16, 3, 3]
k92.cl: launch 181: elementwise mul add mul add mul mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
k93.cl: launch 182: elementwise broadcast div mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
k94.cl: launch 183: elementwise mul add -> f32[16, 16, 3, 3]
k95.cl: launch 184: elementwise broadcast div sqrt add div sub -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
k96.cl: launch 192: elementwise mul -> f32[32, 16, 3, 3]
k97.cl: launch 193: conv2d_weight_grad -> f32[32, 16, 3, 3]
k98.cl: launch 194: elementwise mul add mul add mul mul -> f32[32, 16, 3, 3] f32[32, 16, 3, 3]
k99.cl: launch 195: elementwise broadcast div mul -> f32[32, 16, 3, 3]
k100.cl: launch 196: elementwise mul add -> f32[32, 16, 3, 3]
k101.cl: launch 197: elementwise broadcast div sqrt add div sub -> f32[32, 16, 3, 3]
k102.cl: launch 198: elementwise mul -> f32[32]
k103.cl: launch 199: elementwise mul add mul add mul mul -> f32[32] f32[32]
k104.cl: launch 200: elementwise broadcast div mul -> f32[32] f32[32]
k105.cl: launch 201: elementwise mul add -> f32[32]
k106.cl: launch 202: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
k107.cl: launch 205: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
k108.cl: launch 206: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
k109.cl: launch 207: elementwise mul -> f32[32, 32, 3, 3]
k110.cl: launch 208: conv2d_weight_grad -> f32[32, 32, 3, 3]
k111.cl: launch 209: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k112.cl: launch 210: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k113.cl: launch 211: elementwise mul add -> f32[32, 32, 3, 3]
k114.cl: launch 212: elementwise broadcast div sqrt add div sub -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k115.cl: launch 220: elementwise mul -> f32[64, 32, 3, 3]
k116.cl: launch 221: conv2d_weight_grad -> f32[64, 32, 3, 3]
k117.cl: launch 222: elementwise mul add mul add mul mul -> f32[64, 32, 3, 3] f32[64, 32, 3, 3]
k118.cl: launch 223: elementwise broadcast div mul -> f32[64, 32, 3, 3]
k119.cl: launch 224: elementwise mul add -> f32[64, 32, 3, 3]
k120.cl: launch 225: elementwise broadcast div sqrt add div sub -> f32[64, 32, 3, 3]
k121.cl: launch 226: elementwise mul -> f32[64]
k122.cl: launch 227: elementwise mul add mul add mul mul -> f32[64] f32[64]
k123.cl: launch 228: elementwise broadcast div mul -> f32[64] f32[64]
k124.cl: launch 229: elementwise mul add -> f32[64]
k125.cl: launch 230: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
k126.cl: launch 233: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
k127.cl: launch 234: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
k128.cl: launch 235: elementwise mul -> f32[64, 64, 3, 3]
k129.cl: launch 236: conv2d_weight_grad -> f32[64, 64, 3, 3]
k130.cl: launch 237: elementwise mul add mul add mul mul -> f32[64, 64, 3, 3] f32[64, 64, 3, 3]
k131.cl: launch 238: elementwise broadcast div mul -> f32[64, 64, 3, 3]
k132.cl: launch 239: elementwise mul add -> f32[64, 64, 3, 3]
k133.cl: launch 240: elementwise broadcast div sqrt add div sub -> f32[64, 64, 3, 3]
k134.cl: launch 248: elementwise mul -> f32[64, 32, 2, 2]
k135.cl: launch 249: conv2d_weight_grad -> f32[64, 32, 2, 2]
k136.cl: launch 250: elementwise mul add mul add mul mul -> f32[64, 32, 2, 2] f32[64, 32, 2, 2]
k137.cl: launch 251: elementwise broadcast div mul -> f32[64, 32, 2, 2]
k138.cl: launch 252: elementwise mul add -> f32[64, 32, 2, 2]
k139.cl: launch 253: elementwise broadcast div sqrt add div sub -> f32[64, 32, 2, 2]
k140.cl: launch 259: conv2d_weight_grad -> f32[32, 64, 3, 3]
k141.cl: launch 273: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k142.cl: launch 274: elementwise mul add div sqrt add div sub -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k143.cl: launch 282: elementwise mul -> f32[32, 16, 2, 2]
k144.cl: launch 283: conv2d_weight_grad -> f32[32, 16, 2, 2]
k145.cl: launch 284: elementwise mul add mul add mul mul -> f32[32, 16, 2, 2] f32[32, 16, 2, 2]
k146.cl: launch 285: elementwise broadcast div mul -> f32[32, 16, 2, 2]
k147.cl: launch 286: elementwise mul add -> f32[32, 16, 2, 2]
k148.cl: launch 287: elementwise broadcast div sqrt add div sub -> f32[32, 16, 2, 2]
k149.cl: launch 293: conv2d_weight_grad -> f32[16, 32, 3, 3]
k150.cl: launch 307: elementwise mul add mul add div mul mul mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3]
k151.cl: launch 308: elementwise mul add div sqrt add div sub -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
k152.cl: launch 316: elementwise mul -> f32[5, 16, 1, 1]
k153.cl: launch 317: conv2d_weight_grad -> f32[5, 16, 1, 1]
k154.cl: launch 318: elementwise mul add mul add mul mul -> f32[5, 16, 1, 1] f32[5, 16, 1, 1]
k155.cl: launch 319: elementwise broadcast div mul -> f32[5, 16, 1, 1]
k156.cl: launch 320: elementwise mul add -> f32[5, 16, 1, 1]
k157.cl: launch 321: elementwise broadcast div sqrt add div sub -> f32[5, 16, 1, 1]
k158.cl: launch 322: elementwise mul -> f32[5]
k159.cl: launch 323: reduction of sum -> f32[5]
k160.cl: launch 324: elementwise mul add mul add mul mul -> f32[5] f32[5]
k161.cl: launch 325: elementwise broadcast div mul -> f32[5]
k162.cl: launch 326: elementwise mul add -> f32[5]
k163.cl: launch 327: elementwise broadcast div sqrt add div sub -> f32[5]
k164.cl: launch 328: elementwise mul add -> f32[16]
k165.cl: launch 330: elementwise sub div -> f32[]
k166.cl: launch 331: elementwise broadcast mul add mul mul mul -> f32[16] f32[16] f32[16] f32[16]
k167.cl: launch 334: elementwise mul add -> f32[32]
k168.cl: launch 336: elementwise sub div -> f32[]
k169.cl: launch 337: elementwise broadcast mul add mul mul mul -> f32[32] f32[32] f32[32] f32[32]
k170.cl: launch 340: elementwise mul add -> f32[64]
k171.cl: launch 342: elementwise sub div -> f32[]
k172.cl: launch 343: elementwise broadcast mul add mul -> f32[64] f32[64]

// ---- k0.cl

// launch 0: elementwise gather -> i32[B, 28, 28, 1]
__kernel void k0(__global int* restrict b0, __global int* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 784;
    const int x3 = x2 * 28;
    const int x4 = i1 / 28;
    const int x5 = x4 % 28;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 % 28;
    const int x9 = x7 + x8;
    const int v10 = b0[x9];
    const int v11 = nnc_index(v10, 5, fault);
    b1[i1] = v11;
  }
}

// ---- k1.cl

// launch 1: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k2.cl

// launch 2: reduction of sum -> f32[16]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 16;
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

// ---- k3.cl

// launch 3: elementwise div stop_gradient mul -> f32[16] f32[16]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[0];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k4.cl

// launch 4: elementwise broadcast sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k5.cl

// launch 6: elementwise div add sqrt recip mul stop_gradient mul -> f32[16] f32[16] f32[16] f32[16]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[0];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    const float v5 = (v4 + (0x1.4f8b58p-17f));
    const float v6 = F64(sqrt, v5);
    const float v7 = (1.0f / v6);
    const float v8 = b1[i0];
    const float v9 = (v7 * v8);
    b2[i0] = v9;
    b3[i0] = v7;
    b4[i0] = v6;
    const float v10 = ((0x1.99999ap-4f) * v4);
    b5[i0] = v10;
  }
}

// ---- k6.cl

// launch 7: elementwise broadcast mul add max -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
    b5[i1] = v5;
  }
}

// ---- k7.cl

// launch 8: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k7(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k8.cl

// launch 15: max_pool2d -> f32[B, 16, 14, 14]
__kernel void k8(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[1], C = 16, H = 28, W = 28, O = 16, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k9.cl

// launch 16: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k9(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k10.cl

// launch 17: reduction of sum -> f32[32]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[10];
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

// ---- k11.cl

// launch 18: elementwise div stop_gradient mul -> f32[32] f32[32]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[10];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k12.cl

// launch 19: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k13.cl

// launch 21: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[10];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    const float v5 = (v4 + (0x1.4f8b58p-17f));
    const float v6 = F64(sqrt, v5);
    const float v7 = (1.0f / v6);
    const float v8 = b1[i0];
    const float v9 = (v7 * v8);
    b2[i0] = v9;
    b3[i0] = v7;
    b4[i0] = v6;
    const float v10 = ((0x1.99999ap-4f) * v4);
    b5[i0] = v10;
  }
}

// ---- k14.cl

// launch 22: elementwise broadcast mul add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
    b5[i1] = v5;
  }
}

// ---- k15.cl

// launch 23: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k15(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k16.cl

// launch 30: max_pool2d -> f32[B, 32, 7, 7]
__kernel void k16(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[1], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k17.cl

// launch 31: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k17(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k18.cl

// launch 32: reduction of sum -> f32[64]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[15];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 64;
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

// ---- k19.cl

// launch 33: elementwise div stop_gradient mul -> f32[64] f32[64]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[15];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k20.cl

// launch 34: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k21.cl

// launch 36: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[15];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    const float v5 = (v4 + (0x1.4f8b58p-17f));
    const float v6 = F64(sqrt, v5);
    const float v7 = (1.0f / v6);
    const float v8 = b1[i0];
    const float v9 = (v7 * v8);
    b2[i0] = v9;
    b3[i0] = v7;
    b4[i0] = v6;
    const float v10 = ((0x1.99999ap-4f) * v4);
    b5[i0] = v10;
  }
}

// ---- k22.cl

// launch 37: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
    b5[i1] = v5;
  }
}

// ---- k23.cl

// launch 38: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k24.cl

// launch 45: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k24(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k25.cl

// launch 46: elementwise add -> f32[B, 32, 14, 14]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k26.cl

// launch 47: elementwise concat -> f32[B, 64, 14, 14]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 196;
    const int x3 = x2 % 64;
    float v4;
    if (x3 < 32) {
      const int x5 = i1 / 12544;
      const int x6 = x5 * 32;
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
    } else {
      const int x16 = i1 / 12544;
      const int x17 = x16 * 32;
      const int x18 = x3 - 32;
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
    }
    b2[i1] = v4;
  }
}

// ---- k27.cl

// launch 48: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k27(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k28.cl

// launch 62: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k28(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k29.cl

// launch 63: elementwise add -> f32[B, 16, 28, 28]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k30.cl

// launch 64: elementwise concat -> f32[B, 32, 28, 28]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 784;
    const int x3 = x2 % 32;
    float v4;
    if (x3 < 16) {
      const int x5 = i1 / 25088;
      const int x6 = x5 * 16;
      const int x7 = x6 + x3;
      const int x8 = x7 * 28;
      const int x9 = i1 / 28;
      const int x10 = x9 % 28;
      const int x11 = x8 + x10;
      const int x12 = x11 * 28;
      const int x13 = i1 % 28;
      const int x14 = x12 + x13;
      const float v15 = b0[x14];
      v4 = v15;
    } else {
      const int x16 = i1 / 25088;
      const int x17 = x16 * 16;
      const int x18 = x3 - 16;
      const int x19 = x17 + x18;
      const int x20 = x19 * 28;
      const int x21 = i1 / 28;
      const int x22 = x21 % 28;
      const int x23 = x20 + x22;
      const int x24 = x23 * 28;
      const int x25 = i1 % 28;
      const int x26 = x24 + x25;
      const float v27 = b1[x26];
      v4 = v27;
    }
    b2[i1] = v4;
  }
}

// ---- k31.cl

// launch 65: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k31(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// launch 78: elementwise add sqrt recip mul mul -> f32[16] f32[16] f32[16] f32[16]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 + (0x1.4f8b58p-17f));
    const float v3 = F64(sqrt, v2);
    const float v4 = (1.0f / v3);
    const float v5 = b1[i0];
    const float v6 = (v4 * v5);
    b2[i0] = v6;
    const float v7 = (v4 * v4);
    b3[i0] = v7;
    b4[i0] = v3;
    b5[i0] = v4;
  }
}

// ---- k33.cl

// launch 79: elementwise broadcast mul add max ge -> f32[B, 16, 28, 28] bool[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    const float v10 = BOOL(v8 >= 0.0f);
    b4[i1] = v10;
    b5[i1] = v5;
  }
}

// ---- k34.cl

// launch 80: conv2d -> f32[B, 5, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k34(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 5, OH = 28, OW = 28, KH = 1, KW = 1;
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

// ---- k35.cl

// launch 81: elementwise add -> f32[B, 5, 28, 28]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 5;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k36.cl

// launch 82: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 28, 28, 5] f32[B, 28, 28, 5] f32[B, 28, 28, 1]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 5;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 784;
    const int x2 = x1 * 5;
    const int x3 = x2 + j;
    const int x4 = x3 * 28;
    const int x5 = o / 28;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = o % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc = isnan(acc) || isnan((acc_t) v11) ? NAN : fmax(acc, (acc_t) v11);
  }
  const float r12 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 784;
    const int x14 = x13 * 5;
    const int x15 = x14 + j;
    const int x16 = x15 * 28;
    const int x17 = o / 28;
    const int x18 = x17 % 28;
    const int x19 = x16 + x18;
    const int x20 = x19 * 28;
    const int x21 = o % 28;
    const int x22 = x20 + x21;
    const float v23 = b0[x22];
    const float v24 = (v23 - r12);
    const float v25 = F64(exp, v24);
    acc1 += (acc_t) v25;
  }
  const float r26 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x27 = o / 784;
    const int x28 = x27 * 5;
    const int x29 = x28 + j;
    const int x30 = x29 * 28;
    const int x31 = o / 28;
    const int x32 = x31 % 28;
    const int x33 = x30 + x32;
    const int x34 = x33 * 28;
    const int x35 = o % 28;
    const int x36 = x34 + x35;
    const float v37 = b0[x36];
    const float v38 = (v37 - r12);
    const float v39 = F64(log, r26);
    const float v40 = (v38 - v39);
    const int x41 = x27 * 28;
    const int x42 = x41 + x32;
    const int x43 = x42 * 28;
    const int x44 = x43 + x35;
    const int x45 = x44 * 5;
    const int x46 = x45 + j;
    b1[x46] = v40;
    const float v47 = F64(exp, v38);
    b2[x46] = v47;
  }
  b3[o] = r26;
}

// ---- k37.cl

// launch 83: reduction of broadcast eq reshape select sum -> bool[B, 28, 28, 1, 5] f32[B, 28, 28, 1]
__kernel void k37(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 5;
  for (int j = 0; j < count; j++) {
    const int v1 = b0[o];
    const float v2 = BOOL(v1 == j);
    const int x3 = o / 784;
    const int x4 = x3 * 28;
    const int x5 = o / 28;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = o % 28;
    const int x10 = x8 + x9;
    const int x11 = x10 * 5;
    const int x12 = x11 + j;
    const float v13 = b1[x12];
    const float v14 = (v2 != 0.0f ? v13 : 0.0f);
    b2[x12] = v2;
    acc += (acc_t) v14;
  }
  const float r15 = (float) acc;
  b3[o] = r15;
}

// ---- k38.cl

// launch 84: reduction of sum div neg -> f32[]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 28;
    const int x3 = j / 28;
    const int x4 = x3 % 28;
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
  const float v13 = (-v12);
  b1[o] = v13;
}

// ---- k39.cl

// launch 85: elementwise mul -> f32[16, 1, 3, 3]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k40.cl

// launch 86: elementwise ge -> bool[B, 16, 28, 28]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k41.cl

// launch 89: elementwise div -> f32[]
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

// launch 90: elementwise broadcast select -> f32[B, 28, 28, 1, 5]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k43.cl

// launch 91: reduction of reshape neg sum div broadcast mul add -> f32[B, 28, 28, 5]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 5;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 784;
    const int x2 = x1 * 28;
    const int x3 = o / 28;
    const int x4 = x3 % 28;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = o % 28;
    const int x8 = x6 + x7;
    const int x9 = x8 * 5;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    const float v12 = (-v11);
    acc += (acc_t) v12;
  }
  const float r13 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x14 = o / 784;
    const int x15 = x14 * 28;
    const int x16 = o / 28;
    const int x17 = x16 % 28;
    const int x18 = x15 + x17;
    const int x19 = x18 * 28;
    const int x20 = o % 28;
    const int x21 = x19 + x20;
    const int x22 = x21 * 5;
    const int x23 = x22 + j;
    const float v24 = b0[x23];
    const float v25 = b1[o];
    const float v26 = (r13 / v25);
    const float v27 = b2[x23];
    const float v28 = (v26 * v27);
    const float v29 = (v24 + v28);
    b3[x23] = v29;
  }
}

// ---- k44.cl

// launch 92: elementwise transpose -> f32[B, 5, 28, 28]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3920;
    const int x3 = x2 * 28;
    const int x4 = i1 / 28;
    const int x5 = x4 % 28;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 % 28;
    const int x9 = x7 + x8;
    const int x10 = x9 * 5;
    const int x11 = i1 / 784;
    const int x12 = x11 % 5;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k45.cl

// launch 93: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k45(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 5, OH = 28, OW = 28, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k46.cl

// launch 94: elementwise select mul mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    b3[i1] = v6;
    const float v7 = b4[i1];
    const float v8 = (v4 * v7);
    b5[i1] = v8;
    b6[i1] = v4;
  }
}

// ---- k47.cl

// launch 95: reduction of sum mul mul neg mul div div mul -> f32[16] f32[16]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 16;
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  const float v15 = b2[o];
  const float v16 = (v14 * v15);
  const float v17 = (-v16);
  const float v18 = (v17 * (0x1.0p-1f));
  const float v19 = b3[o];
  const float v20 = (v18 / v19);
  const float v21 = (float) x0;
  const float v22 = (v20 / v21);
  b4[o] = v22;
  const float v23 = b5[o];
  const float v24 = (r12 * v23);
  b6[o] = v24;
}

// ---- k48.cl

// launch 96: reduction of broadcast mul add add neg sum div -> f32[B, 16, 28, 28] f32[16]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 16;
    const int x3 = x2 + o;
    const int x4 = x3 * 28;
    const int x5 = j / 28;
    const int x6 = x5 % 28;
    const int x7 = x4 + x6;
    const int x8 = x7 * 28;
    const int x9 = j % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[o];
    const float v13 = b2[x10];
    const float v14 = (v12 * v13);
    const float v15 = (v11 + v14);
    const float v16 = (v15 + v14);
    const float v17 = (-v16);
    b3[x10] = v16;
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  const float v19 = (float) x0;
  const float v20 = (r18 / v19);
  b4[o] = v20;
}

// ---- k49.cl

// launch 98: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k49(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k50.cl

// launch 100: reduction of sum mul mul -> f32[16] f32[16]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 16;
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k51.cl

// launch 101: elementwise mul mul neg mul div div -> f32[16]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v2 * v2);
    const float v4 = (v1 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i0];
    const float v8 = (v6 / v7);
    const int x9 = d[0];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k52.cl

// launch 104: conv2d_input_grad -> f32[B, 32, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k52(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k53.cl

// launch 105: elementwise ge -> bool[B, 32, 14, 14]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k54.cl

// launch 109: elementwise slice -> f32[B, 16, 28, 28]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 12544;
    const int x3 = x2 * 32;
    const int x4 = i1 / 784;
    const int x5 = x4 % 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 28;
    const int x8 = i1 / 28;
    const int x9 = x8 % 28;
    const int x10 = x7 + x9;
    const int x11 = x10 * 28;
    const int x12 = i1 % 28;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k55.cl

// launch 110: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k55(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k56.cl

// launch 111: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    b3[i1] = v6;
    const float v7 = b4[i1];
    const float v8 = (v4 * v7);
    b5[i1] = v8;
    b6[i1] = v4;
  }
}

// ---- k57.cl

// launch 112: reduction of sum mul mul -> f32[32] f32[32]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[10];
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k58.cl

// launch 113: elementwise mul mul neg mul div div -> f32[32]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v2 * v2);
    const float v4 = (v1 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i0];
    const float v8 = (v6 / v7);
    const int x9 = d[10];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k59.cl

// launch 114: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[10];
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
    const float v12 = b1[o];
    const float v13 = b2[x10];
    const float v14 = (v12 * v13);
    const float v15 = (v11 + v14);
    const float v16 = (v15 + v14);
    const float v17 = (-v16);
    b3[x10] = v16;
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  const float v19 = (float) x0;
  const float v20 = (r18 / v19);
  b4[o] = v20;
}

// ---- k60.cl

// launch 116: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k60(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k61.cl

// launch 122: conv2d_input_grad -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k61(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k62.cl

// launch 123: elementwise ge -> bool[B, 64, 7, 7]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k63.cl

// launch 125: elementwise slice -> f32[B, 32, 14, 14]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 6272;
    const int x3 = x2 * 64;
    const int x4 = i1 / 196;
    const int x5 = x4 % 32;
    const int x6 = x3 + x5;
    const int x7 = x6 * 14;
    const int x8 = i1 / 14;
    const int x9 = x8 % 14;
    const int x10 = x7 + x9;
    const int x11 = x10 * 14;
    const int x12 = i1 % 14;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k64.cl

// launch 126: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k64(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k65.cl

// launch 127: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    b3[i1] = v6;
    const float v7 = b4[i1];
    const float v8 = (v4 * v7);
    b5[i1] = v8;
    b6[i1] = v4;
  }
}

// ---- k66.cl

// launch 128: reduction of sum mul mul -> f32[64] f32[64]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[15];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 64;
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k67.cl

// launch 129: elementwise mul mul neg mul div div -> f32[64]
__kernel void k67(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v2 * v2);
    const float v4 = (v1 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i0];
    const float v8 = (v6 / v7);
    const int x9 = d[15];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k68.cl

// launch 130: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[15];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 49;
    const int x2 = x1 * 64;
    const int x3 = x2 + o;
    const int x4 = x3 * 7;
    const int x5 = j / 7;
    const int x6 = x5 % 7;
    const int x7 = x4 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[o];
    const float v13 = b2[x10];
    const float v14 = (v12 * v13);
    const float v15 = (v11 + v14);
    const float v16 = (v15 + v14);
    const float v17 = (-v16);
    b3[x10] = v16;
    acc += (acc_t) v17;
  }
  const float r18 = (float) acc;
  const float v19 = (float) x0;
  const float v20 = (r18 / v19);
  b4[o] = v20;
}

// ---- k69.cl

// launch 131: elementwise broadcast add -> f32[B, 64, 7, 7]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k70.cl

// launch 132: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k70(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k71.cl

// launch 138: conv2d_input_grad -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k71(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k72.cl

// launch 139: max_pool2d_scatter -> f32[B, 32, 14, 14]
__kernel void k72(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[1], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 2, KW = 2;
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

// ---- k73.cl

// launch 140: elementwise add select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6272;
    const int x4 = x3 * 64;
    const int x5 = i1 / 196;
    const int x6 = x5 % 32;
    const int x7 = x6 + 32;
    const int x8 = x4 + x7;
    const int x9 = x8 * 14;
    const int x10 = i1 / 14;
    const int x11 = x10 % 14;
    const int x12 = x9 + x11;
    const int x13 = x12 * 14;
    const int x14 = i1 % 14;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    const float v17 = b2[i1];
    const float v18 = (v16 + v17);
    const float v19 = (v2 != 0.0f ? v18 : 0.0f);
    const float v20 = b3[i1];
    const float v21 = (v19 * v20);
    b4[i1] = v21;
    const float v22 = b5[i1];
    const float v23 = (v19 * v22);
    b6[i1] = v23;
    b7[i1] = v19;
  }
}

// ---- k74.cl

// launch 151: conv2d_input_grad -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k74(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k75.cl

// launch 152: max_pool2d_scatter -> f32[B, 16, 28, 28]
__kernel void k75(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
  const int N = d[1], C = 16, H = 28, W = 28, O = 16, OH = 14, OW = 14, KH = 2, KW = 2;
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

// ---- k76.cl

// launch 153: elementwise add select mul mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 12544;
    const int x4 = x3 * 32;
    const int x5 = i1 / 784;
    const int x6 = x5 % 16;
    const int x7 = x6 + 16;
    const int x8 = x4 + x7;
    const int x9 = x8 * 28;
    const int x10 = i1 / 28;
    const int x11 = x10 % 28;
    const int x12 = x9 + x11;
    const int x13 = x12 * 28;
    const int x14 = i1 % 28;
    const int x15 = x13 + x14;
    const float v16 = b1[x15];
    const float v17 = b2[i1];
    const float v18 = (v16 + v17);
    const float v19 = (v2 != 0.0f ? v18 : 0.0f);
    const float v20 = b3[i1];
    const float v21 = (v19 * v20);
    b4[i1] = v21;
    const float v22 = b5[i1];
    const float v23 = (v19 * v22);
    b6[i1] = v23;
    b7[i1] = v19;
  }
}

// ---- k77.cl

// launch 164: conv2d_weight_grad -> f32[16, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k77(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 16;
  __local float As[16][16], Bs[16][16];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 1) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 16; nn += 1) {
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

// ---- k78.cl

// launch 165: elementwise mul add mul add mul mul -> f32[16, 1, 3, 3] f32[16, 1, 3, 3]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k79.cl

// launch 166: elementwise cast pow sub pow sub -> f32[] f32[]
__kernel void k79(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  if (gid < 1) {
    const int i11 = gid - 0;
    b1[i11] = v8;
    b2[i11] = v10;
  }
}

// ---- k80.cl

// launch 167: elementwise broadcast div mul -> f32[16, 1, 3, 3]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k81.cl

// launch 168: elementwise mul add -> f32[16, 1, 3, 3]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k82.cl

// launch 169: elementwise broadcast div sqrt add div sub -> f32[16, 1, 3, 3]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k83.cl

// launch 170: elementwise mul -> f32[16]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k84.cl

// launch 171: elementwise mul add mul add mul mul -> f32[16] f32[16]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k85.cl

// launch 172: elementwise broadcast div mul -> f32[16] f32[16]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k86.cl

// launch 173: elementwise mul add -> f32[16]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k87.cl

// launch 174: elementwise broadcast div sqrt add div sub -> f32[16] f32[16]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k88.cl

// launch 177: elementwise mul add mul add div mul mul mul -> f32[16] f32[16] f32[16]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k89.cl

// launch 178: elementwise mul add div sqrt add div sub -> f32[16] f32[16]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k90.cl

// launch 179: elementwise mul -> f32[16, 16, 3, 3]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k91.cl

// launch 180: conv2d_weight_grad -> f32[16, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k91(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k92.cl

// launch 181: elementwise mul add mul add mul mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k93.cl

// launch 182: elementwise broadcast div mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k94.cl

// launch 183: elementwise mul add -> f32[16, 16, 3, 3]
__kernel void k94(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k95.cl

// launch 184: elementwise broadcast div sqrt add div sub -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
__kernel void k95(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k96.cl

// launch 192: elementwise mul -> f32[32, 16, 3, 3]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k97.cl

// launch 193: conv2d_weight_grad -> f32[32, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k97(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k98.cl

// launch 194: elementwise mul add mul add mul mul -> f32[32, 16, 3, 3] f32[32, 16, 3, 3]
__kernel void k98(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k99.cl

// launch 195: elementwise broadcast div mul -> f32[32, 16, 3, 3]
__kernel void k99(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k100.cl

// launch 196: elementwise mul add -> f32[32, 16, 3, 3]
__kernel void k100(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k101.cl

// launch 197: elementwise broadcast div sqrt add div sub -> f32[32, 16, 3, 3]
__kernel void k101(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k102.cl

// launch 198: elementwise mul -> f32[32]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k103.cl

// launch 199: elementwise mul add mul add mul mul -> f32[32] f32[32]
__kernel void k103(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k104.cl

// launch 200: elementwise broadcast div mul -> f32[32] f32[32]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k105.cl

// launch 201: elementwise mul add -> f32[32]
__kernel void k105(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k106.cl

// launch 202: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
__kernel void k106(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k107.cl

// launch 205: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
__kernel void k107(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k108.cl

// launch 206: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
__kernel void k108(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k109.cl

// launch 207: elementwise mul -> f32[32, 32, 3, 3]
__kernel void k109(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k110.cl

// launch 208: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k110(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k111.cl

// launch 209: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k111(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k112.cl

// launch 210: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k112(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k113.cl

// launch 211: elementwise mul add -> f32[32, 32, 3, 3]
__kernel void k113(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k114.cl

// launch 212: elementwise broadcast div sqrt add div sub -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k115.cl

// launch 220: elementwise mul -> f32[64, 32, 3, 3]
__kernel void k115(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k116.cl

// launch 221: conv2d_weight_grad -> f32[64, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k116(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k117.cl

// launch 222: elementwise mul add mul add mul mul -> f32[64, 32, 3, 3] f32[64, 32, 3, 3]
__kernel void k117(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k118.cl

// launch 223: elementwise broadcast div mul -> f32[64, 32, 3, 3]
__kernel void k118(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k119.cl

// launch 224: elementwise mul add -> f32[64, 32, 3, 3]
__kernel void k119(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k120.cl

// launch 225: elementwise broadcast div sqrt add div sub -> f32[64, 32, 3, 3]
__kernel void k120(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k121.cl

// launch 226: elementwise mul -> f32[64]
__kernel void k121(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k122.cl

// launch 227: elementwise mul add mul add mul mul -> f32[64] f32[64]
__kernel void k122(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k123.cl

// launch 228: elementwise broadcast div mul -> f32[64] f32[64]
__kernel void k123(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k124.cl

// launch 229: elementwise mul add -> f32[64]
__kernel void k124(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k125.cl

// launch 230: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
__kernel void k125(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
    b5[i0] = v4;
  }
}

// ---- k126.cl

// launch 233: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
__kernel void k126(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k127.cl

// launch 234: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
__kernel void k127(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k128.cl

// launch 235: elementwise mul -> f32[64, 64, 3, 3]
__kernel void k128(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k129.cl

// launch 236: conv2d_weight_grad -> f32[64, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k129(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k130.cl

// launch 237: elementwise mul add mul add mul mul -> f32[64, 64, 3, 3] f32[64, 64, 3, 3]
__kernel void k130(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k131.cl

// launch 238: elementwise broadcast div mul -> f32[64, 64, 3, 3]
__kernel void k131(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k132.cl

// launch 239: elementwise mul add -> f32[64, 64, 3, 3]
__kernel void k132(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k133.cl

// launch 240: elementwise broadcast div sqrt add div sub -> f32[64, 64, 3, 3]
__kernel void k133(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k134.cl

// launch 248: elementwise mul -> f32[64, 32, 2, 2]
__kernel void k134(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k135.cl

// launch 249: conv2d_weight_grad -> f32[64, 32, 2, 2]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k135(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k136.cl

// launch 250: elementwise mul add mul add mul mul -> f32[64, 32, 2, 2] f32[64, 32, 2, 2]
__kernel void k136(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k137.cl

// launch 251: elementwise broadcast div mul -> f32[64, 32, 2, 2]
__kernel void k137(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k138.cl

// launch 252: elementwise mul add -> f32[64, 32, 2, 2]
__kernel void k138(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k139.cl

// launch 253: elementwise broadcast div sqrt add div sub -> f32[64, 32, 2, 2]
__kernel void k139(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k140.cl

// launch 259: conv2d_weight_grad -> f32[32, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k140(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k141.cl

// launch 273: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k141(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k142.cl

// launch 274: elementwise mul add div sqrt add div sub -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k142(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k143.cl

// launch 282: elementwise mul -> f32[32, 16, 2, 2]
__kernel void k143(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k144.cl

// launch 283: conv2d_weight_grad -> f32[32, 16, 2, 2]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k144(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k145.cl

// launch 284: elementwise mul add mul add mul mul -> f32[32, 16, 2, 2] f32[32, 16, 2, 2]
__kernel void k145(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k146.cl

// launch 285: elementwise broadcast div mul -> f32[32, 16, 2, 2]
__kernel void k146(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k147.cl

// launch 286: elementwise mul add -> f32[32, 16, 2, 2]
__kernel void k147(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k148.cl

// launch 287: elementwise broadcast div sqrt add div sub -> f32[32, 16, 2, 2]
__kernel void k148(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k149.cl

// launch 293: conv2d_weight_grad -> f32[16, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k149(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 32, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k150.cl

// launch 307: elementwise mul add mul add div mul mul mul -> f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3]
__kernel void k150(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k151.cl

// launch 308: elementwise mul add div sqrt add div sub -> f32[16, 16, 3, 3] f32[16, 16, 3, 3]
__kernel void k151(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2304) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[i0];
    const float v7 = b5[i0];
    const float v8 = (v4 / v7);
    const float v9 = F64(sqrt, v8);
    const float v10 = (v9 + (0x1.5798eep-27f));
    const float v11 = (v6 / v10);
    const float v12 = (v5 - v11);
    b6[i0] = v12;
  }
}

// ---- k152.cl

// launch 316: elementwise mul -> f32[5, 16, 1, 1]
__kernel void k152(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 80) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k153.cl

// launch 317: conv2d_weight_grad -> f32[5, 16, 1, 1]
__kernel __attribute__((reqd_work_group_size(4, 2, 1)))
void k153(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 5, OH = 28, OW = 28, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 16;
  __local float As[16][8], Bs[16][16];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 8; mm < 8; mm += 1) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 8; kk < 16; kk += 8) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 8; nn < 16; nn += 1) {
      const int n = n0 + nn;
      const int kx = n % KW, ky = n / KW % KH, c = n / (KW * KH); const int dy0 = ky * DH - PH, dx0 = kx * DW - PW, at = (grp * cg + c) * H * W;
      for (int kk = lid % 8; kk < 16; kk += 8) {
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

// ---- k154.cl

// launch 318: elementwise mul add mul add mul mul -> f32[5, 16, 1, 1] f32[5, 16, 1, 1]
__kernel void k154(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 80) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k155.cl

// launch 319: elementwise broadcast div mul -> f32[5, 16, 1, 1]
__kernel void k155(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 80) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k156.cl

// launch 320: elementwise mul add -> f32[5, 16, 1, 1]
__kernel void k156(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 80) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k157.cl

// launch 321: elementwise broadcast div sqrt add div sub -> f32[5, 16, 1, 1]
__kernel void k157(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 80) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k158.cl

// launch 322: elementwise mul -> f32[5]
__kernel void k158(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 5) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k159.cl

// launch 323: reduction of sum -> f32[5]
__kernel void k159(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 5) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 784;
    const int x2 = x1 * 5;
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

// ---- k160.cl

// launch 324: elementwise mul add mul add mul mul -> f32[5] f32[5]
__kernel void k160(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 5) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = (0.0f * v3);
    const float v5 = (v2 + v4);
    const float v6 = ((0x1.99999ap-4f) * v5);
    const float v7 = (v1 + v6);
    b3[i0] = v7;
    const float v8 = ((0x1.0624dep-10f) * v5);
    const float v9 = (v8 * v5);
    b4[i0] = v9;
  }
}

// ---- k161.cl

// launch 325: elementwise broadcast div mul -> f32[5]
__kernel void k161(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 5) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k162.cl

// launch 326: elementwise mul add -> f32[5]
__kernel void k162(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 5) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k163.cl

// launch 327: elementwise broadcast div sqrt add div sub -> f32[5]
__kernel void k163(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 5) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[i0];
    const float v4 = b3[0];
    const float v5 = (v3 / v4);
    const float v6 = F64(sqrt, v5);
    const float v7 = (v6 + (0x1.5798eep-27f));
    const float v8 = (v2 / v7);
    const float v9 = (v1 - v8);
    b4[i0] = v9;
  }
}

// ---- k164.cl

// launch 328: elementwise mul add -> f32[16]
__kernel void k164(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k165.cl

// launch 330: elementwise sub div -> f32[]
__kernel void k165(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = (v1 - 1.0f);
    hoisted[0] = v2;
    const float v3 = (v1 / v2);
    hoisted[1] = v3;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v4 = hoisted[0];
  const float v5 = hoisted[1];
  if (gid < 1) {
    const int i6 = gid - 0;
    b0[i6] = v5;
  }
}

// ---- k166.cl

// launch 331: elementwise broadcast mul add mul mul mul -> f32[16] f32[16] f32[16] f32[16]
__kernel void k166(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
    const float v6 = b4[i0];
    const float v7 = (v6 * v3);
    b5[i0] = v7;
    const float v8 = b6[i0];
    const float v9 = (v8 * v3);
    b7[i0] = v9;
    const float v10 = b8[i0];
    const float v11 = (v10 * v3);
    b9[i0] = v11;
  }
}

// ---- k167.cl

// launch 334: elementwise mul add -> f32[32]
__kernel void k167(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k168.cl

// launch 336: elementwise sub div -> f32[]
__kernel void k168(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[10];
    const float v1 = (float) x0;
    const float v2 = (v1 - 1.0f);
    hoisted[0] = v2;
    const float v3 = (v1 / v2);
    hoisted[1] = v3;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v4 = hoisted[0];
  const float v5 = hoisted[1];
  if (gid < 1) {
    const int i6 = gid - 0;
    b0[i6] = v5;
  }
}

// ---- k169.cl

// launch 337: elementwise broadcast mul add mul mul mul -> f32[32] f32[32] f32[32] f32[32]
__kernel void k169(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
    const float v6 = b4[i0];
    const float v7 = (v6 * v3);
    b5[i0] = v7;
    const float v8 = b6[i0];
    const float v9 = (v8 * v3);
    b7[i0] = v9;
    const float v10 = b8[i0];
    const float v11 = (v10 * v3);
    b9[i0] = v11;
  }
}

// ---- k170.cl

// launch 340: elementwise mul add -> f32[64]
__kernel void k170(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k171.cl

// launch 342: elementwise sub div -> f32[]
__kernel void k171(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[15];
    const float v1 = (float) x0;
    const float v2 = (v1 - 1.0f);
    hoisted[0] = v2;
    const float v3 = (v1 / v2);
    hoisted[1] = v3;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v4 = hoisted[0];
  const float v5 = hoisted[1];
  if (gid < 1) {
    const int i6 = gid - 0;
    b0[i6] = v5;
  }
}

// ---- k172.cl

// launch 343: elementwise broadcast mul add mul -> f32[64] f32[64]
__kernel void k172(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
    const float v6 = b4[i0];
    const float v7 = (v6 * v3);
    b5[i0] = v7;
  }
}
