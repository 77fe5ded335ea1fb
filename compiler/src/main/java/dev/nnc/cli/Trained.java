package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.syntax.Ast;
import java.io.PrintWriter;
import java.nio.file.Path;
import dev.nnc.runtime.train.WarmStart;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code nnc eval} and {@code nnc predict} share: the file's model in evaluation mode on a
 * device, its parameters and running statistics from a checkpoint, and the data to run it on.
 */
final class Trained {
  private Trained() {}

  /**
   * A loaded model and the checkpoint it was loaded from, or the exit code to stop with (the
   * reason already printed). Without data ({@code which} null), {@code data} and
   * {@code dataName} are null.
   */
  record Loaded(Evaluation eval, Checkpoint checkpoint, Map<String, float[]> params, Feed data, String dataName, Ast.Train train,
      int batch, Backend backend, int exit) {
    boolean ok() { return exit == Main.OK; }
  }

  private static Loaded failed(int exit) {
    return new Loaded(null, null, null, null, null, null, 0, null, exit);
  }

  /**
   * What the model can be run with but may give numbers that mean little: training metadata that
   * is missing or corrupt (a file nnc train did not write, or one damaged since), and parameters
   * that are not finite numbers (a run that diverged). One warning line each; the exit stays 0.
   */
  private static void warnings(Checkpoint ckpt, Map<String, float[]> params, String model, PrintWriter err) {
    try {
      dev.nnc.runtime.train.Checkpoints.counters(ckpt, java.util.List.of(model));
    } catch (DataException e) {
      err.println("nnc: warning: " + ckpt.file() + ": " + e.problem() + "; its parameters are used all the same");
    }
    String first = null;
    long bad = 0;
    int tensors = 0;
    for (Map.Entry<String, float[]> e : params.entrySet()) {
      long n = 0;
      for (float v : e.getValue()) if (!Float.isFinite(v)) n++;
      if (n == 0) continue;
      if (first == null) first = e.getKey();
      bad += n;
      tensors++;
    }
    if (first != null) {
      err.println("nnc: warning: " + ckpt.file() + ": " + bad + (bad == 1 ? " parameter value is" : " parameter values are")
          + " not a finite number (NaN or infinite), in `" + first + "`" + (tensors > 1 ? " and " + (tensors - 1) + " more tensors" : "")
          + "; what the model computes with them means little");
    }
    err.flush();
  }

  /**
   * Loads everything; {@code which} is "validate" (the train block's validation data, or its data
   * when it has none), "train", or null for the model and checkpoint alone (no data set is
   * read). Faults in the checkpoint or the data end with exit 3. With
   * {@code json}, the file's diagnostics are printed as `nnc check --format json` prints them.
   */
  static Loaded load(Path file, String model, Path checkpoint, List<WarmStart.Rename> renames, String deviceName,
      Function<String, Device> devices, String which, Integer batch, boolean json, PrintWriter out, PrintWriter err) {
    return load(file, model, checkpoint, renames, deviceName, devices, which, batch, json, null, out, err);
  }

  /**
   * As the other {@code load}; with {@code fn} not null, the model's fn of that name applied to its
   * inputs is compiled with its first output, without the loss ({@link Evaluation#withFn}); a model
   * without it stops with the {@code lower.fn} diagnostic.
   */
  static Loaded load(Path file, String model, Path checkpoint, List<WarmStart.Rename> renames, String deviceName,
      Function<String, Device> devices, String which, Integer batch, boolean json, String fn, PrintWriter out, PrintWriter err) {
    if (which != null && !which.equals("validate") && !which.equals("train")) {
      err.println("nnc: --data must be validate or train, found `" + which + "`");
      return failed(Main.USAGE);
    }
    Backend backend = Backend.of(deviceName, devices, err);
    if (backend == null) return failed(Main.USAGE);
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return failed(c.exit());
    Checker checker = c.checker();
    if (checker.diagnostics().hasErrors()) return failed(Models.diagnostics(checker, out, json));
    Ast.Train train = TrainCommand.trainBlock(c, model);
    Long seed = Lower.setting(train, "seed");
    Lower.Model lowered = fn == null ? Pipeline.standard().lower(checker, c.module(), model, false, seed != null ? seed : 42)
        : Pipeline.standard().lowerWithFns(checker, c.module(), model, seed != null ? seed : 42, List.of(fn));
    if (lowered == null) return failed(Models.diagnostics(checker, out, json));
    train = lowered.train();
    Lower.DataCall call = "validate".equals(which) ? Lower.validation(checker, train) : null;
    String name = "validation data";
    if (call == null && which != null) {
      call = Lower.data(checker, train);
      name = "training data";
    }
    if (call == null && which != null) {
      err.println("nnc: " + file + ": the file has no train block naming a data set to run the model on");
      return failed(Main.INPUT_ERRORS);
    }
    try {
      Checkpoint ckpt;
      Map<String, float[]> params;
      Evaluation eval = fn == null ? Evaluation.of(lowered, backend) : Evaluation.withFn(lowered, fn, backend);
      if (eval == null) {
        err.println("nnc: " + file + ": model " + lowered.name() + " has no output and no loss to evaluate");
        return failed(Main.INPUT_ERRORS);
      }
      try {
        ckpt = Safetensors.read(checkpoint);
        if (!renames.isEmpty()) ckpt = new Checkpoint(checkpoint, WarmStart.renamed(ckpt.tensors(), renames, checkpoint), ckpt.metadata());
        params = eval.parameters(ckpt);
      } catch (DataException e) {
        String fix = e.problem().contains("; pass a checkpoint") ? "" : "; pass a checkpoint that nnc train wrote for " + lowered.name();
        long models = c.module().file().decls().stream().filter(d -> d instanceof Ast.Train).count();
        if (model == null && models > 1) fix += ", or name the checkpoint's model with --model NAME (the file trains " + models + ")";
        throw new DataException(checkpoint, e.problem() + fix);
      }
      warnings(ckpt, params, lowered.name(), err);
      if (which == null) return new Loaded(eval, ckpt, params, null, null, train, 0, backend, Main.OK);
      Feed data = new Feed(Datasets.load(call.name(), call.args()));
      Long given = Lower.setting(train, "batch");
      int b = batch != null ? batch : given != null ? Math.toIntExact(given) : 32;
      if (b < 1) {
        err.println("nnc: --batch must be at least 1, found " + b);
        return failed(Main.USAGE);
      }
      return new Loaded(eval, ckpt, params, data, call.name() + " (" + name + ")", train, b, backend, Main.OK);
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return failed(Main.FAULT);
    }
  }
}
