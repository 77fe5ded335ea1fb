// Ddpm: kernels of one training step: 194 OpenCL kernels for 290 launches
k0.cl: launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/ddpm.nn:54:21)
k1.cl: launch 1: elementwise le cast -> f32[1000, 1000]
k2.cl: launch 2: elementwise reshape -> f32[1, 1000]
k3.cl: launch 3: matmul -> f32[1, 1000]
k4.cl: launch 4: elementwise reshape exp -> f32[1000]
k5.cl: launch 5: elementwise random mul floor cast cast -> i32[B] f32[B]
k6.cl: launch 6: elementwise gather -> f32[B]
k7.cl: launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1, 1, 1] f32[B, 1, 1, 1]
k8.cl: launch 8: elementwise broadcast mul sub mul -> f32[B, 1, 28, 28] (from samples/ddpm.nn:55:8)
k9.cl: launch 9: elementwise random mul add -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
k10.cl: launch 10: conv2d -> f32[B, 16, 28, 28]
k11.cl: launch 11: elementwise add -> f32[B, 16, 28, 28]
k12.cl: launch 12: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
k13.cl: launch 13: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
k14.cl: launch 14: matmul b' -> f32[B, 64]
k15.cl: launch 15: elementwise add sigmoid mul sub mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k16.cl: launch 18: matmul b' -> f32[B, 16]
k17.cl: launch 19: elementwise add -> f32[B, 16]
k18.cl: launch 20: elementwise broadcast add sigmoid mul sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k19.cl: launch 21: conv2d -> f32[B, 32, 14, 14]
k20.cl: launch 22: elementwise add -> f32[B, 32, 14, 14]
k21.cl: launch 23: matmul b' -> f32[B, 32]
k22.cl: launch 24: elementwise add -> f32[B, 32]
k23.cl: launch 25: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k24.cl: launch 26: conv2d -> f32[B, 32, 14, 14]
k25.cl: launch 27: elementwise add sigmoid mul add sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k26.cl: launch 28: conv2d -> f32[B, 32, 7, 7]
k27.cl: launch 29: elementwise add -> f32[B, 32, 7, 7]
k28.cl: launch 32: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7]
k29.cl: launch 33: conv2d -> f32[B, 32, 7, 7]
k30.cl: launch 34: elementwise add sigmoid mul add sub mul -> f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7]
k31.cl: launch 35: elementwise concat -> f32[B, 64, 14, 14]
k32.cl: launch 36: conv2d -> f32[B, 32, 14, 14]
k33.cl: launch 37: elementwise add sigmoid mul sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k34.cl: launch 38: elementwise concat -> f32[B, 48, 28, 28]
k35.cl: launch 39: conv2d -> f32[B, 16, 28, 28]
k36.cl: launch 40: elementwise add sigmoid mul sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
k37.cl: launch 41: conv2d -> f32[B, 1, 28, 28]
k38.cl: launch 42: elementwise add sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
k39.cl: launch 43: reduction of sum div -> f32[]
k40.cl: launch 44: elementwise cast div min mul cos add mul add pow sub pow sub -> f32[] f32[] f32[] (from samples/ddpm.nn:68:13)
k41.cl: launch 45: elementwise mul -> f32[64, 64]
k42.cl: launch 46: elementwise div -> f32[]
k43.cl: launch 47: elementwise broadcast mul add -> f32[B, 1, 28, 28]
k44.cl: launch 48: conv2d_input_grad -> f32[B, 16, 28, 28]
k45.cl: launch 49: elementwise mul mul mul add -> f32[B, 16, 28, 28]
k46.cl: launch 50: conv2d_input_grad -> f32[B, 48, 28, 28]
k47.cl: launch 51: reduction of reshape sum mul mul mul add -> f32[B, 32, 14, 14]
k48.cl: launch 52: conv2d_input_grad -> f32[B, 64, 14, 14]
k49.cl: launch 53: reduction of reshape sum mul mul mul add -> f32[B, 32, 7, 7] f32[B, 32, 7, 7]
k50.cl: launch 54: conv2d_input_grad -> f32[B, 32, 7, 7]
k51.cl: launch 55: elementwise add mul mul mul add -> f32[B, 32, 7, 7]
k52.cl: launch 56: reduction of sum -> f32[B, 32]
k53.cl: launch 57: matmul -> f32[B, 64]
k54.cl: launch 58: conv2d_input_grad -> f32[B, 32, 14, 14]
k55.cl: launch 59: elementwise add mul mul mul add -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
k56.cl: launch 60: conv2d_input_grad -> f32[B, 32, 14, 14]
k57.cl: launch 61: elementwise add mul mul mul add -> f32[B, 32, 14, 14]
k58.cl: launch 62: reduction of sum -> f32[B, 32]
k59.cl: launch 64: elementwise add -> f32[B, 64]
k60.cl: launch 65: conv2d_input_grad -> f32[B, 16, 28, 28]
k61.cl: launch 66: elementwise add mul mul mul add -> f32[B, 16, 28, 28]
k62.cl: launch 67: reduction of sum -> f32[B, 16]
k63.cl: launch 68: matmul -> f32[B, 64]
k64.cl: launch 69: elementwise add mul mul mul add -> f32[B, 64]
k65.cl: launch 70: matmul -> f32[B, 64]
k66.cl: launch 71: elementwise mul mul mul add -> f32[B, 64]
k67.cl: launch 72: matmul a' -> f32[64, 64]
k68.cl: launch 73: elementwise mul -> f32[64, 64]
k69.cl: launch 74: reduction of sum -> f32[]
k70.cl: launch 75: reduction of sum -> f32[64]
k71.cl: launch 76: elementwise mul -> f32[64]
k72.cl: launch 77: reduction of sum -> f32[]
k73.cl: launch 78: elementwise add -> f32[]
k74.cl: launch 87: matmul a' -> f32[16, 64]
k75.cl: launch 88: elementwise mul -> f32[16, 64]
k76.cl: launch 89: reduction of sum -> f32[]
k77.cl: launch 91: reduction of sum -> f32[16]
k78.cl: launch 92: elementwise mul -> f32[16]
k79.cl: launch 93: reduction of sum -> f32[]
k80.cl: launch 95: matmul a' -> f32[32, 64]
k81.cl: launch 96: elementwise mul -> f32[32, 64]
k82.cl: launch 97: reduction of sum -> f32[]
k83.cl: launch 99: reduction of sum -> f32[32]
k84.cl: launch 100: elementwise mul -> f32[32]
k85.cl: launch 101: reduction of sum -> f32[]
k86.cl: launch 111: conv2d_weight_grad -> f32[16, 1, 3, 3]
k87.cl: launch 112: elementwise mul -> f32[16, 1, 3, 3]
k88.cl: launch 113: reduction of sum -> f32[]
k89.cl: launch 115: reduction of sum -> f32[16]
k90.cl: launch 119: conv2d_weight_grad -> f32[32, 16, 3, 3]
k91.cl: launch 120: elementwise mul -> f32[32, 16, 3, 3]
k92.cl: launch 121: reduction of sum -> f32[]
k93.cl: launch 123: reduction of sum -> f32[32]
k94.cl: launch 127: conv2d_weight_grad -> f32[32, 32, 3, 3]
k95.cl: launch 128: elementwise mul -> f32[32, 32, 3, 3]
k96.cl: launch 129: reduction of sum -> f32[]
k97.cl: launch 135: conv2d_weight_grad -> f32[32, 32, 3, 3]
k98.cl: launch 139: reduction of sum -> f32[32]
k99.cl: launch 143: conv2d_weight_grad -> f32[32, 32, 3, 3]
k100.cl: launch 151: conv2d_weight_grad -> f32[32, 64, 3, 3]
k101.cl: launch 152: elementwise mul -> f32[32, 64, 3, 3]
k102.cl: launch 153: reduction of sum -> f32[]
k103.cl: launch 159: conv2d_weight_grad -> f32[16, 48, 3, 3]
k104.cl: launch 160: elementwise mul -> f32[16, 48, 3, 3]
k105.cl: launch 161: reduction of sum -> f32[]
k106.cl: launch 167: conv2d_weight_grad -> f32[1, 16, 3, 3]
k107.cl: launch 169: reduction of sum -> f32[]
k108.cl: launch 171: reduction of sum -> f32[1]
k109.cl: launch 172: elementwise mul -> f32[1]
k110.cl: launch 173: elementwise reshape add sqrt max div -> f32[]
k111.cl: launch 174: elementwise broadcast mul mul -> f32[64, 64] f32[64, 64]
k112.cl: launch 175: elementwise mul add mul add mul mul -> f32[64, 64] f32[64, 64]
k113.cl: launch 176: elementwise broadcast div mul -> f32[64, 64] f32[64, 64]
k114.cl: launch 177: elementwise mul add -> f32[64, 64]
k115.cl: launch 178: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 64] f32[64, 64]
k116.cl: launch 179: elementwise mul -> f32[64]
k117.cl: launch 180: elementwise broadcast mul mul -> f32[64] f32[64]
k118.cl: launch 181: elementwise mul add mul add mul mul -> f32[64] f32[64]
k119.cl: launch 182: elementwise broadcast div mul -> f32[64] f32[64]
k120.cl: launch 183: elementwise mul add -> f32[64]
k121.cl: launch 184: elementwise broadcast div sqrt add div sub sub mul add -> f32[64] f32[64]
k122.cl: launch 186: elementwise mul add mul add div mul mul mul -> f32[64, 64] f32[64, 64] f32[64, 64]
k123.cl: launch 187: elementwise mul add div sqrt add div sub sub mul add -> f32[64, 64] f32[64, 64]
k124.cl: launch 189: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
k125.cl: launch 190: elementwise mul add div sqrt add div sub sub mul add -> f32[64] f32[64]
k126.cl: launch 191: elementwise mul -> f32[16, 64]
k127.cl: launch 192: elementwise broadcast mul -> f32[16, 64]
k128.cl: launch 193: elementwise mul add mul add mul mul -> f32[16, 64] f32[16, 64]
k129.cl: launch 194: elementwise broadcast div mul -> f32[16, 64]
k130.cl: launch 195: elementwise mul add -> f32[16, 64]
k131.cl: launch 196: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 64]
k132.cl: launch 197: elementwise mul -> f32[16]
k133.cl: launch 198: elementwise broadcast mul mul mul -> f32[16] f32[16] f32[16]
k134.cl: launch 199: elementwise mul add mul add mul mul -> f32[16] f32[16]
k135.cl: launch 200: elementwise broadcast div mul -> f32[16] f32[16]
k136.cl: launch 201: elementwise mul add -> f32[16]
k137.cl: launch 202: elementwise broadcast div sqrt add div sub sub mul add -> f32[16] f32[16]
k138.cl: launch 203: elementwise mul -> f32[32, 64]
k139.cl: launch 204: elementwise broadcast mul mul -> f32[32, 64] f32[32, 64]
k140.cl: launch 205: elementwise mul add mul add mul mul -> f32[32, 64] f32[32, 64]
k141.cl: launch 206: elementwise broadcast div mul -> f32[32, 64] f32[32, 64]
k142.cl: launch 207: elementwise mul add -> f32[32, 64]
k143.cl: launch 208: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 64] f32[32, 64]
k144.cl: launch 209: elementwise mul -> f32[32]
k145.cl: launch 210: elementwise broadcast mul mul mul mul mul mul mul -> f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32]
k146.cl: launch 211: elementwise mul add mul add mul mul -> f32[32] f32[32]
k147.cl: launch 212: elementwise broadcast div mul -> f32[32] f32[32]
k148.cl: launch 213: elementwise mul add -> f32[32]
k149.cl: launch 214: elementwise broadcast div sqrt add div sub sub mul add -> f32[32] f32[32]
k150.cl: launch 216: elementwise mul add mul add div mul mul mul -> f32[32, 64] f32[32, 64] f32[32, 64]
k151.cl: launch 217: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 64] f32[32, 64]
k152.cl: launch 219: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
k153.cl: launch 220: elementwise mul add div sqrt add div sub sub mul add -> f32[32] f32[32]
k154.cl: launch 221: elementwise mul -> f32[16, 1, 3, 3]
k155.cl: launch 222: elementwise broadcast mul -> f32[16, 1, 3, 3]
k156.cl: launch 223: elementwise mul add mul add mul mul -> f32[16, 1, 3, 3] f32[16, 1, 3, 3]
k157.cl: launch 224: elementwise broadcast div mul -> f32[16, 1, 3, 3]
k158.cl: launch 225: elementwise mul add -> f32[16, 1, 3, 3]
k159.cl: launch 226: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 1, 3, 3]
k160.cl: launch 228: elementwise mul add mul add div mul mul mul -> f32[16] f32[16] f32[16]
k161.cl: launch 229: elementwise mul add div sqrt add div sub sub mul add -> f32[16] f32[16]
k162.cl: launch 230: elementwise mul -> f32[32, 16, 3, 3]
k163.cl: launch 231: elementwise broadcast mul -> f32[32, 16, 3, 3]
k164.cl: launch 232: elementwise mul add mul add mul mul -> f32[32, 16, 3, 3] f32[32, 16, 3, 3]
k165.cl: launch 233: elementwise broadcast div mul -> f32[32, 16, 3, 3]
k166.cl: launch 234: elementwise mul add -> f32[32, 16, 3, 3]
k167.cl: launch 235: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 16, 3, 3]
k168.cl: launch 239: elementwise mul -> f32[32, 32, 3, 3]
k169.cl: launch 240: elementwise broadcast mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k170.cl: launch 241: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k171.cl: launch 242: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k172.cl: launch 243: elementwise mul add -> f32[32, 32, 3, 3]
k173.cl: launch 244: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k174.cl: launch 249: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k175.cl: launch 250: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
k176.cl: launch 260: elementwise mul -> f32[32, 64, 3, 3]
k177.cl: launch 261: elementwise broadcast mul -> f32[32, 64, 3, 3]
k178.cl: launch 262: elementwise mul add mul add mul mul -> f32[32, 64, 3, 3] f32[32, 64, 3, 3]
k179.cl: launch 263: elementwise broadcast div mul -> f32[32, 64, 3, 3]
k180.cl: launch 264: elementwise mul add -> f32[32, 64, 3, 3]
k181.cl: launch 265: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 64, 3, 3]
k182.cl: launch 269: elementwise mul -> f32[16, 48, 3, 3]
k183.cl: launch 270: elementwise broadcast mul -> f32[16, 48, 3, 3]
k184.cl: launch 271: elementwise mul add mul add mul mul -> f32[16, 48, 3, 3] f32[16, 48, 3, 3]
k185.cl: launch 272: elementwise broadcast div mul -> f32[16, 48, 3, 3]
k186.cl: launch 273: elementwise mul add -> f32[16, 48, 3, 3]
k187.cl: launch 274: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 48, 3, 3]
k188.cl: launch 284: elementwise mul -> f32[1]
k189.cl: launch 285: elementwise reshape mul -> f32[1]
k190.cl: launch 286: elementwise mul add mul add mul mul -> f32[1] f32[1]
k191.cl: launch 287: elementwise reshape div mul -> f32[1]
k192.cl: launch 288: elementwise mul add -> f32[1]
k193.cl: launch 289: elementwise reshape div sqrt add div sub sub mul add -> f32[1]

