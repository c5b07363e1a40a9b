package org.sitrep.model;

/** How precise a resolved date is. {@code INFERRED} means no time expression: the article date was used. */
public enum DatePrecision {
    DAY, MONTH, YEAR, INFERRED, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
