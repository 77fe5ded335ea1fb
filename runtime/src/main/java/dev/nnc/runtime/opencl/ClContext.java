package dev.nnc.runtime.opencl;

import static org.lwjgl.opencl.CL10.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * A context and one in-order command queue on one device: buffers, transfers, program
 * builds (through the {@link BinaryCache}) and kernel launches. Launches are enqueued
 * without waiting; a read waits for everything before it.
 */
public final class ClContext implements AutoCloseable {
  private final ClDevice device;
  private final long context, queue;
  private final BinaryCache cache;
  /** A direct buffer for transfers, grown as needed. */
  private FloatBuffer staging = MemoryUtil.memAllocFloat(1024);
  private long buildNanos;
  private int cacheHits, builds;

  /** A program that failed to build: the build log says where. */
  public static final class BuildFailure extends RuntimeException {
    private final String log;

    public BuildFailure(String log) {
      super("the OpenCL program does not build:\n" + log);
      this.log = log;
    }

    public String log() { return log; }
  }

  /** A built program: its handle and whether the binary came from the cache. */
  public record Program(long handle, boolean cached) {}

  private ClContext(ClDevice device, BinaryCache cache) {
    this.device = device;
    this.cache = cache;
    try (MemoryStack stack = stackPush()) {
      IntBuffer err = stack.mallocInt(1);
      PointerBuffer props = stack.mallocPointer(3).put(CL_CONTEXT_PLATFORM).put(device.platform()).put(0).flip();
      context = clCreateContext(props, device.id(), null, 0, err);
      ClException.check(err.get(0), "creating an OpenCL context on " + device.name());
      queue = clCreateCommandQueue(context, device.id(), 0, err);
      ClException.check(err.get(0), "creating an OpenCL command queue on " + device.name());
    }
  }

  public static ClContext open(ClDevice device) {
    return new ClContext(device, BinaryCache.standard());
  }

  public static ClContext open(ClDevice device, BinaryCache cache) {
    return new ClContext(device, cache);
  }

  public ClDevice device() { return device; }

  /** Nanoseconds spent building (or loading) programs in this context so far. */
  public long buildNanos() { return buildNanos; }

  public int cacheHits() { return cacheHits; }

  /** Programs built from source (cache misses). */
  public int builds() { return builds; }

  /** A read-write buffer of {@code bytes} bytes; throws {@link ClException} with the code when the device has no room. */
  public long buffer(long bytes) {
    try (MemoryStack stack = stackPush()) {
      IntBuffer err = stack.mallocInt(1);
      long b = clCreateBuffer(context, CL_MEM_READ_WRITE, Math.max(bytes, 4), err);
      ClException.check(err.get(0), "allocating " + bytes + " bytes on " + device.name());
      return b;
    }
  }

  public void release(long buffer) {
    clReleaseMemObject(buffer);
  }

  /** The bytes written to the device and read from it so far, by this context. */
  private long bytesWritten, bytesRead;

  public synchronized long bytesWritten() { return bytesWritten; }

  public synchronized long bytesRead() { return bytesRead; }

  private synchronized void moved(long written, long read) {
    bytesWritten += written;
    bytesRead += read;
  }

  /** Writes the first n floats of data to the buffer (waits until done: data may change after). */
  public void write(long buffer, float[] data, int n) {
    moved(4L * n, 0);
    FloatBuffer s = staging(n);
    s.put(data, 0, n).flip();
    ClException.check(clEnqueueWriteBuffer(queue, buffer, true, 0, s, null, null), "writing a buffer");
  }

  /** Writes n ints (a table of sizes) to the buffer. */
  public void write(long buffer, int[] data) {
    moved(4L * data.length, 0);
    ClException.check(clEnqueueWriteBuffer(queue, buffer, true, 0, data, null, null), "writing a buffer");
  }

  /** Reads the first n floats of a buffer, after every launch enqueued before. */
  public void read(long buffer, float[] into, int n) {
    moved(0, 4L * n);
    FloatBuffer s = staging(n);
    s.limit(n);
    ClException.check(clEnqueueReadBuffer(queue, buffer, true, 0, s, null, null), "reading a buffer");
    s.get(into, 0, n);
  }

  /** Copies bytes between buffers on the device (enqueued). */
  public void copy(long from, long fromOffset, long to, long toOffset, long bytes) {
    if (bytes == 0) return;
    ClException.check(clEnqueueCopyBuffer(queue, from, to, fromOffset, toOffset, bytes, null, null), "copying a buffer");
  }

  private FloatBuffer staging(int n) {
    if (staging.capacity() < n) {
      MemoryUtil.memFree(staging);
      staging = MemoryUtil.memAllocFloat(Math.max(n, staging.capacity() * 2));
    }
    staging.clear();
    return staging;
  }

