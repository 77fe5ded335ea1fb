package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens data files, plain or gzip (told apart by the gzip magic, not the name), and names read faults. */
final class Inputs {
  private Inputs() {}

  /** An open data file and whether it is gzip-compressed. */
  record Opened(Path file, InputStream in, boolean gzip) implements AutoCloseable {
    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException ignored) {
        // Nothing was written; a failed close of a read-only stream loses nothing.
      }
    }

    /** Exactly {@code n} bytes of {@code what}, or a fault saying how many there were. */
    byte[] read(long n, String what) {
      if (n > Integer.MAX_VALUE - 8) throw new DataException(file, what + " needs " + n + " bytes, more than nnc reads into one array");
      try {
        byte[] b = in.readNBytes((int) n);
        if (b.length < n) throw truncated(what + " needs " + n + " bytes, found " + b.length);
        return b;
      } catch (IOException e) {
        throw fault(e);
      }
    }

    /** Fails when anything follows what was read; for gzip this also checks the trailer's CRC. */
    void expectEnd(String after) {
      try {
        long extra = 0;
        byte[] sink = new byte[8192];
        for (int r; (r = in.read(sink)) > 0; ) extra += r;
        if (extra > 0) throw new DataException(file, extra + " unexpected bytes after " + after);
      } catch (IOException e) {
        throw fault(e);
      }
    }

    DataException truncated(String detail) {
      return new DataException(file, "truncated file: " + detail + (gzip ? " after decompressing" : ""));
    }

    DataException fault(IOException e) {
      if (gzip && e instanceof EOFException) {
        return new DataException(file, "truncated gzip stream: the file ends inside its compressed data", e);
      }
      if (gzip && e instanceof ZipException) {
        return new DataException(file, "corrupt gzip stream: " + e.getMessage(), e);
      }
      if (e instanceof EOFException) return new DataException(file, "truncated file", e);
      return new DataException(file, "cannot read: " + e, e);
    }
  }

  static Opened open(Path file) {
    try {
      if (Files.isDirectory(file)) throw new DataException(file, "is a folder, not a data file");
      InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      raw.mark(2);
      int b0 = raw.read(), b1 = raw.read();
      raw.reset();
      if (b0 == 0x1f && b1 == 0x8b) {
        try {
          return new Opened(file, new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16), true);
        } catch (IOException e) {
          raw.close();
          throw new Opened(file, raw, true).fault(e);
        }
      }
      return new Opened(file, raw, false);
    } catch (NoSuchFileException e) {
      throw new DataException(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new DataException(file, "permission denied");
    } catch (IOException e) {
      throw new DataException(file, "cannot open: " + e, e);
    }
  }

  /** The whole file, decompressed if it is gzip. */
  static byte[] readAll(Path file) {
    try (Opened o = open(file)) {
      try {
        return o.in().readAllBytes();
      } catch (IOException e) {
        throw o.fault(e);
      }
    }
  }
}
