package dev.nnc.exec;

import java.util.List;
import java.util.Map;

/** A program compiled for one device: runs its roots on float32 leaf values. */
public interface Executable {
  /**
   * Runs the program. {@code leaves} holds every input, parameter and state it reads by name
   * (row-major float32; integer and boolean values as floats), {@code sizes} the values of
   * its symbolic sizes. Returns the roots' values in the order they were compiled; the arrays
   * may be reused by the next run, so a caller that keeps one copies it.
   */
  List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes);
}
