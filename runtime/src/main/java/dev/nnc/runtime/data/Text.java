package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Tensor;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Text as token windows for language models. The vocabulary is ASCII, one token a character
 * ({@code id} = the character's code, 0 to 127), so it is known when the model is checked
 * ({@code Embedding(128, d)}) and decoded without a file; any other character (the corpus is
 * read as UTF-8) becomes {@code ?}. A corpus is split by position, its first nine tenths for
 * {@code "train"} and its last tenth for {@code "test"}; each split is cut into windows of
 * {@code context} tokens, {@code x} the window and {@code y} the same window one character on
 * (next-token targets), windows starting every {@code context} characters.
 */
public final class Text {
  /** The vocabulary's size: the ASCII codes. */
  public static final int VOCABULARY = 128;

  /**
   * The checkpoint metadata key of the vocabulary a model was trained with: its characters in the
   * order of their token ids (character {@code i} is token {@code i}). {@code nnc train} writes it
   * when the data is text; {@code nnc sample --prompt} encodes its prompt and prints tokens as text
   * with it. Checkpoints written before it was kept have none.
   */
  public static final String VOCABULARY_KEY = "nnc.vocabulary";

  /** The vocabulary of the text data sets as {@link #VOCABULARY_KEY} holds it: the 128 ASCII codes in order. */
  public static String characters() {
    StringBuilder b = new StringBuilder(VOCABULARY);
    for (int c = 0; c < VOCABULARY; c++) b.append((char) c);
    return b.toString();
  }

  /** The text of tokens under a vocabulary ({@link #VOCABULARY_KEY}); an id outside it is U+FFFD. */
  public static String decode(int[] tokens, String vocabulary) {
    StringBuilder b = new StringBuilder(tokens.length);
    for (int t : tokens) b.append(t >= 0 && t < vocabulary.length() ? vocabulary.charAt(t) : '\ufffd');
    return b.toString();
  }

  /** Where the Debian package {@code fortunes} puts its fortune files. */
  public static final Path FORTUNES = Path.of("/usr/share/games/fortunes");

  private Text() {}

  /** The token of a character: its ASCII code, or {@code ?} for any other. */
  public static int token(char c) {
    return c < VOCABULARY ? c : '?';
  }

  /** The text of tokens of the text data sets' vocabulary, the ASCII codes. */
  public static String decode(int[] tokens) {
    return decode(tokens, characters());
  }

  /**
   * The fortune cookies of the Debian package {@code fortunes} ({@code NNC_FORTUNES} or the
   * system property {@code nnc.fortunes} names another folder): every fortune file of the
   * folder (not the {@code .dat} indexes or {@code .u8} links), in name order, one corpus.
   */
  public static DataSet fortunes(String split, int context) {
    String p = System.getProperty("nnc.fortunes");
    if (p == null || p.isEmpty()) p = System.getenv("NNC_FORTUNES");
    Path dir = p == null || p.isEmpty() ? FORTUNES : Path.of(p);
    if (!Files.isDirectory(dir)) {
      throw new DataException(dir, "the fortunes corpus is not installed here (no such folder); install the Debian package fortunes, "
          + "or set NNC_FORTUNES to a folder of text files");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().contains(".")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new DataException(dir, "cannot list the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) throw new DataException(dir, "the folder holds no fortune files; install the Debian package fortunes");
    StringBuilder corpus = new StringBuilder();
    for (Path f : files) corpus.append(read(f));
    return windows("fortunes", corpus, split, context, dir);
  }

  /** A text file's windows, as {@link #fortunes} cuts the fortunes. */
  public static DataSet file(Path file, String split, int context) {
    return windows("text", read(file), split, context, file);
  }

  private static CharSequence read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new DataException(file, "no such file");
    } catch (IOException e) {
      throw new DataException(file, "cannot read it: " + e.getMessage(), e);
    }
  }

  private static DataSet windows(String name, CharSequence corpus, String split, int context, Path origin) {
    if (!"train".equals(split) && !"test".equals(split)) {
      throw new DataException("the split of `" + name + "` must be \"train\" or \"test\", found \"" + split + "\"");
    }
    if (context < 1) throw new DataException("the context of `" + name + "` must be at least 1, found " + context);
    int n = corpus.length(), cut = (int) (n * 9L / 10);
    int from = split.equals("train") ? 0 : cut, to = split.equals("train") ? cut : n;
    // each window needs context + 1 characters: its tokens and the one after the last
    int count = to - from > context ? (to - from - 1) / context : 0;
    if (count == 0) {
      throw new DataException(origin, "the " + split + " split has " + (to - from) + " characters, too few for one window of context "
          + context + " (it needs " + (context + 1) + ")");
    }
    int[] x = new int[count * context], y = new int[count * context];
    for (int w = 0; w < count; w++) {
      int at = from + w * context;
      for (int t = 0; t < context; t++) {
        x[w * context + t] = token(corpus.charAt(at + t));
        y[w * context + t] = token(corpus.charAt(at + t + 1));
      }
    }
    Map<String, Tensor> fields = new LinkedHashMap<>();
    fields.put("x", Tensor.i32(x, count, context));
    fields.put("y", Tensor.i32(y, count, context));
    return DataSet.batched(name, fields);
  }
}
