package dev.nnc.runtime.train;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A split step ({@link GradientStep}) over two programs that take every leaf by name and hand
 * every result back ({@link CopyingStep.Runner}): the JVM backend, the float64 reference, and two
 * programs on different devices. The state is one set of float32 arrays both programs read as
 * their leaves; the gradients are the gradient program's result arrays, which the apply program
 * reads as its leaves ({@link SplitLayout#leaf}) and a hook may change in place. After a finite
 * loss every next value is copied into its state's array.
 */
public final class SplitCopyingStep implements GradientStep {
  private final CopyingStep.Runner gradientProgram, applyProgram;
  private final SplitLayout layout;
  private final Map<String, float[]> state = new LinkedHashMap<>();
  private final Map<String, float[]> leaves = new HashMap<>();
  private final float[] counter = new float[1];
  private final String[] leafNames;
  private final Map<String, float[]> gradients = new LinkedHashMap<>();
  private final Gradients view = new View();
  private Hook hook;

  /** @param initial the state by name, copied */
  public SplitCopyingStep(CopyingStep.Runner gradientProgram, CopyingStep.Runner applyProgram, Map<String, float[]> initial,
      SplitLayout layout) {
    this.gradientProgram = gradientProgram;
    this.applyProgram = applyProgram;
    this.layout = layout;
    initial.forEach((name, v) -> state.put(name, v.clone()));
    for (List<String> names : List.of(layout.stateNext(), layout.applyNext())) {
      for (String n : names) if (!state.containsKey(n)) throw new IllegalArgumentException("no initial value for the state `" + n + "`");
    }
    leafNames = layout.gradients().stream().map(SplitLayout::leaf).toArray(String[]::new);
  }

  @Override public List<String> stateNames() { return List.copyOf(state.keySet()); }

  @Override public List<String> gradientNames() { return layout.gradients(); }

  @Override public void between(Hook hook) { this.hook = hook; }

  @Override public double step(Map<String, float[]> batch, Map<String, Long> sizes, long step) {
    leaves.clear();
    leaves.putAll(state);
    leaves.putAll(batch);
    counter[0] = step;
    leaves.put(CopyingStep.STEP, counter);
    List<float[]> first = gradientProgram.run(leaves, sizes);
    double loss = first.get(0)[0];
    List<String> names = layout.gradients();
    for (int i = 0; i < names.size(); i++) gradients.put(names.get(i), first.get(1 + i));
    if (hook != null) hook.between(view, loss, step);
    if (!Double.isFinite(loss)) return loss;
    for (int i = 0; i < names.size(); i++) leaves.put(leafNames[i], gradients.get(names.get(i)));
    List<float[]> second = applyProgram.run(leaves, sizes);
    // The gradient program's results stay as they were while the apply program ran (another program's buffers).
    int g = 1 + names.size();
    for (int i = 0; i < layout.stateNext().size(); i++) copy(first.get(g + i), layout.stateNext().get(i));
    for (int i = 0; i < layout.applyNext().size(); i++) copy(second.get(i), layout.applyNext().get(i));
    return loss;
  }

  private void copy(float[] next, String name) {
    float[] into = state.get(name);
    if (into != next) System.arraycopy(next, 0, into, 0, into.length);
  }

  @Override public void read(Map<String, float[]> into) {
    HostState.read(state, into);
  }

  @Override public void write(Map<String, float[]> from) {
    HostState.write(state, from);
  }

  /** The gradient program's result arrays, by parameter. */
  private final class View implements Gradients {
    @Override public List<String> names() { return layout.gradients(); }

    @Override public int length(String name) { return get(name).length; }

    @Override public float[] array(String name) { return get(name); }

    @Override public long buffer(String name) { return 0; }

    @Override public void read(String name, float[] into) {
      float[] g = get(name);
      System.arraycopy(g, 0, into, 0, g.length);
    }

    @Override public void write(String name, float[] from) {
      float[] g = get(name);
      System.arraycopy(from, 0, g, 0, g.length);
    }

    private float[] get(String name) {
      float[] g = gradients.get(name);
      if (g == null) throw new IllegalArgumentException("no gradient of `" + name + "`; the gradients are " + layout.gradients());
      return g;
    }
  }
}
