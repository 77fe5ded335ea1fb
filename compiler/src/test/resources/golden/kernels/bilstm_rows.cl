// BiLstmRows: kernels of one training step: 153 OpenCL kernels for 897 launches
k0.cl: launch 0: elementwise gather -> i32[B, 1]
k1.cl: launch 1: matmul b' -> f32[B, 28, 256]
k2.cl: launch 2: elementwise add -> f32[256]
k3.cl: launch 3: elementwise broadcast add -> f32[B, 28, 256]
k4.cl: launch 4: elementwise gather -> f32[B, 256]
k5.cl: launch 5: elementwise -> f32[B, 64]
k6.cl: launch 6: matmul b' -> f32[B, 256]
k7.cl: launch 7: elementwise add -> f32[B, 256]
k8.cl: launch 8: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k9.cl: launch 9: elementwise gather -> f32[B, 256]
k10.cl: launch 12: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k11.cl: launch 13: elementwise gather -> f32[B, 256]
k12.cl: launch 17: elementwise gather -> f32[B, 256]
k13.cl: launch 21: elementwise gather -> f32[B, 256]
k14.cl: launch 25: elementwise gather -> f32[B, 256]
k15.cl: launch 29: elementwise gather -> f32[B, 256]
k16.cl: launch 33: elementwise gather -> f32[B, 256]
k17.cl: launch 37: elementwise gather -> f32[B, 256]
k18.cl: launch 41: elementwise gather -> f32[B, 256]
k19.cl: launch 45: elementwise gather -> f32[B, 256]
k20.cl: launch 49: elementwise gather -> f32[B, 256]
k21.cl: launch 53: elementwise gather -> f32[B, 256]
k22.cl: launch 57: elementwise gather -> f32[B, 256]
k23.cl: launch 61: elementwise gather -> f32[B, 256]
k24.cl: launch 65: elementwise gather -> f32[B, 256]
k25.cl: launch 69: elementwise gather -> f32[B, 256]
k26.cl: launch 73: elementwise gather -> f32[B, 256]
k27.cl: launch 77: elementwise gather -> f32[B, 256]
k28.cl: launch 81: elementwise gather -> f32[B, 256]
k29.cl: launch 85: elementwise gather -> f32[B, 256]
k30.cl: launch 89: elementwise gather -> f32[B, 256]
k31.cl: launch 93: elementwise gather -> f32[B, 256]
k32.cl: launch 97: elementwise gather -> f32[B, 256]
k33.cl: launch 101: elementwise gather -> f32[B, 256]
k34.cl: launch 105: elementwise gather -> f32[B, 256]
k35.cl: launch 109: elementwise gather -> f32[B, 256]
k36.cl: launch 113: elementwise gather -> f32[B, 256]
k37.cl: launch 116: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k38.cl: launch 156: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k39.cl: launch 232: elementwise random lt cast mul mul -> f32[B, 28, 128] f32[B, 28, 128]
k40.cl: launch 233: matmul b' -> f32[B, 28, 256]
k41.cl: launch 348: elementwise reshape -> f32[B, 64]
k42.cl: launch 349: matmul b' -> f32[B, 10]
k43.cl: launch 350: elementwise add -> f32[B, 10]
k44.cl: launch 351: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
k45.cl: launch 352: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
k46.cl: launch 353: reduction of sum div neg -> f32[]
k47.cl: launch 354: elementwise div -> f32[]
k48.cl: launch 355: elementwise broadcast select -> f32[B, 1, 10]
k49.cl: launch 356: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
k50.cl: launch 357: matmul -> f32[B, 64]
k51.cl: launch 358: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k52.cl: launch 359: elementwise pad pad add pad add pad add -> f32[B, 256]
k53.cl: launch 360: matmul -> f32[B, 64]
k54.cl: launch 361: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k55.cl: launch 363: elementwise -> f32[B, 28, 256]
k56.cl: launch 364: elementwise -> i32[]
k57.cl: launch 365: scatter_add -> f32[B, 28, 256]
k58.cl: launch 366: elementwise -> i32[]
k59.cl: launch 371: elementwise -> i32[]
k60.cl: launch 376: elementwise -> i32[]
k61.cl: launch 381: elementwise -> i32[]
k62.cl: launch 386: elementwise -> i32[]
k63.cl: launch 391: elementwise -> i32[]
k64.cl: launch 396: elementwise -> i32[]
k65.cl: launch 401: elementwise -> i32[]
k66.cl: launch 406: elementwise -> i32[]
k67.cl: launch 411: elementwise -> i32[]
k68.cl: launch 416: elementwise -> i32[]
k69.cl: launch 421: elementwise -> i32[]
k70.cl: launch 426: elementwise -> i32[]
k71.cl: launch 431: elementwise -> i32[]
k72.cl: launch 436: elementwise -> i32[]
k73.cl: launch 441: elementwise -> i32[]
k74.cl: launch 446: elementwise -> i32[]
k75.cl: launch 451: elementwise -> i32[]
k76.cl: launch 456: elementwise -> i32[]
k77.cl: launch 461: elementwise -> i32[]
k78.cl: launch 466: elementwise -> i32[]
k79.cl: launch 471: elementwise -> i32[]
k80.cl: launch 476: elementwise -> i32[]
k81.cl: launch 481: elementwise -> i32[]
k82.cl: launch 486: elementwise -> i32[]
k83.cl: launch 491: elementwise -> i32[]
k84.cl: launch 494: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k85.cl: launch 496: elementwise -> i32[]
k86.cl: launch 498: matmul -> f32[B, 28, 128]
k87.cl: launch 499: elementwise mul mul -> f32[B, 28, 128]
k88.cl: launch 500: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k89.cl: launch 503: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k90.cl: launch 508: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k91.cl: launch 512: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k92.cl: launch 516: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k93.cl: launch 520: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k94.cl: launch 524: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k95.cl: launch 528: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k96.cl: launch 532: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k97.cl: launch 536: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k98.cl: launch 540: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k99.cl: launch 544: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k100.cl: launch 548: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k101.cl: launch 552: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k102.cl: launch 556: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k103.cl: launch 560: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k104.cl: launch 564: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k105.cl: launch 568: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k106.cl: launch 572: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k107.cl: launch 576: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k108.cl: launch 580: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k109.cl: launch 584: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k110.cl: launch 588: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k111.cl: launch 592: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k112.cl: launch 596: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k113.cl: launch 600: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k114.cl: launch 604: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k115.cl: launch 608: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k116.cl: launch 611: matmul a' -> f32[256, 28]
k117.cl: launch 612: matmul a' -> f32[64, 256]
k118.cl: launch 614: elementwise add -> f32[64, 256]
k119.cl: launch 666: matmul -> f32[64, 256]
k120.cl: launch 668: reduction of sum -> f32[256]
k121.cl: launch 669: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k122.cl: launch 672: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k123.cl: launch 675: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k124.cl: launch 678: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k125.cl: launch 681: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k126.cl: launch 684: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k127.cl: launch 687: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k128.cl: launch 690: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k129.cl: launch 693: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k130.cl: launch 696: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k131.cl: launch 699: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k132.cl: launch 702: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k133.cl: launch 705: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k134.cl: launch 708: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k135.cl: launch 711: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k136.cl: launch 714: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k137.cl: launch 717: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k138.cl: launch 720: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k139.cl: launch 723: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k140.cl: launch 726: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k141.cl: launch 729: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k142.cl: launch 732: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k143.cl: launch 735: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k144.cl: launch 738: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k145.cl: launch 741: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k146.cl: launch 744: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k147.cl: launch 747: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k148.cl: launch 751: elementwise add mul mul add mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
k149.cl: launch 837: matmul a' -> f32[256, 128]
k150.cl: launch 894: matmul a' -> f32[10, 64]
k151.cl: launch 895: reduction of sum -> f32[10]
k152.cl: launch 896: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256, 128] f32[256, 128] f32[256, 128] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]

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

