package dev.nnc.runtime.data;

import dev.nnc.runtime.DataException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The order in which a training loop visits the samples: per epoch a permutation that depends only
 * on (seed, epoch), cut into batches of {@code batch} samples with a smaller last batch. Since the
 * order is a pure function of its key, a run resumes exactly from a {@link Position} (epoch, samples
 * of it already seen) with no saved generator state.
 */
public final class Batches {
  /** Stream purposes, so that shuffling and splitting with one seed draw unrelated numbers. */
  static final long SHUFFLE = 1, SPLIT = 2;

  private final int size;
  private final int batch;
  private final boolean shuffle;
  private final long seed;

  /** Where a run stands: in {@code epoch}, {@code position} samples of that epoch's order already seen. */
  public record Position(int epoch, int position) {
    public Position {
      if (epoch < 0 || position < 0) throw new IllegalArgumentException("position (" + epoch + ", " + position + ")");
    }

    public static final Position START = new Position(0, 0);
  }

  /** One batch: its epoch, index within the epoch, the sample rows, and where the run stands after it. */
  public record Batch(int epoch, int index, int[] rows, Position next) {
    public int size() { return rows.length; }
  }

  /** A train and a validation part of one data set. */
  public record Split(DataSet train, DataSet validation) {}

  public Batches(int size, int batch, boolean shuffle, long seed) {
    if (size < 0) throw new IllegalArgumentException("size " + size);
    if (batch <= 0) throw new DataException("the batch size must be positive, found " + batch);
    this.size = size;
    this.batch = batch;
    this.shuffle = shuffle;
    this.seed = seed;
  }

  public int size() { return size; }

  public int batchSize() { return batch; }

  /** Batches per epoch, the last one possibly smaller. */
  public int batchesPerEpoch() { return (size + batch - 1) / batch; }

  /** The order of the samples in {@code epoch}: a permutation if shuffling, else 0, 1, 2, .... */
  public int[] order(int epoch) {
    if (!shuffle) {
      int[] p = new int[size];
      Arrays.setAll(p, i -> i);
      return p;
    }
    return SplitMix.of(seed, SHUFFLE, epoch).permutation(size);
  }

  /** The batches of {@code from.epoch()} starting {@code from.position()} samples into its order. */
  public Iterable<Batch> epoch(Position from) {
    if (from.position() > size) {
      throw new DataException("cannot resume at sample " + from.position() + " of epoch " + from.epoch() + ": the data has " + size + " samples");
    }
    int[] order = order(from.epoch());
    return () -> new Iterator<>() {
      int at = from.position();
      int index = (from.position() + batch - 1) / batch;

      @Override
      public boolean hasNext() { return at < size; }

      @Override
      public Batch next() {
        if (!hasNext()) throw new NoSuchElementException();
        int end = Math.min(at + batch, size);
        int[] rows = Arrays.copyOfRange(order, at, end);
        Position next = end == size ? new Position(from.epoch() + 1, 0) : new Position(from.epoch(), end);
        at = end;
        return new Batch(from.epoch(), index++, rows, next);
      }
    };
  }

  /** The batches of a whole epoch. */
  public Iterable<Batch> epoch(int epoch) {
    return epoch(new Position(epoch, 0));
  }

  /**
   * Splits a batched data set: a seeded random {@code validation} fraction of the samples (rounded
   * to the nearest count) becomes the validation part; each part keeps the samples in their
   * original order.
   */
  public static Split split(DataSet data, double validation, long seed) {
    if (!data.isBatched()) throw new DataException("cannot split graph data set `" + data.name() + "`; use its mask");
    if (!(validation >= 0 && validation < 1)) {
      throw new DataException("the validation fraction must be in [0, 1), found " + validation);
    }
    int n = data.size();
    int v = (int) Math.round(n * validation);
    if (n - v == 0) throw new DataException("a validation fraction of " + validation + " of " + n + " samples leaves none to train on");
    int[] perm = SplitMix.of(seed, SPLIT).permutation(n);
    int[] val = Arrays.copyOfRange(perm, 0, v);
    int[] train = Arrays.copyOfRange(perm, v, n);
    Arrays.sort(val);
    Arrays.sort(train);
    return new Split(data.take(train), data.take(val));
  }
}
