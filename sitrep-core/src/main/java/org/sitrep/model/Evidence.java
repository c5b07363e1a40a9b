package org.sitrep.model;

import java.util.Objects;

/**
 * The sentence that supports an event, with offsets into the article text.
 *
 * @param sentence     the sentence as written
 * @param start        offset of the sentence
 * @param end          offset after the sentence
 * @param trigger      the word(s) that express the event ("fired", "talks")
 * @param triggerStart offset of the trigger
 * @param triggerEnd   offset after the trigger
 */
public record Evidence(String sentence, int start, int end, String trigger, int triggerStart, int triggerEnd) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        if (start < 0 || end < start || triggerStart < start || triggerEnd > end) {
            throw new IllegalArgumentException("bad evidence offsets for '" + trigger + "'");
        }
    }
}
