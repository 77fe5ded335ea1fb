// SmallResNet: kernels of one training step: 178 OpenCL kernels for 290 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: conv2d -> f32[B, 32, 28, 28]
k2.cl: launch 2: reduction of sum -> f32[32]
k3.cl: launch 3: elementwise div stop_gradient mul -> f32[32] f32[32]
k4.cl: launch 4: elementwise broadcast sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28]
k5.cl: launch 6: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
k6.cl: launch 7: elementwise broadcast mul add max -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
k7.cl: launch 8: max_pool2d -> f32[B, 32, 14, 14]
k8.cl: launch 9: conv2d -> f32[B, 32, 14, 14]
k9.cl: launch 10: reduction of sum -> f32[32]
k10.cl: launch 11: elementwise div stop_gradient mul -> f32[32] f32[32]
k11.cl: launch 12: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k12.cl: launch 14: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
k13.cl: launch 15: elementwise broadcast mul add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k14.cl: launch 22: elementwise broadcast mul add add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k15.cl: launch 23: conv2d -> f32[B, 64, 7, 7]
k16.cl: launch 24: reduction of sum -> f32[64]
k17.cl: launch 25: elementwise div stop_gradient mul -> f32[64] f32[64]
k18.cl: launch 26: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k19.cl: launch 28: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
k20.cl: launch 29: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k21.cl: launch 30: conv2d -> f32[B, 64, 7, 7]
k22.cl: launch 36: elementwise broadcast mul add -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k23.cl: launch 37: conv2d -> f32[B, 64, 7, 7]
k24.cl: launch 43: elementwise broadcast mul add add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k25.cl: launch 44: conv2d -> f32[B, 128, 4, 4]
k26.cl: launch 45: reduction of sum -> f32[128]
k27.cl: launch 46: elementwise div stop_gradient mul -> f32[128] f32[128]
k28.cl: launch 47: elementwise broadcast sub mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4]
k29.cl: launch 49: elementwise div add sqrt recip mul stop_gradient mul -> f32[128] f32[128] f32[128] f32[128]
k30.cl: launch 50: elementwise broadcast mul add max -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4]
k31.cl: launch 51: conv2d -> f32[B, 128, 4, 4]
k32.cl: launch 57: elementwise add sqrt recip mul mul -> f32[128] f32[128] f32[128] f32[128]
k33.cl: launch 58: conv2d -> f32[B, 128, 4, 4]
k34.cl: launch 65: reduction of broadcast mul add broadcast mul add add max sum div ge -> bool[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128]
k35.cl: launch 66: matmul b' -> f32[B, 10]
k36.cl: launch 67: elementwise add -> f32[B, 10]
k37.cl: launch 68: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k38.cl: launch 69: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k39.cl: launch 70: reduction of sum div neg -> f32[]
k40.cl: launch 71: elementwise cast div min mul cos add mul pow sub pow sub -> f32[] f32[] f32[]
k41.cl: launch 72: elementwise mul -> f32[32, 1, 3, 3]
k42.cl: launch 73: elementwise ge -> bool[B, 32, 28, 28]
k43.cl: launch 74: elementwise ge -> bool[B, 32, 14, 14]
k44.cl: launch 75: elementwise ge -> bool[B, 64, 7, 7]
k45.cl: launch 76: elementwise div -> f32[]
k46.cl: launch 77: elementwise broadcast select -> f32[B, 1, 10]
k47.cl: launch 78: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k48.cl: launch 79: matmul -> f32[B, 128]
k49.cl: launch 80: elementwise div -> f32[B, 128]
k50.cl: launch 81: reduction of broadcast select mul mul sum mul mul neg mul div div mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[128] f32[128]
k51.cl: launch 82: reduction of broadcast mul add add neg sum div -> f32[B, 128, 4, 4] f32[128]
k52.cl: launch 83: elementwise broadcast add -> f32[B, 128, 4, 4]
k53.cl: launch 84: conv2d_input_grad -> f32[B, 64, 7, 7]
k54.cl: launch 85: elementwise ge -> bool[B, 128, 4, 4]
k55.cl: launch 86: reduction of mul sum mul mul neg mul div div mul -> f32[128] f32[128]
k56.cl: launch 87: reduction of mul broadcast mul add add neg sum div -> f32[B, 128, 4, 4] f32[128]
k57.cl: launch 89: conv2d_input_grad -> f32[B, 128, 4, 4]
k58.cl: launch 90: elementwise select mul mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4]
k59.cl: launch 91: reduction of sum mul mul -> f32[128] f32[128]
k60.cl: launch 92: elementwise mul mul neg mul div div -> f32[128]
k61.cl: launch 95: conv2d_input_grad -> f32[B, 64, 7, 7]
k62.cl: launch 96: elementwise add select mul mul mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k63.cl: launch 97: reduction of sum mul mul -> f32[64] f32[64]
k64.cl: launch 98: elementwise mul mul neg mul div div -> f32[64]
k65.cl: launch 99: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
k66.cl: launch 100: elementwise broadcast add -> f32[B, 64, 7, 7]
k67.cl: launch 101: conv2d_input_grad -> f32[B, 32, 14, 14]
k68.cl: launch 107: conv2d_input_grad -> f32[B, 64, 7, 7]
k69.cl: launch 108: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
k70.cl: launch 113: conv2d_input_grad -> f32[B, 32, 14, 14]
k71.cl: launch 114: elementwise add select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k72.cl: launch 116: reduction of sum mul mul -> f32[32] f32[32]
k73.cl: launch 117: elementwise mul mul neg mul div div -> f32[32]
k74.cl: launch 118: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
k75.cl: launch 119: elementwise broadcast add -> f32[B, 32, 14, 14]
k76.cl: launch 120: conv2d_input_grad -> f32[B, 32, 14, 14]
k77.cl: launch 121: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k78.cl: launch 127: elementwise add -> f32[B, 32, 14, 14]
k79.cl: launch 128: max_pool2d_scatter -> f32[B, 32, 28, 28]
k80.cl: launch 129: elementwise select mul mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
k81.cl: launch 130: reduction of sum mul mul -> f32[32] f32[32]
k82.cl: launch 131: elementwise mul mul neg mul div div -> f32[32]
k83.cl: launch 132: reduction of broadcast mul add add neg sum div -> f32[B, 32, 28, 28] f32[32]
k84.cl: launch 133: elementwise broadcast add -> f32[B, 32, 28, 28]
k85.cl: launch 134: conv2d_weight_grad -> f32[32, 1, 3, 3]
k86.cl: launch 135: elementwise mul add mul add mul mul -> f32[32, 1, 3, 3] f32[32, 1, 3, 3]
k87.cl: launch 136: elementwise broadcast div mul -> f32[32, 1, 3, 3]
k88.cl: launch 137: elementwise mul add -> f32[32, 1, 3, 3]
k89.cl: launch 138: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 1, 3, 3]
k90.cl: launch 139: elementwise mul -> f32[32]
k91.cl: launch 140: elementwise mul add mul add mul mul -> f32[32] f32[32]
k92.cl: launch 141: elementwise broadcast div mul -> f32[32] f32[32]
k93.cl: launch 142: elementwise mul add -> f32[32]
k94.cl: launch 143: elementwise broadcast div sqrt add div sub sub mul add -> f32[32] f32[32]
k95.cl: launch 146: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
k96.cl: launch 147: elementwise mul add div sqrt add div sub sub mul add -> f32[32] f32[32]
k97.cl: launch 148: elementwise mul -> f32[32, 32, 3, 3]
k98.cl: launch 149: conv2d_weight_grad -> f32[32, 32, 3, 3]
k99.cl: launch 150: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k100.cl: launch 151: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k101.cl: launch 152: elementwise mul add -> f32[32, 32, 3, 3]
k102.cl: launch 153: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k103.cl: launch 163: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k104.cl: launch 164: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k105.cl: launch 172: elementwise mul -> f32[64, 32, 3, 3]
k106.cl: launch 173: conv2d_weight_grad -> f32[64, 32, 3, 3]
k107.cl: launch 174: elementwise mul add mul add mul mul -> f32[64, 32, 3, 3] f32[64, 32, 3, 3]
k108.cl: launch 175: elementwise broadcast div mul -> f32[64, 32, 3, 3]
k109.cl: launch 176: elementwise mul add -> f32[64, 32, 3, 3]
k110.cl: launch 177: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 32, 3, 3]
k111.cl: launch 178: elementwise mul -> f32[64]
k112.cl: launch 179: elementwise mul add mul add mul mul -> f32[64] f32[64]
k113.cl: launch 180: elementwise broadcast div mul -> f32[64] f32[64]
k114.cl: launch 181: elementwise mul add -> f32[64]
k115.cl: launch 182: elementwise broadcast div sqrt add div sub sub mul add -> f32[64] f32[64]
k116.cl: launch 185: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
k117.cl: launch 186: elementwise mul add div sqrt add div sub sub mul add -> f32[64] f32[64]
k118.cl: launch 187: elementwise mul -> f32[64, 64, 3, 3]
k119.cl: launch 188: conv2d_weight_grad -> f32[64, 64, 3, 3]
k120.cl: launch 189: elementwise mul add mul add mul mul -> f32[64, 64, 3, 3] f32[64, 64, 3, 3]
k121.cl: launch 190: elementwise broadcast div mul -> f32[64, 64, 3, 3]
k122.cl: launch 191: elementwise mul add -> f32[64, 64, 3, 3]
k123.cl: launch 192: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 64, 3, 3]
k124.cl: launch 200: elementwise mul -> f32[64, 32, 1, 1]
k125.cl: launch 201: conv2d_weight_grad -> f32[64, 32, 1, 1]
k126.cl: launch 202: elementwise mul add mul add mul mul -> f32[64, 32, 1, 1] f32[64, 32, 1, 1]
k127.cl: launch 203: elementwise broadcast div mul -> f32[64, 32, 1, 1]
k128.cl: launch 204: elementwise mul add -> f32[64, 32, 1, 1]
k129.cl: launch 205: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 32, 1, 1]
k130.cl: launch 212: elementwise mul -> f32[128, 64, 3, 3]
k131.cl: launch 213: conv2d_weight_grad -> f32[128, 64, 3, 3]
k132.cl: launch 214: elementwise mul add mul add mul mul -> f32[128, 64, 3, 3] f32[128, 64, 3, 3]
k133.cl: launch 215: elementwise broadcast div mul -> f32[128, 64, 3, 3]
k134.cl: launch 216: elementwise mul add -> f32[128, 64, 3, 3]
k135.cl: launch 217: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 64, 3, 3]
k136.cl: launch 218: elementwise mul -> f32[128]
k137.cl: launch 219: elementwise mul add mul add mul mul -> f32[128] f32[128]
k138.cl: launch 220: elementwise broadcast div mul -> f32[128] f32[128]
k139.cl: launch 221: elementwise mul add -> f32[128]
k140.cl: launch 222: elementwise broadcast div sqrt add div sub sub mul add -> f32[128] f32[128]
k141.cl: launch 225: elementwise mul add mul add div mul mul mul -> f32[128] f32[128] f32[128]
k142.cl: launch 226: elementwise mul add div sqrt add div sub sub mul add -> f32[128] f32[128]
k143.cl: launch 227: elementwise mul -> f32[128, 128, 3, 3]
k144.cl: launch 228: conv2d_weight_grad -> f32[128, 128, 3, 3]
k145.cl: launch 229: elementwise mul add mul add mul mul -> f32[128, 128, 3, 3] f32[128, 128, 3, 3]
k146.cl: launch 230: elementwise broadcast div mul -> f32[128, 128, 3, 3]
k147.cl: launch 231: elementwise mul add -> f32[128, 128, 3, 3]
k148.cl: launch 232: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 128, 3, 3]
k149.cl: launch 240: elementwise mul -> f32[128, 64, 1, 1]
k150.cl: launch 241: conv2d_weight_grad -> f32[128, 64, 1, 1]
k151.cl: launch 242: elementwise mul add mul add mul mul -> f32[128, 64, 1, 1] f32[128, 64, 1, 1]
k152.cl: launch 243: elementwise broadcast div mul -> f32[128, 64, 1, 1]
k153.cl: launch 244: elementwise mul add -> f32[128, 64, 1, 1]
k154.cl: launch 245: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 64, 1, 1]
k155.cl: launch 252: elementwise mul -> f32[10, 128]
k156.cl: launch 253: matmul a' -> f32[10, 128]
k157.cl: launch 254: elementwise mul add mul add mul mul -> f32[10, 128] f32[10, 128]
k158.cl: launch 255: elementwise broadcast div mul -> f32[10, 128]
k159.cl: launch 256: elementwise mul add -> f32[10, 128]
k160.cl: launch 257: elementwise broadcast div sqrt add div sub sub mul add -> f32[10, 128]
k161.cl: launch 258: elementwise mul -> f32[10]
k162.cl: launch 259: reduction of sum -> f32[10]
k163.cl: launch 260: elementwise mul add mul add mul mul -> f32[10] f32[10]
k164.cl: launch 261: elementwise broadcast div mul -> f32[10]
k165.cl: launch 262: elementwise mul add -> f32[10]
k166.cl: launch 263: elementwise broadcast div sqrt add div sub sub mul add -> f32[10]
k167.cl: launch 264: elementwise mul add -> f32[32]
k168.cl: launch 266: elementwise sub div -> f32[]
k169.cl: launch 267: elementwise broadcast mul add -> f32[32]
k170.cl: launch 270: elementwise sub div -> f32[]
k171.cl: launch 271: elementwise broadcast mul add mul -> f32[32] f32[32]
k172.cl: launch 274: elementwise mul add -> f32[64]
k173.cl: launch 276: elementwise sub div -> f32[]
k174.cl: launch 277: elementwise broadcast mul add mul mul -> f32[64] f32[64] f32[64]
k175.cl: launch 282: elementwise mul add -> f32[128]
k176.cl: launch 284: elementwise sub div -> f32[]
k177.cl: launch 285: elementwise broadcast mul add mul mul -> f32[128] f32[128] f32[128]

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

