package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.model.Classes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A model in evaluation mode (dropout off, batch norm with its running statistics) compiled on a
 * device: its loss and accuracy over a data set, and its predictions. Its parameters come from a
 * training run's state or from a checkpoint, by their PyTorch-style names.
 */
final class Evaluation {
  /**
   * Scores over a data set: the mean loss (NaN without one), the accuracy (NaN when not asked), how
   * many samples, the confusion matrix behind the accuracy (null when not asked), and the mean of
   * each named loss of the model by its name (empty when none has a name).
   */
  record Scores(double loss, double accuracy, int samples, Confusion confusion, Map<String, Double> losses) {}

  /** One sample's prediction: the class and its probability (NaN without a softmax output), or the output values. */
  record Prediction(int row, int predicted, double probability, float[] values, double truth) {}

  private final Lower.Model model;
  private final Executable program;
  private final int outputAt, lossAt, fnAt;
  /** Where the named losses' roots start (after the loss), or -1 when they are not compiled. */
  private final int partsAt;

  private Evaluation(Lower.Model model, Executable program, int outputAt, int lossAt, int fnAt, int partsAt) {
    this.model = model;
    this.program = program;
    this.outputAt = outputAt;
    this.lossAt = lossAt;
    this.fnAt = fnAt;
    this.partsAt = partsAt;
  }

  /** Lowers the file's model in evaluation mode (checked afresh) and compiles its first output and loss; null if it does not lower. */
  static Evaluation compile(Path file, long seed, Backend backend) throws IOException {
    return compile(file, null, seed, backend);
  }

  /** As {@link #compile(Path, long, Backend)}, for the model {@code model} (null: the file's trained one). */
  static Evaluation compile(Path file, String model, long seed, Backend backend) throws IOException {
    Checker checker = new Checker();
    Lower.Model eval = Pipeline.standard().lower(checker, checker.checkFile(file, file.toString()), model, false, seed);
    if (eval == null) return null;
    return of(eval, backend);
  }

  static Evaluation of(Lower.Model eval, Backend backend) {
    List<Node> roots = new ArrayList<>();
    int outputAt = -1, lossAt = -1;
    if (!eval.outputs().isEmpty()) {
      outputAt = roots.size();
      roots.add(eval.outputs().values().iterator().next());
    }
    int partsAt = -1;
    if (eval.loss() != null) {
      lossAt = roots.size();
      roots.add(eval.loss());
      partsAt = roots.size();
      roots.addAll(eval.losses().values());
    }
    if (roots.isEmpty()) return null;
    return new Evaluation(eval, backend.compile(roots), outputAt, lossAt, -1, partsAt);
  }

  /**
   * The model's first output (if any) and the fn {@code fn} it was lowered with
   * ({@link Lower.Model#fns}) compiled together, without the loss, so it runs on data that has no
   * targets (generated images).
   */
  static Evaluation withFn(Lower.Model eval, String fn, Backend backend) {
    List<Node> roots = new ArrayList<>();
    int outputAt = -1;
    if (!eval.outputs().isEmpty()) {
      outputAt = roots.size();
      roots.add(eval.outputs().values().iterator().next());
    }
    int fnAt = roots.size();
    roots.add(java.util.Objects.requireNonNull(eval.fns().get(fn), fn));
    return new Evaluation(eval, backend.compile(roots), outputAt, -1, fnAt, -1);
  }

  /**
   * What {@link #withFn} computes for every sample of a batched data set, in batches of
   * {@code batch} in file order: the first output's rows ({@code output}, {@code outputWidth}
   * values each; null without an output) and the fn's rows ({@code fn}, {@code fnWidth} each).
   */
  record Rows(float[] output, int outputWidth, float[] fn, int fnWidth, int samples) {}

  Rows rows(Map<String, float[]> params, Feed data, int batch) {
    if (fnAt < 0) throw new IllegalStateException("compiled without a fn");
    int n = data.size();
    float[] output = null, fn = null;
    int outputWidth = 0, fnWidth = 0;
    for (int from = 0; from < n; from += batch) {
      int[] rows = Feed.range(from, Math.min(n, from + batch));
      List<float[]> out = run(params, data, rows);
      if (fn == null) {
        fnWidth = out.get(fnAt).length / rows.length;
        fn = new float[Math.multiplyExact(n, fnWidth)];
        if (hasOutput()) {
          outputWidth = out.get(outputAt).length / rows.length;
          output = new float[Math.multiplyExact(n, outputWidth)];
        }
      }
      System.arraycopy(out.get(fnAt), 0, fn, from * fnWidth, rows.length * fnWidth);
      if (output != null) System.arraycopy(out.get(outputAt), 0, output, from * outputWidth, rows.length * outputWidth);
    }
    return new Rows(output, outputWidth, fn, fnWidth, n);
  }

