package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.syntax.Ast;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc train FILE}: trains the model of a file's train block on a device. The step program
 * (every parameter's and state's next value, and the loss) is compiled once; the training state
 * lives as float32 arrays by name and every batch is fed as float32. After each epoch: validation
 * in evaluation mode, a JSON metrics line, an atomic safetensors checkpoint of the whole training
 * state (with the data position, so a run stopped mid-epoch resumes exactly) and a PNG of the curves.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the model of a file's train block: progress, validation, metrics, checkpoints and a plot of the curves.")
final class TrainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--epochs", paramLabel = "N", description = "overrides the train block's epochs")
  Integer epochs;

  @Option(names = "--steps", paramLabel = "N",
      description = "stops after step N (counted from the start, like --epochs), mid-epoch if need be: validates, saves a checkpoint --resume continues from")
  Long steps;

  @Option(names = "--batch", paramLabel = "N", description = "overrides the train block's batch size")
  Integer batch;

  @Option(names = "--lr", paramLabel = "X", description = "overrides the optimizer's learning rate (its `lr` argument)")
  Double lr;

  @Option(names = "--seed", paramLabel = "N", description = "overrides the train block's seed")
  Long seed;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "where the step runs: auto (default: an OpenCL GPU if there is one, else jvm), jvm, opencl[:N] (an OpenCL device; "
          + "nnc devices lists them) or reference "
          + "(the float64 evaluator, for small models); a program the device cannot run falls back with a note")
  String device;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
      description = "where the checkpoint and the plot go: DIR/MODEL.safetensors, DIR/MODEL.png (default ${DEFAULT-VALUE})")
  Path outDir;

  @Option(names = "--metrics", paramLabel = "FILE",
      description = "also write one JSON line per epoch: epoch, step, train_loss, val_loss, val_accuracy, samples_per_second")
  Path metrics;

  @Option(names = "--resume", paramLabel = "CKPT",
      description = "continue from a checkpoint nnc train wrote, exactly where it stopped; --epochs counts from the start")
  Path resume;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For tests: the devices by name. */
  Function<String, Device> devices = Devices::byName;

  /** For tests: ask to stop once this step has run, as Ctrl-C does (-1: never). */
  long stopAfterStep = -1;

  private PrintWriter out, err;

  @Override public Integer call() {
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    if (lr != null && !(lr > 0 && Double.isFinite(lr))) {
      err.println("nnc: --lr must be a positive number, found " + lr);
      return Main.USAGE;
    }
    if (steps != null && steps < 1) {
      err.println("nnc: --steps must be at least 1, found " + steps);
      return Main.USAGE;
    }
    Backend backend = Backend.of(device, devices, err);
    if (backend == null) return Main.USAGE;
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    Checker checker = c.checker();
    if (checker.diagnostics().hasErrors()) return Models.diagnostics(checker, out);
    long seedValue = seed != null ? seed : orDefault(Lower.setting(trainBlock(c), "seed"), 42);
    Lower.Step step;
    try {
      step = Pipeline.standard().step(checker, c.module(), null, seedValue, lr);
    } catch (IllegalArgumentException e) {
      err.println("nnc: --lr: " + e.getMessage() + "; set the learning rate in the train block instead");
      return Main.USAGE;
    }
    if (step == null) return Models.diagnostics(checker, out);
    Lower.DataCall call = Lower.data(checker, step.train());
    if (call == null) {
      err.println("nnc: " + file + ": the train block names no data set");
      return Main.INPUT_ERRORS;
    }
    try (Interrupt stop = Interrupt.install()) {
      return train(step, call, Lower.validation(checker, step.train()), backend, seedValue, stop);
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    } catch (IOException e) {
      out.flush();
      err.println("nnc: " + file + ": cannot read it again for evaluation: " + e.getMessage());
      return Main.FAULT;
    }
  }

  /** The file's single-model train block, whose seed the lowering needs before it runs. */
  private static Ast.Train trainBlock(Models.Checked c) {
    if (c.module() == null || c.module().file() == null) return null;
    for (Ast.Decl d : c.module().file().decls()) {
      if (d instanceof Ast.Train t && t.items().stream().noneMatch(i -> i instanceof Ast.Models)) return t;
    }
    return null;
  }

  private int train(Lower.Step step, Lower.DataCall call, Lower.DataCall validate, Backend backend, long seedValue, Interrupt stop)
      throws IOException {
    Feed data = new Feed(load(call));
    data.requireInputs(step.inputs(), "model " + step.name());
    boolean batched = data.data().isBatched();
    Feed validation = validate != null && batched ? new Feed(load(validate)) : null;
    int epochCount = epochs != null ? epochs : (int) orDefault(Lower.setting(step.train(), "epochs"), 1);
    int batchSize = batch != null ? batch : (int) orDefault(Lower.setting(step.train(), "batch"), 32);
    boolean accuracy = wantsAccuracy(step.train());

    // The training state: parameters, running statistics and optimizer states, float32 by name.
    Map<String, float[]> state = new LinkedHashMap<>();
    Map<String, int[]> shapes = new LinkedHashMap<>();
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    step.inits().forEach((name, node) -> {
      Array a = initial.get(node);
      float[] f = new float[a.size()];
      for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
      state.put(name, f);
      shapes.put(name, ints(a.shape()));
    });
    // The loss first, then the new value of every parameter and state, simplified, with the
    // optimizer's update marked so the device can fuse it into one kernel.
    TrainingStep trainingStep = TrainingStep.of(step);
    List<String> nextNames = trainingStep.names().subList(1, trainingStep.names().size());
    Executable program = backend.compile(trainingStep.roots(), trainingStep.update(), trainingStep.gradients());
    Evaluation eval = validation != null || (accuracy && !batched) ? Evaluation.compile(file, seedValue, backend) : null;

    int size = data.size();
    Batches batches = new Batches(size, batched ? Math.min(batchSize, size) : 1, true, seedValue);
    out.printf(Locale.ROOT, "training %s on %s (%d samples%s) with %s: %d epochs, batch %d%n", step.name(), call.name(), size,
        validation != null ? ", validating on " + validation.size() : "", backend.describe(), epochCount, batches.batchSize());

    Path checkpoint = outDir.resolve(step.name() + ".safetensors"), plot = outDir.resolve(step.name() + ".png");
    long counter = 0;
    Batches.Position at = Batches.Position.START;
    double epochLoss = 0; // the loss summed over the samples of the epoch seen so far, and their count
    long epochSeen = 0;
    Curves curves = new Curves();
    if (resume != null) {
      // Every value of the training state comes back exactly (float32 in, float32 out), and batches
      // and random numbers depend only on the seed, the position and the step.
      Checkpoint ckpt = readCheckpoint(step.name(), shapes);
      for (Map.Entry<String, float[]> e : state.entrySet()) {
        float[] f = ckpt.tensors().get(e.getKey()).floats();
        System.arraycopy(f, 0, e.getValue(), 0, f.length);
      }
      Checkpoint.TrainingState ts = ckpt.trainingState();
      if (ts.seed() != seedValue) {
        throw new DataException(resume, "the checkpoint was trained with seed " + ts.seed() + ", this run's seed is " + seedValue
            + "; resume with --seed " + ts.seed());
      }
      counter = ts.step();
      at = new Batches.Position(ts.epoch(), ts.position());
      try {
        epochLoss = Double.parseDouble(ckpt.metadata().getOrDefault(EPOCH_LOSS, "0"));
        epochSeen = Long.parseLong(ckpt.metadata().getOrDefault(EPOCH_SEEN, "0"));
      } catch (NumberFormatException e) {
        throw new DataException(resume, "corrupt metadata: `" + EPOCH_LOSS + "` or `" + EPOCH_SEEN + "` is not a number");
      }
      curves = Curves.decode(resume, ckpt.metadata());
      out.printf(Locale.ROOT, "resuming from %s at epoch %d%s, step %d%n", resume, at.epoch() + 1,
          at.position() > 0 ? ", sample " + at.position() + " of " + size : "", counter + 1);
      if (at.epoch() >= epochCount) out.printf(Locale.ROOT, "the checkpoint has trained %d epochs already%n", at.epoch());
      else if (steps != null && counter >= steps) out.printf(Locale.ROOT, "the checkpoint has trained %d steps already%n", counter);
    }
    if (metrics != null && resume == null) writeMetrics("", false);
    long firstStep = counter;

    Path saved = null;
    double lastAccuracy = Double.NaN;
    String fault = null; // why the plot cannot be drawn, once it could not
    Throttle plotter = new Throttle();
    boolean bar = !quiet && Progress.stderrIsTerminal();
    for (int epoch = at.epoch(); epoch < epochCount && (steps == null || counter < steps); epoch++) {
      Batches.Position position = epoch == at.epoch() ? at : new Batches.Position(epoch, 0);
      boolean partial = false; // stopped by --steps before the epoch's end
      long started = System.nanoTime();
      long seenNow = 0;
      try (Progress progress = Progress.start(bar, "epoch " + (epoch + 1) + "/" + epochCount, size, position.position())) {
        for (Batches.Batch b : batches.epoch(position)) {
          if (steps != null && counter >= steps) {
            partial = true;
            break;
          }
          if (stop.requested()) {
            progress.close();
            if (counter == firstStep) return nothingToSave(stop);
            if (fault == null && !curves.points().isEmpty()) draw(curves, step.name(), plot);
            return stopped(step.name(), state, shapes, counter, position, seedValue, epochLoss, epochSeen, curves, stop);
          }
          Map<String, Long> sizes = new HashMap<>();
          Map<String, float[]> leaves = new HashMap<>(state);
          leaves.putAll(data.batch(step.inputs(), batched ? b.rows() : null, sizes));
          leaves.put("step", new float[] {counter + 1});
          List<float[]> result = program.run(leaves, sizes);
          double loss = result.get(0)[0];
          if (!Double.isFinite(loss)) {
            // Stop before the update: the last checkpoint written stays as it was.
            progress.close();
            if (fault == null && !curves.points().isEmpty()) draw(curves, step.name(), plot);
            out.flush();
            err.printf(Locale.ROOT, "nnc: %s: the loss is %s at step %d (epoch %d); stopped%s%n", file, loss, counter + 1, epoch + 1,
                saved != null ? ", the checkpoint of epoch " + epoch + " is kept in " + saved + "; resume from it with a lower --lr"
                    : resume != null ? ", " + resume + " is unchanged" : "");
            return Main.FAULT;
          }
          counter++;
          for (int i = 0; i < nextNames.size(); i++) {
            float[] next = result.get(i + 1), into = state.get(nextNames.get(i));
            System.arraycopy(next, 0, into, 0, into.length);
          }
          epochLoss += loss * b.size();
          epochSeen += b.size();
          seenNow += b.size();
          position = b.next();
          progress.step(b.size(), epochLoss / epochSeen);
          if (counter == stopAfterStep) stop.request();
        }
      }
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      double trainLoss = epochLoss / epochSeen;
      Evaluation.Scores v = validation == null ? null
          : eval.batched(state, validation, batches.batchSize(), accuracy, stop::requested);
      double valLoss = v == null ? Double.NaN : v.loss(), valAccuracy = v == null ? Double.NaN : v.accuracy();
      out.printf(Locale.ROOT, "epoch %d%s: loss %.6g%s%s%n", epoch + 1,
          partial ? String.format(Locale.ROOT, " (stopped at step %d, sample %d of %d)", counter, position.position(), size) : "", trainLoss,
          Double.isNaN(valLoss) ? "" : String.format(Locale.ROOT, ", validation loss %.6g", valLoss),
          Double.isNaN(valAccuracy) ? "" : String.format(Locale.ROOT, ", validation accuracy %.2f%%", 100 * valAccuracy));
      out.flush();
      if (!Double.isNaN(valAccuracy)) lastAccuracy = valAccuracy;
      if (partial) {
        // The epoch goes on when the run is resumed: its loss so far is kept, and its curve point waits for its end.
        saved = save(step.name(), state, shapes, counter, position, seedValue, epochLoss, epochSeen, curves);
      } else {
        curves.add(new Curves.Point(epoch + 1, trainLoss, valLoss, valAccuracy));
        epochLoss = 0;
        epochSeen = 0;
        saved = save(step.name(), state, shapes, counter, new Batches.Position(epoch + 1, 0), seedValue, 0, 0, curves);
      }
      if (metrics != null) {
        writeMetrics(String.format(Locale.ROOT, "{\"epoch\": %d, \"step\": %d, \"train_loss\": %s%s%s, \"samples_per_second\": %.1f}%n",
            epoch + 1, counter, json(trainLoss), Double.isNaN(valLoss) ? "" : ", \"val_loss\": " + json(valLoss),
            Double.isNaN(valAccuracy) ? "" : ", \"val_accuracy\": " + json(valAccuracy), seenNow / seconds), true);
      }
      boolean last = epoch + 1 == epochCount || (steps != null && counter >= steps);
      if (fault == null && !curves.points().isEmpty() && plotter.due(last || stop.requested())) fault = draw(curves, step.name(), plot);
      if (stop.requested()) {
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: interrupted after epoch %d (step %d); the checkpoint is saved in %s; continue with --resume %s%n",
            file, epoch + 1, counter, saved, saved);
        err.flush();
        stop.saved();
        return Main.FAULT;
      }
    }
    for (String p : step.grads().keySet()) { // the trained parameters
      Array v = new Array(longs(shapes.get(p)), doubles(state.get(p)));
      out.println("  " + p + " = " + (v.size() <= 16 ? Models.format(v) : v.size() + " values"));
    }
    if (!Double.isNaN(lastAccuracy)) {
      out.printf(Locale.ROOT, "accuracy on %s (%d samples): %.2f%%%n", call(validate), validation.size(), 100 * lastAccuracy);
    }
    if (eval != null && !batched) {
      Evaluation.Scores s = eval.unlabelled(state, data);
      if (s != null && !Double.isNaN(s.accuracy())) {
        out.printf(Locale.ROOT, "accuracy on the %d unlabelled nodes: %.1f%% (%d right)%n", s.samples(), 100 * s.accuracy(),
            Math.round(s.accuracy() * s.samples()));
      }
    }
    out.println("checkpoint: " + checkpoint);
    if (fault == null && !curves.points().isEmpty()) out.println("plot: " + plot);
    out.flush();
    return Main.OK;
  }

  /** Stopped on request (Ctrl-C) at a step boundary: saves where the run stands, says where, exit 3. */
  private int stopped(String model, Map<String, float[]> state, Map<String, int[]> shapes, long counter, Batches.Position at,
      long seedValue, double epochLoss, long epochSeen, Curves curves, Interrupt stop) {
    Path saved = save(model, state, shapes, counter, at, seedValue, epochLoss, epochSeen, curves);
    out.flush();
    err.printf(Locale.ROOT, "nnc: %s: interrupted at step %d (epoch %d, sample %d); the checkpoint is saved in %s; continue with --resume %s%n",
        file, counter, at.epoch() + 1, at.position(), saved, saved);
    err.flush();
    stop.saved();
    return Main.FAULT;
  }

  /** Stopped on request before this run took a step: the checkpoints on disk stay as they are. */
  private int nothingToSave(Interrupt stop) {
    out.flush();
    err.println("nnc: " + file + ": interrupted before the first step; nothing new to save"
        + (resume != null ? ", " + resume + " is unchanged" : ""));
    err.flush();
    stop.saved();
    return Main.FAULT;
  }

  /** A data call as the train block writes it: fashion_mnist("test"). */
  private static String call(Lower.DataCall call) {
    List<String> args = new ArrayList<>();
    for (Object v : call.args().values()) args.add(v instanceof String text ? "\"" + text + "\"" : String.valueOf(v));
    return call.name() + "(" + String.join(", ", args) + ")";
  }

  /** Metadata keys of the partial epoch's loss sum and sample count, so a resumed epoch reports the same mean loss. */
  static final String EPOCH_LOSS = "nnc.epoch_loss_sum", EPOCH_SEEN = "nnc.epoch_samples";

  /** A data set, or a fault that says what to do about it. */
  private DataSet load(Lower.DataCall call) {
    try {
      return Datasets.load(call.name(), call.args());
    } catch (DataException e) {
      if (e.file() != null && Files.isRegularFile(e.file())) {
        throw new DataException(e.file(), e.problem() + "; the file is damaged: replace it with a good copy of the `" + call.name() + "` data set");
      }
      throw e;
    }
  }

  /** The checkpoint to resume from, read against this model's state, or a fault that says what to do. */
  private Checkpoint readCheckpoint(String model, Map<String, int[]> shapes) {
    Map<String, Checkpoint.Spec> specs = new LinkedHashMap<>();
    shapes.forEach((name, shape) -> specs.put(name, Checkpoint.Spec.of(dev.nnc.runtime.DType.F32, shape)));
    try {
      Checkpoint ckpt = Safetensors.read(resume, specs);
      ckpt.trainingState();
      return ckpt;
    } catch (DataException e) {
      throw new DataException(resume, e.problem() + "; resume from a checkpoint that nnc train wrote for " + model
          + ", or start over without --resume");
    }
  }

  /**
   * Writes the whole training state (parameters, running statistics and optimizer states under
   * their PyTorch-style names; step, data position, seed and random counter; the curves so far)
   * atomically as safetensors in float32.
   */
  private Path save(String model, Map<String, float[]> state, Map<String, int[]> shapes, long step, Batches.Position at,
      long seedValue, double epochLoss, long epochSeen, Curves curves) {
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    state.forEach((name, v) -> tensors.put(name, Tensor.f32(v.clone(), shapes.get(name))));
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(Checkpoint.FORMAT, "pt");
    // Random numbers (dropout) are keyed by the step: the step is the random stream's counter.
    meta.putAll(new Checkpoint.TrainingState(step, at.epoch(), at.position(), seedValue, step).toMetadata());
    meta.put(EPOCH_LOSS, Double.toString(epochLoss));
    meta.put(EPOCH_SEEN, Long.toString(epochSeen));
    meta.put(Curves.KEY, curves.encode());
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new DataException(outDir, "cannot create the folder: " + e.getMessage());
    }
    Path path = outDir.resolve(model + ".safetensors");
    Safetensors.write(path, tensors, meta);
    return path;
  }

  /**
   * When to draw: drawing takes a tenth of a second or so, so after epochs shorter than a few
   * seconds the plot is redrawn only every few seconds, and always after the last epoch.
   */
  private static final class Throttle {
    private long last = Long.MIN_VALUE / 2;

    boolean due(boolean last) {
      long now = System.nanoTime();
      if (!last && now - this.last < 3_000_000_000L) return false;
      this.last = now;
      return true;
    }
  }

  /** Draws the curves; a plot that cannot be drawn is said once and training goes on. Returns the fault, or null. */
  private String draw(Curves curves, String model, Path png) {
    try {
      curves.draw(model, png);
      return null;
    } catch (IOException | RuntimeException | Error e) {
      if (e instanceof VirtualMachineError) throw (VirtualMachineError) e;
      String why = png + ": cannot draw the plot: " + e;
      err.println("nnc: note: " + why + "; training goes on without it");
      err.flush();
      return why;
    }
  }

  private void writeMetrics(String text, boolean append) {
    try {
      Path parent = metrics.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(metrics, text, StandardOpenOption.CREATE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DataException(metrics, "cannot write the metrics: " + e.getMessage());
    }
  }

  static boolean wantsAccuracy(Ast.Train train) {
    return train != null && train.items().stream().anyMatch(i -> i instanceof Ast.Metrics m
        && m.names().stream().anyMatch(n -> n.text().equals("accuracy")));
  }

  /** A number as JSON has it: NaN and infinities have no JSON form, so they are written as null. */
  private static String json(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
  }

  private static long orDefault(Long v, long fallback) {
    return v != null ? v : fallback;
  }

  private static int[] ints(long[] shape) {
    int[] out = new int[shape.length];
    for (int i = 0; i < out.length; i++) out[i] = Math.toIntExact(shape[i]);
    return out;
  }

  private static long[] longs(int[] shape) {
    long[] out = new long[shape.length];
    for (int i = 0; i < out.length; i++) out[i] = shape[i];
    return out;
  }

  private static double[] doubles(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < d.length; i++) d[i] = f[i];
    return d;
  }
}
