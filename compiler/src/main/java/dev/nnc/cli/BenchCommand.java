package dev.nnc.cli;

import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.train.BoundStep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc bench FILE}: the training throughput of a model's step on a device, on random
 * data of the model's input shapes, as one JSON line. The step really trains: each step's
 * new parameters and states feed the next.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures training steps per second of a model on a device; prints one JSON line.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model to measure when the file has several (default: the one the train block trains)")
  String model;

  @Option(names = "--batch", defaultValue = "128", paramLabel = "N", description = "the batch size (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "auto (default: an OpenCL GPU if there is one, else jvm), jvm, opencl[:N] or reference")
  String device;

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "S", description = "seconds of steps before measuring (default ${DEFAULT-VALUE})")
  double warmup;

  @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "seconds of steps measured (default ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--profile", description = "also print the launches that took the most time (jvm and opencl devices)")
  boolean profile;

  @Option(names = "--size", paramLabel = "NAME=N",
      description = "the size of an input's symbolic dimension other than the batch (default: as nnc train binds it from the train block's data set); repeatable")
  List<String> sizeOptions = new java.util.ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    Device d;
    try {
      d = Devices.byName(device);
    } catch (dev.nnc.runtime.opencl.OpenCl.Unavailable e) {
      err.println("nnc: note: --device " + device + ": " + e.getMessage() + "; running on the JVM backend (nnc doctor says what to install)");
      d = new dev.nnc.jvm.JvmDevice();
    }
    if (d == null) {
      err.println("nnc: no device `" + device + "`; the devices are " + String.join(", ", Devices.names()));
      return Main.USAGE;
    }
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    Lower.Step step = c.checker().diagnostics().hasErrors() ? null : Pipeline.standard().step(c.checker(), c.module(), model, 42);
    if (step == null) return Models.diagnostics(c.checker(), out);
    TrainingStep program = TrainingStep.of(step);
    Executable exe;
    try {
      exe = program.compile(d);
    } catch (Device.UnsupportedProgram e) {
      err.println("nnc: " + file + ": " + e.getMessage());
      return Main.FAULT;
    }
    Map<String, Long> sizes = sizes(step, c, err);
    if (sizes == null) return Main.USAGE;
    Map<String, float[]> state = new LinkedHashMap<>(), leaves = new HashMap<>();
    Integer noState = Models.stateLimit(step.name(), step.inits(), dev.nnc.pipeline.InitialState.FLOAT32, c.module().file(), step.train(), out);
    if (noState != null) return noState;
    state.putAll(dev.nnc.pipeline.InitialState.draw(step.inits()).values());
    Random random = new Random(42);
    Integer tooBig = Models.sizeLimit(Models.roots(step, program.roots()), sizes, "--batch", out);
    if (tooBig != null) return tooBig;
    for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
      if (in.getKey().equals("step")) continue; // the bound step counts its steps
      long[] shape = Array.shapeOf(in.getValue().type(), sizes);
      float[] v = new float[Math.toIntExact(Array.size(shape))];
      boolean real = in.getValue().type().dtype().isFloat();
      for (int i = 0; i < v.length; i++) v[i] = real ? (float) random.nextGaussian() : random.nextInt(2);
      leaves.put(in.getKey(), v);
    }
    // The step bound to its state, as nnc train runs it: only the batch moves in and the loss out.
    BoundStep bound = exe.bind(state, program.names().subList(1, program.names().size()));
    long steps = run(bound, leaves, sizes, warmup, 0);
    if (profile && exe instanceof dev.nnc.jvm.JvmProgram p) p.startProfile();
    if (profile && exe instanceof dev.nnc.opencl.ClProgram p) p.startProfile();
    long started = System.nanoTime();
    long before = steps;
    steps = run(bound, leaves, sizes, seconds, steps) - before;
    double elapsed = (System.nanoTime() - started) / 1e9;
    if (profile && exe instanceof dev.nnc.jvm.JvmProgram p) printProfile(p.profile(), p.describe(), steps, err);
    if (profile && exe instanceof dev.nnc.opencl.ClProgram p) printProfile(p.profile(), p.describe(), steps, err);
    out.printf(Locale.ROOT, "{\"impl\": \"nnc\", \"device\": \"%s\", \"model\": \"%s\", \"batch\": %d, \"steps\": %d, "
        + "\"samples_per_second\": %.1f}%n", d.name(), step.name(), batch, steps, steps * batch / elapsed);
    out.flush();
    return Main.OK;
  }

  /**
   * The sizes of the inputs' symbolic dimensions: the batch symbols (an input's first axis) are
   * {@code --batch}, a {@code --size NAME=N} is N, and the others are what {@code nnc train}
   * binds them to from the train block's data set (char_gpt's T is the fortunes' context).
   * Null after a usage error on {@code err}.
   */
  private Map<String, Long> sizes(Lower.Step step, Models.Checked c, PrintWriter err) {
    Set<String> first = new TreeSet<>(), others = new TreeSet<>();
    for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
      if (in.getKey().equals("step")) continue;
      List<dev.nnc.shape.Dim> dims = in.getValue().type().dims();
      for (int i = 0; i < dims.size(); i++) {
        String s = dims.get(i).asSymbol();
        if (i == 0 && s != null) first.add(s);
        else others.addAll(dims.get(i).symbols());
      }
    }
    others.removeAll(first);
    Map<String, Long> sizes = new HashMap<>();
    for (String s : first) sizes.put(s, (long) batch);
    for (String option : sizeOptions) {
      int eq = option.indexOf('=');
      String name = eq < 0 ? option : option.substring(0, eq).strip();
      Long value = null;
      try {
        if (eq >= 0) value = Long.parseLong(option.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        // said below
      }
      if (value == null || value < 1) {
        err.println("nnc: --size " + option + ": give NAME=N, N a whole number of at least 1 (--size T=64)");
        return null;
      }
      if (first.contains(name)) {
        err.println("nnc: --size " + option + ": " + name + " is the batch size; give it with --batch");
        return null;
      }
      if (!others.contains(name)) {
        err.println("nnc: --size " + option + ": the inputs of " + step.name() + " have no size `" + name + "`; "
            + (others.isEmpty() ? "their only sizes are the batch's (--batch)" : "their sizes other than the batch are " + String.join(", ", others)));
        return null;
      }
      sizes.put(name, value);
    }
    if (!sizes.keySet().containsAll(others)) {
      // As nnc train binds them: from the shapes of the train block's data set.
      Lower.DataCall call = Lower.data(c.checker(), step.train());
      String why = "the train block names no data set";
      if (call != null) {
        try {
          Feed data = new Feed(dev.nnc.runtime.data.Datasets.load(call.name(), call.args()));
          data.sizes(step.inputs(), batch).forEach((s, v) -> {
            if (others.contains(s)) sizes.putIfAbsent(s, v);
          });
          why = "the data set `" + call.name() + "` does not give it";
        } catch (dev.nnc.runtime.DataException e) {
          why = "the data set `" + call.name() + "` cannot be read: " + e.getMessage();
        }
      }
      for (String s : others) {
        if (!sizes.containsKey(s)) {
          err.println("nnc: the inputs of " + step.name() + " have a size `" + s + "` that " + why + "; give it with --size " + s + "=N");
          return null;
        }
      }
    }
    return sizes;
  }

  /** Runs steps for about {@code seconds} after step {@code counted}; returns the count of steps run so far. */
  private static long run(BoundStep step, Map<String, float[]> batch, Map<String, Long> sizes, double seconds, long counted) {
    long end = System.nanoTime() + (long) (seconds * 1e9), steps = counted;
    do {
      step.step(batch, sizes, ++steps);
    } while (System.nanoTime() < end);
    return steps;
  }

  /** The ten launches that took the most time, per step, on stderr. */
  private static void printProfile(long[] nanos, String described, long steps, PrintWriter err) {
    String[] lines = described.split("\n");
    long total = 0;
    for (long t : nanos) total += t;
    Integer[] order = new Integer[nanos.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
    err.printf(Locale.ROOT, "%d launches, %.3f ms a step; the slowest:%n", nanos.length, total / 1e6 / steps);
    for (int i = 0; i < Math.min(Integer.getInteger("nnc.profile.lines", 10), order.length); i++) {
      String line = lines[order[i]];
      err.printf(Locale.ROOT, "  %7.3f ms %5.1f%%  %s%n", nanos[order[i]] / 1e6 / steps, 100.0 * nanos[order[i]] / total,
          line.length() > 110 ? line.substring(0, 110) + "..." : line);
    }
    err.flush();
  }
}
