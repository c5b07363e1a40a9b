package org.sitrep.model;

import java.util.Locale;

/** Whether the event happened, as the article tells it. */
public enum Factuality {
    /** Stated as fact by the outlet. */
    ASSERTED,
    /**
     * Told by a third party the outlet cites: an outlet, agency, monitor, rights group, witness, a third country's
     * official, unnamed sources ("Axios reported", "the UN said Israeli strikes killed ...", "reportedly").
     */
    REPORTED,
    /**
     * Told by a party to the event (a source sharing the country or organisation of its actor or recipient: "Russia
     * fired drones at Ukraine, according to the Ukrainian president") or with claim/allege/boast (docs/event-record.md).
     */
    CLAIMED,
    /** Intended by its actor ("plans to", "will"). */
    PLANNED,
    /** Expected by others ("is expected to", "is due to"). */
    EXPECTED,
    /** Conditional or possible ("could", "would", "if"). */
    HYPOTHETICAL,
    /** Said not to have happened ("did not meet"). */
    NEGATED,
    /** Denied by someone ("denied attacking"). */
    DENIED,
    /** A past event recalled as background, well before the article. */
    HISTORICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only these count in a situation report's totals; the others are listed apart. */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED || this == CLAIMED;
    }

    public static Factuality parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
