package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.check.Lower;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** nnc graph --level layers (the default): a box per layer call, with its type and its parameters. */
class GraphLayersTest {
  @TempDir Path tmp;

  private static final Pattern NODE = Pattern.compile("^  n(\\d+) \\[label=\"([^\"]*)\".*\\];$");
  private static final Pattern EDGE = Pattern.compile("^  n(\\d+) -> n(\\d+) \\[label=\"([^\"]*)\"\\];$");

  /** The boxes of the DOT text by id, each as its label's lines without the id; and the edges as "from -> to: type". */
  private record Drawing(Map<Integer, List<String>> boxes, List<String> edges) {
    List<String> box(int id) { return boxes.get(id); }

    String title(int id) { return box(id).get(0); }

    int idOf(String title, int nth) {
      int seen = 0;
      for (Map.Entry<Integer, List<String>> e : boxes.entrySet()) if (e.getValue().get(0).equals(title) && seen++ == nth) return e.getKey();
      throw new AssertionError("no box " + title + " #" + nth + " in " + boxes);
    }
  }

  private static Drawing dot(String sample, String... extra) {
    List<String> args = new ArrayList<>(List.of("graph", "--format", "dot", GraphCommandTest.sample(sample)));
    args.addAll(List.of(extra));
    GraphCommandTest.Result r = GraphCommandTest.run(args.toArray(String[]::new));
    assertEquals(Main.OK, r.exit(), r::all);
    Map<Integer, List<String>> boxes = new LinkedHashMap<>();
    List<String> edges = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      Matcher n = NODE.matcher(line), e = EDGE.matcher(line);
      if (n.matches()) {
        List<String> lines = new ArrayList<>(List.of(n.group(2).split("\\\\n")));
        boxes.put(Integer.parseInt(n.group(1)), lines);
      } else if (e.matches()) {
        edges.add(e.group(1) + " -> " + e.group(2) + ": " + e.group(3));
      }
    }
    return new Drawing(boxes, edges);
  }

  @Test
  void theFashionMlpIsItsLayers() {
    Drawing d = dot("fashion_mlp.nn");
    assertEquals(List.of("x", "fc1", "relu", "fc2", "relu", "fc3", "softmax", "y", "cross_entropy"),
        d.boxes().values().stream().map(b -> b.get(0)).toList());
    assertEquals(List.of("fc1", "\u2192 f32[B, 256]", "200,960 params (fc1.weight, fc1.bias)"), d.box(d.idOf("fc1", 0)));
    assertEquals(List.of("fc3", "\u2192 f32[B, 10]", "2,570 params (fc3.weight, fc3.bias)"), d.box(d.idOf("fc3", 0)));
    assertEquals(List.of("softmax", "\u2192 f32[B, 10]", "output probs"), d.box(d.idOf("softmax", 0)));
    assertEquals(List.of("cross_entropy", "\u2192 f32[]", "loss"), d.box(d.idOf("cross_entropy", 0)));
    assertEquals(List.of("x", "input f32[B, 784]"), d.box(d.idOf("x", 0)));
    int x = d.idOf("x", 0), fc1 = d.idOf("fc1", 0), relu1 = d.idOf("relu", 0), fc2 = d.idOf("fc2", 0), relu2 = d.idOf("relu", 1);
    int fc3 = d.idOf("fc3", 0), softmax = d.idOf("softmax", 0), y = d.idOf("y", 0), ce = d.idOf("cross_entropy", 0);
    // The loss reads the logits, as the source passes them, though softmax computes part of it alike.
    assertEquals(List.of(x + " -> " + fc1 + ": f32[B, 784]", fc1 + " -> " + relu1 + ": f32[B, 256]", relu1 + " -> " + fc2 + ": f32[B, 256]",
        fc2 + " -> " + relu2 + ": f32[B, 256]", relu2 + " -> " + fc3 + ": f32[B, 256]", fc3 + " -> " + softmax + ": f32[B, 10]",
        fc3 + " -> " + ce + ": f32[B, 10]", y + " -> " + ce + ": i32[B]"), d.edges());
  }

  /** The boxes' parameter counts add up to the model's; a function of the file called three times gives three boxes. */
  @Test
  void leNet5CountsEveryParameterOnce() throws Exception {
    Drawing d = dot("lenet5.nn");
    assertEquals(List.of("x", "conv1", "relu", "max_pool2d", "conv2", "relu", "max_pool2d", "conv3", "relu", "flatten", "fc1", "relu",
        "fc2", "softmax", "y", "cross_entropy"), d.boxes().values().stream().map(b -> b.get(0)).toList());
    long drawn = 0;
    Pattern params = Pattern.compile("([0-9,]+) params \\(.*\\)");
    for (List<String> box : d.boxes().values()) {
      for (String line : box) {
        Matcher m = params.matcher(line);
        if (m.matches()) drawn += Long.parseLong(m.group(1).replace(",", ""));
      }
    }
    Lower.Model m = GraphCommandTest.lower(GraphCommandTest.sample("lenet5.nn"), false);
    long all = 0;
    for (Node p : m.params().values()) {
      long n = 1;
      for (long s : Array.shapeOf(p.type(), Map.of())) n *= s;
      all += n;
    }
    assertEquals(all, drawn);
    assertEquals(List.of("conv2", "\u2192 f32[B, 16, 10, 10]", "2,416 params (conv2.weight, conv2.bias)"), d.box(d.idOf("conv2", 0)));
    assertEquals(d.boxes().size() - 1, d.edges().size(), d::toString); // a chain, and the labels join it
  }

  @Test
  void layersIsTheDefaultAndOpsIsTodaysDrawing() {
    assertEquals(dot("worked_221.nn"), dot("worked_221.nn", "--level", "layers"));
    Drawing ops = dot("worked_221.nn", "--level", "ops");
    assertTrue(ops.boxes().values().stream().anyMatch(b -> b.contains("grad hidden_weight")), ops::toString);
    assertTrue(ops.boxes().values().stream().allMatch(b -> b.get(0).matches(".* %\\d+")), ops::toString); // numbered IR nodes
  }

  @Test
  void theSvgOfTheLayersParses() throws Exception {
    Path out = tmp.resolve("mlp.svg");
    GraphCommandTest.Result r = GraphCommandTest.run("graph", GraphCommandTest.sample("fashion_mlp.nn"), "-o", out.toString());
    assertEquals(Main.OK, r.exit(), r::all);
    assertEquals("nnc: wrote " + out + ": FashionMlp layers, 9 boxes (2 inputs), 8 edges\n", r.out());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(out.toFile());
    List<String> texts = GraphCommandTest.texts(doc);
    assertTrue(texts.contains("fc1") && texts.contains("200,960 params (fc1.weight, fc1.bias)"), texts::toString);
    assertTrue(texts.contains("FashionMlp: layers"), texts::toString);
  }
}
