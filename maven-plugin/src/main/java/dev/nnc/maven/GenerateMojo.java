package dev.nnc.maven;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code nnc:generate}: compiles the {@code .nn} models under {@code src/main/nn} into typed Java
 * classes, one per model, adds them to the compile source roots and packages each model's file
 * (its programs compiled for the JVM backend, its initial state) as a resource beside its class,
 * so the classes run with the nnc runtime alone. A model with errors, or one the JVM backend
 * cannot run, fails the build with {@code file:line:col} lines and the source with a caret under
 * the mistake; a model whose sources did not change since the last build is not compiled again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
  /** The folder of the {@code .nn} files; subfolders become subpackages. */
  @Parameter(property = "nnc.sourceDirectory", defaultValue = "${project.basedir}/src/main/nn")
  File sourceDirectory;

  /** Where the generated Java sources go. */
  @Parameter(property = "nnc.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/nnc")
  File outputDirectory;

  /** Where the model files go (programs and initial state), packaged beside the classes that open them. */
  @Parameter(property = "nnc.resourceDirectory", defaultValue = "${project.build.directory}/generated-resources/nnc")
  File resourceDirectory;

  /** The package of the classes of the files at the top of {@link #sourceDirectory}. */
  @Parameter(property = "nnc.packageName", defaultValue = "nnc.models")
  String packageName;

  /** Skips the goal. */
  @Parameter(property = "nnc.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("nnc: skipped");
      return;
    }
    ModelBuild.Settings settings = new ModelBuild.Settings(sourceDirectory.toPath(), outputDirectory.toPath(),
        resourceDirectory.toPath(), buildDirectory.toPath().resolve("nnc/stamps.properties"), packageName == null ? "" : packageName.trim());
    ModelBuild.Report report;
    try {
      report = new ModelBuild(settings, new MavenLog()).run();
    } catch (IOException e) {
      throw new MojoExecutionException("nnc: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("nnc: " + e.getMessage());
    } catch (RuntimeException e) {
      // A fault in nnc itself: one line here; mvn -e shows the stack trace.
      throw new MojoExecutionException("nnc: internal error: " + e, e);
    }
    if (report.errors() > 0) {
      throw new MojoFailureException(String.format(Locale.ROOT, "nnc: %d error%s in the models under %s; see the messages above",
          report.errors(), report.errors() == 1 ? "" : "s", sourceDirectory));
    }
    if (report.files() == 0) {
      getLog().info("nnc: no .nn files under " + sourceDirectory);
    } else {
      getLog().info(String.format(Locale.ROOT, "nnc: %d model file%s, %d compiled, %d up to date; %d class%s in %s", report.files(),
          report.files() == 1 ? "" : "s", report.compiled(), report.files() - report.compiled(), report.classes(),
          report.classes() == 1 ? "" : "es", outputDirectory));
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
    String resources = resourceDirectory.getPath();
    if (project.getResources().stream().noneMatch(r -> resources.equals(r.getDirectory()))) {
      Resource r = new Resource();
      r.setDirectory(resources);
      project.addResource(r);
    }
  }

  /** The build's messages in Maven's log. */
  private final class MavenLog implements ModelBuild.Log {
    @Override public void info(String line) { getLog().info(line); }

    @Override public void warn(String line) { getLog().warn(line); }

    @Override public void error(String line) { getLog().error(line); }
  }
}
