package dev.nnc.cli;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.train.WarmStart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc export FILE --checkpoint CKPT --weights-only -o W.safetensors}: a trained model's
 * weights for another framework. The checkpoint is first loaded against the file's model, as
 * {@code nnc eval} loads it, so what is written is exactly the model's parameters and running
 * statistics, in float32, under their names (renamed by {@code --rename}), without optimizer
 * states or training metadata: what PyTorch's {@code load_state_dict(strict=True)} takes for a
 * module of the same names.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes a trained model's weights for another framework (PyTorch state_dict names, safetensors).")
final class ExportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model to export when the file has several (default: the first train block's)")
  String model;

  @Option(names = "--checkpoint", required = true, paramLabel = "CKPT", description = "a checkpoint nnc train wrote for the model")
  Path checkpoint;

  @Option(names = "--weights-only", required = true,
      description = "the parameters and running statistics alone, without optimizer states or training metadata (the one form export writes)")
  boolean weightsOnly;

  @Option(names = "--rename", paramLabel = "FROM=TO",
      description = "renames the tensors by prefix as they are written, such as fc1.=layers.0. for a PyTorch nn.Sequential (repeatable; the first that matches applies)")
  List<String> renames = List.of();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the safetensors file to write")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    List<WarmStart.Rename> parsed = Renames.parse(renames, err);
    if (parsed == null) return Main.USAGE;
    // Loaded as eval loads it (the checkpoint must be the model's, tensor for tensor), without data.
    Trained.Loaded t = Trained.load(file, model, checkpoint, List.of(), "reference", Devices::byName, null, null, false, out, err);
    if (!t.ok()) return t.exit();
    try {
      Map<String, Tensor> weights = WarmStart.weights(t.checkpoint(), parsed);
      Safetensors.write(output, weights, Map.of("format", "pt"));
      out.printf("exported %d tensors of %s to %s%n", weights.size(), t.eval().model().name(), output);
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }
}
