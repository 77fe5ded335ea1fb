package dev.nnc.bench;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time per token of the character-level GPT's decoders (samples/char_gpt.nn: d_model 128,
 * 4 layers of 4 heads) with a context of 512, at a position of the buffer: {@code cached}, the
 * key/value-cache step of GptDecodeCached (one token through every layer, attention over the
 * cache), and {@code uncached}, GptDecode's step (the whole 512-token buffer through the model
 * for each token), each on one sequence on the JVM backend. The programs are those of
 * {@code decode_steps.nn}; an invocation decodes {@link #CACHED} (or {@link #UNCACHED}) tokens
 * from {@code position}, and JMH divides by that count. The weights are random (a fixed seed): the
 * work does not depend on them. Compare the positions in one run: the target is cached
 * time per token at 500 at most 1.5 times that at 50.
 *
 * <p>The repository root is the system property {@code nnc.root}, by default the working
 * directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
  /** Tokens an invocation decodes. */
  static final int CACHED = 8, UNCACHED = 2;

  @Param({"50", "500"})
  public int position;

  private Executable cached, uncached;
  private Map<String, float[]> cachedLeaves, uncachedLeaves;
  private final Map<String, Long> sizes = Map.of("B", 1L);

  @Setup
  public void setup() throws IOException {
    Path root = Path.of(System.getProperty("nnc.root", ".")).toAbsolutePath().normalize();
    Path sample = root.resolve("samples/char_gpt.nn");
    if (!Files.isRegularFile(sample)) {
      throw new IllegalStateException("no " + sample + "; run from the repository root or pass -Dnnc.root=DIR");
    }
    Path dir = Files.createTempDirectory("nnc-decode-bench");
    Files.copy(sample, dir.resolve("char_gpt.nn"));
    Path programs = dir.resolve("decode_steps.nn");
    try (InputStream in = DecodeBenchmark.class.getResourceAsStream("decode_steps.nn")) {
      Files.copy(in, programs);
    }
    Device jvm = new JvmDevice();
    cachedLeaves = new HashMap<>();
    uncachedLeaves = new HashMap<>();
    cached = compile(programs, "CachedSteps", CACHED, jvm, cachedLeaves);
    uncached = compile(programs, "UncachedSteps", UNCACHED, jvm, uncachedLeaves);
    System.out.println("nnc bench: char_gpt, context 512, tokens from position " + position + " on " + jvm.describe());
  }

  /** Lowers and compiles a program of decode_steps.nn from {@code position}; fills its leaves with random weights. */
  private Executable compile(Path file, String program, int steps, Device device, Map<String, float[]> leaves) throws IOException {
    if (position + steps > 512) {
      throw new IllegalStateException("position " + position + " + " + steps + " tokens runs past the context of 512");
    }
    Checker checker = new Checker();
    Modules.Module m = checker.checkFile(file, file.toString());
    Map<String, Long> args = new LinkedHashMap<>();
    args.put("from", (long) position);
    args.put("steps", (long) steps);
    Lower.Model lowered = checker.diagnostics().hasErrors() ? null : Pipeline.standard().lower(checker, m, program, 42, args);
    if (lowered == null) throw new IllegalStateException(program + ": " + checker.diagnostics().sorted());
    List<String> names = List.copyOf(lowered.outputs().keySet());
    List<Node> roots = Pipeline.standard().simplify(lowered.graph(), List.copyOf(lowered.outputs().values()),
        names.stream().map(n -> "output " + n).toList()).roots();
    Random r = new Random(7);
    for (Node n : Schedule.topological(roots)) {
      if (n.op() != Op.PARAM || !(n.attr() instanceof Attr.Leaf leaf)) continue;
      long count = 1;
      for (long d : Array.shapeOf(n.type(), Map.of())) count *= d;
      float[] v = new float[Math.toIntExact(count)];
      for (int i = 0; i < v.length; i++) v[i] = (float) (0.02 * r.nextGaussian());
      leaves.put(leaf.name(), v);
    }
    leaves.put(Session.STEP, new float[] {0});
    leaves.put(Session.SEED, new float[] {42});
    return device.compile(roots);
  }

  @Benchmark
  @OperationsPerInvocation(CACHED)
  public float cached() {
    return cached.run(cachedLeaves, sizes).get(0)[0];
  }

  @Benchmark
  @OperationsPerInvocation(UNCACHED)
  public float uncached() {
    return uncached.run(uncachedLeaves, sizes).get(0)[0];
  }
}
