package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's coded role between two dates (inclusive); null bounds are open.
 *
 * @param code  the actor code in the role ("UKRGOV")
 * @param title free text ("President of Ukraine")
 * @param start first day, or null
 * @param end   last day, or null
 */
public record Role(String code, String title, LocalDate start, LocalDate end) {
    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("role ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean covers(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