// launch 2: reduction of sum -> f32[32]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[4];
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

// ---- k3.cl

// launch 3: elementwise div stop_gradient mul -> f32[32] f32[32]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[4];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k4.cl

// launch 4: elementwise broadcast sub mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k5.cl

// launch 6: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
__kernel void k5(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[4];
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

// launch 7: elementwise broadcast mul add max -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
__kernel void k6(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
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

// ---- k7.cl

// launch 8: max_pool2d -> f32[B, 32, 14, 14]
__kernel void k7(__global const float* restrict p0, __global float* restrict p1, __global const int* restrict d) {
  const int N = d[0], C = 32, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int gid = get_global_id(0);
  if (gid >= N * C * OH * OW) return;
  p1[gid] = p0[nnc_argmax(p0, gid / (OH * OW), gid / OW % OH, gid % OW, H, W, KH, KW, SH, SW, PH, PW)];
}

// ---- k8.cl

// launch 9: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k8(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k9.cl

// launch 10: reduction of sum -> f32[32]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[9];
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

// ---- k10.cl

// launch 11: elementwise div stop_gradient mul -> f32[32] f32[32]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[9];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k11.cl

// launch 12: elementwise broadcast sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
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

// ---- k12.cl

// launch 14: elementwise div add sqrt recip mul stop_gradient mul -> f32[32] f32[32] f32[32] f32[32]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[9];
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

// ---- k13.cl

// launch 15: elementwise broadcast mul add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
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

// ---- k14.cl

// launch 22: elementwise broadcast mul add add max -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = b3[i1];
    const float v10 = (v8 + v9);
    const float v11 = nnc_max(v10, 0.0f);
    b4[i1] = v11;
    b5[i1] = v10;
    b6[i1] = v5;
  }
}