  Lower.Model model() { return model; }

  /**
   * Before running on batches of {@code rows} rows of the data: a value with more elements than a
   * tensor may have, printed as {@link Models#sizeLimit} does; the exit code, or null when all fit.
   */
  Integer sizeLimit(Feed data, int rows, String batchOption, PrintWriter out) {
    List<Node> roots = new ArrayList<>(model.outputs().values());
    if (model.loss() != null) roots.add(model.loss());
    roots.addAll(model.fns().values());
    return Models.sizeLimit(roots, data.sizes(model.inputs(), rows), batchOption, out);
  }

  boolean hasOutput() { return outputAt >= 0; }

  boolean hasLoss() { return lossAt >= 0; }

  /**
   * The mean loss and (with {@code accuracy}) the accuracy over a batched data set, in batches of
   * {@code batch} samples in file order. Null when {@code stop} asks to stop before the end.
   */
  Scores batched(Map<String, float[]> params, Feed data, int batch, boolean accuracy, BooleanSupplier stop) {
    data.requireInputs(model.inputs(), "model " + model.name());
    double loss = 0;
    double[] parts = new double[partsAt < 0 ? 0 : model.losses().size()];
    long right = 0; // with a label per position, samples times positions
    int n = data.size(), positions = 1;
    float[] y = accuracy && data.has("y") ? data.field("y") : null;
    Confusion confusion = null;
    for (int from = 0; from < n; from += batch) {
      if (stop.getAsBoolean()) return null;
      int[] rows = Feed.range(from, Math.min(n, from + batch));
      List<float[]> out = run(params, data, rows);
      if (hasLoss()) loss += out.get(lossAt)[0] * (double) rows.length;
      for (int p = 0; p < parts.length; p++) parts[p] += out.get(partsAt + p)[0] * (double) rows.length;
      if (y != null && hasOutput()) {
        float[] scores = out.get(outputAt);
        int width = scores.length / rows.length, per = y.length / n;
        positions = Classes.positions(width, per);
        int classes = width / positions;
        if (confusion == null) confusion = new Confusion(classes);
        for (int i = 0; i < rows.length; i++) {
          for (int q = 0; q < positions; q++) {
            int predicted = argmax(scores, (i * positions + q) * classes, classes);
            int truth = positions == 1 ? label(y, rows[i], per) : (int) y[rows[i] * per + q];
            confusion.add(truth, predicted);
            if (predicted == truth) right++;
          }
        }
      }
    }
    for (int p = 0; p < parts.length; p++) parts[p] /= n;
    return new Scores(hasLoss() ? loss / n : Double.NaN, y != null && hasOutput() ? (double) right / ((double) n * positions) : Double.NaN, n,
        confusion, losses(parts));
  }

  /**
   * For a graph trained on its labelled nodes: the loss (on the nodes the model's loss takes)
   * and the accuracy on the nodes whose {@code mask} is false.
   */
  Scores unlabelled(Map<String, float[]> params, Feed data) {
    if (!hasOutput() || !data.has("y") || !data.has("mask")) return null;
    List<float[]> out = run(params, data, null);
    float[] scores = out.get(outputAt), y = data.field("y"), mask = data.field("mask");
    int classes = scores.length / y.length, right = 0, total = 0;
    Confusion confusion = new Confusion(classes);
    for (int i = 0; i < y.length; i++) {
      if (mask[i] != 0) continue;
      total++;
      int predicted = argmax(scores, i * classes, classes);
      confusion.add((int) y[i], predicted);
      if (predicted == (int) y[i]) right++;
    }
    double[] parts = new double[partsAt < 0 ? 0 : model.losses().size()];
    for (int p = 0; p < parts.length; p++) parts[p] = out.get(partsAt + p)[0];
    return new Scores(hasLoss() ? out.get(lossAt)[0] : Double.NaN, total == 0 ? Double.NaN : (double) right / total, total,
        total == 0 ? null : confusion, losses(parts));
  }

