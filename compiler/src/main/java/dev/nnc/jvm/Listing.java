package dev.nnc.jvm;

import dev.nnc.runtime.jvm.ProgramImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * A program's JVM code as text: its launches in order (a written kernel by its class, a
 * library kernel by its fields, a loop with its body's launches), then the bytecode of every
 * class written for it as ASM's {@link Textifier} prints it. What {@code nnc compile --emit
 * bytecode} prints, and the JVM half of the kernel golden files.
 *
 * <p>The text depends on the program alone: written classes are named {@code Kernel0},
 * {@code Kernel1}, ... in the order the launches first use them, and the launch sequence
 * {@code Host0}, ... (the loader numbers its classes across all the programs of a JVM and
 * shares equal kernels between programs, so its names say what else was compiled).
 */
public final class Listing {
  private static final String GENERATED = "dev/nnc/jvm/gen/";
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(GENERATED + "[A-Za-z]+\\d+");

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, byte[]> classes = new LinkedHashMap<>();
  private int hosts;

  private Listing() {}

  /** The listing of an exported program. */
  public static String of(ProgramImage image) {
    Listing l = new Listing();
    StringBuilder out = new StringBuilder();
    l.launches(image, "", out);
    for (Map.Entry<String, byte[]> c : l.classes.entrySet()) {
      out.append("\n// ").append(l.names.get(c.getKey())).append('\n').append(l.text(c.getValue()));
    }
    return out.toString();
  }

  private void launches(ProgramImage image, String indent, StringBuilder out) {
    String host = name(image.host(), image, true);
    out.append(indent).append("host ").append(host).append(": ").append(image.launches().size()).append(" launches\n");
    List<ProgramImage.Launch> launches = image.launches();
    for (int i = 0; i < launches.size(); i++) {
      ProgramImage.Launch l = launches.get(i);
      out.append(indent).append(i).append(": ");
      if (l instanceof ProgramImage.Written w) {
        out.append(name(w.className(), image, false)).append(" slots ").append(Arrays.toString(w.slots())).append('\n');
      } else if (l instanceof ProgramImage.Loop loop) {
        out.append("loop ").append(fields(loop.plan())).append('\n');
        launches(loop.body(), indent + "  ", out);
      } else {
        out.append(fields(l)).append('\n');
      }
    }
  }

  /** The stable name of a class of the image, recording its bytes the first time. */
  private String name(String binaryName, ProgramImage image, boolean host) {
    String internal = binaryName.replace('.', '/');
    return names.computeIfAbsent(internal, k -> {
      byte[] bytes = image.classes().get(binaryName);
      if (bytes == null) throw new IllegalStateException("the image carries no class " + binaryName);
      classes.put(k, bytes);
      return host ? "Host" + hosts++ : "Kernel" + (classes.size() - 1 - hosts);
    });
  }

  /** A class's bytecode as Textifier prints it, with the generated classes under their stable names. */
  private String text(byte[] bytes) {
    StringWriter s = new StringWriter();
    new ClassReader(bytes).accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(s)), 0);
    // One pass, so a name already rewritten is not rewritten again.
    return NAME.matcher(s.toString()).replaceAll(m -> GENERATED + names.getOrDefault(m.group(), m.group().substring(GENERATED.length())));
  }

  /** A record's fields as name=value, arrays and nested records spelled out. */
  private static String fields(Object o) {
    if (o == null) return "null";
    if (o instanceof int[] a) return Arrays.toString(a);
    if (o instanceof float[] a) return Arrays.toString(a);
    if (o instanceof long[] a) return Arrays.toString(a);
    if (o instanceof boolean[] a) return Arrays.toString(a);
    if (o instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object x : list) items.add(fields(x));
      return items.toString();
    }
    if (!o.getClass().isRecord()) return String.valueOf(o);
    StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('(');
    RecordComponent[] components = o.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) b.append(", ");
      try {
        b.append(components[i].getName()).append('=').append(fields(components[i].getAccessor().invoke(o)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + components[i].getName() + " of " + o.getClass().getSimpleName(), e);
      }
    }
    return b.append(')').toString();
  }
}
