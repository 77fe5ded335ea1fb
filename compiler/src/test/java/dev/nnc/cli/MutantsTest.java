package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.RepoRoot;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, "never a stack trace, never lost work": 1,500 random mutants of the samples and the
 * standard library (tokens deleted, duplicated, swapped or replaced, numbers made 0, -1 or huge,
 * brackets dropped, dtypes changed, the file cut short, random bytes put in) each end in exit 0,
 * 1 or 2 with every error located, no stack trace, within 10 seconds. The mutants are the same on
 * every run: mutant {@code i} is drawn from {@code new Random(SEED + i)}, and a failure names its
 * seed; {@code -Dnnc.mutant=SEED} runs that mutant alone and prints its text.
 */
class MutantsTest {
  @TempDir Path tmp;

  static final long SEED = 23_000;
  static final int MUTANTS = 1500;
  /** Every this many mutants is also compiled ({@code nnc compile --emit grad}), not only checked. */
  static final int COMPILE_EVERY = 50;
  /** ... and every this many of those that check without errors. */
  static final int COMPILE_CHECKED_EVERY = 4;
  static final long LIMIT_SECONDS = 10;

  /** A located diagnostic as {@code nnc check --format raw} prints it. */
  private static final Pattern LOCATED = Pattern.compile("^(.+):(\\d+):(\\d+): ([a-z_]+(\\.[a-z_]+)*): .+$");

  /** Tokens: names, numbers, strings, comments, operators, single characters, white space. */
  private static final Pattern TOKEN = Pattern.compile(
      "[A-Za-z_][A-Za-z_0-9]*|[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?|\"[^\"\\n]*\"|//[^\\n]*|->|==|!=|<=|>=|\\*\\*|\\.\\.\\.|\\s+|.",
      Pattern.DOTALL);

  private static final String[] NUMBERS = {"0", "-1", "1", "99999999999", "2147483647", "2147483648", "4000000000",
      "9223372036854775807", "99999999999999999999999", "0.0", "-0.0", "1e308", "1e-320", "3.5", "-99999999999", "1_000"};
  private static final String[] DTYPES = {"f32", "f64", "i32", "i64", "bool", "f16", "int", "float"};
  private static final String[] WORDS = {"model", "layer", "fn", "input", "target", "param", "output", "loss", "train", "use",
      "const", "for", "in", "until", "if", "then", "else", "where", "not", "and", "or", "true", "false", "B", "x", "self", "_",
      "data", "optimizer", "batch", "epochs", "sample", "generate", "std", "zeros", "relu", "sum", "reshape", "matmul"};
  private static final String[] SYMBOLS = {"(", ")", "[", "]", "{", "}", ",", ":", "=", ".", "->", "+", "-", "*", "/", "@",
      "**", "...", "<", ">", "==", "!", "|", "\n", ";", "#", "\"", "'", "\\", "$"};

  /** One mutant: its seed, the file it came from, what was done to it, and its bytes. */
  record Mutant(long seed, String from, String how, byte[] text) {}

