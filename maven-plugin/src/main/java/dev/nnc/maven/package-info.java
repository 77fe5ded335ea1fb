/**
 * The Maven plugin: a goal bound to generate-sources that compiles src/main/nn into typed Java
 * classes. Empty until it is written; it will depend on the compiler and the runtime.
 */
package dev.nnc.maven;
