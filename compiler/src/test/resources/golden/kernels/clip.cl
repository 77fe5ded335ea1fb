// Clip: kernels of one training step: 192 OpenCL kernels for 295 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: elementwise broadcast eq -> bool[B, 1, B]
k2.cl: launch 2: elementwise min exp -> f32[] (from samples/clip.nn:66:11, samples/clip.nn:66:15)
k3.cl: launch 3: matmul b' -> f32[B, 256]
k4.cl: launch 4: elementwise add max -> f32[B, 256] f32[B, 256] (from samples/clip.nn:57:38, samples/clip.nn:57:43)
k5.cl: launch 5: matmul b' -> f32[B, 256]
k6.cl: launch 7: matmul b' -> f32[B, 64]
k7.cl: launch 8: elementwise add mul -> f32[B, 64] f32[B, 64] (from samples/clip.nn:35:60, samples/clip.nn:57:18)
k8.cl: launch 9: reduction of sum -> f32[B, 1] (from samples/clip.nn:35:56)
k9.cl: launch 10: elementwise add sqrt recip -> f32[B, 1] f32[B, 1] (from samples/clip.nn:35:50, samples/clip.nn:35:56)
k10.cl: launch 11: elementwise broadcast mul -> f32[B, 64] f32[B, 64] (from samples/clip.nn:35:46)
k11.cl: launch 12: elementwise gather -> f32[B, 40, 32] (from samples/clip.nn:61:18)
k12.cl: launch 13: elementwise gather -> f32[40, 32] (from samples/clip.nn:61:36)
k13.cl: launch 14: elementwise broadcast add -> f32[B, 40, 32] (from samples/clip.nn:61:18)
k14.cl: launch 15: reduction of sum -> f32[B, 40, 1]
k15.cl: launch 16: elementwise div -> f32[B, 40, 1]
k16.cl: launch 17: elementwise broadcast sub mul -> f32[B, 40, 32] f32[B, 40, 32]
k17.cl: launch 19: elementwise div add sqrt recip mul -> f32[B, 40, 1] f32[B, 40, 1] f32[B, 40, 1]
k18.cl: launch 20: elementwise broadcast mul mul add -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
k19.cl: launch 21: elementwise transpose -> f32[32, 32]
k20.cl: launch 22: matmul -> f32[B, 40, 32]
k21.cl: launch 23: elementwise add -> f32[B, 40, 32]
k22.cl: launch 24: elementwise transpose -> f32[32, 32]
k23.cl: launch 26: elementwise add -> f32[B, 40, 32]
k24.cl: launch 27: elementwise transpose -> f32[B, 4, 40, 8]
k25.cl: launch 28: elementwise transpose -> f32[B, 4, 8, 40]
k26.cl: launch 29: matmul -> f32[B, 4, 40, 40]
k27.cl: launch 30: elementwise mul -> f32[B, 4, 40, 40]
k28.cl: launch 31: reduction of reduce_max -> f32[B, 4, 40, 1]
k29.cl: launch 32: elementwise stop_gradient -> f32[B, 4, 40, 1]
k30.cl: launch 33: elementwise broadcast sub exp -> f32[B, 4, 40, 40]
k31.cl: launch 34: reduction of sum -> f32[B, 4, 40, 1]
k32.cl: launch 35: elementwise broadcast div transpose -> f32[B, 4, 40, 40] f32[B, 4, 40, 40] f32[B, 4, 40, 40]
k33.cl: launch 36: elementwise transpose -> f32[32, 32]
k34.cl: launch 38: elementwise add -> f32[B, 40, 32]
k35.cl: launch 40: matmul -> f32[B, 4, 40, 8]
k36.cl: launch 41: elementwise reshape -> f32[B, 40, 32]
k37.cl: launch 42: matmul b' -> f32[B, 40, 32]
k38.cl: launch 43: elementwise add add -> f32[B, 40, 32]
k39.cl: launch 50: matmul b' -> f32[B, 40, 64]
k40.cl: launch 51: elementwise add max ge -> f32[B, 40, 64] bool[B, 40, 64]
k41.cl: launch 52: matmul b' -> f32[B, 40, 32]
k42.cl: launch 60: elementwise gt cast -> f32[B, 40] (from samples/clip.nn:62:12, samples/clip.nn:62:16)
k43.cl: launch 61: elementwise broadcast mul -> f32[B, 40, 32] f32[B, 40, 32]
k44.cl: launch 62: reduction of sum -> f32[B, 32]
k45.cl: launch 63: reduction of sum -> f32[B, 1] (from samples/clip.nn:63:60)
k46.cl: launch 64: elementwise broadcast div -> f32[B, 32] f32[B, 32]
k47.cl: launch 65: matmul b' -> f32[B, 64]
k48.cl: launch 68: elementwise add sqrt recip mul -> f32[B, 1] f32[B, 1] f32[B, 1]
k49.cl: launch 70: matmul b' -> f32[B, B]
k50.cl: launch 71: elementwise mul transpose -> f32[B, B] f32[B, B]
k51.cl: launch 72: reduction of reduce_max -> f32[B, 1]
k52.cl: launch 73: elementwise stop_gradient -> f32[B, 1]
k53.cl: launch 74: elementwise broadcast sub exp -> f32[B, B] f32[B, B]
k54.cl: launch 75: reduction of sum log broadcast sub -> f32[B, B] f32[B, 1]
k55.cl: launch 76: reduction of reshape select sum -> f32[B, 1]
k56.cl: launch 77: reduction of sum div neg -> f32[]
k57.cl: launch 83: reduction of sum div sub mul -> f32[]
k58.cl: launch 84: elementwise mul -> f32[256, 784]
k59.cl: launch 85: elementwise ge -> bool[B, 256]
k60.cl: launch 87: elementwise div -> f32[]
k61.cl: launch 88: elementwise broadcast select -> f32[B, 1, B]
k62.cl: launch 89: elementwise reshape neg -> f32[B, B] f32[B, B]
k63.cl: launch 90: reduction of sum -> f32[B, 1]
k64.cl: launch 91: elementwise div -> f32[B, 1]
k65.cl: launch 92: elementwise broadcast mul add transpose -> f32[B, B]
k66.cl: launch 94: elementwise broadcast mul add add mul -> f32[B, B] f32[B, B]
k67.cl: launch 95: matmul -> f32[B, 64]
k68.cl: launch 96: elementwise mul mul -> f32[B, 64] f32[B, 64]
k69.cl: launch 98: elementwise mul mul neg mul div -> f32[B, 1]
k70.cl: launch 99: elementwise broadcast mul add add -> f32[B, 64]
k71.cl: launch 100: matmul -> f32[B, 256]
k72.cl: launch 101: elementwise select -> f32[B, 256]
k73.cl: launch 102: matmul -> f32[B, 256]
k74.cl: launch 104: matmul a' -> f32[256, 784]
k75.cl: launch 105: elementwise mul add mul add mul mul -> f32[256, 784] f32[256, 784]
k76.cl: launch 106: elementwise cast pow sub pow sub -> f32[] f32[]
k77.cl: launch 107: elementwise broadcast div mul -> f32[256, 784]
k78.cl: launch 108: elementwise mul add -> f32[256, 784]
k79.cl: launch 109: elementwise broadcast div sqrt add div sub -> f32[256, 784]
k80.cl: launch 110: elementwise mul -> f32[256]
k81.cl: launch 111: reduction of sum -> f32[256]
k82.cl: launch 112: elementwise mul add mul add mul mul -> f32[256] f32[256]
k83.cl: launch 113: elementwise broadcast div mul -> f32[256] f32[256]
k84.cl: launch 114: elementwise mul add -> f32[256]
k85.cl: launch 115: elementwise broadcast div sqrt add div sub -> f32[256] f32[256]
k86.cl: launch 116: elementwise mul -> f32[256, 256]
k87.cl: launch 117: matmul a' -> f32[256, 256]
k88.cl: launch 118: elementwise mul add mul add mul mul -> f32[256, 256] f32[256, 256]
k89.cl: launch 119: elementwise broadcast div mul -> f32[256, 256]
k90.cl: launch 120: elementwise mul add -> f32[256, 256]
k91.cl: launch 121: elementwise broadcast div sqrt add div sub -> f32[256, 256]
k92.cl: launch 124: elementwise mul add mul add div mul mul mul -> f32[256] f32[256] f32[256]
k93.cl: launch 125: elementwise mul add div sqrt add div sub -> f32[256] f32[256]
k94.cl: launch 126: elementwise mul -> f32[64, 256]
k95.cl: launch 127: matmul a' -> f32[64, 256]
k96.cl: launch 128: elementwise mul add mul add mul mul -> f32[64, 256] f32[64, 256]
k97.cl: launch 129: elementwise broadcast div mul -> f32[64, 256]
k98.cl: launch 130: elementwise mul add -> f32[64, 256]
k99.cl: launch 131: elementwise broadcast div sqrt add div sub -> f32[64, 256]
k100.cl: launch 132: elementwise mul -> f32[64]
k101.cl: launch 133: reduction of sum -> f32[64]
k102.cl: launch 134: elementwise mul add mul add mul mul -> f32[64] f32[64]
k103.cl: launch 135: elementwise broadcast div mul -> f32[64] f32[64]
k104.cl: launch 136: elementwise mul add -> f32[64]
k105.cl: launch 137: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
k106.cl: launch 138: elementwise mul -> f32[128, 32]
k107.cl: launch 139: elementwise mul -> f32[128, 32]
k108.cl: launch 140: matmul a' -> f32[B, 64]
k109.cl: launch 143: elementwise mul neg mul div -> f32[B, 1]
k110.cl: launch 145: matmul -> f32[B, 32]
k111.cl: launch 146: elementwise div -> f32[B, 32]
k112.cl: launch 147: elementwise broadcast mul mul mul mul -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
k113.cl: launch 149: elementwise mul neg mul div div -> f32[B, 40, 1]
k114.cl: launch 150: elementwise broadcast mul add add neg -> f32[B, 40, 32] f32[B, 40, 32]
k115.cl: launch 153: elementwise broadcast add -> f32[B, 40, 32]
k116.cl: launch 154: matmul -> f32[B, 40, 64]
k117.cl: launch 155: elementwise select -> f32[B, 40, 64]
k118.cl: launch 156: matmul -> f32[B, 40, 32]
k119.cl: launch 157: elementwise mul -> f32[B, 40, 32]
k120.cl: launch 158: elementwise mul mul mul -> f32[B, 40, 32] f32[B, 40, 32]
k121.cl: launch 161: elementwise broadcast mul add add add neg -> f32[B, 40, 32] f32[B, 40, 32]
k122.cl: launch 172: elementwise div -> f32[B, 4, 40, 40]
k123.cl: launch 173: elementwise mul div neg -> f32[B, 4, 40, 40]
k124.cl: launch 175: elementwise broadcast add mul mul -> f32[B, 4, 40, 40]
k125.cl: launch 177: matmul -> f32[B, 4, 8, 40]
k126.cl: launch 178: elementwise reshape -> f32[B, 40, 32]
k127.cl: launch 180: elementwise add -> f32[B, 40, 32]
k128.cl: launch 185: elementwise add mul mul mul -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
k129.cl: launch 192: scatter_add -> f32[128, 32]
k130.cl: launch 193: elementwise mul add -> f32[128, 32]
k131.cl: launch 194: elementwise broadcast div mul -> f32[128, 32]
k132.cl: launch 195: elementwise mul -> f32[128, 32]
k133.cl: launch 196: elementwise mul mul add -> f32[128, 32]
k134.cl: launch 197: elementwise broadcast div sqrt add div sub -> f32[128, 32]
k135.cl: launch 198: elementwise mul -> f32[40, 32]
k136.cl: launch 199: elementwise mul -> f32[40, 32]
k137.cl: launch 200: reduction of sum -> f32[40, 32]
k138.cl: launch 201: elementwise iota -> i32[40] (from samples/clip.nn:61:44)
k139.cl: launch 202: scatter_add -> f32[40, 32]
k140.cl: launch 203: elementwise mul add -> f32[40, 32]
k141.cl: launch 204: elementwise broadcast div mul -> f32[40, 32]
k142.cl: launch 205: elementwise mul -> f32[40, 32]
k143.cl: launch 206: elementwise mul mul add -> f32[40, 32]
k144.cl: launch 207: elementwise broadcast div sqrt add div sub -> f32[40, 32]
k145.cl: launch 208: elementwise mul -> f32[96, 32]
k146.cl: launch 209: matmul a' -> f32[32, 32]
k147.cl: launch 212: elementwise pad pad add pad add -> f32[96, 32]
k148.cl: launch 213: elementwise mul add mul add mul mul -> f32[96, 32] f32[96, 32]
k149.cl: launch 214: elementwise broadcast div mul -> f32[96, 32]
k150.cl: launch 215: elementwise mul add -> f32[96, 32]
k151.cl: launch 216: elementwise broadcast div sqrt add div sub -> f32[96, 32]
k152.cl: launch 217: elementwise mul -> f32[96]
k153.cl: launch 218: reduction of sum -> f32[32]
k154.cl: launch 221: elementwise pad pad add pad add -> f32[96]
k155.cl: launch 222: elementwise mul add mul add mul mul -> f32[96] f32[96]
k156.cl: launch 223: elementwise broadcast div mul -> f32[96]
k157.cl: launch 224: elementwise mul add -> f32[96]
k158.cl: launch 225: elementwise broadcast div sqrt add div sub -> f32[96]
k159.cl: launch 226: elementwise mul -> f32[32, 32]
k160.cl: launch 228: elementwise mul add mul add mul mul -> f32[32, 32] f32[32, 32]
k161.cl: launch 229: elementwise broadcast div mul -> f32[32, 32]
k162.cl: launch 230: elementwise mul add -> f32[32, 32]
k163.cl: launch 231: elementwise broadcast div sqrt add div sub -> f32[32, 32]
k164.cl: launch 232: elementwise mul -> f32[32]
k165.cl: launch 234: elementwise mul add mul add mul mul -> f32[32] f32[32]
k166.cl: launch 235: elementwise broadcast div mul -> f32[32] f32[32]
k167.cl: launch 236: elementwise mul add -> f32[32]
k168.cl: launch 237: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
k169.cl: launch 238: elementwise mul -> f32[64, 32]
k170.cl: launch 239: matmul a' -> f32[64, 32]
k171.cl: launch 240: elementwise mul add mul add mul mul -> f32[64, 32] f32[64, 32]
k172.cl: launch 241: elementwise broadcast div mul -> f32[64, 32] f32[64, 32]
k173.cl: launch 242: elementwise mul add -> f32[64, 32]
k174.cl: launch 243: elementwise broadcast div sqrt add div sub -> f32[64, 32] f32[64, 32]
k175.cl: launch 245: reduction of sum -> f32[64]
k176.cl: launch 246: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
k177.cl: launch 247: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
k178.cl: launch 249: matmul a' -> f32[32, 64]
k179.cl: launch 251: elementwise broadcast div mul -> f32[32, 64]
k180.cl: launch 253: elementwise broadcast div sqrt add div sub -> f32[32, 64]
k181.cl: launch 256: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
k182.cl: launch 257: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
k183.cl: launch 259: reduction of mul sum -> f32[32]
k184.cl: launch 283: matmul a' -> f32[64, 32]
k185.cl: launch 284: elementwise mul add mul add div mul mul mul -> f32[64, 32] f32[64, 32] f32[64, 32]
k186.cl: launch 285: elementwise mul add div sqrt add div sub -> f32[64, 32] f32[64, 32]
k187.cl: launch 290: elementwise mul -> f32[]
k188.cl: launch 291: elementwise le -> bool[]
k189.cl: launch 292: reduction of mul sum mul select -> f32[]
k190.cl: launch 293: elementwise mul add mul add div mul mul mul -> f32[] f32[] f32[]
k191.cl: launch 294: elementwise mul add div sqrt add div sub -> f32[] f32[]