// ---- k0.cl

// launch 0: elementwise cast mul add sub log -> f32[1000] (from samples/ddpm.nn:54:21)
__kernel void k0(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    const float v2 = ((0x1.4e3368p-16f) * v1);
    const float v3 = ((0x1.a36e2ep-14f) + v2);
    const float v4 = (1.0f - v3);
    const float v5 = F64(log, v4);
    b0[i0] = v5;
  }
}

// ---- k1.cl

// launch 1: elementwise le cast -> f32[1000, 1000]
__kernel void k1(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000000) {
    const int i0 = gid - 0;
    const int x1 = i0 / 1000;
    const int x2 = i0 % 1000;
    const float v3 = BOOL(x1 <= x2);
    b0[i0] = v3;
  }
}

// ---- k2.cl

// launch 2: elementwise reshape -> f32[1, 1000]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const int x1 = i0 % 1000;
    const float v2 = b0[x1];
    b1[i0] = v2;
  }
}

// ---- k3.cl

// launch 3: matmul -> f32[1, 1000]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 1, N = 1000, K = 1000;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  float4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 16; nn < 64; nn += 16) {
      const int n = n0 + nn;
      for (int kk = lid / 16; kk < 16; kk += 1) {
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
      for (int r = 0; r < 1; r++) acc[r] += (As[kk][ly + r * 1] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 1; r++) {
    const int m = m0 + ly + r * 1;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k4.cl

// launch 4: elementwise reshape exp -> f32[1000]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1000) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = F64(exp, v1);
    b1[i0] = v2;
  }
}

