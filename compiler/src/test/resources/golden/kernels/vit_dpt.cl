// VitDpt: kernels of one training step: 116 OpenCL kernels for 350 launches
k0.cl: launch 0: elementwise gather -> i32[B, 28, 28, 1]
k1.cl: launch 1: conv2d -> f32[B, 64, 7, 7]
k2.cl: launch 2: elementwise add -> f32[B, 64, 7, 7]
k3.cl: launch 3: elementwise concat add -> f32[B, 50, 64]
k4.cl: launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 1] f32[B, 50, 1]
k5.cl: launch 5: elementwise transpose -> f32[64, 64]
k6.cl: launch 6: matmul -> f32[B, 50, 64]
k7.cl: launch 7: elementwise add -> f32[B, 50, 64]
k8.cl: launch 8: elementwise transpose -> f32[64, 64]
k9.cl: launch 10: elementwise add -> f32[B, 50, 64]
k10.cl: launch 11: elementwise transpose -> f32[B, 4, 50, 16]
k11.cl: launch 12: elementwise transpose -> f32[B, 4, 16, 50]
k12.cl: launch 13: matmul -> f32[B, 4, 50, 50]
k13.cl: launch 14: elementwise mul -> f32[B, 4, 50, 50]
k14.cl: launch 15: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 50, 50] f32[B, 4, 50, 50] f32[B, 4, 50, 50]
k15.cl: launch 16: elementwise transpose -> f32[64, 64]
k16.cl: launch 18: elementwise add -> f32[B, 50, 64]
k17.cl: launch 20: matmul -> f32[B, 4, 50, 16]
k18.cl: launch 21: elementwise reshape -> f32[B, 50, 64]
k19.cl: launch 22: matmul b' -> f32[B, 50, 64]
k20.cl: launch 23: elementwise add add -> f32[B, 50, 64]
k21.cl: launch 25: matmul b' -> f32[B, 50, 128]
k22.cl: launch 26: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 50, 128] f32[B, 50, 128] f32[B, 50, 128] f32[B, 50, 128]
k23.cl: launch 27: matmul b' -> f32[B, 50, 64]
k24.cl: launch 79: elementwise reshape -> f32[B, 64, 7, 7]
k25.cl: launch 80: conv2d -> f32[B, 16, 7, 7]
k26.cl: launch 81: elementwise add max ge -> f32[B, 16, 7, 7] f32[B, 16, 7, 7] bool[B, 16, 7, 7]
k27.cl: launch 82: conv2d -> f32[B, 16, 7, 7]
k28.cl: launch 83: elementwise add max ge -> f32[B, 16, 7, 7] bool[B, 16, 7, 7]
k29.cl: launch 85: elementwise add add max ge -> f32[B, 16, 7, 7] f32[B, 16, 7, 7] bool[B, 16, 7, 7]
k30.cl: launch 89: elementwise add add -> f32[B, 16, 7, 7]
k31.cl: launch 90: conv2d -> f32[B, 16, 7, 7]
k32.cl: launch 91: elementwise add -> f32[B, 16, 7, 7]
k33.cl: launch 95: conv2d_input_grad -> f32[B, 16, 14, 14]
k34.cl: launch 96: elementwise add max ge -> f32[B, 16, 14, 14] f32[B, 16, 14, 14] bool[B, 16, 14, 14]
k35.cl: launch 97: conv2d -> f32[B, 16, 14, 14]
k36.cl: launch 98: elementwise add max ge -> f32[B, 16, 14, 14] bool[B, 16, 14, 14]
k37.cl: launch 100: elementwise add add add max ge -> f32[B, 16, 14, 14] f32[B, 16, 14, 14] bool[B, 16, 14, 14]
k38.cl: launch 104: elementwise add add -> f32[B, 16, 14, 14]
k39.cl: launch 105: conv2d -> f32[B, 16, 14, 14]
k40.cl: launch 106: elementwise add -> f32[B, 16, 14, 14]
k41.cl: launch 110: conv2d_input_grad -> f32[B, 16, 28, 28]
k42.cl: launch 111: elementwise add max ge -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] bool[B, 16, 28, 28]
k43.cl: launch 112: conv2d -> f32[B, 16, 28, 28]
k44.cl: launch 113: elementwise add max ge -> f32[B, 16, 28, 28] bool[B, 16, 28, 28]
k45.cl: launch 115: elementwise add add add max ge -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] bool[B, 16, 28, 28]
k46.cl: launch 119: elementwise add add -> f32[B, 16, 28, 28]
k47.cl: launch 120: conv2d -> f32[B, 16, 28, 28]
k48.cl: launch 121: elementwise add -> f32[B, 16, 28, 28]
k49.cl: launch 124: conv2d -> f32[B, 5, 28, 28]
k50.cl: launch 125: elementwise add -> f32[B, 5, 28, 28]
k51.cl: launch 126: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 28, 28, 5] f32[B, 28, 28, 5] f32[B, 28, 28, 1]
k52.cl: launch 127: reduction of broadcast eq reshape select sum -> bool[B, 28, 28, 1, 5] f32[B, 28, 28, 1]
k53.cl: launch 128: reduction of sum div neg -> f32[]
k54.cl: launch 129: elementwise div -> f32[]
k55.cl: launch 130: elementwise broadcast select -> f32[B, 28, 28, 1, 5]
k56.cl: launch 131: reduction of reshape neg sum div broadcast mul add -> f32[B, 28, 28, 5]
k57.cl: launch 132: elementwise transpose -> f32[B, 5, 28, 28]
k58.cl: launch 133: conv2d_input_grad -> f32[B, 16, 28, 28]
k59.cl: launch 134: elementwise select -> f32[B, 16, 28, 28]
k60.cl: launch 135: conv2d_input_grad -> f32[B, 16, 28, 28]
k61.cl: launch 136: conv2d_input_grad -> f32[B, 16, 28, 28]
k62.cl: launch 140: elementwise select add -> f32[B, 16, 28, 28]
k63.cl: launch 145: conv2d -> f32[B, 16, 7, 7]
k64.cl: launch 146: conv2d_input_grad -> f32[B, 64, 7, 7]
k65.cl: launch 147: reduction of reshape sum -> f32[B, 16, 14, 14]
k66.cl: launch 148: conv2d_input_grad -> f32[B, 16, 14, 14]
k67.cl: launch 149: conv2d_input_grad -> f32[B, 16, 14, 14]
k68.cl: launch 150: elementwise select -> f32[B, 16, 14, 14]
k69.cl: launch 152: elementwise select add -> f32[B, 16, 14, 14]
k70.cl: launch 157: conv2d -> f32[B, 16, 7, 7]
k71.cl: launch 159: reduction of reshape sum -> f32[B, 16, 7, 7]
k72.cl: launch 160: conv2d_input_grad -> f32[B, 16, 7, 7]
k73.cl: launch 161: conv2d_input_grad -> f32[B, 16, 7, 7]
k74.cl: launch 162: elementwise select -> f32[B, 16, 7, 7]
k75.cl: launch 164: elementwise select add -> f32[B, 16, 7, 7]
k76.cl: launch 170: elementwise pad -> f32[B, 50, 64]
k77.cl: launch 171: matmul -> f32[B, 50, 128]
k78.cl: launch 172: elementwise mul mul mul mul mul add -> f32[B, 50, 128]
k79.cl: launch 173: matmul -> f32[B, 50, 64]
k80.cl: launch 174: elementwise mul mul mul mul -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64]
k81.cl: launch 175: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 50, 64] f32[B, 50, 64]
k82.cl: launch 178: matmul a' -> f32[B, 4, 50, 16]
k83.cl: launch 183: elementwise div mul div neg -> f32[B, 4, 50, 50] f32[B, 4, 50, 50]
k84.cl: launch 184: reduction of sum broadcast add mul mul -> f32[B, 4, 50, 50]
k85.cl: launch 186: matmul -> f32[B, 4, 16, 50]
k86.cl: launch 187: elementwise reshape -> f32[B, 50, 64]
k87.cl: launch 189: elementwise add -> f32[B, 50, 64]
k88.cl: launch 194: elementwise add mul mul mul mul -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64]
k89.cl: launch 195: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 50, 64]
k90.cl: launch 247: conv2d_weight_grad -> f32[64, 1, 4, 4]
k91.cl: launch 248: reduction of sum -> f32[64]
k92.cl: launch 249: reduction of slice sum -> f32[1, 64]
k93.cl: launch 250: reduction of sum -> f32[50, 64]
k94.cl: launch 251: matmul a' -> f32[64, 64]
k95.cl: launch 254: elementwise pad pad add pad add -> f32[192, 64]
k96.cl: launch 255: reduction of sum -> f32[64]
k97.cl: launch 258: elementwise pad pad add pad add -> f32[192]
k98.cl: launch 261: matmul a' -> f32[128, 64]
k99.cl: launch 262: reduction of sum -> f32[128]
k100.cl: launch 263: matmul a' -> f32[64, 128]
k101.cl: launch 305: conv2d_weight_grad -> f32[16, 64, 1, 1]
k102.cl: launch 306: reduction of sum -> f32[16]
k103.cl: launch 311: conv2d_weight_grad -> f32[16, 16, 4, 4]
k104.cl: launch 312: reduction of sum -> f32[16]
k105.cl: launch 313: conv2d_weight_grad -> f32[16, 16, 2, 2]
k106.cl: launch 314: reduction of sum -> f32[16]
k107.cl: launch 315: conv2d_weight_grad -> f32[16, 16, 3, 3]
k108.cl: launch 323: conv2d_weight_grad -> f32[16, 16, 1, 1]
k109.cl: launch 325: conv2d_weight_grad -> f32[16, 16, 3, 3]
k110.cl: launch 333: conv2d_weight_grad -> f32[16, 16, 1, 1]
k111.cl: launch 335: conv2d_weight_grad -> f32[16, 16, 3, 3]
k112.cl: launch 343: conv2d_weight_grad -> f32[16, 16, 1, 1]
k113.cl: launch 347: conv2d_weight_grad -> f32[5, 16, 1, 1]
k114.cl: launch 348: reduction of sum -> f32[5]
k115.cl: launch 349: elementwise cast div min sub div max min mul cos add mul mul ... -> f32[64, 1, 4, 4] f32[64, 1, 4, 4] f32[64, 1, 4, 4] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[50, 64] f32[50, 64] f32[50, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16, 16, 4, 4] f32[16, 16, 4, 4] f32[16, 16, 4, 4] f32[16, 16, 2, 2] f32[16, 16, 2, 2] f32[16, 16, 2, 2] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[5, 16, 1, 1] f32[5, 16, 1, 1] f32[5, 16, 1, 1] f32[5] f32[5] f32[5]

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

// launch 1: conv2d -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 4, SW = 4, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// launch 2: elementwise add -> f32[B, 64, 7, 7]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k3.cl

// launch 3: elementwise concat add -> f32[B, 50, 64]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 % 50;
    float v4;
    if (x3 < 1) {
      const int x5 = i1 % 64;
      const float v6 = b0[x5];
      v4 = v6;
    } else {
      const int x7 = i1 / 3200;
      const int x8 = x7 * 64;
      const int x9 = i1 % 64;
      const int x10 = x8 + x9;
      const int x11 = x10 * 49;
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

// launch 4: reduction of sum div broadcast sub mul sum div add sqrt recip broadcast mul ... -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 1] f32[B, 50, 1]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[7];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 50;
    const int x2 = x1 * 50;
    const int x3 = o % 50;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 50;
    const int x10 = x9 * 50;
    const int x11 = o % 50;
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
    const int x20 = o / 50;
    const int x21 = x20 * 50;
    const int x22 = o % 50;
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

// launch 6: matmul -> f32[B, 50, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 64, K = 64;
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

// launch 7: elementwise add -> f32[B, 50, 64]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// launch 10: elementwise add -> f32[B, 50, 64]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// launch 11: elementwise transpose -> f32[B, 4, 50, 16]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3200;
    const int x3 = x2 * 50;
    const int x4 = i1 / 16;
    const int x5 = x4 % 50;
    const int x6 = x3 + x5;
    const int x7 = x6 * 4;
    const int x8 = i1 / 800;
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

// launch 12: elementwise transpose -> f32[B, 4, 16, 50]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3200;
    const int x3 = x2 * 50;
    const int x4 = i1 % 50;
    const int x5 = x3 + x4;
    const int x6 = x5 * 4;
    const int x7 = i1 / 800;
    const int x8 = x7 % 4;
    const int x9 = x6 + x8;
    const int x10 = x9 * 16;
    const int x11 = i1 / 50;
    const int x12 = x11 % 16;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k12.cl

// launch 13: matmul -> f32[B, 4, 50, 50]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k12(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 50, N = 50, K = 16;
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

// ---- k13.cl

// launch 14: elementwise mul -> f32[B, 4, 50, 50]
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

// launch 15: reduction of reduce_max stop_gradient broadcast sub exp sum broadcast div -> f32[B, 4, 50, 50] f32[B, 4, 50, 50] f32[B, 4, 50, 50]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[12];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 50;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 200;
    const int x2 = x1 * 4;
    const int x3 = o / 50;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 50;
    const int x7 = o % 50;
    const int x8 = x6 + x7;
    const int x9 = x8 * 50;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc = isnan(acc) || isnan((acc_t) v11) ? NAN : fmax(acc, (acc_t) v11);
  }
  const float r12 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 200;
    const int x14 = x13 * 4;
    const int x15 = o / 50;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 50;
    const int x19 = o % 50;
    const int x20 = x18 + x19;
    const int x21 = x20 * 50;
    const int x22 = x21 + j;
    const float v23 = b0[x22];
    const float v24 = (v23 - r12);
    const float v25 = F64(exp, v24);
    acc1 += (acc_t) v25;
  }
  const float r26 = (float) acc1;
  for (int j = 0; j < count; j++) {
    const int x27 = o / 200;
    const int x28 = x27 * 4;
    const int x29 = o / 50;
    const int x30 = x29 % 4;
    const int x31 = x28 + x30;
    const int x32 = x31 * 50;
    const int x33 = o % 50;
    const int x34 = x32 + x33;
    const int x35 = x34 * 50;
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

// launch 18: elementwise add -> f32[B, 50, 64]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// launch 20: matmul -> f32[B, 4, 50, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k17(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 50, N = 16, K = 50;
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
    for (int nn = lid % 16; nn < 16; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 4) {
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

// ---- k18.cl

// launch 21: elementwise reshape -> f32[B, 50, 64]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3200;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 50;
    const int x8 = i1 / 64;
    const int x9 = x8 % 50;
    const int x10 = x7 + x9;
    const int x11 = x10 * 16;
    const int x12 = x4 % 16;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k19.cl

// launch 22: matmul b' -> f32[B, 50, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k19(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 64, K = 64;
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

// launch 23: elementwise add add -> f32[B, 50, 64]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// launch 25: matmul b' -> f32[B, 50, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 128, K = 64;
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

// launch 26: elementwise add mul mul erf add mul mul neg exp mul -> f32[B, 50, 128] f32[B, 50, 128] f32[B, 50, 128] f32[B, 50, 128]
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

// launch 27: matmul b' -> f32[B, 50, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k23(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 64, K = 128;
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

// launch 79: elementwise reshape -> f32[B, 64, 7, 7]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3136;
    const int x3 = x2 * 50;
    const int x4 = i1 / 7;
    const int x5 = x4 % 7;
    const int x6 = x5 * 7;
    const int x7 = i1 % 7;
    const int x8 = x6 + x7;
    const int x9 = x8 + 1;
    const int x10 = x3 + x9;
    const int x11 = x10 * 64;
    const int x12 = i1 / 49;
    const int x13 = x12 % 64;
    const int x14 = x11 + x13;
    const float v15 = b0[x14];
    b1[i1] = v15;
  }
}