// ---- k15.cl

// launch 23: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k15(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k16.cl

// launch 24: reduction of sum -> f32[64]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[12];
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

// ---- k17.cl

// launch 25: elementwise div stop_gradient mul -> f32[64] f32[64]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[12];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k18.cl

// launch 26: elementwise broadcast sub mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
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

// ---- k19.cl

// launch 28: elementwise div add sqrt recip mul stop_gradient mul -> f32[64] f32[64] f32[64] f32[64]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[12];
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

// ---- k20.cl

// launch 29: elementwise broadcast mul add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
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

// ---- k21.cl

// launch 30: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k22.cl

// launch 36: elementwise broadcast mul add -> f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 64;
    const float v5 = b1[x4];
    const float v6 = (v2 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    b3[i1] = v8;
    b4[i1] = v5;
  }
}

// ---- k23.cl

// launch 37: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k24.cl

// launch 43: elementwise broadcast mul add add max -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 49;
    const int x5 = x4 % 64;
    const float v6 = b2[x5];
    const float v7 = (v3 * v6);
    const float v8 = b3[x5];
    const float v9 = (v7 + v8);
    const float v10 = (v2 + v9);
    const float v11 = nnc_max(v10, 0.0f);
    b4[i1] = v11;
    b5[i1] = v10;
    b6[i1] = v6;
  }
}