  /** The sources mutants are made from: the samples and the standard library, in a fixed order. */
  static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(RepoRoot.resolve("samples"), RepoRoot.resolve("stdlib/src/main/resources/std"))) {
      try (var files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".nn")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  private static boolean isName(String t) { return Character.isLetter(t.charAt(0)) || t.charAt(0) == '_'; }

  private static boolean isNumber(String t) { return Character.isDigit(t.charAt(0)); }

  private static boolean isSpace(String t) { return t.isBlank(); }

  /** A token index of the kind asked for, or -1. */
  private static int pick(List<String> toks, Random r, java.util.function.Predicate<String> kind) {
    for (int tries = 0; tries < 50 && !toks.isEmpty(); tries++) {
      int i = r.nextInt(toks.size());
      if (kind.test(toks.get(i))) return i;
    }
    return -1;
  }

  /** Mutant {@code seed}: one to three mutations of one source. */
  static Mutant mutant(long seed, List<Path> sources) throws IOException {
    Random r = new Random(seed);
    Path from = sources.get(r.nextInt(sources.size()));
    List<String> toks = tokens(Files.readString(from));
    List<String> how = new ArrayList<>();
    byte[] raw = null;
    int count = 1 + r.nextInt(3);
    for (int k = 0; (k < count || how.isEmpty()) && k < 20 && !toks.isEmpty(); k++) {
      int kind = r.nextInt(12);
      int i;
      switch (kind) {
        case 0 -> { // delete a token
          i = pick(toks, r, t -> !isSpace(t));
          if (i >= 0) how.add("delete `" + toks.remove(i) + "`");
        }
        case 1 -> { // duplicate a token
          i = pick(toks, r, t -> !isSpace(t));
          if (i >= 0) {
            toks.add(i, toks.get(i));
            how.add("duplicate `" + toks.get(i) + "`");
          }
        }
        case 2 -> { // swap two neighbouring tokens (skipping white space)
          i = pick(toks, r, t -> !isSpace(t));
          int j = i + 1;
          while (i >= 0 && j < toks.size() && isSpace(toks.get(j))) j++;
          if (i >= 0 && j < toks.size()) {
            String a = toks.get(i);
            toks.set(i, toks.get(j));
            toks.set(j, a);
            how.add("swap `" + a + "` and `" + toks.get(i) + "`");
          }
        }
        case 3, 4 -> { // a number made 0, -1, huge...
          i = pick(toks, r, MutantsTest::isNumber);
          if (i >= 0) {
            String n = NUMBERS[r.nextInt(NUMBERS.length)];
            how.add("number `" + toks.get(i) + "` -> `" + n + "`");
            toks.set(i, n);
          }
        }
        case 5 -> { // a name made another of the file's, or a keyword
          i = pick(toks, r, MutantsTest::isName);
          int j = pick(toks, r, MutantsTest::isName);
          if (i >= 0) {
            String n = r.nextBoolean() && j >= 0 ? toks.get(j) : WORDS[r.nextInt(WORDS.length)];
            how.add("name `" + toks.get(i) + "` -> `" + n + "`");
            toks.set(i, n);
          }
        }
        case 6 -> { // a bracket dropped
          i = pick(toks, r, t -> "()[]{}".contains(t) && t.length() == 1);
          if (i >= 0) how.add("drop `" + toks.remove(i) + "`");
        }
        case 7 -> { // a dtype changed
          i = pick(toks, r, t -> List.of(DTYPES).contains(t));
          if (i >= 0) {
            String d = DTYPES[r.nextInt(DTYPES.length)];
            how.add("dtype `" + toks.get(i) + "` -> `" + d + "`");
            toks.set(i, d);
          }
        }
        case 8 -> { // a symbol put in
          i = r.nextInt(toks.size() + 1);
          String s = SYMBOLS[r.nextInt(SYMBOLS.length)];
          toks.add(i, s);
          how.add("insert `" + s.replace("\n", "\\n") + "` at token " + i);
        }
        case 9 -> { // a token of the file copied elsewhere
          i = pick(toks, r, t -> !isSpace(t));
          int at = r.nextInt(toks.size() + 1);
          if (i >= 0) {
            toks.add(at, toks.get(i));
            how.add("copy `" + toks.get(at) + "` to token " + at);
          }
        }
        case 10 -> { // the file cut short
          int at = r.nextInt(toks.size());
          how.add("cut at token " + at);
          toks = new ArrayList<>(toks.subList(0, at));
        }
        default -> { // random bytes, possibly not UTF-8, put in (done last, on the bytes)
          raw = new byte[1 + r.nextInt(8)];
          r.nextBytes(raw);
          how.add("insert " + raw.length + " random bytes");
        }
      }
    }
    byte[] text = String.join("", toks).getBytes(StandardCharsets.UTF_8);
    if (raw != null) {
      int at = r.nextInt(text.length + 1);
      byte[] out = new byte[text.length + raw.length];
      System.arraycopy(text, 0, out, 0, at);
      System.arraycopy(raw, 0, out, at, raw.length);
      System.arraycopy(text, at, out, at + raw.length, text.length - at);
      text = out;
    }
    return new Mutant(seed, RepoRoot.resolve(".").relativize(from).toString(), String.join("; ", how), text);
  }

  record Result(int exit, String out, String err) {}

  /** What is wrong with one command's result on a mutant, or null. */
  static String problem(Result r, Path file, boolean raw) {
    if (r.exit < 0 || r.exit > 2) return "exit " + r.exit;
    String all = r.out + r.err;
    for (String bad : List.of("at dev.nnc", "Exception", "internal error", "Error:", "\tat ")) {
      if (all.contains(bad)) return "the output has `" + bad + "`";
    }
    String name = file.toString();
    if (raw) {
      for (String line : r.out.split("\n")) {
        if (line.isEmpty() || line.equals(name + ": ok")) continue;
        Matcher m = LOCATED.matcher(line);
        if (!m.matches() || !m.group(1).equals(name) || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(3)) < 1) {
          return "an unlocated line on stdout: " + line;
        }
      }
    } else {
      String[] lines = r.out.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("error[")) continue;
        if (i + 1 >= lines.length || !lines[i + 1].matches(" *--> " + Pattern.quote(name) + ":[1-9][0-9]*:[1-9][0-9]*")) {
          return "an error without a place: " + lines[i];
        }
      }
    }
    // stderr: only the documented one-line messages of the command itself (`nnc: ...`) and the count of errors not shown.
    for (String line : r.err.split("\n")) {
      if (line.isEmpty() || line.startsWith("nnc: ") || line.matches("\\.\\.\\. and [0-9]+ more errors? not shown")
          || line.startsWith("WARNING: ")) {
        continue;
      }
      return "an unexpected line on stderr: " + line;
    }
    if (r.exit == 1 && !raw && !r.out.contains("error[") && !r.err.startsWith("nnc: ")) return "exit 1 with no error said";
    if (r.exit == 1 && raw && r.out.isEmpty() && !r.err.startsWith("nnc: ")) return "exit 1 with no error said";
    return null;
  }

  private static Result call(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void mutantsOfTheSamplesAndTheStdlibEndInALocatedDiagnostic() throws Exception {
    List<Path> sources = sources();
    assertTrue(sources.size() > 20, sources::toString);
    String only = System.getProperty("nnc.mutant");
    List<Long> seeds = new ArrayList<>();
    if (only != null && !only.isBlank()) {
      seeds.add(Long.parseLong(only.strip()));
    } else {
      // -Dnnc.mutants.from=S -Dnnc.mutants.count=N explores other mutants than the fixed ones.
      long from = Long.getLong("nnc.mutants.from", SEED);
      int n = Integer.getInteger("nnc.mutants.count", MUTANTS);
      for (int i = 0; i < n; i++) seeds.add(from + i);
    }
    List<String> failures = new ArrayList<>();
    ExecutorService pool = Executors.newSingleThreadExecutor(daemon());
    long started = System.nanoTime();
    int[] exits = new int[3];
    long[] nanos = new long[2], slowest = new long[2];
    try {
      for (long seed : seeds) {
        Mutant m = mutant(seed, sources);
        Path file = tmp.resolve("m" + seed + ".nn");
        Files.write(file, m.text());
        if (only != null) System.out.println("mutant " + seed + " of " + m.from() + ": " + m.how() + "\n" + new String(m.text(), StandardCharsets.UTF_8));
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"check", "--format", "raw", file.toString()});
        boolean compile = (seed - SEED) % COMPILE_EVERY == 0 || only != null;
        for (int c = 0; c < commands.size(); c++) {
          String[] args = commands.get(c);
          long t0 = System.nanoTime();
          Future<Result> f = pool.submit(() -> call(args));
          Result r;
          try {
            r = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            f.cancel(true);
            pool.shutdownNow();
            pool = Executors.newSingleThreadExecutor(daemon()); // the hung run keeps its thread
            failures.add(describe(m, args[0], "no result within " + LIMIT_SECONDS + " s", null));
            continue;
          }
          if (args[0].equals("check")) {
            exits[Math.min(2, Math.max(0, r.exit))]++;
            // A mutant that still checks goes on to lowering, differentiation and planning more often.
            if (compile || (r.exit == 0 && (seed - SEED) % COMPILE_CHECKED_EVERY == 0)) {
              commands.add(new String[] {"compile", "--emit", "grad", file.toString()});
            }
          }
          nanos[args[0].equals("check") ? 0 : 1] += System.nanoTime() - t0;
          if (System.nanoTime() - t0 > slowest[0]) {
            slowest[0] = System.nanoTime() - t0;
            slowest[1] = seed;
          }
          String p = problem(r, file, args.length > 2 && args[2].equals("raw"));
          if (p != null) failures.add(describe(m, args[0], p, r));
          if (only != null) System.out.println("nnc " + args[0] + ": exit " + r.exit + "\n" + r.out + r.err);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "%d mutants in %.1f s: check exits 0: %d, 1: %d, 2: %d; %d failures%n",
        seeds.size(), seconds, exits[0], exits[1], exits[2], failures.size());
    System.out.printf(java.util.Locale.ROOT, "checks %.1f s, compiles %.1f s; the slowest, %.1f s, mutant %d%n", nanos[0] / 1e9,
        nanos[1] / 1e9, slowest[0] / 1e9, slowest[1]);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + seeds.size() + " mutants failed (rerun one with -Dnnc.mutant=SEED):\n"
          + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
    if (only == null && seeds.size() == MUTANTS) {
      // The mutants are varied enough to reach both outcomes, not only the parser's first error.
      assertTrue(exits[0] > 50, "mutants that still check: " + exits[0]);
      assertTrue(exits[1] > 500, "mutants with errors: " + exits[1]);
    }
  }

  private static String describe(Mutant m, String command, String problem, Result r) {
    String s = "mutant " + m.seed() + " (" + m.from() + ": " + m.how() + "), nnc " + command + ": " + problem;
    if (r != null) {
      String all = (r.out + r.err).strip();
      s += "\n    " + (all.length() > 600 ? all.substring(0, 600) + "..." : all).replace("\n", "\n    ");
    }
    return s;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return job -> {
      Thread t = new Thread(job, "mutant");
      t.setDaemon(true);
      return t;
    };
  }

  @Test
  void theJudgeOfAResultCatchesWhatTheTestIsFor() {
    Path f = Path.of("m.nn");
    assertEquals(null, problem(new Result(1, "m.nn:3:7: name.unknown: no `x` here\n", ""), f, true));
    assertEquals(null, problem(new Result(0, "m.nn: ok\n", ""), f, true));
    assertEquals(null, problem(new Result(1, "error[type.kind]: expected a list\n  --> m.nn:2:1\n", ""), f, false));
    assertEquals("exit 3", problem(new Result(3, "", "nnc: internal error: x\n"), f, true));
    assertEquals("the output has `internal error`", problem(new Result(1, "", "nnc: internal error: x\n"), f, true));
    assertEquals("the output has `Exception`", problem(new Result(1, "java.lang.IllegalStateException\n", ""), f, true));
    assertEquals("an unlocated line on stdout: m.nn: name.unknown: x", problem(new Result(1, "m.nn: name.unknown: x\n", ""), f, true));
    assertEquals("an error without a place: error[type.kind]: x", problem(new Result(1, "error[type.kind]: x\n", ""), f, false));
    assertEquals("an unexpected line on stderr: boom", problem(new Result(0, "m.nn: ok\n", "boom\n"), f, true));
  }

  @Test
  void theMutantsAreTheSameOnEveryRun() throws IOException {
    List<Path> sources = sources();
    Mutant a = mutant(SEED + 7, sources), b = mutant(SEED + 7, sources);
    assertEquals(a.how(), b.how());
    assertTrue(java.util.Arrays.equals(a.text(), b.text()));
    assertTrue(!a.how().isEmpty(), a::toString);
  }
}
