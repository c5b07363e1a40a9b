package org.sitrep.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer of the Zyte/ScrapingHub article-extraction benchmark: token 4-gram shingles over {@code \w+} tokens,
 * per-document precision and recall from the shingle multisets, averaged over documents, F1 of the averages;
 * accuracy is the share of documents whose token lists equal the gold.
 */
public final class AebScorer {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private int precisionCount;
    private double recallSum;
    private int recallCount;
    private int documents;
    private int exact;

    /**
     * Adds one document: the gold article body and the extracted text (null for a crash or no output). Returns the
     * document's precision and recall.
     */
    public double[] add(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predictedTokens = tokens(predicted == null ? "" : predicted);
        documents++;
        if (goldTokens.equals(predictedTokens)) {
            exact++;
        }
        Map<List<String>, Integer> truth = shingles(goldTokens);
        Map<List<String>, Integer> pred = shingles(predictedTokens);
        Set<List<String>> union = new HashSet<>(truth.keySet());
        union.addAll(pred.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> s : union) {
            int t = truth.getOrDefault(s, 0);
            int p = pred.getOrDefault(s, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        double precision;
        double recall;
        if (fp == 0 && fn == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        }
        if (tp + fp > 0) {
            precisionSum += precision;
            precisionCount++;
        }
        if (tp + fn > 0) {
            recallSum += recall;
            recallCount++;
        }
        return new double[] {precision, recall};
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Token 4-grams; a text of fewer than 4 tokens yields one shorter shingle, an empty text none. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    public double precision() {
        return precisionCount == 0 ? 0 : precisionSum / precisionCount;
    }

    public double recall() {
        return recallCount == 0 ? 0 : recallSum / recallCount;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return documents == 0 ? 0 : (double) exact / documents;
    }

    public int documents() {
        return documents;
    }
}
