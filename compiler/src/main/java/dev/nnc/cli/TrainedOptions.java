package dev.nnc.cli;

import java.io.PrintWriter;
import dev.nnc.runtime.train.WarmStart;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What nnc eval and nnc predict both take: the model, its checkpoint, the device and which data. */
final class TrainedOptions {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model to run when the file has several (default: the first train block's)")
  String model;

  @Option(names = "--checkpoint", required = true, paramLabel = "CKPT", description = "a checkpoint nnc train wrote for the model, or a file of its weights (nnc export, PyTorch)")
  Path checkpoint;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "auto (default: an OpenCL GPU if there is one, else jvm), jvm, opencl[:N] or reference")
  String device;

  @Option(names = "--data", defaultValue = "validate", paramLabel = "validate|train",
      description = "the train block's validation data (default; its training data when it has none) or its training data")
  String data;

  @Option(names = "--rename", paramLabel = "FROM=TO",
      description = "renames the checkpoint's tensors by prefix before use, such as layers.0.=fc1. for a PyTorch nn.Sequential's names (repeatable; the first that matches applies)")
  List<String> renames = List.of();

  @Option(names = "--format", defaultValue = "human", paramLabel = "human|json",
      description = "human (default) or json: one JSON object on stdout, for scripts (fields in docs/cli.md)")
  Format format;

  /** How eval and predict print their results. */
  enum Format { human, json }

  boolean json() { return format == Format.json; }

  /** The trained model, {@code batch} samples a run (null: the train block's batch). */
  Trained.Loaded load(Integer batch, PrintWriter out, PrintWriter err) {
    List<WarmStart.Rename> parsed = Renames.parse(renames, err);
    if (parsed == null) return new Trained.Loaded(null, null, null, null, null, null, 0, null, Main.USAGE);
    return Trained.load(file, model, checkpoint, parsed, device, Devices::byName, data, batch, json(), out, err);
  }
}
