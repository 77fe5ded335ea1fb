package dev.nnc.runtime.jvm;

import dev.nnc.runtime.train.BoundStep;
import java.util.List;
import java.util.Map;

/**
 * A {@link ProgramImage} loaded to run, with the runtime alone: its classes are defined by a
 * class loader of its own, its kernels made from their descriptions, and it runs as the
 * program it was exported from does ({@link ProgramRunner}), with the same results bit for bit.
 */
public final class ImageProgram {
  private final ProgramRunner runner;

  private ImageProgram(ProgramRunner runner) {
    this.runner = runner;
  }

  /**
   * Loads an image. Refused with a message when its kernels use the Vector API and this JVM
   * runs without it, or when a class it carries cannot be defined.
   */
  public static ImageProgram load(ProgramImage image) {
    if (image.vector() && ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      throw new IllegalArgumentException(
          "this program image's kernels use the Vector API: run the JVM with --add-modules jdk.incubator.vector");
    }
    return new ImageProgram(runner(image, new Loader(image.allClasses())));
  }

  /** Runs the program on leaves by name; the returned arrays are reused by the next run. */
  public List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes) {
    return runner.run(leaves, sizes);
  }

  /** Binds the program, a training step, to its state, which then stays in its buffers ({@link ProgramRunner#bind}). */
  public BoundStep bind(Map<String, float[]> initial, List<String> next) {
    return runner.bind(initial, next);
  }

  private static ProgramRunner runner(ProgramImage image, Loader loader) {
    List<ProgramImage.Launch> launches = image.launches();
    Kernel[] kernels = new Kernel[launches.size()];
    // A loop's body runs with the sizes of this program's call, known once the runner below exists.
    ProgramRunner[] self = new ProgramRunner[1];
    for (int i = 0; i < kernels.length; i++) {
      ProgramImage.Launch l = launches.get(i);
      if (l instanceof ProgramImage.Written w) {
        kernels[i] = loader.instance(w.className(), w.slots(), Kernel.class);
      } else if (l instanceof ProgramImage.Loop loop) {
        kernels[i] = new LoopKernel(loop.plan(), runner(loop.body(), loader), () -> self[0].sizes());
      } else {
        kernels[i] = (Kernel) l;
      }
    }
    Host host = loader.instance(image.host(), null, Host.class);
    List<Formula> formulas = image.formulas();
    self[0] = new ProgramRunner(kernels, host, image.work(), image.slotElements(), image.integers(), image.leaves(), image.constants(),
        image.roots(), sizes -> Formula.evaluate(formulas, sizes));
    return self[0];
  }

  /** Defines an image's classes on first use, with the runtime's classes as what they see. */
  private static final class Loader extends ClassLoader {
    private final Map<String, byte[]> classes;

    Loader(Map<String, byte[]> classes) {
      super(ImageProgram.class.getClassLoader());
      this.classes = classes;
    }

    @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) throw new ClassNotFoundException(name);
      return defineClass(name, bytes, 0, bytes.length);
    }

    /** An instance of a carried class: a kernel takes its slots, the launch sequence nothing. */
    <T> T instance(String name, int[] slots, Class<T> type) {
      try {
        Class<?> c = loadClass(name);
        return type.cast(slots == null ? c.getDeclaredConstructor().newInstance()
            : c.getDeclaredConstructor(int[].class).newInstance((Object) slots));
      } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
        throw new IllegalArgumentException("corrupt program image: cannot load its class " + name + " (" + e + ")");
      }
    }
  }
}
