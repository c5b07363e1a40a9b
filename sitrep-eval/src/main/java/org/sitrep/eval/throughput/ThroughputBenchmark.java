package org.sitrep.eval.throughput;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.eval.EvaluationException;
import org.sitrep.ingest.PathSource;
import org.sitrep.model.Ingested;
import org.sitrep.model.RawDocument;
import org.sitrep.pipeline.DocumentOutcome;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.Timings;
import org.sitrep.store.DuckDbEventStore;

/**
 * End-to-end throughput of Sitrep beside the stock CoreNLP pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse},
 * default settings) in the same JVM, on the same articles: per-stage times, articles and tokens per second on one
 * core, the speed-up on all threads, peak heap, cold start, and the ratio to the reference.
 *
 * <p>Order: Sitrep loads and codes a first document (cold start is JVM start to its first event), codes up to 60
 * articles once untimed (a warm-up pass, so that the JIT has compiled the rule stages), then codes
 * every article on one thread (timed per stage, stored into a fresh DuckDB file), then again on {@code threads}
 * threads; the peak heap is read before the reference loads. The reference then warms up and annotates the
 * extracted text of the first {@code referenceLimit} articles; the ratio compares both on exactly those articles.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {
    }

    /** Documents coded once before timing starts. */
    private static final int WARM_UP = 60;

    /** The documents of a corpus path (any input Sitrep reads), at most {@code limit}. */
    public static List<RawDocument> documents(Path data, int limit) {
        List<RawDocument> docs = new ArrayList<>();
        try (var stream = new PathSource(List.of(data.toString())).documents()) {
            for (Ingested i : (Iterable<Ingested>) stream::iterator) {
                if (i instanceof RawDocument r) {
                    docs.add(r);
                    if (docs.size() >= limit) {
                        break;
                    }
                }
            }
        }
        if (docs.isEmpty()) {
            throw new EvaluationException("no readable documents in " + data);
        }
        return docs;
    }

    public static Map<String, Object> run(java.util.function.Supplier<Pipeline> loader, List<RawDocument> docs,
                                          int threads, int referenceLimit, Consumer<String> out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        Pipeline pipeline = loader.get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        // cold start: the first document with an event, coded right after loading
        double coldStart = -1;
        for (RawDocument d : docs) {
            DocumentOutcome o = pipeline.process(d, new Timings());
            if (o instanceof DocumentOutcome.Coded c && !c.mentions().isEmpty()) {
                coldStart = (System.currentTimeMillis() - jvmStart) / 1000.0;
                break;
            }
        }
        // warm-up: one pass over (at most 60 of) the documents, so that the rule-heavy resolve and code stages are
        // compiled by the JIT before they are timed, as they are in any batch longer than a few dozen articles (with
        // 5 warm-up documents their share of a 60-article run read 0.11, against 0.075 over 300 articles)
        for (int i = 0; i < Math.min(WARM_UP, docs.size()); i++) {
            pipeline.process(docs.get(i), new Timings());
        }

        // one thread, per stage, with storage
        Timings timings = new Timings();
        double[] perDoc = new double[docs.size()];
        List<String> texts = new ArrayList<>();
        int events = 0;
        int coded = 0;
        Path db;
        try {
            db = Files.createTempFile("sitrep-bench", ".duckdb");
            Files.delete(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long oneStart = System.nanoTime();
        long oneCpuStart = cpu.getCurrentThreadCpuTime();
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            List<DuckDbEventStore.Coded> batch = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                long s = System.nanoTime();
                DocumentOutcome o = pipeline.process(docs.get(i), timings);
                if (o instanceof DocumentOutcome.Coded c) {
                    batch.add(new DuckDbEventStore.Coded(c.article(), c.mentions(), c.quotes()));
                    if (batch.size() >= 64 || i == docs.size() - 1) { // as `sitrep run` stores
                        long st = System.nanoTime();
                        store.storeAll(batch);
                        timings.add(Stage.STORE, System.nanoTime() - st);
                        batch.clear();
                    }
                    texts.add(c.article().text());
                    events += c.mentions().size();
                    coded++;
                } else {
                    texts.add(null);
                }
                perDoc[i] = (System.nanoTime() - s) / 1e9;
            }
            if (!batch.isEmpty()) {
                long st = System.nanoTime();
                store.storeAll(batch);
                timings.add(Stage.STORE, System.nanoTime() - st);
            }
        } finally {
            try {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
            } catch (IOException e) {
                // a temporary file
            }
        }
        double oneSeconds = (System.nanoTime() - oneStart) / 1e9;
        // CPU time of the coding thread: what one core does when the machine is shared (DuckDB's own threads and
        // the garbage collector are not in it; both are in the wall-clock figures)
        double oneCpuSeconds = (cpu.getCurrentThreadCpuTime() - oneCpuStart) / 1e9;

        // all threads, same documents, no storage
        double manySeconds = oneSeconds;
        if (threads > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long ms = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (RawDocument d : docs) {
                    futures.add(pool.submit(() -> pipeline.process(d, new Timings())));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                manySeconds = (System.nanoTime() - ms) / 1e9;
            } catch (Exception e) {
                throw new IllegalStateException("threaded run failed: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
        }
        long peakHeapMb = Timings.peakHeapBytes() / (1024 * 1024);

        out.accept(String.format("sitrep: %d documents, %d coded, %d event mentions, %d sentences (%d parsed), %d tokens",
                docs.size(), coded, events, timings.sentences(), timings.parsedSentences(), timings.tokens()));
        out.accept(String.format("model load %.1f s; cold start (JVM start to first event) %.1f s", loadSeconds,
                coldStart));
        StringBuilder stages = new StringBuilder("per stage, one thread (wall s, share of CPU time):");
        for (Stage s : Stage.values()) {
            if (s == Stage.INGEST) {
                continue;
            }
            stages.append(String.format(" %s %.2f (%.1f%%)", s.label(), timings.nanos(s) / 1e9,
                    100.0 * timings.cpuNanos(s) / Math.max(1, timings.totalCpuNanos())));
        }
        out.accept(stages.toString());
        double perCore = docs.size() / oneSeconds;
        // shares and the resolver's rate from the coding thread's CPU time, which other processes inflate least
        double resolveAndCode = (timings.cpuNanos(Stage.RESOLVE) + timings.cpuNanos(Stage.CODE))
                / (double) Math.max(1, timings.totalCpuNanos());
        double actorTokensPerS = timings.tokens() / Math.max(1e-9, timings.cpuNanos(Stage.RESOLVE) / 1e9);
        out.accept(String.format("one thread: %.2f articles/s, %.0f tokens/s (%.2f articles per CPU second of the thread); "
                        + "%d threads: %.2f articles/s (%.2fx)", perCore, timings.tokens() / oneSeconds,
                docs.size() / oneCpuSeconds, threads, docs.size() / manySeconds, oneSeconds / manySeconds));
        out.accept(String.format("actor resolution %.0f tokens per CPU second; resolution and coding %.1f%% of the CPU "
                + "time", actorTokensPerS, 100 * resolveAndCode));
        out.accept("peak heap " + peakHeapMb + " MB");

        // the reference, on the first referenceLimit coded articles
        resetPeaks();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        long rl = System.nanoTime();
        StanfordCoreNLP reference = new StanfordCoreNLP(props);
        double referenceLoad = (System.nanoTime() - rl) / 1e9;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < texts.size() && chosen.size() < referenceLimit; i++) {
            if (texts.get(i) != null) {
                chosen.add(i);
            }
        }
        if (!chosen.isEmpty()) {
            reference.annotate(new Annotation(texts.get(chosen.get(0)))); // warm-up
        }
        double referenceSeconds = 0;
        double sitrepSeconds = 0;
        for (int i : chosen) {
            long s = System.nanoTime();
            reference.annotate(new Annotation(texts.get(i)));
            referenceSeconds += (System.nanoTime() - s) / 1e9;
            sitrepSeconds += perDoc[i];
        }
        double referenceRate = chosen.size() / Math.max(1e-9, referenceSeconds);
        double sitrepRate = chosen.size() / Math.max(1e-9, sitrepSeconds);
        out.accept(String.format("reference (stock CoreNLP tokenize,ssplit,pos,lemma,ner,depparse; load %.1f s) on the "
                        + "same %d articles: %.3f articles/s against Sitrep's %.2f: ratio %.1fx",
                referenceLoad, chosen.size(), referenceRate, sitrepRate, sitrepRate / referenceRate));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", docs.size());
        result.put("articles_per_s_per_core", round(perCore));
        result.put("tokens_per_s_per_core", Math.round(timings.tokens() / oneSeconds));
        result.put("articles_per_cpu_s", round(docs.size() / oneCpuSeconds));
        result.put("threads", threads);
        result.put("articles_per_s_all_threads", round(docs.size() / manySeconds));
        result.put("thread_speedup", round(oneSeconds / manySeconds));
        result.put("reference_articles", chosen.size());
        result.put("reference_articles_per_s_per_core", round(referenceRate));
        result.put("ratio", round(sitrepRate / referenceRate));
        result.put("resolve_and_code_share", round(resolveAndCode));
        result.put("actor_tokens_per_s", Math.round(actorTokensPerS));
        Map<String, Object> stageSeconds = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s != Stage.INGEST) {
                stageSeconds.put(s.label(), round(timings.nanos(s) / 1e9));
            }
        }
        result.put("stage_seconds", stageSeconds);
        Map<String, Object> stageCpu = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s != Stage.INGEST) {
                stageCpu.put(s.label(), round(timings.cpuNanos(s) / 1e9));
            }
        }
        result.put("stage_cpu_seconds", stageCpu);
        result.put("peak_heap_mb", peakHeapMb);
        result.put("cold_start_s", round(coldStart));
        return result;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