// ---- k5.cl

// launch 5: elementwise random mul floor cast cast -> i32[B] f32[B]
__kernel void k5(__global int* restrict b0, __global int* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[0];
    const float v3 = nnc_random(0, 42u, 0u, (float) v2, i1);
    const float v4 = (v3 * 1000.0f);
    const float v5 = F64(floor, v4);
    const int v6 = convert_int_sat(v5);
    b1[i1] = v6;
    const float v7 = (float) v6;
    b2[i1] = v7;
  }
}

// ---- k6.cl

// launch 6: elementwise gather -> f32[B]
__kernel void k6(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const int v3 = nnc_index(v2, 1000, fault);
    const float v4 = b1[v3];
    b2[i1] = v4;
  }
}

// ---- k7.cl

// launch 7: elementwise reshape sqrt sub sqrt -> f32[B, 1, 1, 1] f32[B, 1, 1, 1]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[4];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = F64(sqrt, v2);
    b1[i1] = v3;
    const float v4 = (1.0f - v2);
    const float v5 = F64(sqrt, v4);
    b2[i1] = v5;
  }
}

// ---- k8.cl

// launch 8: elementwise broadcast mul sub mul -> f32[B, 1, 28, 28] (from samples/ddpm.nn:55:8)
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 784;
    const float v3 = b0[x2];
    const float v4 = b1[i1];
    const float v5 = (2.0f * v4);
    const float v6 = (v5 - 1.0f);
    const float v7 = (v3 * v6);
    b2[i1] = v7;
  }
}

// ---- k9.cl

// launch 9: elementwise random mul add -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global int* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const float v4 = b1[x3];
    const int v5 = b2[0];
    const float v6 = nnc_random(1, 42u, 1u, (float) v5, i1);
    const float v7 = (v4 * v6);
    const float v8 = (v2 + v7);
    b3[i1] = v8;
    b4[i1] = v6;
  }
}

// ---- k10.cl

// launch 10: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k10(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 1, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k11.cl

// launch 11: elementwise add -> f32[B, 16, 28, 28]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
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

// ---- k12.cl

// launch 12: elementwise cast ge cast mul sub mul exp sub mul -> f32[64] f32[64]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = (float) i0;
    const float v2 = BOOL(v1 >= 32.0f);
    const float v3 = (v2 * 32.0f);
    const float v4 = (v1 - v3);
    const float v5 = (v4 * (-0x1.26bb1cp-2f));
    const float v6 = F64(exp, v5);
    b0[i0] = v6;
    const float v7 = (1.0f - v2);
    const float v8 = (v7 * (0x1.921fb6p0f));
    b1[i0] = v8;
  }
}

// ---- k13.cl

// launch 13: elementwise broadcast broadcast mul broadcast add sin -> f32[B, 64]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const float v3 = b0[x2];
    const int x4 = i1 % 64;
    const float v5 = b1[x4];
    const float v6 = (v3 * v5);
    const float v7 = b2[x4];
    const float v8 = (v6 + v7);
    const float v9 = F64(sin, v8);
    b3[i1] = v9;
  }
}

// ---- k14.cl

// launch 14: matmul b' -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k14(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 64, K = 64;
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

// ---- k15.cl

// launch 15: elementwise add sigmoid mul sub mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_sigmoid(v5);
    const float v7 = (v5 * v6);
    b2[i1] = v7;
    b3[i1] = v6;
    b4[i1] = v5;
    const float v8 = (1.0f - v6);
    const float v9 = (v6 * v8);
    b5[i1] = v9;
  }
}

// ---- k16.cl

// launch 18: matmul b' -> f32[B, 16]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k16(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 16, K = 64;
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

// launch 19: elementwise add -> f32[B, 16]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[13];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 16;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k18.cl

// launch 20: elementwise broadcast add sigmoid mul sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 12544;
    const int x4 = x3 * 16;
    const int x5 = i1 / 784;
    const int x6 = x5 % 16;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (v9 * v10);
    b2[i1] = v11;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v12 = (1.0f - v10);
    const float v13 = (v10 * v12);
    b5[i1] = v13;
  }
}

// ---- k19.cl

// launch 21: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k19(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k20.cl

// launch 22: elementwise add -> f32[B, 32, 14, 14]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
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

// ---- k21.cl

// launch 23: matmul b' -> f32[B, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k21(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 32, K = 64;
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

// ---- k22.cl

// launch 24: elementwise add -> f32[B, 32]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[17];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k23.cl

// launch 25: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6272;
    const int x4 = x3 * 32;
    const int x5 = i1 / 196;
    const int x6 = x5 % 32;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (v9 * v10);
    b2[i1] = v11;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v12 = (1.0f - v10);
    const float v13 = (v10 * v12);
    b5[i1] = v13;
  }
}

// ---- k24.cl

// launch 26: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k24(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k25.cl

// launch 27: elementwise add sigmoid mul add sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 196;
    const int x5 = x4 % 32;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = nnc_sigmoid(v7);
    const float v9 = (v7 * v8);
    const float v10 = (v2 + v9);
    b3[i1] = v10;
    b4[i1] = v8;
    b5[i1] = v7;
    const float v11 = (1.0f - v8);
    const float v12 = (v8 * v11);
    b6[i1] = v12;
  }
}

// ---- k26.cl

