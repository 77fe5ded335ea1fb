package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc compile --dump-after=PASS}: every pass of the pipeline prints its result; a wrong name is a usage error. */
class CompileCommandDumpTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyPassDumpsATrainingStep() {
    return Pipeline.names().stream().map(pass -> DynamicTest.dynamicTest(pass, () -> {
      Samples.Result r = Samples.run("compile", Samples.file("worked_221").toString(), "--dump-after=" + pass);
      assertEquals(Main.OK, r.exit(), r::all);
      assertTrue(r.out().startsWith("// after " + pass + ": "), r::all);
      assertTrue(r.out().lines().count() > 1, r::all);
    }));
  }

  @Test
  void theFusePassPrintsWhatEmitKernelsLists() {
    Samples.Result dump = Samples.run("compile", Samples.file("fashion_mlp").toString(), "--dump-after", "fuse");
    Samples.Result emit = Samples.run("compile", Samples.file("fashion_mlp").toString(), "--emit", "kernels");
    assertEquals(Main.OK, dump.exit(), dump::all);
    assertEquals(body(emit.out()), body(dump.out()));
    assertTrue(dump.out().contains("32 kernels"), dump::all); // with the labels read through a checking gather
  }

  @Test
  void theSimplifyPassPrintsTheStepTheDevicesCompile() {
    Samples.Result r = Samples.run("compile", Samples.file("worked_221").toString(), "--dump-after=simplify");
    assertEquals(Main.OK, r.exit(), r::all);
    List<String> named = r.out().lines().filter(l -> !l.startsWith("%") && !l.startsWith("//")).map(l -> l.split(" = ")[0]).toList();
    assertEquals("loss", named.get(0));
    assertTrue(named.contains("next hidden_weight") && named.contains("grad output_bias"), r::all);
  }

  @Test
  void aModelWithoutAnOptimizerHasNoOptimizerPass() {
    Samples.Result r = Samples.run("compile", Samples.file("ddpm").toString(), "--model", "DdpmSample", "--dump-after=optimizer");
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("// after optimizer: model DdpmSample has no optimizer", r.out().strip());
  }

  @Test
  void checkPrintsTheDiagnosticsAndExitsOne() throws IOException {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, "model M {\n  output y = nope\n}\n");
    Samples.Result r = Samples.run("compile", bad.toString(), "--dump-after=check");
    assertEquals(Main.INPUT_ERRORS, r.exit(), r::all);
    assertTrue(r.out().startsWith("// after check: ") && r.out().contains("nope"), r::all);
  }

  @Test
  void anUnknownPassIsAUsageErrorListingThePasses() {
    Samples.Result r = Samples.run("compile", Samples.file("worked_221").toString(), "--dump-after=lowering");
    assertEquals(Main.USAGE, r.exit(), r::all);
    assertEquals("nnc: no pass `lowering`; the passes are check, lower, unmask, differentiate, optimizer, simplify, fuse, plan, render",
        r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void compileNeedsEmitOrDumpAfter() {
    Samples.Result r = Samples.run("compile", Samples.file("worked_221").toString());
    assertEquals(Main.USAGE, r.exit(), r::all);
    Samples.Result both = Samples.run("compile", Samples.file("worked_221").toString(), "--emit", "ir", "--dump-after=lower");
    assertEquals(Main.USAGE, both.exit(), both::all);
  }

  /** The text after the first line (the header, which names the pass or the --emit). */
  private static String body(String out) {
    return out.substring(out.indexOf('\n') + 1);
  }
}
