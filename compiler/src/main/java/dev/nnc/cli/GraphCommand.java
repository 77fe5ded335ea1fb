package dev.nnc.cli;

import dev.nnc.draw.Dot;
import dev.nnc.draw.Figure;
import dev.nnc.draw.Layers;
import dev.nnc.draw.Svg;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc graph FILE}: a model drawn as SVG or written as DOT: a box per layer call (the
 * default), or the forward and backward graph of IR primitives ({@code --level ops}).
 */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Draws a model as SVG, or writes it as Graphviz DOT: a box per layer call with its type and parameters "
        + "(--level layers, the default), or its forward graph (outputs and loss) and backward graph (the gradient of the "
        + "loss for every trained parameter, simplified) of primitives (--level ops).")
final class GraphCommand implements Callable<Integer> {
  enum Format { svg, dot }

  enum Level { layers, ops }

  @Option(names = "--level", defaultValue = "layers", paramLabel = "layers|ops",
      description = "layers (default): a box per layer call in the forward graph; ops: a box per IR primitive, forward and backward")
  Level level;

  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--model", paramLabel = "NAME", description = "the model (default: the one the train block trains)")
  String model;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path output;

  @Option(names = "--format", paramLabel = "svg|dot",
      description = "svg (drawn by nnc) or dot (Graphviz text); default: dot when the output file ends in .dot or .gv, else svg")
  Format format;

  @Option(names = "--forward-only", description = "draw only the forward graph, as evaluation runs it (no dropout)")
  boolean forwardOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    boolean layers = level == Level.layers;
    Models.Loaded loaded = Models.load(file, model, !forwardOnly && !layers, 42, out, err);
    if (loaded.model() == null) return loaded.exit();
    Figure figure = layers ? Layers.of(loaded.model()) : Figure.of(loaded.model(), forwardOnly);
    Format f = format != null ? format : output != null && isDot(output) ? Format.dot : Format.svg;
    String text = f == Format.svg ? Svg.render(figure) : Dot.render(figure);
    if (output == null) {
      out.print(text);
      out.flush();
      return Main.OK;
    }
    try {
      Files.writeString(output, text);
    } catch (IOException e) {
      err.println("nnc: cannot write " + output + ": " + e.getMessage());
      return Main.FAULT;
    }
    if (layers) {
      out.println("nnc: wrote " + output + ": " + figure.model() + " layers, " + figure.boxes().size() + " boxes ("
          + figure.boxes().stream().filter(b -> b.kind() == Figure.Kind.INPUT).count() + " inputs), " + figure.edges().size() + " edges");
      return Main.OK;
    }
    String what = figure.backward() ? "forward and backward graph"
        : forwardOnly ? "forward graph" : "forward graph (the model has no loss)";
    out.println("nnc: wrote " + output + ": " + figure.model() + " " + what + ", " + figure.boxes().size() + " nodes ("
        + figure.count(Figure.Pass.FORWARD) + " forward, " + figure.count(Figure.Pass.BACKWARD) + " backward), "
        + figure.edges().size() + " edges");
    return Main.OK;
  }

  private static boolean isDot(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".dot") || name.endsWith(".gv");
  }
}
