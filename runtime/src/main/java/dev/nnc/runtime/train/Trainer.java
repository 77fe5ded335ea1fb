package dev.nnc.runtime.train;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.model.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The training loop, one for {@code nnc train} and the typed API's {@code Session.fit}: epochs of
 * seeded batches ({@link Batches}), each fed to bound training steps in order; after each epoch
 * validation, a checkpoint of the whole training state and a metrics line; resume from
 * {@link Counters}; a stop asked for (Ctrl-C) at a step boundary; and a loss that stops being a
 * number stops training with the state as that step found it and the last checkpoint kept. A
 * watched {@link Metric} may stop training early when it stops improving ({@link #earlyStop}) and
 * keep a second checkpoint of its best epoch ({@link #keepBest}).
 *
 * <p>A trainer is configured once (the data, the host copy of the state, the settings, the hooks)
 * and then {@link #run}s bound steps. Epochs and steps count from the start of training, as a
 * checkpoint keeps them: a run that starts at epoch 2 of {@link #epochs epochs(4)} trains two more.
 * The state lives in the bindings while the loop runs; it is read back into the host map before
 * validation and checkpoints, and when the run ends however it ends.
 */
public final class Trainer {
  /**
   * One of the steps run on every batch, in order (a train block with several named steps, a GAN's
   * discriminator and generator, has one each; most have one).
   *
   * @param name the step's name, which keys its loss in checkpoints after the first
   * @param bound the step bound to its state
   * @param updates the states the step gives next values of, which the other steps then see
   * @param report whether the step gives a value to report rather than a loss (a train step's
   *     {@code output}, computed before that step with its batch, counter and parameters): its
   *     mean per epoch is the epoch's {@link Epoch#reports}, it updates nothing, and a value
   *     that is not a number does not stop training
   */
  public record Step(String name, BoundStep bound, List<String> updates, boolean report) {
    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bound, "bound");
      updates = List.copyOf(updates);
      if (report && !updates.isEmpty()) throw new IllegalArgumentException("a reported value updates nothing, but " + name + " updates " + updates);
    }

    /** A step that trains: its value is a loss. */
    public Step(String name, BoundStep bound, List<String> updates) {
      this(name, bound, updates, false);
    }
  }

  /** The training data as the steps take it. */
  public interface Data {
    /** Samples on the first axis, or 1 for a whole graph. */
    int size();

    /** Whether the data is cut into batches of samples (else it is one whole graph). */
    boolean batched();

    /**
     * The steps' inputs for the samples {@code rows} (all of a graph, {@code rows} null), binding
     * their symbolic sizes in {@code sizes}.
     */
    Map<String, float[]> batch(int[] rows, Map<String, Long> sizes);
  }

  /** Scores the state after an epoch. */
  @FunctionalInterface
  public interface Validation {
    /** The scores of the state (the host copy, by name), or null when {@code stop} asks to stop first. */
    Scores score(Map<String, float[]> state, BooleanSupplier stop);
  }

  /** Told how training goes, on the thread that runs it; an exception it throws ends the run. */
  public interface Listener {
    /** An epoch's steps begin: its number from 1 of {@code epochs}, {@code seen} of its {@code size} samples already seen. */
    default void epochStarted(int epoch, int epochs, int size, int seen) {}

    /** After every step: the steps taken, the batch's samples, the epoch's samples seen, and its mean loss so far. */
    default void stepped(long step, int batch, int seen, int size, double meanLoss) {}

    /** The epoch's steps are over: at its end, at the step limit, on a stop or a loss that is not a number. */
    default void stepsEnded() {}

    /** Training ends inside an epoch, on a stop or a loss that is not a number, after at least one step: before any checkpoint. */
    default void halting() {}

    /** After an epoch's validation, before its checkpoint. */
    default void epochEnded(Epoch epoch) {}

    /** After an epoch's checkpoint (null without one) and metrics line. */
    default void epochSaved(Epoch epoch, Path checkpoint) {}
  }

  /**
   * What one epoch did.
   *
   * @param epoch its number, counted from 1 over the whole training
   * @param step the optimizer steps taken so far, over the whole training
   * @param losses each named step's mean loss over the epoch's samples seen
   * @param reports the mean of each reported value over the epoch's samples seen, by its step's name
   * @param validation the scores after the epoch, or null (no validation, or stopped during it)
   * @param samplesPerSecond the training throughput of this run's part of the epoch
   * @param partial whether the step limit ended it before its last batch
   * @param position where the data stands after it
   * @param size the samples of an epoch
   */
  public record Epoch(int epoch, long step, List<Double> losses, Map<String, Double> reports, Scores validation,
      double samplesPerSecond, boolean partial, Batches.Position position, int size) {
    public Epoch {
      losses = List.copyOf(losses);
      reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    }

    /** The first named step's mean loss. */
    public double loss() {
      return losses.get(0);
    }
  }

  /**
   * A number of an epoch that early stopping and the best checkpoint watch, by the name the
   * metrics lines give it: the losses are better lower, the accuracy higher.
   */
  public enum Metric {
    VAL_LOSS("val_loss", false), VAL_ACCURACY("val_accuracy", true), TRAIN_LOSS("train_loss", false);

    private final String label;
    private final boolean higherIsBetter;

    Metric(String label, boolean higherIsBetter) {
      this.label = label;
      this.higherIsBetter = higherIsBetter;
    }

    /** Its name in the metrics lines, the train block and the flags: {@code val_loss}. */
    public String label() {
      return label;
    }

    /** Whether it needs validation data. */
    public boolean validated() {
      return this != TRAIN_LOSS;
    }

    /** The metric of a name, or null. */
    public static Metric named(String label) {
      for (Metric m : values()) if (m.label.equals(label)) return m;
      return null;
    }

    /** The names, as a list to show. */
    public static List<String> labels() {
      return Arrays.stream(values()).map(Metric::label).toList();
    }

    /** Its value after an epoch; NaN when the epoch has none (no validation, or stopped during it). */
    public double of(Epoch e) {
      if (this == TRAIN_LOSS) return e.loss();
      Scores v = e.validation();
      if (v == null) return Double.NaN;
      return this == VAL_LOSS ? v.loss() : v.accuracy();
    }

    /** Whether {@code value} is strictly better than {@code best}. */
    public boolean better(double value, double best) {
      return higherIsBetter ? value > best : value < best;
    }
  }

  /** How a run ended. */
  public enum Ending {
    /** The epochs (or steps) asked for are trained. */
    FINISHED,
    /** Stopped on request before this run took a step: nothing new was saved. */
    STOPPED_BEFORE_A_STEP,
    /** Stopped on request inside an epoch: the checkpoint holds where it stood. */
    STOPPED,
    /** Stopped on request at an epoch's end, after its checkpoint. */
    STOPPED_AFTER_EPOCH,
    /** A loss was not a number: the state is as that step found it, the last checkpoint is kept. */
    DIVERGED,
    /** The metric early stopping watches did not improve for its patience's epochs: stopped after that epoch's checkpoint. */
    EARLY_STOPPED
  }

  /**
   * The end of a run.
   *
   * @param ending how it ended
   * @param counters where training stands (for {@link Ending#DIVERGED}, before the failing step)
   * @param loss the loss that was not a number, else NaN
   * @param step the name of the step whose loss it was, else null
   * @param saved the last checkpoint this run wrote, or null
   * @param epochs the epochs this run ended
   */
  public record Result(Ending ending, Counters counters, double loss, String step, Path saved, List<Epoch> epochs) {
    public Result {
      epochs = List.copyOf(epochs);
    }
  }

  private static final Listener SILENT = new Listener() {};

  private final Data data;
  private final Map<String, float[]> state;
  private final Map<String, int[]> shapes;
  private int epochs = 1;
  private Long maxSteps;
  private java.time.Duration timeLimit;
  /** When the time limit is reached, by System.nanoTime; 0 for none. */
  private long deadline;
  private int batch = 32;
  private long seed = 42;
  private Counters from = Counters.START;
  private Validation validation;
  private Path checkpoint;
  private Supplier<Map<String, String>> extraMetadata = Map::of;
  private Path metrics;
  private boolean appendMetrics;
  private BooleanSupplier stop = () -> false;
  private Listener listener = SILENT;
  private Metric stopMetric;
  private int patience;
  private Metric bestMetric;
  private Path best;

  // Where the run stands, kept up to date step by step (counters() reads it, also after a fault).
  private long step;
  private Batches.Position position;
  private double[] sums;
  private long seen;
  private final Map<String, Counters.Best> bests = new LinkedHashMap<>();

  /**
   * @param data the training data
   * @param state the host copy of the training state by name: read for checkpoints and
   *     validation, and given the state's values whenever the loop reads them back
   * @param shapes each state's shape, for checkpoints
   */
  public Trainer(Data data, Map<String, float[]> state, Map<String, int[]> shapes) {
    this.data = Objects.requireNonNull(data, "data");
    this.state = Objects.requireNonNull(state, "state");
    this.shapes = Objects.requireNonNull(shapes, "shapes");
  }

  /** Trains until this many epochs are complete, counted from the start of training (default 1). */
  public Trainer epochs(int epochs) {
    if (epochs < 0) throw new IllegalArgumentException("epochs " + epochs);
    this.epochs = epochs;
    return this;
  }

  /** Stops once this many steps are taken, counted from the start, mid-epoch if need be (null: no limit). */
  public Trainer steps(Long maxSteps) {
    this.maxSteps = maxSteps;
    return this;
  }

  /**
   * Stops at the first step boundary once this long has passed since {@link #run} began, as the
   * step limit stops: the epoch so far is validated and saved, and the run is finished (null: no limit).
   */
  public Trainer time(java.time.Duration limit) {
    if (limit != null && (limit.isNegative() || limit.isZero())) throw new IllegalArgumentException("time limit " + limit);
    this.timeLimit = limit;
    return this;
  }

  /** Whether the step or time limit is reached. */
  private boolean limited() {
    return maxSteps != null && step >= maxSteps || deadline != 0 && System.nanoTime() - deadline >= 0;
  }

  /** Samples a step (default 32; a graph is one batch). */
  public Trainer batch(int batch) {
    this.batch = batch;
    return this;
  }

  /** The seed of the batch order (default 42), and of the checkpoints' training state. */
  public Trainer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Where training stands when the run starts: a checkpoint's {@link Checkpoints#counters}, or {@link Counters#START}. */
  public Trainer from(Counters from) {
    this.from = Objects.requireNonNull(from, "from");
    return this;
  }

  /** Scores the state after every epoch (null: none). */
  public Trainer validation(Validation validation) {
    this.validation = validation;
    return this;
  }

  /**
   * Writes a checkpoint to {@code file} after every epoch and when stopped inside one, with
   * {@code extra} metadata beside the training state (asked for at each write).
   */
  public Trainer checkpoint(Path file, Supplier<Map<String, String>> extra) {
    this.checkpoint = file;
    this.extraMetadata = Objects.requireNonNull(extra, "extra");
    return this;
  }

  /**
   * Writes one JSON line per epoch to {@code file}: epoch, step, train_loss, val_loss and
   * val_accuracy when there are any, samples_per_second; the file is emptied when the run
   * starts unless {@code append} (a resumed run).
   */
  public Trainer metrics(Path file, boolean append) {
    this.metrics = file;
    this.appendMetrics = append;
    return this;
  }

  /**
   * Stops training after an epoch when {@code metric} has not improved on its best for
   * {@code patience} epochs in a row (null: never stops early). Its best so far is kept in the
   * checkpoints, so a resumed run counts on.
   */
  public Trainer earlyStop(Metric metric, int patience) {
    if (metric != null && patience < 1) throw new IllegalArgumentException("patience " + patience);
    this.stopMetric = metric;
    this.patience = patience;
    return this;
  }

  /**
   * After every epoch whose {@code metric} is the best so far, also writes its checkpoint to
   * {@code file}, as the checkpoint of every epoch is written (null: no best checkpoint).
   */
  public Trainer keepBest(Metric metric, Path file) {
    if ((metric == null) != (file == null)) throw new IllegalArgumentException("a best checkpoint needs both a metric and a file");
    this.bestMetric = metric;
    this.best = file;
    return this;
  }

  /** Asked at every step boundary and during validation: true stops the run, saving where it stands. */
  public Trainer stopWhen(BooleanSupplier stop) {
    this.stop = Objects.requireNonNull(stop, "stop");
    return this;
  }

  public Trainer listener(Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * The order of the batches: samples a step takes are the batch size, at most the data's size,
   * and 1 for a graph.
   *
   * @throws DataException when that is not a positive number (data without samples)
   */
  public Batches batches() {
    return new Batches(data.size(), data.batched() ? Math.min(batch, data.size()) : 1, true, seed);
  }

  /** Where training stands: before a run, where it will start; during and after one, where it got to. */
  public Counters counters() {
    if (position == null) return from;
    List<Double> l = new ArrayList<>();
    for (double s : sums) l.add(s);
    return new Counters(step, position, l, seen, bests);
  }

  /**
   * Trains with {@code steps} (bound to the state as it stands, run in order on every batch)
   * until the epochs or steps are done, a stop is asked for, or a loss is not a number. The host
   * state holds the steps' state when this returns or throws.
   */
  public Result run(List<Step> steps) {
    if (steps.stream().allMatch(Step::report)) throw new IllegalArgumentException("no step to train with");
    List<Step> all = List.copyOf(steps);
    Throwable failure = null;
    try {
      return loop(all, new Sync(all));
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        read(all);
      } catch (RuntimeException e) {
        if (failure == null) throw e;
        failure.addSuppressed(e);
      }
    }
  }

  private Result loop(List<Step> steps, Sync sync) {
    int size = data.size();
    Batches batches = batches();
    List<String> names = steps.stream().map(Step::name).toList();
    int first = 0; // the first step that trains, whose loss is the run's
    while (steps.get(first).report()) first++;
    step = from.step();
    position = from.position();
    sums = new double[steps.size()];
    for (int i = 0; i < sums.length; i++) sums[i] = from.lossSum(i);
    seen = from.samples();
    bests.clear();
    bests.putAll(from.best());
    if (metrics != null && !appendMetrics) writeMetrics("", false);
    long firstStep = step;
    Batches.Position start = from.position();
    Path saved = null;
    List<Epoch> done = new ArrayList<>();
    deadline = timeLimit == null ? 0 : (System.nanoTime() + timeLimit.toNanos()) | 1;
    for (int epoch = start.epoch(); epoch < epochs && !limited(); epoch++) {
      position = epoch == start.epoch() ? start : new Batches.Position(epoch, 0);
      boolean partial = false;
      long started = System.nanoTime();
      long seenNow = 0;
      int inEpoch = position.position();
      listener.epochStarted(epoch + 1, epochs, size, inEpoch);
      for (Batches.Batch b : batches.epoch(position)) {
        if (limited()) {
          partial = true;
          break;
        }
        if (stop.getAsBoolean()) {
          listener.stepsEnded();
          if (step == firstStep) return new Result(Ending.STOPPED_BEFORE_A_STEP, counters(), Double.NaN, null, saved, done);
          listener.halting();
          read(steps);
          saved = save(names);
          return new Result(Ending.STOPPED, counters(), Double.NaN, null, saved, done);
        }
        Map<String, Long> sizes = new HashMap<>();
        Map<String, float[]> inputs = data.batch(data.batched() ? b.rows() : null, sizes);
        double[] losses = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
          double loss = steps.get(i).bound().step(inputs, sizes, step + 1);
          if (!Double.isFinite(loss) && !steps.get(i).report()) {
            listener.stepsEnded();
            listener.halting();
            return new Result(Ending.DIVERGED, counters(), loss, steps.get(i).name(), saved, done);
          }
          losses[i] = loss;
          sync.after(i);
        }
        step++;
        for (int i = 0; i < losses.length; i++) sums[i] += losses[i] * b.size();
        seen += b.size();
        seenNow += b.size();
        inEpoch += b.size();
        position = b.next();
        listener.stepped(step, b.size(), inEpoch, size, sums[first] / seen);
      }
      listener.stepsEnded();
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      List<Double> means = new ArrayList<>();
      Map<String, Double> reports = new LinkedHashMap<>();
      for (int i = 0; i < sums.length; i++) {
        if (steps.get(i).report()) reports.put(names.get(i), sums[i] / seen);
        else means.add(sums[i] / seen);
      }
      read(steps);
      Scores scores = validation == null ? null : validation.score(state, stop);
      Epoch e = new Epoch(epoch + 1, step, means, reports, scores, seenNow / seconds, partial, position, size);
      listener.epochEnded(e);
      if (!partial) {
        // The epoch is over; a partial one goes on when the run is resumed, keeping its loss so far.
        position = new Batches.Position(epoch + 1, 0);
        Arrays.fill(sums, 0);
        seen = 0;
      }
      boolean bestNow = !partial && bestMetric != null && watch(bestMetric, e);
      if (!partial && stopMetric != null && stopMetric != bestMetric) watch(stopMetric, e);
      if (checkpoint != null) saved = save(names);
      if (bestNow) write(best, names);
      if (metrics != null) writeMetrics(metricsLine(e), true);
      listener.epochSaved(e, checkpoint != null ? saved : null);
      done.add(e);
      if (stop.getAsBoolean()) return new Result(Ending.STOPPED_AFTER_EPOCH, counters(), Double.NaN, null, saved, done);
      boolean more = epoch + 1 < epochs && !limited();
      if (!partial && more && stopMetric != null && plateaued(epoch + 1)) {
        return new Result(Ending.EARLY_STOPPED, counters(), Double.NaN, null, saved, done);
      }
    }
    return new Result(Ending.FINISHED, counters(), Double.NaN, null, saved, done);
  }

  /** Keeps the epoch's value of {@code metric} when it is the best so far; returns whether it is. A value that is NaN is never best. */
  private boolean watch(Metric metric, Epoch e) {
    double v = metric.of(e);
    if (Double.isNaN(v)) return false;
    Counters.Best b = bests.get(metric.label());
    if (b != null && !metric.better(v, b.value())) return false;
    bests.put(metric.label(), new Counters.Best(v, e.epoch()));
    return true;
  }

  /** Whether early stopping's metric has gone {@code patience} epochs without a new best by the end of epoch {@code epoch}. */
  private boolean plateaued(int epoch) {
    Counters.Best b = bests.get(stopMetric.label());
    int since = b == null ? epoch : epoch - b.epoch();
    return since >= patience;
  }

  /** The best value of a watched metric so far and its epoch, or null. */
  public Counters.Best best(Metric metric) {
    return bests.get(metric.label());
  }

  /** Reads the steps' state into the host copy (in step order: they agree on what they share). */
  private void read(List<Step> steps) {
    for (Step s : steps) s.bound().read(state);
  }

  /** Writes the host state and where the run stands; null without a checkpoint file. */
  private Path save(List<String> names) {
    if (checkpoint == null) return null;
    write(checkpoint, names);
    return checkpoint;
  }

  private void write(Path file, List<String> names) {
    Map<String, String> meta = Checkpoints.metadata(counters(), seed, names);
    meta.putAll(extraMetadata.get());
    Checkpoints.write(file, state, shapes, meta);
  }

  private static String metricsLine(Epoch e) {
    Scores v = e.validation();
    double valLoss = v == null ? Double.NaN : v.loss(), valAccuracy = v == null ? Double.NaN : v.accuracy();
    StringBuilder reports = new StringBuilder();
    e.reports().forEach((name, value) -> reports.append(", \"").append(name).append("\": ").append(json(value)));
    return String.format(Locale.ROOT, "{\"epoch\": %d, \"step\": %d, \"train_loss\": %s%s%s%s, \"samples_per_second\": %.1f}%n",
        e.epoch(), e.step(), json(e.loss()), Double.isNaN(valLoss) ? "" : ", \"val_loss\": " + json(valLoss),
        Double.isNaN(valAccuracy) ? "" : ", \"val_accuracy\": " + json(valAccuracy), reports, e.samplesPerSecond());
  }

  /** A number as JSON has it: NaN and infinities have no JSON form, so they are written as null. */
  private static String json(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
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

  /**
   * With several named steps, each bound to a state of its own: after a step, the states it
   * updated are copied into every other step that holds them, so the next step sees them.
   */
  private final class Sync {
    private final List<Step> steps;
    private final List<Set<String>> held = new ArrayList<>();

    Sync(List<Step> steps) {
      this.steps = steps;
      for (Step s : steps) held.add(new HashSet<>(s.bound().stateNames()));
    }

    void after(int i) {
      if (steps.size() < 2) return;
      Map<String, float[]> moved = new LinkedHashMap<>();
      for (String name : steps.get(i).updates()) moved.put(name, new float[state.get(name).length]);
      steps.get(i).bound().read(moved);
      for (int j = 0; j < steps.size(); j++) {
        if (j == i) continue;
        Map<String, float[]> into = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> m : moved.entrySet()) if (held.get(j).contains(m.getKey())) into.put(m.getKey(), m.getValue());
        if (!into.isEmpty()) steps.get(j).bound().write(into);
      }
    }
  }
}
