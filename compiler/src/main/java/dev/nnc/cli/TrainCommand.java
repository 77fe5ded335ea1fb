package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.InitialState;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.SplitStep;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.data.Text;
import dev.nnc.runtime.model.Scores;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.Checkpoints;
import dev.nnc.runtime.train.WarmStart;
import dev.nnc.runtime.train.Counters;
import dev.nnc.runtime.train.StepOptions;
import dev.nnc.runtime.train.Trainer;
import dev.nnc.syntax.Ast;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The loop is the runtime's {@link Trainer}, which the typed API's sessions run too; this command
 * binds the step, reads the checkpoint it resumes from, and shows the run through the loop's events.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the model of a file's train block: progress, validation, metrics, checkpoints and a plot of the curves.")
final class TrainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME",
      description = "the train block (or model) to train when the file has several: a model's name, or the name of a train block of several models")
  String model;

  @Option(names = "--epochs", paramLabel = "N", description = "overrides the train block's epochs")
  Integer epochs;

  @Option(names = "--steps", paramLabel = "N",
      description = "stops after step N (counted from the start, like --epochs), mid-epoch if need be: validates, saves a checkpoint --resume continues from")
  Long steps;

  @Option(names = "--time", paramLabel = "DURATION",
      description = "stops at the first step after this long (90s, 30m, 2h), mid-epoch if need be: validates, saves a checkpoint --resume continues from")
  String time;

  @Option(names = "--batch", paramLabel = "N", description = "overrides the train block's batch size")
  Integer batch;

  @Option(names = "--lr", paramLabel = "X", description = "overrides the optimizer's learning rate (its `lr` argument)")
  Double lr;

  @Option(names = "--seed", paramLabel = "N", description = "overrides the train block's seed")
  Long seed;

  @Option(names = "--clip-norm", paramLabel = "X",
      description = "overrides the train block's clip_norm: scales the gradients together so their global norm is at most X")
  Double clipNorm;

  @Option(names = "--clip-value", paramLabel = "X",
      description = "overrides the train block's clip_value: clamps every gradient element to [-X, X]")
  Double clipValue;

  @Option(names = "--accumulate", paramLabel = "K",
      description = "overrides the train block's accumulate: sums the gradients of K batches and updates once with their mean "
          + "(1: every batch)")
  Integer accumulate;

  @Option(names = "--early-stop", paramLabel = "METRIC",
      description = "overrides the metric of the train block's early_stop: stops when val_loss, val_accuracy or train_loss has not "
          + "improved for --patience epochs")
  String earlyStop;

  @Option(names = "--patience", paramLabel = "N", description = "overrides the patience of the train block's early_stop")
  Integer patience;

  @Option(names = "--keep-best", paramLabel = "METRIC",
      description = "overrides the train block's keep_best: also keeps DIR/MODEL.best.safetensors, the checkpoint of the epoch with the "
          + "best val_loss, val_accuracy or train_loss")
  String keepBest;

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

  @Option(names = "--init", paramLabel = "WEIGHTS",
      description = "starts from the weights in a safetensors file (PyTorch state_dict names, nnc export, another model's checkpoint): "
          + "tensors of the model's names set its parameters and running statistics, the rest keep their initial values; prints what "
          + "matched, what is missing and what is extra")
  Path init;

  @Option(names = "--rename", paramLabel = "FROM=TO",
      description = "renames --init's tensors by prefix, such as layers.0.=fc1. for a PyTorch nn.Sequential's names (repeatable; the first that matches applies)")
  List<String> renames = List.of();

  /** {@link #renames}, parsed once the command line is checked. */
  private List<WarmStart.Rename> parsedRenames = List.of();
  /** The checked file, where a value of the state too large for the heap is declared. */
  private Ast.File source;

  @Option(names = "--split-step",
      description = "runs each step as two programs, the gradients and then the optimizer's update, with the gradients in named "
          + "buffers between them (what data-parallel training will reduce); the same results as the default, one fused program")
  boolean splitStep;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "trains data-parallel on Apache Spark at this master URL (local[2]: two tasks in this process), one replica a task; "
          + "needs the nnc-spark module and Spark on the class path (docs/spark.md)")
  String spark;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For tests: the devices by name. */
  Function<String, Device> devices = Devices::byName;

  /** For tests: ask to stop once this step has run, as Ctrl-C does (-1: never). */
  long stopAfterStep = -1;

  private PrintWriter out, err;

  /** The train block's {@code init ... from} clauses. */
  private List<Lower.Init> clauses = List.of();

  @Override public Integer call() {
    out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    String usage = usage();
    if (usage != null) {
      err.println("nnc: " + usage);
      return Main.USAGE;
    }
    parsedRenames = Renames.parse(renames, err);
    if (parsedRenames == null) return Main.USAGE;
    if (spark != null) {
      Map<String, Boolean> given = new LinkedHashMap<>();
      given.put("--init", init != null);
      given.put("--lr", lr != null);
      given.put("--clip-norm", clipNorm != null);
      given.put("--clip-value", clipValue != null);
      given.put("--accumulate", accumulate != null);
      given.put("--early-stop", earlyStop != null);
      given.put("--keep-best", keepBest != null);
      given.put("--metrics", metrics != null);
      given.put("--split-step", splitStep);
      given.put("--time", time != null);
      given.put("--device", !device.equals("auto") && !device.equals("jvm"));
      String refused = SparkTraining.refused(given);
      if (refused != null) {
        err.println("nnc: " + refused);
        return Main.USAGE;
      }
      return SparkTraining.train(SparkTraining.settings(file, model, spark, epochs, steps, batch, seed, outDir, resume), out, err);
    }
    Backend backend = Backend.of(device, devices, err);
    if (backend == null) return Main.USAGE;
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    source = c.module() == null ? null : c.module().file();
    Checker checker = c.checker();
    if (checker.diagnostics().hasErrors()) return Models.diagnostics(checker, out);
    Ast.Train several = MultiModelTraining.block(c.module(), model);
    if (several != null && (model != null || trainBlock(c, null) == null)) {
      try (Interrupt stop = Interrupt.install()) {
        return new MultiModelTraining(this, out, err).train(c, several, backend, stop);
      }
    }
    long seedValue = seed != null ? seed : orDefault(Lower.setting(trainBlock(c, model), "seed"), 42);
    Lower.Step step;
    try {
      step = Pipeline.standard().step(checker, c.module(), model, seedValue, stepOptions());
    } catch (IllegalArgumentException e) {
      err.println("nnc: --lr: " + e.getMessage() + "; set the learning rate in the train block instead");
      return Main.USAGE;
    }
    if (step == null) return Models.diagnostics(checker, out);
    clauses = Lower.inits(checker, c.module(), step.train());
    Lower.DataCall call = Lower.data(checker, step.train());
    if (call == null) {
      err.println("nnc: " + file + ": the train block names no data set");
      return Main.INPUT_ERRORS;
    }
    // Before any work that could be lost: the checkpoint must have somewhere to go.
    String unusable = OutFolder.prepare(outDir, step.name());
    if (unusable != null) {
      err.println("nnc: --out " + outDir + ": " + unusable);
      return Main.FAULT;
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
    } catch (OutOfMemoryError e) {
      // The last resort, after the check before the first step: the arrays of the run are
      // unreachable by now, so there is room to say so. The checkpoint on disk is as the last
      // epoch (or stop) left it.
      out.flush();
      err.println("nnc: " + file + ": out of memory (" + e.getMessage() + ") with the JVM's " + MemoryCheck.mib(Runtime.getRuntime().maxMemory())
          + "; use a smaller --batch, or give the JVM more memory: NNC_JAVA_OPTS=-Xmx8g");
      return Main.FAULT;
    }
  }

  /** What is wrong with the flags on their own, or null. */
  private String usage() {
    return init != null && resume != null
        ? "--init and --resume both give the weights to start from: use one (--resume continues a run; --init starts one)"
        : !renames.isEmpty() && init == null ? "--rename renames the tensors of --init: give --init WEIGHTS too"
        : lr != null && !(lr > 0 && Double.isFinite(lr)) ? "--lr must be a positive number, found " + lr
        : steps != null && steps < 1 ? "--steps must be at least 1, found " + steps
        : time != null && timeLimit() == null
            ? "--time must be a positive whole number of seconds, minutes or hours (90s, 30m, 2h), found \"" + time + "\""
        : epochs != null && epochs < 1 ? "--epochs must be at least 1, found " + epochs
        : batch != null && batch < 1 ? "--batch must be at least 1, found " + batch
        : clipNorm != null && !(clipNorm > 0 && Double.isFinite(clipNorm)) ? "--clip-norm must be a positive number, found " + clipNorm
        : clipValue != null && !(clipValue > 0 && Double.isFinite(clipValue)) ? "--clip-value must be a positive number, found " + clipValue
        : accumulate != null && accumulate < 1 ? "--accumulate must be at least 1, found " + accumulate
        : patience != null && patience < 1 ? "--patience must be at least 1, found " + patience
        : earlyStop != null && Trainer.Metric.named(earlyStop) == null ? "--early-stop: unknown metric `" + earlyStop + "`; the metrics are "
            + String.join(", ", Trainer.Metric.labels())
        : keepBest != null && Trainer.Metric.named(keepBest) == null ? "--keep-best: unknown metric `" + keepBest + "`; the metrics are "
            + String.join(", ", Trainer.Metric.labels())
        : null;
  }

  /**
   * The weights a new run starts from, set in {@code state} before the first step: the train
   * block's {@code init TARGET from "PATH"} clauses in order (PATH relative to the working
   * directory, as --init's), then --init. Each prints what it took. A resumed run takes none: its
   * checkpoint holds the weights. A file that cannot be read is a fault naming it and the clause.
   */
  void warmStart(List<Lower.Init> inits, Map<String, float[]> state, Map<String, int[]> shapes, PrintWriter out) {
    if (resume != null) return;
    for (Lower.Init i : inits) {
      Path p = Path.of(i.path());
      WarmStart.Report r;
      try {
        r = WarmStart.load(p, List.of(new WarmStart.Rename(i.filePrefix(), i.prefix())), state, shapes, i.prefix());
      } catch (DataException e) {
        throw new DataException(e.file(), e.problem() + " (named by `init " + i.target() + "` at " + i.at().where() + ")");
      }
      out.print(r.describe(i.target(), p));
    }
    if (init != null) out.print(WarmStart.load(init, parsedRenames, state, shapes).describe(init));
  }

  /** The file's single-model train block (of model {@code name}, when given), whose seed the lowering needs before it runs. */
  /** The train block of one model that trains {@code name} (null: the first), or null. */
  static Ast.Train trainBlock(Models.Checked c, String name) {
    if (c.module() == null || c.module().file() == null) return null;
    for (Ast.Decl d : c.module().file().decls()) {
      if (d instanceof Ast.Train t && t.items().stream().noneMatch(i -> i instanceof Ast.Models)
          && (name == null || t.name().text().equals(name))) {
        return t;
      }
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
    int batchSize = batch != null ? batch : (int) Math.min(Integer.MAX_VALUE, orDefault(Lower.setting(step.train(), "batch"), 32));
    Watch watch = watch(step.train());
    if (watch.bad() != null) {
      err.println("nnc: " + watch.bad());
      return Main.USAGE;
    }
    if (!watch.validated(validation != null)) {
      err.println("nnc: " + file + ": " + watch.unvalidated() + " needs validation data: add `validate` to the train block"
          + (batched ? "" : " (a graph is not validated)") + ", or watch train_loss");
      return Main.USAGE;
    }
    boolean accuracy = wantsAccuracy(step.train()) || watch.wantsAccuracy();
    Integer tooBig = Models.sizeLimit(Models.roots(step, List.of()), data.sizes(step.inputs(), batchSize), "--batch", out);
    if (tooBig != null) return tooBig;

    // The training state: parameters, running statistics and optimizer states, float32 by name.
    // Drawn now, not when the model was lowered, after saying so if they do not fit in the heap.
    Integer noState = Models.stateLimit(step.name(), step.inits(), InitialState.FLOAT32, source, step.train(), out);
    if (noState != null) return noState;
    InitialState.Values initial = InitialState.draw(step.inits());
    Map<String, float[]> state = initial.values();
    Map<String, int[]> shapes = initial.shapes();
    warmStart(clauses, state, shapes, out);
    // The loss first, then the new value of every parameter and state, simplified, with the
    // optimizer's update marked so the device can fuse it into one kernel.
    // With --split-step, the gradients and the update as two programs bound to the one state (SplitStep).
    List<String> nextNames = List.copyOf(step.next().keySet());
    java.util.function.Supplier<BoundStep> binding;
    Executable program; // the program that holds the batch's values: what the memory check plans
    if (splitStep) {
      SplitStep split = SplitStep.of(step);
      Executable gradients = backend.compile(split.gradients().roots(), split.gradients().update(), split.gradients().gradients());
      Executable apply = backend.compile(split.apply().roots(), split.apply().update(), split.apply().gradients());
      binding = () -> gradients.bind(apply, state, split.layout());
      program = gradients;
    } else {
      TrainingStep trainingStep = TrainingStep.of(step);
      Executable fused = backend.compile(trainingStep.roots(), trainingStep.update(), trainingStep.gradients());
      binding = () -> fused.bind(state, nextNames);
      program = fused;
    }
    Evaluation eval = validation != null || (accuracy && !batched) ? Evaluation.compile(file, model, seedValue, backend) : null;

    int size = data.size();
    Trainer trainer = new Trainer(feed(data, step), state, shapes).epochs(epochCount).steps(steps).time(timeLimit()).batch(batchSize).seed(seedValue);
    Batches batches = trainer.batches();
    long window = accumulate != null ? accumulate : orDefault(Lower.setting(step.train(), "accumulate"), 1);
    out.printf(Locale.ROOT, "training %s on %s (%d samples%s) with %s: %d epochs, batch %d%s%n", step.name(), call.name(), size,
        validation != null ? ", validating on " + validation.size() : "", backend.describe(), epochCount, batches.batchSize(),
        window > 1 ? ", an update every " + window + " batches" : "");

    String noRoom = MemoryCheck.check(program, data, step, batches.batchSize());
    if (noRoom != null) {
      out.flush();
      err.println("nnc: " + file + ": " + noRoom);
      return Main.FAULT;
    }

    Path checkpoint = outDir.resolve(step.name() + ".safetensors"), plot = outDir.resolve(step.name() + ".png");
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
      Counters from;
      try {
        from = Checkpoints.counters(ckpt, List.of(step.name()), size);
      } catch (DataException e) {
        throw new DataException(resume, e.problem() + "; resume from a checkpoint that nnc train wrote for " + step.name()
            + ", or start over without --resume");
      }
      trainer.from(from);
      curves = Curves.decode(resume, ckpt.metadata());
      Batches.Position at = from.position();
      out.printf(Locale.ROOT, "resuming from %s at epoch %d%s, step %d%n", resume, at.epoch() + 1,
          at.position() > 0 ? ", sample " + at.position() + " of " + size : "", from.step() + 1);
      if (at.epoch() >= epochCount) out.printf(Locale.ROOT, "the checkpoint has trained %d epochs already%n", at.epoch());
      else if (steps != null && from.step() >= steps) out.printf(Locale.ROOT, "the checkpoint has trained %d steps already%n", from.step());
    }
    Curves kept = curves;
    Shown shown = new Shown(step.name(), epochCount, curves, plot, stop);
    watch.configure(trainer, outDir, step.name());
    // Text data: the vocabulary goes with the checkpoint, so nnc sample can encode a prompt and print text.
    String vocabulary = Datasets.vocabulary(call.name());
    trainer.checkpoint(checkpoint, () -> vocabulary == null ? Map.of(Curves.KEY, kept.encode())
            : Map.of(Curves.KEY, kept.encode(), Text.VOCABULARY_KEY, vocabulary))
        .validation(validation == null ? null
            : (params, stopping) -> scores(eval.batched(params, validation, batches.batchSize(), accuracy, stopping)))
        .stopWhen(stop::requested)
        .listener(shown);
    if (metrics != null) trainer.metrics(metrics, resume != null);

    Trainer.Result result;
    try (BoundStep bound = binding.get()) {
      result = trainer.run(List.of(new Trainer.Step(step.name(), bound, nextNames)));
    } finally {
      shown.closeBar();
    }
    Counters at = result.counters();
    switch (result.ending()) {
      case STOPPED_BEFORE_A_STEP -> {
        return nothingToSave(stop);
      }
      case STOPPED -> {
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: interrupted at step %d (epoch %d, sample %d); the checkpoint is saved in %s; continue with --resume %s%n",
            file, at.step(), at.epoch() + 1, at.position().position(), result.saved(), result.saved());
        err.flush();
        stop.saved();
        return Main.FAULT;
      }
      case STOPPED_AFTER_EPOCH -> {
        Trainer.Epoch last = result.epochs().get(result.epochs().size() - 1);
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: interrupted after epoch %d (step %d); the checkpoint is saved in %s; continue with --resume %s%n",
            file, last.epoch(), last.step(), result.saved(), result.saved());
        err.flush();
        stop.saved();
        return Main.FAULT;
      }
      case DIVERGED -> {
        // Stopped before the update: the last checkpoint written stays as it was.
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: the loss is %s at step %d (epoch %d); stopped%s%n", file, result.loss(), at.step() + 1,
            at.epoch() + 1, result.saved() != null
                ? ", the checkpoint of epoch " + at.epoch() + " is kept in " + result.saved() + "; resume from it with a lower --lr"
                : resume != null ? ", " + resume + " is unchanged" : "");
        return Main.FAULT;
      }
      case EARLY_STOPPED -> {
        shown.halting(); // the plot with the last epoch, which the redraw after it may have skipped
        out.println(watch.stoppedEarly(result, trainer));
      }
      case FINISHED -> { }
    }
    for (String p : step.grads().keySet()) { // the trained parameters
      Array v = new Array(longs(shapes.get(p)), doubles(state.get(p)));
      out.println("  " + p + " = " + (v.size() <= 16 ? Models.format(v) : v.size() + " values"));
    }
    if (!Double.isNaN(shown.lastAccuracy)) {
      out.printf(Locale.ROOT, "accuracy on %s (%d samples): %.2f%%%n", call(validate), validation.size(), 100 * shown.lastAccuracy);
    }
    if (eval != null && !batched) {
      Evaluation.Scores s = eval.unlabelled(state, data);
      if (s != null && !Double.isNaN(s.accuracy())) {
        out.printf(Locale.ROOT, "accuracy on the %d unlabelled nodes: %.1f%% (%d right)%n", s.samples(), 100 * s.accuracy(),
            Math.round(s.accuracy() * s.samples()));
      }
    }
    out.println("checkpoint: " + checkpoint);
    String best = watch.best(trainer, outDir, step.name());
    if (best != null) out.println(best);
    if (shown.fault == null && !curves.points().isEmpty()) out.println("plot: " + plot);
    out.flush();
    return Main.OK;
  }

  /** The training data as the loop feeds it: the step's inputs of the rows of each batch. */
  private static Trainer.Data feed(Feed data, Lower.Step step) {
    return new Trainer.Data() {
      @Override public int size() { return data.size(); }

      @Override public boolean batched() { return data.data().isBatched(); }

      @Override public Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
        return data.batch(step.inputs(), rows, sizes);
      }
    };
  }

  /** Validation scores as the loop keeps them; null when validation stopped on request. */
  private static Scores scores(Evaluation.Scores s) {
    return s == null ? null : new Scores(s.loss(), s.accuracy(), s.samples());
  }

  /**
   * What the command shows of a run: the progress bar, a line per epoch, the curves (kept in the
   * checkpoints' metadata, drawn after epochs and when training stops early), and the test hook
   * that asks to stop after a given step.
   */
  private final class Shown extends BarListener {
    private final String model;
    private final int epochCount;
    private final Curves curves;
    private final Path plot;
    private final Interrupt stop;
    private final Throttle plotter = new Throttle();
    double lastAccuracy = Double.NaN;
    String fault; // why the plot cannot be drawn, once it could not

    Shown(String model, int epochCount, Curves curves, Path plot, Interrupt stop) {
      super(quiet, stopAfterStep, stop);
      this.model = model;
      this.epochCount = epochCount;
      this.curves = curves;
      this.plot = plot;
      this.stop = stop;
    }

    @Override public void halting() {
      if (fault == null && !curves.points().isEmpty()) draw(curves, model, plot);
    }

    @Override public void epochEnded(Trainer.Epoch e) {
      Scores v = e.validation();
      double valLoss = v == null ? Double.NaN : v.loss(), valAccuracy = v == null ? Double.NaN : v.accuracy();
      out.printf(Locale.ROOT, "epoch %d%s: loss %.6g%s%s%n", e.epoch(),
          e.partial() ? String.format(Locale.ROOT, " (stopped at step %d, sample %d of %d)", e.step(), e.position().position(), e.size()) : "",
          e.loss(), Double.isNaN(valLoss) ? "" : String.format(Locale.ROOT, ", validation loss %.6g", valLoss),
          Double.isNaN(valAccuracy) ? "" : String.format(Locale.ROOT, ", validation accuracy %.2f%%", 100 * valAccuracy));
      out.flush();
      if (!Double.isNaN(valAccuracy)) lastAccuracy = valAccuracy;
      // A partial epoch goes on when the run is resumed: its loss so far is kept, and its curve point waits for its end.
      if (!e.partial()) curves.add(new Curves.Point(e.epoch(), e.loss(), valLoss, valAccuracy));
    }

    @Override public void epochSaved(Trainer.Epoch e, Path saved) {
      boolean last = e.epoch() == epochCount || e.partial() || (steps != null && e.step() >= steps);
      if (fault == null && !curves.points().isEmpty() && plotter.due(last || stop.requested())) fault = draw(curves, model, plot);
    }
  }

  /** The --time limit: a positive whole number and s, m or h; null when there is none or it is not one. */
  java.time.Duration timeLimit() {
    if (time == null) return null;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,6})([smh])").matcher(time.trim());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) return null;
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> java.time.Duration.ofSeconds(n);
      case "m" -> java.time.Duration.ofMinutes(n);
      default -> java.time.Duration.ofHours(n);
    };
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

  /** The step's options from the flags, each null to keep the train block's. */
  StepOptions stepOptions() {
    return new StepOptions(lr, clipNorm, clipValue, accumulate);
  }

  /** What a run watches, from the train block and the flags that override it. */
  Watch watch(Ast.Train train) {
    return Watch.of(train, earlyStop, patience, keepBest);
  }

  static boolean wantsAccuracy(Ast.Train train) {
    return wantsMetric(train, "accuracy");
  }

  /** Whether the train block's {@code metrics} lists {@code name}. */
  static boolean wantsMetric(Ast.Train train, String name) {
    return train != null && train.items().stream().anyMatch(i -> i instanceof Ast.Metrics m
        && m.names().stream().anyMatch(n -> n.text().equals(name)));
  }

  private static long orDefault(Long v, long fallback) {
    return v != null ? v : fallback;
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
