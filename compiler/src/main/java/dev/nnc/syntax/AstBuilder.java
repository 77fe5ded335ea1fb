package dev.nnc.syntax;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import dev.nnc.syntax.Ast.*;
import dev.nnc.syntax.NnParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds the {@link Ast} from ANTLR's parse tree of a file that parsed without errors. */
final class AstBuilder {
  private final Source source;
  private final Diagnostics diagnostics;
  private final int[] charOffsets; // code point index -> char index, null when they agree

  AstBuilder(Source source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    String text = source.text();
    if (text.codePointCount(0, text.length()) == text.length()) {
      charOffsets = null;
    } else {
      charOffsets = new int[text.codePointCount(0, text.length()) + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) charOffsets[cp++] = i;
      charOffsets[cp] = text.length();
    }
  }

  private int offset(int codePoint) {
    return charOffsets == null ? codePoint : charOffsets[Math.min(codePoint, charOffsets.length - 1)];
  }

  Span span(Token t) {
    return new Span(source, offset(t.getStartIndex()), offset(t.getStopIndex() + 1));
  }

  Span span(ParserRuleContext c) {
    Token stop = c.getStop() == null || c.getStop().getStopIndex() < c.getStart().getStartIndex()
        ? c.getStart() : c.getStop();
    return new Span(source, offset(c.getStart().getStartIndex()), offset(Math.max(stop.getStopIndex() + 1, c.getStart().getStartIndex())));
  }

  Name name(IdentContext c) {
    return new Name(c.getText(), span(c));
  }

  List<Name> names(List<IdentContext> cs) {
    return cs.stream().map(this::name).toList();
  }

  File file(FileContext c) {
    List<Use> uses = new ArrayList<>();
    List<Decl> decls = new ArrayList<>();
    for (var child : c.children) {
      if (child instanceof UseDeclContext u) uses.add(use(u));
      else if (child instanceof DeclContext d) decls.add(decl(d));
    }
    return new File(source, uses, decls);
  }

  Use use(UseDeclContext c) {
    if (c instanceof UseSomeContext s) {
      List<Import> items = s.importItem().stream()
          .map(i -> new Import(name(i.ident(0)), i.ident().size() > 1 ? name(i.ident(1)) : null)).toList();
      return new Use(span(c), names(s.modulePath().ident()), UseKind.SOME, items);
    }
    if (c instanceof UseAllContext a) return new Use(span(c), names(a.modulePath().ident()), UseKind.ALL, List.of());
    UseModuleContext m = (UseModuleContext) c;
    return new Use(span(c), names(m.modulePath().ident()), UseKind.MODULE, List.of());
  }

  Decl decl(DeclContext c) {
    if (c.constDecl() != null) {
      ConstDeclContext k = c.constDecl();
      return new Const(span(k), name(k.ident()), k.type() == null ? null : type(k.type()), expr(k.expr()));
    }
    if (c.fnDecl() != null) return fn(c.fnDecl());
    if (c.layerDecl() != null) {
      LayerDeclContext l = c.layerDecl();
      return new Block(span(l), BlockKind.LAYER, name(l.ident()), params(l.paramList()), members(l.body()));
    }
    if (c.modelDecl() != null) {
      ModelDeclContext m = c.modelDecl();
      return new Block(span(m), BlockKind.MODEL, name(m.ident()), params(m.paramList()), members(m.body()));
    }
    if (c.optimizerDecl() != null) {
      OptimizerDeclContext o = c.optimizerDecl();
      return new Block(span(o), BlockKind.OPTIMIZER, name(o.ident()), params(o.paramList()), members(o.body()));
    }
    if (c.sampleDecl() != null) {
      SampleDeclContext s = c.sampleDecl();
      BlockKind kind = s.SAMPLE() != null ? BlockKind.SAMPLE : BlockKind.GENERATE;
      return new Block(span(s), kind, name(s.ident()), params(s.paramList()), members(s.body()));
    }
    TrainDeclContext t = c.trainDecl();
    List<Arg> args = t.argList() == null ? List.of() : args(t.argList().arg());
    return new Train(span(t), name(t.ident()), args, t.trainItem().stream().map(this::trainItem).toList());
  }

