package dev.nnc.cli;

import dev.nnc.runtime.train.WarmStart;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code --rename FROM=TO} options of the commands that read weights by name. */
final class Renames {
  private Renames() {}

  /** The renames, or null after a usage message for one that is not FROM=TO. */
  static List<WarmStart.Rename> parse(List<String> given, PrintWriter err) {
    List<WarmStart.Rename> out = new ArrayList<>();
    for (String r : given) {
      try {
        out.add(WarmStart.Rename.parse(r));
      } catch (IllegalArgumentException e) {
        err.println("nnc: --rename: " + e.getMessage());
        return null;
      }
    }
    return out;
  }
}
