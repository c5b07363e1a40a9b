package org.sitrep.model;

import java.util.Objects;

/** A casualty count with its bounds ({@code min == max} when exact) and the words it came from. */
public record Count(Long min, Long max, String text) {
    public Count {
        Objects.requireNonNull(text, "text");
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("count max " + max + " below min " + min);
        }
    }

    public static Count exactly(long n, String text) {
        return new Count(n, n, text);
    }
}