  Fn fn(FnDeclContext c) {
    Name n = c.ident() == null ? null : name(c.ident());
    Type result = c.type() == null ? null : type(c.type());
    if (c.fnBody() instanceof ExprBodyContext e) {
      return new Fn(span(c), n, params(c.paramList()), result, List.of(), expr(e.expr()));
    }
    BlockBodyContext b = (BlockBodyContext) c.fnBody();
    return new Fn(span(c), n, params(c.paramList()), result,
        b.member().stream().map(this::member).toList(), expr(b.expr()));
  }

  List<Param> params(ParamListContext c) {
    if (c == null) return List.of();
    return c.paramDecl().stream().map(p -> new Param(name(p.ident()),
        p.type() == null ? null : type(p.type()), p.expr() == null ? null : expr(p.expr()))).toList();
  }

  List<Member> members(BodyContext c) {
    return c.member().stream().map(this::member).toList();
  }

  Member member(MemberContext c) {
    Span s = span(c);
    if (c instanceof InputMemberContext m) return new Input(s, false, name(m.ident()), type(m.type()));
    if (c instanceof TargetMemberContext m) return new Input(s, true, name(m.ident()), type(m.type()));
    if (c instanceof ParamMemberContext m) {
      return new ParamDef(s, name(m.ident()), type(m.type()), m.expr() == null ? null : expr(m.expr()));
    }
    if (c instanceof StateMemberContext m) {
      return new State(s, name(m.ident()), m.type() == null ? null : type(m.type()), expr(m.expr()));
    }
    if (c instanceof OutputMemberContext m) {
      return new Output(s, name(m.ident()), m.type() == null ? null : type(m.type()),
          m.expr() == null ? null : expr(m.expr()));
    }
    if (c instanceof LossMemberContext m) {
      return new Loss(s, m.ident() == null ? null : name(m.ident()), expr(m.expr()));
    }
    if (c instanceof DimMemberContext m) return new Dims(s, names(m.ident()));
    if (c instanceof WhereMemberContext m) {
      return new Where(s, m.constraint().stream().map(k -> expr(k.expr())).toList());
    }
    if (c instanceof UsesMemberContext m) return new Uses(s, bindings(m.modelBinding()));
    if (c instanceof UpdateMemberContext m) return new Update(s, names(m.ident()), expr(m.expr()));
    if (c instanceof FreezeMemberContext m) return new Freeze(s, names(m.ident()));
    if (c instanceof ForMemberContext m) {
      return new For(s, name(m.ident()), range(m.range()), members(m.body()));
    }
    if (c instanceof FnMemberContext m) return new FnMember(fn(m.fnDecl()));
    BindMemberContext m = (BindMemberContext) c;
    return new Bind(s, pattern(m.pattern()), m.type() == null ? null : type(m.type()), expr(m.expr()));
  }

  List<Binding> bindings(List<ModelBindingContext> cs) {
    return cs.stream().map(b -> new Binding(name(b.ident()), expr(b.expr()))).toList();
  }