// launch 28: conv2d -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k26(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k27.cl

// launch 29: elementwise add -> f32[B, 32, 7, 7]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 49;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k28.cl

// launch 32: elementwise broadcast add sigmoid mul sub mul -> f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1568;
    const int x4 = x3 * 32;
    const int x5 = i1 / 49;
    const int x6 = x5 % 32;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    const float v10 = nnc_sigmoid(v9);
    const float v11 = (v9 * v10);
    b2[i1] = v11;
    b3[i1] = v10;
    b4[i1] = v9;
    const float v12 = (1.0f - v10);
    const float v13 = (v10 * v12);
    b5[i1] = v13;
  }
}

// ---- k29.cl

// launch 33: conv2d -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k29(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k30.cl

// launch 34: elementwise add sigmoid mul add sub mul -> f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7] f32[B, 32, 7, 7]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 49;
    const int x5 = x4 % 32;
    const float v6 = b2[x5];
    const float v7 = (v3 + v6);
    const float v8 = nnc_sigmoid(v7);
    const float v9 = (v7 * v8);
    const float v10 = (v2 + v9);
    b3[i1] = v10;
    b4[i1] = v8;
    b5[i1] = v7;
    const float v11 = (1.0f - v8);
    const float v12 = (v8 * v11);
    b6[i1] = v12;
  }
}

// ---- k31.cl

// launch 35: elementwise concat -> f32[B, 64, 14, 14]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 196;
    const int x3 = x2 % 64;
    float v4;
    if (x3 < 32) {
      const int x5 = i1 / 12544;
      const int x6 = x5 * 32;
      const int x7 = x6 + x3;
      const int x8 = x7 * 7;
      const int x9 = i1 / 14;
      const int x10 = x9 % 14;
      const int x11 = x10 * 14;
      const int x12 = i1 % 14;
      const int x13 = x11 + x12;
      const int x14 = x13 / 28;
      const int x15 = x8 + x14;
      const int x16 = x15 * 7;
      const int x17 = x13 / 2;
      const int x18 = x17 % 7;
      const int x19 = x16 + x18;
      const float v20 = b0[x19];
      v4 = v20;
    } else {
      const int x21 = i1 / 12544;
      const int x22 = x21 * 32;
      const int x23 = x3 - 32;
      const int x24 = x22 + x23;
      const int x25 = x24 * 14;
      const int x26 = i1 / 14;
      const int x27 = x26 % 14;
      const int x28 = x25 + x27;
      const int x29 = x28 * 14;
      const int x30 = i1 % 14;
      const int x31 = x29 + x30;
      const float v32 = b1[x31];
      v4 = v32;
    }
    b2[i1] = v4;
  }
}

// ---- k32.cl

// launch 36: conv2d -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k32(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k33.cl

// launch 37: elementwise add sigmoid mul sub mul -> f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 196;
    const int x4 = x3 % 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_sigmoid(v6);
    const float v8 = (v6 * v7);
    b2[i1] = v8;
    b3[i1] = v7;
    b4[i1] = v6;
    const float v9 = (1.0f - v7);
    const float v10 = (v7 * v9);
    b5[i1] = v10;
  }
}

// ---- k34.cl

// launch 38: elementwise concat -> f32[B, 48, 28, 28]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[20];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 784;
    const int x3 = x2 % 48;
    float v4;
    if (x3 < 32) {
      const int x5 = i1 / 37632;
      const int x6 = x5 * 32;
      const int x7 = x6 + x3;
      const int x8 = x7 * 14;
      const int x9 = i1 / 28;
      const int x10 = x9 % 28;
      const int x11 = x10 * 28;
      const int x12 = i1 % 28;
      const int x13 = x11 + x12;
      const int x14 = x13 / 56;
      const int x15 = x8 + x14;
      const int x16 = x15 * 14;
      const int x17 = x13 / 2;
      const int x18 = x17 % 14;
      const int x19 = x16 + x18;
      const float v20 = b0[x19];
      v4 = v20;
    } else {
      const int x21 = i1 / 37632;
      const int x22 = x21 * 16;
      const int x23 = x3 - 32;
      const int x24 = x22 + x23;
      const int x25 = x24 * 28;
      const int x26 = i1 / 28;
      const int x27 = x26 % 28;
      const int x28 = x25 + x27;
      const int x29 = x28 * 28;
      const int x30 = i1 % 28;
      const int x31 = x29 + x30;
      const float v32 = b1[x31];
      v4 = v32;
    }
    b2[i1] = v4;
  }
}

// ---- k35.cl

// launch 39: conv2d -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k35(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 48, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// launch 40: elementwise add sigmoid mul sub mul -> f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28] f32[B, 16, 28, 28]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 784;
    const int x4 = x3 % 16;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    const float v7 = nnc_sigmoid(v6);
    const float v8 = (v6 * v7);
    b2[i1] = v8;
    b3[i1] = v7;
    b4[i1] = v6;
    const float v9 = (1.0f - v7);
    const float v10 = (v7 * v9);
    b5[i1] = v10;
  }
}

// ---- k37.cl

// launch 41: conv2d -> f32[B, 1, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k37(__global const float* restrict x, __global const float* restrict w, __global float* restrict y, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k38.cl

// launch 42: elementwise add sub mul -> f32[B, 1, 28, 28] f32[B, 1, 28, 28]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 - v5);
    const float v7 = (v6 * v6);
    b3[i1] = v7;
    b4[i1] = v6;
  }
}

// ---- k39.cl

// launch 43: reduction of sum div -> f32[]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[5];
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
  b1[o] = v12;
}

// ---- k40.cl

// launch 44: elementwise cast div min mul cos add mul add pow sub pow sub -> f32[] f32[] f32[] (from samples/ddpm.nn:68:13)
__kernel void k40(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[12];
  if (get_local_id(0) == 0) {
    const int v0 = b0[0];
    const float v1 = (float) v0;
    hoisted[0] = v1;
    const float v2 = (v1 / 11250.0f);
    hoisted[1] = v2;
    const float v3 = nnc_min(v2, 1.0f);
    hoisted[2] = v3;
    const float v4 = ((0x1.921fb6p1f) * v3);
    hoisted[3] = v4;
    const float v5 = F64(cos, v4);
    hoisted[4] = v5;
    const float v6 = (1.0f + v5);
    hoisted[5] = v6;
    const float v7 = ((0x1.e66666p-2f) * v6);
    hoisted[6] = v7;
    const float v8 = ((0x1.99999ap-5f) + v7);
    hoisted[7] = v8;
    const float v9 = F64_2(pow, (0x1.ccccccp-1f), v1);
    hoisted[8] = v9;
    const float v10 = (1.0f - v9);
    hoisted[9] = v10;
    const float v11 = F64_2(pow, (0x1.ff7ceep-1f), v1);
    hoisted[10] = v11;
    const float v12 = (1.0f - v11);
    hoisted[11] = v12;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v13 = hoisted[0];
  const float v14 = hoisted[1];
  const float v15 = hoisted[2];
  const float v16 = hoisted[3];
  const float v17 = hoisted[4];
  const float v18 = hoisted[5];
  const float v19 = hoisted[6];
  const float v20 = hoisted[7];
  const float v21 = hoisted[8];
  const float v22 = hoisted[9];
  const float v23 = hoisted[10];
  const float v24 = hoisted[11];
  if (gid < 1) {
    const int i25 = gid - 0;
    b1[i25] = v20;
    b2[i25] = v22;
    b3[i25] = v24;
  }
}

// ---- k41.cl

// launch 45: elementwise mul -> f32[64, 64]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k42.cl

// launch 46: elementwise div -> f32[]
__kernel void k42(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[5];
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

// ---- k43.cl

// launch 47: elementwise broadcast mul add -> f32[B, 1, 28, 28]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (v4 + v4);
    b2[i1] = v5;
  }
}