// ---- k0.cl

// launch 0: elementwise gather -> i32[B, 1]
__kernel void k0(__global int* restrict b0, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(i1, x0, fault);
    b0[i1] = v2;
  }
}

// ---- k1.cl

// launch 1: elementwise broadcast eq -> bool[B, 1, B]
__kernel void k1(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[0];
    const int x3 = i1 / x2;
    const int v4 = b0[x3];
    const int x5 = i1 % x2;
    const float v6 = BOOL(v4 == x5);
    b1[i1] = v6;
  }
}

// ---- k2.cl

// launch 2: elementwise min exp -> f32[] (from samples/clip.nn:66:11, samples/clip.nn:66:15)
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[2];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = nnc_min(v0, (0x1.26bb98p2f));
    hoisted[0] = v1;
    const float v2 = F64(exp, v1);
    hoisted[1] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  const float v4 = hoisted[1];
  if (gid < 1) {
    const int i5 = gid - 0;
    b1[i5] = v4;
  }
}

// ---- k3.cl

// launch 3: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k3(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 784;
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

// launch 4: elementwise add max -> f32[B, 256] f32[B, 256] (from samples/clip.nn:57:38, samples/clip.nn:57:43)
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    b3[i1] = v5;
  }
}

// ---- k5.cl

// launch 5: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k5(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 256;
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

