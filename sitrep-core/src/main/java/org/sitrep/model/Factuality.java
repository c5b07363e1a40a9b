package org.sitrep.model;

import java.util.Locale;

/** Whether the event happened, as the article tells it. */
public enum Factuality {
    /** Stated as fact by the outlet. */
    ASSERTED,
    /** Stated as fact by a third party the outlet cites ("according to", "reportedly", "X said"). */
    REPORTED,
    /** Asserted by an interested party (a side in the event) or with "claim"/"allege". */
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