// ---- k25.cl

// launch 80: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k25(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k26.cl

// launch 81: elementwise add max ge -> f32[B, 16, 7, 7] f32[B, 16, 7, 7] bool[B, 16, 7, 7]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    b3[i1] = v6;
    const float v8 = BOOL(v6 >= 0.0f);
    b4[i1] = v8;
  }
}

// ---- k27.cl

// launch 82: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k27(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k28.cl

// launch 83: elementwise add max ge -> f32[B, 16, 7, 7] bool[B, 16, 7, 7]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
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

// ---- k29.cl

// launch 85: elementwise add add max ge -> f32[B, 16, 7, 7] f32[B, 16, 7, 7] bool[B, 16, 7, 7]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 49;
    const int x5 = x4 % 16;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = (v2 + v7);
    const float v9 = nnc_max(v8, 0.0f);
    b3[i1] = v9;
    b4[i1] = v8;
    const float v10 = BOOL(v8 >= 0.0f);
    b5[i1] = v10;
  }
}

// ---- k30.cl

// launch 89: elementwise add add -> f32[B, 16, 7, 7]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 49;
    const int x5 = x4 % 16;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
  }
}

// ---- k31.cl

// launch 90: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k31(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
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

// launch 91: elementwise add -> f32[B, 16, 7, 7]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k33.cl

// launch 95: conv2d_input_grad -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k33(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 7, OW = 7, KH = 2, KW = 2;
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

// ---- k34.cl

// launch 96: elementwise add max ge -> f32[B, 16, 14, 14] f32[B, 16, 14, 14] bool[B, 16, 14, 14]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    b3[i1] = v6;
    const float v8 = BOOL(v6 >= 0.0f);
    b4[i1] = v8;
  }
}

// ---- k35.cl

// launch 97: conv2d -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k35(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k36.cl

// launch 98: elementwise add max ge -> f32[B, 16, 14, 14] bool[B, 16, 14, 14]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
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

// ---- k37.cl

// launch 100: elementwise add add add max ge -> f32[B, 16, 14, 14] f32[B, 16, 14, 14] bool[B, 16, 14, 14]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3136;
    const int x3 = x2 * 16;
    const int x4 = i1 / 196;
    const int x5 = x4 % 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 7;
    const int x8 = i1 / 14;
    const int x9 = x8 % 14;
    const int x10 = x9 * 14;
    const int x11 = i1 % 14;
    const int x12 = x10 + x11;
    const int x13 = x12 / 28;
    const int x14 = x7 + x13;
    const int x15 = x14 * 7;
    const int x16 = x12 / 2;
    const int x17 = x16 % 7;
    const int x18 = x15 + x17;
    const float v19 = b0[x18];
    const float v20 = b1[i1];
    const float v21 = b2[i1];
    const float v22 = b3[x5];
    const float v23 = (v21 + v22);
    const float v24 = (v20 + v23);
    const float v25 = (v19 + v24);
    const float v26 = nnc_max(v25, 0.0f);
    b4[i1] = v26;
    b5[i1] = v25;
    const float v27 = BOOL(v25 >= 0.0f);
    b6[i1] = v27;
  }
}

// ---- k38.cl

// launch 104: elementwise add add -> f32[B, 16, 14, 14]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 196;
    const int x5 = x4 % 16;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
  }
}

// ---- k39.cl

// launch 105: conv2d -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k39(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
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

// ---- k40.cl

// launch 106: elementwise add -> f32[B, 16, 14, 14]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k41.cl

// launch 110: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k41(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 4, SW = 4, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k42.cl

// launch 111: elementwise add max ge -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] bool[B, 16, 28, 28]
__kernel void k42(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    b3[i1] = v6;
    const float v8 = BOOL(v6 >= 0.0f);
    b4[i1] = v8;
  }
}

// ---- k43.cl

// launch 112: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k43(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
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

// ---- k44.cl

// launch 113: elementwise add max ge -> f32[B, 16, 28, 28] bool[B, 16, 28, 28]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_max(v6, 0.0f);
    b2[i1] = v7;
    const float v8 = BOOL(v6 >= 0.0f);
    b3[i1] = v8;
  }
}

// ---- k45.cl

// launch 115: elementwise add add add max ge -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] bool[B, 16, 28, 28]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 12544;
    const int x3 = x2 * 16;
    const int x4 = i1 / 784;
    const int x5 = x4 % 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 14;
    const int x8 = i1 / 28;
    const int x9 = x8 % 28;
    const int x10 = x9 * 28;
    const int x11 = i1 % 28;
    const int x12 = x10 + x11;
    const int x13 = x12 / 56;
    const int x14 = x7 + x13;
    const int x15 = x14 * 14;
    const int x16 = x12 / 2;
    const int x17 = x16 % 14;
    const int x18 = x15 + x17;
    const float v19 = b0[x18];
    const float v20 = b1[i1];
    const float v21 = b2[i1];
    const float v22 = b3[x5];
    const float v23 = (v21 + v22);
    const float v24 = (v20 + v23);
    const float v25 = (v19 + v24);
    const float v26 = nnc_max(v25, 0.0f);
    b4[i1] = v26;
    b5[i1] = v25;
    const float v27 = BOOL(v25 >= 0.0f);
    b6[i1] = v27;
  }
}

// ---- k46.cl

// launch 119: elementwise add add -> f32[B, 16, 28, 28]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 784;
    const int x5 = x4 % 16;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
  }
}

// ---- k47.cl

// launch 120: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k47(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 1, KW = 1;
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

// ---- k48.cl

// launch 121: elementwise add -> f32[B, 16, 28, 28]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
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

// ---- k49.cl

// launch 124: conv2d -> f32[B, 5, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k49(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
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

// ---- k50.cl

// launch 125: elementwise add -> f32[B, 5, 28, 28]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
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

// ---- k51.cl

// launch 126: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 28, 28, 5] f32[B, 28, 28, 5] f32[B, 28, 28, 1]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k52.cl

// launch 127: reduction of broadcast eq reshape select sum -> bool[B, 28, 28, 1, 5] f32[B, 28, 28, 1]
__kernel void k52(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k53.cl

// launch 128: reduction of sum div neg -> f32[]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k54.cl

// launch 129: elementwise div -> f32[]
__kernel void k54(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k55.cl

// launch 130: elementwise broadcast select -> f32[B, 28, 28, 1, 5]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k56.cl

// launch 131: reduction of reshape neg sum div broadcast mul add -> f32[B, 28, 28, 5]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k57.cl

// launch 132: elementwise transpose -> f32[B, 5, 28, 28]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
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

// ---- k58.cl

// launch 133: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k58(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
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

// ---- k59.cl

// launch 134: elementwise select -> f32[B, 16, 28, 28]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k60.cl

// launch 135: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k60(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
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

// ---- k61.cl

// launch 136: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k61(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 1, KW = 1;
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

// ---- k62.cl

// launch 140: elementwise select add -> f32[B, 16, 28, 28]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    const float v6 = (v2 + v5);
    b3[i1] = v6;
  }
}

// ---- k63.cl

// launch 145: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k63(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 4, SW = 4, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k64.cl

// launch 146: conv2d_input_grad -> f32[B, 64, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k64(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k65.cl

// launch 147: reduction of reshape sum -> f32[B, 16, 14, 14]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[5];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 3136;
    const int x2 = x1 * 16;
    const int x3 = o / 196;
    const int x4 = x3 % 16;
    const int x5 = x2 + x4;
    const int x6 = x5 * 14;
    const int x7 = o / 14;
    const int x8 = x7 % 14;
    const int x9 = x6 + x8;
    const int x10 = x9 * 2;
    const int x11 = j / 2;
    const int x12 = x10 + x11;
    const int x13 = x12 * 14;
    const int x14 = o % 14;
    const int x15 = x13 + x14;
    const int x16 = x15 * 2;
    const int x17 = j % 2;
    const int x18 = x16 + x17;
    const float v19 = b0[x18];
    acc += (acc_t) v19;
  }
  const float r20 = (float) acc;
  b1[o] = r20;
}

// ---- k66.cl

// launch 148: conv2d_input_grad -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k66(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
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

// ---- k67.cl

// launch 149: conv2d_input_grad -> f32[B, 16, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k67(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k68.cl

// launch 150: elementwise select -> f32[B, 16, 14, 14]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k69.cl

// launch 152: elementwise select add -> f32[B, 16, 14, 14]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    const float v6 = (v2 + v5);
    b3[i1] = v6;
  }
}

// ---- k70.cl

// launch 157: conv2d -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k70(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k71.cl

// launch 159: reduction of reshape sum -> f32[B, 16, 7, 7]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 784;
    const int x2 = x1 * 16;
    const int x3 = o / 49;
    const int x4 = x3 % 16;
    const int x5 = x2 + x4;
    const int x6 = x5 * 7;
    const int x7 = o / 7;
    const int x8 = x7 % 7;
    const int x9 = x6 + x8;
    const int x10 = x9 * 2;
    const int x11 = j / 2;
    const int x12 = x10 + x11;
    const int x13 = x12 * 7;
    const int x14 = o % 7;
    const int x15 = x13 + x14;
    const int x16 = x15 * 2;
    const int x17 = j % 2;
    const int x18 = x16 + x17;
    const float v19 = b0[x18];
    acc += (acc_t) v19;
  }
  const float r20 = (float) acc;
  b1[o] = r20;
}

// ---- k72.cl

// launch 160: conv2d_input_grad -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k72(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k73.cl

// launch 161: conv2d_input_grad -> f32[B, 16, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k73(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k74.cl

// launch 162: elementwise select -> f32[B, 16, 7, 7]
__kernel void k74(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k75.cl

// launch 164: elementwise select add -> f32[B, 16, 7, 7]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    const float v6 = (v2 + v5);
    b3[i1] = v6;
  }
}

// ---- k76.cl

// launch 170: elementwise pad -> f32[B, 50, 64]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 % 50;
    const int x4 = x3 - 1;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 49) {
      const int x6 = i1 / 3200;
      const int x7 = x6 * 64;
      const int x8 = i1 % 64;
      const int x9 = x7 + x8;
      const int x10 = x9 * 49;
      const int x11 = x10 + x4;
      const float v12 = b0[x11];
      v5 = v12;
    }
    b1[i1] = v5;
  }
}

// ---- k77.cl

// launch 171: matmul -> f32[B, 50, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k77(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 128, K = 64;
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

// ---- k78.cl

// launch 172: elementwise mul mul mul mul mul add -> f32[B, 50, 128]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k79.cl

// launch 173: matmul -> f32[B, 50, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k79(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[7], N = 64, K = 128;
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

// ---- k80.cl

// launch 174: elementwise mul mul mul mul -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// ---- k81.cl

// launch 175: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 50, 64] f32[B, 50, 64]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[7];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 50;
    const int x2 = x1 * 50;
    const int x3 = o % 50;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 50;
    const int x10 = x9 * 50;
    const int x11 = o % 50;
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
    const int x29 = o / 50;
    const int x30 = x29 * 50;
    const int x31 = o % 50;
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
    const int x51 = x31 - 1;
    float v52 = 0.0f;
    if (x51 >= 0 && x51 < 49) {
      const int x53 = x29 * 64;
      const int x54 = x53 + j;
      const int x55 = x54 * 49;
      const int x56 = x55 + x51;
      const float v57 = b7[x56];
      v52 = v57;
    }
    const float v58 = (v52 + v50);
    b8[x34] = v58;
  }
}

// ---- k82.cl

// launch 178: matmul a' -> f32[B, 4, 50, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k82(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 50, N = 16, K = 50;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 16;
  __local float As[16][64], Bs[16][16];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 64; mm < 64; mm += 64) {
      const int m = m0 + mm;
      for (int kk = lid / 64; kk < 16; kk += 1) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 16; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 4) {
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

// ---- k83.cl

// launch 183: elementwise div mul div neg -> f32[B, 4, 50, 50] f32[B, 4, 50, 50]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k84.cl

// launch 184: reduction of sum broadcast add mul mul -> f32[B, 4, 50, 50]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[12];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 50;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 200;
    const int x2 = x1 * 4;
    const int x3 = o / 50;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 50;
    const int x7 = o % 50;
    const int x8 = x6 + x7;
    const int x9 = x8 * 50;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x13 = o / 200;
    const int x14 = x13 * 4;
    const int x15 = o / 50;
    const int x16 = x15 % 4;
    const int x17 = x14 + x16;
    const int x18 = x17 * 50;
    const int x19 = o % 50;
    const int x20 = x18 + x19;
    const int x21 = x20 * 50;
    const int x22 = x21 + j;
    const float v23 = b1[x22];
    const float v24 = (v23 + r12);
    const float v25 = b2[x22];
    const float v26 = (v24 * v25);
    const float v27 = (v26 * (0x1.0p-2f));
    b3[x22] = v27;
  }
}

// ---- k85.cl

// launch 186: matmul -> f32[B, 4, 16, 50]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k85(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 16, N = 50, K = 50;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 16, n0 = get_group_id(0) * 64;
  __local float As[16][16], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 16; mm += 4) {
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

// ---- k86.cl

// launch 187: elementwise reshape -> f32[B, 50, 64]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 3200;
    const int x3 = x2 * 4;
    const int x4 = i1 % 64;
    const int x5 = x4 / 16;
    const int x6 = x3 + x5;
    const int x7 = x6 * 16;
    const int x8 = x4 % 16;
    const int x9 = x7 + x8;
    const int x10 = x9 * 50;
    const int x11 = i1 / 64;
    const int x12 = x11 % 50;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k87.cl

// launch 189: elementwise add -> f32[B, 50, 64]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k88.cl

// launch 194: elementwise add mul mul mul mul -> f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64] f32[B, 50, 64]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
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

// ---- k89.cl

// launch 195: reduction of sum mul neg mul div div broadcast mul add add add neg ... -> f32[B, 50, 64]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[7];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 50;
    const int x2 = x1 * 50;
    const int x3 = o % 50;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  acc_t acc1 = 0;
  for (int j = 0; j < count; j++) {
    const int x9 = o / 50;
    const int x10 = x9 * 50;
    const int x11 = o % 50;
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
    const int x29 = o / 50;
    const int x30 = x29 * 50;
    const int x31 = o % 50;
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

// ---- k90.cl

// launch 247: conv2d_weight_grad -> f32[64, 1, 4, 4]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k90(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 1, H = 28, W = 28, O = 64, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 4, SW = 4, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 4 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 16;
  __local float As[16][64], Bs[16][16];
  acc_t4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 4) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 16; nn += 4) {
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

// ---- k91.cl

// launch 248: reduction of sum -> f32[64]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[21];
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

// ---- k92.cl

// launch 249: reduction of slice sum -> f32[1, 64]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 50;
    const int x2 = x1 * 64;
    const int x3 = o % 64;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  b1[o] = r6;
}

