package dev.nnc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (STYLE.md, section 1): no package of the compiler refers to a later stage,
 * by an import or by a fully qualified name in code ({@code dev.nnc.check.Lower.origin(n)}).
 * Comments and string literals do not count.
 *
 * <p>The stages, each allowed what the stages it is built on are: the front end ({@code syntax},
 * {@code check}) lowers into the IR, so the IR and everything after it never see it; {@code exec}
 * (the device interface and the reference device) sits below {@code plan}, whose refusals are
 * {@code Device.UnsupportedProgram}; the pipeline runs every pass, and the commands, the Java API
 * and the drawings go through it.
 */
class LayeringTest {
  private static final Path SOURCES = RepoRoot.resolve("compiler/src/main/java/dev/nnc");
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.nnc\\.([a-z]+)\\.");

  /** Each package, and the packages it may refer to (transitively closed). */
  private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

  static {
    stage("diag");
    stage("syntax", "diag");
    stage("shape", "diag");
    stage("ir", "shape");
    stage("check", "syntax", "ir");
    stage("autodiff", "ir");
    stage("opt", "autodiff");
    stage("exec", "ir");
    stage("fuse", "opt");
    stage("plan", "fuse", "exec");
    stage("kernel", "plan");
    stage("jvm", "kernel");
    stage("opencl", "jvm");
    stage("pipeline", "check", "opencl");
    stage("api", "pipeline");
    stage("draw", "pipeline");
    stage("cli", "api", "draw");
  }

  /** A package built on {@code below}: it may refer to them and to what they may. */
  private static void stage(String name, String... below) {
    Set<String> uses = new TreeSet<>();
    for (String b : below) {
      uses.add(b);
      uses.addAll(MAY_USE.get(b));
    }
    MAY_USE.put(name, uses);
  }

  @Test
  void noPackageRefersToALaterStage() throws IOException {
    List<String> wrong = new ArrayList<>();
    Set<String> packages = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = SOURCES.relativize(f).getName(0).toString();
        packages.add(pkg);
        Set<String> allowed = MAY_USE.get(pkg);
        if (allowed == null) continue;
        Set<String> used = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code(Files.readString(f)));
        while (m.find()) used.add(m.group(1));
        used.remove(pkg);
        used.remove("runtime"); // the runtime module, below the whole compiler
        for (String u : used) if (!allowed.contains(u)) wrong.add(SOURCES.relativize(f) + " refers to dev.nnc." + u);
      }
    }
    assertEquals(new TreeSet<>(MAY_USE.keySet()), new TreeSet<>(packages), "a new package needs its place among the stages");
    assertEquals(List.of(), wrong);
  }

  @Test
  void theMiddleAndBackEndNeverSeeTheFrontEnd() {
    for (String p : List.of("ir", "autodiff", "opt", "exec", "fuse", "plan", "jvm", "opencl")) {
      assertTrue(!MAY_USE.get(p).contains("check") && !MAY_USE.get(p).contains("syntax") && !MAY_USE.get(p).contains("pipeline"), p);
    }
  }

  @Test
  void commentsAndStringsAreNotCode() {
    assertEquals("int a = \"\"; ;\nb(); \n", code("int a = \"dev.nnc.check.X\"; /* dev.nnc.cli.Y */;\nb(); // dev.nnc.api.Z\n"));
    assertEquals("String t = \"\";\n", code("String t = \"\"\"\n  dev.nnc.cli.Y\n  \"\"\";\n"));
  }

  /** Java source without its comments, and with every string and character literal emptied. */
  static String code(String source) {
    StringBuilder out = new StringBuilder();
    int i = 0, n = source.length();
    while (i < n) {
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        int j = i + 1;
        while (j < n && source.charAt(j) != quote) j += source.charAt(j) == '\\' ? 2 : 1;
        i = j + 1;
        out.append(quote).append(quote);
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }
}
