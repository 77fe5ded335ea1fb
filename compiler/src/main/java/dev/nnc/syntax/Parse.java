package dev.nnc.syntax;

import dev.nnc.diag.Code;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Diagnostics;
import dev.nnc.diag.Source;
import dev.nnc.diag.Span;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The front door of the syntax stage: bytes to {@link Source}, and source text to {@link Ast}. */
public final class Parse {
  private Parse() {}

  /**
   * Decodes a file's bytes as UTF-8. On a malformed byte, reports syntax.encoding at the place
   * it occurs and returns null.
   */
  public static Source decode(String name, byte[] bytes, boolean stdlib, Diagnostics diagnostics) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Source(name, decoder.decode(ByteBuffer.wrap(bytes)).toString(), stdlib);
    } catch (CharacterCodingException e) {
      int bad = firstMalformed(bytes);
      String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      Source shown = new Source(name, prefix + "\n", stdlib);
      String hex = String.format("%02x", bytes[bad] & 0xff);
      diagnostics.report(Diagnostic.of(Code.SYNTAX_ENCODING, new Span(shown, prefix.length(), prefix.length()), hex)
          .hint("save the file as UTF-8"));
      return null;
    }
  }

  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int lo = 0, hi = bytes.length; // largest prefix that decodes
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
        lo = mid;
      } catch (CharacterCodingException e) {
        hi = mid - 1;
      }
    }
    // A valid prefix may end inside a multi-byte character; step back to its first byte.
    while (lo > 0 && (bytes[lo] & 0xc0) == 0x80 && lo > 0 && (bytes[lo - 1] & 0x80) != 0) lo--;
    return Math.min(lo, bytes.length - 1);
  }

  /** Parses a file. Reports the first syntax error and returns null if there is one. */
  public static Ast.File file(Source source, Diagnostics diagnostics) {
    NnLexer lexer = new NnLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    AstBuilder builder = new AstBuilder(source, diagnostics);
    Diagnostic lexical = lexicalError(tokens.getTokens(), builder);
    if (lexical != null) {
      diagnostics.report(lexical);
      return null;
    }
    Diagnostic deep = tooDeep(tokens.getTokens(), builder);
    if (deep != null) {
      diagnostics.report(deep);
      return null;
    }
    try {
      return parse(tokens, builder, diagnostics);
    } catch (AstBuilder.TooDeep e) {
      Span at = new Span(e.at.source(), e.at.start(), e.at.start() + 1);
      diagnostics.report(Diagnostic.of(Code.SYNTAX_DEPTH, at, AstBuilder.MAX_EXPR_DEPTH + " levels")
          .label("an expression " + AstBuilder.MAX_EXPR_DEPTH + " levels deep")
          .hint("split the expression into named parts"));
      return null;
    } catch (StackOverflowError e) {
      // A nesting the bracket count does not see (a long chain of prefix operators, of `**`, of
      // `if ... else if`): still a located diagnostic, never a stack trace.
      Token at = tokens.getTokens().get(0);
      diagnostics.report(Diagnostic.of(Code.SYNTAX_DEPTH, builder.span(at), "the parser can follow")
          .hint("split the expression into named parts"));
      return null;
    }
  }

  /** How deep brackets may nest; the parser and the checker recurse once (or a few times) per level. */
  public static final int MAX_DEPTH = 256;

  /** The first bracket that opens a nesting deeper than {@link #MAX_DEPTH}, as syntax.depth. */
  private static Diagnostic tooDeep(List<? extends Token> tokens, AstBuilder b) {
    int depth = 0;
    for (Token t : tokens) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
      int type = t.getType();
      if (type == NnLexer.LBRACE || type == NnLexer.LPAREN || type == NnParser.LINE_LPAREN
          || type == NnLexer.LBRACK || type == NnParser.LINE_LBRACK) {
        if (++depth > MAX_DEPTH) {
          return Diagnostic.of(Code.SYNTAX_DEPTH, b.span(t), MAX_DEPTH + " levels")
              .label("bracket " + depth + " levels deep")
              .hint("name the inner parts with `const` or `=` bindings");
        }
      } else if ((type == NnLexer.RBRACE || type == NnLexer.RPAREN || type == NnLexer.RBRACK) && depth > 0) {
        depth--;
      }
    }
    return null;
  }

  private static Ast.File parse(CommonTokenStream tokens, AstBuilder builder, Diagnostics diagnostics) {
    NnParser parser = new NnParser(tokens);
    parser.removeErrorListeners();
    FirstError first = new FirstError(builder, tokens.getTokens());
    parser.addErrorListener(first);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
    NnParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
      // SLL is fast and almost always enough; full LL decides the rest and reports errors.
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
      tree = parser.file();
    }
    if (first.diagnostic != null) {
      diagnostics.report(first.diagnostic);
      return null;
    }
    return builder.file(tree);
  }

  private static Diagnostic lexicalError(List<? extends Token> tokens, AstBuilder b) {
    for (Token t : tokens) {
      switch (t.getType()) {
        case NnLexer.UNKNOWN -> {
          String shown = describeChar(t.getText());
          return Diagnostic.of(Code.SYNTAX_CHAR, b.span(t), shown);
        }
        case NnLexer.UNTERMINATED_STRING -> {
          return Diagnostic.of(Code.SYNTAX_STRING, b.span(t)).hint("close the string with `\"` on the same line");
        }
        case NnLexer.UNTERMINATED_COMMENT -> {
          Span s = b.span(t);
          return Diagnostic.of(Code.SYNTAX_COMMENT, new Span(s.source(), s.start(), s.start() + 2))
              .hint("close the comment with `*/`");
        }
        default -> { }
      }
    }
    return null;
  }

  private static String describeChar(String text) {
    int cp = text.codePointAt(0);
    if (cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp) || !Character.isDefined(cp)) {
      return String.format("U+%04X", cp);
    }
    return "`" + text + "` (U+" + String.format("%04X", cp) + ")";
  }

  /** Keeps the first syntax error ANTLR reports, phrased for people. */
  private static final class FirstError extends BaseErrorListener {
    private final AstBuilder builder;
    private final List<? extends Token> tokens;
    Diagnostic diagnostic;

    FirstError(AstBuilder builder, List<? extends Token> tokens) {
      this.builder = builder;
      this.tokens = tokens;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col,
        String msg, RecognitionException e) {
      if (diagnostic != null) return;
      Token t = (Token) offending;
      Parser parser = (Parser) recognizer;
      IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
      if (t.getType() == Token.EOF) {
        diagnostic = endOfFile(t);
        return;
      }
      Span at = builder.span(t);
      if (msg.startsWith("missing ")) {
        diagnostic = Diagnostic.of(Code.SYNTAX_MISSING, at, describe(expected), "before " + describe(t))
            .label("expected " + describe(expected) + " here");
      } else {
        diagnostic = Diagnostic.of(Code.SYNTAX_UNEXPECTED, at, describe(t), describe(expected));
      }
    }

    private Diagnostic endOfFile(Token eof) {
      Deque<Token> open = new ArrayDeque<>();
      for (Token t : tokens) {
        if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
        int type = t.getType();
        if (type == NnLexer.LBRACE || type == NnLexer.LPAREN || type == NnParser.LINE_LPAREN
            || type == NnLexer.LBRACK || type == NnParser.LINE_LBRACK) {
          open.push(t);
        } else if ((type == NnLexer.RBRACE || type == NnLexer.RPAREN || type == NnLexer.RBRACK) && !open.isEmpty()) {
          open.pop();
        }
      }
      Span end = builder.span(eof);
      Span at = new Span(end.source(), end.source().text().length(), end.source().text().length());
      if (open.isEmpty()) {
        return Diagnostic.of(Code.SYNTAX_EOF, at, "an unfinished definition").hint("complete the definition or remove it");
      }
      Token o = open.peek();
      String close = switch (o.getText().charAt(o.getText().length() - 1)) {
        case '{' -> "}";
        case '(' -> ")";
        default -> "]";
      };
      Span opened = builder.span(o);
      return Diagnostic.of(Code.SYNTAX_EOF, at, "the `" + o.getText().trim() + "` opened at " + opened.line() + ":" + opened.column())
          .note(opened, "opened here")
          .hint("add the missing `" + close + "`");
    }

    private static String describe(Token t) {
      if (t.getType() == Token.EOF) return "end of file";
      return "`" + t.getText() + "`";
    }

    private static String describe(IntervalSet expected) {
      if (expected == null || expected.isNil()) return "something else";
      List<String> names = new ArrayList<>();
      boolean expression = expected.contains(NnLexer.INT) && expected.contains(NnLexer.ID);
      boolean name = expected.contains(NnLexer.ID);
      if (expression) names.add("an expression");
      else if (name) names.add("a name");
      for (int type : expected.toList()) {
        if (expression && isExpressionStart(type)) continue;
        if (name && isSoftKeyword(type)) continue;
        if (type == NnParser.LINE_LPAREN || type == NnParser.LINE_LBRACK || type == Token.EOF) continue;
        names.add(display(type));
      }
      if (names.size() > 6) {
        List<String> shown = new ArrayList<>(names.subList(0, 5));
        shown.add("...");
        names = shown;
      }
      if (names.size() == 1) return names.get(0);
      return "one of " + String.join(", ", names);
    }

    private static boolean isExpressionStart(int type) {
      return switch (type) {
        case NnLexer.INT, NnLexer.FLOAT, NnLexer.STRING, NnLexer.TRUE, NnLexer.FALSE, NnLexer.LPAREN,
            NnLexer.LBRACK, NnLexer.MINUS, NnLexer.PLUS, NnLexer.NOT, NnLexer.IF, NnLexer.SCAN,
            NnLexer.DTYPE, NnLexer.BOOL_KW, NnLexer.INT_KW, NnLexer.FLOAT_KW -> true;
        default -> isSoftKeyword(type);
      };
    }

    private static boolean isSoftKeyword(int type) {
      return type == NnLexer.ID || type == NnLexer.IN || type == NnLexer.TO || type == NnLexer.WHERE || (type >= NnLexer.INPUT && type <= NnLexer.FROM);
    }

    private static String display(int type) {
      String literal = NnLexer.VOCABULARY.getLiteralName(type);
      if (literal != null) return "`" + literal.substring(1, literal.length() - 1) + "`";
      return switch (type) {
        case NnLexer.DTYPE -> "a dtype";
        case NnLexer.INT -> "an integer";
        case NnLexer.FLOAT -> "a number";
        case NnLexer.STRING -> "a string";
        default -> NnLexer.VOCABULARY.getSymbolicName(type).toLowerCase();
      };
    }
  }
}