// ---- k6.cl

// launch 7: matmul b' -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 256;
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

// launch 8: elementwise add mul -> f32[B, 64] f32[B, 64] (from samples/clip.nn:35:60, samples/clip.nn:57:18)
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = (v5 * v5);
    b2[i1] = v6;
    b3[i1] = v5;
  }
}

// ---- k8.cl

// launch 9: reduction of sum -> f32[B, 1] (from samples/clip.nn:35:56)
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 64;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 64;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k9.cl

// launch 10: elementwise add sqrt recip -> f32[B, 1] f32[B, 1] (from samples/clip.nn:35:50, samples/clip.nn:35:56)
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 + (0x1.197998p-40f));
    const float v4 = F64(sqrt, v3);
    const float v5 = (1.0f / v4);
    b1[i1] = v5;
    b2[i1] = v4;
  }
}

// ---- k10.cl

// launch 11: elementwise broadcast mul -> f32[B, 64] f32[B, 64] (from samples/clip.nn:35:46)
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const float v4 = b1[x3];
    const float v5 = (v2 * v4);
    b2[i1] = v5;
    b3[i1] = v4;
  }
}

// ---- k11.cl

// launch 12: elementwise gather -> f32[B, 40, 32] (from samples/clip.nn:61:18)
__kernel void k11(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 40;
    const int x4 = i1 / 32;
    const int x5 = x4 % 40;
    const int x6 = x3 + x5;
    const int v7 = b0[x6];
    const int v8 = nnc_index(v7, 128, fault);
    const int x9 = v8 * 32;
    const int x10 = i1 % 32;
    const int x11 = x9 + x10;
    const float v12 = b1[x11];
    b2[i1] = v12;
  }
}

// ---- k12.cl

// launch 13: elementwise gather -> f32[40, 32] (from samples/clip.nn:61:36)
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const int x1 = i0 / 32;
    const int v2 = nnc_index(x1, 40, fault);
    const int x3 = v2 * 32;
    const int x4 = i0 % 32;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k13.cl

// launch 14: elementwise broadcast add -> f32[B, 40, 32] (from samples/clip.nn:61:18)
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 32;
    const int x4 = x3 % 40;
    const int x5 = x4 * 32;
    const int x6 = i1 % 32;
    const int x7 = x5 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    b2[i1] = v9;
  }
}

// ---- k14.cl

// launch 15: reduction of sum -> f32[B, 40, 1]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[10];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 32;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 40;
    const int x2 = x1 * 40;
    const int x3 = o % 40;
    const int x4 = x2 + x3;
    const int x5 = x4 * 32;
    const int x6 = x5 + j;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k15.cl

// launch 16: elementwise div -> f32[B, 40, 1]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 32.0f);
    b1[i1] = v3;
  }
}

// ---- k16.cl

// launch 17: elementwise broadcast sub mul -> f32[B, 40, 32] f32[B, 40, 32]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 - v8);
    const float v10 = (v9 * v9);
    b2[i1] = v10;
    b3[i1] = v9;
  }
}

// ---- k17.cl

// launch 19: elementwise div add sqrt recip mul -> f32[B, 40, 1] f32[B, 40, 1] f32[B, 40, 1]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 / 32.0f);
    const float v4 = (v3 + (0x1.4f8b58p-17f));
    const float v5 = F64(sqrt, v4);
    const float v6 = (1.0f / v5);
    b1[i1] = v6;
    const float v7 = (v6 * v6);
    b2[i1] = v7;
    b3[i1] = v5;
  }
}

// ---- k18.cl

// launch 20: elementwise broadcast mul mul add -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 * v8);
    const int x10 = i1 % 32;
    const float v11 = b2[x10];
    const float v12 = (v9 * v11);
    const float v13 = b3[x10];
    const float v14 = (v12 + v13);
    b4[i1] = v14;
    b5[i1] = v8;
    b6[i1] = v9;
  }
}

// ---- k19.cl

// launch 21: elementwise transpose -> f32[32, 32]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const int x1 = i0 % 32;
    const int x2 = x1 * 32;
    const int x3 = i0 / 32;
    const int x4 = x2 + x3;
    const float v5 = b0[x4];
    b1[i0] = v5;
  }
}

// ---- k20.cl

// launch 22: matmul -> f32[B, 40, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k20(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 32, K = 32;
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

// ---- k21.cl

// launch 23: elementwise add -> f32[B, 40, 32]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k22.cl

// launch 24: elementwise transpose -> f32[32, 32]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const int x1 = i0 % 32;
    const int x2 = x1 + 32;
    const int x3 = x2 * 32;
    const int x4 = i0 / 32;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k23.cl

// launch 26: elementwise add -> f32[B, 40, 32]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const int x4 = x3 + 32;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k24.cl

// launch 27: elementwise transpose -> f32[B, 4, 40, 8]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 40;
    const int x4 = i1 / 8;
    const int x5 = x4 % 40;
    const int x6 = x3 + x5;
    const int x7 = x6 * 4;
    const int x8 = i1 / 320;
    const int x9 = x8 % 4;
    const int x10 = x7 + x9;
    const int x11 = x10 * 8;
    const int x12 = i1 % 8;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k25.cl

// launch 28: elementwise transpose -> f32[B, 4, 8, 40]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 40;
    const int x4 = i1 % 40;
    const int x5 = x3 + x4;
    const int x6 = x5 * 4;
    const int x7 = i1 / 320;
    const int x8 = x7 % 4;
    const int x9 = x6 + x8;
    const int x10 = x9 * 8;
    const int x11 = i1 / 40;
    const int x12 = x11 % 8;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k26.cl

// launch 29: matmul -> f32[B, 4, 40, 40]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k26(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 40, N = 40, K = 8;
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

// ---- k27.cl

// launch 30: elementwise mul -> f32[B, 4, 40, 40]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.6a09e6p-2f));
    b1[i1] = v3;
  }
}

// ---- k28.cl