// launch 1: matmul b' -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k1(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 256, K = 28;
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

// launch 2: elementwise add -> f32[256]
__kernel void k2(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 256) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k3.cl

// launch 3: elementwise broadcast add -> f32[B, 28, 256]
__kernel void k3(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 % 256;
    const float v4 = b1[x3];
    const float v5 = (v2 + v4);
    b2[i1] = v5;
  }
}

// ---- k4.cl

// launch 4: elementwise gather -> f32[B, 256]
__kernel void k4(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(0, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k5.cl

// launch 5: elementwise -> f32[B, 64]
__kernel void k5(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k6.cl

// launch 6: matmul b' -> f32[B, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k6(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// launch 7: elementwise add -> f32[B, 256]
__kernel void k7(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k8.cl

// launch 8: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k8(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 256;
    const int x4 = i1 % 64;
    const int x5 = x4 + 192;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 64;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 128;
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

// launch 9: elementwise gather -> f32[B, 256]
__kernel void k9(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(1, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k10.cl

// launch 12: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k10(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 256;
    const int x4 = i1 % 64;
    const int x5 = x4 + 192;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 64;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 128;
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

// launch 13: elementwise gather -> f32[B, 256]
__kernel void k11(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(2, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k12.cl

// launch 17: elementwise gather -> f32[B, 256]
__kernel void k12(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(3, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k13.cl

// launch 21: elementwise gather -> f32[B, 256]
__kernel void k13(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(4, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k14.cl

// launch 25: elementwise gather -> f32[B, 256]
__kernel void k14(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(5, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k15.cl

// launch 29: elementwise gather -> f32[B, 256]
__kernel void k15(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(6, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k16.cl

// launch 33: elementwise gather -> f32[B, 256]
__kernel void k16(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(7, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k17.cl

// launch 37: elementwise gather -> f32[B, 256]
__kernel void k17(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(8, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k18.cl

// launch 41: elementwise gather -> f32[B, 256]
__kernel void k18(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(9, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k19.cl

// launch 45: elementwise gather -> f32[B, 256]
__kernel void k19(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(10, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k20.cl

// launch 49: elementwise gather -> f32[B, 256]
__kernel void k20(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(11, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k21.cl

// launch 53: elementwise gather -> f32[B, 256]
__kernel void k21(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(12, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k22.cl

// launch 57: elementwise gather -> f32[B, 256]
__kernel void k22(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(13, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k23.cl

// launch 61: elementwise gather -> f32[B, 256]
__kernel void k23(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(14, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k24.cl

// launch 65: elementwise gather -> f32[B, 256]
__kernel void k24(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(15, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k25.cl

// launch 69: elementwise gather -> f32[B, 256]
__kernel void k25(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(16, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k26.cl

// launch 73: elementwise gather -> f32[B, 256]
__kernel void k26(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(17, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k27.cl

// launch 77: elementwise gather -> f32[B, 256]
__kernel void k27(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(18, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k28.cl

// launch 81: elementwise gather -> f32[B, 256]
__kernel void k28(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(19, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k29.cl

// launch 85: elementwise gather -> f32[B, 256]
__kernel void k29(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(20, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k30.cl

// launch 89: elementwise gather -> f32[B, 256]
__kernel void k30(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(21, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k31.cl

// launch 93: elementwise gather -> f32[B, 256]
__kernel void k31(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(22, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k32.cl

// launch 97: elementwise gather -> f32[B, 256]
__kernel void k32(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(23, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k33.cl

// launch 101: elementwise gather -> f32[B, 256]
__kernel void k33(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(24, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k34.cl

// launch 105: elementwise gather -> f32[B, 256]
__kernel void k34(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(25, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k35.cl

// launch 109: elementwise gather -> f32[B, 256]
__kernel void k35(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(26, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k36.cl

// launch 113: elementwise gather -> f32[B, 256]
__kernel void k36(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d, __global int* restrict fault) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int v2 = nnc_index(27, 28, fault);
    const int x3 = i1 / 256;
    const int x4 = x3 * 28;
    const int x5 = x4 + v2;
    const int x6 = x5 * 256;
    const int x7 = i1 % 256;
    const int x8 = x6 + x7;
    const float v9 = b0[x8];
    b1[i1] = v9;
  }
}

// ---- k37.cl

// launch 116: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k37(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 256;
    const int x4 = i1 % 64;
    const int x5 = x4 + 192;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 64;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 128;
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

// ---- k38.cl

// launch 156: elementwise slice sigmoid slice sigmoid mul slice sigmoid slice tanh mul add tanh ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k38(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 256;
    const int x4 = i1 % 64;
    const int x5 = x4 + 192;
    const int x6 = x3 + x5;
    const float v7 = b0[x6];
    const float v8 = nnc_sigmoid(v7);
    const int x9 = x4 + 64;
    const int x10 = x3 + x9;
    const float v11 = b0[x10];
    const float v12 = nnc_sigmoid(v11);
    const float v13 = b1[i1];
    const float v14 = (v12 * v13);
    const int x15 = x3 + x4;
    const float v16 = b0[x15];
    const float v17 = nnc_sigmoid(v16);
    const int x18 = x4 + 128;
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
    b6[i1] = v12;
    b7[i1] = v17;
    const float v28 = (v21 * v21);
    const float v29 = (1.0f - v28);
    b8[i1] = v29;
    b9[i1] = v21;
    const float v30 = (1.0f - v17);
    const float v31 = (v17 * v30);
    b10[i1] = v31;
    const float v32 = (1.0f - v12);
    const float v33 = (v12 * v32);
    b11[i1] = v33;
    b12[i1] = v24;
    const float v34 = (1.0f - v8);
    const float v35 = (v8 * v34);
    b13[i1] = v35;
  }
}

// ---- k39.cl

// launch 232: elementwise random lt cast mul mul -> f32[B, 28, 128] f32[B, 28, 128]
__kernel void k39(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global int* restrict b56, __global float* restrict b57, __global float* restrict b58, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 128;
    float v3;
    if (x2 < 64) {
      const int x4 = i1 / 128;
      const int x5 = x4 % 28;
      float v6;
      if (x5 < 1) {
        const int x7 = i1 / 3584;
        const int x8 = x7 * 64;
        const int x9 = x8 + x2;
        const float v10 = b0[x9];
        v6 = v10;
      } else if (x5 < 2) {
        const int x11 = i1 / 3584;
        const int x12 = x11 * 64;
        const int x13 = x12 + x2;
        const float v14 = b1[x13];
        v6 = v14;
      } else if (x5 < 3) {
        const int x15 = i1 / 3584;
        const int x16 = x15 * 64;
        const int x17 = x16 + x2;
        const float v18 = b2[x17];
        v6 = v18;
      } else if (x5 < 4) {
        const int x19 = i1 / 3584;
        const int x20 = x19 * 64;
        const int x21 = x20 + x2;
        const float v22 = b3[x21];
        v6 = v22;
      } else if (x5 < 5) {
        const int x23 = i1 / 3584;
        const int x24 = x23 * 64;
        const int x25 = x24 + x2;
        const float v26 = b4[x25];
        v6 = v26;
      } else if (x5 < 6) {
        const int x27 = i1 / 3584;
        const int x28 = x27 * 64;
        const int x29 = x28 + x2;
        const float v30 = b5[x29];
        v6 = v30;
      } else if (x5 < 7) {
        const int x31 = i1 / 3584;
        const int x32 = x31 * 64;
        const int x33 = x32 + x2;
        const float v34 = b6[x33];
        v6 = v34;
      } else if (x5 < 8) {
        const int x35 = i1 / 3584;
        const int x36 = x35 * 64;
        const int x37 = x36 + x2;
        const float v38 = b7[x37];
        v6 = v38;
      } else if (x5 < 9) {
        const int x39 = i1 / 3584;
        const int x40 = x39 * 64;
        const int x41 = x40 + x2;
        const float v42 = b8[x41];
        v6 = v42;
      } else if (x5 < 10) {
        const int x43 = i1 / 3584;
        const int x44 = x43 * 64;
        const int x45 = x44 + x2;
        const float v46 = b9[x45];
        v6 = v46;
      } else if (x5 < 11) {
        const int x47 = i1 / 3584;
        const int x48 = x47 * 64;
        const int x49 = x48 + x2;
        const float v50 = b10[x49];
        v6 = v50;
      } else if (x5 < 12) {
        const int x51 = i1 / 3584;
        const int x52 = x51 * 64;
        const int x53 = x52 + x2;
        const float v54 = b11[x53];
        v6 = v54;
      } else if (x5 < 13) {
        const int x55 = i1 / 3584;
        const int x56 = x55 * 64;
        const int x57 = x56 + x2;
        const float v58 = b12[x57];
        v6 = v58;
      } else if (x5 < 14) {
        const int x59 = i1 / 3584;
        const int x60 = x59 * 64;
        const int x61 = x60 + x2;
        const float v62 = b13[x61];
        v6 = v62;
      } else if (x5 < 15) {
        const int x63 = i1 / 3584;
        const int x64 = x63 * 64;
        const int x65 = x64 + x2;
        const float v66 = b14[x65];
        v6 = v66;
      } else if (x5 < 16) {
        const int x67 = i1 / 3584;
        const int x68 = x67 * 64;
        const int x69 = x68 + x2;
        const float v70 = b15[x69];
        v6 = v70;
      } else if (x5 < 17) {
        const int x71 = i1 / 3584;
        const int x72 = x71 * 64;
        const int x73 = x72 + x2;
        const float v74 = b16[x73];
        v6 = v74;
      } else if (x5 < 18) {
        const int x75 = i1 / 3584;
        const int x76 = x75 * 64;
        const int x77 = x76 + x2;
        const float v78 = b17[x77];
        v6 = v78;
      } else if (x5 < 19) {
        const int x79 = i1 / 3584;
        const int x80 = x79 * 64;
        const int x81 = x80 + x2;
        const float v82 = b18[x81];
        v6 = v82;
      } else if (x5 < 20) {
        const int x83 = i1 / 3584;
        const int x84 = x83 * 64;
        const int x85 = x84 + x2;
        const float v86 = b19[x85];
        v6 = v86;
      } else if (x5 < 21) {
        const int x87 = i1 / 3584;
        const int x88 = x87 * 64;
        const int x89 = x88 + x2;
        const float v90 = b20[x89];
        v6 = v90;
      } else if (x5 < 22) {
        const int x91 = i1 / 3584;
        const int x92 = x91 * 64;
        const int x93 = x92 + x2;
        const float v94 = b21[x93];
        v6 = v94;
      } else if (x5 < 23) {
        const int x95 = i1 / 3584;
        const int x96 = x95 * 64;
        const int x97 = x96 + x2;
        const float v98 = b22[x97];
        v6 = v98;
      } else if (x5 < 24) {
        const int x99 = i1 / 3584;
        const int x100 = x99 * 64;
        const int x101 = x100 + x2;
        const float v102 = b23[x101];
        v6 = v102;
      } else if (x5 < 25) {
        const int x103 = i1 / 3584;
        const int x104 = x103 * 64;
        const int x105 = x104 + x2;
        const float v106 = b24[x105];
        v6 = v106;
      } else if (x5 < 26) {
        const int x107 = i1 / 3584;
        const int x108 = x107 * 64;
        const int x109 = x108 + x2;
        const float v110 = b25[x109];
        v6 = v110;
      } else if (x5 < 27) {
        const int x111 = i1 / 3584;
        const int x112 = x111 * 64;
        const int x113 = x112 + x2;
        const float v114 = b26[x113];
        v6 = v114;
      } else {
        const int x115 = i1 / 3584;
        const int x116 = x115 * 64;
        const int x117 = x116 + x2;
        const float v118 = b27[x117];
        v6 = v118;
      }
      v3 = v6;
    } else {
      const int x119 = i1 / 128;
      const int x120 = x119 % 28;
      float v121;
      if (x120 < 1) {
        const int x122 = i1 / 3584;
        const int x123 = x122 * 64;
        const int x124 = x2 - 64;
        const int x125 = x123 + x124;
        const float v126 = b28[x125];
        v121 = v126;
      } else if (x120 < 2) {
        const int x127 = i1 / 3584;
        const int x128 = x127 * 64;
        const int x129 = x2 - 64;
        const int x130 = x128 + x129;
        const float v131 = b29[x130];
        v121 = v131;
      } else if (x120 < 3) {
        const int x132 = i1 / 3584;
        const int x133 = x132 * 64;
        const int x134 = x2 - 64;
        const int x135 = x133 + x134;
        const float v136 = b30[x135];
        v121 = v136;
      } else if (x120 < 4) {
        const int x137 = i1 / 3584;
        const int x138 = x137 * 64;
        const int x139 = x2 - 64;
        const int x140 = x138 + x139;
        const float v141 = b31[x140];
        v121 = v141;
      } else if (x120 < 5) {
        const int x142 = i1 / 3584;
        const int x143 = x142 * 64;
        const int x144 = x2 - 64;
        const int x145 = x143 + x144;
        const float v146 = b32[x145];
        v121 = v146;
      } else if (x120 < 6) {
        const int x147 = i1 / 3584;
        const int x148 = x147 * 64;
        const int x149 = x2 - 64;
        const int x150 = x148 + x149;
        const float v151 = b33[x150];
        v121 = v151;
      } else if (x120 < 7) {
        const int x152 = i1 / 3584;
        const int x153 = x152 * 64;
        const int x154 = x2 - 64;
        const int x155 = x153 + x154;
        const float v156 = b34[x155];
        v121 = v156;
      } else if (x120 < 8) {
        const int x157 = i1 / 3584;
        const int x158 = x157 * 64;
        const int x159 = x2 - 64;
        const int x160 = x158 + x159;
        const float v161 = b35[x160];
        v121 = v161;
      } else if (x120 < 9) {
        const int x162 = i1 / 3584;
        const int x163 = x162 * 64;
        const int x164 = x2 - 64;
        const int x165 = x163 + x164;
        const float v166 = b36[x165];
        v121 = v166;
      } else if (x120 < 10) {
        const int x167 = i1 / 3584;
        const int x168 = x167 * 64;
        const int x169 = x2 - 64;
        const int x170 = x168 + x169;
        const float v171 = b37[x170];
        v121 = v171;
      } else if (x120 < 11) {
        const int x172 = i1 / 3584;
        const int x173 = x172 * 64;
        const int x174 = x2 - 64;
        const int x175 = x173 + x174;
        const float v176 = b38[x175];
        v121 = v176;
      } else if (x120 < 12) {
        const int x177 = i1 / 3584;
        const int x178 = x177 * 64;
        const int x179 = x2 - 64;
        const int x180 = x178 + x179;
        const float v181 = b39[x180];
        v121 = v181;
      } else if (x120 < 13) {
        const int x182 = i1 / 3584;
        const int x183 = x182 * 64;
        const int x184 = x2 - 64;
        const int x185 = x183 + x184;
        const float v186 = b40[x185];
        v121 = v186;
      } else if (x120 < 14) {
        const int x187 = i1 / 3584;
        const int x188 = x187 * 64;
        const int x189 = x2 - 64;
        const int x190 = x188 + x189;
        const float v191 = b41[x190];
        v121 = v191;
      } else if (x120 < 15) {
        const int x192 = i1 / 3584;
        const int x193 = x192 * 64;
        const int x194 = x2 - 64;
        const int x195 = x193 + x194;
        const float v196 = b42[x195];
        v121 = v196;
      } else if (x120 < 16) {
        const int x197 = i1 / 3584;
        const int x198 = x197 * 64;
        const int x199 = x2 - 64;
        const int x200 = x198 + x199;
        const float v201 = b43[x200];
        v121 = v201;
      } else if (x120 < 17) {
        const int x202 = i1 / 3584;
        const int x203 = x202 * 64;
        const int x204 = x2 - 64;
        const int x205 = x203 + x204;
        const float v206 = b44[x205];
        v121 = v206;
      } else if (x120 < 18) {
        const int x207 = i1 / 3584;
        const int x208 = x207 * 64;
        const int x209 = x2 - 64;
        const int x210 = x208 + x209;
        const float v211 = b45[x210];
        v121 = v211;
      } else if (x120 < 19) {
        const int x212 = i1 / 3584;
        const int x213 = x212 * 64;
        const int x214 = x2 - 64;
        const int x215 = x213 + x214;
        const float v216 = b46[x215];
        v121 = v216;
      } else if (x120 < 20) {
        const int x217 = i1 / 3584;
        const int x218 = x217 * 64;
        const int x219 = x2 - 64;
        const int x220 = x218 + x219;
        const float v221 = b47[x220];
        v121 = v221;
      } else if (x120 < 21) {
        const int x222 = i1 / 3584;
        const int x223 = x222 * 64;
        const int x224 = x2 - 64;
        const int x225 = x223 + x224;
        const float v226 = b48[x225];
        v121 = v226;
      } else if (x120 < 22) {
        const int x227 = i1 / 3584;
        const int x228 = x227 * 64;
        const int x229 = x2 - 64;
        const int x230 = x228 + x229;
        const float v231 = b49[x230];
        v121 = v231;
      } else if (x120 < 23) {
        const int x232 = i1 / 3584;
        const int x233 = x232 * 64;
        const int x234 = x2 - 64;
        const int x235 = x233 + x234;
        const float v236 = b50[x235];
        v121 = v236;
      } else if (x120 < 24) {
        const int x237 = i1 / 3584;
        const int x238 = x237 * 64;
        const int x239 = x2 - 64;
        const int x240 = x238 + x239;
        const float v241 = b51[x240];
        v121 = v241;
      } else if (x120 < 25) {
        const int x242 = i1 / 3584;
        const int x243 = x242 * 64;
        const int x244 = x2 - 64;
        const int x245 = x243 + x244;
        const float v246 = b52[x245];
        v121 = v246;
      } else if (x120 < 26) {
        const int x247 = i1 / 3584;
        const int x248 = x247 * 64;
        const int x249 = x2 - 64;
        const int x250 = x248 + x249;
        const float v251 = b53[x250];
        v121 = v251;
      } else if (x120 < 27) {
        const int x252 = i1 / 3584;
        const int x253 = x252 * 64;
        const int x254 = x2 - 64;
        const int x255 = x253 + x254;
        const float v256 = b54[x255];
        v121 = v256;
      } else {
        const int x257 = i1 / 3584;
        const int x258 = x257 * 64;
        const int x259 = x2 - 64;
        const int x260 = x258 + x259;
        const float v261 = b55[x260];
        v121 = v261;
      }
      v3 = v121;
    }
    const int v262 = b56[0];
    const float v263 = nnc_random(0, 42u, 0u, (float) v262, i1);
    const float v264 = BOOL(v263 < (0x1.99999ap-1f));
    const float v265 = (v3 * v264);
    const float v266 = (v265 * (0x1.4p0f));
    b57[i1] = v266;
    b58[i1] = v264;
  }
}

// ---- k40.cl

// launch 233: matmul b' -> f32[B, 28, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k40(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 256, K = 128;
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

// ---- k41.cl

// launch 348: elementwise reshape -> f32[B, 64]
__kernel void k41(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
}

// ---- k42.cl

// launch 349: matmul b' -> f32[B, 10]
__kernel __attribute__((reqd_work_group_size(4, 16, 1)))
void k42(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k43.cl

// launch 350: elementwise add -> f32[B, 10]
__kernel void k43(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
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

// ---- k44.cl

// launch 351: reduction of reduce_max stop_gradient broadcast sub exp sum log broadcast sub -> f32[B, 10] f32[B, 10] f32[B, 1]
__kernel void k44(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k45.cl

// launch 352: reduction of broadcast eq reshape select sum -> bool[B, 1, 10] f32[B, 1]
__kernel void k45(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k46.cl

// launch 353: reduction of sum div neg -> f32[]
__kernel void k46(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k47.cl

// launch 354: elementwise div -> f32[]
__kernel void k47(__global float* restrict b0, __global const int* restrict d) {
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

// ---- k48.cl

// launch 355: elementwise broadcast select -> f32[B, 1, 10]
__kernel void k48(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[12];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[0];
    const float v4 = (v2 != 0.0f ? v3 : 0.0f);
    b2[i1] = v4;
  }
}

// ---- k49.cl

// launch 356: reduction of reshape neg sum div broadcast mul add -> f32[B, 10]
__kernel void k49(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global const int* restrict d) {
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

// ---- k50.cl

// launch 357: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k50(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k51.cl

// launch 358: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k51(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v2 * v3);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = b4[i1];
    const float v10 = (v8 * v9);
    b5[i1] = v10;
    const float v11 = b6[i1];
    const float v12 = (v6 * v11);
    const float v13 = b7[i1];
    const float v14 = (v12 * v13);
    b8[i1] = v14;
    const float v15 = b9[i1];
    const float v16 = (v6 * v15);
    const float v17 = b10[i1];
    const float v18 = (v16 * v17);
    b11[i1] = v18;
    const float v19 = b12[i1];
    const float v20 = (v2 * v19);
    const float v21 = b13[i1];
    const float v22 = (v20 * v21);
    b14[i1] = v22;
    const float v23 = b15[i1];
    const float v24 = (v6 * v23);
    b16[i1] = v24;
  }
}

// ---- k52.cl

// launch 359: elementwise pad pad add pad add pad add -> f32[B, 256]
__kernel void k52(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[7];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 % 256;
    const int x3 = x2 - 128;
    float v4 = 0.0f;
    if (x3 >= 0 && x3 < 64) {
      const int x5 = i1 / 256;
      const int x6 = x5 * 64;
      const int x7 = x6 + x3;
      const float v8 = b0[x7];
      v4 = v8;
    }
    float v9 = 0.0f;
    if (x2 >= 0 && x2 < 64) {
      const int x10 = i1 / 256;
      const int x11 = x10 * 64;
      const int x12 = x11 + x2;
      const float v13 = b1[x12];
      v9 = v13;
    }
    const float v14 = (v4 + v9);
    const int x15 = x2 - 64;
    float v16 = 0.0f;
    if (x15 >= 0 && x15 < 64) {
      const int x17 = i1 / 256;
      const int x18 = x17 * 64;
      const int x19 = x18 + x15;
      const float v20 = b2[x19];
      v16 = v20;
    }
    const float v21 = (v14 + v16);
    const int x22 = x2 - 192;
    float v23 = 0.0f;
    if (x22 >= 0 && x22 < 64) {
      const int x24 = i1 / 256;
      const int x25 = x24 * 64;
      const int x26 = x25 + x22;
      const float v27 = b3[x26];
      v23 = v27;
    }
    const float v28 = (v21 + v23);
    b4[i1] = v28;
  }
}

// ---- k53.cl

// launch 360: matmul -> f32[B, 64]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k53(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// launch 361: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k54(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 + 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v2 + v8);
    const float v10 = b4[i1];
    const float v11 = (v9 * v10);
    const float v12 = b5[i1];
    const float v13 = (v11 * v12);
    b6[i1] = v13;
    const float v14 = b7[i1];
    const float v15 = (v9 * v14);
    const float v16 = b8[i1];
    const float v17 = (v15 * v16);
    b9[i1] = v17;
    const float v18 = b10[i1];
    const float v19 = (v9 * v18);
    const float v20 = b11[i1];
    const float v21 = (v19 * v20);
    b12[i1] = v21;
    const float v22 = b13[i1];
    const float v23 = (v4 * v22);
    const float v24 = b14[i1];
    const float v25 = (v23 * v24);
    b15[i1] = v25;
    const float v26 = b16[i1];
    const float v27 = (v9 * v26);
    b17[i1] = v27;
  }
}

// ---- k55.cl

// launch 363: elementwise -> f32[B, 28, 256]
__kernel void k55(__global float* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[6];
  if (gid < x0) {
    const int i1 = gid - 0;
    b0[i1] = 0.0f;
  }
}

// ---- k56.cl

// launch 364: elementwise -> i32[]
__kernel void k56(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 26;
  }
}

// ---- k57.cl

// launch 365: scatter_add -> f32[B, 28, 256]
__kernel void k57(__global const float* restrict x, __global const int* restrict idx, __global const float* restrict src, __global float* out, __global const int* restrict d) {
  const int L = 28, I = 256, P = 1;
  const int gid = get_global_id(0);
  if (gid >= d[0] * L * I) return;
  const int r = gid % I, at = gid / I % L, o = gid / (I * L);
  float v = x[gid];
  for (int j = 0; j < P; j++) if (idx[j] == at) v += src[(o * P + j) * I + r];
  out[gid] = v;
}

// ---- k58.cl

// launch 366: elementwise -> i32[]
__kernel void k58(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 27;
  }
}

// ---- k59.cl

// launch 371: elementwise -> i32[]
__kernel void k59(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 25;
  }
}

// ---- k60.cl

// launch 376: elementwise -> i32[]
__kernel void k60(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 24;
  }
}

// ---- k61.cl

// launch 381: elementwise -> i32[]
__kernel void k61(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 23;
  }
}

// ---- k62.cl

// launch 386: elementwise -> i32[]
__kernel void k62(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 22;
  }
}

// ---- k63.cl

// launch 391: elementwise -> i32[]
__kernel void k63(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 21;
  }
}

// ---- k64.cl

// launch 396: elementwise -> i32[]
__kernel void k64(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 20;
  }
}

// ---- k65.cl

// launch 401: elementwise -> i32[]
__kernel void k65(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 19;
  }
}

// ---- k66.cl

// launch 406: elementwise -> i32[]
__kernel void k66(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 18;
  }
}

// ---- k67.cl

// launch 411: elementwise -> i32[]
__kernel void k67(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 17;
  }
}

// ---- k68.cl

// launch 416: elementwise -> i32[]
__kernel void k68(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 16;
  }
}

// ---- k69.cl

// launch 421: elementwise -> i32[]
__kernel void k69(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 15;
  }
}

// ---- k70.cl

// launch 426: elementwise -> i32[]
__kernel void k70(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 14;
  }
}

// ---- k71.cl

// launch 431: elementwise -> i32[]
__kernel void k71(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 13;
  }
}

// ---- k72.cl

// launch 436: elementwise -> i32[]
__kernel void k72(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 12;
  }
}

// ---- k73.cl

// launch 441: elementwise -> i32[]
__kernel void k73(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 11;
  }
}

// ---- k74.cl

// launch 446: elementwise -> i32[]
__kernel void k74(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 10;
  }
}

// ---- k75.cl

// launch 451: elementwise -> i32[]
__kernel void k75(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 9;
  }
}

// ---- k76.cl

// launch 456: elementwise -> i32[]
__kernel void k76(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 8;
  }
}

// ---- k77.cl

// launch 461: elementwise -> i32[]
__kernel void k77(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 7;
  }
}

// ---- k78.cl

// launch 466: elementwise -> i32[]
__kernel void k78(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 6;
  }
}

// ---- k79.cl

// launch 471: elementwise -> i32[]
__kernel void k79(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 5;
  }
}

// ---- k80.cl

// launch 476: elementwise -> i32[]
__kernel void k80(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 4;
  }
}

// ---- k81.cl

// launch 481: elementwise -> i32[]
__kernel void k81(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 3;
  }
}

// ---- k82.cl

// launch 486: elementwise -> i32[]
__kernel void k82(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 2;
  }
}

// ---- k83.cl

// launch 491: elementwise -> i32[]
__kernel void k83(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 1;
  }
}

// ---- k84.cl

// launch 494: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k84(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = (v3 + 0.0f);
    const float v5 = b2[i1];
    const float v6 = (v4 * v5);
    const float v7 = b3[i1];
    const float v8 = (v6 * v7);
    const float v9 = (v2 + v8);
    const float v10 = b4[i1];
    const float v11 = (v9 * v10);
    const float v12 = b5[i1];
    const float v13 = (v11 * v12);
    b6[i1] = v13;
    const float v14 = b7[i1];
    const float v15 = (v9 * v14);
    const float v16 = b8[i1];
    const float v17 = (v15 * v16);
    b9[i1] = v17;
    const float v18 = b10[i1];
    const float v19 = (v9 * v18);
    const float v20 = b11[i1];
    const float v21 = (v19 * v20);
    b12[i1] = v21;
    const float v22 = b13[i1];
    const float v23 = (v4 * v22);
    const float v24 = b14[i1];
    const float v25 = (v23 * v24);
    b15[i1] = v25;
  }
}

// ---- k85.cl

// launch 496: elementwise -> i32[]
__kernel void k85(__global int* restrict b0, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 1) {
    const int i0 = gid - 0;
    b0[i0] = 0;
  }
}

// ---- k86.cl

// launch 498: matmul -> f32[B, 28, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k86(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = d[1], N = 128, K = 256;
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

// ---- k87.cl

// launch 499: elementwise mul mul -> f32[B, 28, 128]
__kernel void k87(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[10];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = (v2 * (0x1.4p0f));
    const float v4 = b1[i1];
    const float v5 = (v3 * v4);
    b2[i1] = v5;
  }
}

// ---- k88.cl

// launch 500: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k88(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 28;
    const int x4 = x3 + 27;
    const int x5 = x4 * 128;
    const int x6 = i1 % 64;
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

// ---- k89.cl

// launch 503: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k89(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 26;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k90.cl

// launch 508: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k90(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 25;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// launch 512: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k91(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 24;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k92.cl

// launch 516: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k92(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 23;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// launch 520: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k93(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 22;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k94.cl

// launch 524: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k94(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 21;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// launch 528: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k95(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 20;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k96.cl

// launch 532: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k96(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 19;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// launch 536: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k97(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 18;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k98.cl

// launch 540: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k98(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 17;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// launch 544: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k99(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 16;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k100.cl

// launch 548: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k100(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 15;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k101.cl

// launch 552: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k101(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 14;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k102.cl

// launch 556: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k102(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 13;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k103.cl

// launch 560: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k103(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 12;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k104.cl

// launch 564: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k104(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 11;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k105.cl

// launch 568: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k105(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 10;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k106.cl

// launch 572: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k106(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 9;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k107.cl

// launch 576: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k107(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 8;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k108.cl

// launch 580: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k108(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 7;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k109.cl

// launch 584: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k109(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 6;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k110.cl

// launch 588: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k110(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 5;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k111.cl

// launch 592: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k111(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 4;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k112.cl

// launch 596: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k112(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 3;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k113.cl

// launch 600: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k113(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 2;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k114.cl

// launch 604: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k114(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 + 1;
    const int x7 = x6 * 128;
    const int x8 = i1 % 64;
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

// ---- k115.cl

// launch 608: elementwise reshape add mul mul add mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k115(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const int x4 = i1 / 64;
    const int x5 = x4 * 28;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
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

// ---- k116.cl

// launch 611: matmul a' -> f32[256, 28]
__kernel __attribute__((reqd_work_group_size(8, 16, 1)))
void k116(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 28, K = d[1];
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

// ---- k117.cl

// launch 612: matmul a' -> f32[64, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k117(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k118.cl

// launch 614: elementwise add -> f32[64, 256]
__kernel void k118(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global const int* restrict d) {
  const int gid = get_global_id(0);
  if (gid < 16384) {
    const int i0 = gid - 0;
    const float v1 = b0[i0];
    const float v2 = b1[i0];
    const float v3 = (v1 + v2);
    b2[i0] = v3;
  }
}

// ---- k119.cl

// launch 666: matmul -> f32[64, 256]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k119(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k120.cl

// launch 668: reduction of sum -> f32[256]
__kernel void k120(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
  const int o = get_global_id(0);
  if (o >= 256) return;
  acc_t acc = 0;
  const int x0 = d[1];
  const int count = x0;
  for (int j = 0; j < count; j++) {
    const int x1 = j / 28;
    const int x2 = x1 * 28;
    const int x3 = j % 28;
    const int x4 = x2 + x3;
    const int x5 = x4 * 256;
    const int x6 = x5 + o;
    const float v7 = b0[x6];
    acc += (acc_t) v7;
  }
  const float r8 = (float) acc;
  b1[o] = r8;
}

// ---- k121.cl

// launch 669: elementwise reshape mul mul mul mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k121(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const int x2 = i1 / 64;
    const int x3 = x2 * 28;
    const int x4 = x3 * 128;
    const int x5 = i1 % 64;
    const int x6 = x5 + 64;
    const int x7 = x4 + x6;
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

// ---- k122.cl

// launch 672: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k122(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 1;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k123.cl

// launch 675: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k123(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 2;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k124.cl

// launch 678: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k124(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 3;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k125.cl

// launch 681: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k125(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 4;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k126.cl

// launch 684: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k126(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 5;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k127.cl

// launch 687: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k127(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 6;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k128.cl

// launch 690: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k128(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 7;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k129.cl

// launch 693: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k129(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 8;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k130.cl

// launch 696: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k130(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 9;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k131.cl

// launch 699: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k131(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 10;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k132.cl

// launch 702: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k132(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 11;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k133.cl

// launch 705: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k133(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 12;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k134.cl

// launch 708: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k134(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 13;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k135.cl

// launch 711: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k135(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 14;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k136.cl

// launch 714: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k136(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 15;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k137.cl

// launch 717: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k137(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 16;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k138.cl

// launch 720: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k138(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 17;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k139.cl

// launch 723: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k139(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 18;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k140.cl

// launch 726: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k140(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 19;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k141.cl

// launch 729: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k141(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 20;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k142.cl

// launch 732: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k142(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 21;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k143.cl

// launch 735: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k143(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 22;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k144.cl

// launch 738: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k144(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 23;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k145.cl

// launch 741: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k145(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 24;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k146.cl

// launch 744: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k146(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 25;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k147.cl

// launch 747: elementwise add mul mul add mul mul mul mul mul mul mul mul ... -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k147(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 26;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
    const float v34 = b17[i1];
    const float v35 = (v17 * v34);
    b18[i1] = v35;
  }
}

// ---- k148.cl

// launch 751: elementwise add mul mul add mul mul mul mul mul mul mul mul -> f32[B, 64] f32[B, 64] f32[B, 64] f32[B, 64]
__kernel void k148(__global float* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global const int* restrict d) {
  const int gid = get_global_id(0);
  const int x0 = d[8];
  if (gid < x0) {
    const int i1 = gid - 0;
    const float v2 = b0[i1];
    const int x3 = i1 / 64;
    const int x4 = x3 * 28;
    const int x5 = x4 + 27;
    const int x6 = x5 * 128;
    const int x7 = i1 % 64;
    const int x8 = x7 + 64;
    const int x9 = x6 + x8;
    const float v10 = b1[x9];
    const float v11 = b2[i1];
    const float v12 = (v10 + v11);
    const float v13 = b3[i1];
    const float v14 = (v12 * v13);
    const float v15 = b4[i1];
    const float v16 = (v14 * v15);
    const float v17 = (v2 + v16);
    const float v18 = b5[i1];
    const float v19 = (v17 * v18);
    const float v20 = b6[i1];
    const float v21 = (v19 * v20);
    b7[i1] = v21;
    const float v22 = b8[i1];
    const float v23 = (v17 * v22);
    const float v24 = b9[i1];
    const float v25 = (v23 * v24);
    b10[i1] = v25;
    const float v26 = b11[i1];
    const float v27 = (v17 * v26);
    const float v28 = b12[i1];
    const float v29 = (v27 * v28);
    b13[i1] = v29;
    const float v30 = b14[i1];
    const float v31 = (v12 * v30);
    const float v32 = b15[i1];
    const float v33 = (v31 * v32);
    b16[i1] = v33;
  }
}

// ---- k149.cl

// launch 837: matmul a' -> f32[256, 128]
__kernel __attribute__((reqd_work_group_size(16, 16, 1)))
void k149(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
  const int batch = get_global_id(2);
  const int M = 256, N = 128, K = d[1];
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

// ---- k150.cl

// launch 894: matmul a' -> f32[10, 64]
__kernel __attribute__((reqd_work_group_size(16, 4, 1)))
void k150(__global const float* restrict A, __global const float* restrict B, __global float* restrict C, __global const int* restrict d) {
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

// ---- k151.cl

// launch 895: reduction of sum -> f32[10]
__kernel void k151(__global float* restrict b0, __global float* restrict b1, __global const int* restrict d) {
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

// ---- k152.cl

// launch 896: elementwise mul mul add mul add cast pow sub broadcast div mul mul ... -> f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 28] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256, 64] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256] f32[256, 128] f32[256, 128] f32[256, 128] f32[10, 64] f32[10, 64] f32[10, 64] f32[10] f32[10] f32[10]
__kernel void k152(__global int* restrict b0, __global float* restrict b1, __global float* restrict b2, __global float* restrict b3, __global float* restrict b4, __global float* restrict b5, __global float* restrict b6, __global float* restrict b7, __global float* restrict b8, __global float* restrict b9, __global float* restrict b10, __global float* restrict b11, __global float* restrict b12, __global float* restrict b13, __global float* restrict b14, __global float* restrict b15, __global float* restrict b16, __global float* restrict b17, __global float* restrict b18, __global float* restrict b19, __global float* restrict b20, __global float* restrict b21, __global float* restrict b22, __global float* restrict b23, __global float* restrict b24, __global float* restrict b25, __global float* restrict b26, __global float* restrict b27, __global float* restrict b28, __global float* restrict b29, __global float* restrict b30, __global float* restrict b31, __global float* restrict b32, __global float* restrict b33, __global float* restrict b34, __global float* restrict b35, __global float* restrict b36, __global float* restrict b37, __global float* restrict b38, __global float* restrict b39, __global float* restrict b40, __global float* restrict b41, __global float* restrict b42, __global float* restrict b43, __global float* restrict b44, __global float* restrict b45, __global float* restrict b46, __global float* restrict b47, __global float* restrict b48, __global float* restrict b49, __global float* restrict b50, __global float* restrict b51, __global float* restrict b52, __global float* restrict b53, __global float* restrict b54, __global float* restrict b55, __global float* restrict b56, __global float* restrict b57, __global float* restrict b58, __global float* restrict b59, __global float* restrict b60, __global float* restrict b61, __global float* restrict b62, __global float* restrict b63, __global float* restrict b64, __global float* restrict b65, __global float* restrict b66, __global float* restrict b67, __global float* restrict b68, __global float* restrict b69, __global float* restrict b70, __global float* restrict b71, __global float* restrict b72, __global float* restrict b73, __global float* restrict b74, __global float* restrict b75, __global float* restrict b76, __global float* restrict b77, __global float* restrict b78, __global float* restrict b79, __global float* restrict b80, __global float* restrict b81, __global float* restrict b82, __global float* restrict b83, __global float* restrict b84, __global float* restrict b85, __global float* restrict b86, __global float* restrict b87, __global float* restrict b88, __global float* restrict b89, __global float* restrict b90, __global float* restrict b91, __global float* restrict b92, __global float* restrict b93, __global float* restrict b94, __global float* restrict b95, __global const int* restrict d) {
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
  if (gid < 7168) {
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
    const float v32 = b8[i11];
    const float v33 = ((0x1.ccccccp-1f) * v32);
    const float v34 = b9[i11];
    const float v35 = b10[i11];
    const float v36 = (0.0f * v35);
    const float v37 = (v34 + v36);
    const float v38 = ((0x1.99999ap-4f) * v37);
    const float v39 = (v33 + v38);
    b11[i11] = v39;
    const float v40 = b12[i11];
    const float v41 = ((0x1.ff7ceep-1f) * v40);
    const float v42 = ((0x1.0624dep-10f) * v37);
    const float v43 = (v42 * v37);
    const float v44 = (v41 + v43);
    b13[i11] = v44;
    const float v45 = (v39 / v8);
    const float v46 = ((0x1.0624dep-9f) * v45);
    const float v47 = (v44 / v10);
    const float v48 = F64(sqrt, v47);
    const float v49 = (v48 + (0x1.5798eep-27f));
    const float v50 = (v46 / v49);
    const float v51 = (v35 - v50);
    b14[i11] = v51;
  } else if (gid < 23552) {
    const int i52 = gid - 7168;
    const float v53 = b15[i52];
    const float v54 = ((0x1.ccccccp-1f) * v53);
    const int x55 = i52 % 64;
    const int x56 = x55 * 256;
    const int x57 = i52 / 64;
    const int x58 = x56 + x57;
    const float v59 = b16[x58];
    const float v60 = b17[i52];
    const float v61 = (0.0f * v60);
    const float v62 = (v59 + v61);
    const float v63 = ((0x1.99999ap-4f) * v62);
    const float v64 = (v54 + v63);
    b18[i52] = v64;
    const float v65 = b19[i52];
    const float v66 = ((0x1.ff7ceep-1f) * v65);
    const float v67 = ((0x1.0624dep-10f) * v62);
    const float v68 = (v67 * v62);
    const float v69 = (v66 + v68);
    b20[i52] = v69;
    const float v70 = (v64 / v8);
    const float v71 = ((0x1.0624dep-9f) * v70);
    const float v72 = (v69 / v10);
    const float v73 = F64(sqrt, v72);
    const float v74 = (v73 + (0x1.5798eep-27f));
    const float v75 = (v71 / v74);
    const float v76 = (v60 - v75);
    b21[i52] = v76;
    const float v77 = b22[i52];
    const float v78 = ((0x1.ccccccp-1f) * v77);
    const float v79 = b23[x58];
    const float v80 = b24[i52];
    const float v81 = (0.0f * v80);
    const float v82 = (v79 + v81);
    const float v83 = ((0x1.99999ap-4f) * v82);
    const float v84 = (v78 + v83);
    b25[i52] = v84;
    const float v85 = b26[i52];
    const float v86 = ((0x1.ff7ceep-1f) * v85);
    const float v87 = ((0x1.0624dep-10f) * v82);
    const float v88 = (v87 * v82);
    const float v89 = (v86 + v88);
    b27[i52] = v89;
    const float v90 = (v84 / v8);
    const float v91 = ((0x1.0624dep-9f) * v90);
    const float v92 = (v89 / v10);
    const float v93 = F64(sqrt, v92);
    const float v94 = (v93 + (0x1.5798eep-27f));
    const float v95 = (v91 / v94);
    const float v96 = (v80 - v95);
    b28[i52] = v96;
    const float v97 = b29[i52];
    const float v98 = ((0x1.ccccccp-1f) * v97);
    const float v99 = b30[x58];
    const float v100 = b31[i52];
    const float v101 = (0.0f * v100);
    const float v102 = (v99 + v101);
    const float v103 = ((0x1.99999ap-4f) * v102);
    const float v104 = (v98 + v103);
    b32[i52] = v104;
    const float v105 = b33[i52];
    const float v106 = ((0x1.ff7ceep-1f) * v105);
    const float v107 = ((0x1.0624dep-10f) * v102);
    const float v108 = (v107 * v102);
    const float v109 = (v106 + v108);
    b34[i52] = v109;
    const float v110 = (v104 / v8);
    const float v111 = ((0x1.0624dep-9f) * v110);
    const float v112 = (v109 / v10);
    const float v113 = F64(sqrt, v112);
    const float v114 = (v113 + (0x1.5798eep-27f));
    const float v115 = (v111 / v114);
    const float v116 = (v100 - v115);
    b35[i52] = v116;
  } else if (gid < 23808) {
    const int i117 = gid - 23552;
    const float v118 = b36[i117];
    const float v119 = ((0x1.ccccccp-1f) * v118);
    const float v120 = b37[i117];
    const float v121 = b38[i117];
    const float v122 = (0.0f * v121);
    const float v123 = (v120 + v122);
    const float v124 = ((0x1.99999ap-4f) * v123);
    const float v125 = (v119 + v124);
    b39[i117] = v125;
    const float v126 = b40[i117];
    const float v127 = ((0x1.ff7ceep-1f) * v126);
    const float v128 = ((0x1.0624dep-10f) * v123);
    const float v129 = (v128 * v123);
    const float v130 = (v127 + v129);
    b41[i117] = v130;
    const float v131 = (v125 / v8);
    const float v132 = ((0x1.0624dep-9f) * v131);
    const float v133 = (v130 / v10);
    const float v134 = F64(sqrt, v133);
    const float v135 = (v134 + (0x1.5798eep-27f));
    const float v136 = (v132 / v135);
    const float v137 = (v121 - v136);
    b42[i117] = v137;
    const float v138 = b43[i117];
    const float v139 = ((0x1.ccccccp-1f) * v138);
    const float v140 = b44[i117];
    const float v141 = (0.0f * v140);
    const float v142 = (v120 + v141);
    const float v143 = ((0x1.99999ap-4f) * v142);
    const float v144 = (v139 + v143);
    b45[i117] = v144;
    const float v145 = b46[i117];
    const float v146 = ((0x1.ff7ceep-1f) * v145);
    const float v147 = ((0x1.0624dep-10f) * v142);
    const float v148 = (v147 * v142);
    const float v149 = (v146 + v148);
    b47[i117] = v149;
    const float v150 = (v144 / v8);
    const float v151 = ((0x1.0624dep-9f) * v150);
    const float v152 = (v149 / v10);
    const float v153 = F64(sqrt, v152);
    const float v154 = (v153 + (0x1.5798eep-27f));
    const float v155 = (v151 / v154);
    const float v156 = (v140 - v155);
    b48[i117] = v156;
    const float v157 = b49[i117];
    const float v158 = ((0x1.ccccccp-1f) * v157);
    const float v159 = b50[i117];
    const float v160 = b51[i117];
    const float v161 = (0.0f * v160);
    const float v162 = (v159 + v161);
    const float v163 = ((0x1.99999ap-4f) * v162);
    const float v164 = (v158 + v163);
    b52[i117] = v164;
    const float v165 = b53[i117];
    const float v166 = ((0x1.ff7ceep-1f) * v165);
    const float v167 = ((0x1.0624dep-10f) * v162);
    const float v168 = (v167 * v162);
    const float v169 = (v166 + v168);
    b54[i117] = v169;
    const float v170 = (v164 / v8);
    const float v171 = ((0x1.0624dep-9f) * v170);
    const float v172 = (v169 / v10);
    const float v173 = F64(sqrt, v172);
    const float v174 = (v173 + (0x1.5798eep-27f));
    const float v175 = (v171 / v174);
    const float v176 = (v160 - v175);
    b55[i117] = v176;
    const float v177 = b56[i117];
    const float v178 = ((0x1.ccccccp-1f) * v177);
    const float v179 = b57[i117];
    const float v180 = (0.0f * v179);
    const float v181 = (v159 + v180);
    const float v182 = ((0x1.99999ap-4f) * v181);
    const float v183 = (v178 + v182);
    b58[i117] = v183;
    const float v184 = b59[i117];
    const float v185 = ((0x1.ff7ceep-1f) * v184);
    const float v186 = ((0x1.0624dep-10f) * v181);
    const float v187 = (v186 * v181);
    const float v188 = (v185 + v187);
    b60[i117] = v188;
    const float v189 = (v183 / v8);
    const float v190 = ((0x1.0624dep-9f) * v189);
    const float v191 = (v188 / v10);
    const float v192 = F64(sqrt, v191);
    const float v193 = (v192 + (0x1.5798eep-27f));
    const float v194 = (v190 / v193);
    const float v195 = (v179 - v194);
    b61[i117] = v195;
    const float v196 = b62[i117];
    const float v197 = ((0x1.ccccccp-1f) * v196);
    const float v198 = b63[i117];
    const float v199 = b64[i117];
    const float v200 = (0.0f * v199);
    const float v201 = (v198 + v200);
    const float v202 = ((0x1.99999ap-4f) * v201);
    const float v203 = (v197 + v202);
    b65[i117] = v203;
    const float v204 = b66[i117];
    const float v205 = ((0x1.ff7ceep-1f) * v204);
    const float v206 = ((0x1.0624dep-10f) * v201);
    const float v207 = (v206 * v201);
    const float v208 = (v205 + v207);
    b67[i117] = v208;
    const float v209 = (v203 / v8);
    const float v210 = ((0x1.0624dep-9f) * v209);
    const float v211 = (v208 / v10);
    const float v212 = F64(sqrt, v211);
    const float v213 = (v212 + (0x1.5798eep-27f));
    const float v214 = (v210 / v213);
    const float v215 = (v199 - v214);
    b68[i117] = v215;
    const float v216 = b69[i117];
    const float v217 = ((0x1.ccccccp-1f) * v216);
    const float v218 = b70[i117];
    const float v219 = (0.0f * v218);
    const float v220 = (v198 + v219);
    const float v221 = ((0x1.99999ap-4f) * v220);
    const float v222 = (v217 + v221);
    b71[i117] = v222;
    const float v223 = b72[i117];
    const float v224 = ((0x1.ff7ceep-1f) * v223);
    const float v225 = ((0x1.0624dep-10f) * v220);
    const float v226 = (v225 * v220);
    const float v227 = (v224 + v226);
    b73[i117] = v227;
    const float v228 = (v222 / v8);
    const float v229 = ((0x1.0624dep-9f) * v228);
    const float v230 = (v227 / v10);
    const float v231 = F64(sqrt, v230);
    const float v232 = (v231 + (0x1.5798eep-27f));
    const float v233 = (v229 / v232);
    const float v234 = (v218 - v233);
    b74[i117] = v234;
  } else if (gid < 56576) {
    const int i235 = gid - 23808;
    const float v236 = b75[i235];
    const float v237 = ((0x1.ccccccp-1f) * v236);
    const float v238 = b76[i235];
    const float v239 = b77[i235];
    const float v240 = (0.0f * v239);
    const float v241 = (v238 + v240);
    const float v242 = ((0x1.99999ap-4f) * v241);
    const float v243 = (v237 + v242);
    b78[i235] = v243;
    const float v244 = b79[i235];
    const float v245 = ((0x1.ff7ceep-1f) * v244);
    const float v246 = ((0x1.0624dep-10f) * v241);
    const float v247 = (v246 * v241);
    const float v248 = (v245 + v247);
    b80[i235] = v248;
    const float v249 = (v243 / v8);
    const float v250 = ((0x1.0624dep-9f) * v249);
    const float v251 = (v248 / v10);
    const float v252 = F64(sqrt, v251);
    const float v253 = (v252 + (0x1.5798eep-27f));
    const float v254 = (v250 / v253);
    const float v255 = (v239 - v254);
    b81[i235] = v255;
  } else if (gid < 57216) {
    const int i256 = gid - 56576;
    const float v257 = b82[i256];
    const float v258 = ((0x1.ccccccp-1f) * v257);
    const float v259 = b83[i256];
    const float v260 = b84[i256];
    const float v261 = (0.0f * v260);
    const float v262 = (v259 + v261);
    const float v263 = ((0x1.99999ap-4f) * v262);
    const float v264 = (v258 + v263);
    b85[i256] = v264;
    const float v265 = b86[i256];
    const float v266 = ((0x1.ff7ceep-1f) * v265);
    const float v267 = ((0x1.0624dep-10f) * v262);
    const float v268 = (v267 * v262);
    const float v269 = (v266 + v268);
    b87[i256] = v269;
    const float v270 = (v264 / v8);
    const float v271 = ((0x1.0624dep-9f) * v270);
    const float v272 = (v269 / v10);
    const float v273 = F64(sqrt, v272);
    const float v274 = (v273 + (0x1.5798eep-27f));
    const float v275 = (v271 / v274);
    const float v276 = (v260 - v275);
    b88[i256] = v276;
  } else if (gid < 57226) {
    const int i277 = gid - 57216;
    const float v278 = b89[i277];
    const float v279 = ((0x1.ccccccp-1f) * v278);
    const float v280 = b90[i277];
    const float v281 = b91[i277];
    const float v282 = (0.0f * v281);
    const float v283 = (v280 + v282);
    const float v284 = ((0x1.99999ap-4f) * v283);
    const float v285 = (v279 + v284);
    b92[i277] = v285;
    const float v286 = b93[i277];
    const float v287 = ((0x1.ff7ceep-1f) * v286);
    const float v288 = ((0x1.0624dep-10f) * v283);
    const float v289 = (v288 * v283);
    const float v290 = (v287 + v289);
    b94[i277] = v290;
    const float v291 = (v285 / v8);
    const float v292 = ((0x1.0624dep-9f) * v291);
    const float v293 = (v290 / v10);
    const float v294 = F64(sqrt, v293);
    const float v295 = (v294 + (0x1.5798eep-27f));
    const float v296 = (v292 / v295);
    const float v297 = (v281 - v296);
    b95[i277] = v297;
  }
}
