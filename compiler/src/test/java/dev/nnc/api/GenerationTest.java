package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Devices;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.Epoch;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Session;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling one file of a source tree: packages from folders, local imports, located errors, and
 * the model files the classes open, which run as the source does.
 */
class GenerationTest {
  @TempDir Path root;

  private Path write(String name, String text) throws Exception {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  static final String LAYER = """
      use std.nn.{Linear}
      use std.act.{relu}

      layer Block(n: int) {
        fc = Linear(n, n)
        fn (x: f32[B, n]) -> f32[B, n] = relu(fc(x))
      }
      """;

  @Test
  void aFileInAFolderImportingALocalModule() throws Exception {
    write("models/parts/blocks.nn", LAYER);
    Path nn = write("models/net.nn", """
        use parts.blocks.{Block}
        use std.nn.{Linear}

        model Net {
          input x: f32[B, 4]
          block = Block(4)
          out = Linear(4, 1)
          output y = out(block(x))
        }
        """);
    assertEquals(List.of(root.resolve("models/parts/blocks.nn")), Generation.dependencies(nn));
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "com.example");
    assertEquals(List.of(), o.diagnostics());
    assertEquals(List.of("models/net.nn", "models/parts/blocks.nn"), o.sources());
    assertEquals(1, o.classes().size());
    Generation.Generated g = o.classes().get(0);
    assertEquals("com/example/models/Net.java", g.path());
    assertEquals("com/example/models/Net.nnm", g.modelPath());
    assertTrue(g.source().contains("MODEL_FILE = \"Net.nnm\""), g.source());
    assertTrue(g.source().contains("No train block trains it"), g.source());
  }