// launch 31: reduction of reduce_max -> f32[B, 4, 40, 1]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[16];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = 40;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 160;
    const int x2 = x1 * 4;
    const int x3 = o / 40;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 40;
    const int x7 = o % 40;
    const int x8 = x6 + x7;
    const int x9 = x8 * 40;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc = isnan(acc) || isnan((acc_t) v11) ? NAN : fmax(acc, (acc_t) v11);
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k29.cl

// launch 32: elementwise stop_gradient -> f32[B, 4, 40, 1]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[16];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k30.cl

// launch 33: elementwise broadcast sub exp -> f32[B, 4, 40, 40]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6400;
    const int x4 = x3 * 4;
    const int x5 = i1 / 1600;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 40;
    const int x9 = i1 / 40;
    const int x10 = x9 % 40;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 - v12);
    const float v14 = F64(exp, v13);
    b2[i1] = v14;
  }
}

// ---- k31.cl

// launch 34: reduction of sum -> f32[B, 4, 40, 1]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[16];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 40;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 160;
    const int x2 = x1 * 4;
    const int x3 = o / 40;
    const int x4 = x3 % 4;
    const int x5 = x2 + x4;
    const int x6 = x5 * 40;
    const int x7 = o % 40;
    const int x8 = x6 + x7;
    const int x9 = x8 * 40;
    const int x10 = x9 + j;
    const float v11 = b0[x10];
    acc += (acc_t) v11;
  }
  const float r12 = (float) acc;
  b1[o] = r12;
}

// ---- k32.cl

// launch 35: elementwise broadcast div transpose -> f32[B, 4, 40, 40] f32[B, 4, 40, 40] f32[B, 4, 40, 40]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6400;
    const int x4 = x3 * 4;
    const int x5 = i1 / 1600;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 40;
    const int x9 = i1 / 40;
    const int x10 = x9 % 40;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 / v12);
    b2[i1] = v13;
    const int x14 = i1 % 40;
    const int x15 = x8 + x14;
    const int x16 = x15 * 40;
    const int x17 = x16 + x10;
    const float v18 = b0[x17];
    const float v19 = b1[x15];
    const float v20 = (v18 / v19);
    b3[i1] = v20;
    b4[i1] = v12;
  }
}

// ---- k33.cl

// launch 36: elementwise transpose -> f32[32, 32]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const int x1 = i0 % 32;
    const int x2 = x1 + 64;
    const int x3 = x2 * 32;
    const int x4 = i0 / 32;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    b1[i0] = v6;
  }
}

// ---- k34.cl

// launch 38: elementwise add -> f32[B, 40, 32]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const int x4 = x3 + 64;
    const float v5 = b1[x4];
    const float v6 = (v2 + v5);
    b2[i1] = v6;
  }
}

// ---- k35.cl

// launch 40: matmul -> f32[B, 4, 40, 8]
__kernel __attribute__((reqd_work_group_size(2, 16, 1)))
void k35(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 40, N = 8, K = 40;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 2 + lx;
  const int m0 = get_group_id(1) * 64, n0 = get_group_id(0) * 8;
  __local float As[16][64], Bs[16][8];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 64; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 8; nn < 8; nn += 8) {
      const int n = n0 + nn;
      for (int kk = lid / 8; kk < 16; kk += 4) {
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

// launch 41: elementwise reshape -> f32[B, 40, 32]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 4;
    const int x4 = i1 % 32;
    const int x5 = x4 / 8;
    const int x6 = x3 + x5;
    const int x7 = x6 * 40;
    const int x8 = i1 / 32;
    const int x9 = x8 % 40;
    const int x10 = x7 + x9;
    const int x11 = x10 * 8;
    const int x12 = x4 % 8;
    const int x13 = x11 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k37.cl

// launch 42: matmul b' -> f32[B, 40, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k37(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 32, K = 32;
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

// ---- k38.cl

// launch 43: elementwise add add -> f32[B, 40, 32]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 % 32;
    const float v5 = b2[x4];
    const float v6 = (v3 + v5);
    const float v7 = (v2 + v6);
    b3[i1] = v7;
  }
}

// ---- k39.cl

// launch 50: matmul b' -> f32[B, 40, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k39(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 64, K = 32;
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

// ---- k40.cl

// launch 51: elementwise add max ge -> f32[B, 40, 64] bool[B, 40, 64]
__kernel void k40(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[18];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 64;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    const float v6 = nnc_max(v5, 0.0f);
    b2[i1] = v6;
    const float v7 = BOOL(v5 >= 0.0f);
    b3[i1] = v7;
  }
}

// ---- k41.cl

// launch 52: matmul b' -> f32[B, 40, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k41(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 32, K = 64;
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

// ---- k42.cl

// launch 60: elementwise gt cast -> f32[B, 40] (from samples/clip.nn:62:12, samples/clip.nn:62:16)
__kernel void k42(__global int* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = b0[i1];
    const float v3 = BOOL(v2 > 0);
    b1[i1] = v3;
  }
}

// ---- k43.cl

// launch 61: elementwise broadcast mul -> f32[B, 40, 32] f32[B, 40, 32]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 * v8);
    b2[i1] = v9;
    b3[i1] = v8;
  }
}

// ---- k44.cl

// launch 62: reduction of sum -> f32[B, 32]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[19];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 40;
  for (int j = 0; j < count; j++) {
    const int x1 = o / 32;
    const int x2 = x1 * 40;
    const int x3 = x2 + j;
    const int x4 = x3 * 32;
    const int x5 = o % 32;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k45.cl

// launch 63: reduction of sum -> f32[B, 1] (from samples/clip.nn:63:60)
__kernel void k45(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = 40;
  for (int j = 0; j < count; j++) {
    const int x1 = o * 40;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k46.cl

// launch 64: elementwise broadcast div -> f32[B, 32] f32[B, 32]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 32;
    const float v4 = b1[x3];
    const float v5 = (v2 / v4);
    b2[i1] = v5;
    b3[i1] = v4;
  }
}

// ---- k47.cl

// launch 65: matmul b' -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k47(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = 32;
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

// ---- k48.cl

// launch 68: elementwise add sqrt recip mul -> f32[B, 1] f32[B, 1] f32[B, 1]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 + (0x1.197998p-40f));
    const float v4 = F64(sqrt, v3);
    const float v5 = (1.0f / v4);
    b1[i1] = v5;
    const float v6 = (v5 * v5);
    b2[i1] = v6;
    b3[i1] = v4;
  }
}

// ---- k49.cl

// launch 70: matmul b' -> f32[B, B]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k49(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = d[0], K = 64;
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

// ---- k50.cl

// launch 71: elementwise mul transpose -> f32[B, B] f32[B, B]
__kernel void k50(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    b2[i1] = v4;
    const int x5 = d[0];
    const int x6 = i1 % x5;
    const int x7 = x6 * x5;
    const int x8 = i1 / x5;
    const int x9 = x7 + x8;
    const float v10 = b1[x9];
    const float v11 = (v2 * v10);
    b3[i1] = v11;
  }
}

// ---- k51.cl

// launch 72: reduction of reduce_max -> f32[B, 1]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = -INFINITY;
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc = isnan(acc) || isnan((acc_t) v3) ? NAN : fmax(acc, (acc_t) v3);
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k52.cl

// launch 73: elementwise stop_gradient -> f32[B, 1]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k53.cl

// launch 74: elementwise broadcast sub exp -> f32[B, B] f32[B, B]
__kernel void k53(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = d[0];
    const int x4 = i1 / x3;
    const float v5 = b1[x4];
    const float v6 = (v2 - v5);
    const float v7 = F64(exp, v6);
    b2[i1] = v7;
    b3[i1] = v6;
  }
}

// ---- k54.cl

// launch 75: reduction of sum log broadcast sub -> f32[B, B] f32[B, 1]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  for (int j = 0; j < count; j++) {
    const int x5 = o * x0;
    const int x6 = x5 + j;
    const float v7 = b1[x6];
    const float v8 = F64(log, r4);
    const float v9 = (v7 - v8);
    b2[x6] = v9;
  }
  b3[o] = r4;
}

