/** What compiled models call at run time: devices, buffers, data, checkpoints. Never depends on the compiler. */
package dev.nnc.runtime;
