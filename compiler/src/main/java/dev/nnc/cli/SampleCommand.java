package dev.nnc.cli;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.exec.Device;
import dev.nnc.exec.Executable;
import dev.nnc.ir.Array;
import dev.nnc.ir.Attr;
import dev.nnc.ir.Node;
import dev.nnc.ir.Op;
import dev.nnc.ir.Schedule;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.checkpoint.Checkpoint;
import dev.nnc.runtime.checkpoint.Safetensors;
import dev.nnc.runtime.data.Npy;
import dev.nnc.runtime.data.Text;
import dev.nnc.runtime.model.Session;
import dev.nnc.syntax.Ast;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nnc sample FILE --checkpoint CKPT}: runs a {@code sample} or {@code generate} program with
 * the trained weights of the models it {@code uses}, compiled for a device, and writes its outputs:
 * a PNG grid of an image-shaped output, or tensors as .npy or .safetensors. Random draws are keyed
 * by {@code --seed}, so the same seed gives the same bytes.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = "Runs a sample or generate program with a checkpoint's weights: a PNG grid of images, or .npy/.safetensors tensors.")
final class SampleCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "the .nn file")
  Path file;

  @Option(names = "--checkpoint", required = true, paramLabel = "CKPT",
      description = "the checkpoint nnc train wrote for the model (or train block) the program uses")
  Path checkpoint;

  @Option(names = {"--program", "--model"}, paramLabel = "NAME", description = "the sample or generate program to run, when the file has several")
  String program;

  @Option(names = "--count", defaultValue = "16", paramLabel = "N", description = "how many samples: the size B (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "seeds the program's random draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
      description = "where it runs: auto (default), jvm, opencl[:N] or reference; a program the device cannot run falls back with a note")
  String device;

  @Option(names = "--arg", paramLabel = "NAME=N",
      description = "gives an int parameter of the program in place of its default, e.g. --arg steps=50 (repeatable)")
  Map<String, Long> args = new LinkedHashMap<>();

  @Option(names = "--prompt", paramLabel = "TEXT",
      description = "the text a generate program's `input prompt: i32[N]` starts from, encoded with the vocabulary the checkpoint keeps; "
          + "the tokens are also printed as text")
  String prompt;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "what to write, by its extension: .png (a grid of the first image-shaped output), .npy (the first output), "
          + ".safetensors (every output); default out/PROGRAM.png, or nothing when the tokens are printed as text")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For tests: the devices by name. */
  Function<String, Device> devices = Devices::byName;

  private enum Format { PNG, NPY, SAFETENSORS }

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
    if (count < 1) {
      err.println("nnc: --count must be at least 1, found " + count);
      return Main.USAGE;
    }
    if (seed < 0 || seed >= Session.SEEDS) {
      err.println("nnc: --seed must be from 0 to " + (Session.SEEDS - 1) + " (it keys the draws as a float32 integer), found " + seed);
      return Main.USAGE;
    }
    Models.Checked c = Models.check(file, err);
    if (!c.ok()) return c.exit();
    Checker checker = c.checker();
    if (checker.diagnostics().hasErrors()) return Models.diagnostics(checker, out);
    List<Ast.Block> programs = new ArrayList<>();
    for (Ast.Decl d : c.module().file().decls()) {
      if (d instanceof Ast.Block b && (b.kind() == Ast.BlockKind.SAMPLE || b.kind() == Ast.BlockKind.GENERATE)) programs.add(b);
    }
    List<String> names = programs.stream().map(b -> b.name().text()).toList();
    Ast.Block chosen = null;
    for (Ast.Block b : programs) if (program == null ? programs.size() == 1 : b.name().text().equals(program)) chosen = b;
    if (chosen == null) {
      err.println("nnc: " + file + ": " + (programs.isEmpty() ? "the file has no sample or generate program"
          : program == null ? "the file has several sample or generate programs (" + String.join(", ", names) + "); choose one with --program"
          : "no sample or generate program `" + program + "`; the file has " + String.join(", ", names)));
      return Main.USAGE;
    }
    String name = chosen.name().text();
    for (String a : args.keySet()) {
      Ast.Param p = chosen.params().stream().filter(x -> x.name().text().equals(a)).findFirst().orElse(null);
      if (p == null || !(p.type() instanceof Ast.KindType k) || k.kind() != Ast.Kind.INT) {
        err.println("nnc: --arg " + a + ": program " + name + " has no int parameter `" + a + "`; its parameters are "
            + (chosen.params().isEmpty() ? "none" : String.join(", ", chosen.params().stream().map(x -> x.name().text()).toList())));
        return Main.USAGE;
      }
    }
    Format format = output == null ? Format.PNG : format(output);
    if (format == null) {
      err.println("nnc: -o " + output + ": write a .png, .npy or .safetensors file");
      return Main.USAGE;
    }
    Backend backend = Backend.of(device, devices, err);
    if (backend == null) return Main.USAGE;
    Lower.Model m = Pipeline.standard().lower(checker, c.module(), name, seed, args);
    if (m == null) return Models.diagnostics(checker, out);
    if (m.outputs().isEmpty()) {
      err.println("nnc: " + file + ": program " + name + " has no output");
      return Main.INPUT_ERRORS;
    }
    List<String> outputNames = List.copyOf(m.outputs().keySet());
    List<Node> roots = Pipeline.standard().simplify(m.graph(), List.copyOf(m.outputs().values()),
        outputNames.stream().map(n -> "output " + n).toList()).roots();

    // The sizes: every size symbol of the outputs (B) is the count.
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Node r : roots) {
      for (int i = 0; i < r.type().rank(); i++) {
        String s = r.type().dim(i).asSymbol();
        if (s != null) sizes.putIfAbsent(s, (long) count);
      }
    }
    sizes.putIfAbsent("B", (long) count);
    List<Node> located = new java.util.ArrayList<>(m.outputs().values());
    located.addAll(roots);
    Integer tooBig = Models.sizeLimit(located, sizes, "--count", out);
    if (tooBig != null) return tooBig;
    try {
      Checkpoint ckpt = Safetensors.read(checkpoint);
      Map<String, float[]> leaves = weights(ckpt, m, chosen, roots);
      Node promptLeaf = null;
      for (Node n : Schedule.topological(roots)) {
        if (n.op() == Op.INPUT && n.attr() instanceof Attr.Leaf leaf && leaf.name().equals(PROMPT)) {
          promptLeaf = n;
        } else if (n.op() == Op.INPUT && n.attr() instanceof Attr.Leaf leaf && !leaf.name().equals(Session.STEP)
            && !leaf.name().equals(Session.SEED)) {
          err.println("nnc: " + file + ": program " + name + " reads the input `" + leaf.name() + "`; nnc sample gives a program "
              + "no input but its prompt (`input prompt: i32[N]`, from --prompt)");
          return Main.INPUT_ERRORS;
        }
      }
      String vocabulary = ckpt.metadata().get(Text.VOCABULARY_KEY);
      if (promptLeaf == null && prompt != null) {
        err.println("nnc: --prompt: program " + name + " takes no prompt (it declares no `input prompt: i32[N]`)"
            + (programs.size() > 1 ? "; the file's programs are " + String.join(", ", names) : ""));
        return Main.USAGE;
      }
      if (promptLeaf != null) {
        float[] tokens = prompt(promptLeaf, name, vocabulary, err);
        if (tokens == null) return Main.USAGE;
        leaves.put(PROMPT, tokens);
      }
      leaves.put(Session.STEP, new float[] {0});
      leaves.put(Session.SEED, new float[] {seed}); // the draws' seed, given when the program runs
      Executable exe = backend.compile(roots);
      List<float[]> values = exe.run(leaves, sizes);
      Map<String, Tensor> tensors = new LinkedHashMap<>();
      for (int i = 0; i < roots.size(); i++) {
        long[] shape = Array.shapeOf(roots.get(i).type(), sizes);
        int[] dims = new int[shape.length];
        for (int k = 0; k < dims.length; k++) dims[k] = Math.toIntExact(shape[k]);
        tensors.put(outputNames.get(i), tensor(roots.get(i).type().dtype(), values.get(i), dims));
      }
      boolean text = vocabulary != null && tensors.values().stream().anyMatch(SampleCommand::tokens);
      if (output == null && !text) output = Path.of("out", name + ".png");
      String wrote = output == null ? null : write(format, tensors, err); // text alone, unless -o asks for a file
      if (output != null && wrote == null) return Main.USAGE;
      out.printf(Locale.ROOT, "sampled %s from %s with %s (seed %d, %s)%s%n", name, checkpoint,
          backend.describe(), seed, count + (count == 1 ? " sample" : " samples"), wrote == null ? "" : ": wrote " + output + ", " + wrote);
      if (vocabulary != null) printText(tensors, vocabulary, out);
      out.flush();
      return Main.OK;
    } catch (DataException e) {
      out.flush();
      err.println("nnc: " + e.getMessage());
      return Main.FAULT;
    }
  }

  /** The name of the input nnc sample fills from --prompt. */
  static final String PROMPT = "prompt";

  /** Whether an output holds token ids: i32 with a sample axis and a sequence axis. */
  private static boolean tokens(Tensor t) {
    return t.dtype() == dev.nnc.runtime.DType.I32 && t.rank() == 2;
  }

  /** Prints every token output, one sample after another, as the text the vocabulary gives. */
  private static void printText(Map<String, Tensor> tensors, String vocabulary, PrintWriter out) {
    tensors.forEach((key, t) -> {
      if (!tokens(t)) return;
      int n = t.dim(0), len = t.dim(1);
      int[] ids = t.ints();
      for (int b = 0; b < n; b++) {
        String text = Text.decode(java.util.Arrays.copyOfRange(ids, b * len, (b + 1) * len), vocabulary);
        out.printf(Locale.ROOT, "%s %d of %d:%n%s%n", key, b + 1, n, text.replace("\r", ""));
      }
    });
  }

  /**
   * The prompt's tokens as the program's {@code input prompt: i32[N]} takes them: the text's
   * characters encoded with the checkpoint's vocabulary, then -1 to the end of the buffer. Null
   * after saying why it cannot: no --prompt, no vocabulary in the checkpoint, a character
   * outside the vocabulary (shown under the prompt), a prompt longer than the buffer.
   */
  private float[] prompt(Node leaf, String program, String vocabulary, PrintWriter err) {
    dev.nnc.shape.TensorType type = leaf.type();
    if (type.dtype() != dev.nnc.shape.DType.I32 || type.rank() != 1 || !type.dim(0).isConstant()) {
      err.println("nnc: " + file + ": program " + program + "'s `input prompt` is " + type + "; a prompt is i32[N], N a constant "
          + "(the buffer it fills: its tokens, then -1)");
      return null;
    }
    int size = Math.toIntExact(type.dim(0).constant());
    if (prompt == null) {
      err.println("nnc: program " + program + " reads a prompt (`input prompt: " + type + "`); give it with --prompt TEXT");
      return null;
    }
    if (vocabulary == null) {
      err.println("nnc: " + checkpoint + ": the checkpoint keeps no vocabulary (metadata `" + Text.VOCABULARY_KEY + "`), so --prompt "
          + "cannot be encoded; it was written before nnc kept the vocabulary of text data with the checkpoint, or its model was not "
          + "trained on text. Train it again with this nnc (nnc train writes the vocabulary of `fortunes`)");
      return null;
    }
    if (prompt.isEmpty()) {
      err.println("nnc: --prompt: the prompt is empty; decoding starts after at least one character");
      return null;
    }
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      if (vocabulary.indexOf(c) < 0) {
        err.println("nnc: --prompt: character " + (i + 1) + " is not in the vocabulary of " + checkpoint);
        err.println("  | " + printable(prompt));
        err.println("  | " + " ".repeat(printable(prompt.substring(0, i)).length()) + "^ "
            + String.format(Locale.ROOT, "U+%04X", (int) c) + (Character.isISOControl(c) ? "" : " '" + c + "'"));
        err.println("  = hint: the model was trained on " + vocabulary.length() + " characters"
            + (vocabulary.equals(Text.characters()) ? " (ASCII)" : "") + "; write the prompt with those");
        return null;
      }
    }
    if (prompt.length() > size) {
      err.println("nnc: --prompt: the prompt has " + prompt.length() + " characters, more than the " + size + " of program " + program
          + "'s buffer (`input prompt: " + type + "`, the model's context); shorten it, or decode with a longer context");
      return null;
    }
    float[] tokens = new float[size];
    java.util.Arrays.fill(tokens, -1);
    for (int i = 0; i < prompt.length(); i++) tokens[i] = vocabulary.indexOf(prompt.charAt(i));
    return tokens;
  }

  /** A prompt as one line: control characters as Java escapes, so a caret under it lines up. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\n') b.append("\\n");
      else if (c == '\t') b.append("\\t");
      else if (Character.isISOControl(c)) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }

  /**
   * An output as a tensor of its dtype: an {@code i32} output (token ids) as int32, the others as
   * float32 (the backends compute every value as a float; integers are exact up to 2^24).
   */
  static Tensor tensor(dev.nnc.shape.DType dtype, float[] v, int[] dims) {
    if (dtype != dev.nnc.shape.DType.I32) return Tensor.f32(v.clone(), dims);
    int[] ints = new int[v.length];
    for (int i = 0; i < v.length; i++) ints[i] = Math.round(v[i]);
    return Tensor.i32(ints, dims);
  }

  private static Format format(Path out) {
    String n = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".png") ? Format.PNG : n.endsWith(".npy") ? Format.NPY : n.endsWith(".safetensors") ? Format.SAFETENSORS : null;
  }

  /**
   * The program's parameters from the checkpoint: each by its own name, or under the prefix of the
   * binding that {@code uses} it ({@code g.fc1.weight} for {@code uses g = Generator()}, as a train block
   * of several models names them). A missing tensor or one of another shape is a fault.
   */
  private Map<String, float[]> weights(Checkpoint ckpt, Lower.Model m, Ast.Block program, List<Node> roots) {
    List<String> prefixes = new ArrayList<>();
    prefixes.add("");
    for (Ast.Member mem : program.members()) {
      if (mem instanceof Ast.Uses u) for (Ast.Binding b : u.bindings()) prefixes.add(b.name().text() + ".");
    }
    Map<String, float[]> leaves = new LinkedHashMap<>();
    for (Node n : Schedule.topological(roots)) {
      if (n.op() != Op.PARAM || !(n.attr() instanceof Attr.Leaf leaf)) continue;
      Tensor t = null;
      for (String p : prefixes) {
        t = ckpt.tensors().get(p + leaf.name());
        if (t != null) break;
      }
      if (t == null) {
        throw new DataException(checkpoint, "the checkpoint has no tensor `" + leaf.name() + "` for program " + m.name()
            + "; pass a checkpoint that nnc train wrote for the model it uses");
      }
      long[] want = Array.shapeOf(n.type(), Map.of());
      int[] have = t.shape();
      boolean same = want.length == have.length;
      for (int i = 0; same && i < want.length; i++) same = want[i] == have[i];
      if (!same) {
        throw new DataException(checkpoint, "tensor `" + leaf.name() + "` is " + Tensor.type(t.dtype(), have) + ", program " + m.name()
            + " expects " + n.type() + "; pass a checkpoint that nnc train wrote for the model it uses");
      }
      leaves.put(leaf.name(), t.toFloats());
    }
    return leaves;
  }

  /** Writes the outputs; says what it wrote, or null after saying why it cannot. */
  private String write(Format format, Map<String, Tensor> tensors, PrintWriter err) {
    Path dir = output.toAbsolutePath().getParent();
    try {
      if (dir != null) Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DataException(dir, "cannot create the folder: " + e.getMessage());
    }
    switch (format) {
      case NPY -> {
        Map.Entry<String, Tensor> first = tensors.entrySet().iterator().next();
        Npy.write(output, first.getValue());
        return "output `" + first.getKey() + "` " + Tensor.type(first.getValue().dtype(), first.getValue().shape());
      }
      case SAFETENSORS -> {
        Safetensors.write(output, tensors, Map.of("format", "pt"));
        List<String> what = new ArrayList<>();
        tensors.forEach((k, t) -> what.add("`" + k + "` " + Tensor.type(t.dtype(), t.shape())));
        return "output" + (what.size() == 1 ? " " : "s ") + String.join(", ", what);
      }
      default -> {
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
          int[] s = e.getValue().shape();
          boolean image = e.getValue().dtype() == dev.nnc.runtime.DType.F32 && ((s.length == 4 && (s[1] == 1 || s[1] == 3)) || s.length == 3);
          if (!image) continue;
          int n = s[0], ch = s.length == 4 ? s[1] : 1, h = s[s.length - 2], w = s[s.length - 1];
          BufferedImage grid = grid(e.getValue().floats(), n, ch, h, w);
          Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
          try {
            if (!ImageIO.write(grid, "png", tmp.toFile())) throw new IOException("no PNG writer");
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException ex) {
            throw new DataException(output, "cannot write the image: " + ex.getMessage());
          }
          return String.format(Locale.ROOT, "output `%s` as a grid of %d rows of %d %dx%d images (%dx%d pixels)", e.getKey(),
              (n + columns(n) - 1) / columns(n), columns(n), w, h, grid.getWidth(), grid.getHeight());
        }
        err.println("nnc: -o " + output + ": program has no image-shaped output ([N, C, H, W] with C 1 or 3, or [N, H, W]); "
            + "its outputs are " + String.join(", ", tensors.entrySet().stream()
                .map(t -> t.getKey() + " " + Tensor.type(t.getValue().dtype(), t.getValue().shape())).toList())
            + "; write .npy or .safetensors instead");
        return null;
      }
    }
  }

  /** Pixels between and around the images of a grid. */
  static final int GAP = 2;

  /** The columns of a grid of n images: the smallest c with c * c >= n. */
  static int columns(int n) {
    int c = (int) Math.ceil(Math.sqrt(n));
    while (c * c < n) c++;
    while (c > 1 && (c - 1) * (c - 1) >= n) c--;
    return c;
  }

  /**
   * The images in rows of {@link #columns} on black, {@link #GAP} pixels apart; values in [0, 1]
   * (clamped) become 0..255, grey for one channel, RGB for three.
   */
  static BufferedImage grid(float[] v, int n, int ch, int h, int w) {
    int cols = columns(n), rows = (n + cols - 1) / cols;
    int width = cols * (w + GAP) + GAP, height = rows * (h + GAP) + GAP;
    BufferedImage img = new BufferedImage(width, height, ch == 3 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
    for (int i = 0; i < n; i++) {
      int x0 = GAP + (i % cols) * (w + GAP), y0 = GAP + (i / cols) * (h + GAP);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          if (ch == 3) {
            int r = byteOf(v[((i * 3) * h + y) * w + x]), g = byteOf(v[((i * 3 + 1) * h + y) * w + x]),
                b = byteOf(v[((i * 3 + 2) * h + y) * w + x]);
            img.setRGB(x0 + x, y0 + y, (r << 16) | (g << 8) | b);
          } else {
            img.getRaster().setSample(x0 + x, y0 + y, 0, byteOf(v[(i * h + y) * w + x]));
          }
        }
      }
    }
    return img;
  }

  private static int byteOf(float f) {
    if (!(f > 0)) return 0; // NaN too
    return f >= 1 ? 255 : Math.round(f * 255);
  }
}