  /** Builds a program for this device, from the binary cache when it has it; throws {@link BuildFailure} with the log. */
  public Program build(String source, String options) {
    long t0 = System.nanoTime();
    try {
      String key = BinaryCache.key(source, options, device);
      byte[] binary = cache.load(key);
      if (binary != null) {
        long p = fromBinary(binary, options);
        if (p != 0) {
          cacheHits++;
          return new Program(p, true);
        }
      }
      long p;
      try (MemoryStack stack = stackPush()) {
        IntBuffer err = stack.mallocInt(1);
        p = clCreateProgramWithSource(context, source, err);
        ClException.check(err.get(0), "creating an OpenCL program");
      }
      int rc = clBuildProgram(p, device.id(), options, null, 0);
      if (rc != 0) {
        String log = buildLog(p);
        clReleaseProgram(p);
        throw new BuildFailure(log.isBlank() ? ClException.name(rc) : log);
      }
      builds++;
      cache.store(key, binaryOf(p));
      return new Program(p, false);
    } finally {
      buildNanos += System.nanoTime() - t0;
    }
  }

  /** A program from a cached binary, or 0 when the driver refuses it (then it is built from source). */
  private long fromBinary(byte[] binary, String options) {
    ByteBuffer b = MemoryUtil.memAlloc(binary.length);
    try (MemoryStack stack = stackPush()) {
      b.put(binary).flip();
      IntBuffer status = stack.mallocInt(1), err = stack.mallocInt(1);
      PointerBuffer devices = stack.mallocPointer(1).put(device.id()).flip();
      long p = clCreateProgramWithBinary(context, devices, b, status, err);
      if (err.get(0) != 0 || status.get(0) != 0) {
        if (p != 0) clReleaseProgram(p);
        return 0;
      }
      if (clBuildProgram(p, device.id(), options, null, 0) != 0) {
        clReleaseProgram(p);
        return 0;
      }
      return p;
    } finally {
      MemoryUtil.memFree(b);
    }
  }

  private byte[] binaryOf(long program) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer sizes = stack.mallocPointer(1);
      ClException.check(clGetProgramInfo(program, CL_PROGRAM_BINARY_SIZES, sizes, null), "reading a program's binary size");
      int n = (int) sizes.get(0);
      ByteBuffer b = MemoryUtil.memAlloc(Math.max(n, 1));
      try {
        PointerBuffer at = stack.mallocPointer(1).put(MemoryUtil.memAddress(b)).flip();
        ClException.check(clGetProgramInfo(program, CL_PROGRAM_BINARIES, at, null), "reading a program's binary");
        byte[] out = new byte[n];
        b.get(out, 0, n);
        return out;
      } finally {
        MemoryUtil.memFree(b);
      }
    }
  }

  private String buildLog(long program) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer size = stack.mallocPointer(1);
      clGetProgramBuildInfo(program, device.id(), CL_PROGRAM_BUILD_LOG, (ByteBuffer) null, size);
      ByteBuffer b = MemoryUtil.memAlloc((int) Math.max(1, size.get(0)));
      try {
        clGetProgramBuildInfo(program, device.id(), CL_PROGRAM_BUILD_LOG, b, null);
        byte[] bytes = new byte[(int) Math.max(0, size.get(0) - 1)];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
      } finally {
        MemoryUtil.memFree(b);
      }
    }
  }

  /** A kernel of a built program, by its function name. */
  public long kernel(Program program, String name) {
    try (MemoryStack stack = stackPush()) {
      IntBuffer err = stack.mallocInt(1);
      long k = clCreateKernel(program.handle(), name, err);
      ClException.check(err.get(0), "creating the kernel " + name);
      return k;
    }
  }

  public void arg(long kernel, int index, long buffer) {
    ClException.check(clSetKernelArg1p(kernel, index, buffer), "setting argument " + index + " of a kernel");
  }

  public void argInt(long kernel, int index, int value) {
    ClException.check(clSetKernelArg1i(kernel, index, value), "setting argument " + index + " of a kernel");
  }

  /** Enqueues a kernel over {@code global} items (1 to 3 axes) in work-groups of {@code local} (null: the driver's choice). */
  public void launch(long kernel, long[] global, long[] local, String name) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer g = stack.mallocPointer(global.length);
      for (long x : global) g.put(x);
      g.flip();
      PointerBuffer l = null;
      if (local != null) {
        l = stack.mallocPointer(local.length);
        for (long x : local) l.put(x);
        l.flip();
      }
      ClException.check(clEnqueueNDRangeKernel(queue, kernel, global.length, null, g, l, null, null), "launching " + name);
    }
  }

  /**
   * Enqueues a kernel over a grid of {@code dims} axes (1 to 3; the sizes of the unused axes are
   * ignored) in work-groups of the given sizes, without allocating: what a step's launches use.
   */
  public void launch(long kernel, int dims, long g0, long g1, long g2, long l0, long l1, long l2, String name) {
    try (MemoryStack stack = stackPush()) {
      PointerBuffer g = stack.mallocPointer(dims), l = stack.mallocPointer(dims);
      g.put(0, g0);
      l.put(0, l0);
      if (dims > 1) {
        g.put(1, g1);
        l.put(1, l1);
      }
      if (dims > 2) {
        g.put(2, g2);
        l.put(2, l2);
      }
      ClException.check(clEnqueueNDRangeKernel(queue, kernel, dims, null, g, l, null, null), "launching " + name);
    }
  }

  public void finish() {
    ClException.check(clFinish(queue), "waiting for the OpenCL queue");
  }

  @Override public void close() {
    clReleaseCommandQueue(queue);
    clReleaseContext(context);
    MemoryUtil.memFree(staging);
  }
}
