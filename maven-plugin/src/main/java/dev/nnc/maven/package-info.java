/**
 * The Maven plugin: the goal {@code nnc:generate}, bound to generate-sources, compiles the
 * {@code .nn} models under {@code src/main/nn} into typed Java classes (written by the compiler's
 * {@code dev.nnc.api}) and packages beside each class its model file: the model's programs
 * compiled for the JVM backend and its initial state, so that the classes need the nnc runtime
 * alone. {@link dev.nnc.maven.ModelBuild} does the work and {@link dev.nnc.maven.GenerateMojo}
 * connects it to the build.
 */
package dev.nnc.maven;
