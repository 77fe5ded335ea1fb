package dev.nnc.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.runtime.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text as token windows: ASCII ids, next-character targets, the split by position, the faults. */
class TextTest {
  @TempDir Path dir;

  @Test
  void windowsHoldTheCharactersAndTheNextOnes() throws IOException {
    Path f = dir.resolve("corpus");
    // 40 characters: the first 36 train, the last 4 test
    Files.writeString(f, "abcdefghij".repeat(3) + "0123456789");
    DataSet train = Text.file(f, "train", 5);
    assertEquals(7, train.size()); // (36 - 1) / 5 windows
    assertArrayEquals(new int[] {7, 5}, train.field("x").shape());
    assertArrayEquals(new int[] {'a', 'b', 'c', 'd', 'e'}, java.util.Arrays.copyOf(train.field("x").ints(), 5));
    assertArrayEquals(new int[] {'b', 'c', 'd', 'e', 'f'}, java.util.Arrays.copyOf(train.field("y").ints(), 5));
    DataSet test = Text.file(f, "test", 3);
    assertEquals(1, test.size());
    assertArrayEquals(new int[] {'6', '7', '8'}, test.field("x").ints());
    assertArrayEquals(new int[] {'7', '8', '9'}, test.field("y").ints());
  }

  @Test
  void charactersOutsideAsciiAreQuestionMarksAndIdsDecode() throws IOException {
    Path f = dir.resolve("u8");
    Files.writeString(f, "café au lait, s'il vous plaît!".repeat(4));
    DataSet d = Text.file(f, "train", 8);
    assertEquals("caf? au ", Text.decode(java.util.Arrays.copyOf(d.field("x").ints(), 8)));
    for (int t : d.field("x").ints()) assertEquals(true, t >= 0 && t < Text.VOCABULARY);
  }

  @Test
  void faultsNameTheFileAndTheFix() throws IOException {
    Path f = dir.resolve("short");
    Files.writeString(f, "0123456789");
    DataException e = assertThrows(DataException.class, () -> Text.file(f, "test", 4));
    assertEquals("the test split has 1 characters, too few for one window of context 4 (it needs 5)", e.problem());
    e = assertThrows(DataException.class, () -> Text.file(dir.resolve("none"), "train", 4));
    assertEquals("no such file", e.problem());
    System.setProperty("nnc.fortunes", dir.resolve("nowhere").toString());
    try {
      e = assertThrows(DataException.class, () -> Text.fortunes("train", 8));
      assertEquals("the fortunes corpus is not installed here (no such folder); install the Debian package fortunes, or set "
          + "NNC_FORTUNES to a folder of text files", e.problem());
    } finally {
      System.clearProperty("nnc.fortunes");
    }
  }
}
