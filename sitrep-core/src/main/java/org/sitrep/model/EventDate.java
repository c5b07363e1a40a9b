package org.sitrep.model;

import java.util.Objects;

/**
 * When an event happened. {@code value} is {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (null when unknown);
 * {@code text} is the time expression it came from, or null when the article date was used.
 */
public record EventDate(String value, DatePrecision precision, String text) {
    public EventDate {
        Objects.requireNonNull(precision, "precision");
    }

    /** The day as {@code YYYY-MM-DD} when the value is that precise, else the value itself. */
    public String day() {
        return value;
    }
}