// ---- k44.cl

// launch 48: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k44(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k45.cl

// launch 49: elementwise mul mul mul add -> f32[B, 16, 28, 28]
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v2 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v4 + v8);
    b4[i1] = v9;
  }
}

// ---- k46.cl

// launch 50: conv2d_input_grad -> f32[B, 48, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k46(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 48, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k47.cl

// launch 51: reduction of reshape sum mul mul mul add -> f32[B, 32, 14, 14]
__kernel void k47(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[16];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 6272;
    const int x2 = x1 * 48;
    const int x3 = o / 196;
    const int x4 = x3 % 32;
    const int x5 = x2 + x4;
    const int x6 = x5 * 28;
    const int x7 = o / 14;
    const int x8 = x7 % 14;
    const int x9 = x8 * 2;
    const int x10 = j / 2;
    const int x11 = x9 + x10;
    const int x12 = x11 * 14;
    const int x13 = o % 14;
    const int x14 = x12 + x13;
    const int x15 = x14 * 2;
    const int x16 = j % 2;
    const int x17 = x15 + x16;
    const int x18 = x17 / 28;
    const int x19 = x6 + x18;
    const int x20 = x19 * 28;
    const int x21 = x17 % 28;
    const int x22 = x20 + x21;
    const float v23 = b0[x22];
    acc += (acc_t) v23;
  }
  const float r24 = (float) acc;
  const float v25 = b1[o];
  const float v26 = (r24 * v25);
  const float v27 = b2[o];
  const float v28 = (r24 * v27);
  const float v29 = b3[o];
  const float v30 = (v28 * v29);
  const float v31 = (v26 + v30);
  b4[o] = v31;
}

// ---- k48.cl

// launch 52: conv2d_input_grad -> f32[B, 64, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k48(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k49.cl

// launch 53: reduction of reshape sum mul mul mul add -> f32[B, 32, 7, 7] f32[B, 32, 7, 7]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[19];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 4;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 1568;
    const int x2 = x1 * 64;
    const int x3 = o / 49;
    const int x4 = x3 % 32;
    const int x5 = x2 + x4;
    const int x6 = x5 * 14;
    const int x7 = o / 7;
    const int x8 = x7 % 7;
    const int x9 = x8 * 2;
    const int x10 = j / 2;
    const int x11 = x9 + x10;
    const int x12 = x11 * 7;
    const int x13 = o % 7;
    const int x14 = x12 + x13;
    const int x15 = x14 * 2;
    const int x16 = j % 2;
    const int x17 = x15 + x16;
    const int x18 = x17 / 14;
    const int x19 = x6 + x18;
    const int x20 = x19 * 14;
    const int x21 = x17 % 14;
    const int x22 = x20 + x21;
    const float v23 = b0[x22];
    acc += (acc_t) v23;
  }
  const float r24 = (float) acc;
  const float v25 = b1[o];
  const float v26 = (r24 * v25);
  const float v27 = b2[o];
  const float v28 = (r24 * v27);
  const float v29 = b3[o];
  const float v30 = (v28 * v29);
  const float v31 = (v26 + v30);
  b4[o] = v31;
  b5[o] = r24;
}

// ---- k50.cl

// launch 54: conv2d_input_grad -> f32[B, 32, 7, 7]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k50(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k51.cl

// launch 55: elementwise add mul mul mul add -> f32[B, 32, 7, 7]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v4 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v6 + v10);
    b5[i1] = v11;
  }
}

// ---- k52.cl

// launch 56: reduction of sum -> f32[B, 32]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[17];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 49;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 32;
    const int x2 = x1 * 32;
    const int x3 = o % 32;
    const int x4 = x2 + x3;
    const int x5 = x4 * 7;
    const int x6 = j / 7;
    const int x7 = x5 + x6;
    const int x8 = x7 * 7;
    const int x9 = j % 7;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k53.cl

// launch 57: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 64, K = 32;
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

// ---- k54.cl

// launch 58: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k54(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k55.cl

// launch 59: elementwise add mul mul mul add -> f32[B, 32, 14, 14] f32[B, 32, 14, 14]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 6272;
    const int x3 = x2 * 64;
    const int x4 = i1 / 196;
    const int x5 = x4 % 32;
    const int x6 = x5 + 32;
    const int x7 = x3 + x6;
    const int x8 = x7 * 14;
    const int x9 = i1 / 14;
    const int x10 = x9 % 14;
    const int x11 = x8 + x10;
    const int x12 = x11 * 14;
    const int x13 = i1 % 14;
    const int x14 = x12 + x13;
    const float v15 = b0[x14];
    const float v16 = b1[i1];
    const float v17 = (v15 + v16);
    const float v18 = b2[i1];
    const float v19 = (v17 * v18);
    const float v20 = b3[i1];
    const float v21 = (v17 * v20);
    const float v22 = b4[i1];
    const float v23 = (v21 * v22);
    const float v24 = (v19 + v23);
    b5[i1] = v24;
    b6[i1] = v17;
  }
}

// ---- k56.cl

// launch 60: conv2d_input_grad -> f32[B, 32, 14, 14]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k56(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k57.cl

// launch 61: elementwise add mul mul mul add -> f32[B, 32, 14, 14]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v4 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v6 + v10);
    b5[i1] = v11;
  }
}

// ---- k58.cl

// launch 62: reduction of sum -> f32[B, 32]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[17];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 196;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 32;
    const int x2 = x1 * 32;
    const int x3 = o % 32;
    const int x4 = x2 + x3;
    const int x5 = x4 * 14;
    const int x6 = j / 14;
    const int x7 = x5 + x6;
    const int x8 = x7 * 14;
    const int x9 = j % 14;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k59.cl

// launch 64: elementwise add -> f32[B, 64]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    b2[i1] = v4;
  }
}

// ---- k60.cl

// launch 65: conv2d_input_grad -> f32[B, 16, 28, 28]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k60(__global const float* restrict dy, __global const float* restrict w, __global float* restrict dx, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// launch 66: elementwise add mul mul mul add -> f32[B, 16, 28, 28]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 12544;
    const int x3 = x2 * 48;
    const int x4 = i1 / 784;
    const int x5 = x4 % 16;
    const int x6 = x5 + 32;
    const int x7 = x3 + x6;
    const int x8 = x7 * 28;
    const int x9 = i1 / 28;
    const int x10 = x9 % 28;
    const int x11 = x8 + x10;
    const int x12 = x11 * 28;
    const int x13 = i1 % 28;
    const int x14 = x12 + x13;
    const float v15 = b0[x14];
    const float v16 = b1[i1];
    const float v17 = (v15 + v16);
    const float v18 = b2[i1];
    const float v19 = (v17 * v18);
    const float v20 = b3[i1];
    const float v21 = (v17 * v20);
    const float v22 = b4[i1];
    const float v23 = (v21 * v22);
    const float v24 = (v19 + v23);
    b5[i1] = v24;
  }
}

// ---- k62.cl

