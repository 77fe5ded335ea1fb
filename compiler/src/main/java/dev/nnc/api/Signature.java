package dev.nnc.api;

import dev.nnc.check.Lower;
import dev.nnc.ir.Node;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the typed API of one model is made of: its name, its source files, the types of its
 * inputs, targets, outputs and parameters, the sizes a caller gives because the inputs' lengths do
 * not determine them, and its train block in one line.
 *
 * @param source the model's file, relative to the source root
 * @param sizes symbolic sizes of the inputs that their lengths leave open (for {@code f32[B, T, 28]}
 *     alone, {@code T})
 * @param training the train block's items ({@code batch 128}), or empty without a train block
 * @param samples the sample and generate programs that use the model alone, in declaration order
 */
public record Signature(String model, String source, List<Field> inputs, List<Field> targets, List<Field> outputs,
    List<Field> parameters, List<String> sizes, List<String> training, List<Sample> samples) {
  public Signature {
    samples = List.copyOf(samples);
    inputs = List.copyOf(inputs);
    targets = List.copyOf(targets);
    outputs = List.copyOf(outputs);
    parameters = List.copyOf(parameters);
    sizes = List.copyOf(sizes);
    training = List.copyOf(training);
  }

  /**
   * A named tensor: its element type ({@code f32}) and its whole type ({@code f32[B, 784]}).
   *
   * @param classes for an output of class scores, how many classes (the {@code 10} of
   *     {@code f32[B, 10]} in a model whose train block lists {@code metrics accuracy}, as
   *     {@code nnc eval} reads it); 0 for any other tensor
   */
  public record Field(String name, String dtype, String type, int classes) {}

  /** A sample or generate program that uses the model: its name, its kind ({@code sample} or {@code generate}), its outputs. */
  public record Sample(String name, String kind, List<Field> outputs) {
    public Sample {
      outputs = List.copyOf(outputs);
    }
  }

  /** The signature of a lowered model (in evaluation mode) and its declaration. */
  static Signature of(Lower.Model model, Ast.Block block, Ast.Train train, String source, List<Lowered.SampleProgram> programs) {
    List<String> declaredTargets = Declarations.targets(block);
    List<Field> inputs = new ArrayList<>(), targets = new ArrayList<>(), outputs = new ArrayList<>(), params = new ArrayList<>();
    Map<String, TensorType> inputTypes = new LinkedHashMap<>();
    for (Map.Entry<String, Node> in : model.inputs().entrySet()) {
      if (in.getKey().equals(dev.nnc.runtime.model.Session.STEP)) continue;
      boolean target = declaredTargets.contains(in.getKey());
      (target ? targets : inputs).add(field(in.getKey(), in.getValue()));
      if (!target) inputTypes.put(in.getKey(), in.getValue().type());
    }
    boolean classifier = train != null && train.items().stream().anyMatch(i -> i instanceof Ast.Metrics m
        && m.names().stream().anyMatch(n -> n.text().equals("accuracy")));
    for (Map.Entry<String, Node> o : model.outputs().entrySet()) {
      outputs.add(classifier ? scores(o.getKey(), o.getValue()) : field(o.getKey(), o.getValue()));
    }
    for (Map.Entry<String, Node> p : model.params().entrySet()) params.add(field(p.getKey(), p.getValue()));
    List<String> open = Sizes.open(inputTypes);
    List<String> training = new ArrayList<>();
    if (train != null) {
      for (Ast.TrainItem item : train.items()) training.add(item.span().text().strip().replaceAll("\\s+", " "));
    }
    List<Sample> samples = new ArrayList<>();
    for (Lowered.SampleProgram p : programs) {
      List<Field> fields = new ArrayList<>();
      p.outputs().forEach((name, node) -> fields.add(field(name, node)));
      samples.add(new Sample(p.name(), p.kind(), fields));
    }
    return new Signature(model.name(), source, inputs, targets, outputs, params, open, training, samples);
  }

  private static Field field(String name, Node node) {
    return new Field(name, node.type().dtype().word(), node.type().toString(), 0);
  }

  /** An output of a classifier: class scores when it is a float {@code [B, C]} with C a number from 2. */
  private static Field scores(String name, Node node) {
    TensorType t = node.type();
    boolean rows = t.dtype().isFloat() && t.rank() == 2 && t.dim(1).isConstant() && t.dim(1).constant() >= 2;
    return new Field(name, t.dtype().word(), t.toString(), rows ? Math.toIntExact(t.dim(1).constant()) : 0);
  }
}
