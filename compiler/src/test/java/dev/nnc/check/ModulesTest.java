package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The words use.read gives for the errors a module file can raise. */
class ModulesTest {
  @Test
  void readErrorsAreSaidInWords() {
    assertEquals("permission denied", Modules.reason(new AccessDeniedException("/some/blocks.nn")));
    assertEquals("no such file", Modules.reason(new NoSuchFileException("/some/blocks.nn")));
    assertEquals("disk on fire", Modules.reason(new java.io.IOException("disk on fire")));
  }
}
