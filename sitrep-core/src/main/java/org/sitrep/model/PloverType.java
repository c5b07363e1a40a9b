package org.sitrep.model;

import java.util.Locale;
import java.util.Optional;

/** The 16 PLOVER event types (PLOVER manual, 2021). */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** The type for a name, accepting the PLOVER 0.5b1 names of earlier gold sets (FIGHT, DEMAND, ...). */
    public static Optional<PloverType> find(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        switch (n) {
            case "FIGHT":
                return Optional.of(ASSAULT);
            case "DEMAND":
                return Optional.of(REQUEST);
            case "DISAPPROVE":
            case "INVESTIGATE":
                return Optional.of(ACCUSE);
            default:
                for (PloverType t : values()) {
                    if (t.name().equals(n)) {
                        return Optional.of(t);
                    }
                }
                return Optional.empty();
        }
    }

    /** True for types that are material conflict (violence, coercion) rather than talk. */
    public boolean isMaterialConflict() {
        return this == ASSAULT || this == COERCE || this == MOBILIZE || this == SANCTION;
    }
}