// ---- k25.cl

// launch 44: conv2d -> f32[B, 128, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k25(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k26.cl

// launch 45: reduction of sum -> f32[128]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
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

// ---- k27.cl

// launch 46: elementwise div stop_gradient mul -> f32[128] f32[128]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[16];
    const float v3 = (float) x2;
    const float v4 = (v1 / v3);
    b1[i0] = v4;
    const float v5 = ((0x1.99999ap-4f) * v4);
    b2[i0] = v5;
  }
}

// ---- k28.cl

// launch 47: elementwise broadcast sub mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 128;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k29.cl

// launch 49: elementwise div add sqrt recip mul stop_gradient mul -> f32[128] f32[128] f32[128] f32[128]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const int x2 = d[16];
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

// ---- k30.cl

// launch 50: elementwise broadcast mul add max -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 128;
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

// ---- k31.cl

// launch 51: conv2d -> f32[B, 128, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k31(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 128, H = 4, W = 4, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
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

// ---- k32.cl

// launch 57: elementwise add sqrt recip mul mul -> f32[128] f32[128] f32[128] f32[128]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
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

// launch 58: conv2d -> f32[B, 128, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k33(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 1, KW = 1;
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

// ---- k34.cl

// launch 65: reduction of broadcast mul add broadcast mul add add max sum div ge -> bool[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[19];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 16;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 128;
    const int x2 = x1 * 128;
    const int x3 = o % 128;
    const int x4 = x2 + x3;
    const int x5 = x4 * 4;
    const int x6 = j / 4;
    const int x7 = x5 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[x3];
    const float v13 = (v11 * v12);
    const float v14 = b2[x3];
    const float v15 = (v13 + v14);
    const float v16 = b3[x10];
    const float v17 = b4[x3];
    const float v18 = (v16 * v17);
    const float v19 = b5[x3];
    const float v20 = (v18 + v19);
    const float v21 = (v15 + v20);
    const float v22 = nnc_max(v21, 0.0f);
    const float v23 = BOOL(v21 >= 0.0f);
    b6[x10] = v23;
    b7[x10] = v17;
    b8[x10] = v12;
    acc += (acc_t) v22;
  }
  const float r24 = (float) acc;
  const float v25 = (r24 / 16.0f);
  b9[o] = v25;
}

// ---- k35.cl

// launch 66: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k36.cl

// launch 67: elementwise add -> f32[B, 10]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[22];
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

// launch 68: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k38.cl

// launch 69: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k38(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k39.cl

// launch 70: reduction of sum div neg -> f32[]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k40.cl

// launch 71: elementwise cast div min mul cos add mul pow sub pow sub -> f32[] f32[] f32[]
__kernel void k40(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[11];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = (v1 / 5628.0f);
    hoisted[1] = v2;
    const float v3 = nnc_min(v2, 1.0f);
    hoisted[2] = v3;
    const float v4 = ((0x1.921fb6p1f) * v3);
    hoisted[3] = v4;
    const float v5 = F64(cos, v4);
    hoisted[4] = v5;
    const float v6 = (1.0f + v5);
    hoisted[5] = v6;
    const float v7 = ((0x1.0p-1f) * v6);
    hoisted[6] = v7;
    const float v8 = F64_2(pow, (0x1.ccccccp-1f), v1);
    hoisted[7] = v8;
    const float v9 = (1.0f - v8);
    hoisted[8] = v9;
    const float v10 = F64_2(pow, (0x1.ff7ceep-1f), v1);
    hoisted[9] = v10;
    const float v11 = (1.0f - v10);
    hoisted[10] = v11;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v12 = hoisted[0];
  const float v13 = hoisted[1];
  const float v14 = hoisted[2];
  const float v15 = hoisted[3];
  const float v16 = hoisted[4];
  const float v17 = hoisted[5];
  const float v18 = hoisted[6];
  const float v19 = hoisted[7];
  const float v20 = hoisted[8];
  const float v21 = hoisted[9];
  const float v22 = hoisted[10];
  if (gid < 1) {
    const int i23 = gid - 0;
    b1[i23] = v18;
    b2[i23] = v20;
    b3[i23] = v22;
  }
}

// ---- k41.cl

// launch 72: elementwise mul -> f32[32, 1, 3, 3]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 288) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k42.cl

// launch 73: elementwise ge -> bool[B, 32, 28, 28]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k43.cl

// launch 74: elementwise ge -> bool[B, 32, 14, 14]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k44.cl

