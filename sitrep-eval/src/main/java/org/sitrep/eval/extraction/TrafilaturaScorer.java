package org.sitrep.eval.extraction;

import java.util.List;

/**
 * The scorer of trafilatura's evaluation: per page, "with" snippets found in the output are true positives and
 * "without" snippets found are false positives (whitespace-normalised, case-sensitive substring); counts are pooled
 * over pages. A crash or an empty output counts no positives. Publication dates are scored as exact days.
 */
public final class TrafilaturaScorer {
    /** Python's {@code \s}: Unicode white space, non-breaking space included. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    private long truePositives;
    private long falseNegatives;
    private long falsePositives;
    private long trueNegatives;
    private int pages;
    private int datedPages;
    private int datesRight;

    /** Adds one page: its snippets and the extracted text (null or empty when extraction gave nothing). */
    public void add(List<String> with, List<String> without, String output) {
        pages++;
        String out = output == null ? "" : norm(output);
        boolean empty = out.isEmpty();
        for (String snippet : with) {
            if (!empty && out.contains(norm(snippet))) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        }
        for (String snippet : without) {
            if (!empty && out.contains(norm(snippet))) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }
    }

    /** Adds one page with a gold date: right when the extracted day equals it ({@code YYYY-MM-DD}). */
    public void addDate(String gold, String extracted) {
        datedPages++;
        if (gold.equals(extracted)) {
            datesRight++;
        }
    }

    static String norm(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        long denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    public double dateAccuracy() {
        return datedPages == 0 ? 0 : (double) datesRight / datedPages;
    }

    public int pages() {
        return pages;
    }

    public int datedPages() {
        return datedPages;
    }

    public long[] counts() {
        return new long[] {truePositives, falsePositives, falseNegatives, trueNegatives};
    }
}
