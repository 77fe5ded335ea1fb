package dev.nnc.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.Parallel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JVM backend's matrix multiply beside PyTorch's in the same JMH run, at the sizes of issue
 * #21. A {@code size} reads M x K x N: op(A) is [M, K], op(B) is [K, N], C is [M, N];
 * {@code layout} gives transA and transB (N or T), so {@code TN} is Aᵀ·B with A stored [K, M]
 * and {@code NT} is A·Bᵀ with B stored [N, K], the forms a training step's gradients use.
 *
 * <p>{@code nnc} is {@link Gemm#sgemm} on 2 threads (as a training step runs it on this
 * machine), {@code nnc1} on 1 thread; {@code torch} is PyTorch 2.7.1's {@code matmul} through
 * DJL on 2 intra-op threads, on arrays made at setup (transposed operands are views made at
 * setup, so torch hands BLAS a transpose flag, not a copy); its result is a new array each call,
 * closed at once. Every method runs in its own fork, so the thread counts are set at startup.
 * GFLOP/s = 2·M·N·K / time; both sizes are 51.38 MFLOP per operation.
 *
 * <p>{@code torch} needs DJL and PyTorch on the classpath: run the class from
 * {@code bench/target/classes} with {@code bench/target/torch.classpath} (docs/bench.md), not
 * from {@code benchmarks.jar}, which leaves them out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dnnc.threads=2"})
public class GemmBenchmark {
  @Param({"128x784x256", "256x784x128"})
  public String size;

  @Param({"NN", "TN", "NT"})
  public String layout;

  boolean transA;
  boolean transB;
  int m;
  int n;
  int k;
  float[] a;
  float[] b;
  float[] c;

  @Setup
  public void setup() {
    String[] dims = size.split("x");
    m = Integer.parseInt(dims[0]);
    k = Integer.parseInt(dims[1]);
    n = Integer.parseInt(dims[2]);
    transA = layout.charAt(0) == 'T';
    transB = layout.charAt(1) == 'T';
    Random random = new Random(1);
    a = new float[m * k];
    b = new float[k * n];
    c = new float[m * n];
    for (int i = 0; i < a.length; i++) a[i] = random.nextFloat() - 0.5f;
    for (int i = 0; i < b.length; i++) b[i] = random.nextFloat() - 0.5f;
  }

  @Benchmark
  public float[] nnc() {
    Gemm.sgemm(transA, transB, m, n, k, a, 0, b, 0, c, 0);
    return c;
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dnnc.threads=1"})
  public float[] nnc1() {
    Gemm.sgemm(transA, transB, m, n, k, a, 0, b, 0, c, 0);
    return c;
  }

  @Benchmark
  public void torch(Torch t, Blackhole bh) {
    try (NDArray product = t.a.matMul(t.b)) {
      bh.consume(product);
    }
  }

  /** PyTorch through DJL, loaded only in the forks of {@code torch}. */
  @State(Scope.Benchmark)
  public static class Torch {
    static final int THREADS = 2;
    NDManager manager;
    NDArray a;
    NDArray b;

    @Setup(Level.Trial)
    public void setup(GemmBenchmark g) {
      // Read when the engine starts: PyTorch comes from the native jar, never downloaded.
      System.setProperty("ai.djl.offline", "true");
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(THREADS));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
      Engine engine = Engine.getEngine("PyTorch");
      if (JniUtils.getNumThreads() != THREADS) {
        throw new IllegalStateException("PyTorch runs " + JniUtils.getNumThreads() + " threads, not " + THREADS);
      }
      manager = engine.newBaseManager();
      NDArray storedA = manager.create(g.a, g.transA ? new Shape(g.k, g.m) : new Shape(g.m, g.k));
      NDArray storedB = manager.create(g.b, g.transB ? new Shape(g.n, g.k) : new Shape(g.k, g.n));
      a = g.transA ? storedA.transpose() : storedA;
      b = g.transB ? storedB.transpose() : storedB;
      // The same product as nnc's: check one run against Gemm before timing anything.
      float[] expected = new float[g.m * g.n];
      Gemm.sgemm(g.transA, g.transB, g.m, g.n, g.k, g.a, 0, g.b, 0, expected, 0);
      try (NDArray product = a.matMul(b)) {
        float[] actual = product.toFloatArray();
        for (int i = 0; i < expected.length; i++) {
          if (Math.abs(actual[i] - expected[i]) > 1e-3f * (1 + Math.abs(expected[i]))) {
            throw new IllegalStateException("torch and nnc differ at " + i + ": " + actual[i] + " vs " + expected[i]);
          }
        }
      }
      System.out.printf("torch: %d intra-op threads, %s%n", JniUtils.getNumThreads(), Engine.getEngine("PyTorch").getVersion());
    }

    @TearDown(Level.Trial)
    public void close() {
      manager.close();
    }
  }
}
