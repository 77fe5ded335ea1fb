package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.pipeline.InitialState;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.pipeline.TrainingStep;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.Checkpoints;
import dev.nnc.runtime.train.WarmStart;
import dev.nnc.runtime.train.Counters;
import dev.nnc.runtime.train.Trainer;
import dev.nnc.syntax.Ast;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code nnc train} of a train block with several models and named steps (a GAN: a discriminator
 * step, then a generator step). Each step is lowered ({@link Pipeline#steps}), compiled once on the
 * device and bound to the part of the training state it reads or updates; the {@link Trainer} runs
 * the steps in order on every batch and copies the states a step updates into the steps after it.
 * Frozen models are read but never updated. The one checkpoint holds every model's parameters under
 * its binding's prefix ({@code g.fc1.weight}) and every step's optimizer states
 * ({@code optimizer.generator.g.fc1.weight.exp_avg}); each step's loss is printed per epoch.
 */
final class MultiModelTraining {
  private final TrainCommand cmd;
  private final PrintWriter out, err;
  private List<Lower.Init> clauses = List.of();

  MultiModelTraining(TrainCommand cmd, PrintWriter out, PrintWriter err) {
    this.cmd = cmd;
    this.out = out;
    this.err = err;
  }

  /** The file's train block of several models, when {@code name} (a --model, or null) picks it; else null. */
  static Ast.Train block(dev.nnc.check.Modules.Module m, String name) {
    if (m == null || m.file() == null) return null;
    for (Ast.Decl d : m.file().decls()) {
      if (d instanceof Ast.Train t && t.items().stream().anyMatch(i -> i instanceof Ast.Models)
          && (name == null || t.name().text().equals(name))) {
        return t;
      }
    }
    return null;
  }

  /** Trains the block; the exit code. */
  int train(Models.Checked c, Ast.Train block, Backend backend, Interrupt stop) {
    if (cmd.lr != null) {
      err.println("nnc: --lr: train block " + block.name().text() + " has an optimizer per step; set their learning rates in its steps instead");
      return Main.USAGE;
    }
    if (cmd.splitStep) {
      err.println("nnc: --split-step: not supported yet for a train block of several models (" + block.name().text() + ")");
      return Main.USAGE;
    }
    Checker checker = c.checker();
    Long given = Lower.setting(block, "seed");
    long seed = cmd.seed != null ? cmd.seed : given != null ? given : 42;
    Watch watch = cmd.watch(block);
    if (watch.bad() != null || !watch.validated(false)) {
      err.println("nnc: " + (watch.bad() != null ? watch.bad()
          : cmd.file + ": " + watch.unvalidated() + " needs validation data, which a train block of several models does not have; watch train_loss"));
      return Main.USAGE;
    }
    List<Lower.Step> steps = Pipeline.standard().steps(checker, c.module(), seed, cmd.stepOptions());
    if (steps == null || steps.isEmpty()) return Models.diagnostics(checker, out);
    Lower.DataCall call = Lower.data(checker, block);
    if (call == null) {
      err.println("nnc: " + cmd.file + ": the train block names no data set");
      return Main.INPUT_ERRORS;
    }
    String name = block.name().text();
    clauses = Lower.inits(checker, c.module(), block);
    try {
      return run(name, steps, call, backend, seed, stop, watch);
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }

  private int run(String name, List<Lower.Step> steps, Lower.DataCall call, Backend backend, long seed, Interrupt stop,
      Watch watch) {
    // Before any work that could be lost: the checkpoint must have somewhere to go.
    String unusable = OutFolder.prepare(cmd.outDir, name);
    if (unusable != null) {
      err.println("nnc: --out " + cmd.outDir + ": " + unusable);
      return Main.FAULT;
    }
    Feed data;
    try {
      data = new Feed(Datasets.load(call.name(), call.args()));
    } catch (DataException e) {
      if (e.file() != null && Files.isRegularFile(e.file())) {
        throw new DataException(e.file(), e.problem() + "; the file is damaged: replace it with a good copy of the `" + call.name() + "` data set");
      }
      throw e;
    }
    // The inputs the steps read (a model's own `input z`, which a step passes a value for, is not one).
    // Each output of a step is a program of its own, run just before the step (Lower.Step#report).
    List<Lower.Step> all = new ArrayList<>();
    Set<String> reports = new LinkedHashSet<>();
    for (Lower.Step s : steps) {
      for (String o : s.outputs().keySet()) {
        Lower.Step r = s.report(o);
        all.add(r);
        reports.add(r.name());
      }
      all.add(s);
    }
    List<TrainingStep> programs = new ArrayList<>();
    Map<String, Node> inputs = new LinkedHashMap<>();
    for (Lower.Step s : all) {
      TrainingStep ts = TrainingStep.of(s);
      programs.add(ts);
      for (Node n : Schedule.topological(ts.roots())) {
        if (n.op() == Op.INPUT && n.attr() instanceof Attr.Leaf leaf) inputs.putIfAbsent(leaf.name(), n);
      }
    }
    data.requireInputs(inputs, "train block " + name);
    Ast.Train block = steps.get(0).train();
    int epochCount = cmd.epochs != null ? cmd.epochs : (int) orDefault(Lower.setting(block, "epochs"), 1);
    int batchSize = cmd.batch != null ? cmd.batch : (int) orDefault(Lower.setting(block, "batch"), 32);
    for (Lower.Step s : steps) {
      Integer tooBig = Models.sizeLimit(Models.roots(s, List.of()), data.sizes(inputs, batchSize), "--batch", out);
      if (tooBig != null) return tooBig;
    }

    // The whole training state: every model's parameters and every step's optimizer states, by name.
    Map<String, Node> inits = new LinkedHashMap<>();
    for (Lower.Step s : steps) s.inits().forEach(inits::putIfAbsent);
    Integer noState = Models.stateLimit(block.name().text(), inits, InitialState.FLOAT32, null, block, out);
    if (noState != null) return noState;
    InitialState.Values initial = InitialState.draw(inits);
    Map<String, float[]> state = initial.values();
    Map<String, int[]> shapes = initial.shapes();
    cmd.warmStart(clauses, state, shapes, out);

    // Each step compiled once; bound to the states it reads and those it updates.
    List<Compiled> compiled = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Lower.Step s = all.get(k);
      TrainingStep ts = programs.get(k);
      List<String> next = List.copyOf(s.next().keySet());
      Set<String> held = new LinkedHashSet<>(next);
      for (Node n : Schedule.topological(ts.roots())) {
        if (n.op() == Op.PARAM && n.attr() instanceof Attr.Leaf leaf && state.containsKey(leaf.name())) held.add(leaf.name());
      }
      Map<String, float[]> own = new LinkedHashMap<>();
      for (String h : state.keySet()) if (held.contains(h)) own.put(h, state.get(h));
      compiled.add(new Compiled(s, backend.compile(ts.roots(), ts.update(), ts.gradients()), own, next));
    }

    List<String> names = steps.stream().map(Lower.Step::name).toList();
    Trainer trainer = new Trainer(feed(data, inputs), state, shapes).epochs(epochCount).steps(cmd.steps).time(cmd.timeLimit()).batch(batchSize).seed(seed);
    Batches batches = trainer.batches();
    int size = data.size();
    out.printf(Locale.ROOT, "training %s (steps %s) on %s (%d samples) with %s: %d epochs, batch %d%n", name,
        String.join(", ", names), call.name(), size, backend.describe(), epochCount, batches.batchSize());

    Path checkpoint = cmd.outDir.resolve(name + ".safetensors");
    if (cmd.resume != null) {
      Checkpoint ckpt = read(cmd.resume, name, shapes);
      for (Map.Entry<String, float[]> e : state.entrySet()) {
        float[] f = ckpt.tensors().get(e.getKey()).floats();
        System.arraycopy(f, 0, e.getValue(), 0, f.length);
      }
      Checkpoint.TrainingState ts = ckpt.trainingState();
      if (ts.seed() != seed) {
        throw new DataException(cmd.resume, "the checkpoint was trained with seed " + ts.seed() + ", this run's seed is " + seed
            + "; resume with --seed " + ts.seed());
      }
      // The loss sums are kept per program the loop runs, the outputs' included, in its order.
      Counters from = Checkpoints.counters(ckpt, all.stream().map(Lower.Step::name).toList());
      trainer.from(from);
      Batches.Position at = from.position();
      out.printf(Locale.ROOT, "resuming from %s at epoch %d%s, step %d%n", cmd.resume, at.epoch() + 1,
          at.position() > 0 ? ", sample " + at.position() + " of " + size : "", from.step() + 1);
    }
    watch.configure(trainer, cmd.outDir, name);
    trainer.checkpoint(checkpoint, Map::of).stopWhen(stop::requested).listener(new Shown(names, epochCount, stop));
    if (cmd.metrics != null) trainer.metrics(cmd.metrics, cmd.resume != null);

    Trainer.Result result;
    List<BoundStep> bound = new ArrayList<>();
    try {
      List<Trainer.Step> run = new ArrayList<>();
      for (Compiled k : compiled) {
        BoundStep b = k.program().bind(k.state(), k.next());
        bound.add(b);
        run.add(new Trainer.Step(k.step().name(), b, k.next(), reports.contains(k.step().name())));
      }
      result = trainer.run(run);
    } finally {
      for (BoundStep b : bound) b.close();
    }
    Counters at = result.counters();
    switch (result.ending()) {
      case STOPPED_BEFORE_A_STEP -> {
        out.flush();
        err.println("nnc: " + cmd.file + ": interrupted before the first step; nothing new to save");
        stop.saved();
        return Main.FAULT;
      }
      case STOPPED -> {
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: interrupted at step %d (epoch %d, sample %d); the checkpoint is saved in %s; continue with --resume %s%n",
            cmd.file, at.step(), at.epoch() + 1, at.position().position(), result.saved(), result.saved());
        err.flush();
        stop.saved();
        return Main.FAULT;
      }
      case STOPPED_AFTER_EPOCH -> {
        Trainer.Epoch last = result.epochs().get(result.epochs().size() - 1);
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: interrupted after epoch %d (step %d); the checkpoint is saved in %s; continue with --resume %s%n",
            cmd.file, last.epoch(), last.step(), result.saved(), result.saved());
        err.flush();
        stop.saved();
        return Main.FAULT;
      }
      case DIVERGED -> {
        out.flush();
        err.printf(Locale.ROOT, "nnc: %s: the loss of step %s is %s at step %d (epoch %d); stopped%s%n", cmd.file, result.step(),
            result.loss(), at.step() + 1, at.epoch() + 1,
            result.saved() != null ? ", the checkpoint of epoch " + at.epoch() + " is kept in " + result.saved() : "");
        return Main.FAULT;
      }
      case EARLY_STOPPED -> out.println(watch.stoppedEarly(result, trainer));
      case FINISHED -> { }
    }
    for (String p : state.keySet()) {
      if (p.startsWith("optimizer.") || p.startsWith(Lower.ACCUMULATED)) continue;
      out.println("  " + p + " = " + state.get(p).length + " values");
    }
    out.println("checkpoint: " + checkpoint);
    String best = watch.best(trainer, cmd.outDir, name);
    if (best != null) out.println(best);
    out.flush();
    return Main.OK;
  }

  private record Compiled(Lower.Step step, dev.nnc.exec.Executable program, Map<String, float[]> state, List<String> next) {}

  /** The checkpoint to resume from, read against the whole state, or a fault that says what to do. */
  private static Checkpoint read(Path file, String block, Map<String, int[]> shapes) {
    Map<String, Checkpoint.Spec> specs = new LinkedHashMap<>();
    shapes.forEach((n, shape) -> specs.put(n, Checkpoint.Spec.of(dev.nnc.runtime.DType.F32, shape)));
    try {
      Checkpoint ckpt = Safetensors.read(file, specs);
      ckpt.trainingState();
      return ckpt;
    } catch (DataException e) {
      throw new DataException(file, e.problem() + "; resume from a checkpoint that nnc train wrote for " + block
          + ", or start over without --resume");
    }
  }

  private static Trainer.Data feed(Feed data, Map<String, Node> inputs) {
    return new Trainer.Data() {
      @Override public int size() { return data.size(); }

      @Override public boolean batched() { return data.data().isBatched(); }

      @Override public Map<String, float[]> batch(int[] rows, Map<String, Long> sizes) {
        return data.batch(inputs, rows, sizes);
      }
    };
  }

  /** The progress bar and a line per epoch with every step's mean loss. */
  private final class Shown extends BarListener {
    private final List<String> names;
    private final int epochCount;

    Shown(List<String> names, int epochCount, Interrupt stop) {
      super(cmd.quiet, cmd.stopAfterStep, stop);
      this.names = names;
      this.epochCount = epochCount;
    }

    @Override public void epochEnded(Trainer.Epoch e) {
      List<String> losses = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        losses.add(String.format(Locale.ROOT, "%s loss %.6g", names.get(i), e.losses().get(i)));
        String outputs = names.get(i) + ".";
        e.reports().forEach((report, v) -> {
          if (report.startsWith(outputs)) losses.add(String.format(Locale.ROOT, "%s %.6g", report.substring(outputs.length()), v));
        });
      }
      out.printf(Locale.ROOT, "epoch %d%s: %s%n", e.epoch(),
          e.partial() ? String.format(Locale.ROOT, " (stopped at step %d, sample %d of %d)", e.step(), e.position().position(), e.size()) : "",
          String.join(", ", losses));
      out.flush();
    }
  }

  private static long orDefault(Long v, long fallback) {
    return v != null ? v : fallback;
  }
}