  TrainItem trainItem(TrainItemContext c) {
    Span s = span(c);
    if (c instanceof ModelsItemContext m) return new Models(s, bindings(m.modelBinding()));
    if (c instanceof DataItemContext m) {
      List<TypedName> fields = m.typedName().stream()
          .map(t -> new TypedName(name(t.ident()), type(t.type()))).toList();
      return new Data(s, expr(m.expr()), fields);
    }
    if (c instanceof ValidateItemContext m) return new Validate(s, expr(m.expr()));
    if (c instanceof OptimizerItemContext m) return new OptimizerItem(s, expr(m.expr()));
    if (c instanceof ScheduleItemContext m) return new Schedule(s, expr(m.expr()));
    if (c instanceof MetricsItemContext m) return new Metrics(s, names(m.ident()));
    if (c instanceof StepItemContext m) return new Step(s, name(m.ident()), members(m.body()));
    if (c instanceof SettingItemContext m) {
      return new Setting(s, new Name(m.setting.getText(), span(m.setting)), expr(m.expr()));
    }
    if (c instanceof EarlyStopItemContext m) return new EarlyStop(s, name(m.ident(0)), name(m.ident(1)), expr(m.expr()));
    if (c instanceof KeepBestItemContext m) return new KeepBest(s, name(m.ident()));
    if (c instanceof InitItemContext m) return new InitFrom(s, names(m.ident()), expr(m.expr()));
    TrainFreezeItemContext m = (TrainFreezeItemContext) c;
    return new TrainFreeze(s, names(m.ident()));
  }

  Pattern pattern(PatternContext c) {
    if (c instanceof NamePatternContext n) return new PName(name(n.ident()));
    if (c instanceof WildPatternContext w) return new PWild(span(w));
    TuplePatternContext t = (TuplePatternContext) c;
    return new PTuple(span(t), t.pattern().stream().map(this::pattern).toList());
  }

  Type type(TypeContext c) {
    if (c instanceof TensorTypeRefContext t) return tensorType(t.tensorType());
    if (c instanceof IntTypeContext) return new KindType(span(c), Kind.INT);
    if (c instanceof FloatTypeContext) return new KindType(span(c), Kind.FLOAT);
    if (c instanceof StrTypeContext) return new KindType(span(c), Kind.STR);
    TupleTypeContext t = (TupleTypeContext) c;
    return new TupleType(span(t), t.type().stream().map(this::type).toList());
  }

  TensorType tensorType(TensorTypeContext c) {
    String dtype = c.DTYPE() != null ? c.DTYPE().getText() : "bool";
    List<Dim> dims = c.LBRACK() == null ? null : c.dim().stream().map(this::dim).toList();
    return new TensorType(span(c), dtype, dims);
  }

  Dim dim(DimContext c) {
    if (c instanceof RestDimContext r) return new RestDim(span(r), r.ident() == null ? null : name(r.ident()));
    if (c instanceof AnyDimContext a) return new AnyDim(span(a));
    return new ExprDim(expr(((ExprDimContext) c).expr()));
  }

  Range range(RangeContext c) {
    RangeKind kind = c.UNTIL() != null ? RangeKind.UNTIL : c.DOWN() != null ? RangeKind.DOWN_TO : RangeKind.TO;
    return new Range(span(c), expr(c.expr(0)), kind, expr(c.expr(1)));
  }

  List<Arg> args(List<ArgContext> cs) {
    return cs.stream().map(a -> new Arg(a.ident() == null ? null : name(a.ident()), expr(a.expr()))).toList();
  }

  Expr expr(ExprContext c) {
    if (chained(c) && chained(left(c))) return chain(c);
    return expr1(c);
  }

  /** A left-associative operator or a postfix (call, index, member): its left operand comes first. */
  private static boolean chained(ExprContext c) {
    return c instanceof MulExprContext || c instanceof AddExprContext || c instanceof CompareExprContext
        || c instanceof AndExprContext || c instanceof OrExprContext || c instanceof CallExprContext
        || c instanceof IndexExprContext || c instanceof MemberExprContext;
  }

  private static ExprContext left(ExprContext c) {
    if (c instanceof CallExprContext k) return k.expr();
    if (c instanceof IndexExprContext k) return k.expr();
    if (c instanceof MemberExprContext k) return k.expr();
    return c.getChild(ExprContext.class, 0);
  }

