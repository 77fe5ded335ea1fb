package dev.nnc.runtime.train;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bound step over a program that takes every leaf by name and hands every result back (the
 * float64 reference evaluator, and any runner without a binding of its own): the state is kept
 * here as float32 arrays and passed in and copied back at every step.
 */
public final class CopyingStep implements BoundStep {
  /** Runs the step program: the loss first, then each state's next value in {@code next}'s order. */
  @FunctionalInterface
  public interface Runner {
    List<float[]> run(Map<String, float[]> leaves, Map<String, Long> sizes);
  }

  /** The input that counts optimizer steps. */
  public static final String STEP = "step";

  private final Runner runner;
  private final List<String> next;
  private final Map<String, float[]> state = new LinkedHashMap<>();
  private final Map<String, float[]> leaves = new HashMap<>();
  private final float[] counter = new float[1];

  /**
   * @param initial the state by name, copied
   * @param next the names of the states whose next values the program gives after the loss
   */
  public CopyingStep(Runner runner, Map<String, float[]> initial, List<String> next) {
    this.runner = runner;
    this.next = List.copyOf(next);
    initial.forEach((name, v) -> state.put(name, v.clone()));
    for (String n : this.next) {
      if (!state.containsKey(n)) throw new IllegalArgumentException("no initial value for the state `" + n + "`");
    }
  }

  @Override public List<String> stateNames() { return List.copyOf(state.keySet()); }

  @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
    leaves.clear();
    leaves.putAll(state);
    leaves.putAll(batch);
    counter[0] = step;
    leaves.put(STEP, counter);
    List<float[]> result = runner.run(leaves, sizes);
    double loss = result.get(0)[0];
    if (!Double.isFinite(loss)) return loss;
    for (int i = 0; i < next.size(); i++) {
      float[] into = state.get(next.get(i));
      System.arraycopy(result.get(i + 1), 0, into, 0, into.length);
    }
    return loss;
  }

  @Override public void read(Map<String, float[]> into) {
    HostState.read(state, into);
  }

  @Override public void write(Map<String, float[]> from) {
    HostState.write(state, from);
  }
}
