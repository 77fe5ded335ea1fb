package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.Batches;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.data.Datasets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc train FILE}: trains the model of a file's train block. Today only on the
 * float64 reference evaluator ({@code --device reference}), which suits small models; the
 * JVM and OpenCL backends will run the same step program.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the model of a file's train block (today on the float64 reference evaluator, for small models).")
final class TrainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--epochs", paramLabel = "N", description = "overrides the train block's epochs")
  Integer epochs;

  @Option(names = "--batch", paramLabel = "N", description = "overrides the train block's batch size")
  Integer batch;

  @Option(names = "--seed", paramLabel = "N", description = "overrides the train block's seed")
  Long seed;

  @Option(names = "--device", defaultValue = "reference", paramLabel = "DEVICE",
      description = "reference (the float64 evaluator; the jvm and opencl backends are not written yet)")
  String device;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
      description = "where the checkpoint goes: DIR/MODEL.safetensors (default ${DEFAULT-VALUE})")
  Path outDir;

  @Option(names = "--metrics", paramLabel = "FILE",
      description = "also write one JSON line per epoch: epoch, step, train_loss, samples_per_second")
  Path metrics;

  @Option(names = "--resume", paramLabel = "CKPT",
      description = "continue from a checkpoint nnc train wrote: its parameters, optimizer states and step; --epochs counts from the start")
  Path resume;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (!device.equals("reference")) {
      err.println("nnc: device `" + device + "` is not available yet; use --device reference");
      return Main.USAGE;
    }
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    Checker checker = c.checker();
    Lower.Step step = checker.diagnostics().hasErrors() ? null : Lower.step(checker, c.module(), null, seed());
    if (step == null) return Models.diagnostics(checker, out);
    Lower.DataCall call = Lower.data(checker, step.train());
    if (call == null) {
      err.println("nnc: " + file + ": the train block names no data set");
      return Main.INPUT_ERRORS;
    }
    try {
      return train(step, call, out, err);
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }

  private long seed() {
    return seed != null ? seed : 42;
  }

  private int train(Lower.Step step, Lower.DataCall call, PrintWriter out, PrintWriter err) {
    DataSet data = Datasets.load(call.name(), call.args());
    long seedValue = seed != null ? seed : orDefault(Lower.setting(step.train(), "seed"), 42);
    int epochCount = epochs != null ? epochs : (int) orDefault(Lower.setting(step.train(), "epochs"), 1);
    int batchSize = batch != null ? batch : (int) orDefault(Lower.setting(step.train(), "batch"), 32);
    Map<String, Array> state = new LinkedHashMap<>();
    Map<Node, Array> initial = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
    step.inits().forEach((name, node) -> state.put(name, initial.get(node)));
    List<Node> roots = new ArrayList<>(step.next().values());
    roots.add(step.loss());
    boolean batched = data.isBatched();
    int size = batched ? data.size() : 1;
    Batches batches = new Batches(size, batched ? Math.min(batchSize, size) : 1, true, seedValue);
    out.printf(Locale.ROOT, "training %s on %s (%d samples) with the float64 reference evaluator: %d epochs, batch %d%n",
        step.name(), call.name(), size, epochCount, batches.batchSize());
    long counter = 0;
    int first = 0;
    if (resume != null) {
      // Every value of the training state comes back exactly (it is kept in float32), so
      // resuming continues as if training had not stopped.
      dev.nnc.runtime.checkpoint.Checkpoint ckpt = dev.nnc.runtime.checkpoint.Safetensors.read(resume, specs(state));
      for (Map.Entry<String, Array> e : state.entrySet()) {
        float[] f = ckpt.tensors().get(e.getKey()).floats();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) d[i] = f[i];
        e.setValue(new Array(e.getValue().shape(), d));
      }
      counter = Long.parseLong(ckpt.metadata().getOrDefault("nnc.step", "0"));
      first = Integer.parseInt(ckpt.metadata().getOrDefault("nnc.epoch", "0"));
      out.printf(Locale.ROOT, "resuming from %s at epoch %d, step %d%n", resume, first + 1, counter + 1);
    }
    StringBuilder lines = new StringBuilder();
    for (int epoch = first; epoch < epochCount; epoch++) {
      double total = 0;
      int seen = 0;
      long started = System.nanoTime();
      for (Batches.Batch b : batches.epoch(epoch)) {
        Map<String, Array> values = new HashMap<>(state);
        values.put("step", Array.scalar(++counter));
        Map<String, Long> sizes = new HashMap<>();
        for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
          if (in.getKey().equals("step") || !containsField(data, in.getKey())) continue;
          values.put(in.getKey(), rows(data.field(in.getKey()), batched ? b.rows() : null, in.getValue(), sizes));
        }
        Map<Node, Array> result = Reference.run(roots, values, sizes);
        double loss = result.get(step.loss()).data()[0];
        if (!Double.isFinite(loss)) {
          // Stop before the update: the checkpoint of the last finished epoch, if any, stays as it was.
          out.flush();
          Path kept = outDir.resolve(step.name() + ".safetensors");
          err.printf(Locale.ROOT, "nnc: %s: the loss is %s at step %d (epoch %d); stopped%s%n", file, loss, counter, epoch + 1,
              epoch > first ? ", the checkpoint of epoch " + epoch + " is kept in " + kept : "");
          return Main.FAULT;
        }
        total += loss * b.size();
        seen += b.size();
        step.next().forEach((name, node) -> state.put(name, toFloat32(result.get(node))));
      }
      out.printf(Locale.ROOT, "epoch %d: loss %.6g%n", epoch + 1, total / seen);
      save(step.name(), state, counter, epoch + 1, seedValue); // every epoch, atomically
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      lines.append(String.format(Locale.ROOT, "{\"epoch\": %d, \"step\": %d, \"train_loss\": %s, \"samples_per_second\": %.1f}%n",
          epoch + 1, counter, json(total / seen), seen / seconds));
    }
    if (metrics != null) {
      try {
        Files.writeString(metrics, lines);
      } catch (IOException e) {
        throw new DataException(metrics + ": cannot write the metrics: " + e.getMessage());
      }
    }
    for (String p : step.grads().keySet()) { // the trained parameters
      Array v = state.get(p);
      out.println("  " + p + " = " + (v.size() <= 16 ? Models.format(v) : v.size() + " values"));
    }
    if (wantsAccuracy(step.train()) && !batched) accuracy(data, state, out);
    out.println("checkpoint: " + outDir.resolve(step.name() + ".safetensors"));
    out.flush();
    return Main.OK;
  }

  /**
   * Writes the whole training state (parameters, running statistics and optimizer states under
   * their PyTorch-style names, and the step) atomically as safetensors in float32.
   */
  private Path save(String model, Map<String, Array> state, long step, int epochs, long seedValue) {
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, Array> e : state.entrySet()) {
      Array a = e.getValue();
      float[] f = new float[a.size()];
      for (int i = 0; i < f.length; i++) f[i] = (float) a.data()[i];
      int[] shape = new int[a.rank()];
      for (int i = 0; i < shape.length; i++) shape[i] = Math.toIntExact(a.shape()[i]);
      tensors.put(e.getKey(), Tensor.f32(f, shape));
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "pt");
    meta.put("nnc.step", Long.toString(step));
    meta.put("nnc.epoch", Integer.toString(epochs));
    meta.put("nnc.seed", Long.toString(seedValue));
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new DataException(outDir + ": cannot create the folder: " + e.getMessage());
    }
    Path file = outDir.resolve(model + ".safetensors");
    dev.nnc.runtime.checkpoint.Safetensors.write(file, tensors, meta);
    return file;
  }

  private static boolean wantsAccuracy(dev.nnc.syntax.Ast.Train train) {
    return train != null && train.items().stream().anyMatch(i -> i instanceof dev.nnc.syntax.Ast.Metrics m
        && m.names().stream().anyMatch(n -> n.text().equals("accuracy")));
  }

  /**
   * For a graph trained on its labelled nodes: the accuracy of the model's first output
   * (class scores on the last axis) on the nodes whose `mask` is false, in evaluation mode.
   */
  private void accuracy(DataSet data, Map<String, Array> state, PrintWriter out) {
    Checker checker = new Checker();
    Lower.Model eval;
    try {
      eval = Lower.model(checker, checker.checkFile(file, file.toString()), null, false, seed());
    } catch (IOException e) {
      return;
    }
    if (eval == null || eval.outputs().isEmpty() || !containsField(data, "y") || !containsField(data, "mask")) return;
    Map<String, Array> values = new HashMap<>(state);
    Map<String, Long> sizes = new HashMap<>();
    for (Map.Entry<String, Node> in : eval.inputs().entrySet()) {
      if (containsField(data, in.getKey())) values.put(in.getKey(), rows(data.field(in.getKey()), null, in.getValue(), sizes));
    }
    if (eval.inputs().containsKey("step")) values.put("step", Array.scalar(0));
    Node scores = eval.outputs().values().iterator().next();
    Array s = Reference.one(scores, values, sizes);
    double[] y = asDoubles(data.field("y")), mask = asDoubles(data.field("mask"));
    int classes = (int) s.shape()[s.rank() - 1];
    int right = 0, total = 0;
    for (int i = 0; i < y.length; i++) {
      if (mask[i] != 0) continue;
      int best = 0;
      for (int c = 1; c < classes; c++) if (s.data()[i * classes + c] > s.data()[i * classes + best]) best = c;
      total++;
      if (best == (int) y[i]) right++;
    }
    out.printf(Locale.ROOT, "accuracy on the %d unlabelled nodes: %.1f%% (%d right)%n", total, 100.0 * right / total, right);
  }

  /** The parameters and states are float32: each step's results are rounded to it, as a float32 device stores them. */
  private static Array toFloat32(Array a) {
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) d[i] = (float) a.data()[i];
    return new Array(a.shape(), d);
  }

  /** What a checkpoint of this training state must hold: every name, in float32, with its shape. */
  private static Map<String, dev.nnc.runtime.checkpoint.Checkpoint.Spec> specs(Map<String, Array> state) {
    Map<String, dev.nnc.runtime.checkpoint.Checkpoint.Spec> out = new LinkedHashMap<>();
    for (Map.Entry<String, Array> e : state.entrySet()) {
      int[] shape = new int[e.getValue().rank()];
      for (int i = 0; i < shape.length; i++) shape[i] = Math.toIntExact(e.getValue().shape()[i]);
      out.put(e.getKey(), dev.nnc.runtime.checkpoint.Checkpoint.Spec.of(dev.nnc.runtime.DType.F32, shape));
    }
    return out;
  }

  /** A number as JSON has it: NaN and infinities have no JSON form, so they are written as null. */
  private static String json(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "null";
  }

  private static long orDefault(Long v, long fallback) {
    return v != null ? v : fallback;
  }

  private static boolean containsField(DataSet data, String name) {
    try {
      data.field(name);
      return true;
    } catch (DataException e) {
      return false;
    }
  }

  /** The rows of a field a batch takes, shaped as the model's input (per-sample sizes may differ in shape). */
  private static Array rows(Tensor field, int[] pick, Node input, Map<String, Long> sizes) {
    double[] all = asDoubles(field);
    int rows = field.rank() == 0 ? 1 : field.dim(0);
    int per = rows == 0 ? 0 : all.length / rows;
    double[] out;
    int n;
    if (pick == null) { // a whole graph
      out = all;
      n = rows;
    } else {
      n = pick.length;
      out = new double[n * per];
      for (int i = 0; i < n; i++) System.arraycopy(all, pick[i] * per, out, i * per, per);
    }
    long[] shape = new long[input.type().rank()];
    for (int i = 0; i < shape.length; i++) {
      dev.nnc.shape.Dim d = input.type().dim(i);
      if (d.isConstant()) {
        shape[i] = d.constant();
      } else {
        String s = d.asSymbol();
        sizes.putIfAbsent(s, (long) (i == 0 ? n : rows));
        shape[i] = sizes.get(s);
      }
    }
    return new Array(shape, out);
  }

  private static double[] asDoubles(Tensor t) {
    return switch (t.dtype()) {
      case F64 -> t.doubles().clone();
      case F32 -> { float[] f = t.floats(); double[] d = new double[f.length]; for (int i = 0; i < f.length; i++) d[i] = f[i]; yield d; }
      case I32 -> { int[] f = t.ints(); double[] d = new double[f.length]; for (int i = 0; i < f.length; i++) d[i] = f[i]; yield d; }
      case I64 -> { long[] f = t.longs(); double[] d = new double[f.length]; for (int i = 0; i < f.length; i++) d[i] = f[i]; yield d; }
      case BOOL -> { boolean[] f = t.bools(); double[] d = new double[f.length]; for (int i = 0; i < f.length; i++) d[i] = f[i] ? 1 : 0; yield d; }
    };
  }
}
