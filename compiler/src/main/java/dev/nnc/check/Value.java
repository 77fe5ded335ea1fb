package dev.nnc.check;

import dev.nnc.diag.Span;
import dev.nnc.ir.Node;
import dev.nnc.shape.Axis;
import dev.nnc.shape.Dim;
import dev.nnc.shape.TensorType;
import dev.nnc.syntax.Ast;
import java.util.List;
import java.util.Map;

/**
 * What the checker knows about a value: a tensor's type, a compile-time number, a layer
 * instance, a function... Checking evaluates a program over these abstract values.
 */
public sealed interface Value {
  /** How a diagnostic names this kind of value: "a layer", "f32[B, 10]". */
  String describe();

  /**
   * A tensor known by its type, and, when the program is being lowered, the IR node that
   * computes it (null while only checking).
   */
  record Tensor(TensorType type, Node node) implements Value {
    public Tensor(TensorType type) { this(type, null); }
    public String describe() { return type.toString(); }
  }

  /**
   * A compile-time integer, possibly symbolic ({@code B}, {@code 4*h}). {@code origin} is
   * where it was written and {@code name} what it is called there; both may be null.
   */
  record Int(Dim value, Span origin, String name) implements Value {
    public static Int of(long v) { return new Int(Dim.of(v), null, null); }
    public String describe() { return "the int " + value; }
    public Axis axis() {
      String why = name == null ? null : value.asSymbol() != null && value.asSymbol().equals(name)
          ? "`" + name + "`" : "`" + name + "` = " + value;
      return new Axis(value, origin, why);
    }
  }

  /** A compile-time float; value is null when not known (a parameter left open). */
  record Real(Double value) implements Value {
    public String describe() { return "a float"; }
  }

  /** A compile-time bool; value is null when not known until run time ({@code training}). */
  record Bool(Boolean value) implements Value {
    public String describe() { return "a bool"; }
  }

  record Str(String value) implements Value {
    public String describe() { return "a string"; }
  }

  record Tuple(List<Value> items) implements Value {
    public String describe() { return "a tuple of " + items.size(); }
  }

  record Lst(List<Value> items) implements Value {
    public String describe() { return "a list"; }
  }

  /** A type written as a value: {@code normal(f32[B, 64])}. */
  record Type(TensorType type) implements Value {
    public String describe() { return "the type " + type; }
  }

  /** The axes matched by a named rest {@code ...S}. */
  record Axes(List<Axis> axes) implements Value {
    public String describe() { return "a list of axes"; }
  }

  /** {@code int} or {@code float} used as a conversion. */
  record Kind(Ast.Kind kind) implements Value {
    public String describe() { return "the kind " + kind.name().toLowerCase(); }
  }

  /** A fn with the environment it was defined in. */
  record Fn(Ast.Fn decl, Env env, String name) implements Value {
    public String describe() { return "the function `" + name + "`"; }
  }

  record Builtin(Builtins.Def def) implements Value {
    public String describe() { return "the builtin `" + def.name() + "`"; }
  }

  /** A layer, model, optimizer or sample declaration, not yet given its arguments. */
  record Block(Ast.Block decl, Env env) implements Value {
    public String describe() { return "the " + decl.kind().word() + " `" + decl.name() + "`"; }
  }

  /** A layer, model or optimizer given its arguments; {@code env} holds its members. */
  record Instance(Ast.Block decl, Env env, Fn call) implements Value {
    public String describe() { return "a " + decl.kind().word() + " `" + decl.name() + "`"; }
  }

  /** A data set: its fields and their per-sample types. */
  record Data(String name, Map<String, TensorType> fields, boolean graph) implements Value {
    public String describe() { return "the data set `" + name + "`"; }
  }

  record ModuleRef(String name, Env env) implements Value {
    public String describe() { return "the module `" + name + "`"; }
  }

  /** A scan's stacked yields and its final carries; used as the yields unless destructured. */
  record Scanned(Value ys, List<Value> carries) implements Value {
    public String describe() { return ys.describe(); }
  }

  /** An argument of a fn checked without types: any use of it is accepted. */
  record Poly() implements Value {
    public String describe() { return "a value of any type"; }
  }

  /** The value of something already reported as an error: uses of it report nothing more. */
  record Failed() implements Value {
    public String describe() { return "an error"; }
  }

  Value POLY = new Poly();
  Value ERROR = new Failed();
}
