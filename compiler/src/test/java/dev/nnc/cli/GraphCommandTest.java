package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.ir.Differentiate;
import dev.nnc.ir.Node;
import dev.nnc.ir.Schedule;
import dev.nnc.opt.Simplify;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code nnc graph}: the SVG is well-formed and readable, the DOT matches the IR, errors exit as documented. */
class GraphCommandTest {
  @TempDir Path tmp;

  record Result(int exit, String out, String err) {
    String all() { return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err; }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  static String sample(String name) { return RepoRoot.resolve("samples/" + name).toString(); }

  static Lower.Model lower(String file, boolean training) throws IOException {
    Checker checker = new Checker();
    Path p = Path.of(file);
    Modules.Module m = checker.checkFile(p, p.toString());
    Lower.Model model = Lower.model(checker, m, null, training, 42);
    assertTrue(model != null, () -> "cannot lower " + file + ": " + checker.diagnostics().sorted());
    return model;
  }

  Document svg(String sampleFile, String... extra) throws Exception {
    Path out = tmp.resolve(Path.of(sampleFile).getFileName() + ".svg");
    List<String> args = new ArrayList<>(List.of("graph", "--level", "ops", sampleFile, "-o", out.toString()));
    args.addAll(List.of(extra));
    Result r = run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit, r::all);
    assertEquals("", r.err, r::all);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(out.toFile());
  }

  static List<String> texts(Document d) {
    List<String> out = new ArrayList<>();
    NodeList ts = d.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < ts.getLength(); i++) out.add(ts.item(i).getTextContent());
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp.nn", "worked_221.nn"})
  void svgParsesAndNamesEveryParameterAndTheLoss(String name) throws Exception {
    Document d = svg(sample(name));
    assertEquals("svg", d.getDocumentElement().getLocalName());
    List<String> texts = texts(d);
    Lower.Model m = lower(sample(name), true);
    assertFalse(m.params().isEmpty());
    for (String p : m.params().keySet()) {
      assertTrue(texts.stream().anyMatch(t -> t.startsWith(p + " ") || t.equals(p)), () -> "no box names " + p);
      assertTrue(texts.contains("grad " + p), () -> "no gradient of " + p);
    }
    assertTrue(texts.contains("loss"), "the loss is not labelled");
    for (String o : m.outputs().keySet()) assertTrue(texts.contains("output " + o), () -> "output " + o + " is not labelled");
    assertTrue(texts.stream().anyMatch(t -> t.matches("f32\\[B, \\d+\\]")), "no edge label like f32[B, 256]");
  }

  @Test
  void svgNamesTheFashionMlpLayersByTheirPaths() throws Exception {
    List<String> texts = texts(svg(sample("fashion_mlp.nn")));
    for (String p : List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "fc3.weight", "fc3.bias", "x", "y")) {
      assertTrue(texts.stream().anyMatch(t -> t.startsWith(p + " ")), () -> p + " missing from " + texts);
    }
    assertTrue(texts.contains("f32[B, 256]"), "no f32[B, 256] edge");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp.nn", "worked_221.nn", "lenet5.nn", "transformer_encoder.nn"})
  void noTwoNodeBoxesOverlap(String name) throws Exception {
    Document d = svg(sample(name));
    List<double[]> boxes = new ArrayList<>();
    NodeList rects = d.getElementsByTagNameNS("*", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (!r.getAttribute("class").equals("node")) continue;
      boxes.add(new double[] {num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")});
    }
    assertTrue(boxes.size() > 10, "found " + boxes.size() + " node boxes");
    double width = num(d.getDocumentElement(), "width"), height = num(d.getDocumentElement(), "height");
    for (int i = 0; i < boxes.size(); i++) {
      double[] a = boxes.get(i);
      assertTrue(a[0] >= 0 && a[0] + a[2] <= width && a[1] >= 0 && a[1] + a[3] <= height, "box outside the drawing");
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] b = boxes.get(j);
        boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
        if (overlap) fail("boxes " + i + " and " + j + " overlap in " + name);
      }
    }
  }

  private static double num(Element e, String attr) { return Double.parseDouble(e.getAttribute(attr)); }