// launch 75: elementwise ge -> bool[B, 64, 7, 7]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k45.cl

// launch 76: elementwise div -> f32[]
__kernel void k45(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k46.cl

// launch 77: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[22];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k47.cl

// launch 78: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k48.cl

// launch 79: matmul -> f32[B, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k49.cl

// launch 80: elementwise div -> f32[B, 128]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 16.0f);
    b1[i1] = v3;
  }
}

// ---- k50.cl

// launch 81: reduction of broadcast select mul mul sum mul mul neg mul div div mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[128] f32[128]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[x3];
    const float v13 = (v11 != 0.0f ? v12 : 0.0f);
    const float v14 = b2[x10];
    const float v15 = (v13 * v14);
    const float v16 = b3[x10];
    const float v17 = (v13 * v16);
    b4[x10] = v17;
    b5[x10] = v13;
    acc += (acc_t) v15;
  }
  const float r18 = (float) acc;
  const float v19 = b6[o];
  const float v20 = (r18 * v19);
  const float v21 = b7[o];
  const float v22 = (v20 * v21);
  const float v23 = (-v22);
  const float v24 = (v23 * (0x1.0p-1f));
  const float v25 = b8[o];
  const float v26 = (v24 / v25);
  const float v27 = (float) x0;
  const float v28 = (v26 / v27);
  b9[o] = v28;
  const float v29 = b10[o];
  const float v30 = (r18 * v29);
  b11[o] = v30;
}

// ---- k51.cl

// launch 82: reduction of broadcast mul add add neg sum div -> f32[B, 128, 4, 4] f32[128]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
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

// ---- k52.cl

// launch 83: elementwise broadcast add -> f32[B, 128, 4, 4]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 16;
    const int x4 = x3 % 128;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k53.cl

// launch 84: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 1, KW = 1;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k54.cl

// launch 85: elementwise ge -> bool[B, 128, 4, 4]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k55.cl

// launch 86: reduction of mul sum mul mul neg mul div div mul -> f32[128] f32[128]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[x10];
    const float v13 = (v11 * v12);
    acc += (acc_t) v13;
  }
  const float r14 = (float) acc;
  const float v15 = b2[o];
  const float v16 = (r14 * v15);
  const float v17 = b3[o];
  const float v18 = (v16 * v17);
  const float v19 = (-v18);
  const float v20 = (v19 * (0x1.0p-1f));
  const float v21 = b4[o];
  const float v22 = (v20 / v21);
  const float v23 = (float) x0;
  const float v24 = (v22 / v23);
  b5[o] = v24;
  const float v25 = b6[o];
  const float v26 = (r14 * v25);
  b7[o] = v26;
}

// ---- k56.cl

// launch 87: reduction of mul broadcast mul add add neg sum div -> f32[B, 128, 4, 4] f32[128]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
    const int x3 = x2 + o;
    const int x4 = x3 * 4;
    const int x5 = j / 4;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 4;
    const int x9 = j % 4;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    const float v12 = b1[x10];
    const float v13 = (v11 * v12);
    const float v14 = b2[o];
    const float v15 = b3[x10];
    const float v16 = (v14 * v15);
    const float v17 = (v13 + v16);
    const float v18 = (v17 + v16);
    const float v19 = (-v18);
    b4[x10] = v18;
    acc += (acc_t) v19;
  }
  const float r20 = (float) acc;
  const float v21 = (float) x0;
  const float v22 = (r20 / v21);
  b5[o] = v22;
}

// ---- k57.cl

// launch 89: conv2d_input_grad -> f32[B, 128, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k57(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 128, H = 4, W = 4, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
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

// ---- k58.cl

// launch 90: elementwise select mul mul -> f32[B, 128, 4, 4] f32[B, 128, 4, 4] f32[B, 128, 4, 4]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
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

// ---- k59.cl

// launch 91: reduction of sum mul mul -> f32[128] f32[128]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[16];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 16;
    const int x2 = x1 * 128;
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k60.cl

// launch 92: elementwise mul mul neg mul div div -> f32[128]
__kernel void k60(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v2 * v2);
    const float v4 = (v1 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i0];
    const float v8 = (v6 / v7);
    const int x9 = d[16];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k61.cl

// launch 95: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k61(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// launch 96: elementwise add select mul mul mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 + v4);
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    b4[i1] = v8;
    const float v9 = b5[i1];
    const float v10 = (v6 * v9);
    b6[i1] = v10;
    const float v11 = b7[i1];
    const float v12 = (v6 * v11);
    b8[i1] = v12;
    const float v13 = b9[i1];
    const float v14 = (v6 * v13);
    b10[i1] = v14;
    b11[i1] = v6;
  }
}

// ---- k63.cl

// launch 97: reduction of sum mul mul -> f32[64] f32[64]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[12];
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

// ---- k64.cl

// launch 98: elementwise mul mul neg mul div div -> f32[64]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
    const int x9 = d[12];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k65.cl

// launch 99: reduction of broadcast mul add add neg sum div -> f32[B, 64, 7, 7] f32[64]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[12];
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

// ---- k66.cl

// launch 100: elementwise broadcast add -> f32[B, 64, 7, 7]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
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

// ---- k67.cl

// launch 101: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k67(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k68.cl

// launch 107: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k68(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k69.cl

// launch 108: elementwise select mul mul -> f32[B, 64, 7, 7] f32[B, 64, 7, 7] f32[B, 64, 7, 7]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[14];
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

