package dev.nnc.runtime.data;

import static dev.nnc.runtime.data.IdxFiles.write;
import static dev.nnc.runtime.data.IdxTest.fault;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.runtime.data.Csv.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
  @TempDir Path dir;

  private Path csv(String name, String text) {
    return write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void classTargetAnywhereInTheRow() {
    Path f = csv("iris.csv", "sepal,\"label\",petal\n1.5,2,3\n-4,0,5e-1\n\n");
    DataSet d = Csv.read(f, "label", Target.CLASS);
    assertEquals("iris", d.name());
    assertEquals("f32[2, 2]", d.field("x").type());
    assertArrayEquals(new float[] {1.5f, 3, -4, 0.5f}, d.field("x").floats());
    assertArrayEquals(new int[] {2, 0}, d.field("y").ints());
  }

  @Test
  void valueTargetTabsAndCrlf() {
    Path f = csv("houses.tsv", "rooms\tprice\r\n3\t250.5\r\n4\t300\r\n");
    DataSet d = Csv.read(f, "price", Target.VALUE);
    assertEquals("f32[2, 1]", d.field("y").type());
    assertArrayEquals(new float[] {250.5f, 300}, d.field("y").floats());
    assertArrayEquals(new float[] {3, 4}, d.field("x").floats());
  }

  @Test
  void gzipCsv() {
    Path f = write(dir.resolve("z.csv.gz"), IdxFiles.gzip("a,b\n1,0\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, Csv.read(f, "b", Target.CLASS).size());
  }

  @Test
  void missingTargetColumn() {
    Path f = csv("a.csv", "x1,x2,y\n1,2,3\n");
    fault(f, () -> Csv.read(f, "price", Target.VALUE), "no column `price`", "the header has x1, x2, y");
  }

  @Test
  void notANumber() {
    Path f = csv("a.csv", "x1,x2,y\n1,2,3\n1,abc,0\n");
    fault(f, () -> Csv.read(f, "y", Target.VALUE), "line 3: column `x2` is 'abc', expected a number");
    Path g = csv("b.csv", "x1,y\n,1\n");
    fault(g, () -> Csv.read(g, "y", Target.VALUE), "line 2: column `x1` is empty");
  }

  @Test
  void wrongNumberOfValues() {
    Path f = csv("a.csv", "x1,x2,y\n1,2,3\n1,2\n");
    fault(f, () -> Csv.read(f, "y", Target.VALUE), "line 3 has 2 values, the header has 3 columns");
  }

  @Test
  void classTargetMustBeANonNegativeInteger() {
    Path f = csv("a.csv", "x,y\n1,2.5\n");
    fault(f, () -> Csv.read(f, "y", Target.CLASS), "line 2: target `y` is 2.5, expected a class index");
    Path g = csv("b.csv", "x,y\n1,-1\n");
    fault(g, () -> Csv.read(g, "y", Target.CLASS), "target `y` is -1");
  }

  @Test
  void emptyFileAndMissingFile() {
    Path f = csv("empty.csv", "\n\n");
    fault(f, () -> Csv.read(f, "y", Target.VALUE), "empty file");
    Path g = dir.resolve("none.csv");
    fault(g, () -> Csv.read(g, "y", Target.VALUE), "no such file");
  }
}
