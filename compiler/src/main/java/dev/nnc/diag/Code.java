package dev.nnc.diag;

/**
 * Every diagnostic nnc reports, under a stable key. Tests and docs/diagnostics.md refer to
 * the key; the message may be reworded. {0}, {1}, ... in a message are its arguments.
 */
public enum Code {
  // ---- syntax
  SYNTAX_UNEXPECTED("syntax.unexpected", "unexpected {0}; expected {1}"),
  SYNTAX_MISSING("syntax.missing", "missing {0} {1}"),
  SYNTAX_CHAR("syntax.char", "unexpected character {0}"),
  SYNTAX_STRING("syntax.string", "unterminated string"),
  SYNTAX_COMMENT("syntax.comment", "unterminated block comment"),
  SYNTAX_ENCODING("syntax.encoding", "the file is not valid UTF-8 (byte 0x{0})"),
  SYNTAX_NUMBER("syntax.number", "the number {0} is out of range"),
  SYNTAX_EOF("syntax.eof", "the file ends inside {0}"),
  SYNTAX_DEPTH("syntax.depth", "nesting deeper than {0}"),
  SYNTAX_MEMBER("syntax.member", "{0} cannot appear in {1}"),

  // ---- imports
  USE_MODULE("use.module", "no module named `{0}`"),
  USE_NAME("use.name", "module `{0}` has no `{1}`"),
  USE_CYCLE("use.cycle", "modules import each other in a cycle: {0}"),
  USE_CONFLICT("use.conflict", "`{0}` is imported twice, from `{1}` and `{2}`"),
  USE_READ("use.read", "cannot read `{0}`: {1}"),

  // ---- names
  NAME_UNKNOWN("name.unknown", "unknown name `{0}`"),
  NAME_DUPLICATE("name.duplicate", "`{0}` is defined twice"),
  NAME_CYCLE("name.cycle", "`{0}` is defined in terms of itself: {1}"),
  NAME_MEMBER("name.member", "{0} has no member `{1}`"),
  NAME_NOT_CALLABLE("name.not_callable", "{0} cannot be called"),
  NAME_SHADOW("name.shadow", "`{0}` hides the {1} of the same name"),
  NAME_UNUSED("name.unused", "`{0}` is defined but never used"),
  NAME_SIZE("name.size", "size `{0}` is not bound here"),

  // ---- kinds and types
  TYPE_KIND("type.kind", "expected {0}, found {1}"),
  TYPE_DTYPE("type.dtype", "{0} mixes {1} and {2}"),
  TYPE_FLOAT("type.float", "{0} needs a floating-point tensor, found {1}"),
  TYPE_INT("type.int", "{0} needs an integer tensor, found {1}"),
  TYPE_BOOL("type.bool", "{0} needs a bool tensor, found {1}"),
  TYPE_CONST("type.const", "{0} must be known at compile time"),
  TYPE_LITERAL("type.literal", "the tensor literal is ragged: {0}"),
  TYPE_ANNOTATION("type.annotation", "`{0}` is declared {1} but its value is {2}"),
  TYPE_RETURN("type.return", "`{0}` is declared to return {1} but returns {2}"),
  TYPE_TUPLE("type.tuple", "the pattern has {0} names but the value has {1} parts"),
  TYPE_CAST("type.cast", "cannot cast {0} to {1}"),
  TYPE_CONDITION("type.condition", "the condition of `if` must be a compile-time bool, found {0}"),

  // ---- calls
  CALL_ARITY("call.arity", "`{0}` takes {1} but is given {2}"),
  CALL_NAMED("call.named", "`{0}` has no parameter `{1}`"),
  CALL_DUPLICATE("call.duplicate", "parameter `{1}` of `{0}` is given twice"),
  CALL_MISSING("call.missing", "`{0}` needs a value for `{1}`"),
  CALL_ORDER("call.order", "a positional argument follows a named one in the call of `{0}`"),
  CALL_RECURSION("call.recursion", "`{0}` calls itself; recursion has no fixed shape, write a `scan`"),

  // ---- shapes
  SHAPE_ARG("shape.arg", "`{0}` expects {1} but its argument is {2}"),
  SHAPE_BROADCAST("shape.broadcast", "{0}: shapes {1} and {2} do not match"),
  SHAPE_IMPLICIT("shape.implicit", "{0}: {1} and {2} would broadcast to {3}"),
  SHAPE_MATMUL("shape.matmul", "matmul of {0} and {1}: inner sizes {2} and {3} differ"),
  SHAPE_RANK("shape.rank", "{0} needs {1}, found {2}"),
  SHAPE_AXIS("shape.axis", "axis {0} is out of range for {1}"),
  SHAPE_RESHAPE("shape.reshape", "cannot reshape {0} ({1} elements) to {2} ({3} elements)"),
  SHAPE_CONCAT("shape.concat", "{0} along axis {1}: {2} and {3} differ in axis {4}"),
  SHAPE_INDEX("shape.index", "{0} indices for {1}"),
  SHAPE_SLICE("shape.slice", "{0} is out of bounds for an axis of size {1}"),
  SHAPE_CONV("shape.conv", "{0}: the input's channel axis is {1} but the weight expects {2}"),
  SHAPE_SHRINK("shape.shrink", "{0} output size is {1}, below 1 (input {2}, kernel {3})"),
  SHAPE_GROUPS("shape.groups", "{0}: {1} channels are not divisible by {2} groups"),
  SHAPE_MASK("shape.mask", "the mask {0} does not match the leading axes of {1}"),
  SHAPE_CARRY("shape.carry", "the next value of `{0}` is {1} but `{0}` is {2}"),
  SHAPE_INIT("shape.init", "`{0}` is {1} but its initializer is {2}"),
  SHAPE_LOOP("shape.loop", "`{0}` is {1} before the loop and {2} after one iteration"),
  SHAPE_GATHER("shape.gather", "{0}: {1}"),
  SHAPE_SIZE("shape.size", "{0} has {1} elements, more than a tensor may have (2147483647, 2^31 - 1)"),