// ---- k93.cl

// launch 250: reduction of sum -> f32[50, 64]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 3200) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 50;
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

// ---- k94.cl

// launch 251: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k94(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[7];
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

// ---- k95.cl

// launch 254: elementwise pad pad add pad add -> f32[192, 64]
__kernel void k95(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k96.cl

// launch 255: reduction of sum -> f32[64]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[7];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 50;
    const int x2 = x1 * 50;
    const int x3 = j % 50;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k97.cl

// launch 258: elementwise pad pad add pad add -> f32[192]
__kernel void k97(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k98.cl

// launch 261: matmul a' -> f32[128, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k98(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 128, N = 64, K = d[7];
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

// ---- k99.cl

// launch 262: reduction of sum -> f32[128]
__kernel void k99(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 128) return;
  acc_t acc = 0;
  const int x0 = d[7];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 50;
    const int x2 = x1 * 50;
    const int x3 = j % 50;
    const int x4 = x2 + x3;
    const int x5 = x4 * 128;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k100.cl

// launch 263: matmul a' -> f32[64, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k100(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 128, K = d[7];
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

// ---- k101.cl

// launch 305: conv2d_weight_grad -> f32[16, 64, 1, 1]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k101(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 64, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
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

// ---- k102.cl

// launch 306: reduction of sum -> f32[16]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[21];
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

// ---- k103.cl

// launch 311: conv2d_weight_grad -> f32[16, 16, 4, 4]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k103(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 7, OW = 7, KH = 4, KW = 4;
  const int SH = 4, SW = 4, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k104.cl

// launch 312: reduction of sum -> f32[16]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k105.cl

// launch 313: conv2d_weight_grad -> f32[16, 16, 2, 2]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k105(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 7, OW = 7, KH = 2, KW = 2;
  const int SH = 2, SW = 2, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k106.cl

// launch 314: reduction of sum -> f32[16]
__kernel void k106(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[27];
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

// ---- k107.cl

// launch 315: conv2d_weight_grad -> f32[16, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k107(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
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

// ---- k108.cl

// launch 323: conv2d_weight_grad -> f32[16, 16, 1, 1]
__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k108(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k109.cl

// launch 325: conv2d_weight_grad -> f32[16, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k109(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k110.cl

// launch 333: conv2d_weight_grad -> f32[16, 16, 1, 1]
__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k110(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 14, W = 14, O = 16, OH = 14, OW = 14, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k111.cl

// launch 335: conv2d_weight_grad -> f32[16, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k111(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k112.cl

// launch 343: conv2d_weight_grad -> f32[16, 16, 1, 1]
__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k112(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[1], C = 16, H = 7, W = 7, O = 16, OH = 7, OW = 7, KH = 1, KW = 1;
  const int SH = 1, SW = 1, PH = 0, PW = 0, DH = 1, DW = 1, G = 1;
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

// ---- k113.cl

// launch 347: conv2d_weight_grad -> f32[5, 16, 1, 1]
__kernel __attribute__((reqd_work_group_size(4, 2, 1)))
void k113(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
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

// ---- k114.cl

// launch 348: reduction of sum -> f32[5]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k115.cl

// launch 349: elementwise cast div min sub div max min mul cos add mul mul ... -> f32[64, 1, 4, 4] f32[64, 1, 4, 4] f32[64, 1, 4, 4] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[64] f32[50, 64] f32[50, 64] f32[50, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192, 64] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[192] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[64, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128, 64] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[64, 128] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16, 64, 1, 1] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16] f32[16, 16, 4, 4] f32[16, 16, 4, 4] f32[16, 16, 4, 4] f32[16, 16, 2, 2] f32[16, 16, 2, 2] f32[16, 16, 2, 2] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 3, 3] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[16, 16, 1, 1] f32[5, 16, 1, 1] f32[5, 16, 1, 1] f32[5, 16, 1, 1] f32[5] f32[5] f32[5]
__kernel void k115(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global float* restrict b96, __global float* restrict b97, __global float* restrict b98, __global float* restrict b99, __global float* restrict b100, __global float* restrict b101, __global float* restrict b102, __global float* restrict b103, __global float* restrict b104, __global float* restrict b105, __global float* restrict b106, __global float* restrict b107, __global float* restrict b108, __global float* restrict b109, __global float* restrict b110, __global float* restrict b111, __global float* restrict b112, __global float* restrict b113, __global float* restrict b114, __global float* restrict b115, __global float* restrict b116, __global float* restrict b117, __global float* restrict b118, __global float* restrict b119, __global float* restrict b120, __global float* restrict b121, __global float* restrict b122, __global float* restrict b123, __global float* restrict b124, __global float* restrict b125, __global float* restrict b126, __global float* restrict b127, __global float* restrict b128, __global float* restrict b129, __global float* restrict b130, __global float* restrict b131, __global float* restrict b132, __global float* restrict b133, __global float* restrict b134, __global float* restrict b135, __global float* restrict b136, __global float* restrict b137, __global float* restrict b138, __global float* restrict b139, __global float* restrict b140, __global float* restrict b141, __global float* restrict b142, __global float* restrict b143, __global float* restrict b144, __global float* restrict b145, __global float* restrict b146, __global float* restrict b147, __global float* restrict b148, __global float* restrict b149, __global float* restrict b150, __global float* restrict b151, __global float* restrict b152, __global float* restrict b153, __global float* restrict b154, __global float* restrict b155, __global float* restrict b156, __global float* restrict b157, __global float* restrict b158, __global float* restrict b159, __global float* restrict b160, __global float* restrict b161, __global float* restrict b162, __global float* restrict b163, __global float* restrict b164, __global float* restrict b165, __global float* restrict b166, __global float* restrict b167, __global float* restrict b168, __global float* restrict b169, __global float* restrict b170, __global float* restrict b171, __global float* restrict b172, __global float* restrict b173, __global float* restrict b174, __global float* restrict b175, __global float* restrict b176, __global float* restrict b177, __global float* restrict b178, __global float* restrict b179, __global float* restrict b180, __global float* restrict b181, __global float* restrict b182, __global float* restrict b183, __global float* restrict b184, __global float* restrict b185, __global float* restrict b186, __global float* restrict b187, __global float* restrict b188, __global float* restrict b189, __global float* restrict b190, __global float* restrict b191, __global float* restrict b192, __global float* restrict b193, __global float* restrict b194, __global float* restrict b195, __global float* restrict b196, __global float* restrict b197, __global float* restrict b198, __global float* restrict b199, __global float* restrict b200, __global float* restrict b201, __global float* restrict b202, __global float* restrict b203, __global float* restrict b204, __global float* restrict b205, __global float* restrict b206, __global float* restrict b207, __global float* restrict b208, __global float* restrict b209, __global float* restrict b210, __global float* restrict b211, __global float* restrict b212, __global float* restrict b213, __global float* restrict b214, __global float* restrict b215, __global float* restrict b216, __global float* restrict b217, __global float* restrict b218, __global float* restrict b219, __global float* restrict b220, __global float* restrict b221, __global float* restrict b222, __global float* restrict b223, __global float* restrict b224, __global float* restrict b225, __global float* restrict b226, __global float* restrict b227, __global float* restrict b228, __global float* restrict b229, __global float* restrict b230, __global float* restrict b231, __global float* restrict b232, __global float* restrict b233, __global float* restrict b234, __global float* restrict b235, __global float* restrict b236, __global float* restrict b237, __global float* restrict b238, __global float* restrict b239, __global float* restrict b240, __global float* restrict b241, __global float* restrict b242, __global float* restrict b243, __global float* restrict b244, __global float* restrict b245, __global float* restrict b246, __global float* restrict b247, __global float* restrict b248, __global float* restrict b249, __global float* restrict b250, __global float* restrict b251, __global float* restrict b252, __global float* restrict b253, __global float* restrict b254, __global float* restrict b255, __global float* restrict b256, __global float* restrict b257, __global float* restrict b258, __global float* restrict b259, __global float* restrict b260, __global float* restrict b261, __global float* restrict b262, __global float* restrict b263, __global float* restrict b264, __global float* restrict b265, __global float* restrict b266, __global float* restrict b267, __global float* restrict b268, __global float* restrict b269, __global float* restrict b270, __global float* restrict b271, __global float* restrict b272, __global float* restrict b273, __global float* restrict b274, __global float* restrict b275, __global float* restrict b276, __global float* restrict b277, __global float* restrict b278, __global float* restrict b279, __global float* restrict b280, __global float* restrict b281, __global float* restrict b282, __global float* restrict b283, __global float* restrict b284, __global float* restrict b285, __global float* restrict b286, __global float* restrict b287, __global float* restrict b288, __global float* restrict b289, __global float* restrict b290, __global float* restrict b291, __global float* restrict b292, __global float* restrict b293, __global float* restrict b294, __global float* restrict b295, __global float* restrict b296, __global float* restrict b297, __global float* restrict b298, __global float* restrict b299, __global float* restrict b300, __global float* restrict b301, __global float* restrict b302, __global float* restrict b303, __global float* restrict b304, __global float* restrict b305, __global float* restrict b306, __global float* restrict b307, __global float* restrict b308, __global float* restrict b309, __global float* restrict b310, __global float* restrict b311, __global float* restrict b312, __global float* restrict b313, __global float* restrict b314, __global float* restrict b315, __global float* restrict b316, __global float* restrict b317, __global float* restrict b318, __global float* restrict b319, __global float* restrict b320, __global float* restrict b321, __global float* restrict b322, __global float* restrict b323, __global float* restrict b324, __global float* restrict b325, __global float* restrict b326, __global float* restrict b327, __global float* restrict b328, __global float* restrict b329, __global float* restrict b330, __global float* restrict b331, __global float* restrict b332, __global float* restrict b333, __global float* restrict b334, __global float* restrict b335, __global float* restrict b336, __global float* restrict b337, __global float* restrict b338, __global float* restrict b339, __global float* restrict b340, __global float* restrict b341, __global float* restrict b342, __global float* restrict b343, __global float* restrict b344, __global float* restrict b345, __global float* restrict b346, __global float* restrict b347, __global float* restrict b348, __global float* restrict b349, __global float* restrict b350, __global float* restrict b351, __global float* restrict b352, __global float* restrict b353, __global float* restrict b354, __global float* restrict b355, __global float* restrict b356, __global float* restrict b357, __global float* restrict b358, __global float* restrict b359, __global float* restrict b360, __global float* restrict b361, __global float* restrict b362, __global float* restrict b363, __global float* restrict b364, __global float* restrict b365, __global float* restrict b366, __global float* restrict b367, __global float* restrict b368, __global float* restrict b369, __global float* restrict b370, __global float* restrict b371, __global float* restrict b372, __global float* restrict b373, __global float* restrict b374, __global float* restrict b375, __global float* restrict b376, __global float* restrict b377, __global float* restrict b378, __global float* restrict b379, __global float* restrict b380, __global float* restrict b381, __global float* restrict b382, __global float* restrict b383, __global float* restrict b384, __global float* restrict b385, __global float* restrict b386, __global float* restrict b387, __global float* restrict b388, __global float* restrict b389, __global float* restrict b390, __global float* restrict b391, __global float* restrict b392, __global float* restrict b393, __global float* restrict b394, __global float* restrict b395, __global float* restrict b396, __global float* restrict b397, __global float* restrict b398, __global float* restrict b399, __global float* restrict b400, __global float* restrict b401, __global float* restrict b402, __global float* restrict b403, __global float* restrict b404, __global float* restrict b405, __global float* restrict b406, __global float* restrict b407, __global float* restrict b408, __global float* restrict b409, __global float* restrict b410, __global float* restrict b411, __global float* restrict b412, __global float* restrict b413, __global float* restrict b414, __global float* restrict b415, __global float* restrict b416, __global float* restrict b417, __global float* restrict b418, __global float* restrict b419, __global float* restrict b420, __global float* restrict b421, __global float* restrict b422, __global float* restrict b423, __global float* restrict b424, __global float* restrict b425, __global float* restrict b426, __global float* restrict b427, __global float* restrict b428, __global float* restrict b429, __global float* restrict b430, __global float* restrict b431, __global float* restrict b432, __global float* restrict b433, __global float* restrict b434, __global float* restrict b435, __global float* restrict b436, __global float* restrict b437, __global float* restrict b438, __global float* restrict b439, __global float* restrict b440, __global float* restrict b441, __global float* restrict b442, __global float* restrict b443, __global float* restrict b444, __global float* restrict b445, __global float* restrict b446, __global float* restrict b447, __global float* restrict b448, __global float* restrict b449, __global float* restrict b450, __global float* restrict b451, __global float* restrict b452, __global float* restrict b453, __global float* restrict b454, __global float* restrict b455, __global float* restrict b456, __global float* restrict b457, __global float* restrict b458, __global float* restrict b459, __global float* restrict b460, __global float* restrict b461, __global float* restrict b462, __global float* restrict b463, __global float* restrict b464, __global float* restrict b465, __global float* restrict b466, __global float* restrict b467, __global float* restrict b468, __global float* restrict b469, __global float* restrict b470, __global float* restrict b471, __global float* restrict b472, __global float* restrict b473, __global float* restrict b474, __global float* restrict b475, __global float* restrict b476, __global float* restrict b477, __global float* restrict b478, __global float* restrict b479, __global float* restrict b480, __global float* restrict b481, __global float* restrict b482, __global float* restrict b483, __global float* restrict b484, __global float* restrict b485, __global float* restrict b486, __global float* restrict b487, __global float* restrict b488, __global float* restrict b489, __global float* restrict b490, __global float* restrict b491, __global float* restrict b492, __global float* restrict b493, __global float* restrict b494, __global float* restrict b495, __global float* restrict b496, __global float* restrict b497, __global float* restrict b498, __global float* restrict b499, __global float* restrict b500, __global float* restrict b501, __global float* restrict b502, __global float* restrict b503, __global float* restrict b504, __global float* restrict b505, __global float* restrict b506, __global float* restrict b507, __global float* restrict b508, __global float* restrict b509, __global float* restrict b510, __global float* restrict b511, __global float* restrict b512, __global float* restrict b513, __global float* restrict b514, __global float* restrict b515, __global float* restrict b516, __global float* restrict b517, __global float* restrict b518, __global float* restrict b519, __global float* restrict b520, __global float* restrict b521, __global float* restrict b522, __global float* restrict b523, __global float* restrict b524, __global float* restrict b525, __global float* restrict b526, __global float* restrict b527, __global float* restrict b528, __global float* restrict b529, __global float* restrict b530, __global float* restrict b531, __global float* restrict b532, __global float* restrict b533, __global float* restrict b534, __global float* restrict b535, __global float* restrict b536, __global float* restrict b537, __global float* restrict b538, __global float* restrict b539, __global float* restrict b540, __global float* restrict b541, __global float* restrict b542, __global float* restrict b543, __global float* restrict b544, __global float* restrict b545, __global float* restrict b546, __global float* restrict b547, __global float* restrict b548, __global float* restrict b549, __global float* restrict b550, __global float* restrict b551, __global float* restrict b552, __global float* restrict b553, __global float* restrict b554, __global float* restrict b555, __global float* restrict b556, __global float* restrict b557, __global float* restrict b558, __global float* restrict b559, __global float* restrict b560, __global float* restrict b561, __global float* restrict b562, __global float* restrict b563, __global float* restrict b564, __global float* restrict b565, __global float* restrict b566, __global float* restrict b567, __global float* restrict b568, __global float* restrict b569, __global float* restrict b570, __global float* restrict b571, __global float* restrict b572, __global float* restrict b573, __global float* restrict b574, __global float* restrict b575, __global float* restrict b576, __global float* restrict b577, __global float* restrict b578, __global float* restrict b579, __global float* restrict b580, __global float* restrict b581, __global float* restrict b582, __global float* restrict b583, __global float* restrict b584, __global float* restrict b585, __global float* restrict b586, __global float* restrict b587, __global float* restrict b588, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[16];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = (v1 / 50.0f);
    hoisted[1] = v2;
    const float v3 = nnc_min(v2, 1.0f);
    hoisted[2] = v3;
    const float v4 = (v1 - 50.0f);
    hoisted[3] = v4;
    const float v5 = (v4 / 350.0f);
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
  if (gid < 1024) {
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
  } else if (gid < 1088) {
    const int i56 = gid - 1024;
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
  } else if (gid < 4288) {
    const int i497 = gid - 1088;
    const float v498 = b148[i497];
    const float v499 = ((0x1.ccccccp-1f) * v498);
    const float v500 = b149[i497];
    const float v501 = ((0x1.99999ap-4f) * v500);
    const float v502 = (v499 + v501);
    b150[i497] = v502;
    const float v503 = b151[i497];
    const float v504 = ((0x1.ff7ceep-1f) * v503);
    const float v505 = ((0x1.0624dep-10f) * v500);
    const float v506 = (v505 * v500);
    const float v507 = (v504 + v506);
    b152[i497] = v507;
    const float v508 = b153[i497];
    const float v509 = (v508 * (0x1.fff2e4p-1f));
    const float v510 = (v502 / v30);
    const float v511 = ((0x1.0624dep-9f) * v510);
    const float v512 = (v507 / v32);
    const float v513 = F64(sqrt, v512);
    const float v514 = (v513 + (0x1.5798eep-27f));
    const float v515 = (v511 / v514);
    const float v516 = (v509 - v515);
    const float v517 = (v516 - v508);
    const float v518 = (v28 * v517);
    const float v519 = (v508 + v518);
    b154[i497] = v519;
  } else if (gid < 16576) {
    const int i520 = gid - 4288;
    const float v521 = b155[i520];
    const float v522 = ((0x1.ccccccp-1f) * v521);
    const float v523 = b156[i520];
    const float v524 = ((0x1.99999ap-4f) * v523);
    const float v525 = (v522 + v524);
    b157[i520] = v525;
    const float v526 = b158[i520];
    const float v527 = ((0x1.ff7ceep-1f) * v526);
    const float v528 = ((0x1.0624dep-10f) * v523);
    const float v529 = (v528 * v523);
    const float v530 = (v527 + v529);
    b159[i520] = v530;
    const float v531 = b160[i520];
    const float v532 = (v531 * (0x1.fff2e4p-1f));
    const float v533 = (v525 / v30);
    const float v534 = ((0x1.0624dep-9f) * v533);
    const float v535 = (v530 / v32);
    const float v536 = F64(sqrt, v535);
    const float v537 = (v536 + (0x1.5798eep-27f));
    const float v538 = (v534 / v537);
    const float v539 = (v532 - v538);
    const float v540 = (v539 - v531);
    const float v541 = (v28 * v540);
    const float v542 = (v531 + v541);
    b161[i520] = v542;
    const float v543 = b162[i520];
    const float v544 = ((0x1.ccccccp-1f) * v543);
    const float v545 = b163[i520];
    const float v546 = ((0x1.99999ap-4f) * v545);
    const float v547 = (v544 + v546);
    b164[i520] = v547;
    const float v548 = b165[i520];
    const float v549 = ((0x1.ff7ceep-1f) * v548);
    const float v550 = ((0x1.0624dep-10f) * v545);
    const float v551 = (v550 * v545);
    const float v552 = (v549 + v551);
    b166[i520] = v552;
    const float v553 = b167[i520];
    const float v554 = (v553 * (0x1.fff2e4p-1f));
    const float v555 = (v547 / v30);
    const float v556 = ((0x1.0624dep-9f) * v555);
    const float v557 = (v552 / v32);
    const float v558 = F64(sqrt, v557);
    const float v559 = (v558 + (0x1.5798eep-27f));
    const float v560 = (v556 / v559);
    const float v561 = (v554 - v560);
    const float v562 = (v561 - v553);
    const float v563 = (v28 * v562);
    const float v564 = (v553 + v563);
    b168[i520] = v564;
    const float v565 = b169[i520];
    const float v566 = ((0x1.ccccccp-1f) * v565);
    const float v567 = b170[i520];
    const float v568 = ((0x1.99999ap-4f) * v567);
    const float v569 = (v566 + v568);
    b171[i520] = v569;
    const float v570 = b172[i520];
    const float v571 = ((0x1.ff7ceep-1f) * v570);
    const float v572 = ((0x1.0624dep-10f) * v567);
    const float v573 = (v572 * v567);
    const float v574 = (v571 + v573);
    b173[i520] = v574;
    const float v575 = b174[i520];
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
    b175[i520] = v586;
  } else if (gid < 16768) {
    const int i587 = gid - 16576;
    const float v588 = b176[i587];
    const float v589 = ((0x1.ccccccp-1f) * v588);
    const float v590 = b177[i587];
    const float v591 = ((0x1.99999ap-4f) * v590);
    const float v592 = (v589 + v591);
    b178[i587] = v592;
    const float v593 = b179[i587];
    const float v594 = ((0x1.ff7ceep-1f) * v593);
    const float v595 = ((0x1.0624dep-10f) * v590);
    const float v596 = (v595 * v590);
    const float v597 = (v594 + v596);
    b180[i587] = v597;
    const float v598 = b181[i587];
    const float v599 = (v598 * (0x1.fff2e4p-1f));
    const float v600 = (v592 / v30);
    const float v601 = ((0x1.0624dep-9f) * v600);
    const float v602 = (v597 / v32);
    const float v603 = F64(sqrt, v602);
    const float v604 = (v603 + (0x1.5798eep-27f));
    const float v605 = (v601 / v604);
    const float v606 = (v599 - v605);
    const float v607 = (v606 - v598);
    const float v608 = (v28 * v607);
    const float v609 = (v598 + v608);
    b182[i587] = v609;
    const float v610 = b183[i587];
    const float v611 = ((0x1.ccccccp-1f) * v610);
    const float v612 = b184[i587];
    const float v613 = ((0x1.99999ap-4f) * v612);
    const float v614 = (v611 + v613);
    b185[i587] = v614;
    const float v615 = b186[i587];
    const float v616 = ((0x1.ff7ceep-1f) * v615);
    const float v617 = ((0x1.0624dep-10f) * v612);
    const float v618 = (v617 * v612);
    const float v619 = (v616 + v618);
    b187[i587] = v619;
    const float v620 = b188[i587];
    const float v621 = (v620 * (0x1.fff2e4p-1f));
    const float v622 = (v614 / v30);
    const float v623 = ((0x1.0624dep-9f) * v622);
    const float v624 = (v619 / v32);
    const float v625 = F64(sqrt, v624);
    const float v626 = (v625 + (0x1.5798eep-27f));
    const float v627 = (v623 / v626);
    const float v628 = (v621 - v627);
    const float v629 = (v628 - v620);
    const float v630 = (v28 * v629);
    const float v631 = (v620 + v630);
    b189[i587] = v631;
    const float v632 = b190[i587];
    const float v633 = ((0x1.ccccccp-1f) * v632);
    const float v634 = b191[i587];
    const float v635 = ((0x1.99999ap-4f) * v634);
    const float v636 = (v633 + v635);
    b192[i587] = v636;
    const float v637 = b193[i587];
    const float v638 = ((0x1.ff7ceep-1f) * v637);
    const float v639 = ((0x1.0624dep-10f) * v634);
    const float v640 = (v639 * v634);
    const float v641 = (v638 + v640);
    b194[i587] = v641;
    const float v642 = b195[i587];
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
    b196[i587] = v653;
  } else if (gid < 20864) {
    const int i654 = gid - 16768;
    const float v655 = b197[i654];
    const float v656 = ((0x1.ccccccp-1f) * v655);
    const float v657 = b198[i654];
    const float v658 = ((0x1.99999ap-4f) * v657);
    const float v659 = (v656 + v658);
    b199[i654] = v659;
    const float v660 = b200[i654];
    const float v661 = ((0x1.ff7ceep-1f) * v660);
    const float v662 = ((0x1.0624dep-10f) * v657);
    const float v663 = (v662 * v657);
    const float v664 = (v661 + v663);
    b201[i654] = v664;
    const float v665 = b202[i654];
    const float v666 = (v665 * (0x1.fff2e4p-1f));
    const float v667 = (v659 / v30);
    const float v668 = ((0x1.0624dep-9f) * v667);
    const float v669 = (v664 / v32);
    const float v670 = F64(sqrt, v669);
    const float v671 = (v670 + (0x1.5798eep-27f));
    const float v672 = (v668 / v671);
    const float v673 = (v666 - v672);
    const float v674 = (v673 - v665);
    const float v675 = (v28 * v674);
    const float v676 = (v665 + v675);
    b203[i654] = v676;
    const float v677 = b204[i654];
    const float v678 = ((0x1.ccccccp-1f) * v677);
    const float v679 = b205[i654];
    const float v680 = ((0x1.99999ap-4f) * v679);
    const float v681 = (v678 + v680);
    b206[i654] = v681;
    const float v682 = b207[i654];
    const float v683 = ((0x1.ff7ceep-1f) * v682);
    const float v684 = ((0x1.0624dep-10f) * v679);
    const float v685 = (v684 * v679);
    const float v686 = (v683 + v685);
    b208[i654] = v686;
    const float v687 = b209[i654];
    const float v688 = (v687 * (0x1.fff2e4p-1f));
    const float v689 = (v681 / v30);
    const float v690 = ((0x1.0624dep-9f) * v689);
    const float v691 = (v686 / v32);
    const float v692 = F64(sqrt, v691);
    const float v693 = (v692 + (0x1.5798eep-27f));
    const float v694 = (v690 / v693);
    const float v695 = (v688 - v694);
    const float v696 = (v695 - v687);
    const float v697 = (v28 * v696);
    const float v698 = (v687 + v697);
    b210[i654] = v698;
    const float v699 = b211[i654];
    const float v700 = ((0x1.ccccccp-1f) * v699);
    const float v701 = b212[i654];
    const float v702 = ((0x1.99999ap-4f) * v701);
    const float v703 = (v700 + v702);
    b213[i654] = v703;
    const float v704 = b214[i654];
    const float v705 = ((0x1.ff7ceep-1f) * v704);
    const float v706 = ((0x1.0624dep-10f) * v701);
    const float v707 = (v706 * v701);
    const float v708 = (v705 + v707);
    b215[i654] = v708;
    const float v709 = b216[i654];
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
    b217[i654] = v720;
  } else if (gid < 29056) {
    const int i721 = gid - 20864;
    const float v722 = b218[i721];
    const float v723 = ((0x1.ccccccp-1f) * v722);
    const float v724 = b219[i721];
    const float v725 = ((0x1.99999ap-4f) * v724);
    const float v726 = (v723 + v725);
    b220[i721] = v726;
    const float v727 = b221[i721];
    const float v728 = ((0x1.ff7ceep-1f) * v727);
    const float v729 = ((0x1.0624dep-10f) * v724);
    const float v730 = (v729 * v724);
    const float v731 = (v728 + v730);
    b222[i721] = v731;
    const float v732 = b223[i721];
    const float v733 = (v732 * (0x1.fff2e4p-1f));
    const float v734 = (v726 / v30);
    const float v735 = ((0x1.0624dep-9f) * v734);
    const float v736 = (v731 / v32);
    const float v737 = F64(sqrt, v736);
    const float v738 = (v737 + (0x1.5798eep-27f));
    const float v739 = (v735 / v738);
    const float v740 = (v733 - v739);
    const float v741 = (v740 - v732);
    const float v742 = (v28 * v741);
    const float v743 = (v732 + v742);
    b224[i721] = v743;
    const float v744 = b225[i721];
    const float v745 = ((0x1.ccccccp-1f) * v744);
    const float v746 = b226[i721];
    const float v747 = ((0x1.99999ap-4f) * v746);
    const float v748 = (v745 + v747);
    b227[i721] = v748;
    const float v749 = b228[i721];
    const float v750 = ((0x1.ff7ceep-1f) * v749);
    const float v751 = ((0x1.0624dep-10f) * v746);
    const float v752 = (v751 * v746);
    const float v753 = (v750 + v752);
    b229[i721] = v753;
    const float v754 = b230[i721];
    const float v755 = (v754 * (0x1.fff2e4p-1f));
    const float v756 = (v748 / v30);
    const float v757 = ((0x1.0624dep-9f) * v756);
    const float v758 = (v753 / v32);
    const float v759 = F64(sqrt, v758);
    const float v760 = (v759 + (0x1.5798eep-27f));
    const float v761 = (v757 / v760);
    const float v762 = (v755 - v761);
    const float v763 = (v762 - v754);
    const float v764 = (v28 * v763);
    const float v765 = (v754 + v764);
    b231[i721] = v765;
    const float v766 = b232[i721];
    const float v767 = ((0x1.ccccccp-1f) * v766);
    const float v768 = b233[i721];
    const float v769 = ((0x1.99999ap-4f) * v768);
    const float v770 = (v767 + v769);
    b234[i721] = v770;
    const float v771 = b235[i721];
    const float v772 = ((0x1.ff7ceep-1f) * v771);
    const float v773 = ((0x1.0624dep-10f) * v768);
    const float v774 = (v773 * v768);
    const float v775 = (v772 + v774);
    b236[i721] = v775;
    const float v776 = b237[i721];
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
    b238[i721] = v787;
  } else if (gid < 29184) {
    const int i788 = gid - 29056;
    const float v789 = b239[i788];
    const float v790 = ((0x1.ccccccp-1f) * v789);
    const float v791 = b240[i788];
    const float v792 = ((0x1.99999ap-4f) * v791);
    const float v793 = (v790 + v792);
    b241[i788] = v793;
    const float v794 = b242[i788];
    const float v795 = ((0x1.ff7ceep-1f) * v794);
    const float v796 = ((0x1.0624dep-10f) * v791);
    const float v797 = (v796 * v791);
    const float v798 = (v795 + v797);
    b243[i788] = v798;
    const float v799 = b244[i788];
    const float v800 = (v799 * (0x1.fff2e4p-1f));
    const float v801 = (v793 / v30);
    const float v802 = ((0x1.0624dep-9f) * v801);
    const float v803 = (v798 / v32);
    const float v804 = F64(sqrt, v803);
    const float v805 = (v804 + (0x1.5798eep-27f));
    const float v806 = (v802 / v805);
    const float v807 = (v800 - v806);
    const float v808 = (v807 - v799);
    const float v809 = (v28 * v808);
    const float v810 = (v799 + v809);
    b245[i788] = v810;
    const float v811 = b246[i788];
    const float v812 = ((0x1.ccccccp-1f) * v811);
    const float v813 = b247[i788];
    const float v814 = ((0x1.99999ap-4f) * v813);
    const float v815 = (v812 + v814);
    b248[i788] = v815;
    const float v816 = b249[i788];
    const float v817 = ((0x1.ff7ceep-1f) * v816);
    const float v818 = ((0x1.0624dep-10f) * v813);
    const float v819 = (v818 * v813);
    const float v820 = (v817 + v819);
    b250[i788] = v820;
    const float v821 = b251[i788];
    const float v822 = (v821 * (0x1.fff2e4p-1f));
    const float v823 = (v815 / v30);
    const float v824 = ((0x1.0624dep-9f) * v823);
    const float v825 = (v820 / v32);
    const float v826 = F64(sqrt, v825);
    const float v827 = (v826 + (0x1.5798eep-27f));
    const float v828 = (v824 / v827);
    const float v829 = (v822 - v828);
    const float v830 = (v829 - v821);
    const float v831 = (v28 * v830);
    const float v832 = (v821 + v831);
    b252[i788] = v832;
    const float v833 = b253[i788];
    const float v834 = ((0x1.ccccccp-1f) * v833);
    const float v835 = b254[i788];
    const float v836 = ((0x1.99999ap-4f) * v835);
    const float v837 = (v834 + v836);
    b255[i788] = v837;
    const float v838 = b256[i788];
    const float v839 = ((0x1.ff7ceep-1f) * v838);
    const float v840 = ((0x1.0624dep-10f) * v835);
    const float v841 = (v840 * v835);
    const float v842 = (v839 + v841);
    b257[i788] = v842;
    const float v843 = b258[i788];
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
    b259[i788] = v854;
  } else if (gid < 37376) {
    const int i855 = gid - 29184;
    const float v856 = b260[i855];
    const float v857 = ((0x1.ccccccp-1f) * v856);
    const float v858 = b261[i855];
    const float v859 = ((0x1.99999ap-4f) * v858);
    const float v860 = (v857 + v859);
    b262[i855] = v860;
    const float v861 = b263[i855];
    const float v862 = ((0x1.ff7ceep-1f) * v861);
    const float v863 = ((0x1.0624dep-10f) * v858);
    const float v864 = (v863 * v858);
    const float v865 = (v862 + v864);
    b264[i855] = v865;
    const float v866 = b265[i855];
    const float v867 = (v866 * (0x1.fff2e4p-1f));
    const float v868 = (v860 / v30);
    const float v869 = ((0x1.0624dep-9f) * v868);
    const float v870 = (v865 / v32);
    const float v871 = F64(sqrt, v870);
    const float v872 = (v871 + (0x1.5798eep-27f));
    const float v873 = (v869 / v872);
    const float v874 = (v867 - v873);
    const float v875 = (v874 - v866);
    const float v876 = (v28 * v875);
    const float v877 = (v866 + v876);
    b266[i855] = v877;
    const float v878 = b267[i855];
    const float v879 = ((0x1.ccccccp-1f) * v878);
    const float v880 = b268[i855];
    const float v881 = ((0x1.99999ap-4f) * v880);
    const float v882 = (v879 + v881);
    b269[i855] = v882;
    const float v883 = b270[i855];
    const float v884 = ((0x1.ff7ceep-1f) * v883);
    const float v885 = ((0x1.0624dep-10f) * v880);
    const float v886 = (v885 * v880);
    const float v887 = (v884 + v886);
    b271[i855] = v887;
    const float v888 = b272[i855];
    const float v889 = (v888 * (0x1.fff2e4p-1f));
    const float v890 = (v882 / v30);
    const float v891 = ((0x1.0624dep-9f) * v890);
    const float v892 = (v887 / v32);
    const float v893 = F64(sqrt, v892);
    const float v894 = (v893 + (0x1.5798eep-27f));
    const float v895 = (v891 / v894);
    const float v896 = (v889 - v895);
    const float v897 = (v896 - v888);
    const float v898 = (v28 * v897);
    const float v899 = (v888 + v898);
    b273[i855] = v899;
    const float v900 = b274[i855];
    const float v901 = ((0x1.ccccccp-1f) * v900);
    const float v902 = b275[i855];
    const float v903 = ((0x1.99999ap-4f) * v902);
    const float v904 = (v901 + v903);
    b276[i855] = v904;
    const float v905 = b277[i855];
    const float v906 = ((0x1.ff7ceep-1f) * v905);
    const float v907 = ((0x1.0624dep-10f) * v902);
    const float v908 = (v907 * v902);
    const float v909 = (v906 + v908);
    b278[i855] = v909;
    const float v910 = b279[i855];
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
    b280[i855] = v921;
  } else if (gid < 38400) {
    const int i922 = gid - 37376;
    const float v923 = b281[i922];
    const float v924 = ((0x1.ccccccp-1f) * v923);
    const float v925 = b282[i922];
    const float v926 = ((0x1.99999ap-4f) * v925);
    const float v927 = (v924 + v926);
    b283[i922] = v927;
    const float v928 = b284[i922];
    const float v929 = ((0x1.ff7ceep-1f) * v928);
    const float v930 = ((0x1.0624dep-10f) * v925);
    const float v931 = (v930 * v925);
    const float v932 = (v929 + v931);
    b285[i922] = v932;
    const float v933 = b286[i922];
    const float v934 = (v933 * (0x1.fff2e4p-1f));
    const float v935 = (v927 / v30);
    const float v936 = ((0x1.0624dep-9f) * v935);
    const float v937 = (v932 / v32);
    const float v938 = F64(sqrt, v937);
    const float v939 = (v938 + (0x1.5798eep-27f));
    const float v940 = (v936 / v939);
    const float v941 = (v934 - v940);
    const float v942 = (v941 - v933);
    const float v943 = (v28 * v942);
    const float v944 = (v933 + v943);
    b287[i922] = v944;
    const float v945 = b288[i922];
    const float v946 = ((0x1.ccccccp-1f) * v945);
    const float v947 = b289[i922];
    const float v948 = ((0x1.99999ap-4f) * v947);
    const float v949 = (v946 + v948);
    b290[i922] = v949;
    const float v950 = b291[i922];
    const float v951 = ((0x1.ff7ceep-1f) * v950);
    const float v952 = ((0x1.0624dep-10f) * v947);
    const float v953 = (v952 * v947);
    const float v954 = (v951 + v953);
    b292[i922] = v954;
    const float v955 = b293[i922];
    const float v956 = (v955 * (0x1.fff2e4p-1f));
    const float v957 = (v949 / v30);
    const float v958 = ((0x1.0624dep-9f) * v957);
    const float v959 = (v954 / v32);
    const float v960 = F64(sqrt, v959);
    const float v961 = (v960 + (0x1.5798eep-27f));
    const float v962 = (v958 / v961);
    const float v963 = (v956 - v962);
    const float v964 = (v963 - v955);
    const float v965 = (v28 * v964);
    const float v966 = (v955 + v965);
    b294[i922] = v966;
    const float v967 = b295[i922];
    const float v968 = ((0x1.ccccccp-1f) * v967);
    const float v969 = b296[i922];
    const float v970 = ((0x1.99999ap-4f) * v969);
    const float v971 = (v968 + v970);
    b297[i922] = v971;
    const float v972 = b298[i922];
    const float v973 = ((0x1.ff7ceep-1f) * v972);
    const float v974 = ((0x1.0624dep-10f) * v969);
    const float v975 = (v974 * v969);
    const float v976 = (v973 + v975);
    b299[i922] = v976;
    const float v977 = b300[i922];
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
    b301[i922] = v988;
  } else if (gid < 38416) {
    const int i989 = gid - 38400;
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
    const float v1012 = b309[i989];
    const float v1013 = ((0x1.ccccccp-1f) * v1012);
    const float v1014 = b310[i989];
    const float v1015 = ((0x1.99999ap-4f) * v1014);
    const float v1016 = (v1013 + v1015);
    b311[i989] = v1016;
    const float v1017 = b312[i989];
    const float v1018 = ((0x1.ff7ceep-1f) * v1017);
    const float v1019 = ((0x1.0624dep-10f) * v1014);
    const float v1020 = (v1019 * v1014);
    const float v1021 = (v1018 + v1020);
    b313[i989] = v1021;
    const float v1022 = b314[i989];
    const float v1023 = (v1022 * (0x1.fff2e4p-1f));
    const float v1024 = (v1016 / v30);
    const float v1025 = ((0x1.0624dep-9f) * v1024);
    const float v1026 = (v1021 / v32);
    const float v1027 = F64(sqrt, v1026);
    const float v1028 = (v1027 + (0x1.5798eep-27f));
    const float v1029 = (v1025 / v1028);
    const float v1030 = (v1023 - v1029);
    const float v1031 = (v1030 - v1022);
    const float v1032 = (v28 * v1031);
    const float v1033 = (v1022 + v1032);
    b315[i989] = v1033;
    const float v1034 = b316[i989];
    const float v1035 = ((0x1.ccccccp-1f) * v1034);
    const float v1036 = b317[i989];
    const float v1037 = ((0x1.99999ap-4f) * v1036);
    const float v1038 = (v1035 + v1037);
    b318[i989] = v1038;
    const float v1039 = b319[i989];
    const float v1040 = ((0x1.ff7ceep-1f) * v1039);
    const float v1041 = ((0x1.0624dep-10f) * v1036);
    const float v1042 = (v1041 * v1036);
    const float v1043 = (v1040 + v1042);
    b320[i989] = v1043;
    const float v1044 = b321[i989];
    const float v1045 = (v1044 * (0x1.fff2e4p-1f));
    const float v1046 = (v1038 / v30);
    const float v1047 = ((0x1.0624dep-9f) * v1046);
    const float v1048 = (v1043 / v32);
    const float v1049 = F64(sqrt, v1048);
    const float v1050 = (v1049 + (0x1.5798eep-27f));
    const float v1051 = (v1047 / v1050);
    const float v1052 = (v1045 - v1051);
    const float v1053 = (v1052 - v1044);
    const float v1054 = (v28 * v1053);
    const float v1055 = (v1044 + v1054);
    b322[i989] = v1055;
    const float v1056 = b323[i989];
    const float v1057 = ((0x1.ccccccp-1f) * v1056);
    const float v1058 = b324[i989];
    const float v1059 = ((0x1.99999ap-4f) * v1058);
    const float v1060 = (v1057 + v1059);
    b325[i989] = v1060;
    const float v1061 = b326[i989];
    const float v1062 = ((0x1.ff7ceep-1f) * v1061);
    const float v1063 = ((0x1.0624dep-10f) * v1058);
    const float v1064 = (v1063 * v1058);
    const float v1065 = (v1062 + v1064);
    b327[i989] = v1065;
    const float v1066 = b328[i989];
    const float v1067 = (v1066 * (0x1.fff2e4p-1f));
    const float v1068 = (v1060 / v30);
    const float v1069 = ((0x1.0624dep-9f) * v1068);
    const float v1070 = (v1065 / v32);
    const float v1071 = F64(sqrt, v1070);
    const float v1072 = (v1071 + (0x1.5798eep-27f));
    const float v1073 = (v1069 / v1072);
    const float v1074 = (v1067 - v1073);
    const float v1075 = (v1074 - v1066);
    const float v1076 = (v28 * v1075);
    const float v1077 = (v1066 + v1076);
    b329[i989] = v1077;
    const float v1078 = b330[i989];
    const float v1079 = ((0x1.ccccccp-1f) * v1078);
    const float v1080 = b331[i989];
    const float v1081 = ((0x1.99999ap-4f) * v1080);
    const float v1082 = (v1079 + v1081);
    b332[i989] = v1082;
    const float v1083 = b333[i989];
    const float v1084 = ((0x1.ff7ceep-1f) * v1083);
    const float v1085 = ((0x1.0624dep-10f) * v1080);
    const float v1086 = (v1085 * v1080);
    const float v1087 = (v1084 + v1086);
    b334[i989] = v1087;
    const float v1088 = b335[i989];
    const float v1089 = (v1088 * (0x1.fff2e4p-1f));
    const float v1090 = (v1082 / v30);
    const float v1091 = ((0x1.0624dep-9f) * v1090);
    const float v1092 = (v1087 / v32);
    const float v1093 = F64(sqrt, v1092);
    const float v1094 = (v1093 + (0x1.5798eep-27f));
    const float v1095 = (v1091 / v1094);
    const float v1096 = (v1089 - v1095);
    const float v1097 = (v1096 - v1088);
    const float v1098 = (v28 * v1097);
    const float v1099 = (v1088 + v1098);
    b336[i989] = v1099;
    const float v1100 = b337[i989];
    const float v1101 = ((0x1.ccccccp-1f) * v1100);
    const float v1102 = b338[i989];
    const float v1103 = ((0x1.99999ap-4f) * v1102);
    const float v1104 = (v1101 + v1103);
    b339[i989] = v1104;
    const float v1105 = b340[i989];
    const float v1106 = ((0x1.ff7ceep-1f) * v1105);
    const float v1107 = ((0x1.0624dep-10f) * v1102);
    const float v1108 = (v1107 * v1102);
    const float v1109 = (v1106 + v1108);
    b341[i989] = v1109;
    const float v1110 = b342[i989];
    const float v1111 = (v1110 * (0x1.fff2e4p-1f));
    const float v1112 = (v1104 / v30);
    const float v1113 = ((0x1.0624dep-9f) * v1112);
    const float v1114 = (v1109 / v32);
    const float v1115 = F64(sqrt, v1114);
    const float v1116 = (v1115 + (0x1.5798eep-27f));
    const float v1117 = (v1113 / v1116);
    const float v1118 = (v1111 - v1117);
    const float v1119 = (v1118 - v1110);
    const float v1120 = (v28 * v1119);
    const float v1121 = (v1110 + v1120);
    b343[i989] = v1121;
    const float v1122 = b344[i989];
    const float v1123 = ((0x1.ccccccp-1f) * v1122);
    const float v1124 = b345[i989];
    const float v1125 = ((0x1.99999ap-4f) * v1124);
    const float v1126 = (v1123 + v1125);
    b346[i989] = v1126;
    const float v1127 = b347[i989];
    const float v1128 = ((0x1.ff7ceep-1f) * v1127);
    const float v1129 = ((0x1.0624dep-10f) * v1124);
    const float v1130 = (v1129 * v1124);
    const float v1131 = (v1128 + v1130);
    b348[i989] = v1131;
    const float v1132 = b349[i989];
    const float v1133 = (v1132 * (0x1.fff2e4p-1f));
    const float v1134 = (v1126 / v30);
    const float v1135 = ((0x1.0624dep-9f) * v1134);
    const float v1136 = (v1131 / v32);
    const float v1137 = F64(sqrt, v1136);
    const float v1138 = (v1137 + (0x1.5798eep-27f));
    const float v1139 = (v1135 / v1138);
    const float v1140 = (v1133 - v1139);
    const float v1141 = (v1140 - v1132);
    const float v1142 = (v28 * v1141);
    const float v1143 = (v1132 + v1142);
    b350[i989] = v1143;
    const float v1144 = b351[i989];
    const float v1145 = ((0x1.ccccccp-1f) * v1144);
    const float v1146 = b352[i989];
    const float v1147 = ((0x1.99999ap-4f) * v1146);
    const float v1148 = (v1145 + v1147);
    b353[i989] = v1148;
    const float v1149 = b354[i989];
    const float v1150 = ((0x1.ff7ceep-1f) * v1149);
    const float v1151 = ((0x1.0624dep-10f) * v1146);
    const float v1152 = (v1151 * v1146);
    const float v1153 = (v1150 + v1152);
    b355[i989] = v1153;
    const float v1154 = b356[i989];
    const float v1155 = (v1154 * (0x1.fff2e4p-1f));
    const float v1156 = (v1148 / v30);
    const float v1157 = ((0x1.0624dep-9f) * v1156);
    const float v1158 = (v1153 / v32);
    const float v1159 = F64(sqrt, v1158);
    const float v1160 = (v1159 + (0x1.5798eep-27f));
    const float v1161 = (v1157 / v1160);
    const float v1162 = (v1155 - v1161);
    const float v1163 = (v1162 - v1154);
    const float v1164 = (v28 * v1163);
    const float v1165 = (v1154 + v1164);
    b357[i989] = v1165;
    const float v1166 = b358[i989];
    const float v1167 = ((0x1.ccccccp-1f) * v1166);
    const float v1168 = b359[i989];
    const float v1169 = ((0x1.99999ap-4f) * v1168);
    const float v1170 = (v1167 + v1169);
    b360[i989] = v1170;
    const float v1171 = b361[i989];
    const float v1172 = ((0x1.ff7ceep-1f) * v1171);
    const float v1173 = ((0x1.0624dep-10f) * v1168);
    const float v1174 = (v1173 * v1168);
    const float v1175 = (v1172 + v1174);
    b362[i989] = v1175;
    const float v1176 = b363[i989];
    const float v1177 = (v1176 * (0x1.fff2e4p-1f));
    const float v1178 = (v1170 / v30);
    const float v1179 = ((0x1.0624dep-9f) * v1178);
    const float v1180 = (v1175 / v32);
    const float v1181 = F64(sqrt, v1180);
    const float v1182 = (v1181 + (0x1.5798eep-27f));
    const float v1183 = (v1179 / v1182);
    const float v1184 = (v1177 - v1183);
    const float v1185 = (v1184 - v1176);
    const float v1186 = (v28 * v1185);
    const float v1187 = (v1176 + v1186);
    b364[i989] = v1187;
    const float v1188 = b365[i989];
    const float v1189 = ((0x1.ccccccp-1f) * v1188);
    const float v1190 = b366[i989];
    const float v1191 = ((0x1.99999ap-4f) * v1190);
    const float v1192 = (v1189 + v1191);
    b367[i989] = v1192;
    const float v1193 = b368[i989];
    const float v1194 = ((0x1.ff7ceep-1f) * v1193);
    const float v1195 = ((0x1.0624dep-10f) * v1190);
    const float v1196 = (v1195 * v1190);
    const float v1197 = (v1194 + v1196);
    b369[i989] = v1197;
    const float v1198 = b370[i989];
    const float v1199 = (v1198 * (0x1.fff2e4p-1f));
    const float v1200 = (v1192 / v30);
    const float v1201 = ((0x1.0624dep-9f) * v1200);
    const float v1202 = (v1197 / v32);
    const float v1203 = F64(sqrt, v1202);
    const float v1204 = (v1203 + (0x1.5798eep-27f));
    const float v1205 = (v1201 / v1204);
    const float v1206 = (v1199 - v1205);
    const float v1207 = (v1206 - v1198);
    const float v1208 = (v28 * v1207);
    const float v1209 = (v1198 + v1208);
    b371[i989] = v1209;
    const float v1210 = b372[i989];
    const float v1211 = ((0x1.ccccccp-1f) * v1210);
    const float v1212 = b373[i989];
    const float v1213 = ((0x1.99999ap-4f) * v1212);
    const float v1214 = (v1211 + v1213);
    b374[i989] = v1214;
    const float v1215 = b375[i989];
    const float v1216 = ((0x1.ff7ceep-1f) * v1215);
    const float v1217 = ((0x1.0624dep-10f) * v1212);
    const float v1218 = (v1217 * v1212);
    const float v1219 = (v1216 + v1218);
    b376[i989] = v1219;
    const float v1220 = b377[i989];
    const float v1221 = (v1220 * (0x1.fff2e4p-1f));
    const float v1222 = (v1214 / v30);
    const float v1223 = ((0x1.0624dep-9f) * v1222);
    const float v1224 = (v1219 / v32);
    const float v1225 = F64(sqrt, v1224);
    const float v1226 = (v1225 + (0x1.5798eep-27f));
    const float v1227 = (v1223 / v1226);
    const float v1228 = (v1221 - v1227);
    const float v1229 = (v1228 - v1220);
    const float v1230 = (v28 * v1229);
    const float v1231 = (v1220 + v1230);
    b378[i989] = v1231;
    const float v1232 = b379[i989];
    const float v1233 = ((0x1.ccccccp-1f) * v1232);
    const float v1234 = b380[i989];
    const float v1235 = ((0x1.99999ap-4f) * v1234);
    const float v1236 = (v1233 + v1235);
    b381[i989] = v1236;
    const float v1237 = b382[i989];
    const float v1238 = ((0x1.ff7ceep-1f) * v1237);
    const float v1239 = ((0x1.0624dep-10f) * v1234);
    const float v1240 = (v1239 * v1234);
    const float v1241 = (v1238 + v1240);
    b383[i989] = v1241;
    const float v1242 = b384[i989];
    const float v1243 = (v1242 * (0x1.fff2e4p-1f));
    const float v1244 = (v1236 / v30);
    const float v1245 = ((0x1.0624dep-9f) * v1244);
    const float v1246 = (v1241 / v32);
    const float v1247 = F64(sqrt, v1246);
    const float v1248 = (v1247 + (0x1.5798eep-27f));
    const float v1249 = (v1245 / v1248);
    const float v1250 = (v1243 - v1249);
    const float v1251 = (v1250 - v1242);
    const float v1252 = (v28 * v1251);
    const float v1253 = (v1242 + v1252);
    b385[i989] = v1253;
    const float v1254 = b386[i989];
    const float v1255 = ((0x1.ccccccp-1f) * v1254);
    const float v1256 = b387[i989];
    const float v1257 = ((0x1.99999ap-4f) * v1256);
    const float v1258 = (v1255 + v1257);
    b388[i989] = v1258;
    const float v1259 = b389[i989];
    const float v1260 = ((0x1.ff7ceep-1f) * v1259);
    const float v1261 = ((0x1.0624dep-10f) * v1256);
    const float v1262 = (v1261 * v1256);
    const float v1263 = (v1260 + v1262);
    b390[i989] = v1263;
    const float v1264 = b391[i989];
    const float v1265 = (v1264 * (0x1.fff2e4p-1f));
    const float v1266 = (v1258 / v30);
    const float v1267 = ((0x1.0624dep-9f) * v1266);
    const float v1268 = (v1263 / v32);
    const float v1269 = F64(sqrt, v1268);
    const float v1270 = (v1269 + (0x1.5798eep-27f));
    const float v1271 = (v1267 / v1270);
    const float v1272 = (v1265 - v1271);
    const float v1273 = (v1272 - v1264);
    const float v1274 = (v28 * v1273);
    const float v1275 = (v1264 + v1274);
    b392[i989] = v1275;
    const float v1276 = b393[i989];
    const float v1277 = ((0x1.ccccccp-1f) * v1276);
    const float v1278 = b394[i989];
    const float v1279 = ((0x1.99999ap-4f) * v1278);
    const float v1280 = (v1277 + v1279);
    b395[i989] = v1280;
    const float v1281 = b396[i989];
    const float v1282 = ((0x1.ff7ceep-1f) * v1281);
    const float v1283 = ((0x1.0624dep-10f) * v1278);
    const float v1284 = (v1283 * v1278);
    const float v1285 = (v1282 + v1284);
    b397[i989] = v1285;
    const float v1286 = b398[i989];
    const float v1287 = (v1286 * (0x1.fff2e4p-1f));
    const float v1288 = (v1280 / v30);
    const float v1289 = ((0x1.0624dep-9f) * v1288);
    const float v1290 = (v1285 / v32);
    const float v1291 = F64(sqrt, v1290);
    const float v1292 = (v1291 + (0x1.5798eep-27f));
    const float v1293 = (v1289 / v1292);
    const float v1294 = (v1287 - v1293);
    const float v1295 = (v1294 - v1286);
    const float v1296 = (v28 * v1295);
    const float v1297 = (v1286 + v1296);
    b399[i989] = v1297;
    const float v1298 = b400[i989];
    const float v1299 = ((0x1.ccccccp-1f) * v1298);
    const float v1300 = b401[i989];
    const float v1301 = ((0x1.99999ap-4f) * v1300);
    const float v1302 = (v1299 + v1301);
    b402[i989] = v1302;
    const float v1303 = b403[i989];
    const float v1304 = ((0x1.ff7ceep-1f) * v1303);
    const float v1305 = ((0x1.0624dep-10f) * v1300);
    const float v1306 = (v1305 * v1300);
    const float v1307 = (v1304 + v1306);
    b404[i989] = v1307;
    const float v1308 = b405[i989];
    const float v1309 = (v1308 * (0x1.fff2e4p-1f));
    const float v1310 = (v1302 / v30);
    const float v1311 = ((0x1.0624dep-9f) * v1310);
    const float v1312 = (v1307 / v32);
    const float v1313 = F64(sqrt, v1312);
    const float v1314 = (v1313 + (0x1.5798eep-27f));
    const float v1315 = (v1311 / v1314);
    const float v1316 = (v1309 - v1315);
    const float v1317 = (v1316 - v1308);
    const float v1318 = (v28 * v1317);
    const float v1319 = (v1308 + v1318);
    b406[i989] = v1319;
    const float v1320 = b407[i989];
    const float v1321 = ((0x1.ccccccp-1f) * v1320);
    const float v1322 = b408[i989];
    const float v1323 = ((0x1.99999ap-4f) * v1322);
    const float v1324 = (v1321 + v1323);
    b409[i989] = v1324;
    const float v1325 = b410[i989];
    const float v1326 = ((0x1.ff7ceep-1f) * v1325);
    const float v1327 = ((0x1.0624dep-10f) * v1322);
    const float v1328 = (v1327 * v1322);
    const float v1329 = (v1326 + v1328);
    b411[i989] = v1329;
    const float v1330 = b412[i989];
    const float v1331 = (v1330 * (0x1.fff2e4p-1f));
    const float v1332 = (v1324 / v30);
    const float v1333 = ((0x1.0624dep-9f) * v1332);
    const float v1334 = (v1329 / v32);
    const float v1335 = F64(sqrt, v1334);
    const float v1336 = (v1335 + (0x1.5798eep-27f));
    const float v1337 = (v1333 / v1336);
    const float v1338 = (v1331 - v1337);
    const float v1339 = (v1338 - v1330);
    const float v1340 = (v28 * v1339);
    const float v1341 = (v1330 + v1340);
    b413[i989] = v1341;
    const float v1342 = b414[i989];
    const float v1343 = ((0x1.ccccccp-1f) * v1342);
    const float v1344 = b415[i989];
    const float v1345 = ((0x1.99999ap-4f) * v1344);
    const float v1346 = (v1343 + v1345);
    b416[i989] = v1346;
    const float v1347 = b417[i989];
    const float v1348 = ((0x1.ff7ceep-1f) * v1347);
    const float v1349 = ((0x1.0624dep-10f) * v1344);
    const float v1350 = (v1349 * v1344);
    const float v1351 = (v1348 + v1350);
    b418[i989] = v1351;
    const float v1352 = b419[i989];
    const float v1353 = (v1352 * (0x1.fff2e4p-1f));
    const float v1354 = (v1346 / v30);
    const float v1355 = ((0x1.0624dep-9f) * v1354);
    const float v1356 = (v1351 / v32);
    const float v1357 = F64(sqrt, v1356);
    const float v1358 = (v1357 + (0x1.5798eep-27f));
    const float v1359 = (v1355 / v1358);
    const float v1360 = (v1353 - v1359);
    const float v1361 = (v1360 - v1352);
    const float v1362 = (v28 * v1361);
    const float v1363 = (v1352 + v1362);
    b420[i989] = v1363;
    const float v1364 = b421[i989];
    const float v1365 = ((0x1.ccccccp-1f) * v1364);
    const float v1366 = b422[i989];
    const float v1367 = ((0x1.99999ap-4f) * v1366);
    const float v1368 = (v1365 + v1367);
    b423[i989] = v1368;
    const float v1369 = b424[i989];
    const float v1370 = ((0x1.ff7ceep-1f) * v1369);
    const float v1371 = ((0x1.0624dep-10f) * v1366);
    const float v1372 = (v1371 * v1366);
    const float v1373 = (v1370 + v1372);
    b425[i989] = v1373;
    const float v1374 = b426[i989];
    const float v1375 = (v1374 * (0x1.fff2e4p-1f));
    const float v1376 = (v1368 / v30);
    const float v1377 = ((0x1.0624dep-9f) * v1376);
    const float v1378 = (v1373 / v32);
    const float v1379 = F64(sqrt, v1378);
    const float v1380 = (v1379 + (0x1.5798eep-27f));
    const float v1381 = (v1377 / v1380);
    const float v1382 = (v1375 - v1381);
    const float v1383 = (v1382 - v1374);
    const float v1384 = (v28 * v1383);
    const float v1385 = (v1374 + v1384);
    b427[i989] = v1385;
    const float v1386 = b428[i989];
    const float v1387 = ((0x1.ccccccp-1f) * v1386);
    const float v1388 = b429[i989];
    const float v1389 = ((0x1.99999ap-4f) * v1388);
    const float v1390 = (v1387 + v1389);
    b430[i989] = v1390;
    const float v1391 = b431[i989];
    const float v1392 = ((0x1.ff7ceep-1f) * v1391);
    const float v1393 = ((0x1.0624dep-10f) * v1388);
    const float v1394 = (v1393 * v1388);
    const float v1395 = (v1392 + v1394);
    b432[i989] = v1395;
    const float v1396 = b433[i989];
    const float v1397 = (v1396 * (0x1.fff2e4p-1f));
    const float v1398 = (v1390 / v30);
    const float v1399 = ((0x1.0624dep-9f) * v1398);
    const float v1400 = (v1395 / v32);
    const float v1401 = F64(sqrt, v1400);
    const float v1402 = (v1401 + (0x1.5798eep-27f));
    const float v1403 = (v1399 / v1402);
    const float v1404 = (v1397 - v1403);
    const float v1405 = (v1404 - v1396);
    const float v1406 = (v28 * v1405);
    const float v1407 = (v1396 + v1406);
    b434[i989] = v1407;
    const float v1408 = b435[i989];
    const float v1409 = ((0x1.ccccccp-1f) * v1408);
    const float v1410 = b436[i989];
    const float v1411 = ((0x1.99999ap-4f) * v1410);
    const float v1412 = (v1409 + v1411);
    b437[i989] = v1412;
    const float v1413 = b438[i989];
    const float v1414 = ((0x1.ff7ceep-1f) * v1413);
    const float v1415 = ((0x1.0624dep-10f) * v1410);
    const float v1416 = (v1415 * v1410);
    const float v1417 = (v1414 + v1416);
    b439[i989] = v1417;
    const float v1418 = b440[i989];
    const float v1419 = (v1418 * (0x1.fff2e4p-1f));
    const float v1420 = (v1412 / v30);
    const float v1421 = ((0x1.0624dep-9f) * v1420);
    const float v1422 = (v1417 / v32);
    const float v1423 = F64(sqrt, v1422);
    const float v1424 = (v1423 + (0x1.5798eep-27f));
    const float v1425 = (v1421 / v1424);
    const float v1426 = (v1419 - v1425);
    const float v1427 = (v1426 - v1418);
    const float v1428 = (v28 * v1427);
    const float v1429 = (v1418 + v1428);
    b441[i989] = v1429;
    const float v1430 = b442[i989];
    const float v1431 = ((0x1.ccccccp-1f) * v1430);
    const float v1432 = b443[i989];
    const float v1433 = ((0x1.99999ap-4f) * v1432);
    const float v1434 = (v1431 + v1433);
    b444[i989] = v1434;
    const float v1435 = b445[i989];
    const float v1436 = ((0x1.ff7ceep-1f) * v1435);
    const float v1437 = ((0x1.0624dep-10f) * v1432);
    const float v1438 = (v1437 * v1432);
    const float v1439 = (v1436 + v1438);
    b446[i989] = v1439;
    const float v1440 = b447[i989];
    const float v1441 = (v1440 * (0x1.fff2e4p-1f));
    const float v1442 = (v1434 / v30);
    const float v1443 = ((0x1.0624dep-9f) * v1442);
    const float v1444 = (v1439 / v32);
    const float v1445 = F64(sqrt, v1444);
    const float v1446 = (v1445 + (0x1.5798eep-27f));
    const float v1447 = (v1443 / v1446);
    const float v1448 = (v1441 - v1447);
    const float v1449 = (v1448 - v1440);
    const float v1450 = (v28 * v1449);
    const float v1451 = (v1440 + v1450);
    b448[i989] = v1451;
  } else if (gid < 42512) {
    const int i1452 = gid - 38416;
    const float v1453 = b449[i1452];
    const float v1454 = ((0x1.ccccccp-1f) * v1453);
    const float v1455 = b450[i1452];
    const float v1456 = ((0x1.99999ap-4f) * v1455);
    const float v1457 = (v1454 + v1456);
    b451[i1452] = v1457;
    const float v1458 = b452[i1452];
    const float v1459 = ((0x1.ff7ceep-1f) * v1458);
    const float v1460 = ((0x1.0624dep-10f) * v1455);
    const float v1461 = (v1460 * v1455);
    const float v1462 = (v1459 + v1461);
    b453[i1452] = v1462;
    const float v1463 = b454[i1452];
    const float v1464 = (v1463 * (0x1.fff2e4p-1f));
    const float v1465 = (v1457 / v30);
    const float v1466 = ((0x1.0624dep-9f) * v1465);
    const float v1467 = (v1462 / v32);
    const float v1468 = F64(sqrt, v1467);
    const float v1469 = (v1468 + (0x1.5798eep-27f));
    const float v1470 = (v1466 / v1469);
    const float v1471 = (v1464 - v1470);
    const float v1472 = (v1471 - v1463);
    const float v1473 = (v28 * v1472);
    const float v1474 = (v1463 + v1473);
    b455[i1452] = v1474;
  } else if (gid < 43536) {
    const int i1475 = gid - 42512;
    const float v1476 = b456[i1475];
    const float v1477 = ((0x1.ccccccp-1f) * v1476);
    const float v1478 = b457[i1475];
    const float v1479 = ((0x1.99999ap-4f) * v1478);
    const float v1480 = (v1477 + v1479);
    b458[i1475] = v1480;
    const float v1481 = b459[i1475];
    const float v1482 = ((0x1.ff7ceep-1f) * v1481);
    const float v1483 = ((0x1.0624dep-10f) * v1478);
    const float v1484 = (v1483 * v1478);
    const float v1485 = (v1482 + v1484);
    b460[i1475] = v1485;
    const float v1486 = b461[i1475];
    const float v1487 = (v1486 * (0x1.fff2e4p-1f));
    const float v1488 = (v1480 / v30);
    const float v1489 = ((0x1.0624dep-9f) * v1488);
    const float v1490 = (v1485 / v32);
    const float v1491 = F64(sqrt, v1490);
    const float v1492 = (v1491 + (0x1.5798eep-27f));
    const float v1493 = (v1489 / v1492);
    const float v1494 = (v1487 - v1493);
    const float v1495 = (v1494 - v1486);
    const float v1496 = (v28 * v1495);
    const float v1497 = (v1486 + v1496);
    b462[i1475] = v1497;
  } else if (gid < 45840) {
    const int i1498 = gid - 43536;
    const float v1499 = b463[i1498];
    const float v1500 = ((0x1.ccccccp-1f) * v1499);
    const float v1501 = b464[i1498];
    const float v1502 = ((0x1.99999ap-4f) * v1501);
    const float v1503 = (v1500 + v1502);
    b465[i1498] = v1503;
    const float v1504 = b466[i1498];
    const float v1505 = ((0x1.ff7ceep-1f) * v1504);
    const float v1506 = ((0x1.0624dep-10f) * v1501);
    const float v1507 = (v1506 * v1501);
    const float v1508 = (v1505 + v1507);
    b467[i1498] = v1508;
    const float v1509 = b468[i1498];
    const float v1510 = (v1509 * (0x1.fff2e4p-1f));
    const float v1511 = (v1503 / v30);
    const float v1512 = ((0x1.0624dep-9f) * v1511);
    const float v1513 = (v1508 / v32);
    const float v1514 = F64(sqrt, v1513);
    const float v1515 = (v1514 + (0x1.5798eep-27f));
    const float v1516 = (v1512 / v1515);
    const float v1517 = (v1510 - v1516);
    const float v1518 = (v1517 - v1509);
    const float v1519 = (v28 * v1518);
    const float v1520 = (v1509 + v1519);
    b469[i1498] = v1520;
    const float v1521 = b470[i1498];
    const float v1522 = ((0x1.ccccccp-1f) * v1521);
    const float v1523 = b471[i1498];
    const float v1524 = ((0x1.99999ap-4f) * v1523);
    const float v1525 = (v1522 + v1524);
    b472[i1498] = v1525;
    const float v1526 = b473[i1498];
    const float v1527 = ((0x1.ff7ceep-1f) * v1526);
    const float v1528 = ((0x1.0624dep-10f) * v1523);
    const float v1529 = (v1528 * v1523);
    const float v1530 = (v1527 + v1529);
    b474[i1498] = v1530;
    const float v1531 = b475[i1498];
    const float v1532 = (v1531 * (0x1.fff2e4p-1f));
    const float v1533 = (v1525 / v30);
    const float v1534 = ((0x1.0624dep-9f) * v1533);
    const float v1535 = (v1530 / v32);
    const float v1536 = F64(sqrt, v1535);
    const float v1537 = (v1536 + (0x1.5798eep-27f));
    const float v1538 = (v1534 / v1537);
    const float v1539 = (v1532 - v1538);
    const float v1540 = (v1539 - v1531);
    const float v1541 = (v28 * v1540);
    const float v1542 = (v1531 + v1541);
    b476[i1498] = v1542;
    const float v1543 = b477[i1498];
    const float v1544 = ((0x1.ccccccp-1f) * v1543);
    const float v1545 = b478[i1498];
    const float v1546 = ((0x1.99999ap-4f) * v1545);
    const float v1547 = (v1544 + v1546);
    b479[i1498] = v1547;
    const float v1548 = b480[i1498];
    const float v1549 = ((0x1.ff7ceep-1f) * v1548);
    const float v1550 = ((0x1.0624dep-10f) * v1545);
    const float v1551 = (v1550 * v1545);
    const float v1552 = (v1549 + v1551);
    b481[i1498] = v1552;
    const float v1553 = b482[i1498];
    const float v1554 = (v1553 * (0x1.fff2e4p-1f));
    const float v1555 = (v1547 / v30);
    const float v1556 = ((0x1.0624dep-9f) * v1555);
    const float v1557 = (v1552 / v32);
    const float v1558 = F64(sqrt, v1557);
    const float v1559 = (v1558 + (0x1.5798eep-27f));
    const float v1560 = (v1556 / v1559);
    const float v1561 = (v1554 - v1560);
    const float v1562 = (v1561 - v1553);
    const float v1563 = (v28 * v1562);
    const float v1564 = (v1553 + v1563);
    b483[i1498] = v1564;
    const float v1565 = b484[i1498];
    const float v1566 = ((0x1.ccccccp-1f) * v1565);
    const float v1567 = b485[i1498];
    const float v1568 = ((0x1.99999ap-4f) * v1567);
    const float v1569 = (v1566 + v1568);
    b486[i1498] = v1569;
    const float v1570 = b487[i1498];
    const float v1571 = ((0x1.ff7ceep-1f) * v1570);
    const float v1572 = ((0x1.0624dep-10f) * v1567);
    const float v1573 = (v1572 * v1567);
    const float v1574 = (v1571 + v1573);
    b488[i1498] = v1574;
    const float v1575 = b489[i1498];
    const float v1576 = (v1575 * (0x1.fff2e4p-1f));
    const float v1577 = (v1569 / v30);
    const float v1578 = ((0x1.0624dep-9f) * v1577);
    const float v1579 = (v1574 / v32);
    const float v1580 = F64(sqrt, v1579);
    const float v1581 = (v1580 + (0x1.5798eep-27f));
    const float v1582 = (v1578 / v1581);
    const float v1583 = (v1576 - v1582);
    const float v1584 = (v1583 - v1575);
    const float v1585 = (v28 * v1584);
    const float v1586 = (v1575 + v1585);
    b490[i1498] = v1586;
    const float v1587 = b491[i1498];
    const float v1588 = ((0x1.ccccccp-1f) * v1587);
    const float v1589 = b492[i1498];
    const float v1590 = ((0x1.99999ap-4f) * v1589);
    const float v1591 = (v1588 + v1590);
    b493[i1498] = v1591;
    const float v1592 = b494[i1498];
    const float v1593 = ((0x1.ff7ceep-1f) * v1592);
    const float v1594 = ((0x1.0624dep-10f) * v1589);
    const float v1595 = (v1594 * v1589);
    const float v1596 = (v1593 + v1595);
    b495[i1498] = v1596;
    const float v1597 = b496[i1498];
    const float v1598 = (v1597 * (0x1.fff2e4p-1f));
    const float v1599 = (v1591 / v30);
    const float v1600 = ((0x1.0624dep-9f) * v1599);
    const float v1601 = (v1596 / v32);
    const float v1602 = F64(sqrt, v1601);
    const float v1603 = (v1602 + (0x1.5798eep-27f));
    const float v1604 = (v1600 / v1603);
    const float v1605 = (v1598 - v1604);
    const float v1606 = (v1605 - v1597);
    const float v1607 = (v28 * v1606);
    const float v1608 = (v1597 + v1607);
    b497[i1498] = v1608;
    const float v1609 = b498[i1498];
    const float v1610 = ((0x1.ccccccp-1f) * v1609);
    const float v1611 = b499[i1498];
    const float v1612 = ((0x1.99999ap-4f) * v1611);
    const float v1613 = (v1610 + v1612);
    b500[i1498] = v1613;
    const float v1614 = b501[i1498];
    const float v1615 = ((0x1.ff7ceep-1f) * v1614);
    const float v1616 = ((0x1.0624dep-10f) * v1611);
    const float v1617 = (v1616 * v1611);
    const float v1618 = (v1615 + v1617);
    b502[i1498] = v1618;
    const float v1619 = b503[i1498];
    const float v1620 = (v1619 * (0x1.fff2e4p-1f));
    const float v1621 = (v1613 / v30);
    const float v1622 = ((0x1.0624dep-9f) * v1621);
    const float v1623 = (v1618 / v32);
    const float v1624 = F64(sqrt, v1623);
    const float v1625 = (v1624 + (0x1.5798eep-27f));
    const float v1626 = (v1622 / v1625);
    const float v1627 = (v1620 - v1626);
    const float v1628 = (v1627 - v1619);
    const float v1629 = (v28 * v1628);
    const float v1630 = (v1619 + v1629);
    b504[i1498] = v1630;
    const float v1631 = b505[i1498];
    const float v1632 = ((0x1.ccccccp-1f) * v1631);
    const float v1633 = b506[i1498];
    const float v1634 = ((0x1.99999ap-4f) * v1633);
    const float v1635 = (v1632 + v1634);
    b507[i1498] = v1635;
    const float v1636 = b508[i1498];
    const float v1637 = ((0x1.ff7ceep-1f) * v1636);
    const float v1638 = ((0x1.0624dep-10f) * v1633);
    const float v1639 = (v1638 * v1633);
    const float v1640 = (v1637 + v1639);
    b509[i1498] = v1640;
    const float v1641 = b510[i1498];
    const float v1642 = (v1641 * (0x1.fff2e4p-1f));
    const float v1643 = (v1635 / v30);
    const float v1644 = ((0x1.0624dep-9f) * v1643);
    const float v1645 = (v1640 / v32);
    const float v1646 = F64(sqrt, v1645);
    const float v1647 = (v1646 + (0x1.5798eep-27f));
    const float v1648 = (v1644 / v1647);
    const float v1649 = (v1642 - v1648);
    const float v1650 = (v1649 - v1641);
    const float v1651 = (v28 * v1650);
    const float v1652 = (v1641 + v1651);
    b511[i1498] = v1652;
    const float v1653 = b512[i1498];
    const float v1654 = ((0x1.ccccccp-1f) * v1653);
    const float v1655 = b513[i1498];
    const float v1656 = ((0x1.99999ap-4f) * v1655);
    const float v1657 = (v1654 + v1656);
    b514[i1498] = v1657;
    const float v1658 = b515[i1498];
    const float v1659 = ((0x1.ff7ceep-1f) * v1658);
    const float v1660 = ((0x1.0624dep-10f) * v1655);
    const float v1661 = (v1660 * v1655);
    const float v1662 = (v1659 + v1661);
    b516[i1498] = v1662;
    const float v1663 = b517[i1498];
    const float v1664 = (v1663 * (0x1.fff2e4p-1f));
    const float v1665 = (v1657 / v30);
    const float v1666 = ((0x1.0624dep-9f) * v1665);
    const float v1667 = (v1662 / v32);
    const float v1668 = F64(sqrt, v1667);
    const float v1669 = (v1668 + (0x1.5798eep-27f));
    const float v1670 = (v1666 / v1669);
    const float v1671 = (v1664 - v1670);
    const float v1672 = (v1671 - v1663);
    const float v1673 = (v28 * v1672);
    const float v1674 = (v1663 + v1673);
    b518[i1498] = v1674;
    const float v1675 = b519[i1498];
    const float v1676 = ((0x1.ccccccp-1f) * v1675);
    const float v1677 = b520[i1498];
    const float v1678 = ((0x1.99999ap-4f) * v1677);
    const float v1679 = (v1676 + v1678);
    b521[i1498] = v1679;
    const float v1680 = b522[i1498];
    const float v1681 = ((0x1.ff7ceep-1f) * v1680);
    const float v1682 = ((0x1.0624dep-10f) * v1677);
    const float v1683 = (v1682 * v1677);
    const float v1684 = (v1681 + v1683);
    b523[i1498] = v1684;
    const float v1685 = b524[i1498];
    const float v1686 = (v1685 * (0x1.fff2e4p-1f));
    const float v1687 = (v1679 / v30);
    const float v1688 = ((0x1.0624dep-9f) * v1687);
    const float v1689 = (v1684 / v32);
    const float v1690 = F64(sqrt, v1689);
    const float v1691 = (v1690 + (0x1.5798eep-27f));
    const float v1692 = (v1688 / v1691);
    const float v1693 = (v1686 - v1692);
    const float v1694 = (v1693 - v1685);
    const float v1695 = (v28 * v1694);
    const float v1696 = (v1685 + v1695);
    b525[i1498] = v1696;
    const float v1697 = b526[i1498];
    const float v1698 = ((0x1.ccccccp-1f) * v1697);
    const float v1699 = b527[i1498];
    const float v1700 = ((0x1.99999ap-4f) * v1699);
    const float v1701 = (v1698 + v1700);
    b528[i1498] = v1701;
    const float v1702 = b529[i1498];
    const float v1703 = ((0x1.ff7ceep-1f) * v1702);
    const float v1704 = ((0x1.0624dep-10f) * v1699);
    const float v1705 = (v1704 * v1699);
    const float v1706 = (v1703 + v1705);
    b530[i1498] = v1706;
    const float v1707 = b531[i1498];
    const float v1708 = (v1707 * (0x1.fff2e4p-1f));
    const float v1709 = (v1701 / v30);
    const float v1710 = ((0x1.0624dep-9f) * v1709);
    const float v1711 = (v1706 / v32);
    const float v1712 = F64(sqrt, v1711);
    const float v1713 = (v1712 + (0x1.5798eep-27f));
    const float v1714 = (v1710 / v1713);
    const float v1715 = (v1708 - v1714);
    const float v1716 = (v1715 - v1707);
    const float v1717 = (v28 * v1716);
    const float v1718 = (v1707 + v1717);
    b532[i1498] = v1718;
    const float v1719 = b533[i1498];
    const float v1720 = ((0x1.ccccccp-1f) * v1719);
    const float v1721 = b534[i1498];
    const float v1722 = ((0x1.99999ap-4f) * v1721);
    const float v1723 = (v1720 + v1722);
    b535[i1498] = v1723;
    const float v1724 = b536[i1498];
    const float v1725 = ((0x1.ff7ceep-1f) * v1724);
    const float v1726 = ((0x1.0624dep-10f) * v1721);
    const float v1727 = (v1726 * v1721);
    const float v1728 = (v1725 + v1727);
    b537[i1498] = v1728;
    const float v1729 = b538[i1498];
    const float v1730 = (v1729 * (0x1.fff2e4p-1f));
    const float v1731 = (v1723 / v30);
    const float v1732 = ((0x1.0624dep-9f) * v1731);
    const float v1733 = (v1728 / v32);
    const float v1734 = F64(sqrt, v1733);
    const float v1735 = (v1734 + (0x1.5798eep-27f));
    const float v1736 = (v1732 / v1735);
    const float v1737 = (v1730 - v1736);
    const float v1738 = (v1737 - v1729);
    const float v1739 = (v28 * v1738);
    const float v1740 = (v1729 + v1739);
    b539[i1498] = v1740;
    const float v1741 = b540[i1498];
    const float v1742 = ((0x1.ccccccp-1f) * v1741);
    const float v1743 = b541[i1498];
    const float v1744 = ((0x1.99999ap-4f) * v1743);
    const float v1745 = (v1742 + v1744);
    b542[i1498] = v1745;
    const float v1746 = b543[i1498];
    const float v1747 = ((0x1.ff7ceep-1f) * v1746);
    const float v1748 = ((0x1.0624dep-10f) * v1743);
    const float v1749 = (v1748 * v1743);
    const float v1750 = (v1747 + v1749);
    b544[i1498] = v1750;
    const float v1751 = b545[i1498];
    const float v1752 = (v1751 * (0x1.fff2e4p-1f));
    const float v1753 = (v1745 / v30);
    const float v1754 = ((0x1.0624dep-9f) * v1753);
    const float v1755 = (v1750 / v32);
    const float v1756 = F64(sqrt, v1755);
    const float v1757 = (v1756 + (0x1.5798eep-27f));
    const float v1758 = (v1754 / v1757);
    const float v1759 = (v1752 - v1758);
    const float v1760 = (v1759 - v1751);
    const float v1761 = (v28 * v1760);
    const float v1762 = (v1751 + v1761);
    b546[i1498] = v1762;
    const float v1763 = b547[i1498];
    const float v1764 = ((0x1.ccccccp-1f) * v1763);
    const float v1765 = b548[i1498];
    const float v1766 = ((0x1.99999ap-4f) * v1765);
    const float v1767 = (v1764 + v1766);
    b549[i1498] = v1767;
    const float v1768 = b550[i1498];
    const float v1769 = ((0x1.ff7ceep-1f) * v1768);
    const float v1770 = ((0x1.0624dep-10f) * v1765);
    const float v1771 = (v1770 * v1765);
    const float v1772 = (v1769 + v1771);
    b551[i1498] = v1772;
    const float v1773 = b552[i1498];
    const float v1774 = (v1773 * (0x1.fff2e4p-1f));
    const float v1775 = (v1767 / v30);
    const float v1776 = ((0x1.0624dep-9f) * v1775);
    const float v1777 = (v1772 / v32);
    const float v1778 = F64(sqrt, v1777);
    const float v1779 = (v1778 + (0x1.5798eep-27f));
    const float v1780 = (v1776 / v1779);
    const float v1781 = (v1774 - v1780);
    const float v1782 = (v1781 - v1773);
    const float v1783 = (v28 * v1782);
    const float v1784 = (v1773 + v1783);
    b553[i1498] = v1784;
  } else if (gid < 46096) {
    const int i1785 = gid - 45840;
    const float v1786 = b554[i1785];
    const float v1787 = ((0x1.ccccccp-1f) * v1786);
    const float v1788 = b555[i1785];
    const float v1789 = ((0x1.99999ap-4f) * v1788);
    const float v1790 = (v1787 + v1789);
    b556[i1785] = v1790;
    const float v1791 = b557[i1785];
    const float v1792 = ((0x1.ff7ceep-1f) * v1791);
    const float v1793 = ((0x1.0624dep-10f) * v1788);
    const float v1794 = (v1793 * v1788);
    const float v1795 = (v1792 + v1794);
    b558[i1785] = v1795;
    const float v1796 = b559[i1785];
    const float v1797 = (v1796 * (0x1.fff2e4p-1f));
    const float v1798 = (v1790 / v30);
    const float v1799 = ((0x1.0624dep-9f) * v1798);
    const float v1800 = (v1795 / v32);
    const float v1801 = F64(sqrt, v1800);
    const float v1802 = (v1801 + (0x1.5798eep-27f));
    const float v1803 = (v1799 / v1802);
    const float v1804 = (v1797 - v1803);
    const float v1805 = (v1804 - v1796);
    const float v1806 = (v28 * v1805);
    const float v1807 = (v1796 + v1806);
    b560[i1785] = v1807;
    const float v1808 = b561[i1785];
    const float v1809 = ((0x1.ccccccp-1f) * v1808);
    const float v1810 = b562[i1785];
    const float v1811 = ((0x1.99999ap-4f) * v1810);
    const float v1812 = (v1809 + v1811);
    b563[i1785] = v1812;
    const float v1813 = b564[i1785];
    const float v1814 = ((0x1.ff7ceep-1f) * v1813);
    const float v1815 = ((0x1.0624dep-10f) * v1810);
    const float v1816 = (v1815 * v1810);
    const float v1817 = (v1814 + v1816);
    b565[i1785] = v1817;
    const float v1818 = b566[i1785];
    const float v1819 = (v1818 * (0x1.fff2e4p-1f));
    const float v1820 = (v1812 / v30);
    const float v1821 = ((0x1.0624dep-9f) * v1820);
    const float v1822 = (v1817 / v32);
    const float v1823 = F64(sqrt, v1822);
    const float v1824 = (v1823 + (0x1.5798eep-27f));
    const float v1825 = (v1821 / v1824);
    const float v1826 = (v1819 - v1825);
    const float v1827 = (v1826 - v1818);
    const float v1828 = (v28 * v1827);
    const float v1829 = (v1818 + v1828);
    b567[i1785] = v1829;
    const float v1830 = b568[i1785];
    const float v1831 = ((0x1.ccccccp-1f) * v1830);
    const float v1832 = b569[i1785];
    const float v1833 = ((0x1.99999ap-4f) * v1832);
    const float v1834 = (v1831 + v1833);
    b570[i1785] = v1834;
    const float v1835 = b571[i1785];
    const float v1836 = ((0x1.ff7ceep-1f) * v1835);
    const float v1837 = ((0x1.0624dep-10f) * v1832);
    const float v1838 = (v1837 * v1832);
    const float v1839 = (v1836 + v1838);
    b572[i1785] = v1839;
    const float v1840 = b573[i1785];
    const float v1841 = (v1840 * (0x1.fff2e4p-1f));
    const float v1842 = (v1834 / v30);
    const float v1843 = ((0x1.0624dep-9f) * v1842);
    const float v1844 = (v1839 / v32);
    const float v1845 = F64(sqrt, v1844);
    const float v1846 = (v1845 + (0x1.5798eep-27f));
    const float v1847 = (v1843 / v1846);
    const float v1848 = (v1841 - v1847);
    const float v1849 = (v1848 - v1840);
    const float v1850 = (v28 * v1849);
    const float v1851 = (v1840 + v1850);
    b574[i1785] = v1851;
  } else if (gid < 46176) {
    const int i1852 = gid - 46096;
    const float v1853 = b575[i1852];
    const float v1854 = ((0x1.ccccccp-1f) * v1853);
    const float v1855 = b576[i1852];
    const float v1856 = ((0x1.99999ap-4f) * v1855);
    const float v1857 = (v1854 + v1856);
    b577[i1852] = v1857;
    const float v1858 = b578[i1852];
    const float v1859 = ((0x1.ff7ceep-1f) * v1858);
    const float v1860 = ((0x1.0624dep-10f) * v1855);
    const float v1861 = (v1860 * v1855);
    const float v1862 = (v1859 + v1861);
    b579[i1852] = v1862;
    const float v1863 = b580[i1852];
    const float v1864 = (v1863 * (0x1.fff2e4p-1f));
    const float v1865 = (v1857 / v30);
    const float v1866 = ((0x1.0624dep-9f) * v1865);
    const float v1867 = (v1862 / v32);
    const float v1868 = F64(sqrt, v1867);
    const float v1869 = (v1868 + (0x1.5798eep-27f));
    const float v1870 = (v1866 / v1869);
    const float v1871 = (v1864 - v1870);
    const float v1872 = (v1871 - v1863);
    const float v1873 = (v28 * v1872);
    const float v1874 = (v1863 + v1873);
    b581[i1852] = v1874;
  } else if (gid < 46181) {
    const int i1875 = gid - 46176;
    const float v1876 = b582[i1875];
    const float v1877 = ((0x1.ccccccp-1f) * v1876);
    const float v1878 = b583[i1875];
    const float v1879 = ((0x1.99999ap-4f) * v1878);
    const float v1880 = (v1877 + v1879);
    b584[i1875] = v1880;
    const float v1881 = b585[i1875];
    const float v1882 = ((0x1.ff7ceep-1f) * v1881);
    const float v1883 = ((0x1.0624dep-10f) * v1878);
    const float v1884 = (v1883 * v1878);
    const float v1885 = (v1882 + v1884);
    b586[i1875] = v1885;
    const float v1886 = b587[i1875];
    const float v1887 = (v1886 * (0x1.fff2e4p-1f));
    const float v1888 = (v1880 / v30);
    const float v1889 = ((0x1.0624dep-9f) * v1888);
    const float v1890 = (v1885 / v32);
    const float v1891 = F64(sqrt, v1890);
    const float v1892 = (v1891 + (0x1.5798eep-27f));
    const float v1893 = (v1889 / v1892);
    const float v1894 = (v1887 - v1893);
    const float v1895 = (v1894 - v1886);
    const float v1896 = (v28 * v1895);
    const float v1897 = (v1886 + v1896);
    b588[i1875] = v1897;
  }
}
