package dev.nnc.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Explanations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/diagnostics.md documents every {@link Code}: a {@code ## key} section (read with the
 * same parser {@code nnc explain} uses) whose first {@code ```nn} block, checked as the file
 * {@code example.nn}, reports that code. A later block in the section whose info string names
 * a file ({@code ```nn other.nn}) is written beside it first, for examples that need two files
 * (an import cycle). Failures are collected and reported together.
 */
class DocsTest {
  static final Path DOC = RepoRoot.resolve("docs/diagnostics.md");
  static final Pattern FENCE = Pattern.compile("(?m)^```nn([^\\n]*)\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

  @TempDir Path tmp;

  static Map<String, String> sections() throws IOException {
    assertTrue(Files.isRegularFile(DOC), "missing " + DOC);
    return Explanations.parse(Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  @Test
  void everyCodeHasASection() throws IOException {
    Map<String, String> sections = sections();
    List<String> missing = new ArrayList<>();
    for (Code c : Code.values()) if (!sections.containsKey(c.key())) missing.add(c.key());
    List<String> unknown = new ArrayList<>();
    for (String key : sections.keySet()) if (Code.byKey(key) == null && key.matches("[a-z_]+\\.[a-z_]+")) unknown.add(key);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      fail("docs/diagnostics.md: " + missing.size() + " of " + Code.values().length + " codes have no `## key` section"
          + (missing.isEmpty() ? "" : ": " + String.join(", ", missing))
          + (unknown.isEmpty() ? "" : "\nsections for codes that do not exist: " + String.join(", ", unknown)));
    }
  }

  /** Codes whose example cannot be reproduced by writing a file, with the reason. */
  private static final Map<String, String> UNCHECKED = Map.of(
      "use.read", "needs a file the process cannot read, and tests may run as root; ModulesTest covers the message",
      "lower.memory", "needs a model larger than this JVM's heap, sized when the test runs; LargeStateTest covers the message");

  @Test
  void everyExampleReportsItsCode() throws IOException {
    Map<String, String> sections = sections();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Code c : Code.values()) {
      String body = sections.get(c.key());
      if (body == null) continue; // everyCodeHasASection reports it
      Matcher m = FENCE.matcher(body);
      if (!m.find()) {
        failures.add(c.key() + ": the section has no ```nn example");
        continue;
      }
      String example = m.group(2);
      Path dir = Files.createDirectories(tmp.resolve(c.key()));
      while (m.find()) {
        String info = m.group(1).trim();
        if (info.endsWith(".nn") && !info.contains("/")) Files.writeString(dir.resolve(info), m.group(2));
      }
      String unchecked = UNCHECKED.get(c.key());
      if (unchecked != null) continue; // see UNCHECKED for why, and the test that covers it instead
      Path file = dir.resolve("example.nn");
      // The example of syntax.encoding shows a Latin-1 file as text; write it as Latin-1.
      Files.write(file, example.getBytes(c == Code.SYNTAX_ENCODING ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      Checker checker = new Checker();
      try {
        Modules.Module module = checker.checkFile(file, file.toString());
        if (c.key().startsWith("lower.") && !checker.diagnostics().hasErrors()) {
          // lower.fn is reported when a command asks for a fn of the model: nnc score asks for `features`.
          Lower.model(checker, module, null, false, 1, Map.of(), c == Code.LOWER_FN ? List.of("features") : List.of());
        }
      } catch (RuntimeException | IOException e) {
        failures.add(c.key() + ": checking the example threw " + e);
        continue;
      }
      checked++;
      List<Diagnostic> found = checker.diagnostics().sorted();
      if (found.stream().noneMatch(d -> d.code() == c)) {
        StringBuilder got = new StringBuilder();
        for (Diagnostic d : found) got.append("\n      ").append(d.raw().replace(dir + "/", ""));
        failures.add(c.key() + ": the example reports " + (found.isEmpty() ? "nothing" : "instead:" + got));
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " problems with the examples in docs/diagnostics.md (" + checked + " checked):\n  "
          + String.join("\n  ", failures));
    }
  }
}
