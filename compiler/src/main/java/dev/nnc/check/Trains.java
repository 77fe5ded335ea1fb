package dev.nnc.check;

import dev.nnc.check.Value.*;
import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Span;
import dev.nnc.runtime.train.Trainer;
import dev.nnc.shape.Axis;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Train blocks: the model or models, the data, the optimizer, settings and named steps. */
final class Trains {
  static final List<String> METRICS = List.of("accuracy", "loss", "mse", "mae", "top5", "iou");

  /** The metrics {@code early_stop} and {@code keep_best} watch, as the metrics lines name them. */
  static final List<String> WATCHED = Trainer.Metric.labels();

  private final Evaluator ev;
  private final Programs programs;

  Trains(Evaluator ev, Programs programs) {
    this.ev = ev;
    this.programs = programs;
  }

  void check(Ast.Train t, Env top) {
    boolean multi = t.items().stream().anyMatch(i -> i instanceof Ast.Models);
    repeats(t);
    Instance model = multi ? null : model(t, top);
    Data data = null;
    boolean dataGiven = t.items().stream().anyMatch(i -> i instanceof Ast.Data);
    Map<String, Value> fields = null;
    Env scope = new Env(top, t.name().text());
    Map<String, Instance> models = new LinkedHashMap<>();
    for (Ast.TrainItem item : t.items()) {
      if (item instanceof Ast.Models m) {
        for (Ast.Binding b : m.bindings()) {
          Value v = ev.eval(b.value(), scope);
          if (v instanceof Instance inst && inst.decl().kind() != Ast.BlockKind.OPTIMIZER) {
            models.put(b.name().text(), inst);
          } else if (!(v instanceof Failed)) {
            ev.report(Diagnostic.of(Code.TRAIN_MODEL, b.value().span(), b.value().span().text()).label(v.describe()));
          }
        }
      }
    }
    for (Ast.TrainItem item : t.items()) {
      if (item instanceof Ast.Data d) {
        // A second `data` (train.repeat) that is not a data set leaves the first one's fields with their data set.
        Data given = dataSet(d.source(), scope);
        if (given != null) {
          data = given;
          fields = fields(given, d, scope);
        }
      } else if (item instanceof Ast.Validate v) {
        dataSet(v.source(), scope);
      } else if (item instanceof Ast.OptimizerItem o) {
        optimizer(o.optimizer(), scope);
      } else if (item instanceof Ast.Schedule s) {
        schedule(s, scope);
      } else if (item instanceof Ast.Metrics m) {
        for (Ast.Name n : m.names()) {
          if (!METRICS.contains(n.text())) {
            Diagnostic diag = Diagnostic.of(Code.TRAIN_METRIC, n.span(), n.text());
            String close = Suggest.closest(n.text(), METRICS);
            ev.report(close != null ? diag.hint("did you mean `" + close + "`?") : diag.hint("the metrics are " + String.join(", ", METRICS)));
          }
        }
      } else if (item instanceof Ast.Setting s) {
        setting(s, scope);
      } else if (item instanceof Ast.EarlyStop e) {
        watched("early_stop", e.metric(), t);
        if (!e.key().text().equals("patience")) {
          ev.report(Diagnostic.of(Code.TRAIN_SETTING, e.key().span(), "early_stop", "followed by `patience: N`", "`" + e.key().text() + "`")
              .hint("write `early_stop " + e.metric().text() + ", patience: 5`: training stops after 5 epochs without a better "
                  + e.metric().text()));
        } else {
          Value v = ev.eval(e.patience(), scope);
          if (!(v instanceof Failed) && (!(v instanceof Int i) || !i.value().isConstant() || i.value().constant() < 1)) {
            ev.report(Diagnostic.of(Code.TRAIN_SETTING, e.patience().span(), "patience", "a positive integer",
                v instanceof Int i2 ? i2.value() : v.describe()));
          }
        }
      } else if (item instanceof Ast.KeepBest k) {
        watched("keep_best", k.metric(), t);
      } else if (item instanceof Ast.TrainFreeze f) {
        for (Ast.Name n : f.models()) knownModel(n, models);
      } else if (item instanceof Ast.InitFrom i) {
        initFrom(i, scope, multi ? null : model, models);
      } else if (item instanceof Ast.Step s && !multi) {
        ev.report(Diagnostic.of(Code.SYNTAX_MEMBER, s.name().span(), "`step`", "a train block without `models`")
            .hint("steps train several models: name them first, `models g = Generator(), d = Discriminator()`"));
      }
    }
    if (!dataGiven) {
      ev.report(Diagnostic.of(Code.TRAIN_NO_DATA, t.name().span()).hint("add `data fashion_mnist(\"train\")` or another data set"));
    }
    if (!multi) {
      if (model != null && model.decl().members().stream().noneMatch(m -> m instanceof Ast.Input in && !in.target())) {
        ev.report(Diagnostic.of(Code.MODEL_NO_INPUT, t.name().span(), model.decl().name().text())
            .note(model.decl().name().span(), "declared here").hint("declare what it reads: `input x: f32[B, 784]`"));
      }
      if (model != null && fields != null) bindFields(model, data, fields, t);
      if (model != null && model.decl().members().stream().noneMatch(m -> m instanceof Ast.Loss)) {
        ev.report(Diagnostic.of(Code.MODEL_NO_LOSS, t.name().span(), "model `" + model.decl().name().text() + "`")
            .note(model.decl().name().span(), "declared here").hint("add `loss ...` to the model"));
      }
      return;
    }
    List<Ast.Step> steps = new ArrayList<>();
    for (Ast.TrainItem item : t.items()) if (item instanceof Ast.Step s) steps.add(s);
    if (steps.isEmpty()) {
      ev.report(Diagnostic.of(Code.TRAIN_NO_STEP, t.name().span()).hint("add `step name { loss ...  update model with Adam() }`"));
    }
    for (Ast.Step s : steps) step(s, scope, models, fields == null ? Map.of() : fields);
  }

