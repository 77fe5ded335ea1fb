package dev.nnc.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
import dev.nnc.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random edits of the samples and the stdlib files: deleted, duplicated, swapped
 * and replaced tokens, changed numbers (0, -1, huge), changed dtypes, truncated files, non-UTF-8
 * and random bytes. Each mutant goes through {@code nnc check --format raw} in-process and must
 * end in exit 0 or 1 within {@value #TIMEOUT_S} s, print nothing on stderr, and report only
 * well-formed, located raw lines (issue 23). Every {@value #COMPILE_EVERY}th mutant that checks
 * clean is also compiled ({@code nnc compile --emit grad}: lowering and differentiation) and must
 * end in exit 0, 1 or 2 with every error located and no stack trace.
 *
 * <p>Deterministic: mutant {@code i} of a file is built from {@code Random(seed, file, i)}.
 * {@code -Dnnc.mutation.seed=S} changes the seed, {@code -Dnnc.mutation.count=N} the total
 * number of mutants (at least 3000 by default), {@code -Dnnc.mutation.only=FILE#i} reruns
 * one mutant.
 */
class MutationTest {
  static final long SEED = Long.getLong("nnc.mutation.seed", 20251123L);
  static final int TOTAL = Integer.getInteger("nnc.mutation.count", 3000);
  static final String ONLY = System.getProperty("nnc.mutation.only");
  /**
   * What a mutant may take before it counts as a hang: a hang never ends, so the limit only has
   * to be far above what a compile of the largest sample takes on a loaded machine (10 s failed
   * there, with 30 processes on 2 cores).
   */
  static final long TIMEOUT_S = 120;
  /** Every this many mutants that check without errors is compiled too. */
  static final int COMPILE_EVERY = 4;
  /** Failures shown in full per file; the rest are counted. */
  static final int SHOWN = 3;

  static final Pattern RAW = Pattern.compile("^([^:]+):(\\d+):(\\d+): [a-z_]+\\.[a-z_]+: .+$");

  /** Rough tokens: comments, strings, numbers, words (with primes), operators, any other char. */
  static final Pattern TOKEN = Pattern.compile(
      "//[^\\n]*|/\\*.*?\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"?"
          + "|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?"
          + "|[A-Za-z_][A-Za-z_0-9]*'*|->|\\.\\.\\.|\\*\\*|<=|>=|==|!=|\\S",
      Pattern.DOTALL);
  static final Pattern NUMBER = Pattern.compile("\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?");

  static final String[] NUMBERS = {
      "0", "1", "-1", "2", "3", "7", "1000000", "0.0", "1e-3", "1e400", "2147483648",
      "99999999999999999999999999", "0.5", "1_000", "00", "1e", "3.", ".5", "99999999999", "-99999999999", "4000000000",
      "9223372036854775807", "9223372036854775808", "2147483647"};
  static final String[] DTYPES = {"f32", "f64", "f16", "i32", "i64", "bool", "int", "float"};
  static final String[] WORDS = {
      "model", "layer", "fn", "param", "input", "target", "output", "loss", "scan", "over", "with",
      "yield", "train", "step", "update", "freeze", "sample", "for", "in", "to", "down", "if",
      "then", "else", "use", "std", "f32", "i32", "bool", "int", "dim", "where", "const", "_",
      "...", "(", ")", "[", "]", "{", "}", ",", ":", "=", "->", "@", "'", "\"", "/*", "//", "\t",
      "\n", "\r\n"};
  static final byte[][] BAD_BYTES = {
      {(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xe2, (byte) 0x82}, {0}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};

  static ExecutorService pool;

  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
      Thread t = new Thread(r, "mutant");
      t.setDaemon(true); // a mutant that hangs must not keep the JVM alive
      return t;
    });
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("samples", "stdlib/src/main/resources/std")) {
      Path d = RepoRoot.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> files = Files.list(d)) {
        files.filter(p -> p.toString().endsWith(".nn") && Files.isRegularFile(p)).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> mutants() throws IOException {
    List<Path> sources = sources();
    assertFalse(sources.isEmpty(), "no .nn files in " + RepoRoot.resolve("samples") + " or "
        + RepoRoot.resolve("stdlib/src/main/resources/std") + " to mutate");
    int perFile = (TOTAL + sources.size() - 1) / sources.size();
    return sources.stream().map(src -> {
      String name = RepoRoot.get().relativize(src).toString().replace('\\', '/');
      return DynamicTest.dynamicTest(name + " x" + perFile, src.toUri(), () -> run(src, name, perFile));
    });
  }

  private void run(Path src, String name, int count) throws Exception {
    byte[] original = Files.readAllBytes(src);
    String text = new String(original, StandardCharsets.UTF_8);
    List<Future<String>> results = new ArrayList<>();
    AtomicInteger rejected = new AtomicInteger();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (ONLY != null && !ONLY.equals(name + "#" + i)) continue;
      int id = i;
      ids.add(id);
      results.add(pool.submit(() -> runOne(name, text, id, rejected)));
    }
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      String failure;
      try {
        failure = results.get(k).get(TIMEOUT_S, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        results.get(k).cancel(true);
        Mutant m = mutate(text, random(name, ids.get(k)));
        failure = describe(name, ids.get(k), m, "did not finish in " + TIMEOUT_S + " s", "", "", -1);
      }
      if (failure != null) failures.add(failure);
    }
    if (!failures.isEmpty()) {
      StringBuilder msg = new StringBuilder(failures.size() + " of " + results.size() + " mutants of " + name
          + " failed (seed " + SEED + ")\n");
      failures.stream().limit(SHOWN).forEach(f -> msg.append('\n').append(f));
      if (failures.size() > SHOWN) msg.append("\n... and ").append(failures.size() - SHOWN).append(" more\n");
      fail(msg.toString());
    }
    if (ONLY == null && rejected.get() == 0) {
      fail("none of the " + results.size() + " mutants of " + name + " was rejected; the mutator does not work");
    }
  }

  /** Runs one mutant; returns null when it behaves, else a description of what went wrong. */
  private String runOne(String name, String text, int id, AtomicInteger rejected) throws IOException {
    Mutant m = mutate(text, random(name, id));
    Path file = tmp.resolve("m" + Thread.currentThread().getId() + "_" + id).resolve(baseName(name));
    Files.createDirectories(file.getParent());
    Files.write(file, m.bytes);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try {
      exit = Main.run(new String[] {"check", "--format", "raw", file.toString()}, new PrintWriter(out, true),
          new PrintWriter(err, true));
    } catch (Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return describe(name, id, m, "Main.run threw", out.toString(), trace.toString(), -1);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
    if (exit == Main.INPUT_ERRORS) rejected.incrementAndGet();
    String problem = problem(file.toString(), m.bytes, exit, out.toString(), err.toString());
    if (problem != null) return describe(name, id, m, problem, out.toString(), err.toString(), exit);
    if (exit != Main.OK || id % COMPILE_EVERY != 0) return null;
    Files.createDirectories(file.getParent());
    Files.write(file, m.bytes);
    StringWriter cout = new StringWriter();
    StringWriter cerr = new StringWriter();
    try {
      exit = Main.run(new String[] {"compile", "--emit", "grad", file.toString()}, new PrintWriter(cout, true),
          new PrintWriter(cerr, true));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
    problem = compileProblem(file.toString(), exit, cout.toString(), cerr.toString());
    return problem == null ? null : describe(name, id, m, "nnc compile: " + problem, cout.toString(), cerr.toString(), exit);
  }

  /** What is wrong with a run of {@code nnc compile} (diagnostics rendered, not raw), or null. */
  static String compileProblem(String path, int exit, String out, String err) {
    if (exit < 0 || exit > 2) return "exit code " + exit + ", expected 0, 1 or 2";
    for (String bad : List.of("Exception", "\tat ", "internal error")) {
      if (out.contains(bad) || err.contains(bad)) return "the output shows an exception";
    }
    String[] lines = out.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("error[") && (i + 1 == lines.length
          || !lines[i + 1].matches(" *--> " + Pattern.quote(path) + ":[1-9][0-9]*:[1-9][0-9]*"))) {
        return "an error without a place: " + lines[i];
      }
    }
    for (String line : err.split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith("nnc: ")) return "an unexpected line on stderr: " + line;
    }
    if (exit == 1 && !out.contains("error[") && err.isEmpty()) return "exit 1 with no error said";
    return null;
  }

  /** What is wrong with one run, or null. */
  static String problem(String path, byte[] bytes, int exit, String out, String err) {
    if (exit != 0 && exit != 1) return "exit code " + exit + ", expected 0 or 1";
    if (!err.isEmpty()) return "stderr is not empty";
    if (out.contains("Exception") || out.contains("\tat ") || out.contains("internal error")) {
      return "stdout shows an exception";
    }
    int lines = 1;
    for (byte b : bytes) if (b == '\n') lines++;
    int count = 0;
    for (String line : out.split("\n", -1)) {
      if (line.isEmpty()) continue;
      count++;
      Matcher raw = RAW.matcher(line);
      if (!raw.matches()) return "not a raw diagnostic line: " + line;
      long lineNo = Long.parseLong(raw.group(2));
      long col = Long.parseLong(raw.group(3));
      if (lineNo < 1 || col < 1) return "line or column below 1: " + line;
      if (raw.group(1).equals(path) && lineNo > lines + 1) {
        return "line " + lineNo + " is past the end of the mutant (" + lines + " lines): " + line;
      }
    }
    if (exit == 1 && count == 0) return "exit 1 with no diagnostic";
    return null;
  }

  static Random random(String name, int id) {
    return new Random(SEED * 1_000_003L + name.hashCode() * 65_537L + id);
  }

  /** A mutated file and the edits that made it. */
  record Mutant(byte[] bytes, List<String> edits) {}

  static Mutant mutate(String text, Random r) {
    List<String> edits = new ArrayList<>();
    String s = text;
    int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0);
    for (int k = 0; k < n; k++) s = textEdit(s, r, edits);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(5) == 0) bytes = byteEdit(bytes, r, edits);
    return new Mutant(bytes, edits);
  }

  private record Tok(int start, int end) {}

  private static List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) out.add(new Tok(m.start(), m.end()));
    return out;
  }

  private static String textEdit(String s, Random r, List<String> edits) {
    List<Tok> toks = tokens(s);
    if (toks.isEmpty()) {
      String w = WORDS[r.nextInt(WORDS.length)];
      edits.add("insert " + quote(w) + " into an empty file");
      return w;
    }
    Tok t = toks.get(r.nextInt(toks.size()));
    String tt = s.substring(t.start, t.end);
    switch (r.nextInt(10)) {
      case 0: {
        edits.add("delete " + quote(tt) + " at " + t.start);
        return s.substring(0, t.start) + s.substring(t.end);
      }
      case 1: {
        edits.add("duplicate " + quote(tt) + " at " + t.start);
        return s.substring(0, t.end) + " " + tt + s.substring(t.end);
      }
      case 2: {
        int j = toks.indexOf(t);
        Tok u = j + 1 < toks.size() && r.nextBoolean() ? toks.get(j + 1) : toks.get(r.nextInt(toks.size()));
        if (u.start < t.start) { Tok x = t; t = u; u = x; }
        if (u.start < t.end) return s;
        edits.add("swap " + quote(s.substring(t.start, t.end)) + " at " + t.start + " with "
            + quote(s.substring(u.start, u.end)) + " at " + u.start);
        return s.substring(0, t.start) + s.substring(u.start, u.end) + s.substring(t.end, u.start)
            + s.substring(t.start, t.end) + s.substring(u.end);
      }
      case 3: {
        List<Tok> numbers = toks.stream().filter(x -> NUMBER.matcher(s.substring(x.start, x.end)).matches()).toList();
        Tok x = numbers.isEmpty() ? t : numbers.get(r.nextInt(numbers.size()));
        String v = r.nextBoolean() ? NUMBERS[r.nextInt(NUMBERS.length)] : Integer.toString(r.nextInt(2049) - 1024);
        edits.add("number " + quote(s.substring(x.start, x.end)) + " at " + x.start + " -> " + quote(v));
        return s.substring(0, x.start) + v + s.substring(x.end);
      }
      case 4: {
        int at = r.nextInt(s.length() + 1);
        edits.add("truncate at " + at);
        return s.substring(0, at);
      }
      case 5: {
        Tok from = toks.get(r.nextInt(toks.size()));
        String v = s.substring(from.start, from.end);
        edits.add("replace " + quote(tt) + " at " + t.start + " with " + quote(v));
        return s.substring(0, t.start) + v + s.substring(t.end);
      }
      case 6: {
        String w = WORDS[r.nextInt(WORDS.length)];
        int at = r.nextBoolean() ? t.start : t.end;
        edits.add("insert " + quote(w) + " at " + at);
        return s.substring(0, at) + w + s.substring(at);
      }
      case 7: {
        // Delete or duplicate a whole line.
        int a = s.lastIndexOf('\n', Math.max(0, t.start - 1)) + 1;
        int b = s.indexOf('\n', t.start);
        b = b < 0 ? s.length() : b + 1;
        boolean del = r.nextBoolean();
        edits.add((del ? "delete" : "duplicate") + " the line at " + a);
        return del ? s.substring(0, a) + s.substring(b) : s.substring(0, b) + s.substring(a, b) + s.substring(b);
      }
      case 8: {
        // Change a dtype (or put one in place of another word).
        List<Tok> types = toks.stream().filter(x -> List.of(DTYPES).contains(s.substring(x.start, x.end))).toList();
        Tok x = types.isEmpty() ? t : types.get(r.nextInt(types.size()));
        String v = DTYPES[r.nextInt(DTYPES.length)];
        edits.add("dtype " + quote(s.substring(x.start, x.end)) + " at " + x.start + " -> " + quote(v));
        return s.substring(0, x.start) + v + s.substring(x.end);
      }
      default: {
        // Delete a random range of tokens.
        int j = toks.indexOf(t);
        Tok end = toks.get(Math.min(toks.size() - 1, j + r.nextInt(8)));
        edits.add("delete " + t.start + ".." + end.end);
        return s.substring(0, t.start) + s.substring(end.end);
      }
    }
  }

  private static byte[] byteEdit(byte[] b, Random r, List<String> edits) {
    int at = r.nextInt(b.length + 1);
    switch (r.nextInt(3)) {
      case 0: {
        byte[] bad = BAD_BYTES[r.nextInt(BAD_BYTES.length)];
        edits.add("insert bytes " + hex(bad) + " at byte " + at);
        return splice(b, at, 0, bad);
      }
      case 1: {
        byte[] rnd = new byte[1 + r.nextInt(6)];
        r.nextBytes(rnd);
        edits.add("insert random bytes " + hex(rnd) + " at byte " + at);
        return splice(b, at, 0, rnd);
      }
      default: {
        edits.add("truncate at byte " + at);
        return splice(b, at, b.length - at, new byte[0]);
      }
    }
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.write(insert, 0, insert.length);
    out.write(b, at + remove, b.length - at - remove);
    return out.toByteArray();
  }

  private static String describe(String name, int id, Mutant m, String problem, String out, String err, int exit) {
    return "mutant " + name + "#" + id + ": " + problem + "\n"
        + "  reproduce: -Dnnc.mutation.seed=" + SEED + " -Dnnc.mutation.only=" + name + "#" + id
        + " -Dnnc.mutation.count=" + TOTAL + "\n"
        + "  edits: " + m.edits + "\n"
        + "  exit: " + exit + "\n"
        + "  stdout:\n" + indent(out) + "  stderr:\n" + indent(err)
        + "  mutant text (invalid UTF-8 shown as \\xNN):\n-----\n" + printable(m.bytes) + "\n-----\n";
  }

  private static String indent(String s) {
    if (s.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) if (!line.isEmpty()) out.append("    ").append(line).append('\n');
    return out.toString();
  }

  /** The bytes as text, with every byte that is not part of valid UTF-8 as \xNN. */
  static String printable(byte[] b) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
      String decoded = null;
      if (len > 0 && i + len <= b.length) {
        String s = new String(b, i, len, StandardCharsets.UTF_8);
        if (!s.contains("\uFFFD") && java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), 0, len, b, i, i + len)) {
          decoded = s;
        }
      }
      if (decoded != null && (len > 1 || c >= 0x20 || c == '\n' || c == '\t' || c == '\r')) {
        out.append(decoded);
        i += len;
      } else {
        out.append(String.format("\\x%02x", c));
        i++;
      }
    }
    return out.toString();
  }

  private static String hex(byte[] b) {
    StringBuilder out = new StringBuilder();
    for (byte x : b) out.append(String.format("\\x%02x", x & 0xff));
    return out.toString();
  }

  private static String quote(String s) {
    return "`" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "`";
  }

  private static String baseName(String name) {
    int slash = name.lastIndexOf('/');
    return name.substring(slash + 1);
  }
}
