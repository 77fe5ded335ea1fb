package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.shape.Axis;
import dev.nnc.shape.DType;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Symbolic sizes found from the lengths of the inputs, and the messages when the lengths do not fit. */
class SizesTest {
  /** A type from sizes that are numbers or symbol names. */
  private static TensorType type(DType dtype, Object... dims) {
    List<Axis> axes = new ArrayList<>();
    for (Object d : dims) axes.add(Axis.of(d instanceof String s ? Dim.symbol(s) : Dim.of(((Number) d).longValue())));
    return new TensorType(dtype, axes);
  }

  /** The runtime's solver on the types as the model file describes them. */
  private static Map<String, Long> solve(String what, Map<String, TensorType> in, Map<String, Integer> lengths, Map<String, Long> given) {
    Map<String, dev.nnc.runtime.model.Field> fields = new LinkedHashMap<>();
    in.forEach((name, type) -> fields.put(name, Lowered.field(name, type)));
    return dev.nnc.runtime.model.Sizes.solve(what, fields, lengths, given);
  }

  @Test
  void aSizeIsFoundFromAnInputWhereItIsTheOnlyUnknownAxis() {
    Map<String, TensorType> in = new LinkedHashMap<>();
    in.put("adj", type(DType.F32, "N", "N"));
    in.put("x", type(DType.F32, "N", 34));
    assertEquals(Set.of("N"), Sizes.inferable(in));
    assertEquals(Map.of("N", 3L), solve("Gcn", in, Map.of("adj", 9, "x", 102), Map.of()));
  }

  @Test
  void sizesNoLengthDeterminesAreLeftToTheCaller() {
    Map<String, TensorType> in = Map.of("x", type(DType.F32, "B", "T", 28));
    assertEquals(Set.of(), Sizes.inferable(in));
    assertEquals(Set.of("B", "T"), Sizes.symbols(in));
    assertEquals(List.of("T"), Sizes.open(in));
    assertEquals(Set.of("T", "B"), Sizes.inferable(in, Set.of("T")));
    assertEquals(Map.of("B", 2L, "T", 5L), solve("Rnn", in, Map.of("x", 280), Map.of("T", 5L)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve("Rnn", in, Map.of("x", 280), Map.of()));
    assertEquals("Rnn: the lengths of the inputs do not determine the size `B` of `x` (f32[B, T, 28]); give it", e.getMessage());
  }

  @Test
  void lengthsThatDoNotFitAreNamedWithTheirTypes() {
    Map<String, TensorType> in = new LinkedHashMap<>();
    in.put("x", type(DType.F32, "B", 784));
    in.put("y", type(DType.I32, "B"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> solve("FashionMlp.dataset", in, Map.of("x", 1000, "y", 1), Map.of()));
    assertEquals("FashionMlp.dataset: `x` is f32[B, 784], so its length must be a multiple of 784, but it is 1000", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> solve("FashionMlp.dataset", in, Map.of("x", 1568, "y", 3), Map.of()));
    assertEquals("FashionMlp.dataset: `y` is i32[B], which is 2 values for B = 2 (from `x`), but it has 3", e.getMessage());
  }
}
