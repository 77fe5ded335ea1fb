package dev.nnc.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.opencl.OpenClAvailable;
import dev.nnc.opencl.OpenClDevice;
import dev.nnc.runtime.opencl.ClContext;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.CopyingStep;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A training step bound to its state ({@link Executable#bind}) against the same program run
 * with the state passed in and copied back ({@link CopyingStep}): the same losses and states bit
 * for bit, step after step and across a change of batch size; a non-finite loss leaves the
 * state as it was; on the JVM a step allocates nothing.
 */
class ResidentStepTest {
  /** A sample's training step, its initial state and the names of the states it updates. */
  record Lowered(TrainingStep step, Map<String, float[]> state, List<String> next, Map<String, Node> inputs) {
    static Lowered of(String sample) {
      Checker checker = new Checker();
      Path file = RepoRoot.get().resolve("samples").resolve(sample + ".nn");
      Lower.Step s;
      try {
        s = Pipeline.standard().step(checker, checker.checkFile(file, sample + ".nn"), null, 42);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Map<Node, Array> initial = Reference.run(List.copyOf(s.inits().values()), Map.of(), Map.of());
      Map<String, float[]> state = new LinkedHashMap<>();
      s.inits().forEach((name, node) -> state.put(name, StepCheck.floats(initial.get(node).data())));
      TrainingStep t = TrainingStep.of(s);
      Map<String, Node> inputs = new LinkedHashMap<>(s.inputs());
      inputs.remove("step");
      return new Lowered(t, state, t.names().subList(1, t.names().size()), inputs);
    }

    /** Random inputs for {@code batch} samples, seeded. */
    Map<String, float[]> batch(long batch, long seed) {
      Map<String, float[]> out = new HashMap<>();
      Random random = new Random(seed);
      inputs.forEach((name, node) -> {
        float[] v = new float[Math.toIntExact(Array.size(Array.shapeOf(node.type(), StepCheck.sizes(batch))))];
        int classes = node.type().dtype().isFloat() ? 0 : 10;
        for (int i = 0; i < v.length; i++) v[i] = classes == 0 ? (float) random.nextGaussian() : random.nextInt(classes);
        out.put(name, v);
      });
      return out;
    }

    Map<String, float[]> zeros() {
      Map<String, float[]> out = new LinkedHashMap<>();
      state.forEach((name, v) -> out.put(name, new float[v.length]));
      return out;
    }
  }

  /** Six steps, the last two at another batch size, bound and copying; then a step on a NaN input. */
  static void sameAsCopying(Lowered l, Executable bound, Executable copying) {
    try (BoundStep a = bound.bind(l.state(), l.next()); BoundStep b = new CopyingStep(copying::run, l.state(), l.next())) {
      for (int k = 1; k <= 6; k++) {
        long batch = k <= 4 ? 8 : 5;
        Map<String, float[]> in = l.batch(batch, k);
        double la = a.step(in, StepCheck.sizes(batch), k), lb = b.step(in, StepCheck.sizes(batch), k);
        assertEquals(Double.doubleToLongBits(lb), Double.doubleToLongBits(la), "loss at step " + k);
      }
      Map<String, float[]> sa = l.zeros(), sb = l.zeros();
      a.read(sa);
      b.read(sb);
      sb.forEach((name, v) -> assertArrayEquals(v, sa.get(name), name + " after 6 steps"));
      // A NaN in the first element of every state: the loss is NaN, and the state stays as it was.
      Map<String, float[]> poisoned = l.zeros();
      a.read(poisoned);
      for (float[] v : poisoned.values()) v[0] = Float.NaN;
      a.write(poisoned);
      double loss = a.step(l.batch(8, 7), StepCheck.sizes(8), 7);
      assertTrue(Double.isNaN(loss), "a NaN in every state gives a NaN loss, not " + loss);
      Map<String, float[]> after = l.zeros();
      a.read(after);
      poisoned.forEach((name, v) -> assertArrayEquals(v, after.get(name), name + " changed by a step whose loss is NaN"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "small_cnn", "resnet_block", "lstm_rows", "transformer_encoder", "lstm_classifier"})
  void onTheJvmTheBoundStepIsTheCopyingStepBitForBit(String sample) {
    Lowered l = Lowered.of(sample);
    sameAsCopying(l, l.step().compile(new JvmDevice()), l.step().compile(new JvmDevice()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp", "resnet_block", "lstm_classifier"})
  void onOpenClTheBoundStepIsTheCopyingStepBitForBit(String sample) {
    OpenClDevice device = OpenClAvailable.device();
    Lowered l = Lowered.of(sample);
    sameAsCopying(l, l.step().compile(device), l.step().compile(device));
  }

  /**
   * After the first step, a step on OpenCL writes the batch and reads the loss (the step counter
   * is counted on the device): the bytes the context moves, counted. The state crosses the bus once each way: when the
   * first step writes it, and when it is read back.
   */
  @Test
  void onOpenClAStepMovesTheBatchInAndTheLossOut() {
    OpenClDevice device = OpenClAvailable.device();
    Lowered l = Lowered.of("fashion_mlp");
    Executable e = l.step().compile(device);
    ClContext context = device.context();
    long stateBytes = 0;
    for (float[] v : l.state().values()) stateBytes += 4L * v.length;
    try (BoundStep step = e.bind(l.state(), l.next())) {
      Map<String, float[]> in = l.batch(32, 1);
      long batchBytes = 4L * (in.get("x").length + in.get("y").length);
      step.step(in, StepCheck.sizes(32), 1);
      long written = context.bytesWritten(), read = context.bytesRead();
      for (int k = 2; k <= 11; k++) step.step(l.batch(32, k), StepCheck.sizes(32), k);
      assertEquals(10 * batchBytes, context.bytesWritten() - written, "bytes written by 10 steps");
      assertEquals(10 * 4, context.bytesRead() - read, "bytes read by 10 steps");
      long before = context.bytesRead();
      step.read(l.zeros());
      // and the 12 bytes of the fault cells of the labels' check (an index outside its axis is said then)
      assertEquals(stateBytes + 12, context.bytesRead() - before, "reading the state back");
    }
  }

  /**
   * A step allocates nothing: once the JIT has compiled the kernels, a window of 20 steps of the
   * MLP allocates not one byte on any thread, at batch 8 and then at batch 64 (the input alone of
   * one batch of 64 is 200 KB). Until then the Vector API's interpreted and C1-compiled paths
   * allocate a vector object per operation (about 2 KB a step here, gone after about 2,900 steps on
   * the machine this was written on). The JIT queues a method by invocation counts but compiles
   * it on its own threads, so on a busy machine the steps go on meanwhile: with a training run
   * beside it, 15,000 steps were not enough. The test allows 100,000 and stops at the first
   * window that allocates nothing (a step at batch 8 takes tens of microseconds). Before the state stayed in the program, a step
   * copied 3.2 MB of parameters and Adam state.
   */
  @Test
  void onTheJvmAStepAllocatesNothing() {
    Lowered l = Lowered.of("fashion_mlp");
    Executable e = l.step().compile(new JvmDevice());
    try (BoundStep step = e.bind(l.state(), l.next())) {
      long k = 0;
      for (int batch : new int[] {8, 64}) {
        long[] steps = {k};
        long least = leastAllocated(step, l, batch, 100_000, steps);
        assertEquals(0, least, "the fewest bytes 20 steps at batch " + batch + " allocated, in " + (steps[0] - k) + " steps");
        k = steps[0];
      }
    }
  }

  /**
   * The fewest bytes a window of 20 steps allocates over every thread, less what reading the
   * threads' counters allocates (measured in the same window), stepping until a window allocates
   * nothing or {@code limit} steps have run; {@code steps[0]} counts the steps.
   */
  private static long leastAllocated(BoundStep step, Lowered l, int batch, int limit, long[] steps) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Map<String, float[]> in = l.batch(batch, 1);
    Map<String, Long> sizes = StepCheck.sizes(batch);
    long least = Long.MAX_VALUE;
    for (long end = steps[0] + limit; steps[0] < end && least > 0; ) {
      long[] ids = threads.getAllThreadIds();
      long[] before = threads.getThreadAllocatedBytes(ids);
      long[] counted = threads.getThreadAllocatedBytes(ids); // what a reading allocates
      for (int k = 0; k < 20; k++) step.step(in, sizes, ++steps[0]);
      long[] after = threads.getThreadAllocatedBytes(ids);
      long total = 0;
      for (int i = 0; i < ids.length; i++) {
        if (before[i] >= 0 && after[i] >= 0) total += (after[i] - counted[i]) - (counted[i] - before[i]);
      }
      least = Math.min(least, total);
    }
    return least;
  }
}
