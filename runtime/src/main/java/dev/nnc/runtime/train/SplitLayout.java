package dev.nnc.runtime.train;

import java.util.List;

/**
 * The roots of a training step split at its gradients into two programs. The gradient program
 * gives the loss, then the gradient of every parameter in {@code gradients}' order, then the next
 * value of every state in {@code stateNext}' order (the states whose next values do not depend on
 * the gradients: batch norm's running statistics). The apply program gives the next value of
 * every state in {@code applyNext}' order (the parameters and the optimizer's states), reading
 * each gradient as an input leaf named {@link #leaf}.
 */
public record SplitLayout(List<String> gradients, List<String> stateNext, List<String> applyNext) {
  public SplitLayout {
    gradients = List.copyOf(gradients);
    stateNext = List.copyOf(stateNext);
    applyNext = List.copyOf(applyNext);
  }

  /** The apply program's input leaf holding the gradient of {@code parameter}: {@code fc1.weight.grad}, as PyTorch's {@code .grad}. */
  public static String leaf(String parameter) {
    return parameter + ".grad";
  }
}