  // ---- sizes
  DIM_DIV("dim.div", "{0} / {1} {2}"),
  DIM_NONPOSITIVE("dim.nonpositive", "size {0} is {1}; sizes must be at least 1"),
  DIM_CONSTRAINT("dim.constraint", "the constraint {0} does not hold: {1}"),
  DIM_UNBOUND("dim.unbound", "size `{0}` in {1} cannot be inferred from the arguments"),
  DIM_EXPR("dim.expr", "a size must be an integer expression, found {0}"),

  // ---- values
  VALUE_RANGE("value.range", "{0} must be {1}, found {2}"),

  // ---- models, layers, optimizers
  MODEL_LOSS("model.loss", "the loss must be a scalar, found {0}"),
  MODEL_NO_LOSS("model.no_loss", "{0} has no loss to train"),
  MODEL_NO_INPUT("model.no_input", "model `{0}` has no input"),
  MODEL_NOT_CALLABLE("model.call", "layer `{0}` has no call `fn (...)`; name one of its functions"),
  PARAM_INIT("param.init", "param `{0}` has no initializer"),
  STATE_UPDATE("state.update", "state `{0}` has no next value `{0}'`"),
  OPT_UPDATE("opt.update", "optimizer `{0}` does not define `param'`"),

  // ---- scan and loops
  SCAN_CARRY("scan.carry", "carried `{0}` has no next value `{0}'`"),
  SCAN_YIELD("scan.yield", "the scan yields nothing and carries nothing"),
  LOOP_RANGE("loop.range", "the loop range {0} must have compile-time or size bounds"),

  // ---- train blocks
  TRAIN_MODEL("train.model", "`{0}` is not a model"),
  TRAIN_DATA("train.data", "unknown data set `{0}`"),
  TRAIN_FIELDS("train.fields", "data set `{0}` gives {1} values per sample but `{2}` takes {3}"),
  TRAIN_SETTING("train.setting", "`{0}` must be {1}, found {2}"),
  TRAIN_REPEAT("train.repeat", "`{0}` is given twice"),
  TRAIN_NO_DATA("train.no_data", "the train block has no `data`"),
  TRAIN_NO_UPDATE("train.no_update", "step `{0}` updates no model"),
  TRAIN_OUTPUT("train.output", "output `{0}` of step `{1}` must be a float scalar, found {2}"),
  TRAIN_FROZEN("train.frozen", "`{0}` is both updated and frozen in step `{1}`"),
  TRAIN_OPTIMIZER("train.optimizer", "{0} is not an optimizer"),
  TRAIN_METRIC("train.metric", "unknown metric `{0}`"),
  TRAIN_NO_STEP("train.no_step", "a train block with several models needs `step` blocks"),
  TRAIN_INPUT("train.input", "input `{0}` of `{1}` is not given by the data set, which gives {2}"),

  // ---- sample and generate programs
  SAMPLE_OUTPUT("sample.output", "`{0}` has no output"),

  // ---- lowering to IR
  LOWER_MODEL("lower.model", "there is no model {0} to compile"),
  LOWER_FN("lower.fn", "model `{0}` has no fn `{1}` of its inputs to compile"),
  LOWER_UNSUPPORTED("lower.unsupported", "{0} cannot be compiled yet"),
  LOWER_MEMORY("lower.memory", "the initial state of `{0}` needs {1}, and the JVM has {2} free (of {3})");

  /** Whether a diagnostic stops compilation. */
  public enum Severity { ERROR, WARNING }

  private final String key;
  private final String template;

  Code(String key, String template) {
    this.key = key;
    this.template = template;
  }

  public String key() { return key; }

  public Severity severity() {
    return this == NAME_SHADOW || this == NAME_UNUSED ? Severity.WARNING : Severity.ERROR;
  }

  public String format(Object... args) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = template.indexOf('}', i);
      if (c == '{' && close == i + 2 && Character.isDigit(template.charAt(i + 1))) {
        int n = template.charAt(i + 1) - '0';
        out.append(n < args.length ? String.valueOf(args[n]) : "?");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public static Code byKey(String key) {
    for (Code c : values()) if (c.key.equals(key)) return c;
    return null;
  }
}
