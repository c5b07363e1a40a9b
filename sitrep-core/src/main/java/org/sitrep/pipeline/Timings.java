package org.sitrep.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time and CPU time of the working thread spent per stage, summed over documents; safe to add to from several
 * threads. CPU time is what a busy machine inflates least: shares of it are the figures to compare.
 */
public final class Timings {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    public Timings() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            cpuNanos.put(s, new LongAdder());
        }
    }

    /** A stopwatch of the calling thread: each {@link Lap#lap} books the time since the last one to a stage. */
    public Lap start() {
        return new Lap();
    }

    /** See {@link #start()}; used by one thread. */
    public final class Lap {
        private long wall = System.nanoTime();
        private long cpu = cpuNow();

        public void lap(Stage stage) {
            long w = System.nanoTime();
            long c = cpuNow();
            nanos.get(stage).add(w - wall);
            cpuNanos.get(stage).add(c - cpu);
            wall = w;
            cpu = c;
        }
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of the working threads in a stage. */
    public long cpuNanos(Stage stage) {
        return cpuNanos.get(stage).sum();
    }

    public long totalCpuNanos() {
        long t = 0;
        for (Stage s : Stage.values()) {
            t += cpuNanos(s);
        }
        return t;
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
