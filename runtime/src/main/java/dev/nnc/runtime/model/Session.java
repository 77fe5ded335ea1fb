package dev.nnc.runtime.model;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.Checkpoints;
import dev.nnc.runtime.train.Counters;
import dev.nnc.runtime.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A model with its training state, run by its {@link Programs}: the facade the classes generated
 * by the nnc Maven plugin call, and what the compiler's {@code dev.nnc.api.Sessions} opens from a
 * {@code .nn} file. The training state (parameters, running statistics, optimizer states) lives
 * here as float32 arrays under the names {@code nnc train} gives them, so checkpoints pass both
 * ways; training takes the batches in the order {@code nnc train} does, so that on the same
 * device it gives the same parameters bit for bit. A session is not thread-safe.
 */
public final class Session implements AutoCloseable {
  /** The prefix of the training states that hold gradients summed over batches ({@code accumulate}). */
  private static final String ACCUMULATED = "accumulated.";

  /** The input that counts optimizer steps, which the session feeds itself. */
  public static final String STEP = "step";
  /**
   * The input leaf of a sample or generate program's seed: its random draws are keyed by the value
   * given here when it runs, an integer in {@code [0, 2^24)} (exact as the float32 it travels as).
   */
  public static final String SEED = "seed";
  /** The largest seed a sample program takes, plus one: 2^24. */
  public static final long SEEDS = 1L << 24;

  private final ModelSpec spec;
  private final String model;
  private final Programs programs;
  private final Map<String, float[]> state = new LinkedHashMap<>();
  private final Map<String, int[]> shapes = new LinkedHashMap<>();

  /** The seed of the last step fitted with, which checkpoints record. */
  private long seed;
  /** Where training stands: steps, the data position and the partial epoch's loss, as checkpoints keep it. */
  private Counters at = Counters.START;

  /** The outputs of one prediction, by output name, as the arrays the output's dtype calls for. */
  public record Result(Map<String, Object> values) {
    public Result {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public float[] floats(String output) { return (float[]) value(output); }

    public int[] ints(String output) { return (int[]) value(output); }

    public boolean[] booleans(String output) { return (boolean[]) value(output); }

    private Object value(String output) {
      Object v = values.get(output);
      if (v == null) throw new IllegalArgumentException("no output `" + output + "`; the outputs are " + String.join(", ", values.keySet()));
      return v;
    }
  }

  /**
   * A session of a model from its description, its initial training state (float32 tensors by
   * checkpoint name: what {@code nnc train} starts from) and its programs.
   */
  public Session(ModelSpec spec, Map<String, Tensor> initial, Programs programs) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.model = spec.model();
    this.programs = Objects.requireNonNull(programs, "programs");
    this.seed = spec.seed();
    initial.forEach((name, t) -> {
      state.put(name, t.floats().clone());
      shapes.put(name, t.shape());
    });
  }

  /**
   * Opens the model the nnc Maven plugin packaged as the resource {@code resource} beside
   * {@code anchor} (the generated class): its programs are the images compiled at build time for
   * the JVM backend, run with the runtime alone.
   *
   * @throws ModelException when the resource is missing, corrupt, or of another format version
   */
  public static Session open(Class<?> anchor, String resource) {
    ModelFile file = ModelFile.resource(anchor, resource);
    return new Session(file.spec(), file.state(), file.programs());
  }

  /**
   * {@link #open(Class, String)} with the initial parameters drawn from {@code seed}, as
   * {@code nnc train --seed} draws them, and {@code seed} the session's seed (the order of the
   * batches, the checkpoints' {@code nnc.seed}); the same seed gives the same bytes. A step that
   * draws random numbers (dropout) keeps the train block's seed for them, so {@code fit} refuses
   * another seed for such a model ({@link ModelFile}).
   *
   * @throws ModelException when the resource is missing, corrupt, or of another format version, or
   *     an initial value depends on the seed in a way the runtime cannot redraw ({@link ModelFile#state(long)})
   */
  public static Session open(Class<?> anchor, String resource, long seed) {
    ModelFile file = ModelFile.resource(anchor, resource);
    return new Session(file.spec().withSeed(seed), file.state(seed), file.programs());
  }

  /** The model's name. */
  public String model() { return model; }

  /** What the model is and where it came from. */
  public ModelSpec spec() { return spec; }

  /** What runs the model, saying when a program fell back to another evaluator. */
  public String describe() {
    return model + " on " + programs.describe();
  }