  /** A size that no input's length determines becomes a component of the Input record, after the arrays. */
  @Test
  void anOpenSizeIsARecordComponent() throws Exception {
    Path nn = write("seq.nn", """
        use std.nn.{Linear}

        model Seq {
          input x: f32[B, T, 4]
          fc = Linear(4, 2)
          output y = fc(x)
        }
        """);
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "p");
    assertEquals(List.of(), o.diagnostics());
    String java = o.classes().get(0).source();
    assertTrue(java.contains("public record Input(float[] x, int T) {"), java);
    assertTrue(java.contains("@param T the size {@code T}, which the inputs' lengths do not determine"), java);
    assertTrue(java.contains("Session.Result result = session.predict(values, Map.of(\"T\", (long) input.T()));"), java);
    assertTrue(java.contains("public record Output(float[] y) {"), java);
  }

  @Test
  void errorsAreLocatedLinesWithTheSourceBelow() throws Exception {
    Path nn = write("bad.nn", """
        use std.nn.{Linear}

        model Bad {
          input x: f32[B, 3]
          fc = Linear(4, 2)
          output y = fc(x)
        }
        """);
    Generation.Outcome o = Generation.compile(root, nn, nn.toString(), "");
    assertTrue(o.failed());
    assertEquals(List.of(), o.classes());
    List<String> lines = Generation.lines(o.diagnostics().get(0));
    assertTrue(lines.get(0).startsWith(nn + ":6:17: error[shape.arg]: "), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.contains("output y = fc(x)")), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.trim().startsWith("|") && l.contains("^")), lines::toString);
  }

  /**
   * The packaged model is the one a session compiles from the source on the JVM backend: its
   * predictions, its training (bit for bit, as that session and nnc train on that backend), its
   * checkpoints.
   */
  @Test
  void thePackagedModelRunsAsTheSourceDoes() throws Exception {
    Path nn = write("spirals.nn", SessionTest.SPIRALS);
    Generation.Generated g = Generation.compile(root, nn, nn.toString(), "p").classes().get(0);
    ModelFile file = ModelFile.read(new ByteArrayInputStream(g.model()));
    assertEquals("spirals.nn", file.spec().origin());
    assertEquals(List.of("x", "y"), file.spec().inputs().stream().map(f -> f.name()).toList());
    assertEquals(7, file.spec().seed());
    Session packaged = new Session(file.spec(), file.state(), file.programs());
    Session source = Sessions.open(nn, "Spirals", Devices.byName("jvm"));
    float[] x = {0.1f, 0.2f, -0.3f, 0.4f};
    assertArrayEquals(source.predict(Map.of("x", x), Map.of()).floats("probs"), packaged.predict(Map.of("x", x), Map.of()).floats("probs"));
    List<Epoch> a = source.fit(Datasets.spirals(96), FitOptions.defaults(), Progress.none());
    List<Epoch> b = packaged.fit(Datasets.spirals(96), FitOptions.defaults(), Progress.none());
    assertEquals(a.get(1).loss(), b.get(1).loss());
    for (String name : file.state().keySet()) assertArrayEquals(source.parameter(name).floats(), packaged.parameter(name).floats(), name);
    SessionTest.Run cli = SessionTest.nnc("train", nn.toString(), "--device", "jvm", "--out", root.resolve("cli").toString(), "-q");
    assertEquals(0, cli.exit(), cli.err());
    Checkpoint trained = Safetensors.read(root.resolve("cli/Spirals.safetensors"));
    for (String name : trained.tensors().keySet()) assertArrayEquals(trained.tensor(name).floats(), packaged.parameter(name).floats(), name);
    assertEquals(source.evaluate(Datasets.spirals(40)), packaged.evaluate(Datasets.spirals(40)));
    Path ckpt = root.resolve("s.safetensors");
    packaged.save(ckpt);
    source.load(ckpt);
    assertEquals(new Checkpoint.TrainingState(12, 2, 0, 7, 12), Safetensors.read(ckpt).trainingState());

    ModelException e = assertThrows(ModelException.class,
        () -> packaged.fit(Datasets.spirals(96), FitOptions.defaults().accumulate(2), Progress.none()));
    assertEquals("spirals.nn: the training step of model Spirals was compiled when the model was packaged, with the clipping and "
        + "accumulation of its train block; change `clip_norm`, `clip_value` or `accumulate` there, not in FitOptions", e.getMessage());
    packaged.fit(Datasets.spirals(96), FitOptions.defaults().epochs(3).learningRate(0.1), Progress.none()); // RuntimeLearningRateTest
    packaged.fit(Datasets.spirals(96), FitOptions.defaults().epochs(3).seed(8), Progress.none()); // no dropout: the seed orders batches
  }

  /**
   * The typed API of a model that generate programs use: its class, compiled with javac against the
   * runtime alone and loaded with its packaged model file, has a method per program, which run
   * with the weights {@code load} read give exactly the tokens {@code nnc sample} gives from the
   * same checkpoint for the same seed and count; another seed draws others. A session of the
   * source on the JVM backend samples the same.
   */
  @Test
  void theGeneratedSampleMethodsGiveWhatNncSampleGives() throws Exception {
    Path nn = root.resolve("lm/bigram.nn");
    Files.createDirectories(nn.getParent());
    Files.copy(ApiGoldenTest.DECODE.resolve("bigram.nn"), nn);
    Generation.Generated g = Generation.compile(root, nn, nn.toString(), "p").classes().get(0);
    assertEquals("p.lm", g.packageName());
    assertTrue(g.source().contains("public TopP topP(int count, long seed) {"), g.source());
    ModelFile file = ModelFile.read(new ByteArrayInputStream(g.model()));
    assertEquals(List.of("Greedy", "Temperature", "TopK", "TopP", "Beam", "Decoders"), List.copyOf(file.samples().keySet()),
        "every program but Prompted, which reads an input");

    // The class and its model file, compiled and loaded as an application would.
    Path classes = Files.createDirectories(root.resolve("classes"));
    Path java = root.resolve("src").resolve(g.path());
    Files.createDirectories(java.getParent());
    Files.writeString(java, g.source());
    Path packaged = classes.resolve(g.modelPath());
    Files.createDirectories(packaged.getParent());
    Files.write(packaged, g.model());
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    java.io.StringWriter log = new java.io.StringWriter();
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-classpath", ApiGoldenTest.RUNTIME_CLASSES.toString(),
        java.toString()), log::toString);

    Path ckpt = root.resolve("bigram.safetensors");
    java.util.Random r = new java.util.Random(3);
    Map<String, dev.nnc.runtime.Tensor> weights = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : Map.of("emb.weight", new int[] {10, 6}, "head.weight", new int[] {10, 6},
        "head.bias", new int[] {10}).entrySet()) {
      float[] v = new float[Arrays.stream(e.getValue()).reduce(1, (a, b) -> a * b)];
      for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
      weights.put(e.getKey(), dev.nnc.runtime.Tensor.f32(v, e.getValue()));
    }
    Safetensors.write(ckpt, weights, Map.of("format", "pt"));

    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        GenerationTest.class.getClassLoader())) {
      Class<?> bigram = loader.loadClass("p.lm.Bigram");
      Object model = bigram.getMethod("open").invoke(null);
      bigram.getMethod("load", Path.class).invoke(model, ckpt);
      for (String program : List.of("Greedy", "TopP", "Temperature")) {
        String method = Character.toLowerCase(program.charAt(0)) + program.substring(1);
        Object out = bigram.getMethod(method, int.class, long.class).invoke(model, 3, 9L);
        int[] tokens = (int[]) out.getClass().getMethod("tokens").invoke(out);
        Path npy = root.resolve(program + ".npy");
        SessionTest.Run cli = SessionTest.nnc("sample", nn.toString(), "--checkpoint", ckpt.toString(), "--program", program,
            "--device", "jvm", "--count", "3", "--seed", "9", "-o", npy.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertArrayEquals(dev.nnc.runtime.data.Npy.read(npy).ints(), tokens, program);
        assertEquals(3 * 12, tokens.length);
        if (program.equals("Temperature")) { // at temperature 4 another seed surely draws other tokens
          Object other = bigram.getMethod(method, int.class, long.class).invoke(model, 3, 10L);
          assertTrue(!Arrays.equals(tokens, (int[]) other.getClass().getMethod("tokens").invoke(other)), program + ": another seed");
        }
      }
      Session source = Sessions.open(nn, "Bigram", Devices.byName("jvm"));
      source.load(ckpt);
      Object out = bigram.getMethod("topP", int.class, long.class).invoke(model, 4, 5L);
      assertArrayEquals((int[]) out.getClass().getMethod("tokens").invoke(out), source.sample("TopP", 4, 5L).ints("tokens"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.sample("TopP", 4, 1L << 24));
      assertEquals("Bigram.TopP: seed must be from 0 to 16777215, found 16777216", e.getMessage());
      ModelException none = assertThrows(ModelException.class, () -> source.sample("Nope", 1, 1));
      assertTrue(none.getMessage().endsWith("no sample or generate program `Nope` uses model Bigram alone; those that do are "
          + "Greedy, Temperature, TopK, TopP, Beam, Decoders"), none.getMessage());
      bigram.getMethod("close").invoke(model);
    }
  }

  /** A missing, corrupt or foreign model file is refused naming the resource. */
  @Test
  void aBadModelFileIsRefusedNamingIt() throws Exception {
    ModelException e = assertThrows(ModelException.class, () -> Session.open(GenerationTest.class, "Nothing.nnm"));
    assertEquals("resource `Nothing.nnm` beside dev.nnc.api.GenerationTest is not on the class path; the nnc Maven plugin packages "
        + "it with the generated class", e.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> ModelFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})));
    assertEquals("not an nnc model file: it starts with 0x01020304, not NNCM", c.getMessage());
    Path nn = write("spirals.nn", SessionTest.SPIRALS);
    byte[] good = Generation.compile(root, nn, nn.toString(), "p").classes().get(0).model();
    c = assertThrows(IllegalArgumentException.class, () -> ModelFile.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length / 2))));
    assertEquals("the model file is truncated", c.getMessage());
  }

  /** A model whose programs the JVM backend cannot run gives no class, but an error at the model's name. */
  @Test
  void aModelTheJvmBackendCannotRunIsAnError() throws Exception {
    // The selected rows are an output, whose size only the data gives (the unmask pass rewrites only reductions of them).
    Path nn = write("picked.nn", """
        model Picked {
          input x: f32[N, 3]
          input mask: bool[N]
          output picked = x[mask]
        }
        """);
    Generation.Outcome o = Generation.compile(root, nn, "picked.nn", "p");
    assertTrue(o.failed());
    assertEquals(List.of(), o.classes());
    List<String> lines = Generation.lines(o.diagnostics().get(0));
    assertTrue(lines.get(0).matches("picked\\.nn:\\d+:\\d+: error\\[lower\\.unsupported\\]: model `Picked` on the JVM backend, where its "
        + "generated class runs it, cannot be compiled yet"), lines::toString);
    assertTrue(lines.stream().anyMatch(l -> l.contains("the JVM backend cannot run a mask select (picked.nn:4:19: `x[mask]`)")), lines::toString);
  }

  @Test
  void foldersMustBeJavaNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Generation.packageOf("com.example", Path.of("my-models")));
    assertEquals("`com.example.my-models` is not a Java package name; rename the folder or set packageName", e.getMessage());
    assertEquals("", Generation.packageOf("", null));
    assertEquals("a.b", Generation.packageOf("", Path.of("a/b")));
  }
}
