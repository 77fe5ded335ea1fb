package dev.nnc.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.check.Checker;
import dev.nnc.check.Lower;
import dev.nnc.check.Modules;
import dev.nnc.diag.Diagnostic;
import dev.nnc.diag.Renderer;
import dev.nnc.ir.Array;
import dev.nnc.ir.Node;
import dev.nnc.ir.Reference;
import dev.nnc.pipeline.Pipeline;
import dev.nnc.shape.DType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The stdlib's gradient-check table: one row per stdlib item that has a gradient (every
 * activation, loss and layer, and the differentiable fns of the other modules). A row is a
 * tiny model that exercises the item; it is checked, lowered in training mode (dropout and
 * batch norm take their training paths) and its loss is gradient-checked in float64 for every
 * trained parameter and every float input, on random sizes (each size symbol of the inputs
 * in 2..4, as {@code nnc gradcheck} draws them) and random values, with several seeds.
 *
 * <p>Domains are written in the model itself: {@code sigmoid(z)} for probabilities,
 * {@code log_softmax(z)} for log-probabilities, {@code sigmoid(a)} for a positive adjacency.
 * i32 inputs get values in range (class indices below their row's bound), bool inputs random
 * values, and the step counter {@code step} is 1. Trained parameters start at their
 * initializer's value plus N(0, 0.5^2) noise, so that constant initializers (a LayerNorm's
 * weight of 1, a zero bias) are not a special point.
 *
 * <p>Optimizers are checked separately: one training step lowered by {@link dev.nnc.pipeline.Pipeline#step} and run
 * by the reference evaluator against a hand-written Java version of the documented update
 * (PyTorch's), on the same gradients.
 */
class StdlibGradCheckTest {

  static final double TOLERANCE = 1e-6;
  static final long[] SEEDS = {1, 2, 3};

  /**
   * A row: the stdlib item it covers, what is special about it, the model's imports and body
   * (wrapped in {@code model M { ... }}), and the bounds of its i32 inputs (a size symbol or a
   * number). {@code known} is null for a row that must pass; for a row that cannot pass today
   * it is the exact failure: the raw diagnostics when the compiler cannot lower the model
   * ({@code lower.unsupported}), or the exception the lowered model's check throws. Such a row
   * fails once it passes, or fails differently, so that the list only shrinks on purpose.
   */
  record Row(String item, String label, String uses, String body, Map<String, String> bounds, String known) {
    String name() { return item + (label.isEmpty() ? "" : " (" + label + ")"); }

    String text() { return uses + "\n\nmodel M {\n" + body.indent(2) + "}\n"; }

    Row bound(String input, String bound) {
      Map<String, String> b = new LinkedHashMap<>(bounds);
      b.put(input, bound);
      return new Row(item, label, uses, body, b, known);
    }

    Row known(String failure) {
      return new Row(item, label, uses, body, bounds, failure);
    }
  }

  static Row row(String item, String label, String uses, String body) {
    return new Row(item, label, uses, body, Map.of(), null);
  }

  /** An elementwise activation fn on f32[B, N], weighted by a random c so each element counts. */
  static Row act(String fn, String label, String call) {
    return row(fn, label, "use std.act.{" + fn + "}", """
        input x: f32[B, N]
        input c: f32[B, N]
        loss sum(%s * c)""".formatted(call));
  }

  static Row act(String fn) {
    return act(fn, "", fn + "(x)");
  }

  /** A parameter-free or parameterized layer applied to x of the given type, weighted by c. */
  static Row layer(String module, String item, String label, String construct, String xType, String outType) {
    return row(item, label, "use std." + module + ".{" + item + "}", """
        input x: %s
        input c: %s
        l = %s
        loss sum(l(x) * c)""".formatted(xType, outType, construct));
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();

    // ---------------------------------------------------------------- std.act
    rows.add(act("relu"));
    rows.add(act("relu6", "both kinks in range", "relu6(4.0 * x)"));
    rows.add(act("leaky_relu"));
    rows.add(act("leaky_relu", "slope 0.2", "leaky_relu(x, slope: 0.2)"));
    rows.add(act("elu"));
    rows.add(act("elu", "alpha 0.7", "elu(x, alpha: 0.7)"));
    rows.add(act("selu"));
    rows.add(act("celu", "alpha 1.5", "celu(x, alpha: 1.5)"));
    rows.add(act("silu"));
    rows.add(act("swish", "beta 1.7", "swish(x, beta: 1.7)"));
    rows.add(act("softplus", "large |x|", "softplus(5.0 * x)"));
    rows.add(act("log_sigmoid", "large |x|", "log_sigmoid(5.0 * x)"));
    rows.add(act("mish"));
    rows.add(act("gelu"));
    rows.add(act("gelu_tanh"));
    rows.add(act("hard_sigmoid", "both kinks in range", "hard_sigmoid(3.0 * x)"));
    rows.add(act("hard_swish", "both kinks in range", "hard_swish(3.0 * x)"));
    rows.add(act("hard_tanh", "both kinks in range", "hard_tanh(2.0 * x)"));
    rows.add(act("heaviside", "zero gradient for x; c gets heaviside(x)", "heaviside(x)"));
    rows.add(act("softmax"));
    rows.add(act("softmax", "axis 0", "softmax(x, axis: 0)"));
    rows.add(act("softmin"));
    rows.add(act("log_softmax"));
    rows.add(act("log_softmax", "axis 0", "log_softmax(x, axis: 0)"));
    rows.add(act("logsumexp", "keep", "logsumexp(x, keep: true)"));
    rows.add(row("logsumexp", "axis removed", "use std.act.{logsumexp}", """
        input x: f32[B, N]
        input c: f32[B]
        loss sum(logsumexp(x) * c)"""));
    rows.add(row("logsumexp", "axis 0, 3-D", "use std.act.{logsumexp}", """
        input x: f32[A, B, N]
        input c: f32[B, N]
        loss sum(logsumexp(x, axis: 0) * c)"""));
    rows.add(layer("act", "ReLU", "", "ReLU()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "LeakyReLU", "negative_slope 0.3", "LeakyReLU(negative_slope: 0.3)", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Tanh", "", "Tanh()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Sigmoid", "", "Sigmoid()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "GELU", "", "GELU()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "SiLU", "", "SiLU()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "ELU", "alpha 0.7", "ELU(alpha: 0.7)", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "SELU", "", "SELU()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Swish", "beta 1.7", "Swish(beta: 1.7)", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Mish", "", "Mish()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Softplus", "", "Softplus()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Step", "zero gradient for x; c gets the step", "Step()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "Softmax", "axis 1 of 3", "Softmax(axis: 1)", "f32[B, N, 3]", "f32[B, N, 3]"));
    rows.add(layer("act", "LogSoftmax", "", "LogSoftmax()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "PReLU", "one shared slope", "PReLU()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("act", "PReLU", "a slope per feature", "PReLU(num_parameters: 3, init: 0.1)", "f32[B, T, 3]", "f32[B, T, 3]"));

    // ---------------------------------------------------------------- std.loss
    rows.add(row("mse", "", "use std.loss.{mse}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss mse(p, t)"));
    rows.add(row("mse", "broadcast target", "use std.loss.{mse}", "input p: f32[B, N]\ninput t: f32[N]\nloss mse(p, t)"));
    rows.add(row("mae", "", "use std.loss.{mae}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss mae(p, t)"));
    rows.add(row("l1", "", "use std.loss.{l1}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss l1(p, t)"));
    rows.add(row("huber", "both branches", "use std.loss.{huber}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss huber(2.0 * p, t)"));
    rows.add(row("huber", "delta 0.5", "use std.loss.{huber}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss huber(p, t, delta: 0.5)"));
    rows.add(row("smooth_l1", "beta 0.5", "use std.loss.{smooth_l1}", "input p: f32[B, N]\ninput t: f32[B, N]\nloss smooth_l1(p, t, beta: 0.5)"));
    rows.add(row("bce", "probabilities sigmoid(z), soft targets sigmoid(y)", "use std.loss.{bce}",
        "input z: f32[B, N]\ninput y: f32[B, N]\nloss bce(sigmoid(z), sigmoid(y))"));
    rows.add(row("bce_logits", "soft targets sigmoid(y)", "use std.loss.{bce_logits}",
        "input z: f32[B, N]\ninput y: f32[B, N]\nloss bce_logits(3.0 * z, sigmoid(y))"));
    rows.add(row("bce_logits", "scalar target 1", "use std.loss.{bce_logits}", "input z: f32[B, N]\nloss bce_logits(z, 1.0)"));
    rows.add(row("cross_entropy", "", "use std.loss.{cross_entropy}",
        "input z: f32[B, C]\ninput y: i32[B]\nloss cross_entropy(z, y)").bound("y", "C"));
    rows.add(row("cross_entropy", "3-D logits", "use std.loss.{cross_entropy}",
        "input z: f32[B, T, C]\ninput y: i32[B, T]\nloss cross_entropy(z, y)").bound("y", "C"));
    rows.add(row("cross_entropy", "label smoothing 0.1", "use std.loss.{cross_entropy}",
        "input z: f32[B, C]\ninput y: i32[B]\nloss cross_entropy(z, y, label_smoothing: 0.1)").bound("y", "C"));
    rows.add(row("cross_entropy_probs", "target softmax(p)", "use std.act.{softmax}\nuse std.loss.{cross_entropy_probs}",
        "input z: f32[B, C]\ninput p: f32[B, C]\nloss cross_entropy_probs(z, softmax(p))"));
    rows.add(row("nll", "log_probs log_softmax(z)", "use std.act.{log_softmax}\nuse std.loss.{nll}",
        "input z: f32[B, C]\ninput y: i32[B]\nloss nll(log_softmax(z), y)").bound("y", "C"));
    rows.add(row("kl_div", "log_q log_softmax(q), p softmax(r)", "use std.act.{log_softmax, softmax}\nuse std.loss.{kl_div}",
        "input q: f32[B, C]\ninput r: f32[B, C]\nloss kl_div(log_softmax(q), softmax(r))"));
    rows.add(row("kl_normal", "", "use std.loss.{kl_normal}", "input mu: f32[B, D]\ninput lv: f32[B, D]\nloss kl_normal(mu, lv)"));
    rows.add(row("hinge", "labels 2 y - 1 in {-1, +1}", "use std.loss.{hinge}",
        "input s: f32[B]\ninput y: i32[B]\nloss hinge(s, 2.0 * f32(y) - 1.0)").bound("y", "2"));
    rows.add(row("hinge", "margin 0.5", "use std.loss.{hinge}",
        "input s: f32[B, N]\ninput y: i32[B, N]\nloss hinge(s, 2.0 * f32(y) - 1.0, margin: 0.5)").bound("y", "2"));
    rows.add(row("l2_penalty", "", "use std.loss.{l2_penalty}", "input w: f32[B, N]\nloss l2_penalty(w, 0.3)"));
    rows.add(row("info_nce", "", "use std.loss.{info_nce}", "input a: f32[N, D]\ninput b: f32[N, D]\nloss info_nce(a, b)"));
    rows.add(row("info_nce", "temperature 0.5", "use std.loss.{info_nce}",
        "input a: f32[N, D]\ninput b: f32[N, D]\nloss info_nce(a, b, temperature: 0.5)"));
    rows.add(row("clip_loss", "temperature 0.5", "use std.loss.{clip_loss}",
        "input a: f32[N, D]\ninput b: f32[N, D]\nloss clip_loss(a, b, temperature: 0.5)"));

    // ---------------------------------------------------------------- std.nn
    rows.add(layer("nn", "Linear", "", "Linear(3, 2)", "f32[B, 3]", "f32[B, 2]"));
    rows.add(layer("nn", "Linear", "leading axes", "Linear(3, 2)", "f32[A, B, 3]", "f32[A, B, 2]"));
    rows.add(layer("nn", "LinearNoBias", "", "LinearNoBias(3, 2)", "f32[B, T, 3]", "f32[B, T, 2]"));
    rows.add(row("Embedding", "", "use std.nn.{Embedding}", """
        input idx: i32[B, T]
        input c: f32[B, T, 3]
        emb = Embedding(5, 3)
        loss sum(emb(idx) * c)""").bound("idx", "5"));
    rows.add(layer("nn", "LayerNorm", "", "LayerNorm(4)", "f32[B, T, 4]", "f32[B, T, 4]"));
    rows.add(layer("nn", "RMSNorm", "", "RMSNorm(4)", "f32[B, 4]", "f32[B, 4]"));
    rows.add(layer("nn", "BatchNorm1d", "training", "BatchNorm1d(3)", "f32[B, 3]", "f32[B, 3]"));
    rows.add(layer("nn", "BatchNorm2d", "training", "BatchNorm2d(2)", "f32[B, 2, H, W]", "f32[B, 2, H, W]"));
    rows.add(row("dropout", "training, p 0.3", "use std.nn.{dropout}", "input x: f32[B, N]\ninput c: f32[B, N]\nloss sum(dropout(x, 0.3) * c)"));
    rows.add(row("dropout", "p 0", "use std.nn.{dropout}", "input x: f32[B, N]\ninput c: f32[B, N]\nloss sum(dropout(x, 0.0) * c)"));
    rows.add(layer("nn", "Dropout", "training", "Dropout()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("nn", "Identity", "", "Identity()", "f32[B, N]", "f32[B, N]"));
    rows.add(layer("nn", "Flatten", "", "Flatten()", "f32[B, 2, H, W]", "f32[B, 2 * H * W]"));
    rows.add(layer("nn", "Flatten", "axes 1 to 2 of 4", "Flatten(start_dim: 1, end_dim: 2)", "f32[B, 2, 3, W]", "f32[B, 6, W]"));

    // ---------------------------------------------------------------- std.conv
    // Stride-1 windows keep the spatial sizes symbolic; a strided window on a symbolic size gives
    // an opaque floor((H - k)/s) size, which KNOWN lists: those rows use a constant 5x6 image.
    String img = "f32[B, 2, H, W]", fixed = "f32[B, 2, 5, 6]";
    rows.add(layer("conv", "Conv2d", "3x3 padding 1", "Conv2d(2, 3, 3, padding: 1)", img, "f32[B, 3, H, W]"));
    rows.add(row("Conv2d", "dilation 2", "use std.conv.{Conv2d}", """
        input x: f32[B, 2, H, W]
        l = Conv2d(2, 2, 2, padding: 1, dilation: 2)
        loss sum(tanh(l(x)))"""));
    rows.add(layer("conv", "Conv2dNoBias", "", "Conv2dNoBias(2, 3, 3, padding: 1)", img, "f32[B, 3, H, W]"));
    rows.add(row("ConvTranspose2d", "groups 2, dilation 2", "use std.conv.{ConvTranspose2d}", """
        input x: f32[B, 2, H, W]
        l = ConvTranspose2d(2, 4, 2, groups: 2, dilation: 2)
        loss sum(tanh(l(x)))"""));
    rows.add(row("MaxPool2d", "3x3 stride 1 padding 1", "use std.conv.{MaxPool2d}",
        "input x: f32[B, 2, H, W]\nl = MaxPool2d(3, stride: 1, padding: 1)\nloss sum(tanh(l(x)))"));
    rows.add(row("AvgPool2d", "3x3 stride 1 padding 1", "use std.conv.{AvgPool2d}",
        "input x: f32[B, 2, H, W]\nl = AvgPool2d(3, stride: 1, padding: 1)\nloss sum(tanh(l(x)))"));
    rows.add(row("global_avg_pool", "", "use std.conv.{global_avg_pool}",
        "input x: f32[B, 2, H, W]\ninput c: f32[B, 2]\nloss sum(global_avg_pool(x) * c)"));
    rows.add(row("global_max_pool", "", "use std.conv.{global_max_pool}",
        "input x: f32[B, 2, H, W]\ninput c: f32[B, 2]\nloss sum(global_max_pool(x) * c)"));
    rows.add(row("Upsample", "", "use std.conv.{Upsample}", "input x: f32[B, 2, H, W]\nl = Upsample(2)\nloss sum(tanh(l(x)))"));
    rows.add(row("ConvBNReLU", "training", "use std.conv.{ConvBNReLU}",
        "input x: f32[B, 2, H, W]\nl = ConvBNReLU(2, 3, 3, padding: 1)\nloss sum(tanh(l(x)))"));
    rows.add(row("BasicBlock", "identity shortcut, training", "use std.conv.{BasicBlock}",
        "input x: f32[B, 2, H, W]\nl = BasicBlock(2, 2)\nloss sum(tanh(l(x)))"));
    rows.add(row("Inception", "", "use std.conv.{Inception}",
        "input x: f32[B, 2, H, W]\nl = Inception(2, 1, 1, 2, 1, 1, 1)\nloss sum(tanh(l(x)))"));
    rows.add(row("DoubleConv", "training", "use std.conv.{DoubleConv}",
        "input x: f32[B, 2, H, W]\nl = DoubleConv(2, 2)\nloss sum(tanh(l(x)))"));
    rows.add(row("UNetUp", "training", "use std.conv.{UNetUp}", """
        input x: f32[B, 3, H, W]
        input skip: f32[B, 2, 2 * H, 2 * W]
        l = UNetUp(3, 2)
        loss sum(tanh(l(x, skip)))"""));
    rows.add(row("ResidualConvUnit", "", "use std.conv.{ResidualConvUnit}",
        "input x: f32[B, 2, H, W]\nl = ResidualConvUnit(2)\nloss sum(tanh(l(x)))"));
    rows.add(row("FeatureFusion", "", "use std.conv.{FeatureFusion}", """
        input x: f32[B, 2, H, W]
        input skip: f32[B, 2, H, W]
        l = FeatureFusion(2)
        loss sum(tanh(l(x, skip)))"""));
    // Strided: each on a constant 5x6 image, and on a symbolic one (whose floored sizes evaluate when H is known).
    for (String[] s : new String[][] {
        {"Conv2d", "stride 2, groups 2", "l = Conv2d(2, 4, 3, stride: 2, padding: 1, groups: 2)\nloss sum(tanh(l(x)))"},
        {"ConvTranspose2d", "stride 2, output_padding 1", "l = ConvTranspose2d(2, 3, 3, stride: 2, padding: 1, output_padding: 1)\nloss sum(tanh(l(x)))"},
        {"MaxPool2d", "2x2", "l = MaxPool2d(2)\nloss sum(tanh(l(x)))"},
        {"AvgPool2d", "2x2", "l = AvgPool2d(2)\nloss sum(tanh(l(x)))"},
        {"max_pool", "", "loss sum(tanh(max_pool(x, 2)))"},
        {"avg_pool", "", "loss sum(tanh(avg_pool(x, 2)))"},
        {"Downsample", "stride 2, training", "l = Downsample(2, 3, stride: 2)\nloss sum(tanh(l(x)))"},
        {"BasicBlock", "projection shortcut, stride 2, training", "l = BasicBlock(2, 3, stride: 2)\nloss sum(tanh(l(x)))"}}) {
      String uses = "use std.conv.{" + s[0] + "}";
      String sep = s[1].isEmpty() ? "" : ", ";
      rows.add(row(s[0], s[1] + sep + "5x6 image", uses, "input x: " + fixed + "\n" + s[2]));
      rows.add(row(s[0], s[1] + sep + "symbolic image", uses, "input x: " + img + "\n" + s[2]));
    }

    // ---------------------------------------------------------------- std.rnn (T constant: a scan needs a constant length)
    rows.add(row("lstm_update", "", "use std.rnn.{lstm_update}", """
        input c: f32[B, 3]
        input g: f32[B, 12]
        input u: f32[B, 3]
        (h2, c2) = lstm_update(c, g)
        loss sum(h2 * u) + sum(c2 * c2)"""));
    rows.add(row("gru_update", "", "use std.rnn.{gru_update}", """
        input h: f32[B, 3]
        input gx: f32[B, 9]
        input gh: f32[B, 9]
        input u: f32[B, 3]
        loss sum(gru_update(h, gx, gh) * u)"""));
    for (String rev : List.of("false", "true")) {
      String label = rev.equals("true") ? "reverse" : "";
      rows.add(row("rnn_scan", label, "use std.rnn.{rnn_scan}", """
          input x: f32[B, 3, 2]
          input h0: f32[B, 4]
          input wi: f32[4, 2]
          input wh: f32[4, 4]
          input bi: f32[4]
          input bh: f32[4]
          input u: f32[B, 3, 4]
          (ys, h) = rnn_scan(x, h0, wi, wh, bi, bh, reverse: %s)
          loss sum(ys * u) + sum(h * h)""".formatted(rev)));
      rows.add(row("lstm_scan", label, "use std.rnn.{lstm_scan}", """
          input x: f32[B, 3, 2]
          input h0: f32[B, 2]
          input c0: f32[B, 2]
          input wi: f32[8, 2]
          input wh: f32[8, 2]
          input bi: f32[8]
          input bh: f32[8]
          input u: f32[B, 3, 2]
          (ys, h, c) = lstm_scan(x, h0, c0, wi, wh, bi, bh, reverse: %s)
          loss sum(ys * u) + sum(h * h) + sum(c * c)""".formatted(rev)));
      rows.add(row("gru_scan", label, "use std.rnn.{gru_scan}", """
          input x: f32[B, 3, 2]
          input h0: f32[B, 2]
          input wi: f32[6, 2]
          input wh: f32[6, 2]
          input bi: f32[6]
          input bh: f32[6]
          input u: f32[B, 3, 2]
          (ys, h) = gru_scan(x, h0, wi, wh, bi, bh, reverse: %s)
          loss sum(ys * u) + sum(h * h)""".formatted(rev)));
    }
    // A truncated gradient is not the derivative of the forward values (TruncatedBpttTest checks
    // it); here truncate_state away from a cut, and the layers with truncate >= T (full BPTT).
    rows.add(row("truncate_state", "step 0 or 1, truncate 2: not a cut", "use std.rnn.{truncate_state}", """
        input h: f32[B, 3]
        input k: i32
        input c: f32[B, 3]
        loss sum(truncate_state(h, k, 2) * c)"""));
    rows.add(row("truncate_state", "truncate 0", "use std.rnn.{truncate_state}", """
        input h: f32[B, 3]
        input c: f32[B, 3]
        loss sum(truncate_state(h, 2, 0) * c)"""));
    for (String l : List.of("RNN", "LSTM", "GRU")) {
      rows.add(row(l, "truncate 3 over 3 steps", "use std.rnn.{" + l + "}", """
          input x: f32[B, 3, 2]
          input u: f32[B, 3, 3]
          r = %s(2, 3, truncate: 3)
          loss sum(r(x) * u)""".formatted(l)));
    }
    rows.add(row("RNNCell", "", "use std.rnn.{RNNCell}", """
        input x: f32[B, 2]
        input h: f32[B, 3]
        input u: f32[B, 3]
        cell = RNNCell(2, 3)
        loss sum(cell(x, h) * u)"""));
    rows.add(row("LSTMCell", "", "use std.rnn.{LSTMCell}", """
        input x: f32[B, 2]
        input h: f32[B, 3]
        input c: f32[B, 3]
        input u: f32[B, 3]
        cell = LSTMCell(2, 3)
        (h2, c2) = cell(x, h, c)
        loss sum(h2 * u) + sum(c2 * c2)"""));
    rows.add(row("GRUCell", "", "use std.rnn.{GRUCell}", """
        input x: f32[B, 2]
        input h: f32[B, 3]
        input u: f32[B, 3]
        cell = GRUCell(2, 3)
        loss sum(cell(x, h) * u)"""));
    for (String l : List.of("RNN", "LSTM", "GRU")) {
      rows.add(row(l, "", "use std.rnn.{" + l + "}", """
          input x: f32[B, 3, 2]
          input u: f32[B, 3, 3]
          r = %s(2, 3)
          loss sum(r(x) * u)""".formatted(l)));
    }
    rows.add(row("RNN", "run from h0", "use std.rnn.{RNN}", """
        input x: f32[B, 3, 2]
        input h0: f32[B, 3]
        input u: f32[B, 3, 3]
        r = RNN(2, 3)
        (ys, h) = r.run(x, h0)
        loss sum(ys * u) + sum(h * h)"""));
    rows.add(row("LSTM", "run from (h0, c0)", "use std.rnn.{LSTM}", """
        input x: f32[B, 3, 2]
        input h0: f32[B, 3]
        input c0: f32[B, 3]
        input u: f32[B, 3, 3]
        r = LSTM(2, 3)
        (ys, h, c) = r.run(x, h0, c0)
        loss sum(ys * u) + sum(h * h) + sum(c * c)"""));
    rows.add(row("GRU", "run from h0", "use std.rnn.{GRU}", """
        input x: f32[B, 3, 2]
        input h0: f32[B, 3]
        input u: f32[B, 3, 3]
        r = GRU(2, 3)
        (ys, h) = r.run(x, h0)
        loss sum(ys * u) + sum(h * h)"""));
    rows.add(row("LSTM", "symbolic T", "use std.rnn.{LSTM}", """
        input x: f32[B, T, 2]
        input u: f32[B, T, 3]
        r = LSTM(2, 3)
        loss sum(r(x) * u)"""));
    for (String l : List.of("BiLSTM", "BiGRU")) {
      rows.add(row(l, "", "use std.rnn.{" + l + "}", """
          input x: f32[B, 3, 2]
          input u: f32[B, 3, 4]
          r = %s(2, 2)
          loss sum(r(x) * u)""".formatted(l)));
    }
    for (String l : List.of("LSTMStage", "GRUStage")) {
      rows.add(row(l, "input dropout 0.3, training", "use std.rnn.{" + l + "}", """
          input x: f32[B, 3, 2]
          input u: f32[B, 3, 2]
          r = %s(2, 2, input_dropout: 0.3)
          loss sum(r(x) * u)""".formatted(l)));
    }
    for (String l : List.of("StackedLSTM", "StackedGRU")) {
      rows.add(row(l, "2 layers, dropout 0.3, training", "use std.rnn.{" + l + "}", """
          input x: f32[B, 3, 2]
          input u: f32[B, 3, 2]
          r = %s(2, 2, num_layers: 2, dropout: 0.3)
          loss sum(r(x) * u)""".formatted(l)));
    }

    // ---------------------------------------------------------------- std.graph (adjacency sigmoid(a) > 0, or relu(a) with non-edges)
    for (String fn : List.of("sym_normalize", "normalize_adjacency", "mean_normalize", "laplacian", "scaled_laplacian")) {
      rows.add(row(fn, "adjacency sigmoid(a)", "use std.graph.{" + fn + "}", """
          input a: f32[N, N]
          input c: f32[N, N]
          loss sum(%s(sigmoid(a)) * c)""".formatted(fn)));
    }
    rows.add(row("sym_normalize", "isolated nodes: adjacency relu(a)", "use std.graph.{sym_normalize}", """
        input a: f32[N, N]
        input c: f32[N, N]
        loss sum(sym_normalize(maximum(a - 0.5, 0.0)) * c)"""));
    String graphIn = "input x: f32[N, 3]\ninput a: f32[N, N]\ninput c: f32[N, %d]\n";
    rows.add(row("GCNConv", "adjacency sigmoid(a)", "use std.graph.{GCNConv}",
        graphIn.formatted(2) + "l = GCNConv(3, 2)\nloss sum(l(x, sigmoid(a)) * c)"));
    rows.add(row("GCNConv", "normalize: false", "use std.graph.{GCNConv}",
        graphIn.formatted(2) + "l = GCNConv(3, 2, normalize: false)\nloss sum(l(x, a) * c)"));
    rows.add(row("SAGEConv", "adjacency sigmoid(a)", "use std.graph.{SAGEConv}",
        graphIn.formatted(2) + "l = SAGEConv(3, 2)\nloss sum(l(x, sigmoid(a)) * c)"));
    rows.add(row("GATConv", "one head, non-edges: adjacency relu(a)", "use std.graph.{GATConv}",
        graphIn.formatted(2) + "l = GATConv(3, 2)\nloss sum(l(x, maximum(a, 0.0)) * c)"));
    rows.add(row("GATConv", "2 heads, dropout 0.3, training", "use std.graph.{GATConv}",
        graphIn.formatted(4) + "l = GATConv(3, 2, heads: 2, negative_slope: 0.1, dropout: 0.3)\nloss sum(l(x, maximum(a, 0.0)) * c)"));
    rows.add(row("ChebConv", "K 3, adjacency sigmoid(a)", "use std.graph.{ChebConv}",
        graphIn.formatted(2) + "l = ChebConv(3, 2, 3)\nloss sum(l(x, sigmoid(a)) * c)"));
    rows.add(row("ChebConv", "K 1", "use std.graph.{ChebConv}",
        graphIn.formatted(2) + "l = ChebConv(3, 2, 1)\nloss sum(l(x, sigmoid(a)) * c)"));
    // Heterogeneous graphs: a meta-path's adjacency from a typed one r [N, M] (no gradient to r:
    // a comparison), and HANConv on 2 stacked meta-path adjacencies relu(a) with non-edges.
    rows.add(row("metapath", "c only, typed adjacency relu(r - 0.5) [N, K]", "use std.graph.{metapath}",
        "input r: f32[N, K]\ninput c: f32[N, N]\nloss sum(metapath(maximum(r - 0.5, 0.0)) * c)"));
    String hanIn = "input x: f32[N, 3]\ninput a: f32[2, N, N]\ninput c: f32[N, 4]\n";
    rows.add(row("HANConv", "2 meta-paths, one head", "use std.graph.{HANConv}",
        hanIn + "l = HANConv(3, 4, metapaths: 2)\nloss sum(l(x, maximum(a, 0.0)) * c)"));
    rows.add(row("HANConv", "2 meta-paths, 2 heads, dropout 0.3, training", "use std.graph.{HANConv}",
        hanIn + "l = HANConv(3, 4, metapaths: 2, heads: 2, negative_slope: 0.1, dropout: 0.3)\nloss sum(l(x, maximum(a, 0.0)) * c)"));

    // Edge lists e: i32[2, E] of random edges below N (duplicates and self-loops included).
    String edgeIn = "input x: f32[N, 3]\ninput e: i32[2, E]\ninput c: f32[N, %d]\n";
    rows.add(row("propagate", "", "use std.graph.{propagate}", """
        input x: f32[N, 3]
        input e: i32[2, E]
        input w: f32[E]
        input c: f32[N, 3]
        loss sum(propagate(x, e, w) * c)""").bound("e", "N"));
    rows.add(row("edge_adjacency", "c only", "use std.graph.{edge_adjacency}",
        "input e: i32[2, E]\ninput c: f32[N, N]\nloss sum(edge_adjacency(e, N) * c)").bound("e", "N"));
    rows.add(row("in_degree", "c only", "use std.graph.{in_degree}",
        "input e: i32[2, E]\ninput c: f32[N]\nloss sum(in_degree(e, N) * c)").bound("e", "N"));
    rows.add(row("sym_edge_weight", "c only, 5 nodes", "use std.graph.{sym_edge_weight}",
        "input e: i32[2, E]\ninput c: f32[E]\nloss sum(sym_edge_weight(e, 5) * c)").bound("e", "5"));
    rows.add(row("add_self_loops", "c only", "use std.graph.{add_self_loops}",
        "input e: i32[2, E]\ninput n: f32[N]\ninput c: f32[2, E + N]\nloss sum(f32(add_self_loops(e, N)) * c) + sum(n)").bound("e", "N"));
    rows.add(row("EdgeGCNConv", "", "use std.graph.{EdgeGCNConv}",
        edgeIn.formatted(2) + "l = EdgeGCNConv(3, 2)\nloss sum(l(x, e) * c)").bound("e", "N"));
    rows.add(row("adjacency_edges", "EdgeGCNConv on the edges of relu(a)", "use std.graph.{EdgeGCNConv, adjacency_edges}",
        graphIn.formatted(2) + "l = EdgeGCNConv(3, 2)\nloss sum(l(x, adjacency_edges(maximum(a, 0.0))) * c)"));
    rows.add(row("EdgeSAGEConv", "", "use std.graph.{EdgeSAGEConv}",
        edgeIn.formatted(2) + "l = EdgeSAGEConv(3, 2)\nloss sum(l(x, e) * c)").bound("e", "N"));
    // a_dst . z_i shifts the scores of every edge into node i alike, which the softmax over those
    // edges cancels but for leaky_relu's kink: where every score into a node is on one side of
    // it, that node adds nothing to att_dst's gradient, and with 2 to 4 nodes the whole gradient
    // is often 0 up to rounding (GATConv's rows pass by their seeds). These rows take 6 nodes
    // and 16 edges, so that scores of both signs meet at some node.
    String gatIn = "input x: f32[6, 3]\ninput e: i32[2, 16]\ninput c: f32[6, %d]\n";
    rows.add(row("EdgeGATConv", "one head, 6 nodes, 16 edges", "use std.graph.{EdgeGATConv}",
        gatIn.formatted(2) + "l = EdgeGATConv(3, 2)\nloss sum(l(x, e) * c)").bound("e", "6"));
    rows.add(row("EdgeGATConv", "2 heads, dropout 0.3, training, 6 nodes, 16 edges", "use std.graph.{EdgeGATConv}",
        gatIn.formatted(4) + "l = EdgeGATConv(3, 2, heads: 2, negative_slope: 0.1, dropout: 0.3)\nloss sum(l(x, e) * c)").bound("e", "6"));
    rows.add(row("EdgeChebConv", "K 3", "use std.graph.{EdgeChebConv}",
        edgeIn.formatted(2) + "l = EdgeChebConv(3, 2, 3)\nloss sum(l(x, e) * c)").bound("e", "N"));
    rows.add(row("EdgeChebConv", "K 1", "use std.graph.{EdgeChebConv}",
        edgeIn.formatted(2) + "l = EdgeChebConv(3, 2, 1)\nloss sum(l(x, e) * c)").bound("e", "N"));

    // ---------------------------------------------------------------- std.attn
    rows.add(row("attention", "", "use std.attn.{attention}", """
        input q: f32[B, L, E]
        input k: f32[B, S, E]
        input v: f32[B, S, F]
        input bias: f32[B, L, S]
        input c: f32[B, L, F]
        loss sum(attention(q, k, v, bias) * c)"""));
    rows.add(row("attention", "dropout 0.3, training", "use std.attn.{attention}", """
        input q: f32[B, L, E]
        input k: f32[B, S, E]
        input v: f32[B, S, F]
        input bias: f32[B, L, S]
        input c: f32[B, L, F]
        loss sum(attention(q, k, v, bias, dropout_p: 0.3) * c)"""));
    rows.add(row("scaled_dot_product_attention", "", "use std.attn.{scaled_dot_product_attention}", """
        input q: f32[B, L, E]
        input k: f32[B, S, E]
        input v: f32[B, S, F]
        input c: f32[B, L, F]
        loss sum(scaled_dot_product_attention(q, k, v) * c)"""));
    rows.add(row("scaled_dot_product_attention", "causal, heads", "use std.attn.{scaled_dot_product_attention}", """
        input q: f32[B, 2, T, E]
        input k: f32[B, 2, T, E]
        input v: f32[B, 2, T, F]
        input c: f32[B, 2, T, F]
        loss sum(scaled_dot_product_attention(q, k, v, causal: true) * c)"""));
    rows.add(row("MultiHeadAttention", "self-attention", "use std.attn.{MultiHeadAttention}", """
        input x: f32[B, T, 4]
        input c: f32[B, T, 4]
        mha = MultiHeadAttention(4, 2)
        loss sum(mha(x, x, x) * c)"""));
    rows.add(row("MultiHeadAttention", "cross-attention, causal, dropout 0.3, training", "use std.attn.{MultiHeadAttention}", """
        input q: f32[B, L, 4]
        input kv: f32[B, S, 4]
        input c: f32[B, L, 4]
        mha = MultiHeadAttention(4, 2, dropout: 0.3)
        loss sum(mha(q, kv, kv, causal: true) * c)"""));
    rows.add(row("TransformerEncoderLayer", "post-norm, relu, dropout 0.1, training", "use std.attn.{TransformerEncoderLayer}", """
        input x: f32[B, T, 4]
        input c: f32[B, T, 4]
        l = TransformerEncoderLayer(4, 2, dim_feedforward: 6)
        loss sum(l(x) * c)"""));
    rows.add(row("TransformerEncoderLayer", "pre-norm, gelu, causal, no dropout", "use std.attn.{TransformerEncoderLayer}", """
        input x: f32[B, T, 4]
        input c: f32[B, T, 4]
        l = TransformerEncoderLayer(4, 2, dim_feedforward: 6, dropout: 0.0, activation: "gelu", norm_first: true, causal: true)
        loss sum(l(x) * c)"""));
    rows.add(row("MultiHeadAttention", "step with a key/value cache", "use std.attn.{MultiHeadAttention}", """
        input x: f32[B, 1, 4]
        input keys: f32[B, 2, S, 2]
        input values: f32[B, 2, S, 2]
        input t: i32[]
        input c: f32[B, 1, 4]
        input ck: f32[B, 2, S, 2]
        input cv: f32[B, 2, S, 2]
        mha = MultiHeadAttention(4, 2)
        (y, k, v) = mha.step(x, t, keys, values)
        loss sum(y * c) + sum(k * ck) + sum(v * cv)""").bound("t", "S"));
    rows.add(row("TransformerEncoderLayer", "pre-norm, gelu, step with a key/value cache", "use std.attn.{TransformerEncoderLayer}", """
        input x: f32[B, 1, 4]
        input keys: f32[B, 2, S, 2]
        input values: f32[B, 2, S, 2]
        input t: i32[]
        input c: f32[B, 1, 4]
        input ck: f32[B, 2, S, 2]
        input cv: f32[B, 2, S, 2]
        l = TransformerEncoderLayer(4, 2, dim_feedforward: 6, dropout: 0.0, activation: "gelu", norm_first: true, causal: true)
        (y, k, v) = l.step(x, t, keys, values)
        loss sum(y * c) + sum(k * ck) + sum(v * cv)""").bound("t", "S"));
    rows.add(row("TransformerEncoder", "2 pre-norm layers, final norm", "use std.attn.{TransformerEncoder}", """
        input x: f32[B, T, 4]
        input c: f32[B, T, 4]
        l = TransformerEncoder(2, 4, 2, dim_feedforward: 6, dropout: 0.0, norm_first: true)
        loss sum(l(x) * c)"""));
    rows.add(row("TransformerEncoder", "1 post-norm layer, dropout 0.1, training", "use std.attn.{TransformerEncoder}", """
        input x: f32[B, T, 4]
        input c: f32[B, T, 4]
        l = TransformerEncoder(1, 4, 2, dim_feedforward: 6)
        loss sum(l(x) * c)"""));
    rows.add(row("sinusoidal_embedding", "t in (0, 3), dim 6, max_period 100", "use std.attn.{sinusoidal_embedding}", """
        input t: f32[B]
        input c: f32[B, 6]
        loss sum(sinusoidal_embedding(3.0 * sigmoid(t), 6, max_period: 100.0) * c)"""));
    rows.add(row("PatchEmbed", "", "use std.attn.{PatchEmbed}", """
        input x: f32[B, 2, 4, 4]
        input c: f32[B, 4, 3]
        l = PatchEmbed(4, 2, 2, 3)
        loss sum(l(x) * c)"""));
    rows.add(row("ClassToken", "", "use std.attn.{ClassToken}", """
        input x: f32[B, 3, 4]
        input c: f32[B, 4, 4]
        l = ClassToken(4)
        loss sum(l(x) * c)"""));
    rows.add(row("Reassemble", "", "use std.attn.{Reassemble}", """
        input x: f32[B, 5, 3]
        input c: f32[B, 2, 2, 2]
        l = Reassemble(2, 3, 2)
        loss sum(l(x) * c)"""));

    // ---------------------------------------------------------------- std.diffusion (betas 0.5 sigmoid(b) in (0, 0.5))
    for (String fn : List.of("alphas", "alpha_bars", "alpha_bars_prev")) {
      rows.add(row(fn, "betas 0.5 sigmoid(b)", "use std.diffusion.{" + fn + "}", """
          input b: f32[N]
          input c: f32[N]
          loss sum(%s(0.5 * sigmoid(b)) * c)""".formatted(fn)));
    }
    rows.add(row("q_sample", "alpha_bar_t sigmoid(a)", "use std.diffusion.{q_sample}", """
        input x0: f32[B, 2, H, W]
        input noise: f32[B, 2, H, W]
        input a: f32[B]
        input c: f32[B, 2, H, W]
        loss sum(q_sample(x0, noise, sigmoid(a)) * c)"""));
    rows.add(row("q_sample_flat", "alpha_bar_t sigmoid(a)", "use std.diffusion.{q_sample_flat}", """
        input x0: f32[B, D]
        input noise: f32[B, D]
        input a: f32[B]
        input c: f32[B, D]
        loss sum(q_sample_flat(x0, noise, sigmoid(a)) * c)"""));
    rows.add(row("p_sample_step", "beta 0.5 sigmoid, abar sigmoid, abar_prev in (abar, 1)", "use std.diffusion.{p_sample_step}", """
        input xt: f32[B, 2, H, W]
        input eps: f32[B, 2, H, W]
        input z: f32[B, 2, H, W]
        input c: f32[B, 2, H, W]
        input sb: f32[1]
        input sa: f32[1]
        input sp: f32[1]
        beta = 0.5 * sigmoid(sb[0])
        abar = sigmoid(sa[0])
        abar_prev = abar + (1.0 - abar) * sigmoid(sp[0])
        loss sum(p_sample_step(xt, eps, z, beta, abar, abar_prev) * c)"""));

    rows.add(row("ddim_step", "abar_t sigmoid, abar_s in (abar_t, 1)", "use std.diffusion.{ddim_step}", """
        input xt: f32[B, 2, H, W]
        input eps: f32[B, 2, H, W]
        input c: f32[B, 2, H, W]
        input sa: f32[1]
        input ss: f32[1]
        abar = sigmoid(sa[0])
        abar_s = abar + (1.0 - abar) * sigmoid(ss[0])
        loss sum(ddim_step(xt, eps, abar, abar_s) * c)"""));
    rows.add(row("flow_path", "t sigmoid(s)", "use std.diffusion.{flow_path}", """
        input x0: f32[B, 2, H, W]
        input x1: f32[B, 2, H, W]
        input s: f32[B]
        input c: f32[B, 2, H, W]
        loss sum(flow_path(x0, x1, sigmoid(s)) * c)"""));
    rows.add(row("guided", "w 3", "use std.diffusion.{guided}", """
        input u: f32[B, D]
        input v: f32[B, D]
        input c: f32[B, D]
        loss sum(guided(u, v, 3.0) * c)"""));

    // ---------------------------------------------------------------- std.decode (the filters; through a softmax, since -1e30 would swamp a sum)
    rows.add(row("top_k_filter", "k 3 of 5, through softmax", "use std.act.{softmax}\nuse std.decode.{top_k_filter}", """
        input x: f32[B, 5]
        input c: f32[B, 5]
        loss sum(softmax(top_k_filter(x, 3)) * c)"""));
    rows.add(row("top_p_filter", "p 0.6, through softmax", "use std.act.{softmax}\nuse std.decode.{top_p_filter}", """
        input x: f32[B, N]
        input c: f32[B, N]
        loss sum(softmax(top_p_filter(x, 0.6)) * c)"""));
    rows.add(row("beam_step", "3 beams of 4 tokens, the scores kept", "use std.decode.{beam_step}", """
        input s: f32[B, 3]
        input logp: f32[B, 3, 4]
        input c: f32[B, 3]
        (scores, _, _) = beam_step(s, logp, 3)
        loss sum(scores * c)"""));
    return rows;
  }

  /**
   * Items without a gradient row, with the reason. The schedules, initializers and optimizers
   * are not listed: their modules are not differentiated (optimizers have their own test).
   */
  static final Map<String, String> NO_GRADIENT = Map.ofEntries(
      Map.entry("causal_bias", "std.attn: a constant of two sizes, no float argument"),
      Map.entry("mask_bias", "std.attn: a function of a bool mask, no float argument"),
      Map.entry("positional_encoding", "std.attn: a constant of two sizes, no float argument"),
      Map.entry("timestep_embedding", "std.attn: a function of i32 timesteps, no float argument"),
      Map.entry("linear_beta_schedule", "std.diffusion: a constant of the step count, no float argument"),
      Map.entry("cosine_beta_schedule", "std.diffusion: a constant of the step count, no float argument"),
      Map.entry("greedy", "std.decode: gives i32 token ids, no gradient"),
      Map.entry("sample_temperature", "std.decode: gives i32 token ids, no gradient"),
      Map.entry("sample_top_k", "std.decode: gives i32 token ids, no gradient"),
      Map.entry("sample_top_p", "std.decode: gives i32 token ids, no gradient"),
      Map.entry("beam_start", "std.decode: a constant of its argument's shape (0 and -1e30), no gradient"),
      Map.entry("beam_rows", "std.decode: gives i32 row indices, no gradient"));

  /** Modules whose items are not gradient-checked rows, and why. */
  static final Map<String, String> NOT_ROWS = Map.of(
      "init", "initializers run once on the host, outside the differentiated program",
      "sched", "schedules are fns of the i32 step counter only",
      "optim", "optimizers update parameters after the gradient; see optimizerStep()");

  // ------------------------------------------------------------------ running a row

  /** Why a row does not pass: exactly the text a known failure states. */
  static final class RowFailure extends RuntimeException {
    RowFailure(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Checks, lowers (training) and gradient-checks a row for every seed; a RowFailure if it does not pass. */
  static void run(Row row) {
    List<String> bad = new ArrayList<>();
    for (long seed : SEEDS) {
      Checker checker = new Checker();
      Modules.Module m = checker.checkText("row", row.text());
      Lower.Model model = checker.diagnostics().hasErrors() ? null : Lower.model(checker, m, "M", true, seed);
      if (model == null) {
        throw new RowFailure(checker.diagnostics().sorted().stream().map(Diagnostic::raw).collect(Collectors.joining("\n")));
      }
      if (model.loss() == null) throw new RowFailure("no loss");
      Map<String, Double> errors;
      try {
        errors = check(row, model, seed);
      } catch (RuntimeException e) {
        throw new RowFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      for (Map.Entry<String, Double> e : errors.entrySet()) {
        if (!(e.getValue() <= TOLERANCE)) bad.add("seed " + seed + ": " + e.getKey() + " relative error " + e.getValue());
      }
    }
    if (!bad.isEmpty()) throw new RowFailure("gradients above " + TOLERANCE + ": " + String.join("; ", bad));
  }

  /** Random sizes, inputs and parameter values for one seed; the relative error per float leaf. */
  static Map<String, Double> check(Row row, Lower.Model model, long seed) {
    Random random = new Random(1000L * row.name().hashCode() + seed);
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Node in : model.inputs().values()) {
      for (int i = 0; i < in.type().rank(); i++) {
        for (String s : in.type().dim(i).symbols()) sizes.computeIfAbsent(s, k -> 2L + random.nextInt(3));
      }
    }
    Map<String, Array> values = new HashMap<>(model.initialValues());
    List<Node> wrt = new ArrayList<>();
    for (Map.Entry<String, Node> p : model.trained().entrySet()) {
      Array init = values.get(p.getKey());
      values.put(p.getKey(), init.plusScaled(GradCheck.randomLike(init, random), 0.5));
      wrt.add(p.getValue());
    }
    for (Map.Entry<String, Node> in : model.inputs().entrySet()) {
      Node n = in.getValue();
      long[] shape = Array.shapeOf(n.type(), sizes);
      double[] v = new double[Math.toIntExact(Array.size(shape))];
      DType t = n.type().dtype();
      String bound = row.bounds().get(in.getKey());
      for (int i = 0; i < v.length; i++) {
        if (t.isFloat()) v[i] = random.nextGaussian();
        else if (in.getKey().equals("step")) v[i] = 1;
        else if (bound != null) v[i] = random.nextInt(Math.toIntExact(bound.matches("\\d+") ? Long.parseLong(bound) : sizes.get(bound)));
        else v[i] = random.nextInt(2);
      }
      values.put(in.getKey(), new Array(shape, v));
      if (t.isFloat()) wrt.add(n);
    }
    assertTrue(!wrt.isEmpty(), row.name() + ": nothing to differentiate");
    Map<String, Double> errors = GradCheck.check(model.graph(), model.loss(), wrt, values, sizes, random);
    assertEquals(wrt.size(), errors.size(), row.name() + ": a leaf is missing from the check");
    return errors;
  }

  /** Each row on three seeds: random sizes and values; every float leaf within tolerance. */
  @TestFactory
  Stream<DynamicTest> gradients() {
    return rows().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
      String failure = null;
      try {
        run(row);
      } catch (RowFailure e) {
        failure = e.getMessage();
      }
      if (row.known() == null) {
        if (failure != null) fail(row.name() + ": " + failure + "\n" + row.text());
      } else {
        assertEquals(row.known(), failure, row.name() + (failure == null
            ? ": passes now; drop .known(...) from the row" : ": fails differently from its known failure") + "\n" + row.text());
      }
    }));
  }

  // ------------------------------------------------------------------ optimizers

  /**
   * An optimizer configuration: its call in the train block and the documented update in Java
   * (docs/stdlib.md, PyTorch's torch.optim), with the hyperparameters the call means
   * (documented defaults where the call leaves them out).
   */
  record Opt(String call, String item, Map<String, Double> h) {
    double get(String name) {
      Double v = h.get(name);
      if (v == null) throw new AssertionError(call + ": no " + name);
      return v;
    }
  }

  static Opt opt(String call, String item, Map<String, Double> defaults, Map<String, Double> given) {
    Map<String, Double> h = new LinkedHashMap<>(defaults);
    h.putAll(given);
    return new Opt(call, item, h);
  }

  static List<Opt> optimizers() {
    Map<String, Double> sgd = Map.of("lr", 0.01, "weight_decay", 0.0);
    Map<String, Double> momentum = Map.of("lr", 0.01, "momentum", 0.9, "weight_decay", 0.0);
    Map<String, Double> adagrad = Map.of("lr", 0.01, "eps", 1e-10, "weight_decay", 0.0, "initial_accumulator_value", 0.0);
    Map<String, Double> rmsprop = Map.of("lr", 0.01, "alpha", 0.99, "eps", 1e-8, "weight_decay", 0.0, "momentum", 0.0);
    Map<String, Double> adam = Map.of("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weight_decay", 0.0);
    Map<String, Double> adamw = new HashMap<>(adam);
    adamw.put("weight_decay", 0.01);
    return List.of(
        opt("SGD()", "SGD", sgd, Map.of()),
        opt("SGD(lr: 0.3, weight_decay: 0.05)", "SGD", sgd, Map.of("lr", 0.3, "weight_decay", 0.05)),
        opt("Momentum()", "Momentum", momentum, Map.of()),
        opt("Momentum(lr: 0.2, momentum: 0.7, weight_decay: 0.05)", "Momentum", momentum,
            Map.of("lr", 0.2, "momentum", 0.7, "weight_decay", 0.05)),
        opt("Nesterov()", "Nesterov", momentum, Map.of()),
        opt("Nesterov(lr: 0.2, momentum: 0.7, weight_decay: 0.05)", "Nesterov", momentum,
            Map.of("lr", 0.2, "momentum", 0.7, "weight_decay", 0.05)),
        opt("AdaGrad()", "AdaGrad", adagrad, Map.of()),
        opt("AdaGrad(lr: 0.2, eps: 1e-3, weight_decay: 0.05, initial_accumulator_value: 0.2)", "AdaGrad", adagrad,
            Map.of("lr", 0.2, "eps", 1e-3, "weight_decay", 0.05, "initial_accumulator_value", 0.2)),
        opt("RMSprop()", "RMSprop", rmsprop, Map.of()),
        opt("RMSprop(lr: 0.02, alpha: 0.9, eps: 1e-3, weight_decay: 0.05, momentum: 0.6)", "RMSprop", rmsprop,
            Map.of("lr", 0.02, "alpha", 0.9, "eps", 1e-3, "weight_decay", 0.05, "momentum", 0.6)),
        opt("Adam()", "Adam", adam, Map.of()),
        opt("Adam(lr: 0.02, beta1: 0.8, beta2: 0.9, eps: 1e-3, weight_decay: 0.05)", "Adam", adam,
            Map.of("lr", 0.02, "beta1", 0.8, "beta2", 0.9, "eps", 1e-3, "weight_decay", 0.05)),
        opt("AdamW()", "AdamW", adamw, Map.of()),
        opt("AdamW(lr: 0.02, beta1: 0.8, beta2: 0.9, eps: 1e-3, weight_decay: 0.1)", "AdamW", adamw,
            Map.of("lr", 0.02, "beta1", 0.8, "beta2", 0.9, "eps", 1e-3, "weight_decay", 0.1)));
  }

  /** The optimizer's state names (torch.optim's) and their initial values. */
  static Map<String, Double> initialState(Opt o) {
    return switch (o.item()) {
      case "SGD" -> Map.of();
      case "Momentum", "Nesterov" -> Map.of("velocity", 0.0);
      case "AdaGrad" -> Map.of("sum_sq", o.get("initial_accumulator_value"));
      case "RMSprop" -> Map.of("square_avg", 0.0, "momentum_buffer", 0.0);
      case "Adam", "AdamW" -> Map.of("exp_avg", 0.0, "exp_avg_sq", 0.0);
      default -> throw new AssertionError(o.item());
    };
  }

  /** One update of one element, as documented; {@code state} is read and replaced. Returns param'. */
  static double update(Opt o, double p, double grad, Map<String, Double> state, int step) {
    double lr = o.get("lr");
    switch (o.item()) {
      case "SGD":
        return p - lr * (grad + o.get("weight_decay") * p);
      case "Momentum":
      case "Nesterov": {
        double m = o.get("momentum"), g = grad + o.get("weight_decay") * p;
        double v = m * state.get("velocity") + g;
        state.put("velocity", v);
        return o.item().equals("Momentum") ? p - lr * v : p - lr * (g + m * v);
      }
      case "AdaGrad": {
        double g = grad + o.get("weight_decay") * p;
        double s = state.get("sum_sq") + g * g;
        state.put("sum_sq", s);
        return p - lr * g / (Math.sqrt(s) + o.get("eps"));
      }
      case "RMSprop": {
        double g = grad + o.get("weight_decay") * p, a = o.get("alpha");
        double v = a * state.get("square_avg") + (1 - a) * g * g;
        double u = o.get("momentum") * state.get("momentum_buffer") + g / (Math.sqrt(v) + o.get("eps"));
        state.put("square_avg", v);
        state.put("momentum_buffer", u);
        return p - lr * u;
      }
      case "Adam":
      case "AdamW": {
        boolean w = o.item().equals("AdamW");
        double b1 = o.get("beta1"), b2 = o.get("beta2"), wd = o.get("weight_decay");
        double g = w ? grad : grad + wd * p;
        double m = b1 * state.get("exp_avg") + (1 - b1) * g;
        double v = b2 * state.get("exp_avg_sq") + (1 - b2) * g * g;
        state.put("exp_avg", m);
        state.put("exp_avg_sq", v);
        double mHat = m / (1 - Math.pow(b1, step)), vHat = v / (1 - Math.pow(b2, step));
        return (w ? p * (1 - lr * wd) : p) - lr * mHat / (Math.sqrt(vHat) + o.get("eps"));
      }
      default:
        throw new AssertionError(o.item());
    }
  }

  static final String OPTIMIZER_MODEL = """
      use std.nn.{Linear}
      use std.loss.{mse}
      use std.optim.{%s}

      model M {
        input x: f32[B, 2]
        target y: f32[B, 1]
        fc1 = Linear(2, 3)
        fc2 = Linear(3, 1)
        loss mse(fc2(tanh(fc1(x))), y)
      }

      train M {
        data points(x: [[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0]], y: [[1.0], [-2.0], [0.5]])
        optimizer %s
      }
      """;

  /**
   * Each optimizer: three training steps lowered by Pipeline.step and run by the reference
   * evaluator (step = 1, 2, 3, each from the previous one's parameters and states, on a fresh
   * random batch), against the Java update on the same gradients, to 1e-12; the states' initial
   * values against their documented initializers too.
   */
  @TestFactory
  Stream<DynamicTest> optimizerStep() {
    return optimizers().stream().map(o -> DynamicTest.dynamicTest(o.call(), () -> {
      Checker checker = new Checker();
      String text = OPTIMIZER_MODEL.formatted(o.item(), o.call());
      Modules.Module m = checker.checkText("opt", text);
      Lower.Step step = checker.diagnostics().hasErrors() ? null : Pipeline.standard().step(checker, m, null, 1);
      assertNotNull(step, o.call() + ": does not lower:\n" + Renderer.raw(checker.diagnostics().sorted()));
      Map<String, Double> init = initialState(o);
      Set<String> expectedParams = new TreeSet<>(step.grads().keySet());
      for (String p : step.grads().keySet()) for (String s : init.keySet()) expectedParams.add("optimizer." + p + "." + s);
      assertEquals(expectedParams, new TreeSet<>(step.params().keySet()), o.call() + ": parameters and optimizer states");
      assertEquals(expectedParams, new TreeSet<>(step.next().keySet()), o.call() + ": updated tensors");
      Map<String, Array> current = new HashMap<>();
      Map<Node, Array> inits = Reference.run(List.copyOf(step.inits().values()), Map.of(), Map.of());
      for (Map.Entry<String, Node> e : step.inits().entrySet()) current.put(e.getKey(), inits.get(e.getValue()));
      // Java's own states, per parameter and element, from the documented initial values.
      Map<String, List<Map<String, Double>>> javaState = new LinkedHashMap<>();
      for (String p : step.grads().keySet()) {
        List<Map<String, Double>> perElement = new ArrayList<>();
        for (int i = 0; i < current.get(p).size(); i++) perElement.add(new HashMap<>(init));
        javaState.put(p, perElement);
        for (String s : init.keySet()) {
          for (double v : current.get("optimizer." + p + "." + s).data()) {
            assertEquals(init.get(s), v, 0, o.call() + ": initial " + s + " of " + p);
          }
        }
      }
      Random random = new Random(o.call().hashCode());
      Map<String, Long> sizes = Map.of("B", 3L);
      for (int t = 1; t <= 3; t++) {
        Map<String, Array> values = new HashMap<>(current);
        for (Map.Entry<String, Node> in : step.inputs().entrySet()) {
          long[] shape = Array.shapeOf(in.getValue().type(), sizes);
          Array a = in.getKey().equals("step") ? new Array(shape, new double[] {t})
              : GradCheck.randomLike(new Array(shape, new double[Math.toIntExact(Array.size(shape))]), random);
          values.put(in.getKey(), a);
        }
        List<Node> roots = new ArrayList<>(step.grads().values());
        roots.addAll(step.next().values());
        Map<Node, Array> out = Reference.run(roots, values, sizes);
        Map<String, Array> next = new HashMap<>();
        for (Map.Entry<String, Node> e : step.next().entrySet()) next.put(e.getKey(), out.get(e.getValue()));
        for (Map.Entry<String, Node> g : step.grads().entrySet()) {
          String p = g.getKey();
          double[] grad = out.get(g.getValue()).data(), param = current.get(p).data();
          for (int i = 0; i < param.length; i++) {
            Map<String, Double> st = javaState.get(p).get(i);
            double expected = update(o, param[i], grad[i], st, t);
            assertClose(expected, next.get(p).data()[i], o.call() + " step " + t + ": " + p + "[" + i + "]");
            for (String s : init.keySet()) {
              assertClose(st.get(s), next.get("optimizer." + p + "." + s).data()[i], o.call() + " step " + t + ": " + s + " of " + p + "[" + i + "]");
            }
          }
        }
        current = next;
      }
    }));
  }

  static void assertClose(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1e-12 * Math.max(1, Math.abs(expected)),
        what + ": expected " + expected + ", the reference evaluator gives " + actual + " (difference " + (actual - expected) + ")");
  }

  /** Every optimizer in std.optim has a configuration in optimizerStep(). */
  @Test
  void everyOptimizerIsChecked() throws IOException {
    Matcher m = Pattern.compile("(?m)^optimizer\\s+([A-Za-z_][A-Za-z0-9_]*)").matcher(stdlib("optim"));
    Set<String> declared = new TreeSet<>();
    while (m.find()) declared.add(m.group(1));
    Set<String> checked = optimizers().stream().map(Opt::item).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(declared, checked, "optimizers in std.optim against those optimizerStep() checks");
  }

  // ------------------------------------------------------------------ coverage

  static String stdlib(String module) throws IOException {
    try (InputStream in = Modules.class.getResourceAsStream("/std/" + module + ".nn")) {
      assertNotNull(in, "std/" + module + ".nn on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> stdlibModules() throws IOException {
    try (InputStream in = Modules.class.getResourceAsStream("/std/index.txt")) {
      assertNotNull(in);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** Every stdlib layer and top-level fn (optimizers, schedules, initializers aside) has a row or a reason. */
  @Test
  void everyStdlibItemHasARow() throws IOException {
    Pattern decl = Pattern.compile("(?m)^(layer|fn)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    Set<String> covered = new TreeSet<>();
    for (Row r : rows()) covered.add(r.item());
    Set<String> missing = new TreeSet<>(), items = new TreeSet<>();
    for (String module : stdlibModules()) {
      if (NOT_ROWS.containsKey(module)) continue;
      Matcher m = decl.matcher(stdlib(module));
      while (m.find()) {
        String name = m.group(2);
        items.add(name);
        if (!covered.contains(name) && !NO_GRADIENT.containsKey(name)) missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(), "stdlib items without a gradient-check row: " + missing);
    Set<String> stale = new TreeSet<>(covered);
    stale.addAll(NO_GRADIENT.keySet());
    stale.removeAll(items);
    assertTrue(stale.isEmpty(), "rows for items the stdlib does not have: " + stale);
    assertTrue(items.contains("relu") && items.contains("Linear") && items.contains("cross_entropy"), "the stdlib was parsed: " + items);
  }
}