  // ------------------------------------------------------------------ prediction

  /**
   * Runs the model in evaluation mode on one batch: {@code inputs} by name ({@code float[]},
   * {@code int[]} or {@code boolean[]}, row-major), {@code sizes} the symbolic sizes their lengths
   * do not determine. Every output, copied.
   *
   * @throws IllegalArgumentException when an input is missing or its length does not fit its type
   */
  public Result predict(Map<String, ?> inputs, Map<String, Long> sizes) {
    if (spec.outputs().isEmpty()) throw new ModelException(spec.origin() + ": model " + model + " has no output to predict");
    Programs.Program p = programs.outputs();
    Map<String, Field> types = new LinkedHashMap<>();
    Map<String, Integer> lengths = new LinkedHashMap<>();
    Map<String, float[]> leaves = parameters(p);
    for (Field in : spec.inputs()) {
      String name = in.name();
      if (!(inputs.containsKey(name) || p.inputs().contains(name))) continue;
      Object given = inputs.get(name);
      if (given == null) {
        throw new IllegalArgumentException(model + ".predict: no value for `" + name + "`"
            + (spec.targets().contains(name) ? ", a target, which an output of the model reads" : ""));
      }
      float[] f = Values.floats(name, given);
      leaves.put(name, f);
      types.put(name, in);
      lengths.put(name, f.length);
    }
    Map<String, Long> bound = Sizes.solve(model + ".predict", types, lengths, sizes);
    if (p.inputs().contains(STEP)) leaves.put(STEP, new float[] {0});
    List<float[]> out = p.runner().run(leaves, bound);
    Map<String, Object> values = new LinkedHashMap<>();
    int i = 0;
    for (Field o : spec.outputs()) {
      float[] f = out.get(i++);
      values.put(o.name(), switch (o.dtype()) {
        case I32, I64 -> Values.ints(f);
        case BOOL -> Values.booleans(f);
        case F32, F64 -> f.clone();
      });
    }
    return new Result(values);
  }

  /**
   * Runs the sample or generate program {@code program} that uses this model, with the model's
   * current parameters: {@code count} samples (the size {@code B}, and any other size of its
   * outputs), its random draws keyed by {@code seed} as {@code nnc sample --seed} keys them, so the
   * same seed gives the same outputs as {@code nnc sample} with the same parameters. Every output,
   * copied, as {@link #predict} gives them.
   *
   * @throws IllegalArgumentException when {@code count} is below 1 or {@code seed} outside {@code [0, 2^24)}
   * @throws ModelException when the model has no such program
   */
  public Result sample(String program, int count, long seed) {
    if (count < 1) throw new IllegalArgumentException(model + "." + program + ": count must be at least 1, found " + count);
    if (seed < 0 || seed >= SEEDS) {
      throw new IllegalArgumentException(model + "." + program + ": seed must be from 0 to " + (SEEDS - 1) + ", found " + seed);
    }
    Programs.Sampler s = programs.sample(program);
    Map<String, float[]> leaves = parameters(s.program());
    leaves.put(STEP, new float[] {0});
    leaves.put(SEED, new float[] {seed});
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (String size : s.sizes()) sizes.put(size, (long) count);
    List<float[]> out = s.program().runner().run(leaves, sizes);
    Map<String, Object> values = new LinkedHashMap<>();
    int i = 0;
    for (Field o : s.outputs()) values.put(o.name(), typed(o, out.get(i++)));
    return new Result(values);
  }

  private static Object typed(Field o, float[] f) {
    return switch (o.dtype()) {
      case I32, I64 -> Values.ints(f);
      case BOOL -> Values.booleans(f);
      case F32, F64 -> f.clone();
    };
  }

  /**
   * A data set of the model's inputs and targets by name, shaped by their types, to {@link #fit} or
   * {@link #evaluate}: batched on the first axis, or one whole graph for a model trained on a graph.
   */
  public DataSet dataset(Map<String, ?> fields, Map<String, Long> sizes) {
    Map<String, Field> types = new LinkedHashMap<>();
    Map<String, Integer> lengths = new LinkedHashMap<>();
    Map<String, Object> arrays = new LinkedHashMap<>();
    for (Field in : spec.inputs()) {
      Object v = fields.get(in.name());
      if (v == null) continue;
      arrays.put(in.name(), v);
      types.put(in.name(), in);
      lengths.put(in.name(), Values.floats(in.name(), v).length);
    }
    for (String name : fields.keySet()) {
      if (!types.containsKey(name)) throw new IllegalArgumentException(model + " has no input or target `" + name + "`");
    }
    Map<String, Long> bound = Sizes.solve(model + ".dataset", types, lengths, sizes);
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    arrays.forEach((name, v) -> tensors.put(name, tensor(name, v, types.get(name), bound)));
    return spec.graph() ? DataSet.graph(model, tensors) : DataSet.batched(model, tensors);
  }