  /**
   * {@code init TARGET from "PATH"}: TARGET is a model binding, or a layer instance reached from
   * one (or, in a train block of one model, from that model); PATH is a string. The file itself is
   * read when training starts, not here: it may be what an earlier run has yet to write.
   */
  private void initFrom(Ast.InitFrom i, Env scope, Instance model, Map<String, Instance> models) {
    List<Ast.Name> names = i.target();
    Value at;
    int next;
    if (model == null) {
      if (!knownModel(names.get(0), models)) return;
      at = models.get(names.get(0).text());
      next = 1;
    } else {
      at = model;
      next = 0;
      if (names.get(0).text().equals(model.decl().name().text()) && model.env().local(names.get(0).text()) == null) {
        ev.report(Diagnostic.of(Code.TYPE_KIND, names.get(0).span(), "a layer instance of `" + model.decl().name().text() + "` to initialise",
            "the trained model itself").hint("start the whole model from a file with `nnc train --init FILE`"));
        return;
      }
    }
    for (int k = next; k < names.size() && at instanceof Instance; k++) {
      Ast.Name n = names.get(k);
      at = ev.member(new Ast.Member_(n.span(), null, n), at);
    }
    Span target = names.get(0).span().to(names.get(names.size() - 1).span());
    if (!(at instanceof Failed) && !(at instanceof Instance)) {
      String want = model != null ? "a layer instance of `" + model.decl().name().text() + "`" : "a model binding or a layer instance";
      ev.report(Diagnostic.of(Code.TYPE_KIND, target, want + " to initialise", at.describe())
          .hint(model != null ? "name a layer of `" + model.decl().name().text() + "`, such as `init enc from \"out/Ae.safetensors\"`;"
              + " the whole model is started from a file with `nnc train --init`"
              : "name a model of the block or one of its layers, such as `init " + models.keySet().iterator().next() + " from \"out/M.safetensors\"`"));
    }
    Value path = ev.eval(i.path(), scope);
    if (!(path instanceof Str) && !(path instanceof Failed)) {
      ev.report(Diagnostic.of(Code.TYPE_KIND, i.path().span(), "a string (the path of a safetensors file)", path.describe())
          .hint("write the path in quotes: `init ... from \"out/M.safetensors\"`"));
    }
  }

  private void repeats(Ast.Train t) {
    Map<String, Span> seen = new HashMap<>();
    for (Ast.TrainItem item : t.items()) {
      String key = item instanceof Ast.Setting s ? s.key().text()
          : item instanceof Ast.Data ? "data" : item instanceof Ast.Validate ? "validate"
          : item instanceof Ast.OptimizerItem ? "optimizer" : item instanceof Ast.Schedule ? "schedule"
          : item instanceof Ast.Metrics ? "metrics" : item instanceof Ast.Models ? "models"
          : item instanceof Ast.EarlyStop ? "early_stop" : item instanceof Ast.KeepBest ? "keep_best" : null;
      if (key == null) continue;
      Span first = seen.putIfAbsent(key, item.span());
      if (first != null) {
        ev.report(Diagnostic.of(Code.TRAIN_REPEAT, item.span(), key).note(first, "first given here"));
      }
    }
  }

