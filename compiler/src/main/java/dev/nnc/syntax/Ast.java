package dev.nnc.syntax;

import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import java.util.List;

/** The syntax tree of a .nn file: one record per construct of docs/language.md. */
public final class Ast {
  private Ast() {}

  /** A name as written, with its place. */
  public record Name(String text, Span span) {
    @Override public String toString() { return text; }
  }

  public record File(Source source, List<Use> uses, List<Decl> decls) {}

  // ------------------------------------------------------------ imports

  public enum UseKind { SOME, ALL, MODULE }

  public record Use(Span span, List<Name> path, UseKind kind, List<Import> items) {
    public String module() {
      return String.join(".", path.stream().map(Name::text).toList());
    }
  }

  public record Import(Name name, Name alias) {
    public Name local() { return alias != null ? alias : name; }
  }

  // ------------------------------------------------------------ declarations

  public sealed interface Decl permits Const, Fn, Block, Train {
    Name name();
    Span span();
  }

  public record Const(Span span, Name name, Type type, Expr value) implements Decl {}

  /** A function; {@code name} is null for the call of a layer. {@code body} is an Expr or a Body. */
  public record Fn(Span span, Name name, List<Param> params, Type result, List<Member> members, Expr value)
      implements Decl {}

  public enum BlockKind { LAYER, MODEL, OPTIMIZER, SAMPLE, GENERATE;
    public String word() { return name().toLowerCase(); }
  }

  /** A layer, model, optimizer, sample or generate block: parameters and a body of members. */
  public record Block(Span span, BlockKind kind, Name name, List<Param> params, List<Member> members)
      implements Decl {}

  public record Param(Name name, Type type, Expr dflt) {}

  public record Train(Span span, Name name, List<Arg> args, List<TrainItem> items) implements Decl {}

  // ------------------------------------------------------------ members

  public sealed interface Member permits Input, ParamDef, State, Output, Loss, Dims, Where, Uses,
      Update, Freeze, For, FnMember, Bind {
    Span span();
  }

  /** {@code input x: T} or {@code target y: T}. */
  public record Input(Span span, boolean target, Name name, Type type) implements Member {}
  public record ParamDef(Span span, Name name, Type type, Expr init) implements Member {}
  public record State(Span span, Name name, Type type, Expr init) implements Member {}
  public record Output(Span span, Name name, Type type, Expr value) implements Member {}
  public record Loss(Span span, Name name, Expr value) implements Member {}
  public record Dims(Span span, List<Name> names) implements Member {}
  public record Where(Span span, List<Expr> constraints) implements Member {}
  public record Uses(Span span, List<Binding> bindings) implements Member {}
  public record Update(Span span, List<Name> models, Expr optimizer) implements Member {}
  public record Freeze(Span span, List<Name> models) implements Member {}
  public record For(Span span, Name var, Range range, List<Member> body) implements Member {}
  public record FnMember(Fn fn) implements Member {
    public Span span() { return fn.span(); }
  }
  public record Bind(Span span, Pattern pattern, Type type, Expr value) implements Member {}

  public record Binding(Name name, Expr value) {}

  // ------------------------------------------------------------ train items

  public sealed interface TrainItem permits Models, Data, Validate, OptimizerItem, Schedule, Metrics,
      Step, Setting, EarlyStop, KeepBest, TrainFreeze, InitFrom {
    Span span();
  }

  public record Models(Span span, List<Binding> bindings) implements TrainItem {}
  public record Data(Span span, Expr source, List<TypedName> fields) implements TrainItem {}
  public record Validate(Span span, Expr source) implements TrainItem {}
  public record OptimizerItem(Span span, Expr optimizer) implements TrainItem {}
  public record Schedule(Span span, Expr schedule) implements TrainItem {}
  public record Metrics(Span span, List<Name> names) implements TrainItem {}
  public record Step(Span span, Name name, List<Member> members) implements TrainItem {}
  /** {@code batch}, {@code epochs}, {@code seed}, {@code steps}, {@code accumulate}, {@code clip_norm} or {@code clip_value}. */
  public record Setting(Span span, Name key, Expr value) implements TrainItem {}
  /** {@code early_stop val_loss, patience: 5}: {@code key} is the word before the colon. */
  public record EarlyStop(Span span, Name metric, Name key, Expr patience) implements TrainItem {}
  /** {@code keep_best val_accuracy}. */
  public record KeepBest(Span span, Name metric) implements TrainItem {}
  public record TrainFreeze(Span span, List<Name> models) implements TrainItem {}
  /** {@code init ae.enc from "out/Ae.safetensors"}: a model binding or layer instance's weights from a file. */
  public record InitFrom(Span span, List<Name> target, Expr path) implements TrainItem {}

