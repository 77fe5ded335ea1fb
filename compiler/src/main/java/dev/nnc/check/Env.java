package dev.nnc.check;

import dev.nnc.syntax.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A scope: names to lazily evaluated slots, with a parent scope. */
public final class Env {
  /** One defined name. Its value is computed on first use, so definitions may come in any order. */
  public static final class Slot {
    final Ast.Name def;
    final String what;
    private Supplier<Value> thunk;
    private Value value;
    boolean evaluating;
    boolean used;

    Slot(Ast.Name def, String what, Supplier<Value> thunk) {
      this.def = def;
      this.what = what;
      this.thunk = thunk;
    }

    Slot(Ast.Name def, String what, Value value) {
      this.def = def;
      this.what = what;
      this.value = value;
    }

    boolean done() { return value != null; }
    Value value() { return value; }
    Supplier<Value> thunk() { return thunk; }
    void set(Value v) {
      value = v;
      thunk = null;
    }
  }

  final Env parent;
  final String owner;
  /** Checks to run once every member of this scope is defined (state updates, losses, constraints). */
  final List<Runnable> checks = new ArrayList<>();
  /** Sample programs and train steps bind sizes such as B by writing them in a type. */
  boolean declaresSizes;
  /** The instance path of a layer or model scope, such as {@code enc.fc1}; null to inherit. */
  String path;

  /** The instance path that names parameters defined in this scope ("" at the top). */
  String path() {
    for (Env e = this; e != null; e = e.parent) if (e.path != null) return e.path;
    return "";
  }
  private final Map<String, Slot> slots = new LinkedHashMap<>();

  Env(Env parent, String owner) {
    this.parent = parent;
    this.owner = owner;
  }

  /** The nearest scope that binds new sizes written in types, or null. */
  Env sizeScope() {
    for (Env e = this; e != null; e = e.parent) if (e.declaresSizes) return e;
    return null;
  }

  Slot find(String name) {
    for (Env e = this; e != null; e = e.parent) {
      Slot s = e.slots.get(name);
      if (s != null) return s;
    }
    return null;
  }

  Slot local(String name) { return slots.get(name); }

  /** Defines a name; returns the earlier slot when the name is already defined here. */
  Slot put(String name, Slot slot) {
    Slot old = slots.get(name);
    if (old != null) return old;
    slots.put(name, slot);
    return null;
  }

  /** Replaces a binding: sequential bodies rebind names. */
  void rebind(String name, Slot slot) { slots.put(name, slot); }

  Map<String, Slot> locals() { return slots; }

  List<String> visible() {
    List<String> out = new ArrayList<>();
    for (Env e = this; e != null; e = e.parent) out.addAll(e.slots.keySet());
    return out;
  }
}