// ---- k55.cl

// launch 76: reduction of reshape select sum -> f32[B, 1]
__kernel void k55(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    const float v4 = b1[x2];
    const float v5 = (v3 != 0.0f ? v4 : 0.0f);
    acc += (acc_t) v5;
  }
  const float r6 = (float) acc;
  b2[o] = r6;
}

// ---- k56.cl

// launch 77: reduction of sum div neg -> f32[]
__kernel void k56(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k57.cl

// launch 83: reduction of sum div sub mul -> f32[]
__kernel void k57(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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
  const float v7 = ((0x1.0p-1f) * v6);
  b2[o] = v7;
}

// ---- k58.cl

// launch 84: elementwise mul -> f32[256, 784]
__kernel void k58(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k59.cl

// launch 85: elementwise ge -> bool[B, 256]
__kernel void k59(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[5];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = BOOL(v2 >= 0.0f);
    b1[i1] = v3;
  }
}

// ---- k60.cl

// launch 87: elementwise div -> f32[]
__kernel void k60(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const int x0 = d[0];
    const float v1 = (float) x0;
    const float v2 = ((-0x1.0p-1f) / v1);
    hoisted[0] = v2;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v3 = hoisted[0];
  if (gid < 1) {
    const int i4 = gid - 0;
    b0[i4] = v3;
  }
}

// ---- k61.cl

// launch 88: elementwise broadcast select -> f32[B, 1, B]
__kernel void k61(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k62.cl

// launch 89: elementwise reshape neg -> f32[B, B] f32[B, B]
__kernel void k62(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[0];
    const int x3 = i1 / x2;
    const int x4 = x3 * x2;
    const int x5 = i1 % x2;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    const float v8 = (-v7);
    b1[i1] = v8;
    b2[i1] = v7;
  }
}

// ---- k63.cl

// launch 90: reduction of sum -> f32[B, 1]
__kernel void k63(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  const int x0 = d[0];
  if (o >= x0) return;
  acc_t acc = 0;
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = o * x0;
    const int x2 = x1 + j;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k64.cl

// launch 91: elementwise div -> f32[B, 1]
__kernel void k64(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 / v3);
    b2[i1] = v4;
  }
}

// ---- k65.cl

// launch 92: elementwise broadcast mul add transpose -> f32[B, B]
__kernel void k65(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = d[0];
    const int x3 = i1 % x2;
    const int x4 = x3 * x2;
    const int x5 = i1 / x2;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    const float v8 = b1[x3];
    const float v9 = b2[x6];
    const float v10 = (v8 * v9);
    const float v11 = (v7 + v10);
    b3[i1] = v11;
  }
}

// ---- k66.cl

// launch 94: elementwise broadcast mul add add mul -> f32[B, B] f32[B, B]
__kernel void k66(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[1];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = d[0];
    const int x5 = i1 / x4;
    const float v6 = b2[x5];
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v3 + v8);
    const float v10 = (v2 + v9);
    const float v11 = b4[0];
    const float v12 = (v10 * v11);
    b5[i1] = v12;
    b6[i1] = v10;
  }
}

// ---- k67.cl

// launch 95: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k67(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = d[0];
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

// ---- k68.cl

// launch 96: elementwise mul mul -> f32[B, 64] f32[B, 64]
__kernel void k68(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    b2[i1] = v4;
    const float v5 = b3[i1];
    const float v6 = (v2 * v5);
    b4[i1] = v6;
  }
}

// ---- k69.cl

// launch 98: elementwise mul mul neg mul div -> f32[B, 1]
__kernel void k69(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 * v3);
    const float v5 = (v2 * v4);
    const float v6 = (-v5);
    const float v7 = (v6 * (0x1.0p-1f));
    const float v8 = b2[i1];
    const float v9 = (v7 / v8);
    b3[i1] = v9;
  }
}

// ---- k70.cl

// launch 99: elementwise broadcast mul add add -> f32[B, 64]
__kernel void k70(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const float v4 = b1[x3];
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = (v2 + v6);
    const float v8 = (v7 + v6);
    b3[i1] = v8;
  }
}

// ---- k71.cl

// launch 100: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k71(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 64;
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

// ---- k72.cl

