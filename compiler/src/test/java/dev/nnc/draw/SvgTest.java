package dev.nnc.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Labels with XML's special characters survive as text, in SVG and in DOT. */
class SvgTest {
  static Figure tricky() {
    Figure.Box a = new Figure.Box(0, Figure.Kind.INPUT, Figure.Pass.FORWARD, "x<&>\"'", List.of("input f32[B, 2]"), List.of());
    Figure.Box b = new Figure.Box(1, Figure.Kind.OP, Figure.Pass.BACKWARD, "neg", List.of("a < b && c > d"), List.of("grad w<1>"));
    return new Figure("M&<N>", List.of(a, b), List.of(new Figure.Edge(0, 1, 0, "f32[B, 2] <&>")), true, false);
  }

  @Test
  void specialCharactersAreEscaped() throws Exception {
    String svg = Svg.render(tricky());
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    String text = d.getDocumentElement().getTextContent();
    assertTrue(text.contains("x<&>\"'") && text.contains("a < b && c > d") && text.contains("grad w<1>")
        && text.contains("f32[B, 2] <&>") && text.contains("M&<N>"), text);
  }

  @Test
  void dotQuotesLabels() {
    String dot = Dot.render(tricky());
    assertTrue(dot.contains("n0 [label=\"x<&>\\\"' %0\\ninput f32[B, 2]\""), dot);
    assertTrue(dot.contains("n0 -> n1 [label=\"f32[B, 2] <&>\"];"), dot);
    assertEquals(Dot.quote("a\\b"), "\"a\\\\b\"");
  }
}
