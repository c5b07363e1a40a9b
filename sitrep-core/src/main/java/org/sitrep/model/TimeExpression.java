package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression in the article text, resolved against the article's publication date.
 *
 * @param start     offset of its first character in the article text
 * @param end       offset after its last character
 * @param text      the words as written ("last night", "on Tuesday", "20 October")
 * @param value     the resolved date: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null when it could
 *                  not be resolved (a relative expression in an undated article)
 * @param precision the precision of {@code value}
 */
public record TimeExpression(int start, int end, String text, String value, DatePrecision precision) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad time expression span [" + start + ", " + end + ")");
        }
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }
}