// launch 101: elementwise select -> f32[B, 256]
__kernel void k72(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k73.cl

// launch 102: matmul -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k73(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 256, K = 256;
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

// ---- k74.cl

// launch 104: matmul a' -> f32[256, 784]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k74(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 784, K = d[0];
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

// ---- k75.cl

// launch 105: elementwise mul add mul add mul mul -> f32[256, 784] f32[256, 784]
__kernel void k75(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
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

// ---- k76.cl

// launch 106: elementwise cast pow sub pow sub -> f32[] f32[]
__kernel void k76(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k77.cl

// launch 107: elementwise broadcast div mul -> f32[256, 784]
__kernel void k77(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k78.cl

// launch 108: elementwise mul add -> f32[256, 784]
__kernel void k78(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k79.cl

// launch 109: elementwise broadcast div sqrt add div sub -> f32[256, 784]
__kernel void k79(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 200704) {
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

// ---- k80.cl

// launch 110: elementwise mul -> f32[256]
__kernel void k80(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k81.cl

// launch 111: reduction of sum -> f32[256]
__kernel void k81(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 256;
    const int x2 = x1 + o;
    const float v3 = b0[x2];
    acc += (acc_t) v3;
  }
  const float r4 = (float) acc;
  b1[o] = r4;
}

// ---- k82.cl

// launch 112: elementwise mul add mul add mul mul -> f32[256] f32[256]
__kernel void k82(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
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

// ---- k83.cl

// launch 113: elementwise broadcast div mul -> f32[256] f32[256]
__kernel void k83(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k84.cl

// launch 114: elementwise mul add -> f32[256]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k85.cl

// launch 115: elementwise broadcast div sqrt add div sub -> f32[256] f32[256]
__kernel void k85(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
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

// ---- k86.cl

// launch 116: elementwise mul -> f32[256, 256]
__kernel void k86(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k87.cl

// launch 117: matmul a' -> f32[256, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k87(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 256, K = d[0];
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

// ---- k88.cl

// launch 118: elementwise mul add mul add mul mul -> f32[256, 256] f32[256, 256]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
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

// ---- k89.cl

// launch 119: elementwise broadcast div mul -> f32[256, 256]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k90.cl

// launch 120: elementwise mul add -> f32[256, 256]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k91.cl

// launch 121: elementwise broadcast div sqrt add div sub -> f32[256, 256]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 65536) {
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

// ---- k92.cl

// launch 124: elementwise mul add mul add div mul mul mul -> f32[256] f32[256] f32[256]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
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

// ---- k93.cl

// launch 125: elementwise mul add div sqrt add div sub -> f32[256] f32[256]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
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

// ---- k94.cl

// launch 126: elementwise mul -> f32[64, 256]
__kernel void k94(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k95.cl

// launch 127: matmul a' -> f32[64, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k95(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 256, K = d[0];
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

// ---- k96.cl

// launch 128: elementwise mul add mul add mul mul -> f32[64, 256] f32[64, 256]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
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

// ---- k97.cl

// launch 129: elementwise broadcast div mul -> f32[64, 256]
__kernel void k97(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k98.cl

// launch 130: elementwise mul add -> f32[64, 256]
__kernel void k98(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k99.cl

// launch 131: elementwise broadcast div sqrt add div sub -> f32[64, 256]
__kernel void k99(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
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

// ---- k100.cl

// launch 132: elementwise mul -> f32[64]
__kernel void k100(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 64) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k101.cl

// launch 133: reduction of sum -> f32[64]
__kernel void k101(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[0];
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

// ---- k102.cl

// launch 134: elementwise mul add mul add mul mul -> f32[64] f32[64]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k103.cl

// launch 135: elementwise broadcast div mul -> f32[64] f32[64]
__kernel void k103(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k104.cl

// launch 136: elementwise mul add -> f32[64]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k105.cl

// launch 137: elementwise broadcast div sqrt add div sub -> f32[64] f32[64]
__kernel void k105(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k106.cl

// launch 138: elementwise mul -> f32[128, 32]
__kernel void k106(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k107.cl

// launch 139: elementwise mul -> f32[128, 32]
__kernel void k107(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (0.0f * v1);
    b1[i0] = v2;
  }
}

// ---- k108.cl

// launch 140: matmul a' -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k108(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 64, K = d[0];
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

// ---- k109.cl

// launch 143: elementwise mul neg mul div -> f32[B, 1]
__kernel void k109(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[0];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i1];
    const float v8 = (v6 / v7);
    b3[i1] = v8;
  }
}

// ---- k110.cl

// launch 145: matmul -> f32[B, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k110(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[0], N = 32, K = 64;
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

// ---- k111.cl

// launch 146: elementwise div -> f32[B, 32]
__kernel void k111(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[19];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 / v3);
    b2[i1] = v4;
  }
}

// ---- k112.cl

// launch 147: elementwise broadcast mul mul mul mul -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
__kernel void k112(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 32;
    const int x4 = i1 % 32;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    const float v7 = b1[i1];
    const float v8 = (v6 * v7);
    const float v9 = b2[x4];
    const float v10 = (v8 * v9);
    const float v11 = b3[i1];
    const float v12 = (v10 * v11);
    b4[i1] = v12;
    const float v13 = b5[i1];
    const float v14 = (v10 * v13);
    b6[i1] = v14;
    b7[i1] = v8;
  }
}

// ---- k113.cl

// launch 149: elementwise mul neg mul div div -> f32[B, 40, 1]
__kernel void k113(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = (-v4);
    const float v6 = (v5 * (0x1.0p-1f));
    const float v7 = b2[i1];
    const float v8 = (v6 / v7);
    const float v9 = (v8 / 32.0f);
    b3[i1] = v9;
  }
}

// ---- k114.cl

// launch 150: elementwise broadcast mul add add neg -> f32[B, 40, 32] f32[B, 40, 32]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = b2[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v2 + v10);
    const float v12 = (v11 + v10);
    const float v13 = (-v12);
    b3[i1] = v13;
    b4[i1] = v12;
  }
}

// ---- k115.cl

// launch 153: elementwise broadcast add -> f32[B, 40, 32]
__kernel void k115(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = (v2 + v8);
    b2[i1] = v9;
  }
}

// ---- k116.cl

// launch 154: matmul -> f32[B, 40, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k116(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 64, K = 32;
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

// ---- k117.cl

// launch 155: elementwise select -> f32[B, 40, 64]
__kernel void k117(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k118.cl

// launch 156: matmul -> f32[B, 40, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k118(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[10], N = 32, K = 64;
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

// ---- k119.cl

// launch 157: elementwise mul -> f32[B, 40, 32]
__kernel void k119(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    b2[i1] = v4;
  }
}

// ---- k120.cl

// launch 158: elementwise mul mul mul -> f32[B, 40, 32] f32[B, 40, 32]
__kernel void k120(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 32;
    const float v4 = b1[x3];
    const float v5 = (v2 * v4);
    const float v6 = b2[i1];
    const float v7 = (v5 * v6);
    b3[i1] = v7;
    const float v8 = b4[i1];
    const float v9 = (v5 * v8);
    b5[i1] = v9;
  }
}

// ---- k121.cl

// launch 161: elementwise broadcast mul add add add neg -> f32[B, 40, 32] f32[B, 40, 32]
__kernel void k121(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 1280;
    const int x4 = x3 * 40;
    const int x5 = i1 / 32;
    const int x6 = x5 % 40;
    const int x7 = x4 + x6;
    const float v8 = b1[x7];
    const float v9 = b2[i1];
    const float v10 = (v8 * v9);
    const float v11 = (v2 + v10);
    const float v12 = (v11 + v10);
    const float v13 = (-v12);
    b3[i1] = v13;
    const float v14 = b4[i1];
    const float v15 = (v14 + v12);
    b5[i1] = v15;
  }
}

// ---- k122.cl

// launch 172: elementwise div -> f32[B, 4, 40, 40]
__kernel void k122(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 / v3);
    b2[i1] = v4;
  }
}

// ---- k123.cl

// launch 173: elementwise mul div neg -> f32[B, 4, 40, 40]
__kernel void k123(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 / v5);
    const float v7 = (-v6);
    b3[i1] = v7;
  }
}

// ---- k124.cl

// launch 175: elementwise broadcast add mul mul -> f32[B, 4, 40, 40]
__kernel void k124(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[15];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 6400;
    const int x4 = x3 * 4;
    const int x5 = i1 / 1600;
    const int x6 = x5 % 4;
    const int x7 = x4 + x6;
    const int x8 = x7 * 40;
    const int x9 = i1 / 40;
    const int x10 = x9 % 40;
    const int x11 = x8 + x10;
    const float v12 = b1[x11];
    const float v13 = (v2 + v12);
    const float v14 = b2[i1];
    const float v15 = (v13 * v14);
    const float v16 = (v15 * (0x1.6a09e6p-2f));
    b3[i1] = v16;
  }
}

// ---- k125.cl

// launch 177: matmul -> f32[B, 4, 8, 40]
__kernel __attribute__((reqd_work_group_size(16, 2, 1)))
void k125(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 8, N = 40, K = 40;
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 16 + lx;
  const int m0 = get_group_id(1) * 8, n0 = get_group_id(0) * 64;
  __local float As[16][8], Bs[16][64];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid / 16; mm < 8; mm += 2) {
      const int m = m0 + mm;
      for (int kk = lid % 16; kk < 16; kk += 16) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[m * K + k]; }
        As[kk][mm] = v;
      }
    }
    for (int nn = lid % 32; nn < 64; nn += 32) {
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
      for (int r = 0; r < 4; r++) acc[r] += (As[kk][ly + r * 2] * b);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  for (int r = 0; r < 4; r++) {
    const int m = m0 + ly + r * 2;
    float out[4];
    vstore4(convert_float4(acc[r]), 0, out);
    for (int c = 0; c < 4; c++) {
      const int n = n0 + lx * 4 + c;
      if (m < M && n < N) { const float v = out[c]; C[m * N + n] = v; }
    }
  }
}

// ---- k126.cl

// launch 178: elementwise reshape -> f32[B, 40, 32]
__kernel void k126(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 1280;
    const int x3 = x2 * 4;
    const int x4 = i1 % 32;
    const int x5 = x4 / 8;
    const int x6 = x3 + x5;
    const int x7 = x6 * 8;
    const int x8 = x4 % 8;
    const int x9 = x7 + x8;
    const int x10 = x9 * 40;
    const int x11 = i1 / 32;
    const int x12 = x11 % 40;
    const int x13 = x10 + x12;
    const float v14 = b0[x13];
    b1[i1] = v14;
  }
}

// ---- k127.cl

// launch 180: elementwise add -> f32[B, 40, 32]
__kernel void k127(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k128.cl

// launch 185: elementwise add mul mul mul -> f32[B, 40, 32] f32[B, 40, 32] f32[B, 40, 32]
__kernel void k128(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 + v3);
    const int x5 = i1 % 32;
    const float v6 = b2[x5];
    const float v7 = (v4 * v6);
    const float v8 = b3[i1];
    const float v9 = (v7 * v8);
    b4[i1] = v9;
    const float v10 = b5[i1];
    const float v11 = (v7 * v10);
    b6[i1] = v11;
    b7[i1] = v4;
  }
}

// ---- k129.cl

