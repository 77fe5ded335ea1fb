package dev.nnc.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.RepoRoot;
import dev.nnc.runtime.data.Datasets;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelFile;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Session;
import dev.nnc.runtime.opencl.OpenCl;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LWJGL is an optional dependency of the runtime: a packaged model trains and predicts on the JVM
 * backend with a class path that lacks it (only the runtime's classes and the JDK), so no LWJGL
 * class is ever loaded on that path, and asking for OpenCL there says which dependencies to add.
 */
class WithoutLwjglTest {
  @TempDir Path root;

  @Test
  void aPackagedModelRunsWithoutLwjglAndOpenClSaysWhatToAdd() throws Exception {
    Path nn = root.resolve("spirals.nn");
    Files.writeString(nn, SessionTest.SPIRALS);
    byte[] model = Generation.compile(root, nn, nn.toString(), "p").classes().get(0).model();
    URL runtime = RepoRoot.get().resolve("runtime/target/classes").toUri().toURL();
    URL tests = WithoutLwjglTest.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader alone = new URLClassLoader(new URL[] {runtime, tests}, ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> alone.loadClass("org.lwjgl.system.MemoryStack"));
      Class<?> app = alone.loadClass(App.class.getName());
      assertEquals(alone, app.getClassLoader());
      assertEquals(alone, alone.loadClass(Session.class.getName()).getClassLoader());
      // Trained, predicted and scored there, with every class the runtime's: any LWJGL class asked for would fail to load.
      String ran = (String) app.getMethod("train", byte[].class).invoke(null, (Object) model);
      assertEquals(App.train(model), ran);

      Throwable e = assertThrows(InvocationTargetException.class, () -> app.getMethod("openCl").invoke(null)).getCause();
      assertEquals(OpenCl.Unavailable.class.getName(), e.getClass().getName());
      String v = OpenCl.lwjglVersion();
      assertTrue(v.matches("\\d+\\.\\d+\\.\\d+"), v);
      assertEquals("OpenCL needs LWJGL, which is not on the class path (no org.lwjgl.system.MemoryStack): add the dependencies "
          + "org.lwjgl:lwjgl:" + v + ", org.lwjgl:lwjgl-opencl:" + v + " and org.lwjgl:lwjgl:" + v + ":natives-linux "
          + "(docs/maven.md), or run on the JVM backend", e.getMessage());
      assertEquals("NO_BINDINGS", e.getClass().getMethod("kind").invoke(e).toString());
    }
  }

  /** What an application that uses the runtime alone does; loaded by the class loader without LWJGL. */
  public static final class App {
    private App() {}

    /** Opens the packaged model, fits it two epochs, predicts: the loss and the first probabilities as text. */
    public static String train(byte[] model) throws Exception {
      ModelFile file = ModelFile.read(new ByteArrayInputStream(model));
      Session s = new Session(file.spec(), file.state(), file.programs());
      double loss = s.fit(Datasets.spirals(96), FitOptions.defaults(), Progress.none()).get(1).loss();
      float[] p = s.predict(Map.of("x", new float[] {0.1f, 0.2f}), Map.of()).floats("probs");
      return loss + " " + p[0] + " " + p[1];
    }

    public static Object openCl() {
      return OpenCl.devices();
    }
  }
}
