package dev.nnc.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.jvm.Formula;
import dev.nnc.runtime.jvm.ImageProgram;
import dev.nnc.runtime.jvm.ProgramImage;
import dev.nnc.runtime.jvm.WindowKernel;
import dev.nnc.shape.Dim;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A JVM program exported ahead of time ({@link JvmProgram#export}), written to bytes, read
 * back and loaded by the runtime ({@link ImageProgram}) gives the results of the program it
 * came from bit for bit: training steps of samples with matrix products, convolutions and
 * pooling, and loops, at two batch sizes in a row; and the runtime's classes alone load it.
 */
class ProgramImageTest {
  @TestFactory
  Stream<DynamicTest> anImageRunsAsItsProgramDoes() {
    return Stream.of("fashion_mlp", "lenet5", "lstm_rows", "transformer_encoder", "lstm over T").map(s -> DynamicTest.dynamicTest(s, () -> {
      Sample sample = s.equals("lstm over T") ? Sample.of("seq.nn", SEQUENCE) : Sample.of(s);
      if (s.equals("lstm over T")) {
        assertTrue(sample.program.export().launches().stream().anyMatch(ProgramImage.Loop.class::isInstance), "no loop");
      }
      ProgramImage image = sample.program.export();
      assertReferencesOnlyTheRuntime(image);
      ImageProgram loaded = ImageProgram.load(ProgramImage.read(new ByteArrayInputStream(bytes(image))));
      for (long batch : new long[] {4, 3}) {
        Map<String, Long> sizes = Map.of("B", batch, "T", 3L);
        Map<String, float[]> leaves = sample.leaves(sizes);
        List<float[]> want = sample.program.run(copy(leaves), sizes);
        List<float[]> got = loaded.run(copy(leaves), sizes);
        assertEquals(want.size(), got.size());
        for (int r = 0; r < want.size(); r++) {
          int root = r;
          assertTrue(Arrays.equals(want.get(r), got.get(r)), () -> s + " at batch " + batch + ": result " + root + " differs");
        }
      }
    }));
  }

  /**
   * A window op's chain ({@link WindowKernel#then}: a convolution, its bias and ReLU, the
   * pooling...; the pooling's scatter, the ReLU's mask, the input gradient...), run image by
   * image, gives what the same launches give run one after another: the same image with every
   * chain taken apart runs to the same bits, with the convolutions on their per-image layout and
   * forced onto the batch-wide one (where the chain runs its stages as launches).
   */
  @TestFactory
  Stream<DynamicTest> aChainRunsAsItsLaunchesDo() {
    return Stream.of("small_cnn", "bench cnn", "vgg").map(s -> DynamicTest.dynamicTest(s, () -> {
      Sample sample = s.equals("bench cnn")
          ? Sample.of("cnn.nn", java.nio.file.Files.readString(RepoRoot.get().resolve("bench/models/cnn.nn")))
          : Sample.of(s);
      ProgramImage image = sample.program.export();
      List<ProgramImage.Launch> apart = image.launches().stream().map(l -> l instanceof WindowKernel w && w.then().length > 0
          ? new WindowKernel(w.op(), w.first(), w.second(), w.out(), w.sizes(), w.window()) : l).toList();
      long chained = image.launches().stream().filter(l -> l instanceof WindowKernel w && w.then().length > 0).count();
      assertTrue(chained >= 2, () -> s + " has " + chained + " chains, not a forward and a backward one");
      ImageProgram unchained = ImageProgram.load(new ProgramImage(image.formulas(), image.slotElements(), image.integers(), image.leaves(),
          image.constants(), image.roots(), image.work(), apart, image.host(), image.classes(), image.vector()));
      for (String path : new String[] {null, "batch"}) {
        String before = System.getProperty(dev.nnc.runtime.jvm.Conv.PATH_PROPERTY);
        if (path != null) System.setProperty(dev.nnc.runtime.jvm.Conv.PATH_PROPERTY, path);
        try {
          for (long batch : new long[] {4, 3}) {
            Map<String, Long> sizes = Map.of("B", batch);
            Map<String, float[]> leaves = sample.leaves(sizes);
            List<float[]> want = unchained.run(copy(leaves), sizes);
            List<float[]> got = sample.program.run(copy(leaves), sizes);
            assertEquals(want.size(), got.size());
            for (int r = 0; r < want.size(); r++) {
              int root = r;
              assertTrue(Arrays.equals(want.get(r), got.get(r)), () -> s + " at batch " + batch + " (" + path + "): result " + root + " differs");
            }
          }
        } finally {
          if (before == null) System.clearProperty(dev.nnc.runtime.jvm.Conv.PATH_PROPERTY);
          else System.setProperty(dev.nnc.runtime.jvm.Conv.PATH_PROPERTY, before);
        }
      }
    }));
  }

  /**
   * The runtime's classes alone run an image: a class loader that sees runtime/target/classes
   * and the JDK, and nothing of the compiler, reads, loads and runs it to the same results.
   */
  @TestFactory
  Stream<DynamicTest> theRuntimeAloneRunsAnImage() {
    return Stream.of("lenet5", "lstm over T").map(s -> DynamicTest.dynamicTest(s, () -> {
      Sample sample = s.equals("lstm over T") ? Sample.of("seq.nn", SEQUENCE) : Sample.of(s);
      byte[] image = bytes(sample.program.export());
      URL runtime = RepoRoot.get().resolve("runtime/target/classes").toUri().toURL();
      try (URLClassLoader alone = new URLClassLoader(new URL[] {runtime}, ClassLoader.getPlatformClassLoader())) {
        assertThrows(ClassNotFoundException.class, () -> alone.loadClass(JvmProgram.class.getName()));
        Class<?> imageClass = alone.loadClass(ProgramImage.class.getName());
        Class<?> programClass = alone.loadClass(ImageProgram.class.getName());
        assertEquals(alone, programClass.getClassLoader());
        Object read = imageClass.getMethod("read", InputStream.class).invoke(null, new ByteArrayInputStream(image));
        Object loaded = programClass.getMethod("load", imageClass).invoke(null, read);
        Method run = programClass.getMethod("run", Map.class, Map.class);
        for (long batch : new long[] {5, 2}) {
          Map<String, Long> sizes = Map.of("B", batch, "T", 4L);
          Map<String, float[]> leaves = sample.leaves(sizes);
          List<float[]> want = sample.program.run(copy(leaves), sizes);
          @SuppressWarnings("unchecked")
          List<float[]> got = (List<float[]>) run.invoke(loaded, copy(leaves), sizes);
          assertEquals(want.size(), got.size());
          for (int r = 0; r < want.size(); r++) assertTrue(Arrays.equals(want.get(r), got.get(r)), "result " + r + " at batch " + batch);
        }
      }
    }));
  }

  @Test
  void aCorruptImageIsRefusedWithAMessage() throws Exception {
    byte[] image = bytes(Sample.of("fashion_mlp").program.export());
    assertEquals("the program image is truncated: it ends before its last launch and class",
        refusal(Arrays.copyOf(image, image.length / 2)));
    assertEquals("the program image is truncated: it ends before its last launch and class", refusal(new byte[2]));
    byte[] magic = image.clone();
    magic[0] = 'X';
    assertEquals("not an nnc program image: it starts with 0x584E4350, not NNCP", refusal(magic));
    byte[] version = image.clone();
    version[7] = 9;
    assertEquals("program image version 9, but this runtime reads version " + ProgramImage.VERSION, refusal(version));
    // Every cut and many a flipped byte give a message (or, where only numbers changed, an image), never another exception.
    for (int cut = 0; cut < image.length; cut += 97) refusal(Arrays.copyOf(image, cut));
    Random random = new Random(8);
    for (int i = 0; i < 300; i++) {
      byte[] flipped = image.clone();
      flipped[8 + random.nextInt(flipped.length - 8)] ^= (byte) (1 << random.nextInt(8));
      try {
        ProgramImage.read(new ByteArrayInputStream(flipped));
      } catch (IllegalArgumentException e) {
        assertNotNull(e.getMessage());
      }
    }
  }

  @Test
  void anInconsistentImageIsRefusedWhenMade() throws Exception {
    ProgramImage p = Sample.of("fashion_mlp").program.export();
    int slots = p.slotElements().length;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProgramImage(p.formulas(),
        p.slotElements(), p.integers(), p.leaves(), p.constants(), new int[] {slots}, p.work(), p.launches(), p.host(), p.classes(), p.vector()));
    assertEquals("corrupt program image: a root reads buffer slot " + slots + " of " + slots, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ProgramImage(p.formulas(), p.slotElements(), p.integers(), p.leaves(),
        p.constants(), p.roots(), p.work(), p.launches(), p.host(), Map.of(), p.vector()));
    assertTrue(e.getMessage().matches("corrupt program image: launch \\d+ names the class dev\\.nnc\\.jvm\\.gen\\.Kernel\\d+, which the image lacks"), e.getMessage());
  }

  /** A size with a fraction, a negative power and an opaque floor evaluates in the runtime as in the compiler. */
  @Test
  void aFormulaEvaluatesAsItsDimDoes() {
    Dim b = Dim.symbol("B"), h = Dim.symbol("H");
    Dim floor = h.minus(Dim.of(1)).floorDiv(Dim.of(2)).plus(b.times(h).floorDiv(Dim.of(3)));
    Dim d = floor.times(b).plus(b.times(h).over(Dim.of(2)).over(h)).plus(Dim.of(7));
    Formula f = JvmProgram.formula(d);
    assertEquals(d.toString(), f.text());
    for (long bv : new long[] {2, 4, 10}) {
      for (long hv : new long[] {1, 5, 28}) {
        Map<String, Long> sizes = Map.of("B", bv, "H", hv);
        assertEquals(d.evaluate(sizes), f.evaluate(sizes), sizes.toString());
      }
    }
    Map<String, Long> odd = Map.of("B", 3L, "H", 2L);
    assertEquals(assertThrows(IllegalArgumentException.class, () -> d.evaluate(odd)).getMessage(),
        assertThrows(IllegalArgumentException.class, () -> f.evaluate(odd)).getMessage());
    assertEquals("no value for size H", assertThrows(IllegalArgumentException.class, () -> f.evaluate(Map.of("B", 2L))).getMessage());
  }

  /** The message reading gives, or null when the bytes read as an image. */
  private static String refusal(byte[] bytes) throws IOException {
    try {
      ProgramImage.read(new ByteArrayInputStream(bytes));
      return null;
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage());
      return e.getMessage();
    }
  }

  /**
   * Every class an image carries (its loops' bodies' too) names no class of nnc's but the
   * runtime's and its own: so no branch a run did not take can need the compiler either.
   */
  private static void assertReferencesOnlyTheRuntime(ProgramImage image) {
    image.classes().forEach((name, bytes) -> {
      String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      for (int at = text.indexOf("dev/nnc/"); at >= 0; at = text.indexOf("dev/nnc/", at + 1)) {
        String ref = text.substring(at, Math.min(text.length(), at + 40));
        assertTrue(ref.startsWith("dev/nnc/runtime/") || ref.startsWith("dev/nnc/jvm/gen/"), () -> name + " names " + ref);
      }
    });
    for (ProgramImage.Launch l : image.launches()) {
      if (l instanceof ProgramImage.Loop loop) assertReferencesOnlyTheRuntime(loop.body());
    }
  }

  private static Map<String, float[]> copy(Map<String, float[]> leaves) {
    Map<String, float[]> out = new HashMap<>();
    leaves.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  private static byte[] bytes(ProgramImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    image.write(out);
    return out.toByteArray();
  }

  /** An LSTM over a sequence of unknown length T: its scans stay loops, forward and backward. (Its data is not read here.) */
  private static final String SEQUENCE = """
      use std.nn.{Linear}
      use std.rnn.{LSTM}
      use std.loss.{cross_entropy}
      use std.optim.{Adam}

      model Seq(hidden: int = 6) {
        input x: f32[B, T, 4]
        target y: i32[B]
        lstm = LSTM(4, hidden)
        fc = Linear(hidden, 3)
        h0 = zeros(f32[B, hidden])
        (_, last, _) = lstm.run(x, h0, h0)
        output logits = fc(last)
        loss cross_entropy(logits, y)
      }

      train Seq {
        data      fashion_mnist("train")
        optimizer Adam(lr: 1e-3)
      }
      """;

  /** A sample's training step compiled for the JVM, and leaves for it. */
  private record Sample(Lower.Step step, JvmProgram program, Map<Node, Array> initial) {
    static Sample of(String name) throws IOException {
      Path file = RepoRoot.get().resolve("samples").resolve(name + ".nn");
      return of(name + ".nn", java.nio.file.Files.readString(file));
    }

    static Sample of(String name, String text) {
      Checker checker = new Checker();
      Lower.Step step = Pipeline.standard().step(checker, checker.checkText(name, text), null, 3);
      assertNotNull(step, () -> dev.nnc.diag.Renderer.raw(checker.diagnostics().sorted()));
      TrainingStep t = TrainingStep.of(step);
      JvmProgram program = JvmProgram.compile(t.roots(), t.update(), t.gradients());
      return new Sample(step, program, Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of()));
    }

    Map<String, float[]> leaves(Map<String, Long> sizes) {
      Map<String, float[]> leaves = new HashMap<>();
      step.inits().forEach((name, node) -> {
        double[] d = initial.get(node).data();
        float[] f = new float[d.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
        leaves.put(name, f);
      });
      Random random = new Random(sizes.get("B"));
      for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
        float[] v = new float[Math.toIntExact(Array.size(Array.shapeOf(in.getValue().type(), sizes)))];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.getValue().type().dtype().isFloat() ? (float) random.nextGaussian()
              : in.getKey().equals("step") ? 1 : random.nextInt(2);
        }
        leaves.put(in.getKey(), v);
      }
      return leaves;
    }
  }
}