// launch 192: scatter_add -> f32[128, 32]
__kernel void k129(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 128, I = 32, P = d[10];
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k130.cl

// launch 193: elementwise mul add -> f32[128, 32]
__kernel void k130(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.99999ap-4f) * v2);
    const float v4 = (v1 + v3);
    b2[i0] = v4;
  }
}

// ---- k131.cl

// launch 194: elementwise broadcast div mul -> f32[128, 32]
__kernel void k131(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k132.cl

// launch 195: elementwise mul -> f32[128, 32]
__kernel void k132(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k133.cl

// launch 196: elementwise mul mul add -> f32[128, 32]
__kernel void k133(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.0624dep-10f) * v2);
    const float v4 = (v3 * v2);
    const float v5 = (v1 + v4);
    b2[i0] = v5;
  }
}

// ---- k134.cl

// launch 197: elementwise broadcast div sqrt add div sub -> f32[128, 32]
__kernel void k134(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 4096) {
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

// ---- k135.cl

// launch 198: elementwise mul -> f32[40, 32]
__kernel void k135(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k136.cl

// launch 199: elementwise mul -> f32[40, 32]
__kernel void k136(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = (0.0f * v1);
    b1[i0] = v2;
  }
}

// ---- k137.cl

// launch 200: reduction of sum -> f32[40, 32]
__kernel void k137(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1280) return;
  acc_t acc = 0;
  const int x0 = d[0];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j * 40;
    const int x2 = o / 32;
    const int x3 = x1 + x2;
    const int x4 = x3 * 32;
    const int x5 = o % 32;
    const int x6 = x4 + x5;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k138.cl

// launch 201: elementwise iota -> i32[40] (from samples/clip.nn:61:44)
__kernel void k138(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 40) {
    const int i0 = gid - 0;
    b0[i0] = i0;
  }
}

// ---- k139.cl

// launch 202: scatter_add -> f32[40, 32]
__kernel void k139(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 40, I = 32, P = 40;
  const int gid = get_global_id(0);
  if (gid >= 1 * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k140.cl

// launch 203: elementwise mul add -> f32[40, 32]
__kernel void k140(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.99999ap-4f) * v2);
    const float v4 = (v1 + v3);
    b2[i0] = v4;
  }
}

// ---- k141.cl

