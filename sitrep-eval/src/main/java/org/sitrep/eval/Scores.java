package org.sitrep.eval;

/** Arithmetic every scorer shares: F1 from counts, safe ratios, rounding for printing. */
public final class Scores {
    private Scores() {
    }

    /** F1 from {true positives, false positives, false negatives}; 0 when there is nothing. */
    public static double f1(long[] c) {
        long d = 2 * c[0] + c[1] + c[2];
        return d == 0 ? 0 : 2.0 * c[0] / d;
    }

    public static double precision(long[] c) {
        return ratio(c[0], c[0] + c[1]);
    }

    public static double recall(long[] c) {
        return ratio(c[0], c[0] + c[2]);
    }

    /** {@code part / whole}, 0 when the whole is 0. */
    public static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** Four decimals, for the printed JSON. */
    public static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    /** Per-class precision, recall, F1 and support, and the macro F1 over the classes that occur in gold. */
    public record PerClass(java.util.Map<String, Object> table, double macroF1) {
    }

    /**
     * Per-class figures from counts {true positives, false positives, false negatives} by class; classes with no
     * gold item are listed only when {@code listUnseen} (their F1 never enters the macro average).
     */
    public static PerClass perClass(java.util.Map<String, int[]> counts, boolean listUnseen) {
        java.util.Map<String, Object> table = new java.util.LinkedHashMap<>();
        double f1Sum = 0;
        int seen = 0;
        for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            long[] l = {c[0], c[1], c[2]};
            boolean inGold = c[0] + c[2] > 0;
            if (!inGold && !listUnseen) {
                continue;
            }
            double f1 = f1(l);
            if (inGold) {
                f1Sum += f1;
                seen++;
            }
            java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
            x.put("precision", round(precision(l)));
            x.put("recall", round(recall(l)));
            x.put("f1", round(f1));
            x.put("support", c[0] + c[2]);
            table.put(e.getKey(), x);
        }
        return new PerClass(table, seen == 0 ? 0 : f1Sum / seen);
    }
}
