package dev.nnc.runtime.train;

import java.util.ArrayList;
import java.util.Map;

/** Reading and writing a training state kept on the host as float32 arrays by name (the copying bindings'). */
final class HostState {
  private HostState() {}

  /** Copies each state {@code into} names into its array; names the state lacks are left alone. */
  static void read(Map<String, float[]> state, Map<String, float[]> into) {
    into.forEach((name, v) -> {
      float[] s = state.get(name);
      if (s != null) System.arraycopy(s, 0, v, 0, v.length);
    });
  }

  /** Replaces each state {@code from} names; a name the state lacks, or a length it does not have, is refused. */
  static void write(Map<String, float[]> state, Map<String, float[]> from) {
    from.forEach((name, v) -> {
      float[] s = state.get(name);
      if (s == null) throw new IllegalArgumentException("no state `" + name + "`; the states are " + new ArrayList<>(state.keySet()));
      if (v.length != s.length) throw new IllegalArgumentException("state `" + name + "` has " + s.length + " values, not " + v.length);
      System.arraycopy(v, 0, s, 0, s.length);
    });
  }
}
