package dev.nnc.runtime.train;

import dev.nnc.runtime.DType;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights from another file, by name: a model's parameters and running statistics taken from any
 * safetensors file, such as one PyTorch wrote from a {@code state_dict}, before training starts
 * ({@code nnc train --init}), and the same tensors written for PyTorch ({@code nnc export
 * --weights-only}). Names map through prefix renames ({@code layers.0.=fc1.}, for the names of an
 * {@code nn.Sequential}); optimizer states ({@code optimizer.*}) and accumulated gradients
 * ({@code accumulated.*}) are never taken or written.
 */
public final class WarmStart {
  private WarmStart() {}

  /** A prefix rename, {@code FROM=TO}: a name that starts with FROM starts with TO instead. */
  public record Rename(String from, String to) {
    /** Parses {@code FROM=TO}; FROM may not be empty. */
    public static Rename parse(String text) {
      int eq = text.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("a rename is FROM=TO with a non-empty FROM, such as layers.0.=fc1., found `" + text + "`");
      return new Rename(text.substring(0, eq), text.substring(eq + 1));
    }

    /** The name renamed by the first rename whose FROM starts it, or the name itself. */
    public static String apply(List<Rename> renames, String name) {
      for (Rename r : renames) if (name.startsWith(r.from)) return r.to + name.substring(r.from.length());
      return name;
    }
  }

  /**
   * What {@link #load} took: the model's names it set (with the file's name where a rename gave
   * it), the model's names the file lacks (they keep their initial values) and the file's tensors
   * the model has no use for.
   */
  public record Report(Map<String, String> matched, List<String> missing, List<String> extra) {
    /** A few lines for the terminal: counts, then the missing and the extra names. */
    public String describe(Path file) {
      return describe(null, file);
    }

    /** As {@link #describe(Path)}, saying what took the tensors ({@code init ae.enc: ...}) where {@code target} is not null. */
    public String describe(String target, Path file) {
      StringBuilder b = new StringBuilder();
      b.append(target == null ? "init: " : "init " + target + ": ").append(matched.size()).append(" of ").append(matched.size() + missing.size())
          .append(" tensors from ").append(file).append('\n');
      b.append("  missing (keep their initial values): ").append(missing.isEmpty() ? "none" : String.join(", ", missing)).append('\n');
      b.append("  extra (not in the model, ignored): ").append(extra.isEmpty() ? "none" : String.join(", ", extra)).append('\n');
      return b.toString();
    }
  }

  /**
   * Whether a state name is a model's tensor (a parameter or running statistic), not an
   * optimizer's state or a gradient accumulated over batches.
   */
  public static boolean isWeight(String name) {
    return !name.startsWith("optimizer.") && !name.startsWith("accumulated.");
  }

  /**
   * Sets the weights of {@code state} (shapes in {@code shapes}) from {@code file}'s tensors,
   * renamed, in float32; a tensor of the right name and another shape is an error that names both.
   * Nothing is set unless everything that matches fits. The file's optimizer states (a training
   * checkpoint's {@code optimizer.*}) are passed over without mention.
   */
  public static Report load(Path file, List<Rename> renames, Map<String, float[]> state, Map<String, int[]> shapes) {
    return load(file, renames, state, shapes, "");
  }

  /**
   * As {@link #load(Path, List, Map, Map)}, for the state's names that start with {@code scope}
   * only ({@code ae.enc.}: one layer instance of one model): the others are neither set nor
   * missing, and a file's tensor whose renamed name falls outside the scope is extra.
   */
  public static Report load(Path file, List<Rename> renames, Map<String, float[]> state, Map<String, int[]> shapes, String scope) {
    Checkpoint c = Safetensors.read(file);
    Map<String, String> matched = new LinkedHashMap<>();
    Map<String, Tensor> taken = new LinkedHashMap<>();
    List<String> extra = new ArrayList<>();
    for (Map.Entry<String, Tensor> e : c.tensors().entrySet()) {
      if (!isWeight(e.getKey())) continue;
      String name = Rename.apply(renames, e.getKey());
      if (!isWeight(name) || !name.startsWith(scope) || !state.containsKey(name)) {
        extra.add(e.getKey());
        continue;
      }
      if (matched.containsKey(name)) {
        throw new DataException(file, "tensors `" + matched.get(name) + "` and `" + e.getKey() + "` are both renamed to `" + name
            + "`; rename them apart");
      }
      Tensor t = e.getValue();
      int[] want = shapes.get(name);
      if (!Arrays.equals(t.shape(), want) || (t.dtype() != DType.F32 && t.dtype() != DType.F64)) {
        throw new DataException(file, "tensor `" + e.getKey() + "`" + (name.equals(e.getKey()) ? "" : " (as `" + name + "`)") + " is "
            + t.type() + " but the model's `" + name + "` is " + Tensor.type(DType.F32, want));
      }
      matched.put(name, e.getKey());
      taken.put(name, t);
    }
    List<String> missing = new ArrayList<>();
    for (String name : state.keySet()) if (isWeight(name) && name.startsWith(scope) && !matched.containsKey(name)) missing.add(name);
    taken.forEach((name, t) -> System.arraycopy(t.floats(), 0, state.get(name), 0, state.get(name).length));
    return new Report(matched, missing, extra);
  }

  /**
   * Writes the weights of a training checkpoint (no optimizer states, no training metadata) under
   * renamed names, as {@code torch.nn.Module.load_state_dict(strict=True)} takes them.
   */
  public static Map<String, Tensor> weights(Checkpoint c, List<Rename> renames) {
    Map<String, Tensor> weights = new LinkedHashMap<>();
    c.tensors().forEach((name, t) -> {
      if (isWeight(name)) weights.put(name, t);
    });
    return renamed(weights, renames, c.file());
  }

  /** The tensors under their renamed names; two that come to one name are an error naming both. */
  public static Map<String, Tensor> renamed(Map<String, Tensor> tensors, List<Rename> renames, Path file) {
    Map<String, Tensor> out = new LinkedHashMap<>();
    Map<String, String> from = new LinkedHashMap<>();
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      String name = Rename.apply(renames, e.getKey());
      String before = from.put(name, e.getKey());
      if (before != null) {
        throw new DataException(file, "tensors `" + before + "` and `" + e.getKey() + "` are both renamed to `" + name + "`; rename them apart");
      }
      out.put(name, e.getValue());
    }
    return out;
  }
}
