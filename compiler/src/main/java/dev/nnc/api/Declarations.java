package dev.nnc.api;

import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** What the typed API reads from a file's declarations: its models, their train blocks and targets. */
final class Declarations {
  private Declarations() {}

  /** The data sets that are one whole graph (compiler {@code Builtins}), which a step takes whole. */
  static final List<String> GRAPH_DATA = List.of("karate_club", "sbm", "academic");

  /** The file's model declarations in source order. */
  static List<Ast.Block> models(Ast.File file) {
    List<Ast.Block> out = new ArrayList<>();
    for (Ast.Decl d : file.decls()) if (d instanceof Ast.Block b && b.kind() == Ast.BlockKind.MODEL) out.add(b);
    return out;
  }

  /** The model declaration of that name, or null. */
  static Ast.Block model(Ast.File file, String name) {
    for (Ast.Block b : models(file)) if (b.name().text().equals(name)) return b;
    return null;
  }

  /** The single-model train block that trains the model, or null: the block {@code nnc train} would use. */
  static Ast.Train train(Ast.File file, String model) {
    for (Ast.Decl d : file.decls()) {
      if (d instanceof Ast.Train t && t.name().text().equals(model) && t.items().stream().noneMatch(i -> i instanceof Ast.Models)) {
        return t;
      }
    }
    return null;
  }

  /** The names the model declares as {@code target}: the inputs that only its loss reads. */
  static List<String> targets(Ast.Block model) {
    List<String> out = new ArrayList<>();
    for (Ast.Member m : model.members()) if (m instanceof Ast.Input in && in.target()) out.add(in.name().text());
    return out;
  }

  static boolean hasOptimizer(Ast.Train train) {
    return train != null && train.items().stream().anyMatch(i -> i instanceof Ast.OptimizerItem);
  }

  /** Whether the train block lists {@code metrics accuracy}. */
  static boolean wantsAccuracy(Ast.Train train) {
    return train != null && train.items().stream().anyMatch(i -> i instanceof Ast.Metrics m
        && m.names().stream().anyMatch(n -> n.text().equals("accuracy")));
  }

  /** The train block's {@code data} expression as written, or null. */
  static Ast.Expr data(Ast.Train train) {
    if (train == null) return null;
    for (Ast.TrainItem i : train.items()) if (i instanceof Ast.Data d) return d.source();
    return null;
  }

  /** Whether the train block's data is a whole graph. */
  static boolean graphData(Ast.Train train) {
    return data(train) instanceof Ast.Call c && c.callee() instanceof Ast.Ref r && GRAPH_DATA.contains(r.name().text());
  }
}