  /**
   * A chain such as {@code x + x + ... + x} (a left-deep tree as deep as it is long) built bottom-up
   * in a loop, so its length costs no stack.
   */
  private Expr chain(ExprContext top) {
    java.util.ArrayDeque<ExprContext> spine = new java.util.ArrayDeque<>();
    ExprContext c = top;
    while (chained(c)) {
      spine.push(c);
      c = left(c);
    }
    Expr acc = expr1(c);
    while (!spine.isEmpty()) {
      ExprContext k = spine.pop();
      acc = withLeft(k, acc);
    }
    return acc;
  }

  private Expr withLeft(ExprContext c, Expr l) {
    Span s = span(c);
    if (c instanceof CallExprContext k) return new Call(s, l, args(k.arg()));
    if (c instanceof IndexExprContext k) return new Index(s, l, k.index().stream().map(this::index).toList());
    if (c instanceof MemberExprContext k) return new Member_(s, l, name(k.ident()));
    if (c instanceof AndExprContext k) return new Binary(s, BinOp.AND, l, expr(k.expr(1)));
    if (c instanceof OrExprContext k) return new Binary(s, BinOp.OR, l, expr(k.expr(1)));
    Token op = c instanceof MulExprContext k ? k.op : c instanceof AddExprContext k ? k.op : ((CompareExprContext) c).op;
    return new Binary(s, binOp(op), l, expr(c.getChild(ExprContext.class, 1)));
  }

  /** How deep expressions nest (prefix operators, `**`, `if`, brackets); chains do not count. */
  static final int MAX_EXPR_DEPTH = 1000;

  private int depth;

  /** Thrown when expressions nest deeper than {@link #MAX_EXPR_DEPTH}; Parse reports it. */
  static final class TooDeep extends RuntimeException {
    final Span at;