  @ParameterizedTest
  @ValueSource(strings = {"fashion_mlp.nn", "worked_221.nn"})
  void dotHasOneNodeLinePerIrNodeAndOneEdgeLinePerInput(String name) throws Exception {
    Result r = run("graph", "--level", "ops", "--format", "dot", sample(name));
    assertEquals(Main.OK, r.exit, r::all);
    Pattern nodeLine = Pattern.compile("^  n(\\d+) \\[label=.*\\];$");
    Pattern edgeLine = Pattern.compile("^  n(\\d+) -> n(\\d+) \\[label=\"[a-z0-9]+\\[[^\"]*\\]\"\\];$");
    Set<Integer> nodes = new HashSet<>();
    int nodeLines = 0, edgeLines = 0;
    List<int[]> edges = new ArrayList<>();
    for (String line : r.out.lines().toList()) {
      Matcher n = nodeLine.matcher(line), e = edgeLine.matcher(line);
      if (n.matches()) {
        nodeLines++;
        nodes.add(Integer.parseInt(n.group(1)));
      } else if (e.matches()) {
        edgeLines++;
        edges.add(new int[] {Integer.parseInt(e.group(1)), Integer.parseInt(e.group(2))});
      }
    }
    // The same program, built here: outputs, loss and the gradient of every trained parameter, simplified together.
    Lower.Model m = lower(sample(name), true);
    List<Node> roots = new ArrayList<>(m.outputs().values());
    roots.add(m.loss());
    roots.addAll(Differentiate.vjp(m.graph(), m.loss(), m.graph().fill(1, m.loss().type()), m.trained().values()).values());
    List<Node> program = Schedule.topological(Simplify.run(m.graph(), roots).roots());
    int inputs = program.stream().mapToInt(n -> n.inputs().size()).sum();
    assertEquals(program.size(), nodeLines, r::all);
    assertEquals(nodeLines, nodes.size(), "a node line is repeated");
    assertEquals(inputs, edgeLines, r::all);
    Set<Integer> ids = new HashSet<>();
    for (Node n : program) ids.add(n.id());
    assertEquals(ids, nodes);
    for (int[] e : edges) assertTrue(nodes.contains(e[0]) && nodes.contains(e[1]), "edge to an undeclared node");
    assertTrue(r.out.startsWith("// ") && r.out.contains("digraph \"") && r.out.strip().endsWith("}"), r::all);
  }

  @Test
  void forwardOnlyDrawsNoGradients() throws Exception {
    List<String> texts = texts(svg(sample("fashion_mlp.nn"), "--forward-only"));
    assertTrue(texts.contains("loss") && texts.contains("output probs"), texts::toString);
    assertTrue(texts.stream().noneMatch(t -> t.startsWith("grad ")), texts::toString);
    assertTrue(texts.contains("FashionMlp: forward graph"), texts::toString);
  }

  @Test
  void aDotOutputFileSelectsTheDotFormat() throws IOException {
    Path out = tmp.resolve("mlp.dot");
    Result r = run("graph", sample("worked_221.nn"), "-o", out.toString());
    assertEquals(Main.OK, r.exit, r::all);
    assertTrue(Files.readString(out).contains("digraph \"Worked221\""));
    assertTrue(r.out.startsWith("nnc: wrote " + out), r::all);
  }

  @Test
  void aCheckErrorExitsOneWithTheDiagnostic() throws IOException {
    Path bad = tmp.resolve("bad.nn");
    Files.writeString(bad, "use std.nn.{Linear}\nmodel M {\n  input x: f32[B, 4]\n  fc = Linear(3, 2)\n  output y = fc(x)\n}\n");
    Path out = tmp.resolve("bad.svg");
    Result r = run("graph", bad.toString(), "-o", out.toString());
    assertEquals(Main.INPUT_ERRORS, r.exit, r::all);
    assertTrue(r.out.contains("error[") && r.out.contains(bad.toString()), r::all);
    assertFalse(r.all().contains("Exception"), r::all);
    assertFalse(Files.exists(out), "wrote a drawing of a model with errors");
  }

  @Test
  void aMissingFileExitsTwoWithOneLine() {
    Path missing = tmp.resolve("missing.nn");
    Result r = run("graph", missing.toString());
    assertEquals(Main.USAGE, r.exit, r::all);
    assertEquals(List.of("nnc: no such file: " + missing), r.err.lines().toList(), r::all);
    assertEquals("", r.out, r::all);
  }

  @Test
  void anUnknownFormatIsUsageError() {
    Result r = run("graph", "--format", "png", sample("worked_221.nn"));
    assertEquals(Main.USAGE, r.exit, r::all);
  }
}
