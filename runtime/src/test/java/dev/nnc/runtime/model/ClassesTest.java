package dev.nnc.runtime.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a classifier's output: the class of each row and the best k with their names. */
class ClassesTest {
  /** Three rows of four classes. */
  private static final float[] SCORES = {
      0.1f, 0.6f, 0.2f, 0.1f,
      0.3f, 0.3f, 0.1f, 0.3f, // a tie: the first of equal scores wins
      Float.NaN, 0.0f, -1.0f, 0.5f, // a NaN is never the largest
  };
  private static final List<String> NAMES = List.of("shirt", "trouser", "dress", "coat");

  @Test
  void argmaxOfEachRow() {
    assertArrayEquals(new int[] {1, 0, 3}, Classes.argmax(SCORES, 4));
    assertArrayEquals(new int[] {0}, Classes.argmax(new float[] {Float.NaN, Float.NaN}, 2));
  }

  @Test
  void topKWithNamesBestFirst() {
    List<List<Classes.Ranked>> top = Classes.top(SCORES, 4, 2, NAMES);
    assertEquals(List.of(
        List.of(new Classes.Ranked(1, "trouser", 0.6f), new Classes.Ranked(2, "dress", 0.2f)),
        List.of(new Classes.Ranked(0, "shirt", 0.3f), new Classes.Ranked(1, "trouser", 0.3f)),
        List.of(new Classes.Ranked(3, "coat", 0.5f), new Classes.Ranked(1, "trouser", 0.0f))), top);
  }

  @Test
  void topKWithoutNamesAndMoreThanTheClasses() {
    List<List<Classes.Ranked>> top = Classes.top(SCORES, 4, 9, null);
    assertEquals(List.of("3", "1", "2", "0"), top.get(2).stream().map(Classes.Ranked::name).toList()); // NaN last
    assertEquals(4, top.get(0).size());
  }

  @Test
  void badArgumentsAreRefusedSayingWhy() {
    assertEquals("10 scores are not rows of 4 classes",
        assertThrows(IllegalArgumentException.class, () -> Classes.argmax(new float[10], 4)).getMessage());
    assertEquals("k must be at least 1, found 0", assertThrows(IllegalArgumentException.class, () -> Classes.top(SCORES, 4, 0, null)).getMessage());
    assertEquals("3 class names for 4 classes",
        assertThrows(IllegalArgumentException.class, () -> Classes.top(SCORES, 4, 1, NAMES.subList(0, 3))).getMessage());
    assertEquals("classes must be at least 1, found 0", assertThrows(IllegalArgumentException.class, () -> Classes.argmax(SCORES, 0)).getMessage());
  }
}