    TooDeep(Span at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  private Expr expr1(ExprContext c) {
    if (++depth > MAX_EXPR_DEPTH) throw new TooDeep(span(c));
    try {
      return expr2(c);
    } finally {
      depth--;
    }
  }

  private Expr expr2(ExprContext c) {
    Span s = span(c);
    if (c instanceof PrimaryExprContext p) return primary(p.primary());
    if (c instanceof CallExprContext k) return new Call(s, expr(k.expr()), args(k.arg()));
    if (c instanceof IndexExprContext k) {
      return new Index(s, expr(k.expr()), k.index().stream().map(this::index).toList());
    }
    if (c instanceof MemberExprContext k) return new Member_(s, expr(k.expr()), name(k.ident()));
    if (c instanceof PowExprContext k) return new Binary(s, BinOp.POW, expr(k.expr(0)), expr(k.expr(1)));
    if (c instanceof UnaryExprContext k) {
      return new Unary(s, k.op.getType() == NnParser.MINUS ? UnOp.NEG : UnOp.PLUS, expr(k.expr()));
    }
    if (c instanceof MulExprContext k) return binary(s, k.op, k.expr(0), k.expr(1));
    if (c instanceof AddExprContext k) return binary(s, k.op, k.expr(0), k.expr(1));
    if (c instanceof CompareExprContext k) return binary(s, k.op, k.expr(0), k.expr(1));
    if (c instanceof NotExprContext k) return new Unary(s, UnOp.NOT, expr(k.expr()));
    if (c instanceof AndExprContext k) return new Binary(s, BinOp.AND, expr(k.expr(0)), expr(k.expr(1)));
    if (c instanceof OrExprContext k) return new Binary(s, BinOp.OR, expr(k.expr(0)), expr(k.expr(1)));
    if (c instanceof IfExprContext k) return new If(s, expr(k.expr(0)), expr(k.expr(1)), expr(k.expr(2)));
    if (c instanceof ScanExprContext k) {
      List<Carry> carries = k.carry().stream()
          .map(x -> new Carry(name(x.ident()), type(x.type()), expr(x.expr()))).toList();
      List<ExprContext> es = k.expr();
      Expr yield = k.YIELD() == null ? null : expr(es.get(1));
      Expr along = k.ALONG() == null ? null : expr(es.get(2));
      return new Scan(s, name(k.ident()), expr(es.get(0)), k.REVERSE() != null, carries,
          k.member().stream().map(this::member).toList(), yield, along);
    }
    throw new AssertionError(c.getClass());
  }

  Expr binary(Span s, Token op, ExprContext l, ExprContext r) {
    return new Binary(s, binOp(op), expr(l), expr(r));
  }

  private static BinOp binOp(Token op) {
    return switch (op.getType()) {
      case NnParser.STAR -> BinOp.MUL;
      case NnParser.SLASH -> BinOp.DIV;
      case NnParser.PERCENT -> BinOp.MOD;
      case NnParser.AT -> BinOp.MATMUL;
      case NnParser.PLUS -> BinOp.ADD;
      case NnParser.MINUS -> BinOp.SUB;
      case NnParser.LT -> BinOp.LT;
      case NnParser.LE -> BinOp.LE;
      case NnParser.GT -> BinOp.GT;
      case NnParser.GE -> BinOp.GE;
      case NnParser.EQ -> BinOp.EQ;
      case NnParser.NE -> BinOp.NE;
      default -> throw new AssertionError(op.getText());
    };
  }

  IndexItem index(IndexContext c) {
    if (c instanceof EllipsisIndexContext) return new Ellipsis(span(c));
    if (c instanceof NewAxisIndexContext) return new NewAxis(span(c));
    if (c instanceof ExprIndexContext e) return new At(expr(e.expr()));
    SliceIndexContext sl = (SliceIndexContext) c;
    // Sort the up-to-three optional expressions by the colons around them.
    Expr from = null, to = null, step = null;
    int colon = 0;
    for (var child : sl.children) {
      if (child instanceof ExprContext e) {
        if (colon == 0) from = expr(e); else if (colon == 1) to = expr(e); else step = expr(e);
      } else {
        colon++;
      }
    }
    return new Slice(span(c), from, to, step);
  }

  Expr primary(PrimaryContext c) {
    Span s = span(c);
    if (c instanceof IntLitContext) {
      String digits = c.getText().replace("_", "");
      try {
        return new IntLit(s, Long.parseLong(digits));
      } catch (NumberFormatException e) {
        diagnostics.report(Diagnostic.of(Code.SYNTAX_NUMBER, s, c.getText()));
        return new IntLit(s, 0);
      }
    }
    if (c instanceof FloatLitContext) {
      double v = Double.parseDouble(c.getText().replace("_", ""));
      if (Double.isInfinite(v)) diagnostics.report(Diagnostic.of(Code.SYNTAX_NUMBER, s, c.getText()));
      return new FloatLit(s, v);
    }
    if (c instanceof StringLitContext) return new StrLit(s, unquote(c.getText()));
    if (c instanceof BoolLitContext) return new BoolLit(s, c.getText().equals("true"));
    if (c instanceof TypeLitContext t) return new TypeLit(s, tensorType(t.tensorType()));
    if (c instanceof KindRefContext k) return new KindRef(s, k.kind.getType() == NnParser.INT_KW ? Kind.INT : Kind.FLOAT);
    if (c instanceof NameRefContext n) return new Ref(name(n.ident()));
    if (c instanceof ParenExprContext p) return expr(p.expr());
    if (c instanceof TupleExprContext t) return new TupleLit(s, t.expr().stream().map(this::expr).toList());
    if (c instanceof ComprehensionContext k) {
      return new Comprehension(s, expr(k.expr()), name(k.ident()), range(k.range()));
    }
    ListExprContext l = (ListExprContext) c;
    return new ListLit(s, l.expr().stream().map(this::expr).toList());
  }

  static String unquote(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char ch = quoted.charAt(i);
      if (ch == '\\' && i + 1 < quoted.length() - 1) {
        char e = quoted.charAt(++i);
        out.append(switch (e) { case 'n' -> '\n'; case 't' -> '\t'; default -> e; });
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
