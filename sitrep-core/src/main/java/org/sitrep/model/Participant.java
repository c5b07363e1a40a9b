package org.sitrep.model;

import java.util.Objects;

/**
 * An actor as it takes part in an event: the words in the text and the coded actor.
 *
 * @param text     the words as written in the evidence ("Russian officials")
 * @param code     the actor code ("RUSGOV")
 * @param name     the canonical name
 * @param wikidata the Wikidata id, or null
 * @param start    offset of the words in the article text
 * @param end      offset after the words
 */
public record Participant(String text, String code, String name, String wikidata, int start, int end) {
    public Participant {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The country (or organisation prefix) part of the code: the first three letters. */
    public String country() {
        return code.substring(0, 3);
    }
}