  private static Tensor tensor(String name, Object v, Field type, Map<String, Long> sizes) {
    int[] shape = type.shape(sizes);
    return switch (type.dtype()) {
      case I32, I64 -> Tensor.i32(v instanceof int[] a ? a : Values.ints(Values.floats(name, v)), shape);
      case BOOL -> Tensor.bool(v instanceof boolean[] a ? a : Values.booleans(Values.floats(name, v)), shape);
      case F32, F64 -> Tensor.f32(Values.floats(name, v), shape);
    };
  }

  // ------------------------------------------------------------------ scores

  /**
   * The mean loss and, when the train block lists {@code metrics accuracy}, the accuracy over a
   * data set in evaluation mode, in batches of the train block's batch size (in file order).
   */
  public Scores evaluate(DataSet data) {
    if (spec.outputs().isEmpty() && !spec.loss()) {
      throw new ModelException(spec.origin() + ": model " + model + " has no output and no loss to evaluate");
    }
    Programs.Program p = programs.scoring();
    Feeder feed = new Feeder(model, data, fields(p));
    boolean hasOutput = !spec.outputs().isEmpty(), hasLoss = spec.loss();
    int lossAt = hasOutput ? 1 : 0;
    boolean counting = spec.accuracy() && hasOutput && feed.has("y");
    float[] y = counting ? feed.field("y") : null;
    if (!feed.batched()) {
      List<float[]> out = run(p, feed, null);
      float[] mask = feed.has("mask") ? feed.field("mask") : null;
      int right = 0, total = 0;
      if (y != null) {
        float[] scores = out.get(0);
        int classes = scores.length / y.length;
        for (int i = 0; i < y.length; i++) {
          if (mask != null && mask[i] != 0) continue;
          total++;
          if (argmax(scores, i * classes, classes) == (int) y[i]) right++;
        }
      }
      return new Scores(hasLoss ? out.get(lossAt)[0] : Double.NaN, total == 0 ? Double.NaN : (double) right / total, total);
    }
    int n = feed.size(), batch = spec.batch();
    double loss = 0;
    long right = 0;
    int positions = 1;
    for (int from = 0; from < n; from += batch) {
      int[] rows = range(from, Math.min(n, from + batch));
      List<float[]> out = run(p, feed, rows);
      if (hasLoss) loss += out.get(lossAt)[0] * (double) rows.length;
      if (y != null) {
        float[] scores = out.get(0);
        int width = scores.length / rows.length, per = y.length / n;
        positions = Classes.positions(width, per);
        int classes = width / positions;
        for (int i = 0; i < rows.length; i++) {
          for (int q = 0; q < positions; q++) {
            int truth = positions == 1 ? label(y, rows[i], per) : (int) y[rows[i] * per + q];
            if (argmax(scores, (i * positions + q) * classes, classes) == truth) right++;
          }
        }
      }
    }
    return new Scores(hasLoss && n > 0 ? loss / n : Double.NaN, y != null && n > 0 ? (double) right / ((double) n * positions) : Double.NaN,
        n);
  }

  private List<float[]> run(Programs.Program p, Feeder feed, int[] rows) {
    Map<String, Long> sizes = new HashMap<>();
    Map<String, float[]> leaves = parameters(p);
    leaves.putAll(feed.batch(rows, sizes));
    if (p.inputs().contains(STEP)) leaves.put(STEP, new float[] {0});
    return p.runner().run(leaves, sizes);
  }

  // ------------------------------------------------------------------ training