// launch 67: reduction of sum -> f32[B, 16]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[13];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 784;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 16;
    const int x2 = x1 * 16;
    const int x3 = o % 16;
    const int x4 = x2 + x3;
    const int x5 = x4 * 28;
    const int x6 = j / 28;
    const int x7 = x5 + x6;
    const int x8 = x7 * 28;
    const int x9 = j % 28;
    const int x10 = x8 + x9;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k63.cl

// launch 68: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k63(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 64, K = 16;
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

// ---- k64.cl

// launch 69: elementwise add mul mul mul add -> f32[B, 64]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v4 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v6 + v10);
    b5[i1] = v11;
  }
}

// ---- k65.cl

// launch 70: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k65(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[4], N = 64, K = 64;
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

// ---- k66.cl

// launch 71: elementwise mul mul mul add -> f32[B, 64]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v2 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v4 + v8);
    b4[i1] = v9;
  }
}

// ---- k67.cl

// launch 72: matmul a' -> f32[64, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k67(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 64, K = d[4];
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

// launch 73: elementwise mul -> f32[64, 64]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k69.cl

// launch 74: reduction of sum -> f32[]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 4096;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 64;
    const int x1 = x0 * 64;
    const int x2 = j % 64;
    const int x3 = x1 + x2;
    const float v4 = b0[x3];
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  b1[o] = r5;
}

// ---- k70.cl

// launch 75: reduction of sum -> f32[64]
__kernel void k70(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[4];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 64;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k71.cl

// launch 76: elementwise mul -> f32[64]
__kernel void k71(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k72.cl

// launch 77: reduction of sum -> f32[]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  b1[o] = r1;
}

// ---- k73.cl

// launch 78: elementwise add -> f32[]
__kernel void k73(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = b1[0];
    const float v2 = (v0 + v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b2[i4] = v3;
  }
}

// ---- k74.cl

// launch 87: matmul a' -> f32[16, 64]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k74(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 16, N = 64, K = d[4];
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

// ---- k75.cl

// launch 88: elementwise mul -> f32[16, 64]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k76.cl

// launch 89: reduction of sum -> f32[]
__kernel void k76(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 1024;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 64;
    const int x1 = x0 * 64;
    const int x2 = j % 64;
    const int x3 = x1 + x2;
    const float v4 = b0[x3];
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  b1[o] = r5;
}

// ---- k77.cl

// launch 91: reduction of sum -> f32[16]
__kernel void k77(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[4];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 16;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k78.cl

// launch 92: elementwise mul -> f32[16]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k79.cl

// launch 93: reduction of sum -> f32[]
__kernel void k79(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 16;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  b1[o] = r1;
}

// ---- k80.cl

// launch 95: matmul a' -> f32[32, 64]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k80(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 64, K = d[4];
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

// ---- k81.cl

// launch 96: elementwise mul -> f32[32, 64]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k82.cl

// launch 97: reduction of sum -> f32[]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 2048;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 64;
    const int x1 = x0 * 64;
    const int x2 = j % 64;
    const int x3 = x1 + x2;
    const float v4 = b0[x3];
    acc += (acc_t) v4;
  }
  const float r5 = (float) acc;
  b1[o] = r5;
}

// ---- k83.cl

// launch 99: reduction of sum -> f32[32]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[4];
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

// ---- k84.cl

// launch 100: elementwise mul -> f32[32]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k85.cl

// launch 101: reduction of sum -> f32[]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 32;
  for (int j = 0; j < count; j++) {
    const float v0 = b0[j];
    acc += (acc_t) v0;
  }
  const float r1 = (float) acc;
  b1[o] = r1;
}

// ---- k86.cl

// launch 111: conv2d_weight_grad -> f32[16, 1, 3, 3]
__kernel __attribute__((reqd_work_group_size(4, 4, 1)))
void k86(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 1, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k87.cl

// launch 112: elementwise mul -> f32[16, 1, 3, 3]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k88.cl

// launch 113: reduction of sum -> f32[]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 144;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 9;
    const int x1 = x0 * 3;
    const int x2 = j / 3;
    const int x3 = x2 % 3;
    const int x4 = x1 + x3;
    const int x5 = x4 * 3;
    const int x6 = j % 3;
    const int x7 = x5 + x6;
    const float v8 = b0[x7];
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  b1[o] = r9;
}

// ---- k89.cl

// launch 115: reduction of sum -> f32[16]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 16) return;
  acc_t acc = 0;
  const int x0 = d[5];
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

// ---- k90.cl

// launch 119: conv2d_weight_grad -> f32[32, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k90(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// ---- k91.cl

// launch 120: elementwise mul -> f32[32, 16, 3, 3]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k92.cl

// launch 121: reduction of sum -> f32[]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 4608;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 144;
    const int x1 = x0 * 16;
    const int x2 = j / 9;
    const int x3 = x2 % 16;
    const int x4 = x1 + x3;
    const int x5 = x4 * 3;
    const int x6 = j / 3;
    const int x7 = x6 % 3;
    const int x8 = x5 + x7;
    const int x9 = x8 * 3;
    const int x10 = j % 3;
    const int x11 = x9 + x10;
    const float v12 = b0[x11];
    acc += (acc_t) v12;
  }
  const float r13 = (float) acc;
  b1[o] = r13;
}

// ---- k93.cl

// launch 123: reduction of sum -> f32[32]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[28];
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

// ---- k94.cl

// launch 127: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k94(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k95.cl

// launch 128: elementwise mul -> f32[32, 32, 3, 3]
__kernel void k95(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k96.cl

// launch 129: reduction of sum -> f32[]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 9216;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 288;
    const int x1 = x0 * 32;
    const int x2 = j / 9;
    const int x3 = x2 % 32;
    const int x4 = x1 + x3;
    const int x5 = x4 * 3;
    const int x6 = j / 3;
    const int x7 = x6 % 3;
    const int x8 = x5 + x7;
    const int x9 = x8 * 3;
    const int x10 = j % 3;
    const int x11 = x9 + x10;
    const float v12 = b0[x11];
    acc += (acc_t) v12;
  }
  const float r13 = (float) acc;
  b1[o] = r13;
}

// ---- k97.cl

// launch 135: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k97(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 14, W = 14, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
  const int SH = 2, SW = 2, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
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

// launch 139: reduction of sum -> f32[32]
__kernel void k98(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[31];
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

// ---- k99.cl

// launch 143: conv2d_weight_grad -> f32[32, 32, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k99(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 32, H = 7, W = 7, O = 32, OH = 7, OW = 7, KH = 3, KW = 3;
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

// ---- k100.cl

// launch 151: conv2d_weight_grad -> f32[32, 64, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k100(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 64, H = 14, W = 14, O = 32, OH = 14, OW = 14, KH = 3, KW = 3;
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

// ---- k101.cl

// launch 152: elementwise mul -> f32[32, 64, 3, 3]
__kernel void k101(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k102.cl

// launch 153: reduction of sum -> f32[]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 18432;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 576;
    const int x1 = x0 * 64;
    const int x2 = j / 9;
    const int x3 = x2 % 64;
    const int x4 = x1 + x3;
    const int x5 = x4 * 3;
    const int x6 = j / 3;
    const int x7 = x6 % 3;
    const int x8 = x5 + x7;
    const int x9 = x8 * 3;
    const int x10 = j % 3;
    const int x11 = x9 + x10;
    const float v12 = b0[x11];
    acc += (acc_t) v12;
  }
  const float r13 = (float) acc;
  b1[o] = r13;
}

