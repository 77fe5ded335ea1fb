package dev.nnc.runtime.model;

import dev.nnc.runtime.Binary;
import dev.nnc.runtime.DType;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.jvm.Formula;
import dev.nnc.runtime.jvm.Gemm;
import dev.nnc.runtime.jvm.ImageProgram;
import dev.nnc.runtime.jvm.Parallel;
import dev.nnc.runtime.jvm.ProgramImage;
import dev.nnc.runtime.train.BoundStep;
import dev.nnc.runtime.train.StepOptions;
import dev.nnc.runtime.train.Trainer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A model packaged ahead of time, which a {@link Session} runs with the runtime alone: its
 * {@link ModelSpec}, its initial training state, and its programs compiled for the JVM backend as
 * {@link ProgramImage}s, each with the inputs and parameters it reads (the training step also with
 * the names of its next-state results). The nnc Maven plugin writes one beside each generated
 * class; docs/runtime.md describes the format.
 *
 * @param outputs the program of every output, or null for a model without outputs
 * @param scoring the program of the first output and the loss, or null for a model with neither
 * @param step the training step, or null for a model no train block with an optimizer trains
 * @param stepLr the same step with the learning rate its input {@link StepOptions#LEARNING_RATE} (which
 *     {@code inputs} does not list: the session gives it), for {@code FitOptions.learningRate}; null
 *     without a step, or for an optimizer whose {@code lr} cannot be a run-time value
 * @param draws how the values of {@code state} that depend on the seed were drawn, so that
 *     {@link #state(long)} draws them for another seed
 * @param samples the sample and generate programs that use the model, by name
 */
public record ModelFile(ModelSpec spec, Map<String, Tensor> state, Packaged outputs, Packaged scoring, Packaged step,
    Packaged stepLr, List<Draw> draws, Map<String, Sample> samples) {
  private static final Binary BINARY = new Binary("model file");
  /** The first four bytes of a model file: "NNCM". */
  public static final int MAGIC = 0x4E4E434D;
  /** The format this runtime writes and reads. */
  public static final int VERSION = 3;

  /** A program image with what it reads by name, and (a training step's) the states its results update, in order. */
  public record Packaged(ProgramImage image, List<String> inputs, List<String> params, List<String> next) {
    public Packaged {
      inputs = List.copyOf(inputs);
      params = List.copyOf(params);
      next = List.copyOf(next);
    }
  }

  /**
   * A sample or generate program that uses the model: its outputs, the sizes the sample count gives
   * (such as {@code B}), and its program, which reads the model's parameters, the step counter and
   * the seed ({@link Session#SEED}).
   */
  public record Sample(List<Field> outputs, List<String> sizes, Packaged program) {
    public Sample {
      outputs = List.copyOf(outputs);
      sizes = List.copyOf(sizes);
      Objects.requireNonNull(program, "program");
    }
  }

  public ModelFile {
    Objects.requireNonNull(spec, "spec");
    samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
    for (Map.Entry<String, Sample> e : samples.entrySet()) {
      Packaged p = e.getValue().program();
      for (String name : p.inputs()) {
        if (!name.equals(Session.STEP) && !name.equals(Session.SEED)) {
          throw BINARY.corrupt("sample program " + e.getKey() + " reads the input `" + name + "`");
        }
      }
      for (String name : p.params()) {
        if (!state.containsKey(name)) throw BINARY.corrupt("sample program " + e.getKey() + " reads `" + name + "`, which is not in the state");
      }
    }
    state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
    draws = List.copyOf(draws);
    for (Draw d : draws) if (!state.containsKey(d.name())) throw BINARY.corrupt("a draw for `" + d.name() + "`, which is not in the state");
    for (Map.Entry<String, Tensor> e : state.entrySet()) {
      if (e.getValue().dtype() != DType.F32) throw BINARY.corrupt("state tensor `" + e.getKey() + "` is " + e.getValue().type() + ", not float32");
    }
    if (!spec.outputs().isEmpty() && outputs == null) throw BINARY.corrupt("model " + spec.model() + " has outputs but no program for them");
    if ((!spec.outputs().isEmpty() || spec.loss()) && scoring == null) throw BINARY.corrupt("model " + spec.model() + " has no scoring program");
    if (spec.trainable() && step == null) throw BINARY.corrupt("model " + spec.model() + " is trained but has no training step");
    if (stepLr != null && (step == null || !stepLr.next().equals(step.next()))) {
      throw BINARY.corrupt("the step with a run-time learning rate does not update what the training step updates");
    }
    for (Packaged p : Arrays.asList(outputs, scoring, step, stepLr)) {
      if (p == null) continue;
      for (String name : p.inputs()) {
        if (!name.equals(Session.STEP) && spec.input(name) == null) throw BINARY.corrupt("a program reads `" + name + "`, which is no input");
      }
      for (String name : p.params()) if (!state.containsKey(name)) throw BINARY.corrupt("a program reads `" + name + "`, which is not in the state");
      for (String name : p.next()) if (!state.containsKey(name)) throw BINARY.corrupt("the training step updates `" + name + "`, which is not in the state");
    }
  }

  /**
   * The initial state for {@code seed}: the packaged state for the train block's seed, else with
   * every value that depends on the seed drawn for {@code seed} as {@code nnc train --seed} draws it
   * (the same seed gives the same bytes).
   *
   * @throws ModelException when a value depends on the seed through a computation the runtime cannot redo
   */
  public Map<String, Tensor> state(long seed) {
    if (seed == spec.seed()) return state;
    Map<String, Tensor> out = new LinkedHashMap<>(state);
    for (Draw d : draws) {
      Tensor t = state.get(d.name());
      if (d.kind() == Draw.Kind.COMPUTED) {
        throw new ModelException(spec.origin() + ": the initial value of `" + d.name() + "` of model " + spec.model() + " is computed "
            + "from random numbers in a way the runtime cannot redo for another seed; change `seed` in the train block instead");
      }
      out.put(d.name(), Tensor.f32(d.values(seed, t.floats().length), t.shape()));
    }
    return out;
  }

  /** The programs, each loaded the first time it is asked for. */
  public Programs programs() {
    return new Images();
  }

  /**
   * Reads the model file packaged as {@code resource} beside {@code anchor}.
   *
   * @throws ModelException naming the resource when it is missing, unreadable or corrupt
   */
  public static ModelFile resource(Class<?> anchor, String resource) {
    String where = "resource `" + resource + "` beside " + anchor.getName();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ModelException(where + " is not on the class path; the nnc Maven plugin packages it with the generated class");
      }
      return read(in);
    } catch (IOException e) {
      throw new ModelException("cannot read " + where + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ModelException(where + ": " + e.getMessage() + "; build the project again with the nnc Maven plugin");
    }
  }

  // ---- writing

  /** Writes the file: {@link #MAGIC}, {@link #VERSION}, the spec, the state, then the four programs (see docs/runtime.md). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    Binary.writeString(d, spec.model());
    Binary.writeString(d, spec.origin());
    writeFields(d, spec.inputs());
    writeStrings(d, spec.targets());
    writeFields(d, spec.outputs());
    writeStrings(d, spec.parameters());
    d.writeLong(spec.seed());
    d.writeInt(spec.batch());
    d.writeInt(spec.epochs());
    for (boolean b : new boolean[] {spec.accuracy(), spec.graph(), spec.trainable(), spec.random(), spec.loss()}) d.writeBoolean(b);
    Binary.writeString(d, spec.earlyStop() == null ? "" : spec.earlyStop());
    d.writeInt(spec.patience());
    d.writeInt(state.size());
    for (Map.Entry<String, Tensor> e : state.entrySet()) {
      Binary.writeString(d, e.getKey());
      Binary.writeInts(d, e.getValue().shape());
      float[] v = e.getValue().floats();
      ByteBuffer b = ByteBuffer.allocate(4 * v.length);
      b.asFloatBuffer().put(v);
      d.writeInt(v.length);
      d.write(b.array());
    }
    d.writeInt(draws.size());
    for (Draw w : draws) {
      Binary.writeString(d, w.name());
      d.writeByte(w.kind().ordinal());
      d.writeDouble(w.a());
      d.writeDouble(w.b());
      d.writeInt(w.stream());
    }
    for (Packaged p : Arrays.asList(outputs, scoring, step, stepLr)) {
      d.writeBoolean(p != null);
      if (p != null) writePackaged(d, p);
    }
    d.writeInt(samples.size());
    for (Map.Entry<String, Sample> e : samples.entrySet()) {
      Binary.writeString(d, e.getKey());
      writeFields(d, e.getValue().outputs());
      writeStrings(d, e.getValue().sizes());
      writePackaged(d, e.getValue().program());
    }
    d.flush();
  }

  private static void writePackaged(DataOutputStream d, Packaged p) throws IOException {
    writeStrings(d, p.inputs());
    writeStrings(d, p.params());
    writeStrings(d, p.next());
    ByteArrayOutputStream image = new ByteArrayOutputStream();
    p.image().write(image);
    d.writeInt(image.size());
    image.writeTo(d);
  }

  private static Packaged readPackaged(DataInputStream d) throws IOException {
    List<String> reads = readStrings(d), params = readStrings(d), next = readStrings(d);
    byte[] image = BINARY.readBytes(d, BINARY.count(d, "image bytes"));
    return new Packaged(ProgramImage.read(new ByteArrayInputStream(image)), reads, params, next);
  }

  private static void writeFields(DataOutputStream d, List<Field> fields) throws IOException {
    d.writeInt(fields.size());
    for (Field f : fields) {
      Binary.writeString(d, f.name());
      Binary.writeString(d, f.dtype().nncName());
      Binary.writeString(d, f.type());
      d.writeInt(f.dims().size());
      for (Formula dim : f.dims()) ProgramImage.writeFormula(d, dim);
    }
  }

  private static void writeStrings(DataOutputStream d, List<String> values) throws IOException {
    d.writeInt(values.size());
    for (String v : values) Binary.writeString(d, v);
  }

  // ---- reading

  /**
   * Reads a file {@link #write} wrote. A stream that is not a model file, of another version,
   * truncated or inconsistent gives an {@link IllegalArgumentException} saying which.
   */
  public static ModelFile read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      BINARY.header(d, MAGIC, VERSION);
      String model = BINARY.readString(d), origin = BINARY.readString(d);
      List<Field> inputs = readFields(d);
      List<String> targets = readStrings(d);
      List<Field> outputs = readFields(d);
      List<String> parameters = readStrings(d);
      long seed = d.readLong();
      int batch = d.readInt(), epochs = d.readInt();
      if (batch < 1 || epochs < 0) throw BINARY.corrupt("batch " + batch + " and epochs " + epochs);
      boolean accuracy = d.readBoolean(), graph = d.readBoolean(), trainable = d.readBoolean(), random = d.readBoolean(),
          loss = d.readBoolean();
      String earlyStop = BINARY.readString(d);
      int patience = d.readInt();
      if (patience < 0 || (!earlyStop.isEmpty() && (patience < 1 || Trainer.Metric.named(earlyStop) == null))) {
        throw BINARY.corrupt("early_stop `" + earlyStop + "`, patience " + patience);
      }
      ModelSpec spec = new ModelSpec(model, origin, inputs, targets, outputs, parameters, seed, batch, epochs, accuracy, graph,
          trainable, random, loss, earlyStop.isEmpty() ? null : earlyStop, patience);
      Map<String, Tensor> state = new LinkedHashMap<>();
      for (int i = BINARY.count(d, "state tensors"); i > 0; i--) {
        String name = BINARY.readString(d);
        int[] shape = BINARY.readInts(d);
        ByteBuffer b = ByteBuffer.wrap(BINARY.readBytes(d, 4L * BINARY.count(d, "state values")));
        float[] values = new float[b.capacity() / 4];
        b.asFloatBuffer().get(values);
        long elements = 1;
        for (int s : shape) elements *= s;
        if (elements != values.length) throw BINARY.corrupt("state tensor `" + name + "` has " + values.length + " values for its shape");
        state.put(name, Tensor.f32(values, shape));
      }
      List<Draw> draws = new ArrayList<>();
      for (int i = BINARY.count(d, "draws"); i > 0; i--) {
        String name = BINARY.readString(d);
        int kind = d.readByte();
        if (kind < 0 || kind >= Draw.Kind.values().length) throw BINARY.corrupt("draw of `" + name + "` of kind " + kind);
        draws.add(new Draw(name, Draw.Kind.values()[kind], d.readDouble(), d.readDouble(), d.readInt()));
      }
      Packaged[] programs = new Packaged[4];
      for (int i = 0; i < programs.length; i++) {
        if (d.readBoolean()) programs[i] = readPackaged(d);
      }
      Map<String, Sample> samples = new LinkedHashMap<>();
      for (int i = BINARY.count(d, "sample programs"); i > 0; i--) {
        String name = BINARY.readString(d);
        List<Field> outs = readFields(d);
        List<String> sizes = readStrings(d);
        samples.put(name, new Sample(outs, sizes, readPackaged(d)));
      }
      return new ModelFile(spec, state, programs[0], programs[1], programs[2], programs[3], draws, samples);
    } catch (EOFException e) {
      throw new IllegalArgumentException("the model file is truncated");
    }
  }

  private static List<Field> readFields(DataInputStream d) throws IOException {
    List<Field> out = new ArrayList<>();
    for (int i = BINARY.count(d, "fields"); i > 0; i--) {
      String name = BINARY.readString(d), dtype = BINARY.readString(d), type = BINARY.readString(d);
      DType t = Arrays.stream(DType.values()).filter(v -> v.nncName().equals(dtype)).findFirst()
          .orElseThrow(() -> BINARY.corrupt("field `" + name + "` has the unknown dtype `" + dtype + "`"));
      List<Formula> dims = new ArrayList<>();
      for (int j = BINARY.count(d, "axes"); j > 0; j--) dims.add(ProgramImage.readFormula(d));
      out.add(new Field(name, t, type, dims));
    }
    return out;
  }

  private static List<String> readStrings(DataInputStream d) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = BINARY.count(d, "names"); i > 0; i--) out.add(BINARY.readString(d));
    return out;
  }

  // ---- running

  /**
   * The packaged programs, loaded when first asked for. The training step was compiled with the
   * train block's learning rate, clipping, accumulation and seed: another learning rate takes the
   * step compiled with a run-time one ({@code stepLr}), given at every run; other clipping or
   * accumulation is refused, and so is another seed when the step draws random numbers
   * (otherwise the seed only orders the batches).
   */
  private final class Images implements Programs {
    private Program outputsProgram, scoringProgram;
    private Step stepProgram, stepLrProgram;
    private double stepLrValue;
    private final Map<String, Sampler> samplers = new LinkedHashMap<>();

    @Override public Program outputs() {
      if (outputsProgram == null) outputsProgram = load(outputs);
      return outputsProgram;
    }

    @Override public Program scoring() {
      if (scoringProgram == null) scoringProgram = load(scoring);
      return scoringProgram;
    }

    @Override public Step step(long seed, StepOptions options) {
      String packaged = spec.origin() + ": the training step of model " + spec.model() + " was compiled when the model was packaged, ";
      if (options.lr() != null && stepLr == null) {
        throw new ModelException(packaged + "with the learning rate of its train block, and its optimizer's `lr` cannot be given at run "
            + "time; change it there, not in FitOptions");
      }
      if (!options.lr(null).none()) {
        throw new ModelException(packaged + "with the clipping and accumulation of its train block; change `clip_norm`, `clip_value` "
            + "or `accumulate` there, not in FitOptions");
      }
      if (seed != spec.seed() && spec.random()) {
        throw new ModelException(packaged + "and its random numbers with the seed " + spec.seed() + " of its train block; change "
            + "`seed` there, not in FitOptions");
      }
      if (options.lr() != null) return withLearningRate(options.lr());
      if (stepProgram == null) {
        ImageProgram program = image(step);
        stepProgram = new Step(new Program(program::run, step.inputs(), step.params()), step.next(), program::bind);
      }
      return stepProgram;
    }

    @Override public Sampler sample(String name) {
      Sample s = samples.get(name);
      if (s == null) {
        throw new ModelException(spec.origin() + ": model " + spec.model() + " was packaged with no sample program `" + name + "`; "
            + (samples.isEmpty() ? "it has none" : "it has " + String.join(", ", samples.keySet())));
      }
      return samplers.computeIfAbsent(name, k -> new Sampler(load(s.program()), s.outputs(), s.sizes()));
    }

    /** The step of a run-time learning rate, {@code lr} given to it at every run and step. */
    private Step withLearningRate(double lr) {
      if (stepLrProgram != null && stepLrValue == lr) return stepLrProgram;
      ImageProgram program = image(stepLr);
      float[] value = {(float) lr};
      Programs.Runner run = (leaves, sizes) -> program.run(withLr(leaves, value), sizes);
      Binder bind = (initial, next) -> {
        BoundStep bound = program.bind(initial, next);
        WithLr view = new WithLr(value); // one view for every step: a step allocates nothing
        return new BoundStep() {
          @Override public List<String> stateNames() { return bound.stateNames(); }
          @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
            view.batch = batch;
            return bound.step(view, sizes, step);
          }
          @Override public void read(Map<String, float[]> into) { bound.read(into); }
          @Override public void write(Map<String, float[]> from) { bound.write(from); }
          @Override public void close() { bound.close(); }
        };
      };
      stepLrProgram = new Step(new Program(run, stepLr.inputs(), stepLr.params()), stepLr.next(), bind);
      stepLrValue = lr;
      return stepLrProgram;
    }

    private static Map<String, float[]> withLr(Map<String, float[]> leaves, float[] lr) {
      Map<String, float[]> out = new java.util.HashMap<>(leaves);
      out.put(StepOptions.LEARNING_RATE, lr);
      return out;
    }

    /** A batch with the learning rate beside it, read by name as a bound step reads its batch. */
    private static final class WithLr extends java.util.AbstractMap<String, float[]> {
      private final float[] lr;
      Map<String, float[]> batch = Map.of();

      WithLr(float[] lr) { this.lr = lr; }

      @Override public float[] get(Object name) { return StepOptions.LEARNING_RATE.equals(name) ? lr : batch.get(name); }
      @Override public boolean containsKey(Object name) { return StepOptions.LEARNING_RATE.equals(name) || batch.containsKey(name); }
      @Override public Set<Map.Entry<String, float[]>> entrySet() { return withLr(batch, lr).entrySet(); }
    }

    @Override public String describe() {
      return "the JVM backend (" + Parallel.threads() + " threads, " + (Gemm.vectorized() ? "Vector API" : "plain loops")
          + "), from the program images packaged at build time";
    }

    @Override public void release() {
      outputsProgram = null;
      scoringProgram = null;
      stepProgram = null;
      stepLrProgram = null;
      samplers.clear();
    }

    private Program load(Packaged p) {
      return new Program(image(p)::run, p.inputs(), p.params());
    }

    private ImageProgram image(Packaged p) {
      try {
        return ImageProgram.load(p.image());
      } catch (IllegalArgumentException e) {
        throw new ModelException(spec.origin() + ": model " + spec.model() + ": " + e.getMessage());
      }
    }
  }
}