  /**
   * Trains the model on a data set as {@code nnc train} does with the same settings, with the
   * same loop ({@link Trainer}): the training step (forward, backward, the optimizer's update)
   * bound once to the training state, the batches in an order drawn from the seed and the epoch.
   * Epochs count from the start of training, as {@code nnc train --epochs N --resume} counts them:
   * a session that has trained 2 epochs (in earlier fits, or in the checkpoint it loaded) trains 2
   * more to reach {@code epochs(4)}, and none for {@code epochs(2)}. A checkpoint saved inside an
   * epoch goes on from the sample where it stopped.
   *
   * @return what each epoch trained here did; empty when the epochs are already trained
   * @throws ModelException when the model has no train block with an optimizer, or the loss stops
   *     being a number (the parameters are then those before that step)
   */
  public List<Epoch> fit(DataSet data, FitOptions options, Progress progress) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    if (!spec.trainable()) {
      throw new ModelException(spec.origin() + ": model " + model + " has no train block with an optimizer to train it with; add one, "
          + "such as `train " + model + " { optimizer SGD(lr: 0.01) }` (use std.optim)");
    }
    long seedValue = options.seed() != null ? options.seed() : spec.seed();
    Programs.Step t = programs.step(seedValue, options.step());
    // Accumulating where the train block does not: the sums start at zero, shaped as their parameters.
    for (String name : t.next()) {
      if (state.containsKey(name) || !name.startsWith(ACCUMULATED)) continue;
      int[] shape = shapes.get(name.substring(ACCUMULATED.length()));
      if (shape == null) continue;
      state.put(name, new float[Arrays.stream(shape).reduce(1, (a, b) -> a * b)]);
      shapes.put(name, shape.clone());
    }
    // FitOptions' early stopping, else the train block's.
    String stopName = options.earlyStop() != null ? options.earlyStop() : spec.earlyStop();
    Integer patience = options.patience() != null ? options.patience() : spec.earlyStop() != null ? Integer.valueOf(spec.patience()) : null;
    Trainer.Metric stopOn = stopName == null ? null : Trainer.Metric.named(stopName);
    Trainer.Metric bestBy = options.keepBest() == null ? null : Trainer.Metric.named(options.keepBest());
    if (stopOn != null && patience == null) {
      throw new IllegalArgumentException("earlyStop needs a patience: FitOptions.earlyStop(\"" + stopOn.label() + "\", 5)");
    }
    if (bestBy != null && options.best() == null) throw new IllegalArgumentException("keepBest needs a file to write the best checkpoint to");
    for (Trainer.Metric m : new Trainer.Metric[] {stopOn, bestBy}) {
      if (m != null && m.validated() && options.validation() == null) {
        throw new IllegalArgumentException((m == stopOn && options.earlyStop() == null ? "the train block's early_stop watches " : "")
            + m.label() + " needs validation data: FitOptions.validation(...), or watch train_loss");
      }
    }
    seed = seedValue;
    Feeder feed = new Feeder(model, data, fields(t.program()));
    if (feed.size() == 0) throw new DataException("data set `" + data.name() + "` has no samples to train on");
    DataSet validation = options.validation();
    List<Epoch> history = new ArrayList<>();
    Trainer trainer = new Trainer(feed, state, shapes)
        .epochs(options.epochs() != null ? options.epochs() : spec.epochs())
        .batch(options.batch() != null ? options.batch() : spec.batch())
        .seed(seedValue)
        .from(at)
        .validation(validation == null ? null : (s, stop) -> evaluate(validation))
        .earlyStop(stopOn, stopOn == null ? 0 : patience)
        .keepBest(bestBy, bestBy == null ? null : options.best())
        .listener(new Trainer.Listener() {
          @Override public void stepped(long step, int batch, int seen, int size, double meanLoss) {
            progress.step(step, seen, size, meanLoss);
          }

          @Override public void epochEnded(Trainer.Epoch e) {
            Epoch done = new Epoch(e.epoch(), e.step(), e.loss(), e.validation(), e.samplesPerSecond());
            history.add(done);
            progress.epoch(done);
          }
        });
    Trainer.Result result;
    try (BoundStep bound = t.bind(state)) {
      result = trainer.run(List.of(new Trainer.Step(model, bound, t.next())));
    } finally {
      at = trainer.counters();
    }
    if (result.ending() == Trainer.Ending.DIVERGED) {
      throw new ModelException(String.format(Locale.ROOT, "%s: the loss is %s at step %d (epoch %d); stopped before that step's "
          + "update, so the parameters are as the step found them: try a lower learning rate", model, result.loss(),
          at.step() + 1, at.epoch() + 1));
    }
    return List.copyOf(history);
  }

  // ------------------------------------------------------------------ checkpoints and parameters

  /**
   * Writes the training state as {@code nnc train} writes its checkpoints (safetensors, float32,
   * PyTorch-style names, the step, epoch and seed in the metadata), atomically; {@code nnc eval},
   * {@code nnc predict} and {@code nnc train --resume} read it.
   */
  public void save(Path file) {
    Checkpoints.write(file, state, shapes, Checkpoints.metadata(at, seed, List.of(model)));
  }

  /**
   * Reads the parameters and running statistics from a checkpoint, such as one {@code nnc train}
   * wrote, and its optimizer states and step count when it has them. A checkpoint without one of
   * the model's parameters, with one of another shape, or with a tensor the model does not have
   * (other than {@code optimizer.} states), is refused naming the tensor; nothing changes then.
   */
  public void load(Path file) {
    Checkpoint ckpt = Safetensors.read(file);
    String fix = "; pass a checkpoint that nnc train wrote for " + model;
    Map<String, float[]> read = new LinkedHashMap<>();
    for (String name : state.keySet()) {
      Tensor t = ckpt.tensors().get(name);
      boolean required = spec.parameters().contains(name);
      if (t == null) {
        if (required) throw new DataException(file, "checkpoint does not match model " + model + ": it has no tensor `" + name + "`" + fix);
        continue;
      }
      if (!Arrays.equals(shapes.get(name), t.shape())) {
        throw new DataException(file, "checkpoint does not match model " + model + ": tensor `" + name + "` is " + t.type()
            + ", the model expects " + Tensor.type(DType.F32, shapes.get(name)) + fix);
      }
      read.put(name, t.toFloats());
    }
    // A tensor the session does not have means another model's checkpoint (another optimizer's
    // states are only left unread: the parameters are what matters).
    for (Map.Entry<String, Tensor> e : ckpt.tensors().entrySet()) {
      if (!state.containsKey(e.getKey()) && !e.getKey().startsWith("optimizer.") && !e.getKey().startsWith(ACCUMULATED)) {
        throw new DataException(file, "checkpoint does not match model " + model + ": tensor `" + e.getKey() + "` (" + e.getValue().type()
            + ") is not in the model" + fix);
      }
    }
    Counters counters = null;
    try {
      counters = Checkpoints.counters(ckpt, List.of(model));
    } catch (DataException e) {
      // Weights without training counters: training goes on counting from here.
    }
    read.forEach((name, v) -> System.arraycopy(v, 0, state.get(name), 0, v.length));
    if (counters != null) at = counters;
  }

  /** The names of the model's parameters and running statistics, as checkpoints name them. */
  public List<String> parameterNames() {
    return spec.parameters();
  }

  /** A copy of a parameter, running statistic or optimizer state, by its checkpoint name. */
  public Tensor parameter(String name) {
    return Tensor.f32(slot(name).clone(), shapes.get(name));
  }

  /** Replaces a parameter's values (any dtype; the shape must be the parameter's). */
  public void parameter(String name, Tensor value) {
    float[] into = slot(name);
    if (!Arrays.equals(shapes.get(name), value.shape())) {
      throw new IllegalArgumentException(model + ": parameter `" + name + "` is " + Tensor.type(DType.F32, shapes.get(name))
          + ", the new value is " + value.type());
    }
    System.arraycopy(value.toFloats(), 0, into, 0, into.length);
  }

  private float[] slot(String name) {
    float[] v = state.get(name);
    if (v == null) {
      throw new IllegalArgumentException(model + " has no parameter `" + name + "`; its parameters are " + String.join(", ", parameterNames()));
    }
    return v;
  }

  /** Drops the programs made so far. */
  @Override public void close() {
    programs.release();
  }

  // ------------------------------------------------------------------ small things

  /** The fields of the inputs a program reads, but the step counter the session feeds itself. */
  private List<Field> fields(Programs.Program p) {
    List<Field> out = new ArrayList<>();
    for (String name : p.inputs()) {
      if (name.equals(STEP)) continue;
      Field f = spec.input(name);
      if (f == null) throw new IllegalStateException(model + ": a program reads `" + name + "`, which is no input of the model");
      out.add(f);
    }
    return out;
  }

  private Map<String, float[]> parameters(Programs.Program p) {
    Map<String, float[]> leaves = new HashMap<>();
    for (String name : p.params()) leaves.put(name, state.get(name));
    return leaves;
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) r[i] = from + i;
    return r;
  }

  private static int label(float[] y, int row, int per) {
    return per == 1 ? (int) y[row] : argmax(y, row * per, per);
  }

  private static int argmax(float[] v, int from, int n) {
    int best = 0;
    for (int c = 1; c < n; c++) if (v[from + c] > v[from + best]) best = c;
    return best;
  }
}