  /**
   * The predictions for the first {@code count} samples (nodes, for a graph): with
   * {@code classes}, the argmax of the first output and its probability when the output's rows
   * are probability distributions (a softmax); else the output's values.
   */
  List<Prediction> predict(Map<String, float[]> params, Feed data, int count, boolean classes) {
    if (!hasOutput()) return List.of();
    data.requireInputs(model.inputs(), "model " + model.name());
    boolean batched = data.data().isBatched();
    int rows = batched ? Math.min(count, data.size()) : -1;
    List<float[]> out = run(params, data, batched ? Feed.range(0, rows) : null);
    float[] scores = out.get(outputAt);
    float[] y = data.has("y") ? data.field("y") : null;
    int total = batched ? data.size() : (y != null ? y.length : 1);
    if (!batched) rows = Math.min(count, total);
    int per = scores.length / (batched ? rows : total);
    int yPer = y == null ? 0 : y.length / total;
    // A label per position (a segmentation's mask) has no one class per sample: its values are given.
    if (y != null && Classes.positions(per, yPer) > 1) classes = false;
    boolean softmax = classes && distributions(scores, per);
    List<Prediction> result = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      float[] values = Arrays.copyOfRange(scores, i * per, (i + 1) * per);
      int best = argmax(scores, i * per, per);
      double truth = y == null ? Double.NaN : yPer == 1 ? y[i] : classes ? label(y, i, yPer) : Double.NaN;
      result.add(new Prediction(i, classes ? best : -1, softmax ? scores[i * per + best] : Double.NaN, values, truth));
    }
    return result;
  }

  private List<float[]> run(Map<String, float[]> params, Feed data, int[] rows) {
    Map<String, Long> sizes = new HashMap<>();
    Map<String, float[]> leaves = new HashMap<>();
    for (String p : model.params().keySet()) leaves.put(p, params.get(p));
    leaves.putAll(data.batch(model.inputs(), rows, sizes));
    if (model.inputs().containsKey("step")) leaves.put("step", new float[] {0});
    return program.run(leaves, sizes);
  }

  /**
   * The model's parameters and running statistics from a checkpoint, by name; a checkpoint
   * without one of them, or with one of another shape, is refused naming the tensor.
   */
  Map<String, float[]> parameters(Checkpoint ckpt) {
    Map<String, float[]> out = new LinkedHashMap<>();
    String fix = "; pass a checkpoint that nnc train wrote for " + model.name();
    for (Map.Entry<String, Node> p : model.params().entrySet()) {
      Tensor t = ckpt.tensors().get(p.getKey());
      if (t == null) {
        throw new DataException(ckpt.file(), "checkpoint does not match model " + model.name() + ": it has no tensor `" + p.getKey() + "`" + fix);
      }
      long[] shape = Array.shapeOf(p.getValue().type(), Map.of());
      int[] want = new int[shape.length];
      for (int i = 0; i < want.length; i++) want[i] = Math.toIntExact(shape[i]);
      // nnc keeps parameters and running statistics in float32, and checkpoints hold them so.
      if (!Arrays.equals(want, t.shape()) || t.dtype() != dev.nnc.runtime.DType.F32) {
        throw new DataException(ckpt.file(), "checkpoint does not match model " + model.name() + ": tensor `" + p.getKey() + "` is "
            + t.type() + ", the model expects " + Tensor.type(dev.nnc.runtime.DType.F32, want) + fix);
      }
      out.put(p.getKey(), t.toFloats());
    }
    // A tensor the model does not have means another model's checkpoint (the optimizer's states are
    // kept for resuming training; evaluation does not need them).
    for (Map.Entry<String, Tensor> e : ckpt.tensors().entrySet()) {
      if (!model.params().containsKey(e.getKey()) && !e.getKey().startsWith("optimizer.")) {
        throw new DataException(ckpt.file(), "checkpoint does not match model " + model.name() + ": tensor `" + e.getKey() + "` ("
            + e.getValue().type() + ") is not in the model" + fix);
      }
    }
    return out;
  }

  /** The named losses' values by name, in the model's order. */
  private Map<String, Double> losses(double[] parts) {
    Map<String, Double> out = new LinkedHashMap<>();
    int p = 0;
    for (String name : model.losses().keySet()) {
      if (p < parts.length) out.put(name, parts[p++]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static int label(float[] y, int row, int per) {
    return per == 1 ? (int) y[row] : argmax(y, row * per, per);
  }

  static int argmax(float[] v, int from, int n) {
    int best = 0;
    for (int c = 1; c < n; c++) if (v[from + c] > v[from + best]) best = c;
    return best;
  }

  /** Whether every row is a probability distribution, as a softmax output's rows are. */
  static boolean distributions(float[] v, int per) {
    if (per < 2) return false;
    for (int r = 0; r + per <= v.length; r += per) {
      double sum = 0;
      for (int c = 0; c < per; c++) {
        if (!(v[r + c] >= 0 && v[r + c] <= 1)) return false;
        sum += v[r + c];
      }
      if (Math.abs(sum - 1) > 1e-3) return false;
    }
    return true;
  }
}
