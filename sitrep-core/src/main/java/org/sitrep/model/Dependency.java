package org.sitrep.model;

import java.util.Objects;

/**
 * A typed edge of a sentence's Universal Dependencies graph (enhanced++): {@code relation(governor, dependent)}.
 * Indexes are token positions in the sentence; the root's governor is {@link #ROOT}. Relations keep their
 * enhanced subtype, e.g. {@code obl:with}, {@code nmod:poss}, {@code nsubj:xsubj}.
 */
public record Dependency(int governor, int dependent, String relation) {
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < ROOT || dependent < 0) {
            throw new IllegalArgumentException("bad dependency " + relation + "(" + governor + ", " + dependent + ")");
        }
    }

    /** The relation without its subtype: {@code obl:with} gives {@code obl}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon, or the empty string: {@code obl:with} gives {@code with}. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
