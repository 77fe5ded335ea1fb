package dev.nnc.api;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nnc.runtime.Tensor;
import dev.nnc.runtime.data.DataSet;
import dev.nnc.runtime.model.Classes;
import dev.nnc.runtime.model.Epoch;
import dev.nnc.runtime.model.FitOptions;
import dev.nnc.runtime.model.ModelException;
import dev.nnc.runtime.model.Progress;
import dev.nnc.runtime.model.Scores;
import dev.nnc.runtime.model.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed Java API of one model with JavaPoet: a final class named after the model with
 * records for its inputs, targets and outputs, whose methods call the runtime's {@link Session},
 * opened from the model file packaged beside the class ({@link #modelResource}). The class names
 * runtime classes only, so an application needs the runtime jar alone.
 */
public final class Generator {
  private Generator() {}

  private static final ClassName SESSION = ClassName.get(Session.class);
  private static final ClassName RESULT = ClassName.get(Session.Result.class);
  private static final ClassName DATA_SET = ClassName.get(DataSet.class);
  private static final ClassName TENSOR = ClassName.get(Tensor.class);
  private static final ClassName CLASSES = ClassName.get(Classes.class);
  private static final ClassName RANKED = ClassName.get(Classes.Ranked.class);
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final TypeName OBJECT_MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);
  private static final TypeName SIZE_MAP = ParameterizedTypeName.get(Map.class, String.class, Long.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);

  /** The name of the model file of a class, a resource beside it: {@code FashionMlp.nnm}. */
  public static String modelResource(String className) {
    return className + ".nnm";
  }

  /** The class of a model's typed API, in {@code packageName}. */
  public static JavaFile generate(Signature s, String packageName) {
    ClassName self = ClassName.get(packageName, s.model());
    ClassName input = self.nestedClass("Input"), target = self.nestedClass("Target"), output = self.nestedClass("Output");
    Records records = new Records(s);

    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc(classDoc(s))
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", Generator.class.getName()).build())
        .addField(FieldSpec.builder(String.class, "MODEL_FILE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", modelResource(s.model())).build())
        .addField(SESSION, "session", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(SESSION, "session").addStatement("this.session = session").build());

    type.addMethod(MethodSpec.methodBuilder("open").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addJavadoc("Opens the model on the JVM backend: reads its model file, packaged beside this class, with the\n"
            + "programs compiled at build time and the initial parameters {@code nnc train} starts from.\n\n"
            + "@throws $T when the model file is missing or corrupt\n", ModelException.class)
        .addStatement("return new $T($T.open($T.class, MODEL_FILE))", self, SESSION, self).build());
    type.addMethod(MethodSpec.methodBuilder("open").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addParameter(long.class, "seed")
        .addJavadoc("Opens the model as {@link #open()} does, with the initial parameters drawn from {@code seed} as\n"
            + "{@code nnc train --seed} draws them (the same seed, the same bytes), and {@code seed} ordering the batches.\n\n"
            + "@throws $T when the model file is missing or corrupt, or an initial value cannot be drawn for\n"
            + "    another seed without the compiler\n", ModelException.class)
        .addStatement("return new $T($T.open($T.class, MODEL_FILE, seed))", self, SESSION, self).build());

    if (!s.outputs().isEmpty()) {
      MethodSpec.Builder predict = MethodSpec.methodBuilder("predict").addModifiers(Modifier.PUBLIC).returns(output)
          .addParameter(input, "input")
          .addJavadoc("The outputs for one batch of inputs, in evaluation mode (dropout off, batch norm with its running\n"
              + "statistics).\n\n"
              + "@throws IllegalArgumentException when an input's length does not fit its type\n")
          .addStatement("$T values = new $T<>()", OBJECT_MAP, LinkedHashMap.class);
      for (Signature.Field f : s.inputs()) predict.addStatement("values.put($S, input.$N())", f.name(), records.input(f.name()));
      predict.addStatement("$T result = session.predict(values, $L)", RESULT, records.sizes("input"));
      List<CodeBlock> outs = new ArrayList<>();
      for (Signature.Field f : s.outputs()) outs.add(CodeBlock.of("result.$N($S)", getter(f.dtype()), f.name()));
      predict.addStatement("return new $T($L)", output, CodeBlock.join(outs, ", "));
      type.addMethod(predict.build());
    }

    MethodSpec.Builder dataset = MethodSpec.methodBuilder("dataset").addModifiers(Modifier.PUBLIC).returns(DATA_SET)
        .addParameter(input, "input")
        .addJavadoc(s.targets().isEmpty() ? "A data set of inputs, for {@link #evaluate}.\n"
            : "A data set of inputs and their targets, for {@link #fit} and {@link #evaluate}.\n")
        .addStatement("$T fields = new $T<>()", OBJECT_MAP, LinkedHashMap.class);
    if (!s.targets().isEmpty()) dataset.addParameter(target, "target");
    for (Signature.Field f : s.inputs()) dataset.addStatement("fields.put($S, input.$N())", f.name(), records.input(f.name()));
    for (Signature.Field f : s.targets()) dataset.addStatement("fields.put($S, target.$N())", f.name(), records.target(f.name()));
    type.addMethod(dataset.addStatement("return session.dataset(fields, $L)", records.sizes("input")).build());

    type.addMethod(MethodSpec.methodBuilder("fit").addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Epoch.class)))
        .addParameter(DATA_SET, "data").addParameter(FitOptions.class, "options").addParameter(Progress.class, "progress")
        .addJavadoc("Trains the model with its train block's optimizer; {@code options} override the block's epochs\n"
            + "and batch size. Training goes on from the current parameters and where training stands (those\n"
            + "of {@link #load}, or the initial ones); epochs count from the start of training, so a model\n"
            + "loaded after 2 epochs trains 2 more to reach {@code epochs(4)}.\n\n"
            + "@return what each epoch did\n"
            + "@throws $T when the model has no train block, the options ask for a learning rate\n"
            + "    (or, for a step with dropout, a seed) other than the train block's, which the step was\n"
            + "    compiled with at build time, or the loss stops being a number\n", ModelException.class)
        .addStatement("return session.fit(data, options, progress)").build());
    type.addMethod(MethodSpec.methodBuilder("evaluate").addModifiers(Modifier.PUBLIC).returns(Scores.class)
        .addParameter(DATA_SET, "data")
        .addJavadoc("The mean loss and (with {@code metrics accuracy} in the train block) the accuracy over a data set.\n")
        .addStatement("return session.evaluate(data)").build());
    type.addMethod(MethodSpec.methodBuilder("save").addModifiers(Modifier.PUBLIC).addParameter(Path.class, "file")
        .addJavadoc("Writes the training state as a safetensors checkpoint, as {@code nnc train} does.\n")
        .addStatement("session.save(file)").build());
    type.addMethod(MethodSpec.methodBuilder("load").addModifiers(Modifier.PUBLIC).addParameter(Path.class, "file")
        .addJavadoc("Reads the parameters (and optimizer states) from a checkpoint, such as one {@code nnc train} wrote.\n")
        .addStatement("session.load(file)").build());
    type.addMethod(MethodSpec.methodBuilder("parameter").addModifiers(Modifier.PUBLIC).returns(TENSOR)
        .addParameter(String.class, "name")
        .addJavadoc("A copy of a parameter by its checkpoint name, such as {@code $L}.\n",
            s.parameters().isEmpty() ? "fc.weight" : s.parameters().get(0).name())
        .addStatement("return session.parameter(name)").build());
    type.addMethod(MethodSpec.methodBuilder("parameterNames").addModifiers(Modifier.PUBLIC).returns(STRINGS)
        .addJavadoc("The names of the parameters and running statistics.\n")
        .addStatement("return session.parameterNames()").build());
    type.addMethod(MethodSpec.methodBuilder("session").addModifiers(Modifier.PUBLIC).returns(SESSION)
        .addJavadoc("The untyped session underneath, for what this class does not cover.\n")
        .addStatement("return session").build());
    samples(s, self, type);

    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return session.describe()").build());
    type.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addStatement("session.close()").build());

    type.addType(records.record("Input", "The inputs of one batch", s.inputs(), records.inputNames, s.sizes(), List.of()));
    if (!s.targets().isEmpty()) type.addType(records.record("Target", "The targets of one batch", s.targets(), records.targetNames, List.of(), List.of()));
    if (!s.outputs().isEmpty()) {
      List<MethodSpec> helpers = new ArrayList<>();
      for (Signature.Field f : s.outputs()) if (f.classes() > 0) helpers.addAll(records.classification(f));
      type.addType(records.record("Output", "The outputs of one batch", s.outputs(), records.outputNames, List.of(), helpers));
    }
    return JavaFile.builder(packageName, type.build()).indent("  ").skipJavaLangImports(true).build();
  }

  /** The methods of the class, which a sample program's method must not take. */
  private static final List<String> METHODS = List.of("open", "predict", "dataset", "fit", "evaluate", "save", "load", "parameter",
      "parameterNames", "session", "toString", "close", "equals", "hashCode", "getClass", "wait", "notify", "notifyAll");

  /**
   * A method per sample or generate program that uses the model, named after the program
   * ({@code Greedy} gives {@code greedy(count, seed)}), returning a record of the program's outputs
   * named after it: the program runs with this instance's parameters, as {@code nnc sample} runs
   * it with a checkpoint's.
   */
  private static void samples(Signature s, ClassName self, TypeSpec.Builder type) {
    NameAllocator methods = new NameAllocator(), records = new NameAllocator();
    for (String m : METHODS) methods.newName(m, "method " + m);
    for (String r : List.of(s.model(), "Input", "Target", "Output")) records.newName(r, "record " + r);
    for (Signature.Sample p : s.samples()) {
      String method = methods.newName(Character.toLowerCase(p.name().charAt(0)) + p.name().substring(1), "program " + p.name());
      ClassName result = self.nestedClass(records.newName(p.name(), "program " + p.name()));
      NameAllocator fields = new NameAllocator();
      Map<String, String> names = new LinkedHashMap<>();
      for (Signature.Field f : p.outputs()) names.put(f.name(), fields.newName(f.name(), f.name()));
      List<CodeBlock> outs = new ArrayList<>();
      for (Signature.Field f : p.outputs()) outs.add(CodeBlock.of("result.$N($S)", getter(f.dtype()), f.name()));
      type.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(result)
          .addParameter(int.class, "count").addParameter(long.class, "seed")
          .addJavadoc("Runs the $L program {@code $L} of {@code $L} with this model's current parameters: {@code count}\n"
              + "samples (the size {@code B}), its random draws keyed by {@code seed}. The outputs are those of\n"
              + "{@code nnc sample $L --program $L --count COUNT --seed SEED} with a checkpoint of the same\n"
              + "parameters.\n\n"
              + "@throws IllegalArgumentException when {@code count} is below 1 or {@code seed} outside {@code [0, 2^24)}\n",
              p.kind(), p.name(), s.source(), s.source(), p.name())
          .addStatement("$T result = session.sample($S, count, seed)", RESULT, p.name())
          .addStatement("return new $T($L)", result, CodeBlock.join(outs, ", ")).build());
      CodeBlock.Builder doc = CodeBlock.builder().add("The outputs of the $L program {@code $L}, row-major.\n\n", p.kind(), p.name());
      MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
      for (Signature.Field f : p.outputs()) {
        String java = names.get(f.name());
        doc.add("@param $N {@code $L}$L\n", java, f.type(), java.equals(f.name()) ? "" : " (`" + f.name() + "`)");
        ctor.addParameter(ArrayTypeName.of(element(f.dtype())), java);
        ctor.addStatement("$T.requireNonNull($N, $S)", Objects.class, java, java);
      }
      type.addType(TypeSpec.recordBuilder(result).addModifiers(Modifier.PUBLIC).addJavadoc(doc.build())
          .recordConstructor(ctor.build()).build());
    }
  }

  /** The Java names of the record components, from one allocator per record. */
  private static final class Records {
    final Map<String, String> inputNames = new LinkedHashMap<>(), targetNames = new LinkedHashMap<>(),
        outputNames = new LinkedHashMap<>(), classesNames = new LinkedHashMap<>(), topNames = new LinkedHashMap<>();
    private final Map<String, String> sizeNames = new LinkedHashMap<>();

    Records(Signature s) {
      NameAllocator in = new NameAllocator();
      for (Signature.Field f : s.inputs()) inputNames.put(f.name(), in.newName(f.name(), f.name()));
      for (String size : s.sizes()) sizeNames.put(size, in.newName(size, "size " + size));
      NameAllocator target = new NameAllocator();
      for (Signature.Field f : s.targets()) targetNames.put(f.name(), target.newName(f.name(), f.name()));
      NameAllocator out = new NameAllocator();
      for (Signature.Field f : s.outputs()) outputNames.put(f.name(), out.newName(f.name(), f.name()));
      for (Signature.Field f : s.outputs()) {
        if (f.classes() == 0) continue;
        classesNames.put(f.name(), out.newName(outputNames.get(f.name()) + "Classes", "classes of " + f.name()));
        topNames.put(f.name(), out.newName(outputNames.get(f.name()) + "Top", "top of " + f.name()));
      }
    }

    /** The classification helpers of an output of class scores: the class of each row, and the best k with names. */
    List<MethodSpec> classification(Signature.Field f) {
      String java = outputNames.get(f.name());
      MethodSpec classes = MethodSpec.methodBuilder(classesNames.get(f.name())).addModifiers(Modifier.PUBLIC).returns(int[].class)
          .addJavadoc("The class of each row of {@code $L}: the index of its largest score.\n", f.name())
          .addStatement("return $T.argmax($N, $L)", CLASSES, java, f.classes()).build();
      MethodSpec top = MethodSpec.methodBuilder(topNames.get(f.name())).addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(List.class), ParameterizedTypeName.get(ClassName.get(List.class), RANKED)))
          .addParameter(int.class, "k").addParameter(STRINGS, "names")
          .addJavadoc("The {@code k} classes of each row of {@code $L} with the largest scores, best first, each with its\n"
              + "score and its name: {@code names.get(index)}, or with {@code names} null the index as text.\n\n"
              + "@throws IllegalArgumentException when {@code k} is below 1 or {@code names} does not name all $L classes\n",
              f.name(), f.classes())
          .addStatement("return $T.top($N, $L, k, names)", CLASSES, java, f.classes()).build();
      return List.of(classes, top);
    }

    String input(String name) { return inputNames.get(name); }

    String target(String name) { return targetNames.get(name); }

    /** The sizes an Input record gives, as a map expression. */
    CodeBlock sizes(String record) {
      if (sizeNames.isEmpty()) return CodeBlock.of("$T.of()", Map.class);
      List<CodeBlock> entries = new ArrayList<>();
      sizeNames.forEach((size, java) -> entries.add(CodeBlock.of("$S, (long) $N.$N()", size, record, java)));
      return CodeBlock.of("$T.of($L)", Map.class, CodeBlock.join(entries, ", "));
    }

    TypeSpec record(String name, String what, List<Signature.Field> fields, Map<String, String> names, List<String> sizes,
        List<MethodSpec> methods) {
      CodeBlock.Builder doc = CodeBlock.builder().add("$L, row-major.\n\n", what);
      MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
      for (Signature.Field f : fields) {
        String java = names.get(f.name());
        doc.add("@param $N {@code $L}$L\n", java, f.type(), java.equals(f.name()) ? "" : " (`" + f.name() + "`)");
        ctor.addParameter(ArrayTypeName.of(element(f.dtype())), java);
        ctor.addStatement("$T.requireNonNull($N, $S)", Objects.class, java, java);
      }
      for (String size : sizes) {
        String java = sizeNames.get(size);
        doc.add("@param $N the size {@code $L}, which the inputs' lengths do not determine\n", java, size);
        ctor.addParameter(int.class, java);
      }
      return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(doc.build()).recordConstructor(ctor.build())
          .addMethods(methods).build();
    }
  }

  private static CodeBlock classDoc(Signature s) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The model {@code $L} of {@code $L} as a typed API.\n\n", s.model(), s.source())
        .add("<p>Generated by the nnc Maven plugin; do not edit. It runs on the JVM backend with the nnc\n")
        .add("runtime jar alone: the model's programs, compiled at build time, and its initial parameters\n")
        .add("are the resource {@code $L} beside this class.\n\n", modelResource(s.model()))
        .add("<p>Not thread-safe: an instance holds the parameters and training state that {@code predict},\n")
        .add("{@code fit} and {@code load} read and write, so use it from one thread at a time; open one per\n")
        .add("thread to predict in parallel.\n\n")
        .add("<p>Inputs: $L.\n", fields(s.inputs()));
    if (!s.targets().isEmpty()) doc.add("Targets: $L.\n", fields(s.targets()));
    if (!s.outputs().isEmpty()) doc.add("Outputs: $L.\n", fields(s.outputs()));
    doc.add("\n<p>Parameters, by their checkpoint names:\n<ul>\n");
    for (Signature.Field f : s.parameters()) doc.add("  <li>{@code $L: $L}\n", f.name(), f.type());
    doc.add("</ul>\n");
    if (s.training().isEmpty()) {
      doc.add("\n<p>No train block trains it, so {@link #fit} fails.\n");
    } else {
      doc.add("\n<p>Its train block, whose settings {@link #fit} takes unless its options say otherwise:\n<pre>{@code\n");
      for (String item : s.training()) doc.add("$L\n", item.replace("*/", "*\\/"));
      doc.add("}</pre>\n");
    }
    return doc.build();
  }

  private static String fields(List<Signature.Field> fields) {
    if (fields.isEmpty()) return "none";
    List<String> out = new ArrayList<>();
    for (Signature.Field f : fields) out.add("{@code " + f.name() + ": " + f.type() + "}");
    return String.join(", ", out);
  }

  private static TypeName element(String dtype) {
    return switch (dtype) {
      case "i32" -> TypeName.INT;
      case "bool" -> TypeName.BOOLEAN;
      default -> TypeName.FLOAT;
    };
  }

  private static String getter(String dtype) {
    return switch (dtype) {
      case "i32" -> "ints";
      case "bool" -> "booleans";
      default -> "floats";
    };
  }
}
