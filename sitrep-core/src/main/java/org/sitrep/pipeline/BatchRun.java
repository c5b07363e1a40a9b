package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.ingest.Source;
import org.sitrep.model.Ingested;

/**
 * Runs a pipeline over every document of a source, in order, handing each outcome to a consumer as soon as it is
 * ready, and keeps the counts for the summary line. One bad document never stops the batch.
 */
public final class BatchRun {
    private final Pipeline pipeline;
    private final java.util.function.Predicate<org.sitrep.model.Article> known;
    private int alreadyStored;
    private final Timings timings = new Timings();
    private int documents;
    private int coded;
    private int events;
    private final Map<String, Integer> skipped = new java.util.TreeMap<>();
    private final List<DocumentOutcome.Failed> failed = new ArrayList<>();
    private long firstEventNanos = -1;
    private long firstEventEpochMillis = -1;
    private final long started = System.nanoTime();

    public BatchRun(Pipeline pipeline) {
        this(pipeline, article -> false);
    }

    /** A run that does not code again what {@code known} says was coded before (by content id). */
    public BatchRun(Pipeline pipeline, java.util.function.Predicate<org.sitrep.model.Article> known) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.known = Objects.requireNonNull(known, "known");
    }

    public void run(Source source, Consumer<DocumentOutcome> sink) {
        long t = System.nanoTime();
        try (Stream<Ingested> docs = source.documents()) {
            var it = docs.iterator();
            while (true) {
                long before = System.nanoTime();
                if (!it.hasNext()) {
                    break;
                }
                Ingested next = it.next();
                timings.add(Stage.INGEST, System.nanoTime() - before);
                DocumentOutcome outcome = pipeline.process(next, timings, known);
                count(outcome);
                long s0 = System.nanoTime();
                sink.accept(outcome);
                timings.add(Stage.STORE, System.nanoTime() - s0);
            }
        }
        if (documents == 0) {
            timings.add(Stage.INGEST, System.nanoTime() - t);
        }
    }

    private void count(DocumentOutcome outcome) {
        documents++;
        if (outcome instanceof DocumentOutcome.Coded c) {
            coded++;
            events += c.mentions().size();
            if (firstEventNanos < 0 && !c.mentions().isEmpty()) {
                firstEventNanos = System.nanoTime() - started;
                firstEventEpochMillis = System.currentTimeMillis();
            }
        } else if (outcome instanceof DocumentOutcome.Known) {
            alreadyStored++;
        } else if (outcome instanceof DocumentOutcome.Skipped s) {
            skipped.merge(reasonKind(s.reason()), 1, Integer::sum);
        } else if (outcome instanceof DocumentOutcome.Failed f) {
            failed.add(f);
        }
    }

    /** The reason up to its first colon or parenthesis, so similar reasons add up in the summary. */
    private static String reasonKind(String reason) {
        int cut = reason.length();
        for (char c : new char[] {':', '(', '.', ','}) {
            int i = reason.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return reason.substring(0, cut).strip();
    }

    public Timings timings() {
        return timings;
    }

    public int documents() {
        return documents;
    }

    public int coded() {
        return coded;
    }

    /** Documents found already coded and stored, not coded again. */
    public int alreadyStored() {
        return alreadyStored;
    }

    public int events() {
        return events;
    }

    public Map<String, Integer> skipped() {
        return skipped;
    }

    public List<DocumentOutcome.Failed> failed() {
        return failed;
    }

    /** Nanoseconds from the start of the run to the first coded event, or -1. */
    public long firstEventNanos() {
        return firstEventNanos;
    }

    /** Wall-clock time (epoch milliseconds) of the first coded event, or -1. */
    public long firstEventEpochMillis() {
        return firstEventEpochMillis;
    }

    /** "18 documents, 17 coded, 1 skipped (empty file: 1), 0 failed; 140 event mentions". */
    public String summary() {
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder b = new StringBuilder();
        b.append(documents).append(documents == 1 ? " document, " : " documents, ").append(coded).append(" coded, ");
        if (alreadyStored > 0) {
            b.append(alreadyStored).append(" already stored, ");
        }
        b.append(skippedCount).append(" skipped");
        if (!skipped.isEmpty()) {
            b.append(" (");
            List<String> parts = new ArrayList<>();
            skipped.forEach((k, v) -> parts.add(k + ": " + v));
            b.append(String.join("; ", parts)).append(")");
        }
        b.append(", ").append(failed.size()).append(" failed; ").append(events).append(events == 1 ? " event mention" : " event mentions");
        return b.toString();
    }
}