  public record TypedName(Name name, Type type) {}

  // ------------------------------------------------------------ patterns

  public sealed interface Pattern permits PName, PWild, PTuple {
    Span span();
  }
  public record PName(Name name) implements Pattern {
    public Span span() { return name.span(); }
  }
  public record PWild(Span span) implements Pattern {}
  public record PTuple(Span span, List<Pattern> items) implements Pattern {}

  // ------------------------------------------------------------ types

  public sealed interface Type permits TensorType, KindType, TupleType {
    Span span();
  }

  /** {@code f32[B, 784]}; dims is null when written without brackets ({@code f32}, {@code bool}). */
  public record TensorType(Span span, String dtype, List<Dim> dims) implements Type {}

  public enum Kind { INT, FLOAT, STR }
  public record KindType(Span span, Kind kind) implements Type {}
  public record TupleType(Span span, List<Type> items) implements Type {}

  public sealed interface Dim permits RestDim, AnyDim, ExprDim {
    Span span();
  }
  /** {@code ...} or {@code ...S}: any number of leading axes. */
  public record RestDim(Span span, Name name) implements Dim {}
  public record AnyDim(Span span) implements Dim {}
  public record ExprDim(Expr expr) implements Dim {
    public Span span() { return expr.span(); }
  }

  public enum RangeKind { TO, DOWN_TO, UNTIL }
  public record Range(Span span, Expr from, RangeKind kind, Expr to) {}

  // ------------------------------------------------------------ expressions

  public sealed interface Expr permits Call, Index, Member_, Binary, Unary, If, Scan, IntLit,
      FloatLit, StrLit, BoolLit, TypeLit, KindRef, Ref, TupleLit, ListLit, Comprehension {
    Span span();
  }

  public record Arg(Name name, Expr value) {
    public Span span() { return name == null ? value.span() : name.span().to(value.span()); }
  }

  public record Call(Span span, Expr callee, List<Arg> args) implements Expr {}
  public record Index(Span span, Expr target, List<IndexItem> items) implements Expr {}
  /** {@code target.name}; named Member_ so as not to clash with {@link Member}. */
  public record Member_(Span span, Expr target, Name name) implements Expr {}

  public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), MATMUL("@"), POW("**"),
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), AND("and"), OR("or");
    public final String symbol;
    BinOp(String symbol) { this.symbol = symbol; }
  }
  public record Binary(Span span, BinOp op, Expr left, Expr right) implements Expr {}

  public enum UnOp { NEG, PLUS, NOT }
  public record Unary(Span span, UnOp op, Expr operand) implements Expr {}
  public record If(Span span, Expr cond, Expr then, Expr otherwise) implements Expr {}

  public record Carry(Name name, Type type, Expr init) {}
  public record Scan(Span span, Name var, Expr over, boolean reverse, List<Carry> carries,
      List<Member> members, Expr yield, Expr along) implements Expr {}

  public record IntLit(Span span, long value) implements Expr {}
  public record FloatLit(Span span, double value) implements Expr {}
  public record StrLit(Span span, String value) implements Expr {}
  public record BoolLit(Span span, boolean value) implements Expr {}
  public record TypeLit(Span span, TensorType type) implements Expr {}
  public record KindRef(Span span, Kind kind) implements Expr {}
  public record Ref(Name name) implements Expr {
    public Span span() { return name.span(); }
  }
  public record TupleLit(Span span, List<Expr> items) implements Expr {}
  public record ListLit(Span span, List<Expr> items) implements Expr {}
  public record Comprehension(Span span, Expr item, Name var, Range range) implements Expr {}

  public sealed interface IndexItem permits Ellipsis, Slice, NewAxis, At {
    Span span();
  }
  public record Ellipsis(Span span) implements IndexItem {}
  public record Slice(Span span, Expr from, Expr to, Expr step) implements IndexItem {}
  public record NewAxis(Span span) implements IndexItem {}
  public record At(Expr expr) implements IndexItem {
    public Span span() { return expr.span(); }
  }
}