// ---- k103.cl

// launch 159: conv2d_weight_grad -> f32[16, 48, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k103(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 48, H = 28, W = 28, O = 16, OH = 28, OW = 28, KH = 3, KW = 3;
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

// ---- k104.cl

// launch 160: elementwise mul -> f32[16, 48, 3, 3]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k105.cl

// launch 161: reduction of sum -> f32[]
__kernel void k105(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 6912;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 432;
    const int x1 = x0 * 48;
    const int x2 = j / 9;
    const int x3 = x2 % 48;
    const int x4 = x1 + x3;
    const int x5 = x4 * 3;
    const int x6 = j / 3;
    const int x7 = x6 % 3;
    const int x8 = x5 + x7;
    const int x9 = x8 * 3;
    const int x10 = j % 3;
    const int x11 = x9 + x10;
    const float v12 = b0[x11];
    acc += (acc_t) v12;
  }
  const float r13 = (float) acc;
  b1[o] = r13;
}

// ---- k106.cl

// launch 167: conv2d_weight_grad -> f32[1, 16, 3, 3]
__kernel __attribute__((reqd_work_group_size(16, 1, 1)))
void k106(__global const float* restrict x, __global const float* restrict dy, __global float* restrict dw, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int NB = d[4], C = 16, H = 28, W = 28, O = 1, OH = 28, OW = 28, KH = 3, KW = 3;
  const int SH = 1, SW = 1, PH = 1, PW = 1, DH = 1, DW = 1, G = 1;
  const int cg = C / G, og = O / G, grp = batch;
  const int M = og, N = cg * KH * KW, K = NB * OH * OW;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 1, n0 = get_group_id(0) * 64;
  __local float As[16][1], Bs[16][64];
  acc_t4 acc[1];
  for (int r = 0; r < 1; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 1; mm += 1) {
      const int m = m0 + mm;
      const int at = (grp * og + m) * OH * OW;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = dy[k / (OH * OW) * O * OH * OW + at + k % (OH * OW)]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid / 16; nn < 64; nn += 1) {
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
      if (m < M && n < N) { const float v = out[c]; dw[(grp * og + m) * N + n] = v; }
    }
  }
}

// ---- k107.cl

// launch 169: reduction of sum -> f32[]
__kernel void k107(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int count = 144;
  for (int j = 0; j < count; j++) {
    const int x0 = j / 9;
    const int x1 = x0 % 16;
    const int x2 = x1 * 3;
    const int x3 = j / 3;
    const int x4 = x3 % 3;
    const int x5 = x2 + x4;
    const int x6 = x5 * 3;
    const int x7 = j % 3;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b1[o] = r10;
}

// ---- k108.cl

// launch 171: reduction of sum -> f32[1]
__kernel void k108(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[5];
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
  b1[o] = r10;
}

// ---- k109.cl

// launch 172: elementwise mul -> f32[1]
__kernel void k109(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = (v1 * v1);
    b1[i0] = v2;
  }
}

// ---- k110.cl

// launch 173: elementwise reshape add sqrt max div -> f32[]
__kernel void k110(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[5];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    hoisted[0] = v0;
    const float v1 = b1[0];
    const float v2 = (v1 + v0);
    hoisted[1] = v2;
    const float v3 = F64(sqrt, v2);
    hoisted[2] = v3;
    const float v4 = nnc_max(v3, 1.0f);
    hoisted[3] = v4;
    const float v5 = (1.0f / v4);
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
    b2[i11] = v10;
  }
}

// ---- k111.cl

// launch 174: elementwise broadcast mul mul -> f32[64, 64] f32[64, 64]
__kernel void k111(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
  }
}

// ---- k112.cl