// ---- k70.cl

// launch 113: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k70(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k71.cl

// launch 114: elementwise add select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 + v4);
    const float v6 = (v2 != 0.0f ? v5 : 0.0f);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    b4[i1] = v8;
    const float v9 = b5[i1];
    const float v10 = (v6 * v9);
    b6[i1] = v10;
    b7[i1] = v6;
  }
}

// ---- k72.cl

// launch 116: reduction of sum mul mul -> f32[32] f32[32]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[9];
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

// ---- k73.cl

// launch 117: elementwise mul mul neg mul div div -> f32[32]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
    const int x9 = d[9];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k74.cl

// launch 118: reduction of broadcast mul add add neg sum div -> f32[B, 32, 14, 14] f32[32]
__kernel void k74(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[9];
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

// ---- k75.cl

// launch 119: elementwise broadcast add -> f32[B, 32, 14, 14]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
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

// ---- k76.cl

// launch 120: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k76(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k77.cl

// launch 121: elementwise select mul mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k77(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k78.cl

// launch 127: elementwise add -> f32[B, 32, 14, 14]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k79.cl

// launch 128: max_pool2d_scatter -> f32[B, 32, 28, 28]
__kernel void k79(__global const float* restrict p0, __global const float* restrict p1, __global float* restrict p2, __global const int* restrict d) {
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

// ---- k80.cl

// launch 129: elementwise select mul mul -> f32[B, 32, 28, 28] f32[B, 32, 28, 28] f32[B, 32, 28, 28]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k81.cl

// launch 130: reduction of sum mul mul -> f32[32] f32[32]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[4];
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
  const float v13 = b1[o];
  const float v14 = (r12 * v13);
  b2[o] = v14;
  const float v15 = b3[o];
  const float v16 = (r12 * v15);
  b4[o] = v16;
}

// ---- k82.cl

// launch 131: elementwise mul mul neg mul div div -> f32[32]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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
    const int x9 = d[4];
    const float v10 = (float) x9;
    const float v11 = (v8 / v10);
    b3[i0] = v11;
  }
}

// ---- k83.cl

// launch 132: reduction of broadcast mul add add neg sum div -> f32[B, 32, 28, 28] f32[32]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[4];
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

// ---- k84.cl

// launch 133: elementwise broadcast add -> f32[B, 32, 28, 28]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k85.cl

// launch 134: conv2d_weight_grad -> f32[32, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 8, 1)))
void k85(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
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

// ---- k86.cl

// launch 135: elementwise mul add mul add mul mul -> f32[32, 1, 3, 3] f32[32, 1, 3, 3]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 288) {
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

// ---- k87.cl

// launch 136: elementwise broadcast div mul -> f32[32, 1, 3, 3]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 288) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k88.cl

// launch 137: elementwise mul add -> f32[32, 1, 3, 3]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 288) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k89.cl

// launch 138: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 1, 3, 3]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 288) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k90.cl

// launch 139: elementwise mul -> f32[32]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k91.cl

// launch 140: elementwise mul add mul add mul mul -> f32[32] f32[32]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k92.cl

// launch 141: elementwise broadcast div mul -> f32[32] f32[32]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k93.cl

// launch 142: elementwise mul add -> f32[32]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k94.cl

// launch 143: elementwise broadcast div sqrt add div sub sub mul add -> f32[32] f32[32]
__kernel void k94(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
    b6[i0] = v5;
  }
}

// ---- k95.cl

// launch 146: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
__kernel void k95(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    const float v12 = ((0x1.0624dep-10f) * v11);
    b6[i0] = v12;
  }
}

// ---- k96.cl

// launch 147: elementwise mul add div sqrt add div sub sub mul add -> f32[32] f32[32]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[0];
    const float v7 = b5[i0];
    const float v8 = b6[i0];
    const float v9 = (v4 / v8);
    const float v10 = F64(sqrt, v9);
    const float v11 = (v10 + (0x1.5798eep-27f));
    const float v12 = (v7 / v11);
    const float v13 = (v5 - v12);
    const float v14 = (v13 - v5);
    const float v15 = (v6 * v14);
    const float v16 = (v5 + v15);
    b7[i0] = v16;
  }
}

// ---- k97.cl

// launch 148: elementwise mul -> f32[32, 32, 3, 3]
__kernel void k97(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k98.cl

// launch 149: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k98(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k99.cl

// launch 150: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k99(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k100.cl

// launch 151: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k100(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k101.cl

// launch 152: elementwise mul add -> f32[32, 32, 3, 3]
__kernel void k101(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k102.cl

// launch 153: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
    b6[i0] = v5;
  }
}

// ---- k103.cl

// launch 163: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k103(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    const float v12 = ((0x1.0624dep-10f) * v11);
    b6[i0] = v12;
  }
}

// ---- k104.cl

// launch 164: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[0];
    const float v7 = b5[i0];
    const float v8 = b6[i0];
    const float v9 = (v4 / v8);
    const float v10 = F64(sqrt, v9);
    const float v11 = (v10 + (0x1.5798eep-27f));
    const float v12 = (v7 / v11);
    const float v13 = (v5 - v12);
    const float v14 = (v13 - v5);
    const float v15 = (v6 * v14);
    const float v16 = (v5 + v15);
    b7[i0] = v16;
  }
}

// ---- k105.cl

