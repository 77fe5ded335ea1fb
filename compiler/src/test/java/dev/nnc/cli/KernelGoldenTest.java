package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kernel goldens: what both backends write for every sample's training step (or forward graph),
 * so a change to fusion, planning or a kernel writer shows in a diff of the code it makes, as
 * tinygrad's process replay does. {@code golden/kernels/S.cl} holds the OpenCL C
 * ({@code nnc compile --emit kernels -o DIR}: the index, then every kernel in launch order;
 * the shared prelude once, in {@code prelude.cl}), {@code golden/kernels/S.jvm} the JVM
 * backend's launches and classes as ASM's Textifier prints them ({@code --emit bytecode}).
 * A sample a backend refuses has the refusal as its golden text.
 *
 * <p>{@code -Dnnc.golden.update=true} rewrites them (and deletes those of samples that no
 * longer exist); review the diff before committing it.
 */
class KernelGoldenTest {
  static final Path DIR = EmitGoldenTest.GOLDEN.resolve("kernels");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> kernels() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : Samples.names()) {
      if (Samples.NOT_COMPILED.containsKey(sample)) continue;
      tests.add(DynamicTest.dynamicTest("opencl/" + sample, Samples.file(sample).toUri(), () -> openCl(sample)));
      tests.add(DynamicTest.dynamicTest("jvm/" + sample, Samples.file(sample).toUri(), () -> jvm(sample)));
    }
    return tests.stream();
  }

  private void openCl(String sample) throws IOException {
    Path out = tmp.resolve(sample);
    Samples.Result r = Samples.run("compile", Samples.file(sample).toString(), "--emit", "kernels", "-o", out.toString());
    StringBuilder text = new StringBuilder();
    if (r.exit() != Main.OK) {
      text.append("exit ").append(r.exit()).append('\n').append(r.out()).append(r.err());
    } else if (Files.exists(out.resolve("kernels.txt"))) {
      listing(out, text);
    } else { // a train block of several models: a directory per step
      try (Stream<Path> steps = Files.list(out)) {
        for (Path step : steps.sorted().toList()) {
          text.append("// ==== ").append(step.getFileName()).append('\n');
          listing(step, text);
        }
      }
    }
    EmitGoldenTest.compare(DIR.resolve(sample + ".cl"), relative(text.toString()));
  }

  /** The index of the kernels a directory holds, then each kernel without its include line; checks the prelude. */
  private static void listing(Path dir, StringBuilder text) throws IOException {
    String index = Files.readString(dir.resolve("kernels.txt"));
    text.append(index);
    for (String line : index.lines().skip(1).toList()) {
      String file = line.substring(0, line.indexOf(": "));
      String source = Files.readString(dir.resolve(file));
      text.append("\n// ---- ").append(file).append('\n').append(source.substring(source.indexOf('\n') + 1));
    }
    EmitGoldenTest.compare(DIR.resolve("prelude.cl"), Files.readString(dir.resolve("prelude.cl")));
  }

  private void jvm(String sample) throws IOException {
    Samples.Result r = Samples.run("compile", Samples.file(sample).toString(), "--emit", "bytecode");
    String text = r.exit() == Main.OK ? r.out() : "exit " + r.exit() + "\n" + r.out() + r.err();
    EmitGoldenTest.compare(DIR.resolve(sample + ".jvm"), relative(text));
  }

  /** The text with the checkout's path left out of the source places (samples/gan.nn:26:37). */
  private static String relative(String text) {
    return text.replace(RepoRoot.get().toAbsolutePath() + java.io.File.separator, "");
  }

  /** No kernel golden without its sample. */
  @Test
  void everyKernelGoldenBelongsToASample() throws IOException {
    List<String> samples = Samples.names();
    List<String> orphans = new ArrayList<>();
    if (!Files.isDirectory(DIR)) return;
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.equals("prelude.cl")) continue;
        String sample = name.replaceFirst("\\.(cl|jvm)$", "");
        if (samples.contains(sample) && !Samples.NOT_COMPILED.containsKey(sample)) continue;
        if (EmitGoldenTest.UPDATE) Files.delete(p);
        else orphans.add(name);
      }
    }
    assertTrue(orphans.isEmpty(), () -> "kernel goldens without a sample: " + orphans + " (-Dnnc.golden.update=true deletes them)");
  }
}