  private Instance model(Ast.Train t, Env top) {
    Value v = ev.lookup(t.name(), top);
    if (v instanceof Failed) return null;
    if (!(v instanceof Block b) || b.decl().kind() != Ast.BlockKind.MODEL) {
      ev.report(Diagnostic.of(Code.TRAIN_MODEL, t.name().span(), t.name().text()).label(v.describe())
          .hint("`train M` trains the model `M`; to train several, list them with `models`"));
      return null;
    }
    List<Calls.Arg> args = new ArrayList<>();
    for (Ast.Arg a : t.args()) args.add(new Calls.Arg(a.name() == null ? null : a.name().text(), ev.eval(a.value(), top), a.value().span()));
    Value inst = ev.calls().apply(v, args, t.name().span(), t.name().text());
    return inst instanceof Instance i ? i : null;
  }

  private Data dataSet(Ast.Expr e, Env scope) {
    Value v = ev.eval(e, scope);
    if (v instanceof Data d) return d;
    if (!(v instanceof Failed)) {
      ev.report(Diagnostic.of(Code.TRAIN_DATA, e.span(), e.span().text()).label(v.describe())
          .hint("the data sets are " + String.join(", ", Builtins.DATA_SETS)));
    }
    return null;
  }

  private void optimizer(Ast.Expr e, Env scope) {
    Value v = ev.eval(e, scope);
    boolean ok = v instanceof Failed || (v instanceof Instance i && i.decl().kind() == Ast.BlockKind.OPTIMIZER);
    if (!ok) {
      Diagnostic d = Diagnostic.of(Code.TRAIN_OPTIMIZER, e.span(), v.describe());
      if (v instanceof Block b && b.decl().kind() == Ast.BlockKind.OPTIMIZER) {
        d = Diagnostic.of(Code.TRAIN_OPTIMIZER, e.span(), "`" + e.span().text() + "` without arguments")
            .hint("call it: `" + e.span().text() + "()`");
      }
      ev.report(d);
    }
  }

  /** A schedule is a fn of the step (given implicitly) giving a float multiplier of the learning rate. */
  private void schedule(Ast.Schedule s, Env scope) {
    Value step = new Tensor(TensorType.scalar(dev.nnc.shape.DType.I32));
    Value v = ev.calls().withImplicit(new Calls.Implicit("step", step), s.schedule(), scope);
    if (v instanceof Failed || v instanceof Poly || v instanceof Real) return;
    if (!(v instanceof Tensor t) || t.type().rank() != 0 || !t.type().dtype().isFloat()) {
      ev.report(Diagnostic.of(Code.TRAIN_SETTING, s.schedule().span(), "schedule", "a float multiplier of the step", v.describe())
          .hint("a schedule is a fn whose first parameter is `step`, such as `cosine(total_steps: 1000)`"));
    }
  }

  /** The metric early stopping or the best checkpoint watches: one of {@link #WATCHED}, and a validation metric needs validation data. */
  private void watched(String clause, Ast.Name metric, Ast.Train t) {
    String name = metric.text();
    if (!WATCHED.contains(name)) {
      Diagnostic diag = Diagnostic.of(Code.TRAIN_METRIC, metric.span(), name);
      String close = Suggest.closest(name, WATCHED);
      ev.report(close != null ? diag.hint("did you mean `" + close + "`?")
          : diag.hint("`" + clause + "` watches one of " + String.join(", ", WATCHED)));
    } else if (name.startsWith("val_") && t.items().stream().noneMatch(i -> i instanceof Ast.Validate)) {
      ev.report(Diagnostic.of(Code.TRAIN_SETTING, metric.span(), clause, "`train_loss` in a block without `validate`", "`" + name + "`")
          .hint("add validation data to watch " + name + ": `validate fashion_mnist(\"test\")`"));
    }
  }

  private void setting(Ast.Setting s, Env scope) {
    Value v = ev.eval(s.value(), scope);
    if (v instanceof Failed) return;
    String key = s.key().text();
    if (key.equals("clip_norm") || key.equals("clip_value")) {
      Double x = v instanceof Int i && i.value().isConstant() ? Double.valueOf(i.value().constant()) : v instanceof Real r ? r.value() : null;
      if (x == null || !(x > 0) || x.isInfinite()) {
        ev.report(Diagnostic.of(Code.TRAIN_SETTING, s.value().span(), key, "a positive number",
            v instanceof Int i2 ? i2.value() : v instanceof Real r2 && r2.value() != null ? r2.value() : v.describe()));
      }
      return;
    }
    long min = s.key().text().equals("seed") ? 0 : 1;
    if (!(v instanceof Int i) || !i.value().isConstant() || i.value().constant() < min) {
      ev.report(Diagnostic.of(Code.TRAIN_SETTING, s.value().span(), s.key().text(),
          min == 0 ? "a non-negative integer" : "a positive integer", v instanceof Int i2 ? i2.value() : v.describe()));
    }
  }

