package dev.nnc.bench;

import dev.nnc.runtime.jvm.Conv;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JVM backend's convolutions ({@link Conv}) on the layers of LeNet-5 and of the small CNN
 * at batch 128: forward, input gradient and weight gradient. A layer reads {@code
 * C>O:KxK/PAD@HxW} (stride 1, no dilation, one group): {@code 16>120:5x5/0@5x5} is LeNet's third
 * convolution, 16 to 120 channels, a 5×5 kernel without padding on a 5×5 input.
 *
 * <p>{@code path} sets {@link Conv#PATH_PROPERTY} for the run: {@code auto} lets Conv choose by
 * output size, {@code image} forces the per-image products and {@code batch} the batch-wide
 * ones, so each layout is timed beside the other in the same run. Setup prints the
 * multiply-adds per operation and the path {@code auto} takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ConvBenchmark {
  /** LeNet-5 conv1, conv2, conv3; small CNN conv1, conv2. */
  @Param({"1>6:5x5/2@28x28", "6>16:5x5/0@14x14", "16>120:5x5/0@5x5", "1>32:3x3/1@28x28", "32>64:3x3/1@14x14"})
  public String layer;

  @Param({"auto", "image", "batch"})
  public String path;

  @Param("128")
  public int batch;

  private int c;
  private int h;
  private int w;
  private int o;
  private int k;
  private int pad;
  private int oh;
  private int ow;
  private float[] x;
  private float[] weight;
  private float[] y;
  private float[] dy;
  private float[] dx;
  private float[] dw;
  private String previousPath;

  @Setup
  public void setup() {
    String[] parts = layer.split("[>:x/@]");
    c = Integer.parseInt(parts[0]);
    o = Integer.parseInt(parts[1]);
    k = Integer.parseInt(parts[2]);
    if (Integer.parseInt(parts[3]) != k) throw new IllegalArgumentException("square kernels only: " + layer);
    pad = Integer.parseInt(parts[4]);
    h = Integer.parseInt(parts[5]);
    w = Integer.parseInt(parts[6]);
    oh = h + 2 * pad - k + 1;
    ow = w + 2 * pad - k + 1;
    previousPath = System.getProperty(Conv.PATH_PROPERTY);
    if (path.equals("auto")) System.clearProperty(Conv.PATH_PROPERTY);
    else System.setProperty(Conv.PATH_PROPERTY, path);
    Random random = new Random(1);
    x = values(random, batch * c * h * w);
    weight = values(random, o * c * k * k);
    dy = values(random, batch * o * oh * ow);
    y = new float[batch * o * oh * ow];
    dx = new float[batch * c * h * w];
    dw = new float[o * c * k * k];
    boolean autoBatchWide = batch > 1 && oh * ow < Conv.SMALL_OUTPUT;
    System.out.printf("nnc bench: %s, batch %d, %.2f M multiply-adds per op, output %dx%d (auto: %s), vectorized=%b, threads=%d%n",
        layer, batch, 1e-6 * batch * o * c * k * k * oh * ow, oh, ow, autoBatchWide ? "batch-wide" : "per image",
        Gemm.vectorized(), Parallel.threads());
  }

  @TearDown
  public void tearDown() {
    if (previousPath == null) System.clearProperty(Conv.PATH_PROPERTY);
    else System.setProperty(Conv.PATH_PROPERTY, previousPath);
  }

  @Benchmark
  public float[] forward() {
    Conv.forward(x, weight, y, batch, c, h, w, o, k, k, oh, ow, 1, 1, pad, pad, 1, 1, 1);
    return y;
  }

  @Benchmark
  public float[] inputGrad() {
    Conv.inputGrad(dy, weight, dx, batch, c, h, w, o, k, k, oh, ow, 1, 1, pad, pad, 1, 1, 1);
    return dx;
  }

  @Benchmark
  public float[] weightGrad() {
    Conv.weightGrad(x, dy, dw, batch, c, h, w, o, k, k, oh, ow, 1, 1, pad, pad, 1, 1, 1);
    return dw;
  }

  private static float[] values(Random random, int size) {
    float[] a = new float[size];
    for (int i = 0; i < size; i++) a[i] = random.nextFloat() - 0.5f;
    return a;
  }
}
