package dev.nnc.runtime.jvm;

import dev.nnc.runtime.Binary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled JVM program written out ahead of time, which {@link ImageProgram} runs with the
 * runtime alone: the size formulas, each buffer slot's element count (an index into them),
 * the slots that hold 32-bit integers (i32 values, as their bits: {@link dev.nnc.runtime.IntBits}),
 * the leaves by name, the constants, the roots' slots, and per launch its kernel (a written
 * class and the slots it reads, a matrix product, a window op, a scatter-add, or a loop with
 * the image of its body) and its work (item count and cost per item: a number, or
 * {@code -1 - f} for formula f). The classes the compiler wrote (the kernels and the launch
 * sequence, {@code host}) travel as their bytes; {@code vector} says whether they use the
 * Vector API. Every reference is checked when an image is made, so a corrupt one is refused
 * here with a message, not later with an index out of bounds.
 */
public record ProgramImage(List<Formula> formulas, int[] slotElements, int[] integers, Map<Integer, String> leaves,
    Map<Integer, float[]> constants, int[] roots, int[] work, List<Launch> launches, String host,
    Map<String, byte[]> classes, boolean vector) {
  private static final Binary BINARY = new Binary("program image");
  /** The first four bytes of an image: "NNCP". */
  public static final int MAGIC = 0x4E4E4350;
  /** The format this runtime writes and reads. */
  public static final int VERSION = 3;
  /** How deep formulas (floors of floors) and loops (loops in loop bodies) may nest. */
  private static final int DEPTH = 64;

  /** One launch's kernel, as numbers: what {@link ImageProgram} makes the kernel from. */
  public sealed interface Launch permits Written, MatmulKernel, WindowKernel, ScatterAddKernel, Loop {}

  /** A kernel of a written class (constructed with its slots), named by its binary name. */
  public record Written(String className, int[] slots) implements Launch {
    public Written {
      slots = slots.clone();
    }
  }

  /** A loop: its plan, and the body as an image of its own. */
  public record Loop(LoopKernel.Plan plan, ProgramImage body) implements Launch {}

  public ProgramImage(List<Formula> formulas, int[] slotElements, int[] integers, Map<Integer, String> leaves,
      Map<Integer, float[]> constants, int[] roots, int[] work, List<Launch> launches, String host,
      Map<String, byte[]> classes, boolean vector) {
    this.formulas = List.copyOf(formulas);
    this.slotElements = slotElements.clone();
    this.integers = integers.clone();
    this.leaves = Collections.unmodifiableMap(new LinkedHashMap<>(leaves));
    this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    this.roots = roots.clone();
    this.work = work.clone();
    this.launches = List.copyOf(launches);
    this.host = host;
    this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    this.vector = vector;
    check();
  }

  // ---- checks

  private void check() {
    int slots = slotElements.length;
    for (int f : slotElements) formula(f, "a buffer's element count");
    for (int s : integers) slot(s, slots, "an integer slot");
    for (int s : leaves.keySet()) slot(s, slots, "a leaf");
    for (int s : constants.keySet()) slot(s, slots, "a constant");
    for (int s : roots) slot(s, slots, "a root");
    if (work.length != 2 * launches.size()) {
      throw BINARY.corrupt(work.length + " work entries for " + launches.size() + " launches, not two each");
    }
    for (int w : work) if (w < 0) formula(-1 - w, "a launch's work");
    for (int i = 0; i < launches.size(); i++) {
      String what = "launch " + i;
      Launch l = launches.get(i);
      if (l instanceof Written w) {
        if (!classes.containsKey(w.className())) throw BINARY.corrupt(what + " names the class " + w.className() + ", which the image lacks");
        for (int s : w.slots()) slot(s, slots, what);
      } else if (l instanceof MatmulKernel m) {
        for (int s : new int[] {m.a(), m.b(), m.c()}) slot(s, slots, what);
        for (int f : new int[] {m.batches(), m.m(), m.n(), m.k()}) formula(f, what);
      } else if (l instanceof WindowKernel k) {
        for (int s : new int[] {k.first(), k.out()}) slot(s, slots, what);
        if (k.second() != -1) slot(k.second(), slots, what);
        for (int f : k.sizes()) formula(f, what);
        checkChain(k, i, what);
      } else if (l instanceof ScatterAddKernel k) {
        for (int s : new int[] {k.x(), k.idx(), k.src(), k.out()}) slot(s, slots, what);
        for (int f : new int[] {k.outer(), k.length(), k.inner(), k.picks()}) formula(f, what);
      } else {
        checkLoop((Loop) l, slots, what);
      }
    }
    if (!classes.containsKey(host)) throw BINARY.corrupt("the launch sequence's class " + host + " is missing");
  }

  /** A window op's chained launches ({@link WindowKernel#then}) follow it, unchained, of the kind its entries say. */
  private void checkChain(WindowKernel k, int i, String what) {
    int[] then = k.then();
    if (then.length == 0) return;
    if (!WindowKernel.imageWise(k.op()) || i + then.length >= launches.size()) {
      throw BINARY.corrupt(what + " chains " + then.length + " launches, which a " + k.op() + " at launch " + i + " of "
          + launches.size() + " cannot");
    }
    for (int j = 0; j < then.length; j++) {
      Launch l = launches.get(i + 1 + j);
      boolean ok = then[j] == -1 ? l instanceof WindowKernel w && WindowKernel.imageWise(w.op()) && w.then().length == 0
          : l instanceof Written;
      if (!ok) throw BINARY.corrupt(what + " chains launch " + (i + 1 + j) + ", which is not what its entry " + then[j] + " says");
      if (then[j] != -1) formula(then[j], what);
    }
  }

  private void checkLoop(Loop l, int slots, String what) {
    LoopKernel.Plan p = l.plan();
    formula(p.length(), what);
    for (int f : p.carryElements()) formula(f, what);
    for (int f : p.seqElements()) formula(f, what);
    int carries = p.carryElements().length;
    if (p.captured() < 0 || p.inputSlots().length != carries + p.seqElements().length + p.captured()) {
      throw BINARY.corrupt(what + " has " + p.inputSlots().length + " inputs for " + carries + " carries, "
          + p.seqElements().length + " sequences and " + p.captured() + " captured values");
    }
    for (int s : p.inputSlots()) slot(s, slots, what);
    if (l.body().roots().length < carries) throw BINARY.corrupt(what + "'s body gives fewer results than the loop has carries");
    for (LoopKernel.Result r : p.results()) {
      slot(r.slot(), slots, what);
      boolean ok = r.kind() == LoopKernel.Kind.STACKED
          ? r.output() >= carries && r.output() < l.body().roots().length
          : r.k() >= 0 && r.k() < carries;
      if (!ok) throw BINARY.corrupt(what + " wants a result its body does not give");
    }
  }

  private void formula(int f, String what) {
    if (f < 0 || f >= formulas.size()) throw BINARY.corrupt(what + " reads size formula " + f + " of " + formulas.size());
  }

  private static void slot(int s, int slots, String what) {
    if (s < 0 || s >= slots) throw BINARY.corrupt(what + " reads buffer slot " + s + " of " + slots);
  }

  /** Every class this image and the bodies of its loops carry, by name. */
  Map<String, byte[]> allClasses() {
    Map<String, byte[]> all = new LinkedHashMap<>(classes);
    for (Launch l : launches) {
      if (!(l instanceof Loop loop)) continue;
      loop.body().allClasses().forEach((name, bytes) -> {
        byte[] had = all.putIfAbsent(name, bytes);
        if (had != null && !Arrays.equals(had, bytes)) throw BINARY.corrupt("two different classes are named " + name);
      });
    }
    return all;
  }

  // ---- writing

  /** Writes the image: {@link #MAGIC}, {@link #VERSION}, then the image (see {@link #read}). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    writeImage(d);
    d.flush();
  }

  private void writeImage(DataOutputStream d) throws IOException {
    d.writeInt(formulas.size());
    for (Formula f : formulas) writeFormula(d, f);
    Binary.writeInts(d, slotElements);
    Binary.writeInts(d, integers);
    d.writeInt(leaves.size());
    for (Map.Entry<Integer, String> e : leaves.entrySet()) {
      d.writeInt(e.getKey());
      Binary.writeString(d, e.getValue());
    }
    d.writeInt(constants.size());
    for (Map.Entry<Integer, float[]> e : constants.entrySet()) {
      d.writeInt(e.getKey());
      d.writeInt(e.getValue().length);
      ByteBuffer b = ByteBuffer.allocate(4 * e.getValue().length);
      b.asFloatBuffer().put(e.getValue());
      d.write(b.array());
    }
    Binary.writeInts(d, roots);
    Binary.writeInts(d, work);
    d.writeInt(launches.size());
    for (Launch l : launches) writeLaunch(d, l);
    Binary.writeString(d, host);
    d.writeInt(classes.size());
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      Binary.writeString(d, e.getKey());
      d.writeInt(e.getValue().length);
      d.write(e.getValue());
    }
    d.writeBoolean(vector);
  }

  private static void writeLaunch(DataOutputStream d, Launch launch) throws IOException {
    if (launch instanceof Written w) {
      d.writeByte(1);
      Binary.writeString(d, w.className());
      Binary.writeInts(d, w.slots());
    } else if (launch instanceof MatmulKernel m) {
      d.writeByte(2);
      Binary.writeInts(d, new int[] {m.a(), m.transA() ? 1 : 0, m.b(), m.transB() ? 1 : 0, m.c(), m.batches(), m.m(), m.n(), m.k()});
    } else if (launch instanceof WindowKernel k) {
      d.writeByte(3);
      d.writeByte(k.op().ordinal());
      Binary.writeInts(d, new int[] {k.first(), k.second(), k.out()});
      Binary.writeInts(d, k.sizes());
      Binary.writeInts(d, k.window());
      Binary.writeInts(d, k.then());
    } else if (launch instanceof ScatterAddKernel k) {
      d.writeByte(4);
      Binary.writeInts(d, new int[] {k.x(), k.idx(), k.src(), k.out(), k.outer(), k.length(), k.inner(), k.picks()});
    } else {
      Loop l = (Loop) launch;
      d.writeByte(5);
      LoopKernel.Plan p = l.plan();
      d.writeInt(p.length());
      d.writeBoolean(p.reverse());
      Binary.writeInts(d, p.carryElements());
      Binary.writeInts(d, p.seqElements());
      d.writeInt(p.captured());
      Binary.writeInts(d, p.inputSlots());
      d.writeInt(p.results().size());
      for (LoopKernel.Result r : p.results()) {
        d.writeByte(r.kind().ordinal());
        Binary.writeInts(d, new int[] {r.k(), r.slot(), r.output()});
      }
      l.body().writeImage(d);
    }
  }

  /** Writes a size formula as images do; {@link #readFormula} reads it. */
  public static void writeFormula(DataOutputStream d, Formula f) throws IOException {
    Binary.writeString(d, f.text());
    d.writeInt(f.terms().size());
    for (Formula.Term t : f.terms()) {
      d.writeLong(t.numerator());
      d.writeLong(t.denominator());
      d.writeInt(t.atoms().size());
      for (Formula.Atom a : t.atoms()) {
        Binary.writeString(d, a.name());
        d.writeBoolean(a.inverse());
        d.writeBoolean(a.floor() != null);
        if (a.floor() != null) {
          writeFormula(d, a.floor().get(0));
          writeFormula(d, a.floor().get(1));
        }
      }
    }
  }

  // ---- reading

  /**
   * Reads an image {@link #write} wrote. A stream that is not an image, of another version,
   * truncated or inconsistent gives an {@link IllegalArgumentException} saying which.
   */
  public static ProgramImage read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    try {
      BINARY.header(d, MAGIC, VERSION);
      return readImage(d, 0);
    } catch (EOFException e) {
      throw new IllegalArgumentException("the program image is truncated: it ends before its last launch and class");
    }
  }

  private static ProgramImage readImage(DataInputStream d, int depth) throws IOException {
    if (depth > DEPTH) throw BINARY.corrupt("loops nested deeper than " + DEPTH);
    List<Formula> formulas = new ArrayList<>();
    for (int i = BINARY.count(d, "formulas"); i > 0; i--) formulas.add(readFormula(d, 0));
    int[] slotElements = BINARY.readInts(d);
    int[] integers = BINARY.readInts(d);
    Map<Integer, String> leaves = new LinkedHashMap<>();
    for (int i = BINARY.count(d, "leaves"); i > 0; i--) leaves.put(d.readInt(), BINARY.readString(d));
    Map<Integer, float[]> constants = new LinkedHashMap<>();
    for (int i = BINARY.count(d, "constants"); i > 0; i--) {
      int slot = d.readInt();
      ByteBuffer b = ByteBuffer.wrap(BINARY.readBytes(d, 4L * BINARY.count(d, "constant values")));
      float[] values = new float[b.capacity() / 4];
      b.asFloatBuffer().get(values);
      constants.put(slot, values);
    }
    int[] roots = BINARY.readInts(d);
    int[] work = BINARY.readInts(d);
    List<Launch> launches = new ArrayList<>();
    for (int i = BINARY.count(d, "launches"); i > 0; i--) launches.add(readLaunch(d, depth));
    String host = BINARY.readString(d);
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (int i = BINARY.count(d, "classes"); i > 0; i--) classes.put(BINARY.readString(d), BINARY.readBytes(d, BINARY.count(d, "class bytes")));
    boolean vector = d.readBoolean();
    return new ProgramImage(formulas, slotElements, integers, leaves, constants, roots, work, launches, host, classes, vector);
  }

  private static Launch readLaunch(DataInputStream d, int depth) throws IOException {
    int tag = d.readByte();
    switch (tag) {
      case 1 -> {
        return new Written(BINARY.readString(d), BINARY.readInts(d));
      }
      case 2 -> {
        int[] v = readInts(d, 9, "a matrix product");
        return new MatmulKernel(v[0], v[1] != 0, v[2], v[3] != 0, v[4], v[5], v[6], v[7], v[8]);
      }
      case 3 -> {
        WindowKernel.Op op = kind(WindowKernel.Op.values(), d.readByte(), "window op");
        int[] v = readInts(d, 3, "a window op");
        return new WindowKernel(op, v[0], v[1], v[2], readInts(d, 9, "a window op's sizes"), readInts(d, 7, "a window"),
            BINARY.readInts(d));
      }
      case 4 -> {
        int[] v = readInts(d, 8, "a scatter-add");
        return new ScatterAddKernel(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
      }
      case 5 -> {
        int length = d.readInt();
        boolean reverse = d.readBoolean();
        int[] carryElements = BINARY.readInts(d), seqElements = BINARY.readInts(d);
        int captured = d.readInt();
        int[] inputSlots = BINARY.readInts(d);
        List<LoopKernel.Result> results = new ArrayList<>();
        for (int i = BINARY.count(d, "loop results"); i > 0; i--) {
          LoopKernel.Kind kind = kind(LoopKernel.Kind.values(), d.readByte(), "loop result");
          int[] v = readInts(d, 3, "a loop result");
          results.add(new LoopKernel.Result(kind, v[0], v[1], v[2]));
        }
        LoopKernel.Plan plan = new LoopKernel.Plan(length, reverse, carryElements, seqElements, captured, inputSlots, results);
        return new Loop(plan, readImage(d, depth + 1));
      }
      default -> throw BINARY.corrupt("unknown launch kind " + tag);
    }
  }

  /**
   * Reads a size formula {@link #writeFormula} wrote; a corrupt one gives an
   * {@link IllegalArgumentException}, a truncated one an {@link EOFException}.
   */
  public static Formula readFormula(DataInputStream d) throws IOException {
    return readFormula(d, 0);
  }

  private static Formula readFormula(DataInputStream d, int depth) throws IOException {
    if (depth > DEPTH) throw BINARY.corrupt("size formulas nested deeper than " + DEPTH);
    String text = BINARY.readString(d);
    List<Formula.Term> terms = new ArrayList<>();
    for (int i = BINARY.count(d, "terms"); i > 0; i--) {
      long numerator = d.readLong(), denominator = d.readLong();
      if (denominator <= 0) throw BINARY.corrupt("the formula " + text + " has a term over " + denominator);
      List<Formula.Atom> atoms = new ArrayList<>();
      for (int j = BINARY.count(d, "atoms"); j > 0; j--) {
        String name = BINARY.readString(d);
        boolean inverse = d.readBoolean();
        List<Formula> floor = d.readBoolean() ? List.of(readFormula(d, depth + 1), readFormula(d, depth + 1)) : null;
        atoms.add(new Formula.Atom(name, inverse, floor));
      }
      terms.add(new Formula.Term(numerator, denominator, atoms));
    }
    return new Formula(text, terms);
  }

  private static <E extends Enum<E>> E kind(E[] values, int ordinal, String what) {
    if (ordinal < 0 || ordinal >= values.length) throw BINARY.corrupt("unknown " + what + " " + ordinal);
    return values[ordinal];
  }

  private static int[] readInts(DataInputStream d, int n, String what) throws IOException {
    int[] v = BINARY.readInts(d);
    if (v.length != n) throw BINARY.corrupt(what + " has " + v.length + " numbers, not " + n);
    return v;
  }

}
