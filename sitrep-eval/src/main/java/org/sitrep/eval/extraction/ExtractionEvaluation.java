package org.sitrep.eval.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores an extractor on a suite with the owners' scorer and returns the summary line's fields. */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {
    }

    /** The metrics, in the order they are printed. */
    public static Map<String, Object> evaluate(ExtractionSuite suite, List<Page> pages, PageExtractor extractor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite.label());
        out.put("documents", pages.size());
        if (suite == ExtractionSuite.AEB) {
            AebScorer scorer = new AebScorer();
            for (Page p : pages) {
                scorer.add(p.body(), extractor.extract(p).text());
            }
            out.put("f1", round(scorer.f1()));
            out.put("precision", round(scorer.precision()));
            out.put("recall", round(scorer.recall()));
            out.put("accuracy", round(scorer.accuracy()));
        } else {
            TrafilaturaScorer scorer = new TrafilaturaScorer();
            for (Page p : pages) {
                PageExtractor.Output o = extractor.extract(p);
                scorer.add(p.with(), p.without(), o.text());
                if (p.date() != null) {
                    scorer.addDate(p.date(), o.date() == null ? "" : o.date().toString());
                }
            }
            out.put("f1", round(scorer.f1()));
            out.put("precision", round(scorer.precision()));
            out.put("recall", round(scorer.recall()));
            out.put("date_accuracy", round(scorer.dateAccuracy()));
            out.put("dated_pages", scorer.datedPages());
        }
        return out;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