// launch 175: elementwise mul add mul add mul mul -> f32[64, 64] f32[64, 64]
__kernel void k112(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
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

// launch 176: elementwise broadcast div mul -> f32[64, 64] f32[64, 64]
__kernel void k113(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k114.cl

// launch 177: elementwise mul add -> f32[64, 64]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k115.cl

// launch 178: elementwise broadcast div sqrt add div sub sub mul add -> f32[64, 64] f32[64, 64]
__kernel void k115(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
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

// launch 179: elementwise mul -> f32[64]
__kernel void k116(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k117.cl

// launch 180: elementwise broadcast mul mul -> f32[64] f32[64]
__kernel void k117(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
  }
}

// ---- k118.cl

// launch 181: elementwise mul add mul add mul mul -> f32[64] f32[64]
__kernel void k118(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k119.cl

// launch 182: elementwise broadcast div mul -> f32[64] f32[64]
__kernel void k119(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k120.cl

// launch 183: elementwise mul add -> f32[64]
__kernel void k120(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k121.cl

// launch 184: elementwise broadcast div sqrt add div sub sub mul add -> f32[64] f32[64]
__kernel void k121(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k122.cl

// launch 186: elementwise mul add mul add div mul mul mul -> f32[64, 64] f32[64, 64] f32[64, 64]
__kernel void k122(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
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

// ---- k123.cl

// launch 187: elementwise mul add div sqrt add div sub sub mul add -> f32[64, 64] f32[64, 64]
__kernel void k123(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
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

// ---- k124.cl

// launch 189: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
__kernel void k124(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k125.cl

// launch 190: elementwise mul add div sqrt add div sub sub mul add -> f32[64] f32[64]
__kernel void k125(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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

// ---- k126.cl

// launch 191: elementwise mul -> f32[16, 64]
__kernel void k126(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k127.cl

// launch 192: elementwise broadcast mul -> f32[16, 64]
__kernel void k127(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k128.cl

// launch 193: elementwise mul add mul add mul mul -> f32[16, 64] f32[16, 64]
__kernel void k128(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
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

// ---- k129.cl

// launch 194: elementwise broadcast div mul -> f32[16, 64]
__kernel void k129(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k130.cl

// launch 195: elementwise mul add -> f32[16, 64]
__kernel void k130(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k131.cl

// launch 196: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 64]
__kernel void k131(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
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

// ---- k132.cl

// launch 197: elementwise mul -> f32[16]
__kernel void k132(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k133.cl

// launch 198: elementwise broadcast mul mul mul -> f32[16] f32[16] f32[16]
__kernel void k133(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
    const float v6 = b5[i0];
    const float v7 = (v6 * v2);
    b6[i0] = v7;
  }
}

// ---- k134.cl

// launch 199: elementwise mul add mul add mul mul -> f32[16] f32[16]
__kernel void k134(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k135.cl

// launch 200: elementwise broadcast div mul -> f32[16] f32[16]
__kernel void k135(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k136.cl

// launch 201: elementwise mul add -> f32[16]
__kernel void k136(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k137.cl

// launch 202: elementwise broadcast div sqrt add div sub sub mul add -> f32[16] f32[16]
__kernel void k137(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
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

// ---- k138.cl

// launch 203: elementwise mul -> f32[32, 64]
__kernel void k138(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k139.cl

// launch 204: elementwise broadcast mul mul -> f32[32, 64] f32[32, 64]
__kernel void k139(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
  }
}

// ---- k140.cl

// launch 205: elementwise mul add mul add mul mul -> f32[32, 64] f32[32, 64]
__kernel void k140(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k141.cl

// launch 206: elementwise broadcast div mul -> f32[32, 64] f32[32, 64]
__kernel void k141(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k142.cl

// launch 207: elementwise mul add -> f32[32, 64]
__kernel void k142(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k143.cl

// launch 208: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 64] f32[32, 64]
__kernel void k143(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    b6[i0] = v5;
  }
}

// ---- k144.cl

// launch 209: elementwise mul -> f32[32]
__kernel void k144(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k145.cl

// launch 210: elementwise broadcast mul mul mul mul mul mul mul -> f32[32] f32[32] f32[32] f32[32] f32[32] f32[32] f32[32]
__kernel void k145(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
    const float v6 = b5[i0];
    const float v7 = (v6 * v2);
    b6[i0] = v7;
    const float v8 = b7[i0];
    const float v9 = (v8 * v2);
    b8[i0] = v9;
    const float v10 = b9[i0];
    const float v11 = (v10 * v2);
    b10[i0] = v11;
    const float v12 = b11[i0];
    const float v13 = (v12 * v2);
    b12[i0] = v13;
    const float v14 = b13[i0];
    const float v15 = (v14 * v2);
    b14[i0] = v15;
  }
}

// ---- k146.cl

// launch 211: elementwise mul add mul add mul mul -> f32[32] f32[32]
__kernel void k146(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k147.cl

// launch 212: elementwise broadcast div mul -> f32[32] f32[32]
__kernel void k147(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k148.cl

// launch 213: elementwise mul add -> f32[32]
__kernel void k148(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k149.cl

// launch 214: elementwise broadcast div sqrt add div sub sub mul add -> f32[32] f32[32]
__kernel void k149(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k150.cl

// launch 216: elementwise mul add mul add div mul mul mul -> f32[32, 64] f32[32, 64] f32[32, 64]
__kernel void k150(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    const float v10 = b5[i0];
    const float v11 = (v7 / v10);
    const float v12 = ((0x1.0624dep-9f) * v11);
    b6[i0] = v12;
  }
}

// ---- k151.cl

// launch 217: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 64] f32[32, 64]
__kernel void k151(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
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

// ---- k152.cl

// launch 219: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
__kernel void k152(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k153.cl

// launch 220: elementwise mul add div sqrt add div sub sub mul add -> f32[32] f32[32]
__kernel void k153(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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

// ---- k154.cl

// launch 221: elementwise mul -> f32[16, 1, 3, 3]
__kernel void k154(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k155.cl

// launch 222: elementwise broadcast mul -> f32[16, 1, 3, 3]
__kernel void k155(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k156.cl

// launch 223: elementwise mul add mul add mul mul -> f32[16, 1, 3, 3] f32[16, 1, 3, 3]
__kernel void k156(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k157.cl

// launch 224: elementwise broadcast div mul -> f32[16, 1, 3, 3]
__kernel void k157(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k158.cl

// launch 225: elementwise mul add -> f32[16, 1, 3, 3]
__kernel void k158(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k159.cl

// launch 226: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 1, 3, 3]
__kernel void k159(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 144) {
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

// ---- k160.cl

// launch 228: elementwise mul add mul add div mul mul mul -> f32[16] f32[16] f32[16]
__kernel void k160(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k161.cl

// launch 229: elementwise mul add div sqrt add div sub sub mul add -> f32[16] f32[16]
__kernel void k161(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16) {
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

// ---- k162.cl

// launch 230: elementwise mul -> f32[32, 16, 3, 3]
__kernel void k162(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k163.cl

// launch 231: elementwise broadcast mul -> f32[32, 16, 3, 3]
__kernel void k163(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k164.cl

// launch 232: elementwise mul add mul add mul mul -> f32[32, 16, 3, 3] f32[32, 16, 3, 3]
__kernel void k164(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k165.cl

// launch 233: elementwise broadcast div mul -> f32[32, 16, 3, 3]
__kernel void k165(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k166.cl

// launch 234: elementwise mul add -> f32[32, 16, 3, 3]
__kernel void k166(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k167.cl

// launch 235: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 16, 3, 3]
__kernel void k167(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4608) {
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

// ---- k168.cl

// launch 239: elementwise mul -> f32[32, 32, 3, 3]
__kernel void k168(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k169.cl

// launch 240: elementwise broadcast mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k169(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 9216) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
    const float v4 = b3[i0];
    const float v5 = (v4 * v2);
    b4[i0] = v5;
    const float v6 = b5[i0];
    const float v7 = (v6 * v2);
    b6[i0] = v7;
  }
}

// ---- k170.cl

// launch 241: elementwise mul add mul add mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k170(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k171.cl

// launch 242: elementwise broadcast div mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k171(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k172.cl

// launch 243: elementwise mul add -> f32[32, 32, 3, 3]
__kernel void k172(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k173.cl

// launch 244: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k173(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k174.cl

// launch 249: elementwise mul add mul add div mul mul mul -> f32[32, 32, 3, 3] f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k174(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k175.cl

// launch 250: elementwise mul add div sqrt add div sub sub mul add -> f32[32, 32, 3, 3] f32[32, 32, 3, 3]
__kernel void k175(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
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

// ---- k176.cl

// launch 260: elementwise mul -> f32[32, 64, 3, 3]
__kernel void k176(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k177.cl

// launch 261: elementwise broadcast mul -> f32[32, 64, 3, 3]
__kernel void k177(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 18432) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k178.cl

// launch 262: elementwise mul add mul add mul mul -> f32[32, 64, 3, 3] f32[32, 64, 3, 3]
__kernel void k178(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k179.cl

// launch 263: elementwise broadcast div mul -> f32[32, 64, 3, 3]
__kernel void k179(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k180.cl

// launch 264: elementwise mul add -> f32[32, 64, 3, 3]
__kernel void k180(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k181.cl

// launch 265: elementwise broadcast div sqrt add div sub sub mul add -> f32[32, 64, 3, 3]
__kernel void k181(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k182.cl

// launch 269: elementwise mul -> f32[16, 48, 3, 3]
__kernel void k182(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k183.cl

// launch 270: elementwise broadcast mul -> f32[16, 48, 3, 3]
__kernel void k183(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k184.cl

// launch 271: elementwise mul add mul add mul mul -> f32[16, 48, 3, 3] f32[16, 48, 3, 3]
__kernel void k184(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
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

// ---- k185.cl

// launch 272: elementwise broadcast div mul -> f32[16, 48, 3, 3]
__kernel void k185(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k186.cl

// launch 273: elementwise mul add -> f32[16, 48, 3, 3]
__kernel void k186(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k187.cl

// launch 274: elementwise broadcast div sqrt add div sub sub mul add -> f32[16, 48, 3, 3]
__kernel void k187(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 6912) {
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

// ---- k188.cl

// launch 284: elementwise mul -> f32[1]
__kernel void k188(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k189.cl

// launch 285: elementwise reshape mul -> f32[1]
__kernel void k189(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = (v1 * v2);
    b2[i0] = v3;
  }
}

// ---- k190.cl

// launch 286: elementwise mul add mul add mul mul -> f32[1] f32[1]
__kernel void k190(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = b2[0];
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

// ---- k191.cl

// launch 287: elementwise reshape div mul -> f32[1]
__kernel void k191(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-9f) * v3);
    b2[i0] = v4;
  }
}

// ---- k192.cl

// launch 288: elementwise mul add -> f32[1]
__kernel void k192(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k193.cl

// launch 289: elementwise reshape div sqrt add div sub sub mul add -> f32[1]
__kernel void k193(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    const float v1 = b0[0];
    const float v2 = b1[0];
    const float v3 = b2[0];
    const float v4 = b3[0];
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