// launch 204: elementwise broadcast div mul -> f32[40, 32]
__kernel void k141(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k142.cl

// launch 205: elementwise mul -> f32[40, 32]
__kernel void k142(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k143.cl

// launch 206: elementwise mul mul add -> f32[40, 32]
__kernel void k143(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = ((0x1.0624dep-10f) * v2);
    const float v4 = (v3 * v2);
    const float v5 = (v1 + v4);
    b2[i0] = v5;
  }
}

// ---- k144.cl

// launch 207: elementwise broadcast div sqrt add div sub -> f32[40, 32]
__kernel void k144(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1280) {
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

// ---- k145.cl

// launch 208: elementwise mul -> f32[96, 32]
__kernel void k145(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k146.cl

// launch 209: matmul a' -> f32[32, 32]
__kernel __attribute__((reqd_work_group_size(8, 8, 1)))
void k146(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 32, K = d[10];
  A += batch * M * K;
  B += batch * K * N;
  C += batch * M * N;
  const int lx = get_local_id(0), ly = get_local_id(1), lid = ly * 8 + lx;
  const int m0 = get_group_id(1) * 32, n0 = get_group_id(0) * 32;
  __local float As[16][32], Bs[16][32];
  float4 acc[4];
  for (int r = 0; r < 4; r++) acc[r] = 0.0f;
  for (int k0 = 0; k0 < K; k0 += 16) {
    for (int mm = lid % 32; mm < 32; mm += 32) {
      const int m = m0 + mm;
      for (int kk = lid / 32; kk < 16; kk += 2) {
        const int k = k0 + kk;
        float v = 0.0f;
        if (m < M && k < K) { v = A[k * M + m]; }
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

// ---- k147.cl

// launch 212: elementwise pad pad add pad add -> f32[96, 32]
__kernel void k147(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
    const int i0 = gid - 0;
    const int x1 = i0 / 32;
    const int x2 = x1 - 64;
    float v3 = 0.0f;
    if (x2 >= 0 && x2 < 32) {
      const int x4 = x2 * 32;
      const int x5 = i0 % 32;
      const int x6 = x4 + x5;
      const float v7 = b0[x6];
      v3 = v7;
    }
    const int x8 = x1 - 32;
    float v9 = 0.0f;
    if (x8 >= 0 && x8 < 32) {
      const int x10 = x8 * 32;
      const int x11 = i0 % 32;
      const int x12 = x10 + x11;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v3 + v9);
    float v15 = 0.0f;
    if (x1 >= 0 && x1 < 32) {
      const int x16 = x1 * 32;
      const int x17 = i0 % 32;
      const int x18 = x16 + x17;
      const float v19 = b2[x18];
      v15 = v19;
    }
    const float v20 = (v14 + v15);
    b3[i0] = v20;
  }
}

// ---- k148.cl

// launch 213: elementwise mul add mul add mul mul -> f32[96, 32] f32[96, 32]
__kernel void k148(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
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

// ---- k149.cl

// launch 214: elementwise broadcast div mul -> f32[96, 32]
__kernel void k149(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k150.cl

// launch 215: elementwise mul add -> f32[96, 32]
__kernel void k150(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k151.cl

// launch 216: elementwise broadcast div sqrt add div sub -> f32[96, 32]
__kernel void k151(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 3072) {
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

// ---- k152.cl

// launch 217: elementwise mul -> f32[96]
__kernel void k152(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k153.cl

// launch 218: reduction of sum -> f32[32]
__kernel void k153(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[10];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 40;
    const int x2 = x1 * 40;
    const int x3 = j % 40;
    const int x4 = x2 + x3;
    const int x5 = x4 * 32;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k154.cl

// launch 221: elementwise pad pad add pad add -> f32[96]
__kernel void k154(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
    const int i0 = gid - 0;
    const int x1 = i0 - 64;
    float v2 = 0.0f;
    if (x1 >= 0 && x1 < 32) {
      const float v3 = b0[x1];
      v2 = v3;
    }
    const int x4 = i0 - 32;
    float v5 = 0.0f;
    if (x4 >= 0 && x4 < 32) {
      const float v6 = b1[x4];
      v5 = v6;
    }
    const float v7 = (v2 + v5);
    float v8 = 0.0f;
    if (i0 >= 0 && i0 < 32) {
      const float v9 = b2[i0];
      v8 = v9;
    }
    const float v10 = (v7 + v8);
    b3[i0] = v10;
  }
}

// ---- k155.cl

// launch 222: elementwise mul add mul add mul mul -> f32[96] f32[96]
__kernel void k155(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
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

// ---- k156.cl

// launch 223: elementwise broadcast div mul -> f32[96]
__kernel void k156(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k157.cl

// launch 224: elementwise mul add -> f32[96]
__kernel void k157(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ff7ceep-1f) * v1);
    const float v3 = b1[i0];
    const float v4 = (v2 + v3);
    b2[i0] = v4;
  }
}

// ---- k158.cl

// launch 225: elementwise broadcast div sqrt add div sub -> f32[96]
__kernel void k158(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 96) {
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

// ---- k159.cl

// launch 226: elementwise mul -> f32[32, 32]
__kernel void k159(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k160.cl

// launch 228: elementwise mul add mul add mul mul -> f32[32, 32] f32[32, 32]
__kernel void k160(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k161.cl

// launch 229: elementwise broadcast div mul -> f32[32, 32]
__kernel void k161(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
  }
}

// ---- k162.cl

// launch 230: elementwise mul add -> f32[32, 32]
__kernel void k162(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k163.cl

// launch 231: elementwise broadcast div sqrt add div sub -> f32[32, 32]
__kernel void k163(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1024) {
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

// launch 232: elementwise mul -> f32[32]
__kernel void k164(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 32) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k165.cl

// launch 234: elementwise mul add mul add mul mul -> f32[32] f32[32]
__kernel void k165(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k166.cl

// launch 235: elementwise broadcast div mul -> f32[32] f32[32]
__kernel void k166(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k167.cl

// launch 236: elementwise mul add -> f32[32]
__kernel void k167(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k168.cl

// launch 237: elementwise broadcast div sqrt add div sub -> f32[32] f32[32]
__kernel void k168(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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

// ---- k169.cl

// launch 238: elementwise mul -> f32[64, 32]
__kernel void k169(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = ((0x1.ccccccp-1f) * v1);
    b1[i0] = v2;
  }
}

// ---- k170.cl

// launch 239: matmul a' -> f32[64, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k170(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 32, K = d[10];
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

// ---- k171.cl

// launch 240: elementwise mul add mul add mul mul -> f32[64, 32] f32[64, 32]
__kernel void k171(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k172.cl

// launch 241: elementwise broadcast div mul -> f32[64, 32] f32[64, 32]
__kernel void k172(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[0];
    const float v3 = (v1 / v2);
    const float v4 = ((0x1.0624dep-10f) * v3);
    b2[i0] = v4;
    b3[i0] = v2;
  }
}

// ---- k173.cl

// launch 242: elementwise mul add -> f32[64, 32]
__kernel void k173(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k174.cl

// launch 243: elementwise broadcast div sqrt add div sub -> f32[64, 32] f32[64, 32]
__kernel void k174(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global const int* restrict d) {
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
    b5[i0] = v4;
  }
}

// ---- k175.cl

// launch 245: reduction of sum -> f32[64]
__kernel void k175(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 64) return;
  acc_t acc = 0;
  const int x0 = d[10];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 40;
    const int x2 = x1 * 40;
    const int x3 = j % 40;
    const int x4 = x2 + x3;
    const int x5 = x4 * 64;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k176.cl

// launch 246: elementwise mul add mul add div mul mul mul -> f32[64] f32[64] f32[64]
__kernel void k176(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k177.cl

// launch 247: elementwise mul add div sqrt add div sub -> f32[64] f32[64]
__kernel void k177(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k178.cl

// launch 249: matmul a' -> f32[32, 64]
__kernel __attribute__((reqd_work_group_size(16, 8, 1)))
void k178(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 32, N = 64, K = d[10];
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

// ---- k179.cl

// launch 251: elementwise broadcast div mul -> f32[32, 64]
__kernel void k179(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k180.cl

// launch 253: elementwise broadcast div sqrt add div sub -> f32[32, 64]
__kernel void k180(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
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

// ---- k181.cl

// launch 256: elementwise mul add mul add div mul mul mul -> f32[32] f32[32] f32[32]
__kernel void k181(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k182.cl

// launch 257: elementwise mul add div sqrt add div sub -> f32[32] f32[32]
__kernel void k182(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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

// ---- k183.cl

// launch 259: reduction of mul sum -> f32[32]
__kernel void k183(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 32) return;
  acc_t acc = 0;
  const int x0 = d[10];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 40;
    const int x2 = x1 * 40;
    const int x3 = j % 40;
    const int x4 = x2 + x3;
    const int x5 = x4 * 32;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    const float v8 = b1[x6];
    const float v9 = (v7 * v8);
    acc += (acc_t) v9;
  }
  const float r10 = (float) acc;
  b2[o] = r10;
}

// ---- k184.cl

// launch 283: matmul a' -> f32[64, 32]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k184(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 64, N = 32, K = d[0];
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

// ---- k185.cl

// launch 284: elementwise mul add mul add div mul mul mul -> f32[64, 32] f32[64, 32] f32[64, 32]
__kernel void k185(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
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
    const float v12 = ((0x1.0624dep-10f) * v11);
    b6[i0] = v12;
  }
}

// ---- k186.cl

// launch 285: elementwise mul add div sqrt add div sub -> f32[64, 32] f32[64, 32]
__kernel void k186(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 2048) {
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

// ---- k187.cl

// launch 290: elementwise mul -> f32[]
__kernel void k187(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = ((0x1.ccccccp-1f) * v0);
    hoisted[0] = v1;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v2 = hoisted[0];
  if (gid < 1) {
    const int i3 = gid - 0;
    b1[i3] = v2;
  }
}

// ---- k188.cl

// launch 291: elementwise le -> bool[]
__kernel void k188(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[1];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = BOOL(v0 <= (0x1.26bb98p2f));
    hoisted[0] = v1;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v2 = hoisted[0];
  if (gid < 1) {
    const int i3 = gid - 0;
    b1[i3] = v2;
  }
}

// ---- k189.cl

// launch 292: reduction of mul sum mul select -> f32[]
__kernel void k189(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 1) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = d[0];
    const int x2 = j / x1;
    const int x3 = x2 * x1;
    const int x4 = j % x1;
    const int x5 = x3 + x4;
    const float v6 = b0[x5];
    const float v7 = b1[x5];
    const float v8 = (v6 * v7);
    acc += (acc_t) v8;
  }
  const float r9 = (float) acc;
  const float v10 = b2[0];
  const float v11 = b3[0];
  const float v12 = (r9 * v11);
  const float v13 = (v10 != 0.0f ? v12 : 0.0f);
  b4[o] = v13;
}

// ---- k190.cl

// launch 293: elementwise mul add mul add div mul mul mul -> f32[] f32[] f32[]
__kernel void k190(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[8];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = (0.0f * v0);
    hoisted[0] = v1;
    const float v2 = b1[0];
    const float v3 = (v2 + v1);
    hoisted[1] = v3;
    const float v4 = ((0x1.99999ap-4f) * v3);
    hoisted[2] = v4;
    const float v5 = b2[0];
    const float v6 = (v5 + v4);
    hoisted[3] = v6;
    const float v7 = b3[0];
    const float v8 = (v6 / v7);
    hoisted[4] = v8;
    const float v9 = ((0x1.0624dep-10f) * v8);
    hoisted[5] = v9;
    const float v10 = ((0x1.0624dep-10f) * v3);
    hoisted[6] = v10;
    const float v11 = (v10 * v3);
    hoisted[7] = v11;
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
  if (gid < 1) {
    const int i20 = gid - 0;
    b4[i20] = v15;
    b5[i20] = v19;
    b6[i20] = v17;
  }
}

// ---- k191.cl

// launch 294: elementwise mul add div sqrt add div sub -> f32[] f32[]
__kernel void k191(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global const int* restrict d) {
  const int gid = get_global_id(0);
  __local float hoisted[7];
  if (get_local_id(0) == 0) {
    const float v0 = b0[0];
    const float v1 = ((0x1.ff7ceep-1f) * v0);
    hoisted[0] = v1;
    const float v2 = b1[0];
    const float v3 = (v1 + v2);
    hoisted[1] = v3;
    const float v4 = b2[0];
    const float v5 = (v3 / v4);
    hoisted[2] = v5;
    const float v6 = F64(sqrt, v5);
    hoisted[3] = v6;
    const float v7 = (v6 + (0x1.5798eep-27f));
    hoisted[4] = v7;
    const float v8 = b3[0];
    const float v9 = (v8 / v7);
    hoisted[5] = v9;
    const float v10 = b4[0];
    const float v11 = (v10 - v9);
    hoisted[6] = v11;
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  const float v12 = hoisted[0];
  const float v13 = hoisted[1];
  const float v14 = hoisted[2];
  const float v15 = hoisted[3];
  const float v16 = hoisted[4];
  const float v17 = hoisted[5];
  const float v18 = hoisted[6];
  if (gid < 1) {
    const int i19 = gid - 0;
    b5[i19] = v13;
    b6[i19] = v18;
  }
}
