package org.sitrep.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent per stage, summed over documents; safe to add to from several threads. */
public final class Timings {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public Timings() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
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
}
