package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Sitrep's feed-forward for CoreNLP's neural dependency parser: the same network and weights as
 * {@link Classifier}, computed in float over transposed arrays, one per row, so that the JIT vectorises every
 * inner loop (the stock code spends two thirds of a parse in scalar double dot products and in a synchronised cache).
 * It lives in CoreNLP's package only because {@code computeScores} is package-private there; it is installed
 * into a loaded {@link DependencyParser} by {@link #install(DependencyParser, int)}, which leaves the parser
 * untouched and returns false if this CoreNLP version does not have the expected layout. The parses it gives are
 * compared with the stock annotator's in {@code org.sitrep.annotate.DependencyParsingIT}; floating-point sums in
 * another order could in principle flip a near tie, which that test would show.
 */
public final class SitrepFastClassifier extends Classifier {
    private static final int NUM_TOKENS = Config.numTokens;

    private final int hiddenSize;
    private final int embeddingSize;
    private final int labels;
    private final float[][] embeddings;
    /**
     * W1 by column: column c (feature position * embeddingSize + k) as one array of hiddenSize. Separate arrays, not
     * offsets into one, because HotSpot's C2 vectorises a loop only when every array in it is indexed by the loop
     * variable alone (with offsets it cannot rule out an overlap and runs the loop one float at a time: 3x slower).
     */
    private final float[][] w1t;
    private final float[] bias;
    /**
     * W2 transposed: hidden unit j's weights for every label in {@code w2t[j]}, padded with zeros to a multiple of 16
     * labels so that the vector loops over it need no scalar tail.
     */
    private final float[][] w2t;
    private final int stride;
    /**
     * Hidden-layer contributions of (token, feature position) pairs, computed on first use and kept (the stock
     * classifier precomputes a fixed list and keeps an LRU cache behind a lock); at most {@code maxRows} rows.
     */
    private final AtomicReferenceArray<float[]> rows;
    private final AtomicInteger rowCount = new AtomicInteger();
    private final int maxRows;
    /** Word ids of the empty slot and of the root, or -1 when a forced transition cannot be told from features. */
    private final int nullWord;
    private final int rootWord;

    private SitrepFastClassifier(Config config, float[][] E, float[][] W1, float[] b1, float[][] W2, int maxRows,
                                 int nullWord, int rootWord) {
        super(config, E, W1, b1, W2, List.of());
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.labels = W2.length;
        this.embeddings = E;
        this.maxRows = maxRows;
        int columns = W1[0].length;
        this.w1t = new float[columns][hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            for (int c = 0; c < columns; c++) {
                w1t[c][i] = W1[i][c];
            }
        }
        this.bias = b1.clone();
        this.stride = (labels + 15) / 16 * 16;
        this.w2t = new float[hiddenSize][stride];
        for (int l = 0; l < labels; l++) {
            for (int j = 0; j < hiddenSize; j++) {
                w2t[j][l] = W2[l][j];
            }
        }
        this.rows = new AtomicReferenceArray<>(E.length * NUM_TOKENS);
        this.nullWord = nullWord;
        this.rootWord = rootWord;
    }

    /**
     * Replaces {@code parser}'s classifier with one computing the same network faster. Returns false, leaving the
     * parser as it was, when this CoreNLP's parser or classifier does not have the fields this needs. At most
     * {@code maxRows} hidden-layer rows (4 bytes times the hidden size each) are kept; the rest are computed
     * each time. Do not install into a parser that others share (DependencyParser.loadFromModelFile caches them).
     */
    public static boolean install(DependencyParser parser, int maxRows) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Object current = classifierField.get(parser);
            if (current instanceof SitrepFastClassifier) {
                return true;
            }
            if (!(current instanceof Classifier stock)) {
                return false;
            }
            Field configField = Classifier.class.getDeclaredField("config");
            configField.setAccessible(true);
            Config config = (Config) configField.get(stock);
            SitrepFastClassifier fast = new SitrepFastClassifier(config, stock.getE(), stock.getW1(), stock.getb1(),
                    stock.getW2(), maxRows, parser.getWordID(Config.NULL), singleRoot(parser) ? parser.getWordID(Config.ROOT) : -1);
            fast.dropTrainingState();
            for (String name : new String[] {"saved", "cache"}) {
                Field f = Classifier.class.getDeclaredField(name);
                f.setAccessible(true);
                f.set(stock, null);
            }
            classifierField.set(parser, fast);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the parser's transition system lets only one word attach to the root (CoreNLP's default). */
    private static boolean singleRoot(DependencyParser parser) {
        try {
            Field systemField = DependencyParser.class.getDeclaredField("system");
            systemField.setAccessible(true);
            Object system = systemField.get(parser);
            if (!(system instanceof ArcStandard)) {
                return false;
            }
            Field single = ArcStandard.class.getDeclaredField("singleRoot");
            single.setAccessible(true);
            return single.getBoolean(system);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The gradient histories the superclass allocates for training (about 50 MB for the English model). */
    private void dropTrainingState() throws ReflectiveOperationException {
        for (String name : new String[] {"eg2W1", "eg2W2", "eg2E", "eg2b1", "cache"}) {
            Field f = Classifier.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(this, null);
        }
    }

    /** The hidden-layer contribution of {@code token} at feature position {@code position}. */
    private float[] row(int token, int position) {
        int key = token * NUM_TOKENS + position;
        float[] row = rows.get(key);
        if (row != null) {
            return row;
        }
        row = new float[hiddenSize];
        float[] e = embeddings[token];
        int column = position * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float x = e[k];
            if (x != 0f) {
                float[] w = w1t[column + k];
                for (int i = 0; i < w.length; i++) {
                    row[i] += w[i] * x;
                }
            }
        }
        if (rowCount.get() < maxRows && rows.compareAndSet(key, null, row)) {
            rowCount.incrementAndGet();
        }
        return row;
    }

    /**
     * The scores of every transition. When the arc-standard system allows only one transition, the parser takes it
     * whatever the scores, so none are computed: with nothing under the top of the stack (the second stack word,
     * feature 1, is the empty slot) only a shift is possible, and with the root right under it a single-root
     * system allows only a shift, or the root arc once the buffer is empty. About one transition in seven on news text.
     */
    @Override
    double[] computeScores(int[] feature) {
        if (feature[1] == nullWord || feature[1] == rootWord) {
            return new double[labels];
        }
        final int n = hiddenSize;
        float[] hidden = new float[n];
        for (int j = 0; j < feature.length; j++) {
            float[] row = row(feature[j], j);
            for (int i = 0; i < n; i++) {
                hidden[i] += row[i];
            }
        }
        for (int i = 0; i < n; i++) {
            float v = hidden[i] + bias[i];
            hidden[i] = v * v * v;
        }
        final int l = stride;
        float[] scores = new float[l];
        float[][] w = w2t;
        int j = 0;
        // four hidden units at a time: each pass over the scores reads them and writes them once for four rows of W2
        for (; j + 3 < n; j += 4) {
            float x0 = hidden[j];
            float x1 = hidden[j + 1];
            float x2 = hidden[j + 2];
            float x3 = hidden[j + 3];
            float[] r0 = w[j];
            float[] r1 = w[j + 1];
            float[] r2 = w[j + 2];
            float[] r3 = w[j + 3];
            for (int i = 0; i < l; i++) {
                scores[i] += r0[i] * x0 + r1[i] * x1 + r2[i] * x2 + r3[i] * x3;
            }
        }
        for (; j < n; j++) {
            float x = hidden[j];
            float[] r = w[j];
            for (int i = 0; i < l; i++) {
                scores[i] += r[i] * x;
            }
        }
        double[] out = new double[labels];
        for (int i = 0; i < labels; i++) {
            out[i] = scores[i];
        }
        return out;
    }
}
