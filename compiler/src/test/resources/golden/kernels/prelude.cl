// nnc OpenCL prelude: helpers of the per-primitive templates
#pragma OPENCL FP_CONTRACT OFF
#ifdef NNC_FP64
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
typedef double acc_t;
typedef double2 acc_t2;
typedef double4 acc_t4;
typedef double8 acc_t8;
#define nnc_acc2 convert_double2
#define nnc_acc4 convert_double4
#define nnc_acc8 convert_double8
#define F64(f, x) ((float) f((double) (x)))
#define F64_2(f, x, y) ((float) f((double) (x), (double) (y)))
#else
typedef float acc_t;
typedef float2 acc_t2;
typedef float4 acc_t4;
typedef float8 acc_t8;
#define nnc_acc2(x) (x)
#define nnc_acc4(x) (x)
#define nnc_acc8(x) (x)
#define F64(f, x) f(x)
#define F64_2(f, x, y) f(x, y)
#endif
#define BOOL(c) ((c) ? 1.0f : 0.0f)
// Integer division toward zero, as Java's; by zero the int nearest the float quotient (Fn.div).
inline int nnc_idiv(int a, int b) {
  if (b == 0) return a > 0 ? INT_MAX : a < 0 ? INT_MIN : 0;
  return b == -1 ? (int) (0u - (uint) a) : a / b;
}
// An index read from the data, checked against its axis (Fn.index): outside it, the first
// such index and the axis's size go to the program's fault cells and 0 is read instead; the
// host reports it after the run.
inline int nnc_index(int i, int n, __global int* fault) {
  if (i >= 0 && i < n) return i;
  if (atomic_cmpxchg((volatile __global int*) fault, 0, 1) == 0) { fault[1] = i; fault[2] = n; }
  return 0;
}
inline float nnc_sigmoid(float x) {
#ifdef NNC_FP64
  return (float) (1.0 / (1.0 + exp(-(double) x)));
#else
  return 1.0f / (1.0f + exp(-x));
#endif
}
// Math.max and Math.min of Java: NaN if either is NaN.
inline float nnc_max(float a, float b) { return isnan(a) || isnan(b) ? NAN : fmax(a, b); }
inline float nnc_min(float a, float b) { return isnan(a) || isnan(b) ? NAN : fmin(a, b); }
// Philox-4x32-10 (dev.nnc.runtime.Philox): four words from (counter, key).
inline uint4 nnc_philox(uint4 c, uint2 k) {
  for (int round = 0; round < 10; round++) {
    if (round > 0) { k.x += 0x9E3779B9u; k.y += 0xBB67AE85u; }
    uint hi0 = mul_hi(0xD2511F53u, c.x), lo0 = 0xD2511F53u * c.x;
    uint hi1 = mul_hi(0xCD9E8D57u, c.z), lo1 = 0xCD9E8D57u * c.z;
    uint n0 = hi1 ^ c.y ^ k.x, n2 = hi0 ^ c.w ^ k.y;
    c = (uint4) (n0, lo1, n2, lo0);
  }
  return c;
}
// One float32 element: uniform in [0, 1) or standard normal (Box-Muller), as Philox.sampleF32.
inline float nnc_random(int normal, uint seed, uint stream, float step, int index) {
  long s = (long) step;
  uint4 o = nnc_philox((uint4) ((uint) index, 0u, (uint) s, (uint) (s >> 32)), (uint2) (seed, stream));
#ifdef NNC_FP64
  double u1 = (double) (o.x >> 8) * 0x1p-24;
  if (!normal) return (float) u1;
  double u2 = (double) (o.z >> 8) * 0x1p-24;
  return (float) (sqrt(-2.0 * log(1.0 - u1)) * cos(6.283185307179586 * u2));
#else
  float u1 = (float) (o.x >> 8) * 0x1p-24f;
  if (!normal) return u1;
  float u2 = (float) (o.z >> 8) * 0x1p-24f;
  return sqrt(-2.0f * log(1.0f - u1)) * cos(6.2831855f * u2);
#endif
}
inline int nnc_argmax(__global const float* x, int plane, int i, int j, int H, int W, int KH, int KW,
    int SH, int SW, int PH, int PW) {
  const int r0 = i * SH - PH, c0 = j * SW - PW;
  const int rlo = max(0, r0), rhi = min(H, r0 + KH), clo = max(0, c0), chi = min(W, c0 + KW);
  const int base = plane * H * W;
  int arg = base + rlo * W + clo;
  float best = x[arg];
  for (int r = rlo; r < rhi; r++)
    for (int c = r == rlo ? clo + 1 : clo; c < chi; c++) {
      if (isnan(best)) return arg;
      const float v = x[base + r * W + c];
      if (v > best || isnan(v)) { arg = base + r * W + c; best = v; }
    }
  return arg;
}