  /** The per-batch tensors a data set gives, by field name, with the batch size B in front. */
  private Map<String, Value> fields(Data data, Ast.Data d, Env scope) {
    Map<String, Value> out = new LinkedHashMap<>();
    scope.declaresSizes = true;
    if (!d.fields().isEmpty()) {
      List<String> names = new ArrayList<>(data.fields().keySet());
      for (int i = 0; i < d.fields().size(); i++) {
        Ast.TypedName f = d.fields().get(i);
        if (!(f.type() instanceof Ast.TensorType tt)) continue;
        TensorType t = ev.types().declareType(tt, scope, scope);
        if (t == null) continue;
        if (i >= names.size()) {
          ev.report(Diagnostic.of(Code.TRAIN_FIELDS, f.name().span(), data.name(), names.size() + " fields", "`as`", d.fields().size()));
          break;
        }
        TensorType sample = data.fields().get(names.get(i));
        Dim per = data.graph() ? t.elements() : perSample(t);
        if (per != null && per.isConstant() && !per.equals(sample.elements())) {
          ev.report(Diagnostic.of(Code.TRAIN_FIELDS, f.type().span(), data.name(), sample.elements() + " (" + names.get(i) + ")",
              f.name().text(), per));
        }
        out.put(f.name().text(), new Tensor(t));
      }
      return out;
    }
    Ast.Name b = new Ast.Name("B", d.span());
    Int batch = new Int(Dim.symbol("B"), d.source().span(), "B");
    if (!data.graph()) scope.put("B", new Env.Slot(b, "size", batch));
    for (Map.Entry<String, TensorType> e : data.fields().entrySet()) {
      List<Axis> axes = new ArrayList<>();
      if (!data.graph()) axes.add(batch.axis());
      axes.addAll(e.getValue().axes());
      out.put(e.getKey(), new Tensor(e.getValue().withAxes(axes)));
    }
    return out;
  }

  private static Dim perSample(TensorType t) {
    if (t.rank() == 0 || t.dim(0).isConstant()) return null;
    Dim n = Dim.of(1);
    for (int i = 1; i < t.rank(); i++) n = n.times(t.dim(i));
    return n;
  }

  /** Each input and target of the model must be a field of the data, with as many values per sample. */
  private void bindFields(Instance model, Data data, Map<String, Value> fields, Ast.Train t) {
    for (Ast.Member m : model.decl().members()) {
      if (!(m instanceof Ast.Input in)) continue;
      Value field = fields.get(in.name().text());
      Env.Slot slot = model.env().local(in.name().text());
      Value declared = slot == null ? null : slot.value();
      if (field == null) {
        ev.report(Diagnostic.of(Code.TRAIN_INPUT, in.name().span(), in.name().text(), model.decl().name().text(),
            String.join(", ", fields.keySet())).note(t.name().span(), "trained here")
            .hint("name the fields with `data ... as (" + String.join(", ", fields.keySet()) + ")`"));
        continue;
      }
      if (!(declared instanceof Tensor want) || !(field instanceof Tensor got)) continue;
      Dim wantPer = data.graph() ? want.type().elements() : perSample(want.type());
      Dim gotPer = data.graph() ? got.type().elements() : perSample(got.type());
      boolean dtypeOk = want.type().dtype() == got.type().dtype();
      boolean sizeOk = wantPer == null || gotPer == null || !wantPer.isConstant() || !gotPer.isConstant() || wantPer.equals(gotPer);
      if (!data.graph() && perSample(want.type()) == null) {
        ev.report(Diagnostic.of(Code.TRAIN_FIELDS, in.type().span(), data.name(), gotPer, in.name().text(), want.type())
            .hint("the first axis of a trained input is the batch: write `" + want.type().dtype().word() + "[B, ...]`"));
      } else if (!dtypeOk || !sizeOk) {
        Diagnostic diag = Diagnostic.of(Code.TRAIN_FIELDS, in.type().span(), data.name(),
            gotPer + " " + got.type().dtype().word(), in.name().text(), wantPer + " " + want.type().dtype().word())
            .note(t.name().span(), "trained here");
        if (!dtypeOk && data.name().equals("points") && got.type().dtype() == dev.nnc.shape.DType.I32 && want.type().dtype().isFloat()) {
          diag = diag.hint("inline data of whole numbers is i32; write `" + in.name().text() + "`'s numbers with a point, such as 2.0, for "
              + want.type().dtype().word());
        }
        ev.report(diag);
      }
    }
  }

