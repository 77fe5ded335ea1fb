package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** nnc completion: a bash/zsh script that knows every command and their options. */
class CompletionCommandTest {
  @Test
  void theScriptNamesEveryCommandAndTheirOptions() {
    Samples.Result r = Samples.run("completion");
    assertEquals(Main.OK, r.exit(), r::all);
    String script = r.out();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst().orElse(""));
    assertTrue(script.contains("complete -F _complete_nnc"), r::all);
    for (String command : List.of("check", "explain", "run", "gradcheck", "compile", "graph", "train", "eval", "predict", "sample", "score", "bench",
        "devices", "doctor", "completion")) {
      assertTrue(script.contains("_picocli_nnc_" + command + "()"), "no completion function for " + command);
    }
    assertTrue(script.contains("--confusion") && script.contains("--checkpoint"), r::all);
    assertTrue(script.contains("format_option_args=(\"human\" \"raw\" \"json\")"), r::all); // the values of check --format
  }
}
