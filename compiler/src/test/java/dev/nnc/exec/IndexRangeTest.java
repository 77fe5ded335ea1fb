package dev.nnc.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.ir.Graph;
import dev.nnc.ir.Node;
import dev.nnc.jvm.JvmDevice;
import dev.nnc.runtime.DataException;
import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.TensorType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An index from the data outside the axis it selects from (a token id past the vocabulary, a
 * position past the context) is the data's fault, reported as such by the JVM backend, whose
 * gathers check each index against the axis (Fn.index): a DataException with the index and the
 * axis's size that a command prints as one line, never an internal error nor a read of another
 * row's element.
 */
class IndexRangeTest {
  private static TensorType type(DType dtype, int n) { return new TensorType(dtype, List.of(Axis.of(n))); }

  private static Executable table() {
    Graph g = new Graph();
    Node table = g.input("table", type(DType.F32, 4)), idx = g.input("idx", type(DType.I32, 3));
    return new JvmDevice().compile(List.of(g.gather(g.mul(table, g.fill(2, table.type())), idx, 0)));
  }

  @Test
  void anIndexInsideTheAxisReads() {
    float[] got = table().run(Map.of("table", new float[] {1, 2, 3, 4}, "idx", new float[] {3, 0, 1}), Map.of()).get(0);
    assertArrayEquals(new float[] {8, 2, 4}, got);
  }

  @Test
  void anIndexPastTheAxisIsTheDatasFault() {
    Executable exe = table();
    for (int bad : new int[] {4, -1}) {
      DataException e = assertThrows(DataException.class,
          () -> exe.run(Map.of("table", new float[] {1, 2, 3, 4}, "idx", new float[] {0, bad, 1}), Map.of()));
      assertEquals("an index the program reads is outside the axis it selects from: " + bad + ", where the axis has 4 entries"
          + " (a label, token id or position at or beyond the size of the table it picks from: a class count, a vocabulary,"
          + " a context length); check the data against the model's sizes", e.getMessage());
    }
  }
}