  private void step(Ast.Step s, Env scope, Map<String, Instance> models, Map<String, Value> fields) {
    // Models and data fields live in an outer scope, so the step's own names may hide them.
    Env given = new Env(scope, s.name().text());
    for (Map.Entry<String, Instance> m : models.entrySet()) {
      given.put(m.getKey(), new Env.Slot(new Ast.Name(m.getKey(), s.name().span()), "model", m.getValue()));
    }
    for (Map.Entry<String, Value> f : fields.entrySet()) {
      given.put(f.getKey(), new Env.Slot(new Ast.Name(f.getKey(), s.name().span()), "data field", f.getValue()));
    }
    Env env = new Env(given, s.name().text());
    env.declaresSizes = true;
    programs.defineMembers(env, s.members(), Programs.Where.STEP);
    List<String> updated = new ArrayList<>();
    List<String> frozen = new ArrayList<>();
    boolean loss = false;
    for (Ast.Member m : s.members()) {
      if (m instanceof Ast.Update u) {
        for (Ast.Name n : u.models()) if (knownModel(n, models)) updated.add(n.text());
        optimizer(u.optimizer(), env);
      } else if (m instanceof Ast.Freeze f) {
        for (Ast.Name n : f.models()) {
          if (!knownModel(n, models)) continue;
          frozen.add(n.text());
          if (updated.contains(n.text())) {
            ev.report(Diagnostic.of(Code.TRAIN_FROZEN, n.span(), n.text(), s.name().text()));
          }
        }
      } else if (m instanceof Ast.Loss) {
        loss = true;
      }
    }
    for (Ast.Member m : s.members()) {
      if (m instanceof Ast.Update u) {
        for (Ast.Name n : u.models()) {
          // Reported once: at the freeze when the update came first, else here.
          if (frozen.contains(n.text()) && firstFreezeBefore(s, n.text(), u)) {
            ev.report(Diagnostic.of(Code.TRAIN_FROZEN, n.span(), n.text(), s.name().text()));
          }
        }
      }
    }
    programs.forceAll(env);
    for (Ast.Member m : s.members()) if (m instanceof Ast.Output o) output(o, s, env);
    if (updated.isEmpty()) {
      ev.report(Diagnostic.of(Code.TRAIN_NO_UPDATE, s.name().span(), s.name().text())
          .hint("add `update " + (models.isEmpty() ? "m" : models.keySet().iterator().next()) + " with Adam()`"));
    }
    if (!loss) {
      ev.report(Diagnostic.of(Code.MODEL_NO_LOSS, s.name().span(), "step `" + s.name().text() + "`").hint("add `loss ...` to the step"));
    }
  }

  /** A step's output is a value the train loop reports per epoch: a float scalar, or a number. */
  private void output(Ast.Output o, Ast.Step s, Env env) {
    Env.Slot slot = env.find(o.name().text());
    if (slot == null) return; // `output name` of an unknown name: reported by the members' checks
    Value v = ev.force(slot, o.name().span());
    boolean scalar = v instanceof Tensor t && t.type().rank() == 0 && t.type().dtype().isFloat();
    if (scalar || v instanceof Real || v instanceof Int || v instanceof Failed || v instanceof Poly) return;
    Span at = o.value() != null ? o.value().span() : o.name().span();
    ev.report(Diagnostic.of(Code.TRAIN_OUTPUT, at, o.name().text(), s.name().text(), v.describe())
        .hint(v instanceof Tensor t && t.type().rank() != 0 ? "reduce it, for example with `mean(...)`; the train loop prints its mean over each epoch"
            : "convert it, for example with `f32(...)`; the train loop prints its mean over each epoch"));
  }

  /** Whether the step freezes the model before this update. */
  private static boolean firstFreezeBefore(Ast.Step s, String model, Ast.Update update) {
    for (Ast.Member m : s.members()) {
      if (m == update) return false;
      if (m instanceof Ast.Freeze f && f.models().stream().anyMatch(n -> n.text().equals(model))) return true;
    }
    return false;
  }

  private boolean knownModel(Ast.Name n, Map<String, Instance> models) {
    if (models.containsKey(n.text())) return true;
    Diagnostic d = Diagnostic.of(Code.NAME_UNKNOWN, n.span(), n.text());
    String close = Suggest.closest(n.text(), models.keySet());
    ev.report(close != null ? d.hint("did you mean `" + close + "`?") : d.hint("the models are " + String.join(", ", models.keySet())));
    return false;
  }

  static Set<String> metricNames() { return Set.copyOf(METRICS); }
}