// launch 172: elementwise mul -> f32[64, 32, 3, 3]
__kernel void k105(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k106.cl

// launch 173: conv2d_weight_grad -> f32[64, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k106(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k107.cl

// launch 174: elementwise mul add mul add mul mul -> f32[64, 32, 3, 3] f32[64, 32, 3, 3]
__kernel void k107(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k108.cl

// launch 175: elementwise broadcast div mul -> f32[64, 32, 3, 3]
__kernel void k108(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k109.cl

// launch 176: elementwise mul add -> f32[64, 32, 3, 3]
__kernel void k109(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k110.cl

// launch 177: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 32, 3, 3]
__kernel void k110(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k111.cl

// launch 178: elementwise mul -> f32[64]
__kernel void k111(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k112.cl

// launch 179: elementwise mul add mul add mul mul -> f32[64] f32[64]
__kernel void k112(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k113.cl

// launch 180: elementwise broadcast div mul -> f32[64] f32[64]
__kernel void k113(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k114.cl

// launch 181: elementwise mul add -> f32[64]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k115.cl

// launch 182: elementwise broadcast div sqrt add div sub sub mul add -> f32[64] f32[64]
__kernel void k115(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
    b6[i0] = v5;
  }
}

// ---- k116.cl

// launch 185: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
__kernel void k116(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    const float v12 = ((0x1.0624dep-10f) * v11);
    b6[i0] = v12;
  }
}

// ---- k117.cl

// launch 186: elementwise mul add div sqrt add div sub sub mul add -> f32[64] f32[64]
__kernel void k117(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[0];
    const float v7 = b5[i0];
    const float v8 = b6[i0];
    const float v9 = (v4 / v8);
    const float v10 = F64(sqrt, v9);
    const float v11 = (v10 + (0x1.5798eep-27f));
    const float v12 = (v7 / v11);
    const float v13 = (v5 - v12);
    const float v14 = (v13 - v5);
    const float v15 = (v6 * v14);
    const float v16 = (v5 + v15);
    b7[i0] = v16;
  }
}

// ---- k118.cl

// launch 187: elementwise mul -> f32[64, 64, 3, 3]
__kernel void k118(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k119.cl

// launch 188: conv2d_weight_grad -> f32[64, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k119(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 64, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k120.cl

// launch 189: elementwise mul add mul add mul mul -> f32[64, 64, 3, 3] f32[64, 64, 3, 3]
__kernel void k120(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k121.cl

// launch 190: elementwise broadcast div mul -> f32[64, 64, 3, 3]
__kernel void k121(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k122.cl

// launch 191: elementwise mul add -> f32[64, 64, 3, 3]
__kernel void k122(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k123.cl

// launch 192: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 64, 3, 3]
__kernel void k123(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 36864) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k124.cl

// launch 200: elementwise mul -> f32[64, 32, 1, 1]
__kernel void k124(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k125.cl

// launch 201: conv2d_weight_grad -> f32[64, 32, 1, 1]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k125(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 32, H = 14, W = 14, O = 64, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 32;
  __local float As[16][64], Bs[16][32];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 8) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 32; nn += 8) {
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

// ---- k126.cl

// launch 202: elementwise mul add mul add mul mul -> f32[64, 32, 1, 1] f32[64, 32, 1, 1]
__kernel void k126(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k127.cl

// launch 203: elementwise broadcast div mul -> f32[64, 32, 1, 1]
__kernel void k127(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k128.cl

// launch 204: elementwise mul add -> f32[64, 32, 1, 1]
__kernel void k128(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k129.cl

// launch 205: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 32, 1, 1]
__kernel void k129(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k130.cl

// launch 212: elementwise mul -> f32[128, 64, 3, 3]
__kernel void k130(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 73728) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k131.cl

// launch 213: conv2d_weight_grad -> f32[128, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k131(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k132.cl

// launch 214: elementwise mul add mul add mul mul -> f32[128, 64, 3, 3] f32[128, 64, 3, 3]
__kernel void k132(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 73728) {
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

// ---- k133.cl

// launch 215: elementwise broadcast div mul -> f32[128, 64, 3, 3]
__kernel void k133(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 73728) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k134.cl

// launch 216: elementwise mul add -> f32[128, 64, 3, 3]
__kernel void k134(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 73728) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k135.cl

// launch 217: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 64, 3, 3]
__kernel void k135(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 73728) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k136.cl

// launch 218: elementwise mul -> f32[128]
__kernel void k136(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k137.cl

// launch 219: elementwise mul add mul add mul mul -> f32[128] f32[128]
__kernel void k137(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
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

// ---- k138.cl

// launch 220: elementwise broadcast div mul -> f32[128] f32[128]
__kernel void k138(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k139.cl

// launch 221: elementwise mul add -> f32[128]
__kernel void k139(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k140.cl

// launch 222: elementwise broadcast div sqrt add div sub sub mul add -> f32[128] f32[128]
__kernel void k140(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
    b6[i0] = v5;
  }
}

// ---- k141.cl

// launch 225: elementwise mul add mul add div mul mul mul -> f32[128] f32[128] f32[128]
__kernel void k141(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
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
    const float v12 = ((0x1.0624dep-10f) * v11);
    b6[i0] = v12;
  }
}

// ---- k142.cl

// launch 226: elementwise mul add div sqrt add div sub sub mul add -> f32[128] f32[128]
__kernel void k142(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
    const float v5 = b3[i0];
    const float v6 = b4[0];
    const float v7 = b5[i0];
    const float v8 = b6[i0];
    const float v9 = (v4 / v8);
    const float v10 = F64(sqrt, v9);
    const float v11 = (v10 + (0x1.5798eep-27f));
    const float v12 = (v7 / v11);
    const float v13 = (v5 - v12);
    const float v14 = (v13 - v5);
    const float v15 = (v6 * v14);
    const float v16 = (v5 + v15);
    b7[i0] = v16;
  }
}

// ---- k143.cl

// launch 227: elementwise mul -> f32[128, 128, 3, 3]
__kernel void k143(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 147456) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k144.cl

// launch 228: conv2d_weight_grad -> f32[128, 128, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k144(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 128, H = 4, W = 4, O = 128, OH = 4, OW = 4, KH = 3, KW = 3;
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

// ---- k145.cl

// launch 229: elementwise mul add mul add mul mul -> f32[128, 128, 3, 3] f32[128, 128, 3, 3]
__kernel void k145(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 147456) {
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

// launch 230: elementwise broadcast div mul -> f32[128, 128, 3, 3]
__kernel void k146(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 147456) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k147.cl

// launch 231: elementwise mul add -> f32[128, 128, 3, 3]
__kernel void k147(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 147456) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k148.cl

// launch 232: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 128, 3, 3]
__kernel void k148(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 147456) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k149.cl

// launch 240: elementwise mul -> f32[128, 64, 1, 1]
__kernel void k149(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k150.cl

// launch 241: conv2d_weight_grad -> f32[128, 64, 1, 1]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k150(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[0], C = 64, H = 7, W = 7, O = 128, OH = 4, OW = 4, KH = 1, KW = 1;
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

// ---- k151.cl

// launch 242: elementwise mul add mul add mul mul -> f32[128, 64, 1, 1] f32[128, 64, 1, 1]
__kernel void k151(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k152.cl

// launch 243: elementwise broadcast div mul -> f32[128, 64, 1, 1]
__kernel void k152(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k153.cl

// launch 244: elementwise mul add -> f32[128, 64, 1, 1]
__kernel void k153(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k154.cl

// launch 245: elementwise broadcast div sqrt add div sub sub mul add -> f32[128, 64, 1, 1]
__kernel void k154(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 8192) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k155.cl

// launch 252: elementwise mul -> f32[10, 128]
__kernel void k155(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k156.cl

// launch 253: matmul a' -> f32[10, 128]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k156(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k157.cl

// launch 254: elementwise mul add mul add mul mul -> f32[10, 128] f32[10, 128]
__kernel void k157(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
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

// ---- k158.cl

// launch 255: elementwise broadcast div mul -> f32[10, 128]
__kernel void k158(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k159.cl

// launch 256: elementwise mul add -> f32[10, 128]
__kernel void k159(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k160.cl

// launch 257: elementwise broadcast div sqrt add div sub sub mul add -> f32[10, 128]
__kernel void k160(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k161.cl

// launch 258: elementwise mul -> f32[10]
__kernel void k161(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 10) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k162.cl

// launch 259: reduction of sum -> f32[10]
__kernel void k162(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k163.cl

// launch 260: elementwise mul add mul add mul mul -> f32[10] f32[10]
__kernel void k163(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 10) {
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

// ---- k164.cl

// launch 261: elementwise broadcast div mul -> f32[10]
__kernel void k164(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 10) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k165.cl

// launch 262: elementwise mul add -> f32[10]
__kernel void k165(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 10) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k166.cl

// launch 263: elementwise broadcast div sqrt add div sub sub mul add -> f32[10]
__kernel void k166(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 10) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = b2[i0];
    const float v4 = b3[i0];
    const float v5 = b4[0];
    const float v6 = (v4 / v5);
    const float v7 = F64(sqrt, v6);
    const float v8 = (v7 + (0x1.5798eep-27f));
    const float v9 = (v3 / v8);
    const float v10 = (v1 - v9);
    const float v11 = (v10 - v1);
    const float v12 = (v2 * v11);
    const float v13 = (v1 + v12);
    b5[i0] = v13;
  }
}

// ---- k167.cl

// launch 264: elementwise mul add -> f32[32]
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

// launch 266: elementwise sub div -> f32[]
__kernel void k168(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[4];
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

// launch 267: elementwise broadcast mul add -> f32[32]
__kernel void k169(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = b2[0];
    const float v4 = (v2 * v3);
    const float v5 = (v1 + v4);
    b3[i0] = v5;
  }
}

// ---- k170.cl

// launch 270: elementwise sub div -> f32[]
__kernel void k170(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[9];
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

// ---- k171.cl

// launch 271: elementwise broadcast mul add mul -> f32[32] f32[32]
__kernel void k171(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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
  }
}

// ---- k172.cl

// launch 274: elementwise mul add -> f32[64]
__kernel void k172(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k173.cl

// launch 276: elementwise sub div -> f32[]
__kernel void k173(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[12];
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

// ---- k174.cl

// launch 277: elementwise broadcast mul add mul mul -> f32[64] f32[64] f32[64]
__kernel void k174(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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
    const float v8 = b6[i0];
    const float v9 = (v8 * v3);
    b7[i0] = v9;
  }
}

// ---- k175.cl

// launch 282: elementwise mul add -> f32[128]
__kernel void k175(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k176.cl

// launch 284: elementwise sub div -> f32[]
__kernel void k176(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const int x0 = d[16];
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

// ---- k177.cl

// launch 285: elementwise broadcast mul add mul mul -> f32[128] f32[128] f32[128]
__kernel void k177(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 128) {
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
  }
}
