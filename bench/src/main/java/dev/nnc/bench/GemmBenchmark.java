package dev.nnc.bench;

import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.Parallel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JVM backend's matrix multiply on the products of one training step of the Fashion-MNIST
 * MLP (784-256-256-10, batch 128). {@code vector} is {@link Gemm#sgemm}, {@code plain} the
 * plain-loop fallback, the baseline in the same run. A shape reads {@code LAYOUT:MxNxK}, where
 * LAYOUT gives transA and transB (N or T): {@code NT:128x256x784} is x[128,784] · W[256,784]ᵀ.
 * GFLOP/s = 2·M·N·K / time; setup prints the FLOPs per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GemmBenchmark {
  /** Forward fc1, fc2, fc3; backward input gradient of fc2 (dY · W); weight gradient of fc1 (dYᵀ · X). */
  @Param({"NT:128x256x784", "NT:128x256x256", "NT:128x10x256", "NN:128x784x256", "TN:256x784x128"})
  public String shape;

  private boolean transA;
  private boolean transB;
  private int m;
  private int n;
  private int k;
  private float[] a;
  private float[] b;
  private float[] c;

  @Setup
  public void setup() {
    String[] parts = shape.split("[:x]");
    transA = parts[0].charAt(0) == 'T';
    transB = parts[0].charAt(1) == 'T';
    m = Integer.parseInt(parts[1]);
    n = Integer.parseInt(parts[2]);
    k = Integer.parseInt(parts[3]);
    Random random = new Random(1);
    a = new float[m * k];
    b = new float[k * n];
    c = new float[m * n];
    for (int i = 0; i < a.length; i++) a[i] = random.nextFloat() - 0.5f;
    for (int i = 0; i < b.length; i++) b[i] = random.nextFloat() - 0.5f;
    System.out.printf("nnc bench: %s, %.3f MFLOP per op, vectorized=%b, threads=%d%n",
        shape, 2e-6 * m * n * k, Gemm.vectorized(), Parallel.threads());
  }

  @Benchmark
  public float[] vector() {
    Gemm.sgemm(transA, transB, m, n, k, a, 0, b, 0, c, 0);
    return c;
  }

  @Benchmark
  public float[] plain() {
    Gemm.sgemmPlain(transA, transB, m, n, k, a, 0, b, 0, c, 0);
    return c;
  }
}
