package org.sitrep.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent per stage, summed over documents; safe to add to from several threads. */
public final class Timings {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    public Timings() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Counts the tokens and sentences of an annotated document, and how many sentences were parsed. */
    public void addText(long tokenCount, long sentenceCount, long parsedCount) {
        tokens.add(tokenCount);
        sentences.add(sentenceCount);
        parsed.add(parsedCount);
    }

    public long tokens() {
        return tokens.sum();
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsedSentences() {
        return parsed.sum();
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long totalNanos() {
        long t = 0;
        for (Stage s : Stage.values()) {
            t += nanos(s);
        }
        return t;
    }

    /** The peak heap used since the JVM started (or the peaks were reset), summed over the heap pools. */
    public static long peakHeapBytes() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
